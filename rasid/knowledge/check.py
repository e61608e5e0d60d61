"""Lint of the lexicon files: headers, row widths, duplicates, Unicode form; actor ids, sectors and aliases."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from rasid.knowledge.lexicon import DATA_DIR
from rasid.text.normalize import fold

#: CAMEO/PLOVER sectors an actor or agent may carry.
SECTORS = frozenset("GOV MIL COP REB INS OPP PTY MED IGO NGO BUS REL CVL JUD LEG ELI UAF CRM EDU LAB REF HLH SPY AGR".split())


def check_lexicons(data_dir: Path = DATA_DIR) -> list[str]:
    """Problems found in every ``*.tsv`` lexicon, one line each (empty when all is well)."""
    problems: list[str] = []
    for path in sorted(data_dir.glob("*.tsv")):
        problems += check_file(path)
    if (data_dir / "actors.tsv").exists():
        problems += check_actors(data_dir / "actors.tsv")
    return problems


def check_actors(path: Path) -> list[str]:
    """Duplicate ids, unknown sectors, relations to unknown actors, aliases claimed by two actors."""
    rows = _rows(path)
    problems: list[str] = []
    ids: dict[str, int] = {}
    owner: dict[str, str] = {}
    for lineno, row in rows:
        where = f"{path.name}:{lineno}"
        if row["id"] in ids:
            problems.append(f"{where}: id {row['id']} already used on line {ids[row['id']]}")
        ids.setdefault(row["id"], lineno)
        if row["sector"] and row["sector"] not in SECTORS:
            problems.append(f"{where}: unknown sector {row['sector']!r}")
        for alias in filter(None, row["aliases"].split("|")):
            key = " ".join(fold(alias).split())
            if owner.setdefault(key, row["id"]) != row["id"]:
                problems.append(f"{where}: alias {alias!r} also belongs to {owner[key]}")
    for lineno, row in rows:
        for rel in filter(None, row["relations"].split(";")):
            target = rel.partition(":")[2]
            if target not in ids:
                problems.append(f"{path.name}:{lineno}: relation {rel!r} names an unknown actor")
    return problems


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    header: list[str] | None = None
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
        elif len(cells) == len(header):
            out.append((lineno, dict(zip(header, (c.strip() for c in cells)))))
    return out


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
