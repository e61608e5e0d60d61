"""Coreference on the seed: short names, descriptions, possessives."""


def _entity_texts(doc, actor):
    e = next(e for e in doc.entities if e.actor == actor)
    return {doc.text[doc.mention(i).start:doc.mention(i).end] for i in e.mentions}


def test_seed_coref(seed_doc):
    assert {"حركة طالبان باكستان", "طالبان باكستان", "حركته"} <= _entity_texts(seed_doc, "TTP")
    assert {"داعش", "الدولة الاسلامية", "التنظيم التكفيري"} <= _entity_texts(seed_doc, "ISIS")
    assert {"جماعة الأحرار", "جماعته"} <= _entity_texts(seed_doc, "JUA")
    assert {"شهيد الله شهيد", "شهيد"} <= _entity_texts(seed_doc, "SHAHID")
    assert {"عمر خالد الخراساني", "الخراساني"} <= _entity_texts(seed_doc, "KHORASANI")


def test_dictionary_role_before_a_name_is_that_person():
    import rasid

    doc = rasid.analyze("وصل وزير الخارجية السعودي عادل الجبير إلى القاهرة.")
    person = next(e for e in doc.entities if e.actor == "JUBEIR")
    texts = {doc.text[doc.mention(i).start : doc.mention(i).end] for i in person.mentions}
    assert texts == {"وزير الخارجية السعودي", "عادل الجبير"}
    assert (person.label, person.country, person.sector) == ("PER", "SAU", "GOV")
    assert not any(e.label == "ORG" and "وزير" in e.name for e in doc.entities)
