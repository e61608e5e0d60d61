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


def _roles_doc(text, names, roles, countries=None):
    """A hand-built document: ``names`` as in build_doc, ``roles`` (text -> PETRARCH role form) as role
    descriptions, ``countries`` (text -> ISO3) on nationality and country mentions; entities by coref."""
    from conftest import build_doc

    from rasid.extract.coref import build_entities

    doc = build_doc(text, {**names, **{r: ("PER", None) for r in roles}})
    for m in doc.mentions:
        surface = text[m.start:m.end]
        m.entity = None
        if surface in roles:
            m.kind, m.fine, m.actor = "description", "role", "PET:" + roles[surface]
        m.country = (countries or {}).get(surface)
    return build_entities(doc)


def _same_entity(doc, a, b):
    ent = {doc.text[m.start:m.end]: m.entity for m in doc.mentions}
    return ent[a] == ent[b]


def _entities_of(doc, surface):
    return [m.entity for m in doc.mentions if doc.text[m.start:m.end] == surface]


def test_role_right_after_a_name_is_that_person():
    doc = _roles_doc("اتهم سامي الحداد وزير خارجية الأردن، الحكومة بالتقصير.",
                     {"سامي الحداد": ("PER", None), "الأردن": ("GPE", None)}, {"وزير خارجية": "وزير خارجية"}, {"الأردن": "JOR"})
    assert _same_entity(doc, "سامي الحداد", "وزير خارجية")


def test_role_after_a_titled_name_is_not_its_apposition():
    doc = _roles_doc("استقبل الملك سامي وزير الخارجية في القصر.", {"سامي": ("PER", None)}, {"وزير الخارجية": "وزير خارجية"})
    assert not _same_entity(doc, "سامي", "وزير الخارجية")


def test_role_then_nationality_then_name_and_the_later_role_join_that_person():
    text = "وصل وزير الخارجية القطري خالد العمري إلى عمان. وقال وزير الخارجية القطري إن الزيارة مهمة."
    doc = _roles_doc(text, {"خالد العمري": ("PER", None), "القطري": ("NORP", None), "عمان": ("GPE", None)},
                     {"وزير الخارجية": "وزير خارجية"}, {"القطري": "QAT", "عمان": "JOR"})
    person = _entities_of(doc, "خالد العمري")[0]
    assert _entities_of(doc, "وزير الخارجية") == [person, person]


def test_later_role_joins_only_the_one_person_it_fits():
    text = ("التقى وزير الخارجية القطري خالد العمري وزير الخارجية الأردني سامي الحداد. "
            "وقال وزير الخارجية إن اللقاء مفيد. وأضاف وزير الخارجية الأردني أن التعاون مستمر.")
    doc = _roles_doc(text, {"خالد العمري": ("PER", None), "سامي الحداد": ("PER", None), "القطري": ("NORP", None), "الأردني": ("NORP", None)},
                     {"وزير الخارجية": "وزير خارجية"}, {"القطري": "QAT", "الأردني": "JOR"})
    khalid, sami = _entities_of(doc, "خالد العمري")[0], _entities_of(doc, "سامي الحداد")[0]
    roles = _entities_of(doc, "وزير الخارجية")
    assert roles[0] == khalid and roles[1] == sami and roles[3] == sami
    assert roles[2] not in (khalid, sami)  # a bare role two people hold stays unresolved


def test_bare_role_joins_the_only_person_introduced_with_it():
    text = "قال سامي الحداد وزير الخارجية الأردني إن الحوار ضروري. وأكد وزير الخارجية أن بلاده مستعدة."
    doc = _roles_doc(text, {"سامي الحداد": ("PER", None), "الأردني": ("NORP", None)}, {"وزير الخارجية": "وزير خارجية"}, {"الأردني": "JOR"})
    sami = _entities_of(doc, "سامي الحداد")[0]
    assert _entities_of(doc, "وزير الخارجية") == [sami, sami]


def test_role_before_a_coordinated_title_and_name_is_another_person():
    doc = _roles_doc("عقد رئيس الحكومة والرئيس سامي اجتماعا مطولا.", {"سامي": ("PER", None)}, {"رئيس الحكومة": "رئيس حكومة"})
    assert not _same_entity(doc, "رئيس الحكومة", "سامي")


def _groups(text: str) -> dict[str, set[str]]:
    import rasid

    doc = rasid.analyze(text)
    out: dict[str, set[str]] = {}
    for m in doc.mentions:
        out.setdefault(m.entity, set()).add(doc.text[m.start : m.end])
    return out


def test_coref_agents_of_different_countries_stay_apart():
    groups = _groups("وقالت الحكومة الألمانية إنها تدعم القرار. وقال الناطق باسم الحكومة الأردنية إن الحكومة ترفض الاتهام.")
    germany = next(g for g in groups.values() if "الحكومة الألمانية" in g)
    assert "الحكومة الأردنية" not in germany
    jordan = next(g for g in groups.values() if "الحكومة الأردنية" in g)
    assert "الحكومة" in jordan  # the bare definite one is the latest government named


def test_coref_description_with_another_adjective_is_another_organisation():
    groups = _groups("وأعلن اتحاد أميركا الجنوبية دعمه للمرشح. لكن الاتحاد الدولي رفض الطعن، وقال الاتحاد الليبيري إنه سيصوت.")
    south = next(g for g in groups.values() if "اتحاد أميركا الجنوبية" in g)
    assert not south & {"الاتحاد الدولي", "الاتحاد الليبيري"}


def test_coref_description_head_must_match_a_named_antecedent_head():
    groups = _groups("وقاتلت ميليشيا حزب الله في الزبداني. والتقى الائتلاف السوري المعارض المبعوث الأميركي.")
    hezbollah = next(g for g in groups.values() if any("حزب الله" in x for x in g))
    assert not any("الائتلاف" in x for x in hezbollah)


def test_coref_petrarch_form_with_a_known_persons_alias_is_that_person():
    import rasid

    doc = rasid.analyze("وقدم المبعوث ستيفان دي ميستورا إحاطة، ثم قال دي ميستورا إن الحل سياسي.")
    people = {m.actor for m in doc.mentions if "ميستورا" in doc.text[m.start : m.end]}
    assert people == {"DEMISTURA"}


def test_coref_a_party_description_does_not_join_a_petrarch_import():
    groups = _groups("ودعت الخطة إلى تشكيل حكومة وحدة وطنية. وقال الائتلاف إنه يرفض الخطة.")
    unity = next((g for g in groups.values() if any("حكومة وحدة" in x for x in g)), set())
    assert not any("الائتلاف" in x for x in unity)


def _title_doc(text, names):
    from conftest import build_doc

    from rasid.extract.coref import build_entities

    return build_entities(build_doc(text, names))


def test_title_only_person_joins_the_one_person_introduced_with_that_title():
    doc = _title_doc("شيخ الأزهر يستقبل الوفد\nاستقبل شيخ الأزهر الدكتور حسن المصري وفدا من العلماء.",
                     {"شيخ الأزهر": ("PER", None), "حسن المصري": ("PER", None)})
    heads = [m for m in doc.mentions if doc.text[m.start:m.end] == "شيخ الأزهر"]
    person = next(m for m in doc.mentions if doc.text[m.start:m.end] == "حسن المصري")
    assert all(m.entity == person.entity for m in heads)
    assert doc.entity(person.entity).name == "حسن المصري"


def test_title_only_person_with_two_candidates_or_another_nationality_stays_apart():
    doc = _title_doc("الوزير يصل\nوصل الوزير سامر خليل ثم الوزير نادر يوسف.",
                     {"الوزير": ("PER", None), "سامر خليل": ("PER", None), "نادر يوسف": ("PER", None)})
    persons = {m.entity for m in doc.mentions if doc.text[m.start:m.end] in ("سامر خليل", "نادر يوسف")}
    assert len(persons) == 2 and not any(m.entity in persons for m in doc.mentions if doc.text[m.start:m.end] == "الوزير")
    doc = _title_doc("المدرب الإسباني يغادر\nوصل المدرب الفرنسي جان بول إلى الرياض.",
                     {"المدرب الإسباني": ("PER", None), "جان بول": ("PER", None)})
    first = next(m for m in doc.mentions if doc.text[m.start:m.end] == "المدرب الإسباني")
    assert doc.entity(first.entity).mentions == [first.id]


def test_role_in_a_headline_joins_the_one_person_introduced_later_with_that_title():
    doc = _roles_doc("وزير الخارجية في جولة خليجية\nبدأ وزير الخارجية المصري سامر نبيل جولة تشمل الرياض.",
                     {"سامر نبيل": ("PER", None)}, {"وزير الخارجية": "وزير خارجية"})
    person = next(m.entity for m in doc.mentions if doc.text[m.start:m.end] == "سامر نبيل")
    assert all(e == person for e in _entities_of(doc, "وزير الخارجية"))


def test_a_party_noun_refers_to_no_armed_group_without_one():
    import rasid

    doc = rasid.analyze("واتهمت أنقرة داعش بالوقوف خلف الهجوم. وبدأ الحزب الكردي المحظور تمرده في 1984.")
    isis = next(e for e in doc.entities if e.actor == "ISIS")
    texts = {doc.text[doc.mention(i).start : doc.mention(i).end] for i in isis.mentions}
    assert not any("الحزب" in t for t in texts)
