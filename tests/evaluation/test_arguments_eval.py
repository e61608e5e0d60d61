"""The learned-argument experiment (rasid.evaluation.arguments) on hand-written sentences."""

from __future__ import annotations

from rasid.api import analyze
from rasid.evaluation.arguments import (
    SLOTS,
    bio,
    build_sample,
    coded_prediction,
    combine,
    cross_validate,
    decode,
    locate,
    medoid,
    rules_prediction,
)
from rasid.evaluation.events import argument_scores, pick_event
from rasid.extract.events import load_lexicon

# Toy convention the rules do not follow: the coders take the place after أمام / قرب as the protest's target.
TOY = [
    ("تظاهر الطلاب أمام وزارة التعليم في بغداد أمس.", "الطلاب", "وزارة التعليم"),
    ("تظاهر المئات من الأطباء أمام البرلمان.", "الأطباء", "البرلمان"),
    ("احتج المعلمون أمام مقر المحافظة يوم الأحد.", "المعلمون", "مقر المحافظة"),
    ("تظاهر الفلاحون قرب مبنى البلدية.", "الفلاحون", "مبنى البلدية"),
    ("تظاهر العمال أمام المصنع صباح اليوم.", "العمال", "المصنع"),
    ("احتج السكان قرب المطار.", "السكان", "المطار"),
]
HELD_OUT = ("تظاهر الصيادون أمام الميناء.", "الصيادون", "الميناء")
TOY_PARAMS = {"c1": 0.0, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


def record(text: str, source: str, target: str) -> dict:
    return {"_id": text, "text": text, "spans": [{"source_actor": source.split(), "target_actor": target.split(), "verb": text.split()[:1]}]}


def sample(text: str, source: str, target: str, lex):
    doc = analyze(text)
    rec = record(text, source, target)
    return rec, build_sample(doc, pick_event(doc, "PROTEST", [rec["spans"][0]["verb"]]), rec, lex)


def test_medoid_is_the_variant_the_others_agree_with():
    assert medoid([["a", "b"], ["a", "b", "c"], ["a", "b"]]) == 0
    assert medoid([["x"], ["a", "b"], ["a", "b", "c"]]) == 1
    assert medoid([[], [], ["a"]]) == 0  # two coders left it empty
    assert medoid([]) == -1


def test_locate_takes_the_occurrence_nearest_the_trigger():
    sentence = ["الشرطة", "قالت", "ان", "الشرطة", "اعتقلت", "متظاهرين"]
    assert locate(sentence, ["الشرطة"], near=4) == (3, 4)
    assert locate(sentence, ["الشرطة"], near=0) == (0, 1)
    assert locate(sentence, ["قالت", "الشرطة"], near=4) == (1, 4)  # not contiguous: the hull of the nearest words
    assert locate(sentence, ["غائب"], near=0) is None


def test_bio_gives_the_target_overlaps():
    assert bio(5, {"source": (0, 2), "target": (1, 3)}) == ["B-S", "B-T", "I-T", "O", "O"]
    assert bio(3, {"source": None, "target": None}) == ["O", "O", "O"]


def test_crf_learns_a_toy_convention_with_exact_offsets():
    lex = load_lexicon()
    pairs = [sample(*row, lex) for row in TOY] + [sample(*HELD_OUT, lex)]
    records, samples = [p[0] for p in pairs], [p[1] for p in pairs]
    assert all(s.event is not None for s in samples)
    held = samples[-1]
    assert held.labels == ["O", "B-S", "O", "B-T"]
    assert rules_prediction(held).target is None  # the rules do not follow the toy convention
    fold_ids = [0] * len(TOY) + [1]
    learned = cross_validate(samples, fold_ids, folds=2, params=TOY_PARAMS)
    spans = learned[-1]
    text = held.doc.text
    assert {slot: text[a:b] for slot, (a, b) in spans.items()} == {"source": "الصيادون", "target": "الميناء"}
    for slot in SLOTS:  # offsets are exact and trimmed: no punctuation, no space
        a, b = spans[slot]
        assert text[a:b] == text[a:b].strip(" .")
    pred = coded_prediction(held, combine(held, spans, "learned"), lex)
    assert (pred.source, pred.target) == ("الصيادون", "الميناء.")  # scored on whole words, as the coders' tokens are
    filled = combine(held, spans, "fill")  # the CRF only where the rules are empty
    assert filled["target"] == spans["target"]
    rule_source = (held.event.source_start, held.event.source_end)
    assert filled["source"] == (rule_source if rule_source[0] is not None else spans["source"])
    # the scorer path: cross-validated predictions go through the rules' own scorer
    scores = argument_scores(records[-1:], [pred])
    assert scores["argument_f1"] == 1.0


def test_decode_keeps_the_run_nearest_the_trigger():
    lex = load_lexicon()
    _, s = sample("تظاهر الطلاب أمام وزارة التعليم في بغداد أمس.", "الطلاب", "وزارة التعليم", lex)
    labels = ["O", "B-S", "O", "B-T", "I-T", "O", "B-T", "O"]
    spans = decode(s, labels)
    text = s.doc.text
    assert text[slice(*spans["source"])] == "الطلاب"
    assert text[slice(*spans["target"])] == "وزارة التعليم"
    assert decode(s, ["O"] * 8) == {"source": None, "target": None}
