"""The stacked-CRF experiment (rasid.training.ner_stack, training only): stage 1 is trained exactly as
``rasid.training.ner.train`` trains a model without document context (the model shipped in session 6), the stacked features see stage-1 output and
neighbour counts only, and the whole experiment runs on a tiny invented corpus."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.ner.test_tagger import write_corpus


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("data"))


def test_stage1_is_the_training_without_context(data: Path, tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    from rasid.evaluation.ner import read_bio
    from rasid.text.normalize import fold
    from rasid.training.ner import split, train
    from rasid.training.ner_stack import fit_stage1

    params = {"max_iterations": 20}
    train(data, tmp_path / "a.crfsuite", params=params, clusters={}, use_context=False)
    sents = read_bio(data / "newsfane" / "train.tsv")
    tr, _ = split([([fold(t) for t in toks], tags) for toks, tags in sents])
    fit_stage1(tr, {}, tmp_path / "b.crfsuite", params=params)
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
    assert (tmp_path / "a.vocab.json.gz").read_bytes() == (tmp_path / "b.vocab.json.gz").read_bytes()


def test_stack_features_context() -> None:
    from rasid.training.ner_stack import (
        LABELS,
        contexts,
        sentence_counts,
        stack_features,
    )

    forms = ["قال", "سامر", "في", "زحلة"]
    labels = ["O", "B-PER", "O", "B-GPE"]
    marg = [[1.0 if y == lab else 0.0 for y in LABELS] for lab in labels]
    neigh = [sentence_counts(["سامر", "زار", "زحلة"], ["B-PER", "O", "O"]), None,
             sentence_counts(["سامر"], ["B-ORG"])]
    cf, cs = contexts(1, 3, lambda j: True, neigh, forms, k=1)
    assert cf["سامر"] == Counter({"PER": 1, "ORG": 1}) and cf["زحلة"] == Counter({"O": 1})
    f = stack_features([["b"] for _ in forms], forms, (labels, marg), cf, cs)
    assert "y0=B-PER" in f[1] and "m0=B-PER|4" in f[1] and "cxe=PER|d" in f[1]
    assert "cx=O|d" in f[3] and "cxy=O|GPE" in f[3] and "cx=none" in f[0]


def test_run_tiny(data: Path, tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    from rasid.training.ner import train
    from rasid.training.ner_stack import block_check, run

    s1 = tmp_path / "s1" / "ner-crf.crfsuite"
    train(data, s1, params={"max_iterations": 20}, clusters={})
    res = run(data, tmp_path / "out", s1, log=lambda m: None)
    for k in ("stage1", "stage2_oof", "stage2_full"):
        assert res[k]["micro"]["support"] == res["stage1"]["micro"]["support"] > 0
    assert (tmp_path / "out" / "s2.crfsuite").exists()
    blk = block_check(data, tmp_path / "out", s1, log=lambda m: None)
    assert blk["stage1"]["micro"]["support"] == blk["stage2"]["micro"]["support"] > 0

    # the two-pass run-time path (used by --bench): mentions with exact offsets
    from rasid.document import Document
    from rasid.ner.crf import load_tagger
    from rasid.text import sentences_stage, tokens_stage
    from rasid.training.ner_stack import StackedTagger, predict_mentions_stacked

    doc = tokens_stage(sentences_stage(Document(text="قال سامر في زحلة إن الوفد وصل.")))
    mentions = predict_mentions_stacked(doc, StackedTagger(load_tagger(s1), tmp_path / "out" / "s2.crfsuite"))
    assert all(doc.text[m.start : m.end].strip() == doc.text[m.start : m.end] and m.end > m.start for m in mentions)
