"""PLACEHOLDER: replaced by the real coref stage (work in progress)."""

from rasid.document import Document
from rasid.pipeline import register


@register("coref", requires={"entities"}, provides={"entities"})
def coref_stage(doc: Document) -> Document:
    """Placeholder for the coref stage."""
    return doc
