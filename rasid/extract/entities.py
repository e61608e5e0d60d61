"""PLACEHOLDER: replaced by the real entities stage (work in progress)."""

from rasid.document import Document
from rasid.pipeline import register


@register("entities", requires={"tokens"}, provides={"entities"})
def entities_stage(doc: Document) -> Document:
    """Placeholder for the entities stage."""
    return doc
