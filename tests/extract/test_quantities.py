"""The quantities stage: every construction on short sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from rasid.api import analyze
from rasid.document import Document, Quantity
from rasid.extract.quantities import digits_number
from rasid.pipeline import Pipeline
from rasid.text.normalize import fold

PUB = "2014-10-05"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(("sentences", "tokens", "times", "quantities"))


def run(pipe: Pipeline, text: str) -> Document:
    return analyze(text, published=PUB, pipeline=pipe)


def one(pipe: Pipeline, text: str) -> tuple[Document, Quantity]:
    doc = run(pipe, text)
    assert len(doc.quantities) == 1, [(doc.text[q.start:q.end], q.low) for q in doc.quantities]
    return doc, doc.quantities[0]


def span(doc: Document, q: Quantity) -> str:
    return doc.text[q.start : q.end]


def unit_text(doc: Document, q: Quantity) -> str | None:
    return None if q.unit_start is None else doc.text[q.unit_start : q.unit_end]


# --- digits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, evidence, value",
    [
        ("أرسلت الحركة 1500 مقاتل إلى العراق.", "1500 مقاتل", 1500),
        ("أرسلت الحركة 1,500 مقاتل إلى العراق.", "1,500 مقاتل", 1500),
        ("أرسلت الحركة ١٥٠٠ مقاتل إلى العراق.", "١٥٠٠ مقاتل", 1500),
        ("أرسلت الحركة ١٬٥٠٠ مقاتل إلى العراق.", "١٬٥٠٠ مقاتل", 1500),
        ("بلغت الخسائر 2.5 مليون دولار هذا الشهر.", "2.5 مليون دولار", 2_500_000),
        ("بلغت الخسائر 50 ألف دولار هذا الشهر.", "50 ألف دولار", 50_000),
        ("بلغت الكلفة 6.000 دولار للفرد.", "6.000 دولار", 6000),
        ("أرسلت الحركة و1500 مقاتل آخرين.", "1500 مقاتل", 1500),
    ],
)
def test_digits(pipe, text, evidence, value):
    doc, q = one(pipe, text)
    assert (span(doc, q), q.low, q.high) == (evidence, value, value)


def test_digit_forms():
    assert digits_number("1,500,000") == 1_500_000
    assert digits_number("2,5") == 2.5
    assert digits_number("5.10.2014") is None
    assert digits_number("abc") is None


# --- words --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words, value",
    [
        ("ثلاثة", 3), ("عشرة", 10), ("أحد عشر", 11), ("اثنا عشر", 12), ("خمسة عشر", 15), ("عشرون", 20),
        ("عشرين", 20), ("خمسة وعشرين", 25), ("واحد وعشرون", 21), ("مئة", 100), ("مائة", 100),
        ("ثلاثمئة", 300), ("ثلاث مئة", 300), ("مئتين", 200), ("ألف", 1000), ("الف", 1000), ("ألفين", 2000),
        ("ثلاثة آلاف", 3000), ("عشرة آلاف", 10_000), ("مئة ألف", 100_000), ("مليون", 1_000_000),
        ("مئة وخمسة وعشرون", 125), ("ألف وخمسمئة", 1500), ("ثلاثة آلاف وخمسمائة", 3500),
        ("نصف مليون", 500_000), ("خمسة ملايين", 5_000_000),
    ],
)
def test_number_words(pipe, words, value):
    doc, q = one(pipe, f"شارك في المسيرة {words} شخص أمام المبنى.")
    assert (span(doc, q), q.low, q.high, q.unit) == (f"{words} شخص", value, value, "شخص")


def test_word_number_with_a_clitic(pipe):
    doc, q = one(pipe, "قتل في الهجوم وألف جندي آخرون.")
    assert (span(doc, q), q.low) == ("ألف جندي", 1000)
    doc, q = one(pipe, "فاز بثلاثة أهداف في المباراة.")
    assert (span(doc, q), q.low, q.unit) == ("ثلاثة أهداف", 3, "اهداف")


@pytest.mark.parametrize("text", ["وقفوا صفا واحدا ضدكم.", "قال أحد الجنود إنه رأى اثنين.", "وصل نصف الوفد."])
def test_one_two_and_half_alone_are_not_counts(pipe, text):
    assert run(pipe, text).quantities == []


# --- ranges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, evidence, low, high, unit",
    [
        ("أرسلت ما بين الف و1500 مقاتل.", "ما بين الف و1500 مقاتل", 1000, 1500, "مقاتل"),
        ("شارك بين 10 و20 شخصا في المسيرة.", "بين 10 و20 شخصا", 10, 20, "شخصا"),
        ("شارك من 5 إلى 7 جنود في الدورية.", "من 5 إلى 7 جنود", 5, 7, "جنود"),
        ("شارك 10-15 مقاتلا في الهجوم.", "10-15 مقاتلا", 10, 15, "مقاتلا"),
        ("شارك ثلاثة أو أربعة مسلحين في الهجوم.", "ثلاثة أو أربعة مسلحين", 3, 4, "مسلحين"),
        ("تستغرق ما بين ثلاث إلى أربع دقائق فقط.", "ما بين ثلاث إلى أربع دقائق", 3, 4, "دقايق"),
        ("بيع ما بين 30 مليون إلى 40 مليون ساعة.", "ما بين 30 مليون إلى 40 مليون ساعة", 30e6, 40e6, "ساعه"),
        # the scale word of the upper end also scales the lower end
        ("نزح ما بين 3 و5 آلاف شخص.", "ما بين 3 و5 آلاف شخص", 3000, 5000, "شخص"),
        ("تتراوح أسعارها بين 50 – 95 ألف ريال.", "بين 50 – 95 ألف ريال", 50000, 95000, "ريال"),
        ("شارك بين 500 و2000 شخص.", "بين 500 و2000 شخص", 500, 2000, "شخص"),
    ],
)
def test_ranges(pipe, text, evidence, low, high, unit):
    doc, q = one(pipe, text)
    assert (span(doc, q), q.low, q.high, q.unit) == (evidence, low, high, unit)


def test_list_numbers_before_a_dash_are_not_counts(pipe):
    assert run(pipe, "الأسباب هي:\n 1 – غلاء المهور.\n 2 – تكاليف الزواج.").quantities == []


def test_scores_are_not_ranges(pipe):
    assert run(pipe, "فاز الفريق 2-1 على ضيفه وتعادل (3 ــ 3) ثم فاز 4-صفر.").quantities == []


# --- approximations and vague counts ----------------------------------------------------------------


@pytest.mark.parametrize(
    "cue, approx",
    [
        ("نحو", "about"), ("حوالي", "about"), ("حوالى", "about"), ("قرابة", "about"), ("زهاء", "about"),
        ("ما يقارب", "about"), ("أكثر من", "more_than"), ("ما يزيد عن", "more_than"), ("أزيد من", "more_than"),
        ("ما يربو على", "more_than"), ("أقل من", "less_than"), ("ما لا يقل عن", "at_least"),
        ("ما يصل إلى", "up_to"),
    ],
)
def test_approximators_before(pipe, cue, approx):
    doc, q = one(pipe, f"اعتقلت الشرطة {cue} 120 متظاهرا أمس.")
    assert (span(doc, q), q.low, q.high, q.approx, q.unit) == (f"{cue} 120 متظاهرا", 120, 120, approx, "متظاهرا")


def test_approximators_after(pipe):
    doc, q = one(pipe, "قتل 12 شخصا على الأقل في الانفجار.")
    assert (span(doc, q), q.approx, q.unit) == ("12 شخصا على الأقل", "at_least", "شخصا")


@pytest.mark.parametrize(
    "text, evidence, low, high, approx, unit",
    [
        ("سقط عشرات القتلى في القصف.", "عشرات القتلى", 20, 90, "tens", "القتلي"),
        ("سقط مئات الجرحى في القصف.", "مئات الجرحى", 200, 900, "hundreds", "الجرحي"),
        ("تظاهر آلاف المصريين في القاهرة.", "آلاف المصريين", 2000, 9000, "thousands", "المصريين"),
        ("نزح عشرات الآلاف من السكان.", "عشرات الآلاف من السكان", 20_000, 90_000, "tens", "السكان"),
        ("تجمع مئات من المتظاهرين أمام المبنى.", "مئات من المتظاهرين", 200, 900, "hundreds", "المتظاهرين"),
        ("غاب منذ بضع سنوات عن البلاد.", "بضع سنوات", 3, 9, "few", "سنوات"),
    ],
)
def test_vague_counts(pipe, text, evidence, low, high, approx, unit):
    doc, q = one(pipe, text)
    assert (span(doc, q), q.low, q.high, q.approx, q.unit) == (evidence, low, high, approx, unit)


# --- units ----------------------------------------------------------------------------------------


def test_unit_span_points_at_the_counted_noun(pipe):
    doc, q = one(pipe, "ألقت القوات القبض على 431 شخصا يشتبه في انتمائهم.")
    assert (q.unit, unit_text(doc, q)) == ("شخصا", "شخصا")


@pytest.mark.parametrize(
    "text, evidence, unit, unit_evidence",
    [
        ("ارتفعت الأسعار بنسبة 5% هذا العام.", "5%", "%", "%"),
        ("ارتفعت الأسعار 50 في المئة هذا العام.", "50 في المئة", "%", "في المئة"),
        ("ارتفعت الأسعار 30 بالمئة هذا العام.", "30 بالمئة", "%", "بالمئة"),
        ("ارتفعت الأسعار ٪40 هذا العام.", "40", None, None),
        ("بلغ الثمن 500 دولار للبرميل.", "500 دولار", "دولار", "دولار"),
        ("بلغ الثمن $500 للبرميل.", "$500", "$", "$"),
    ],
)
def test_percent_and_money(pipe, text, evidence, unit, unit_evidence):
    doc, q = one(pipe, text)
    assert (span(doc, q), q.unit, unit_text(doc, q)) == (evidence, unit, unit_evidence)


def test_a_clause_after_the_number_is_no_unit(pipe):
    doc = run(pipe, "قتل 5 وأصيب 10 في الانفجار.")
    assert [(span(doc, q), q.unit) for q in doc.quantities] == [("5", None), ("10", None)]


def test_bracketed_counts(pipe):
    doc, q = one(pipe, "أرسل المركز (16500) وجبة غذائية.")
    assert (span(doc, q), q.low, q.unit) == ("(16500) وجبة", 16500, "وجبه")
    assert run(pipe, "سجل اللاعب ماتا (37) هدفا ثانيا.").quantities[0].low == 37
    assert run(pipe, "سجل ماتا (37) والوافد الجديد هدفا.").quantities == []


# --- what is not a quantity ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تأسست الحركة في 2007 في باكستان.",
        "وقع الهجوم في 5 أكتوبر 2014 في المدينة.",
        "صدر القرار بتاريخ 2014/10/05 مساء.",
        "بلغت الأرباح في 2014، مستوى قياسيا.",
        "تنص المادة 5 على ذلك.",
        "وصل الوفد الساعة 10:30 صباحا.",
        "حلقت طائرات F-16 فوق المدينة.",
        "اتصل على الرقم 0126847175 مساء.",
        "ودعت حركة 6 أبريل إلى التظاهر.",
        "وصدر التقرير الـ51 أمس.",
        "في القرن التاسع عشر بدأت النهضة.",
        "ارتفعت كمية الأمطار في المدينة.",
        "وصل قبل ثلاثة أيام إلى عمان.",
        "انخفض المؤشر 98.\u200f0 في المائة.",
        "باعه مقابل 5ر4 ملايين جنيه.",
        "يجمعنا مهرجان أبها ١٤٣٦.",
        "في كأس العالم 2018 بروسيا.",
        "المجموع 8880 5090 13970 وظيفة",
    ],
)
def test_not_quantities(pipe, text):
    doc = run(pipe, text)
    assert doc.quantities == [], [span(doc, q) for q in doc.quantities]


def test_a_year_like_number_with_a_counted_noun_is_a_count(pipe):
    doc, q = one(pipe, "وصلت الطائرة بـ2007 راكب.")
    assert (span(doc, q), q.low, q.unit) == ("2007 راكب", 2007, "راكب")


def test_list_numbers_are_labels(pipe):
    assert run(pipe, "الشروط:\n1- تعبئة النموذج\n2- خطاب التنازل").quantities == []


def test_without_the_times_stage_dates_are_still_skipped():
    pipe = Pipeline(("sentences", "tokens", "quantities"))
    doc = pipe(Document(text="وصل في 5 أكتوبر 2014 ومعه 30 جنديا.", published=PUB))
    assert [(doc.text[q.start:q.end], q.low) for q in doc.quantities] == [("30 جنديا", 30)]


# --- the seed article ---------------------------------------------------------------------------------


def test_seed_expectations(seed_doc):
    doc = seed_doc
    ranges = [q for q in doc.quantities if q.low == 1000 and q.high == 1500]
    assert len(ranges) == 1
    q = ranges[0]
    assert doc.text[q.start : q.end] == "ما بين الف و1500 مقاتل"
    assert (q.unit, doc.text[q.unit_start : q.unit_end]) == ("مقاتل", "مقاتل")
    assert not any(q.low == 2007 for q in doc.quantities)
    assert [q.id for q in doc.quantities] == [f"q{i + 1}" for i in range(len(doc.quantities))]


# --- robustness -----------------------------------------------------------------------------------------

VOCAB = ["ما", "بين", "الف", "و", "1500", "مقاتل", "نحو", "أكثر", "من", "عشرات", "الآلاف", "ألف", "خمسة", "وعشرين",
         "-", "10", "15", "%", "في", "المئة", "(", ")", "2007", "عام", "على", "الأقل", "٪", "$", "١٥٠٠", "1,500", "2.5",
         "مليون", "أو", "إلى", "عشر", "ثلاثة", ":", "/", "صفر", "ــ", "\n"]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(st.sampled_from(VOCAB), max_size=30).map(" ".join),
              st.lists(st.sampled_from(VOCAB), max_size=30).map("".join)),
    st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
)
def test_spans_stay_in_bounds_and_nothing_raises(text, published):
    pipe = Pipeline(("sentences", "tokens", "times", "quantities"))
    doc = pipe(Document(text=text, published=published))
    for q in doc.quantities:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.low is not None and q.high is not None and q.low <= q.high
        if q.unit_start is not None:
            assert q.start <= q.unit_start <= q.unit_end <= q.end


def test_accusative_scale_after_digits_and_dual_alone(pipe):
    doc = run(pipe, "عرضت عليه 240 ألفاً ويصل المبلغ إلى 15 مليوناً، ودفع ألفا دولار.")
    assert [(q.low, q.high) for q in doc.quantities] == [(240_000, 240_000), (15_000_000, 15_000_000), (2000, 2000)]


def test_historic_years_are_times_not_quantities():
    doc = analyze("تأسست المدرسة في 1895 بالقاهرة، ووزعت في 1500 قطعة.", pipeline=Pipeline(("sentences", "tokens", "times", "quantities")))
    assert [doc.text[t.start:t.end] for t in doc.times] == ["1895"]
    assert [doc.text[q.start:q.end] for q in doc.quantities] == ["1500 قطعة"]


@pytest.mark.parametrize("text, unit", [
    ("ونجا 13 ظلوا محاصرين داخل المبنى.", None),  # a past plural verb: the next clause
    ("وكان بينهم 12 يعملون في المصنع.", None),  # a plural imperfect
    ("وقالت إن إغلاق 65 يلزم الشركة بدفع غرامة.", None),  # an imperfect of the verb lexicons
    ("وقتل 13 شخصا في الهجوم.", "شخصا"),
    ("وانتخب 40 عضوا في المجلس.", "عضوا"),  # a noun that ends with وا
    ("ودفع 450 يوروا ثمنا للتذكرة.", "يوروا"),
    ("وبلغت الكلفة 5 ملايين ريال.", "ريال"),
    ("ونجح 20 طالبا في الاختبار.", "طالبا"),
    ("وتكفل الجمعية 457 يتيما في المدينة.", "يتيما"),  # يت… like a derived-form verb, but an accusative noun
])
def test_quantities_a_verb_after_a_number_is_no_unit(pipe, text, unit):
    _, q = one(pipe, text)
    assert q.unit == (fold(unit) if unit else None)
