"""Learned argument spans: a linear-chain CRF over the sentence's words, stacked on the argument rules.

Issue 4 asks whether a learned model beats the hand-written argument rules of
:mod:`rasid.extract.events` on the Arabic PLOVER gold standard.  For every
positive record of ``<type>_spans.json`` the sentence is analysed as rasid
analyses it, the event :func:`rasid.evaluation.events.predict` scores is taken,
and the sentence's whitespace words are labelled BIO for SOURCE and TARGET
from the coders.  The reference is one coder variant per slot: the *medoid*,
the variant whose token F1 summed against the other variants is highest (ties:
the shorter, then the earlier variant), because the scorer credits the
best-matching variant and the medoid is the one the others agree with most.

Features of a word (:func:`word_features`): the rules' own source and target
marks (stacking: the CRF learns the coders' extent conventions and where the
rules are wrong), the side of and distance to the trigger, the trigger's form
(verb or noun), entity-mention marks (label, kind, sector, country), the
``event_sectors.tsv`` sector of the word, the word categories of
``event_words.tsv`` it belongs to, times and counts, the folded word, its
prefix, suffix and proclitic, and punctuation around it.

Evaluation (:func:`cross_validate`): the same 5 folds as ``rasid eval events``
(fold of the record id); each held-out fold is labelled by a CRF trained on
the other four, decoded to character spans, coded with the rules' own
:func:`rasid.extract.events.argument_code`, and scored with
:func:`rasid.evaluation.events.argument_scores`, so the numbers compare
directly with the rules'.  Settings were declared before any score was seen
(:data:`CRF_PARAMS`, one model per event type; primary: medoid reference, the
CRF's spans used as they are).  Two references (medoid, every coder variant
as its own sequence) × three uses (``learned``: the CRF's spans; ``fill``: the
CRF only where the rules left the slot empty; ``extent``: the CRF only where
its span overlaps the rules') are reported, and :func:`nested` chooses among
these six :data:`SETTINGS` by an inner 3-fold cross-validation inside the
four training folds of each outer fold, so the ``nested`` row is the honest
score of "pick a setting, then train".

Outcome (docs/event-accuracy.md, round 6): the CRF beats the rules on the
unread folds 3–4 but not on the read folds 0–2 (whose errors the rules were
written from), for both types, so nothing is shipped: there is no run-time
step and no model file.  ``python -m rasid.evaluation.arguments [DIR]
[--json FILE]`` reproduces the table (about 80 s).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasid.document import Document, Event
from rasid.evaluation.events import (
    READ_FOLDS,
    TYPES,
    Prediction,
    _widen,
    argument_scores,
    default_analyzer,
    fold_of,
    load_spans,
    pick_event,
    token_f1,
    words,
)
from rasid.extract.events import (
    ArgSpan,
    Lexicon,
    _Context,
    _head_sector,
    argument_code,
    load_lexicon,
)
from rasid.text.normalize import fold

SLOTS = ("source", "target")
TAG = {"source": "S", "target": "T"}
# Declared before any score was looked at: CRFsuite's L-BFGS with the usual elastic-net strengths.
CRF_PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}
FOLDS = 5
_PUNCT = ".,;:!?،؛؟\"'«»“”()[]{}-–—…/"


@dataclass(slots=True)
class Sample:
    """One record's sentence as whitespace words, with the picked event and the coders' labels."""

    doc: Document
    event: Event | None
    words: list[tuple[int, int]]  # (start, end) of each whitespace word
    features: list[list[str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # BIO from the reference coder variant
    variant_labels: list[list[str]] = field(default_factory=list)  # BIO from every coder


# --- labels -------------------------------------------------------------------------


def locate(sentence: Sequence[str], phrase: Sequence[str], near: int) -> tuple[int, int] | None:
    """Word index range [a, b) of a coder's phrase in the folded sentence words: the contiguous occurrence nearest
    ``near`` (the trigger), else the hull of each word's nearest occurrence (coders sometimes skip a word)."""
    n = len(phrase)
    if not n:
        return None
    hits = [i for i in range(len(sentence) - n + 1) if list(sentence[i : i + n]) == list(phrase)]
    if hits:
        a = min(hits, key=lambda i: (abs(i - near), i))
        return a, a + n
    found = []
    for w in phrase:
        pos = [i for i, s in enumerate(sentence) if s == w]
        if pos:
            found.append(min(pos, key=lambda i: (abs(i - near), i)))
    return (min(found), max(found) + 1) if found else None


def medoid(variants: Sequence[Sequence[str]]) -> int:
    """Index of the variant with the highest summed token F1 against the others (shorter, then earlier, on ties)."""
    if not variants:
        return -1

    def key(i: int) -> tuple[float, int, int]:
        agree = sum(token_f1(variants[i], v) for j, v in enumerate(variants) if j != i)
        return (-agree, len(variants[i]), i)

    return min(range(len(variants)), key=key)


def bio(n: int, spans: dict[str, tuple[int, int] | None]) -> list[str]:
    """BIO labels for ``n`` words; the target wins where the two overlap."""
    out = ["O"] * n
    for slot in SLOTS:
        span = spans.get(slot)
        if span is None:
            continue
        a, b = span
        for i in range(a, b):
            out[i] = ("B-" if i == a else "I-") + TAG[slot]
    return out


def reference_labels(record: dict, folded: Sequence[str], near: int) -> tuple[list[str], list[list[str]]]:
    """BIO labels from the medoid coder variant of each slot, and one BIO sequence per coder."""
    per_coder = []
    spans: dict[str, tuple[int, int] | None] = {}
    for slot in SLOTS:
        variants = [words(s.get(f"{slot}_actor") or []) for s in record["spans"]]
        spans[slot] = locate(folded, variants[medoid(variants)], near) if variants else None
    for s in record["spans"]:
        per_coder.append(bio(len(folded), {slot: locate(folded, words(s.get(f"{slot}_actor") or []), near) for slot in SLOTS}))
    return bio(len(folded), spans), per_coder


# --- features -----------------------------------------------------------------------


def whitespace_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]


def _bucket(d: int) -> str:
    a = abs(d)
    b = str(a) if a <= 3 else "4-6" if a <= 6 else "7-10" if a <= 10 else "11-20" if a <= 20 else "far"
    return ("-" if d < 0 else "+") + b


def _marks(ws: Sequence[tuple[int, int]], start: int | None, end: int | None) -> list[str]:
    out = ["O"] * len(ws)
    if start is None or end is None:
        return out
    first = True
    for i, (a, b) in enumerate(ws):
        if a < end and b > start:
            out[i] = "B" if first else "I"
            first = False
    return out


def word_features(ctx: _Context, ws: Sequence[tuple[int, int]], event: Event | None) -> list[list[str]]:
    """Feature strings of each whitespace word of the event's sentence (see the module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    text = doc.text
    if event is not None:
        trig = [i for i, (a, b) in enumerate(ws) if a < event.end and b > event.start] or [0]
        ta, tb = trig[0], trig[-1]
        rs = _marks(ws, event.source_start, event.source_end)
        rt = _marks(ws, event.target_start, event.target_end)
        first_tok = ctx.token_at(event.start)
        kind = "noun" if first_tok is not None and _is_noun_trigger(ctx, first_tok) else "verb"
    else:
        ta = tb = -1
        rs = rt = ["O"] * len(ws)
        kind = "none"
    has = f"rules={'S' if 'B' in rs else '-'}{'T' if 'B' in rt else '-'}"
    folded = [fold(text[a:b]).strip(_PUNCT) for a, b in ws]
    strong_between = _strong_between(text, ws)
    out: list[list[str]] = []
    for i, (a, b) in enumerate(ws):
        raw = text[a:b]
        w = folded[i]
        f = ["bias", has, f"rs={rs[i]}", f"rt={rt[i]}", f"rs|rt={rs[i]}{rt[i]}", f"kind={kind}"]
        if event is not None:
            if ta <= i <= tb:
                side = "trig"
                f.append("trig")
            else:
                d = i - ta if i < ta else i - tb
                side = "before" if d < 0 else "after"
                f += [f"d={_bucket(d)}", f"d={_bucket(d)}|{kind}", f"d={_bucket(d)}|rs={rs[i]}", f"d={_bucket(d)}|rt={rt[i]}"]
                lo, hi = (i, ta) if i < ta else (tb, i)
                if strong_between(lo, hi):
                    f.append(f"sep|{side}")
            f.append(f"side={side}|{kind}")
        for k, name in ((-1, "p"), (1, "n")):
            j = i + k
            if 0 <= j < len(ws):
                f += [f"{name}rs={rs[j]}", f"{name}rt={rt[j]}", f"{name}w={folded[j]}"]
            else:
                f.append(f"{name}=edge")
        f += [f"w={w}", f"p2={w[:2]}", f"s2={w[-2:]}", f"len={min(len(w), 8)}"]
        if raw[-1] in _PUNCT:
            f.append(f"end={raw[-1]}")
        if raw[0] in _PUNCT:
            f.append(f"start={raw[0]}")
        if not w:
            f.append("punct_only")
        toks = [j for j in _tokens_in(ctx, a, b) if ctx.tokens[j].kind != "punct"]
        for j in toks[:1]:
            tok = ctx.tokens[j]
            f.append(f"tk={tok.kind}")
            if tok.prefix:
                f.append(f"pre={fold(tok.prefix)}")
            if tok.suffix:
                f.append("suffix")
            for stem, _, _ in ctx.cands[j][:3]:
                f.append(f"c={stem}")
            sec = _head_sector(ctx, j) if tok.kind == "word" else None
            if sec:
                f.append(f"sec={sec}")
            for cat in lex.words:
                if ctx.is_(cat, j):
                    f.append(f"cat={cat}")
            if ctx.in_time(j):
                f.append("time")
        m = _mention_over(ctx, a, b)
        if m is not None:
            f += [f"m={m.label}", f"mk={m.kind}", f"m{'B' if m.start >= a else 'I'}={m.label}"]
            if m.sector:
                f.append(f"msec={m.sector}")
            if m.country:
                f.append("mcountry")
            if ctx.actor(m):
                f.append("mactor")
        if any(q.start < b and q.end > a for q in doc.quantities):
            f.append("qty")
        out.append(f)
    return out


def _is_noun_trigger(ctx: _Context, i: int) -> bool:
    norm = ctx.tokens[i].norm
    return norm.startswith(("ال", "وال", "بال", "فال", "لل")) or norm.endswith(("ة", "ات"))


def _strong_between(text: str, ws: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    strong = [any(c in ".;:!?؛؟()" for c in text[a:b]) for a, b in ws]
    prefix = [0]
    for s in strong:
        prefix.append(prefix[-1] + s)
    return lambda lo, hi: prefix[hi] - prefix[lo] > 0


def _tokens_in(ctx: _Context, a: int, b: int) -> list[int]:
    first = ctx.token_at(a)
    if first is None:
        return []
    out = []
    j = first
    while j < len(ctx.tokens) and ctx.tokens[j].start < b:
        out.append(j)
        j += 1
    return out


def _mention_over(ctx: _Context, a: int, b: int):
    best = None
    for m in ctx.doc.mentions:
        if m.start < b and m.end > a and (best is None or (m.end - m.start) > (best.end - best.start)):
            best = m
    return best


# --- samples ------------------------------------------------------------------------


def build_sample(doc: Document, event: Event | None, record: dict | None, lex: Lexicon) -> Sample:
    """The words of the event's sentence (the record's whole text when no event was found), features, labels."""
    ctx = _Context(doc, lex)
    if event is not None and doc.sentences:
        sent = doc.sentences[event.sentence]
        start, end = sent.start, sent.end
    else:
        start, end = 0, len(doc.text)
    ws = whitespace_words(doc.text, start, end)
    sample = Sample(doc, event, ws)
    sample.features = word_features(ctx, ws, event)
    if record is not None:
        folded = [fold(doc.text[a:b]).strip(_PUNCT) for a, b in ws]
        near = next((i for i, (a, b) in enumerate(ws) if event is not None and a < event.end and b > event.start), 0)
        sample.labels, sample.variant_labels = reference_labels(record, folded, near)
    return sample


def build_samples(records: Sequence[dict], event_type: str, analyzer: Callable[[str], Document], lex: Lexicon) -> list[Sample]:
    out = []
    for rec in records:
        doc = analyzer(rec["text"])
        verbs = [words(s.get("verb") or []) for s in rec["spans"]]
        out.append(build_sample(doc, pick_event(doc, event_type, verbs), rec, lex))
    return out


# --- model --------------------------------------------------------------------------


def train(samples: Sequence[Sample], path: Path, params: dict | None = None, all_variants: bool = False) -> None:
    """Train a CRF on the samples that have an event (rasid cannot place arguments without one)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(dict(params or CRF_PARAMS))
    for s in samples:
        if s.event is None:
            continue
        for labels in s.variant_labels if all_variants else [s.labels]:
            trainer.append(s.features, labels)
    trainer.train(str(path))


def decode(sample: Sample, labels: Sequence[str]) -> dict[str, tuple[int, int] | None]:
    """Character spans per slot from BIO labels: the labelled run nearest the trigger, trimmed to word characters."""
    text = sample.doc.text
    trig = next((i for i, (a, b) in enumerate(sample.words) if sample.event is not None and a < sample.event.end and b > sample.event.start), 0)
    out: dict[str, tuple[int, int] | None] = {}
    for slot in SLOTS:
        tag = TAG[slot]
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(labels):
            if labels[i].endswith("-" + tag):
                j = i + 1
                while j < len(labels) and labels[j] == "I-" + tag:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        runs = [(a, b) for a, b in runs if any(fold(text[s:e]).strip(_PUNCT) for s, e in sample.words[a:b])]
        if not runs:
            out[slot] = None
            continue
        a, b = min(runs, key=lambda r: (min(abs(r[0] - trig), abs(r[1] - 1 - trig)), r[0]))
        start, end = sample.words[a][0], sample.words[b - 1][1]
        while start < end and (text[start] in _PUNCT or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in _PUNCT or text[end - 1].isspace()):
            end -= 1
        out[slot] = (start, end) if start < end else None
    return out


def coded_prediction(sample: Sample, spans: dict[str, tuple[int, int] | None], lex: Lexicon) -> Prediction:
    """A :class:`Prediction` with the learned spans; an actor code is read from the new span when it differs from the
    rules' span, with the rules' own :func:`argument_code`."""
    ev, doc = sample.event, sample.doc
    if ev is None:
        return Prediction(False)
    ctx = _Context(doc, lex)
    values: dict = {}
    for slot in SLOTS:
        span = spans.get(slot)
        rule = (getattr(ev, f"{slot}_start"), getattr(ev, f"{slot}_end"))
        if span is None:
            values[slot], values[f"{slot}_code"] = None, (None, None)
        elif span == rule:
            values[slot], values[f"{slot}_code"] = _widen(doc, *span), (getattr(ev, f"{slot}_country"), getattr(ev, f"{slot}_sector"))
        else:
            values[slot] = _widen(doc, *span)
            values[f"{slot}_code"] = argument_code(ctx, ArgSpan(span[0], span[1], span_entity(ctx, ev, slot, span)))
    return Prediction(True, verb=doc.text[ev.start : ev.end], **values)


def span_entity(ctx: _Context, ev: Event, slot: str, span: tuple[int, int]) -> str | None:
    """The entity of a new span: the rules' entity when its span overlaps the new one, else the first actor mention
    with an entity inside the new span."""
    rule_start, rule_end = getattr(ev, f"{slot}_start"), getattr(ev, f"{slot}_end")
    entity = getattr(ev, f"{slot}_actor")
    if entity is not None and rule_start is not None and rule_start < span[1] and rule_end > span[0]:
        return entity
    inside = [m for m in ctx.doc.mentions if span[0] <= m.start and m.end <= span[1] and m.entity and ctx.actor(m)]
    return min(inside, key=lambda m: m.start).entity if inside else None


def rules_prediction(sample: Sample) -> Prediction:
    ev, doc = sample.event, sample.doc
    if ev is None:
        return Prediction(False)
    spans = {slot: (getattr(ev, f"{slot}_start"), getattr(ev, f"{slot}_end")) for slot in SLOTS}
    return Prediction(
        True,
        source=_widen(doc, *spans["source"]) if spans["source"][0] is not None else None,
        target=_widen(doc, *spans["target"]) if spans["target"][0] is not None else None,
        source_code=(ev.source_country, ev.source_sector),
        target_code=(ev.target_country, ev.target_sector),
        verb=doc.text[ev.start : ev.end],
    )


def combine(sample: Sample, learned: dict[str, tuple[int, int] | None], how: str) -> dict[str, tuple[int, int] | None]:
    """``learned``: the CRF's spans; ``fill``: the CRF only where the rules left a slot empty; ``extent``: the CRF only
    where its span overlaps the rules' (an extent correction), else the rules."""
    ev = sample.event
    out: dict[str, tuple[int, int] | None] = {}
    for slot in SLOTS:
        rule = (getattr(ev, f"{slot}_start"), getattr(ev, f"{slot}_end")) if ev is not None else (None, None)
        rule_span = rule if rule[0] is not None else None
        new = learned.get(slot)
        if how == "learned":
            out[slot] = new
        elif how == "fill":
            out[slot] = rule_span if rule_span is not None else new
        elif how == "extent":
            out[slot] = new if (rule_span is not None and new is not None and new[0] < rule_span[1] and new[1] > rule_span[0]) else rule_span
        else:
            raise ValueError(how)
    return out


def cross_validate(samples: Sequence[Sample], fold_ids: Sequence[int], folds: int = FOLDS, params: dict | None = None, all_variants: bool = False) -> list[dict[str, tuple[int, int] | None]]:
    """Each sample's learned spans from a CRF trained on the other folds only."""
    import pycrfsuite

    out: list[dict[str, tuple[int, int] | None]] = [{} for _ in samples]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            path = Path(tmp) / f"fold{k}.crfsuite"
            train([s for s, f in zip(samples, fold_ids) if f != k], path, params, all_variants)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for i, (s, f) in enumerate(zip(samples, fold_ids)):
                if f == k and s.event is not None:
                    out[i] = decode(s, tagger.tag(s.features))
            tagger.close()
    return out


# The settings the nested selection chooses from (declared before the nested run): the reference (medoid coder
# variant or every coder's variant as its own sequence) and how the CRF's spans are used.
SETTINGS = tuple((ref, how) for ref in ("medoid", "all_variants") for how in ("learned", "fill", "extent"))
INNER_FOLDS = 3


def select_setting(records: Sequence[dict], samples: Sequence[Sample], keys: Sequence[str], lex: Lexicon, folds: int = INNER_FOLDS) -> tuple[tuple[str, str], dict]:
    """The setting with the best argument F1 in an inner cross-validation on these records alone (the first in
    :data:`SETTINGS` order on exact ties)."""
    fold_ids = [fold_of(key + ":inner", folds) for key in keys]
    table = {}
    for ref in ("medoid", "all_variants"):
        learned = cross_validate(samples, fold_ids, folds, all_variants=ref == "all_variants")
        for how in ("learned", "fill", "extent"):
            preds = [coded_prediction(s, combine(s, sp, how), lex) for s, sp in zip(samples, learned)]
            table[(ref, how)] = argument_scores(records, preds)["argument_f1"]
    best = max(SETTINGS, key=lambda st: (table[st], -SETTINGS.index(st)))
    return best, {f"{r}/{h}": round(v, 4) for (r, h), v in table.items()}


def nested(records: Sequence[dict], samples: Sequence[Sample], fold_ids: Sequence[int], lex: Lexicon, folds: int = FOLDS) -> tuple[list[Prediction], list[dict]]:
    """Predictions where each outer fold is labelled with the setting an inner cross-validation on the other folds chose."""
    preds: list[Prediction] = [Prediction(False)] * len(samples)
    chosen = []
    keys = [rec.get("_id") or rec["text"] for rec in records]
    import pycrfsuite

    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            train_idx = [i for i, f in enumerate(fold_ids) if f != k]
            (ref, how), table = select_setting([records[i] for i in train_idx], [samples[i] for i in train_idx], [keys[i] for i in train_idx], lex)
            chosen.append({"fold": k, "setting": f"{ref}/{how}", "inner": table})
            path = Path(tmp) / f"outer{k}.crfsuite"
            train([samples[i] for i in train_idx], path, all_variants=ref == "all_variants")
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for i, f in enumerate(fold_ids):
                if f == k:
                    s = samples[i]
                    spans = decode(s, tagger.tag(s.features)) if s.event is not None else {}
                    preds[i] = coded_prediction(s, combine(s, spans, how), lex)
            tagger.close()
    return preds, chosen


def score_parts(records: Sequence[dict], preds: Sequence[Prediction], fold_ids: Sequence[int]) -> dict[str, dict]:
    parts = {"all": lambda f: True, "read": lambda f: f < READ_FOLDS, "unread": lambda f: f >= READ_FOLDS}
    out = {}
    for name, keep in parts.items():
        idx = [i for i, f in enumerate(fold_ids) if keep(f)]
        out[name] = argument_scores([records[i] for i in idx], [preds[i] for i in idx])
    return out


def experiment(path: Path, analyzer: Callable[[str], Document] | None = None) -> dict:
    """Rules vs the cross-validated CRF (and its two restricted uses) per type; see the module docstring."""
    analyzer = analyzer or default_analyzer()
    lex = load_lexicon()
    result: dict = {}
    for event_type in TYPES:
        span_file = Path(path) / f"{event_type.lower()}_spans.json"
        if not span_file.exists():
            continue
        records = load_spans(span_file)
        samples = build_samples(records, event_type, analyzer, lex)
        fold_ids = [fold_of(rec.get("_id") or rec["text"], FOLDS) for rec in records]
        rows = {"rules": score_parts(records, [rules_prediction(s) for s in samples], fold_ids)}
        for ref in ("medoid", "all_variants"):
            learned = cross_validate(samples, fold_ids, all_variants=ref == "all_variants")
            for how in ("learned", "fill", "extent"):
                preds = [coded_prediction(s, combine(s, sp, how), lex) for s, sp in zip(samples, learned)]
                rows[f"{how}/{ref}"] = score_parts(records, preds, fold_ids)
        preds, chosen = nested(records, samples, fold_ids, lex)
        rows["nested"] = score_parts(records, preds, fold_ids)
        result[event_type] = rows
        result.setdefault("_chosen", {})[event_type] = chosen
    return result


def format_experiment(result: dict) -> str:
    lines = [f"{'type':<8} {'model':<22} {'part':<7} {'argF1':>6} {'src':>5} {'tgt':>5} {'actor':>6} {'ctry':>5} {'sect':>5}"]
    for event_type, rows in result.items():
        if event_type.startswith("_"):
            continue
        for name, parts in rows.items():
            for part, s in parts.items():
                lines.append(
                    f"{event_type:<8} {name:<22} {part:<7} {s['argument_f1']:>6.3f} {s['source_f1']:>5.3f} {s['target_f1']:>5.3f} "
                    f"{s['actor_accuracy']:>6.3f} {s['country_accuracy']:>5.3f} {s['sector_accuracy']:>5.3f}"
                )
    for event_type, chosen in result.get("_chosen", {}).items():
        lines.append(f"{event_type} nested choices: " + ", ".join(c["setting"] for c in chosen))
    return "\n".join(lines)


if __name__ == "__main__":  # python -m rasid.evaluation.arguments [DIR] [--json FILE]
    import sys

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    res = experiment(Path(args[0] if args else "../shared/data/events"))
    print(format_experiment(res))
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(res, indent=1), encoding="utf-8")
