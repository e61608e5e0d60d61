"""Time expressions, resolved against the publication date.

Arabic news writes one date in several calendars and naming systems (أيلول/سبتمبر, شتنبر,
جانفي, رمضان 1436 هـ), with clitics (وفي, بـ) and mostly deictically (أمس السبت).  This stage
matches a small grammar over folded tokens with bounded look-ahead, so it runs in linear time,
and reads every word list from ``rasid/knowledge/data`` (months, weekdays, relative_days,
time_units, time_cues, ordinals, number_words).

Each :class:`~rasid.document.Timex` gets:

* ``kind``: ``date`` (a day of a named month, or a numeric date), ``month``, ``year``,
  ``weekday`` (a bare weekday such as السبت or السبت الماضي) or ``relative`` (a deictic
  expression: أمس, اليوم, أمس السبت, العام الماضي, قبل ثلاثة أيام).
* ``value``: ISO 8601 ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``YYYY-Www`` when it can be
  resolved.  A Hijri month or year covers parts of two Gregorian months or years, so its value is
  the ISO interval of its first and last Gregorian days (``2015-06-18/2015-07-16``); a Hijri day
  is a plain Gregorian date.  ``calendar`` says which calendar the text used.
* ``relative``: what the text says relative to the publication date, kept even when resolved:
  ``-P1D`` (أمس), ``P0D`` (اليوم), ``+P1D`` (غدا), ``-P1Y`` (العام الماضي), ``weekday:SAT``
  (the last Saturday on or before publication), ``past:weekday:SAT`` / ``next:weekday:SAT``
  (السبت الماضي / المقبل), ``upcoming:weekday:WED`` (a future tense governs it, ستتوقف الأربعاء: the first
  Wednesday on or after publication), ``XXXX-09`` or ``XXXX-10-05`` (a month or day without a year),
  ``past:XXXX-09`` (سبتمبر الماضي), ``-P1Y:XXXX-10`` (أكتوبر من العام الماضي) and
  ``hijri:XXXX-09`` for Hijri ones.  Without a publication date ``value`` is None.
* ``consistent``: whether a weekday written beside a date agrees with it (None when no weekday
  or no resolved date).  A disagreement keeps the date and adds a line to ``doc.warnings``.

Resolution follows news usage: a bare weekday or a month without a year is the most recent one on
or before publication; a day and month without a year is the latest such day no more than
``FUTURE_DAYS`` after publication (announcements name near future days).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Generic, Iterable, Sequence, TypeVar

from hijridate import Gregorian, Hijri

from rasid.document import Document, Timex, Token
from rasid.knowledge.lexicon import load_tsv
from rasid.pipeline import register
from rasid.text.normalize import fold, fold_char
from rasid.text.tokens import proclitic_splits

T = TypeVar("T")

FUTURE_DAYS = 60  # a day+month without a year may lie this far after publication
WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
FUTURE_WINDOW = 8  # words before a bare weekday in which a future marker makes it the coming one
NAME_LABELS = ("PER", "ORG", "GPE", "LOC", "FAC")  # a word inside such a name is no future verb (سيريزا)
HIJRI_YEARS = (1343, 1500)  # the Umm al-Qura table hijridate covers
HIJRI_WRITTEN_YEARS = (1, 1600)  # Hijri years read as such; outside HIJRI_YEARS they get no value
GREGORIAN_YEARS = (1000, 2200)  # years accepted after a month name or a year word
BARE_YEARS = (1900, 2100)  # years accepted after a mere preposition (في 2007)
HISTORIC_YEARS = (1000, 1899)  # accepted after a year context word (في 1895، منذ 1750) when no counted noun follows …
HIJRI_LIKE = (1300, 1500)  # … but not these: alone, Saudi news writes the Hijri year (في 1436), as quantities.HIJRI_YEAR_LIKE
NOT_UNIT_START = ("و", "ب", "ل", "ف", "ي", "ت")  # as in quantities.year_like: 1895 وأسس، 1895 بالقاهرة open no counted noun


# --------------------------------------------------------------------------------------------
# Token-level phrase matching shared with the quantities stage
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def clitic_readings(norm: str) -> tuple[tuple[int, str], ...]:
    """The ``(folded chars skipped, stem)`` readings of a folded token, cached (tokens repeat).

    Only و ف ب ل readings: ك and س split common words into lexicon entries (كمية → ك + مية
    'hundred', وسمية → و + س + مية).
    """
    if not norm or norm[0] not in "وفبل":
        return ((0, norm),)
    return tuple(
        (skip, stem)
        for skip, stem in proclitic_splits(norm, min_stem=2)
        if skip == 0 or not any(c in "كس" for c in norm[:skip])
    )


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A lexicon phrase found at a token: its value, the token index after it, clitic chars skipped."""

    value: T
    end: int
    skip: int = 0


class PhraseLexicon(Generic[T]):
    """Folded one- or multi-word phrases, matched on token norms; the first word may carry clitics.

    Why: lexicons hold multi-word names (كانون الثاني, ما بين, أكثر من) and a dict keyed by the
    first word keeps matching constant-time per token.
    """

    def __init__(self, items: Iterable[tuple[str, T]], min_stem: int = 2) -> None:
        self.min_stem = min_stem  # content words need 3: باب is not ب + آب
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for form, value in items:
            words = tuple(fold(form).split())
            if words:
                self._by_first.setdefault(words[0], []).append((words, value))
        for cands in self._by_first.values():
            cands.sort(key=lambda c: -len(c[0]))

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def first_words(self) -> set[str]:
        """Every word a phrase can start with (for a stage's quick pre-filter)."""
        return set(self._by_first)

    def match(self, tokens: Sequence[Token], i: int, clitics: bool = True) -> Match[T] | None:
        """The longest phrase starting at token ``i`` (whole token first, then clitic readings)."""
        if i < 0 or i >= len(tokens):
            return None
        norm = tokens[i].norm
        readings = clitic_readings(norm) if clitics else ((0, norm),)
        n_tok = len(tokens)
        for skip, stem in readings:
            cands = self._by_first.get(stem)
            if not cands or (skip and len(stem) < self.min_stem):
                continue
            for words, value in cands:
                n = len(words)
                if i + n > n_tok:
                    continue
                if all(tokens[i + k].norm == words[k] for k in range(1, n)):
                    return Match(value, i + n, skip)
        return None

    def has(self, tokens: Sequence[Token], i: int, clitics: bool = True) -> bool:
        return self.match(tokens, i, clitics) is not None


def cue_lexicons(name: str) -> dict[str, PhraseLexicon[str]]:
    """One :class:`PhraseLexicon` per role of a ``form<TAB>role`` cue file."""
    by_role: dict[str, list[tuple[str, str]]] = {}
    for row in load_tsv(name):
        by_role.setdefault(row["role"], []).append((row["form"], row["form"]))
    return {role: PhraseLexicon(items) for role, items in by_role.items()}


def skip_offset(text: str, tok: Token, skipped: int) -> int:
    """Original offset inside ``tok`` after ``skipped`` folded characters (clitics left out of a span)."""
    pos = tok.start
    if skipped <= 0:
        return pos
    n = 0
    while pos < tok.end and n < skipped:
        n += len(fold_char(text[pos]))
        pos += 1
    while pos < tok.end and fold_char(text[pos]) == "":  # marks and tatweel on the clitic
        pos += 1
    return pos


def digits_value(norm: str) -> int | None:
    """The integer a plain digit token spells (folded norm), or None for decimals and groups."""
    return int(norm) if norm.isascii() and norm.isdigit() else None


# --------------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthName:
    month: int
    calendar: str  # gregorian | hijri
    system: str
    needs_context: bool


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str  # D W M Y
    count: int | None  # None for plurals


class TimeLexicons:
    """Every word list the times stage reads, loaded once."""

    def __init__(self) -> None:
        self.months: PhraseLexicon[MonthName] = PhraseLexicon(
            ((r["form"], MonthName(int(r["month"]), r["calendar"], r["system"], r["context"] == "needs"))
             for r in load_tsv("months.tsv")),
            min_stem=3,
        )
        self.weekdays: PhraseLexicon[tuple[int, bool]] = PhraseLexicon(
            (r["form"], (WEEKDAYS.index(r["weekday"]), r["context"] == "needs")) for r in load_tsv("weekdays.tsv")
        )
        self.rel_days: PhraseLexicon[tuple[int, str]] = PhraseLexicon(
            (r["form"], (int(r["offset"]), r["strict"])) for r in load_tsv("relative_days.tsv")
        )
        self.counted_units: PhraseLexicon[Unit] = PhraseLexicon(
            (r["form"], Unit(r["unit"], None if r["count"] == "n" else int(r["count"])))
            for r in load_tsv("time_units.tsv")
            if r["definite"] == "no"
        )
        self.definite_units: PhraseLexicon[Unit] = PhraseLexicon(
            (r["form"], Unit(r["unit"], 1)) for r in load_tsv("time_units.tsv") if r["definite"] == "yes"
        )
        self.period_units: PhraseLexicon[Unit] = PhraseLexicon(
            (r["form"], Unit(r["unit"], None if r["count"] == "n" else int(r["count"]))) for r in load_tsv("time_units.tsv") if r["definite"] == "period"
        )
        self.ordinals: PhraseLexicon[tuple[str, int]] = PhraseLexicon(
            (r["form"], (r["kind"], int(r["value"]))) for r in load_tsv("ordinals.tsv")
        )
        self.teen_words = frozenset(
            fold(r["form"]) for r in load_tsv("number_words.tsv") if r["kind"] == "ten" and r["value"] == "10"
        )  # عشر, عشرة: الخامس عشر
        self.small_numbers: PhraseLexicon[int] = PhraseLexicon(
            (r["form"], int(r["value"]))
            for r in load_tsv("number_words.tsv")
            if r["kind"] in ("unit", "ten") and r["alone"] == "yes"
        )
        self.definite_numbers = {  # الثلاثة، العشر: a number word with the article, after a definite plural unit
            "ال" + fold(r["form"]): int(r["value"]) for r in load_tsv("number_words.tsv") if r["kind"] in ("unit", "ten") and r["alone"] == "yes"
        }
        self.cues = cue_lexicons("time_cues.tsv")
        self.not_unit = frozenset(fold(r["form"]) for r in load_tsv("quantity_cues.tsv") if r["role"] == "not_unit")
        empty: PhraseLexicon[str] = PhraseLexicon(())
        for role in (
            "month_context", "month_head", "year_head", "era_gregorian", "era_hijri", "past", "next",
            "current", "this", "daypart", "day_head", "ago", "later", "anchor_block", "of", "equals",
            "blessed", "name_head", "weekday_block_before", "weekday_block_after", "today_block_before",
            "range_join", "one", "year_context", "future",
        ):
            self.cues.setdefault(role, empty)
        starters: set[str] = set()
        for lex in (self.months, self.weekdays, self.rel_days, self.definite_units, self.period_units, self.ordinals):
            starters |= lex.first_words()
        for role in ("month_head", "year_head", "this", "daypart", "day_head", "ago", "later"):
            starters |= self.cues[role].first_words()
        self.can_start = TriggerFilter(starters)


class TriggerFilter(dict):
    """Whether a token can start a match: ``filter[norm]``, a dict filled on first sight of a norm.

    Why: almost every token starts nothing; testing its clitic readings against the union of the
    lexicons' first words once per distinct norm (a plain dict lookup after that) keeps a stage
    well under a millisecond per article.
    """

    def __init__(self, first_words: set[str], max_cache: int = 200_000) -> None:
        super().__init__()
        self.first_words = frozenset(first_words)
        self.max_cache = max_cache

    def __missing__(self, norm: str) -> bool:
        hit = any(stem in self.first_words for _, stem in clitic_readings(norm))
        if len(self) >= self.max_cache:
            self.clear()
        self[norm] = hit
        return hit


@lru_cache(maxsize=1)
def time_lexicons() -> TimeLexicons:
    return TimeLexicons()


# --------------------------------------------------------------------------------------------
# Calendar arithmetic (every function returns None instead of raising on out-of-range dates)
# --------------------------------------------------------------------------------------------


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def add_days(d: dt.date, n: int) -> dt.date | None:
    try:
        return d + dt.timedelta(days=n)
    except (ValueError, OverflowError):
        return None


def add_months(y: int, m: int, n: int) -> tuple[int, int] | None:
    total = y * 12 + (m - 1) + n
    yy, mm = divmod(total, 12)
    return (yy, mm + 1) if 1 <= yy <= 9999 else None


def future_verb(norm: str) -> bool:
    """A folded word that reads as an imperfect verb with the future prefix س (ستتوقف، سيعقد، وسننظم): س + ي/ت/ن and
    at least three more letters, with no noun ending (سيارة، سياسة، سنوات، ستين are nouns and numbers); names such as
    ستيفان are left out by the caller when the entity stage found them."""
    word = norm[1:] if norm[:1] in ("و", "ف") else norm
    return (len(word) >= 5 and word[0] == "س" and word[1] in "يتن" and not word.endswith(("ه", "ات", "ين", "يه", "ي"))
            and not word.startswith(("سيا", "سنو", "ستو", "ستي")))


def check_weekday(found: Found, date: dt.date, weekday: int, kept: str) -> None:
    """Mark ``found`` consistent when ``date`` falls on ``weekday`` (أمس السبت must be a Saturday), else warn."""
    found.consistent = date.weekday() == weekday
    if not found.consistent:
        found.warning = f"weekday {WEEKDAYS[weekday]} disagrees with {date.isoformat()} ({WEEKDAYS[date.weekday()]}); {kept}"


def iso_week(d: dt.date | None) -> str | None:
    if d is None:
        return None
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """Umm al-Qura conversion; None outside hijridate's table or for an impossible day."""
    try:
        g = Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def hijri_month_interval(y: int, m: int) -> str | None:
    try:
        first = Hijri(y, m, 1)
        last = Hijri(y, m, first.month_length())
        return f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}"
    except (ValueError, OverflowError):
        return None


def hijri_year_interval(y: int) -> str | None:
    try:
        first = Hijri(y, 1, 1).to_gregorian()
        last_month = Hijri(y, 12, 1)
        last = Hijri(y, 12, last_month.month_length()).to_gregorian()
        return f"{first.isoformat()}/{last.isoformat()}"
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri(d: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------------------------
# The grammar
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class DateCore:
    """A date as written: any of day, month, year, in one calendar, with its modifiers."""

    end: int  # token index after it
    skip: int = 0  # clitic chars skipped on its first token
    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: str = "gregorian"
    month_mod: str | None = None  # past | next | current (سبتمبر الماضي)
    year_rel: int | None = None  # من العام الماضي → -1
    month_rel: int | None = None  # من الشهر الجاري → 0 (month is then None)
    needs_context: bool = False
    has_context: bool = False
    source: str = ""


@dataclass(slots=True)
class Found:
    """One time expression over tokens ``[start_i, end_i)``."""

    start_i: int
    end_i: int
    skip: int
    kind: str
    value: str | None
    relative: str | None
    calendar: str = "gregorian"
    consistent: bool | None = None
    source: str = ""
    warning: str | None = None
    core: DateCore | None = None  # the written date, kept to share a year across a range


class TimeTagger:
    """Finds and resolves time expressions over a token list (lexicons loaded once, reused per document)."""

    def __init__(self, lex: TimeLexicons | None = None) -> None:
        self.lex = lex or time_lexicons()

    def tag(self, text: str, tokens: Sequence[Token], published: str | None, names: frozenset[int] = frozenset(),
            inside_names: frozenset[int] = frozenset()) -> tuple[list[Timex], list[str]]:
        """Every time expression in ``tokens`` as Timex spans (ids t1…), with warnings; ``names``: start offsets of
        tokens inside names the entity stage found (never read as a future verb: سيريزا، ستيفان); ``inside_names``:
        start offsets of tokens where no time expression may start (اليوم of «روسيا اليوم»)."""
        return _TimeRun(self.lex, text, tokens, parse_published(published), names, inside_names).run()


class _TimeRun:
    """The grammar, applied to one document (per-call state keeps the tagger thread-safe)."""

    def __init__(self, lex: TimeLexicons, text: str, tokens: Sequence[Token], pub: dt.date | None, names: frozenset[int] = frozenset(),
                 inside_names: frozenset[int] = frozenset()) -> None:
        self.inside_names = inside_names
        self.lex, self.cue = lex, lex.cues
        self.text, self.tokens, self.pub, self.names = text, tokens, pub, names
        self.last_year_end = -10

    def run(self) -> tuple[list[Timex], list[str]]:
        text, tokens = self.text, self.tokens
        can_start = self.lex.can_start
        founds: list[Found] = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            if tok.start in self.inside_names:
                res = None
            elif tok.kind == "number" or (tok.kind == "word" and can_start[tok.norm]):
                res = self.parse_at(i)
            else:
                res = None
            if isinstance(res, Found):
                self.share_range(founds, res)
                founds.append(res)
                if res.kind == "year":
                    self.last_year_end = res.end_i
                i = max(res.end_i, i + 1)
            elif isinstance(res, int):
                i = max(res, i + 1)
            else:
                i += 1
        out: list[Timex] = []
        warnings: list[str] = []
        for res in founds:
            start = skip_offset(text, tokens[res.start_i], res.skip)
            end = tokens[res.end_i - 1].end
            tid = f"t{len(out) + 1}"
            out.append(
                Timex(start, end, id=tid, kind=res.kind, value=res.value, relative=res.relative,
                      calendar=res.calendar, consistent=res.consistent, source=res.source)
            )
            if res.warning:
                warnings.append(f"times: {tid} {text[start:end]!r} at {start}: {res.warning}")
        return out, warnings

    def share_range(self, founds: list[Found], cur: Found) -> None:
        """Give the first end of a date range the second's month and year.

        ``7 يوليو إلى 26 أغسطس 2014``: the first date takes 2014 (2013 if its month is later);
        ``من 7 إلى 9 أكتوبر`` and ``19 - 21 شوال``: the bare first day becomes a date of its own.
        """
        core = cur.core
        if core is None or core.day is None or core.month is None:
            return
        join = cur.start_i - 1
        if not self.has("range_join", join, clitics=False):
            return
        prev = founds[-1] if founds else None
        if prev is not None and prev.end_i == join:
            p = prev.core
            if (p is not None and p.day is not None and p.month is not None and p.year is None and core.year
                    and p.calendar == core.calendar and p.year_rel is None and p.month_mod is None
                    and not prev.source.startswith("weekday")):
                year = core.year - 1 if p.month > core.month else core.year
                redone = self.finish_date(prev.start_i, replace(p, year=year), prev.skip)
                if isinstance(redone, Found):
                    redone.source = prev.source + "+range"
                    founds[-1] = redone
            return
        day = self.is_num(join - 1)
        if day is None or not 1 <= day <= 31 or len(self.norm(join - 1)) > 2:
            return
        if prev is not None and prev.end_i > join - 1:
            return
        first = replace(core, end=join, skip=0, day=day, source="day+range")
        found = self.finish_date(join - 1, first, 0)
        if isinstance(found, Found):
            founds.append(found)

    # --- helpers -------------------------------------------------------------------------------
    def norm(self, i: int) -> str:
        return self.tokens[i].norm if 0 <= i < len(self.tokens) else ""

    def is_num(self, i: int) -> int | None:
        if 0 <= i < len(self.tokens) and self.tokens[i].kind == "number":
            return digits_value(self.tokens[i].norm)
        return None

    def has(self, role: str, i: int, clitics: bool = True) -> bool:
        return self.cue[role].has(self.tokens, i, clitics)

    def after(self, role: str, i: int) -> int | None:
        m = self.cue[role].match(self.tokens, i)
        return m.end if m else None

    def adjacent(self, i: int) -> bool:
        """Token ``i`` touches token ``i - 1`` (no space between), as in 2014/10/05."""
        return 0 < i < len(self.tokens) and self.tokens[i].start == self.tokens[i - 1].end

    # --- one position --------------------------------------------------------------------------
    def parse_at(self, i: int) -> Found | int | None:
        """The expression starting at token ``i``, an index to skip to, or None."""
        j, skip = i, 0
        prefixed = False
        m = self.cue["daypart"].match(self.tokens, j)
        if m:
            j, skip, prefixed = m.end, m.skip, True
        m = self.cue["day_head"].match(self.tokens, j)
        if m:
            if not prefixed:
                skip = m.skip
            j, prefixed = m.end, True

        found = self.relative_day(i, j, skip, prefixed)
        if found:
            return found
        found = self.weekday(i, j, skip, prefixed)
        if found:
            return found
        if prefixed:  # يوم 11 رمضان: a prefix only stays with a day-level date
            core = self.date_core(j)
            if isinstance(core, DateCore) and core.day is not None:
                return self.finish_date(i, core, skip)
            return None

        core = self.date_core(i)
        if isinstance(core, DateCore):
            return self.finish_date(i, core, core.skip)
        if isinstance(core, int):
            return core
        return self.year_alone(i) or self.relative_unit(i) or self.past_period(i) or self.ago(i)

    # --- deictic days --------------------------------------------------------------------------
    def relative_day(self, i: int, j: int, skip: int, prefixed: bool) -> Found | None:
        m = self.lex.rel_days.match(self.tokens, j)
        if m is None:
            return None
        offset, strict = m.value
        if j == i:
            skip = m.skip
        k = m.end
        wd = self.weekday_after(k)
        if strict == "weekday" and wd is None:
            return None  # غد alone: 'the future'
        if strict == "yes" and wd is None:
            nxt = self.tokens[k] if k < len(self.tokens) else None
            if nxt is not None and nxt.kind == "word" and self.text.startswith("ال", nxt.start):  # not إلى
                if not (self.has("past", k) or self.has("current", k)):
                    return None  # اليوم الوطني, اليوم التالي
            if not prefixed and self.has("today_block_before", i - 1):
                return None  # في اليوم, ذلك اليوم
        rel = "P0D" if offset == 0 else f"{'+' if offset > 0 else '-'}P{abs(offset)}D"
        date = add_days(self.pub, offset) if self.pub else None
        found = Found(i, k, skip, "relative", date.isoformat() if date else None, rel, source="relative_day")
        if wd is not None:
            weekday, found.end_i = wd
            found.source = "relative_day+weekday"
            if date is not None:
                check_weekday(found, date, weekday, "kept the relative-day value")
        return found

    def weekday_after(self, k: int) -> tuple[int, int] | None:
        """A weekday right after a day word, bare or in parentheses: ``(weekday, end index)``."""
        m = self.lex.weekdays.match(self.tokens, k, clitics=False)
        if m:
            return m.value[0], m.end
        if self.norm(k) in ("(", "،", ","):
            m = self.lex.weekdays.match(self.tokens, k + 1, clitics=False)
            if m:
                end = m.end + 1 if self.norm(m.end) == ")" and self.norm(k) == "(" else m.end
                if self.norm(k) == "(" and end == m.end:
                    return None
                return m.value[0], end
        return None

    # --- weekdays ------------------------------------------------------------------------------
    def weekday(self, i: int, j: int, skip: int, prefixed: bool) -> Found | None:
        m = self.lex.weekdays.match(self.tokens, j)
        if m is None:
            return None
        weekday, needs = m.value
        if j == i:
            skip = m.skip
        if not prefixed and self.has("weekday_block_before", i - 1):
            return None
        if self.has("weekday_block_after", m.end):
            return None
        if needs and not prefixed and m.skip == 0 and self.has("of", m.end, clitics=False):
            return None  # الاثنين من ... 'the two of'
        k = m.end
        mod = None
        for role in ("past", "next"):
            e = self.after(role, k)
            if e is not None:
                mod, k = role, e
                break
        # weekday + date: الأحد 5 أكتوبر 2014, يوم الأحد الموافق 5 أكتوبر, الأربعاء القادم 12 أغسطس
        d = k + 1 if self.norm(k) in ("،", ",") else k
        eq = self.after("equals", d)
        d = eq if eq is not None else d
        core = self.date_core(d)
        if isinstance(core, DateCore) and core.day is not None:
            found = self.finish_date(i, core, skip)
            if isinstance(found, Found):
                found.source = "weekday+" + found.source
                date = safe_date(*map(int, found.value.split("-"))) if found.value and len(found.value) == 10 else None
                if date is not None:
                    check_weekday(found, date, weekday, "kept the date")
                return found
        code = WEEKDAYS[weekday]
        if mod is None and self.future_before(i):
            mod = "upcoming"  # ستتوقف حركة المترو الأربعاء: the coming Wednesday, not the last one
        rel = f"weekday:{code}" if mod is None else f"{mod}:weekday:{code}"
        value = None
        if self.pub is not None:
            delta = (self.pub.weekday() - weekday) % 7
            if mod == "past" and delta == 0:
                delta = 7
            if mod == "next":
                delta = -((weekday - self.pub.weekday()) % 7 or 7)
            if mod == "upcoming":
                delta = -((weekday - self.pub.weekday()) % 7)
            date = add_days(self.pub, -delta)
            value = date.isoformat() if date else None
        return Found(i, k, skip, "weekday", value, rel, source="weekday")

    def future_before(self, i: int) -> bool:
        """Does a future marker stand within :data:`FUTURE_WINDOW` words before token ``i`` in its sentence: a
        ``future`` cue (سوف، من المقرر) or a verb with the future prefix (ستتوقف، سيعقد، وسننظم)?"""
        words = 0
        for k in range(i - 1, -1, -1):
            tok = self.tokens[k]
            if tok.sentence != self.tokens[i].sentence or tok.norm in (".", "؟", "!", "؛", ":"):
                return False
            if tok.kind != "word":
                continue
            if self.has("future", k) or (future_verb(tok.norm) and tok.start not in self.names):
                return True
            words += 1
            if words >= FUTURE_WINDOW:
                return False
        return False

    # --- dates, months -------------------------------------------------------------------------
    def date_core(self, j: int) -> DateCore | int | None:
        """A written date at ``j``: numeric, day + month, ordinal + من + month, or month."""
        core = self.numeric_date(j)
        if core is not None:
            return core
        day, skip, k, source = None, 0, j, ""
        v = self.is_num(j)
        if v is not None and 1 <= v <= 31 and len(self.norm(j)) <= 2:
            day, k, source = v, j + 1, "day+month"
            of = self.after("of", k)
            if of is not None and self.lex.months.has(self.tokens, of, clitics=False):
                k = of
        else:
            od = self.ordinal(j)
            if od is not None:
                day, k, skip = od[0], od[1], od[2]
                source = "ordinal+month"
                of = self.after("of", k)
                if of is not None:
                    k = of
        group = self.month_group(k, clitics=day is None)
        if group is None:
            return self.day_of_relative_month(day, skip, source, j, k) if day is not None else None
        month, end, gskip, has_context, source_m = group
        if day is None:
            skip, source = gskip, source_m
        core = DateCore(end, skip, day=day, month=month.month, calendar=month.calendar,
                        needs_context=month.needs_context, has_context=has_context or day is not None,
                        source=source or source_m)
        if month.calendar == "hijri" and day is not None and day > 30:
            return None
        if month.needs_context and source == "day+month" and (self.adjacent(j + 1) or self.norm(j - 1) in ("-", "–")):
            return None  # 3-صفر, 3صفر: a score, not the 3rd of Safar
        self.year_part(core)
        if core.needs_context and not core.has_context:
            if not self.has("month_context", j - 1):
                return None
        if core.year is None and core.year_rel is None and core.month_mod is None and self.has("name_head", j - 1):
            return core.end  # ثورة 25 يناير, حرب أكتوبر: a name, not a date
        return core

    def day_of_relative_month(self, day: int, skip: int, source: str, j: int, k: int) -> DateCore | None:
        """يوم 29 من الشهر الجاري, الخامس من الشهر الماضي: a day of a month named by its offset."""
        of = self.after("of", k)
        u = self.lex.definite_units.match(self.tokens, of, clitics=False) if of is not None else None
        if u is None or u.value.unit != "M":
            return None
        for role, rel in (("past", -1), ("next", 1), ("current", 0)):
            e = self.after(role, u.end)
            if e is not None:
                return DateCore(e, skip, day=day, month_rel=rel, has_context=True,
                                source=source.replace("month", "relative_month"))
        return None

    def ordinal(self, j: int) -> tuple[int, int, int] | None:
        """الخامس, الخامس عشر, الحادي والعشرين: ``(day, end index, clitic skip)``."""
        m = self.lex.ordinals.match(self.tokens, j)
        if m is None:
            return None
        kind, value = m.value
        k = m.end
        if kind == "unit":
            if self.norm(k) in self.lex.teen_words and value < 10:
                value, k = value + 10, k + 1
            else:
                tens = self.lex.ordinals.match(self.tokens, k)  # والعشرين
                if tens and tens.skip == 1 and self.norm(k).startswith("و") and tens.value[0] == "ten":
                    value, k = value + tens.value[1], tens.end
                elif self.norm(k) == "و":
                    tens = self.lex.ordinals.match(self.tokens, k + 1, clitics=False)
                    if tens and tens.value[0] == "ten":
                        value, k = value + tens.value[1], tens.end
        if not 1 <= value <= 31 or (value == 1 and self.norm(j) in ("الحادي",)):
            return None
        # an ordinal is a day only when a month follows (الخامس من أكتوبر)
        of = self.after("of", k)
        nxt = of if of is not None else k
        if not (self.lex.months.has(self.tokens, nxt, clitics=False) or self.has("month_head", nxt)
                or (of is not None and self.lex.definite_units.has(self.tokens, nxt, clitics=False))):
            return None
        return value, k, m.skip

    def month_group(self, k: int, clitics: bool) -> tuple[MonthName, int, int, bool, str] | None:
        """A month name, optionally after شهر and paired with its other name (أيلول/سبتمبر)."""
        skip, has_context = 0, False
        head = self.cue["month_head"].match(self.tokens, k, clitics)
        start = k
        if head is not None and self.lex.months.has(self.tokens, head.end, clitics=False):
            skip, k, has_context = head.skip, head.end, True
        m = self.lex.months.match(self.tokens, k, clitics and k == start)
        if m is None:
            return None
        if k == start:
            skip = m.skip
        month, end = m.value, m.end
        source = f"month:{month.system}"
        # the same month in another naming system: سبتمبر أيلول (wire style), أيلول/سبتمبر, أيلول (سبتمبر)
        sep = self.norm(end)
        at = end + 1 if sep in ("/", "(", "-", "،") else end
        other = self.lex.months.match(self.tokens, at, clitics=False)
        if other is not None and other.value.month == month.month and other.value.calendar == month.calendar:
            end, has_context = other.end, True
            if sep == "(" and self.norm(end) == ")":
                end += 1
            source = f"month:{month.system}/{other.value.system}"
            month = other.value if month.needs_context else month
        return month, end, skip, has_context, source

    def year_part(self, core: DateCore) -> None:
        """Extend ``core`` with what follows a month: a year, من العام الماضي, الماضي, المبارك."""
        k = core.end
        if core.calendar == "hijri":
            b = self.after("blessed", k)
            if b is not None:
                k, core.has_context = b, True
        y = self.year_number(k, core.calendar)
        if y is None:
            of = self.after("of", k)  # أكتوبر من العام 2013, أكتوبر من العام الماضي
            at = of if of is not None else k
            head = self.after("year_head", at)
            if head is not None:
                y = self.year_number(head, core.calendar)
                if y is None and self.lex.definite_units.has(self.tokens, at, clitics=False):
                    for role, rel in (("past", -1), ("next", 1), ("current", 0)):
                        e = self.after(role, head)
                        if e is not None:  # أكتوبر (من) العام الماضي
                            core.year_rel, core.end, core.has_context = rel, e, True
                            return
        if y is not None:
            year, end, calendar = y
            core.year, core.end, core.has_context = year, end, True
            return
        for role in ("past", "next", "current"):
            e = self.after(role, k)
            if e is not None:
                core.month_mod, core.end, core.has_context = role, e, True
                return
        core.end = k

    def year_number(self, k: int, calendar: str) -> tuple[int, int, str] | None:
        """A year at ``k`` with an optional era mark: ``(year, end index, calendar)``."""
        v = self.is_num(k)
        if v is None or not 3 <= len(self.norm(k)) <= 4:
            return None
        end = k + 1
        era = None
        for role in ("era_hijri", "era_gregorian"):
            e = self.after(role, end)
            if e is not None:
                era, end = role[4:], e
                break
        cal = era or calendar
        lo, hi = HIJRI_WRITTEN_YEARS if cal == "hijri" else GREGORIAN_YEARS
        if not lo <= v <= hi:
            return None
        return v, end, cal

    def numeric_date(self, j: int) -> DateCore | None:
        """2014/10/05, 5/10/2014, 05-10-2014, 5.10.2014 (day first unless the year leads)."""
        tok_norm = self.norm(j)
        parts: list[str]
        if j < len(self.tokens) and self.tokens[j].kind == "number" and tok_norm.count(".") == 2:
            parts, end = tok_norm.split("."), j + 1
        else:
            if self.is_num(j) is None:
                return None
            sep = self.norm(j + 1)
            if sep not in ("/", "-", ".") or self.norm(j + 3) != sep:
                return None
            spaced = not all(self.adjacent(x) for x in (j + 1, j + 2, j + 3, j + 4))
            if spaced and not (sep == "/" and len(self.norm(j + 4)) == 4):
                return None  # 22 / 11 / 1436: spaces only around slashes before a full year
            if self.is_num(j + 2) is None or self.is_num(j + 4) is None:
                return None
            parts, end = [tok_norm, self.norm(j + 2), self.norm(j + 4)], j + 5
        if not all(p.isascii() and p.isdigit() for p in parts):
            return None
        if len(parts[0]) == 4:
            y, m, d = (int(p) for p in parts)
        elif len(parts[2]) == 4:
            d, m, y = (int(p) for p in parts)
        else:
            return None
        calendar = "gregorian"
        if self.has("era_hijri", end, clitics=False):
            calendar, end = "hijri", self.after("era_hijri", end) or end
        elif self.has("era_gregorian", end, clitics=False):
            end = self.after("era_gregorian", end) or end
        elif HIJRI_YEARS[0] <= y <= HIJRI_YEARS[1]:
            calendar = "hijri"
        if not (1 <= m <= 12 and 1 <= d <= (30 if calendar == "hijri" else 31)):
            return None
        if calendar == "gregorian" and (safe_date(y, m, d) is None or not BARE_YEARS[0] <= y <= BARE_YEARS[1]):
            return None
        return DateCore(end, 0, day=d, month=m, year=y, calendar=calendar, has_context=True, source="numeric")

    # --- years ---------------------------------------------------------------------------------
    def year_alone(self, i: int) -> Found | None:
        """عام 2007, العام 2007, في 2007, 2007م, 1436 هـ, and 2013 و2014 after a year."""
        head = self.cue["year_head"].match(self.tokens, i)
        if head is not None:
            k = head.end
            paren = self.norm(k) == "("
            y = self.year_number(k + 1 if paren else k, "gregorian")
            if y is None:
                return None
            if paren:
                if self.norm(y[1]) != ")":
                    return None
                y = (y[0], y[1] + 1, y[2])
            return self.year_found(i, head.skip, *y, source="year_head")
        v = self.is_num(i)
        if v is None:
            return None
        y = self.year_number(i, "gregorian")
        if y is None:
            return None
        year, end, calendar = y
        if end > i + 1:
            return self.year_found(i, 0, year, end, calendar, source="year+era")
        coordinated = self.last_year_end in (i - 1, i - 2) and self.norm(i - 1) in ("و", "-", "/", "الي", "حتي")
        if len(self.norm(i)) == 4 and BARE_YEARS[0] <= v <= BARE_YEARS[1]:
            if coordinated or self.has("month_context", i - 1):
                return self.year_found(i, 0, year, end, calendar, source="context+year")
        if (len(self.norm(i)) == 4 and HISTORIC_YEARS[0] <= v <= HISTORIC_YEARS[1] and not HIJRI_LIKE[0] <= v <= HIJRI_LIKE[1]
                and not self.counted_after(end) and not (self.norm(end) in ("/", "-", ".") and self.is_num(end + 1) is not None)):
            if coordinated or self.has("year_context", i - 1):
                return self.year_found(i, 0, year, end, calendar, source="context+year")  # في 1895, not في 1500 قطعة
        return None

    def counted_after(self, k: int) -> bool:
        """Does a counted noun follow a number ending before token ``k`` (في 1500 قطعة، خلال 1200 عام)?

        The same reading as the quantities stage: an indefinite word that is no function word
        (``quantity_cues.tsv`` not_unit), number or time word, and opens with no clitic or imperfect prefix."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word" or self.tokens[k].sentence != self.tokens[k - 1].sentence:
            return False
        norm = self.norm(k)
        if self.lex.counted_units.has(self.tokens, k, clitics=False):
            return True  # 1500 عام: years, not the year 1500
        if len(norm) < 2 or norm[:1] in NOT_UNIT_START or self.tokens[k].stem.startswith("ال") or norm in self.lex.not_unit:
            return False
        return not any(lex.has(self.tokens, k, clitics=False) for lex in (self.lex.months, self.lex.weekdays, self.lex.rel_days))

    def year_found(self, i: int, skip: int, year: int, end: int, calendar: str, source: str) -> Found:
        if calendar == "hijri":
            value = hijri_year_interval(year) if HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1] else None
            return Found(i, end, skip, "year", value, None, calendar="hijri", source=source)
        return Found(i, end, skip, "year", f"{year:04d}", None, source=source)

    # --- finishing a date ----------------------------------------------------------------------
    def finish_date(self, i: int, core: DateCore, skip: int) -> Found | int | None:
        """Resolve a written date against the publication date."""
        pub = self.pub
        kind = "date" if core.day is not None else "month"
        value: str | None = None
        relative: str | None = None
        warning = None
        d, m = core.day, core.month or 1
        if core.month_rel is not None and d is not None:
            ym = add_months(pub.year, pub.month, core.month_rel) if pub else None
            date = safe_date(ym[0], ym[1], d) if ym else None
            rel = "P0M" if core.month_rel == 0 else f"{'+' if core.month_rel > 0 else '-'}P{abs(core.month_rel)}M"
            return Found(i, core.end, skip, "date", date.isoformat() if date else None, f"{rel}:XXXX-XX-{d:02d}",
                         source=core.source)
        if core.calendar == "gregorian":
            y = core.year
            if y is None and pub is not None:
                y = self.pick_year(pub.year, pub.month, pub.day, m, d, core, pub_date=pub)
            if y is not None:
                if d is not None:
                    date = safe_date(y, m, d)
                    if date is None:
                        return core.end  # 31 فبراير: not a date
                    value = date.isoformat()
                else:
                    value = f"{y:04d}-{m:02d}"
            if core.year is None:
                relative = self.undated_relative("", m, d, core)
        else:
            hy = core.year
            if hy is None and pub is not None:
                h = gregorian_to_hijri(pub)
                if h is not None:
                    hy = self.pick_year(h[0], h[1], h[2], m, d, core, pub_date=None)
            if hy is not None:
                if d is not None:
                    g = hijri_to_gregorian(hy, m, d)
                    value = g.isoformat() if g else None
                else:
                    value = hijri_month_interval(hy, m)
                if value is None:
                    warning = f"Hijri date {hy}-{m:02d} is outside the Umm al-Qura table"
            if core.year is None:
                relative = self.undated_relative("hijri:", m, d, core)
        return Found(i, core.end, skip, kind, value, relative, calendar=core.calendar,
                     source=core.source, warning=warning, core=core)

    @staticmethod
    def undated_relative(prefix: str, m: int, d: int | None, core: DateCore) -> str:
        base = f"{prefix}XXXX-{m:02d}" + (f"-{d:02d}" if d is not None else "")
        if core.year_rel is not None:
            return f"{year_offset(core.year_rel)}:{base}"
        if core.month_mod:
            return f"{core.month_mod}:{base}"
        return base

    @staticmethod
    def pick_year(py: int, pm: int, pd: int, m: int, d: int | None, core: DateCore, pub_date: dt.date | None) -> int:
        """The year of a month (and day) written without one, in the publication's calendar."""
        if core.year_rel is not None:
            return py + core.year_rel
        if core.month_mod == "current":
            return py
        if core.month_mod == "past":
            return py if m < pm else py - 1
        if core.month_mod == "next":
            return py if m > pm else py + 1
        if d is None:
            return py if m <= pm else py - 1
        # day + month: the latest such day no more than FUTURE_DAYS after publication
        if pub_date is not None:
            limit = add_days(pub_date, FUTURE_DAYS) or pub_date
            for y in (py + 1, py, py - 1):
                cand = safe_date(y, m, min(d, 28) if m == 2 and d > 28 and safe_date(y, 2, 29) is None else d)
                if cand is not None and cand <= limit:
                    return y
            return py - 1
        # Hijri: months of 29/30 days; two months ahead is the same window
        ahead = (m - pm) * 30 + (d - pd)
        if ahead > FUTURE_DAYS:
            return py - 1
        if ahead < FUTURE_DAYS - 354:
            return py + 1
        return py

    # --- relative units ------------------------------------------------------------------------
    def relative_unit(self, i: int) -> Found | None:
        """الأسبوع الماضي, الشهر المقبل, العام الجاري, هذا العام."""
        j, skip, this = i, 0, False
        m = self.cue["this"].match(self.tokens, i)
        if m is not None:
            j, skip, this = m.end, m.skip, True
        u = self.lex.definite_units.match(self.tokens, j, clitics=not this)
        if u is None:
            return None
        if not this:
            skip = u.skip
        k, offset = u.end, None
        for role, off in (("past", -1), ("next", 1), ("current", 0)):
            e = self.after(role, k)
            if e is not None:
                k, offset = e, off
                break
        if offset is None:
            if not this:
                return None
            offset = 0
        found = self.offset_found(i, k, skip, u.value.unit, offset, "relative_unit")
        y = self.year_number(k, "gregorian") if u.value.unit == "Y" else None
        if y is not None and y[2] == "gregorian":  # العام الماضي 2014: the year is written out
            found.end_i = y[1]
            if found.value is not None and found.value != f"{y[0]:04d}":
                found.warning = f"{found.relative} is {found.value}, the text says {y[0]}; kept the written year"
            found.value = f"{y[0]:04d}"
        return found

    def past_period(self, i: int) -> Found | None:
        """الأسبوعين الماضيين, الأيام الثلاثة الماضية: the stretch of time that ends at publication, as an interval."""
        u = self.lex.period_units.match(self.tokens, i)
        if u is None:
            return None
        k, count = u.end, u.value.count
        if count is None:
            count = self.lex.definite_numbers.get(self.norm(k)) if k < len(self.tokens) else None
            if count is None:
                return None  # الأيام الماضية "the past days": no length to count
            k += 1
        end = self.after("past", k)
        if end is None:
            return None
        found = Found(i, end, u.skip, "relative", None, f"-P{count}{u.value.unit}", source="past_period")
        pub = self.pub
        if pub is not None:
            if u.value.unit in ("D", "W"):
                start = add_days(pub, -count * (7 if u.value.unit == "W" else 1))
            else:  # the same day of the month, or the month's last day (31 May less three months: 28 February)
                ym = add_months(pub.year, pub.month, -count * (12 if u.value.unit == "Y" else 1))
                start = safe_date(ym[0], ym[1], min(pub.day, calendar.monthrange(*ym)[1])) if ym else None
            found.value = f"{start.isoformat()}/{pub.isoformat()}" if start is not None else None
        return found

    def ago(self, i: int) -> Found | None:
        """قبل ثلاثة أيام, منذ عامين, بعد أسبوع: an offset counted from publication."""
        m = self.cue["ago"].match(self.tokens, i)
        sign = -1
        if m is None:
            m = self.cue["later"].match(self.tokens, i)
            sign = 1
        if m is None:
            return None
        k, count = m.end, None
        v = self.is_num(k)
        if v is not None:
            count, k = v, k + 1
        else:
            w = self.lex.small_numbers.match(self.tokens, k, clitics=False)
            if w is not None:
                count, k = w.value, w.end
        u = self.lex.counted_units.match(self.tokens, k, clitics=False)
        if u is None:
            return None
        if count is None:
            count = u.value.count
        elif u.value.count == 2:
            return None  # 3 يومين
        if count is None or count > 500:
            return None
        end = u.end
        if u.value.count == 1 and self.has("one", end, clitics=False):
            end += 1  # قبل يوم واحد
        if sign > 0 and end < len(self.tokens) and self.tokens[end].kind == "word":
            return None  # بعد ثلاثين سنة خدمة, بعد تسعة شهور فرضت: counted from another event
        if self.norm(end) == "(" and self.is_num(end + 1) is not None:
            return None  # منذ عام (1891)
        if self.has("anchor_block", end, clitics=False) or self.is_num(end) is not None:
            return None  # قبل يومين من الهجوم; منذ عام 2007
        if self.lex.months.has(self.tokens, end, clitics=False) or self.has("past", end) or self.has("next", end):
            return None  # قبل شهر رمضان; خلال عام ماض
        return self.offset_found(i, end, m.skip, u.value.unit, sign * count, "ago")

    def offset_found(self, i: int, end: int, skip: int, unit: str, offset: int, source: str) -> Found:
        rel = f"P0{unit}" if offset == 0 else f"{'+' if offset > 0 else '-'}P{abs(offset)}{unit}"
        value = None
        pub = self.pub
        if pub is not None:
            if unit == "D":
                d = add_days(pub, offset)
                value = d.isoformat() if d else None
            elif unit == "W":
                value = iso_week(add_days(pub, 7 * offset)) if source == "relative_unit" else None
                if source != "relative_unit":
                    d = add_days(pub, 7 * offset)
                    value = d.isoformat() if d else None
            elif unit == "M":
                ym = add_months(pub.year, pub.month, offset)
                value = f"{ym[0]:04d}-{ym[1]:02d}" if ym else None
            elif unit == "Y":
                yy = pub.year + offset
                value = f"{yy:04d}" if 1 <= yy <= 9999 else None
        return Found(i, end, skip, "relative", value, rel, source=source)


def year_offset(n: int) -> str:
    """``-P1Y``, ``P0Y``, ``+P1Y``: a year offset from publication."""
    return "P0Y" if n == 0 else f"{'+' if n > 0 else '-'}P{abs(n)}Y"


def parse_published(published: str | None) -> dt.date | None:
    """The publication date as a date, or None when absent or not ISO."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def find_times(text: str, tokens: Sequence[Token], published: str | None = None) -> tuple[list[Timex], list[str]]:
    """Time expressions of a tokenised text (for stages that need dates without the times layer)."""
    return _tagger().tag(text, tokens, published)


@lru_cache(maxsize=1)
def _tagger() -> TimeTagger:
    return TimeTagger()


@register("times", requires={"tokens"}, provides={"times"})
class TimesStage:
    """Dates, weekdays, deictic days, months (every Arabic naming system, Hijri) and years, resolved."""

    def __init__(self) -> None:
        self.tagger = TimeTagger()

    def __call__(self, doc: Document) -> Document:
        starts = [t.start for t in doc.tokens]
        names = frozenset(starts[k] for m in doc.mentions if m.label in NAME_LABELS
                          for k in range(bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)))
        # a day word inside an organisation's name is part of the name: قناة «روسيا اليوم»، صحيفة عين اليوم
        named_orgs = frozenset(starts[k] for m in doc.mentions if m.label == "ORG" and m.kind == "name"
                               for k in range(bisect.bisect_right(starts, m.start), bisect.bisect_left(starts, m.end)))
        doc.times, warnings = self.tagger.tag(doc.text, doc.tokens, doc.published, names, named_orgs)
        doc.warnings.extend(warnings)
        return doc
