"""PLACEHOLDER: replaced by the real relations stage (work in progress)."""

from rasid.document import Document
from rasid.pipeline import register


@register("relations", requires={"entities"}, provides={"relations"})
def relations_stage(doc: Document) -> Document:
    """Placeholder for the relations stage."""
    return doc
