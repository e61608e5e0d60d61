"""Sentence splitting for news text.

News lines often have no final stop (headlines, teasers), so every line break
ends a sentence.  Inside a line, . ! ? ؟ … end a sentence unless they stand
inside a quotation (straight quotes, «» or “”), so that a quote of several
sentences stays in the sentence that introduces it; closing quotes and brackets
after the stop stay with the sentence.  The stop of a one-letter abbreviation
(``abbreviations.tsv``: اللواء م. يوسف، د. أحمد) ends no sentence when a word
follows it on the line and no number stands before it (عام 2015 م. is an era); nor does a stop between two
single letters, inside an agency's initials ((د.ب.ا)، (أ.ف.ب)).  A star between spaces starts a new sentence, as a line
break would (a headline and the dateline after it: … جلسته * بانكوك ـ «الشرق الأوسط»: …).
A site's tag list at the end of an article (``tag_cues.tsv``: سمات الإرهاب داعش) is a
sentence of its own, even when no stop or line break sets it off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.document import Sentence
from rasid.knowledge.lexicon import load_tsv
from rasid.text.normalize import fold

TERMINATORS = set(".!?؟…")
OPENERS = {"«": "»", "“": "”", "„": "”"}
CLOSERS = set("»”\"')]")
MAX_QUOTED_SENTENCE = 2000  # an unbalanced quote must not swallow a long line


MAX_TAG_LIST = 300  # characters a trailing tag list may have


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans over ``text``, trimmed of surrounding whitespace."""
    out: list[Sentence] = []
    tags = tag_list_start(text)
    body = text if tags is None else text[:tags]
    line_start = 0
    for line in body.splitlines(keepends=True):
        _split_line(text, line_start, line_start + len(line.rstrip("\r\n")), out)
        line_start += len(line)
    if tags is not None:
        _append(text, tags, len(text), out)
    return out


def tag_list_start(text: str) -> int | None:
    """Where a trailing tag list starts: a cue word of ``tag_cues.tsv`` as a whole word, then keywords with no
    sentence punctuation up to the end of the text (None when the article ends otherwise)."""
    end = len(text.rstrip())
    tail = text[max(0, end - MAX_TAG_LIST) : end]
    best = None
    for cue in _tag_cues():
        for m in re.finditer(rf"(?<!\S){re.escape(cue)}\s+\S", tail):
            rest = tail[m.start() :]
            if not any(ch in TERMINATORS or ch in "،,:؛;" or ch == "\n" for ch in rest.rstrip()):
                at = end - len(tail) + m.start()
                best = at if best is None else min(best, at)
                break
    return best


@lru_cache(maxsize=1)
def _tag_cues() -> tuple[str, ...]:
    return tuple(r["form"] for r in load_tsv("tag_cues.tsv"))


def _split_line(text: str, start: int, end: int, out: list[Sentence]) -> None:
    straight_balanced = text.count('"', start, end) % 2 == 0
    in_straight = False
    expected: list[str] = []
    sent_start = start
    i = start
    while i < end:
        ch = text[i]
        if ch == '"' and straight_balanced:
            in_straight = not in_straight
        elif ch in OPENERS:
            expected.append(OPENERS[ch])
        elif expected and ch == expected[-1]:
            expected.pop()
        quoted = (in_straight or expected) and i - sent_start < MAX_QUOTED_SENTENCE
        if ch == "*" and not quoted and i > sent_start and text[i - 1].isspace() and i + 1 < end and text[i + 1].isspace():
            _append(text, sent_start, i, out)  # a headline, then « * بانكوك ـ «الشرق الأوسط»: …» on the same line
            sent_start = i + 1
            i += 1
            continue
        if ch in TERMINATORS and not quoted and not _is_decimal_point(text, i, start, end) and not _is_abbreviation(text, i, start, end) \
                and not _is_initialism(text, i, start, end):
            j = i + 1
            while j < end and (text[j] in TERMINATORS or text[j] in CLOSERS):
                if text[j] == '"' and straight_balanced:
                    in_straight = not in_straight
                j += 1
            _append(text, sent_start, j, out)
            sent_start = j
            i = j
            continue
        i += 1
    _append(text, sent_start, end, out)


def _is_decimal_point(text: str, i: int, start: int, end: int) -> bool:
    return text[i] == "." and start < i < end - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Folded one-letter abbreviations (م، د، أ) from ``abbreviations.tsv``."""
    return frozenset(fold(r["form"]) for r in load_tsv("abbreviations.tsv"))


def _is_abbreviation(text: str, i: int, start: int, end: int) -> bool:
    """Is the full stop at ``i`` that of an abbreviation (اللواء م. يوسف), with a word after it on the line?"""
    if text[i] != "." or i - 1 < start or (i - 2 >= start and not text[i - 2].isspace()):
        return False
    if fold(text[i - 1]) not in _abbreviations():
        return False
    j = i + 1
    while j < end and text[j] == " ":
        j += 1
    if j >= end or j == i + 1 or not text[j].isalpha():
        return False  # the line ends, or the stop is not followed by a word
    before = text[start : i - 1].rstrip().rsplit(" ", 1)[-1]
    return not (before and before[-1].isdigit())  # عام 2015 م. : an era after a number, which may end the sentence


def _is_initialism(text: str, i: int, start: int, end: int) -> bool:
    """Is the full stop at ``i`` between two single letters, inside an initialism ((د.ب.ا)، (أ.ف.ب)، U.S.)?"""
    if text[i] != "." or i - 1 < start or i + 1 >= end or not (text[i - 1].isalpha() and text[i + 1].isalpha()):
        return False
    single_before = i - 2 < start or text[i - 2] in " (."
    single_after = i + 2 >= end or not text[i + 2].isalpha()
    return single_before and single_after


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
