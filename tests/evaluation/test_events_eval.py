"""Pure scorers of the event evaluation, on hand-computed cases."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from rasid.evaluation.events import (
    Prediction,
    argument_scores,
    best_threshold,
    best_variant_f1,
    code_match,
    detection_scores,
    fold_of,
    format_table,
    prf,
    token_f1,
    train_logistic,
    words,
)
from rasid.extract.events import detector_score

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events"


def test_prf_hand_computed():
    s = prf(tp=3, fp=1, fn=2)
    assert s["precision"] == pytest.approx(0.75)
    assert s["recall"] == pytest.approx(0.6)
    assert s["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert prf(0, 0, 0)["f1"] == 0.0


def test_detection_scores_keep_difficult_no_apart():
    labels = ["yes", "yes", "easy no", "easy no", "difficult no", "difficult no"]
    detected = [True, False, True, False, True, False]
    s = detection_scores(labels, detected)
    # tp=1 fn=1 fp=1 (the easy no only): P=R=F1=0.5
    assert (s["precision"], s["recall"], s["f1"]) == (0.5, 0.5, 0.5)
    assert s["difficult_no_flagged"] == 0.5 and s["difficult_no_n"] == 2
    # counting the flagged difficult no as a false positive: P=1/3, R=1/2, F1=0.4
    assert s["f1_with_difficult"] == pytest.approx(0.4)


def test_words_fold_and_strip_punctuation():
    assert words("«المتظاهرون» أمام، البرلمان") == ["المتظاهرون", "امام", "البرلمان"]
    assert words(["قوات الأمن", "(الشرطة)"]) == ["قوات", "الامن", "الشرطه"]
    assert words(None) == []


def test_token_f1_hand_computed():
    assert token_f1(["a", "b"], ["b", "c", "d"]) == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert token_f1([], []) == 1.0
    assert token_f1(["a"], []) == 0.0
    assert token_f1(["a", "a"], ["a"]) == pytest.approx(2 * 0.5 * 1 / 1.5)  # duplicates count once each


def test_best_variant_takes_the_closest_coder():
    assert best_variant_f1(["a"], [["a", "b"], ["a"]]) == 1.0
    assert best_variant_f1(["x"], [["a"], []]) == 0.0
    assert best_variant_f1([], [["a"], []]) == 1.0  # a coder who left the slot empty agrees with none


def test_code_match_best_coder_and_none_strings():
    roles = [{"main": "None", "role": "CVL"}, {"main": "EGY", "role": "COP"}, {}, "UNKNOWN"]
    assert code_match(("EGY", "COP"), roles) == (True, True)
    assert code_match((None, "CVL"), roles) == (True, True)
    assert code_match((None, None), roles) == (True, False)
    assert code_match(("EGY", "COP"), [{}, "UNKNOWN"]) is None


def test_argument_scores_hand_computed():
    records = [
        {"spans": [
            {"source_actor": ["المتظاهرون"], "target_actor": [], "source_role": {"main": "None", "role": "CVL"}, "target_role": {}},
            {"source_actor": ["المتظاهرون", "الغاضبون"], "target_actor": ["الحكومه"], "source_role": {"main": "None", "role": "CVL"}, "target_role": {"main": "None", "role": "GOV"}},
        ]},
        {"spans": [{"source_actor": ["الجيش"], "target_actor": [], "source_role": {"main": "TUR", "role": "MIL"}, "target_role": {}}]},
        {"spans": [{"source_actor": [], "target_actor": [], "source_role": {}, "target_role": {}}]},
    ]
    preds = [
        Prediction(True, source="المتظاهرون", target=None, source_code=(None, "CVL")),
        Prediction(False),
        Prediction(True),
    ]
    s = argument_scores(records, preds)
    # slots: rec1 source 1.0, rec1 target 1.0 (coder 1 left it empty), rec2 source 0.0 (missed); rec3 has no slot
    assert s["slots"] == 3
    assert s["source_f1"] == pytest.approx(0.5) and s["target_f1"] == pytest.approx(1.0)
    assert s["argument_f1"] == pytest.approx(2 / 3)
    assert s["argument_f1_detected"] == pytest.approx(1.0)
    # codes: rec1 source (None, CVL) right; rec1 target is empty for rasid and coder 1 (F1 1.0), so there is
    # no actor to code and the slot is skipped, although coder 2 coded GOV
    assert s["coded_slots"] == 1
    assert s["actor_accuracy"] == pytest.approx(1.0)
    assert s["country_accuracy"] == pytest.approx(1.0) and s["sector_accuracy"] == pytest.approx(1.0)
    # an empty slot that every coder filled still counts as a wrong code
    s = argument_scores(records[1:2], [Prediction(True)])
    assert s["coded_slots"] == 1 and s["actor_accuracy"] == 0.0


def test_logistic_learns_a_separable_feature_and_threshold():
    xs = [{"bias": 1.0, "good": 1.0}] * 10 + [{"bias": 1.0}] * 30
    ys = [1] * 10 + [0] * 30
    w = train_logistic(xs, ys)
    assert w["good"] > 1.0
    z = w["bias"] + w["good"]
    assert 1 / (1 + math.exp(-z)) > 0.5 > 1 / (1 + math.exp(-w["bias"]))
    assert best_threshold([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]) == 0.8


def test_folds_are_stable_and_spread():
    assert fold_of("abc", 5) == fold_of("abc", 5)
    assert len({fold_of(str(i), 5) for i in range(100)}) == 5


def test_format_table_lists_each_type():
    scores = {"types": {"PROTEST": {
        "detection": {"precision": 0.5, "recall": 0.5, "f1": 0.5, "fold_f1_mean": 0.5, "fold_f1_sd": 0.1, "difficult_no_flagged": 0.2},
        "n": {"yes": 1, "easy no": 2, "difficult no": 3},
    }}}
    table = format_table(scores)
    assert "PROTEST" in table and "1/2/3" in table


@pytest.mark.skipif(not DATA.exists(), reason="../shared/data/events is not beside the checkout")
def test_evaluate_dir_runs_on_the_dev_data():
    from rasid.evaluation.events import evaluate_dir

    s = evaluate_dir(DATA, folds=3)
    for t in ("PROTEST", "ASSAULT"):
        d = s["types"][t]["detection"]
        assert 0.0 <= d["f1"] <= 1.0 and len(d["fold_f1"]) == 3
        assert s["types"][t]["arguments"]["records"] > 100
        assert 0.0 < s["types"][t]["agreement"]["held_out_coder"]["f1"] < s["types"][t]["agreement"]["ceiling_f1"] <= 1.0
        assert 0.0 <= s["types"][t]["detection_majority"]["f1"] <= 1.0
    # PROTEST's coders split far more often than ASSAULT's: less of its score is left to any detector
    assert s["types"]["PROTEST"]["agreement"]["ceiling_f1"] < s["types"]["ASSAULT"]["agreement"]["ceiling_f1"]
    # arguments are scored as the default install runs them (rules); ASSAULT's opt-in learned fill, cross-validated, too
    assert s["types"]["ASSAULT"]["arguments"]["method"] == "rules"
    assert s["types"]["ASSAULT"]["arguments_fill"]["method"] == "rules + learned fill (3-fold CV)"
    assert s["types"]["PROTEST"]["arguments"]["method"] == "rules" and "arguments_fill" not in s["types"]["PROTEST"]
    assert "(rules + learned fill (3-fold CV), opt-in: argF1" in format_table(s)


def test_fit_detector_drops_rare_features_and_uses_the_neutral_threshold():
    from rasid.evaluation.events import fit_detector

    xs = [{"bias": 1.0, "w=تظاهر": 1.0}] * 6 + [{"bias": 1.0, "w=رشق": 1.0}] * 6 + [{"bias": 1.0, "once": 1.0}] + [{}]
    labels = ["yes"] * 6 + ["easy no"] * 6 + ["yes", "yes"]
    model = fit_detector(xs, labels)
    assert model["threshold"] == 0.5
    assert "once" not in model["weights"]  # seen in one training sentence only
    assert model["weights"]["w=تظاهر"] > 0 > model["weights"]["w=رشق"]


def test_ambiguous_sentences_train_by_their_coders_votes():
    from rasid.evaluation.events import (
        _targets,
        detection_scores,
        fit_detector,
        sentence_label,
    )

    assert sentence_label({"label": "ambiguous", "accept": "2", "reject": "1"}) == 2 / 3
    assert sentence_label({"label": "ambiguous", "accept": "0", "reject": "0"}) is None  # no votes: nothing to learn
    assert sentence_label({"label": "ambiguous", "accept": "x", "reject": "1"}) is None
    assert sentence_label({"label": "difficult no", "accept": "1", "reject": "2"}) == "difficult no"
    assert _targets(0.75) == [(1, 0.75), (0, 0.25)] and _targets(1.0) == [(1, 1.0)] and _targets(0.0) == [(0, 1.0)]
    assert _targets("difficult no") == [(0, 0.5)] and _targets("other") == []
    xs = [{"bias": 1.0, "w=a": 1.0}] * 4 + [{"bias": 1.0, "w=b": 1.0}] * 4
    # a unanimous share trains exactly as the hard label
    assert fit_detector(xs, [1.0] * 4 + [0.0] * 4) == fit_detector(xs, ["yes"] * 4 + ["easy no"] * 4)
    # a sentence most coders call an event pulls its words towards one, less than a unanimous one does
    base = fit_detector(xs + [{"bias": 1.0, "w=c": 1.0}] * 2, ["yes"] * 4 + ["easy no"] * 4 + ["easy no"] * 2)
    split = fit_detector(xs + [{"bias": 1.0, "w=c": 1.0}] * 2, ["yes"] * 4 + ["easy no"] * 4 + [0.75] * 2)
    full = fit_detector(xs + [{"bias": 1.0, "w=c": 1.0}] * 2, ["yes"] * 4 + ["easy no"] * 4 + ["yes"] * 2)
    assert base["weights"]["w=c"] < 0 < split["weights"]["w=c"] < full["weights"]["w=c"]
    # a word seen in one ambiguous sentence is seen in one sentence, not two: dropped like any rare feature
    once = fit_detector(xs + [{"bias": 1.0, "w=d": 1.0}], ["yes"] * 4 + ["easy no"] * 4 + [0.75])
    assert "w=d" not in once["weights"]
    # the setting ``ambiguous=False`` leaves them out, as if they were not there
    without = fit_detector(xs + [{"bias": 1.0, "w=c": 1.0}] * 2, ["yes"] * 4 + ["easy no"] * 4 + [0.75] * 2, ambiguous=False)
    assert without == fit_detector(xs, ["yes"] * 4 + ["easy no"] * 4)
    # and it is never scored: detection counts yes and easy no only
    assert detection_scores(["yes", 0.75, "easy no"], [True, True, False])["precision"] == 1.0


def test_fit_detector_learns_shared_features_from_the_other_types():
    from rasid.evaluation.events import _borrows, _other_rows, fit_detector

    # in this type's own sentences a past-tense verb says nothing (half the positives, half the negatives) ...
    xs = [{"bias": 1.0, "row=a": 1.0, "verb_past": 1.0}] * 3 + [{"bias": 1.0, "row=a": 1.0}] * 3
    xs += [{"bias": 1.0, "row=a": 1.0, "verb_past": 1.0}] * 3 + [{"bias": 1.0, "row=a": 1.0}] * 3
    labels = ["yes"] * 6 + ["easy no"] * 6
    # ... in the other type's it marks every report; their rows and words are theirs alone
    oxs = [{"bias": 1.0, "row=b": 1.0, "w=x": 1.0, "verb_past": 1.0}] * 10 + [{"bias": 1.0, "row=b": 1.0, "w=y": 1.0}] * 10
    olabels = ["yes"] * 10 + ["easy no"] * 10
    alone = fit_detector(xs, labels)
    joint = fit_detector(xs, labels, others=(oxs, olabels))
    assert abs(alone["weights"].get("verb_past", 0.0)) < 0.05
    assert joint["weights"]["verb_past"] > 0.3
    assert not any(k in joint["weights"] for k in ("row=b", "w=x", "w=y")) and not any(k[0] in "=~" for k in joint["weights"])
    assert detector_score({"bias": 1.0, "row=a": 1.0, "verb_past": 1.0}, joint) > detector_score({"bias": 1.0, "row=a": 1.0}, joint)
    # only a type with few positives borrows: PROTEST's 40, not ASSAULT's 160
    assert _borrows(["yes"] * 40 + ["easy no"] * 800) and not _borrows(["yes"] * 160 + ["easy no"] * 1100)
    # the held-out fold of the other types stays out of training too
    assert _other_rows([(oxs[:2], olabels[:2], [0, 1])], 1) == ([oxs[0]], [olabels[0]]) and _other_rows([], None) is None


def test_predict_reads_argument_evidence_and_codes_from_the_event():
    from rasid.document import Document, Event
    from rasid.evaluation.events import predict

    text = "اعتقلت الشرطة المصرية 30 متظاهرا"
    ev = Event(0, 6, id="e1", type="COERCE", source_start=7, source_end=21, target_start=25, target_end=32, source_country="EGY", source_sector="COP", target_sector="CVL")
    doc = Document(text=text, events=[ev])
    p = predict(doc, "COERCE")
    assert p.detected and p.source == "الشرطة المصرية" and p.target == "متظاهرا"
    assert p.source_code == ("EGY", "COP") and p.target_code == (None, "CVL")
    assert predict(doc, "ASSAULT") == Prediction(False)
    # a negated event is no detection
    doc.events[0].modality = "negated"
    assert not predict(doc, "COERCE").detected


def test_fit_detector_can_leave_out_the_sentence_words():
    from rasid.evaluation.events import fit_detector

    xs = [{"bias": 1.0, "row=a": 1.0, "w=x": 1.0}] * 6 + [{"bias": 1.0, "row=b": 1.0, "w=x": 1.0}] * 6
    labels = ["yes"] * 6 + ["easy no"] * 6
    model = fit_detector(xs, labels, l2=0.1, threshold=0.4, words=False)
    assert model["threshold"] == 0.4 and "w=x" not in model["weights"] and model["weights"]["row=a"] > 0


def test_nested_cv_chooses_each_setting_without_the_held_out_fold():
    from rasid.evaluation.events import DETECTOR_GRID, THRESHOLD_GRID, nested_cv

    xs, labels, keys = [], [], []
    for i in range(60):
        good = i % 3 == 0
        xs.append({"bias": 1.0, "good" if good else "bad": 1.0})
        labels.append("yes" if good else "easy no")
        keys.append(f"s{i}")
    folds = [fold_of(k, 5) for k in keys]
    detected, chosen = nested_cv(xs, labels, keys, folds, 5)
    assert len(chosen) == 5
    for c in chosen:
        assert {k: c[k] for k in ("l2", "min_count", "words", "ambiguous")} in DETECTOR_GRID and c["threshold"] in THRESHOLD_GRID
    assert detected == [lab == "yes" for lab in labels]


def test_setting_selection_breaks_ties_towards_the_default():
    from rasid.evaluation.events import DEFAULT_SETTING, select_setting

    xs, labels, keys = [], [], []
    for i in range(60):  # separable: every setting and cut scores F1 1.0 on every inner split
        good = i % 3 == 0
        xs.append({"bias": 1.0, "good" if good else "bad": 1.0})
        labels.append("yes" if good else "easy no")
        keys.append(f"s{i}")
    chosen = select_setting(xs, labels, keys)
    assert {k: chosen[k] for k in DEFAULT_SETTING} == DEFAULT_SETTING and chosen["inner_f1"] == 1.0


def test_vector_norm_and_standardise_hand_computed():
    from rasid.extract.events import VECTOR_SCALE, standardise, vector_norm

    rows = [{"bias": 1.0, "vec0": 1.0, "vec1": 2.0}, {"bias": 1.0, "vec0": 3.0, "vec1": 2.0}, {"bias": 1.0}]
    norm = vector_norm(rows)
    assert norm["mean"] == [2.0, 2.0] and norm["sd"] == [1.0, 1.0]  # a constant dimension keeps spread 1, not 0
    out = standardise({"bias": 1.0, "vec0": 3.0, "vec1": 2.0}, norm)
    assert out["bias"] == 1.0 and out["vec1"] == 0.0
    assert math.isclose(out["vec0"], VECTOR_SCALE / math.sqrt(2))
    assert vector_norm([{"bias": 1.0}]) is None and standardise({"a": 2.0}, None) == {"a": 2.0}


def test_dense_descent_takes_the_same_steps_as_the_plain_one():
    pytest.importorskip("numpy")
    import random

    rnd = random.Random(7)
    rows = [{"bias": 1.0, "a": float(rnd.random() < 0.5), "x": rnd.gauss(0, 1), "y": rnd.gauss(0, 1)} for _ in range(60)]
    ys = [int(r["x"] + 0.5 * r["a"] + rnd.gauss(0, 0.5) > 0) for r in rows]
    plain = train_logistic(rows, ys, l2=0.05)  # no vector keys: the plain-Python loop
    dense = train_logistic([{("vec0" if k == "x" else "vec1" if k == "y" else k): v for k, v in r.items()} for r in rows], ys, l2=0.05)
    assert plain["x"] > 0.5
    assert dense == {("vec0" if k == "x" else "vec1" if k == "y" else k): v for k, v in plain.items()}


def test_fit_detector_standardises_sentence_vectors_and_scores_with_them():
    pytest.importorskip("numpy")
    from rasid.evaluation.events import fit_detector
    from rasid.extract.events import detector_score

    # the label follows vec0, which sits far from zero and varies little: it only helps once standardised
    xs = [{"bias": 1.0, "vec0": 10.0 + 0.01 * (i % 5), "vec1": 0.3} for i in range(20)]
    xs += [{"bias": 1.0, "vec0": 9.9 - 0.01 * (i % 5), "vec1": 0.3} for i in range(20)]
    labels = ["yes"] * 20 + ["easy no"] * 20
    model = fit_detector(xs, labels)
    assert model["vector_norm"]["mean"][0] > 9.9 and model["weights"]["vec0"] > 0
    assert detector_score(xs[0], model) > 0.5 > detector_score(xs[-1], model)


def test_vector_detector_needs_its_extra(monkeypatch):
    from rasid.errors import RasidError
    from rasid.evaluation.events import evaluate_dir
    from rasid.text import vectors

    monkeypatch.setattr(vectors, "_model", lambda: None)
    with pytest.raises(RasidError, match="embeddings"):
        evaluate_dir(Path("."), vectors=True)
