"""The actor dictionary, generic agents, titles and the combined name matcher.

Everything is read once per process (:func:`knowledge_base` is cached) into one
:class:`~rasid.knowledge.matcher.TokenTrie` whose values are :class:`Entry`
records.  When two lexicons list the same form, the higher priority wins: hand
actors, then countries, places, agents, nationality adjectives, then the
PETRARCH import (lemmatised, noisier).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from rasid.knowledge.gazetteer import Place, cities, countries, nationalities, places
from rasid.knowledge.lexicon import load_tsv
from rasid.document import Token
from rasid.knowledge.matcher import TokenTrie, TrieMatch, name_key
from rasid.text.normalize import fold

TYPE_LABEL = {"person": "PER", "state": "GPE"}
PRIORITY = {"actors.tsv": 0, "countries.tsv": 1, "places.tsv": 2, "agents.tsv": 3, "nationality": 4, "cities.tsv": 5, "actors_petrarch.tsv": 6, "agents_petrarch.tsv": 7}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a lexicon says about a name: identity, label and CAMEO/PLOVER attributes."""

    id: str  # actor id (TTP), "GPE:SYR", "PLACE:MIDDLE_EAST", "NAT:SYR", "AGENT:POLICE", "PET:<form>"
    label: str  # PER ORG GPE LOC NORP
    kind: str  # name | agent
    name_en: str
    name_ar: str
    type: str
    country: str | None = None
    sector: str | None = None
    relations: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    source: str = ""

    @property
    def priority(self) -> int:
        return PRIORITY.get(self.source, 9)

    @property
    def actor(self) -> str | None:
        """The id written on ``Mention.actor``: dictionary actors and places, never generic agents."""
        return None if self.kind == "agent" else self.id


@dataclass(frozen=True, slots=True)
class Title:
    """A title or head noun from ``titles.tsv``."""

    form: str
    kind: str  # person | role | org_head | place_head | direction (see titles.tsv)
    type: str
    sector: str | None
    relation: str | None = None  # spokesperson_of | leader_of: the title ties a person to an organisation


@dataclass
class KnowledgeBase:
    """All lexicons, indexed for matching."""

    names: TokenTrie[Entry]
    titles: TokenTrie[Title]
    by_id: dict[str, Entry]
    org_heads: dict[str, Title]  # folded indefinite head (حركه) -> title row
    stopwords: frozenset[str]
    nationality: dict[str, Entry]  # folded demonym form -> entry
    common: frozenset[str] = frozenset()  # folded common nouns/adjectives (common_words.tsv) that start no known person name
    place_prefixes: frozenset[str] = frozenset()  # folded first words of two-word place names (كفر نبل، خان شيخون)
    first_names: dict[str, frozenset[str]] = field(default_factory=dict)  # person id -> folded first words of its aliases
    verbal_nouns: dict[str, str] = field(default_factory=dict)  # folded form -> preposition it governs as a verbal noun (القضاء على)
    verbs: frozenset[str] = frozenset()  # folded imperfect speech verbs (يقول، تؤكد): never a name
    surnames: dict[str, Entry] = field(default_factory=dict)  # folded single PETRARCH lemma of a government actor with a country (بوش، رامسفيلد)

    def entry(self, actor_id: str | None) -> Entry | None:
        return self.by_id.get(actor_id) if actor_id else None

    def title_at(self, tokens: Sequence[Token], i: int, *kinds: str, clitics: bool = True) -> TrieMatch[Title] | None:
        """The longest title of one of ``kinds`` (person, role, place_head …) starting at token ``i``."""
        t = self.titles.match_at(tokens, i, clitics)
        return t if t is not None and t.values[0].kind in kinds else None


def _relations(cell: str) -> tuple[tuple[str, str], ...]:
    out = []
    for part in cell.split(";"):
        if ":" in part:
            rel, target = part.split(":", 1)
            out.append((rel.strip(), target.strip()))
    return tuple(out)


def load_actors() -> list[Entry]:
    """Hand-checked actors from ``actors.tsv``."""
    out = []
    for row in load_tsv("actors.tsv"):
        aliases = [a for a in row["aliases"].split("|") if a]
        label = TYPE_LABEL.get(row["type"], "ORG")
        out.append(Entry(row["id"], label, "name", row["name_en"], aliases[0] if aliases else "", row["type"], row["country"] or None, row["sector"] or None, _relations(row["relations"]), "actors.tsv"))
    return out


def _place_entry(p: Place, source: str) -> Entry:
    prefix = {"country": "GPE:", "nationality": ""}.get(p.type, "PLACE:")
    return Entry(prefix + p.id, p.label, "name", p.name_en, p.aliases[0] if p.aliases else "", p.type, p.country, None, (), source)


def _add(trie: TokenTrie[Entry], seen: dict[tuple[str, ...], int], form: str, entry: Entry) -> None:
    """Add a form unless a higher-priority lexicon already holds it."""
    key = name_key(form)
    if not key:
        return
    old = seen.get(key)
    if old is not None and old < entry.priority:
        return
    seen[key] = entry.priority
    trie.add(key, entry)


def _definite(form: str) -> str:
    """PETRARCH lemma → news form: the article on every word after the first (مجلس أمن دولي → مجلس الأمن الدولي)."""
    words = form.split()
    return " ".join([words[0]] + [w if w.startswith("ال") else "ال" + w for w in words[1:]])


def _person_key(form: str, lineage: frozenset[str]) -> tuple[str, str]:
    """(given name, family name without the article) of a person's form, to meet its other spellings.

    عادل بن أحمد الجبير and عادل الجبير give (عادل, جبير): the given name is every word before the first
    lineage word (عبد الله in عبد الله بن عبد العزيز), else before the last word; ("", "") for one word."""
    words = fold(form).split()
    if len(words) < 2:
        return ("", "")
    cut = next((k for k, w in enumerate(words) if k and w in lineage), len(words) - 1)
    last = words[-1][2:] if words[-1].startswith("ال") and len(words[-1]) > 4 else words[-1]
    return (" ".join(words[:cut]), last)


@lru_cache(maxsize=1)
def lineage_words() -> frozenset[str]:
    """Folded "son of / daughter of" words (``titles.tsv`` kind ``lineage``: بن، ابن، بنت)."""
    return frozenset(fold(r["form"]) for r in load_tsv("titles.tsv") if r["kind"] == "lineage")


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """Folded nouns that name an institution or a place after a person (``speech_frames.tsv`` type
    ``institution_head``: مركز الملك سلمان للإغاثة، جامعة الملك سعود): the person is then part of a name, not an actor."""
    return frozenset(fold(r["form"]) for r in load_tsv("speech_frames.tsv") if r["type"] == "institution_head")


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """Load every lexicon once and index it (about 0.3 s)."""
    trie: TokenTrie[Entry] = TokenTrie()
    seen: dict[tuple[str, ...], int] = {}
    by_id: dict[str, Entry] = {}
    for row, entry in zip(load_tsv("actors.tsv"), load_actors()):
        by_id[entry.id] = entry
        for alias in row["aliases"].split("|"):
            _add(trie, seen, alias, entry)
    for p in countries():
        e = _place_entry(p, "countries.tsv")
        by_id[e.id] = e
        for alias in p.aliases:
            _add(trie, seen, alias, e)
    for source, table in (("places.tsv", places()), ("cities.tsv", cities())):
        for p in table:
            e = _place_entry(p, source)
            by_id[e.id] = e
            for alias in p.aliases:
                _add(trie, seen, alias, e)
    for row in load_tsv("agents.tsv"):
        forms = [f for f in row["forms"].split("|") if f]
        e = Entry("AGENT:" + row["id"], row["label"], "agent", row["name_en"], forms[0], "agent", row.get("country") or None, row["sector"] or None, (), "agents.tsv")
        by_id[e.id] = e
        for f in forms:
            _add(trie, seen, f, e)
    nationality: dict[str, Entry] = {}
    for p in nationalities():
        e = _place_entry(p, "nationality")
        by_id[e.id] = e
        for f in p.aliases:
            nationality.setdefault(f, e)
            _add(trie, seen, f, e)
    place_heads = {fold(r["form"]) for r in load_tsv("titles.tsv") if r["kind"] in ("place_head", "area_head", "direction")}
    lineage = lineage_words()
    known_people: dict[tuple[str, str], Entry] = {}
    for row in load_tsv("actors.tsv"):
        if row["type"] == "person":
            for alias in row["aliases"].split("|"):
                key = _person_key(alias, lineage)
                if key[0]:
                    known_people.setdefault(key, by_id[row["id"]])
    person_aliases = {fold(a): by_id[row["id"]] for row in load_tsv("actors.tsv") if row["type"] == "person"
                      for a in row["aliases"].split("|") if len(a.split()) >= 2}
    title_words = {fold(r["form"].split()[0]) for r in load_tsv("titles.tsv") if r["form"].strip() and r["kind"] not in ("place_prefix", "modifier", "district_head")}
    surnames: dict[str, Entry] = {}
    for row in load_tsv("actors_petrarch.tsv"):
        form = row["form"]
        if len(form.split()) < 2:  # single lemmas (جيش، غزة) are too ambiguous without the hand lists …
            if row["country"] and row["sector"].split()[:1] == ["GOV"]:  # … but a leader's, read by the tagger as a person's name, is that leader (بوش)
                surnames.setdefault(fold(form), Entry("PET:" + form, "PER", "name", form, form, "person", row["country"], row["sector"].split()[0], (), "actors_petrarch.tsv"))
            continue
        if fold(form.split()[0]) in place_heads:  # مدينة الحلة, غرب بغداد, منطقة عسير are places: the gazetteer names them
            continue
        sector = row["sector"].split()[0] if row["sector"] else None
        person = row.get("type") == "person"
        kind = row.get("type") if row.get("type") in ("person", "role") else "petrarch"  # a role (رئيس بلدية) is an unnamed person
        e = Entry("PET:" + form, "ORG" if kind == "petrarch" else "PER", "name", form, form, kind, row["country"] or None, sector, (), "actors_petrarch.tsv")
        if person:
            e = known_people.get(_person_key(form, lineage), e)  # عادل بن أحمد الجبير is actors.tsv's عادل الجبير
        elif fold(form.split()[0]) not in title_words:
            e = person_aliases.get(fold(" ".join(form.split()[1:])), e)  # ستيفان دي ميستورا: a given name before a known "دي ميستورا"
        for f in {form, _definite(form)}:
            _add(trie, seen, f, e)
    for row in load_tsv("agents_petrarch.tsv"):
        form = row["form"]
        if len(form.split()) < 2:  # single PETRARCH agent lemmas (اتصال، مقاتل) fire on ordinary nouns
            continue
        e = Entry("AGENT:PET:" + form, "NORP", "agent", form, form, "agent", None, row["sector"] or None, (), "agents_petrarch.tsv")
        _add(trie, seen, form, e)
    titles: TokenTrie[Title] = TokenTrie()
    heads: dict[str, Title] = {}
    for row in load_tsv("titles.tsv"):
        if row["kind"] in ("lineage", "place_prefix", "district_head"):
            continue  # بن inside a name is no title; كفر (نبل) starts a place name; حي (عبد الحي) is read by the entity stage
        t = Title(row["form"], row["kind"], row["type"], row["sector"] or None, row.get("relation") or None)
        titles.add_form(row["form"], t)
        if t.kind == "org_head" and not fold(t.form).startswith("ال"):
            heads[fold(t.form)] = t
    stop = frozenset(fold(r["form"]) for r in load_tsv("stopwords.tsv"))
    given = {name_key(a)[0] for row in load_tsv("actors.tsv") if row["type"] == "person" for a in row["aliases"].split("|") if name_key(a)}
    common = frozenset(fold(r["form"]) for r in load_tsv("common_words.tsv")) - given  # شهيد الله شهيد is a name
    prefixes = frozenset(fold(r["form"]) for r in load_tsv("titles.tsv") if r["kind"] == "place_prefix")
    person_titles = {fold(r["form"]) for r in load_tsv("titles.tsv") if r["kind"] == "person" and " " not in r["form"]}
    first_names = {row["id"]: frozenset(w for a in row["aliases"].split("|") for w in fold(a).split()[:2] if w not in person_titles)
                   for row in load_tsv("actors.tsv") if row["type"] == "person"}
    verbal = {fold(r["form"]): fold(r["preposition"]) for r in load_tsv("verbal_nouns.tsv")}
    verbs = frozenset(f for r in load_tsv("speech_cues.tsv") if r["role"] in ("verb", "continue") and (f := fold(r["form"]))[:1] in ("ي", "ت"))
    return KnowledgeBase(trie, titles, by_id, heads, stop, nationality, common, prefixes, first_names, verbal, verbs, surnames)
