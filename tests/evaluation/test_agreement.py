"""What the coders' disagreement leaves to any detector, on hand-computed vote counts."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from rasid.evaluation.agreement import (
    agreement,
    fit_mixture,
    held_out_coder,
    oracle_f1,
    vote_counts,
)
from rasid.evaluation.events import format_table, majority_label


def test_vote_counts_read_total_and_accept_and_skip_broken_rows():
    rows = [{"total": "3", "accept": "2"}, {"total": "3", "accept": "2"}, {"total": "2", "accept": "0"},
            {"total": "x", "accept": "1"}, {"total": "2", "accept": "5"}, {"total": "0", "accept": "0"}, {}]
    assert vote_counts(rows) == Counter({(3, 2): 2, (2, 0): 1})


def test_held_out_coder_hand_computed():
    # 3 sentences of each split among three coders.  3/3: whoever is held out agrees with the others (3 tp);
    # 2/3: the others are unanimous yes only when the no-voter is held out (1 in 3: 3 × 1/3 = 1 fn);
    # 1/3: the others are unanimous no only when the yes-voter is held out (1 fp); 0/3: agreement on no
    s = held_out_coder({(3, 3): 3, (3, 2): 3, (3, 1): 3, (3, 0): 3})
    assert s["precision"] == pytest.approx(0.75) and s["recall"] == pytest.approx(0.75) and s["f1"] == pytest.approx(0.75)
    # with two coders the other one alone makes no label: those sentences are left out
    assert held_out_coder({(2, 2): 5, (2, 1): 5, (3, 3): 1})["f1"] == pytest.approx(1.0)


def test_oracle_f1_hand_computed():
    # every sentence is accepted by a coder half the time; with two coders a sentence comes out yes with
    # probability 1/4 and easy no with 1/4; the oracle can only take all (tp 1/4, fp 1/4: F1 2/3) or none
    s = oracle_f1({0.5: 1.0}, {2: 10})
    assert s["f1"] == pytest.approx(2 / 3) and s["cut"] == 0.5
    # a fresh coder says yes half the time: tp 1/8, fp 1/8, fn 1/8 -> F1 1/2
    assert s["fresh_coder_f1"] == pytest.approx(0.5)
    # sentences that are always or never accepted: the oracle is perfect, and so is a fresh coder
    s = oracle_f1({0.0: 0.8, 1.0: 0.2}, {3: 100})
    assert s["f1"] == pytest.approx(1.0) and s["fresh_coder_f1"] == pytest.approx(1.0)
    # one coder makes no label: no sentence counts
    assert oracle_f1({0.5: 1.0}, {1: 10})["f1"] == 0.0


def _expected_votes(mixture: dict[float, float], coders: int, sentences: int) -> Counter:
    return Counter({(coders, k): round(sentences * sum(w * math.comb(coders, k) * p**k * (1 - p) ** (coders - k) for p, w in mixture.items()))
                    for k in range(coders + 1)})


def test_fit_mixture_recovers_the_mixture_that_made_the_votes():
    truth = {0.0: 0.5, 0.4: 0.3, 1.0: 0.2}
    fit = fit_mixture(_expected_votes(truth, 5, 100_000))
    for p, w in truth.items():
        near = sum(x for q, x in fit.items() if abs(q - p) <= 0.011)
        assert near == pytest.approx(w, abs=0.01)
    assert sum(fit.values()) == pytest.approx(1.0)
    assert fit_mixture({}) == {}


def test_agreement_bounds_a_split_pool_below_a_unanimous_one():
    # coders who always agree leave the whole score to the detector; coders who split often do not
    clear = agreement(_expected_votes({0.0: 0.9, 1.0: 0.1}, 3, 1000), resamples=20)
    split = agreement(_expected_votes({0.0: 0.6, 0.3: 0.35, 1.0: 0.05}, 3, 1000), resamples=20)
    assert clear["ceiling_f1"] == pytest.approx(1.0) and clear["held_out_coder"]["f1"] == pytest.approx(1.0)
    assert split["ceiling_f1"] < 0.9 and split["held_out_coder"]["f1"] < split["ceiling_f1"]
    lo, hi = split["ceiling_interval"]
    assert lo <= split["ceiling_f1"] <= hi and split["resamples"] == 20
    assert agreement({}) == {}


def test_majority_label_and_the_table_line():
    assert majority_label({"accept": "2", "reject": "1"}) == "yes"
    assert majority_label({"accept": "1", "reject": "3"}) == "easy no"
    assert majority_label({"accept": "1", "reject": "1"}) is None  # a tie
    assert majority_label({"accept": "0", "reject": "1"}) is None  # one coder is no majority
    assert majority_label({"accept": "?", "reject": "1"}) is None
    scores = {"types": {"PROTEST": {
        "detection": {"precision": 0.5, "recall": 0.5, "f1": 0.5, "fold_f1_mean": 0.5, "fold_f1_sd": 0.1, "difficult_no_flagged": 0.2},
        "detection_majority": {"precision": 0.6, "recall": 0.4, "f1": 0.48},
        "agreement": {"held_out_coder": {"f1": 0.48}, "ceiling_f1": 0.8, "ceiling_interval": [0.64, 0.87], "interval": 0.9},
        "n": {"yes": 1, "easy no": 2, "difficult no": 3},
    }}}
    table = format_table(scores)
    assert "a held-out coder F1 0.48" in table and "0.80 (90% bootstrap 0.64–0.87)" in table
    assert "coders' majority P/R/F1 0.60/0.40/0.48" in table
