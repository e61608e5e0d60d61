"""Throughput of the full pipeline on one core, with peak memory.

Corpus: the seed article (../shared/examples/seed.txt) and SaudiNewsNet articles of seed size
(1,500–3,000 characters), repeated to --n articles. The baseline, measured in the same run, is the
text-only pipeline (sentences + tokens), so the printed ratio shows what the extraction stages cost; the
full pipeline is also timed without the learned tagger (dictionary and rules only: "before" the tagger).

    .venv/bin/python bench/bench_pipeline.py [--n 500] [--long]

``--long`` also times 120 distinct articles joined into one document (about 265 KB) against the same
articles analysed one by one: a ratio near 1 means the cost of a document grows linearly with its length.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import rasid  # noqa: E402
from rasid.extract import entities  # noqa: E402
from rasid.pipeline import Pipeline  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def corpus(n: int) -> list[str]:
    texts = [(SHARED / "examples" / "seed.txt").read_text(encoding="utf-8")]
    zips = sorted((SHARED / "data" / "saudinewsnet").glob("*.zip"))[:2]
    for zp in zips:
        with zipfile.ZipFile(zp) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name)):
                    content = art.get("content") or ""
                    if 1500 <= len(content) <= 3000:
                        texts.append(content)
                    if len(texts) >= 200:
                        break
    return [texts[i % len(texts)] for i in range(n)]


def run(pipeline: Pipeline, texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        rasid.analyze(t, published="2015-07-21", pipeline=pipeline)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--vectors", action="store_true", help="also time the optional event_vectors stage (extra embeddings) on 50 distinct articles")
    ap.add_argument("--long", action="store_true", help="also time one long document against the same text as separate articles")
    args = ap.parse_args()
    texts = corpus(args.n)
    chars = sum(map(len, texts)) / len(texts)
    base = Pipeline(["sentences", "tokens"])
    full = Pipeline()
    run(full, texts[:20])  # warm lexicon and model caches
    base_rate = run(base, texts)
    full_rate = run(full, texts)
    entities.USE_TAGGER = False
    rules_rate = run(Pipeline(), texts)
    entities.USE_TAGGER = True
    tracemalloc.start()  # a separate, slower pass: tracing would distort the timing above
    run(full, texts[:50])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(texts)} articles, mean {chars:.0f} characters (seed + SaudiNewsNet, repeated)")
    print(f"baseline (sentences+tokens): {base_rate:8.1f} articles/s")
    print(f"without the tagger         : {rules_rate:8.1f} articles/s  = {rules_rate / base_rate:.3f} x baseline")
    print(f"full pipeline              : {full_rate:8.1f} articles/s  = {full_rate / base_rate:.3f} x baseline")
    print(f"target 100 articles/s      : {full_rate / 100:.2f} x target")
    print(f"peak traced Python memory while analysing: {peak / 2**20:.1f} MiB; process max RSS {rss:.0f} MiB")
    if args.vectors:  # distinct articles, empty cache: every sentence with an event is encoded once
        from rasid.text import vectors

        distinct = list(dict.fromkeys(texts))[:50]
        plain_rate = run(full, distinct)
        vectors._CACHE.clear()
        vector_rate = run(Pipeline(list(full.names) + ["event_vectors"]), distinct)
        print(f"with event_vectors ({len(distinct)} distinct articles): {vector_rate:8.2f} articles/s = {vector_rate / plain_rate:.3f} x full pipeline ({plain_rate:.1f}/s)")
    if args.long:
        distinct = list(dict.fromkeys(corpus(200)))[:120]
        start = time.perf_counter()
        for t in distinct:
            rasid.analyze(t, published="2015-07-21")
        separate = time.perf_counter() - start
        joined = "\n\n".join(distinct)
        start = time.perf_counter()
        rasid.analyze(joined, published="2015-07-21")
        whole = time.perf_counter() - start
        print(f"one document of {len(joined):,} characters: {whole:.2f} s = {whole / separate:.2f} x its {len(distinct)} articles one by one ({separate:.2f} s)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
