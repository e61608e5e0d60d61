import rasid
from conftest import build_doc

from rasid.extract.quotes import QuotesStage
from rasid.text.normalize import fold


def quotes_of(text, names):
    doc = build_doc(text, names)
    QuotesStage()(doc)
    return doc, doc.quotes


def test_quotes_direct_after_colon_with_vso_speaker_and_channel():
    text = 'وقال الوزير أحمد، في اتصال هاتفي مع وكالة رويترز، إن "الوضع مستقر تماما".'
    doc, qs = quotes_of(text, {"الوزير أحمد": ("PER", "E1"), "وكالة رويترز": ("ORG", "E2")})
    assert len(qs) == 1
    q = qs[0]
    assert q.direct and doc.text[q.start:q.end] == "الوضع مستقر تماما"
    assert q.speaker == "E1" and doc.text[q.speaker_start:q.speaker_end] == "الوزير أحمد"
    assert q.channel == "E2" and doc.text[q.channel_start:q.channel_end] == "في اتصال هاتفي مع وكالة رويترز"


def test_quotes_implicit_subject_of_wa_adafa_continues_previous_speaker():
    text = 'قالت سلمى «نحن مستعدون للحوار». وأضافت: "لن نتراجع عن مطالبنا". وتابعت «الشارع معنا»'
    _, qs = quotes_of(text, {"سلمى": ("PER", "S")})
    assert [q.speaker for q in qs] == ["S", "S", "S"]
    assert all(q.direct for q in qs)


def test_quotes_svo_speaker_before_verbal_noun():
    text = 'وتوجه القائد خالد بالقول: "عليكم بالصبر والثبات".'
    _, qs = quotes_of(text, {"القائد خالد": ("PER", "K")})
    assert len(qs) == 1 and qs[0].speaker == "K" and qs[0].cue == "قال"


def test_quotes_scare_quotes_around_names_are_not_speech():
    text = 'أعلنت "جبهة الإنقاذ" عن مؤتمر، ونشرت "حركة الشباب" بيانا عن "الإصلاح".'
    _, qs = quotes_of(text, {"جبهة الإنقاذ": ("ORG", "A"), "حركة الشباب": ("ORG", "B")})
    assert [q for q in qs if q.direct] == []


def test_quotes_indirect_speech_and_participle_speaker():
    text = 'وقالت وزارة الصحة في بيان إنها سجلت 40 إصابة جديدة، مؤكدة أن "الوضع تحت السيطرة".'
    doc, qs = quotes_of(text, {"وزارة الصحة": ("ORG", "MOH")})
    indirect = [q for q in qs if not q.direct]
    direct = [q for q in qs if q.direct]
    assert doc.text[indirect[0].start:indirect[0].end] == "سجلت 40 إصابة جديدة"
    assert indirect[0].speaker == "MOH"
    assert doc.text[indirect[0].channel_start:indirect[0].channel_end] == "في بيان"
    assert direct[0].speaker == "MOH" and doc.text[direct[0].start:direct[0].end] == "الوضع تحت السيطرة"


def test_quotes_call_verb_takes_its_object_clause():
    text = "ودعا الرئيس سمير جميع الأطراف في البلاد إلى وقف إطلاق النار فورا."
    doc, qs = quotes_of(text, {"الرئيس سمير": ("PER", "P")})
    assert len(qs) == 1 and not qs[0].direct and qs[0].speaker == "P"
    assert doc.text[qs[0].start:qs[0].end] == "وقف إطلاق النار فورا"


def test_quotes_attribution_after_the_quote():
    text = '"سنعود قريبا"، قال المتحدث سامر للصحفيين.'
    _, qs = quotes_of(text, {"المتحدث سامر": ("PER", "X")})
    assert len(qs) == 1 and qs[0].speaker == "X"


def test_quotes_seed_speakers(seed_doc):
    doc = seed_doc
    if not doc.entities:
        import pytest

        pytest.skip("entity layer not available")
    by_start = {doc.text[q.start:q.start + 12]: q for q in doc.quotes if q.direct}

    def speaker(prefix):
        q = next(q for k, q in by_start.items() if k.startswith(prefix))
        return doc.entity(q.speaker).name_en, q

    name, q = speaker("منذ أولى")
    assert "Shahid" in name and doc.entity(q.channel).name_en and "AFP" in (doc.entity(q.channel).actor or "") + doc.entity(q.channel).name_en
    assert "Shahid" in speaker("سنستمر")[0]
    assert "Shahid" in speaker("عليكم")[0]
    assert "Khorasani" in speaker("أيها القدة")[0]
    assert "Khorasani" in speaker("نحن جاهزون")[0]


def test_quotes_unnamed_source_speaks_for_the_organisation_after_it():
    text = 'وقال مصدر في الشرطة العراقية لوكالة رويترز إن "السيارة كانت مركونة قرب السوق".'
    doc, qs = quotes_of(text, {"الشرطة العراقية": ("ORG", "POLICE"), "وكالة رويترز": ("ORG", "REUTERS")})
    assert [(q.speaker, q.channel) for q in qs] == [("POLICE", "REUTERS")]


def test_quotes_spokesperson_title_gives_the_person_not_the_ministry():
    text = 'وقال المتحدث باسم الوزارة إيغور كوناشينكوف للصحفيين: "لم تنفذ الطائرات أي غارة".'
    doc, qs = quotes_of(text, {"الوزارة": ("ORG", "MOD"), "إيغور كوناشينكوف": ("PER", "IGOR")})
    assert [q.speaker for q in qs] == ["IGOR"]


def test_quotes_one_scare_quoted_word_is_not_speech():
    text = 'نفت الوزارة أن تكون طائراتها قد قصفت المستشفى، واصفة التقارير بأنها "كاذبة".'
    doc, qs = quotes_of(text, {"الوزارة": ("ORG", "MOD")})
    assert [(q.direct, q.speaker, doc.text[q.start:q.end].split()[0]) for q in qs] == [(False, "MOD", "تكون")]


def test_quotes_coordinated_verb_takes_the_clause_subject_not_a_mention_in_a_prepositional_phrase():
    text = "حث الوزير سامي الدول المجاورة على بحث القضية مع الصين وقال «الحوار هو الطريق الوحيد للحل»."
    _, qs = quotes_of(text, {"الوزير سامي": ("PER", "S"), "الصين": ("GPE", "CN")})
    assert [(q.direct, q.speaker) for q in qs] == [(True, "S")]


def test_quotes_coordinated_verb_after_a_name_and_role_clause():
    text = "نبيل حداد رئيس الوفد التقى نظيره في القاهرة، وقال إن المحادثات كانت مثمرة جدا."
    doc, qs = quotes_of(text, {"نبيل حداد": ("PER", "N"), "القاهرة": ("GPE", "CAI")})
    assert [(q.speaker, doc.text[q.start:q.end]) for q in qs] == [("N", "المحادثات كانت مثمرة جدا")]


def test_quotes_verb_with_its_own_subject_still_takes_it():
    text = "التقى الوزير سامي نظيره في القاهرة، وقال رامي إن المحادثات كانت مثمرة."
    _, qs = quotes_of(text, {"الوزير سامي": ("PER", "S"), "القاهرة": ("GPE", "CAI"), "رامي": ("PER", "R")})
    assert [q.speaker for q in qs] == ["R"]


def test_quotes_verb_after_qad_is_not_a_preposition():
    text = "وقد عبر المدير سامي عن سعادته بالمشروع، مشيرا إلى أن العمل سيبدأ قريبا."
    _, qs = quotes_of(text, {"المدير سامي": ("PER", "S")})
    assert [q.speaker for q in qs] == ["S"]


def test_quotes_short_quoted_term_inside_a_sentence_is_not_speech():
    text = "وقال رئيس الجمعية سالم إن «دعاة الفتنة» يهددون المدارس."
    doc, qs = quotes_of(text, {"سالم": ("PER", "S")})
    assert [(q.direct, q.speaker, doc.text[q.start:q.end]) for q in qs] == [(False, "S", "«دعاة الفتنة» يهددون المدارس")]


def test_quotes_a_verb_in_the_next_sentence_does_not_attribute_a_quote():
    text = "حذرت الجمعية من «دعاة الفتنة والكراهية في البلاد». وقالت الوزارة إن الخطر كبير جدا."
    doc, qs = quotes_of(text, {"الجمعية": ("ORG", "A"), "الوزارة": ("ORG", "M")})
    assert [(q.direct, q.speaker) for q in qs] == [(False, "M")]


def test_quotes_short_real_quote_after_a_cue_still_counts():
    text = "قال الوزير سامي «لن نتراجع». وقال رامي: «الوضع خطير» ثم غادر القاعة."
    doc, qs = quotes_of(text, {"الوزير سامي": ("PER", "S"), "رامي": ("PER", "R")})
    assert [(q.direct, q.speaker, doc.text[q.start:q.end]) for q in qs] == [(True, "S", "لن نتراجع"), (True, "R", "الوضع خطير")]


def test_quotes_indirect_content_ends_where_the_next_speech_verb_starts():
    text = "وقال سامي إن الوضع مستقر تماما، وأضاف أن الحكومة ستعمل بجد."
    doc, qs = quotes_of(text, {"سامي": ("PER", "S")})
    assert [(q.speaker, doc.text[q.start:q.end]) for q in qs] == [("S", "الوضع مستقر تماما"), ("S", "الحكومة ستعمل بجد")]


def test_quotes_a_name_that_folds_to_a_complementizer_is_the_speaker():
    doc, qs = quotes_of("وقال بان كي مون إن الوكالة ركيزة الاستقرار.", {"بان كي مون": ("PER", "BAN")})
    assert len(qs) == 1 and qs[0].speaker == "BAN"
    assert doc.text[qs[0].start : qs[0].end] == "الوكالة ركيزة الاستقرار"


def test_quotes_unnamed_sources_and_role_holders_are_not_the_places_they_name():
    text = "وقالت مصادر عسكرية يمنية إن القوات تقدمت. وأضاف قائد عملية تحرير عدن أن الخطة جاهزة."
    doc, qs = quotes_of(text, {"يمنية": ("NORP", "YEM"), "عدن": ("GPE", "ADEN")})
    assert len(qs) == 2
    assert [q.speaker for q in qs] == [None, None]
    assert [doc.text[q.speaker_start : q.speaker_end] for q in qs] == ["مصادر عسكرية يمنية", "قائد عملية تحرير عدن"]


def test_quotes_a_place_after_a_preposition_never_speaks():
    text = "قال سالم إن الجنود ساروا إلى حمص، إذ أكد خلال حديثه أن الجنود وصلوا."
    _, qs = quotes_of(text, {"سالم": ("PER", "S"), "حمص": ("GPE", "H")})
    assert [q.speaker for q in qs] == ["S", "S"]


def test_quotes_a_name_after_a_preposition_and_its_head_noun_never_speaks():
    text = "وقال سالم إن الفريق جاهز. وعن مشواره مع نادي الفجر، قال: «لن أنسى تلك الأيام»."
    _, qs = quotes_of(text, {"سالم": ("PER", "S"), "الفجر": ("ORG", "F")})
    assert [q.speaker for q in qs] == ["S", "S"]


def test_quotes_two_cues_before_one_content_give_one_quote():
    text = "وأوضح سالم أن الخطة جاهزة، وتابع مؤكدا أنه بالمقابل ستبقى القوات في مواقعها."
    doc, qs = quotes_of(text, {"سالم": ("PER", "S")})
    contents = [doc.text[q.start : q.end] for q in qs]
    assert len(contents) == len(set(contents)) == 2


def test_quotes_a_place_with_li_and_the_article_never_speaks():
    text = "وقال سالم إن التمويل لليونان مشروط، إذ أكد أن على أثينا تبني الإصلاحات."
    _, qs = quotes_of(text, {"سالم": ("PER", "S"), "لليونان": ("GPE", "G")})
    assert [q.speaker for q in qs] == ["S", "S"]


def test_quotes_a_nationality_before_a_name_describes_the_speaker():
    text = "وقال الفرنسي آرسين فينغر: «اللاعب يمتلك قدرات عالية»."
    _, qs = quotes_of(text, {"الفرنسي": ("NORP", "FRA"), "آرسين فينغر": ("PER", "W")})
    assert [q.speaker for q in qs] == ["W"]


def test_quotes_the_genitive_behind_a_preposition_and_a_governor_are_no_speakers():
    text = "وقالت المصادر إن المتهمين بكورنيش جدة ستة، موضحة أن الهيئة أحالتهم. وأكد محافظ عدن أن العمل مستمر."
    doc, qs = quotes_of(text, {"المصادر": ("ORG", "S"), "جدة": ("GPE", "J"), "عدن": ("GPE", "A")})
    assert [q.speaker for q in qs] == ["S", "S", None]
    assert doc.text[qs[2].speaker_start : qs[2].speaker_end] == "محافظ عدن"


def test_quotes_unnamed_groups_and_definite_sources():
    text = "وقال عدد من المواطنين إن الطريق سيئ. وذكرت المصادر أنها تتابع القضية."
    doc, qs = quotes_of(text, {})
    assert [doc.text[q.speaker_start : q.speaker_end] for q in qs] == ["عدد من المواطنين", "المصادر"]


def test_quotes_a_speaker_named_ali_is_no_preposition():
    text = "وقال علي أحمدي متحدث باسم القوات إن المدينة آمنة."
    _, qs = quotes_of(text, {"علي أحمدي": ("PER", "A")})
    assert [q.speaker for q in qs] == ["A"]


def test_quotes_speaker_after_a_retired_rank():
    import rasid

    text = "وقال اللواء ماجد الحربي إن الوضع مستقر. وأوضح اللواء م. سالم العتيبي أن الأمن مستتب في المنطقة."
    doc = rasid.analyze(text)
    assert [(q.speaker_start is not None and doc.text[q.speaker_start : q.speaker_end], doc.text[q.start : q.end]) for q in doc.quotes] == [
        ("ماجد الحربي", "الوضع مستقر"), ("سالم العتيبي", "الأمن مستتب في المنطقة")]


def test_quotes_an_honorific_subject_refers_to_the_last_person_named():
    text = "استقبل الشيخ سالم العمري الوفد في مكتبه بالرياض. وقال سماحته إن اللقاء مثمر. وأضاف سماحته أن التعاون مستمر."
    doc, qs = quotes_of(text, {"سالم العمري": ("PER", "S"), "الرياض": ("GPE", "R")})
    assert [(q.speaker, doc.text[q.start : q.end]) for q in qs] == [("S", "اللقاء مثمر"), ("S", "التعاون مستمر")]
    text = "وزار الأمير فهد الخالد المستشفى، وأكد سموه أن الخدمات تحسنت."
    doc, qs = quotes_of(text, {"فهد الخالد": ("PER", "F")})
    assert [q.speaker for q in qs] == ["F"]


def test_quotes_a_verse_inside_a_direct_quote_is_no_quote_of_its_own():
    text = "وقال سالم: «نسأل الله السلامة، قال الله تعالى (وأن احكم بينهم بما أنزل الله) وهذا واجب علينا»."
    doc, qs = quotes_of(text, {"سالم": ("PER", "S")})
    assert len(qs) == 1 and qs[0].direct and qs[0].speaker == "S"
    text = "وقال سالم: «أخبرني الوزير أن الاتفاق قريب جدا»."
    doc, qs = quotes_of(text, {"سالم": ("PER", "S")})
    assert [(q.direct, q.speaker) for q in qs] == [(True, "S")]


def test_quotes_unquoted_speech_after_a_colon_runs_to_the_line_end():
    text = "واستقبل الشيخ سالم الوفد.\nوأضاف سماحته: نحن ندين هذا العمل. ونطالب بالتحقيق فيه.\nوقال الوزير كريم في مؤتمر صحفي: سنعمل على حل الأزمة، مؤكدا أن الحوار مستمر."
    doc, qs = quotes_of(text, {"الشيخ سالم": ("PER", "S"), "الوزير كريم": ("PER", "K")})
    colon = [q for q in qs if q.source == "colon"]
    assert [doc.text[q.start:q.end] for q in colon] == ["نحن ندين هذا العمل. ونطالب بالتحقيق فيه", "سنعمل على حل الأزمة"]
    assert [q.speaker for q in colon] == ["S", "K"] and all(q.direct for q in colon)
    assert any(not q.direct and q.speaker == "K" and doc.text[q.start:q.end] == "الحوار مستمر" for q in qs)


def test_quotes_colon_speech_stops_at_the_next_speech_clause():
    text = "وتابع الطبيب سامي قائلا: المرض تحت السيطرة. وأضاف أن الفحوص مستمرة."
    doc, qs = quotes_of(text, {"الطبيب سامي": ("PER", "T")})
    assert [doc.text[q.start:q.end] for q in qs] == ["المرض تحت السيطرة", "الفحوص مستمرة"]
    assert [q.speaker for q in qs] == ["T", "T"]


def test_quotes_colons_that_open_no_speech():
    text = ("وأوضح البيان الشروط التالية: الإقامة النظامية والعمر.\n"
            "وقال المدير إن المواعيد هي: الصباح والمساء.\n"
            "وقال الوزير:\n1- الإقامة\n"
            "المدير العام: الطلاب بخير\n"
            "وقالت الوزارة «الدوام من 10:30 حتى الظهر» للطلاب.")
    doc, qs = quotes_of(text, {"الوزارة": ("ORG", "M")})
    assert [q for q in qs if q.source == "colon"] == []


def test_quotes_colon_speech_in_marks_no_pair_closes():
    text = "وقال المدرب سعيد : ” الفوز مهم جدا لنا ” ثم غادر.\nوكما قال جدي: (الصبر مفتاح الفرج) دائما."
    doc, qs = quotes_of(text, {"المدرب سعيد": ("PER", "C")})
    assert [(doc.text[q.start:q.end], q.source) for q in qs] == [("الفوز مهم جدا لنا", "colon"), ("الصبر مفتاح الفرج", "colon")]
    assert qs[0].speaker == "C"


def test_quotes_title_speaker_is_the_one_person_introduced_with_that_title():
    text = "وصل المدرب الفرنسي جان بول إلى الرياض. وقال المدرب الفرنسي إن الفريق جاهز للمباراة."
    doc, qs = quotes_of(text, {"جان بول": ("PER", "J")})
    assert len(qs) == 1 and qs[0].speaker == "J"
    assert doc.text[qs[0].speaker_start:qs[0].speaker_end] == "المدرب الفرنسي"


def test_quotes_title_speaker_with_two_or_no_earlier_candidates_stays_unnamed():
    text = "وصل المدرب سامي عادل والمدرب نادر يوسف. وقال المدرب إن الفريق جاهز للمباراة."
    doc, qs = quotes_of(text, {"سامي عادل": ("PER", "S"), "نادر يوسف": ("PER", "N")})
    assert len(qs) == 1 and qs[0].speaker is None and doc.text[qs[0].speaker_start:qs[0].speaker_end] == "المدرب"
    text = "وقال المدرب الفرنسي إن الفريق جاهز. وكان المدرب الفرنسي جان بول قد وصل."
    doc, qs = quotes_of(text, {"جان بول": ("PER", "J")})
    assert qs[0].speaker is None


def test_quotes_unnamed_speaker_ends_before_according_to():
    text = "وقال المتحدث حسب ما نشرت الوكالة إن الانفجار وقع أمس."
    doc, qs = quotes_of(text, {"الوكالة": ("ORG", "SPA")})
    assert len(qs) == 1 and doc.text[qs[0].speaker_start:qs[0].speaker_end] == "المتحدث"


def test_quotes_speaker_ali_after_a_title():
    import rasid

    text = "وقال الشيخ علي جمعة إن التطرف لا يمثل أحدا."
    doc = rasid.analyze(text)
    q = doc.quotes[0]
    assert text[q.speaker_start:q.speaker_end] == "علي جمعة" and q.speaker is not None


def test_quotes_feminine_verb_without_subject_skips_a_male_speaker():
    """وأضافت with no subject: the last woman or organisation that spoke, never the man who spoke last."""
    names = {"منى الحربي": ("PER", "W"), "خالد العمري": ("PER", "M"), "وزارة الصحة": ("ORG", "O")}
    text = "وقالت منى الحربي إن الحملة ناجحة. وقال الوزير خالد العمري إن المشروع سيكتمل. وأضافت أن الأعمال بدأت."
    _, qs = quotes_of(text, names)
    assert [q.speaker for q in qs] == ["W", "M", "W"]
    text = "وقال خالد العمري إن المشروع سيكتمل. وقالت وزارة الصحة إن الحالات تراجعت. وأضاف العمري أن الأعمال بدأت. وأوضحت أن العدد انخفض."
    _, qs = quotes_of(text, {**names, "العمري": ("PER", "M")})
    assert [q.speaker for q in qs] == ["M", "O", "M", "O"]
    text = "وقال خالد العمري إن المشروع سيكتمل قريبا. وأضافت أن الأعمال بدأت."
    _, qs = quotes_of(text, names)
    assert [q.speaker for q in qs] == ["M", None]
    text = "وقال خالد العمري إن المشروع سيكتمل، مشيرة إلى أن الأعمال بدأت. وأضاف أن العمل مستمر."
    _, qs = quotes_of(text, names)
    assert [q.speaker for q in qs][-1] == "M"


def test_quotes_a_feminine_title_marks_a_woman():
    names = {"منى الحربي": ("PER", "W"), "خالد العمري": ("PER", "M")}
    text = "وصرحت الدكتورة منى الحربي بأن الحملة ناجحة. وقال خالد العمري إن المشروع سيكتمل. وتابعت أن الأعمال بدأت."
    _, qs = quotes_of(text, names)
    assert [q.speaker for q in qs] == ["W", "M", "W"]


def test_quotes_a_speech_clause_inside_a_content_ends_it():
    """… مشيرا إلى أن … inside the content of أكد: two quotes, no text reported twice."""
    text = "أكد سالم أنه لا يهتم بنتائج المباريات السابقة مشيرا إلى أن الأهم هو الفوز."
    _, qs = quotes_of(text, {"سالم": ("PER", "S")})
    assert [text[q.start:q.end] for q in qs] == ["لا يهتم بنتائج المباريات السابقة", "الأهم هو الفوز"]
    assert [q.speaker for q in qs] == ["S", "S"]


def test_quotes_overlapping_records_keep_the_better_one():
    from rasid.document import Quote
    from rasid.extract.quotes import deduplicate

    doc = build_doc("قال سالم: «الوضع مستقر والعمل مستمر» في المدينة.")
    direct = Quote(11, 35, direct=True, speaker="S", speaker_start=4, speaker_end=8, source="direct")
    colon = Quote(10, 36, direct=True, speaker="S", speaker_start=4, speaker_end=8, source="colon")
    unnamed = Quote(12, 30, direct=False, source="indirect")
    other = Quote(12, 30, direct=False, speaker="T", speaker_start=0, speaker_end=3, source="indirect")
    assert deduplicate(doc, [colon, direct]) == [direct] and direct.id == "q1"
    assert deduplicate(doc, [unnamed, direct]) == [direct]
    assert deduplicate(doc, [direct, other]) == [direct, other]


def test_quotes_a_line_that_opens_with_a_person_and_a_colon_is_his_speech():
    """الأمير خالد الفيصل: الإرهاب لن ينال من وحدتنا (a headline with no speech verb) is a direct quote by the person;
    a place or an agency as a dateline, a bullet, a title with no name or a name inside the line opens none."""
    text = ("الأمير خالد الفيصل: الإرهاب لن ينال من وحدتنا\n"
            "سامي: الفوز مهم للفريق\n"
            "الرياض: افتتح المعرض أمس في العاصمة\n"
            "واس: أعلنت الوزارة نتائج القبول\n"
            "* سارة أحمد: الزوجة الثالثة لجد الرئيس\n"
            "المدير العام: الطلاب بخير\n"
            "التقى الأمير خالد الفيصل: الوفد الزائر والسفراء")
    doc, qs = quotes_of(text, {"خالد الفيصل": ("PER", "K"), "سامي": ("PER", "S"), "الرياض": ("GPE", "R"),
                               "واس": ("ORG", "W"), "سارة أحمد": ("PER", "A")})
    assert [(doc.text[q.start:q.end], q.speaker, q.source) for q in qs] == [
        ("الإرهاب لن ينال من وحدتنا", "K", "colon"), ("الفوز مهم للفريق", "S", "colon")]
    assert doc.text[qs[0].speaker_start:qs[0].speaker_end] == "خالد الفيصل" and qs[0].direct
    column = "ليلى حسن: ثقافة الحوار\nليلى حسن\nالكثير منا يتحدث عن الحوار ولا يمارسه."
    doc, qs = quotes_of(column, {"ليلى حسن": ("PER", "L")})
    assert qs == []  # a column: the writer's byline under its title


def test_a_colon_after_the_complementizer_is_no_part_of_the_speech():
    import rasid

    text = "وقال الوزير فيليب هاموند إن: هناك تهديدا استراتيجيا للمنطقة."
    doc = rasid.analyze(text)
    assert [text[q.start : q.end] for q in doc.quotes] == ["هناك تهديدا استراتيجيا للمنطقة"]


def test_quotes_plural_participle_opens_speech_of_the_group_subject():
    """«…، مشيرين إلى أن …»: a plural participle opens indirect speech; its speaker is the group the sentence opens
    with (an agent, not a place inside it), and no earlier speaker is carried over to it."""
    text = "وقال الوزير خالد إن العمل مستمر.\nوأبدى عدد من الأهالي استياءهم من انقطاع المياه، مشيرين إلى أن الانقطاع تكرر هذا الشهر."
    doc, qs = quotes_of(text, {"الوزير خالد": ("PER", "K"), "الأهالي": ("NORP", "A")})
    q = next(q for q in qs if q.cue == fold("أشار"))
    assert doc.text[q.start:q.end] == "الانقطاع تكرر هذا الشهر" and q.speaker == "A"
    text = "وقال الوزير خالد إن العمل مستمر.\nوشكا سكان حي الروضة في جدة تأخر المشروع، مؤكدين أن الحي بلا خدمات."
    doc, qs = quotes_of(text, {"الوزير خالد": ("PER", "K"), "الروضة": ("GPE", "R"), "جدة": ("GPE", "J")})
    q = next(q for q in qs if q.cue == fold("أكد"))
    assert doc.text[q.start:q.end] == "الحي بلا خدمات" and q.speaker is None


def test_quotes_call_with_bi_demand_opens_no_content_at_a_later_ila():
    """مطالبين بتقديم المسؤولين إلى المحكمة: the demand is the ب phrase; إلى there opens no quote."""
    text = "وأكد الناشطون أن الحادث خطير، مطالبين بتقديم المسؤولين عنه إلى المحكمة الدولية."
    doc, qs = quotes_of(text, {"الناشطون": ("ORG", "N")})
    assert [doc.text[q.start:q.end] for q in qs] == ["الحادث خطير"]


def test_quotes_speaker_named_after_content_goes_on_in_the_next_subjectless_cue():
    """…، أوضح ذلك X. وأشار إلى أن …: X, named after the content, speaks the next quote, not an earlier speaker."""
    text = ("وقال الوزير خالد إن العمل مستمر.\nوسجلت الجوازات عبور ألف مسافر، أوضح ذلك المتحدث باسم الشرطة العقيد سالم.\n"
            "وأشار إلى أن الحركة مستمرة طوال الأسبوع.")
    doc, qs = quotes_of(text, {"الوزير خالد": ("PER", "K"), "الشرطة": ("ORG", "P"), "العقيد سالم": ("PER", "S")})
    assert [(doc.text[q.start:q.end], q.speaker) for q in qs] == [("العمل مستمر", "K"), ("الحركة مستمرة طوال الأسبوع", "S")]
    text = "وقال الوزير خالد إن العمل مستمر.\nوارتفع عدد الزوار هذا العام، قال فهد العمري.\nوأضاف: نتوقع زيادة كبيرة في الموسم المقبل."
    doc, qs = quotes_of(text, {"الوزير خالد": ("PER", "K"), "فهد العمري": ("PER", "F")})
    assert [q.speaker for q in qs] == ["K", "F"]


def test_quotes_plural_participle_takes_the_subject_of_the_clause_speech_verb_not_a_name_in_content():
    """وأعرب المواطنون عن …، مؤكدين أن …: the subject of the clause's speech verb; وقالوا إن الوزارة …، مؤكدين: a name
    inside the content is no subject, and a group speaker is not carried to a later singular cue."""
    text = "وافتتحت الوزارة المشروع، وأعرب المواطنون عن تقديرهم للجهود، مؤكدين أن المشروع مفيد."
    doc, qs = quotes_of(text, {"الوزارة": ("ORG", "M"), "المواطنون": ("NORP", "C")})
    assert [(doc.text[q.start:q.end], q.speaker) for q in qs] == [("المشروع مفيد", "C")]
    text = "وقالوا إن الوزارة نجحت في عملها، مؤكدين أن الأمن مستتب. وأضاف أن الجهود مستمرة."
    doc, qs = quotes_of(text, {"الوزارة": ("ORG", "M")})
    assert [q.speaker for q in qs] == [None, None, None]


def test_quotes_call_demand_after_the_object_and_a_noun_with_ba_that_is_no_demand():
    """مطالبين الوزارة بالتحقق … إلى: no content at إلى; ودعا بيان للوزارة الحكومة إلى …: بيان is a noun, the call stands."""
    text = "وأكد الأهالي أن الطريق خطير، مطالبين البلدية بالتحقق من الأمر ونقل الحاويات إلى مكان آخر."
    doc, qs = quotes_of(text, {"الأهالي": ("NORP", "A"), "البلدية": ("ORG", "B")})
    assert [doc.text[q.start:q.end] for q in qs] == ["الطريق خطير"]
    text = "ودعا بيان للوزارة الحكومة إلى وقف الأعمال في الموقع."
    doc, qs = quotes_of(text, {"الوزارة": ("ORG", "M"), "الحكومة": ("ORG", "G")})
    assert [doc.text[q.start:q.end] for q in qs] == ["وقف الأعمال في الموقع"]


def test_quotes_a_name_in_apposition_after_an_unnamed_title_is_the_speaker():
    """وأوضح المتحدث الرسمي للإدارة العامة للمرور بالمنطقة الشرقية المقدم X أن …: X speaks, not the title phrase; a
    person who names an institution (مركز الملك فهد) is skipped for the name after it."""
    text = "وأوضح المتحدث الرسمي للإدارة العامة للمرور بالمنطقة الشرقية المقدم سامي الحربي، أن الطريق سيفتح غدا."
    doc, qs = quotes_of(text, {"المرور": ("ORG", "T"), "سامي الحربي": ("PER", "S")})
    assert [q.speaker for q in qs] == ["S"]
    assert doc.text[qs[0].speaker_start : qs[0].speaker_end] == "سامي الحربي"
    text = "وقال المتحدث الرسمي لمركز الملك فهد للأبحاث ماجد العتيبي إن الدراسة اكتملت."
    _, qs = quotes_of(text, {"فهد": ("PER", "K"), "ماجد العتيبي": ("PER", "M")})
    assert [q.speaker for q in qs] == ["M"]
    text = "وقال المتحدث الرسمي لمركز الملك فهد للأبحاث إن الدراسة اكتملت."
    doc, qs = quotes_of(text, {"فهد": ("PER", "K")})
    assert [q.speaker for q in qs] == [None]
    assert doc.text[qs[0].speaker_start : qs[0].speaker_end].startswith("المتحدث الرسمي")


def test_quotes_a_place_behind_a_preposition_and_its_noun_is_no_participle_speaker():
    """… في قطاع حرض، داعية الله أن …: حرض is the genitive of قطاع after في, no speaker."""
    text = "أعلنت القيادة مقتل جندي.\nفي قطاع حرض، داعية الله أن يتغمده برحمته."
    _, qs = quotes_of(text, {"حرض": ("GPE", "H")})
    assert [q.speaker for q in qs] == [None]
    text = "أعلنت القيادة مقتل جندي في قطاع حرض، داعية الله أن يتغمده برحمته."
    _, qs = quotes_of(text, {"القيادة": ("ORG", "C"), "حرض": ("GPE", "H")})
    assert [q.speaker for q in qs] == ["C"]


def test_quotes_a_verse_after_qala_taala_has_no_speaker_and_the_speaker_goes_on():
    """وأضاف الخطيب أن …، فقال تعالى (…). وأضاف أن …: God speaks the verse; the preacher goes on after it."""
    text = "وأكد سالم أن الظلم محرم فقال سبحانه (إن الله يأمر بالعدل والإحسان). وأضاف أن المساجد للعبادة."
    _, qs = quotes_of(text, {"سالم": ("PER", "S")})
    assert [q.speaker for q in qs] == ["S", None, "S"]


def test_quotes_the_spokesman_again_speaks_for_the_organisation_he_was_introduced_with():
    text = "وقال متحدث باسم الدفاع المدني إن الضحايا سبعة. وأضاف المتحدث أن الصاعقة أدت إلى إصابة شخصين."
    doc, qs = quotes_of(text, {"الدفاع المدني": ("ORG", "CD")})
    assert [q.speaker for q in qs] == ["CD", "CD"]
    assert doc.text[qs[1].speaker_start:qs[1].speaker_end] == "المتحدث"
    # no spokesman before: the title stays unnamed
    doc, qs = quotes_of("وأضاف المتحدث أن الصاعقة أدت إلى إصابة شخصين.", {"الدفاع المدني": ("ORG", "CD")})
    assert [q.speaker for q in qs] == [None]


def test_quotes_a_role_before_a_name_and_a_role_in_apposition_earlier():
    text = "وقال رئيس التوجيه والإرشاد الأستاذ عبدالرحمن التركي إن المعرض ناجح."
    doc, qs = quotes_of(text, {"عبدالرحمن التركي": ("PER", "TURKI")})
    assert [q.speaker for q in qs] == ["TURKI"]
    text = "أكد أموس هوكستين المبعوث الخاص ومنسق شئون الطاقة أن الأسواق ستتحسن. وأشار منسق شئون الطاقة إلى أن الطلب سيرتفع."
    doc, qs = quotes_of(text, {"أموس هوكستين": ("PER", "AMOS")})
    assert [q.speaker for q in qs] == ["AMOS", "AMOS"]
    assert doc.text[qs[1].speaker_start:qs[1].speaker_end].startswith("منسق")


def test_quotes_the_sources_again_are_the_sources_introduced_before():
    text = "قالت مصادر أمنية إن جنديين قتلا. وذكرت المصادر أن متمردين فجروا عبوة."
    doc, qs = quotes_of(text, {"مصادر أمنية": ("ORG", "SEC")})
    assert [q.speaker for q in qs] == ["SEC", "SEC"]
    assert doc.text[qs[1].speaker_start:qs[1].speaker_end] == "المصادر"


def test_quotes_the_speaker_follows_a_quoted_outlet_after_the_cue():
    # the paper the speaker talked to is the channel, not the speaker; the name after it speaks
    text = 'ويقول لـ "الاقتصادية"، جون تايلر الخبير القانوني، إن بيان الشركة يؤكد التزامها بالقانون.'
    doc, qs = quotes_of(text, {"جون تايلر": ("PER", "J"), "الشركة": ("ORG", "C")})
    q = next(q for q in qs if q.cue == "قال")
    assert q.speaker == "J" and doc.text[q.speaker_start:q.speaker_end] == "جون تايلر"
    assert doc.text[q.channel_start:q.channel_end] == 'لـ "الاقتصادية"'


def test_quotes_a_quoted_outlet_without_a_speaker_after_it_leaves_the_subject_to_the_clause():
    text = 'وصل الوزير أحمد إلى المدينة. وقال لـ«الحياة» إن الوضع مستقر تماما.'
    doc, qs = quotes_of(text, {"الوزير أحمد": ("PER", "A"), "الحياة": ("ORG", "H")})
    assert len(qs) == 1
    assert doc.text[qs[0].channel_start:qs[0].channel_end] == "لـ«الحياة»" and qs[0].channel == "H"
    assert doc.text[qs[0].start:qs[0].end] == "الوضع مستقر تماما"


def test_quotes_an_unknown_name_between_a_quoted_outlet_and_an_is_the_speaker():
    # the tagger knows no ريتشار; the words from the outlet to أن are still the speaker, and he goes on speaking
    text = 'وقال جون تايلر إن الشركة ملتزمة. ويوضح لـ "الاقتصادية"، ريتشار مار المختص النفطي أن الأمر سيتوقف على التحقيق. وأضاف أن الصناعة لن تتضرر.'
    doc, qs = quotes_of(text, {"جون تايلر": ("PER", "J")})
    spans = [doc.text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None for q in qs]
    assert [q.cue for q in qs] == ["قال", "اوضح", "اضاف"]
    assert qs[0].speaker == "J"
    assert spans[1:] == ["ريتشار مار المختص النفطي"] * 2 and qs[1].speaker is None and qs[2].speaker is None


def test_quotes_reported_saying_after_an_is_spoken_by_the_one_named_after_an():
    # نقلت X عن Y قوله: Y speaks, X relays (the channel); the pronoun noun is no name after a title
    text = "ونقلت وكالة رويترز عن محمد علي جعفري قائد الحرس الثوري قوله إن بلاده مستعدة للرد."
    doc, qs = quotes_of(text, {"وكالة رويترز": ("ORG", "R"), "محمد علي جعفري": ("PER", "J")})
    assert len(qs) == 1 and not qs[0].direct
    q = qs[0]
    assert (q.speaker, q.channel, doc.text[q.start : q.end]) == ("J", "R", "بلاده مستعدة للرد")
    assert q.cue == "قال" and doc.text[q.channel_start : q.channel_end] == "وكالة رويترز"


def test_quotes_reported_saying_names_a_speaker_the_tagger_does_not_know():
    # the channel's words end at the date (the times stage runs before the quotes)
    text = 'ونقلت وسائل إعلام محلية أمس السبت عن ماجوميد دينييف من وزارة الداخلية قوله: "من الصعب تصور ذلك أمام الشرطة".'
    doc = rasid.analyze(text)
    qs = doc.quotes
    assert len(qs) == 1 and qs[0].direct
    q = qs[0]
    assert doc.text[q.speaker_start : q.speaker_end] == "ماجوميد دينييف" and q.speaker is None
    assert doc.text[q.channel_start : q.channel_end] == "وسائل إعلام محلية"


def test_quotes_saying_with_bi_is_said_by_the_clause_subject():
    text = "وهاتف نتنياهو الرئيس عباس، ورد عباس بقوله إنه يجب محاربة الإرهاب."
    doc, qs = quotes_of(text, {"نتنياهو": ("PER", "N"), "عباس": ("PER", "A")})
    assert [(q.speaker, doc.text[q.start : q.end]) for q in qs] == [("A", "يجب محاربة الإرهاب")]


def test_quotes_an_after_a_conjunction_opens_no_speech():
    # بعد أن "after": the clause belongs to the subject; the speech starts at the later إنها
    text = "وقالت الصحفية بعد أن انسحبت من العلاقة، إنها أنشأت حسابا وهميا."
    doc, qs = quotes_of(text, {})
    assert [(doc.text[q.speaker_start : q.speaker_end], doc.text[q.start : q.end]) for q in qs] == [("الصحفية", "أنشأت حسابا وهميا")]
    text = "كما أصدر الجيش بيانا أعرب فيه عن شكره بعد أن تقدم الكثير من المواطنين بطلبات للالتحاق."
    assert quotes_of(text, {"الجيش": ("ORG", "A")})[1] == []


def test_quotes_a_name_after_a_researcher_in_his_field_speaks():
    text = "وقال الباحث في الشؤون الإسلامية حسن أبو هنية إن التنظيم يتمدد."
    doc, qs = quotes_of(text, {"حسن أبو هنية": ("PER", "H")})
    assert [q.speaker for q in qs] == ["H"]


def test_quotes_a_verse_cited_with_bi_qawlihi_has_no_speaker():
    text = 'وحذر الشيخ سالم من القتل، مستدلا بقوله تعالى: "ولا تقتلوا النفس التي حرم الله إلا بالحق".'
    doc, qs = quotes_of(text, {"الشيخ سالم": ("PER", "S")})
    assert [(q.speaker, q.speaker_start) for q in qs] == [(None, None)]


def test_quotes_the_antecedent_of_a_relative_before_the_cue_speaks_even_behind_a_preposition():
    text = 'وتعرفت من خلاله على "أبو بلال" في مدينة الرقة. وتحدثت مع "أبو بلال"، الذي قال لها إن الرحلة محفوفة بالمخاطر.'
    doc, qs = quotes_of(text, {"أبو بلال": ("PER", "B"), "الرقة": ("GPE", "R")})
    assert [(q.speaker, doc.text[q.start : q.end]) for q in qs] == [("B", "الرحلة محفوفة بالمخاطر")]


def test_quotes_a_quoted_outlet_after_the_speaker_is_the_channel():
    text = 'وقال مصدر محلي لـ"الاقتصادية"، إن المقاومة انتهت من دحر المسلحين.'
    doc, qs = quotes_of(text, {})
    assert [(doc.text[q.speaker_start : q.speaker_end], doc.text[q.channel_start : q.channel_end]) for q in qs] == [("مصدر محلي", 'لـ"الاقتصادية"')]


def test_quotes_a_document_after_jaa_fi_is_spoken_by_its_author():
    text = "وجاء في بيان رئيس إقليم كردستان مسعود برزاني «يجب على قوات الحزب إبعاد ساحة الحرب عن الإقليم». وجاء في التقرير أن الأسعار ارتفعت."
    doc, qs = quotes_of(text, {"مسعود برزاني": ("PER", "B")})
    assert [(q.speaker, q.cue, doc.text[q.start : q.end]) for q in qs] == [
        ("B", "جاء", "يجب على قوات الحزب إبعاد ساحة الحرب عن الإقليم"), (None, "جاء", "الأسعار ارتفعت")]
    # جاء without في opens no speech
    text = "وجاء الهجوم بعد يوم من إعلان الحكومة أن الوضع مستقر."
    assert quotes_of(text, {"الحكومة": ("ORG", "G")})[1] == []


def test_quotes_lam_of_a_group_that_is_no_medium_is_no_outlet():
    text = 'وأشار الأمين العام لـ«أوبك» عبدالله البدري إلى أن الدول الأعضاء لن تخفض الإنتاج.'
    doc = rasid.analyze(text)
    assert [q.channel_start for q in doc.quotes] == [None]


def test_quotes_the_observatory_alone_speaks():
    doc = rasid.analyze("وقال المرصد السوري لحقوق الإنسان إن القصف مستمر. وأشار المرصد إلى أن 20 قتلوا.")
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes] == ["المرصد السوري لحقوق الإنسان", "المرصد"]


def test_quotes_the_subject_between_an_and_a_call_verb_speaks_not_its_object():
    doc, qs = quotes_of("ولفتت إلى أن بحاح دعا خلال زيارته تلك أهالي المدينة إلى العودة إليها.", {"أهالي": ("NORP", "P")})
    assert [(doc.text[q.speaker_start : q.speaker_end], doc.text[q.start : q.end]) for q in qs] == [("بحاح", "العودة إليها")]


def test_quotes_the_person_named_after_a_role_and_its_organisation_speaks():
    doc = rasid.analyze("وقال مدير المرصد رامي عبد الرحمن لـ«الشرق الأوسط» إن 18 شخصا قتلوا.")
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes] == ["رامي عبد الرحمن"]


def test_quotes_a_name_after_a_nationality_and_a_few_words_of_role_speaks():
    text = "وقال الممثل الأميركي الخاص للشؤون التجارية مايكل فرومان إن الدول المشاركة قررت استكمال المباحثات."
    doc, qs = quotes_of(text, {"الأميركي": ("NORP", "US"), "مايكل فرومان": ("PER", "F")})
    assert [q.speaker for q in qs] == ["F"]


def test_quotes_the_subject_between_kana_and_qad_speaks():
    doc, qs = quotes_of("وكان مسؤول بمجلس شورى مقاتلي درنة قد صرح بأن المعركة خلفت ستة قتلى.", {"مجلس شورى": ("ORG", "M"), "درنة": ("GPE", "D")})
    assert [doc.text[q.speaker_start : q.speaker_end] for q in qs] == ["مسؤول بمجلس شورى مقاتلي درنة"]


def test_quotes_a_group_completing_its_verb_with_biqawlihi_speaks():
    text = "وقال المسؤول إن الوضع هادئ. ووصف أحد السكان المحليين حالة الرعب بقوله: «كنت في منزلي عندما سمعت انفجارا قويا»."
    doc = rasid.analyze(text)
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes if q.direct] == ["السكان"]


def test_quotes_an_agency_in_brackets_after_the_source_does_not_speak():
    doc = rasid.analyze("وقال مصدر (أ.ف.ب) إن الوضع هادئ.")
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes] == ["مصدر"]


def test_quotes_a_feminine_source_noun_with_adjectives_speaks():
    doc = rasid.analyze("وقالت متحدثة عسكرية إسرائيلية إن الجنود أطلقوا النار على مشتبه به. وقال متحدث عسكري إسرائيلي إن التحقيق مستمر.")
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes] == ["متحدثة عسكرية إسرائيلية", "متحدث عسكري إسرائيلي"]


def test_quotes_the_spokesman_of_a_titled_principal_speaks_not_the_principal():
    text = "وقال المتحدث باسم الرئيس الفلسطيني محمود عباس إن القرار نهائي. وقال المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف إن القصف توقف."
    doc = rasid.analyze(text)
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes] == ["المتحدث باسم الرئيس الفلسطيني", "إيغور كوناشينكوف"]


def test_quotes_abr_is_a_channel_only_before_a_medium():
    text = "وقال الوزير عبر حسابه في تويتر إن الوزارة ستعلن النتائج. وقال شاهد وهو يصف عبور اللاجئين عبر المنافذ البرية إن المشهد كان مبكيا."
    doc = rasid.analyze(text)
    assert [q.channel_start is not None and doc.text[q.channel_start : q.channel_end] for q in doc.quotes] == ["عبر حسابه", False]


def test_quotes_a_channel_named_in_marks_after_its_noun_and_a_reversed_outlet_mark():
    text = "وقال الوزير في لقاء مع قناة «روسيا اليوم» إن بلاده تسلمت الأسلحة. وقال الوزير لـ»الجزيرة» إن العقود نافذة."
    doc = rasid.analyze(text)
    assert [doc.text[q.channel_start : q.channel_end] for q in doc.quotes] == ["في لقاء مع قناة «روسيا اليوم»", "لـ»الجزيرة»"]
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes] == ["الوزير", "الوزير"]


def test_quotes_unnamed_sources_before_a_plural_verb_speak():
    doc = rasid.analyze("وأراد الرئيس السفر. ولكن مسؤولين سودانيين قالوا إن طلب التأشيرة كان معلقا.")
    assert [doc.text[q.speaker_start : q.speaker_end] for q in doc.quotes] == ["مسؤولين سودانيين"]


def test_quotes_a_direct_quote_right_after_a_title_with_no_name():
    doc = rasid.analyze("وقال الوزير «نحن مستعدون للحوار». وأضاف أن الحكومة ستعلن القرار.")
    assert [(q.direct, doc.text[q.speaker_start : q.speaker_end]) for q in doc.quotes] == [(True, "الوزير"), (False, "الوزير")]


def test_quotes_a_direct_quote_after_the_speaker_and_the_agency_he_told():
    text = "وقال مدير المرصد رامي عبد الرحمن لوكالة الصحافة الفرنسية «خطف المسلحون خمسة مقاتلين على الأقل»."
    doc = rasid.analyze(text)
    assert [(q.direct, doc.text[q.speaker_start : q.speaker_end], doc.text[q.channel_start : q.channel_end]) for q in doc.quotes] == [
        (True, "رامي عبد الرحمن", "لوكالة الصحافة الفرنسية")
    ]


def test_quotes_indirect_content_ends_before_thumma_and_the_next_cue():
    doc = rasid.analyze("وقال الطالب لها إنه صنع قنبلة في حلة الطهي، ثم تابع: هكذا نقتل الجميع.")
    assert [doc.text[q.start : q.end] for q in doc.quotes] == ["صنع قنبلة في حلة الطهي", "هكذا نقتل الجميع"]


def test_quotes_no_speaker_is_taken_from_inside_the_quote():
    text = 'وقال البيان الفرنسي "رئيس الجمهورية يود أن يشكر كل من ساهم في هذا الإفراج".'
    doc = rasid.analyze(text)
    [q] = doc.quotes
    assert q.direct and (q.speaker_start is None or q.speaker_end <= q.start - 1)


def test_quotes_a_direct_quote_after_where_or_when_it_was_said():
    text = "وقالت الوزيرة في التسجيل المصور «أنا بخير والحمد لله». وقال الوزير اليوم الجمعة «نحن مستعدون للحوار»."
    doc = rasid.analyze(text)
    assert [(q.direct, doc.text[q.speaker_start : q.speaker_end], doc.text[q.start : q.end]) for q in doc.quotes] == [
        (True, "الوزيرة", "أنا بخير والحمد لله"),
        (True, "الوزير", "نحن مستعدون للحوار"),
    ]
    # a quoted name after في, or a short one the clause goes on after, is no speech
    doc = rasid.analyze("وقال الوزير في «منتدى الإعلام العربي» إن الحكومة ستعلن القرار.")
    assert [(q.direct, doc.text[q.start : q.end]) for q in doc.quotes] == [(False, "الحكومة ستعلن القرار")]
    doc = rasid.analyze("ويقول الباحث في حديث نقلته «تكنولوجي ريفيو» إن الأسعار لن ترتفع.")
    assert [(q.direct, doc.text[q.start : q.end]) for q in doc.quotes] == [(False, "الأسعار لن ترتفع")]


def test_quotes_a_one_word_answer_introduced_by_its_speaker_is_a_quote():
    doc = rasid.analyze("وسئل عن الاتفاق، فقال الوزير «نعم».")
    assert [(doc.text[q.speaker_start : q.speaker_end], doc.text[q.start : q.end]) for q in doc.quotes] == [("الوزير", "نعم")]
    doc = rasid.analyze('ووصف الوزير الاتفاق بأنه "ممتاز".')  # a scare-quoted word is no quote
    assert not [q for q in doc.quotes if q.direct]
    doc = rasid.analyze("أعلن المعهد السعودي للخطوط الحديدية «سرب». وقالت وكالة الأنباء الكويتية «كونا».")  # acronyms
    assert not doc.quotes
    assert not rasid.analyze('وجاء في المركز الثاني فيلم الخيال العلمي "بكسيلز".').quotes  # a title in a ranking


def test_quotes_after_a_colon_that_follows_the_outlet_told_in_marks():
    text = 'وقال الناشط المدني مجيد الزبيدي لـ"الوطن": من الطبيعي جدا أن يقف الائتلاف ضد الإرادة الشعبية.'
    doc = rasid.analyze(text)
    assert [(doc.text[q.speaker_start : q.speaker_end], doc.text[q.channel_start : q.channel_end], doc.text[q.start : q.end]) for q in doc.quotes] == [
        ("الناشط المدني مجيد الزبيدي", 'لـ"الوطن"', "من الطبيعي جدا أن يقف الائتلاف ضد الإرادة الشعبية")
    ]
