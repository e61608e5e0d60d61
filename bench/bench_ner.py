"""Speed of the CRF entity tagger, alone and inside the pipeline, on one core.

1. Tagger tokens/s on the newsfane dev sentences (gold sub-tokens: fold, features, CRF
   Viterbi), with marginals, and read as one document (the document-context features and
   label history, as :func:`rasid.ner.predict_mentions` tags an article).
2. :func:`predict_mentions` on SaudiNewsNet articles (segmentation + tagging + offsets), tokens/s.
3. Full pipeline articles/s (rasid.analyze) without and with the tagger, measured in the same run;
   the ratio is what the tagger adds (if the entity stage already calls the tagger, "without"
   includes it too and the ratio shows only a second call).

    .venv/bin/python bench/bench_ner.py [--n 200]
"""

from __future__ import annotations

import argparse
import json
import os
import time
import zipfile
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import rasid  # noqa: E402
from rasid.evaluation.ner import read_bio  # noqa: E402
from rasid.ner import predict_mentions  # noqa: E402
from rasid.ner.crf import load_tagger  # noqa: E402
from rasid.text.normalize import fold  # noqa: E402
from rasid.training.ner import split  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def articles(n: int) -> list[str]:
    out: list[str] = []
    for zp in sorted((DATA / "saudinewsnet").glob("*.zip"))[:2]:
        with zipfile.ZipFile(zp) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name)):
                    text = "\n".join(x for x in (art.get("title"), art.get("content")) if x)
                    if 300 <= len(text) <= 20000:
                        out.append(text)
                    if len(out) >= n:
                        return out
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200, help="articles for the pipeline runs")
    args = ap.parse_args()
    tagger = load_tagger()
    if tagger is None:
        raise SystemExit("no model in rasid/models: run `rasid train ner` first")

    _, dev = split(read_bio(DATA / "newsfane" / "train.tsv"))
    forms = [[fold(t) for t in toks] for toks, _ in dev]
    n_tok = sum(map(len, forms))
    t0 = time.perf_counter()
    for f in forms:
        tagger.tag_forms(f)
    t1 = time.perf_counter()
    for f in forms:
        tagger.tag_with_marginals(f)
    t2 = time.perf_counter()
    as_document = hasattr(tagger, "tag_document")  # the tagger before document context had no such method
    if as_document:
        tagger.tag_document(forms)
    t3 = time.perf_counter()
    print(f"tagger (Viterbi)         {n_tok / (t1 - t0):>10,.0f} tokens/s  ({n_tok} dev tokens)")
    print(f"tagger (with marginals)  {n_tok / (t2 - t1):>10,.0f} tokens/s")
    if as_document:
        print(f"tagger (one document)    {n_tok / (t3 - t2):>10,.0f} tokens/s")

    texts = articles(args.n)
    if not texts:
        raise SystemExit("no SaudiNewsNet articles found under ../shared/data/saudinewsnet")
    docs = [rasid.analyze(t) for t in texts[:1]]  # warm up lexicons
    t0 = time.perf_counter()
    docs = [rasid.analyze(t) for t in texts]
    t1 = time.perf_counter()
    n_mentions = 0
    for d in docs:
        n_mentions += len(predict_mentions(d))
    t2 = time.perf_counter()
    base = len(texts) / (t1 - t0)
    ner_only = sum(len(d.tokens) for d in docs) / (t2 - t1)
    with_ner = len(texts) / ((t1 - t0) + (t2 - t1))
    print(f"predict_mentions         {ner_only:>10,.0f} run-time tokens/s  ({n_mentions} mentions in {len(texts)} articles)")
    print(f"pipeline without tagger  {base:>10,.1f} articles/s (baseline)")
    print(f"pipeline with tagger     {with_ner:>10,.1f} articles/s  ratio {with_ner / base:.2f}x baseline")


if __name__ == "__main__":
    main()
