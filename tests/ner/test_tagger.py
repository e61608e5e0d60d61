"""Train on a tiny invented corpus, then predict on invented sentences: offsets exact, clitics excluded."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from rasid.document import Document
from rasid.evaluation.ner import evaluate_file, format_table
from rasid.ner import predict_mentions
from rasid.text import tokens as tokmod

FIRST = ["سامر", "نادر", "كريم", "وسيم", "رامي", "هاني"]
LAST = ["حداد", "عطار", "نجار", "صباغ", "خياط", "دباغ"]
CITY = ["زحلة", "جبيل", "صور", "حماة", "درعا", "اربد"]
ORG = [["حركة", "النور"], ["حزب", "الفجر"], ["مجلس", "الوادي"]]


def corpus() -> list[list[tuple[str, str]]]:
    """Sentences in newsfane form (clitics split, fine tags), built from made-up names."""
    out = []
    for k, (f, l, c, o) in enumerate(itertools.islice(zip(itertools.cycle(FIRST), itertools.cycle(LAST),
                                                        itertools.cycle(CITY), itertools.cycle(ORG)), 48)):
        l = LAST[(k // 6) % 6]
        s = [("و", "O"), ("قال", "O"), (f, "B-Politician"), (l, "I-Politician"), ("في", "O"), (c, "B-Population-Center"),
             ("ان", "O"), (o[0], "B-Group"), (o[1], "I-Group"), ("رحب", "O"), ("ب", "O"), ("ه", "O"), (".", "O")]
        out.append(s)
    return out


def write_corpus(data: Path) -> Path:
    """The invented corpus as ``data/newsfane/train.tsv``, the layout training reads; returns ``data``."""
    (data / "newsfane").mkdir()
    text = "\n\n".join("\n".join(f"{t}\t{g}" for t, g in s) for s in corpus()) + "\n"
    (data / "newsfane" / "train.tsv").write_text(text, encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    from rasid.training.ner import train

    data = write_corpus(tmp_path_factory.mktemp("data"))
    out = data / "model" / "ner-crf.crfsuite"
    result = train(data, out, params={"max_iterations": 40})
    assert out.exists() and result["dev_sentences"] == 4
    assert result["dev"]["micro"]["f1"] > 50
    return out


def _doc(text: str) -> Document:
    doc = Document(text=text)
    doc.tokens = tokmod.tokenize(text)
    return doc


def test_predict_offsets_clitic_free(model: Path) -> None:
    text = "وقال سامر دباغ في زحلة إن حركة النور رحبت به. وقال كريم نجار في صور إن حزب الفجر رحب."
    doc = _doc(text)
    mentions = predict_mentions(doc, model_path=model)
    assert mentions
    for m in mentions:
        span = doc.text[m.start : m.end]
        assert span == span.strip() and span
        assert not span.startswith("و") or span.startswith("وسيم")
        assert m.source == "ner" and m.kind == "name" and 0 < m.score <= 1
        assert m.label in {"PER", "ORG", "GPE", "LOC", "FAC"}
    texts = {(doc.text[m.start : m.end], m.label) for m in mentions}
    assert ("سامر دباغ", "PER") in texts
    assert ("زحلة", "GPE") in texts
    org = [m for m in mentions if m.label == "ORG"]
    assert org and all(m.fine == "Group" for m in org)


def test_clitic_attached_name_excludes_conjunction(model: Path) -> None:
    doc = _doc("قال رامي حداد ووسيم خياط في جبيل.")
    spans = {doc.text[m.start : m.end] for m in predict_mentions(doc, model_path=model)}
    assert "جبيل" in spans
    assert not any(s.startswith("ووسيم") for s in spans)


def test_evaluate_file_uses_given_model(model: Path, tmp_path: Path) -> None:
    f = tmp_path / "gold.tsv"
    f.write_text("\n".join(f"{t}\t{g}" for t, g in corpus()[0]) + "\n", encoding="utf-8")
    scores = evaluate_file(f, model_path=model)
    assert set(scores["types"]) >= {"PER", "GPE", "ORG"}
    assert scores["unscored"] == {}
    book = [("قرا", "O"), ("رامي", "B-Book"), ("حداد", "I-Book"), (".", "O")]  # a MISC name: counted, not scored
    f.write_text("\n".join(f"{t}\t{g}" for t, g in corpus()[0] + book) + "\n", encoding="utf-8")
    scores = evaluate_file(f, model_path=model)
    assert scores["unscored"] == {"MISC": 1} and "MISC" not in scores["types"]
    assert "not scored" in format_table(scores)


def test_no_model_means_no_mentions(tmp_path: Path) -> None:
    assert predict_mentions(_doc("قال سامر حداد."), model_path=tmp_path / "absent.crfsuite") == []


def test_training_is_deterministic(tmp_path: Path) -> None:
    from rasid.training.ner import train

    data = tmp_path / "data"
    (data / "newsfane").mkdir(parents=True)
    text = "\n\n".join("\n".join(f"{t}\t{g}" for t, g in s) for s in corpus()[:20]) + "\n"
    (data / "newsfane" / "train.tsv").write_text(text, encoding="utf-8")
    outs = []
    for k in range(2):
        out = tmp_path / f"m{k}" / "ner-crf.crfsuite"
        train(data, out, params={"max_iterations": 20}, use_knowledge=True)
        outs.append((out.read_bytes(), out.with_name("ner-crf.vocab.json.gz").read_bytes()))
    assert outs[0] == outs[1]


def test_bioes_training_tags_and_scores_in_bioes(tmp_path: Path) -> None:
    from rasid.ner.crf import CrfTagger
    from rasid.training.ner import train

    data = tmp_path / "data"
    data.mkdir()
    write_corpus(data)
    out = tmp_path / "bioes" / "ner-crf.crfsuite"
    res = train(data, out, params={"scheme": "bioes", "max_iterations": 30})
    labels = set(CrfTagger(out)._tagger.labels())
    assert {"S-GPE", "E-PER"} <= labels  # one-word places, last words of two-word names
    assert res["dev"]["micro"]["tp"] > 0
    with pytest.raises(ValueError, match="tag scheme"):
        train(data, tmp_path / "x" / "m.crfsuite", params={"scheme": "bilou"})


def test_coarse_model_recovers_fine_class(model: Path) -> None:
    from rasid.ner.crf import CrfTagger, fine_path

    assert fine_path(model).exists()
    t = CrfTagger(model)
    forms = ["قال", "سامر", "حداد", "في", "زحله", "ان", "حزب", "الفجر", "رحب"]
    tags = t.tag_forms(forms)
    assert all("." not in x for x in tags)  # coarse types; the fine class comes from the classifier
    assert t.fine_class(forms, 6, 8, "ORG") == "Group"
    assert t.fine_class(forms, 4, 5, "GPE") == "Population-Center"
    assert t.fine_class(forms, 1, 3, "PER") is None


def test_form_cache_keeps_features_identical(model: Path) -> None:
    from rasid.ner.crf import CrfTagger
    from rasid.ner.features import sentence_features

    t = CrfTagger(model)
    forms = ["قال", "سامر", "حداد", "ان", "حزب", "الفجر", "و", "حزب", "الفجر", "رحب"]
    want = sentence_features(forms, t.gaz, t.vocab, t.clusters, t.kg, None, t.phrases)
    assert t.features(forms) == want and t.features(forms) == want
