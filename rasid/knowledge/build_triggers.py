"""Seed the PLOVER trigger lexicon from the PETRARCH Arabic verb dictionary.

CAMEO.ar (``--- LEMMA [CODE] ---`` verb blocks with lemma variants and
``- * object [CODE]`` patterns) is coded in CAMEO; CAMEO2PLOVER maps each CAMEO
code to a PLOVER category and mode.  Running this module writes
``rasid/knowledge/data/event_triggers_cameo.tsv``: one row per lemma with the
PLOVER type of its block (the block code, or the patterns' majority when the
block has none).  The seed is noisy (glosses such as *rush* or *set* pull in
very common verbs), so the stage reads the hand-corrected
``event_triggers.tsv``, whose rows cite the seed row they came from
(``origin=cameo:CODE``) or ``origin=hand``.  Re-run with::

    python -m rasid.knowledge.build_triggers [CAMEO.ar.txt] [CAMEO2PLOVER.txt]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rasid.text.normalize import fold

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEFAULT_CAMEO = SHARED / "data" / "petrarch_ar" / "CAMEO.ar.0.5.txt"
DEFAULT_MAP = SHARED / "reference" / "plover" / "CAMEO2PLOVER-2021.txt"
OUT = Path(__file__).resolve().parent / "data" / "event_triggers_cameo.tsv"

# CAMEO 01 (public statement) has no PLOVER category; CAMEO 02 (appeal) is folded
# into REQUEST by the PLOVER manual ("REQUEST ... includes CAMEO 02 and 10").
EXTRA_MAP = {"02": ("REQUEST", "")}
MAJORITY = 0.6  # share of a block's patterns that must agree when the block has no code

_HEADER = re.compile(r"^---\s+(?P<lemma>.+?)\s+\[(?P<code>[^\]]*)\]\s+---")
_PATTERN_CODE = re.compile(r"\[(?P<code>\d{2,4})\]")
_MAP_LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<rest>[^#]*)")


@dataclass(frozen=True, slots=True)
class SeedRow:
    trigger: str
    type: str
    mode: str
    cameo: str
    block: str
    basis: str  # lemma | block | majority


def load_cameo2plover(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode); the first line wins for duplicated codes."""
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("~"):
            break
        m = _MAP_LINE.match(line)
        if not m:
            continue
        parts = [p.strip() for p in m.group("rest").split(",")]
        out.setdefault(m.group("code"), (parts[0], parts[1] if len(parts) > 1 else ""))
    return out


def plover_of(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """Map a CAMEO code, backing off to its parent codes (0332 → 033 → 03)."""
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n]) or EXTRA_MAP.get(code[:n])
        if hit:
            return hit
    return None


def parse_blocks(path: Path) -> list[tuple[str, str, list[str], list[str]]]:
    """Verb blocks as (header lemma, header code, lemma variants, pattern codes)."""
    blocks: list[tuple[str, str, list[str], list[str]]] = []
    current: tuple[str, str, list[str], list[str]] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = _HEADER.match(raw.strip())
        if m:
            current = (m.group("lemma"), m.group("code").strip(), [], [])
            blocks.append(current)
            continue
        if current is None or not line:
            continue
        if line.startswith("-"):
            current[3].extend(c.group("code") for c in _PATTERN_CODE.finditer(line))
        elif not line.startswith(("&", "+", "<", "[")):
            current[2].append(line)  # a lemma, possibly with its own [CODE]
    return blocks


def seed_rows(cameo: Path = DEFAULT_CAMEO, mapping: Path = DEFAULT_MAP) -> list[SeedRow]:
    """One row per (lemma, PLOVER type): the block's code, else its patterns' majority."""
    table = load_cameo2plover(mapping)
    rows: dict[tuple[str, str], SeedRow] = {}
    for head, code, lemmas, pcodes in parse_blocks(cameo):
        basis = "block"
        hit = plover_of(code, table) if code.isdigit() else None
        chosen = code
        if hit is None:
            mapped = [(c, plover_of(c, table)) for c in pcodes]
            mapped = [(c, h) for c, h in mapped if h]
            if not mapped:
                continue
            counts = Counter(h[0] for _, h in mapped)
            top, n = counts.most_common(1)[0]
            if n / len(mapped) < MAJORITY:
                continue
            chosen = Counter(c for c, h in mapped if h[0] == top).most_common(1)[0][0]
            hit, basis = (top, plover_of(chosen, table)[1]), "majority"  # type: ignore[index]
        for lemma in lemmas:
            own = _PATTERN_CODE.search(lemma)
            row_hit, row_code, row_basis = hit, chosen, basis
            if own:  # a lemma line may carry its own code, which wins over the block's
                mapped_own = plover_of(own.group("code"), table)
                if mapped_own is None:
                    continue
                row_hit, row_code, row_basis = mapped_own, own.group("code"), "lemma"
            trigger = fold(_PATTERN_CODE.sub("", lemma).replace("+", " ").replace("_", " ")).strip()
            trigger = re.sub(r"\s+", " ", trigger)
            if not trigger or not re.search("[\u0621-\u064a]", trigger):
                continue
            key = (trigger, row_hit[0])
            rows.setdefault(key, SeedRow(trigger, row_hit[0], row_hit[1], row_code, fold(head), row_basis))
    return sorted(rows.values(), key=lambda r: (r.type, r.trigger))


def write_seed(rows: list[SeedRow], out: Path = OUT) -> None:
    header = "# generated by python -m rasid.knowledge.build_triggers from CAMEO.ar.0.5 (MIT) via CAMEO2PLOVER-2021; do not edit\n"
    lines = ["trigger\ttype\tmode\tcameo\tblock\tbasis"]
    lines += [f"{r.trigger}\t{r.type}\t{r.mode}\t{r.cameo}\t{r.block}\t{r.basis}" for r in rows]
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    cameo = Path(args[0]) if args else DEFAULT_CAMEO
    mapping = Path(args[1]) if len(args) > 1 else DEFAULT_MAP
    rows = seed_rows(cameo, mapping)
    write_seed(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
