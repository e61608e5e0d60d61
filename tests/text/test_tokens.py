from hypothesis import given, strategies as st

from rasid.text.tokens import article_split, enclitic_splits, proclitic_splits, tokenize


def test_tokens_keep_offsets_and_fold():
    text = "تعهدت حركة طالبان، أمس، إرسال ١٥٠٠ مقاتل"
    toks = tokenize(text)
    assert [text[t.start:t.end] for t in toks] == ["تعهدت", "حركة", "طالبان", "،", "أمس", "،", "إرسال", "١٥٠٠", "مقاتل"]
    assert toks[1].norm == "حركه" and toks[7].norm == "1500" and toks[7].kind == "number"
    assert toks[3].kind == "punct"


def test_tokens_split_clitic_number_and_hyphenated_names():
    toks = tokenize("و1500 طالبان-جماعة")
    assert [t.norm for t in toks] == ["و", "1500", "طالبان", "-", "جماعه"]


def test_tokens_article_split_is_conservative():
    assert article_split("والدوله") == ("و", "الدوله")
    assert article_split("للدوله") == ("ل", "الدوله")
    assert article_split("بالعراق") == ("ب", "العراق")
    assert article_split("وزير") == ("", "وزير")


def test_tokens_proclitic_splits_list_every_reading():
    assert (1, "داعش") in proclitic_splits("لداعش")
    assert (0, "الدوله") in proclitic_splits("للدوله")
    assert (1, "العراق") in proclitic_splits("والعراق")
    assert (2, "العراق") in proclitic_splits("وبالعراق")
    assert proclitic_splits("وزير")[0] == (0, "وزير")


def test_tokens_enclitic_splits_restore_ta_marbuta():
    assert ("حركه", "ه") in enclitic_splits("حركته")
    assert ("جماعه", "ه") in enclitic_splits("جماعته")


@given(st.text())
def test_tokens_offsets_valid_and_ordered_on_random_text(text):
    last = 0
    for t in tokenize(text):
        assert last <= t.start < t.end <= len(text)
        assert not text[t.start:t.end].isspace()
        last = t.end
