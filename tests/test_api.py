"""Bad input never produces a traceback: a valid (possibly empty) record or a clear InputError."""

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import rasid
from rasid.api import MAX_CHARS
from rasid.schema import record_schema

jsonschema = pytest.importorskip("jsonschema")


def valid(doc: rasid.Document) -> None:
    record = json.loads(doc.to_json(tokens=True))
    jsonschema.validate(record, record_schema())
    for layer, span in doc.spans():
        assert 0 <= span.start <= span.end <= len(doc.text), layer


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "The quick brown fox jumps over the lazy dog. Nothing Arabic here!",
        "قال Obama إن «الوضع» in Syria صعب جدا. ثم غادر 3 times.",
        "<p>قالت <b>الحكومة</b> إن &quot;الوضع&quot; مستقر</p><script>alert(1)</script>",
        "\u202bقال الوزير\u202c \u200fإن\u200e الوضع \u2066مستقر\u2069.",
        "\ufeffبسم الله",
        '"""«««»»»“”“',
        "ﻻ ﷲ ﻷ",
        "٢٠١٤/١٠/٥ ۲۰۱۴",
    ],
)
def test_api_odd_input_gives_valid_record(text):
    doc = rasid.analyze(text, published="2014-10-05")
    assert doc.text == text.replace("\ufeff", " ", 1) if text.startswith("\ufeff") else doc.text == text
    valid(doc)


def test_api_invalid_utf8_is_a_clear_error():
    with pytest.raises(rasid.InputError, match="not valid UTF-8"):
        rasid.analyze(b"\xff\xfe\xfa broken")


def test_api_utf8_bytes_are_accepted():
    assert rasid.analyze("قال الوزير".encode()).text == "قال الوزير"


def test_api_bad_date_is_a_clear_error():
    with pytest.raises(rasid.InputError, match="ISO date"):
        rasid.analyze("نص", published="5/10/2014")


def test_api_oversize_input_is_refused(monkeypatch):
    monkeypatch.setattr("rasid.api.MAX_CHARS", 100)
    with pytest.raises(rasid.InputError, match="limit"):
        rasid.analyze("ا" * 101)


def test_api_multi_megabyte_article_is_processed():
    para = "وقال المتحدث باسم الوزارة إن القوات قتلت 12 مسلحا في هجوم على بلدة قرب دمشق أمس السبت. "
    text = para * (2_000_000 // len(para))
    assert len(text) < MAX_CHARS
    doc = rasid.analyze(text, published="2014-10-05")
    assert len(doc.sentences) > 10_000


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_api_random_unicode_spans_are_valid(text):
    doc = rasid.analyze(text, published="2014-10-05")
    for _, span in doc.spans():
        assert 0 <= span.start <= span.end <= len(text)


ARABIC_NEWSY = st.lists(
    st.sampled_from(["قال", "إن", "«", "»", '"', "،", ".", ":", "أمس", "السبت", "حركة", "طالبان", "داعش", "في", "العراق",
                     "و1500", "ألف", "ما بين", "مقاتل", "المتحدث باسم", "وأضاف", "نفى", "هجوم", "على", "\n", "1436", "رمضان"]),
    max_size=60,
).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(ARABIC_NEWSY)
def test_api_random_newsy_text_gives_schema_valid_record(text):
    valid(rasid.analyze(text, published="2014-10-05"))
