"""Real newspaper text: SaudiNewsNet articles (read from ../shared, never copied) through the whole pipeline.

Every record must validate against the schema, every span must be evidence inside the text, and the layers
must point at each other consistently (quote speakers and event actors are entities of the document).
"""

from __future__ import annotations

import json
import zipfile

import pytest

import rasid
from conftest import SHARED
from rasid.schema import record_schema

jsonschema = pytest.importorskip("jsonschema")
CORPUS = SHARED / "data" / "saudinewsnet"
ARTICLES = 120


def articles(n: int) -> list[dict]:
    """``n`` articles spread over the corpus files (every file's first articles, in file order)."""
    zips = sorted(CORPUS.glob("*.zip"))
    if not zips:
        pytest.skip("../shared/data/saudinewsnet is not beside the checkout")
    out: list[dict] = []
    per_file = max(1, n // len(zips) + 1)
    for path in zips:
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                out += json.loads(zf.read(name))[:per_file]
    return out[:n]


@pytest.fixture(scope="module")
def records() -> list[tuple[str, rasid.Document]]:
    docs = []
    for art in articles(ARTICLES):
        text = art.get("content") or ""
        docs.append((text, rasid.analyze(text, published=(art.get("date_extracted") or "")[:10] or None)))
    return docs


def test_corpus_records_validate_and_spans_are_evidence(records):
    schema = record_schema()
    for text, doc in records:
        record = doc.to_dict()
        jsonschema.validate(record, schema)
        for layer, span in doc.spans():
            assert 0 <= span.start <= span.end <= len(text), (layer, span)
        for layer, items in record.items():
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and "start" in item:
                    assert item["text"] == text[item["start"] : item["end"]], (layer, item)


def test_corpus_layers_refer_to_entities_of_the_document(records):
    for _, doc in records:
        ids = {e.id for e in doc.entities}
        mentions = {m.id for m in doc.mentions}
        assert all(set(e.mentions) <= mentions for e in doc.entities)
        assert all(m.entity in ids for m in doc.mentions if m.entity)
        assert all(q.speaker in ids for q in doc.quotes if q.speaker)
        assert all(ev.source_actor in ids for ev in doc.events if ev.source_actor)
        assert all(ev.target_actor in ids for ev in doc.events if ev.target_actor)
        assert all(set(ev.locations) <= ids for ev in doc.events)


def test_corpus_finds_what_news_is_made_of(records):
    """Not a score: a floor that catches a stage silently dying on real text."""
    assert len(records) == ARTICLES
    with_entities = sum(bool(doc.entities) for _, doc in records)
    with_times = sum(bool(doc.times) for _, doc in records)
    assert with_entities >= 0.9 * ARTICLES
    assert with_times >= 0.5 * ARTICLES
    assert sum(len(doc.quotes) for _, doc in records) >= ARTICLES // 2
    assert sum(len(doc.events) for _, doc in records) >= ARTICLES // 2
