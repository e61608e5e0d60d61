"""The transformer backend, on a tiny randomly initialised BERT saved to tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.document import Document
from rasid.errors import RasidError
from rasid.text.tokens import tokenize

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

LABELS = ["O", "B-PER", "I-PER", "B-Government", "I-Government", "B-Nation", "I-Nation"]


@pytest.fixture(scope="module")
def bert_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("tinybert")
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "قال", "في", "و", "ال", *"ابتثجحخدذرزسشصضطظعغفقكلمنهوي"]
    (d / "vocab.txt").write_text("\n".join(dict.fromkeys(words)) + "\n", encoding="utf-8")
    tok = transformers.BertTokenizerFast(vocab_file=str(d / "vocab.txt"), do_lower_case=False)
    tok.save_pretrained(str(d))
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=tok.vocab_size, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                                     intermediate_size=32, max_position_embeddings=128,
                                     id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)})
    transformers.BertForTokenClassification(config).save_pretrained(str(d))
    return d


def test_transformer_mentions_are_valid_spans(bert_dir: Path) -> None:
    from rasid.ner.transformer import predict_mentions

    text = "وقال سامر حداد في زحلة إن وزارة الري رحبت به. وقال كريم نجار في صور."
    doc = Document(text=text, tokens=tokenize(text))
    mentions = predict_mentions(doc, bert_dir)
    for m in mentions:
        span = doc.text[m.start : m.end]
        assert span and span == span.strip()
        assert m.label in {"PER", "ORG", "GPE", "LOC", "FAC"} and 0 < m.score <= 1
        assert m.source == "ner:transformer"


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    from rasid.ner.transformer import TransformerTagger

    with pytest.raises(RasidError, match="not found"):
        TransformerTagger(tmp_path / "nope")
