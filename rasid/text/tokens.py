"""Tokenisation with clitic analysis that keeps original offsets.

Tokens are found on the original text, so their offsets are exact; each carries
its folded form.  Arabic attaches conjunctions (و ف), prepositions (ب ل ك), the
future marker (س), the article (ال) and pronoun suffixes to words.  A split that
ignores the lexicon over-splits (وزير is not و + زير), so this module offers two
things: a conservative best guess stored on the token (the article and the
clitics in front of it, which are unambiguous), and :func:`proclitic_splits` /
:func:`enclitic_splits`, which list every plausible split for a matcher to check
against its lexicon.
"""

from __future__ import annotations

from functools import lru_cache

import re
from typing import Iterator

from rasid.document import Token
from rasid.text.normalize import fold

AR_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"

TOKEN_RE = re.compile(
    rf"(?P<number>[{DIGITS}]+(?:[.,\u066b\u066c][{DIGITS}]+)*)"
    rf"|(?P<word>[{AR_MARKS}]*[{AR_LETTERS}][{AR_LETTERS}{AR_MARKS}]*)"
    r"|(?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*)"
    r"|(?P<punct>[^\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff])"
)
PUNCT_KIND = set(".,;:!?،؛؟\"'«»“”‘’()[]{}-–—…/")

_ARTICLE_RE = re.compile(r"^(?P<pre>[وف]?[بك]?)(?P<art>ال)(?P<rest>..+)$")
_LIL_RE = re.compile(r"^(?P<pre>[وف]?)لل(?P<rest>..+)$")

CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with folded forms and a conservative clitic guess."""
    return list(iter_tokens(text))


def iter_tokens(text: str) -> Iterator[Token]:
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        surface = m.group()
        norm = fold(surface)
        if kind == "punct" and surface not in PUNCT_KIND:
            kind = "symbol"
        tok = Token(m.start(), m.end(), norm=norm, kind=kind, stem=norm)
        if kind == "word":
            tok.prefix, tok.stem = article_split(norm)
        yield tok


def article_split(norm: str) -> tuple[str, str]:
    """Split off the article and the clitics before it (وبال, لل …): ``(prefix, stem)``.

    The stem keeps the article (والدوله → و + الدوله) so that it matches lexicon
    entries written with it; لل becomes ل + ال.
    """
    m = _ARTICLE_RE.match(norm)
    if m:
        return m.group("pre"), "ال" + m.group("rest")
    m = _LIL_RE.match(norm)
    if m:
        return m.group("pre") + "ل", "ال" + m.group("rest")
    return "", norm


IMPERFECT_PREFIXES = frozenset("اتني")  # folded أ ت ن ي


@lru_cache(maxsize=1 << 16)
def proclitic_splits(norm: str, min_stem: int = 2) -> tuple[tuple[int, str], ...]:
    """Every plausible ``(chars_skipped, stem)`` reading of the clitics in front of ``norm``.

    ``chars_skipped`` counts folded characters of the token before the stem.  The
    unsplit word comes first.  For لل (ل + ال) the stem is rebuilt with its
    article and ``chars_skipped`` is 0, so that evidence covers the whole token.
    """
    out: list[tuple[int, str]] = [(0, norm)]
    seen = {norm}
    for conj in ("", *CONJ):
        if conj and not norm.startswith(conj):
            continue
        after_conj = norm[len(conj):]
        for prep in ("", *PREP, "س"):
            if prep and not after_conj.startswith(prep):
                continue
            if prep == "س" and after_conj[1:2] not in IMPERFECT_PREFIXES:
                continue  # the future prefix only stands before an imperfect verb (سيقول), not in سجنان
            skip = len(conj) + len(prep)
            stem = norm[skip:]
            if skip and len(stem) >= min_stem and stem not in seen:
                out.append((skip, stem))
                seen.add(stem)
            if prep == "ل" and stem.startswith("ل") and len(stem) > min_stem:
                rebuilt = "ا" + stem
                if rebuilt not in seen:
                    out.append((len(conj), rebuilt))
                    seen.add(rebuilt)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def enclitic_splits(norm: str, min_stem: int = 2) -> tuple[tuple[str, str], ...]:
    """Every plausible ``(stem, suffix)`` reading of a pronoun suffix on ``norm``.

    A ta marbuta written as ت before the suffix is restored (حركته → حركه + ه),
    in folded spelling.
    """
    out: list[tuple[str, str]] = []
    for suf in ENCLITICS:
        if norm.endswith(suf) and len(norm) - len(suf) >= min_stem:
            stem = norm[: -len(suf)]
            out.append((stem, suf))
            if stem.endswith("ت"):
                out.append((stem[:-1] + "ه", suf))
    return tuple(out)


def definite_nisba(norm: str) -> bool:
    """A definite relational adjective (التكفيري، الأوروبية): the usual modifier right after a head noun."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))
