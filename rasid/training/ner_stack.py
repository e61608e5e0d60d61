"""A second-stage (stacked) CRF over the shipped tagger's output: experiment, training only.

Question (issue 3, docs/ner.md "Session 5"): does a second CRF that sees the first CRF's labels
and marginals around each position, and how the same form was tagged in the neighbouring
sentences, beat the shipped CRF on dev by >= 1.0 micro F1 while ``predict_mentions`` keeps
>= 20,000 run-time tokens/s?  Nothing here is in rasid's run-time path.

Stage 1 is the configuration shipped in session 6 (:mod:`rasid.training.ner` without document
context: coarse labels, phrase gazetteer, c1 0.05, c2 0.3, 200 iterations).  Its outputs on the train part are jack-knifed:
five contiguous blocks of train sentences (contiguous, so that a sentence and its neighbours
are held out together, as the sentences of an article are at run time); each block is tagged
by a stage-1 model trained on the other four (:func:`fit_stage1`, the same training loop as
``train``, inner jack-knifed gazetteers included).  On dev, stage 1 is the shipped model.

Stage 2 (:func:`stack_features`) is a CRF with the stage-1 features of the shipped training
plus, from stage 1: the Viterbi label at -2..+2 and label bigrams; the label of highest
marginal with its probability bucket at -1..+1 and every label with marginal >= 0.1 at the
position itself; and context consistency: over the sentences within +-K (K = 5) of the
sentence in file order (ANERcorp is in article order), itself and dev sentences excluded, the
stage-1 types the same folded form (and, separately, its article-stripped stem) received:
the majority type with its share bucket, the majority entity type with the bucket of the share
of occurrences tagged as any entity, a count bucket, the majority type crossed with the position's own stage-1 type, and the majority
type of the ±1 neighbours' forms.  Only stage-1 predictions are counted, never gold labels.

Dev context, two settings fixed before scoring:

- ``oof`` (run-time-like, the primary number): the neighbours' labels are their jack-knifed
  stage-1 predictions, i.e. made by a model that never saw them (nor the dev sentence);
- ``full``: the neighbours' labels come from the full stage-1 model, which was trained on
  those very sentences, so they are nearly gold: an optimistic setting, run time never has it.

:func:`block_check` also scores both stages on a held-out contiguous block of the train part
(whole stretches of articles unseen, as at run time; dev not used).  Result (docs/ner.md,
"Session 6"): +0.25 micro F1 on dev (run-time-like context), +2.7 on the held-out block, but the
two passes take ``predict_mentions`` from ~38k to ~15k run-time tokens/s: not shipped.

    python -m rasid.training.ner_stack [--out /tmp/nerstack]   # folds, stage 2, dev scores
    python -m rasid.training.ner_stack --out /tmp/nerstack --block   # held-out block check
    python -m rasid.training.ner_stack --out /tmp/nerstack --bench   # speed, one core
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rasid.evaluation.ner import read_bio, score_bio
from rasid.ner.features import _stem
from rasid.ner.labels import COARSE_TYPES, coarse, tag_map
from rasid.text.normalize import fold
from rasid.training.ner import (
    DEV_EVERY,
    JACKKNIFE_FOLDS,
    PARAMS,
    blocks,
    fit_sentence_model,
    jackknifed_features,
)

LABELS = ["O"] + [f"{p}-{t}" for t in COARSE_TYPES for p in ("B", "I")]
K = 5  # context window in sentences, each side
FOLDS = 5
STAGE2_PARAMS: dict[str, Any] = {k: v for k, v in PARAMS.items() if k not in ("labels", "scheme")}

Sent = tuple[list[str], list[str]]
Out1 = tuple[list[str], list[list[float]]]  # stage-1 Viterbi labels and per-position marginals (LABELS order)


def fit_stage1(train_s: list[Sent], clusters: dict[str, list[int]], path: Path,
               params: dict[str, Any] | None = None) -> None:
    """Train a stage-1 CRF on ``train_s`` as :func:`rasid.training.ner.train` did in session 6 (coarse
    labels, jack-knifed gazetteer / frequency / phrase features, no knowledge names, no document
    context), and write the model and its vocab file to ``path``."""
    fit_sentence_model(train_s, clusters, path, params)


def stage1_train_features(train_s: list[Sent], clusters: dict[str, list[int]]):  # type: ignore[no-untyped-def]
    """``(forms, tags, stage-1 features)`` of the training sentences, in the order ``train`` appends them."""
    return jackknifed_features(train_s, clusters)


def stage1_train_order(n: int) -> list[int]:
    """Indices of the train sentences in the order :func:`stage1_train_features` yields them."""
    return [i for k in range(JACKKNIFE_FOLDS) for i in range(k, n, JACKKNIFE_FOLDS)]


def tag_marginals(tagger: Any, feats: list[list[str]]) -> Out1:
    """Viterbi labels and the marginals of all :data:`LABELS` at every position (pycrfsuite tagger)."""
    if not feats:
        return [], []
    labels = list(tagger.tag(feats))
    known = set(tagger.labels())
    marg = [[tagger.marginal(y, i) if y in known else 0.0 for y in LABELS] for i in range(len(labels))]
    return labels, marg


# ---------------------------------------------------------------- stacked features


def _bucket(p: float) -> str:
    return "0" if p < 0.5 else "1" if p < 0.7 else "2" if p < 0.9 else "3" if p < 0.99 else "4"


def _share(x: float) -> str:
    return "a" if x <= 0.5 else "b" if x <= 0.8 else "c" if x < 1.0 else "d"


def _count(n: int) -> str:
    return "1" if n == 1 else "2" if n <= 3 else "3" if n <= 9 else "4"


def _typ(label: str) -> str:
    return "O" if label == "O" else label[2:]


def sentence_counts(forms: Sequence[str], labels: Sequence[str]) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """How each form and each stem of one sentence was typed by stage 1: ``({form: Counter(type)}, {stem: …})``."""
    fc: dict[str, Counter[str]] = {}
    sc: dict[str, Counter[str]] = {}
    for w, y in zip(forms, labels):
        if len(w) < 2:
            continue
        t = _typ(y)
        fc.setdefault(w, Counter())[t] += 1
        sc.setdefault(_stem(w), Counter())[t] += 1
    return fc, sc


def merge_counts(parts: Sequence[dict[str, Counter[str]]], keys: Sequence[str]) -> dict[str, Counter[str]]:
    """The summed counts of ``keys`` over ``parts``."""
    out: dict[str, Counter[str]] = {}
    for k in set(keys):
        c: Counter[str] = Counter()
        for p in parts:
            x = p.get(k)
            if x:
                c.update(x)
        if c:
            out[k] = c
    return out


def _majority(c: Counter[str]) -> tuple[str, float, str | None, float, int]:
    total = sum(c.values())
    typ, n = max(c.items(), key=lambda x: (x[1], x[0]))
    ent = [(t, m) for t, m in c.items() if t != "O"]
    if ent:
        et = max(ent, key=lambda x: (x[1], x[0]))[0]
        return typ, n / total, et, sum(m for _, m in ent) / total, total
    return typ, n / total, None, 0.0, total


def stack_features(base: list[list[str]], forms: list[str], out1: Out1,
                   ctx_forms: dict[str, Counter[str]], ctx_stems: dict[str, Counter[str]]) -> list[list[str]]:
    """Stage-2 features: the stage-1 features ``base`` plus stacked ones (see the module doc)."""
    labels, marg = out1
    n = len(forms)
    best = []
    for row in marg:
        k = max(range(len(LABELS)), key=lambda j: row[j])
        best.append(LABELS[k] + "|" + _bucket(row[k]))
    maj: list[str | None] = []
    for w in forms:
        c = ctx_forms.get(w) if len(w) >= 2 else None
        maj.append(_majority(c)[0] if c else None)
    out: list[list[str]] = []
    for i in range(n):
        f = list(base[i])
        y0 = labels[i]
        for d in (-2, -1, 0, 1, 2):
            j = i + d
            f.append(f"y{d}=" + (labels[j] if 0 <= j < n else "BOS" if j < 0 else "EOS"))
        f.append("yb-=" + (labels[i - 1] if i > 0 else "BOS") + "|" + y0)
        f.append("yb+=" + y0 + "|" + (labels[i + 1] if i + 1 < n else "EOS"))
        for d in (-1, 0, 1):
            j = i + d
            if 0 <= j < n:
                f.append(f"m{d}=" + best[j])
        for k, p in enumerate(marg[i]):
            if p >= 0.1:
                f.append("mp=" + LABELS[k] + "|" + _bucket(p))
        w = forms[i]
        if len(w) >= 2:
            for name, c in (("cx", ctx_forms.get(w)), ("cs", ctx_stems.get(_stem(w)))):
                if not c:
                    f.append(name + "=none")
                    continue
                typ, share, et, eshare, total = _majority(c)
                f.append(f"{name}={typ}|{_share(share)}")
                f.append(f"{name}n={_count(total)}")
                f.append(f"{name}y={typ}|{_typ(y0)}")
                if et:
                    f.append(f"{name}e={et}|{_share(eshare)}")
        for d in (-1, 1):
            j = i + d
            if 0 <= j < n and maj[j]:
                f.append(f"cx{d}={maj[j]}")
        out.append(f)
    return out


def contexts(idx: int, n_all: int, usable: Any, counts: list[Any], forms: list[str], k: int = K):
    """Context counts for the sentence at file index ``idx``: the sentences within ±k, itself and
    sentences ``usable(j)`` rejects excluded; ``counts[j]`` is ``sentence_counts`` of sentence j."""
    fparts, sparts = [], []
    for j in range(max(0, idx - k), min(n_all, idx + k + 1)):
        if j == idx or not usable(j) or counts[j] is None:
            continue
        fparts.append(counts[j][0])
        sparts.append(counts[j][1])
    return merge_counts(fparts, forms), merge_counts(sparts, [_stem(w) for w in forms])


# ---------------------------------------------------------------- the experiment


def _is_dev(i: int) -> bool:
    return i % DEV_EVERY == DEV_EVERY - 1


def run(data_dir: Path, out_dir: Path, stage1_model: Path, limit: int | None = None,
        log: Any = print) -> dict[str, Any]:
    """Jack-knife stage 1, train stage 2, score both on dev; caches stage-1 outputs under ``out_dir``.

    ``stage1_model`` is the full stage-1 model (its vocab file beside it gives the clusters):
    the shipped model, or one trained by :func:`fit_stage1` on the whole train part.
    """
    import pycrfsuite

    from rasid.ner.crf import CrfTagger

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sents = read_bio(Path(data_dir) / "newsfane" / "train.tsv")
    if limit:
        sents = sents[:limit]
    folded = [([fold(t) for t in toks], [tag_map(t, coarse) for t in tags]) for toks, tags in sents]
    n_all = len(folded)
    train_idx = [i for i in range(n_all) if not _is_dev(i)]
    dev_idx = [i for i in range(n_all) if _is_dev(i)]
    train_s = [folded[i] for i in train_idx]
    full = CrfTagger(Path(stage1_model))
    clusters = full.clusters
    times: dict[str, float] = {}

    # 1. jack-knifed stage-1 outputs on the train part (contiguous blocks)
    oof_path = out_dir / "oof.json"
    if oof_path.exists():
        oof: list[Out1] = [tuple(x) for x in json.loads(oof_path.read_text())]  # type: ignore[misc]
    else:
        oof = [([], [])] * len(train_s)
        for k, blk in enumerate(blocks(len(train_s))):
            t0 = time.perf_counter()
            rest = [s for i, s in enumerate(train_s) if i not in blk]
            mpath = out_dir / f"s1-fold{k}.crfsuite"
            fit_stage1(rest, clusters, mpath)
            tagger = CrfTagger(mpath)
            for i in blk:
                oof[i] = tag_marginals(tagger._tagger, tagger.features(train_s[i][0]))
            times[f"fold{k}"] = round(time.perf_counter() - t0, 1)
            log(f"fold {k}: {len(rest)} sentences, {times[f'fold{k}']} s")
        oof_path.write_text(json.dumps(oof))
    # the full model's outputs on the train part (nearly gold: it was trained on them) and on dev
    full_train = [tag_marginals(full._tagger, full.features(f)) for f, _ in train_s]
    dev_s = [folded[i] for i in dev_idx]
    dev1 = [tag_marginals(full._tagger, full.features(f)) for f, _ in dev_s]

    pos = {i: k for k, i in enumerate(train_idx)}
    oof_counts: list[Any] = [None] * n_all
    full_counts: list[Any] = [None] * n_all
    for i in train_idx:
        forms = folded[i][0]
        oof_counts[i] = sentence_counts(forms, oof[pos[i]][0])
        full_counts[i] = sentence_counts(forms, full_train[pos[i]][0])

    def usable(j: int) -> bool:
        return not _is_dev(j)

    # 2. stage 2 on the train part: shipped training features + stacked features from the jack-knifed outputs
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(STAGE2_PARAMS)
    order = stage1_train_order(len(train_s))
    for k, (forms, tags, base) in zip(order, stage1_train_features(train_s, clusters)):
        cf, cs = contexts(train_idx[k], n_all, usable, oof_counts, forms)
        trainer.append(stack_features(base, forms, oof[k], cf, cs), tags)
    s2_path = out_dir / "s2.crfsuite"
    trainer.train(str(s2_path))
    times["stage2"] = round(time.perf_counter() - t0, 1)
    log(f"stage 2 trained: {times['stage2']} s")

    s2 = pycrfsuite.Tagger()
    s2.open(str(s2_path))
    gold = [tags for _, tags in dev_s]
    res: dict[str, Any] = {"stage1": score_bio(gold, [y for y, _ in dev1]), "times": times}
    for name, counts in (("oof", oof_counts), ("full", full_counts)):
        pred = []
        for i, (forms, _), o1 in zip(dev_idx, dev_s, dev1):
            cf, cs = contexts(i, n_all, usable, counts, forms)
            pred.append(list(s2.tag(stack_features(full.features(forms), forms, o1, cf, cs))))
        res["stage2_" + name] = score_bio(gold, pred)
    # stage 1 jack-knifed on the train part, for reference (no dev involved)
    res["stage1_oof_train"] = score_bio([t for _, t in train_s], [y for y, _ in oof])["micro"]
    res["stage2_bytes"] = s2_path.stat().st_size
    return res


def block_check(data_dir: Path, out_dir: Path, stage1_model: Path, held: int = FOLDS - 1,
                log: Any = print) -> dict[str, Any]:
    """Stage 1 vs stage 2 on a held-out contiguous block of the train part (run-time-like: whole
    stretches of articles unseen), with the jack-knifed outputs ``run`` cached in ``out_dir``.

    Stage 1 on block ``held`` is the fold model that never saw it; stage 2 is trained on the other
    blocks only (their jack-knifed stage-1 outputs, contexts within those blocks), and tags block
    ``held`` with contexts from that block's own stage-1 outputs.  Dev is not used.
    """
    import pycrfsuite

    from rasid.ner.crf import CrfTagger

    out_dir = Path(out_dir)
    sents = read_bio(Path(data_dir) / "newsfane" / "train.tsv")
    folded = [([fold(t) for t in toks], [tag_map(t, coarse) for t in tags]) for toks, tags in sents]
    train_idx = [i for i in range(len(folded)) if not _is_dev(i)]
    train_s = [folded[i] for i in train_idx]
    oof: list[Out1] = [tuple(x) for x in json.loads((out_dir / "oof.json").read_text())]  # type: ignore[misc]
    blk = blocks(len(train_s))[held]
    rest_k = [k for k in range(len(train_s)) if k not in blk]
    rest = [train_s[k] for k in rest_k]
    clusters = CrfTagger(Path(stage1_model)).clusters
    counts = [sentence_counts(train_s[k][0], oof[k][0]) for k in range(len(train_s))]
    n = len(train_s)
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(STAGE2_PARAMS)
    for r, (forms, tags, base) in zip(stage1_train_order(len(rest)), stage1_train_features(rest, clusters)):
        k = rest_k[r]
        cf, cs = contexts(k, n, lambda j: j not in blk, counts, forms)
        trainer.append(stack_features(base, forms, oof[k], cf, cs), tags)
    path = out_dir / f"s2-block{held}.crfsuite"
    trainer.train(str(path))
    secs = round(time.perf_counter() - t0, 1)
    log(f"stage 2 without block {held}: {secs} s")
    s1 = CrfTagger(out_dir / f"s1-fold{held}.crfsuite")
    s2 = pycrfsuite.Tagger()
    s2.open(str(path))
    gold, p1, p2 = [], [], []
    for k in blk:
        forms, tags = train_s[k]
        cf, cs = contexts(k, n, lambda j: j in blk, counts, forms)
        gold.append(tags)
        p1.append(oof[k][0])
        p2.append(list(s2.tag(stack_features(s1.features(forms), forms, oof[k], cf, cs))))
    return {"block": held, "sentences": len(blk), "stage1": score_bio(gold, p1), "stage2": score_bio(gold, p2),
            "stage2_seconds": secs}


# ---------------------------------------------------------------- speed


class StackedTagger:
    """Two passes over a document: stage 1 (shipped tagger) on every sentence, then stage 2 with
    each sentence's ±K neighbours of the same document as context.  For measuring speed only."""

    def __init__(self, stage1: Any, stage2_path: Path) -> None:
        import pycrfsuite

        self.s1 = stage1
        self.s2 = pycrfsuite.Tagger()
        self.s2.open(str(stage2_path))

    def tag_doc(self, sents: list[list[str]]) -> list[tuple[list[str], list[float]]]:
        outs = []
        feats = []
        for forms in sents:
            f = self.s1.features(forms)
            feats.append(f)
            outs.append(tag_marginals(self.s1._tagger, f))
        counts = [sentence_counts(forms, o[0]) for forms, o in zip(sents, outs)]
        res = []
        t = self.s2
        for i, forms in enumerate(sents):
            if not forms:
                res.append(([], []))
                continue
            cf, cs = contexts(i, len(sents), lambda j: True, counts, forms)
            tags = list(t.tag(stack_features(feats[i], forms, outs[i], cf, cs)))
            res.append((tags, [1.0 if y == "O" else t.marginal(y, k) for k, y in enumerate(tags)]))
        return res


def predict_mentions_stacked(doc: Any, stacked: StackedTagger) -> list[Any]:
    """:func:`rasid.ner.predict_mentions` with the two-pass tagger (same segmentation, offsets, fine class)."""
    from rasid.document import Mention
    from rasid.ner import MENTION_LABELS, _chunks, iter_sentences, segment_sentence

    sents, spans = [], []
    for sent in iter_sentences(doc):
        forms, sp = segment_sentence(doc, sent, stacked.s1)
        sents.append(forms)
        spans.append(sp)
    out = []
    for forms, sp, (tags, marg) in zip(sents, spans, stacked.tag_doc(sents)):
        for a, b, cls in _chunks(tags):
            label = coarse(cls)
            if label not in MENTION_LABELS:
                continue
            score = sum(marg[a:b]) / (b - a)
            out.append(Mention(sp[a][0], sp[b - 1][1], label=label, kind="name", source="ner",
                               score=round(score, 4), fine=stacked.s1.fine_class(forms, a, b, cls)))
    return out


def bench(stage2_path: Path, n: int = 200, rounds: int = 3) -> dict[str, float]:
    """``predict_mentions`` run-time tokens/s, shipped vs two-pass, same articles, same process, best of ``rounds``."""
    import importlib.util

    import rasid
    from rasid.ner import predict_mentions
    from rasid.ner.crf import load_tagger

    spec = importlib.util.spec_from_file_location("bench_ner", Path(__file__).resolve().parents[2] / "bench" / "bench_ner.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    docs = [rasid.analyze(t) for t in mod.articles(n)]
    n_tok = sum(len(d.tokens) for d in docs)
    stacked = StackedTagger(load_tagger(), stage2_path)
    best = {"stage1": 0.0, "stage2": 0.0}
    for _ in range(rounds):
        for name, fn in (("stage1", lambda d: predict_mentions(d)), ("stage2", lambda d: predict_mentions_stacked(d, stacked))):
            t0 = time.perf_counter()
            for d in docs:
                fn(d)
            best[name] = max(best[name], n_tok / (time.perf_counter() - t0))
    return {k: round(v) for k, v in best.items()} | {"tokens": n_tok, "articles": len(docs)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("/tmp/nerstack"))
    ap.add_argument("--stage1", type=Path, default=None, help="full stage-1 model (default: a copy of the shipped one)")
    ap.add_argument("--bench", action="store_true", help="only measure speed with OUT/s2.crfsuite")
    ap.add_argument("--block", action="store_true", help="only the held-out block check (after a full run)")
    args = ap.parse_args()
    if args.bench:
        print(json.dumps(bench(args.out / "s2.crfsuite")))
        return
    if args.block:
        res = block_check(args.data, args.out, args.stage1 or args.out / "s1-full.crfsuite")
        (args.out / "block.json").write_text(json.dumps(res, indent=1))
        for name in ("stage1", "stage2"):
            s = res[name]
            print(name, {t: (v["precision"], v["recall"], v["f1"], v["tp"], v["fp"], v["fn"])
                         for t, v in [("micro", s["micro"]), *s["types"].items()]})
        return
    from rasid.ner.crf import MODEL_PATH, vocab_path

    s1 = args.stage1
    if s1 is None:
        args.out.mkdir(parents=True, exist_ok=True)
        s1 = args.out / "s1-full.crfsuite"
        shutil.copyfile(MODEL_PATH, s1)
        shutil.copyfile(vocab_path(MODEL_PATH), vocab_path(s1))
    t0 = time.perf_counter()
    res = run(args.data, args.out, s1)
    res["total_seconds"] = round(time.perf_counter() - t0, 1)
    (args.out / "result.json").write_text(json.dumps(res, indent=1))
    for name in ("stage1", "stage2_oof", "stage2_full"):
        s = res[name]
        print(name, {t: (v["precision"], v["recall"], v["f1"], v["tp"], v["fp"], v["fn"]) for t, v in [("micro", s["micro"]), *s["types"].items()]})
    print("times", res["times"], "stage-1 OOF on train", res["stage1_oof_train"])


if __name__ == "__main__":
    main()
