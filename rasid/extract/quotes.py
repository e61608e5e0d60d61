"""PLACEHOLDER: replaced by the real quotes stage (work in progress)."""

from rasid.document import Document
from rasid.pipeline import register


@register("quotes", requires={"entities"}, provides={"quotes"})
def quotes_stage(doc: Document) -> Document:
    """Placeholder for the quotes stage."""
    return doc
