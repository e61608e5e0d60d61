"""Distributional word clusters learned from unlabelled news (training time only; needs numpy).

Names are open-class: most names in new text were never seen in annotated
text, but they were seen in unlabelled news, next to the same words as other
names of their kind (``قال X``, ``في مدينه X``, ``X الامريكيه``).  This module
learns, deterministically, word classes from those contexts:

1. Every SaudiNewsNet article (title + content, ``data_dir/saudinewsnet/*.zip``)
   is tokenised and clitic-split exactly as the tagger does at run time
   (:func:`rasid.ner.segment.segment_token` against the training vocabulary), so a
   cluster id is keyed by the folded form the tagger sees.
2. A word × context matrix counts the words at offsets -2, -1, +1, +2 (the most
   frequent ``n_context`` forms, each offset its own column block).
3. Positive PMI (context distribution smoothed to the power 0.75), then a
   randomized truncated SVD (fixed seed) gives each word a dense vector.
4. Spherical k-means (k-means++ seeding with a fixed seed) at several sizes gives
   cluster ids at several granularities, coarse classes generalising and fine
   ones telling apart first names, family names, cities and organisations.

Only the cluster ids are kept and shipped (in the vocab file); never the text.
On one machine the result is bit-for-bit repeatable; BLAS differences between
machines could move a handful of borderline words.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Iterator, Mapping

from rasid.ner.segment import segment_token
from rasid.text.normalize import fold
from rasid.text.tokens import TOKEN_RE, PUNCT_KIND

SIZES = (64, 256, 1024)
NUM = "<num>"


def article_texts(data_dir: Path) -> Iterator[str]:
    """Title and content of every SaudiNewsNet article, in file and array order."""
    for zp in sorted((Path(data_dir) / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zp) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for art in json.loads(zf.read(name)):
                    text = "\n".join(x for x in (art.get("title"), art.get("content")) if x)
                    if text:
                        yield text


def corpus_forms(texts: Iterator[str], vocab: Mapping[str, int]) -> Iterator[list[str]]:
    """Per article, the folded sub-token forms the tagger would see."""
    cache: dict[str, list[str]] = {}
    for text in texts:
        out: list[str] = []
        for m in TOKEN_RE.finditer(text):
            kind = m.lastgroup or "punct"
            s = m.group()
            if kind == "word":
                forms = cache.get(s)
                if forms is None:
                    segs, _, _ = segment_token(s, "word", vocab)
                    forms = cache[s] = [g.form for g in segs]
                out.extend(forms)
            elif kind == "number":
                out.append(NUM)
            elif kind == "latin":
                out.append(fold(s))
            elif s in PUNCT_KIND:
                out.append(fold(s))
        yield out


def build_clusters(data_dir: Path, vocab: Mapping[str, int], *, min_count: int = 5, max_words: int = 60000,
                   n_context: int = 2000, dim: int = 160, sizes: tuple[int, ...] = SIZES,
                   max_articles: int | None = None, seed: int = 0) -> dict[str, list[int]]:
    """``{form: [cluster id per size]}`` for the frequent Arabic forms of SaudiNewsNet ({} if absent)."""
    targets, vec = build_vectors(data_dir, vocab, min_count=min_count, max_words=max_words, n_context=n_context,
                                 dim=dim, min_targets=max(sizes), max_articles=max_articles, seed=seed)
    if vec is None:
        return {}
    return clusters_of(targets, vec, sizes, seed)


def clusters_of(targets: list[str], vec, sizes: tuple[int, ...] = SIZES, seed: int = 0) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """``{form: [cluster id per size]}`` from the word vectors of :func:`build_vectors`."""
    out: dict[str, list[int]] = {w: [] for w in targets}
    for k in sizes:
        lab = _spherical_kmeans(vec, k, seed)
        for w, c in zip(targets, lab.tolist()):
            out[w].append(int(c))
    return out


def build_vectors(data_dir: Path, vocab: Mapping[str, int], *, min_count: int = 5, max_words: int = 60000,
                  n_context: int = 2000, dim: int = 160, min_targets: int = 1,
                  max_articles: int | None = None, seed: int = 0):  # type: ignore[no-untyped-def]
    """``(forms, vectors)``: the frequent Arabic forms of SaudiNewsNet, most frequent first, and their
    unit-length PPMI-SVD vectors (float32, one row per form); ``([], None)`` without the corpus."""
    import numpy as np

    texts = article_texts(data_dir)
    docs: list[list[str]] = []
    for k, forms in enumerate(corpus_forms(texts, vocab)):
        if max_articles is not None and k >= max_articles:
            break
        docs.append(forms)
    if not docs:
        return [], None
    counts: Counter[str] = Counter(f for d in docs for f in d)
    ranked = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    targets = [w for w, c in ranked if c >= min_count and _is_word(w)][:max_words]
    contexts = [w for w, _ in ranked[:n_context]]
    if len(targets) < min_targets:
        return [], None
    tid = {w: i for i, w in enumerate(targets)}
    cid = {w: i for i, w in enumerate(contexts)}
    offsets = (-2, -1, 1, 2)
    n_cols = len(contexts) * len(offsets)
    keys: list[np.ndarray] = []
    for d in docs:
        t = np.fromiter((tid.get(f, -1) for f in d), dtype=np.int64, count=len(d))
        c = np.fromiter((cid.get(f, -1) for f in d), dtype=np.int64, count=len(d))
        for b, off in enumerate(offsets):
            if off < 0:
                tt, cc = t[-off:], c[:off]
            else:
                tt, cc = t[:-off], c[off:]
            ok = (tt >= 0) & (cc >= 0)
            keys.append(tt[ok] * n_cols + b * len(contexts) + cc[ok])
    allk = np.concatenate(keys)
    del keys, docs
    uniq, cnt = np.unique(allk, return_counts=True)
    m = np.zeros((len(targets), n_cols), dtype=np.float32)
    m[uniq // n_cols, uniq % n_cols] = cnt
    # PPMI with the context distribution smoothed (alpha 0.75), in place: log(max(x, 1)) = max(log x, 0)
    row = m.sum(axis=1, keepdims=True)
    col = m.sum(axis=0, keepdims=True) ** 0.75
    col = col / col.sum()
    m *= 1.0 / np.maximum(row, 1.0)
    m /= np.maximum(col, 1e-12)
    np.maximum(m, 1.0, out=m)
    np.log(m, out=m)
    pmi = m
    vec = _svd_vectors(pmi, dim, seed)
    del pmi, m
    return targets, vec


def _is_word(w: str) -> bool:
    return len(w) >= 2 and "\u0621" <= w[0] <= "\u064a"


def _svd_vectors(a, dim: int, seed: int):  # type: ignore[no-untyped-def]
    """Rows of ``a`` projected on its top ``dim`` singular directions (U·sqrt(S)), L2-normalised."""
    import numpy as np

    rng = np.random.default_rng(seed)
    p = dim + 20
    omega = rng.standard_normal((a.shape[1], p)).astype(a.dtype)
    y = a @ omega
    for _ in range(1):  # a power iteration sharpens the spectrum
        q, _r = np.linalg.qr(y)
        z, _r = np.linalg.qr(a.T @ q)
        y = a @ z
    q, _r = np.linalg.qr(y)
    b = q.T @ a
    ub, s, _vt = np.linalg.svd(b, full_matrices=False)
    u = (q @ ub)[:, :dim]
    v = u * np.sqrt(s[:dim])
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return v.astype(np.float32)


def _spherical_kmeans(x, k: int, seed: int, iters: int = 25):  # type: ignore[no-untyped-def]
    """Cluster labels of unit rows ``x`` (cosine k-means, k-means++ seeding)."""
    import numpy as np

    rng = np.random.default_rng(seed + k)
    n = x.shape[0]
    centers = np.empty((k, x.shape[1]), dtype=x.dtype)
    first = int(rng.integers(n))
    centers[0] = x[first]
    d2 = np.maximum(2.0 - 2.0 * (x @ centers[0]), 0.0).astype(np.float64)
    for j in range(1, k):
        pick = int(rng.choice(n, p=d2 / d2.sum())) if d2.sum() > 0 else int(rng.integers(n))
        centers[j] = x[pick]
        d2 = np.minimum(d2, np.maximum(2.0 - 2.0 * (x @ centers[j]), 0.0))
    labels = np.zeros(n, dtype=np.int64)
    for it in range(iters):
        sim = x @ centers.T
        new = sim.argmax(axis=1)
        if it and np.array_equal(new, labels):
            break
        labels = new
        order = np.argsort(labels, kind="stable")
        present, first_idx = np.unique(labels[order], return_index=True)
        sums = np.add.reduceat(x[order], first_idx, axis=0)
        norms = np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
        centers[present] = sums / norms
    # renumber clusters by first appearance in frequency order (stable ids)
    order: dict[int, int] = {}
    for c in labels.tolist():
        if c not in order:
            order[c] = len(order)
    return np.array([order[c] for c in labels.tolist()], dtype=np.int64)
