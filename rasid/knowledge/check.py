"""Lint of the lexicon files: headers, row widths, duplicates, Unicode form."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from rasid.knowledge.lexicon import DATA_DIR


def check_lexicons(data_dir: Path = DATA_DIR) -> list[str]:
    """Problems found in every ``*.tsv`` lexicon, one line each (empty when all is well)."""
    problems: list[str] = []
    for path in sorted(data_dir.glob("*.tsv")):
        problems += check_file(path)
    return problems


def check_file(path: Path) -> list[str]:
    problems: list[str] = []
    header: list[str] | None = None
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{lineno}"
        if not line.strip() or line.startswith("#"):
            continue
        if unicodedata.normalize("NFC", line) != line:
            problems.append(f"{where}: not in Unicode NFC")
        cells = line.split("\t")
        if header is None:
            header = cells
            if len(set(header)) != len(header) or any(not h.strip() for h in header):
                problems.append(f"{where}: bad header {header}")
            continue
        if len(cells) != len(header):
            problems.append(f"{where}: {len(cells)} cells, header has {len(header)}")
        if line in seen:
            problems.append(f"{where}: duplicate of line {seen[line]}")
        seen.setdefault(line, lineno)
    if header is None:
        problems.append(f"{path.name}: no header row")
    return problems
