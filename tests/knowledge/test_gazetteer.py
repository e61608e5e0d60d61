"""The gazetteer and actor dictionary: generated tables load, ambiguous names stay out, the lint finds errors."""

from __future__ import annotations

import rasid
from rasid.knowledge.check import check_actors
from rasid.knowledge.gazetteer import cities, countries


def _places(text: str) -> list[tuple[str, str, str | None]]:
    doc = rasid.analyze(text)
    return [(doc.text[m.start : m.end], m.label, m.country) for m in doc.mentions if m.label in ("GPE", "LOC")]


def test_generated_cities_carry_iso3_countries_and_arabic_names():
    table = cities()
    assert len(table) > 1000
    hillah = [p for p in table if "الحلة" in p.aliases]
    assert hillah and hillah[0].country == "IRQ" and hillah[0].type == "city"
    assert all(p.country is None or len(p.country) == 3 for p in table)


def test_ambiguous_words_are_not_cities():
    # صور is Tyre, but far more often "pictures": the builder leaves it to the tagger and the rules.
    assert not any("صور" in p.aliases for p in cities())
    assert ("صور", "GPE", "LBN") not in _places("ونشرت الوكالة صور الدمار في المدينة.")


def test_city_with_clitic_and_after_place_noun():
    found = _places("انفجرت سيارة مفخخة في مدينة الحلة، وقتل ثلاثة بالحلة أمس.")
    assert found.count(("الحلة", "GPE", "IRQ")) == 2


def test_every_country_is_known_through_cldr():
    names = {a for c in countries() for a in c.aliases}
    assert "بولندا" in names  # not in the hand-written table
    assert ("بولندا", "GPE", "POL") in _places("وصل الوزير إلى بولندا.")


def test_unknown_village_after_place_noun_is_a_place():
    doc = rasid.analyze("قتل خمسة مدنيين في قصف على قرية تل مرقب شمال البلاد.")
    assert any("مرقب" in doc.text[m.start : m.end] and m.label == "GPE" for m in doc.mentions)


def test_actor_lint_reports_each_kind_of_problem(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text(
        "id\tname_en\ttype\tcountry\tsector\taliases\trelations\n"
        "A\tA\tparty\t\tPTY\tحزب الف\t\n"
        "A\tA again\tparty\t\tXYZ\tحزب باء\tmember_of:NOPE\n"
        "B\tB\tparty\t\tPTY\tحزب ألف\t\n",
        encoding="utf-8",
    )
    problems = check_actors(path)
    assert any("id A already used" in p for p in problems)
    assert any("unknown sector 'XYZ'" in p for p in problems)
    assert any("unknown actor" in p for p in problems)
    assert any("also belongs to A" in p for p in problems)  # ألف and الف fold to the same alias
    assert len(problems) == 4


def test_accusative_nationality_unless_it_spells_a_country():
    from rasid.knowledge.gazetteer import nationalities
    from rasid.text.normalize import fold

    forms = {p.country: set(p.aliases) for p in nationalities()}
    assert fold("فرنسيا") in forms["FRA"]  # مصورا فرنسيا
    assert fold("روسيا") not in forms["RUS"] and fold("تركيا") not in forms["TUR"]


def test_common_words_are_frequent_bare_and_as_frequent_with_the_article():
    from collections import Counter

    from rasid.knowledge.build_common_words import common_words

    counts = Counter({"امان": 30, "الامان": 25, "بالامان": 10, "قريات": 2, "القريات": 90, "بريده": 40, "وبريده": 3,
                      "امين": 50, "الامين": 60})
    lineage = Counter({"امين": 5})  # أمين بن …: a given name, though also an adjective
    assert set(common_words(counts, lineage)) == {"امان"}  # القريات is named with the article; بريدة is never definite


def test_other_arabic_script_orthographies_are_not_arabic_names():
    from rasid.knowledge.build_gazetteer import FOREIGN_SPELLING

    assert FOREIGN_SPELLING.search("ئاممان") and FOREIGN_SPELLING.search("مادرىد") and FOREIGN_SPELLING.search("كةربالا")
    assert not FOREIGN_SPELLING.search("القاهرة") and not FOREIGN_SPELLING.search("بني سويف") and not FOREIGN_SPELLING.search("رئيس")


def test_safety_surname_and_clitic_readings_are_not_cities():
    found = _places("قال الوزير حنيفة أمان إن المسافرين وصلوا إلى الرياض وجدة في أمان.")
    assert not any(text in ("أمان", "وجدة") for text, _, _ in found)
    assert ("جدة", "GPE", "SAU") in found  # و + جدة, not the Moroccan Oujda
    assert ("عمان", "GPE", "OMN") in _places("وصل الوزير إلى عمان أمس.")  # the country, as before
    assert not any("ئاممان" in p.aliases or "امان" in p.aliases for p in cities())


def test_a_saudi_province_named_with_mintaqa_is_the_place_not_an_organisation():
    doc = rasid.analyze("قتل جنديان في هجوم على مركز حدودي بمنطقة عسير، وزار أمير منطقة الرياض المصابين.")
    found = [(doc.text[m.start : m.end], m.label, m.actor) for m in doc.mentions]
    assert ("منطقة عسير", "GPE", "PLACE:ASIR") in found and ("منطقة الرياض", "GPE", "PLACE:RIYADH_PROVINCE") in found
    assert not any(label == "ORG" and "منطقة" in surface for surface, label, _ in found)
    attack = next(ev for ev in doc.events if ev.type == "ASSAULT")
    asir = next(m.entity for m in doc.mentions if m.actor == "PLACE:ASIR")
    assert asir in attack.locations
    assert _places("ودعا إلى إقامة منطقة آمنة في الشمال.") == []  # منطقة alone makes no name


def test_broken_plural_nationalities_are_taken_as_written():
    from rasid.knowledge.gazetteer import nationalities

    forms = {p.country: set(p.aliases) for p in nationalities()}
    assert {"روس", "الروس"} <= forms["RUS"] and {"اتراك", "الاتراك"} <= forms["TUR"]
    assert "روسون" not in forms["RUS"]  # no plural of a plural
    doc = rasid.analyze("خرج متظاهرون أفغان إلى الشوارع.")
    assert any(m.country == "AFG" for m in doc.mentions)


def test_every_word_of_a_two_word_nationality_agrees():
    from rasid.knowledge.gazetteer import demonym_forms

    assert "الكوريين الجنوبيين" in demonym_forms("كوري جنوبي")
    assert "كوريه جنوبيه" in demonym_forms("كوري جنوبي")
    assert "السوريين" in demonym_forms("سوري")  # one word as before
