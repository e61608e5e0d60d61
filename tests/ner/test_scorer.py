"""The conlleval-style scorer against hand-computed counts."""

from __future__ import annotations

import pytest

from rasid.evaluation.ner import chunks, format_table, score_bio


def test_chunks_conlleval_convention() -> None:
    # I- after O starts an entity; a type change starts a new one
    assert chunks(["O", "I-PER", "I-PER", "B-ORG", "I-GPE", "O"]) == {(1, 3, "PER"), (3, 4, "ORG"), (4, 5, "GPE")}
    assert chunks(["B-PER", "B-PER", "I-PER"]) == {(0, 1, "PER"), (1, 3, "PER")}
    assert chunks(["B-LOC"]) == {(0, 1, "LOC")}


def test_chunks_read_bioes() -> None:
    # S- is a one-word entity and E- ends one: two adjacent S-PER are two people
    assert chunks(["S-PER", "S-PER", "B-ORG", "I-ORG", "E-ORG", "O", "S-GPE"]) == {(0, 1, "PER"), (1, 2, "PER"), (2, 5, "ORG"), (6, 7, "GPE")}
    assert chunks(["B-PER", "E-PER", "I-PER"]) == {(0, 2, "PER"), (2, 3, "PER")}


def test_bioes_rewrite_keeps_the_entities() -> None:
    from rasid.evaluation.ner import to_bioes

    bio = ["B-PER", "I-PER", "O", "B-ORG", "B-ORG", "I-GPE", "I-GPE", "O", "I-LOC"]
    assert to_bioes(bio) == ["B-PER", "E-PER", "O", "S-ORG", "S-ORG", "B-GPE", "E-GPE", "O", "S-LOC"]
    assert chunks(to_bioes(bio)) == chunks(bio)


def test_misc_is_trained_and_scored_as_outside() -> None:
    from rasid.ner.labels import coarse, tag_map, tagged_type

    assert tag_map("B-Book", tagged_type) == "O" and tag_map("I-Movie", tagged_type) == "O"
    assert tag_map("B-Police", tagged_type) == "B-ORG" and tag_map("B-Book", coarse) == "B-MISC"


def test_partial_boundary_is_fp_and_fn() -> None:
    gold = [["B-PER", "I-PER", "O", "B-ORG", "I-ORG"], ["B-GPE", "O"]]
    pred = [["B-PER", "O", "O", "B-ORG", "I-ORG"], ["B-GPE", "B-GPE"]]
    s = score_bio(gold, pred)
    # PER: gold (0,2) vs pred (0,1): tp 0, fp 1, fn 1
    assert (s["types"]["PER"]["tp"], s["types"]["PER"]["fp"], s["types"]["PER"]["fn"]) == (0, 1, 1)
    assert s["types"]["ORG"]["f1"] == 100.0
    # GPE: tp 1, fp 1 -> P 50, R 100, F1 66.67
    g = s["types"]["GPE"]
    assert (g["precision"], g["recall"], g["f1"]) == (50.0, 100.0, 66.67)
    # micro: tp 2, fp 2, fn 1 -> P 50, R 66.67, F1 57.14
    m = s["micro"]
    assert (m["tp"], m["fp"], m["fn"]) == (2, 2, 1)
    assert (m["precision"], m["recall"], m["f1"]) == (50.0, 66.67, 57.14)
    assert "micro" in format_table(s)


def test_wrong_type_counts_both_ways() -> None:
    s = score_bio([["B-PER", "I-PER"]], [["B-ORG", "I-ORG"]])
    assert s["types"]["PER"]["fn"] == 1 and s["types"]["ORG"]["fp"] == 1 and s["micro"]["f1"] == 0.0


def test_length_mismatch_raises() -> None:
    with pytest.raises(ValueError):
        score_bio([["O"]], [["O", "O"]])
