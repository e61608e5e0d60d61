"""Entity-level scoring of BIO tags (conlleval convention) and of files in newsfane format.

conlleval counts an entity as found only when its span and its type both match
exactly; a boundary error is one false positive plus one false negative.  An
``I-`` tag after ``O`` or after another type starts a new entity; ``S-`` and ``E-``
(BIOES, what the shipped tagger emits) end one.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from rasid.ner.labels import COARSE_TYPES, TAGGED_TYPES, coarse, tag_map, tagged_type
from rasid.text.normalize import fold


def chunks(tags: Iterable[str]) -> set[tuple[int, int, str]]:
    """Entities ``(start, end, type)`` (end exclusive) in one BIO or BIOES sequence."""
    out: set[tuple[int, int, str]] = set()
    start, typ, closed = -1, "", False
    i = -1
    for i, tag in enumerate(tags):
        prefix, _, cls = tag.partition("-")
        if tag == "O" or not cls:
            if typ:
                out.add((start, i, typ))
            start, typ = -1, ""
            continue
        if prefix in ("B", "S") or cls != typ or closed:
            if typ:
                out.add((start, i, typ))
            start, typ = i, cls
        closed = prefix in ("E", "S")
    if typ:
        out.add((start, i + 1, typ))
    return out


def to_bioes(tags: list[str]) -> list[str]:
    """BIO tags of one sentence rewritten in BIOES: a one-word entity is ``S-``, the last word of a longer one ``E-``.

    The tagger learns BIOES (docs/ner.md, session 13): a CRF that knows where names end as well as where they start
    draws better boundaries.  The entities are those :func:`chunks` reads, so both schemes give the same ones.
    """
    out = ["O"] * len(tags)
    for a, b, cls in chunks(tags):
        if b - a == 1:
            out[a] = "S-" + cls
        else:
            out[a : b] = ["B-" + cls] + ["I-" + cls] * (b - a - 2) + ["E-" + cls]
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
            "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def score_bio(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Any]:
    """Entity P/R/F1 (percent) per type and micro-averaged over sentences of BIO tags."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold sentences but {len(pred)} predicted")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for k, (g, p) in enumerate(zip(gold, pred)):
        if len(g) != len(p):
            raise ValueError(f"sentence {k}: {len(g)} gold tags but {len(p)} predicted")
        gc, pc = chunks(g), chunks(p)
        for c in gc & pc:
            tp[c[2]] += 1
        for c in pc - gc:
            fp[c[2]] += 1
        for c in gc - pc:
            fn[c[2]] += 1
    types = sorted(set(tp) | set(fp) | set(fn), key=lambda t: (COARSE_TYPES.index(t) if t in COARSE_TYPES else 99, t))
    per_type = {t: _prf(tp[t], fp[t], fn[t]) for t in types}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"micro": micro, "types": per_type, "sentences": len(gold), "tokens": sum(len(g) for g in gold)}


def read_bio(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences ``(tokens, tags)`` of a ``token<TAB>tag`` file (blank line between sentences)."""
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            tok, _, tag = line.partition("\t")
            if not _:
                tok, _, tag = line.rpartition(" ")
            toks.append(tok)
            tags.append(tag.strip() or "O")
    if toks:
        sents.append((toks, tags))
    return sents


def evaluate_file(path: Path, model_path: Path | None = None, dev_only: bool = False) -> dict[str, Any]:
    """Score the shipped tagger (or ``model_path``) on a newsfane-format file, by coarse type.

    ``dev_only`` scores the sentences of the dev split that training holds out (``rasid.training.ner.split``),
    read inside the whole file (their neighbours are context text, never tagged), so that
    ``rasid eval ner ../shared/data/newsfane/train.tsv --dev`` reproduces the README's numbers."""
    from rasid.ner.crf import load_tagger

    tagger = load_tagger(model_path)
    if tagger is None:
        raise FileNotFoundError("no NER model: run `rasid train ner` first")
    sents = read_bio(path)
    # the file's sentences in order are one document: a sentence reads its neighbours, as in an article
    targets = list(range(len(sents)))
    if dev_only:
        from rasid.training.ner import split

        targets = split(targets)[1]
    tagged = tagger.tag_document([[fold(t) for t in toks] for toks, _ in sents], targets)
    gold = [[tag_map(t, tagged_type) for t in sents[i][1]] for i in targets]
    pred = [[tag_map(t, tagged_type) for t in tagged[i][0]] for i in targets]
    scores = score_bio(gold, pred)
    # entities of a type the tagger does not learn (MISC) are left out of the scores, and counted
    unscored = Counter(typ for i in targets for _, _, typ in chunks([tag_map(t, coarse) for t in sents[i][1]])
                       if typ not in TAGGED_TYPES)
    scores["unscored"] = dict(sorted(unscored.items()))
    scores["file"] = str(path)
    return scores


def format_table(scores: dict[str, Any]) -> str:
    """A plain-text table of P/R/F1 per type and micro-averaged."""
    lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}"]
    for name, s in [*scores["types"].items(), ("micro", scores["micro"])]:
        lines.append(f"{name:<6} {s['precision']:>6.2f} {s['recall']:>6.2f} {s['f1']:>6.2f} {s['support']:>8}")
    if scores.get("unscored"):
        left = ", ".join(f"{n} {typ}" for typ, n in scores["unscored"].items())
        lines.append(f"not scored (types the tagger does not learn): {left}")
    return "\n".join(lines)
