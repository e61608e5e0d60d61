"""PLACEHOLDER: replaced by the real quantities stage (work in progress)."""

from rasid.document import Document
from rasid.pipeline import register


@register("quantities", requires={"tokens"}, provides={"quantities"})
def quantities_stage(doc: Document) -> Document:
    """Placeholder for the quantities stage."""
    return doc
