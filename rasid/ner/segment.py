"""Split run-time tokens into the clitic sub-tokens the tagger was trained on.

newsfane (the training text) writes the conjunctions و/ف and the future س as
separate tokens, keeps the article and the prepositions ب/ل/ك attached
(بالمنطقه, للامم, لان) except before a pronoun (ل ه, ب ها), and splits pronoun
suffixes (قول ه, بين هم).  A blind split over-splits (وزير is not و + زير), so
every split is checked against the training vocabulary: a clitic comes off
when the remainder is at least as common a word as the whole token, or when the
whole token was never seen (an unknown name after و; after ف only when the
remainder is known, since foreign names often start with ف).  Each segment keeps its
folded character range, so predictions map back to exact original offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from rasid.text.normalize import fold_with_map

CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")
# ي (my) is left out: in news a final ي is nearly always a nisba adjective (قانوني).
PRONOUNS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك")


@dataclass(frozen=True, slots=True)
class Segment:
    """One sub-token: folded ``text`` (a slice of the token's folded form) at ``[fstart, fend)``.

    ``form`` is what the tagger sees; it differs from ``text`` only when a ta
    marbuta written ت before a suffix is restored (حكومت + ه → form حكومه).
    """

    text: str
    fstart: int
    fend: int
    form: str


def split_word(w: str, vocab: Mapping[str, int], raw: str | None = None) -> list[tuple[int, int, str]]:
    """Clitic split of one folded word: ``(start, end, form)`` ranges over ``w``.

    ``raw`` is the unfolded letter behind each folded one (same length as ``w``):
    folding merges ta marbuta with ه and alef maqsura with ي, which are pronoun
    suffixes only when written ه and ي.  Every reading (conjunction or not ×
    pronoun suffix or not) is scored by how often its stem stands alone in the
    training text; the whole word wins ties.
    """
    n = len(w)
    raw = raw if raw is not None and len(raw) == n else w
    c = vocab.get
    conj_lens = [0]
    if n >= 3 and w[0] in CONJ:
        conj_lens.append(1)
        if n >= 5 and w[1] == "س":
            conj_lens.append(2)
    # preposition + pronoun only (له, بها, ولهم): newsfane writes ل ه, ب ها
    for k in conj_lens:
        rest = w[k:]
        if len(rest) >= 2 and rest[0] in ("ب", "ل") and rest[1:] in _PREP_PRON and _suffix_ok(raw[k + 1:]):
            return [*_conj(w, k), (k, k + 1, rest[0]), (k + 1, n, rest[1:])]
    if n < 3:
        return [(0, n, w)]
    best: tuple[int, int, int, str] | None = None  # (count, -splits, conj_len, suffix)
    whole = c(w, 0)
    for k in conj_lens:
        for suf in ("", *PRONOUNS):
            if suf and (not w.endswith(suf) or not _suffix_ok(raw[n - len(suf):])):
                continue
            stem = w[k: n - len(suf)]
            if len(stem) < 2 or (suf and (stem.startswith("ال") or len(stem) < 3 and suf == "ي")):
                continue
            cs = max(c(stem, 0), c(stem[:-1] + "ه", 0) if suf and stem.endswith("ت") else 0)
            cand = (cs, -(k > 0) - (suf != ""), k, suf)
            if best is None or cand[:2] > best[:2]:
                best = cand
    k, suf = 0, ""
    if best is not None and best[2:] != (0, "") and best[0] > whole and best[0] >= 2:
        k, suf = best[2], best[3]
    elif whole == 0 and len(conj_lens) > 1 and n >= 4 and (w[0] == "و" or c(w[1:], 0) > 0):
        k = 1  # an unknown word after و: newsfane always splits the conjunction; ف only before a known word
        # (ف + name is rare, names starting with ف are not: فولفسبورغ, فرانسوا)
    out = _conj(w, k)
    end = n - len(suf)
    stem = w[k:end]
    form = stem
    if suf and stem.endswith("ت") and c(stem[:-1] + "ه", 0) > c(stem, 0):
        form = stem[:-1] + "ه"
    out.append((k, end, form))
    if suf:
        out.append((end, n, suf))
    return out


def _conj(w: str, k: int) -> list[tuple[int, int, str]]:
    return [(i, i + 1, w[i]) for i in range(k)]


def _suffix_ok(raw_suffix: str) -> bool:
    """A folded ه/ي at the end is a pronoun only if written ه/ي (not ة/ى)."""
    return not raw_suffix or raw_suffix[-1] not in "ةى"


_PREP_PRON = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا"})
_PRON_SET = frozenset(PRONOUNS)


def segment_token(surface: str, kind: str, vocab: Mapping[str, int]) -> tuple[list[Segment], tuple[int, ...], tuple[int, ...]]:
    """Segments of one token plus the folded→original maps (relative to the token)."""
    f = fold_with_map(surface)
    if not f.text:  # only tatweel or marks: nothing to tag
        return [], f.starts, f.ends
    if kind != "word":
        segs = [Segment(f.text, 0, len(f.text), f.text)] if f.text else []
        return segs, f.starts, f.ends
    raw = "".join(surface[i] for i in f.starts)
    segs = [Segment(f.text[a:b], a, b, form) for a, b, form in split_word(f.text, vocab, raw)]
    return segs, f.starts, f.ends
