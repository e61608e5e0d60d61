"""Scoring the event stage against the Arabic PLOVER gold standard (PROTEST, ASSAULT).

``<type>_sentences.csv`` labels sentences yes / easy no / difficult no /
ambiguous; ``<type>_spans.json`` gives, for positive sentences, each coder's
source, verb and target tokens and CAMEO actor codes.  Three scores per type:

* detection: does rasid code a (non-negated) event of the type in the
  sentence?  Positives are ``yes``, negatives ``easy no``; ``difficult no`` is
  reported on its own (how often it is flagged) and ``ambiguous`` is left out
  of the scores (the detector still learns from its coders' votes).
* argument F1: token overlap of the predicted source and target with the
  best-matching coder variant, averaged over the argument slots that a coder
  filled or rasid filled.
* actor codes: country and sector of the predicted argument's entity against
  the coder's ``source_role``/``target_role`` (best coder), on slots a coder coded;
  a slot that rasid and some coder both left empty has no actor to code and is
  skipped (argument F1 already counts it as agreement).

Beside them, what the coders' disagreement leaves to any detector
(:mod:`rasid.evaluation.agreement`: a held-out coder's F1 and the ceiling of an
oracle that knows how often coders accept each sentence), and rasid's detection
scored against the coders' majority instead of their unanimity.

Detection is cross-validated with nested cross-validation: the sentences are
split into folds (stably, by sentence id hash); for each held-out fold the
detector's setting (L2, sentence words or not, ambiguous sentences or not, probability cut) is chosen by an
inner cross-validation on the other folds alone, then trained on them (and on
the other types' sentences outside the held-out fold) and applied to it.  Argument and actor-code rules have no trained
parameters; their folds only show how much the scores vary.  ``arguments`` scores the
rules, as the default install runs them.  For the types with a learned argument fill
(ASSAULT, :mod:`rasid.extract.argument_model`, opt-in at run time) the fill is scored too,
cross-validated on the same folds: each record's fill comes from a CRF trained on the
other folds only (``arguments_fill``).  The CLI
``rasid eval events [DIR] [--json FILE]`` calls :func:`evaluate_dir` and
:func:`format_table`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from rasid.document import Document, Event
from rasid.extract.argument_model import FILL_TYPES
from rasid.extract.events import detector_features, detector_score, is_vector_key, standardise, vector_norm
from rasid.pipeline import DEFAULT_STAGES
from rasid.text.normalize import fold

TYPES = ("PROTEST", "ASSAULT")
POSITIVE, EASY_NO, DIFFICULT_NO, AMBIGUOUS = "yes", "easy no", "difficult no", "ambiguous"
# A sentence's label: one of the first three, or for an ambiguous sentence the share of its coders who said yes.
Label = str | float
_PUNCT = ".,;:!?،؛؟\"'«»“”()[]{}-–—…/"


@dataclass(frozen=True, slots=True)
class Prediction:
    """What rasid says about one sentence for one event type."""

    detected: bool
    source: str | None = None  # argument text
    target: str | None = None
    source_code: tuple[str | None, str | None] = (None, None)  # (country, sector)
    target_code: tuple[str | None, str | None] = (None, None)
    verb: str | None = None


# --- pure scorers ----------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def detection_scores(labels: Sequence[Label], detected: Sequence[bool]) -> dict[str, float]:
    """P/R/F1 on yes vs easy no, and the share of difficult-no sentences flagged."""
    tp = sum(1 for lab, d in zip(labels, detected) if lab == POSITIVE and d)
    fn = sum(1 for lab, d in zip(labels, detected) if lab == POSITIVE and not d)
    fp = sum(1 for lab, d in zip(labels, detected) if lab == EASY_NO and d)
    out = prf(tp, fp, fn)
    hard = [d for lab, d in zip(labels, detected) if lab == DIFFICULT_NO]
    out["difficult_no_flagged"] = sum(hard) / len(hard) if hard else 0.0
    out["difficult_no_n"] = len(hard)
    fp_all = fp + sum(hard)
    out["f1_with_difficult"] = prf(tp, fp_all, fn)["f1"]
    return out


def majority_label(row: dict[str, str]) -> str | None:
    """:data:`POSITIVE` or :data:`EASY_NO` by the majority of a sentence's coders (two or more); ``None`` on a
    tie.  Scoring against it counts every sentence, not only the unanimous ones."""
    try:
        accept, reject = int(row.get("accept") or 0), int(row.get("reject") or 0)
    except ValueError:
        return None
    if accept + reject < 2 or accept == reject:
        return None
    return POSITIVE if accept > reject else EASY_NO


def words(text: str | Iterable[str] | None) -> list[str]:
    """Folded whitespace tokens without surrounding punctuation."""
    if text is None:
        return []
    parts = text.split() if isinstance(text, str) else [w for t in text for w in str(t).split()]
    out = [fold(p).strip(_PUNCT) for p in parts]
    return [w for w in out if w]


def token_f1(pred: Sequence[str], gold: Sequence[str]) -> float:
    """Bag-of-tokens F1; two empty spans agree (1.0)."""
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    gold_left = list(gold)
    common = 0
    for w in pred:
        if w in gold_left:
            gold_left.remove(w)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)


def best_variant_f1(pred: Sequence[str], variants: Sequence[Sequence[str]]) -> float:
    """F1 against the coder variant that matches best."""
    return max((token_f1(pred, v) for v in variants), default=token_f1(pred, []))


def _code(value: object) -> str | None:
    if value is None or value in ("None", "", "UNKNOWN"):
        return None
    return str(value)


def code_match(pred: tuple[str | None, str | None], roles: Sequence[object]) -> tuple[bool, bool] | None:
    """(country ok, sector ok) against the best coder role; None when no coder coded the slot."""
    best: tuple[bool, bool] | None = None
    for role in roles:
        if not isinstance(role, dict) or not role:
            continue
        ok = (_code(pred[0]) == _code(role.get("main")), _code(pred[1]) == _code(role.get("role")))
        if best is None or sum(ok) > sum(best):
            best = ok
    return best


def argument_scores(records: Sequence[dict], predictions: Sequence[Prediction]) -> dict[str, float]:
    """Mean best-variant token F1 per slot, and actor code accuracy, over gold positive records."""
    slot_f1: dict[str, list[float]] = {"source": [], "target": []}
    codes: list[tuple[bool, bool]] = []
    detected_only: list[float] = []
    for rec, pred in zip(records, predictions):
        for slot in ("source", "target"):
            variants = [words(s.get(f"{slot}_actor") or []) for s in rec["spans"]]
            mine = words(getattr(pred, slot)) if pred.detected else []
            if not mine and not any(variants):
                continue
            f = best_variant_f1(mine, variants)
            slot_f1[slot].append(f)
            if pred.detected:
                detected_only.append(f)
                if not mine and any(not v for v in variants):
                    continue  # rasid and a coder agree there is no argument (F1 1.0): there is no actor to code
                match = code_match(getattr(pred, f"{slot}_code"), [s.get(f"{slot}_role") for s in rec["spans"]])
                if match is not None:
                    codes.append(match)
    all_f1 = slot_f1["source"] + slot_f1["target"]
    return {
        "argument_f1": _mean(all_f1),
        "source_f1": _mean(slot_f1["source"]),
        "target_f1": _mean(slot_f1["target"]),
        "argument_f1_detected": _mean(detected_only),
        "slots": len(all_f1),
        "actor_accuracy": _mean([float(a and b) for a, b in codes]),
        "country_accuracy": _mean([float(a) for a, _ in codes]),
        "sector_accuracy": _mean([float(b) for _, b in codes]),
        "coded_slots": len(codes),
    }


def train_logistic(
    xs: Sequence[dict[str, float]],
    ys: Sequence[int],
    weights: Sequence[float] | None = None,
    l2: float = 0.05,
    epochs: int = 120,
    rate: float = 0.5,
    momentum: float = 0.9,
    tol: float = 1e-4,
) -> dict[str, float]:
    """Class-balanced L2 logistic regression (no dependencies, fast enough for nested CV).

    Full-batch gradient descent with Nesterov momentum over sparse index lists;
    it stops early once no weight's gradient exceeds ``tol``.  ``bias`` is not
    penalised.
    """
    import math

    n = len(xs)
    if not n:
        return {}
    sw = list(weights) if weights is not None else [1.0] * n
    pos = sum(w for w, y in zip(sw, ys) if y) or 1.0
    neg = sum(w for w, y in zip(sw, ys) if not y) or 1.0
    sw = [w * (n / (2 * pos) if y else n / (2 * neg)) / n for w, y in zip(sw, ys)]
    keys = sorted({k for x in xs for k in x})
    at = {k: j for j, k in enumerate(keys)}
    rows = [([at[k] for k in x], list(x.values())) for x in xs]
    dim = len(keys)
    decay = [0.0 if k == "bias" else l2 for k in keys]
    if any(map(is_vector_key, keys)):  # dense sentence vectors: too slow in plain Python
        import numpy

        w = _descend_numpy(numpy, rows, ys, sw, decay, epochs, rate, momentum, tol)
        return {k: round(float(v), 5) for k, v in zip(keys, w) if abs(v) > 1e-6}
    w = [0.0] * dim
    prev = [0.0] * dim
    exp = math.exp
    for _ in range(epochs):
        look = [a + momentum * (a - b) for a, b in zip(w, prev)]
        grad = [d * a for d, a in zip(decay, look)]
        for (idx, vals), y, s in zip(rows, ys, sw):
            z = 0.0
            for j, v in zip(idx, vals):
                z += look[j] * v
            z = -30.0 if z < -30.0 else 30.0 if z > 30.0 else z
            g = (1.0 / (1.0 + exp(-z)) - y) * s
            for j, v in zip(idx, vals):
                grad[j] += g * v
        prev = w
        w = [a - rate * g for a, g in zip(look, grad)]
        if max(map(abs, grad)) < tol:
            break
    return {k: round(v, 5) for k, v in zip(keys, w) if abs(v) > 1e-6}


def _descend_numpy(np, rows, ys, sw, decay, epochs, rate, momentum, tol):  # type: ignore[no-untyped-def]
    """:func:`train_logistic`'s descent on a dense matrix: the same steps, fast enough for 384-dimensional
    sentence vectors inside nested cross-validation."""
    x = np.zeros((len(rows), len(decay)))
    for r, (idx, vals) in enumerate(rows):
        x[r, idx] = vals
    y, s, d = np.asarray(ys, dtype=float), np.asarray(sw), np.asarray(decay)
    w = np.zeros(len(decay))
    prev = w.copy()
    for _ in range(epochs):
        look = w + momentum * (w - prev)
        g = (1.0 / (1.0 + np.exp(-np.clip(x @ look, -30.0, 30.0))) - y) * s
        grad = d * look + x.T @ g
        prev, w = w, look - rate * grad
        if np.abs(grad).max() < tol:
            break
    return w


def best_threshold(scores: Sequence[float], ys: Sequence[int]) -> float:
    """The score threshold that maximises F1 on the given (training) data."""
    best = (0.0, 0.5)
    for t in sorted(set(scores)):
        tp = sum(1 for s, y in zip(scores, ys) if s >= t and y)
        fp = sum(1 for s, y in zip(scores, ys) if s >= t and not y)
        fn = sum(1 for s, y in zip(scores, ys) if s < t and y)
        f = prf(tp, fp, fn)["f1"]
        if f > best[0]:
            best = (f, t)
    return best[1]


MIN_FEATURE_COUNT = 2  # features seen in fewer training sentences are dropped
DETECTOR_L2 = 0.05
DETECTOR_THRESHOLD = 0.5  # the training is class-balanced, so 0.5 is the neutral cut
DIFFICULT_WEIGHT = 0.5  # a difficult-no sentence counts as half a negative in training
# The settings nested cross-validation chooses from (declared before looking at any score):
# L2 strength, minimum feature count, and the probability cut.
# ``words``: whether the words of the whole sentence (``w=`` features) are used, or only the trigger's own cues.
# ``ambiguous``: whether the ambiguous sentences train the detector by their coders' votes (:func:`_targets`).
DETECTOR_GRID = tuple(
    {"l2": l2, "min_count": MIN_FEATURE_COUNT, "words": w, "ambiguous": a} for l2 in (0.02, 0.05, 0.2) for w in (True, False) for a in (True, False)
)
SETTING_KEYS = ("l2", "min_count", "threshold", "words", "ambiguous")
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)
INNER_FOLDS = 3
# With 40 PROTEST positives the inner F1 of neighbouring settings differs by one or two sentences, so a single
# inner split picks among near-ties by chance.  The inner cross-validation is therefore repeated on
# INNER_REPEATS different splits and averaged, and settings within TIE of the best average are ties, broken
# towards the default setting (fewest steps away from it in the grid).
INNER_REPEATS = 3
TIE = 0.01
# Near-ties go to the cut 0.4, not the neutral 0.5: three times (sessions 11, 13, 14) a detector whose selection
# flipped to 0.5 among near-tied cuts dropped 20–33 true attacks from a day of SaudiNewsNet for a handful of false
# ones removed (docs/event-accuracy.md, session 14).
TIE_CUT = 0.4
DEFAULT_SETTING = {"l2": DETECTOR_L2, "min_count": MIN_FEATURE_COUNT, "words": True, "ambiguous": True, "threshold": TIE_CUT}


# Features that say how a report is written (tense, modality, arguments found, time, place, legal or history cues,
# the sentence vector) mean much the same for every event type; those named after a type's own lexicon rows or the
# sentence's words do not.  A type's detector is trained on its own sentences and on the other types' sentences as
# well, with every feature of the other types kept apart under OTHER_PREFIX and only the shared ones in common, so that
# PROTEST (40 positives) learns from ASSAULT (160) what a report looks like (docs/event-accuracy.md, session 11).
TYPE_SPECIFIC = ("w=", "row=", "row_mod=")
OWN_PREFIX, OTHER_PREFIX = "=", "~"
OTHER_WEIGHT = 1.0  # weight of an other type's sentence against one of the type's own
# Only a type with fewer positive sentences than this borrows (PROTEST, 40; not ASSAULT, 160): with its own data
# ASSAULT scored the same in nested CV (0.815 → 0.807) and, on 300 SaudiNewsNet articles, dropped 12 real attacks under its cut.
BORROW_BELOW = 100


def _borrows(labels: Sequence[Label]) -> bool:
    return sum(lab == POSITIVE for lab in labels) < BORROW_BELOW


def _is_shared(key: str) -> bool:
    return not key.startswith(TYPE_SPECIFIC)


def _tagged(x: dict[str, float], prefix: str) -> dict[str, float]:
    """A row for joint training: every feature under ``prefix`` and the shared ones under their own name as well."""
    out = {prefix + k: v for k, v in x.items()}
    out.update((k, v) for k, v in x.items() if _is_shared(k))
    return out


def _targets(label: Label) -> list[tuple[int, float]]:
    """The training examples (target, weight) one labelled sentence gives the detector.

    An ambiguous sentence (its coders split) is a positive weighted by the share of coders who said yes and a
    negative weighted by the rest: PROTEST has 40 unanimous positives and 91 ambiguous sentences most of whose
    coders said yes (docs/event-accuracy.md, session 14).
    """
    if isinstance(label, float):
        return [(y, w) for y, w in ((1, label), (0, 1.0 - label)) if w > 0]
    if label == POSITIVE:
        return [(1, 1.0)]
    if label == EASY_NO:
        return [(0, 1.0)]
    if label == DIFFICULT_NO:
        return [(0, DIFFICULT_WEIGHT)]
    return []


def sentence_label(row: dict[str, str]) -> Label | None:
    """The label the detector learns from; ``None`` for a row it cannot use (an ambiguous one without votes)."""
    if row["label"] in (POSITIVE, EASY_NO, DIFFICULT_NO):
        return row["label"]
    if row["label"] == AMBIGUOUS:
        try:
            accept, reject = int(row.get("accept") or 0), int(row.get("reject") or 0)
        except ValueError:
            return None
        return accept / (accept + reject) if accept + reject > 0 else None
    return None


def fit_detector(
    xs: Sequence[dict[str, float]],
    labels: Sequence[Label],
    l2: float = DETECTOR_L2,
    min_count: int = MIN_FEATURE_COUNT,
    threshold: float = DETECTOR_THRESHOLD,
    words: bool = True,
    others: tuple[Sequence[dict[str, float]], Sequence[Label]] | None = None,
    ambiguous: bool = True,
) -> dict:
    """Train on sentences where the lexicon fired: yes = 1, easy no = 0, difficult no = 0 at half weight, an
    ambiguous sentence by its coders' votes (:func:`_targets`; left out when ``ambiguous`` is false).

    Features are the lexicon-event features and the sentence's words (see
    :func:`rasid.extract.events.detector_features`); those seen in fewer than
    ``min_count`` training sentences are dropped.  ``others``: the sentences of
    the other event types with their features and labels for those types,
    learned from jointly through the shared features (:data:`TYPE_SPECIFIC`).
    The model returned reads this type's features alone: each weight is the sum
    of the shared weight and the type's own.
    """
    rows = [(x, lab, True) for x, lab in zip(xs, labels)]
    if others:
        rows += [(x, lab, False) for x, lab in zip(*others)]
    rows = [r for r in rows if r[0] and _targets(r[1]) and (ambiguous or not isinstance(r[1], float))]
    raw = [{k: v for k, v in x.items() if words or not k.startswith("w=")} for x, _, _ in rows]
    norm = vector_norm(raw)
    raw = [standardise(x, norm) for x in raw]
    if others:
        raw = [_tagged(x, OWN_PREFIX if is_own else OTHER_PREFIX) for x, (_, _, is_own) in zip(raw, rows)]
    counts = Counter(k for x in raw for k in x)  # per sentence, before an ambiguous one becomes two examples
    keep, ys, ws = [], [], []
    for x, (_, lab, is_own) in zip(raw, rows):
        kept = {k: v for k, v in x.items() if counts[k] >= min_count}
        for y, w in _targets(lab):
            keep.append(kept)
            ys.append(y)
            ws.append(w * (1.0 if is_own else OTHER_WEIGHT))
    weights = train_logistic(keep, ys, ws, l2=l2)
    if others:  # fold the shared and the type's own weights into one weight per feature of this type
        merged: dict[str, float] = {}
        for k, v in weights.items():
            if k.startswith(OWN_PREFIX):
                k = k[len(OWN_PREFIX) :]
            elif k.startswith(OTHER_PREFIX):
                continue
            merged[k] = round(merged.get(k, 0.0) + v, 5)
        weights = merged
    model = {"weights": {k: v for k, v in weights.items() if abs(v) >= 1e-3}, "threshold": threshold}
    if norm:
        model["vector_norm"] = norm
    return model


def cross_validated_scores(
    xs: Sequence[dict[str, float]],
    labels: Sequence[Label],
    fold_ids: Sequence[int],
    folds: int,
    setting: dict | None = None,
    others: tuple[Sequence[dict[str, float]], Sequence[Label]] | None = None,
) -> list[float]:
    """Each sentence's detector probability from a model trained on the other folds (0 where the lexicon is silent);
    the other types' sentences (``others``) are in every training set."""
    setting = setting or {}
    out = [0.0] * len(xs)
    for k in range(folds):
        train = [i for i, f in enumerate(fold_ids) if f != k]
        model = fit_detector([xs[i] for i in train], [labels[i] for i in train], others=others, **setting)
        for i, f in enumerate(fold_ids):
            if f == k and xs[i]:
                out[i] = detector_score(xs[i], model)
    return out


def _steps_from_default(setting: dict) -> float:
    """How far a grid setting lies from :data:`DEFAULT_SETTING` (grid steps summed over the parameters)."""
    l2s = sorted({g["l2"] for g in DETECTOR_GRID})
    steps = abs(l2s.index(setting["l2"]) - l2s.index(DEFAULT_SETTING["l2"])) if setting["l2"] in l2s and DEFAULT_SETTING["l2"] in l2s else 1
    steps += setting["words"] != DEFAULT_SETTING["words"]
    steps += setting.get("ambiguous", True) != DEFAULT_SETTING["ambiguous"]
    cuts = sorted(THRESHOLD_GRID)
    if setting["threshold"] in cuts and DEFAULT_SETTING["threshold"] in cuts:
        steps += abs(cuts.index(setting["threshold"]) - cuts.index(DEFAULT_SETTING["threshold"]))
    return steps


def select_setting(
    xs: Sequence[dict[str, float]],
    labels: Sequence[Label],
    keys: Sequence[str],
    folds: int = INNER_FOLDS,
    repeats: int = INNER_REPEATS,
    others: tuple[Sequence[dict[str, float]], Sequence[Label]] | None = None,
) -> dict:
    """The grid setting and cut with the best cross-validated F1 (yes vs easy no) on these sentences only.

    The cross-validation is repeated on ``repeats`` splits (salted hashes of the keys) and the F1 averaged;
    settings within :data:`TIE` of the best are ties and the one nearest :data:`DEFAULT_SETTING` wins.
    """
    table: list[tuple[float, dict]] = []
    splits = [[fold_of(key + (":inner" if r == 0 else f":inner{r}"), folds) for key in keys] for r in range(max(repeats, 1))]
    for setting in DETECTOR_GRID:
        f1s: dict[float, list[float]] = {cut: [] for cut in THRESHOLD_GRID}
        for fold_ids in splits:
            probs = cross_validated_scores(xs, labels, fold_ids, folds, setting, others)
            for cut in THRESHOLD_GRID:
                f1s[cut].append(detection_scores(labels, [p >= cut and bool(x) for p, x in zip(probs, xs)])["f1"])
        for cut in THRESHOLD_GRID:
            table.append((_mean(f1s[cut]), {**setting, "threshold": cut}))
    best = max(f for f, _ in table)
    f, chosen = min(((f, s) for f, s in table if f >= best - TIE - 1e-9), key=lambda fs: (_steps_from_default(fs[1]), -fs[0]))
    return {**chosen, "inner_f1": round(f, 4)}


Others = Sequence[tuple[Sequence[dict[str, float]], Sequence[Label], Sequence[int]]]


def nested_cv(
    xs: Sequence[dict[str, float]], labels: Sequence[Label], keys: Sequence[str], fold_ids: Sequence[int], folds: int, others: Others = ()
) -> tuple[list[bool], list[dict]]:
    """Detections where each outer fold is scored by a model whose setting was chosen on the other folds alone.

    ``others``: the other event types' sentences as (features, labels, fold ids); those of the held-out fold are
    left out of its training as well.
    """
    detected = [False] * len(xs)
    chosen = []
    for k in range(folds):
        train = [i for i, f in enumerate(fold_ids) if f != k]
        aux = _other_rows(others, k)
        setting = select_setting([xs[i] for i in train], [labels[i] for i in train], [keys[i] for i in train], others=aux)
        chosen.append(setting)
        params = {p: setting[p] for p in SETTING_KEYS}
        model = fit_detector([xs[i] for i in train], [labels[i] for i in train], others=aux, **params)
        for i, f in enumerate(fold_ids):
            if f == k and xs[i]:
                detected[i] = detector_score(xs[i], model) >= model["threshold"]
    return detected, chosen


def _other_rows(others: Others, held_out: int | None) -> tuple[list[dict[str, float]], list[Label]] | None:
    """The other types' training rows, without fold ``held_out``; ``None`` when there are none."""
    xs = [x for ox, _, of in others for x, f in zip(ox, of) if f != held_out]
    labels = [lab for _, ol, of in others for lab, f in zip(ol, of) if f != held_out]
    return (xs, labels) if xs else None


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


# --- running rasid ---------------------------------------------------------------


def pick_event(doc: Document, event_type: str, gold_verbs: Sequence[Sequence[str]] = ()) -> Event | None:
    """The (non-negated) event of the type whose trigger best matches a coder's verb; the first one without verbs."""
    events = [e for e in doc.events if e.type == event_type and e.modality != "negated"]
    if not events:
        return None
    verbs = [set(v) for v in gold_verbs if v]

    def overlap(e: Event) -> int:
        mine = set(words(_widen(doc, e.start, e.end)))
        return max((len(mine & v) for v in verbs), default=0)

    return max(events, key=overlap) if verbs else events[0]


def predict(doc: Document, event_type: str, gold_verbs: Sequence[Sequence[str]] = ()) -> Prediction:
    """The prediction for one type: the event whose trigger best matches a coder's verb."""
    ev = pick_event(doc, event_type, gold_verbs)
    return event_prediction(doc, ev) if ev is not None else Prediction(False)


def event_prediction(doc: Document, ev: Event) -> Prediction:
    """The prediction an event makes: its arguments widened to whole words, their actor codes, the trigger."""

    def span(role: str) -> str | None:
        start, end = getattr(ev, f"{role}_start"), getattr(ev, f"{role}_end")
        return _widen(doc, start, end) if start is not None and end is not None else None

    return Prediction(
        True,
        source=span("source"),
        target=span("target"),
        source_code=(ev.source_country, ev.source_sector),
        target_code=(ev.target_country, ev.target_sector),
        verb=doc.text[ev.start : ev.end],
    )


def _widen(doc: Document, start: int, end: int) -> str:
    """The span grown to whole whitespace words, as the coders' tokens are."""
    text = doc.text
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


RULE_STAGES = tuple(s for s in DEFAULT_STAGES if s != "argument_model")


def default_analyzer() -> Callable[[str], Document]:
    """rasid's analysis with the argument rules alone (no ``argument_model`` stage): the learned fill is scored by
    cross-validation (:func:`rasid.evaluation.arguments.learned_fill_predictions`), never by the shipped model."""
    from rasid.api import analyze, get_pipeline

    pipeline = get_pipeline(RULE_STAGES)
    return lambda text: analyze(text, pipeline=pipeline)


# --- data -------------------------------------------------------------------------


def load_sentences(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_spans(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def fold_of(key: str, folds: int) -> int:
    """A stable fold number from a sentence id or text."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % max(folds, 1)


def evaluate_dir(path: Path, folds: int = 5, analyzer: Callable[[str], Document] | None = None, vectors: bool = False) -> dict:
    """Score every event type found in ``path``; see the module docstring for the measures.

    ``vectors``: the detector also reads sentence vectors (extra ``embeddings``; ~0.1 s a sentence).
    """
    # imported here: rasid.evaluation.agreement imports this module's prf
    from rasid.evaluation.agreement import agreement, vote_counts

    path = Path(path)
    if vectors:
        from rasid.text.vectors import require

        require()
    analyzer = analyzer or default_analyzer()
    cache: dict[str, Document] = {}
    errors = 0

    def run(text: str) -> Document | None:
        nonlocal errors
        if text not in cache:
            try:
                cache[text] = analyzer(text)
            except Exception:  # one bad sentence must not stop the evaluation; counted below
                errors += 1
                return None
        return cache[text]

    result: dict = {"dir": str(path), "folds": folds, "sentence_vectors": _encoder() if vectors else None, "types": {}}
    table: dict[str, tuple] = {}
    votes: dict[str, Counter] = {}
    for event_type in TYPES:
        sent_file = path / f"{event_type.lower()}_sentences.csv"
        if not sent_file.exists():
            continue
        every_row = load_sentences(sent_file)
        votes[event_type] = vote_counts(every_row)  # the coders' agreement is read from every row
        rows = [r for r in every_row if sentence_label(r) is not None]
        labels, lexicon, feats, fold_ids = [], [], [], []
        for r in rows:
            doc = run(r["text"])
            pred = predict(doc, event_type) if doc is not None else Prediction(False)
            labels.append(sentence_label(r))
            lexicon.append(pred.detected)
            feats.append(detector_features(doc, event_type, None, vectors=vectors) if doc is not None else {})
            fold_ids.append(fold_of(r["id"], folds))
        table[event_type] = (rows, labels, lexicon, feats, fold_ids)
    for event_type, (rows, labels, lexicon, feats, fold_ids) in table.items():
        span_file = path / f"{event_type.lower()}_spans.json"
        others = [(t[3], t[1], t[4]) for other, t in table.items() if other != event_type and _borrows(labels)]
        # nested cross-validation: each held-out fold is scored by a model whose setting (L2, words, cut)
        # was chosen by an inner cross-validation on the other folds only
        detected, chosen = nested_cv(feats, labels, [r["id"] for r in rows], fold_ids, folds, others)
        scores: dict = {
            "detection": detection_scores(labels, detected),
            "detection_lexicon": detection_scores(labels, lexicon),
            "detection_settings": chosen,
            "detection_majority": _majority_scores([majority_label(r) for r in rows], detected),
            "agreement": agreement(votes[event_type]),  # what the coders' disagreement leaves to any detector
            "n": {**{lab: labels.count(lab) for lab in (POSITIVE, EASY_NO, DIFFICULT_NO)}, AMBIGUOUS: sum(isinstance(lab, float) for lab in labels)},
        }
        for part, keep in _parts(folds).items():
            idx = [i for i, f in enumerate(fold_ids) if keep(f)]
            scores["detection"][part] = detection_scores([labels[i] for i in idx], [detected[i] for i in idx])
        per_fold = []
        for k in range(folds):
            idx = [i for i, f in enumerate(fold_ids) if f == k]
            per_fold.append(detection_scores([labels[i] for i in idx], [detected[i] for i in idx])["f1"])
        scores["detection"]["fold_f1"] = per_fold
        scores["detection"]["fold_f1_mean"] = _mean(per_fold)
        scores["detection"]["fold_f1_sd"] = statistics.pstdev(per_fold) if len(per_fold) > 1 else 0.0
        if span_file.exists():
            records = load_spans(span_file)
            docs = [run(rec["text"]) for rec in records]
            rec_folds = [fold_of(rec.get("_id") or rec["text"], folds) for rec in records]
            preds = []
            for rec, doc in zip(records, docs):
                verbs = [words(s.get("verb") or []) for s in rec["spans"]]
                preds.append(predict(doc, event_type, verbs) if doc is not None else Prediction(False))
            scores["arguments"] = _argument_block(records, preds, rec_folds, folds, ARGUMENT_METHODS["rules"])
            if event_type in FILL_TYPES:
                # the opt-in learned fill, cross-validated: each record's fill comes from a CRF trained on the other folds
                from rasid.evaluation.arguments import learned_fill_predictions

                filled = learned_fill_predictions(records, docs, event_type, rec_folds, folds)
                scores["arguments_fill"] = _argument_block(records, filled, rec_folds, folds, ARGUMENT_METHODS["fill"].format(folds=folds))
        result["types"][event_type] = scores
    result["errors"] = errors
    return result


def _majority_scores(labels: Sequence[str | None], detected: Sequence[bool]) -> dict[str, float]:
    """P/R/F1 against the coders' majority (ties left out)."""
    out = detection_scores(labels, detected)
    return {k: out[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}


ARGUMENT_METHODS = {"rules": "rules", "fill": "rules + learned fill ({folds}-fold CV)"}


def _argument_block(records: Sequence[dict], preds: Sequence[Prediction], rec_folds: Sequence[int], folds: int, method: str) -> dict:
    """Argument scores over all records, per fold, and over the read and unread folds."""
    out: dict = {"method": method, **argument_scores(records, preds)}
    out["records"] = len(records)
    out["records_detected"] = sum(p.detected for p in preds)
    out["fold_f1"] = []
    for k in range(folds):
        idx = [i for i, f in enumerate(rec_folds) if f == k]
        out["fold_f1"].append(argument_scores([records[i] for i in idx], [preds[i] for i in idx])["argument_f1"])
    for part, keep in _parts(folds).items():
        idx = [i for i, f in enumerate(rec_folds) if keep(f)]
        out[part] = argument_scores([records[i] for i in idx], [preds[i] for i in idx])
    return out


def _encoder() -> str:
    from rasid.text.vectors import ENCODER

    return ENCODER


READ_FOLDS = 3  # error analysis reads folds 0..READ_FOLDS-1 only; the others are an unseen check


def _parts(folds: int) -> dict[str, Callable[[int], bool]]:
    """The folds whose errors were read while revising the rules, and the folds kept unseen."""
    if folds <= READ_FOLDS:
        return {}
    return {"read_folds": lambda f: f < READ_FOLDS, "unread_folds": lambda f: f >= READ_FOLDS}


def format_table(scores: dict) -> str:
    """A plain-text table of :func:`evaluate_dir` scores."""
    head = f"{'type':<8} {'P':>5} {'R':>5} {'F1':>5} {'F1 folds':>12} {'hardNo%':>7} {'argF1':>6} {'src':>5} {'tgt':>5} {'actor':>6} {'ctry':>5} {'sect':>5}  n(yes/easy/hard) slots/coded"
    lines = [f"detector features: lexical + sentence vectors of {scores['sentence_vectors']}" if scores.get("sentence_vectors") else "detector features: lexical", head, "-" * len(head)]
    for t, s in scores.get("types", {}).items():
        lex = s.get("detection_lexicon")
        if lex:
            lines.append(f"{t + ' lex':<8} {lex['precision']:>5.2f} {lex['recall']:>5.2f} {lex['f1']:>5.2f} {'':>12} {100 * lex['difficult_no_flagged']:>6.1f}%   (lexicon only, no detector)")
        d = s["detection"]
        a = s.get("arguments", {})
        n = s["n"]
        lines.append(
            f"{t:<8} {d['precision']:>5.2f} {d['recall']:>5.2f} {d['f1']:>5.2f} "
            f"{d['fold_f1_mean']:>6.2f}±{d['fold_f1_sd']:<5.2f} {100 * d['difficult_no_flagged']:>6.1f}% "
            f"{a.get('argument_f1', 0):>6.2f} {a.get('source_f1', 0):>5.2f} {a.get('target_f1', 0):>5.2f} "
            f"{a.get('actor_accuracy', 0):>6.2f} {a.get('country_accuracy', 0):>5.2f} {a.get('sector_accuracy', 0):>5.2f}  "
            f"{n['yes']}/{n['easy no']}/{n['difficult no']} {a.get('slots', 0)}/{a.get('coded_slots', 0)}"
        )
    for t, s in scores.get("types", {}).items():
        g, m = s.get("agreement"), s.get("detection_majority")
        if g:
            lo, hi = g["ceiling_interval"]
            lines.append(
                f"{t:<8} coder agreement: a held-out coder F1 {g['held_out_coder']['f1']:.2f}; ceiling (an oracle of each sentence's "
                f"acceptance rate) {g['ceiling_f1']:.2f} ({100 * g['interval']:.0f}% bootstrap {lo:.2f}–{hi:.2f})"
                + (f"; rasid against the coders' majority P/R/F1 {m['precision']:.2f}/{m['recall']:.2f}/{m['f1']:.2f}" if m else "")
            )
    shown = {"read_folds": "folds read while writing rules", "unread_folds": "folds never read (unseen check)"}
    for t, s in scores.get("types", {}).items():
        for part, label in shown.items():
            d, a = s["detection"].get(part), s.get("arguments", {}).get(part)
            if d and a:
                lines.append(
                    f"{t:<8} {label:<32} P/R/F1 {d['precision']:.2f}/{d['recall']:.2f}/{d['f1']:.2f}  argF1 {a['argument_f1']:.2f} "
                    f"({a['source_f1']:.2f}/{a['target_f1']:.2f})  actor {a['actor_accuracy']:.2f} ({a['country_accuracy']:.2f}/{a['sector_accuracy']:.2f})"
                )
    for t, s in scores.get("types", {}).items():
        a, f = s.get("arguments"), s.get("arguments_fill")
        if a:
            line = f"{t:<8} arguments: {a.get('method', 'rules')}"
            if f:
                line += f"  ({f['method']}, opt-in: argF1 {f['argument_f1']:.2f} ({f['source_f1']:.2f}/{f['target_f1']:.2f})  actor {f['actor_accuracy']:.2f}"
                for part, label in (("read_folds", "read"), ("unread_folds", "unread")):
                    if part in f:
                        line += f"; {label} {f[part]['argument_f1']:.2f}"
                line += ")"
            lines.append(line)
    if scores.get("errors"):
        lines.append(f"({scores['errors']} sentences failed in the pipeline and count as no event)")
    return "\n".join(lines)


def train_detector(path: Path, out: Path | None = None) -> dict:
    """Train the shipped detectors on all of ``path`` and write ``event_detector.json``: the lexical one
    (``types``) and, with the extra ``embeddings`` installed, the one that also reads sentence vectors
    (``types_vectors``)."""
    from rasid.extract.events import DETECTOR_FILE
    from rasid.knowledge.lexicon import DATA_DIR
    from rasid.text.vectors import require

    analyzer = default_analyzer()
    record: dict = {
        "about": "logistic sentence detector over lexicon-event features (types) and with sentence vectors as well (types_vectors); "
        "trained by rasid.evaluation.events.train_detector on the PLOVER dev data",
    }
    docs: dict[str, Document] = {}

    def run(text: str) -> Document:
        if text not in docs:
            docs[text] = analyzer(text)
        return docs[text]

    require()  # the vector detector needs the encoder: fail before the lexical model is trained, not after
    for key, vectors in (("types", False), ("types_vectors", True)):
        table: dict[str, tuple] = {}
        for event_type in TYPES:
            sent_file = Path(path) / f"{event_type.lower()}_sentences.csv"
            if sent_file.exists():
                rows = [r for r in load_sentences(sent_file) if sentence_label(r) is not None]
                feats = [detector_features(run(r["text"]), event_type, None, vectors=vectors) for r in rows]
                table[event_type] = (rows, feats, [sentence_label(r) for r in rows])
        models: dict = {}
        for event_type, (rows, feats, labels) in table.items():
            aux = _other_rows([(t[1], t[2], [0] * len(t[1])) for other, t in table.items() if other != event_type and _borrows(labels)], None)
            setting = select_setting(feats, labels, [r["id"] for r in rows], folds=5, others=aux)
            params = {p: setting[p] for p in SETTING_KEYS}
            models[event_type] = fit_detector(feats, labels, others=aux, **params)
            models[event_type]["setting"] = setting
        record[key] = models
    if record.get("types_vectors"):
        record["sentence_vectors"] = _encoder()
    target = out or DATA_DIR / DETECTOR_FILE
    target.write_text(json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return record


if __name__ == "__main__":  # python -m rasid.evaluation.events train [DIR]
    import sys

    if len(sys.argv) > 1 and sys.argv[1] == "train":
        train_detector(Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/data/events"))
    else:
        print(format_table(evaluate_dir(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/events"))))
