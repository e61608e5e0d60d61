"""The clitic segmenter: vocabulary-checked splits and an offset round-trip property."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.ner.segment import segment_token, split_word
from rasid.text.normalize import fold

VOCAB = {"وزير": 50, "زير": 0, "كان": 80, "قال": 90, "بين": 40, "حكومه": 30, "قول": 20, "مدينه": 10}


def parts(w: str) -> list[str]:
    return [w[a:b] for a, b, _ in split_word(w, VOCAB)]


def test_conjunction_split_only_when_vocabulary_agrees() -> None:
    assert parts("وكان") == ["و", "كان"]
    assert parts("وزير") == ["وزير"]  # not و + زير
    assert parts("وجوتشولك") == ["و", "جوتشولك"]  # unknown word after و


def test_pronoun_suffixes_and_preposition_pronoun() -> None:
    assert parts("بينهم") == ["بين", "هم"]
    assert parts("له") == ["ل", "ه"]  # newsfane writes ل ه
    assert parts("لكن") == ["لكن"]  # not ل + كن
    assert parts("لهم") == ["ل", "هم"]
    segs = split_word("حكومته", VOCAB)
    assert [s[2] for s in segs] == ["حكومه", "ه"]  # ta marbuta restored in the form


def test_article_and_prepositions_stay_attached() -> None:
    assert parts("بالمدينه") == ["بالمدينه"]
    assert parts("والمدينه") == ["و", "المدينه"]


arabic = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءؤئ\u064b\u064e\u064f\u0650\u0651\u0652\u0640", min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(arabic)
def test_segments_round_trip(surface: str) -> None:
    segs, starts, ends = segment_token(surface, "word", VOCAB)
    folded = fold(surface)
    assert "".join(s.text for s in segs) == folded
    pos = 0
    for s in segs:
        assert s.fstart == pos and s.fend > s.fstart
        pos = s.fend
        assert 0 <= starts[s.fstart] < ends[s.fend - 1] <= len(surface)


def test_unknown_word_keeps_an_initial_fa_unless_the_rest_is_known():
    vocab = {"قال": 9, "واشنطن": 5}
    assert [f for _, _, f in split_word("فولفسبورغ", vocab)] == ["فولفسبورغ"]  # a name, not ف + ولفسبورغ
    assert [f for _, _, f in split_word("فواشنطن", vocab)] == ["ف", "واشنطن"]
    assert [f for _, _, f in split_word("وفولفسبورغ", vocab)] == ["و", "فولفسبورغ"]
