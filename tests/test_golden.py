"""Whole-document expectations: the seed article (read from ../shared) and our own test articles.

Each ``tests/golden/<case>.json`` lists facts a careful human coder expects. Entities are referred to by a
part of their English name (``"name_en": "Shahid"``) or by the text of one of their mentions
(``"mention": "قوات الأمن"``). Every check is on the output of the general pipeline: nothing here is
special-cased in the stages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rasid
from rasid.text.normalize import fold

GOLDEN = Path(__file__).parent / "golden"
ROOT = GOLDEN.parent.parent  # "source" paths are relative to the repository root (../shared sits beside it)
CASES = sorted(p.stem for p in GOLDEN.glob("*.json"))
LAYERS = ("entities", "times", "quantities", "quotes", "events", "relations")


def load_case(case: str) -> tuple[dict, rasid.Document]:
    spec = json.loads((GOLDEN / f"{case}.json").read_text(encoding="utf-8"))
    source = (ROOT / spec["source"]).resolve() if "source" in spec else GOLDEN / f"{case}.txt"
    if not source.exists():
        pytest.skip(f"{source} is not available")
    return spec, _analyze(str(source), spec.get("published"))


_DOCS: dict[tuple[str, str | None], rasid.Document] = {}


def _analyze(path: str, published: str | None) -> rasid.Document:
    key = (path, published)
    if key not in _DOCS:
        _DOCS[key] = rasid.analyze(Path(path).read_text(encoding="utf-8"), published=published)
    return _DOCS[key]


# --- resolving references --------------------------------------------------------------------------
def entities_named(doc: rasid.Document, ref: str) -> list[rasid.document.Entity]:
    ref_l = ref.lower()
    return [e for e in doc.entities if ref_l in (e.name_en or "").lower() or ref == e.actor]


def entity_ids(doc: rasid.Document, ref: str | None = None, mention: str | None = None) -> set[str]:
    if mention is not None:
        return {m.entity for m in doc.mentions if m.entity and fold(doc.text[m.start:m.end]) == fold(mention)}
    return {e.id for e in entities_named(doc, ref or "")}


def acting_for(doc: rasid.Document, ids: set[str]) -> set[str]:
    """``ids`` plus the people the record ties to them as leader or spokesperson: an organisation acts through them."""
    return ids | {r.head for r in doc.relations if r.type in ("leader_of", "spokesperson_of") and r.tail in ids}


def timex_value(doc: rasid.Document, tid: str | None) -> str | None:
    return next((t.value for t in doc.times if t.id == tid), None)


def contains_words(surface: str, want: str) -> bool:
    """Is ``want`` a whole-word part of the mention ``surface`` (رويترز in وكالة رويترز)?"""
    return f" {fold(want)} " in f" {fold(surface)} "


def same(a: str, b: str) -> bool:
    return fold(a) == fold(b)


# --- per-layer checks: each returns a list of problems ---------------------------------------------
def check_entities(doc, spec) -> list[str]:
    problems = []
    for exp in spec["entities"]:
        if "mention" in exp:
            ids = entity_ids(doc, mention=exp["mention"])
            cands = [doc.entity(i) for i in ids]
        else:
            cands = entities_named(doc, exp["name_en"])
        ok = []
        for ent in cands:
            surfaces = {fold(doc.text[m.start:m.end]) for m in doc.mentions if m.entity == ent.id}
            if all(any(contains_words(s, want) for s in surfaces) for want in exp.get("mentions", [])) and all(
                getattr(ent, key) == exp[key] for key in ("label", "country", "sector") if key in exp
            ):
                ok.append(ent)
        if not ok:
            problems.append(f"entity {exp} not found; candidates: {[(e.name_en, e.label, e.country, e.sector) for e in cands]}")
    return problems


def check_times(doc, spec) -> list[str]:
    problems = []
    for exp in spec["times"]:
        found = False
        for t in doc.times:
            text = doc.text[t.start:t.end]
            if "text" in exp and not same(text, exp["text"]):
                continue
            if "contains" in exp and fold(exp["contains"]) not in fold(text):
                continue
            if "value" in exp and t.value != exp["value"]:
                continue
            if "value_startswith" in exp and not (t.value or "").startswith(exp["value_startswith"]):
                continue
            if "consistent" in exp and t.consistent is not exp["consistent"]:
                continue
            if "calendar" in exp and t.calendar != exp["calendar"]:
                continue
            found = True
        if not found:
            problems.append(f"time {exp} not found in {[(doc.text[t.start:t.end], t.value) for t in doc.times]}")
    return problems


def check_quantities(doc, spec) -> list[str]:
    problems = []
    for exp in spec["quantities"]:
        found = any(
            fold(exp["contains"]) in fold(doc.text[q.start:q.end])
            and q.low == exp.get("low", q.low)
            and q.high == exp.get("high", q.high)
            and ("unit" not in exp or q.unit == fold(exp["unit"]))
            and ("unit_startswith" not in exp or (q.unit or "").startswith(fold(exp["unit_startswith"])))
            and ("approx" not in exp or q.approx == exp["approx"])
            for q in doc.quantities
        )
        if not found:
            problems.append(f"quantity {exp} not found in {[(doc.text[q.start:q.end], q.low, q.high, q.unit, q.approx) for q in doc.quantities]}")
    return problems


def check_quotes(doc, spec) -> list[str]:
    problems = []
    for exp in spec["quotes"]:
        cands = [q for q in doc.quotes if fold(doc.text[q.start:q.end]).startswith(fold(exp["starts"]))]
        ok = []
        for q in cands:
            if "direct" in exp and q.direct != exp["direct"]:
                continue
            if "contains" in exp and fold(exp["contains"]) not in fold(doc.text[q.start:q.end]):
                continue
            if "speaker" in exp and q.speaker not in entity_ids(doc, exp["speaker"]):
                continue
            if "speaker_mention" in exp and not (q.speaker_start is not None and same(doc.text[q.speaker_start:q.speaker_end], exp["speaker_mention"])):
                continue
            if "channel" in exp and q.channel not in entity_ids(doc, exp["channel"]):
                continue
            ok.append(q)
        if not ok:
            problems.append(f"quote {exp} not found; candidates {[(q.direct, q.speaker, q.speaker_start, q.channel) for q in cands]}")
    return problems


def check_events(doc, spec) -> list[str]:
    problems = []
    for exp in spec["events"]:
        def matches(ev) -> bool:
            if "type" in exp and ev.type != exp["type"]:
                return False
            for role, attr in (("source", "source_actor"), ("target", "target_actor"), ("claimed_by", "claimed_by")):
                if role in exp and getattr(ev, attr) not in acting_for(doc, entity_ids(doc, exp[role])):
                    return False
            for loc in exp.get("locations", []):
                if not set(ev.locations) & entity_ids(doc, loc):
                    return False
            if "time" in exp and timex_value(doc, ev.time) != exp["time"]:
                return False
            if "modality" in exp and ev.modality != exp["modality"]:
                return False
            if "quantity" in exp:
                q = next((q for q in doc.quantities if q.id == ev.quantity), None)
                if q is None or [q.low, q.high] != exp["quantity"]:
                    return False
            if "trigger_contains" in exp and fold(exp["trigger_contains"]) not in fold(doc.text[ev.start:ev.end]):
                return False
            return True

        if not any(matches(ev) for ev in doc.events):
            problems.append(f"event {exp} not found")
    if problems:
        problems.append("events: " + "; ".join(describe_event(doc, ev) for ev in doc.events))
    return problems


def describe_event(doc, ev) -> str:
    name = lambda i: (doc.entity(i).name_en or doc.entity(i).name) if doc.entity(i) else None  # noqa: E731
    return f"{name(ev.source_actor)} {ev.type}/{ev.mode} {name(ev.target_actor)} «{doc.text[ev.start:ev.end]}» {ev.modality} t={timex_value(doc, ev.time)} locs={[name(l) for l in ev.locations]} q={ev.quantity}"


def check_relations(doc, spec) -> list[str]:
    problems = []
    for exp in spec["relations"]:
        heads = entity_ids(doc, mention=exp["head_mention"]) if "head_mention" in exp else entity_ids(doc, exp["head"])
        ok = False
        for r in doc.relations:
            if r.type != exp["type"] or r.head not in heads:
                continue
            if "tail" in exp and r.tail not in entity_ids(doc, exp["tail"]):
                continue
            if "tail_time" in exp and timex_value(doc, r.tail) != exp["tail_time"]:
                continue
            ok = True
        if not ok:
            problems.append(f"relation {exp} not found in {[(r.type, r.head, r.tail) for r in doc.relations]}")
    return problems


@pytest.mark.parametrize("layer", LAYERS)
@pytest.mark.parametrize("case", CASES)
def test_golden_expectations(case: str, layer: str) -> None:
    spec, doc = load_case(case)
    problems = globals()[f"check_{layer}"](doc, spec)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("case", CASES)
def test_golden_spans_are_exact_evidence(case: str) -> None:
    _, doc = load_case(case)
    record = doc.to_dict(tokens=True)
    for layer in ("sentences", "tokens", "mentions", "times", "quantities", "quotes", "events", "relations"):
        for item in record[layer]:
            assert 0 <= item["start"] <= item["end"] <= len(doc.text)
            assert item["text"] == doc.text[item["start"]:item["end"]]
    for m in doc.mentions:
        assert doc.text[m.start:m.end].strip() == doc.text[m.start:m.end], "mention spans are trimmed"
