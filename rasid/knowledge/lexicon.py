"""Reading lexicon data files (TSV with a header row and ``#`` comments)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasid.errors import RasidError

DATA_DIR = Path(str(resources.files("rasid.knowledge") / "data"))


@lru_cache(maxsize=64)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``rasid/knowledge/data/<name>`` as dicts keyed by the header, comments skipped."""
    path = DATA_DIR / name
    if not path.exists():
        raise RasidError(f"lexicon {name!r} is missing from {DATA_DIR}")
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for lineno, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise RasidError(f"lexicon {name}: row {lineno} does not match the header {reader.fieldnames}")
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)
