"""Event stage: triggers, Arabic argument order, modality, and the seed article.

Documents are built by hand (tokens, sentences, mentions, entities, times,
quantities, quotes) so that these tests do not depend on the other stages.
"""

from __future__ import annotations

import re

import pytest

from rasid.document import Document, Entity, Quantity, Quote, Timex
from rasid.extract.events import event_arguments, extract_events, load_lexicon, noun_forms, verb_forms
from rasid.knowledge.lexicon import load_tsv
from conftest import build_doc

SEED_NAMES = {
    "حركة طالبان باكستان": ("ORG", "TTP"),
    "طالبان باكستان": ("ORG", "TTP"),
    "حركته": ("ORG", "TTP"),
    "داعش": ("ORG", "ISIS"),
    "الدولة الاسلامية": ("ORG", "ISIS"),
    "التنظيم التكفيري": ("ORG", "ISIS"),
    "هذا التنظيم": ("ORG", "ISIS"),
    "العراق": ("GPE", "IRQ"),
    "سورية": ("GPE", "SYR"),
    "سوريا": ("GPE", "SYR"),
    "الشام": ("GPE", "SYR"),
    "باكستان": ("GPE", "PAK"),
    "الجماعات التكفيرية الأخرى": ("ORG", "MIL"),
    "الجماعات المتطرفة": ("ORG", "MIL"),
    "تنظيمات تكفيرية": ("ORG", "MIL"),
    "التنظيمات الجهادية": ("ORG", "MIL"),
    "جبهة النصرة": ("ORG", "NUSRA"),
    "تنظيم القاعدة": ("ORG", "AQ"),
    "شهيد الله شهيد": ("PER", "SHAHID"),
    "شهيد": ("PER", "SHAHID"),
    "وكالة فرانس برس": ("ORG", "AFP"),
    "التحالف الدولي": ("ORG", "COAL"),
    "الولايات المتحدة": ("GPE", "USA"),
    "جماعة الأحرار": ("ORG", "JUA"),
    "جماعة الاحرار": ("ORG", "JUA"),
    "جماعته": ("ORG", "JUA"),
    "عمر خالد الخراساني": ("PER", "KHURASANI"),
    "الخراساني": ("PER", "KHURASANI"),
    "مولانا فضل الله": ("PER", "FAZLULLAH"),
}
ENTITY_INFO = {
    "TTP": ("ORG", "PAK", "REB"), "ISIS": ("ORG", None, "REB"), "IRQ": ("GPE", "IRQ", None), "SYR": ("GPE", "SYR", None),
    "PAK": ("GPE", "PAK", None), "MIL": ("ORG", None, "REB"), "NUSRA": ("ORG", "SYR", "REB"), "AQ": ("ORG", None, "REB"),
    "SHAHID": ("PER", "PAK", "REB"), "AFP": ("ORG", "FRA", "MED"), "COAL": ("ORG", None, "MIL"), "USA": ("GPE", "USA", None),
    "JUA": ("ORG", "PAK", "REB"), "KHURASANI": ("PER", "PAK", "REB"), "FAZLULLAH": ("PER", "PAK", "REB"),
}


def with_entities(doc: Document) -> Document:
    """Entities for every entity id the hand-placed mentions use."""
    for eid in sorted({m.entity for m in doc.mentions if m.entity}):
        label, country, sector = ENTITY_INFO.get(eid, ("ORG", None, None))
        names = [m for m in doc.mentions if m.entity == eid]
        doc.entities.append(Entity(eid, label, doc.text[names[0].start : names[0].end], [m.id for m in names], country=country, sector=sector))
    return doc


def span_of(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    hits = [m.span() for m in re.finditer(re.escape(needle), text)]
    return hits[nth]


@pytest.fixture(scope="module")
def seed(seed_text) -> Document:
    return seed_document(seed_text)


def seed_document(seed_text: str) -> Document:
    """The seed article with the layers the other stages will give it, placed by hand."""
    doc = with_entities(build_doc(seed_text, SEED_NAMES, published="2014-10-05"))
    s, e = span_of(seed_text, "أمس السبت", 1)
    doc.times.append(Timex(s, e, id="t1", kind="date", value="2014-10-04"))
    s, e = span_of(seed_text, "ايلول/سبتمبر")
    doc.times.append(Timex(s, e, id="t2", kind="month", value="2014-09"))
    s, e = span_of(seed_text, "ما بين الف و1500 مقاتل")
    doc.quantities.append(Quantity(s, e, id="q1", low=1000, high=1500, unit="مقاتل"))
    s, _ = span_of(seed_text, "حركته ارسلت")
    _, e = span_of(seed_text, "مقاتل إلى العراق وسورية")
    doc.quotes.append(Quote(s, e, id="qt1", direct=False, speaker="SHAHID", cue="مؤكدا"))
    s, _ = span_of(seed_text, "سنستمر")
    _, e = span_of(seed_text, "لخدمة الاسلام")
    doc.quotes.append(Quote(s, e, id="qt2", direct=True, speaker="SHAHID", cue="اضاف"))
    extract_events(doc)
    return doc


def find(doc: Document, type_: str, trigger: str, sentence: int | None = None):
    out = [e for e in doc.events if e.type == type_ and trigger in doc.text[e.start : e.end] and (sentence is None or e.sentence == sentence)]
    assert out, f"no {type_} on {trigger!r}: {[(e.type, doc.text[e.start:e.end]) for e in doc.events]}"
    return out[0]


def build(
    text: str, names: dict[str, tuple[str, str]], info: dict[str, tuple[str, str | None, str | None]] | None = None, agents: tuple[str, ...] = ()
) -> Document:
    doc = build_doc(text, names)
    for m in doc.mentions:
        if text[m.start : m.end] in agents:
            m.kind = "agent"  # a generic agent of agents.tsv (مسلحون، مجهولان), as the entity stage marks it
    for eid in sorted({m.entity for m in doc.mentions if m.entity}):
        label, country, sector = (info or {}).get(eid, (next(m.label for m in doc.mentions if m.entity == eid), None, None))
        doc.entities.append(Entity(eid, label, eid, [m.id for m in doc.mentions if m.entity == eid], country=country, sector=sector))
    extract_events(doc)
    return doc


# --- lexicon -------------------------------------------------------------------------

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_trigger_rows_are_plover_and_cite_the_seed():
    """The 16 PLOVER 2021 categories only: taking territory is COERCE, mode seize (CAMEO 192)."""
    seed = {(r["trigger"], r["type"]): r["cameo"] for r in load_tsv("event_triggers_cameo.tsv")}
    rows = load_tsv("event_triggers.tsv")
    assert len(rows) > 80
    for r in rows:
        assert r["type"] in PLOVER, r
        assert r["pos"] in ("verb", "noun"), r
        assert r["next"] in ("source", "target", "none"), r
        if r["origin"].startswith("cameo:"):
            from rasid.text.normalize import fold

            assert seed.get((fold(r["trigger"]), r["type"])) == r["origin"].split(":")[1], r


def test_seed_file_maps_cameo_codes_through_cameo2plover():
    rows = {(r["trigger"], r["type"]) for r in load_tsv("event_triggers_cameo.tsv")}
    assert ("قتل", "ASSAULT") in rows and ("تظاهر", "PROTEST") in rows and ("اتهم", "ACCUSE") in rows


def test_verb_forms_cover_inflection():
    forms = verb_forms("ارسل")
    assert {"ارسلت", "ارسلوا", "يرسل", "ترسل", "يرسلون", "نرسل"} <= set(forms)
    assert forms["نرسل"] is True and forms["ارسلت"] is False  # first person has no subject after it
    assert {"دعت", "دعوا", "يدعو"} <= set(verb_forms("دعا"))
    assert "هجوما" in noun_forms("هجوم")
    assert "تظاهرات" in noun_forms("تظاهره")


def test_lexicon_loads_once_and_indexes_clitic_free_forms():
    lex = load_lexicon()
    assert lex is load_lexicon()
    assert any(t.type == "ASSAULT" for t, _, _ in lex.index["قتل"])


# --- argument order ---------------------------------------------------------------------


def args_text(doc: Document, ev) -> tuple[str | None, str | None]:
    a = event_arguments(doc)[ev.id]
    return (doc.text[a.source.start : a.source.end] if a.source else None, doc.text[a.target.start : a.target.end] if a.target else None)


def test_vso_subject_then_object():
    doc = build("وهاجم مسلحون الشرطة المصرية في سيناء.", {"مسلحون": ("ORG", "GUN"), "الشرطة المصرية": ("ORG", "POL"), "سيناء": ("LOC", "SIN")})
    ev = find(doc, "ASSAULT", "هاجم")
    assert (ev.source_actor, ev.target_actor, ev.locations) == ("GUN", "POL", ["SIN"])


def test_svo_plural_verb_takes_the_subject_before():
    doc = build("المتظاهرون تجمعوا أمام البرلمان.", {"المتظاهرون": ("ORG", "DEMO")})
    ev = find(doc, "PROTEST", "تجمعوا")
    assert ev.source_actor == "DEMO"


def test_passive_agent_and_victim():
    doc = build("قتل ثلاثة جنود على يد مسلحين في بغداد.", {"جنود": ("ORG", "SOL"), "مسلحين": ("ORG", "GUN"), "بغداد": ("GPE", "BGD")})
    ev = find(doc, "ASSAULT", "قتل")
    assert (ev.source_actor, ev.target_actor) == ("GUN", "SOL")


def test_killing_with_a_count_is_passive():
    doc = build("وقتل خمسة مدنيين في الهجوم.", {})
    ev = find(doc, "ASSAULT", "قتل")
    assert args_text(doc, ev) == (None, "مدنيين")


def test_nominal_event_genitive_source_and_prepositional_target():
    doc = build("أدان الوزير هجوم المسلحين على الشرطة.", {"الوزير": ("PER", "MIN"), "المسلحين": ("ORG", "GUN"), "الشرطة": ("ORG", "POL")})
    ev = find(doc, "ASSAULT", "هجوم")
    assert (ev.source_actor, ev.target_actor) == ("GUN", "POL")
    acc = find(doc, "ACCUSE", "أدان")
    assert acc.source_actor == "MIN"


def test_relative_clause_hands_subject_to_antecedent():
    doc = build(
        "التحالف الذي تقوده الولايات المتحدة ويشن غارات على مواقع المتمردين.",
        {"التحالف": ("ORG", "COAL"), "الولايات المتحدة": ("GPE", "USA"), "المتمردين": ("ORG", "REB")},
    )
    ev = find(doc, "ASSAULT", "غارات")
    assert (ev.source_actor, ev.target_actor, ev.mode) == ("COAL", "REB", "aerial")


def test_fallback_spans_without_entities():
    doc = build("واعتصم المتظاهرون قرب المحطة.", {})
    ev = find(doc, "PROTEST", "اعتصم")
    assert ev.source_actor is None
    assert args_text(doc, ev)[0] == "المتظاهرون"


# --- modality ----------------------------------------------------------------------------


def test_negation_before_trigger():
    doc = build("لم يهاجم الجيش المدينة.", {"الجيش": ("ORG", "ARMY")})
    assert find(doc, "ASSAULT", "يهاجم").modality == "negated"


def test_denial_verb_negates():
    doc = build("نفت الحكومة أنها اعتقلت الصحفي.", {"الحكومة": ("ORG", "GOV"), "الصحفي": ("PER", "JRN")})
    assert find(doc, "COERCE", "اعتقلت").modality == "negated"


def test_intent_folds_into_a_pledged_agree():
    doc = build("تعهدت الحكومة بإرسال مساعدات إلى اللاجئين.", {"الحكومة": ("ORG", "GOV"), "اللاجئين": ("ORG", "REF")})
    types = [e.type for e in doc.events]
    assert types == ["AGREE"], types
    ev = doc.events[0]
    assert (ev.modality, ev.source_actor, ev.target_actor) == ("pledged", "GOV", "REF")


def test_intent_to_use_force_is_a_threat():
    doc = build("الجيش مستعد لقصف مواقع المتمردين.", {"الجيش": ("ORG", "ARMY"), "المتمردين": ("ORG", "REB")})
    ev = doc.events[0]
    assert (ev.type, ev.modality) == ("THREATEN", "pledged")


def test_event_inside_a_quote_is_claimed_by_the_speaker():
    text = 'وقال المتحدث إن "المسلحين هاجموا القرية".'
    doc = build_doc(text, {"المتحدث": ("PER", "SPK"), "المسلحين": ("ORG", "GUN")})
    doc.entities += [Entity("SPK", "PER", "x"), Entity("GUN", "ORG", "y")]
    s, e = span_of(text, "المسلحين هاجموا القرية")
    doc.quotes.append(Quote(s, e, id="qt1", speaker="SPK"))
    extract_events(doc)
    ev = find(doc, "ASSAULT", "هاجموا")
    assert (ev.modality, ev.claimed_by, ev.quote, ev.source_actor) == ("claimed", "SPK", "qt1", "GUN")


def test_riot_police_is_not_a_riot():
    doc = build("وانتشرت قوات مكافحة الشغب في الشوارع.", {})
    assert not [e for e in doc.events if e.type == "PROTEST"]


def test_events_have_ids_spans_and_provenance():
    doc = build("وهاجم مسلحون الشرطة ثم اعتقلت الشرطة اثنين منهم.", {"مسلحون": ("ORG", "GUN"), "الشرطة": ("ORG", "POL")})
    assert [e.id for e in doc.events] == [f"e{i + 1}" for i in range(len(doc.events))]
    for e in doc.events:
        assert doc.text[e.start : e.end].strip() and e.source.startswith("event_triggers:")


# --- the seed article ---------------------------------------------------------------------


def test_seed_pledge_of_fighters_to_isis(seed):
    ev = find(seed, "AGREE", "تعهدت", sentence=1)
    assert (ev.source_actor, ev.target_actor, ev.mode, ev.modality) == ("TTP", "ISIS", "military", "pledged")
    assert ev.locations == ["IRQ", "SYR"]
    assert seed.times[0].id == ev.time and seed.times[0].value == "2014-10-04"


def test_seed_request_to_isis_and_call_to_unite(seed):
    ev = find(seed, "REQUEST", "مطالبة", sentence=1)
    assert (ev.source_actor, ev.target_actor) == ("TTP", "ISIS")
    call = find(seed, "REQUEST", "دعا", sentence=2)
    assert (call.source_actor, call.target_actor) == ("SHAHID", "MIL")


def test_seed_aid_claimed_by_shahid_with_count(seed):
    ev = find(seed, "AID", "ارسلت")
    assert (ev.source_actor, ev.target_actor, ev.mode) == ("TTP", "ISIS", "military")
    assert (ev.modality, ev.claimed_by, ev.quantity) == ("claimed", "SHAHID", "q1")


def test_seed_allegiance_negated(seed):
    ev = find(seed, "SUPPORT", "مبايعة")
    assert (ev.source_actor, ev.target_actor, ev.modality) == ("TTP", "ISIS", "negated")


def test_seed_coalition_air_strikes(seed):
    ev = find(seed, "ASSAULT", "غارات")
    assert (ev.source_actor, ev.target_actor, ev.mode, ev.locations) == ("COAL", "MIL", "aerial", ["IRQ", "SYR"])


def test_seed_split_mediation_and_mutual_accusation(seed):
    split = find(seed, "SANCTION", "انشقت", sentence=11)
    assert (split.mode, split.source_actor, split.target_actor) == ("withdraw", "JUA", "TTP")
    assert seed.times[1].id == split.time
    offer = find(seed, "AGREE", "يعرض")
    assert (offer.mode, offer.modality, offer.target_actor) == ("mediate", "pledged", "ISIS")
    assert find(seed, "AGREE", "تصلح").source_actor == "JUA"
    acc = {(e.source_actor, e.target_actor) for e in seed.events if e.type == "ACCUSE"}
    assert acc == {("JUA", "TTP"), ("TTP", "JUA")}


def test_seed_real_pipeline(seed_doc):
    """On the real pipeline output; waits for the entity layer."""
    if not seed_doc.entities:
        pytest.skip("entity layer is still empty")
    types = {e.type for e in seed_doc.events}
    assert {"AGREE", "REQUEST", "AID", "ASSAULT", "ACCUSE"} <= types
    agree = [e for e in seed_doc.events if e.type == "AGREE" and e.modality == "pledged" and e.sentence == 1]
    assert agree and agree[0].source_actor is not None


def test_speed_is_linear():
    import time

    text = "وهاجم مسلحون الشرطة في بغداد أمس وقتل ثلاثة جنود. " * 400
    doc = build_doc(text, {"مسلحون": ("ORG", "GUN"), "الشرطة": ("ORG", "POL")})
    t = time.perf_counter()
    extract_events(doc)
    assert time.perf_counter() - t < 2.0
    assert len(doc.events) >= 800


def test_verbs_take_no_preposition_clitic():
    doc = build("وبحث الوزير مع نظيره الأزمة.", {"الوزير": ("PER", "MIN")})
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_denial_governs_a_long_complement_and_negated_light_verb():
    doc = build("نفت الوزارة أمس الأربعاء أن تكون طائراتها قد قصفت مستشفى.", {"الوزارة": ("ORG", "MOD")})
    assert find(doc, "ASSAULT", "قصفت").modality == "negated"
    doc = build("لم تنفذ الطائرات أي غارة على المنطقة.", {})
    assert find(doc, "ASSAULT", "غارة").modality == "negated"


def test_arrest_phrase_and_seizure():
    doc = build("ألقت قوات الأمن القبض على 431 شخصا.", {"قوات الأمن": ("ORG", "SEC")})
    ev = find(doc, "COERCE", "ألقت")
    assert (ev.mode, ev.source_actor) == ("arrest", "SEC")
    doc = build("وسيطر تنظيم داعش على مدينة الموصل.", {"تنظيم داعش": ("ORG", "ISIS"), "الموصل": ("GPE", "MOS")})
    ev = find(doc, "COERCE", "سيطر")
    assert ev.mode == "seize" and ev.source_actor == "ISIS" and ev.locations == ["MOS"]


def test_shipped_detector_scores_events():
    from rasid.extract.events import detected, load_detector

    models = load_detector()
    assert set(models) == {"PROTEST", "ASSAULT"}
    doc = build("وهاجم مسلحون مركزا للشرطة في بغداد أمس وقتلوا ثلاثة جنود.", {"مسلحون": ("ORG", "GUN")})
    assert all(0.0 <= e.score <= 1.0 for e in doc.events)
    assert detected(doc, "ASSAULT") == any(e.score >= models["ASSAULT"]["threshold"] for e in doc.events if e.type == "ASSAULT")


# --- argument evidence, actor codes and constructions of the event gold standard ------------------


def test_argument_spans_are_kept_on_the_event_with_codes():
    doc = build(
        "اعتقلت الشرطة المصرية 30 متظاهرا.",
        {"الشرطة المصرية": ("ORG", "POL"), "متظاهرا": ("NORP", "PROT")},
        {"POL": ("ORG", "EGY", "COP"), "PROT": ("NORP", None, "CVL")},
    )
    ev = find(doc, "COERCE", "اعتقلت")
    assert doc.text[ev.source_start : ev.source_end] == "الشرطة المصرية"
    assert (ev.source_country, ev.source_sector) == ("EGY", "COP")
    assert doc.text[ev.target_start : ev.target_end] == "متظاهرا"
    assert ev.target_sector == "CVL"


def test_argument_code_from_head_noun_and_plover_sector_map():
    # no entity: the head noun gives the sector; INS (CAMEO) is REB in PLOVER
    doc = build("وقتل مسلحين خمسة أشخاص.", {})
    ev = find(doc, "ASSAULT", "وقتل")
    assert doc.text[ev.source_start : ev.source_end] == "مسلحين" and ev.source_sector == "UAF"
    doc = build("وقتل مسلحون خمسة أشخاص.", {})  # coders give the nominative مسلحون REB (folds 0-2 and 3-4 alike)
    assert find(doc, "ASSAULT", "وقتل").source_sector == "REB"
    doc = build("هاجم المتمردون القوات.", {"المتمردون": ("NORP", "INS")}, {"INS": ("NORP", None, "INS")})
    assert find(doc, "ASSAULT", "هاجم").source_sector == "REB"


def test_undergo_verb_makes_its_subject_the_target():
    doc = build(
        "وتعرضت القوات الأمريكية لهجوم على أيدي مسلحين في الرمادي.",
        {"القوات الأمريكية": ("ORG", "USF"), "مسلحين": ("NORP", "GUN"), "الرمادي": ("GPE", "RAM")},
    )
    ev = find(doc, "ASSAULT", "لهجوم")
    assert ev.target_actor == "USF" and ev.source_actor == "GUN"


def test_victim_verb_keeps_a_subject_before_it():
    doc = build("وكانت قوات الجيش قد قتلت أربعة من المسلحين.", {"قوات الجيش": ("ORG", "ARMY"), "المسلحين": ("NORP", "GUN")})
    ev = find(doc, "ASSAULT", "قتلت")
    assert ev.source_actor == "ARMY"


def test_toll_takes_the_attacker_of_the_attack_after_it():
    doc = build("وقتل أربعة جنود في هجوم شنه مسلحون على ثكنة.", {"مسلحون": ("NORP", "GUN")})
    ev = find(doc, "ASSAULT", "وقتل")
    assert ev.source_actor == "GUN"
    assert doc.text[ev.target_start : ev.target_end].startswith("جنود") or doc.text[ev.target_start : ev.target_end].startswith("أربعة")


def test_protesters_are_the_source_and_the_addressee_the_target():
    doc = build(
        "ورشق المتظاهرون قوات الأمن بالحجارة في العاصمة.",
        {"المتظاهرون": ("NORP", "PROT"), "قوات الأمن": ("ORG", "SEC"), "العاصمة": ("LOC", "CAP")},
        {"PROT": ("NORP", None, "CVL"), "SEC": ("ORG", None, "COP")},
    )
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert ev.source_actor == "PROT" and ev.source_sector == "CVL"


def test_speaker_is_the_subject_of_a_pronoun_clause_in_reported_speech():
    text = "وقالت وزارة الداخلية إنها اعتقلت نحو 120 متظاهرا."
    doc = build_doc(text, {"وزارة الداخلية": ("ORG", "MOI")})
    doc.entities.append(Entity("MOI", "ORG", "MOI", [m.id for m in doc.mentions if m.entity == "MOI"]))
    start = text.index("إنها")
    doc.quotes.append(Quote(start, len(text) - 1, id="q1", direct=False, speaker="MOI", speaker_start=text.index("وزارة"), speaker_end=text.index(" إنها")))
    extract_events(doc)
    ev = find(doc, "COERCE", "اعتقلت")
    assert ev.source_actor == "MOI" and ev.modality == "claimed"
    assert doc.text[ev.source_start : ev.source_end] == "وزارة الداخلية"


def test_place_before_the_trigger_locates_it():
    doc = build(
        "وصل الوزير عادل الجبير إلى القاهرة اليوم في زيارة رسمية.",
        {"الوزير عادل الجبير": ("PER", "JUB"), "القاهرة": ("GPE", "CAI")},
    )
    ev = find(doc, "CONSULT", "زيارة")
    assert ev.locations == ["CAI"] and ev.source_actor == "JUB"


# --- passives, argument extent and actor filter (issue 4, round 2) ----------------------------


def test_kill_verb_with_one_phrase_and_no_object_is_passive():
    doc = build("كما قتل جنديان أمريكيان في هجوم في الموصل.", {"أمريكيان": ("NORP", "USA")}, {"USA": ("NORP", "USA", None)})
    ev = find(doc, "ASSAULT", "قتل")
    assert ev.modality == "asserted"  # كما is not the negator ما
    assert args_text(doc, ev) == (None, "جنديان أمريكيان")
    assert (ev.target_country, ev.target_sector) == ("USA", "MIL")


def test_kill_verb_with_an_object_stays_active():
    doc = build("وقتل الجيش خمسة مسلحين في الهجوم.", {"الجيش": ("ORG", "ARMY")}, {"ARMY": ("ORG", None, "MIL")})
    ev = find(doc, "ASSAULT", "قتل")
    assert ev.source_actor == "ARMY"
    assert args_text(doc, ev)[1] == "مسلحين"


def test_victim_before_a_passive_verb_is_the_target():
    doc = build("وقال مصدر إن شخصا قتل وأصيب آخر في انفجار.", {})
    ev = find(doc, "ASSAULT", "قتل")
    assert args_text(doc, ev) == (None, "شخصا")


def test_count_and_min_give_the_head_phrase():
    doc = build("أصيب ثلاثة من عناصر الشرطة في انفجار.", {})
    ev = find(doc, "ASSAULT", "أصيب")
    assert args_text(doc, ev)[1] == "عناصر الشرطة"
    assert ev.target_sector == "COP"


def test_nationality_adjective_takes_its_head_noun():
    doc = build("أطلق مسلحون النار على الطائرات الأمريكية.", {"الأمريكية": ("NORP", "USA")}, {"USA": ("NORP", "USA", None)})
    ev = find(doc, "ASSAULT", "أطلق")
    assert args_text(doc, ev)[1] == "الطائرات الأمريكية"
    assert ev.target_country == "USA"


def test_agent_adjective_and_instrument_are_no_source():
    doc = build("قتل أربعة أشخاص في هجوم انتحاري بقنبلة يدوية.", {})
    for ev in doc.events:
        assert event_arguments(doc)[ev.id].source is None, doc.text[ev.start : ev.end]


def test_reflexive_is_no_target():
    doc = build("فجر انتحاري نفسه قرب المبنى.", {})
    ev = find(doc, "ASSAULT", "فجر")
    assert args_text(doc, ev)[1] != "نفسه"


# --- round 3: times, partitive tolls, far tolls, protest targets, detector cues ------------------


def _arg(doc: Document, ev, role: str) -> str | None:
    a = event_arguments(doc)[ev.id]
    span = getattr(a, role)
    return doc.text[span.start : span.end] if span is not None else None


def test_a_word_inside_a_time_expression_is_no_trigger():
    text = "أصيب فجر أمس ثلاثة من عناصر الشرطة."
    doc = build_doc(text, {"عناصر الشرطة": ("ORG", "POL")})
    doc.times.append(Timex(text.index("فجر"), text.index("فجر") + len("فجر أمس"), id="t1"))
    extract_events(doc)
    assert [doc.text[e.start : e.end] for e in doc.events if e.type == "ASSAULT"] == ["أصيب"]


def test_a_toll_noun_takes_the_phrase_after_a_count_and_min():
    doc = build("وقع انفجار أدى الى إصابة ثلاثة من المدنيين بجروح.", {})
    ev = find(doc, "ASSAULT", "إصابة")
    assert _arg(doc, ev, "target").startswith("المدنيين")


def test_a_far_toll_after_a_result_cue_gives_the_attack_its_victims():
    filler = " ".join(["في"] + ["الطريق"] * 24)
    doc = build(f"انفجرت عبوة ناسفة {filler} مما أدى الى إصابة ثلاثة من المدنيين.", {})
    ev = find(doc, "ASSAULT", "انفجرت")
    assert _arg(doc, ev, "target").startswith("المدنيين")


def test_protest_target_after_an_against_adjective():
    doc = build("وردد المتظاهرون شعارات معادية للرئيس.", {"الرئيس": ("PER", "PRES")})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert _arg(doc, ev, "target") == "للرئيس" and ev.target_sector == "GOV"


def test_protest_target_is_the_actor_behind_the_protested_thing():
    doc = build("تظاهر الطلاب احتجاجا على زيارة الوزير كمال.", {"الوزير كمال": ("PER", "KAM")})
    assert any(e.type == "PROTEST" and e.target_actor == "KAM" for e in doc.events)


def test_protest_target_is_not_an_informant_or_a_place():
    doc = build("تظاهر الطلاب امس، حسب الشرطة المحلية.", {"الشرطة المحلية": ("ORG", "POL")})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert ev.target_actor is None


def test_a_protest_at_an_embassy_or_an_officials_seat_addresses_its_owner():
    doc = build("سار المتظاهرون حتى السفارة الأمريكية مسافة كيلومترين.", {"السفارة الأمريكية": ("FAC", "EMB")}, {"EMB": ("FAC", "USA", None)})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert _arg(doc, ev, "target") == "السفارة الأمريكية" and (ev.target_country, ev.target_sector) == ("USA", "GOV")
    doc = build("توجه المتظاهرون الى مقر الوزير كمال، حيث طالبوا بدعم الحكومة المحلية.", {"الوزير كمال": ("PER", "KAM"), "الحكومة المحلية": ("ORG", "LOCG")})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert ev.target_actor == "KAM"


def test_protesters_counted_in_the_singular_or_female_are_a_protest():
    import rasid

    for text, who in (("وجمعت المعارضة في العاصمة 50 الف متظاهر الجمعة.", "متظاهر"), ("وسار الآلاف من المتظاهرات في الشارع.", "المتظاهرات")):
        doc = rasid.analyze(text)
        ev = find(doc, "PROTEST", who)
        assert _arg(doc, ev, "source") == who and ev.source_sector == "CVL", text


def test_a_time_adverb_after_the_verb_keeps_the_subject_a_subject():
    import rasid

    doc = rasid.analyze("واحرق متظاهرون ليلا محطة وقود في حي شعبي.")
    ev = find(doc, "ASSAULT", "واحرق")
    assert _arg(doc, ev, "source") == "متظاهرون" and _arg(doc, ev, "target").startswith("محطة")


def test_a_place_or_a_crowd_after_a_destination_is_no_addressee():
    doc = build("سار المتظاهرون الى ساحة الشهداء في بيروت.", {"بيروت": ("GPE", "BEY")})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert ev.target_actor is None and _arg(doc, ev, "target") is None


def test_an_against_participle_without_lam_is_an_adjective_not_a_cue():
    doc = build("واجه المتظاهرون المعارضون طوقا أمنيا في الساحة.", {})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert _arg(doc, ev, "target") is None
    doc = build("تظاهر الطلاب المعارضون للحكومة في الساحة.", {"الحكومة": ("ORG", "GOV1")})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert _arg(doc, ev, "target") == "للحكومة" and ev.target_sector == "GOV"


def test_a_demanded_thing_is_no_addressee_but_the_actor_inside_it_is():
    doc = build("تظاهر الطلاب مطالبين باستمرار الضغوط على الحكومة المحلية.", {"الحكومة المحلية": ("ORG", "LOCG")})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert ev.target_actor == "LOCG"
    doc = build("تظاهر الطلاب وهم يهتفون ضد الواقع الأمني في المدينة.", {})
    ev = next(e for e in doc.events if e.type == "PROTEST")
    assert _arg(doc, ev, "target") is None  # the head الواقع names no actor, although الأمني is a sector word


def test_the_phrase_between_kana_and_qad_is_the_subject():
    doc = build("وكانت وحدة خاصة من الجيش قد قتلت ثلاثة من المسلحين امس.", {"الجيش": ("ORG", "ARMY")})
    ev = find(doc, "ASSAULT", "قتلت")
    assert _arg(doc, ev, "source") == "وحدة خاصة من الجيش"
    doc = build("وكان آلاف الطلاب قد تظاهروا امس.", {})
    ev = find(doc, "PROTEST", "تظاهروا")
    assert _arg(doc, ev, "source") in ("آلاف الطلاب", "الطلاب")


def test_an_indefinite_topic_after_anna_with_a_present_tense_description_is_the_subject():
    doc = build("وقالت الشرطة ان «انتحاريا يقود سيارة مفخخة، فجر نفسه قرب المركز».", {})
    ev = find(doc, "ASSAULT", "فجر")
    assert _arg(doc, ev, "source") == "انتحاريا"
    doc = build("وأفادت الشرطة بان مسلحا يرتدي زيا عسكريا فتح النار على المصلين.", {})
    ev = find(doc, "ASSAULT", "فتح")
    assert _arg(doc, ev, "source") == "مسلحا"  # يرتدي is the description's verb, no adjective of مسلحا


def test_brackets_inside_a_time_expression_do_not_end_the_clause():
    text = "وقامت الميليشيا في ديسمبر (كانون الأول) 2005 بخطف خمسة صحفيين."
    doc = build_doc(text, {"الميليشيا": ("ORG", "MIL1")})
    t0 = text.index("ديسمبر")
    doc.times.append(Timex(t0, text.index("2005") + 4, id="t1", kind="month", value="2005-12"))
    extract_events(doc)
    ev = find(doc, "ASSAULT", "بخطف")
    assert _arg(doc, ev, "source") == "الميليشيا"


def test_a_title_in_apposition_after_a_named_subject_is_not_the_object():
    doc = build("وأدان الدكتور كمال نور شيخ الجامعة التفجير الإرهابي.", {"كمال نور": ("PER", "KAM")})
    ev = find(doc, "ACCUSE", "أدان")
    assert _arg(doc, ev, "target") is None
    doc = build("وانتقد كمال نور رئيس مجلس الوزراء الحكومة الجديدة.", {"كمال نور": ("PER", "KAM"), "الحكومة": ("ORG", "GOV1")})
    ev = find(doc, "ACCUSE", "انتقد")
    assert ev.target_actor == "GOV1"
    for text in ("وطالب كمال نور رئيس الجامعة بوقف الإضراب.", "ودعا كمال نور رئيس الجامعة إلى الحوار."):
        doc = build(text, {"كمال نور": ("PER", "KAM")})
        ev = next(e for e in doc.events if e.type == "REQUEST")
        assert _arg(doc, ev, "target") == "رئيس الجامعة"  # no object follows the title phrase: it is the object


def test_awda_bihayat_is_a_toll_that_gives_the_explosion_its_victims():
    doc = build("وقع انفجار في السوق أودى بحياة خمسة أشخاص.", {})
    ev = find(doc, "ASSAULT", "انفجار")
    assert _arg(doc, ev, "target") == "أشخاص"


def test_bringing_a_fire_under_control_is_no_seizure():
    doc = build("وتمكنت فرق الإطفاء من السيطرة على الحريق.", {})
    assert not [e for e in doc.events if e.type == "COERCE"]
    doc = build("وسيطر المسلحون على المدينة.", {})
    assert [e for e in doc.events if e.type == "COERCE"]


def test_an_event_noun_with_a_pronoun_suffix_takes_no_genitive_target():
    doc = build("وجاء اعتقاله بتهمة الانتماء إلى الجماعة.", {})
    ev = find(doc, "COERCE", "اعتقاله")
    assert _arg(doc, ev, "target") is None
    doc = build("وأعلنت الشرطة اعتقال ثلاثة مشتبهين.", {})
    ev = find(doc, "COERCE", "اعتقال")
    assert _arg(doc, ev, "target") == "مشتبهين"


def test_a_count_before_the_genitive_of_an_event_noun_keeps_the_victims():
    doc = build("ووقع هجوم في قاعة محكمة ادى الى مقتل 15 شخصا امس في مدينة كويتا الباكستانية.", {"محكمة": ("ORG", "COURT"), "الباكستانية": ("NORP", "PAK")})
    ev = find(doc, "ASSAULT", "مقتل")
    assert _arg(doc, ev, "target") == "شخصا" and _arg(doc, ev, "source") is None  # the subject of أدى is the attack


def test_a_time_between_verb_and_object_is_skipped_and_a_count_noun_opens_a_partitive():
    import rasid

    doc = rasid.analyze("كما خطف مسلحون قبل خمسة ايام عددا من المواطنين في البلدة.")  # the time and agent stages matter here
    ev = find(doc, "ASSAULT", "خطف")
    assert _arg(doc, ev, "target") == "المواطنين"


def test_a_nationality_adjective_stays_with_its_noun_phrase():
    doc = build("وهاجمت قوة أمنية عراقية المسلحين.", {"عراقية": ("NORP", "IRQ")})
    ev = find(doc, "ASSAULT", "هاجمت")
    assert _arg(doc, ev, "source") == "قوة أمنية عراقية" and _arg(doc, ev, "target") == "المسلحين"


def test_a_feminine_indefinite_topic_and_a_verb_that_does_not_agree():
    doc = build("وقالت الشرطة ان انتحارية ترتدي حزاما ناسفا فجرت نفسها وسط السوق.", {})
    ev = find(doc, "ASSAULT", "فجرت")
    assert _arg(doc, ev, "source") == "انتحارية"


def test_the_subject_of_kharaja_or_sharaka_before_a_protest_noun_is_the_protester():
    doc = build("خرج المئات من أبناء القرى في تظاهرة امس.", {})
    ev = find(doc, "PROTEST", "تظاهرة")
    assert _arg(doc, ev, "source") == "أبناء القرى"
    doc = build("وشارك آلاف الطلاب في المسيرة.", {})
    ev = find(doc, "PROTEST", "المسيرة")
    assert _arg(doc, ev, "source") in ("الطلاب", "آلاف الطلاب")


def test_a_person_a_place_is_named_after_is_no_addressee():
    import rasid

    doc = rasid.analyze("وسار المعتصمون في مسيرة إلى حديقة الصحافي الشهيد سمير قصير.")
    ev = find(doc, "PROTEST", "مسيرة")
    assert _arg(doc, ev, "target") is None


def test_a_count_noun_without_min_heads_its_phrase():
    import rasid

    doc = rasid.analyze("وتوفي المحافظ بعد تعرضه لهجوم من قبل مجموعة مسلحة في المنطقة.")
    ev = find(doc, "ASSAULT", "لهجوم")
    assert _arg(doc, ev, "source") == "مجموعة مسلحة"  # not مسلحة alone


def test_a_protested_event_gives_its_actor_as_the_addressee():
    doc = build("وتظاهر الطلاب ضد الغارات الإسرائيلية على غزة.", {"الإسرائيلية": ("NORP", "ISR")})
    ev = find(doc, "PROTEST", "تظاهر")
    assert ev.target_actor == "ISR"  # who carried out the protested raids


def test_an_accusative_actor_noun_after_the_verb_is_its_object():
    doc = build("عندما يستهدف جنودا يؤدون الصلاة.", {})
    ev = find(doc, "ASSAULT", "يستهدف")
    assert _arg(doc, ev, "target") == "جنودا" and _arg(doc, ev, "source") is None  # جنودا is no subject


def test_detector_features_mark_calls_and_plans():
    from rasid.extract.events import detector_features

    call = build("وحث الحزب أنصاره على الاعتصام.", {"الحزب": ("ORG", "PTY")})
    f = detector_features(call, "PROTEST", None)
    assert f.get("call") == 1.0
    plan = build("ومن المقرر ان يتظاهر الطلاب.", {})
    assert detector_features(plan, "PROTEST", None).get("future") == 1.0
    done = build("تظاهر الطلاب امس.", {})
    g = detector_features(done, "PROTEST", None)
    assert "call" not in g and "future" not in g and "c+=الطلاب" in g


def test_detector_features_pool_the_words_for_protesters():
    from rasid.extract.events import detector_features

    chanted = build("وردد المتظاهرون هتافات ضد الحكومة.", {})
    f = detector_features(chanted, "PROTEST", None)
    assert f.get("agent_trigger") == f.get("agent_only") == f.get("agent_case=nominative") == 1.0
    dispersed = detector_features(build("وفرقت الشرطة المتظاهرين.", {}), "PROTEST", None)
    assert dispersed == {} or dispersed.get("agent_case=oblique") == 1.0
    marched = detector_features(build("تظاهر الطلاب امس.", {}), "PROTEST", None)
    assert "agent_trigger" not in marched and "agent_only" not in marched
    poured = detector_features(build("وتدفق المتظاهرون في شوارع المدينة.", {}), "PROTEST", None)
    assert poured.get("agent_marching") == 1.0 and "agent_marching" not in f


# --- round 4: time before the victim, survivors, airstrikes, nominalised adjectives -------------


def test_a_time_expression_between_a_passive_verb_and_its_victim_is_skipped():
    text = "أصيب فجر أمس ثلاثة من عناصر الشرطة في انفجار."
    doc = build_doc(text, {})
    doc.times.append(Timex(text.index("فجر"), text.index("فجر") + len("فجر أمس"), id="t1"))
    extract_events(doc)
    ev = find(doc, "ASSAULT", "أصيب")
    assert _arg(doc, ev, "target") == "عناصر الشرطة"


def test_a_time_expression_does_not_push_the_object_out_of_reach():
    text = "وقتل اول من امس 4 جنود في هجوم."
    doc = build_doc(text, {})
    doc.times.append(Timex(text.index("اول"), text.index("امس") + 3, id="t1"))
    extract_events(doc)
    ev = find(doc, "ASSAULT", "قتل")
    assert _arg(doc, ev, "target") == "جنود"


def test_who_survives_an_attack_is_its_target():
    doc = build("نجا قائد الشرطة من محاولة اغتيال في المدينة.", {})
    ev = find(doc, "ASSAULT", "اغتيال")
    assert _arg(doc, ev, "target") == "قائد الشرطة"


def test_an_adjective_after_a_verb_is_its_subject():
    doc = build("عندما فجر استشهادي نفسه قرب الحاجز.", {})
    ev = find(doc, "ASSAULT", "فجر")
    assert _arg(doc, ev, "source") == "استشهادي"


def test_airstrike_lends_its_nationality_to_a_passive_killing():
    doc = build("قتل ثلاثة مسلحين في ضربة جوية اميركية في المدينة.", {"اميركية": ("NORP", "USA")}, {"USA": ("NORP", "USA", None)})
    strike = find(doc, "ASSAULT", "ضربة")
    assert _arg(doc, strike, "source") == "اميركية" and strike.source_country == "USA"
    kill = find(doc, "ASSAULT", "قتل")
    assert _arg(doc, kill, "target") == "مسلحين"
    assert _arg(doc, kill, "source") == "اميركية" and kill.source_country == "USA"


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("وكانت جماعة الحوثي قد سيطرت على العاصمة صنعاء.", "HOUTHI", "SANAA"),  # copula, قد, then the verb
        ("وسيطرت جماعة الحوثي على العاصمة صنعاء.", "HOUTHI", "SANAA"),  # VSO: the subject inside the phrase
        ("جماعة الحوثي سيطرت على صنعاء.", "HOUTHI", "SANAA"),  # SVO
    ],
)
def test_seizure_subject_and_object_in_every_order(text, source, target):
    doc = build(text, {"جماعة الحوثي": ("ORG", "HOUTHI"), "العاصمة صنعاء": ("GPE", "SANAA"), "صنعاء": ("GPE", "SANAA")})
    ev = find(doc, "COERCE", "سيطرت")
    assert (ev.source_actor, ev.target_actor) == (source, target)


def test_particle_makes_the_verb_reading():
    doc = build("وكان الجيش قد قتل أربعة مسلحين.", {"الجيش": ("ORG", "ARMY")})
    ev = find(doc, "ASSAULT", "قتل")
    assert ev.source_actor == "ARMY"


def test_relative_ma_before_a_result_is_not_negation():
    doc = build("شنت الطائرات غارات على مواقع المسلحين، ما أسفر عن مقتل 20 مسلحا.", {})
    assert find(doc, "ASSAULT", "مقتل").modality != "negated"


def test_denial_reaches_across_an_aside():
    text = "نفى المتحدث باسم الجماعة محمد عبد السلام، في اتصال هاتفي مع قناة الجزيرة، سقوط قتلى في صفوفها."
    doc = build(text, {})
    assert find(doc, "ASSAULT", "قتلى").modality == "negated"


@pytest.mark.parametrize("text", ["التحالف يعلن قصف مواقع للحوثيين في صعدة", "وقصفت الطائرات مواقع الحوثيين."])
def test_places_after_an_attack_are_hit_not_hitting(text):
    doc = build(text, {"للحوثيين": ("ORG", "HOUTHI"), "الحوثيين": ("ORG", "HOUTHI")})
    ev = find(doc, "ASSAULT", "قصف")
    assert ev.target_actor == "HOUTHI" and ev.source_actor != "HOUTHI"


def test_possessed_subject_in_a_quote_is_the_speakers():
    import rasid

    doc = rasid.analyze("أعلن التحالف العربي أن طائراته شنت غارات جوية على مواقع للمسلحين.")
    ev = find(doc, "ASSAULT", "غارات")
    coalition = next(e.id for e in doc.entities if e.actor == "COALITION_SA")
    assert (ev.source_actor, ev.claimed_by) == (coalition, coalition)
    assert doc.text[ev.source_start : ev.source_end] == "التحالف العربي"  # the owner named, as the coders mark it


def test_owner_of_the_places_hit_is_the_target():
    doc = build("شنت الطائرات غارات جوية على مواقع لجماعة الحوثي في صعدة.", {"لجماعة الحوثي": ("ORG", "HOUTHI")})
    ev = find(doc, "ASSAULT", "غارات")
    assert ev.target_actor == "HOUTHI"
    assert doc.text[ev.target_start : ev.target_end].endswith("الحوثي")


def test_the_denier_is_the_claimant_of_a_denied_event():
    text = "نفى المتحدث باسم الجماعة محمد عبد السلام، في اتصال هاتفي، سقوط قتلى في صفوفها."
    doc = build(text, {"الجماعة": ("ORG", "GROUP"), "محمد عبد السلام": ("PER", "SPOKESMAN")})
    ev = find(doc, "ASSAULT", "قتلى")
    assert (ev.modality, ev.claimed_by) == ("negated", "SPOKESMAN")


@pytest.mark.parametrize(
    "text, target",
    [
        ("انفجر هجوم انتحاري بسيارة مفخخة استهدف دورية للجيش في المدينة.", "دورية"),
        ("قتل خمسة أشخاص في هجوم انتحاري استهدف ثكنة عسكرية.", "ثكنة"),
    ],
)
def test_an_event_noun_is_the_subject_of_its_adjectival_clause(text, target):
    doc = build(text, {})
    ev = find(doc, "ASSAULT", "استهدف")
    assert ev.source_start is None and ev.source_actor is None
    assert _arg(doc, ev, "target").startswith(target)


def test_an_adjective_of_an_attack_is_not_its_attacker():
    import rasid

    doc = rasid.analyze("وقعت المواجهات عقب هجوم مسلح نفذه مجهولون ضد مركز للتدريب.")
    ev = find(doc, "ASSAULT", "هجوم")
    assert doc.text[ev.source_start : ev.source_end] == "مجهولون"


@pytest.mark.parametrize(
    "text, names, target",
    [
        ("أصيب سفير بولندا أمس في هجوم.", {"بولندا": ("GPE", "POL")}, "سفير بولندا"),  # a name starting with ب is no preposition
        ("أصيب ثلاثة من عناصر القوة التنفيذية في انفجار.", {}, "عناصر القوة التنفيذية"),  # القوة only opens ألقوا القبض
    ],
)
def test_argument_extent_takes_the_genitive(text, names, target):
    doc = build(text, names)
    assert _arg(doc, find(doc, "ASSAULT", "أصيب"), "target") == target


def test_what_passes_when_a_bomb_goes_off_is_hit():
    doc = build("انفجرت عبوة ناسفة لدى مرور دورية للشرطة في المدينة.", {})
    ev = find(doc, "ASSAULT", "انفجرت")
    assert _arg(doc, ev, "target").startswith("دورية")


def test_an_aside_between_victims_and_a_passive_verb_is_skipped():
    doc = build("وقال المصدر إن خمسة جنود، بينهم ضابط، قتلوا في الهجوم.", {})
    ev = find(doc, "ASSAULT", "قتلوا")
    assert _arg(doc, ev, "target").endswith("جنود")


def test_a_fronted_object_taken_up_by_a_pronoun_is_the_target():
    doc = build("وأفاد المصدر بأن صحافيين أجانب خطفهم مسلحون في المدينة.", {})
    ev = find(doc, "ASSAULT", "خطفهم")
    assert _arg(doc, ev, "source") == "مسلحون"
    assert _arg(doc, ev, "target").startswith("صحافيين")


def test_a_conjoined_group_belongs_to_the_argument():
    doc = build("واعتدى المسلحون على الجنود ورجال الشرطة في السوق.", {})
    ev = find(doc, "ASSAULT", "اعتدى")
    assert _arg(doc, ev, "target") == "الجنود ورجال الشرطة"


def test_the_head_noun_table_refines_a_one_word_agent():
    import rasid

    doc = rasid.analyze("وهاجم مسلحون مسجدا في المدينة.")
    ev = find(doc, "ASSAULT", "هاجم")
    assert doc.text[ev.source_start : ev.source_end] == "مسلحون" and ev.source_sector == "REB"  # the agent says UAF
    assert ev.target_sector == "REL"  # مسجدا: the accusative alef is read through


def test_wounds_are_not_part_of_the_victim():
    doc = build("وأسفر الانفجار عن إصابة عامل بجروح طفيفة.", {})
    assert _arg(doc, find(doc, "ASSAULT", "إصابة"), "target") == "عامل"


def test_a_crowd_takes_no_name_in_apposition():
    import rasid

    doc = rasid.analyze("وسلم المتظاهرون خالد الأحمد مذكرة احتجاج على القرار.")
    ev = find(doc, "PROTEST", "احتجاج")
    assert doc.text[ev.source_start : ev.source_end] == "المتظاهرون"


def test_events_a_repeated_headline_points_at_its_first_report():
    import rasid

    line = "قصف الجيش مواقع المسلحين في مدينة حلب أمس"
    doc = rasid.analyze(line + "\n" + line + "، وقال مصدر إن القصف استمر ساعات.")
    repeats = [e for e in doc.events if e.repeat_of]
    assert repeats and all(doc.text[e.start : e.end] == doc.text[r.start : r.end] for e in repeats for r in doc.events if r.id == e.repeat_of)
    assert all(doc.sentence_of(e.start) == 1 for e in repeats)
    once = rasid.analyze(line + ". وقصف الجيش مواقع أخرى أمس.")
    assert not any(e.repeat_of for e in once.events)


def test_events_an_attack_in_words_is_no_assault():
    import rasid

    doc = rasid.analyze("وشنت المجلة هجوما إعلاميا على الحزب، ثم شن مسلحون هجوما على مركز للشرطة.")
    assaults = [doc.text[e.start : e.end] for e in doc.events if e.type == "ASSAULT"]
    assert assaults == ["هجوما"] and doc.events[-1].start > doc.text.index("مسلحون")


def test_events_a_show_is_no_offer():
    import rasid

    show = rasid.analyze("عرض معرض الصور الجديد أعمال 13 فنانا في لندن.")
    assert not [e for e in show.events if e.type == "AGREE"]
    offer = rasid.analyze("وعرض الوزير على المعارضة خطة جديدة للحوار.")
    assert [e.type for e in offer.events] == ["AGREE"]


def test_detector_sees_trials_history_and_hypotheses():
    import rasid
    from rasid.extract.events import detector_features

    trial = rasid.analyze("ووجه القاضي تهم قتل إلى المتهمين بتفجير سيارة في المطار.")
    report = rasid.analyze("فجر انتحاري سيارة مفخخة في المطار أمس.")
    hypothesis = rasid.analyze("وقال الجيش إنه سيرد إذا تعرضت البلاد لهجوم.")
    assert detector_features(trial, "ASSAULT", None).get("legal_cue") == 1.0
    assert "legal_cue" not in detector_features(report, "ASSAULT", None)
    assert detector_features(hypothesis, "ASSAULT", None).get("conditional") == 1.0


def test_a_phrase_behind_a_clitic_preposition_is_no_subject():
    # the verb reading of إدانته looks for its subject after it; بتأييد opens a prepositional phrase
    doc = build("وقضت محكمة في فيينا بسجن شاب بعد إدانته بتأييد تنظيم داعش.", {"تنظيم داعش": ("ORG", "INS"), "محكمة": ("ORG", "JUD")})
    ev = find(doc, "ACCUSE", "إدانته")
    assert _arg(doc, ev, "source") != "بتأييد تنظيم داعش"


def test_ma_before_a_time_word_or_zaal_is_no_negator():
    doc = build("شهدت المحافظة معارك عنيفة حتى ما قبل الهجوم الذي شنه التنظيم.", {})
    assert find(doc, "ASSAULT", "الهجوم").modality == "asserted"
    doc = build("وما زالت الاشتباكات مستمرة في المدينة.", {})
    assert find(doc, "ASSAULT", "الاشتباكات").modality == "asserted"
    doc = build("ما هاجم الجيش القرية.", {})
    assert find(doc, "ASSAULT", "هاجم").modality == "negated"


# --- all 16 PLOVER types: rows added in session 7 ---------------------------------------------


def test_every_plover_type_has_a_trigger():
    assert {r["type"] for r in load_tsv("event_triggers.tsv")} == PLOVER


def test_crowd_control_is_an_assault_on_the_crowd():
    doc = build("أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين أمس.", {"قوات الأمن": ("ORG", "COP"), "المتظاهرين": ("ORG", "CVL")})
    ev = find(doc, "ASSAULT", "الغاز")
    assert ev.mode == "crowd-control"
    assert _arg(doc, ev, "source") == "قوات الأمن" and _arg(doc, ev, "target") == "المتظاهرين"
    air = find(build("وأطلق الجنود النار في الهواء.", {}), "ASSAULT", "النار")
    assert air.mode == "crowd-control"


def test_dispersing_protesters_is_coercion_with_the_crowd_as_target():
    doc = build("وفرقت الشرطة المتظاهرين بالقوة.", {"الشرطة": ("ORG", "COP")})
    ev = find(doc, "COERCE", "فرقت")
    assert ev.mode == "restrict" and _arg(doc, ev, "source") == "الشرطة" and _arg(doc, ev, "target") == "المتظاهرين"
    assert not [e for e in doc.events if e.type == "PROTEST"]


def test_deploying_troops_is_mobilize():
    doc = build("ودفع الجيش بتعزيزات عسكرية إلى الحدود.", {"الجيش": ("ORG", "MIL")})
    ev = find(doc, "MOBILIZE", "بتعزيزات")
    assert ev.mode == "troops" and _arg(doc, ev, "source") == "الجيش"
    doc = build("وقررت الحكومة نشر قوات إضافية في المدينة.", {"الحكومة": ("ORG", "GOV")})
    assert find(doc, "MOBILIZE", "نشر قوات")


def test_joint_exercises_are_cooperation():
    doc = build("وبدأت القوات مناورات عسكرية مشتركة مع الأردن.", {"الأردن": ("GPE", "JOR")})
    assert find(doc, "COOPERATE", "مناورات").mode == "military"
    assert not [e for e in doc.events if e.type == "MOBILIZE"]


def test_a_pardon_is_a_concession_and_a_release_a_retreat():
    doc = build("وأصدر الرئيس عفوا عن السجناء، ثم أفرجت السلطات عن الصحفي.", {"السجناء": ("ORG", "CVL")})
    assert _arg(doc, find(doc, "CONCEDE", "عفوا"), "target") == "السجناء"
    assert find(doc, "RETREAT", "أفرجت").mode == "release"


def test_a_promised_retreat_is_a_concession():
    doc = build("وتعهد الجيش بالانسحاب من المدينة.", {"الجيش": ("ORG", "MIL")})
    ev = find(doc, "CONCEDE", "بالانسحاب")
    assert ev.modality == "pledged" and ev.mode == "withdraw"


def test_a_death_sentence_is_a_conviction_not_an_execution():
    doc = build("وحكمت المحكمة بإعدام المتهم.", {"المحكمة": ("ORG", "JUD")})
    assert find(doc, "SANCTION", "بإعدام").mode == "convict"
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_aid_sent_is_one_event():
    doc = build("وقررت الحكومة إرسال مساعدات إنسانية إلى اللاجئين.", {"الحكومة": ("ORG", "GOV")})
    aid = [e for e in doc.events if e.type == "AID"]
    assert len(aid) == 1 and aid[0].mode == "humanitarian"


def test_a_word_inside_an_organisation_name_is_no_trigger():
    doc = build("وأعربت منظمة العفو الدولية عن قلقها.", {"منظمة العفو الدولية": ("ORG", "AMN")})
    assert not doc.events
    doc = build("وقال رئيس حزب الانتفاضة الوطني إن الحوار مستمر.", {"حزب الانتفاضة الوطني": ("ORG", "PTY")})
    assert not doc.events


def test_a_name_after_lil_is_behind_a_preposition():
    # لليمن: the mention starts at the preposition, whose lam carries the article
    doc = build("وقدمت الحكومة مساعدات لليمن.", {"الحكومة": ("ORG", "GOV"), "لليمن": ("GPE", "YEM")})
    assert _arg(doc, find(doc, "AID", "مساعدات"), "source") != "لليمن"


def test_a_sentence_carried_out_is_an_execution():
    doc = build("وأعلنت السلطات تنفيذ حكم الإعدام في المدان.", {"السلطات": ("ORG", "GOV")})
    assert find(doc, "ASSAULT", "الإعدام").mode == "targeted"
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_of_two_phrases_from_one_verb_the_closer_wins():
    doc = build("مقابل رفع كافة العقوبات الاقتصادية والحظر المالي عن إيران.", {"إيران": ("GPE", "IRN")})
    assert [(e.type, doc.text[e.start : e.end]) for e in doc.events] == [("RETREAT", "رفع كافة العقوبات")]


def test_a_truce_takes_no_direct_object():
    doc = build("وقد زعزع التصعيد الأخير هدنة أعلنت في 2013.", {})
    ev = find(doc, "RETREAT", "هدنة")
    assert ev.mode == "ceasefire" and _arg(doc, ev, "target") is None


# --- senses that are no event (found by reading 236 events of SaudiNewsNet) ----------------------


def test_endangering_is_no_threat_and_a_threat_governs_what_it_threatens():
    assert not build("إن هذا الخطر يهدد الأمن في المنطقة.", {}).events
    doc = build("وهددت الحكومة المعارضة بالاعتقال.", {"الحكومة": ("ORG", "GOV"), "المعارضة": ("ORG", "OPP")})
    assert [e.type for e in doc.events] == ["THREATEN"]
    ev = doc.events[0]
    assert ev.mode == "arrest" and _arg(doc, ev, "source") == "الحكومة" and _arg(doc, ev, "target") == "المعارضة"
    assert find(build("وهدد الرئيس بالانسحاب من الاتفاق.", {}), "THREATEN", "هدد").mode == "withdraw"


def test_vulnerable_to_is_no_offer():
    assert not [e for e in build("وأصبحت المدينة عرضة للهجمات.", {}).events if e.type in ("AGREE", "THREATEN")]


def test_a_rank_is_no_territory():
    assert not build("واحتل الفريق المركز الثالث في البطولة.", {}).events
    assert find(build("واحتل المسلحون المدينة.", {}), "COERCE", "احتل")


def test_an_illness_is_no_wound():
    assert not build("وأصيب ثلاثة أشخاص بفيروس كورونا.", {}).events
    assert find(build("وأصيب ثلاثة جنود بجروح في الهجوم.", {}), "ASSAULT", "وأصيب")


def test_a_noun_that_opens_a_longer_name_is_no_trigger():
    doc = build("وقال المتحدث باسم تحالف دعم الشرعية إن الوضع هادئ.", {"تحالف دعم الشرعية": ("ORG", "COAL")})
    assert not doc.events


def test_an_alliance_is_an_event_only_with_its_partner():
    assert not build("وتسعى واشنطن لتشكيل تحالف دولي ضد التنظيم.", {}).events
    assert find(build("وتحالفت الحركة مع الحزب في الانتخابات.", {"الحزب": ("ORG", "PTY")}), "COOPERATE", "وتحالفت")


def test_an_offer_is_made_to_someone():
    assert not build("ويمكن عرض الصور على الشاشة بسهولة.", {}).events
    doc = build("وعرض الوزير على المعارضة خطة جديدة للحوار.", {"الوزير": ("PER", "MIN"), "المعارضة": ("ORG", "OPP")})
    assert [e.type for e in doc.events] == ["AGREE"]


def test_help_is_no_aid():
    assert not build("وساعد الحارس فريقه على الفوز.", {}).events


def test_conditions_expectations_and_may_are_possible_events():
    assert find(build("وقال الجيش إنه سيرد إذا تعرضت البلاد لهجوم.", {}), "ASSAULT", "لهجوم").modality == "possible"
    assert find(build("ومن المتوقع أن يلتقي الوزير نظيره.", {}), "CONSULT", "يلتقي").modality == "possible"
    assert find(build("وقد يستقيل الوزير الأسبوع المقبل.", {}), "RETREAT", "يستقيل").modality == "possible"
    assert find(build("وقد استقال الوزير أمس.", {}), "RETREAT", "استقال").modality == "asserted"
    assert find(build("وهاجمت القوات المدينة في حالة من الفوضى.", {}), "ASSAULT", "وهاجمت").modality == "asserted"


def test_a_message_sent_is_no_aid_and_aid_sent_is_one_event():
    assert not build("وأرسل الوزير رسالة إلى نظيره.", {}).events
    assert not build("للتواصل أرسل sms إلى 88548", {}).events
    assert not build("ويجد النادي صعوبة في إرسال الموافقة الرسمية.", {}).events
    doc = build("وأرسلت السعودية مساعدات إنسانية إلى اليمن.", {"السعودية": ("GPE", "SAU"), "اليمن": ("GPE", "YEM")})
    assert [(e.type, e.mode) for e in doc.events] == [("AID", "humanitarian")]


def test_a_broken_truce_is_no_ceasefire():
    assert not build("ومنذ انهيار الهدنة تصاعد العنف.", {}).events
    assert find(build("وأعلن الطرفان هدنة جديدة.", {}), "RETREAT", "هدنة")


def test_the_name_of_a_charge_is_no_attack():
    assert not [e for e in build("وحكم عليه بتهمة القتل العمد.", {}).events if e.type == "ASSAULT"]


def test_a_plan_targets_without_attacking():
    assert not build("وتستهدف الخطة الشباب في المنطقة.", {}).events
    assert find(build("واستهدف المسلحون دورية للشرطة.", {}), "ASSAULT", "واستهدف")


def test_a_violated_ceasefire_is_neither_a_truce_nor_gunfire_and_a_crime_is_no_charge():
    assert [e.type for e in build("وتتهم باكستان الهند بانتهاك وقف إطلاق النار.", {}).events] == ["ACCUSE"]
    assert find(build("وحملت الحركة قوات الاحتلال المسؤولية عن جريمة قتل المواطن.", {}), "ASSAULT", "قتل")


def test_exposed_to_an_attack_is_no_threat():
    for text in ("وتعرضت قريتان في ريف إدلب لقصف عنيف.", "وتعرض الجنود في المدينة لهجوم.", "وتعرض الجنود لإصابات برصاص المسلحين."):
        assert [e.type for e in build(text, {}).events] == ["ASSAULT"], text


def test_a_threat_made_is_reported_not_pledged():
    assert find(build("وهدد المسلحون بقتل الرهائن.", {}), "THREATEN", "وهدد").modality == "asserted"


def test_declining_to_comment_and_sharing_an_opinion_are_no_events():
    assert not [e for e in build("ورفض المتحدث التعليق على الخبر.", {}).events if e.type == "REJECT"]
    assert not build("وأنا أوافقه على هذا الرأي.", {}).events
    assert not build("وأعلنت لجنة تحكيم المسابقة النتائج.", {}).events


def test_a_plural_of_people_is_an_actor_without_a_lexicon_entry():
    doc = build("واحتج المزارعون على قرار الحكومة.", {"الحكومة": ("ORG", "GOV")})
    assert _arg(doc, find(doc, "PROTEST", "احتج"), "source") == "المزارعون"
    doc = build("وطالب المعلمون بزيادة الرواتب.", {})
    assert _arg(doc, find(doc, "REQUEST", "طالب"), "source") == "المعلمون"
    assert find(build("وأكد القانون أن الاعتقال ممنوع.", {}), "COERCE", "الاعتقال")


def test_readiness_before_a_clause_break_and_shows_govern_nothing():
    assert find(build("وأصبح الحارسان جاهزين للعمل بعد تعافيهما من الإصابة.", {}), "ASSAULT", "الإصابة").modality == "asserted"
    assert not [e for e in build("في حال عرض الرسوم وما قد يثيره ذلك من احتجاجات.", {}).events if e.type == "THREATEN"]
    assert find(build("وأشار إلى تعرض ما بين 20 و25 شخصا لإصابات في الانفجار.", {}), "ASSAULT", "لإصابات")


def test_a_danger_without_an_actor_threatens_no_one():
    assert not [e for e in build("فقد تصاعدت دعوات إلى التسلح تهدد بحرب أهلية.", {}).events if e.type == "THREATEN"]


def test_held_territory_is_no_seizure_and_chad_is_no_praise():
    assert not build("من المناطق التي يسيطر عليها التنظيم في العراق.", {}).events
    assert find(build("المدينة التي سيطر التنظيم عليها أمس.", {}), "COERCE", "سيطر")
    assert not build("وتقول تشاد إن الحدود آمنة.", {"تشاد": ("GPE", "TCD")}).events
    assert not build("وتحدث عن السيطرة على انتشار مرض السكري.", {}).events


def test_a_visited_place_is_the_host_not_the_visitor():
    import rasid

    doc = rasid.analyze("وزير التعليم يزور فيفاء ويطلع على جاهزية المدارس.")
    ev = find(doc, "CONSULT", "يزور")
    assert _arg(doc, ev, "source") == "وزير التعليم" and _arg(doc, ev, "target") == "فيفاء"


def test_an_agent_keeps_its_adjective():
    import rasid

    doc = rasid.analyze("أدان البرلمان العربي التفجير الإرهابي.")
    ev = find(doc, "ACCUSE", "أدان")
    assert _arg(doc, ev, "source") == "البرلمان العربي" and _arg(doc, ev, "target") != "العربي"


def test_an_announced_event_noun_is_claimed_by_the_announcer():
    doc = build("وأعلنت الشرطة اعتقال ثلاثة رجال.", {"الشرطة": ("ORG", "POL")})
    ev = find(doc, "COERCE", "اعتقال")
    assert ev.modality == "claimed" and ev.claimed_by == "POL"
    doc = build("ولم يؤكد الجيش الإسرائيلي مقتل الفلسطيني.", {"الجيش الإسرائيلي": ("ORG", "IDF")})
    assert find(doc, "ASSAULT", "مقتل").modality != "claimed"


def test_arson_is_a_primitive_assault_and_self_immolation_a_protest():
    doc = build("وأحرق المستوطنون منزلا في القرية.", {})
    ev = find(doc, "ASSAULT", "وأحرق")
    assert ev.mode == "primitive" and _arg(doc, ev, "source") == "المستوطنون"
    assert find(build("وأحرقه المستوطنون ليلا.", {}), "ASSAULT", "وأحرقه").mode == "primitive"
    doc = build("وأدان الوزير إحراق منزل في القرية.", {})
    assert _arg(doc, find(doc, "ASSAULT", "إحراق"), "target") == "منزل"
    assert find(build("وأضرم مستوطنون النار في منزل بالقرية.", {}), "ASSAULT", "وأضرم").mode == "primitive"
    for text in ("وأحرق الشاب نفسه أمام البلدية.", "وأحرقت المرأة نفسها أمام البلدية.", "وأضرم الشاب النار في نفسه."):
        assert [e.type for e in build(text, {}).events] == ["PROTEST"], text
    assert [(e.type, e.mode) for e in build("وأحرق المتظاهرون العلم أمام السفارة.", {}).events] == [("PROTEST", "vandalize")]


def test_a_fire_that_burns_is_no_arson():
    assert not build("وأحرقت النيران عشرات المنازل في الغابة.", {}).events
    assert not build("وقتل الحريق خمسة أشخاص في المصنع.", {}).events
    assert not build("وانفجر الوضع في المدينة بعد الانتخابات.", {}).events
    assert not build("وهي النار التي أحرقت المحاصيل.", {}).events
    assert not build("وفتنة طائفية تحرقكم.", {}).events  # the imperfect is figurative here: past forms only
    doc = build("وتكررت حوادث إطلاق النار التي قتل خلالها شرطي.", {})  # the fire of إطلاق النار is no hazard
    assert "قتل" in [doc.text[e.start : e.end] for e in doc.events if e.type == "ASSAULT"]


def test_a_hajma_is_an_attack_but_not_on_the_pitch():
    doc = build("وشن المسلحون هجمة على الحاجز.", {})
    ev = find(doc, "ASSAULT", "هجمة")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("المسلحون", "الحاجز")
    assert not build("وأضاع اللاعب هجمة مرتدة خطيرة.", {}).events
    assert not build("واعتمد الفريق على الهجوم المرتد طوال المباراة.", {}).events
    doc = build("وقام المشجعون بالاعتداء على الشرطة وإصابة شرطيين في الملعب.", {})  # violence at a match stays violence
    assert [e.type for e in doc.events] == ["ASSAULT", "ASSAULT"]


def test_sunstroke_stings_and_blighted_crops_are_no_wounds():
    for text in ("وأصيب ثلاثة عمال بضربات شمس في الموقع.", "ونقل الطفل إلى المستشفى بعد إصابته بلدغة عقرب.",
                 "وتوفي الراعي بعد أن لدغته أفعى.", "وأصيب 300 دونم بالآفة.", "وحذرت الوزارة من إصابة المحاصيل بالصقيع."):
        assert not build(text, {}).events, text
    assert find(build("وأصيب الحارس بضربة فأس على رأسه.", {}), "ASSAULT", "وأصيب")  # a blow is no sunstroke


def test_a_players_injury_is_no_wound():
    for text in ("وتعرض اللاعب لإصابة في المباراة.", "وأكد المدرب الإصابة التي تعرض لها اللاعب."):
        assert not build(text, {}).events, text
    report = "وفاز النادي في المباراة الودية. وسجل المهاجم هدفين في المرمى. وغاب المدافع بسبب الإصابة."
    assert not build(report, {}).events  # a sports report: its sentences need no sport word of their own


def test_a_share_is_no_hit():
    for text in ("وبلغ نصيب الفرد من الناتج ألف دولار.", "وحصلت الشركة على نصيبها من الأرباح."):
        assert not build(text, {}).events, text
    assert find(build("وأصاب الصاروخ المبنى.", {}), "ASSAULT", "وأصاب")


def test_cushions_sellers_and_claims_are_no_endorsement_allegiance_or_call():
    for text in ("بما في ذلك وسائد هوائية للسائق والركاب.", "حيث ادعين الاستعداد للسفر.", "وادعت الشركة أنها لم تتلق أي إشعار.",
                 "وقال بائع في السوق إن الأسعار ارتفعت."):
        assert not build(text, {}).events, text
    find(build("ودعت الوزارة المواطنين إلى الحذر.", {}), "REQUEST", "ودعت")
    find(build("وبايع المسلحون زعيم التنظيم.", {}), "SUPPORT", "وبايع")


def test_a_plural_in_un_takes_no_genitive():
    doc = build("وأضرم مستوطنون النار في منزل.", {})
    assert _arg(doc, find(doc, "ASSAULT", "وأضرم"), "source") == "مستوطنون"
    doc = build("وهاجم مستوطنون القرية.", {})
    ev = find(doc, "ASSAULT", "وهاجم")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("مستوطنون", "القرية")
    doc = build("وهاجم المتظاهرون المبنى.", {})  # المبنى is no adjective of المتظاهرون (it would end in -ون)
    assert _arg(doc, find(doc, "PROTEST", "المتظاهرون"), "source") == "المتظاهرون"


def test_the_fire_that_is_set_is_no_hazard():
    doc = build("وقال إن المستوطنين أضرموا النار في المنزل.", {})
    ev = find(doc, "ASSAULT", "أضرموا")
    assert ev.mode == "primitive" and _arg(doc, ev, "source") == "المستوطنين"


def test_a_chain_of_tolls_takes_the_attacker_of_the_attack_after_the_last():
    doc = build("قتل ستة من عناصر الجماعة الإرهابية المسلحة وأصيب أربعة آخرون في قصف جوي نفذته مروحيات الجيش.", {"الجيش": ("ORG", "ARMY")})
    assert _arg(doc, find(doc, "ASSAULT", "قصف"), "source").startswith("مروحيات")  # جوي is the noun's adjective
    assert _arg(doc, find(doc, "ASSAULT", "قتل"), "source").startswith("مروحيات")


def test_a_toll_in_fighting_with_a_side_was_caused_by_it():
    doc = build("وقتل ثلاثة عناصر من الفصائل خلال اشتباكات عنيفة مع قوات النظام في محيط المدينة.", {"قوات النظام": ("ORG", "REGIME")})
    assert find(doc, "ASSAULT", "وقتل").source_actor == "REGIME"
    doc = build("وقتل تسعة من المسلحين واثنان من رجال الأمن في مواجهات بين الطرفين.", {})
    assert find(doc, "ASSAULT", "وقتل").source_actor is None and _arg(doc, find(doc, "ASSAULT", "وقتل"), "source") is None


def test_a_casualty_in_an_operation_was_caused_by_whoever_carried_it_out():
    doc = build("كما قتل أربعة إرهابيين، وأصيب 12 آخرون في عملية نوعية نفذها رجال المقاومة الشعبية.", {})
    assert _arg(doc, find(doc, "ASSAULT", "قتل"), "source") == "رجال المقاومة الشعبية"


def test_the_kurds_take_the_cameo_ethnic_code():
    import rasid

    doc = rasid.analyze("وقصفت الطائرات التركية مواقع المتمردين الأكراد في شمال العراق.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert (ev.target_country, ev.target_sector) == ("KUR", "REB")


def test_an_attack_attributed_to_a_group_was_carried_out_by_it():
    doc = build("وقتل 19 جنديا في هجمات نسبت إلى حزب العمال الكردستاني.", {"حزب العمال الكردستاني": ("ORG", "PKK")})
    assert find(doc, "ASSAULT", "هجمات").source_actor == "PKK"
    assert find(doc, "ASSAULT", "وقتل").source_actor == "PKK"


def test_an_adjective_of_the_event_noun_is_no_argument():
    for text in ("وشن المسلحون هجمة شرسة على الحاجز.", "ونفذ المسلحون هجوما عنيفا على الحاجز."):
        doc = build(text, {})
        ev = doc.events[0]
        assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("المسلحون", "الحاجز"), text
    doc = build("وقتل جنديان في هجوم عنيف شنه مسلحون.", {})
    assert _arg(doc, find(doc, "ASSAULT", "هجوم"), "source") == "مسلحون"
    doc = build("وشنت القوات حملة اعتقالات واسعة.", {})
    assert _arg(doc, find(doc, "COERCE", "اعتقالات"), "target") is None
    doc = build("وأدان الوزير مداهمة منزله وإصابة طفلة.", {})  # منزله "his house", طفلة "a girl": no adjectives
    assert (_arg(doc, find(doc, "COERCE", "مداهمة"), "target"), _arg(doc, find(doc, "ASSAULT", "وإصابة"), "target")) == ("منزله", "طفلة")


def test_the_genitive_of_a_verbal_noun_before_its_object_is_the_agent():
    settlers = {"مستوطنين": ("NORP", "SETTLERS"), "المستوطنين": ("NORP", "SETTLERS")}
    for text, target in (("وأدان الوزير إحراق مستوطنين منزلهم في القرية.", "منزلهم"), ("وأدان الوزير إحراق المستوطنين للمنزل في القرية.", "للمنزل")):
        doc = build(text, settlers)
        ev = find(doc, "ASSAULT", "إحراق")
        assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == (text.split()[3], target), text
    doc = build("وأدان الوزير اعتقال الشرطة ثلاثة متظاهرين.", {})
    ev = find(doc, "COERCE", "اعتقال")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("الشرطة", "ثلاثة متظاهرين")
    doc = build("وأدان الوزير إحراق المستوطنين.", settlers)  # no object: the genitive is what was burnt
    assert _arg(doc, find(doc, "ASSAULT", "إحراق"), "target") == "المستوطنين"
    doc = build("وطالب بترحيل السجناء وفقا للقانون.", {})
    assert _arg(doc, find(doc, "COERCE", "بترحيل"), "target") == "السجناء"


def test_a_cyber_attack_is_coercion_not_violence():
    """PLOVER: ASSAULT is physical violence; hacking and website attacks are COERCE, mode cyber."""
    for text in ("وتعرضت الشركة لهجوم إلكتروني.", "وشن قراصنة هجمات قرصنة على البنوك.", "وتعرض الموقع لهجمات الاختراق."):
        assert [(e.type, e.mode) for e in build(text, {}).events] == [("COERCE", "cyber")], text
    doc = build("وتعرضت البنوك لهجمات الفضاء الإلكتروني.", {})
    ev = find(doc, "COERCE", "لهجمات")
    assert ev.mode == "cyber" and _arg(doc, ev, "target") == "البنوك"
    assert [e.type for e in build("وهاجم المسلحون موقعا للجيش.", {}).events] == ["ASSAULT"]


def test_an_attack_in_words_is_criticism_not_violence():
    """PLOVER ACCUSE disapprove: "criticize, defame, denigrate"; a sharp or scathing attack is one in words."""
    for text in ("وشن الكاتب هجوما حادا على الوزير.", "وفي هجوم لاذع على الحكومة قال النائب إنها فشلت.",
                 "وشن الرئيس هجوما شديد اللهجة على الصحافة.", "وتعرضت الوزيرة لهجوم لفظي من النواب.",
                 "وهاجم النائب بحدة قرار الوزارة."):
        assert [(e.type, e.mode) for e in build(text, {}).events] == [("ACCUSE", "disapprove")], text
    doc = build("وشن الكاتب هجوما حادا على الوزير.", {})
    assert _arg(doc, find(doc, "ACCUSE", "هجوما"), "target") == "الوزير"
    # fierce or violent attacks are as often armed ones: they stay attacks
    for text in ("وشن المسلحون هجوما عنيفا على مواقع الجيش.", "وتتعرض البلدة لهجمة شرسة من قوات النظام."):
        assert [e.type for e in build(text, {}).events] == ["ASSAULT"], text


def test_the_resistance_acts_and_a_lam_phrase_never_does():
    doc = build("وأضافت المصادر إن المقاومة قامت بإحراق دورية للحوثيين.", {})
    assert _arg(doc, find(doc, "ASSAULT", "بإحراق"), "source") == "المقاومة"  # an actor_noun row
    doc = build("وقتل ثمانية جنود في كمين نصبته المقاومة للمتمردين.", {"للمتمردين": ("NORP", "REBELS")})
    assert _arg(doc, find(doc, "ASSAULT", "كمين"), "source") == "المقاومة"  # نصب كمينا: a light verb; للمتمردين no adjective
    doc = build("وقالت المصادر إن مسلحي المقاومة نفذوا كمائن استهدفت دوريتين.", {})
    assert _arg(doc, find(doc, "ASSAULT", "استهدفت"), "source") == "مسلحي المقاومة"  # the subject stops at the verb
    doc = build("وشن الطيران سلسلة من الغارات لمساندة المقاومة الشعبية.", {})
    assert _arg(doc, find(doc, "ASSAULT", "الغارات"), "source") != "لمساندة المقاومة الشعبية"


def test_an_attack_noun_names_its_attacker_behind_lam():
    doc = build("وشهدت المدينة هجوما داميا للقاعدة.", {"للقاعدة": ("ORG", "AQ")})
    assert _arg(doc, find(doc, "ASSAULT", "هجوما"), "source") == "للقاعدة"  # lam_source rows: هجوم، غارة، ضربة جوية، اعتداء
    doc = build("وقتل جنديان في هجوم لداعش على الحدود.", {"داعش": ("ORG", "ISIS")})
    assert _arg(doc, find(doc, "ASSAULT", "هجوم"), "source") == "داعش"
    doc = build("ووقع الجنود في كمين للمتمردين.", {"للمتمردين": ("NORP", "REBELS")})
    assert _arg(doc, find(doc, "ASSAULT", "كمين"), "source") is None  # an ambush for them: no lam_source row


def test_a_place_between_subject_and_object_keeps_the_verb_active():
    doc = build("وقتل مسلح في لافاييت شخصين.", {"لافاييت": ("GPE", "LAF")})
    ev = find(doc, "ASSAULT", "وقتل")
    assert _arg(doc, ev, "source") == "مسلح" and _arg(doc, ev, "target") != "مسلح"
    doc = build("وقتل جنديان في الموصل أمس.", {"الموصل": ("GPE", "MOS"), "جنديان": ("ORG", "SOLDIERS")})
    ev = find(doc, "ASSAULT", "وقتل")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == (None, "جنديان")  # no object: passive
    doc = build("وقالت الشرطة إن شخصين قتلا في الحادث.", {})
    assert _arg(doc, find(doc, "ASSAULT", "قتلا"), "target") == "شخصين"  # a dual of people is a victim noun


# --- members and units with their group, event-noun subjects, approximate counts, tolls (session 9) ---------------


def test_a_member_takes_its_group_and_the_groups_codes():
    hamas = ({"مسلحون": ("ORG", "GUN"), "حركة حماس": ("ORG", "HAMAS")}, {"HAMAS": ("ORG", "PSE", "REB")})
    doc = build("قتل مسلحون ناشطا في حركة حماس أمس.", *hamas)
    ev = find(doc, "ASSAULT", "قتل")
    assert args_text(doc, ev)[1] == "ناشطا في حركة حماس"
    assert (ev.target_country, ev.target_sector) == ("PSE", "REB")
    doc = build("قتل مسلحون ناشطا في غزة أمس.", {"مسلحون": ("ORG", "GUN"), "غزة": ("GPE", "PSE")})
    assert args_text(doc, find(doc, "ASSAULT", "قتل"))[1] == "ناشطا"  # a place is no group


def test_a_unit_takes_its_owners_sector_over_its_own():
    names = {"دورية": ("ORG", "PATROL"), "للشرطة": ("ORG", "POL")}
    info = {"PATROL": ("ORG", None, "MIL"), "POL": ("ORG", None, "COP")}  # the entity stage reads دورية as a military agent
    doc = build("انفجرت عبوة ناسفة لدى مرور دورية للشرطة في المدينة.", names, info)
    ev = find(doc, "ASSAULT", "انفجرت")
    assert args_text(doc, ev)[1] == "دورية للشرطة" and ev.target_sector == "COP"
    doc = build("انفجرت عبوة ناسفة لدى مرور دورية في المدينة.", {})
    assert find(doc, "ASSAULT", "انفجرت").target_sector == "MIL"  # without an owner the unit's own row


def test_a_convoy_belonging_to_a_force_is_the_object_not_the_force():
    doc = build("هاجم مسلحون قافلة تابعة لقوات التحالف قرب قندهار.", {"مسلحون": ("ORG", "GUN"), "التحالف": ("ORG", "COAL")})
    assert args_text(doc, find(doc, "ASSAULT", "هاجم"))[1] == "قافلة تابعة لقوات التحالف"


def test_an_event_noun_subject_after_the_verb_leaves_the_object_to_the_verb():
    police = ({"للشرطة": ("ORG", "POL")}, {"POL": ("ORG", None, "COP")})
    doc = build("استهدف هجوم انتحاري بسيارة مفخخة دورية للشرطة في بغداد.", *police)
    ev = find(doc, "ASSAULT", "استهدف")
    assert args_text(doc, ev) == (None, "دورية للشرطة") and ev.target_sector == "COP"
    doc = build("قتل انفجار عبوة ناسفة ثلاثة جنود في الموصل.", {})
    assert args_text(doc, find(doc, "ASSAULT", "قتل"))[1] == "جنود"
    doc = build("استهدف هجوم مسلحين قرية في الشمال.", {})
    assert args_text(doc, find(doc, "ASSAULT", "استهدف"))[1] is None  # مسلحين is the attack's genitive, its attacker


def _with_count(text: str, count: str, approx: str, unit: str) -> Document:
    doc = build_doc(text, {})
    start = text.index(count)
    doc.quantities.append(Quantity(start, start + len(count), id="q1", low=1.0, high=1.0, approx=approx, unit=unit, unit_start=text.index(unit), unit_end=text.index(unit) + len(unit)))
    extract_events(doc)
    return doc


def test_the_hedge_of_an_approximate_count_is_no_preposition():
    doc = _with_count("تجمع نحو مائة متظاهر في وسط المدينة.", "نحو مائة متظاهر", "about", "متظاهر")
    assert args_text(doc, find(doc, "PROTEST", "تجمع"))[0] == "متظاهر"
    doc = _with_count("وقتل ما لا يقل عن 260 مقاتلا في الغارات.", "ما لا يقل عن 260 مقاتلا", "at_least", "مقاتلا")
    assert args_text(doc, find(doc, "ASSAULT", "وقتل"))[1] == "مقاتلا"


def test_a_toll_gives_its_victims_to_the_attack_noun_after_it():
    doc = build("أصيب عشرة أشخاص بانفجار سيارة مفخخة في بغداد.", {})
    assert args_text(doc, find(doc, "ASSAULT", "انفجار"))[1] == "أشخاص"


def test_a_range_count_is_one_phrase():
    text = "وأشار مسؤول إلى تعرض ما بين 20 و25 شخصا لإصابات في الانفجار."
    doc = _with_count(text, "ما بين 20 و25 شخصا", None, "شخصا")
    assert args_text(doc, find(doc, "ASSAULT", "لإصابات"))[1] == "شخصا"


def test_time_passing_is_no_passer_hit_by_the_attack():
    text = "وبعد مرور نحو 6 أشهر على الهجوم عادت الحياة."
    doc = _with_count(text, "نحو 6 أشهر", "about", "أشهر")
    assert args_text(doc, find(doc, "ASSAULT", "الهجوم"))[1] is None


def test_who_claims_an_attack_is_its_attacker():
    taliban = ({"حركة طالبان": ("ORG", "TAL")}, {"TAL": ("ORG", "AFG", "REB")})
    doc = build("أعلنت حركة طالبان مسؤوليتها عن الهجوم على القاعدة.", *taliban)
    assert args_text(doc, find(doc, "ASSAULT", "الهجوم"))[0] == "حركة طالبان"
    doc = build("وتبنت حركة طالبان المسؤولية عن التفجير.", *taliban)
    assert args_text(doc, find(doc, "ASSAULT", "التفجير"))[0] == "حركة طالبان"
    doc = build("ولم تعلن أي جهة مسؤوليتها عن الهجوم.", {})
    assert args_text(doc, find(doc, "ASSAULT", "الهجوم"))[0] is None


def test_a_light_verb_with_the_events_pronoun_heads_no_phrase():
    names = ({"جماعة بوكو حرام": ("ORG", "BH")}, {"BH": ("ORG", "NGA", "REB")})
    doc = build("قتل نحو 30 مواطنا في هجمات نفذتها جماعة بوكو حرام داخل ثلاث قرى.", *names)
    assert args_text(doc, find(doc, "ASSAULT", "هجمات"))[0] == "جماعة بوكو حرام"
    names = ({"مسلحون": ("ORG", "GUN")}, {"GUN": ("ORG", None, "UAF")})
    doc = build("هجوم شنه مسلحون على حاجز للجيش.", *names)
    assert args_text(doc, find(doc, "ASSAULT", "هجوم")) == ("مسلحون", "حاجز")  # the target follows the subject


def test_a_convoy_of_a_countrys_embassy_after_an_aside_is_the_object():
    names = ({"الولايات المتحدة": ("GPE", "USA")}, {"USA": ("GPE", "USA", None)})
    doc = build("واستهدف هجوم انتحاري بسيارة مفخخة، امس، موكبا لسفارة الولايات المتحدة في كابل.", *names)
    ev = find(doc, "ASSAULT", "استهدف")
    assert args_text(doc, ev)[1] == "موكبا لسفارة الولايات المتحدة" and ev.target_country == "USA"


def test_the_agent_of_a_protested_act_is_the_protests_target():
    names = ({"المتظاهرين": ("NORP", "PROT")}, {"PROT": ("NORP", None, "CVL")})  # a title without a name: no mention
    doc = build("تجمع مئات المتظاهرين في العاصمة للاحتجاج على زيارة الرئيس الأميركي.", *names)
    assert args_text(doc, find(doc, "PROTEST", "للاحتجاج"))[1] == "الرئيس الأميركي"


def test_a_framed_actor_past_places_is_the_target_and_a_dual_agent_takes_no_genitive():
    names = ({"مجهولان": ("NORP", "UNK"), "حركة فتح": ("ORG", "FATAH")}, {"UNK": ("NORP", None, "UAF"), "FATAH": ("ORG", "PSE", "PTY")})
    doc = build("أطلق مجهولان النار السبت في مخيم عين الحلوة على القيادي في حركة فتح، ما تسبب بمقتله.", *names, agents=("مجهولان",))
    ev = find(doc, "ASSAULT", "أطلق")
    assert args_text(doc, ev) == ("مجهولان", "القيادي في حركة فتح")
    assert (ev.target_country, ev.target_sector) == ("PSE", "PTY")
    toll = find(doc, "ASSAULT", "بمقتله")
    assert toll.modality == "asserted"  # ما before تسبب is "which", no negation
    assert args_text(doc, toll)[0] == "مجهولان"


def test_many_and_two_members_are_counts_of_their_phrase():
    doc = build("هاجم مسلحون العديد من المواقع الامنية في الشمال.", {"مسلحون": ("ORG", "GUN")})
    assert args_text(doc, find(doc, "ASSAULT", "هاجم"))[1] == "المواقع الامنية"
    doc = build("ووقع الهجوم أمس وقتل عضوان من قوات الامن طبقا لما ذكره نائب حاكم الإقليم.", {"قوات الامن": ("ORG", "SEC")})
    assert args_text(doc, find(doc, "ASSAULT", "وقتل"))[1] == "عضوان من قوات الامن"


def test_a_convoy_after_a_bombing_noun_is_its_target():
    doc = build("تمكنت الطائرات من قصف رتل للتنظيم وتدميره.", {"للتنظيم": ("ORG", "IS")})
    assert args_text(doc, find(doc, "ASSAULT", "قصف")) == ("الطائرات", "رتل للتنظيم")  # تمكنت الطائرات من: who managed the bombing bombed


def test_especially_is_no_negation():
    doc = build("شنت الحركة هجمات كثيرة ولا سيما الهجوم على جامعة غاريسا.", {})
    assert find(doc, "ASSAULT", "الهجوم").modality == "asserted"
    doc = build("ولا يستهدف الجيش المدنيين.", {})
    assert find(doc, "ASSAULT", "يستهدف").modality == "negated"
    doc = build("ولا بد من زيارة للمعرض.", {})
    assert find(doc, "CONSULT", "زيارة").modality == "possible"  # "one must visit": advice, no report


def test_of_two_tolls_the_nearer_gives_the_attack_its_victims():
    doc = build("وأسفر عن مقتل 30 شخصا، فيما قتل عنصران من القوات الكردية في تفجير سيارة مفخخة.", {})
    assert args_text(doc, find(doc, "ASSAULT", "تفجير"))[1] == "عنصران"


def test_a_title_phrase_and_its_name_are_one_argument_and_a_bare_title_is_the_person_named_with_it():
    import rasid

    doc = rasid.analyze("التقى الرئيس الأمريكي باراك أوباما أمس الرئيس الكيني. وأدان الرئيس الهجوم على الفندق. "
                        "ودعا الرئيس حركة الشباب إلى وقف هجماتها.")
    meet = find(doc, "CONSULT", "التقى")
    assert doc.text[meet.source_start : meet.source_end] == "الرئيس الأمريكي باراك أوباما"
    assert doc.text[meet.target_start : meet.target_end] == "الرئيس الكيني" and meet.target_country == "KEN"
    condemn = find(doc, "ACCUSE", "وأدان")
    assert (condemn.source_country, condemn.source_sector) == ("USA", "GOV")
    call = find(doc, "REQUEST", "ودعا")  # a definite title takes no genitive: the group is the object
    assert doc.text[call.source_start : call.source_end] == "الرئيس" and call.source_country == "USA"
    assert doc.text[call.target_start : call.target_end] == "حركة الشباب"
    # two presidents named before: the bare title is not sure
    doc = rasid.analyze("التقى الرئيس الأمريكي باراك أوباما الرئيس الكيني أوهورو كينياتا. وأدان الرئيس الهجوم على الفندق.")
    condemn = find(doc, "ACCUSE", "وأدان")
    assert doc.text[condemn.source_start : condemn.source_end] == "الرئيس" and condemn.source_country is None


def test_hosting_a_visit_makes_the_visitor_the_actor():
    import rasid

    # PLOVER CONSULT: "the visitor will always be coded as the actor and the host will be the recipient"
    doc = rasid.analyze("استقبل وزير الخارجية الأستاذ عادل بن أحمد الجبير بمقر الوزارة اليوم الأمين العام لمجلس التعاون "
                        "الدكتور عبد اللطيف بن راشد الزياني.")
    visit = find(doc, "CONSULT", "استقبل")
    assert visit.mode == "visit"
    # the role, the honorific and the name are one host; بمقر الوزارة is a place, no visitor
    assert doc.text[visit.target_start : visit.target_end] == "وزير الخارجية الأستاذ عادل بن أحمد الجبير"
    assert (visit.target_country, visit.target_sector) == ("SAU", "GOV")
    assert doc.text[visit.source_start : visit.source_end] == "الأمين العام لمجلس التعاون الدكتور عبد اللطيف بن راشد الزياني"
    assert not [e for e in rasid.analyze("وتستقبل المستشفيات يوميا عشرات الحالات.").events if e.type == "CONSULT"]
    # the honorific of Gulf news before the host's title: صاحب السمو الملكي الأمير X
    doc = rasid.analyze("استقبل صاحب السمو الملكي الأمير فيصل بن خالد أمس في مكتبه رئيس فرع الإفتاء الشيخ سعد الحجري.")
    visit = find(doc, "CONSULT", "استقبل")
    assert doc.text[visit.target_start : visit.target_end].startswith("صاحب السمو الملكي الأمير فيصل")
    assert doc.text[visit.source_start : visit.source_end].endswith("سعد الحجري")


def test_phone_calls_and_meetings_are_consultations():
    import rasid

    call = find(rasid.analyze("واتصل الأمير محمد بن سلمان بالرئيس الأمريكي باراك أوباما."), "CONSULT", "واتصل")
    assert call.mode == "phone" and (call.source_country, call.target_country) == ("SAU", "USA")
    doc = rasid.analyze("وأجرى وزير الخارجية عادل الجبير اتصالا هاتفيا بنظيره الأمريكي جون كيري.")
    call = find(doc, "CONSULT", "اتصالا هاتفيا")  # the adjective agrees with the noun: هاتفيا
    assert (call.source_country, call.target_country) == ("SAU", "USA")
    meeting = find(rasid.analyze("تعقد الولايات المتحدة واليابان اجتماعا غدا في هاواي."), "CONSULT", "اجتماعا")
    assert meeting.source_country == "USA"
    for text in ("وأكد التقرير أنه لا يتصل بموضوع الانتخابات.",  # يتصل ب "relates to"
                 "وانتشرت الصورة على مواقع التواصل الاجتماعي.",  # الاجتماعي "social", not اجتماع + "my"
                 "ومن الاجتماعات والمؤتمرات تطورت التغطية."):  # a meeting with no one holding it
        assert not [e for e in rasid.analyze(text).events if e.type == "CONSULT"], text


def test_a_final_alef_maqsura_is_no_possessive_and_phrase_adjectives_agree():
    doc = build("وسقط عشرات القتلى في القصف.", {})
    assert find(doc, "ASSAULT", "القتلى")
    doc = build("وشنت المقاتلات ضربتين جويتين على المواقع.", {})
    assert find(doc, "ASSAULT", "ضربتين جويتين").mode == "aerial"
    assert not [e for e in build("وتحدث عن التكتيك الهجومي للفريق.", {}).events if e.type == "ASSAULT"]
    # only the definite form is surely an adjective; an indefinite one keeps the noun's reading, as the gold's
    # coders read it (قرار احتجاجي names a protest)
    assert find(build("وجاءت الخطوة ردا على قرار احتجاجي من النقابة.", {}), "PROTEST", "احتجاجي")


def test_a_genitive_behind_a_prepositional_noun_is_no_object_but_its_adjective_still_codes():
    import rasid

    # بمقر الوزارة: the ministry is where, not whom; للقوات السورية: the adjective still gives the owner's country
    doc = rasid.analyze("استقبل الوزير الأستاذ عادل الجبير بمقر الوزارة اليوم السفير الأمريكي.")
    visit = find(doc, "CONSULT", "استقبل")
    assert doc.text[visit.source_start : visit.source_end] == "السفير الأمريكي" and visit.source_country == "USA"
    assert doc.text[visit.target_start : visit.target_end] == "الوزير الأستاذ عادل الجبير"
    doc = rasid.analyze("واتسعت دائرة القتال، حيث استهدفت فصائل من المعارضة مواقع تابعة للقوات السورية النظامية، في قرية صلنفة.")
    assert find(doc, "ASSAULT", "استهدفت").target_country == "SYR"


def test_casualties_of_an_accident_or_a_disaster_are_no_attack():
    for text in (
        "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون في حادث مروري على طريق الدمام.",
        "توفي شاب وأصيب اثنان إثر صاعقة ضربت منطقة جازان.",
        "قتل ثلاثة عمال غرقا في وادي نعمان.",
        "أصيب سبعة أشخاص بجروح في انهيار مبنى بمدينة جدة.",
        "أودى الزلزال بحياة 300 شخص.",
        "قتل 20 شخصا في خروج قطار عن مساره.",
        "قتل 17 شخصا أمس في تحطم مروحية عسكرية أفغانية في جنوب البلاد بسبب عطل تقني.",
    ):
        assert not [e for e in build(text, {}).events if e.type == "ASSAULT"], text
    # another attack trigger in the sentence keeps the casualties: the shelling killed them, the drowning is beside it
    doc = build("قتل خمسة أشخاص في قصف على حي سكني وغرق اثنان في النهر.", {})
    find(doc, "ASSAULT", "قتل")
    doc = build("أصيب ثلاثة من رجال الأمن في حريق أضرمه مسلحون في المبنى.", {})
    find(doc, "ASSAULT", "أصيب")
    assert not [e for e in build("وبلغ عدد قتلى سقوط الطائرة 18 قتيلا.", {}).events if e.type == "ASSAULT"]
    # حادث alone is no cause: a shooting is an incident too
    find(build("قتل ثلاثة أشخاص في الحادث.", {}), "ASSAULT", "قتل")


def test_the_accident_of_an_accident_report_is_its_cause():
    text = "وقع حادث مروري على طريق مكة. وباشرت الفرق الحادث الذي خلف وفاة أربعة أشخاص وإصابة ثلاثة أطفال."
    assert not [e for e in build(text, {}).events if e.type == "ASSAULT"]
    text = "وقع انفجار في السوق. وباشرت الفرق الحادث الذي خلف وفاة أربعة أشخاص وإصابة ثلاثة أطفال."
    find(build(text, {}), "ASSAULT", "إصابة")


def test_a_sale_deed_is_no_allegiance():
    assert not build("وسجلت الدائرة 191 مبايعة لأراض سكنية وتجارية.", {}).events
    assert not build("وارتفعت نسبة التداول في المبايعات والملكيات.", {}).events
    find(build("وأعلنت الجماعة مبايعة تنظيم الدولة.", {}), "SUPPORT", "مبايعة")


def test_a_date_behind_a_preposition_is_no_victim():
    text = "وقتل في 15 يوليو الجاري جراء إصابته في الاشتباكات."
    doc = build_doc(text, {})
    doc.times.append(Timex(text.index("15"), text.index("الجاري") + len("الجاري"), id="t1", kind="date"))
    extract_events(doc)
    ev = find(doc, "ASSAULT", "وقتل")
    assert _arg(doc, ev, "target") is None


def test_an_arrest_warrant_is_no_arrest():
    assert not build("وأصدرت المحكمة مذكرات اعتقال بحق الرئيس.", {}).events
    find(build("واعتقلت الشرطة ثلاثة مشتبهين.", {}), "COERCE", "اعتقلت")
    find(build("واعتمد النادي في مذكرة رفض مطالبة اللاعب.", {}), "REJECT", "رفض")


def test_an_agent_and_its_agent_adjective_are_one_phrase():
    names = {"مسلحين": ("NORP", "ARMED"), "مجهولين": ("NORP", "UNKNOWN"), "الشرطة": ("ORG", "POL"), "المتظاهرين": ("NORP", "PROT")}
    doc = build("وأعلنت الشرطة أن مسلحين مجهولين اختطفوا نقيب الصيادلة.", names, agents=tuple(names))
    assert _arg(doc, find(doc, "ASSAULT", "اختطفوا"), "source") == "مسلحين مجهولين"
    names.update({"مسلحون": ("NORP", "ARMED"), "مجهولون": ("NORP", "UNKNOWN")})
    doc = build("واختطف مسلحون مجهولون نقيب الصيادلة.", names, agents=tuple(names))
    ev = find(doc, "ASSAULT", "اختطف")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("مسلحون مجهولون", "نقيب الصيادلة")
    # a subject and its object are two phrases, though both are agents
    doc = build("وهاجمت الشرطة المتظاهرين.", names, agents=tuple(names))
    ev = find(doc, "ASSAULT", "هاجمت")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("الشرطة", "المتظاهرين")


def test_a_description_takes_the_name_of_its_person():
    text = "وقام مسلحون بخطف نائب رئيس البلدية مهدي حنبلي من سيارته."
    doc = build_doc(text, {"مسلحون": ("NORP", "ARMED"), "نائب رئيس": ("PER", "DEPUTY"), "مهدي حنبلي": ("PER", "DEPUTY")})
    doc.mentions[1].kind = "description"
    doc.entities.append(Entity("DEPUTY", "PER", "DEPUTY", [m.id for m in doc.mentions if m.entity == "DEPUTY"]))
    extract_events(doc)
    assert _arg(doc, find(doc, "ASSAULT", "بخطف"), "target") == "نائب رئيس البلدية مهدي حنبلي"


def test_a_place_is_no_toll_for_the_attack_before_it():
    doc = build("ووجه التحالف ضربة جوية أسفرت عن قتل 21 منهم قرب مصفى بيجي.", {"التحالف": ("ORG", "COAL"), "مصفى بيجي": ("FAC", "BAIJI")})
    assert _arg(doc, find(doc, "ASSAULT", "ضربة جوية"), "target") != "مصفى بيجي"


def test_a_word_ending_in_ta_marbuta_is_no_verb():
    assert not [e for e in build("وحضرت كل طالبة في المدرسة.", {}).events if e.type == "REQUEST"]
    find(build("وطالبت الوزارة الشركات بالالتزام.", {}), "REQUEST", "طالبت")
    # a verbal noun in ة with its own row is kept: condemnation and praise
    find(build("وجدد مجلس الوزراء إدانة المملكة للجريمة الإرهابية.", {}), "ACCUSE", "إدانة")
    find(build("وسط إشادة الحضور بالمحاضرة.", {}), "SUPPORT", "إشادة")


def test_a_time_noun_behind_a_preposition_is_no_argument():
    import rasid

    doc = rasid.analyze("وأوضح مدير المستشفى أن المستشفى استقبل خلال الفترة 22042 مراجعا في قسم الطوارئ.")
    args = [a for ev in doc.events for a in (_arg(doc, ev, "source"), _arg(doc, ev, "target"))]
    assert "الفترة" not in args


def test_the_object_of_a_frame_preposition_is_the_target():
    doc = build("واستعادت القوات السيطرة على عدن.", {"عدن": ("GPE", "ADEN")})
    ev = find(doc, "COERCE", "السيطرة")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) != ("عدن", None)
    assert _arg(doc, ev, "target") == "عدن"


def test_suicide_is_an_adjective_of_the_bombing():
    doc = build("وقتل 32 شخصا في تفجير انتحاري نسب للتنظيم.", {"انتحاري": ("NORP", "BOMBER")}, agents=("انتحاري",))
    ev = find(doc, "ASSAULT", "تفجير")
    assert "انتحاري" not in (_arg(doc, ev, "source"), _arg(doc, ev, "target"))


def test_a_place_behind_a_preposition_is_no_subject():
    doc = build("وذكرت مصادر أن الاشتباكات في تعز أدت إلى مقتل 20 حوثيا، وإصابة 30 آخرين.", {"تعز": ("GPE", "TAIZ")})
    assert all(_arg(doc, ev, "source") != "تعز" for ev in doc.events)


def test_a_conjunct_takes_its_named_genitive_and_the_phrase_stops_at_an_instrument():
    names = {"طيران التحالف": ("ORG", "COAL"), "الحوثيين": ("ORG", "HOUTHI"), "صالح": ("PER", "SALEH")}
    doc = build("وقصف طيران التحالف مواقع الحوثيين وقوات صالح في الجفينة.", names)
    assert _arg(doc, find(doc, "ASSAULT", "قصف"), "target").endswith("الحوثيين وقوات صالح")
    doc = build("وفتح المسلحون النار على السيارة العسكرية بالرشاشات.", {"المسلحون": ("NORP", "ARMED")}, agents=("المسلحون",))
    assert _arg(doc, find(doc, "ASSAULT", "فتح"), "target") == "السيارة العسكرية"


def test_the_actor_blamed_for_an_attack_is_its_attacker():
    names = {"حزب العمال الكردستاني": ("ORG", "PKK"), "حركة طالبان": ("ORG", "TALIBAN"), "القاعدة": ("ORG", "AQ")}
    doc = build("وألقيت مسؤولية الهجوم على حزب العمال الكردستاني.", names)
    ev = find(doc, "ASSAULT", "الهجوم")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("حزب العمال الكردستاني", None)
    # a claim with عن keeps على as the target
    doc = build("وأعلنت حركة طالبان مسؤوليتها عن الهجوم على القاعدة.", names)
    ev = find(doc, "ASSAULT", "الهجوم")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("حركة طالبان", "القاعدة")


def test_a_count_or_a_determiner_takes_a_noun_not_a_verb():
    for text in ("وقد بلغ عدد المرشحين 17 طالبًا موهوبًا.", "وألقت السلطات القبض على 18 طالبا سودانيا.", "وهذا يعني رفع أي دعم تقدمه الدولة."):
        assert not [e for e in build(text, {}).events if e.type in ("REQUEST", "SUPPORT")], text
    # a plural verb after a number has it as its subject; a year is a date
    find(build("وأعلن المرصد أن ثمانية من العناصر ال54 خطفوا مساء الجمعة.", {}), "ASSAULT", "خطفوا")


def test_la_yazal_still_is_no_negation():
    import rasid

    doc = rasid.analyze("ولا تزال الاشتباكات مستمرة في المدينة. ولا يزال موقع الانفجار تحت المراقبة. لم يقع الانفجار.")
    modality = [(doc.text[e.start : e.end], e.modality) for e in doc.events if e.type == "ASSAULT"]
    assert modality == [("الاشتباكات", "asserted"), ("الانفجار", "asserted"), ("الانفجار", "negated")]


def test_a_toll_reaches_the_attack_a_cause_word_introduces_across_a_longer_phrase():
    text = "قتل أمس سبعة من عناصر الشرطة الأفغانية، ومهندس هندي في غرب أفغانستان، إثر هجوم انتحاري تبنته طالبان."
    doc = build(text, {"طالبان": ("ORG", "TALIBAN")})
    assert find(doc, "ASSAULT", "قتل").source_actor == "TALIBAN"
    assert _arg(doc, find(doc, "ASSAULT", "هجوم"), "target") == "عناصر الشرطة الأفغانية"
    doc = build(text.replace("إثر", "وفي"), {"طالبان": ("ORG", "TALIBAN")})  # no cause word: too far to tie
    assert find(doc, "ASSAULT", "قتل").source_actor is None


def test_the_object_after_a_count_noun_and_min_is_the_phrase_after_min():
    doc = build("وقصفت الطائرات مجموعة من المتمردين الأكراد في شمال العراق.", {"المتمردين": ("NORP", "REBELS"), "الأكراد": ("NORP", "KURDS")})
    assert _arg(doc, find(doc, "ASSAULT", "وقصفت"), "target") == "المتمردين الأكراد"


def test_a_count_word_is_no_adjective_of_the_event_noun():
    doc = build("وأدت الغارة إلى مقتل ثمانية من مقاتلي البيشمركة الأكراد.", {"البيشمركة": ("ORG", "PESHMERGA"), "الأكراد": ("NORP", "KURDS")})
    assert _arg(doc, find(doc, "ASSAULT", "مقتل"), "target").startswith("مقاتلي البيشمركة")  # not the nationality alone


def test_a_verb_whose_subject_is_an_event_noun_was_done_by_that_events_attacker():
    doc = build("وكشف المصدر أن غارة للتحالف يوم الثلاثاء الماضي استهدفت رافعة للتنظيم.", {"للتحالف": ("ORG", "COALITION")})
    assert find(doc, "ASSAULT", "استهدفت").source_actor == "COALITION"


def test_the_light_verb_after_an_adjective_names_the_attacker():
    doc = build("أسفر هجوم جديد نفذته فتاة في نحو الثانية عشرة من العمر عن سقوط 20 قتيلا.", {})
    assert _arg(doc, find(doc, "ASSAULT", "هجوم"), "source") == "فتاة"


def test_an_adverb_between_the_verb_and_its_subject_is_skipped():
    doc = build("وهي المنطقة التي يستهدفها بانتظام المتمردون في جماعة بوكو حرام.", {"المتمردون": ("NORP", "REBELS")})
    assert find(doc, "ASSAULT", "يستهدفها").source_actor == "REBELS"


def test_a_definite_subject_takes_no_indefinite_genitive():
    doc = build("وقصفت الطائرات مواقع المتمردين في المنطقة.", {"المتمردين": ("NORP", "REBELS")})
    assert _arg(doc, find(doc, "ASSAULT", "وقصفت"), "source") == "الطائرات"


def test_a_unit_of_a_force_is_the_fronted_subject():
    doc = build("وقال الخزرجي إن قوة من جهاز مكافحة الإرهاب اشتبكت مع عناصر التنظيم.", {})
    assert _arg(doc, find(doc, "ASSAULT", "اشتبكت"), "source") == "قوة من جهاز مكافحة الإرهاب"


def test_two_suicide_bombers_are_attackers():
    import rasid

    doc = rasid.analyze("قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما في شمال العراق.")
    ev = next(e for e in doc.events if doc.text[e.start:e.end] == "هاجم")
    assert (doc.text[ev.source_start:ev.source_end], ev.source_sector) == ("انتحاريان", "UAF")


def test_a_death_protested_is_neither_the_protests_target_nor_the_attacks_toll():
    doc = build("وقد أصاب متظاهرون شرطيا وأحرقوا مصارف في باتراس احتجاجا على مقتل الفتى.", {"متظاهرون": ("NORP", "PROTESTERS")})
    assert _arg(doc, find(doc, "PROTEST", "احتجاجا"), "target") is None
    assert find(doc, "ASSAULT", "مقتل").source_actor is None
    assert find(doc, "ASSAULT", "وأحرقوا").source_actor == "PROTESTERS"  # the coordinated verb shares the subject


def test_the_party_held_responsible_in_quotation_marks_is_the_attacker():
    doc = build('وحمل سكان آخرون قوة "أميصوم" المسؤولية عن مقتل ثمانية مدنيين.', {"أميصوم": ("ORG", "AMISOM")})
    assert find(doc, "ASSAULT", "مقتل").source_actor == "AMISOM"


def test_who_calls_for_a_strike_leads_it_and_protesters_it_supports_do_not():
    doc = build("دعا الاتحاد النقابي الأساسي في تايلاند أمس إلى الإضراب دعما للمتظاهرين.", {"الاتحاد النقابي الأساسي": ("ORG", "UNION"), "للمتظاهرين": ("NORP", "PROTESTERS")})
    assert _arg(doc, find(doc, "PROTEST", "الإضراب"), "source") == "الاتحاد النقابي الأساسي"


def test_dawn_is_no_detonation():
    import rasid

    for text in ("وقال إن الغارات التي شنتها الطائرات التركية فجر هذا اليوم تمت إدارتها من المركز.",
                 "وقال إن الغارات بدأت عند الساعة الرابعة فجرا.", "وقصفت الطائرات المدينة فجر أمس.",
                 "وأعلنت غرفة عمليات «فجر ليبيا» أن الجانب الليبي أغلق البوابة."):
        doc = rasid.analyze(text)
        assert not [e for e in doc.events if doc.text[e.start:e.end].startswith("فجر")], text
    doc = rasid.analyze("وكان انتحاريان فجرا نفسيهما في السوق.")
    assert [e for e in doc.events if doc.text[e.start:e.end] == "فجرا"]  # the dual verb: they detonated


def test_a_place_noun_after_a_definite_subject_is_the_object():
    doc = build("وقصفت الطائرات المدينة في الليل.", {})
    ev = find(doc, "ASSAULT", "وقصفت")
    assert (_arg(doc, ev, "source"), _arg(doc, ev, "target")) == ("الطائرات", "المدينة")


def test_the_kind_of_an_operation_stands_between_it_and_its_light_verb():
    doc = build("قتل 12 مسلحا في حملة مداهمات شنتها القوات المسلحة المصرية.", {"القوات المسلحة المصرية": ("ORG", "EGY_ARMY")})
    assert find(doc, "ASSAULT", "قتل").source_actor == "EGY_ARMY"


def test_a_verb_joined_by_fa_shares_the_subject_of_the_verb_before():
    doc = build("وقالت الشرطة إن مسلحا فتح النار داخل صالة سينما مكتظة في لافايت، فقتل شخصين.", {})
    assert _arg(doc, find(doc, "ASSAULT", "فقتل"), "source") == "مسلحا"


def test_the_victim_of_the_toll_before_is_no_attacker_and_both_tolls_reach_the_attack():
    doc = build("كما قتل أمس ضابط تركي وأصيب جنديان آخران في هجوم لداعش على الحدود.", {"ضابط تركي": ("PER", "OFFICER"), "لداعش": ("ORG", "ISIS")})
    assert find(doc, "ASSAULT", "وأصيب").source_actor == "ISIS"
    assert find(doc, "ASSAULT", "قتل").source_actor == "ISIS"


def test_others_in_a_toll_are_more_of_the_victims_before():
    doc = build("قتل جندي وأصيب آخر في الهجوم.", {"جندي": ("ORG", "SOLDIER")})
    assert _arg(doc, find(doc, "ASSAULT", "وأصيب"), "target") == "جندي"


def test_the_antecedent_of_a_relative_before_a_passive_toll_is_the_victim():
    doc = build("وطالت يد الإرهاب النائب أنطوان غانم الذي قتل مع تسعة مواطنين آخرين في تفجير.", {"أنطوان غانم": ("PER", "GHANEM")})
    assert find(doc, "ASSAULT", "قتل").target_actor == "GHANEM"


def test_a_definite_event_noun_takes_no_count_as_its_genitive():
    doc = build("قتل في الهجوم ثلاثة جنود.", {})
    assert _arg(doc, find(doc, "ASSAULT", "الهجوم"), "source") is None  # the soldiers were killed, they did not attack
    doc = build("أدان الوزير الهجوم الإسرائيلي على غزة.", {"الإسرائيلي": ("NORP", "ISR")})
    assert find(doc, "ASSAULT", "الهجوم").source_actor == "ISR"  # its adjective is still the attacker


def test_who_met_death_is_the_victim_of_a_toll():
    doc = build("ولقي 41 شخصا حتفهم في هجمات شنها مسلحون.", {"مسلحون": ("NORP", "GUNMEN")})
    ev = find(doc, "ASSAULT", "ولقي")
    assert _arg(doc, ev, "target") == "شخصا" and ev.source_actor == "GUNMEN"
    doc = build("وقال إن الجندي لقي مصرعه في الانفجار.", {"الجندي": ("ORG", "SOLDIER")})
    assert find(doc, "ASSAULT", "لقي").target_actor == "SOLDIER"
    doc = build("لقي ثلاثة أشخاص مصرعهم في حادث مروري على طريق الرياض.", {})
    assert not [e for e in doc.events if e.type == "ASSAULT"]  # an accident


def test_an_instrument_with_a_nationality_names_the_attacking_country():
    doc = build("وقتل ثلاثة فلسطينيين في قصف بصاروخٍ إسرائيلي على غزة.", {"إسرائيلي": ("NORP", "ISR")})
    ev = find(doc, "ASSAULT", "قصف")
    assert ev.source_actor == "ISR" and _arg(doc, ev, "source") == "صاروخٍ إسرائيلي"


def test_a_nationality_past_the_event_adjective_is_the_attacker_and_the_verb_after_is_active():
    doc = build("وقالوا إن غارة جوية أمريكية قتلت قياديا في التنظيم.", {"أمريكية": ("NORP", "USA")})
    assert find(doc, "ASSAULT", "غارة").source_actor == "USA"
    ev = find(doc, "ASSAULT", "قتلت")
    assert ev.source_actor == "USA" and _arg(doc, ev, "target") == "قياديا"


def test_a_place_noun_is_no_adjective_and_an_event_adjective_stays_out_of_the_nationality():
    doc = build("ودعا الرئيس المبعوث إلى زيارة مدينة عدن قريبا.", {"عدن": ("GPE", "ADEN")})
    assert find(doc, "CONSULT", "زيارة").source_actor is None  # the city is visited, it does not visit
    doc = build("لكن القصف الجوي التركي لمواقع الحزب يهدد بانعكاسات.", {"التركي": ("NORP", "TUR")})
    assert _arg(doc, find(doc, "ASSAULT", "القصف"), "source") == "التركي"


def _analyzed_arg(text: str, type_: str, trigger: str, role: str) -> str | None:
    import rasid

    doc = rasid.analyze(text)
    ev = next(e for e in doc.events if e.type == type_ and doc.text[e.start : e.end] == trigger)
    start, end = getattr(ev, f"{role}_start"), getattr(ev, f"{role}_end")
    return doc.text[start:end] if start is not None else None


# one argument of one event: (why, text, type, trigger, role, expected text or None)
ARGUMENT_CASES = [
    ("min_janib_names_who_protests", "جاء ذلك ردا على الاحتجاجات التي عرفتها عدة مدن أوروبية من جانب المزارعين.", "PROTEST", "الاحتجاجات", "source", "المزارعين"),
    ("a_name_set_off_by_a_comma_after_its_title_is_one_argument_with_it", "وراحوا يهاجمون رئيس الوزراء، ايهود أولمرت، الذي غادر الى ألمانيا.", "ASSAULT", "يهاجمون", "target", "رئيس الوزراء، ايهود أولمرت"),
    ("a_comma_after_a_title_before_a_clause_joins_nothing", "وقال الرئيس، إن الجيش قتل محمد علي.", "ASSAULT", "قتل", "target", "محمد علي"),
    ("a_count_of_protesters_in_brackets_describes_the_source_found", "وأثار ذلك تعبئة العلمانيين الذين تظاهروا بكثافة (نصف مليون متظاهر بحسب التقديرات) في انقرة.", "PROTEST", "تظاهروا", "source", "العلمانيين"),
    ("an_adverb_before_the_object_is_skipped", "وقد قصفت قوات التحالف أيضاً معسكر الدفاع الجوي.", "ASSAULT", "قصفت", "target", "معسكر الدفاع الجوي"),
    ("a_count_before_a_plural_verb_and_a_pause_after_it_was_killed", "وقال جنرال إن «17 شخصا قتلوا، 12 جنديا وأفراد الطاقم الخمسة».", "ASSAULT", "قتلوا", "target", "شخصا"),
    ("the_phrase_a_pronoun_resumes_is_the_victim_not_also_the_killer", "إن «تنظيم داعش أعلن عن أسماء الأشخاص الذين أعدمهم منذ سيطرته على الموصل».", "ASSAULT", "أعدمهم", "source", None),
    ("an_imperfect_verb_of_rising_is_no_target", "كما ذكرت مصادر أنّ حصيلة القتلى قد ترتفع قليلا.", "ASSAULT", "القتلى", "target", None),
    ("a_countrys_security_is_no_target", "وقال إن الهجوم يستهدف أمن المملكة.", "ASSAULT", "يستهدف", "target", None),
    ("the_security_forces_are_an_actor", "واعتقل الأمن خمسة أشخاص.", "COERCE", "واعتقل", "source", "الأمن"),
    ("an_adverb_is_no_target", "وأوضحت المصادر أن 3 عناصر من هذه الفرقة، قتلوا أيضا.", "ASSAULT", "قتلوا", "target", None),
    ("a_verb_of_rising_is_no_target", "وأضاف أن الاغتيالات ارتفعت في المدينة.", "ASSAULT", "الاغتيالات", "target", None),
    ("a_verb_of_happening_is_no_target_1", "أظهرت التحقيقات أن التفجير وقع من أجل الضغط.", "ASSAULT", "التفجير", "target", None),
    ("a_verb_of_happening_is_no_target_2", "وأوضح أن الإصابات تراوحت ما بين حرجة ومتوسطة.", "ASSAULT", "الإصابات", "target", None),
    ("the_subject_after_a_light_verbs_object_and_a_definite_event_noun", "وتقع حوادث خطف في اليمن وينفذ غالبية عمليات الخطف متشددون من القاعدة.", "ASSAULT", "الخطف", "source", "متشددون من القاعدة"),
    ("an_indefinite_event_noun_takes_its_genitive_as_victim", "نفذت عمليات اغتيال ضباط في المدينة.", "ASSAULT", "اغتيال", "target", "ضباط"),
    ("a_town_with_a_direction_word_is_no_attacker", "علق الكاتب على تفجير مسجد بمدينة أبها جنوب، الذي وقع ظهر اليوم وأسفر عنه مقتل 17 رجل أمن و إصابة 25 أخرين.", "ASSAULT", "إصابة", "source", None),
    ("god_is_no_target", "هاهو الإرهاب يطل علينا، ليفجر في بيت من بيوت الله ويقتل جنودنا المرابطين.", "ASSAULT", "ليفجر", "target", None),
    ("a_faith_is_no_target", "وقال إن التنظيم يستهدف دين الأمة.", "ASSAULT", "يستهدف", "target", None),
    ("a_purpose_with_the_article_lam_protests_with_the_clause", "تجمع المئات خارج مكتب الأمم المتحدة في الأردن أمس، للاحتجاج على خفض المساعدات.", "PROTEST", "للاحتجاج", "source", "المئات"),
    ("an_aside_ends_the_subject_phrase", "وبدأ أكثر من 200 شخص معظمهم من طلاب المدارس الثانوية احتجاجا أمام وزارة التعليم.", "PROTEST", "احتجاجا", "source", "شخص"),
    ("the_clause_of_a_protest_of_purpose_opens_after_haythu", "وكان آخر الاحتجاجات في ريو، حيث قطع آلاف من سائقي سيارات الأجرة الشوارع الرئيسية أمس، احتجاجًا على خدمة «أوبر».", "PROTEST", "احتجاجًا", "source", "سائقي سيارات الأجرة"),
    ("a_country_behind_fi_is_where_not_whom", "حيث قطع آلاف من سائقي سيارات الأجرة الشوارع أمس، احتجاجًا على خدمة «أوبر» في البرازيل.", "PROTEST", "احتجاجًا", "target", None),
    ("a_nationality_inside_what_is_protested_is_the_target", "وطالما احتجت البحرين على الأعمال العدوانية الإيرانية، ومنذ بدء الحملة ضد الحوثيين.", "PROTEST", "احتجت", "target", "الأعمال العدوانية الإيرانية"),
    ("a_town_protested_in_is_no_target", "وأدين بالمشاركة في المظاهرات في القطيف.", "PROTEST", "المظاهرات", "target", None),
    ("rioters_riot", "وقالت الشرطة إن مثيري الشغب بدأوا رشق رجال الشرطة بالحجارة.", "PROTEST", "الشغب", "source", "مثيري الشغب"),
    ("a_crowd_before_a_province_protests_not_the_province", "تظاهر أمس المئات بمحافظة ذي قار جنوب بغداد، مطالبين بمحاكمة المالكي.", "PROTEST", "تظاهر", "source", "المئات"),
    ("a_person_named_after_an_area_noun_names_the_area", "اندلعت أمس مواجهات بين قوات الأمن ومتظاهرين في منطقة غازي عثمان باشا في إسطنبول.", "PROTEST", "ومتظاهرين", "target", None),
    ("protesters_hand_a_memorandum_to_whom_they_address", "وتظاهر المئات ورفعوا مذكرة الى المجلس البلدي في المدينة.", "PROTEST", "وتظاهر", "target", "المجلس البلدي"),
    ("a_letter_handed_names_the_addressee_over_the_place", "وتجمع المحتجون أمام السفارة وسلموا رسالة إلى السفير.", "PROTEST", "وتجمع", "target", "السفير"),
    ("the_first_object_of_a_handing_verb_is_the_addressee", "وسلم المتظاهرون السفير السوداني مذكرة احتجاج.", "PROTEST", "احتجاج", "target", "السفير السوداني"),
    ("the_giver_of_a_memorandum_is_not_its_addressee", "وسلم المتظاهرون مذكرة احتجاج.", "PROTEST", "احتجاج", "target", None),
    ("flags_carried_show_a_side_not_a_target", "وحمل المتظاهرون أعلاما فلسطينية ورايات حركة حماس الخضراء.", "PROTEST", "المتظاهرون", "target", None),
    ("pictures_carried_show_a_side_not_a_target", "ورفع المتظاهرون صور الرئيس بشار الأسد.", "PROTEST", "المتظاهرون", "target", None),
    ("a_news_agency_behind_lam_is_told_not_protesting", "وقال أحد منظمي المظاهرات لوكالة الصحافة الفرنسية إن المظاهرة ضد الفساد.", "PROTEST", "المظاهرات", "source", None),
    ("a_newspaper_behind_lam_is_told_not_protested", "وقال منظمو الاعتصام لـ«الشرق الأوسط» إنهم مستمرون.", "PROTEST", "الاعتصام", "target", None),
    ("a_count_and_the_noun_it_counts_protest", "تظاهر 200 عامل أمام المصنع للمطالبة برواتبهم.", "PROTEST", "تظاهر", "source", "200 عامل"),
    ("a_counted_accusative_is_the_crowd_not_an_object_1", "تظاهر نحو 60 شاباً أمام السفارة.", "PROTEST", "تظاهر", "source", "60 شاباً"),
    ("a_counted_accusative_is_the_crowd_not_an_object_2", "تظاهر نحو 60 شاباً أمام السفارة.", "PROTEST", "تظاهر", "target", "السفارة"),
    ("a_count_of_days_is_no_crowd", "واعتصم الموظفون 3 أيام أمام الوزارة.", "PROTEST", "واعتصم", "source", "الموظفون"),
    ("a_crowd_after_the_verb_beats_an_agent_word_later", "تظاهر 60 مسيحياً داخل كنيسة، وقال الشباب المتظاهر إن فتاة اختفت.", "PROTEST", "تظاهر", "source", "60 مسيحياً"),
    ("the_people_of_a_relative_clause_not_the_noun_before_them", "وأثار ذلك غضب العلمانيين الذين تظاهروا في انقرة.", "PROTEST", "تظاهروا", "source", "العلمانيين"),
    ("supporters_behind_lam_protest", "وخرجت تظاهرات لأنصار الحزب في العاصمة.", "PROTEST", "تظاهرات", "source", "لأنصار الحزب"),
    ("an_indefinite_plural_behind_lam_protests", "وخرجت تظاهرات لسلفيين في العاصمة.", "PROTEST", "تظاهرات", "source", "لسلفيين"),
    ("cities_a_protest_spreads_to_are_no_source", "وقد عمت المظاهرات المدن العراقية وبالذات بغداد.", "PROTEST", "المظاهرات", "source", None),
    ("cities_a_protest_spreads_to_are_no_target", "وقد عمت المظاهرات المدن العراقية وبالذات بغداد.", "PROTEST", "المظاهرات", "target", None),
    ("a_nationality_adjective_of_an_object_is_no_subject_of_the_next_verb", "وحمل المتظاهرون اعلاما تركية وتجمعوا في الساحات العامة.", "PROTEST", "وتجمعوا", "source", "المتظاهرون"),
    ("a_title_before_a_named_argument_is_part_of_it", "امتدت يد الارهاب لتطال الوزير بيار الجميل الذي قتل في هجوم مسلح.", "ASSAULT", "قتل", "target", "الوزير بيار الجميل"),
    ("a_clause_describing_an_indefinite_subject_is_skipped_before_the_object", "وخطف مسلحون يرتدون زي الشرطة العراقية خمسة بريطانيين من مركز للكمبيوتر.", "ASSAULT", "وخطف", "target", "بريطانيين"),
    ("a_bare_count_of_victims_takes_the_actor_of_its_aside", "وفي تكريت، أسفر انفجار سيارة ملغومة في وسط المدينة، عن إصابة عشرة بينهم ثلاثة من رجال الشرطة.", "ASSAULT", "إصابة", "target", "رجال الشرطة"),
    ("the_owner_of_a_possessed_subject_is_named_as_the_source", "قال الجيش التركي في بيان أمس ان طائراته قصفت مجموعة من المتمردين الاكراد في شمال العراق.", "ASSAULT", "قصفت", "source", "الجيش التركي"),
    ("a_conjunction_after_a_comma_opens_no_direct_object", "وأشار إلى أنه عثر على أشلاء ناتجة عن تفجير بأحزمة ناسفة، ولا يزال الحادث محل متابعة.", "ASSAULT", "تفجير", "target", None),
    ("a_definite_event_subject_takes_no_genitive_so_the_object_follows_it", "استهدف الهجوم موكب الرئيس حامد كرزاي في كابل.", "ASSAULT", "استهدف", "target", "موكب الرئيس حامد كرزاي"),
    ("a_singular_nationality_adjective_is_no_subject_of_a_plural_verb", "حيث أوقفوا سيارة أجرة فلسطينية وقتلوا سائقها.", "ASSAULT", "وقتلوا", "source", None),
    ("a_relative_pronoun_before_a_killing_verb_names_the_killer", "مع تزايد خطر الجماعات الإسلامية المتشددة التي قتلت أيضا عشرات من الجيش والشرطة في السنوات الماضية.", "ASSAULT", "قتلت", "source", "الجماعات الإسلامية المتشددة"),
    ("who_fired_the_weapon_of_an_attack_is_its_attacker", "فقد قتل ستة من المتمردين إثر تفجير دبابة بقذيفة مضادة للدروع أطلقها مقاتلو المقاومة.", "ASSAULT", "قتل", "source", "مقاتلو المقاومة"),
    ("a_long_fronted_subject_after_an_still_acts_1", "ذكر تقرير إخباري أن مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود من قوات الدرك التركية.", "ASSAULT", "استهدفت", "source", "حزب العمال الكردستاني"),
    ("a_long_fronted_subject_after_an_still_acts_2", "ذكر تقرير إخباري أن مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود من قوات الدرك التركية.", "ASSAULT", "استهدفت", "target", "جنود"),
    ("a_manner_adjective_is_neither_target_nor_subject_1", "وترافق ذلك مع قصف عنيف من قبل قوات النظام على مناطق في محيط المدينة.", "ASSAULT", "قصف", "source", "قوات النظام"),
    ("a_manner_adjective_is_neither_target_nor_subject_2", "وترافق ذلك مع قصف عنيف من قبل قوات النظام على مناطق في محيط المدينة.", "ASSAULT", "قصف", "target", "مناطق"),
    ("a_manner_adjective_is_neither_target_nor_subject_3", "وسط قصف مكثف للطيران الحربي على مناطق الاشتباك.", "ASSAULT", "قصف", "source", "للطيران الحربي"),
    ("a_manner_adjective_is_neither_target_nor_subject_4", "وقصف عنيف ومتبادل بين الطرفين.", "ASSAULT", "وقصف", "target", None),
    ("the_owner_behind_lam_bombed_the_subject_of_an_undergone_shelling_1", "وتعرضت المدينة لقصف مدفعي لقوات النظام.", "ASSAULT", "لقصف", "source", "قوات النظام"),
    ("the_owner_behind_lam_bombed_the_subject_of_an_undergone_shelling_2", "وتعرضت المدينة لقصف مدفعي لقوات النظام.", "ASSAULT", "لقصف", "target", "المدينة"),
    ("the_object_search_stops_at_a_speech_verb", "وقع إطلاق نار قرب مركز تدريب من دون أن يسفر عن إصابات، كما أعلنت السلطات المحلية.", "ASSAULT", "إطلاق نار", "target", None),
    ("guards_who_stage_a_sit_in_are_its_source", "وفي وقت لاحق نظم حراس المسجد الأقصى اعتصاما أمام مركز شرطة الاحتلال.", "PROTEST", "اعتصاما", "source", "حراس المسجد الأقصى"),
    ("an_object_pronoun_stands_for_the_nearest_agreeing_actor_before_it_1", "أعلنت قيادة القوات المشتركة استشهاد الجندي أول يحيى متعب الشامري من منسوبي القوات البرية بعد إصابته بمقذوف بقطاع جيزان.", "ASSAULT", "إصابته", "target", "يحيى متعب الشامري"),
    ("an_object_pronoun_stands_for_the_nearest_agreeing_actor_before_it_2", "وبلغ عدد الكوريين الجنوبيين لدى خطفهم في التاسع عشر من يوليو 23.", "ASSAULT", "خطفهم", "target", "الكوريين الجنوبيين"),
    ("an_object_pronoun_stands_for_the_nearest_agreeing_actor_before_it_3", "وقال الرئيس إن الوزارة رفضها.", "REJECT", "رفضها", "target", None),
    ("a_quantity_after_a_light_verb_leaves_the_subject_before_it", "وكانت القوات التركية شنت سلسلة جديدة من الضربات الجوية ضد ناشطي حزب العمال الكردستاني.", "ASSAULT", "الضربات الجوية", "source", "القوات التركية"),
    ("a_copula_and_a_statement_end_the_object_1", "أصيب 18 شرطيا في انفجار عبوة ناسفة استهدفت حافلة كانوا يستقلونها قرب مدينة العريش.", "ASSAULT", "استهدفت", "target", "حافلة"),
    ("a_copula_and_a_statement_end_the_object_2", "وأعلنت الجماعة مسؤوليتها عن الهجوم في بيان نشر على تويتر.", "ASSAULT", "الهجوم", "target", None),
    ("a_protest_of_purpose_is_made_by_the_subject_of_its_clause_1", "ب: أضرب العرب في اسرائيل امس احتجاجا على رفض القضاء الاسرائيلي ملاحقة شرطيين.", "PROTEST", "احتجاجا", "source", "العرب"),
    ("a_protest_of_purpose_is_made_by_the_subject_of_its_clause_2", "1975 - تركيا تستعيد السيطرة على كل القواعد الأميركية على أراضيها احتجاجا على رفض النواب الأميركيين.", "PROTEST", "احتجاجا", "source", "تركيا"),
    ("a_protest_of_purpose_is_made_by_the_subject_of_its_clause_3", "وخرج الآلاف في القاهرة احتجاجا على القرار.", "PROTEST", "احتجاجا", "source", "الآلاف"),
    ("a_protest_stand_and_the_people_behind_lam_1", "ونظم العشرات وقفة احتجاجية أمام الوزارة.", "PROTEST", "وقفة احتجاجية", "source", "العشرات"),
    ("a_protest_stand_and_the_people_behind_lam_2", "إضراب للطيارين الإيطاليين يشل حركة الطيران", "PROTEST", "إضراب", "source", "للطيارين الإيطاليين"),
    ("a_protest_stand_and_the_people_behind_lam_3", "وخرجت مظاهرة للمطالبة بالإفراج عن المعتقلين", "PROTEST", "مظاهرة", "source", None),
    ("who_the_source_are_after_min_is_part_of_it_1", "وهاجم مسلحون من القبائل دورية للجيش.", "ASSAULT", "وهاجم", "source", "مسلحون من القبائل"),
    ("who_the_source_are_after_min_is_part_of_it_2", "وقد شارك في المسيرة مئات المصلين من الرجال والنساء.", "PROTEST", "المسيرة", "source", "المصلين من الرجال والنساء"),
    ("who_the_source_are_after_min_is_part_of_it_3", "وقد شارك في المسيرة مئات المصلين من الرجال والنساء.", "PROTEST", "المسيرة", "target", None),
    ("who_the_source_are_after_min_is_part_of_it_4", "وذلك بعد احتجاجات من جماعات حماية الأطفال.", "PROTEST", "احتجاجات", "source", "جماعات حماية الأطفال"),
    ("who_the_source_are_after_min_is_part_of_it_5", "وانطلقت تظاهرة من مدينة الصدر باتجاه ساحة الفردوس.", "PROTEST", "تظاهرة", "source", None),
    ("a_sit_in_takes_no_direct_object", "اعتصم العشرات من الأطباء والممرضين العاملين في المستشفى العسكري، أمس، أمام مبنى المحافظة مطالبين بصرف رواتبهم.", "PROTEST", "اعتصم", "target", "المحافظة"),
    ("the_speaker_is_the_subject_of_a_light_verb_after_its_pronoun", "وقال الجيش الأمريكي إنه نفذ ضربات جوية على مواقع التنظيم.", "ASSAULT", "ضربات جوية", "source", "الجيش الأمريكي"),
    ("a_pronoun_after_a_relative_stands_for_its_antecedent", "بعد قرار لجنة الحوثي العليا التي تدير الجزء الذي تحتله من اليمن.", "COERCE", "تحتله", "target", None),
    ("a_pronoun_before_an_object_is_the_one_who_acted", "وطاردت الشرطة العصابة بعد أيام من خطفها ثمانية مواطنين.", "ASSAULT", "خطفها", "target", None),
    ("after_the_agent_only_a_frame_preposition_opens_the_target", "بعد عامين على اختطافه من قبل جماعة مرتبطة بـ\"داعش\" في الرقة.", "ASSAULT", "اختطافه", "target", None),
    ("a_quoted_group_after_a_member_noun_belongs_to_its_phrase", "هاجم مقاتلو «داعش» نقطة التفتيش.", "ASSAULT", "هاجم", "source", "مقاتلو «داعش»"),
    ("a_closing_quote_opens_no_genitive", "كما دعا «الإيقاد» والاتحاد الأفريقي والأمم المتحدة إلى المساعدة في تحقيق السلام.", "REQUEST", "دعا", "source", None),
    ("a_count_with_tanween_is_an_object_not_an_adverb", "أصابت الشرطة عدداً منهم.", "ASSAULT", "أصابت", "target", "عدداً منهم"),
    ("the_adjective_of_a_count_stands_before_its_min_1", "وقتلت القوات عددا كبيرا من المسلحين.", "ASSAULT", "وقتلت", "target", "المسلحين"),
    ("the_adjective_of_a_count_stands_before_its_min_2", "وأصابت القوات عدداً كبيراً منهم.", "ASSAULT", "وأصابت", "target", "عدداً كبيراً منهم"),
    ("a_clause_after_a_comma_leaves_the_verb_without_object", "وقال مسؤول إن خمسة جنود قتلوا، وفقد 15 آخرون.", "ASSAULT", "قتلوا", "target", "جنود"),
    ("the_unit_of_a_group_before_a_light_verb_acts", "قام رتل من تنظيم داعش بالهجوم على بوابة الرابطة.", "ASSAULT", "بالهجوم", "source", "رتل من تنظيم داعش"),
    ("the_object_search_stops_at_a_demand_participle_after_a_comma", "وإيقاع إصابات في صفوفهم، مطالبين الدول العربية بمواجهة الغطرسة الإسرائيلية.", "ASSAULT", "إصابات", "target", "صفوفهم"),
    ("coordinated_nouns_share_their_object", "أدى القصف إلى مقتل وجرح عشرات المدنيين.", "ASSAULT", "مقتل", "target", "المدنيين"),
    ("the_subject_of_an_aspect_verb_carries_out_its_object_1", "كثف المسلحون الحوثيون هجومهم على المحافظة.", "ASSAULT", "هجومهم", "source", "المسلحون الحوثيون"),
    ("the_subject_of_an_aspect_verb_carries_out_its_object_2", "صعد الرئيس إلى المنصة بعد الهجوم.", "ASSAULT", "الهجوم", "source", None),
    ("a_word_joined_by_wa_is_no_object", "واستذكر المسيحيون ما تعرضوا له من قتل وتعذيب ونهب وسلب لممتلكاتهم.", "ASSAULT", "وتعذيب", "target", None),
    ("a_frame_preposition_after_a_conjunct_still_opens_the_target", "جراء الهجمات الصهيونية الشرسة والمتواصلة على باحات المسجد الأقصى المبارك.", "ASSAULT", "الهجمات", "target", "باحات المسجد الأقصى"),
    ("a_father_is_a_person_though_his_name_starts_with_wa", "اختطف الحوثيون والده من منزله.", "ASSAULT", "اختطف", "target", "والده"),
    ("many_of_is_a_count", "وقتلت القوات الكثير من المسلحين.", "ASSAULT", "وقتلت", "target", "المسلحين"),
    ("a_quoted_genitive_of_an_attack_noun_attacked", "بعد هجمات «القاعدة» على أميركا عام 2001.", "ASSAULT", "هجمات", "source", "القاعدة"),
    ("a_building_named_by_the_tagger_is_still_hit", "أخلت المحكمة سبيل متهمين بتفجير مسجد الإمام الصادق.", "ASSAULT", "بتفجير", "source", None),
    ("a_named_group_is_no_place_hit", "بعد هجمات القاعدة على أميركا عام 2001.", "ASSAULT", "هجمات", "target", "أميركا"),
    ("a_quoted_group_behind_a_detached_lam_attacked", "قتل جنديان في هجوم لـ«داعش» على الحدود.", "ASSAULT", "هجوم", "source", "داعش"),
    ("an_adjective_after_a_nationality_belongs_to_the_phrase", "اغتالت وحدة اسرائيلية خاصة امس ناشطاً في كتائب الاقصى.", "ASSAULT", "اغتالت", "target", "ناشطاً في كتائب الاقصى"),
    ("a_bare_count_before_a_conjunct_is_the_object", "مما أسفر عن مقتل وجرح العشرات وتدمير مواقعهم.", "ASSAULT", "وجرح", "target", "العشرات"),
    ("only_an_actor_is_shared_by_coordinated_nouns", "لم يعد فيها القتل والتفجير أمراً استثنائياً.", "ASSAULT", "القتل", "target", None),
    ("an_imperfect_verb_heads_no_argument", "أوباما يلوح بأن رفض الاتفاق قد يقود الى حروب.", "REJECT", "رفض", "target", None),
    ("the_subject_after_a_light_verb_with_bi_carried_out_the_event", "وتأتي زيارة يقوم بها الرئيس الأمريكي باراك أوباما لكينيا.", "CONSULT", "زيارة", "source", "الرئيس الأمريكي باراك أوباما"),
    ("a_time_ends_a_noun_phrase", "وادت الى مقتل واصابة عدد كبير من الاشخاص الشهر الماضي.", "ASSAULT", "واصابة", "target", "الاشخاص"),
    ("counted_victims_follow_the_circumstance_of_a_passive_verb_1", "وقتل في الهجوم ثلاثة جنود.", "ASSAULT", "وقتل", "target", "جنود"),
    ("counted_victims_follow_the_circumstance_of_a_passive_verb_2", "وأصيب في الانفجار خمسة مدنيين.", "ASSAULT", "وأصيب", "target", "مدنيين"),
    ("counted_victims_follow_the_circumstance_of_a_passive_verb_3", "وقتل بالقصف 3 أطفال.", "ASSAULT", "وقتل", "target", "أطفال"),
    ("counted_victims_follow_the_circumstance_of_a_passive_verb_4", "وقتل في الهجوم قائد الشرطة.", "ASSAULT", "وقتل", "target", "قائد الشرطة"),
    ("counted_victims_follow_the_circumstance_of_a_passive_verb_5", "وقتل في هجوم انتحاري امس 5 جنود.", "ASSAULT", "وقتل", "target", "جنود"),
    ("coordinated_toll_verbs_share_their_victims_1", "قتل وجرح في المعارك أمس نحو 50 من عناصر الميليشيات.", "ASSAULT", "قتل", "target", "عناصر الميليشيات"),
    ("coordinated_toll_verbs_share_their_victims_2", "وقتل فيه 13 وجرح 45 من المصلين.", "ASSAULT", "وقتل", "target", "المصلين"),
    ("a_definite_number_after_a_definite_noun_is_its_adjective_1", "قتل خلالها المدنيون الخمسة.", "ASSAULT", "قتل", "target", "المدنيون الخمسة"),
    ("a_definite_number_after_a_definite_noun_is_its_adjective_2", "قتل المسلحون العديد من الحراس.", "ASSAULT", "قتل", "target", "الحراس"),
    ("what_an_attack_aims_at_follows_the_participle_targeting_1", "وقامت امرأة بتفجير نفسها مستهدفة دورية للجيش.", "ASSAULT", "بتفجير", "target", "دورية للجيش"),
    ("what_an_attack_aims_at_follows_the_participle_targeting_2", "وفجأة فتح النار بين الشاطئ والفندق مستهدفا الأجانب.", "ASSAULT", "فتح النار", "target", "الأجانب"),
    ("who_reports_an_attack_is_not_its_victim", "وقتل خالد بحسب الشرطة.", "ASSAULT", "وقتل", "target", None),
    ("a_hedged_count_of_a_count_takes_the_phrase_after_both", "وأصيب أكثر من مئة من المتظاهرين.", "ASSAULT", "وأصيب", "target", "المتظاهرين"),
    ("coordinated_toll_nouns_share_their_victims_past_a_count", "مما أسفر عن مقتل 13 وإصابة 45 من المصلين.", "ASSAULT", "مقتل", "target", "المصلين"),
    ("a_plural_verb_names_its_subject_so_it_is_active", "والحوثيون يعدمون أسرى جنوبيين", "ASSAULT", "يعدمون", "source", "الحوثيون"),
    ("a_quote_after_an_opens_the_fronted_subject", "وقالوا إن «22 من المدنيين لقوا مصرعهم».", "ASSAULT", "لقوا مصرعهم", "target", "المدنيين"),
    ("an_actor_after_a_definite_circumstance_is_the_victim", "وقتل في الهجوم الانتحاري جنديان.", "ASSAULT", "وقتل", "target", "جنديان"),
    ("an_indefinite_circumstance_needs_a_count", "وأصيب في انفجار عبوة ناسفة ثلاثة جنود.", "ASSAULT", "وأصيب", "target", "جنود"),
    ("the_forces_with_an_adjective_are_one_actor", "وهاجم مسلحون القوات الأمنية التركية في المدينة.", "ASSAULT", "وهاجم", "target", "القوات الأمنية التركية"),
    ("a_hedge_between_commas_is_skipped_before_a_passive_verb", "وقالت إن 7 من المسلحين، على الأقل، قتلوا في هجوم.", "ASSAULT", "قتلوا", "target", "المسلحين"),
    ("the_resistance_is_an_armed_group", "قتل سبعة مسلحين في هجوم للمقاومة.", "ASSAULT", "هجوم", "source", "للمقاومة"),
    ("a_severe_beating_is_an_assault", "وتعرض النزلاء للضرب المبرح من قبل قوات الدرك.", "ASSAULT", "للضرب المبرح", "source", "قوات الدرك"),
    ("taking_hostages_is_an_abduction", "خلال عملية احتجاز رهائن دامت أربعة أيام.", "ASSAULT", "احتجاز رهائن", "target", "رهائن"),
    ("a_named_organisation_takes_no_genitive", "رفضت الجبهة الشعبية لتحرير فلسطين الانصياع واحتجزت 68 رهينة من الأجانب.", "ASSAULT", "واحتجزت 68 رهينة", "source", "الجبهة الشعبية لتحرير فلسطين"),
    ("past_an_adjective_the_light_verb_subject_acts_not_the_lam_phrase", "نفذ طيران التحالف عدة غارات مساندة للمقاومة الشعبية.", "ASSAULT", "غارات", "source", "طيران التحالف"),
    ("where_a_bomb_went_off_is_the_target_1", "وفجر المهاجمون قنابلهم على متن 3 قطارات للمترو.", "ASSAULT", "وفجر", "target", "قطارات"),
    ("where_a_bomb_went_off_is_the_target_2", "وفجر انتحاري سيارته المفخخة عند نقطة تفتيش للجيش.", "ASSAULT", "وفجر", "target", "نقطة تفتيش للجيش"),
    ("where_a_bomb_went_off_is_the_target_3", "فجر المسلحون الجسر في المدينة.", "ASSAULT", "فجر", "target", "الجسر"),
    ("an_accusative_with_tanween_that_names_people_is_an_object_1", "مستوطن إسرائيلي أحرق رضيعاً فلسطينياً.", "ASSAULT", "أحرق", "target", "رضيعاً فلسطينياً"),
    ("an_accusative_with_tanween_that_names_people_is_an_object_2", "قتلت القوات الإسرائيلية شاباً فلسطينياً.", "ASSAULT", "قتلت", "source", "القوات الإسرائيلية"),
    ("a_verb_before_a_passive_verb_subject_is_no_part_of_it", "كانوا يشيعون سيدة لقت مصرعها خلال المداهمات.", "ASSAULT", "لقت مصرعها", "target", "سيدة"),
    ("after_when_a_trigger_is_a_verb", "عندما قتل جندي تركي بنيران مسلحين.", "ASSAULT", "قتل", "target", "جندي تركي"),
    ("a_group_in_a_genitive_does_not_block_the_antecedent", "وقتل جندي من منسوبي القوات البرية بعد إصابته بمقذوف.", "ASSAULT", "إصابته", "target", "جندي"),
    ("a_place_between_subject_and_object_1", "أعدم مسلحون في مدينة الموصل اليوم ثلاثة أشخاص.", "ASSAULT", "أعدم", "source", "مسلحون"),
    ("a_place_between_subject_and_object_2", "قصفت الطائرات الحربية أمس في ريف إدلب مواقع لجبهة النصرة.", "ASSAULT", "قصفت", "target", "مواقع لجبهة النصرة"),
    ("a_place_between_subject_and_object_3", "أعدم مسلحو داعش في محافظة الأنبار عشرة مدنيين.", "ASSAULT", "أعدم", "target", "مدنيين"),
    ("masked_men_are_gunmen", "أطلق ملثمون النار على سيارة مواطن مساء أمس.", "ASSAULT", "أطلق ملثمون النار", "source", "ملثمون"),
    ("an_attack_attributed_by_a_subject_to_an_actor", "في هجوم جديد نسبته السلطات إلى التمرد الكردي.", "ASSAULT", "هجوم", "source", "التمرد الكردي"),
    ("a_toll_in_an_attack_after_a_place_takes_its_attacker", "قتل عنصران من الشرطة التركية بالرصاص صباح أمس في منطقة أضنة، في هجوم جديد نسبته السلطات إلى التمرد الكردي.", "ASSAULT", "قتل", "source", "التمرد الكردي"),
    ("the_weapon_stands_between_an_attack_and_its_light_verb", "وقتل تسعة جنود في هجوم بسيارة مفخخة شنه تنظيم القاعدة.", "ASSAULT", "هجوم", "source", "تنظيم القاعدة"),
    ("the_weapon_stands_between_a_verb_and_its_object", "قصفت الطائرات بصواريخ موجهة مواقع المسلحين.", "ASSAULT", "قصفت", "target", "المسلحين"),
    ("a_charge_is_no_part_of_the_victims", "أعدم إرهابيو تنظيم النصرة في مدينة حلب اليوم السبت شخصين بتهمة الزنا.", "ASSAULT", "أعدم", "target", "شخصين"),
    ("a_so_called_group_is_its_name_1", "وقصفت الطائرات ما يعرف بجيش الفتح.", "ASSAULT", "وقصفت", "target", "جيش الفتح"),
    ("a_so_called_group_is_its_name_2", "وهاجم ما يسمى بتنظيم الدولة الإسلامية مواقع للجيش.", "ASSAULT", "وهاجم", "source", "تنظيم الدولة الإسلامية"),
    ("a_fired_object_may_be_dual", "وأطلق المسلحون قذيفتين على المعسكر.", "ASSAULT", "وأطلق المسلحون قذيفتين", "target", "المعسكر"),
    ("a_subject_noun_with_two_adjectives_is_whole", "وقال إن طائرة حربية روسية قصفت المنازل.", "ASSAULT", "قصفت", "source", "طائرة حربية روسية"),
    ("a_toll_joined_to_a_toll_noun_has_its_attacker", "وقالت المصادر إن غارات عنيفة شنتها مقاتلات التحالف على مواقع الحوثيين، أسفرت عن مقتل 25 حوثياً وجرح 15 آخرين.", "ASSAULT", "وجرح", "source", "مقاتلات التحالف"),
    ("a_toll_joined_to_a_verb_toll_keeps_no_attacker", "قتل الجيش خمسة مسلحين وأصيب جنديان.", "ASSAULT", "وأصيب", "source", None),
    ("the_verbal_noun_of_a_light_verb_carries_the_event_1", "إثر مقتل طفل بعد قيام مستوطنين متطرفين بإحراق منزل في الضفة الغربية.", "ASSAULT", "بإحراق", "source", "مستوطنين متطرفين"),
    ("the_verbal_noun_of_a_light_verb_carries_the_event_2", "وجاء ذلك بعد إقدام مسلحين على قتل ثلاثة جنود.", "ASSAULT", "قتل", "source", "مسلحين"),
    ("a_subject_inside_a_verb_phrase_that_reads_as_a_verb", "قضى 38 سائحا حين أطلق طالب تونسي النار على السياح على الشاطئ.", "ASSAULT", "أطلق طالب تونسي النار", "source", "طالب تونسي"),
    ("dropping_a_bomb_on_a_place_is_an_attack", "القت قاذفة اميركية قنبلة على مدينة ناغازاكي.", "ASSAULT", "القت قاذفة اميركية قنبلة", "source", "قاذفة اميركية"),
    ("the_people_of_a_town_before_a_relative_protest", "وقال إن داعش أعدم نحو 50 شخصا من أهالي الفلوجة الذين تظاهروا في شارع 40 أول من أمس.", "PROTEST", "تظاهروا", "source", "أهالي الفلوجة"),
    ("whose_protested_act_it_is_behind_lam", "قررت مملكة البحرين استدعاء سفيرها في طهران للتشاور، احتجاجا على \"التصريحات العدائية\" لعدد من المسؤولين الايرانيين، حسبما أعلنت وكالة الانباء البحرينية.", "PROTEST", "احتجاجا", "target", "المسؤولين الايرانيين"),
    ("who_reports_a_protest_is_not_its_target", "وقررت البحرين استدعاء سفيرها احتجاجا، حسبما أعلنت وكالة الانباء البحرينية.", "PROTEST", "احتجاجا", "target", None),
    ("the_victim_of_an_attack_protested_is_no_target", "إضراب عام في تونس بعد اغتيال المعارض اليساري محمد البراهمي.", "PROTEST", "إضراب", "target", None),
    ("every_day_is_no_part_of_who_protests", "يتظاهر اشخاص كل يوم في شوارع البلاد.", "PROTEST", "يتظاهر", "source", "اشخاص"),
    ("whose_bullets_killed_the_protested_victim_is_the_target", "مواجهات جديدة بين الشرطة والمتظاهرين من الطلاب المحتجين على مقتل فتى برصاص الشرطة قبل أسبوعين.", "PROTEST", "والمتظاهرين", "target", "الشرطة"),
    ("the_nationality_of_an_anthem_is_no_target", "سار المعتصمون في مسيرة إلى حديقة الصحافي الشهيد سمير قصير، مرددين النشيد الوطني اللبناني.", "PROTEST", "مسيرة", "target", None),
    ("a_clause_after_when_holds_no_target", "أعلى الاحتجاجات صوتا ستأتي يوم الخميس، عندما يظهر أبرز عشرة مرشحين جمهوريين على قناة فوكس نيوز.", "PROTEST", "الاحتجاجات", "target", None),
    ("who_is_to_be_tried_is_the_target", "وشدد المتظاهرون على ضرورة محاكمة المالكي وجميع الضباط الكبار.", "PROTEST", "المتظاهرون", "target", "المالكي"),
    ("the_attack_a_toll_happened_in_is_its_killers", "ليُقتل هو أيضًا على يد القوات الفرنسية الخاصة في غارة في ديسمبر 2014.", "ASSAULT", "غارة", "source", "القوات الفرنسية"),
    ("an_attack_attributed_past_its_date_and_place", "بدلت تركيا موقفها بعد هجوم دامٍ في 20 يوليو (تموز) في جنوب البلاد على الحدود مع سوريا نسب إلى التنظيم الإرهابي.", "ASSAULT", "هجوم", "source", "التنظيم الإرهابي"),
    ("the_antecedent_past_a_comma_was_killed", "كان على رأسهم قائد التنظيم أبو بصير ناصر الوحيشي، الذي قتل في غارة استهدفته.", "ASSAULT", "قتل", "source", None),
    ("nato_named_as_the_atlantic_alliance", "إلا أن قوات الحلف الأطلسي شنت غارات جوية في زيادة لافتة.", "ASSAULT", "غارات", "source", "قوات الحلف الأطلسي"),
    ("a_group_s_forces_behind_lam_carried_the_raid_out", "وأعلنت الوزارة أن غارة جوية لقوات التحالف الدولي فوق سوريا أدت إلى مقتل محسن الفضلي.", "ASSAULT", "غارة", "source", "قوات التحالف الدولي"),
    ("a_member_of_a_group_was_killed_not_the_group", "أعلنت الوزارة أن قياديا كبيرا في «القاعدة» قتل مع مسلحين اثنين آخرين في غارة أميركية.", "ASSAULT", "قتل", "target", "قياديا كبيرا في «القاعدة»"),
    ("killed_in_it_is_passive", "وأوضح أن هجوما نفذه مسلحون على موقع للجيش التركي قرب الحدود، قتل فيه ضابط صف وأصيب جنديان بجروح.", "ASSAULT", "قتل", "source", None),
    ("killed_in_it_with_a_counted_object_stays_active", "قتل فيه الجيش خمسة مسلحين.", "ASSAULT", "قتل", "source", "الجيش"),
    ("a_place_before_the_verb_was_not_hit", "وفي العراق أصابت الغارات أهدافا عدة قرب تسع مدن بينها الموصل.", "ASSAULT", "أصابت", "target", None),
    ("a_government_to_be_formed_is_no_addressee", "تصاعد سقف مطالب المتظاهرين في بغداد، لتصل إلى المطالبة بتشكيل حكومة إنقاذ وطني.", "PROTEST", "المتظاهرين", "target", None),
    ("entering_a_strike_carries_it", "وأمام هذا الوقع، دخل الموظفون والعمال في إضراب عن العمل احتجاجا.", "PROTEST", "إضراب", "source", "الموظفون والعمال"),
    ("a_light_verb_after_a_time_resumes_the_attack", "شهدت مدينة مروة أقصى شمال الكاميرون هجوما جديدا مساء السبت نفذته فتاة في حوالى الثانية عشرة من العمر.", "ASSAULT", "هجوما", "source", "فتاة"),
    ("an_attack_bearing_a_group_s_hallmarks_1", "في مدينة مروة التي شهدت الأربعاء الماضي تفجيرين انتحاريين يحملان بصمات جماعة بوكو حرام.", "ASSAULT", "تفجيرين", "source", "جماعة بوكو حرام"),
    ("an_attack_bearing_a_group_s_hallmarks_2", "20 قتيلا في هجوم جديد في الكاميرون يحمل بصمات بوكو حرام", "ASSAULT", "هجوم", "target", None),
    ("a_massacre_is_committed_like_an_attack_carried_out", "ويأتي هذا التصعيد غداة المجزرة المروعة التي ارتكبتها قوات الأسد أول من أمس.", "ASSAULT", "المجزرة", "source", "قوات الأسد"),
    ("artillery_and_its_adjective_are_no_target", "أكد ناشطون أن القوات النظامية قصفت بالمدفعية الثقيلة مناطق في بلدتي الصمدانية الغربية والحميدية.", "ASSAULT", "قصفت", "target", "مناطق"),
    ("who_managed_to_kill_killed", "وفي قضاء حديثة تمكنت الفرقة السابعة في الجيش العراقي من قتل قيادي بارز في تنظيم داعش.", "ASSAULT", "قتل", "source", "الفرقة السابعة"),
    ("a_verb_joined_by_wa_after_a_clause_shares_its_subject", "وقال إن العشائر هاجمت منزل والي داعش واشتبكت مع حراسه.", "ASSAULT", "واشتبكت", "source", "العشائر"),
    ("what_follows_kana_is_said_of_the_attack", "وقال حاكم المقاطعة: «التفجير كان كبيرا، ونُفذ عن طريق شاحنة صغيرة».", "ASSAULT", "التفجير", "target", None),
    ("an_adverb_is_no_part_of_who_died", "وأضاف أن الانتحاري أيضا لقي حتفه.", "ASSAULT", "لقي حتفه", "target", "الانتحاري"),
    ("tribes_act", "وتمكنت عشائر الناحية من قتل والي التنظيم.", "ASSAULT", "قتل", "source", "عشائر الناحية"),
    ("fighter_jets_are_whole_and_military", "أن الطائرات المقاتلة التركية قصفت مقرين لمسلحي داعش.", "ASSAULT", "قصفت", "source", "الطائرات المقاتلة التركية"),
    ("fa_inna_and_a_negation_open_a_fronted_subject", "لو لم تكن هناك قواعد له فإن تركيا لن تقصف المدنيين.", "ASSAULT", "تقصف", "source", "تركيا"),
    ("a_definite_noun_is_no_member_noun_of_an_organisation", "ودعا البيان الحكومة التركية وحزب العمال الكردستاني إلى العودة إلى عملية السلام.", "REQUEST", "ودعا", "source", None),
    ("asked_of_min_is_the_target", "طالبت الحكومة العراقية من حزب العمال الكردستاني إخراج قواعده من أراضيها.", "REQUEST", "طالبت", "target", "حزب العمال الكردستاني"),
    ("clashes_between_two_sides_1", "اشتباكات بين المعارضة وجيش النظام", "ASSAULT", "اشتباكات", "source", "المعارضة"),
    ("clashes_between_two_sides_2", "اندلعت اشتباكات عنيفة بين قوات الأمن ومسلحين في المدينة.", "ASSAULT", "اشتباكات", "target", "مسلحين"),
    ("a_toll_in_clashes_between_two_sides_names_no_killer", "قتل ثلاثة في اشتباكات بين الجيش والحوثيين.", "ASSAULT", "قتل", "source", None),
    ("from_the_hands_of_is_no_agent_and_who_regains_control_holds_it", "واستعاد الجيش السيطرة على المدينة من أيدي المسلحين.", "COERCE", "السيطرة على", "source", "الجيش"),
    ("a_headline_subject_keeps_its_adjectives", "البحرية الفيتنامية الشمالية تهاجم المدمرة الاميركية «مادوكس» في خليج تونكين.", "ASSAULT", "تهاجم", "source", "البحرية الفيتنامية الشمالية"),
    ("a_year_opening_a_list_item_is_no_part_of_the_sentence", "1990- القوات العراقية تغزو الكويت.", "COERCE", "تغزو", "source", "القوات العراقية"),
    ("an_invasion_is_a_seizure", "غزت القوات العراقية الكويت عام 1990.", "COERCE", "غزت", "target", "الكويت"),
    ("the_genitive_of_an_invasion_was_invaded", "بمناسبة ذكرى غزو الكويت.", "COERCE", "غزو", "target", "الكويت"),
    ("the_nationality_adjective_of_an_invasion_invaded", "بعد الاجتياح الإسرائيلي لبيروت.", "COERCE", "الاجتياح", "source", "الإسرائيلي"),
    ("a_toll_in_clashes_somewhere_with_a_side_1", "قتل 25 جندياً بالقوات الخاصة الليبية «الصاعقة» وأصيب 35 آخرون، جراء الاشتباكات بمناطق متفرقة مع قوات مجلس شورى ثوار بنغازي.", "ASSAULT", "وأصيب", "source", "قوات مجلس شورى"),
    ("a_toll_in_clashes_somewhere_with_a_side_2", "قتل 25 جندياً بالقوات الخاصة الليبية «الصاعقة» وأصيب 35 آخرون، جراء الاشتباكات بمناطق متفرقة مع قوات مجلس شورى ثوار بنغازي.", "ASSAULT", "قتل", "source", "قوات مجلس شورى"),
    ("by_the_hands_of_past_a_long_victim", "إلى ذلك قتل نجل رئيس اللجنة الدستورية في مجلس النواب علي أبو حليقة على أيدي رجال المقاومة الشعبية في مأرب.", "ASSAULT", "قتل", "source", "رجال المقاومة الشعبية"),
    ("whom_protesters_hand_a_memorandum_before_a_later_ila", "وسلم المتظاهرون جون اكيج السفير السوداني في واشنطن مذكرة احتجاج اقترحوا أن تسلم الى سلفا كير.", "PROTEST", "احتجاج", "target", "جون اكيج السفير السوداني"),
]


@pytest.mark.parametrize("why,text,type_,trigger,role,expected", ARGUMENT_CASES, ids=[c[0] for c in ARGUMENT_CASES])
def test_an_argument_rule(why, text, type_, trigger, role, expected):
    assert _analyzed_arg(text, type_, trigger, role) == expected


def test_an_invasion_without_an_actor_is_a_figure_of_speech():
    import rasid

    for text in ("اجتاحت السيول المدينة.", "ويحذر من الغزو الثقافي."):
        assert [e.type for e in rasid.analyze(text).events] == [], text
    assert [e.type for e in rasid.analyze("وحملات الاعتقال السياسي لقيادات حماس.").events] == ["COERCE"]  # a political arrest is an arrest


def test_a_far_min_qibal_is_a_report_s_author_not_an_agent():
    import rasid

    text = "هي التهديد الناشئ الذي يمكن أن يشكل خطرا نظاميا يهدد القطاع بأكمله، وفقا لتقرير في أيار (مايو) من قبل مجلس الرقابة الأمريكي للاستقرار المالي."
    doc = rasid.analyze(text)
    assert not [e for e in doc.events if e.source_start is not None and doc.text[e.source_start : e.source_end].startswith("مجلس الرقابة")]


def test_the_victims_of_the_toll_replace_the_place_of_an_explosion():
    text = "كما وقع تفجير ثالث بسيارة مفخخة في منطقة الكرادة، وأسفر عن إصابة خمسة مدنيين على الأقل بجروح."
    assert _analyzed_arg(text, "ASSAULT", "تفجير", "target") == "مدنيين"
    # a place hit directly stays the target
    assert _analyzed_arg("قصفت الطائرات الإسرائيلية غزة مما أدى إلى مقتل ثلاثة أشخاص.", "ASSAULT", "قصفت", "target") == "غزة"


def test_martyrdom_is_a_toll_and_citing_is_not():
    import rasid

    text = "أعلنت وزارة الصحة استشهاد ثلاثة فلسطينيين برصاص الاحتلال."
    assert _analyzed_arg(text, "ASSAULT", "استشهاد", "target") == "فلسطينيين"
    assert _analyzed_arg(text, "ASSAULT", "استشهاد", "source") == "الاحتلال"  # whose bullets
    assert not rasid.analyze("واكتفى الخطيب بالاستشهاد بالآية الكريمة.").events
    doc = rasid.analyze("عندما فجر استشهادي نفسه قرب الحاجز.")  # a suicide bomber, no death noun
    assert [doc.text[e.start : e.end] for e in doc.events] == ["فجر"]


def test_the_owner_of_the_weapon_behind_ba_caused_the_toll():
    text = "قتل ثلاثة فلسطينيين برصاص قوات الاحتلال الإسرائيلي."
    assert _analyzed_arg(text, "ASSAULT", "قتل", "source") == "قوات الاحتلال الإسرائيلي"
    assert _analyzed_arg("أصيب متظاهر برصاص مطاطي.", "ASSAULT", "أصيب", "source") is None  # no owner named


def test_a_tag_list_reports_no_event():
    import rasid

    doc = rasid.analyze("وكان تفجير انتحاري قد وقع ظهر اليوم بمعسكر قوات الطوارئ سمات أبها الطوارئ تفجير مسجد داعش")
    assert [doc.text[e.start : e.end] for e in doc.events] == ["تفجير"]
    assert doc.text[doc.sentences[-1].start : doc.sentences[-1].end] == "سمات أبها الطوارئ تفجير مسجد داعش"


def test_a_definite_attack_noun_with_an_attacker_names_the_attack_before_it():
    text = "قتل خمسة جنود في هجوم انتحاري أمس وتبنت حركة طالبان الهجوم."
    assert _analyzed_arg(text, "ASSAULT", "هجوم", "source") == "حركة طالبان"
    text = "قتل 22 شخصا جراء هجوم انتحاري وسط مظاهرة اعقبها تبادل اطلاق نار وورد ان انتحارية نفذت الهجوم."
    assert _analyzed_arg(text, "ASSAULT", "قتل", "source") == "انتحارية"  # through the attack, to its toll
    assert _analyzed_arg(text, "ASSAULT", "اطلاق نار", "source") is None  # another attack noun


def test_firing_rockets_is_an_attack_only_when_aimed():
    import rasid

    text = "إن الطائرات الاسرائيلية اطلقت صباح امس خمسة صواريخ على الموقع."
    assert _analyzed_arg(text, "ASSAULT", "اطلقت صباح امس خمسة صواريخ", "source") == "الطائرات الاسرائيلية"
    assert not rasid.analyze("أطلقت كوريا الشمالية صاروخا باليستيا في تجربة جديدة.").events


def test_a_claim_in_the_next_sentence_names_the_attacker_of_the_attack_and_its_toll():
    import rasid

    doc = rasid.analyze("قتل خمسة جنود في هجوم انتحاري قرب قندهار أمس. وتبنت حركة طالبان الهجوم في بيان.")
    sources = {doc.text[e.start : e.end]: doc.text[e.source_start : e.source_end] for e in doc.events if e.source_start is not None}
    assert sources == {"قتل": "حركة طالبان", "هجوم": "حركة طالبان", "الهجوم": "حركة طالبان"}
    doc = rasid.analyze("قتل خمسة جنود في هجوم انتحاري أمس. وقال الجيش إن الهجوم وقع قرب الحدود.")
    assert all(e.source_start is None for e in doc.events if e.type == "ASSAULT")  # no attacker named


def test_an_action_noun_before_an_indefinite_noun_is_no_group():
    text = "وكانت المعارضة التي جمعت 50 الف متظاهر الجمعة قد دعت الى تنظيم انتخابات تشريعية مبكرة."
    assert _analyzed_arg(text, "PROTEST", "متظاهر", "target") is None  # organising elections is no seat of power
    assert _analyzed_arg("وهاجم تنظيم داعش الجنود.", "ASSAULT", "وهاجم", "source") == "تنظيم داعش"


def test_a_bare_count_after_a_protest_verb_is_the_crowd():
    import rasid

    doc = rasid.analyze("تجمع المئات خارج مكتب الأمم المتحدة في الأردن أمس.")
    ev = find(doc, "PROTEST", "تجمع")
    assert (doc.text[ev.source_start : ev.source_end], ev.source_sector) == ("المئات", "CVL")
    assert _analyzed_arg("وتظاهر آلاف الإيرانيين في طهران.", "PROTEST", "وتظاهر", "source") == "الإيرانيين"  # a counted noun


def test_supporters_are_civilians_whoever_they_follow():
    import rasid

    doc = rasid.analyze("وقال سكان إن أنصار الرئيس الليبي الراحل معمر القذافي نظموا مظاهرة في بنغازي.")
    ev = find(doc, "PROTEST", "مظاهرة")
    assert doc.text[ev.source_start : ev.source_end] == "أنصار الرئيس الليبي الراحل معمر القذافي"
    assert (ev.source_actor, ev.source_country, ev.source_sector) == (None, "LBY", "CVL")  # not Gaddafi himself


def test_a_town_is_hit_and_never_attacks():
    text = "المروحي يستهدف درعا بالبراميل وقصف يستهدف السويداء"
    assert _analyzed_arg(text, "ASSAULT", "يستهدف", "target") == "درعا"
    assert _analyzed_arg(text, "ASSAULT", "يستهدف", "source") is None
    text = "وقال بيان إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات."
    assert _analyzed_arg(text, "ASSAULT", "قصفت", "source") is None
    assert _analyzed_arg("قصفت تركيا مواقع في العراق.", "ASSAULT", "قصفت", "source") == "تركيا"  # a country does


def test_the_subject_named_before_a_passive_verb_is_its_victim():
    text = "وذكرت الشرطة الوطنية أن أربعة ضباط أصيبوا أثناء عملية لملاحقة تجار مخدرات."
    assert (_analyzed_arg(text, "ASSAULT", "أصيبوا", "source"), _analyzed_arg(text, "ASSAULT", "أصيبوا", "target")) == (None, "ضباط")


def test_an_actor_in_an_aside_after_the_object_is_no_second_object():
    text = "وقتل مسلح 38 سائحا أغلبهم بريطانيون عندما اطلق الرصاص."
    assert _analyzed_arg(text, "ASSAULT", "وقتل", "target").startswith("سائحا")


def test_cases_of_a_disease_are_no_injuries():
    import rasid

    assert not rasid.analyze("وسجلت الوزارة حالات إصابات ووفيات جديدة بفيروس كورونا.").events
    assert not rasid.analyze("ووثق التقرير 3329 حالة إصابة خلال الستة أشهر الأولى.").events


def test_an_imperfect_verb_with_its_object_pronoun_ends_a_phrase():
    text = "وأمام المنزل، وضع أهالي القرية خيمة اعتصام كبيرة يؤمها المتضامنون مع عائلة دوابشة."
    assert _analyzed_arg(text, "PROTEST", "اعتصام", "source") != "كبيرة يؤمها المتضامنون"


def test_after_a_relative_pronoun_the_phrase_after_the_verb_is_its_object():
    text = "وتسببت القذائف التي استهدفت المدنيين وسقطت صباح أول من أمس في أضرار مادية بسيطة."
    assert (_analyzed_arg(text, "ASSAULT", "استهدفت", "source"), _analyzed_arg(text, "ASSAULT", "استهدفت", "target")) == (None, "المدنيين")
    text = "وهي الجماعة التي هاجمت القوات الحكومية أمس."
    assert _analyzed_arg(text, "ASSAULT", "هاجمت", "target") == "القوات الحكومية"
    assert _analyzed_arg("في الأماكن التي استهدفتها الطائرات.", "ASSAULT", "استهدفتها", "source") == "الطائرات"  # VSO with the object pronoun


def test_a_resumptive_preposition_keeps_the_subject_after_the_verb_of_a_relative_clause():
    text = "ومن أبرز الموضوعات التي وافق عليها المجلس خلال الفترة المنقضية مشروع نظام السجن."
    assert _analyzed_arg(text, "AGREE", "وافق", "source") == "المجلس"
    text = "والتقى محلب يوم السبت وزير الدفاع الفرنسي جان ايف لودريان، الذي يزور القاهرة حاليا."
    assert _analyzed_arg(text, "CONSULT", "يزور", "source") == "وزير الدفاع الفرنسي جان ايف لودريان"


def test_the_genitive_of_an_undergone_attack_is_the_attacker():
    text = "تعرضت دورية للجيش لهجوم مسلحين مجهولين."
    assert _analyzed_arg(text, "ASSAULT", "لهجوم", "source") == "مسلحين مجهولين"
    assert _analyzed_arg(text, "ASSAULT", "لهجوم", "target") == "دورية للجيش"  # not تعرضت: a verb heads no phrase


def test_the_forces_of_a_rebellion_are_rebels():
    import rasid

    doc = rasid.analyze("وأسفرت المواجهات عن مقتل 44 من قوات التمرد.")
    assert find(doc, "ASSAULT", "مقتل").target_sector == "REB"


def test_an_event_of_a_festival_is_no_protest_unless_protesters_are_named():
    import rasid

    festival = ("افتتح مهرجان لوكارنو السينمائي دورته بعرض فيلم جديد، وتضم الدورة عروض أفلام ومسرح. "
                "إلى ذلك هناك عروض لتظاهرة ممنوحة للمخرج الراحل سام بكنباه.")
    assert not [e for e in rasid.analyze(festival).events if e.type == "PROTEST"]
    protest = festival + " ونظم المتظاهرون تظاهرة أمام المهرجان."
    assert [e for e in rasid.analyze(protest).events if e.type == "PROTEST"]


def test_hitting_in_a_vital_spot_is_an_idiom_and_a_toll_in_it_is_not():
    import rasid

    idiom = rasid.analyze("وأكد أن المكانة استفزت الحاقدين وأصابت أعداء الأمة في مقتل فتخبط القوم.")
    assert not [e for e in idiom.events if e.type == "ASSAULT"]
    toll = rasid.analyze("وتسبب الهجوم في مقتل خمسة أشخاص.")
    assert find(toll, "ASSAULT", "مقتل") is not None


@pytest.mark.parametrize("text", [
    "فالطالبات يحتجن إلى استخدام دورات المياه.",  # need
    "لو تخلينا عن حبل الدعاة واعتصمنا بحبل الله.",  # hold fast
    "فساوى بينهم في أصول أسباب الحياة، بينما خالف بينهم في مظاهرها.",  # its manifestations: no ت before the pronoun
    "خرجت جماهير النادي الأهلي إلى الشوارع في العاصمة احتفالاً بفوز فريقهم.",  # a celebration
    "وتشدد الصحة على رفضها لأوجه الفساد ومظاهرة وأساليبه.",  # its manifestations, misspelt with ة
    "وأعلن عن إنشاء جماعة تسمى الاعتصام بالكتاب والسنة.",  # hold fast to the Book
    "الجامعات التي يتظاهر المسؤولون عنها بأن المشكلة لا وجود لها.",  # pretend
    "وتحدثت الجمعيات عن هذه التظاهرة القرآنية.",  # a festival
    "وهو أكبر تظاهرة اقتصادية فريدة من نوعها.",  # a trade fair
    "سيبدأ حفل الافتتاح بمظاهرة بحرية يقودها الرئيس.",  # a naval parade
    "رفضها الشديد للإرهاب في جميع أشكاله ومظاهره أينما كان.",  # its manifestations
])
def test_the_other_senses_of_protest_words_report_no_protest(text):
    import rasid

    assert not [e for e in rasid.analyze(text).events if e.type == "PROTEST"]


def test_protest_words_in_their_own_sense_still_report_protests():
    import rasid

    for text in ("واحتج المتظاهرون على القرار.", "واعتصم العمال أمام الوزارة.", "خرجت تظاهرة حاشدة في المدينة.", "وشارك الآلاف في مظاهرتهم أمس.",
                 "فيما خرج الأهالي في المدن الصغيرة إلى الشوارع، أمس، للمطالبة بمحاسبة المفسدين."):
        assert [e for e in rasid.analyze(text).events if e.type == "PROTEST"], text


def test_aiming_at_an_action_is_no_attack():
    import rasid

    for text in ("المبادرة تستهدف تحفيز الإبداع والابتكار.", "كان يستهدف تدمير القوات المسلحة."):
        assert not [e for e in rasid.analyze(text).events if e.type == "ASSAULT"], text
    assert _analyzed_arg("استهدفت الغارات تنظيم داعش.", "ASSAULT", "استهدفت", "target") == "تنظيم داعش"


@pytest.mark.parametrize("text", [
    "انخفض لديهم خطر الإصابة بالسكتة القلبية.",
    "وهي اكثر الاسباب شيوعاً في الاصابة بهذا المرض.",
    "الحمى الشوكية هي مرض يصيب الأغشية التي تغطي الدماغ.",
])
def test_an_illness_as_subject_or_named_after_a_demonstrative_is_no_wound(text):
    import rasid

    assert not [e for e in rasid.analyze(text).events if e.type == "ASSAULT"]


def test_whence_the_victims_came_is_not_who_they_are():
    text = "وكان خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم واصيب سبعة آخرين السبت في كمين."
    assert _analyzed_arg(text, "ASSAULT", "لقوا مصرعهم", "target") == "مسلحين حوثيين"


def test_an_illness_after_a_preposition_written_apart_is_no_wound():
    import rasid

    doc = rasid.analyze('"الصحة": لا وفيات ولا إصابات جديدة بـ "كورونا"')
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_plan_before_a_relative_pronoun_aims_and_does_not_attack():
    import rasid

    for text in ("ويقام على هامش المهرجان العديد من الفعاليات المصاحبة التي تستهدف شرائح المجتمع المتعددة.",
                 "وأوضح أن الملتقى يستهدف جميع شرائح المجتمع."):
        assert not [e for e in rasid.analyze(text).events if e.type == "ASSAULT"], text
    assert _analyzed_arg("القذائف التي تستهدف المدنيين في المدينة.", "ASSAULT", "تستهدف", "target") == "المدنيين"


def test_a_gathering_followed_by_a_condemnation_is_a_protest_and_families_are_civilians():
    import rasid

    text = "ووقعت صدامات بين الشرطة ومجموعات من اسر المتهمين ومناصريهم احتشدوا امام مبنى المحكمة الواقع في قلب الخرطوم، ينددون بالحكومة."
    ev = next(e for e in rasid.analyze(text).events if e.type == "PROTEST")
    assert text[ev.start : ev.end] == "احتشدوا"
    assert (text[ev.source_start : ev.source_end], ev.source_sector) == ("اسر المتهمين", "CVL")
    assert not [e for e in rasid.analyze("وتجمع الزوار في الساحة لمشاهدة العرض.").events if e.type == "PROTEST"]


def test_a_two_word_nationality_and_an_armed_wing_give_countries():
    import rasid

    doc = rasid.analyze("اغتالت وحدة اسرائيلية خاصة امس ناشطاً في كتائب الاقصى.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert (ev.source_country, ev.target_country, ev.target_sector) == ("ISR", "PSE", "REB")
    doc = rasid.analyze("وبلغ عدد الكوريين الجنوبيين لدى خطفهم في يوليو 23.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert doc.text[ev.target_start : ev.target_end] == "الكوريين الجنوبيين" and ev.target_country == "KOR"


@pytest.mark.parametrize("text,trigger,sector", [
    ("وتظاهر الأقباط أمام الكاتدرائية.", "وتظاهر", "REL"),
    ("تظاهر 200 عامل أمام المصنع.", "تظاهر", "LAB"),
    ("واعتصم المعلمون أمام الوزارة.", "واعتصم", "EDU"),
    ("احتج المزارعون على انخفاض أسعار الحليب.", "احتج", "AGR"),
])
def test_religious_communities_workers_and_teachers_have_their_sectors(text, trigger, sector):
    import rasid

    doc = rasid.analyze(text)
    assert find(doc, "PROTEST", trigger).source_sector == sector


def test_dropping_a_bombshell_is_no_explosion():
    import rasid

    doc = rasid.analyze("وفجّر محامي الضحايا عبد المحسن القطان مفاجأة بالكشف عن أسباب الجريمة.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    doc = rasid.analyze("وفجر الانتحاري نفسه وسط المصلين.")
    assert [e for e in doc.events if e.type == "ASSAULT"]


def test_an_accusative_person_after_the_first_phrase_makes_it_the_killer():
    import rasid

    for text, victim in (("قتل جنود إسرائيليون طفلاً فلسطينياً قرب الحدود.", "طفلاً فلسطينياً"), ("قتل جنود إسرائيليون صبياً فلسطينياً قرب الحدود.", "صبياً فلسطينياً")):
        ev = next(e for e in rasid.analyze(text).events if e.type == "ASSAULT")
        assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("جنود إسرائيليون", victim)
        assert (ev.source_country, ev.target_sector) == ("ISR", "CVL")
    ev = next(e for e in rasid.analyze("قتل جنديان أمريكيان في الموصل.").events if e.type == "ASSAULT")
    assert ev.source_start is None and ev.target_country == "USA"  # no object: still passive


def test_an_honorific_subject_is_its_own_phrase():
    import rasid

    text = "وطالب معاليه المجتمع الدولي بالتدخل لحماية المدنيين."
    ev = next(e for e in rasid.analyze(text).events if e.type == "REQUEST")
    assert text[ev.target_start : ev.target_end] == "المجتمع الدولي"
    assert ev.source_start is None or "المجتمع" not in text[ev.source_start : ev.source_end]


def test_signing_an_agreement_is_diplomatic_support():
    import rasid

    text = "ووقع العراق مع روسيا اتفاق تعاون عسكري. ووقع الانفجار أمس."
    doc = rasid.analyze(text)
    signed = [e for e in doc.events if e.type == "SUPPORT"]
    assert [(e.mode, text[e.source_start : e.source_end], e.source_country) for e in signed] == [("diplomatic", "العراق", "IRQ")]


def test_past_the_resumptive_pronoun_of_a_relative_comes_the_subject():
    import rasid

    text = "واستكمل اللقاء ما بدأ في القمة التي دعا إليها الرئيس باراك أوباما في منتجع كامب ديفيد."
    ev = next(e for e in rasid.analyze(text).events if e.type == "REQUEST")
    assert (text[ev.source_start : ev.source_end], ev.target_start) == ("الرئيس باراك أوباما", None)
    text = "وليست هذه المرة الأولى التي تداهم فيها الشرطة الصينية عصابة لتقليد الهواتف."
    ev = next(e for e in rasid.analyze(text).events if e.type == "COERCE")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("الشرطة الصينية", "عصابة")


def test_adjectives_of_number_and_kind_after_a_raid_noun_are_no_argument():
    import rasid

    text = "ونفذ الطيران الحربي غارات عدة على مدينة بنش، وترافقت الاشتباكات مع قصف جوي على مناطق الاشتباك."
    doc = rasid.analyze(text)
    raid, shelling = (find(doc, "ASSAULT", w) for w in ("غارات", "قصف"))
    assert text[raid.source_start : raid.source_end] == "الطيران الحربي"
    assert shelling.target_start is None or text[shelling.target_start : shelling.target_end] != "جوي"


def test_the_side_named_by_its_nationality_after_min_is_the_attacker():
    import rasid

    text = "ولقي 22 من المدنيين مصرعهم في هجمات من الجانب الأوكراني."
    ev = find(rasid.analyze(text), "ASSAULT", "هجمات")
    assert (text[ev.source_start : ev.source_end], ev.source_country) == ("الجانب الأوكراني", "UKR")
    ev = find(rasid.analyze("وقتل جندي في هجوم من الجانب الآخر."), "ASSAULT", "هجوم")
    assert ev.source_start is None


def test_the_second_side_of_fighting_may_be_members_of_a_named_group():
    import rasid

    text = "واندلعت اشتباكات بين الجنود الأتراك ومتمردي حزب العمال الكردستاني."
    ev = find(rasid.analyze(text), "ASSAULT", "اشتباكات")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("الجنود الأتراك", "متمردي حزب العمال الكردستاني")


def test_chants_that_condemn_name_what_a_protest_addresses():
    import rasid

    text = "واعتصم مئات العمال أمام المصنع مرددين هتافات تدين سلطات المدينة."
    doc = rasid.analyze(text)
    protest, condemn = find(doc, "PROTEST", "اعتصم"), find(doc, "ACCUSE", "تدين")
    assert text[protest.target_start : protest.target_end] == "سلطات المدينة" and protest.target_sector == "GOV"
    assert condemn.source_start is None and text[condemn.target_start : condemn.target_end] == "سلطات المدينة"
    text = "وتظاهر الطلاب في الجامعة مستنكرين قرار الحكومة الأردنية."
    protest = find(rasid.analyze(text), "PROTEST", "تظاهر")
    assert (text[protest.target_start : protest.target_end], protest.target_country) == ("الحكومة الأردنية", "JOR")


def test_a_protest_declaring_its_rejection_addresses_whom_it_rejects():
    import rasid

    text = "وتجمع المئات في الساحة معلنين رفضهم لقرار الحكومة الليبية."
    ev = find(rasid.analyze(text), "PROTEST", "تجمع")
    assert (text[ev.target_start : ev.target_end], ev.target_country) == ("الحكومة الليبية", "LBY")
    text = "وسار آلاف المتظاهرين معلنين رفضهم مطالب الأحزاب السياسية."
    ev = next(e for e in rasid.analyze(text).events if e.type == "PROTEST")
    assert (text[ev.target_start : ev.target_end], ev.target_sector) == ("الأحزاب السياسية", "PTY")


def test_an_actor_between_the_copula_and_the_verb_is_its_subject():
    import rasid

    text = "وكانت جبهة النصرة خطفت ثمانية عناصر من الفرقة قرب مدينة اعزاز."
    ev = find(rasid.analyze(text), "ASSAULT", "خطفت")
    assert text[ev.source_start : ev.source_end] == "جبهة النصرة"


def test_pointing_the_finger_of_accusation_is_an_accusation():
    import rasid

    text = "ووجهت المعارضة الاتهام إلى الحكومة بتزوير الانتخابات."
    ev = find(rasid.analyze(text), "ACCUSE", "ووجهت")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("المعارضة", "الحكومة")
    assert not [e for e in rasid.analyze("ووجه الطالب رسالة إلى الوزير.").events if e.type == "ACCUSE"]


def test_an_adverb_in_the_accusative_is_no_direct_object():
    import rasid

    text = "وأعلنت الوزارة تنفيذ حكم القتل تعزيراً في جانيين أثيوبيين."
    ev = find(rasid.analyze(text), "ASSAULT", "القتل")
    assert text[ev.target_start : ev.target_end] == "جانيين أثيوبيين"


def test_protesters_of_a_later_clause_do_not_replace_the_subject_named():
    import rasid

    text = "خرج امس سكان القرية في مظاهرة احتجاجا على قرار البلدية، وأسفرت مواجهات عن اصابة شخصين، واتهم المتظاهرون الشرطة بالعنف."
    ev = find(rasid.analyze(text), "PROTEST", "مظاهرة")
    assert text[ev.source_start : ev.source_end] == "سكان القرية"
    text = "وخرج امس سكان القرية في مظاهرة احتجاجا على قرار البلدية فيما تجمع المتظاهرون في الساحة."
    ev = find(rasid.analyze(text), "PROTEST", "مظاهرة")
    assert text[ev.source_start : ev.source_end] == "سكان القرية"


def test_a_gathering_in_solidarity_or_of_a_counted_crowd_is_a_protest():
    import rasid

    text = "واحتشد أهالي القرية أمام المحكمة تضامنا مع المعتقل."
    ev = find(rasid.analyze(text), "PROTEST", "واحتشد")
    assert text[ev.source_start : ev.source_end] == "أهالي القرية"
    text = "وكان 1000 لاجئ قد احتشدوا خارج النصب التذكاري في المدينة."
    ev = find(rasid.analyze(text), "PROTEST", "احتشدوا")
    assert text[ev.source_start : ev.source_end] == "لاجئ"
    # without a crowd, protesters or a cause it is only people gathering; a year is no crowd
    for text in ("واحتشد أهالي القرية أمام المحكمة صباح امس.", "وتجمع 20 شخصا في المدينة.", "وتجمع في عام 2015 أهالي القرية في المدينة."):
        assert not [e for e in rasid.analyze(text).events if e.type == "PROTEST"], text


def test_a_protest_takes_what_its_noun_of_purpose_protests():
    import rasid

    text = "وانطلقت تظاهرة في المدينة (جنوب العاصمة) بدعوة من النادي احتجاجا على قرار الحكومة الفرنسية."
    ev = find(rasid.analyze(text), "PROTEST", "تظاهرة")
    assert (text[ev.target_start : ev.target_end], ev.target_country) == ("الحكومة الفرنسية", "FRA")
    # what they call the police's brutality is the police's act; the government other protesters oppose is further on
    text = "خرج الآلاف في مسيرة امس للاحتجاج على ما يصفونه بوحشية الشرطة في فض اشتباكات بين متظاهرين مناهضين للحكومة."
    doc = rasid.analyze(text)
    for trigger in ("مسيرة", "للاحتجاج"):
        ev = find(doc, "PROTEST", trigger)
        assert text[ev.target_start : ev.target_end] == "الشرطة", trigger
    # a protest in the next sentence is another one
    text = "وانطلقت تظاهرة في المدينة. وأضرب العمال احتجاجا على قرار الحكومة الفرنسية."
    assert find(rasid.analyze(text), "PROTEST", "تظاهرة").target_start is None


def test_a_bracketed_aside_does_not_end_the_search_for_whom_a_protest_addresses():
    import rasid

    text = "وسارت حشود من المتظاهرين في قضاء الحويجة (50 كلم غرب كركوك) معلنة رفضها مطالب الأحزاب السياسية."
    ev = next(e for e in rasid.analyze(text).events if e.type == "PROTEST")
    assert (text[ev.target_start : ev.target_end], ev.target_sector) == ("الأحزاب السياسية", "PTY")


def test_protesters_obstructing_is_a_protest():
    import rasid

    text = "وأعاق آلاف المتظاهرين عمل البرلمان امس."
    ev = find(rasid.analyze(text), "PROTEST", "وأعاق")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("المتظاهرين", "البرلمان")
    assert not [e for e in rasid.analyze("وعرقل سوء الأحوال الجوية حركة الملاحة.").events if e.type == "PROTEST"]
    text = "وسد المحتجون الطرق المؤدية إلى البرلمان."
    ev = find(rasid.analyze(text), "PROTEST", "وسد")
    assert text[ev.source_start : ev.source_end] == "المحتجون"
    # سد is also "a dam": متظاهرين يعارضون تشييد سد is no blockade
    doc = rasid.analyze("وأطلقت الشرطة الرصاص على متظاهرين يعارضون تشييد سد على النهر.")
    assert not [e for e in doc.events if e.type == "PROTEST" and doc.text[e.start : e.end] == "سد"]


def test_a_singular_participle_after_a_definite_subject_describes_it():
    import rasid

    text = "وقتل التنظيم المتشدد أبناء أقليات دينية في سوريا."
    ev = find(rasid.analyze(text), "ASSAULT", "وقتل")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("التنظيم المتشدد", "أبناء أقليات دينية")
    text = "وهاجم الجيش المسلحين في الجبل."  # a plural is the object
    ev = find(rasid.analyze(text), "ASSAULT", "وهاجم")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("الجيش", "المسلحين")


def test_a_noun_shaped_like_a_relative_adjective_is_no_adjective():
    import rasid

    text = "وقصفت الطائرات الحربية الروسية القرية."
    ev = find(rasid.analyze(text), "ASSAULT", "وقصفت")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("الطائرات الحربية الروسية", "القرية")


def test_a_negator_does_not_reach_past_a_word_of_consequence():
    import rasid

    text = "وقال أحد المتظاهرين إن «سياسة الوزارة غير معروفة لذا خرجنا بمظاهرات وسط المدينة»."
    ev = find(rasid.analyze(text), "PROTEST", "بمظاهرات")
    assert ev.modality == "claimed" and text[ev.source_start : ev.source_end] == "المتظاهرين"  # "we": the speaker's side
    assert find(rasid.analyze("وأكد الجيش عدم وقوع أي هجوم."), "ASSAULT", "هجوم").modality == "negated"


def test_a_relative_adjective_after_an_accusative_event_noun_is_no_target():
    import rasid

    text = "وبدأ العمال عصيانا مدنيا."
    ev = find(rasid.analyze(text), "PROTEST", "عصيانا")
    assert text[ev.source_start : ev.source_end] == "العمال" and ev.target_start is None


def test_a_phrase_of_people_between_the_copula_and_the_verb_is_its_subject():
    import rasid

    text = "وكان أعضاء في الحزب وجهوا اتهامات إلى المتظاهرين."
    ev = find(rasid.analyze(text), "ACCUSE", "وجهوا")
    assert (text[ev.source_start : ev.source_end], ev.source_sector) == ("أعضاء في الحزب", "PTY")


def test_a_second_subject_joined_by_wa_is_no_object():
    import rasid

    text = "ويتهم المتظاهرون وعدد من الناشطين المدنيين الطبقة السياسية بالفساد."
    ev = find(rasid.analyze(text), "ACCUSE", "ويتهم")
    assert text[ev.target_start : ev.target_end] == "الطبقة السياسية"
    text = "وحثت بريطانيا وفرنسا الدول الأخرى على المشاركة."
    ev = find(rasid.analyze(text), "REQUEST", "وحثت")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("بريطانيا وفرنسا", "الدول الأخرى")


def test_protesters_who_pledge_are_not_what_they_pledge():
    import rasid

    text = "وتعهد المتظاهرون بمواصلة الاحتجاجات."
    doc = rasid.analyze(text)
    pledge = next(e for e in doc.events if e.modality == "pledged")
    assert "الاحتجاجات" in text[pledge.start : pledge.end] and text[pledge.source_start : pledge.source_end] == "المتظاهرون"


def test_an_adjective_agreeing_with_the_head_of_a_construct_name_is_part_of_it():
    import rasid

    text = "واختطفت جماعة الحوثيين المتمردة آلاف الناشطين."
    ev = find(rasid.analyze(text), "ASSAULT", "واختطفت")
    assert (text[ev.source_start : ev.source_end], text[ev.target_start : ev.target_end]) == ("جماعة الحوثيين المتمردة", "الناشطين")
    text = "وهاجمت حركة طالبان المسلحين في المنطقة."  # a plural after the name is the object
    ev = find(rasid.analyze(text), "ASSAULT", "وهاجمت")
    assert text[ev.target_start : ev.target_end] == "المسلحين"


def _span(text: str, start: int | None, end: int | None) -> str | None:
    return text[start:end] if start is not None else None


def test_a_name_holding_its_preposition_is_no_subject():
    import rasid

    text = "وقالت الوزارة إن الطائرات أصابت أهدافا لحزب العمال الكردستاني شمال العراق."
    ev = find(rasid.analyze(text), "ASSAULT", "أصابت")
    assert _span(text, ev.source_start, ev.source_end) == "الطائرات"  # the accusative أهدافا makes the verb active
    assert "حزب العمال الكردستاني" in _span(text, ev.target_start, ev.target_end)
    text = "وقال البيان إن الضربات أصابت مواقع لحزب العمال الكردستاني في عدة قرى فاستهدفت مخازن للسلاح."
    doc = rasid.analyze(text)
    assert all("حزب" not in (_span(text, e.source_start, e.source_end) or "") for e in doc.events)


def test_a_dual_of_women_is_a_victim():
    import rasid

    text = "وأطلق المسلح النار على الحافلة فقتل امرأتين."
    ev = find(rasid.analyze(text), "ASSAULT", "فقتل")
    assert _span(text, ev.target_start, ev.target_end) == "امرأتين"


def test_a_toll_joined_after_a_result_verb_has_no_attacker_from_before_the_verb():
    import rasid

    text = "وقال الشهود إن انفجارا في سوق بمدينة كركوك شمال العراق أسفر عن مقتل عشرة أشخاص وإصابة نحو 40."
    ev = find(rasid.analyze(text), "ASSAULT", "وإصابة")
    assert ev.source_start is None


def test_a_state_of_mind_is_no_injury():
    import rasid

    for text in ("وأصيب الوزير بصدمة بعد سماع الخبر.", "وأصيب المشجعون بخيبة أمل كبيرة.", "وأصيبت حرية الصحافة بنكسة كبيرة."):
        assert not [e for e in rasid.analyze(text).events if e.type == "ASSAULT"], text


def test_unintentionally_does_not_negate_the_attack_after_it():
    import rasid

    text = "ومهدت تلك السياسات عن غير قصد لهجوم أودى بحياة عشرة أشخاص."
    assert find(rasid.analyze(text), "ASSAULT", "لهجوم").modality == "asserted"
    text = "وقالت الجماعة إنها غير قادرة على شن هجمات."
    assert find(rasid.analyze(text), "ASSAULT", "هجمات").modality == "negated"


def test_ghayr_negates_the_word_after_it_not_a_later_event():
    """غير أن is "however"; غير مسبوقة "unprecedented" describes a noun: neither negates what follows."""
    import rasid

    for text, trigger in (("غير أن الجيش قصف المدينة أمس.", "قصف"), ("وفي خطوة غير مسبوقة، شن الجيش هجوما على المدينة.", "هجوما"),
                          ("وشهدت البلاد موجة غير مسبوقة من التفجيرات الانتحارية.", "التفجيرات")):
        assert find(rasid.analyze(text), "ASSAULT", trigger).modality == "asserted", text
    # through an adjective of ability or will it negates the act that adjective governs
    text = "وقالت الحكومة إنها غير مستعدة لشن هجوم على المدينة."
    assert find(rasid.analyze(text), "THREATEN", "هجوم").modality == "negated"  # readiness to attack is a threat


def test_a_nationality_adjective_of_a_place_is_no_target():
    import rasid

    text = "وأدان الرئيس التفجير الذي وقع أمس في مدينة أربيل العراقية."
    ev = find(rasid.analyze(text), "ASSAULT", "التفجير")
    assert ev.target_start is None
    text = "ودعا المجلس المحلي في مدينة حمص المواطنين إلى الهدوء."  # people after the place are the object
    ev = find(rasid.analyze(text), "REQUEST", "ودعا")
    assert _span(text, ev.target_start, ev.target_end) == "المواطنين"


def test_the_model_of_the_aircraft_is_neither_subject_nor_object():
    import rasid

    text = "وقصفت مقاتلات روسية من طراز سوخوي 24 مساء أمس مواقع للمعارضة داخل الأراضي السورية."
    ev = find(rasid.analyze(text), "ASSAULT", "وقصفت")
    assert _span(text, ev.source_start, ev.source_end) == "مقاتلات روسية"
    assert _span(text, ev.target_start, ev.target_end).startswith("مواقع")


def test_dawn_after_an_hour_is_no_bombing():
    import rasid

    text = "وبدأت الغارات عند الساعة الثالثة فجرا وتواصلت حتى الظهر."
    assert [text[e.start : e.end] for e in rasid.analyze(text).events] == ["الغارات"]


def test_a_singular_verb_after_a_plural_one_has_its_own_subject():
    import rasid

    text = "وقال مصدر إن خمسة من الجنود قتلوا وجرح آخرون في الهجوم."
    ev = find(rasid.analyze(text), "ASSAULT", "وجرح")
    assert "الجنود" not in (_span(text, ev.source_start, ev.source_end) or "")


def test_the_word_after_an_indefinite_noun_in_ta_marbuta_is_its_genitive():
    import rasid

    text = "وحملت الحكومة الجماعة مسؤولية خطف صحفيين أجانب."
    ev = find(rasid.analyze(text), "ASSAULT", "خطف")
    assert _span(text, ev.target_start, ev.target_end).startswith("صحفيين")
    text = "وفي حادثة منفصلة قتل ثلاثة جنود."  # a verb may follow such a noun that ends a phrase
    ev = find(rasid.analyze(text), "ASSAULT", "قتل")
    assert _span(text, ev.target_start, ev.target_end) == "جنود"


def test_who_is_released_follows_the_phrase():
    import rasid

    text = "وأطلق سراح ثلاثة صحفيين أمس."
    ev = find(rasid.analyze(text), "RETREAT", "وأطلق سراح")
    assert ev.source_start is None and "صحفيين" in _span(text, ev.target_start, ev.target_end)


def test_a_dual_relative_adjective_after_a_dual_attack_noun_is_no_target():
    import rasid

    text = "ونفذ التنظيم تفجيرين انتحاريين في بلدتين قرب الحدود."
    ev = find(rasid.analyze(text), "ASSAULT", "تفجيرين")
    assert "انتحاريين" not in (_span(text, ev.target_start, ev.target_end) or "")


def test_a_negator_does_not_reach_past_the_verb_it_negates():
    import rasid

    text = "وطارد شبان لم يصابوا في الانفجار المهاجم."
    doc = rasid.analyze(text)
    assert find(doc, "ASSAULT", "يصابوا").modality == "negated"
    assert find(doc, "ASSAULT", "الانفجار").modality == "asserted"
    doc = rasid.analyze("ولم يقتل أو يجرح أي جندي في الهجوم.")  # verbs joined by أو share the negator
    assert find(doc, "ASSAULT", "يجرح").modality == "negated"


def test_ma_after_a_pronoun_or_an_adverb_of_frequency_negates_nothing():
    import rasid

    doc = rasid.analyze("وهو ما تزامن مع إصابة عشرة جنود في الهجوم.")
    assert find(doc, "ASSAULT", "إصابة").modality == "asserted"
    doc = rasid.analyze("ودائما ما تشن الطائرات غارات على المنطقة.")
    assert find(doc, "ASSAULT", "غارات").modality == "asserted"


def test_a_limelight_stolen_or_an_idea_killed_is_no_attack():
    import rasid

    for text in ("وتمكن المرشح من خطف الأضواء في السباق.", "وقال إن القرار يقتل فكرة الإصلاح."):
        assert not [e for e in rasid.analyze(text).events if e.type == "ASSAULT"], text


def test_a_second_toll_joined_to_the_first_is_no_target():
    import rasid

    text = "وقالت الشرطة إن معظم القتلى والجرحى من النساء."
    ev = find(rasid.analyze(text), "ASSAULT", "القتلى")
    assert "الجرحى" not in (_span(text, ev.target_start, ev.target_end) or "")


def test_an_animal_is_no_attacker():
    import rasid

    for text in ("وأصيب طفلان في هجوم قرد داخل الحديقة.", "وتوفي سباح إثر تعرضه لهجوم من سمكة قرش.", "وهاجم كلب ضال طفلة في الحي."):
        attacks = [text[e.start : e.end] for e in rasid.analyze(text).events if e.type == "ASSAULT"]
        assert not [a for a in attacks if a != "وأصيب"], text  # the injury itself is still reported
    text = "وقتل ثلاثة جنود في هجوم لمسلحين على الحاجز."
    assert find(rasid.analyze(text), "ASSAULT", "هجوم")


def test_a_protester_word_inside_a_party_name_makes_no_gathering_a_protest():
    import rasid

    text = "وأدانت المنظومة التي تجمع تحت جناحها حزب العمال الكردستاني الهجوم."
    assert not [e for e in rasid.analyze(text).events if e.type == "PROTEST"]
    text = "وتجمع مئات العمال أمام مقر الشركة."
    assert find(rasid.analyze(text), "PROTEST", "وتجمع")


def test_a_crowd_joined_by_wa_is_named_without_the_conjunction():
    import rasid

    text = "وسجل النائب حضورا عندما تظاهر ومجموعة من المقاولين وعمال البلدية أمام الوزارة."
    ev = find(rasid.analyze(text), "PROTEST", "تظاهر")
    assert _span(text, ev.source_start, ev.source_end).startswith("مجموعة")


def test_who_reports_the_deaths_did_not_kill():
    import rasid

    for text in ("وبحسب الشرطة قتل ثلاثة أشخاص في الانفجار.", "ووفقا لإحصاءات الجيش قتل 12 جنديا في الاشتباكات."):
        ev = find(rasid.analyze(text), "ASSAULT", "قتل")
        assert ev.source_start is None, text


def test_a_group_behind_lam_and_the_article_is_no_subject():
    import rasid

    text = "وكانت القوات الموالية للحكومة قد شنت أمس هجوما على القاعدة."
    ev = find(rasid.analyze(text), "ASSAULT", "هجوما")
    assert _span(text, ev.source_start, ev.source_end).startswith("القوات")


def test_a_tagged_agent_in_the_accusative_after_the_subject_is_the_object():
    import rasid

    text = "وعندما قتلت الفتاة المراهقة جنديا من التنظيم صرخت."
    ev = find(rasid.analyze(text), "ASSAULT", "قتلت")
    assert (_span(text, ev.source_start, ev.source_end), _span(text, ev.target_start, ev.target_end)) == ("الفتاة المراهقة", "جنديا")


def test_who_condemns_an_attack_lends_no_attacker_to_its_toll():
    import rasid

    text = "وأدانت الحكومة التفجير الذي استهدف المسجد أمس وأودى بحياة عدد من المصلين وإصابة آخرين."
    ev = find(rasid.analyze(text), "ASSAULT", "وإصابة")
    assert "الحكومة" not in (_span(text, ev.source_start, ev.source_end) or "")


def test_a_count_of_them_is_the_victim():
    import rasid

    text = "وقتل 29 منهم في الغارة."
    ev = find(rasid.analyze(text), "ASSAULT", "وقتل")
    assert _span(text, ev.target_start, ev.target_end) == "29 منهم"
