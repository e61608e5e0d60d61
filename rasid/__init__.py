"""rasid (راصد): Arabic news in, a traced record of actors, events, quotes and relations out.

    import rasid
    doc = rasid.analyze(text, published="2014-10-05")
    doc.entities, doc.events, doc.quotes, doc.times, doc.quantities, doc.relations
"""

from __future__ import annotations

from rasid.api import analyze, get_pipeline
from rasid.document import Document
from rasid.errors import InputError, RasidError
from rasid.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["analyze", "get_pipeline", "Document", "Pipeline", "RasidError", "InputError", "__version__"]
