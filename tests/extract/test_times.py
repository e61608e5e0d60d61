"""The times stage: every construction on short sentences written for these tests."""

from __future__ import annotations

import pytest
from hijridate import Hijri
from hypothesis import given, settings, strategies as st

from rasid.api import analyze
from rasid.document import Document, Timex
from rasid.pipeline import Pipeline

PUB = "2014-10-05"  # a Sunday, as in the seed article


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(("sentences", "tokens", "times"))


def run(pipe: Pipeline, text: str, published: str | None = PUB) -> Document:
    return analyze(text, published=published, pipeline=pipe)


def one(pipe: Pipeline, text: str, published: str | None = PUB) -> tuple[Document, Timex]:
    doc = run(pipe, text, published)
    assert len(doc.times) == 1, [(doc.text[t.start:t.end], t.value) for t in doc.times]
    return doc, doc.times[0]


def span(doc: Document, t: Timex) -> str:
    return doc.text[t.start : t.end]


def hijri_day(y: int, m: int, d: int) -> str:
    return Hijri(y, m, d).to_gregorian().isoformat()


def hijri_month(y: int, m: int) -> str:
    first = Hijri(y, m, 1)
    return f"{first.to_gregorian().isoformat()}/{Hijri(y, m, first.month_length()).to_gregorian().isoformat()}"


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, evidence",
    [
        ("وصل الوفد في 5 أكتوبر 2014 إلى الرياض.", "5 أكتوبر 2014"),
        ("صدر القرار بتاريخ 2014/10/05 مساء.", "2014/10/05"),
        ("صدر القرار بتاريخ 5/10/2014 مساء.", "5/10/2014"),
        ("صدر القرار بتاريخ 05-10-2014 مساء.", "05-10-2014"),
        ("صدر القرار بتاريخ ٥/١٠/٢٠١٤ مساء.", "٥/١٠/٢٠١٤"),
        ("وقع الهجوم في الخامس من أكتوبر.", "الخامس من أكتوبر"),
        ("وقع الهجوم في الخامس من شهر أكتوبر 2014.", "الخامس من شهر أكتوبر 2014"),
        ("وصلوا يوم 5 أكتوبر إلى المدينة.", "يوم 5 أكتوبر"),
    ],
)
def test_dates_resolve_to_the_day(pipe, text, evidence):
    doc, t = one(pipe, text)
    assert span(doc, t) == evidence
    assert (t.kind, t.value, t.calendar) == ("date", "2014-10-05", "gregorian")


def test_compound_ordinal_days(pipe):
    doc, t = one(pipe, "بدأ في الحادي والعشرين من سبتمبر.")
    assert t.value == "2014-09-21"
    doc, t = one(pipe, "بدأ في الخامس عشر من سبتمبر.")
    assert t.value == "2014-09-15"


def test_day_and_month_without_year_take_the_latest_past_or_near_future(pipe):
    assert one(pipe, "سيصل في 20 أكتوبر.")[1].value == "2014-10-20"  # 15 days ahead
    assert one(pipe, "وصل في 25 ديسمبر.")[1].value == "2013-12-25"  # 81 days ahead: last year's


def test_day_of_the_current_month(pipe):
    doc, t = one(pipe, "تقرر أن يكون يوم 29 من الشهر الجاري موعدا للاجتماع.")
    assert (span(doc, t), t.value, t.relative) == ("يوم 29 من الشهر الجاري", "2014-10-29", "P0M:XXXX-XX-29")


def test_weekday_with_a_date_checks_consistency(pipe):
    doc, t = one(pipe, "الأحد 5 أكتوبر 2014")
    assert (t.value, t.consistent) == ("2014-10-05", True)
    doc, t = one(pipe, "الاثنين 5 أكتوبر 2014")
    assert (t.value, t.consistent) == ("2014-10-05", False)
    assert any("disagrees" in w for w in doc.warnings)


# --- weekdays and deictic days ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, evidence, value",
    [
        ("وقال السبت إن الوضع هادئ.", "السبت", "2014-10-04"),
        ("قال يوم الأحد إن الوضع هادئ.", "يوم الأحد", "2014-10-05"),  # publication day itself
        ("وصل الخميس إلى عمان.", "الخميس", "2014-10-02"),
        ("وصل مساء الجمعة إلى عمان.", "مساء الجمعة", "2014-10-03"),
        ("التقيا الأحد الماضي في عمان.", "الأحد الماضي", "2014-09-28"),
        ("يلتقيان السبت المقبل في عمان.", "السبت المقبل", "2014-10-11"),
    ],
)
def test_weekdays_resolve_to_the_most_recent_one(pipe, text, evidence, value):
    doc, t = one(pipe, text)
    assert (span(doc, t), t.value) == (evidence, value)


@pytest.mark.parametrize(
    "text, evidence, value, relative",
    [
        ("وصل أمس إلى عمان.", "أمس", "2014-10-04", "-P1D"),
        ("وصل اليوم إلى عمان.", "اليوم", "2014-10-05", "P0D"),
        ("يصل غدا إلى عمان.", "غدا", "2014-10-06", "+P1D"),
        ("وصل أول أمس إلى عمان.", "أول أمس", "2014-10-03", "-P2D"),
        ("وقع الانفجار الليلة الماضية قرب السوق.", "الليلة الماضية", "2014-10-04", "-P1D"),
        ("زار الأسبوع الماضي القاهرة.", "الأسبوع الماضي", "2014-W39", "-P1W"),
        ("زار الشهر الماضي القاهرة.", "الشهر الماضي", "2014-09", "-P1M"),
        ("زار العام الماضي القاهرة.", "العام الماضي", "2013", "-P1Y"),
        ("يزور هذا العام القاهرة.", "هذا العام", "2014", "P0Y"),
        ("وصل قبل ثلاثة أيام إلى عمان.", "قبل ثلاثة أيام", "2014-10-02", "-P3D"),
        ("غادر منذ عامين إلى عمان.", "منذ عامين", "2012", "-P2Y"),
        ("وصل صباح أمس إلى عمان.", "صباح أمس", "2014-10-04", "-P1D"),
    ],
)
def test_deictic_expressions(pipe, text, evidence, value, relative):
    doc, t = one(pipe, text)
    assert (span(doc, t), t.value, t.relative, t.kind) == (evidence, value, relative, "relative")


def test_yesterday_with_its_weekday_is_one_consistent_timex(pipe):
    doc, t = one(pipe, "تعهدت الحركة، أمس السبت، إرسال مقاتلين.")
    assert (span(doc, t), t.value, t.consistent) == ("أمس السبت", "2014-10-04", True)
    assert doc.warnings == []


def test_yesterday_with_a_wrong_weekday_keeps_the_relative_value_and_warns(pipe):
    doc, t = one(pipe, "تعهدت الحركة، أمس الجمعة، إرسال مقاتلين.")
    assert (span(doc, t), t.value, t.consistent) == ("أمس الجمعة", "2014-10-04", False)
    assert len(doc.warnings) == 1 and "FRI" in doc.warnings[0]


def test_today_with_a_bracketed_weekday(pipe):
    doc, t = one(pipe, "أعلنت الوزارة اليوم (الأحد) نتائج التحقيق.")
    assert (span(doc, t), t.value, t.consistent) == ("اليوم (الأحد)", "2014-10-05", True)


def test_until_today(pipe):
    doc, t = one(pipe, "أرسلت لغاية اليوم مقاتلين.")
    assert (span(doc, t), t.value) == ("اليوم", "2014-10-05")


@pytest.mark.parametrize(
    "text",
    [
        "احتفلت المملكة باليوم الوطني في الرياض.",
        "وفي اليوم التالي غادر الوفد.",
        "تكرر ذلك في اليوم نفسه مرتين.",
        "قبل يومين من الهجوم غادر الوفد.",
    ],
)
def test_today_as_the_day_is_not_a_date(pipe, text):
    assert run(pipe, text).times == []


# --- without a publication date --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, relative",
    [
        ("وصل أمس إلى عمان.", "-P1D"),
        ("وقال السبت إن الوضع هادئ.", "weekday:SAT"),
        ("التقيا الأحد الماضي في عمان.", "past:weekday:SUN"),
        ("انشقت الجماعة في ايلول/سبتمبر عن الحركة.", "XXXX-09"),
        ("وقع الهجوم في الخامس من أكتوبر.", "XXXX-10-05"),
        ("زار العام الماضي القاهرة.", "-P1Y"),
        ("بدأت العملية في رمضان الماضي.", "past:hijri:XXXX-09"),
    ],
)
def test_without_publication_date_values_stay_relative(pipe, text, relative):
    doc, t = one(pipe, text, published=None)
    assert (t.value, t.relative) == (None, relative)


def test_without_publication_date_absolute_dates_still_resolve(pipe):
    doc, t = one(pipe, "وصل في 5 أكتوبر 2014 إلى الرياض.", published=None)
    assert t.value == "2014-10-05"
    doc, t = one(pipe, "وصل أمس السبت إلى الرياض.", published=None)
    assert (t.value, t.relative, t.consistent) == (None, "-P1D", None)


# --- years ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, evidence",
    [
        ("تأسست الحركة في 2007 في باكستان.", "2007"),
        ("تأسست الحركة عام 2007 في باكستان.", "عام 2007"),
        ("تأسست الحركة في العام 2007 في باكستان.", "العام 2007"),
        ("تأسست الحركة 2007م في باكستان.", "2007م"),
        ("تأسست الحركة سنة 2007 م في باكستان.", "سنة 2007 م"),
        ("وفي 2007 تأسست الحركة.", "2007"),
        ("تأسست الحركة منذ عام (2007) في باكستان.", "عام (2007)"),
    ],
)
def test_years(pipe, text, evidence):
    doc, t = one(pipe, text)
    assert (span(doc, t), t.kind, t.value) == (evidence, "year", "2007")


def test_coordinated_years(pipe):
    doc = run(pipe, "جرت الانتخابات في 2010 و2014.")
    assert [t.value for t in doc.times] == ["2010", "2014"]


def test_bare_numbers_are_not_years(pipe):
    assert run(pipe, "قتل 2007 شخصا.").times == []


def test_last_year_with_the_year_written_out(pipe):
    doc, t = one(pipe, "بلغت الأرباح خلال العام الماضي 2013 نحو مليار.")
    assert (span(doc, t), t.value) == ("العام الماضي 2013", "2013")


# --- month names in every system ---------------------------------------------------------------

LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول"]
EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"]
MAGHREBI = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
            "دجنبر"]
ALGERIAN = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"]
VARIANTS = [("ابريل", 4), ("إبريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8), ("أوكتوبر", 10),
            ("تشرين اول", 10), ("كانون ثاني", 1)]


@pytest.mark.parametrize(
    "name, month",
    [(n, i + 1) for names in (LEVANTINE, EGYPTIAN, MAGHREBI, ALGERIAN) for i, n in enumerate(names)] + VARIANTS,
)
def test_month_names_with_a_year(pipe, name, month):
    doc, t = one(pipe, f"وقعت الأحداث في {name} 2013 في المدينة.")
    assert (span(doc, t), t.kind, t.value) == (f"{name} 2013", "month", f"2013-{month:02d}")


@pytest.mark.parametrize("name, month", [(n, i + 1) for i, n in enumerate(LEVANTINE)])
def test_month_names_with_a_day(pipe, name, month):
    doc, t = one(pipe, f"وقعت الأحداث يوم 3 {name} 2013.")
    assert t.value == f"2013-{month:02d}-03"


def test_month_without_year_is_the_latest_on_or_before_publication(pipe):
    doc, t = one(pipe, "انشقت الجماعة في ايلول/سبتمبر عن الحركة.")
    assert (span(doc, t), t.kind, t.value) == ("ايلول/سبتمبر", "month", "2014-09")
    assert one(pipe, "انشقت الجماعة في نوفمبر عن الحركة.")[1].value == "2013-11"
    assert one(pipe, "انشقت الجماعة في أكتوبر عن الحركة.")[1].value == "2014-10"


@pytest.mark.parametrize(
    "text, evidence, value",
    [
        ("انشقت في أيلول (سبتمبر) الماضي.", "أيلول (سبتمبر) الماضي", "2014-09"),
        ("انشقت في سبتمبر/أيلول 2012.", "سبتمبر/أيلول 2012", "2012-09"),
        ("انشقت في سبتمبر أيلول 2012.", "سبتمبر أيلول 2012", "2012-09"),
        ("يبدأ في شباط (فبراير) المقبل.", "شباط (فبراير) المقبل", "2015-02"),
        ("وقع في أكتوبر من العام الماضي.", "أكتوبر من العام الماضي", "2013-10"),
        ("وقع في مارس (آذار) 2014.", "مارس (آذار) 2014", "2014-03"),
    ],
)
def test_paired_and_modified_months_are_one_timex(pipe, text, evidence, value):
    doc, t = one(pipe, text)
    assert (span(doc, t), t.value) == (evidence, value)


@pytest.mark.parametrize(
    "text",
    [
        "مارس اللاعب الرياضة منذ صغره.",
        "قالت تيريزا ماي إن بلادها ستغادر.",
        "وقف الطلاب في باب المدرسة.",
        "قال رمضان عبد الله إن شعبان أحمد غادر.",
        "ودعت حركة 6 أبريل إلى التظاهر.",
        "قاد حرب أكتوبر جيل من الضباط.",
        "صلى المصلون صلاة الجمعة في المسجد.",
        "جلس الاثنين معا في المقهى.",
    ],
)
def test_ambiguous_words_are_not_times(pipe, text):
    doc = run(pipe, text)
    assert doc.times == [], [span(doc, t) for t in doc.times]


@pytest.mark.parametrize(
    "text, evidence",
    [
        ("بدأت العملية في مارس الماضي.", "مارس"),
        ("بدأت العملية في 5 مارس.", "5 مارس"),
        ("بدأت العملية خلال شهر تموز.", "شهر تموز"),
        ("بدأت العملية منذ آب.", "آب"),
        ("زارها في ماي 2013.", "ماي 2013"),
    ],
)
def test_ambiguous_months_with_context(pipe, text, evidence):
    doc, t = one(pipe, text)
    assert span(doc, t).startswith(evidence)


def test_clitics_are_left_out_of_the_span(pipe):
    doc, t = one(pipe, "وقع الهجوم وأكتوبر 2013 لم ينته.")
    assert span(doc, t) == "أكتوبر 2013"
    doc, t = one(pipe, "اختيرت عاصمة للسياحة لعام 2017 رسميا.")
    assert (span(doc, t), t.value) == ("لعام 2017", "2017")


# --- Hijri ------------------------------------------------------------------------------------


def test_hijri_month_and_year(pipe):
    doc, t = one(pipe, "بدأت العملية في رمضان 1435.")
    assert (span(doc, t), t.kind, t.calendar) == ("رمضان 1435", "month", "hijri")
    assert t.value == hijri_month(1435, 9)


def test_hijri_day_is_a_gregorian_date(pipe):
    doc, t = one(pipe, "جرى الاعتقال يوم 15 شوال 1436 هـ في الدمام.")
    assert (span(doc, t), t.kind, t.calendar) == ("يوم 15 شوال 1436 هـ", "date", "hijri")
    assert t.value == hijri_day(1436, 10, 15) == "2015-07-31"


def test_hijri_month_without_year_resolves_against_publication(pipe):
    doc, t = one(pipe, "بدأت الحملة في محرم.")  # 2014-10-05 is 11 Dhu al-Hijjah 1435
    assert (t.value, t.relative) == (hijri_month(1435, 1), "hijri:XXXX-01")


@pytest.mark.parametrize(
    "text, value",
    [
        ("صدر القرار في 10/10/1436هـ رسميا.", hijri_day(1436, 10, 10)),
        ("صدر القرار في 2 / 6 / 1436هـ رسميا.", hijri_day(1436, 6, 2)),
        ("انتهت في 20 ذي الحجة 1435 هـ.", hijri_day(1435, 12, 20)),
        ("بدأت في العاشر من محرم 1436.", hijri_day(1436, 1, 10)),
        ("بدأت في شهر رمضان المبارك 1436.", hijri_month(1436, 9)),
        ("بدأت في جمادى الأولى 1436.", hijri_month(1436, 5)),
        ("بدأت في ربيع الآخر 1436.", hijri_month(1436, 4)),
    ],
)
def test_hijri_forms(pipe, text, value):
    doc, t = one(pipe, text)
    assert (t.value, t.calendar) == (value, "hijri")


def test_hijri_year_is_an_interval(pipe):
    doc, t = one(pipe, "بدأ نشاطه عام 1391هـ في الرياض.")
    first = Hijri(1391, 1, 1).to_gregorian().isoformat()
    last = Hijri(1391, 12, Hijri(1391, 12, 1).month_length()).to_gregorian().isoformat()
    assert (t.kind, t.calendar, t.value) == ("year", "hijri", f"{first}/{last}")


def test_hijri_outside_the_table_gives_no_value(pipe):
    doc, t = one(pipe, "في رمضان 1200 هـ.")
    assert t.value is None and t.calendar == "hijri"


# --- the seed article ---------------------------------------------------------------------------


def test_seed_expectations(seed_doc):
    doc = seed_doc
    by_text = {doc.text[t.start:t.end]: t for t in doc.times}
    assert by_text["أمس السبت"].value == "2014-10-04" and by_text["أمس السبت"].consistent is True
    assert (by_text["2007"].kind, by_text["2007"].value) == ("year", "2007")
    assert (by_text["ايلول/سبتمبر"].kind, by_text["ايلول/سبتمبر"].value) == ("month", "2014-09")
    assert by_text["اليوم"].value == "2014-10-05"
    assert [t.id for t in doc.times] == [f"t{i + 1}" for i in range(len(doc.times))]
    assert not any("times:" in w for w in doc.warnings)


# --- robustness -------------------------------------------------------------------------------

VOCAB = ["أمس", "اليوم", "السبت", "الأحد", "يوم", "في", "عام", "العام", "الماضي", "المقبل", "من", "شهر", "رمضان",
         "أيلول", "سبتمبر", "/", "(", ")", "هـ", "م", "5", "2014", "1436", "الخامس", "عشر", "والعشرين", "قبل",
         "ثلاثة", "أيام", "-", "10", "٢٠١٤", "مارس", "،", "الموافق", "الشهر", "الجاري", "هذا", "ذو", "الحجة"]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(st.sampled_from(VOCAB), max_size=30).map(" ".join),
              st.lists(st.sampled_from(VOCAB), max_size=30).map("".join)),
    st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_spans_stay_in_bounds_and_nothing_raises(text, published):
    pipe = Pipeline(("sentences", "tokens", "times"))
    doc = pipe(Document(text=text, published=published))
    for t in doc.times:
        assert 0 <= t.start <= t.end <= len(text)
        assert t.value is None or isinstance(t.value, str)


@pytest.mark.parametrize(
    "text, values",
    [
        ("استمرت الحرب من 7 يوليو إلى 26 أغسطس 2013.", ["2013-07-07", "2013-08-26"]),
        ("تستمر الزيارة من 7 إلى 9 أكتوبر.", ["2014-10-07", "2014-10-09"]),
        ("أغلقت المدارس بين 28 ديسمبر و3 يناير 2014.", ["2013-12-28", "2014-01-03"]),
    ],
)
def test_date_ranges_share_month_and_year(pipe, text, values):
    doc = run(pipe, text)
    assert [t.value for t in doc.times] == values


def test_scores_with_zero_are_not_safar(pipe):
    assert run(pipe, "فاز الفريق بنتيجة 3-صفر على ضيفه.").times == []


def test_newspapers_named_today_are_no_date(pipe):
    doc = run(pipe, "جدة - عين اليوم\nأكد المدير لـ«صحيفة اليوم» أن العمل يبدأ اليوم.")
    assert [span(doc, t) for t in doc.times] == ["اليوم"]
    assert doc.times[0].start == doc.text.rindex("اليوم")


def test_historic_year_after_fi_mundhu_khilal_is_a_year(pipe):
    doc = run(pipe, "تأسست المدرسة في 1895 وتوسعت منذ 1750 ثم خلال 1820.")
    assert [(doc.text[t.start:t.end], t.kind, t.value) for t in doc.times] == [("1895", "year", "1895"), ("1750", "year", "1750"), ("1820", "year", "1820")]


def test_historic_number_with_a_counted_noun_is_no_year(pipe):
    doc = run(pipe, "ووزعت الجمعية في 1500 قطعة، وعاش الناس هنا خلال 1200 عام، ورقم الملف 1895، وتقدم في 1436 وفي 1436/2.")
    assert doc.times == []


def test_dual_year_heads_and_historic_years_after_before_after_until(pipe):
    doc = run(pipe, "ارتفع الإنتاج بين عامي 2010 و2012 ثم في العامين 2013 و2014، وكانت المدينة صغيرة قبل 1850 ونمت بعد 1860 حتى 1870.")
    assert [(doc.text[t.start:t.end], t.value) for t in doc.times] == [
        ("عامي 2010", "2010"), ("2012", "2012"), ("العامين 2013", "2013"), ("2014", "2014"), ("1850", "1850"), ("1860", "1860"), ("1870", "1870")]
    doc = run(pipe, "وبعد 1500 محاولة نجح الفريق، وقبل 1200 عام كانت هنا قرية.")
    assert doc.times == []  # counted nouns: quantities, not years


def test_a_year_is_never_also_a_quantity():
    from rasid.api import analyze

    doc = analyze("بين عامي 1845 و1849 وبعد 1500 محاولة.")
    assert [doc.text[t.start:t.end] for t in doc.times] == ["عامي 1845", "1849"]
    assert [doc.text[q.start:q.end] for q in doc.quantities] == ["1500 محاولة"]


def test_a_future_verb_or_cue_makes_a_bare_weekday_the_coming_one(pipe):
    doc = run(pipe, "قالت النقابة إن حركة المترو ستتوقف عصر الأربعاء. ومن المقرر أن يصل الوفد يوم الخميس. وأعلن الجيش الأربعاء مقتل خمسة.")
    assert [(span(doc, t), t.value, t.relative) for t in doc.times] == [
        ("عصر الأربعاء", "2014-10-08", "upcoming:weekday:WED"),  # published on Sunday 2014-10-05
        ("يوم الخميس", "2014-10-09", "upcoming:weekday:THU"),
        ("الأربعاء", "2014-10-01", "weekday:WED"),
    ]


def test_names_and_nouns_that_start_like_future_verbs_are_no_future_marker():
    from rasid.extract.times import future_verb

    assert all(future_verb(w) for w in ("ستتوقف", "سيعقد", "وسننظم", "سيصلون", "ستبدا"))
    assert not any(future_verb(w) for w in ("سياره", "سياسه", "سنوات", "ستين", "ستيفان", "سيول"))


def test_a_name_the_entity_stage_found_is_no_future_marker():
    from rasid.api import analyze as full

    doc = full("وصل سيمون بيريز إلى القاهرة مساء الخميس.", published=PUB)  # سيمون has the shape of سيعقد
    assert [(span(doc, t), t.relative) for t in doc.times] == [("مساء الخميس", "weekday:THU")]


def test_a_day_word_inside_a_media_name_is_no_date():
    import rasid

    doc = rasid.analyze("وقال الوزير في لقاء مع قناة «روسيا اليوم» إن الصفقة تمت. ووصل الوفد اليوم.", published="2015-08-01")
    assert [(doc.text[t.start : t.end], t.value) for t in doc.times] == [("اليوم", "2015-08-01")]
    assert doc.times[0].start == doc.text.rindex("اليوم")


@pytest.mark.parametrize(
    "text, evidence, value, relative",
    [
        ("قتل أربعة جنود خلال الأسبوعين الماضيين.", "الأسبوعين الماضيين", "2015-07-18/2015-08-01", "-P2W"),
        ("وارتفعت الأسعار خلال الأيام الثلاثة الماضية.", "الأيام الثلاثة الماضية", "2015-07-29/2015-08-01", "-P3D"),
        ("ونما الاقتصاد في السنوات العشر الماضية.", "السنوات العشر الماضية", "2005-08-01/2015-08-01", "-P10Y"),
    ],
)
def test_a_past_stretch_of_time_ends_at_publication(pipe, text, evidence, value, relative):
    doc = run(pipe, text, "2015-08-01")
    assert [(text[t.start : t.end], t.value, t.relative) for t in doc.times] == [(evidence, value, relative)]


def test_past_days_without_a_number_are_no_period(pipe):
    assert run(pipe, "وتصاعدت الاشتباكات في الأيام الماضية.", "2015-08-01").times == []
