"""Counts: numbers in digits and in words, ranges, approximations and the counted noun.

News reports casualties and crowds as ranges and vague counts (ما بين الف و1500 مقاتل, عشرات
القتلى, أكثر من 30 جريحا), written in digits of either script and in words with clitics (وألف,
و1500).  This stage reads them over folded tokens with bounded look-ahead (linear time), from the
word lists in ``rasid/knowledge/data`` (number_words, approximators, quantity_cues).

Each :class:`~rasid.document.Quantity` gets ``low``/``high`` (equal for an exact number; the
range's ends; the lexicon's range for a vague count: عشرات → 20-90), ``approx`` (``about``,
``more_than``, ``less_than``, ``up_to``, ``at_least`` from an approximator, else the vague label
``tens``/``hundreds``/``thousands``/``millions``/``few``), and the counted noun: the folded
word after the number (or after من: مئات من المتظاهرين) in ``unit`` with its span, ``%`` for
percentages, or a currency symbol.  ``أكثر من 30`` keeps low = high = 30: the approximator
says which side the truth lies on.

Numbers inside time expressions (dates, عام 2007, قبل 3 أيام) belong to the times stage and are
skipped, as are bare numbers that look like years (1900-2100) with no counted noun, labels
(المادة 5, القرار 2254), times of day and fractions (10:30, 3/4).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from rasid.document import Document, Quantity, Timex, Token
from rasid.extract.times import (
    Match,
    PhraseLexicon,
    TriggerFilter,
    cue_lexicons,
    find_times,
    skip_offset,
    time_lexicons,
)
from rasid.knowledge.lexicon import load_tsv
from rasid.pipeline import register
from rasid.text.normalize import fold

YEAR_LIKE = (1900, 2100)
HIJRI_YEAR_LIKE = (1300, 1500)  # ١٤٣٦ alone is the Hijri year, not a count
GLUED_PREFIXES = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "وال", "بال", "لل", "فب", "فل"})  # بـ963, الـ27
MAX_VALUE = 1e15  # larger products are reading errors, not counts


@dataclass(frozen=True, slots=True)
class NumberWord:
    kind: str  # unit ten hundred hundreds scale group vague fraction
    value: float | None
    low: float | None
    high: float | None
    approx: str | None
    alone: bool


@dataclass(slots=True)
class Num:
    """A parsed number over tokens ``[start, end)``."""

    low: float
    high: float
    end: int
    skip: int = 0  # clitic chars skipped on the first token
    vague: str | None = None
    plain_int: int | None = None  # the value when written as bare digits (year check)
    words: bool = False
    lead_conj: bool = False  # the first token carried و (و1500 is split, وألف is not)


def distributed_scale(low: float, high: float) -> float:
    """The range's low end when the scale word of the high end covers both (بين 3 و5 آلاف → 3000)."""
    for scale in (1e9, 1e6, 1e3):
        if high >= scale and high % scale == 0 and 0 < low < high / scale:
            return low * scale
    return low


def digits_number(norm: str) -> float | None:
    """The value of a folded digit token: 1500, 1,500, 1,500,000, 2.5, 2,5; None for 5.10.2014."""
    if not norm or not norm[0].isascii() or not norm[0].isdigit():
        return None
    try:
        if "," in norm and "." in norm:
            head, _, frac = norm.partition(".")
            groups = head.split(",")
            if "," in frac or not all(len(g) == 3 for g in groups[1:]):
                return None
            return float("".join(groups) + "." + frac)
        if "," in norm:
            groups = norm.split(",")
            if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
                return float("".join(groups))
            if len(groups) == 2:
                return float(groups[0] + "." + groups[1])
            return None
        if norm.count(".") > 1:
            return None
        if norm.endswith(".000"):
            return float(norm[:-4]) * 1000  # 6.000 دولار: a thousands point, nobody writes 6.000 for 6
        return float(norm)
    except ValueError:
        return None


class QuantityLexicons:
    """Every word list the quantities stage reads, loaded once."""

    def __init__(self) -> None:
        def num(v: str) -> float | None:
            return float(v) if v else None

        self.numbers: PhraseLexicon[NumberWord] = PhraseLexicon(
            ((r["form"], NumberWord(r["kind"], num(r["value"]), num(r["low"]), num(r["high"]), r["approx"] or None,
                                    r["alone"] == "yes"))
             for r in load_tsv("number_words.tsv")),
            min_stem=3,
        )
        rows = load_tsv("approximators.tsv")
        self.approx_before: PhraseLexicon[str] = PhraseLexicon(
            (r["form"], r["approx"]) for r in rows if r["position"] == "before")
        self.approx_after: PhraseLexicon[str] = PhraseLexicon(
            (r["form"], r["approx"]) for r in rows if r["position"] == "after")
        self.cues = cue_lexicons("quantity_cues.tsv")
        empty: PhraseLexicon[str] = PhraseLexicon(())
        for role in ("range_open", "range_join", "percent", "currency", "partitive", "block_before", "year_head",
                     "not_unit", "zero", "verb_like_unit"):
            self.cues.setdefault(role, empty)
        units = [fold(r["form"]) for r in load_tsv("ordinals.tsv") if r["kind"] == "unit"]
        self.ordinal_units = frozenset(units + [u + "ه" for u in units])  # الثامن عشر, الحادية عشرة
        tl = time_lexicons()
        self.time_words = (tl.months, tl.weekdays, tl.rel_days)
        starters = self.numbers.first_words() | self.approx_before.first_words()
        for role in ("range_open", "currency"):
            starters |= self.cues[role].first_words()
        self.can_start = TriggerFilter(starters)


@lru_cache(maxsize=1)
def quantity_lexicons() -> QuantityLexicons:
    return QuantityLexicons()


class QuantityTagger:
    """Finds quantities over a token list (lexicons loaded once, reused per document)."""

    def __init__(self, lex: QuantityLexicons | None = None) -> None:
        self.lex = lex or quantity_lexicons()

    def tag(self, text: str, tokens: Sequence[Token], times: Sequence[Timex]) -> list[Quantity]:
        """Every quantity in ``tokens`` (ids q1…), skipping tokens inside ``times``."""
        return _QuantityRun(self.lex, text, tokens, blocked_tokens(tokens, times)).run()


def blocked_tokens(tokens: Sequence[Token], spans: Sequence[Timex]) -> list[bool]:
    """Per token, whether it overlaps one of ``spans`` (one merge pass over both sorted lists)."""
    blocked = [False] * len(tokens)
    ordered = sorted((s.start, s.end) for s in spans)
    si = 0
    for ti, tok in enumerate(tokens):
        while si < len(ordered) and ordered[si][1] <= tok.start:
            si += 1
        if si < len(ordered) and ordered[si][0] < tok.end:
            blocked[ti] = True
    return blocked


class _QuantityRun:
    """The grammar, applied to one document."""

    def __init__(self, lex: QuantityLexicons, text: str, tokens: Sequence[Token], blocked: list[bool]) -> None:
        self.lex, self.cue = lex, lex.cues
        self.text, self.tokens, self.blocked = text, tokens, blocked

    def run(self) -> list[Quantity]:
        out: list[Quantity] = []
        tokens, blocked, can_start = self.tokens, self.blocked, self.lex.can_start
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            res = None
            if not blocked[i] and (tok.kind == "number" or can_start[tok.norm]):
                res = self.parse_at(i)
            if res is None:
                i += 1
                continue
            q, end_i = res
            q.id = f"q{len(out) + 1}"
            out.append(q)
            i = max(end_i, i + 1)
        return out

    # --- helpers -------------------------------------------------------------------------------
    def norm(self, i: int) -> str:
        return self.tokens[i].norm if 0 <= i < len(self.tokens) else ""

    def free(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and not self.blocked[i]

    def adjacent(self, i: int) -> bool:
        return 0 < i < len(self.tokens) and self.tokens[i].start == self.tokens[i - 1].end

    def is_digits(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind == "number"

    def cue_match(self, role: str, i: int, clitics: bool = True) -> Match[str] | None:
        if not self.free(i):
            return None
        return self.cue[role].match(self.tokens, i, clitics)

    # --- numbers -------------------------------------------------------------------------------
    def number(self, j: int) -> Num | None:
        """A number at ``j``: digits with an optional scale word, or a compound of number words."""
        if not self.free(j):
            return None
        tok = self.tokens[j]
        if tok.kind == "number":
            v = digits_number(tok.norm)
            if v is None or self.label_digits(j):
                return None
            if v == 0:
                return None  # nothing is counted as zero in news; 0 is a score or markup
            plain = int(v) if tok.norm.isdigit() else None
            k = j + 1
            if self.lex.time_words[0].has(self.tokens, k, clitics=False):
                return None  # حركة 6 أبريل: a day of a month the times stage left out
            s = self.lex.numbers.match(self.tokens, k, clitics=False) if self.free(k) else None
            if s is not None and s.value.kind in ("scale", "group") and s.value.value:
                scale = s.value.value / 2 if s.value.kind == "group" else s.value.value  # 240 ألفاً: after digits a dual form is the accusative singular
                return Num(v * scale, v * scale, s.end, words=True)
            return Num(v, v, k, plain_int=plain)
        return self.number_words(j)

    def is_zero(self, i: int) -> bool:
        return self.cue["zero"].has(self.tokens, i, clitics=False)

    def skip_dashes(self, i: int, step: int) -> int:
        """The index past a run of hyphens, dashes or tatweel (ــ) from ``i`` in direction ``step``."""
        n = len(self.tokens)
        while 0 <= i < n and self.tokens[i].kind in ("punct", "symbol") and self.norm(i) in ("-", "–", "—", ""):
            i += step
        return i

    def label_digits(self, j: int) -> bool:
        """10:30, 3/4, 2-1, 1+90, F-16, C4, 0126847175, a list's "1-": digits that are not counts."""
        norm = self.norm(j)
        if len(norm) > 1 and norm[0] == "0" and norm[1].isdigit():
            return True  # phone numbers and codes
        if len(norm) == 4 and "1300" <= norm <= "1500" and self.norm(j + 1) in ("/", "-"):
            return True  # 1436/ 1437هـ: a Hijri academic year
        if self.is_digits(j - 1) or self.is_digits(j + 1):
            return True  # 13 54 67: a table row
        tok = self.tokens[j]
        if not any("\u0600" <= c <= "\u06ff" for c in self.text[max(0, tok.start - 20) : tok.end + 20]):
            return True  # digits in markup or Latin text (padding: 0)
        if j >= 1 and self.adjacent(j) and self.tokens[j - 1].kind == "word" and self.norm(j - 1) not in GLUED_PREFIXES:
            return True  # جنيف1, جدارة3: part of a name
        after = self.skip_dashes(j + 1, 1)
        if after != j + 1 and (self.is_digits(after) or self.is_zero(after)):
            lo, hi = digits_number(norm), digits_number(self.norm(after))
            if lo is None or hi is None or hi <= lo or not self.free(after):
                return True  # a score (2-1, 3 ــ 3, 4-صفر) or the first day of 19 - 21 شوال
        before = self.skip_dashes(j - 1, -1)
        if before != j - 1 and (self.is_digits(before) or self.is_zero(before)):
            lo, hi = digits_number(self.norm(before)), digits_number(norm)
            if lo is None or hi is None or hi <= lo:
                return True
        for a, b in ((j + 1, j + 2), (j - 1, j - 2)):
            sep = self.norm(a)
            if sep in (":", "/", "+") and self.is_digits(b) and self.adjacent(max(a, j)) and self.adjacent(max(a, b)):
                return True
        if self.norm(j - 1) == "-" and self.adjacent(j) and self.adjacent(j - 1) and j >= 2:
            if self.tokens[j - 2].kind in ("latin", "word"):
                return True  # F-16
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        if nxt is not None and nxt.start == tok.end and nxt.norm in (".", "ر") and nxt.end < len(self.text):
            if not self.text[nxt.end].isspace():
                return True  # 98.‏0 (a mark inside), 5ر4 (ر as a decimal point): unreadable digits
        if j >= 1 and self.adjacent(j) and self.tokens[j - 1].kind == "latin":
            return True
        if j + 1 < len(self.tokens) and self.adjacent(j + 1) and self.tokens[j + 1].kind == "latin":
            return True
        if self.norm(j + 1) in ("-", "–", "—", ")", ".", ":") and not self.is_digits(j + 2):
            line_start = self.text.rfind("\n", 0, self.tokens[j].start) + 1
            if not self.text[line_start : self.tokens[j].start].strip():
                return True  # "1- تعبئة نموذج": a list item number
            if self.norm(j - 1) in (".", ":", "؛", "!", "؟", "*"):
                return True  # "… الحياة. 5 - الوثيقة": a list item inside a paragraph
            if self.norm(j + 1) == "." and self.adjacent(j + 1) and self.adjacent(j + 2):
                return True  # "2.حصة السهم": a list item glued to its text
        return False

    def number_words(self, j: int) -> Num | None:
        """خمسة وعشرين, ثلاثة آلاف وخمسمئة, عشرات الآلاف, أحد عشر, نصف مليون."""
        lex = self.lex.numbers
        m = lex.match(self.tokens, j)
        if m is None:
            return None
        if m.value.kind in ("scale", "group") and self.is_digits(j - 1):
            return None  # سيوفر15 ألف: the digits were a label, so is their scale
        if (m.value.kind == "scale" and m.value.low is None and self.free(m.end) and m.end < len(self.tokens)
                and self.tokens[m.end].kind == "word" and self.is_definite(m.end)):
            return None  # ألف القلوب: the verb 'brought together', not 'a thousand'
        total_lo = total_hi = 0.0
        cur_lo = cur_hi = 0.0
        last = ""
        order = 0.0  # magnitude of the last complete scale group
        vague: str | None = None
        alone = m.value.alone
        count = 0
        k = j
        first_skip = m.skip
        lead_conj = m.skip > 0 and self.norm(j).startswith("و")
        while True:
            if count == 0:
                e, conj, nxt = m.value, False, m.end
            else:
                conj = False
                mm = lex.match(self.tokens, k, clitics=False) if self.free(k) else None
                if mm is None and self.free(k):
                    if self.norm(k) == "و" and self.free(k + 1) and not self.is_digits(k + 1):
                        mm = lex.match(self.tokens, k + 1, clitics=False)
                        conj = mm is not None
                    elif self.norm(k).startswith("و"):
                        cand = lex.match(self.tokens, k)
                        if cand is not None and cand.skip == 1:
                            mm, conj = cand, True
                if mm is None:
                    break
                e, nxt = mm.value, mm.end
            kind, v = e.kind, e.value or 0.0
            if count == 0:
                if kind == "vague":
                    cur_lo, cur_hi, vague, last = e.low or 0.0, e.high or 0.0, e.approx, "vague"
                elif kind == "scale":
                    if e.low is not None:
                        total_lo, total_hi, vague = e.low, e.high or e.low, e.approx
                    else:
                        total_lo = total_hi = v
                    last, order = "scale", v
                elif kind == "group":
                    total_lo = total_hi = v
                    last, order = "scale", v / 2
                else:
                    cur_lo = cur_hi = v
                    last = kind
            elif not conj:
                if last == "unit" and kind == "ten" and v == 10:
                    cur_lo += 10
                    cur_hi += 10
                    last = "teen"
                elif last == "unit" and kind == "hundred":
                    cur_lo *= 100
                    cur_hi *= 100
                    last = "hundreds"
                elif last in ("unit", "ten", "teen", "hundred", "hundreds", "vague", "fraction") and kind == "scale" and v:
                    if order and v >= order:
                        break
                    total_lo += cur_lo * v
                    total_hi += cur_hi * v
                    cur_lo = cur_hi = 0.0
                    last, order = "scale", v
                else:
                    break
            else:
                if last == "unit" and kind == "ten" and v >= 20:
                    cur_lo += v
                    cur_hi += v
                    last = "ten"
                elif last in ("hundred", "hundreds") and kind in ("unit", "ten"):
                    cur_lo += v
                    cur_hi += v
                    last = kind
                elif last == "scale" and kind in ("unit", "ten", "hundred", "hundreds") and v < order:
                    cur_lo = cur_hi = v
                    last = kind
                else:
                    break
            count += 1
            alone = alone or e.alone
            k = nxt
        if count == 1 and not m.value.alone:
            return None  # واحد, اثنين, أحد, نصف by themselves
        if count == 1 and m.value.kind == "ten" and m.value.value == 10 and self.norm(j - 1) in self.lex.ordinal_units:
            return None  # القرن التاسع عشر, الساعة الحادية عشرة: the teen of an ordinal
        lo, hi = total_lo + cur_lo, total_hi + cur_hi
        if lo <= 0 or hi > MAX_VALUE:
            return None
        return Num(lo, hi, k, first_skip, vague=vague, words=True, lead_conj=lead_conj)

    # --- one position --------------------------------------------------------------------------
    def parse_at(self, i: int) -> tuple[Quantity, int] | None:
        tokens = self.tokens
        j, skip, approx = i, 0, None
        start_i = i
        currency: tuple[str, int] | None = None
        m = self.cue_match("currency", j, clitics=False)
        if m is not None and self.is_digits(m.end) and self.adjacent(m.end):
            currency, j = (self.norm(j), j), m.end
        a = None if currency else self.lex.approx_before.match(tokens, j) if self.free(j) else None
        if a is not None:
            approx, skip, j = a.value, a.skip, a.end
        opener = self.cue_match("range_open", j, clitics=a is None)
        n1: Num | None = None
        if opener is not None:
            n1 = self.number(opener.end)
            if n1 is not None:
                n2, end = self.range_end(n1, opener)
                if n2 is not None:
                    if a is None:
                        skip = opener.skip
                    return self.build(start_i, skip, n1, n2, end, approx, "range", currency)
            if a is None:
                return None  # بين/من without a range: the number alone is found from the next token
            n1 = None
        n1 = self.number(j)
        if n1 is None:
            return None
        if a is None and currency is None:
            skip = n1.skip
        if a is None and currency is None and self.cue_match("block_before", i - 1) is not None:
            return None
        if n1.plain_int is not None and self.cue_match("year_head", i - 1) is not None:
            return None  # عام 201م
        n2, end = self.range_end(n1, None)
        paren = a is None and currency is None and self.norm(i - 1) == "(" and self.norm(end) == ")"
        return self.build(start_i, skip, n1, n2, end, approx, "range" if n2 else ("words" if n1.words else "digits"),
                          currency, paren)

    def range_end(self, n1: Num, opener: Match[str] | None) -> tuple[Num | None, int]:
        """The second end of a range after ``n1``: ما بين ألف و1500, من 5 إلى 7, 10-15, ثلاثة أو أربعة."""
        k = n1.end
        if not self.free(k):
            return None, k
        join = self.norm(k)
        n2: Num | None = None
        if self.cue_match("range_join", k, clitics=False) is not None:
            n2 = self.number(k + 1)
            if n2 is not None and join in ("-", "–") and opener is None and (n1.words or n2.words):
                n2 = None  # a dash between number words is punctuation, not a range
        elif join.startswith("و"):
            n2 = self.number(k)
            if n2 is not None and not n2.lead_conj:
                n2 = None
            if n2 is not None:
                join = "و"
        if n2 is None or n2.high < n1.low:
            return None, k
        opener_word = opener.value if opener else ""
        fold_open = opener_word.replace("ما ", "")
        ok = (
            (fold_open == "بين" and join in ("و", "الي", "حتي", "-", "–"))
            or (opener_word == "من" and join in ("الي", "حتي", "لغايه", "-", "–"))
            or (not opener_word and join in ("-", "–", "او"))
        )
        return (n2, n2.end) if ok else (None, k)

    def build(self, start_i: int, skip: int, n1: Num, n2: Num | None, end: int, approx: str | None, source: str,
              currency: tuple[str, int] | None, paren: bool = False) -> tuple[Quantity, int] | None:
        """The Quantity for a number (or range) ending at token ``end``, with its counted noun."""
        if paren:  # (16500) وجبة: the noun follows the bracket; a bare (37) is a label or a minute
            u = self.counted_noun(end + 1)
            if u is None or (self.norm(u).startswith("و") and n1.high <= 120):
                return None  # (60) وجوسيبي: a goal minute before the next name
            start_i, end = start_i - 1, end + 1
        low, high = round(n1.low, 6), round(n2.high if n2 else n1.high, 6)
        if n2 is not None:
            low = round(distributed_scale(n1.low, n2.high), 6)
        vague = n1.vague or (n2.vague if n2 else None)
        unit: str | None = None
        unit_i: tuple[int, int] | None = None
        if currency is not None:
            unit, unit_i = currency[0], (currency[1], currency[1] + 1)
        else:
            p = self.cue_match("percent", end, clitics=False)
            if p is not None:
                unit, unit_i, end = "%", (end, p.end), p.end
            else:
                c = self.cue_match("currency", end, clitics=False)
                if c is not None:
                    unit, unit_i, end = self.norm(end), (end, c.end), c.end
                else:
                    u = self.counted_noun(end, definite_ok=vague is not None)
                    if u is not None:
                        unit, unit_i, end = self.norm(u), (u, u + 1), u + 1
        after = self.lex.approx_after.match(self.tokens, end) if self.free(end) else None
        if after is not None and approx is None:
            approx, end = after.value, after.end
        if n2 is None and approx is None and n1.plain_int is not None and self.year_like(n1.plain_int, unit_i):
            return None  # a year the times stage did not claim
        if (unit is None and approx is None and start_i > 0 and self.norm(start_i - 1) == "ال"
                and self.adjacent(start_i)):
            return None  # التقرير الـ51: an ordinal
        tokens = self.tokens
        start = skip_offset(self.text, tokens[start_i], skip)
        q = Quantity(start, tokens[end - 1].end, low=low, high=high, approx=approx or vague, unit=unit, source=source)
        if unit_i is not None:
            q.unit_start, q.unit_end = tokens[unit_i[0]].start, tokens[unit_i[1] - 1].end
        return q, end

    def year_like(self, value: int, unit_i: tuple[int, int] | None) -> bool:
        """A bare number that reads as a year: 1900-2100 (1300-1500 Hijri) with no counted noun.

        Verbs and prepositional phrases often follow a year (2014 يزيد, 2018 بروسيا, 2018 وكأس),
        so after a year-like number a noun opening with a clitic or an imperfect prefix is no unit.
        """
        if unit_i is None:
            return YEAR_LIKE[0] <= value <= YEAR_LIKE[1] or HIJRI_YEAR_LIKE[0] <= value <= HIJRI_YEAR_LIKE[1]
        return YEAR_LIKE[0] <= value <= YEAR_LIKE[1] and self.norm(unit_i[0])[:1] in ("و", "ب", "ل", "ف", "ي", "ت")

    def counted_noun(self, k: int, definite_ok: bool = False) -> int | None:
        """Index of the counted noun after a number at ``k`` (or after من + a definite noun).

        The noun counted by an exact number is indefinite (431 شخصا, 3 آلاف جندي); a definite
        word after it is an adjective or the next phrase (الدول الـ15 المشاركة, 2015 المزمع).
        Vague counts take a definite genitive (عشرات القتلى, آلاف المصريين).
        """
        if not self.free(k) or self.tokens[k].kind != "word":
            return None
        if self.cue_match("partitive", k, clitics=False) is not None:
            if self.free(k + 1) and self.tokens[k + 1].kind == "word" and self.is_definite(k + 1):
                if self.noun_like(k + 1):
                    return k + 1
            return None
        if not definite_ok and self.is_definite(k):
            return None
        return k if self.noun_like(k) else None

    def is_definite(self, k: int) -> bool:
        """The word carries the article, maybe after clitics (المشاركة, للأنشطة, والقتلى)."""
        return self.tokens[k].stem.startswith("ال") and len(self.tokens[k].stem) > 3

    def noun_like(self, k: int) -> bool:
        norm = self.norm(k)
        if len(norm) < 2 or self.cue["not_unit"].has(self.tokens, k, clitics=False):
            return False
        if self.lex.numbers.has(self.tokens, k) or self.lex.approx_before.has(self.tokens, k):
            return False
        if any(lex.has(self.tokens, k, clitics=False) for lex in self.lex.time_words):
            return False
        if norm[0] in "وف" and len(norm) > 2:
            if norm[1] in "ايتن" or self.cue["not_unit"].has(self.tokens, k):
                return False  # وأصيب, فتوفي, وعن: the next clause
        return not self.verb_like(k)

    def verb_like(self, k: int) -> bool:
        """Does the word after a number read as a verb, so the next clause (13 ظلوا محاصرين, ستة يمثلون)?

        A plural past or subjunctive (…وا: ظلوا، قتلوا), a plural imperfect (ي…ون: يدرسون), or an imperfect verb form
        of the verb lexicons (ي/ت + stem: يلزم، تقع; :func:`rasid.extract.entities.imperfect_verb_form`) that does not
        end with the alif of an accusative noun (يتيما); counted nouns
        of that shape are listed in ``quantity_cues.tsv`` as ``verb_like_unit`` (عضوا، يوروا، يوان)."""
        if self.cue["verb_like_unit"].has(self.tokens, k, clitics=False):
            return False
        from rasid.extract.entities import imperfect_verb_form

        stem = self.tokens[k].norm
        if stem[:1] in ("و", "ف") and len(stem) > 4:
            stem = stem[1:]
        if len(stem) >= 4 and stem.endswith("وا"):
            return True
        if len(stem) >= 5 and stem[0] == "ي" and stem.endswith("ون"):
            return True
        return not stem.endswith("ا") and imperfect_verb_form(stem)  # يتيما، تخصصا: an accusative noun, not يت…/تت…


@register("quantities", requires={"tokens"}, provides={"quantities"})
class QuantitiesStage:
    """Counts in digits and words, ranges, approximations and counted nouns, outside time expressions."""

    def __init__(self) -> None:
        self.tagger = QuantityTagger()

    def __call__(self, doc: Document) -> Document:
        times = doc.times if "times" in doc.stages else find_times(doc.text, doc.tokens, doc.published)[0]
        doc.quantities = self.tagger.tag(doc.text, doc.tokens, times)
        return doc
