"""Tagger features: knowledge-name marks, cluster features, the Wojood reader, word clusters."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from rasid.ner.features import knowledge_marks, sentence_features
from rasid.training.ner import read_wojood

KG = {"الولايات المتحده": "nat", "المتحده": "org", "بيروت": "city", "الامم المتحده": "org"}


def test_knowledge_marks_longest_match_first() -> None:
    forms = ["في", "الولايات", "المتحده", "و", "بيروت", "و", "الامم", "المتحده"]
    assert knowledge_marks(forms, KG) == [None, "Bnat", "Inat", None, "Bcity", None, "Borg", "Iorg"]
    # the article-stripped stem is looked up for a single form
    assert knowledge_marks(["لبيروت"], {"بيروت": "city"}) == [None]
    assert knowledge_marks(["البيروت"], {"بيروت": "city"}) == ["Bcity"]


def test_cluster_and_knowledge_features_present() -> None:
    forms = ["قال", "سامر", "في", "بيروت"]
    cl = {"سامر": [1, 2, 3], "بيروت": [4, 5, 6]}
    feats = sentence_features(forms, {}, {}, cl, {"بيروت": "city"})
    assert {"c0=1", "c1=2", "c2=3", "c01=n"} <= set(feats[1])
    assert "c1-1=2" in feats[2] and "c02=4" in feats[1]
    assert "kg=Bcity" in feats[3] and "kg+1=Bcity" in feats[2]
    # without clusters or knowledge the features are those of the plain model
    plain = sentence_features(forms, {}, {})
    assert not any(f.startswith(("c0", "c1", "c2", "kg")) for fs in plain for f in fs)


def test_wojood_reader_maps_nested_tags(tmp_path: Path) -> None:
    f = tmp_path / "w.txt"
    f.write_text("سكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nفي I-OCC\nنابلس I-OCC B-GPE\n"
                 "وسامر B-PERS\nحداد I-PERS\n$#$ O\n\n", encoding="utf-8")
    train_s = [(["اللجنه", "في", "نابلس"], ["B-Government", "O", "B-Population-Center"])]
    vocab = Counter({"سامر": 5, "اللجنه": 3, "نابلس": 2})
    (forms, tags), = read_wojood(f, vocab, train_s)
    assert forms == ["سكرتير", "اللجنه", "القوميه", "في", "نابلس", "و", "سامر", "حداد"]
    assert tags == ["O", "B-Government", "I-Government", "O", "B-Population-Center", "O", "B-Other_PER", "I-Other_PER"]


def _fake_news(root: Path) -> None:
    (root / "saudinewsnet").mkdir(parents=True)
    names = ["سامر", "نادر", "كريم", "رامي"]
    cities = ["زحلة", "جبيل", "صور", "حماة"]
    arts = []
    for k in range(40):
        n, c = names[k % 4], cities[(k // 4) % 4]
        arts.append({"title": "", "content": f"قال {n} في مدينة {c} إن الوزير {n} زار {c} أمس. " * 3})
    with zipfile.ZipFile(root / "saudinewsnet" / "2015-07-21.zip", "w") as zf:
        zf.writestr("2015-07-21.json", json.dumps(arts, ensure_ascii=False))


def test_clusters_deterministic_and_separate_names_from_cities(tmp_path: Path) -> None:
    pytest.importorskip("numpy")
    from rasid.training.clusters import build_clusters

    _fake_news(tmp_path)
    kw = dict(min_count=1, n_context=20, dim=6, sizes=(3, 6))
    a = build_clusters(tmp_path, {}, **kw)
    b = build_clusters(tmp_path, {}, **kw)
    assert a == b and a
    assert all(len(v) == 2 for v in a.values())
    # words seen in the same contexts share a cluster: the invented first names, apart from the cities
    names = {tuple(a[w]) for w in ("سامر", "نادر", "كريم", "رامي")}
    cities = {tuple(a[w]) for w in ("زحله", "جبيل", "حماه", "صور")}
    assert len(names) == 1 and len(cities) == 1 and names != cities


def test_no_corpus_no_clusters(tmp_path: Path) -> None:
    from rasid.training.ner import word_clusters

    assert word_clusters(tmp_path, {}) == {}


def test_phrase_gazetteer_features() -> None:
    from rasid.training.ner import phrase_gazetteer

    sents = [(["قال", "المجلس", "التنفيذي", "ان"], ["O", "B-Government", "I-Government", "O"]),
             (["في", "بيروت"], ["O", "B-Population-Center"])]
    phr = phrase_gazetteer(sents)
    assert phr == {"المجلس التنفيذي": "ORG"}  # single forms are the per-form gazetteer's job
    feats = sentence_features(["و", "المجلس", "التنفيذي"], {}, {}, None, None, None, phr)
    assert "pg=BORG" in feats[1] and "pg=IORG" in feats[2] and "pg+1=BORG" in feats[0]
    assert not any(f.startswith("pg") for f in sentence_features(["المجلس"], {}, {}, None, None, None, phr)[0])


def test_entity_features_for_fine_classes() -> None:
    from rasid.ner.features import entity_features

    f = entity_features(["قالت", "وزاره", "الخارجيه", "ان"], 1, 3, "ORG", {"وزاره": [1, 2, 3]})
    assert {"h=ORGوزاره", "l=ORGالخارجيه", "hc=ORG3", "w-1=قالت", "w1=ان", "c2=3"} <= set(f)
