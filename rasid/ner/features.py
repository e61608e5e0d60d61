"""CRF features for one sentence of folded sub-tokens.

Arabic names are open-class, so beyond the word itself the features look at
what generalises: affixes of the word with its article removed, word shape,
whether the word carries the article (names rarely do; organisations often do),
a title/trigger cue list, a ±2 window of words and affixes, and distributional
word-cluster ids learned from unlabelled news (a name never seen in annotated
text was seen in the news next to the same words as other names of its kind).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

_DIGIT = re.compile(r"^[0-9][0-9.,]*$")
_LATIN = re.compile(r"^[a-z]")
_ARABIC = re.compile(r"^[\u0600-\u06ff]")

# folded cue words that often sit right before or after a name
CUES = {
    "per": ("الرييس", "رييس", "الوزير", "وزير", "الملك", "الامير", "الشيخ", "السيد", "الدكتور", "اللاعب", "المدرب",
            "النجم", "الفنان", "الفنانه", "قال", "قالت", "اكد", "اضاف", "اعلن", "المتحدث", "الناطق", "نايب", "الجنرال",
            "العقيد", "اللواء", "الزعيم", "المستشار", "السفير", "المبعوث", "الكاتب", "المخرج", "الممثل", "المغني", "بن", "ابن", "ابو", "ام"),
    "org": ("وزاره", "حركه", "حزب", "منظمه", "جماعه", "شركه", "جامعه", "وكاله", "مجلس", "هييه", "نادي", "اتحاد", "جبهه",
            "صحيفه", "قناه", "بنك", "موسسه", "لجنه", "الامم", "البنك", "الاتحاد", "الحزب", "الحركه", "منتخب", "فريق", "الجيش",
            "شرطه", "الشرطه", "قوات", "محكمه", "مكتب"),
    "loc": ("مدينه", "مدينة", "بلده", "قريه", "محافظه", "ولايه", "اقليم", "منطقه", "جزيره", "جزر", "نهر", "بحر", "جبل",
            "عاصمه", "العاصمه", "مطار", "ميناء", "شارع", "ساحه", "ملعب", "مسجد", "جنوب", "شمال", "شرق", "غرب", "في", "الي", "من"),
}
_CUE_OF: dict[str, str] = {}
for _k, _ws in CUES.items():
    for _w in _ws:
        _CUE_OF.setdefault(_w, _k)


_NOCL = ("n", "n", "n")


def _shape(w: str) -> str:
    if _DIGIT.match(w):
        return "num"
    if _LATIN.match(w):
        return "lat"
    if _ARABIC.match(w):
        return "ar"
    return "pun:" + w[:1]


def _stem(w: str) -> str:
    for p in ("ال", "بال", "لل", "كال", "فال", "وال"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):]
    return w


def freq_bucket(n: int) -> str:
    """A coarse frequency class: unseen and rare words are where new names hide."""
    return "0" if n == 0 else "1" if n == 1 else "2" if n <= 3 else "3" if n <= 10 else "4" if n <= 50 else "5"


def knowledge_marks(forms: list[str], kg: dict[str, str]) -> list[str | None]:
    """BIO marks of the longest knowledge-base names (up to 4 forms, joined by spaces) in a sentence."""
    n = len(forms)
    out: list[str | None] = [None] * n
    i = 0
    while i < n:
        hit = 0
        typ = ""
        for k in (4, 3, 2, 1):
            if i + k <= n:
                t = kg.get(forms[i] if k == 1 else " ".join(forms[i : i + k]))
                if t:
                    hit, typ = k, t
                    break
        if not hit:
            t = kg.get(_stem(forms[i]))
            if t:
                hit, typ = 1, t
        if hit:
            out[i] = "B" + typ
            for j in range(i + 1, i + hit):
                out[j] = "I" + typ
            i += hit
        else:
            i += 1
    return out


def sentence_features(forms: list[str], gaz: dict[str, str] | None = None,
                      freq: dict[str, int] | None = None,
                      clusters: dict[str, list[int]] | None = None,
                      kg: dict[str, str] | None = None,
                      cache: dict[str, list[str]] | None = None,
                      phrases: dict[str, str] | None = None) -> list[list[str]]:
    """Feature strings for every sub-token of a sentence (forms are folded).

    ``gaz`` maps a form to the entity type it mostly carries in annotated text
    (built jack-knifed at training time so that the model does not learn to
    trust it blindly); ``freq`` counts forms in (other parts of) the training text;
    ``clusters`` maps a form to its distributional cluster ids, coarse to fine
    (learned from unlabelled news by :mod:`rasid.training.clusters`); ``kg`` maps
    folded names of rasid's knowledge files (countries, places, cities,
    nationalities, actors) to a kind; ``phrases`` maps multi-form names annotated in
    training text (``المجلس التنفيذي``, jack-knifed like ``gaz``) to their type. ``cache`` (one per set of dictionaries) keeps the features that depend
    on the form alone, so that a tagger computes them once per word form, not once per occurrence.
    """
    km = knowledge_marks(forms, kg) if kg else None
    pm = knowledge_marks(forms, phrases) if phrases else None
    fq = [freq_bucket(freq.get(w, 0)) for w in forms] if freq is not None else None
    n = len(forms)
    gz = [(gaz.get(w) or gaz.get(_stem(w))) if gaz else None for w in forms]
    stems = [_stem(w) for w in forms]
    shapes = [_shape(w) for w in forms]
    if clusters:
        cl = [clusters.get(w) or clusters.get(stems[i]) or _NOCL for i, w in enumerate(forms)]
    else:
        cl = None
    out: list[list[str]] = []
    for i, w in enumerate(forms):
        s = stems[i]
        f = list(cache[w]) if cache is not None and w in cache else None
        if f is None:
            f = _form_features(w, s, shapes[i], fq[i] if fq else None, gz[i], cl[i] if cl is not None else None)
            if cache is not None:
                cache[w] = f[:]
        if fq:
            if i + 1 < n:
                f.append("fq+1=" + fq[i + 1])
            if i > 0:
                f.append("fq-1=" + fq[i - 1])
        if gz[i] and i > 0 and gz[i - 1]:
            f.append("gz-=" + gz[i - 1] + gz[i])
        if i > 0 and gz[i - 1]:
            f.append("gz-1=" + gz[i - 1])
        if i + 1 < n and gz[i + 1]:
            f.append("gz+1=" + gz[i + 1])
        if cl is not None:
            c = cl[i]
            for d in (-1, 1):
                j = i + d
                if 0 <= j < n:
                    cj = cl[j]
                    f.append(f"c0{d}={cj[0]}")
                    f.append(f"c1{d}={cj[1]}")
                    if d < 0:
                        f.append(f"cb-={cj[1]}|{c[1]}")
            for d in (-2, 2):
                j = i + d
                if 0 <= j < n:
                    f.append(f"c0{d}={cl[j][0]}")
        if km is not None:
            _window_marks(f, "kg", km, i)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                v = forms[j]
                f.append(f"w{d}={v}")
                f.append(f"s{d}={stems[j]}")
                if d in (-1, 1):
                    f.append(f"x{d}={stems[j][-2:]}")
                    f.append(f"sh{d}={shapes[j]}")
                    c = _CUE_OF.get(v)
                    if c:
                        f.append(f"cue{d}={c}")
            elif d in (-1, 1):
                f.append(f"w{d}=" + ("BOS" if d < 0 else "EOS"))
        if pm is not None:
            _window_marks(f, "pg", pm, i)
        if i > 0:
            f.append("bg-=" + forms[i - 1] + "|" + w)
        if i + 1 < n:
            f.append("bg+=" + w + "|" + forms[i + 1])
        out.append(f)
    return out


def _window_marks(f: list[str], name: str, marks: Sequence[str | None], i: int) -> None:
    """Append the marks of a form and of its two neighbours (knowledge names, training phrases)."""
    if marks[i]:
        f.append(f"{name}=" + marks[i])
    if i > 0 and marks[i - 1]:
        f.append(f"{name}-1=" + marks[i - 1])
    if i + 1 < len(marks) and marks[i + 1]:
        f.append(f"{name}+1=" + marks[i + 1])


def _form_features(w: str, s: str, shape: str, fq: str | None, gz: str | None, cl: Sequence[object] | None) -> list[str]:
    """The features of one form that do not depend on its neighbours."""
    f = ["b", "w=" + w, "s=" + s, "p2=" + s[:2], "p3=" + s[:3], "x1=" + s[-1:], "x2=" + s[-2:], "x3=" + s[-3:],
         "sh=" + shape, "len=" + str(min(len(s), 8)), "x4=" + s[-4:]]
    if fq:
        f.append("fq=" + fq)
    if s != w:
        f.append("al=" + w[: len(w) - len(s)])
    if gz:
        f.append("gz=" + gz)
    if cl is not None:
        f.extend(f"c{k}={v}" for k, v in enumerate(cl))
    cue = _CUE_OF.get(w)
    if cue:
        f.append("cue=" + cue)
    return f


def entity_features(forms: list[str], a: int, b: int, typ: str,
                    clusters: dict[str, list[int]] | None = None) -> list[str]:
    """Features of the entity ``forms[a:b]`` of coarse type ``typ`` for the fine-class classifier.

    The head (first form: وزاره الخارجيه, شرطه دبي), the last form, the whole
    name, every form and stem, the finest cluster of the head and of each form,
    and the words around the entity (قوات ... , صحيفه ...).
    """
    e = forms[a:b]
    h, last = e[0], e[-1]
    f = ["t=" + typ, "full=" + typ + " ".join(e), "h=" + typ + h, "hs=" + typ + _stem(h), "l=" + typ + last,
         "ls=" + typ + _stem(last), "n=" + typ + str(min(b - a, 4))]
    cl = clusters or {}
    for w in e:
        s = _stem(w)
        f.append("w=" + w)
        f.append("s=" + s)
        c = cl.get(w) or cl.get(s)
        if c:
            f.append(f"c2={c[-1]}")
            f.append(f"c1={c[1 if len(c) > 2 else 0]}")
    c = cl.get(h) or cl.get(_stem(h))
    if c:
        f.append(f"hc={typ}{c[-1]}")
    for d, j in ((-1, a - 1), (-2, a - 2), (1, b), (2, b + 1)):
        if 0 <= j < len(forms):
            f.append(f"w{d}=" + forms[j])
    return f


# ---------------------------------------------------------------- document context
#
# A sentence alone often cannot tell a name from a word: «كيري» after «وزير الخارجيه الامريكي جون» is
# plainly a person, three sentences later on its own it is not.  Two kinds of non-local features
# (Ratinov and Roth 2009, "context aggregation" and "extended prediction history") let one CRF pass
# read the rest of the article: what surrounds the other occurrences of the same form nearby, and
# how the tagger labelled it in the sentences before.  Neither needs a second Viterbi pass.

CONTEXT_SENTENCES = 10  # sentences each side whose occurrences and earlier labels a sentence reads
CONTEXT_OCCURRENCES = 10  # the nearest other occurrences of a form that are aggregated
COMMON_FORM = 250  # forms seen this often in training are function words, never aggregated


def context_key(w: str, freq: dict[str, int]) -> str | None:
    """The key under which occurrences of a form are pooled (its article-stripped stem), or None
    for forms that say nothing about names (short, non-Arabic or very frequent)."""
    s = _stem(w)
    if len(s) < 3 or not ("\u0621" <= s[0] <= "\u064a") or freq.get(w, 0) >= COMMON_FORM:
        return None
    return s


class DocumentContext:
    """Where each name-like form occurs in a document (a list of sentences in reading order).

    ``sents[j]`` is None for a sentence that may not serve as context (training excludes the dev
    sentences).  :meth:`features` gives the context-aggregation features of a sentence and
    :meth:`history` its label-history features.  ``freq``, ``phrases``, ``clusters`` and ``gaz`` are
    the tagger's (or, in training, the jack-knife fold's) dictionaries.
    """

    def __init__(self, sents: Sequence[Sequence[str] | None], freq: dict[str, int], phrases: dict[str, str] | None,
                 clusters: dict[str, list[int]], gaz: dict[str, str], window: int = CONTEXT_SENTENCES) -> None:
        self.sents = sents
        self.window = window
        self._phrases = phrases
        self._clusters = clusters
        self._gaz = gaz
        self._marks: dict[int, list[str | None]] = {}
        self._around: dict[tuple[int, int], tuple[str, ...]] = {}
        self.keys: list[list[str | None] | None] = [
            None if forms is None else [context_key(w, freq) for w in forms] for forms in sents]
        self._where: dict[str, list[tuple[int, int]]] = {}
        for j, keys in enumerate(self.keys):
            for p, k in enumerate(keys or ()):
                if k is not None:
                    self._where.setdefault(k, []).append((j, p))

    def _lent(self, j: int, q: int) -> tuple[str, ...]:
        """What an occurrence lends to the others: its neighbours' coarse cluster, cue class and gazetteer
        type, and its phrase-gazetteer mark."""
        hit = self._around.get((j, q))
        if hit is not None:
            return hit
        fs = self.sents[j] or ()
        f: list[str] = []
        for d in (-1, 1):
            if 0 <= q + d < len(fs):
                v = fs[q + d]
                sv = _stem(v)
                c = self._clusters.get(v) or self._clusters.get(sv)
                if c:
                    f.append(f"ac0{d}={c[0]}")
                cue = _CUE_OF.get(v)
                if cue:
                    f.append(f"acue{d}={cue}")
                g = self._gaz.get(v) or self._gaz.get(sv)
                if g:
                    f.append(f"agz{d}={g}")
        if self._phrases:
            marks = self._marks.get(j)
            if marks is None:
                marks = self._marks[j] = knowledge_marks(list(fs), self._phrases)
            if marks[q]:
                f.append("apg=" + marks[q])
        out = self._around[(j, q)] = tuple(f)
        return out

    def features(self, i: int) -> list[list[str]]:
        """Per position of sentence ``i``: what surrounds the nearest other occurrences of the same stem
        within the window (:meth:`_lent`), their number, and whether their surface form differs."""
        forms = self.sents[i] or ()
        out: list[list[str]] = []
        lo, hi = i - self.window, i + self.window
        for p, k in enumerate(self.keys[i] or ()):
            occ = self._where.get(k, ()) if k is not None else ()
            near = occ[bisect_left(occ, (lo,)) : bisect_left(occ, (hi + 1,))]  # occurrences are in reading order
            others = sorted((abs(j - i), q, j) for j, q in near if (j, q) != (i, p))
            if not others:
                out.append([])
                continue
            others = others[:CONTEXT_OCCURRENCES]
            n = len(others)
            f = {"an=" + ("1" if n == 1 else "2" if n <= 3 else "3")}
            for _, q, j in others:
                f.update(self._lent(j, q))
                if (self.sents[j] or ())[q] != forms[p]:
                    f.add("avar")
            out.append(sorted(f))
        return out

    def history(self, i: int, labels: Sequence[Sequence[str]]) -> list[list[str]]:
        """Per position of sentence ``i``: how the same stem was labelled in the sentences of the window
        before it that have labels (BIO ``labels`` by sentence index, at least up to ``i``; an empty entry
        has none): the majority type (O included) with its share, and the majority entity type."""
        seen: dict[str, dict[str, int]] = {}
        for j in range(max(0, i - self.window), i):
            ys = labels[j]
            if not ys:
                continue
            for k, y in zip(self.keys[j] or (), ys):
                if k is not None:
                    c = seen.setdefault(k, {})
                    t = "O" if y == "O" else y[2:]
                    c[t] = c.get(t, 0) + 1
        out: list[list[str]] = []
        for k in self.keys[i] or ():
            c = seen.get(k) if k is not None else None
            if not c:
                out.append([])
                continue
            n = sum(c.values())
            typ, m = max(c.items(), key=lambda x: (x[1], x[0]))
            f = ["ph=" + typ, "phs=" + typ + ("a" if m / n <= 0.5 else "b" if m < n else "c")]
            ents = [(v, t) for t, v in c.items() if t != "O"]
            if ents:
                f.append("phe=" + max(ents)[1])
            out.append(f)
        return out
