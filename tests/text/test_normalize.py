from hypothesis import given, strategies as st

from rasid.text.normalize import fold, fold_with_map


def test_normalize_folds_alef_forms_and_ta_marbuta():
    assert fold("أإآٱ") == "اااا"
    assert fold("الإسلامية") == fold("الاسلاميه") == "الاسلاميه"
    assert fold("سورية") == "سوريه"


def test_normalize_folds_alef_maqsura_hamza_seats_and_persian_letters():
    assert fold("إلى") == "الي"
    assert fold("مسؤول") == "مسوول"
    assert fold("رئيس") == "رييس"
    assert fold("کتاب") == "كتاب"
    assert fold("ی") == "ي"


def test_normalize_removes_tatweel_diacritics_and_stray_damma():
    assert fold("جانباً") == "جانبا"
    assert fold("خصوصاُ") == "خصوصا"
    assert fold("صفاُ") == "صفا"
    assert fold("لـ") == "ل"
    assert fold("مُحَمَّد") == "محمد"


def test_normalize_maps_arabic_indic_and_persian_digits():
    assert fold("١٥٠٠") == "1500"
    assert fold("۲۰۱۴") == "2014"


def test_normalize_decomposes_presentation_forms_and_drops_controls():
    assert fold("\ufefb") == "لا"  # lam-alef ligature
    assert fold("a\u200fb\u202bc") == "abc"
    assert fold("ABC") == "abc"


def test_normalize_map_points_back_to_original_characters():
    text = "قال: \"الإسلامية\" ١٥٠٠ \ufefb"
    f = fold_with_map(text)
    start = f.text.index("الاسلاميه")
    s, e = f.to_original(start, start + len("الاسلاميه"))
    assert text[s:e] == "الإسلامية"
    s, e = f.to_original(f.text.rindex("لا"), f.text.rindex("لا") + 2)
    assert text[s:e] == "\ufefb"


@given(st.text())
def test_normalize_map_is_monotonic_and_in_bounds(text):
    f = fold_with_map(text)
    assert f.text == fold(text)
    assert len(f.starts) == len(f.text) == len(f.ends)
    for a, b in zip(f.starts, f.starts[1:]):
        assert a <= b
    for s, e in zip(f.starts, f.ends):
        assert 0 <= s < e <= len(text)


@given(st.text())
def test_normalize_is_idempotent(text):
    assert fold(fold(text)) == fold(text)
