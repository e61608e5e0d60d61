from conftest import build_doc

from rasid.document import Timex
from rasid.extract.relations import RelationsStage


def relations_of(text, names, times=()):
    doc = build_doc(text, names)
    for i, t in enumerate(times):
        s = text.index(t)
        doc.times.append(Timex(s, s + len(t), id=f"t{i + 1}", value=t))
    RelationsStage()(doc)
    return doc, {(r.type, r.head, r.tail) for r in doc.relations}


def test_relations_spokesperson_in_apposition_and_after_title():
    text = "وقال سامي حداد، المتحدث باسم حزب النور، إن الحزب سيشارك. وأكد الناطق باسم الجيش العقيد فادي ناصر ذلك."
    doc, rels = relations_of(text, {"سامي حداد": ("PER", "P1"), "حزب النور": ("ORG", "O1"), "الجيش": ("ORG", "O2"), "فادي ناصر": ("PER", "P2")})
    assert ("spokesperson_of", "P1", "O1") in rels
    assert ("spokesperson_of", "P2", "O2") in rels
    for r in doc.relations:
        assert "المتحدث" in doc.text[r.start:r.end] or "الناطق" in doc.text[r.start:r.end]


def test_relations_leader_by_relative_verb_and_fused_pronoun():
    text = 'وأصدرت "كتائب الفجر" التي يتزعمها حسن مراد بيانا. ونشرت الحركة الوطنية شريطا يظهر فيه زعيمها علي كمال.'
    _, rels = relations_of(text, {"كتائب الفجر": ("ORG", "K"), "حسن مراد": ("PER", "H"), "الحركة الوطنية": ("ORG", "N"), "علي كمال": ("PER", "A")})
    assert ("leader_of", "H", "K") in rels
    assert ("leader_of", "A", "N") in rels


def test_relations_branch_alliance_split_and_founding():
    text = (
        'وتقاتل "ألوية الشمال"، الفرع المحلي لتنظيم الجبهة، منذ سنوات. '
        "وتعد حركة البناء التي تأسست في 1999 وتحالفت رسمياً مع حزب الأمة أكبر الفصائل. "
        "وأعلنت حركة البناء انشقاقها، وكانت كتلة الوفاء التي يقودها رامي انشقت عن حركة البناء في آذار."
    )
    names = {"ألوية الشمال": ("ORG", "L"), "تنظيم الجبهة": ("ORG", "J"), "حركة البناء": ("ORG", "B"), "حزب الأمة": ("ORG", "U"),
             "كتلة الوفاء": ("ORG", "W"), "رامي": ("PER", "R")}
    doc, rels = relations_of(text, names, times=("1999", "آذار"))
    assert ("branch_of", "L", "J") in rels
    assert ("allied_with", "B", "U") in rels
    assert ("founded_in", "B", "t1") in rels
    assert ("split_from", "W", "B") in rels
    assert ("leader_of", "R", "W") in rels
    split = next(r for r in doc.relations if r.type == "split_from")
    assert split.time == "t2"


def test_relations_none_without_entities():
    doc, rels = relations_of("المتحدث باسم الوزارة قال إن الوضع هادئ.", {})
    assert rels == set()


def test_relations_seed(seed_doc):
    import pytest

    doc = seed_doc
    if not doc.entities:
        pytest.skip("entity layer not available")
    names = {e.id: (e.name_en or e.name) for e in doc.entities}
    got = {(r.type, names.get(r.head, r.head), names.get(r.tail, r.tail)) for r in doc.relations}
    text = "\n".join(str(g) for g in sorted(got))
    for rel, head, tail in [("spokesperson_of", "Shahid", "Pakistan"), ("leader_of", "Khorasani", "Ahrar"),
                            ("leader_of", "Fazlullah", "Pakistan"), ("branch_of", "Nusra", "Qaeda"),
                            ("allied_with", "Pakistan", "Qaeda"), ("split_from", "Ahrar", "Pakistan")]:
        assert any(r == rel and head in h and tail in t for r, h, t in got), f"{rel} {head} {tail} missing from\n{text}"
    founded = [r for r in doc.relations if r.type == "founded_in"]
    assert founded and any(t.id == founded[0].tail and t.value == "2007" for t in doc.times)


def test_relations_a_name_after_the_title_fills_the_slot():
    # أمير عسير: the governor of a place the tagger saw as a name; the security men after it are not what he leads
    text = "وأكد فيصل بن خالد امير عسير رجال الامن على أهمية اليقظة."
    doc, rels = relations_of(text, {"فيصل بن خالد": ("PER", "P1"), "عسير": ("PER", "P2"), "رجال الامن": ("ORG", "O1")})
    assert ("leader_of", "P1", "O1") not in rels


def test_relations_a_coordinated_person_after_the_organisation_is_not_its_leader():
    text = "وسيتحدد الموعد حسب جدول رئيس الائتلاف ووزير الخارجية الروسي. وقال رئيس الحزب سالم ناصر إن الموعد قريب."
    _, rels = relations_of(text, {"الائتلاف": ("ORG", "O1"), "وزير الخارجية الروسي": ("PER", "P1"), "الحزب": ("ORG", "O2"), "سالم ناصر": ("PER", "P2")})
    assert ("leader_of", "P1", "O1") not in rels
    assert ("leader_of", "P2", "O2") in rels


def test_relations_a_person_after_a_preposition_or_a_role_before_the_title_is_not_the_leader():
    text = "وناقش رئيس النادي مع سامي الخطة. والتقى وزير الخارجية الأمين العام للمجلس أمس."
    doc = build_doc(text, {"النادي": ("ORG", "O1"), "سامي": ("PER", "P1"), "المجلس": ("ORG", "O2")})
    role = text.index("وزير الخارجية")
    from rasid.document import Mention

    doc.mentions.append(Mention(role, role + len("وزير الخارجية"), label="PER", kind="description", entity="P2", id="m99"))
    doc.mentions.sort(key=lambda m: m.start)
    RelationsStage()(doc)
    rels = {(r.type, r.head, r.tail) for r in doc.relations}
    assert ("leader_of", "P1", "O1") not in rels
    assert ("leader_of", "P2", "O2") not in rels


def test_relations_the_genitive_of_a_role_is_not_the_leader():
    text = "ورعى الأمير خالد مستشار الملك سلمان أمير المنطقة الحفل."
    _, rels = relations_of(text, {"خالد": ("PER", "P1"), "الملك سلمان": ("PER", "P2"), "المنطقة": ("ORG", "O1")})
    assert ("leader_of", "P2", "O1") not in rels
