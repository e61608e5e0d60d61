"""Convert the PETRARCH Arabic actor and agent dictionaries (MIT) into rasid TSV files.

Run ``python -m rasid.knowledge.build_petrarch [PETRARCH_DIR]``; it writes
``actors_petrarch.tsv`` and ``agents_petrarch.tsv`` beside the hand lexicons.
PETRARCH forms are lemmatised and joined with ``_`` (وزارة_دفاع_أميركي_); a
date-ranged entry keeps only its current code (the range that starts last).
Codes are split into an ISO3 country (when the first three letters are one) and
3-letter sectors. PETRARCH has no person marker, so each entry gets a ``type``: ``person`` when the form
holds a lineage word after its first word (عادل بن أحمد الجبير; ``titles.tsv`` kind ``lineage``) or its code
has the elite sector ``ELI`` (نوري المالكي) or its first word is a given name (a word that opens a person's name at least three times in
ANERcorp's train part, ``newsfane/train.tsv`` beside the PETRARCH folder, and stands inside a person's name in at
least half of its uses: محمد مرسي، جاك شيراك), unless it opens on an organisation or place head noun (حركة،
مدينة, also لواء "brigade") or another common noun (``common_words.tsv``: فصل طويل); otherwise ``org``. Any other form that opens on a person
title or role noun (``titles.tsv`` kinds ``person`` and ``role``, with or without the article: رئيس، عضو) is a
``role`` (رئيس بلدية "mayor", رئيس جمهورية: the entity stage reads it as an unnamed person), or a ``person`` when a
lineage word follows the title (أمير سلطان بن عبد العزيز) or a name word does (الملا عمر، رئيس أمريكي جورج بوش;
:func:`name_words`).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from rasid.knowledge.lexicon import DATA_DIR, load_tsv
from rasid.text.normalize import fold

DEFAULT_SRC = Path(__file__).resolve().parents[3] / "shared" / "data" / "petrarch_ar"
CODE_RE = re.compile(r"\[([^\]]+)\]")
# Three-letter codes that open a PETRARCH code but are sectors or blocs, not countries.
NOT_NAMES = {"person", "role", "org_head", "place_head", "common"}  # word kinds that are no part of a name
NON_COUNTRY = {"IGO", "NGO", "IMG", "MNC", "UAF", "REB", "INS", "GOV", "MIL", "COP", "OPP", "CVL", "MED", "BUS", "REL", "SPY", "JUD", "LEG", "ELI", "PTY", "REF", "LAB", "EDU", "HLH", "CRM", "AGR", "ENV", "HRI", "UNK"}


def clean_form(raw: str) -> str:
    """``وزارة_دفاع_أميركي_`` → ``وزارة دفاع أميركي`` (NFC, single spaces)."""
    return unicodedata.normalize("NFC", " ".join(raw.replace("_", " ").split()))


def split_code(code: str) -> tuple[str, str]:
    """``IRQGOV`` → (``IRQ``, ``GOV``); ``IGOGOV`` → (``""``, ``IGO GOV``); ``~REB`` → (``""``, ``REB``)."""
    letters = re.sub(r"[^A-Z]", "", code.split()[0]) if code.strip() else ""
    chunks = [letters[i : i + 3] for i in range(0, len(letters), 3) if len(letters[i : i + 3]) == 3]
    country = ""
    if chunks and chunks[0] not in NON_COUNTRY:
        country = chunks.pop(0)
    return country, " ".join(chunks)


def parse_actors(text: str) -> list[tuple[str, str, str, str]]:
    """Rows ``(form, country, sector, code)``; date-ranged entries keep the range that starts last."""
    rows: list[tuple[str, str, str, str]] = []
    form: str | None = None
    ranged: list[tuple[str, str]] = []

    def flush() -> None:
        if form and ranged:
            code = max(ranged, key=lambda r: r[0])[1]
            rows.append((form, *split_code(code), code))

    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace() and line.strip().startswith("["):
            m = CODE_RE.search(line)
            if m and form:
                parts = m.group(1).split()
                start = parts[1].split("-")[0] if len(parts) > 1 else ""
                ranged.append((start, parts[0]))
            continue
        flush()
        ranged = []
        m = CODE_RE.search(line)
        form = clean_form(CODE_RE.sub("", line))
        if m:
            rows.append((form, *split_code(m.group(1)), m.group(1).split()[0]))
            form = None
    flush()
    return rows


@lru_cache(maxsize=1)
def _word_kinds() -> dict[str, set[str]]:
    """Folded one-word titles (with and without the article) and common words → their kinds."""
    kinds: dict[str, set[str]] = {}
    for r in load_tsv("titles.tsv"):
        if " " not in r["form"]:
            for w in {fold(r["form"]), fold(r["form"]).removeprefix("ال")}:
                kinds.setdefault(w, set()).add(r["kind"])
    for r in load_tsv("common_words.tsv"):
        kinds.setdefault(fold(r["form"]), set()).add("common")
    return kinds


@lru_cache(maxsize=1)
def _title_phrases() -> frozenset[tuple[str, ...]]:
    """Multi-word titles of ``titles.tsv``, folded, each word without the article (الأمين العام → امين عام)."""
    return frozenset(tuple(w.removeprefix("ال") for w in fold(r["form"]).split())
                     for r in load_tsv("titles.tsv") if " " in r["form"])


def _opens_title(words: list[str], k: int) -> bool:
    """Does a multi-word title start at ``words[k]`` (أمين عام: a title, though أمين is also a name)?"""
    bare = tuple(w.removeprefix("ال") for w in words[k:])
    return any(bare[: len(t)] == t for t in _title_phrases())


@lru_cache(maxsize=4)
def _person_counts(newsfane: Path) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Per folded word of the train part of ``newsfane``: how often it opens a person's name, stands inside
    one, and is used at all (empty without the file)."""
    from collections import Counter

    opens: Counter[str] = Counter()
    in_person: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    if not newsfane.exists():
        return opens, in_person, uses
    from rasid.evaluation.ner import read_bio
    from rasid.ner.labels import coarse
    from rasid.training.ner import split

    for tokens, tags in split(read_bio(newsfane))[0]:
        for w, t in zip(tokens, tags):
            person = t != "O" and coarse(t[2:]) == "PER"
            uses[fold(w)] += 1
            in_person[fold(w)] += person
            opens[fold(w)] += person and t.startswith("B-")
    return opens, in_person, uses


def given_names(newsfane: Path) -> frozenset[str]:
    """Folded words that open a person's name in the train part of ``newsfane`` at least three times and stand
    inside one in at least half of their uses."""
    opens, in_person, uses = _person_counts(newsfane)
    return frozenset(w for w, n in opens.items() if n >= 3 and 2 * in_person[w] >= uses[w] and len(w) >= 2)


def name_words(newsfane: Path, nationality: frozenset[str] = frozenset()) -> frozenset[str]:
    """Folded words that read as part of a name after a title: they open a person's name at least three times
    (عمر, though it also means "age") or stand inside one in at least half of their uses (براون، مشرف); no
    nationality adjective (كيني "Kenyan" is also a name in ANERcorp)."""
    opens, in_person, uses = _person_counts(newsfane)
    return frozenset(w for w, n in uses.items() if (opens[w] >= 3 or 0 < n <= 2 * in_person[w])
                     and len(w) >= 2 and w not in nationality)


def actor_type(form: str, sector: str, given: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()) -> str:
    """``person``, ``role`` or ``org`` for a PETRARCH actor form and its sectors (rules in the module docstring)."""
    words = fold(form).split()
    if len(words) < 2:
        return "org"
    kinds = _word_kinds()
    first = kinds.get(words[0], set())
    lineage = any("lineage" in kinds.get(w, set()) for w in words[1:])
    if first & {"org_head", "place_head", "direction"}:
        return "org"  # حركة X, مدينة X; لواء is a rank and a brigade
    if first & {"person", "role"}:  # رئيس بلدية, عضو برلمان: a role; أمير سلطان بن عبد العزيز, الملا عمر: a title and a name
        named = any(w in names and not kinds.get(w, set()) & NOT_NAMES and not _opens_title(words, k)
                    for k, w in enumerate(words) if k)
        return "person" if lineage or named else "role"
    if "common" in first:
        return "org"  # فصل طويل
    return "person" if lineage or "ELI" in sector.split() or words[0] in given else "org"


def corrected(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """PETRARCH's rows with the country and sector of ``petrarch_corrections.tsv`` where it lists their form (رئيس حكومة,
    "head of government", was coded Algerian judiciary, so every head of government was Algeria's)."""
    fixes = {r["form"]: r for r in load_tsv("petrarch_corrections.tsv")}
    out = []
    for form, country, sector, code, *rest in rows:
        fix = fixes.get(form)
        if fix is not None:
            country, sector = fix["country"], fix["sector"]
            code = country + "".join(sector.split())
        out.append((form, country, sector, code, *rest))
    return out


def parse_agents(text: str) -> list[tuple[str, str]]:
    """Rows ``(form, sector)`` from ``form [~SEC]`` lines."""
    rows = []
    for line in text.splitlines():
        m = CODE_RE.search(line)
        if line.startswith("#") or not m:
            continue
        code = m.group(1).split()[0].replace("~", "")
        if not re.fullmatch(r"[A-Z]{3,}", code):
            continue
        rows.append((clean_form(CODE_RE.sub("", line)), code[:3]))
    return rows


def _write(path: Path, header: str, comment: str, rows: list[tuple[str, ...]]) -> int:
    seen: set[str] = set()
    lines = [f"# {c}" for c in comment.splitlines()] + [header]
    for row in rows:
        if not row[0] or row[0] in seen:
            continue
        seen.add(row[0])
        lines.append("\t".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(seen)


def main(src: Path = DEFAULT_SRC, out: Path = DATA_DIR) -> None:
    """Write the two generated files."""
    actors = parse_actors((src / "actor_dict_ar_v4.txt").read_text(encoding="utf-8"))
    agents = parse_agents((src / "agents.all.ar_v3.txt").read_text(encoding="utf-8"))
    note = "GENERATED by python -m rasid.knowledge.build_petrarch from PETRARCH (MIT, Open Event Data Alliance); do not edit."
    from rasid.knowledge.actors import knowledge_base

    newsfane = src.parent / "newsfane" / "train.tsv"
    given = given_names(newsfane)
    names = name_words(newsfane, frozenset(knowledge_base().nationality))
    typed = corrected([(*row, actor_type(row[0], row[2], given, names)) for row in actors])
    n_act = _write(out / "actors_petrarch.tsv", "form\tcountry\tsector\tcode\ttype", note + "\nForms are PETRARCH lemmas (no article); code is the current CAMEO actor code; type is person, role or org (build_petrarch.actor_type).", typed)
    n_ag = _write(out / "agents_petrarch.tsv", "form\tsector", note, agents)
    print(f"{n_act} actor forms, {n_ag} agent forms -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SRC)
