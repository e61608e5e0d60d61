"""PLACEHOLDER: replaced by the real times stage (work in progress)."""

from rasid.document import Document
from rasid.pipeline import register


@register("times", requires={"tokens"}, provides={"times"})
def times_stage(doc: Document) -> Document:
    """Placeholder for the times stage."""
    return doc
