"""The neural tagger experiment (rasid.training.ner_neural): a tiny training on an invented corpus
runs in seconds and is deterministic, decoding keeps BIO valid, and the exported ONNX model tags
exactly as the torch model.  Skipped without torch (and, for the export, onnx/onnxruntime)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ner.test_tagger import write_corpus

CFG = {"hidden": 16, "word_dim": 8, "char_dim": 8, "char_filters": 8, "epochs": 12, "batch": 4, "lr": 0.02, "cluster_dims": (4, 4, 4)}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def trained(data):
    pytest.importorskip("torch")
    from rasid.training.ner_neural import train

    return train(data, None, None, CFG, final=True, log=lambda r: None)


def test_constrained_decode_is_valid_bio() -> None:
    np = pytest.importorskip("numpy")
    from rasid.training.ner_neural import LABELS, constrained_decode

    rng = np.random.default_rng(0)
    for _ in range(50):
        p = rng.dirichlet(np.ones(len(LABELS)), size=int(rng.integers(1, 12)))
        tags = [LABELS[k] for k in constrained_decode(np.log(p))]
        prev = "O"
        for t in tags:
            assert not t.startswith("I-") or prev[2:] == t[2:]
            prev = t


def test_tiny_training_learns_and_is_deterministic(data, trained) -> None:
    import torch

    from rasid.training.ner_neural import evaluate, train

    assert evaluate(trained["net"], trained["encoder"], trained["dev"])["micro"]["f1"] > 50
    again = train(data, None, None, CFG, final=True, log=lambda r: None)
    for (k, a), (_, b) in zip(trained["net"].state_dict().items(), again["net"].state_dict().items()):
        assert torch.equal(a, b), k


def test_onnx_round_trip_gives_the_same_tags(trained, tmp_path: Path) -> None:
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    import numpy as np

    from rasid.training.ner_neural import (LABELS, OnnxTagger, constrained_decode, export_onnx, probabilities,
                                           quantize_embeddings, vocab_data)

    net, enc = trained["net"], trained["encoder"]
    quantize_embeddings(net)
    export_onnx(net, tmp_path / "ner-neural.onnx")
    (tmp_path / "ner-neural.vocab.json.gz").write_bytes(vocab_data(enc, enc.freq, trained["cfg"]))
    tagger = OnnxTagger(tmp_path / "ner-neural.onnx")
    for forms, _ in trained["dev"] + [(["قال", "نادر", "حداد", "في", "صور"], None), (["مجهول"], None)]:
        p = probabilities(net, enc, forms)
        assert np.abs(p - tagger.probabilities(forms)).max() < 1e-4
        assert tagger.tag_forms(forms) == [LABELS[k] for k in constrained_decode(np.log(p + 1e-9))]
