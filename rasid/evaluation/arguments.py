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

Outcome (docs/event-accuracy.md, rounds 6b and 6c): for ASSAULT the ``fill`` use
with the medoid reference beats the rules under cross-validation on both the read
and the unread folds; it is what ``rasid eval events`` scores for ASSAULT
(:func:`learned_fill_predictions`, cross-validated) and what the opt-in stage
``argument_model`` applies (:mod:`rasid.extract.argument_model`, which holds the
features and the fill shared with this module).  ``python -m
rasid.evaluation.arguments train [DIR]`` writes the model
(:func:`train_fill_model`); ``python -m rasid.evaluation.arguments [DIR]
[--json FILE]`` reproduces the 6b table (about 80 s).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rasid.document import Document, Event
from rasid.evaluation.events import (
    READ_FOLDS,
    TYPES,
    Prediction,
    _widen,
    argument_scores,
    default_analyzer,
    event_prediction,
    fold_of,
    load_spans,
    pick_event,
    token_f1,
    words,
)
from rasid.extract.argument_model import _PUNCT, SLOTS, TAG, decode as decode_words, fill_event, model_path, sentence_words, span_entity, word_features
from rasid.extract.events import ArgSpan, Lexicon, _Context, argument_code, load_lexicon
from rasid.text.normalize import fold

# Declared before any score was looked at: CRFsuite's L-BFGS with the usual elastic-net strengths.
CRF_PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}
FOLDS = 5


@dataclass(slots=True)
class Sample:
    """One record's sentence as whitespace words, with the picked event and the coders' labels."""

    doc: Document
    event: Event | None
    words: list[tuple[int, int]]  # (start, end) of each whitespace word
    features: list[list[str]] = field(default_factory=list)
    key: str = ""  # the record's id (or text)
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


# --- samples ------------------------------------------------------------------------


def build_sample(doc: Document, event: Event | None, record: dict | None, lex: Lexicon) -> Sample:
    """The words of the event's sentence (the record's whole text when no event was found), features, labels."""
    ctx = _Context(doc, lex)
    ws = sentence_words(doc, event)
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
        sample = build_sample(doc, pick_event(doc, event_type, verbs), rec, lex)
        sample.key = rec.get("_id") or rec["text"]
        out.append(sample)
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
    """Character spans per slot from BIO labels (:func:`rasid.extract.argument_model.decode`)."""
    return decode_words(sample.doc.text, sample.words, sample.event, labels)


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


def rules_prediction(sample: Sample) -> Prediction:
    return event_prediction(sample.doc, sample.event) if sample.event is not None else Prediction(False)


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


def cross_validated_tags(
    samples: Sequence[Sample],
    fold_ids: Sequence[int],
    folds: int = FOLDS,
    params: dict | None = None,
    all_variants: bool = False,
    trainer: Callable[..., None] | None = None,
) -> list[list[str] | None]:
    """Each sample's CRF labels from a model trained on the other folds only (None: no event, or nothing to train on).

    ``trainer`` (default :func:`train`) is called as ``trainer(samples, path, params, all_variants)``."""
    import pycrfsuite

    trainer = trainer or train
    out: list[list[str] | None] = [None] * len(samples)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            held = [i for i, f in enumerate(fold_ids) if f == k and samples[i].event is not None]
            rest = [s for s, f in zip(samples, fold_ids) if f != k]
            if not held or not any(s.event is not None for s in rest):
                continue
            path = Path(tmp) / f"fold{k}.crfsuite"
            trainer(rest, path, params, all_variants)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for i in held:
                out[i] = tagger.tag(samples[i].features)
            tagger.close()
    return out


def cross_validate(samples: Sequence[Sample], fold_ids: Sequence[int], folds: int = FOLDS, params: dict | None = None, all_variants: bool = False) -> list[dict[str, tuple[int, int] | None]]:
    """Each sample's learned spans from a CRF trained on the other folds only."""
    tags = cross_validated_tags(samples, fold_ids, folds, params, all_variants)
    return [decode(s, t) if t is not None else {} for s, t in zip(samples, tags)]


def fill_prediction(sample: Sample, tags: Sequence[str] | None, lex: Lexicon) -> Prediction:
    """The prediction of the run-time fill (:func:`rasid.extract.argument_model.fill_event`) with these CRF labels,
    on a copy of the sample's event (the document is left as it is)."""
    if sample.event is None:
        return Prediction(False)
    ev = replace(sample.event, argument_model=list(sample.event.argument_model), locations=list(sample.event.locations))
    if tags is not None:
        fill_event(_Context(sample.doc, lex), ev, sample.words, tags)
    return event_prediction(sample.doc, ev)


def learned_fill_predictions(
    records: Sequence[dict],
    docs: Sequence[Document | None],
    event_type: str,
    fold_ids: Sequence[int],
    folds: int = FOLDS,
    lex: Lexicon | None = None,
    trainer: Callable[..., None] | None = None,
) -> list[Prediction]:
    """Cross-validated predictions of rules + learned fill: each record's fill comes from a CRF trained on the
    records of the other folds only (the setting of round 6b: medoid reference, :data:`CRF_PARAMS`).

    ``docs`` must come from the rules alone (no ``argument_model`` stage): a fill by the shipped model, which saw
    every record, would leak."""
    lex = lex or load_lexicon()
    idx = [i for i, d in enumerate(docs) if d is not None]
    if any(ev.argument_model for i in idx for ev in docs[i].events):  # type: ignore[union-attr]
        raise ValueError("the documents were analysed with the argument_model stage; the evaluation needs the rules alone")
    samples = []
    for i in idx:
        rec, doc = records[i], docs[i]
        verbs = [words(s.get("verb") or []) for s in rec["spans"]]
        sample = build_sample(doc, pick_event(doc, event_type, verbs), rec, lex)  # type: ignore[arg-type]
        sample.key = rec.get("_id") or rec["text"]
        samples.append(sample)
    tags = cross_validated_tags(samples, [fold_ids[i] for i in idx], folds, trainer=trainer)
    preds = [Prediction(False)] * len(records)
    for i, s, t in zip(idx, samples, tags):
        preds[i] = fill_prediction(s, t, lex)
    return preds


def train_fill_model(path: Path, event_type: str = "ASSAULT", out: Path | None = None, analyzer: Callable[[str], Document] | None = None) -> dict:
    """Train the shipped fill model on every record of ``<type>_spans.json`` (medoid reference, :data:`CRF_PARAMS`)
    and write it to ``out`` (default ``rasid/models/event-args-<type>.crfsuite``)."""
    analyzer = analyzer or default_analyzer()
    lex = load_lexicon()
    records = load_spans(Path(path) / f"{event_type.lower()}_spans.json")
    samples = build_samples(records, event_type, analyzer, lex)
    target = Path(out) if out is not None else model_path(event_type)
    train(samples, target, CRF_PARAMS)
    return {"model": str(target), "records": len(records), "sequences": sum(s.event is not None for s in samples), "bytes": target.stat().st_size, "params": CRF_PARAMS}


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


if __name__ == "__main__":  # python -m rasid.evaluation.arguments [train] [DIR] [--json FILE]
    import sys

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args and args[0] == "train":
        print(json.dumps(train_fill_model(Path(args[1] if len(args) > 1 else "../shared/data/events")), indent=1))
    else:
        res = experiment(Path(args[0] if args else "../shared/data/events"))
        print(format_experiment(res))
        if "--json" in sys.argv:
            Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(res, indent=1), encoding="utf-8")
