"""Arabic folding for matching, with a map back to original offsets.

Matching runs on folded text so that spelling variants of real news meet:
hamza/alef forms (أ إ آ ٱ → ا), ta marbuta (ة → ه), alef maqsura (ى → ي), hamza
seats (ؤ → و, ئ → ي), tatweel and diacritics removed (which also removes the
stray damma or tanween typed instead of tanween fath, as in خصوصاُ),
Arabic-Indic and Persian digits to ASCII, Persian letters to Arabic ones,
presentation forms decomposed (NFKC), bidi and zero-width controls removed and
Latin lower-cased.  The original text is never changed: :func:`fold_with_map`
returns the folded text with, for each folded character, the original range it
came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DIACRITICS = "".join(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)])
TATWEEL = "\u0640"
CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"

_BASE_FOLD: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "\u066b": ".", "\u066c": ",",
}
for _c in DIACRITICS + TATWEEL + CONTROLS:
    _BASE_FOLD[_c] = ""
for _i in range(10):
    _BASE_FOLD[chr(0x0660 + _i)] = str(_i)
    _BASE_FOLD[chr(0x06F0 + _i)] = str(_i)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty or longer than one)."""
    if ch in _BASE_FOLD:
        return _BASE_FOLD[ch]
    if ch.isascii():
        return ch.lower()
    o = ord(ch)
    if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF or 0xFF00 <= o <= 0xFFEF:
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            return "".join(fold_char(c) for c in decomposed)
    if ch.isupper():
        return ch.lower()
    return ch


_FOLD_TABLE = str.maketrans({c: fold_char(c) for c in _BASE_FOLD} | {chr(c): chr(c).lower() for c in range(65, 91)})
_NEEDS_SLOW = re.compile("[\ufb50-\ufdff\ufe70-\ufeff\uff00-\uffef]|[^\\x00-\\x7f\\u0600-\\u06ff]")


def fold(text: str) -> str:
    """Fold ``text`` for matching (no offset map; use for lexicon entries and tokens)."""
    if _NEEDS_SLOW.search(text):
        return "".join(fold_char(c) for c in text)
    return text.translate(_FOLD_TABLE)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text with, per folded character, the original ``[start, end)`` it came from."""

    text: str
    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` range back to the original text."""
        if not self.text:
            return 0, 0
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def fold_with_map(text: str) -> Folded:
    """Fold ``text`` and keep a map from every folded character to the original."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        for c in f:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return Folded("".join(out), text, tuple(starts), tuple(ends))


def clean_display(text: str) -> str:
    """Text for display: NFC, no tatweel, no bidi controls, stray marks kept as typed."""
    return unicodedata.normalize("NFC", text).translate({ord(c): None for c in TATWEEL + CONTROLS})
