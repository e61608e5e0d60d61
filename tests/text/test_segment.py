from hypothesis import given, strategies as st

from rasid.text.segment import split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_segment_line_without_stop_is_a_sentence():
    assert texts("عنوان بلا نقطة\nجملة أولى. جملة ثانية؟") == ["عنوان بلا نقطة", "جملة أولى.", "جملة ثانية؟"]


def test_segment_keeps_multi_sentence_quote_together():
    t = 'وقال: "سنستمر في العمل. نحن جاهزون". ثم غادر.'
    assert texts(t) == ['وقال: "سنستمر في العمل. نحن جاهزون".', "ثم غادر."]


def test_segment_guillemets_and_decimals():
    t = "قال «هذا أول. وهذا ثان» ثم مشى. بلغ النمو 2.5 في المئة."
    assert texts(t) == ["قال «هذا أول. وهذا ثان» ثم مشى.", "بلغ النمو 2.5 في المئة."]


def test_segment_unbalanced_quote_does_not_swallow_the_line():
    t = 'قال "هذا أول. وهذا ثان.'
    assert texts(t) == ['قال "هذا أول.', "وهذا ثان."]


@given(st.text())
def test_segment_spans_are_ordered_trimmed_and_in_bounds(text):
    last = 0
    for s in split_sentences(text):
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end


def test_segment_one_letter_abbreviation_is_no_stop():
    t = "وأوضح اللواء م. سالم العتيبي أن الوضع مستقر. وقال د. فهد إن العمل مستمر."
    assert texts(t) == ["وأوضح اللواء م. سالم العتيبي أن الوضع مستقر.", "وقال د. فهد إن العمل مستمر."]
    assert texts("افتتح المبنى عام 2014 م. ثم توسع.") == ["افتتح المبنى عام 2014 م.", "ثم توسع."]  # an era after a number


def test_a_trailing_tag_list_is_a_sentence_of_its_own():
    t = "وأسفر الهجوم عن إصابة آخرين سمات أبها الطوارئ تفجير مسجد"
    assert texts(t) == ["وأسفر الهجوم عن إصابة آخرين", "سمات أبها الطوارئ تفجير مسجد"]
    assert texts("انتهى اللقاء.\nسمات الإرهاب داعش\n") == ["انتهى اللقاء.", "سمات الإرهاب داعش"]
    # the word inside a sentence, or followed by punctuation, opens no tag list
    assert texts("للتفكير الغاضب سمات مشتركة، وهو خطأ. ثم غادر") == ["للتفكير الغاضب سمات مشتركة، وهو خطأ.", "ثم غادر"]
    assert texts("ونسمات العليل تهب على الكورنيش") == ["ونسمات العليل تهب على الكورنيش"]


def test_segment_the_stops_of_an_agency_s_initials_end_no_sentence():
    t = "وقالت مصادر محلية لوكالة الأنباء الألمانية (د.ب.ا)، إن الوزير غادر. وقال مصدر (أ.ف.ب) إن الوضع هادئ."
    assert texts(t) == ["وقالت مصادر محلية لوكالة الأنباء الألمانية (د.ب.ا)، إن الوزير غادر.", "وقال مصدر (أ.ف.ب) إن الوضع هادئ."]


def test_segment_a_star_between_spaces_starts_a_sentence():
    t = "متظاهرون يجبرون البرلمان على تأجيل جلسته * بانكوك ـ «الشرق الأوسط»: أعاق المتظاهرون عمل البرلمان."
    assert texts(t) == ["متظاهرون يجبرون البرلمان على تأجيل جلسته", "بانكوك ـ «الشرق الأوسط»: أعاق المتظاهرون عمل البرلمان."]
    assert texts("ارتفع المؤشر 3*4 نقاط.") == ["ارتفع المؤشر 3*4 نقاط."]
