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
from typing import Sequence

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
