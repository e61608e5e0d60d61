"""The versioned JSON Schema of rasid's output record."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from rasid.document import SCHEMA_VERSION


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The JSON Schema matching :meth:`rasid.document.Document.to_dict`."""
    return json.loads((resources.files("rasid.schema") / f"record-{SCHEMA_VERSION}.json").read_text(encoding="utf-8"))
