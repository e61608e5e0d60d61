"""Train the CRF entity tagger from newsfane, deterministically.

Split: sentences are numbered in file order; every 10th (index % 10 == 9) is
the dev set, the rest train.  The tagger is trained on the train part only so
the dev scores it reports are honest; the segmenter vocabulary (also the
word-frequency feature) counts the folded tokens of the train part.  The
gazetteer and frequency features of each training sentence come from the other
four fifths of the train part (jack-knifing), so that they look in training as
they will on unseen text.
"""

from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rasid.evaluation.ner import read_bio, score_bio
from rasid.ner.labels import coarse, model_class, tag_map
from rasid.text.normalize import fold

DEV_EVERY = 10
# Fixed after a small dev sweep; L1 keeps the model small, L2 smooths it.
PARAMS: dict[str, Any] = {"c1": 0.05, "c2": 0.02, "max_iterations": 150, "feature.possible_transitions": True,
                          "feature.minfreq": 1}


def split(sents: list[Any], every: int = DEV_EVERY) -> tuple[list[Any], list[Any]]:
    """Deterministic (train, dev) split: every ``every``-th sentence is dev."""
    train = [s for i, s in enumerate(sents) if i % every != every - 1]
    dev = [s for i, s in enumerate(sents) if i % every == every - 1]
    return train, dev


def gazetteer(sents: list[tuple[list[str], list[str]]], min_count: int = 2, min_share: float = 0.5) -> dict[str, str]:
    """Forms mostly seen inside entities of one coarse type: ``{form: type}``."""
    counts: dict[str, Counter[str]] = {}
    for forms, tags in sents:
        for w, t in zip(forms, tags):
            counts.setdefault(w, Counter())[coarse(t[2:]) if t != "O" else "O"] += 1
    out: dict[str, str] = {}
    for w in sorted(counts):
        c = counts[w]
        total = sum(c.values())
        typ, n = max(((t, n) for t, n in c.items() if t != "O"), key=lambda x: (x[1], x[0]), default=("O", 0))
        if n >= min_count and n / total >= min_share and len(w) >= 2:
            out[w] = typ
    return out


def word_clusters(data_dir: Path, vocab: dict[str, int]) -> dict[str, list[int]]:
    """Clusters learned from ``data_dir/saudinewsnet`` ({} without the corpus or without numpy)."""
    if not list((Path(data_dir) / "saudinewsnet").glob("*.zip")):
        return {}
    try:
        import numpy  # noqa: F401
    except ImportError:  # pragma: no cover - the `train` extra brings numpy
        return {}
    from rasid.training.clusters import build_clusters

    return build_clusters(Path(data_dir), vocab)


def train(data_dir: Path, out_path: Path, params: dict[str, Any] | None = None,
          limit: int | None = None, clusters: dict[str, list[int]] | None = None) -> dict[str, Any]:
    """Train on ``data_dir/newsfane/train.tsv``, write the model to ``out_path``; return dev scores and timing.

    ``limit`` keeps only the first sentences (for tests); ``clusters`` replaces the
    clusters otherwise learned from ``data_dir/saudinewsnet`` (for experiments).
    """
    import pycrfsuite

    from rasid.ner.crf import CrfTagger, vocab_path
    from rasid.ner.features import sentence_features

    t0 = time.perf_counter()
    sents = read_bio(Path(data_dir) / "newsfane" / "train.tsv")
    if limit:
        sents = sents[:limit]
    folded = [([fold(t) for t in toks], tags) for toks, tags in sents]
    train_s, dev_s = split(folded)
    # the segmenter and the frequency feature read the counts of the train part, as in training
    vocab = Counter(f for forms, _ in train_s for f in forms)
    if clusters is None:
        clusters = word_clusters(Path(data_dir), vocab)
    t_cl = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({**PARAMS, **(params or {})})
    folds = 5
    for k in range(folds):
        rest = [s for i, s in enumerate(train_s) if i % folds != k]
        gaz_k = gazetteer(rest)
        freq_k = Counter(f for forms, _ in rest for f in forms)
        for forms, tags in train_s[k::folds]:
            trainer.append(sentence_features(forms, gaz_k, freq_k, clusters), [tag_map(t, model_class) for t in tags])
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))
    data = {"vocab": dict(sorted(vocab.items())), "gazetteer": gazetteer(train_s),
            "clusters": dict(sorted(clusters.items()))}
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    vocab_path(out_path).write_bytes(gzip.compress(blob, mtime=0))
    t1 = time.perf_counter()
    tagger = CrfTagger(out_path)
    gold = [[tag_map(t, coarse) for t in tags] for _, tags in dev_s]
    pred = [[tag_map(t, coarse) for t in tagger.tag_forms(forms)] for forms, _ in dev_s]
    t2 = time.perf_counter()
    n_dev_tokens = sum(len(f) for f, _ in dev_s)
    scores = score_bio(gold, pred)
    return {
        "dev": scores,
        "train_sentences": len(train_s),
        "dev_sentences": len(dev_s),
        "train_seconds": round(t1 - t0, 1),
        "cluster_seconds": round(t_cl - t0, 1),
        "dev_tokens_per_second": round(n_dev_tokens / max(t2 - t1, 1e-9)),
        "model_bytes": out_path.stat().st_size,
        "params": {**PARAMS, **(params or {})},
    }
