"""The learned argument fill (rasid.extract.argument_model) on hand-written sentences and a toy model."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from rasid.api import analyze, get_pipeline
from rasid.evaluation.arguments import build_sample, learned_fill_predictions, train
from rasid.evaluation.events import RULE_STAGES, fold_of, pick_event
from rasid.extract import argument_model
from rasid.extract.argument_model import ArgumentModelStage, fill_arguments, load_model, model_path
from rasid.extract.events import ArgSpan, _Context, argument_code, event_arguments, load_lexicon
from rasid.pipeline import DEFAULT_STAGES, Pipeline

# Toy convention the rules do not follow: in انفجرت X قرب Y the place Y is the target.
TOY = [
    ("انفجرت عبوة ناسفة بجوار مبنى البلدية.", "مبنى البلدية"),
    ("انفجرت سيارة مفخخة بجوار السوق.", "السوق"),
    ("انفجرت قنبلة بجوار المستشفى صباح اليوم.", "المستشفى"),
    ("انفجرت عبوة ناسفة بجوار مقر الشرطة.", "مقر الشرطة"),
    ("انفجرت قنبلة بجوار الجامعة.", "الجامعة"),
    ("انفجرت سيارة بجوار المدرسة مساء أمس.", "المدرسة"),
]
HELD_OUT = "انفجرت عبوة بجوار الميناء."
TOY_PARAMS = {"c1": 0.0, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


def rules(text: str):
    return analyze(text, pipeline=get_pipeline(RULE_STAGES))


def record(text: str, target: str) -> dict:
    return {"_id": text, "text": text, "spans": [{"source_actor": [], "target_actor": target.split(), "verb": text.split()[:1]}]}


def samples(rows, lex):
    out = []
    for text, target in rows:
        doc, rec = rules(text), record(text, target)
        s = build_sample(doc, pick_event(doc, "ASSAULT", [rec["spans"][0]["verb"]]), rec, lex)
        s.key = text
        out.append(s)
    return out


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory):
    lex = load_lexicon()
    path = tmp_path_factory.mktemp("argmodel") / "toy.crfsuite"
    train(samples(TOY, lex), path, TOY_PARAMS)
    return path


def test_the_rules_leave_the_toy_target_empty():
    doc = rules(HELD_OUT)
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.target_start is None and ev.target_actor is None and ev.argument_model == []


def test_fill_sets_exact_offsets_codes_and_provenance(toy_model):
    lex = load_lexicon()
    doc = rules(HELD_OUT)
    assert fill_arguments(doc, {"ASSAULT": load_model(str(toy_model))}, lex) == 1
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert doc.text[ev.target_start : ev.target_end] == "الميناء"  # trimmed: no full stop
    assert ev.argument_model == ["target"]
    assert ev.source_start is None  # the toy coders leave the source empty, and so does the model
    sent = doc.sentences[ev.sentence]
    assert sent.start <= ev.target_start < ev.target_end <= sent.end
    assert not (ev.target_start < ev.end and ev.target_end > ev.start)  # never the trigger
    ctx = _Context(doc, lex)
    assert (ev.target_country, ev.target_sector) == argument_code(ctx, ArgSpan(ev.target_start, ev.target_end, ev.target_actor))
    args = event_arguments(doc)[ev.id]
    assert (args.target.start, args.target.end) == (ev.target_start, ev.target_end)
    record = doc.to_dict()
    (out,) = [e for e in record["events"] if e["type"] == "ASSAULT"]
    assert out["target_text"] == "الميناء" and out["argument_model"] == ["target"]


def test_the_rules_own_arguments_are_left_alone(toy_model):
    doc = rules("هاجم مسلحون قرب المطار.")
    before = [asdict(e) for e in doc.events]
    assert any(e["source_start"] is not None and e["target_start"] is not None for e in before)
    fill_arguments(doc, {"ASSAULT": load_model(str(toy_model))})
    assert [asdict(e) for e in doc.events] == before
    doc = rules("قصفت الطائرات قرب مبنى البلدية أمس.")  # the rules' target stays; only an empty slot may be filled
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    target = (ev.target_start, ev.target_end, ev.target_country, ev.target_sector)
    fill_arguments(doc, {"ASSAULT": load_model(str(toy_model))})
    assert (ev.target_start, ev.target_end, ev.target_country, ev.target_sector) == target
    assert "target" not in ev.argument_model


def test_other_types_are_not_filled(toy_model):
    doc = rules("تظاهر الطلاب أمام وزارة التعليم.")
    before = [asdict(e) for e in doc.events]
    assert fill_arguments(doc, {"ASSAULT": load_model(str(toy_model))}) == 0
    assert [asdict(e) for e in doc.events] == before


def test_the_fill_is_opt_in_and_runs_after_events(toy_model, monkeypatch):
    assert "argument_model" not in DEFAULT_STAGES  # not enabled at run time (round 6c)
    stages = (*RULE_STAGES[: RULE_STAGES.index("events") + 1], "argument_model", *RULE_STAGES[RULE_STAGES.index("events") + 1 :])
    monkeypatch.setattr(argument_model, "model_path", lambda event_type: toy_model)
    doc = analyze(HELD_OUT, pipeline=Pipeline(stages))
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.argument_model == ["target"] and doc.text[ev.target_start : ev.target_end] == "الميناء"
    assert "argument_model" in doc.stages


def test_without_a_model_file_the_stage_keeps_the_rules(monkeypatch, tmp_path):
    monkeypatch.setattr(argument_model, "MODEL_DIR", tmp_path)
    assert not model_path("ASSAULT").exists()
    stage = ArgumentModelStage()
    assert stage.taggers == {"ASSAULT": None}
    doc = rules(HELD_OUT)
    before = [asdict(e) for e in doc.events]
    stage(doc)
    assert [asdict(e) for e in doc.events] == before
    assert fill_arguments(doc) == 0  # the default model path is empty too


def test_shipped_model_is_small():
    path = model_path("ASSAULT")
    if path.exists():
        assert path.stat().st_size < 1_000_000


def test_training_is_deterministic(tmp_path):
    lex = load_lexicon()
    data = samples(TOY, lex)
    train(data, tmp_path / "a.crfsuite", TOY_PARAMS)
    train(data, tmp_path / "b.crfsuite", TOY_PARAMS)
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


def test_cross_validated_fill_never_trains_on_the_held_out_record():
    rows = TOY + [(HELD_OUT, "الميناء")]
    records = [record(t, g) for t, g in rows]
    docs = [rules(t) for t, _ in rows]
    fold_ids = [fold_of(r["_id"], 3) for r in records]
    seen: list[set[str]] = []

    def spy(train_samples, path, params, all_variants):
        seen.append({s.key for s in train_samples})
        train(train_samples, path, TOY_PARAMS, all_variants)

    preds = learned_fill_predictions(records, docs, "ASSAULT", fold_ids, folds=3, trainer=spy)
    assert len(preds) == len(records) and all(p.detected for p in preds)
    trained_folds = sorted({f for f in fold_ids})
    assert len(seen) == len(trained_folds)
    for keys, k in zip(seen, trained_folds):
        held = {r["_id"] for r, f in zip(records, fold_ids) if f == k}
        assert not keys & held  # the model of fold k never saw a record of fold k
        assert keys == {r["_id"] for r, f in zip(records, fold_ids) if f != k}
    for doc in docs:  # the documents are left as the rules made them
        assert all(e.argument_model == [] for e in doc.events)


def test_cross_validation_refuses_documents_filled_by_the_shipped_model(toy_model):
    doc = rules(HELD_OUT)
    fill_arguments(doc, {"ASSAULT": load_model(str(toy_model))})
    with pytest.raises(ValueError):
        learned_fill_predictions([record(HELD_OUT, "الميناء")], [doc], "ASSAULT", [0], folds=2)
