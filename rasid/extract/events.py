"""PLACEHOLDER: replaced by the real events stage (work in progress)."""

from rasid.document import Document
from rasid.pipeline import register


@register("events", requires={"entities"}, provides={"events"})
def events_stage(doc: Document) -> Document:
    """Placeholder for the events stage."""
    return doc
