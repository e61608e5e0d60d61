"""PETRARCH persons: typed PER when the build step finds a person marker, merged with hand-listed actors."""

from __future__ import annotations

import rasid
from rasid.knowledge.actors import _person_key
from rasid.knowledge.build_petrarch import actor_type

LINEAGE = frozenset({"بن", "بنت", "ابن"})


def test_petrarch_person_markers():
    assert actor_type("سالم بن راشد الكعبي", "GOV") == "person"  # a lineage word inside
    assert actor_type("زيد عمرو", "ELI") == "person"  # PETRARCH's elite code
    assert actor_type("حركة شباب ثوري", "ELI") == "org"  # an organisation head noun
    assert actor_type("رئيس سوداني", "GOV") == "role"  # a title-led phrase names a role, not an organisation
    assert actor_type("رئيس بلدية", "GOV") == "role"  # "mayor"
    assert actor_type("عضو برلمان", "LEG") == "role"
    assert actor_type("أمير سلطان بن عبد العزيز", "GOV") == "person"  # a title and a name with its lineage
    assert actor_type("وزارة داخلية", "GOV") == "org"


def test_a_title_before_a_name_word_makes_a_person():
    names = frozenset({"عمر", "امين", "بوش"})
    assert actor_type("الملا عمر", "REB", names=names) == "person"  # Mullah Omar, no unnamed mullah
    assert actor_type("رئيس أمريكي جورج بوش", "GOV", names=names) == "person"
    assert actor_type("رئيس سوداني", "GOV", names=names) == "role"
    # أمين also names people, but here it opens the title أمين عام "secretary-general"
    assert actor_type("ممثل أمين عام ل أمة المتحدة", "IGO", names=names) == "role"


def test_mullah_omar_is_one_person_across_the_article():
    doc = rasid.analyze("أكد الملا عمر خلال حياته على وحدة المجاهدين. وكان الملا عمر قد أسس الحركة.")
    omar = [m for m in doc.mentions if doc.text[m.start : m.end] == "عمر"]
    assert len(omar) == 2 and len({m.entity for m in omar}) == 1
    assert {m.label for m in omar} == {"PER"} and {m.country for m in omar} == {"AFG"}


def test_person_key_meets_the_short_spelling():
    assert _person_key("عادل بن أحمد الجبير", LINEAGE) == _person_key("عادل الجبير", LINEAGE)
    assert _person_key("عبد الله بن عبد العزيز", LINEAGE) != _person_key("عبد الرحمن بن عبد العزيز", LINEAGE)


def test_petrarch_long_form_of_a_known_person_is_that_person():
    doc = rasid.analyze("وصل وزير الخارجية عادل بن أحمد الجبير إلى القاهرة، والتقى الجبير نظيره المصري.")
    long = next(m for m in doc.mentions if doc.text[m.start : m.end] == "عادل بن أحمد الجبير")
    assert (long.label, long.actor) == ("PER", "JUBEIR")


def test_a_ministry_named_by_its_portfolio_and_nationality():
    doc = rasid.analyze("وأدانت الخارجية المصرية الهجوم، ورحبت الخارجية السعودية بالبيان.")
    assert [(doc.text[m.start : m.end], m.actor) for m in doc.mentions if m.label == "ORG"] == [
        ("الخارجية المصرية", "EGY_MOFA"), ("الخارجية السعودية", "SAU_MOFA")]


def test_a_petrarch_role_is_a_person_not_an_organisation():
    """رئيس بلدية "mayor" (PETRARCH: رئيس بلدية, GOV) is a person's role: the speaker is that person, not an organisation."""
    text = "وقال رئيس بلدية الرياض إن المشروع اكتمل، وأكد رئيس الجمهورية أن الحوار مستمر."
    doc = rasid.analyze(text)
    for phrase in ("رئيس بلدية", "رئيس الجمهورية"):
        m = next(m for m in doc.mentions if doc.text[m.start : m.end] == phrase)
        assert (m.label, m.kind) == ("PER", "description"), phrase
    assert all(doc.text[q.speaker_start : q.speaker_end] in ("رئيس بلدية", "رئيس الجمهورية") for q in doc.quotes)


def test_un_agencies_and_lenders_are_igos_not_news_agencies_or_banks():
    """وكالة alone names news agencies (MED); the hand-listed IGOs keep the agency of the atomic energy and UNRWA apart."""
    doc = rasid.analyze("وتظاهر مئات الفلسطينيين أمام مقر وكالة الغوث الدولية، وحذرت الوكالة الدولية للطاقة الذرية والبنك الدولي من الأزمة.")
    found = {doc.text[m.start : m.end]: (m.actor, m.sector) for m in doc.mentions if m.label == "ORG"}
    assert found["وكالة الغوث الدولية"] == ("UNRWA", "IGO")
    assert found["الوكالة الدولية للطاقة الذرية"] == ("IAEA", "IGO")
    assert found["البنك الدولي"] == ("WORLD_BANK", "IGO")


def test_petrarch_corrections_replace_the_country_and_sector_and_their_code():
    from rasid.knowledge.build_petrarch import corrected

    rows = [("رئيس حكومة", "DZA", "JUD HRI", "DZAJUDHRI", "role"), ("رئيس سوري", "SYR", "GOV", "SYRGOV", "role")]
    assert corrected(rows) == [("رئيس حكومة", "", "GOV", "GOV", "role"), ("رئيس سوري", "SYR", "GOV", "SYRGOV", "role")]
