"""In-document coreference: mentions → entities.

Rules, applied left to right over the mentions (each looks back only at a
bounded window, so the stage is linear in the document):

* **Same actor**: mentions linked to one dictionary actor form one entity
  (داعش = الدولة الإسلامية = تنظيم الدولة).  Generic agents merge when their agent
  id and country agree (الشرطة … الشرطة المصرية).
* **Names**: a person name whose words are contained in an earlier person's name
  joins it (شهيد → شهيد الله شهيد, الخراساني → عمر خالد الخراساني); other names
  merge on equal folded text.
* **Roles** (وزير الخارجية القطري, from PETRARCH's role lexicon): a role right before a name is that
  person (a nationality, a country or a title may stand between: وزير الخارجية بدولة قطر الدكتور X); a
  later role with no name joins the one person introduced earlier with the same role words and country
  (a role with no country: the one person with those words); else a role right after a name is its
  apposition (X وزير خارجية الفلبين), unless a title stands before the name (استقبل الملك X وزير …).
* **Titles** (``titles.tsv``: المدرب الفرنسي هيرفي رونار, شيخ الأزهر الدكتور أحمد الطيب): a title with its
  modifiers and nationality right before a person's name introduces that person with the title.  A
  person mention that is only a title (a tagger's شيخ الأزهر in a headline) joins the one person the article
  introduces with that title (same words and, if it has one, same nationality); with none or several it
  stays apart.  A dictionary role that no earlier person took (وزير الخارجية in a headline) is matched the
  same way.  The quotes stage uses the same match for a title-only speaker (وقال المدرب الفرنسي إن …),
  looking only at persons introduced before it.
* **Descriptions** (التنظيم التكفيري, الحركة): the most recent compatible
  organisation named before them.
* **Possessives** (حركته, جماعته): the organisation of the most recent person,
  known from the actor dictionary (``spokesperson_of``, ``leader_of``,
  ``member_of``) or from title cues in the text (X، المتحدث باسم Y; Y … زعيمها X);
  failing that, the most recent compatible organisation.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rasid.document import Document, Entity, Mention, Token
from rasid.knowledge.actors import Entry, KnowledgeBase, knowledge_base
from rasid.pipeline import register
from rasid.text.normalize import fold
from rasid.text.tokens import definite_nisba, enclitic_splits, proclitic_splits

GROUPISH = {"armed_group", "movement", "party"}  # not PETRARCH imports: persons, roles and governments as well as groups
ORG_RELATIONS = ("spokesperson_of", "leader_of", "member_of")
WINDOW = 60  # mentions looked back for an antecedent
PERSON_LINK_TOKENS = 3  # tokens allowed between a title cue and its person or organisation


@dataclass
class _Cluster:
    mentions: list[Mention] = field(default_factory=list)
    entry: Entry | None = None
    label: str = ""
    words: frozenset[str] = frozenset()
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    id: str = ""
    agent: str | None = None  # the agent lexicon id of an agent cluster (الحكومة، الشرطة)
    heads: tuple[int, set[str], set[str]] = field(default_factory=lambda: (0, set(), set()))  # (mentions seen, name first words, words of names without the article)


def _entry_of(m: Mention, kb: KnowledgeBase) -> Entry | None:
    if m.actor:
        return kb.entry(m.actor)
    if m.kind == "agent" and m.source.startswith("lexicon:"):
        return kb.entry(m.source.split(":", 2)[2].split("+")[0])
    return None


def _bare(word: str) -> str:
    """A folded word without its article (or ل + article)."""
    return word[2:] if word.startswith(("ال", "لل")) and len(word) > 3 else word


def _definite_text(doc: Document, m: Mention) -> bool:
    """The mention carries the article (or is a plural/dual agent with a nationality): الحكومة, not حكومة."""
    first = fold(doc.text[m.start : m.end]).split()[0] if m.end > m.start else ""
    return first.startswith(("لل", "ولل", "فلل")) or any(stem.startswith("ال") for _, stem in proclitic_splits(first)) or m.country is not None


def _words(doc: Document, m: Mention) -> frozenset[str]:
    return frozenset(w for w in fold(doc.text[m.start : m.end]).split() if len(w) > 1)


def _head_of(doc: Document, m: Mention, kb: KnowledgeBase) -> str | None:
    """The folded indefinite head noun of a description or possessive (التنظيم → تنظيم, حركته → حركه)."""
    first = fold(doc.text[m.start : m.end]).split()[0] if m.end > m.start else ""
    for _, stem in proclitic_splits(first):
        if stem.startswith("ال") and stem[2:] in kb.org_heads:
            return stem[2:]
        for base, _suf in enclitic_splits(stem):
            if base in kb.org_heads:
                return base
    return None


def _compatible(head: str | None, c: _Cluster, doc: Document, kb: KnowledgeBase, desc: Mention | None = None) -> bool:
    """May a description with ``head`` (the mention ``desc``) refer to the organisation ``c``?"""
    if c.label != "ORG" or head is None:
        return False
    if desc is not None and desc.country and c.country and desc.country != c.country:
        return False  # الاتحاد الليبيري is no other country's union
    seen, names, name_words = c.heads
    for m in c.mentions[seen:]:
        if m.kind == "name" and m.end > m.start:
            words = fold(doc.text[m.start : m.end]).split()
            names.add(words[0])
            name_words.update(_bare(w) for w in words)
    c.heads = (len(c.mentions), names, name_words)
    if head in names or head in name_words:
        extra = fold(doc.text[desc.start : desc.end]).split()[1:] if desc is not None else []
        return all(_bare(w) in name_words for w in extra)  # الاتحاد الدولي is not اتحاد أميركا الجنوبية
    if any(w in kb.org_heads for w in name_words):
        return False  # الائتلاف is not ميليشيا حزب الله: the antecedent's name has another head noun
    htype = kb.org_heads[head].type
    if htype == "party" and c.type != "party":
        return False  # الحزب الكردي is no name of داعش: a party noun refers to a party
    return htype == c.type or (htype in GROUPISH and c.type in GROUPISH)


def _title_links(doc: Document, kb: KnowledgeBase, ordered: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(person mention, organisation mention) pairs tied by a title cue in the text."""
    toks = doc.tokens
    if not toks:
        return []
    first_tok: dict[int, Mention] = {}
    last_tok: dict[int, Mention] = {}
    starts = doc.token_starts()
    for m in ordered:
        a = bisect.bisect_right(starts, m.start) - 1
        b = bisect.bisect_left(starts, m.end) - 1
        if a >= 0:
            first_tok.setdefault(a, m)
            last_tok[b] = m
    links = []
    i = 0
    while i < len(toks):
        t = kb.titles.match_at(toks, i)
        if t is None or not t.values[0].relation:
            i += 1
            continue
        title = t.values[0]

        def after(k: int, label: str) -> Mention | None:
            for x in range(k, min(k + PERSON_LINK_TOKENS, len(toks))):
                m = first_tok.get(x)
                if m is not None and m.label == label:
                    return m
            return None

        def before(k: int, label: str, reach: int = PERSON_LINK_TOKENS) -> Mention | None:
            for x in range(k, max(k - reach, -1), -1):
                m = last_tok.get(x)
                if m is not None and m.label == label:
                    return m
            return None

        possessive = fold(doc.text[toks[t.last].start : toks[t.last].end]).endswith(("ها", "ه")) and not title.form.endswith("باسم")
        if possessive:
            org = before(t.first - 1, "ORG", reach=40)
            person = after(t.last + 1, "PER")
        else:
            org = after(t.last + 1, "ORG")
            person = before(t.first - 1, "PER") or (after(t.last + 1 + (0 if org is None else 1), "PER") if org is None else None)
            if person is None and org is not None:
                person = after(bisect.bisect_left(starts, org.end), "PER")
        if org is not None and person is not None:
            links.append((person, org))
        i = t.last + 1
    return links


TitleKey = tuple[tuple[str, ...], str | None]  # (title and modifier words without the article, country)


def title_phrase(toks: Sequence[Token], i: int, kb: KnowledgeBase) -> tuple[TitleKey, int] | None:
    """A person's title at token ``i`` with the modifiers and the nationality after it (المدرب الفرنسي، الرئيس
    السابق): its key and the index of the token after it.  Titles that tie a person to an organisation
    (المتحدث باسم، زعيمها) have none: the organisation, not the title, says who it is."""
    t = kb.title_at(toks, i, "person", "role")
    if t is None or t.values[0].relation:
        return None
    words = [_bare(w) for w in fold(t.values[0].form).split()]
    country = None
    j = t.last + 1
    while j < len(toks) and toks[j].kind == "word":
        mod = kb.title_at(toks, j, "modifier", clitics=False)
        if mod is not None:
            words += [_bare(w) for w in fold(mod.values[0].form).split()]
            j = mod.last + 1
            continue
        nat = kb.nationality.get(toks[j].norm)
        if nat is not None and country is None and toks[j].norm.startswith("ال"):  # not الأمير تركي: a given name
            country = nat.country
            j += 1
            continue
        break
    return (tuple(words), country), j


def titled_persons(doc: Document, kb: KnowledgeBase) -> list[tuple[TitleKey, int, Mention]]:
    """(title key, offset of the title, person) for every person's name right after a title phrase, an honorific
    title allowed between (شيخ الأزهر الدكتور أحمد الطيب), in text order."""
    toks = doc.tokens
    starts = doc.token_starts()
    first: dict[int, Mention] = {}
    for m in doc.mentions:
        if m.label == "PER" and m.kind == "name":
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < toks[k].end:
                first.setdefault(k, m)
    out: list[tuple[TitleKey, int, Mention]] = []
    i = 0
    while i < len(toks):
        phrase = title_phrase(toks, i, kb)
        if phrase is None:
            i += 1
            continue
        key, j = phrase
        person = first.get(j)
        if person is None and j < len(toks) and (chained := kb.title_at(toks, j, "person", "role", clitics=False)) is not None:
            person = first.get(chained.last + 1)
        if person is None and i in first and first[i].end > toks[j - 1].end:
            person = first[i]  # a tagged span that holds the title too (الرئيس باراك أوباما)
        if person is not None:
            out.append((key, toks[i].start, person))
        i = max(j, i + 1)
    return out


def same_title(key: TitleKey, introduced: TitleKey) -> bool:
    """May a title-only phrase with ``key`` refer to a person introduced with ``introduced``?  Same words; the
    phrase's nationality, if it has one, must be the person's (المدرب الفرنسي is not المدرب الإسباني X)."""
    return key[0] == introduced[0] and (key[1] is None or key[1] == introduced[1])


def introduced_with(persons: list[tuple[TitleKey, int, Mention]], key: TitleKey, before: int) -> str | None:
    """The entity of the one person introduced before offset ``before`` with a title matching ``key`` (of
    :func:`titled_persons`), else None: with several such persons a bare title is not sure."""
    found = {p.entity for k, at, p in persons if at < before and same_title(key, k)}
    return found.pop() if len(found) == 1 else None


def title_only(doc: Document, kb: KnowledgeBase, m: Mention) -> TitleKey | None:
    """The title key of a person mention that holds nothing but a title phrase (شيخ الأزهر، الرئيس الأمريكي)."""
    toks = doc.tokens
    i = bisect.bisect_right(doc.token_starts(), m.start) - 1
    if i < 0 or m.start >= toks[i].end:
        return None
    phrase = title_phrase(toks, i, kb)
    if phrase is None or phrase[1] == i or toks[phrase[1] - 1].end != m.end:
        return None
    return phrase[0]


RoleKey = tuple[tuple[str, ...], str | None]  # (role words without article or nationality, country)


@dataclass
class _Roles:
    """Role mentions and the people they describe, found before clustering."""

    named: dict[str, tuple[Mention, Mention]] = field(default_factory=dict)  # role id -> (role, the name after it)
    keys: dict[str, RoleKey] = field(default_factory=dict)  # role id -> (role words, country)
    after_name: dict[str, Mention] = field(default_factory=dict)  # role id -> the name right before it (X وزير خارجية Y)
    loose: list[Mention] = field(default_factory=list)  # roles with no name after them, in text order


def _role_key(doc: Document, kb: KnowledgeBase, role: Mention, qualifier: Mention | None) -> RoleKey:
    """What a role says about its holder: its folded words without the article or a nationality, and the
    country (وزير الخارجية القطري = وزير خارجية قطر = (وزير خارجيه, QAT))."""
    form = role.actor[4:] if role.actor and role.actor.startswith("PET:") else doc.text[role.start : role.end]
    words = []
    for w in fold(form).split():
        if w in kb.nationality or ("ال" + w) in kb.nationality:
            continue
        words.append(w[2:] if w.startswith("ال") and len(w) > 4 else w)
    return tuple(words), role.country or (qualifier.country if qualifier is not None else None)


def _gap(doc: Document, a: int, b: int) -> list[str]:
    return fold(doc.text[a:b]).split()


def _modifiers_only(doc: Document, kb: KnowledgeBase, start: int, end: int) -> bool:
    """Are the words between a role and a name only relational adjectives (الأوروبي) and titles (الدكتور)?"""
    toks = doc.tokens
    i = bisect.bisect_left(doc.token_starts(), start)
    words = 0
    while i < len(toks) and toks[i].end <= end:
        t = kb.title_at(toks, i, "person")
        if t is not None and toks[i].norm[:1] == "و" and not fold(t.values[0].form).startswith("و"):
            return False  # رئيس الحكومة والرئيس X: a second person, coordinated
        if t is not None and toks[t.last].end <= end:
            i, words = t.last + 1, words + t.last + 1 - i
        elif toks[i].kind == "word" and definite_nisba(toks[i].norm):
            i, words = i + 1, words + 1
        else:
            return False
    return words <= 3


def _titled_name(doc: Document, kb: KnowledgeBase, name: Mention) -> bool:
    """Does a person's title stand right before ``name`` (الملك سلمان)?  Then a role after the name is not its
    apposition but, most often, the object of the clause (استقبل الملك سلمان وزير الخارجية الأمريكي)."""
    toks = doc.tokens
    first = bisect.bisect_left(doc.token_starts(), name.start)
    for i in range(max(first - 4, 0), first):
        t = kb.title_at(toks, i, "person")
        if t is not None and t.last == first - 1:
            return True
    return False


def _appositions(doc: Document, kb: KnowledgeBase, ordered: list[Mention]) -> _Roles:
    """Roles and the names they stand beside.

    A dictionary role (وزير الخارجية السعودي) right before a person's name is that person; a nationality or
    country right after the role is its qualifier and may stand between (وزير الخارجية الصيني وانغ يي، وزير
    خارجية الفلبين ألبرت ديل روساريو).  A role with no name after it is kept in ``loose`` with the name right
    before it, if any (ألبرت ديل روساريو وزير خارجية الفلبين), for :func:`_attach_roles` to decide once the
    names are clustered.  Every role mention becomes a description of a person (kind ``description``,
    fine ``role``)."""
    toks = doc.tokens
    starts = doc.token_starts()
    roles = _Roles()
    for k, role in enumerate(ordered):
        if role.fine != "role" and (role.kind != "name" or role.label == "PER"):
            continue
        if k + 1 < len(ordered) and ordered[k + 1].start < role.end:
            continue  # a longer mention starts inside it
        i = bisect.bisect_right(starts, role.start) - 1  # the token holding the role (وعضو: after its clitic)
        if not (0 <= i < len(toks) and kb.title_at(toks, i, "person", "role") is not None):
            continue
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        qualifier = None
        if nxt is not None and nxt.label in ("NORP", "GPE", "ORG") and nxt.country and nxt.kind == "name" and _gap(doc, role.end, nxt.start) in ([], ["ب"]):
            qualifier = nxt  # وزير الخارجية القطري، وزير خارجية قطر، وزير الخارجية بدولة قطر
            nxt = ordered[k + 2] if k + 2 < len(ordered) else None
        end = qualifier.end if qualifier is not None else role.end
        if nxt is not None and nxt.label == "PER" and nxt.kind == "name":
            gap = _gap(doc, end, nxt.start)
            if _modifiers_only(doc, kb, end, nxt.start):  # عضو البرلمان الأوروبي إيما نيكلسون، … الدكتور خالد
                role.kind, role.label, role.fine = "description", "PER", "role"
                roles.named[role.id] = (role, nxt)
                roles.keys[role.id] = _role_key(doc, kb, role, qualifier)
                continue
            if len(gap) <= 3:
                continue  # وزير الخارجية الأمريكي السابق X: a name close after is someone this role does not describe
        if role.fine != "role":
            continue
        role.kind, role.label = "description", "PER"
        roles.keys[role.id] = _role_key(doc, kb, role, qualifier)
        roles.loose.append(role)
        prev = ordered[k - 1] if k > 0 else None
        if prev is not None and prev.label == "PER" and prev.kind == "name" and prev.end <= role.start:
            if _gap(doc, prev.end, role.start) in ([], ["،"], [","]) and not _titled_name(doc, kb, prev):
                roles.after_name[role.id] = prev
    return roles


def _attach_roles(roles: _Roles, of: dict[str, _Cluster], join: Callable[[_Cluster, Mention], None]) -> list[Mention]:
    """Join each role to its person; return the roles left unresolved.

    A role with a name after it is that person.  A later role joins the one person introduced earlier with
    the same role (وزير الخارجية القطري خالد العطية … وقال وزير الخارجية القطري): same words and same country;
    a role without a country (وزير الخارجية) only when one person at all was introduced with those words.
    Failing that, a role right after a name is its apposition (ألبرت ديل روساريو وزير خارجية الفلبين)."""
    introduced: list[tuple[int, RoleKey, _Cluster]] = []  # (offset, key, person) in text order
    left: list[Mention] = []
    events = sorted([(r.start, r.id, "named") for r, _ in roles.named.values()] + [(r.start, r.id, "loose") for r in roles.loose])
    loose = {r.id: r for r in roles.loose}
    for start, rid, kind in events:
        key = roles.keys[rid]
        if kind == "named":
            role, person = roles.named[rid]
            c = of.get(person.id)
            if c is None:
                left.append(role)
                continue
            join(c, role)
            introduced.append((start, key, c))
            continue
        role = loose[rid]
        words, country = key
        matches = {id(c): c for _, (w, cc), c in introduced if w == words and (country is None or cc == country)}
        target = next(iter(matches.values())) if len(matches) == 1 else None
        if target is None and not matches and rid in roles.after_name:
            target = of.get(roles.after_name[rid].id)
            if target is not None:
                introduced.append((start, key, target))
        if target is None:
            left.append(role)
            continue
        join(target, role)
    return left


def build_entities(doc: Document, kb: KnowledgeBase | None = None, resolve: bool = True) -> Document:
    """Fill ``doc.entities`` and ``mention.entity``; ``resolve=False`` only groups names and actors."""
    kb = kb or knowledge_base()
    ordered = sorted(doc.mentions, key=lambda m: (m.start, -m.end))
    clusters: list[_Cluster] = []
    of: dict[str, _Cluster] = {}  # mention id -> cluster
    by_key: dict[tuple[str, ...], _Cluster] = {}
    pending: list[Mention] = []

    def new(m: Mention, entry: Entry | None) -> _Cluster:
        c = _Cluster(entry=entry, label=m.label, type=entry.type if entry else m.fine, country=m.country or (entry.country if entry else None), sector=m.sector or (entry.sector if entry else None))
        clusters.append(c)
        return c

    def join(c: _Cluster, m: Mention) -> None:
        c.mentions.append(m)
        of[m.id] = c
        if m.label == "PER" and m.kind == "name":
            c.words = c.words | _words(doc, m)
        if c.country is None and m.country:
            c.country = m.country

    roles = _appositions(doc, kb, ordered)
    role_ids = set(roles.keys)
    titles_only: list[tuple[Mention, TitleKey]] = []
    recent: list[_Cluster] = []  # clusters of name/agent mentions in text order (for look-back)
    for m in ordered:
        entry = _entry_of(m, kb)
        c: _Cluster | None = None
        if m.id in role_ids:
            continue
        if m.kind == "description":
            pending.append(m)
            continue
        if m.label == "PER" and m.kind == "name" and not m.actor and not m.source.startswith("rule:short_name") and (key := title_only(doc, kb, m)):
            titles_only.append((m, key))  # شيخ الأزهر in a headline: joined once the names are clustered
            continue
        if m.actor:
            key = ("actor", m.actor)
            c = by_key.get(key)
        elif m.kind == "agent" and entry is not None and not _definite_text(doc, m):
            key = ("agent", entry.id, m.start)  # حكومة, مسلحون: an indefinite agent is a new one each time
        elif m.kind == "agent" and entry is not None:
            key = ("agent", entry.id, m.country or m.start)  # a bare one is looked up by recency, never by key
            c = by_key.get(key)
            if c is None:  # الحكومة after الحكومة الأردنية: the latest one of that kind, never one of another country
                c = next((r for r in reversed(recent) if r.agent == entry.id and (not m.country or r.country in (None, m.country))), None)
        elif m.label == "PER" and m.kind == "name":
            words = _words(doc, m)
            key = ("name", fold(doc.text[m.start : m.end]))
            c = by_key.get(key)
            if c is None and words:
                c = next((r for r in reversed(recent[-WINDOW:]) if r.label == "PER" and (words <= r.words or r.words <= words)), None)
        else:
            key = ("name", m.label, fold(doc.text[m.start : m.end]))
            c = by_key.get(key)
        if c is None:
            c = new(m, entry)
            if m.kind == "agent" and entry is not None:
                c.agent = entry.id
        by_key.setdefault(key, c)
        join(c, m)
        if m.actor and c.entry is None:
            c.entry = entry
        recent.append(c)

    def join_role(c: _Cluster, role: Mention) -> None:
        join(c, role)
        c.country, c.sector = c.country or role.country, c.sector or role.sector

    left = _attach_roles(roles, of, join_role)
    introduced = titled_persons(doc, kb) if titles_only or left else []

    def titled(key: TitleKey) -> _Cluster | None:
        matches = {id(c): c for k, _, p in introduced if same_title(key, k) and (c := of.get(p.id)) is not None}
        return next(iter(matches.values())) if len(matches) == 1 else None

    for role in left:  # وزير الخارجية in a headline, the person named with the title further down
        key = title_only(doc, kb, role)
        target = titled(key) if key is not None else None
        if target is not None:
            join_role(target, role)
        else:
            pending.append(role)
    if titles_only:
        for m, key in titles_only:
            target = titled(key)
            if target is not None:
                m.kind = "description"  # the title names no one by itself: the entity keeps the person's name
                join_role(target, m)
            else:  # none or several: a person of its own, one per wording (الوزير … الوزير), as before
                c = by_key.setdefault(("name", fold(doc.text[m.start : m.end])), None) or new(m, None)
                by_key[("name", fold(doc.text[m.start : m.end]))] = c
                join(c, m)

    if resolve:
        _resolve_descriptions(doc, kb, pending, ordered, of, clusters, recent)
    else:
        for m in pending:
            join(new(m, None), m)

    doc.entities = []
    for n, c in enumerate(sorted((c for c in clusters if c.mentions), key=lambda c: min(m.start for m in c.mentions)), start=1):
        c.id = f"e{n}"
        names = [m for m in c.mentions if m.kind in ("name", "agent")] or c.mentions
        longest = max(names, key=lambda m: (m.end - m.start, -m.start))
        e = c.entry
        label = next((m.label for m in c.mentions if m.kind == "name"), c.label)
        doc.entities.append(Entity(
            id=c.id, label=label, name=(e.name_ar if e and e.kind == "name" else doc.text[longest.start : longest.end]),
            mentions=[m.id for m in sorted(c.mentions, key=lambda m: m.start)], actor=e.actor if e else None,
            name_en=e.name_en if e else None, type=c.type, country=c.country, sector=c.sector,
        ))
        for m in c.mentions:
            m.entity = c.id
    doc._cache.pop("entity_index", None)
    return doc


def _resolve_descriptions(doc: Document, kb: KnowledgeBase, pending: list[Mention], ordered: list[Mention], of: dict[str, _Cluster], clusters: list[_Cluster], recent: list[_Cluster]) -> None:
    """Attach descriptions and possessives to an antecedent, or give them their own entity."""
    person_orgs: dict[int, list[_Cluster]] = {}
    by_actor = {c.entry.id: c for c in clusters if c.entry is not None}
    for c in clusters:
        if c.entry is not None:
            person_orgs[id(c)] = [by_actor[t] for rel, t in c.entry.relations if rel in ORG_RELATIONS and t in by_actor]
    for person, org in _title_links(doc, kb, ordered):
        pc, oc = of.get(person.id), of.get(org.id)
        if pc is not None and oc is not None and oc not in person_orgs.setdefault(id(pc), []):
            person_orgs[id(pc)].append(oc)
    pend = {m.id for m in pending}
    for idx, m in enumerate(ordered):
        if m.id not in pend:
            continue
        head = _head_of(doc, m, kb)
        target: _Cluster | None = None
        lo = max(0, idx - WINDOW)
        if m.source == "rule:possessive":
            person = next((of.get(p.id) for p in reversed(ordered[lo:idx]) if p.label == "PER" and p.id in of), None)
            if person is not None:
                orgs = person_orgs.get(id(person), [])
                target = next((o for o in orgs if _compatible(head, o, doc, kb, m)), orgs[0] if orgs else None)
        if target is None:
            for p in reversed(ordered[lo:idx]):
                c = of.get(p.id)
                if c is not None and p.kind in ("name", "agent", "description") and _compatible(head, c, doc, kb, m):
                    target = c
                    break
        if target is None and m.source == "rule:description":
            for p in ordered[idx + 1 : idx + 1 + WINDOW]:  # a headline names the actor later: التحالف … التحالف العربي
                c = of.get(p.id)
                if c is not None and p.kind == "name" and _compatible(head, c, doc, kb, m):
                    target = c
                    break
        if target is None:
            label = "PER" if m.fine == "role" else "ORG"
            target = _Cluster(label=label, type=kb.org_heads[head].type if head else None, sector=m.sector, country=m.country)
            clusters.append(target)
        target.mentions.append(m)
        of[m.id] = target


@register("coref", requires={"entities"}, provides={"entities"})
class CorefStage:
    """Merge mentions into entities: same actor, short names, descriptions, possessives."""

    def __init__(self) -> None:
        self.kb = knowledge_base()

    def __call__(self, doc: Document) -> Document:
        return build_entities(doc, self.kb, resolve=True)
