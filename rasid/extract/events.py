"""PLOVER events: lexicon triggers, Arabic argument rules, modality.

Triggers come from ``event_triggers.tsv`` (seeded from CAMEO.ar through
CAMEO2PLOVER, then corrected by hand; see ``rasid/knowledge/build_triggers.py``).
Verb rows are listed by lemma (past, third person masculine) and expanded here
into their inflected forms; noun rows are matched with and without the article;
every token is tried with its proclitics (و ف ب ل س) and pronoun suffixes off.

Arguments follow Arabic word order rather than a parser:

* verbs: the subject is the actor mention right after the verb (VSO), else the
  nearest one before it in the clause (SVO; a plural verb ending -وا/-ون puts
  its subject first).  A relative pronoun between them (X الذي تقوده Y ويشن …)
  hands the subject to its antecedent X.  على يد / من قبل X marks a passive
  agent, and a verb of killing or wounding followed by a count or a victim noun
  is read as passive (قتل ثلاثة جنود: the soldiers are the target); so is one
  with no object (قتل جنديان أمريكيان في …، أن شخصا قتل وأصيب آخر).
* an argument is grown to the head noun phrase the coders mark (relative
  adjectives, the genitive of an indefinite head, a name after a title;
  ثلاثة من X gives X); a source must be actor-like (an entity, an actor
  mention or a people/group head noun), so instruments and adjectives
  (هجوم انتحاري بقنبلة) are not sources.
* nouns: the genitive right after the trigger is the source (هجوم X على Y) or
  the target (مقتل X), as the row's ``next`` column says; a light verb before
  the noun (شن غارات) lends its subject.
* the target is the first actor mention after the trigger (and after an
  apposition of the subject) introduced by one of the row's prepositions, or
  with no preposition when the row allows a direct object (``-``).

Intent (تعهد، مستعدون، يعرض …) governing a following trigger folds both into
one pledged event: AGREE for cooperation (CAMEO 03, *express intent to*),
THREATEN for force (CAMEO 13).  Negators before the trigger (لم، لن، لا، دون)
or a denial verb make it negated; a trigger inside a quote is claimed by the
speaker.  Argument spans (also when no entity is linked) are kept per event in
:func:`event_arguments` for evaluation.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from rasid.document import PLACE_LABELS, Document, Entity, Event, Mention, Quote, Token
from rasid.extract.coref import introduced_with, title_phrase, titled_persons
from rasid.extract.entities import given_name_like_verb, imperfect_verb_form, offset_in_token
from rasid.knowledge.actors import knowledge_base
from rasid.knowledge.lexicon import load_tsv
from rasid.pipeline import register
from rasid.text.normalize import fold, fold_char
from rasid.text.segment import tag_list_start
from rasid.text.tokens import enclitic_splits, proclitic_splits

ACTOR_LABELS = frozenset({"PER", "ORG", "GPE", "NORP"})
STRONG_PUNCT = frozenset(".;:!?؛؟…()[]")
SOFT_PUNCT = frozenset({"،", ",", '"', "«", "»", "“", "”", "-"})
QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”", "'"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"})
FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"})
AID_FAMILY = frozenset({"AID", "AGREE", "SUPPORT", "COOPERATE"})
ANNOUNCING = frozenset({"affirm", "announce", "report"})  # speech_cues.tsv kinds whose verbs take an event noun as object
YIELDING = frozenset({"RETREAT", "CONCEDE"})  # promised, they are concessions
GIVING = frozenset({"AID", "AGREE"})  # aid and pledges of aid share a recipient across sentences
PLACE_PREPS = frozenset({"في", "ب", "الي", "من", "داخل", "قرب"})

VSO_WINDOW = 4  # a subject starts within this many tokens after its verb
BACK_WINDOW = 10  # an SVO subject ends within this many tokens before its verb
FORWARD_WINDOW = 25  # targets, places and counts after the trigger
DENY_WINDOW = 15  # نفى governs a complement clause this long
NEG_WINDOW = 3  # a negator stands within this many tokens before the trigger
INTENT_WINDOW = 12  # an intent cue governs a trigger this close after it
PHRASE_GAP = 4  # words (a subject) allowed inside a verb phrase trigger
LIGHT_WINDOW = 12  # a light verb (شن، نفذ، قام ب) stands this close before its noun
PLACE_BACK_WINDOW = 6  # a place phrase (في X، إلى X) this close before the trigger locates it
APPOSITION_MAX = 25  # a comma-delimited apposition after a subject is skipped up to this length

_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "نا", "تم", "ن")
_IMPF_PREFIXES = ("ي", "ت", "ن", "ا")
_IMPF_SUFFIXES = ("", "ون", "ان", "وا", "ي", "ين", "ن")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the trigger lexicon."""

    words: tuple[str, ...]  # folded; the first is the lemma, the rest must follow it
    pos: str  # verb | noun
    type: str
    mode: str | None
    next: str  # role of the phrase right after the trigger: source | target | none
    preps: frozenset[str]  # folded prepositions that introduce the target
    direct: bool  # a bare object after the trigger can be the target
    flags: frozenset[str]
    row: str  # provenance written to Event.source


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger index by folded first-word form, plus the cue word classes."""

    index: dict[str, tuple[tuple[Trigger, bool, bool], ...]]  # form -> (trigger, is a verb form, first person)
    words: dict[str, frozenset[str]]  # category -> folded words
    light_verbs: frozenset[str]  # inflected forms of light verbs
    undergo_verbs: frozenset[str] = frozenset()  # inflected forms of تعرض ل (the subject is the target)
    sectors: dict[str, str] = field(default_factory=dict)  # folded head noun -> PLOVER sector
    sector_map: dict[str, str] = field(default_factory=dict)  # CAMEO sector -> PLOVER sector (INS -> REB)
    call_verbs: frozenset[str] = frozenset()  # inflected forms of دعا، حث، طالب (a call for a future action)
    survive_verbs: frozenset[str] = frozenset()  # inflected forms of نجا (its subject is the attack's target)
    announce_verbs: frozenset[str] = frozenset()  # speech cues that take an event noun as object (أعلن، أكد، ذكر، أفاد)
    speech_verbs: frozenset[str] = frozenset()  # speech cues that open a clause of their own (قال، أعلنت، ذكرت; not the calls دعا، طالب)
    aspect_verbs: frozenset[str] = frozenset()  # inflected forms of كثف، صعد، واصل: light verbs whose object is the event noun itself
    hit_verbs: frozenset[str] = frozenset()  # inflected forms of أصاب, whose idiom أصاب في مقتل hits a vital spot

    def is_(self, category: str, form: str) -> bool:
        return form in self.words.get(category, frozenset())


@dataclass(slots=True)
class ArgSpan:
    """An argument as a character span, with its entity when one is linked."""

    start: int
    end: int
    entity: str | None = None


@dataclass(slots=True)
class EventArgs:
    source: ArgSpan | None = None
    target: ArgSpan | None = None


@dataclass(slots=True)
class _Hit:
    trigger: Trigger
    first: int  # token index of the first trigger token
    last: int  # token index of the last trigger token
    prefix: str  # folded proclitics on the first token
    first_person: bool = False
    whole: bool = True  # matched without removing a pronoun suffix
    absorbed: bool = False
    inner: "_Hit | None" = None  # the event an intent trigger governs
    pledged: bool = False
    type: str = ""
    mode: str | None = None
    source: ArgSpan | None = None
    target: ArgSpan | None = None
    extra: dict = field(default_factory=dict)


# --- lexicon -----------------------------------------------------------------


def verb_forms(lemma: str) -> dict[str, bool]:
    """Inflected forms of a folded past-tense lemma, each flagged when it is first person.

    Defective verbs (دعا، رمي) lose their last letter before suffixes; the
    imperfect of derived forms drops the initial alef (ارسل → يرسل); a hollow verb's
    alef is و in the imperfect (قام → يقوم، زار → يزور).  First
    person forms (نرسل، أرسلنا) have no subject after them.
    """
    forms: dict[str, bool] = {lemma: False}
    defective = lemma[-1] in "اي" and len(lemma) >= 3
    stem = lemma[:-1] if defective else lemma
    for suf in _PAST_SUFFIXES:
        forms.setdefault(stem + suf if defective and suf else lemma + suf, suf == "نا")
    impf = lemma[1:] if lemma.startswith("ا") and len(lemma) >= 4 else lemma
    if len(lemma) == 3 and lemma[1] == "ا":
        impf = lemma[0] + "و" + lemma[2]  # hollow
    impf_stem = impf[:-1] if defective else impf
    for pre in _IMPF_PREFIXES:
        for suf in _IMPF_SUFFIXES:
            first = pre in "نا" and suf == ""
            if defective:
                forms.setdefault(pre + impf_stem + (suf or "ي"), first)
                forms.setdefault(pre + impf_stem + "و", first)
            else:
                forms.setdefault(pre + impf + suf, first)
    if defective:
        for f in (stem + "ت", stem + "وا", stem + "يا"):
            forms.setdefault(f, False)
        for f in (stem + "ينا", stem + "ونا"):
            forms.setdefault(f, True)
    return {f: p for f, p in forms.items() if len(f) >= 2}


def noun_forms(noun: str) -> set[str]:
    """A noun with its accusative alef, sound plurals and duals."""
    forms = {noun, noun + "ا"}
    if noun.endswith("ه"):
        base = noun[:-1]
        forms.update({base + "ات", base + "تان", base + "تين", base + "ه", base + "تا"})
    else:
        forms.update({noun + "ات", noun + "ان", noun + "ين"})
    return forms


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the trigger and cue-word lexicons once."""
    index: dict[str, list[tuple[Trigger, bool, bool]]] = {}
    for row in load_tsv("event_triggers.tsv"):
        words = tuple(fold(w) for w in row["trigger"].split())
        preps = [fold(p) for p in row["preps"].split()]
        trig = Trigger(
            words=words,
            pos=row["pos"],
            type=row["type"],
            mode=row["mode"] or None,
            next=row["next"] or "source",
            preps=frozenset(p for p in preps if p != "-"),
            direct="-" in preps,
            flags=frozenset(row["flags"].split()),
            row=f"event_triggers:{row['trigger']}:{row['type']}:{row['pos']}",
        )
        is_verb = trig.pos == "verb"
        generated: dict[str, bool] = {}
        if "forms_only" not in trig.flags:
            generated = verb_forms(words[0]) if is_verb else {f: False for f in noun_forms(words[0])}
        for f in row["forms"].split():
            generated.setdefault(fold(f), False)
        for form, first_person in generated.items():
            bucket = index.setdefault(form, [])
            if all(t is not trig for t, _, _ in bucket):
                bucket.append((trig, is_verb, first_person))
    words: dict[str, set[str]] = {}
    for row in load_tsv("event_words.tsv"):
        words.setdefault(row["category"], set()).add(fold(row["word"]))

    def inflected(category: str) -> frozenset[str]:
        """Every generated form of the verb lemmas listed under ``category``."""
        return frozenset(form for lemma in words.get(category, ()) for form in verb_forms(lemma))

    sectors: dict[str, str] = {}
    sector_map: dict[str, str] = {}
    for row in load_tsv("event_sectors.tsv"):
        if row["kind"] == "map":
            sector_map[row["word"]] = row["sector"]
        else:
            sectors[fold(row["word"])] = row["sector"]
    return Lexicon(
        {k: tuple(v) for k, v in index.items()},
        {k: frozenset(v) for k, v in words.items()},
        inflected("light_verb"),
        inflected("undergo_verb"),
        sectors,
        sector_map,
        inflected("call_verb"),
        inflected("survive_verb"),
        frozenset(fold(r["form"]) for r in load_tsv("speech_cues.tsv") if r["role"] == "verb" and r["kind"] in ANNOUNCING),
        frozenset(fold(r["form"]) for r in load_tsv("speech_cues.tsv") if r["role"] == "verb" and r["kind"] != "call"),
        inflected("aspect_verb"),
        inflected("hit_verb"),
    )


def candidates(norm: str) -> list[tuple[str, str, bool]]:
    """Readings of a folded token as ``(stem, proclitics, article_removed)``."""
    out: list[tuple[str, str, bool]] = []
    seen: set[str] = set()
    for skip, stem in proclitic_splits(norm):
        prefix = norm[:skip]
        for s in [stem, *(st for st, _ in enclitic_splits(stem))]:
            if s not in seen:
                seen.add(s)
                out.append((s, prefix, False))
            if s.startswith("ال") and len(s) > 3 and s[2:] not in seen:
                seen.add(s[2:])
                out.append((s[2:], prefix, True))
    return out


# --- the stage ------------------------------------------------------------------


@register("events", requires={"entities"}, provides={"events"})
class EventStage:
    """Code PLOVER events with actors, place, time, count and modality."""

    def __init__(self) -> None:
        self.lex = load_lexicon()

    def __call__(self, doc: Document) -> Document:
        extract_events(doc, self.lex)
        return doc


def event_arguments(doc: Document) -> dict[str, EventArgs]:
    """Source and target spans per event id (spans exist even with no entity linked)."""
    return doc._cache.get("event_arguments", {})


def extract_events(doc: Document, lex: Lexicon | None = None) -> list[Event]:
    """Fill ``doc.events`` (replacing earlier ones) and return them."""
    lex = lex or load_lexicon()
    ctx = _Context(doc, lex)
    events: list[Event] = []
    args: dict[str, EventArgs] = {}
    previous: list[_Hit] = []
    tags = tag_list_start(doc.text)
    for sent_index, (lo, hi) in enumerate(ctx.sentence_ranges()):
        if tags is not None and ctx.tokens[lo].start >= tags:
            continue  # سمات تفجير مسجد داعش: a site's tag list reports no event
        hits = _find_hits(ctx, lo, hi)
        firsts = [h.first for h in hits if "agent" not in h.trigger.flags]  # اعتقلت الشرطة 30 متظاهرا: an agent word does not end the window
        for n, hit in enumerate(hits):
            _assign(ctx, hit, lo, hi, firsts, hits[:n])
            if hit.type == "PROTEST" and hit.source is None and hit.first > lo:
                around = ctx.mention_at.get(hit.first - 1)
                if around is not None and around.kind == "agent" and around.end >= ctx.tokens[hit.last].end:
                    hit.source = ArgSpan(around.start, around.end, around.entity)  # مثيري الشغب: the rioters riot
            if hit.type == "PROTEST" and hit.trigger.pos == "verb" and hit.last - hit.first + 1 == len(hit.trigger.words):
                crowd = _crowd_count(ctx, hit.last + 1, _window_end(hit.last + 1, hi, firsts))
                weak = hit.source is None or not _actor_like(ctx, hit.source) or _town(ctx, hit.source) or _place_phrase(ctx, hit.source)
                counted = crowd is not None and not weak and crowd.start < hit.source.start and crowd.end == hit.source.end and _count_word(ctx, (ctx.token_at(hit.source.start) or 0) - 1)
                elsewhere = crowd is not None and not weak and "agent" in hit.extra and not (crowd.start <= hit.source.start < crowd.end)
                if crowd is not None and (weak or counted or elsewhere):  # an agent word further on is someone else
                    hit.source, hit.extra["crowd"] = crowd, True
                    if hit.target is not None and hit.target.start < crowd.end and crowd.start < hit.target.end:
                        hit.target = None  # تظاهر 60 شاباً: the accusative counts the crowd, it is no object
            if "host" in hit.trigger.flags:
                hit.source, hit.target = hit.target, hit.source  # استقبل الملك الرئيس: the visitor acts, the host receives
            if hit.extra.get("people_behind_lam") or hit.extra.get("crowd"):
                pass  # إضراب للطيارين: kept past the checks below, which read ل as "for" and want a known actor
            elif hit.source is not None and not _actor_like(ctx, hit.source) and not _speakers_own(ctx, hit):
                hit.source = None  # هجوم بقنبلة يدوية، تم خطفهما: an instrument or a stray word is no actor
            elif hit.source is not None and hit.type == "PROTEST" and _place_headed(ctx, hit.source):
                hit.source = None  # عمت المظاهرات المدن العراقية: the cities are where, not who
            elif hit.source is not None and hit.type in ("ASSAULT", "PROTEST") and _town(ctx, hit.source):
                if hit.type == "ASSAULT" and hit.target is None and ctx.token_at(hit.source.start) == hit.last + 1:
                    hit.target = hit.source  # المروحي يستهدف درعا: a town right after the verb is hit
                hit.source = None  # a town neither attacks nor protests (a country may: قصفت تركيا)
            elif hit.source is not None and _behind_lam(ctx, hit.source):
                hit.source = None  # دعم للمقاومة، الغارات لمساندة المقاومة: a ل phrase names whom it is for, never who acts
        hits = [h for h in hits if not ("needs_source" in h.trigger.flags and h.source is None) and not _stative_control(ctx, h, lo)]
        for hit in hits:
            blamed = _blamed(ctx, hit, hi) if hit.type == "ASSAULT" and hit.trigger.pos == "noun" else None
            if blamed is not None:
                hit.source = blamed  # ألقيت مسؤولية الهجوم على حزب العمال: the party blamed is the attacker
                if hit.target is not None and (hit.target.start, hit.target.end) == (blamed.start, blamed.end):
                    hit.target = None
            if hit.type == "ASSAULT" and hit.source is None and hit.trigger.pos == "noun":
                hit.source = _claimant(ctx, hit, lo) or _attributed(ctx, hit, hi)
                if hit.source is not None and hit.target is not None and (hit.target.start, hit.target.end) == (hit.source.start, hit.source.end):
                    hit.target = None  # تفجيرين يحملان بصمات بوكو حرام: who bears the blame was not hit
        for hit in hits:
            if hit.type == "ASSAULT" and hit.source is None and not CASUALTY_FLAGS & hit.trigger.flags:
                hit.source = _weapon_owner(ctx, hit, hi)  # تفجير دبابة بقذيفة أطلقها مقاتلو المقاومة
        _anaphoric_source(ctx, hits)
        _share_coordinated_target(ctx, hits)
        _link_results(ctx, hits)
        fought: ArgSpan | None = None  # the side the toll after this one, joined to it by و, was fought by
        for hit, after in reversed(list(zip(hits, hits[1:] + [None]))):
            if hit.type == "ASSAULT" and hit.source is None and CASUALTY_FLAGS & hit.trigger.flags:
                own = _fought_with(ctx, hit, hi)
                shared = fought if after is not None and ctx.tokens[after.first].norm.startswith("و") else None
                hit.source = own or shared or _weapon_owner(ctx, hit, hi)  # قتل 25 جنديا … وأصيب 35 آخرون جراء الاشتباكات مع X
                fought = own or shared
            else:
                fought = None
        _event_subject_source(hits)
        for hit in hits:
            if hit.type == "ASSAULT" and (hit.target is None or not _actor_like(ctx, hit.target)):
                hit.target = _survivor(ctx, hit, lo) or _owner_of_place(ctx, hit.target) or _passing(ctx, hit, lo, hi) or hit.target
        hits = _drop_agent_objects(hits)
        for hit in hits:
            if hit.type == "PROTEST":
                hit.target = _protest_addressee(ctx, hit, lo, hi)
        _purpose_target(ctx, hits)
        for hit in hits:
            if hit.source is not None and _abstract(ctx, hit.source):
                hit.source = None
            if hit.target is not None and _abstract(ctx, hit.target):
                hit.target = None  # يستهدف دين الأمة، ليفجر في بيت من بيوت الله: God, a faith or a homeland is no party
            hit.source, hit.target = _with_apposed_title(ctx, hit.source, lo), _with_apposed_title(ctx, hit.target, lo)
            if hit.source is None and hit.target is not None and ctx.is_("clash_noun", hit.last):
                hit.source, hit.target = _sides(ctx, hit.target) or (None, hit.target)  # اشتباكات بين المعارضة وجيش النظام
            if hit.source is not None and hit.target is not None and (hit.source.start, hit.source.end) == (hit.target.start, hit.target.end):
                hit.source = None  # الأشخاص الذين أعدمهم: one phrase found twice is the victim the pronoun resumes
            for ev_hit in _expand_reciprocal(ctx, hit, lo):
                _inherit_target(ctx, ev_hit, previous)
                ev = _make_event(ctx, ev_hit, sent_index, lo, hi, len(events) + 1)
                events.append(ev)
                args[ev.id] = EventArgs(ev_hit.source, ev_hit.target)
                previous.append(ev_hit)
    _claimed_in_next_sentence(ctx, events, previous, args)
    mark_repeats(doc, events)
    doc.events = events
    doc._cache["event_arguments"] = args
    score_events(doc)
    return events


PREP_WINDOW = 6  # tokens after a needs_prep trigger in which its preposition must appear
REPEAT_WORDS = 5  # a repeated passage (a headline as the first body line) is at least this long


def mark_repeats(doc: Document, events: list[Event]) -> None:
    """Point an event at its first report when its sentence repeats an earlier one (``repeat_of``).

    News text often repeats the headline as the opening of the first paragraph: the same event is then
    coded twice, and a count of events must not double it. Both keep their evidence."""
    words: dict[int, list[str]] = {}

    def sentence_words(i: int) -> list[str]:
        if i not in words:
            s = doc.sentences[i]
            words[i] = re.findall(r"\w+", fold(doc.text[s.start : s.end]))
        return words[i]

    first: dict[tuple[str, str, str | None, str | None, str], Event] = {}
    for ev in events:
        key = (ev.type, fold(doc.text[ev.start : ev.end]), ev.source_actor, ev.target_actor, ev.modality)
        earlier = first.get(key)
        if earlier is not None and earlier.sentence != ev.sentence and doc.sentences:
            a, b = sentence_words(earlier.sentence), sentence_words(ev.sentence)
            n = min(len(a), len(b))
            if n >= REPEAT_WORDS and a[:n] == b[:n]:
                ev.repeat_of = earlier.id
                continue
        first.setdefault(key, ev)


class _Context:
    """Per-document indexes: token positions, mention starts and ends, quotes."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.tokens: list[Token] = doc.tokens
        self.starts = doc.token_starts()
        self.cands = [candidates(t.norm) if t.kind == "word" else [(t.norm, "", False)] for t in self.tokens]
        self.forms = [frozenset(c[0] for c in cs) | {t.norm} for cs, t in zip(self.cands, self.tokens)]
        self.mention_at: dict[int, Mention] = {}  # first token index -> longest mention
        self.mention_end: dict[int, Mention] = {}  # last token index -> longest mention
        self.in_org_name: set[int] = set()  # tokens after the first of an organisation or facility name
        self.in_mention: set[int] = set()  # tokens that start inside a mention
        for m in doc.mentions:
            first = self.token_at(m.start)
            last = self.token_at(m.end - 1)
            if first is None or last is None:
                continue
            if m.kind == "name" and m.label in ("ORG", "FAC"):
                self.in_org_name.update(range(first + 1, last + 1))
            self.in_mention.update(t for t in range(first, last + 1) if m.start <= self.tokens[t].start)
            for store, key in ((self.mention_at, first), (self.mention_end, last)):
                old = store.get(key)
                if old is None or (old.end - old.start) < (m.end - m.start):
                    store[key] = m
        self.entities = {e.id: e for e in doc.entities}
        self.times = sorted(doc.times, key=lambda t: t.start)
        self.time_starts = [t.start for t in self.times]
        self.quantities = sorted(doc.quantities, key=lambda q: q.start)
        self.quantity_starts = [q.start for q in self.quantities]
        self.quotes: list[Quote] = sorted(doc.quotes, key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        sport = lex.words.get("sport", frozenset())
        self.sport_article = sum(1 for f in self.forms if f & sport) >= SPORT_DOC_MIN  # a sports report
        self._titled_persons: list | None = None  # persons introduced by a title phrase, computed on demand
        self._accident_article: bool | None = None  # an article that names an accident_cause, computed on demand
        self._festival_article: bool | None = None  # a report on a festival, computed on demand

    def accident_article(self) -> bool:
        """Does the article name an ``accident_cause`` anywhere (حادث مروري، زلزال)?"""
        if self._accident_article is None:
            n = len(self.tokens)
            self._accident_article = any(_cue_at(self, "accident_cause", j, n) for j in range(n))
        return self._accident_article

    def festival_article(self) -> bool:
        """Does the article have FESTIVAL_DOC_MIN ``festival_noun`` words (مهرجان، فيلم، سينما)?"""
        if self._festival_article is None:
            festival = self.lex.words.get("festival_noun", frozenset())
            self._festival_article = sum(1 for f in self.forms if f & festival) >= FESTIVAL_DOC_MIN
        return self._festival_article

    def sentence_ranges(self) -> Iterable[tuple[int, int]]:
        """Token index ranges of the sentences (tokens carry their sentence index)."""
        if not self.tokens:
            return []
        out: list[tuple[int, int]] = []
        lo = 0
        for i in range(1, len(self.tokens) + 1):
            if i == len(self.tokens) or self.tokens[i].sentence != self.tokens[lo].sentence:
                out.append((lo, i))
                lo = i
        return out

    def token_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0 or offset >= self.tokens[i].end:
            return None
        return i

    def is_(self, category: str, i: int) -> bool:
        words = self.lex.words.get(category, frozenset())
        return any(f in words for f in self.forms[i])

    def punct(self, i: int) -> str:
        t = self.tokens[i]
        return t.norm if t.kind in ("punct", "symbol") else ""

    def strong(self, i: int) -> bool:
        """A clause boundary; the brackets of a time expression (ديسمبر (كانون الأول) 2005) are none."""
        return bool(self.punct(i)) and self.punct(i) in STRONG_PUNCT and not self.in_time(i)

    def in_time(self, i: int) -> bool:
        """Whether token ``i`` lies inside a time expression found by the times stage."""
        start = self.tokens[i].start
        k = bisect.bisect_right(self.time_starts, start) - 1
        return k >= 0 and self.times[k].start <= start < self.times[k].end

    def approximator(self, i: int) -> bool:
        """Token ``i`` is a word of a count's hedge (نحو، ما لا يقل عن، ما بين) before its number."""
        t = self.tokens[i]
        k = bisect.bisect_right(self.quantity_starts, t.start) - 1
        if k < 0 or t.kind != "word" or self.is_("numeral", i):
            return False
        q = self.quantities[k]
        return q.start <= t.start < q.end and (q.unit_start is None or t.start < q.unit_start)

    def quote_of(self, offset: int) -> Quote | None:
        """The quote around ``offset`` (the last one starting before it, or the one before that when nested)."""
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        for q in self.quotes[max(i - 1, 0) : i + 1][::-1]:
            if q.start <= offset < q.end:
                return q
        return None

    def is_title(self, i: int) -> bool:
        """A head noun that names a role (رئيس، سفير، البلدية after رئيس): a name after it is in apposition."""
        return self.tokens[i].kind == "word" and (any(stem in self.lex.sectors for stem, _, _ in self.cands[i]) or self.is_("actor_noun", i) or self.is_("title", i))

    def titled(self, j: int) -> tuple[int, str | None, str | None, int] | None:
        """A person's title phrase at token ``j`` (الرئيس، بنظيره الأمريكي، الرئيس الأمريكي السابق): the index of the
        token after it, the entity of the one person the article introduced before with that title (None if not
        one), the country of its nationality adjective and the offset where the title starts after its clitics."""
        tok = self.tokens[j]
        if tok.kind != "word":
            return None
        kb = knowledge_base()
        phrase = title_phrase(self.tokens, j, kb)
        title = kb.title_at(self.tokens, j, "person", "role")
        if phrase is None or title is None:
            return None
        if self._titled_persons is None:
            self._titled_persons = titled_persons(self.doc, kb)
        person = introduced_with(self._titled_persons, phrase[0], tok.start)
        return phrase[1], person, phrase[0][1], offset_in_token(tok, self.doc, title.skip)

    def entity(self, m: Mention) -> Entity | None:
        return self.entities.get(m.entity) if m.entity else None

    def actor(self, m: Mention) -> bool:
        return m.label in ACTOR_LABELS or m.kind == "agent"

    def token_span(self, first: int, last: int) -> ArgSpan:
        return ArgSpan(self.tokens[first].start, self.tokens[last].end)


def _find_hits(ctx: _Context, lo: int, hi: int) -> list[_Hit]:
    """Trigger matches in one sentence, longest first, then intent and purpose folding."""
    hits: list[_Hit] = []
    i = lo
    while i < hi:
        best: _Hit | None = None
        if ctx.tokens[i].kind == "word" and not ctx.is_("not_trigger", i):
            for stem, prefix, no_article in ctx.cands[i]:
                for trig, is_verb, first_person in ctx.lex.index.get(stem, ()):
                    if is_verb and (no_article or prefix.strip("وف")[:1] in ("ب", "ك")):
                        continue  # verbs take no article and no ب/ك (وبحث is not و+ب+حث)
                    if is_verb and not _spelled_as_verb(ctx, i, lo, prefix, stem):
                        continue
                    if len(stem) <= 2 and prefix:
                        continue
                    rest = ctx.tokens[i].norm[len(prefix) :]
                    if is_verb and rest == stem + "ي" or not is_verb and rest == "ال" + stem + "ي" and not _alef_maqsura_end(ctx, i):
                        continue  # a verb takes ني, never ي: وزارتي is "my ministry", not و + زارت + ي; الاجتماعي is "social"
                    if is_verb and stem in ctx.lex.undergo_verbs and _lam_phrase_follows(ctx, i, hi):
                        continue  # تعرضها لقنبلة، تعرضت قريتان في الريف لقصف: "was exposed to", not عرض "offered"
                    if len(stem) <= 3 and prefix and stem != ctx.tokens[i].norm[len(prefix) :]:
                        continue  # a short stem with clitics on both sides is too often a chance match (فائدة)
                    last = _rest_of_phrase(ctx, trig, i, hi)
                    if last is None:
                        continue
                    norm = ctx.tokens[i].norm
                    whole = norm in (prefix + stem, prefix + "ال" + stem, prefix + "ل" + stem)
                    cand = _Hit(trig, i, last, prefix, first_person=first_person and is_verb, whole=whole, type=trig.type, mode=trig.mode)
                    if best is None or _better(ctx, cand, best, no_article):
                        best = cand
        if best is not None and ctx.in_time(best.first):
            best = None  # فجر أمس (at dawn yesterday) is a time, not فجر (blew up)
        if best is not None and _allowed(ctx, best, lo, hi):
            if "cyber_sense" in best.trigger.flags and _word_after(ctx, best, hi, "cyber", CYBER_WINDOW):
                best.type, best.mode = "COERCE", "cyber"  # هجوم إلكتروني، هجمات القراصنة: PLOVER COERCE cyber, no violence
            elif "verbal_sense" in best.trigger.flags and _word_after(ctx, best, hi, "verbal", VERBAL_WINDOW):
                best.type, best.mode = "ACCUSE", "disapprove"  # شن هجوما حادا على الوزير: criticism, no violence
            hits.append(best)
            i = best.last + 1
        elif best is not None and best.last - best.first + 1 == len(best.trigger.words) and "not_carried_out" not in best.trigger.flags:
            i = best.last + 1  # انتهاك وقف إطلاق النار: a phrase that reports nothing hides the words inside it
        else:
            i += 1
    if not any(h.type == "ASSAULT" and "sport_sense" not in h.trigger.flags for h in hits):
        hits = [h for h in hits if not _sport_sense(ctx, h, lo, hi)]  # هجمة مرتدة، إصابة اللاعب: a play or a player's injury
    if _accident_cause(ctx, hits, lo, hi):
        hits = [h for h in hits if "casualty" not in h.trigger.flags]  # أصيب خمسة في حادث مروري: an accident
    hits = _merge_objects(ctx, hits)
    _fold_intent(ctx, hits, lo, hi)
    hits = [h for h in hits if "needs_prep" not in h.trigger.flags or h.inner is not None or _prep_follows(ctx, h, hi)]
    hits = [h for h in hits if "needs_aim" not in h.trigger.flags or _aimed(ctx, h, hi)]
    return _agents(ctx, [h for h in hits if not h.absorbed])


def _bare_vital_spot(ctx: _Context, i: int, hi: int) -> bool:
    """Token ``i`` is مقتل right after في with no genitive after it (a pause, the end, or a clause opened by ف)."""
    if not ctx.is_("vital_spot", i) or i == 0 or ctx.tokens[i - 1].norm != "في":
        return False
    return i + 1 >= hi or ctx.punct(i + 1) != "" or ctx.tokens[i + 1].norm.startswith("ف")


VITAL_SPOT_WINDOW = 5  # words from أصاب to the في مقتل of its idiom (أصابت أعداء الأمة في مقتل)


def _in_vital_spot(ctx: _Context, hit: _Hit, lo: int, hi: int) -> bool:
    """The idiom أصاب X في مقتل: the bare toll noun itself, or the verb whose phrase it closes."""
    if hit.first == hit.last and _bare_vital_spot(ctx, hit.first, hi):
        return True
    if hit.trigger.pos != "verb" or not _verb_of(ctx, hit.first, ctx.lex.hit_verbs):
        return False
    return any(_bare_vital_spot(ctx, j, hi) for j in range(hit.last + 2, min(hi, hit.last + 2 + VITAL_SPOT_WINDOW)))


PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن", "نا", "كم")


def _pronoun_without_ta(ctx: _Context, hit: _Hit) -> bool:
    """The word is the trigger's stem without its final ة, with a pronoun suffix: ة turns to ت before one, so the
    word is another noun (مظاهرها "its manifestations", not مظاهرتها "her demonstration")."""
    base = hit.trigger.words[0][:-1]
    bare = ctx.tokens[hit.first].norm[len(hit.prefix) :]
    return hit.trigger.words[0].endswith("ه") and bare.startswith(base) and bare[len(base) :] in PRONOUN_SUFFIXES


def _pronoun_conjunct(ctx: _Context, j: int) -> bool:
    """Token ``j`` is a noun joined by و and written with the pronoun ه (وأساليبه، وأشكاله)."""
    tok = ctx.tokens[j]
    return tok.kind == "word" and tok.norm.startswith("و") and len(tok.norm) > 4 and ctx.doc.text[tok.end - 1] == "ه" and not _is_trigger(ctx, j)


def _spelled_as_verb(ctx: _Context, i: int, lo: int, prefix: str, stem: str) -> bool:
    """May token ``i``, read as ``prefix`` + ``stem``, be a verb?  Folding hides what its spelling and its place say:
    a verb takes no ة (طالبة is a student; سيطرة is the verbal noun of its own row), a count or a determiner takes a
    noun (17 طالبا، أي دعم; but العناصر ال54 خطفوا: a plural verb has the count as its subject), and ئ is no ي
    (بائع is a seller, not بايع "pledged allegiance"; وسائد are cushions, not و + س + أيد), and a manner adjective
    describes a noun (وقصف عنيف is "and heavy shelling")."""
    if ctx.doc.text[ctx.tokens[i].end - 1] == "ة" and not _noun_stem(ctx, stem + "ه"):
        return False
    if not prefix and i > lo and _counted(ctx, i - 1) and not _plural_verb(ctx, i):
        return False
    if i + 1 < len(ctx.tokens) and ctx.is_("manner_adjective", i + 1):
        return False  # وقصف عنيف ومتبادل: a manner adjective follows a noun
    return not _hamza_on_ya(ctx, i, prefix, stem)


def _hamza_on_ya(ctx: _Context, i: int, prefix: str, stem: str) -> bool:
    """Does token ``i`` write ئ where the folded ``stem`` after ``prefix`` has ي?  Folding merges the two, the
    spelling does not (بائع "seller" against بايع "pledged allegiance")."""
    raw = ctx.doc.text[ctx.tokens[i].start : ctx.tokens[i].end]
    if "ئ" not in raw:
        return False
    pairs = [(f, c) for c in raw for f in (fold_char(c),) if f]
    if any(len(f) != 1 for f, _ in pairs):
        return False
    folded = "".join(f for f, _ in pairs)
    k = folded.find(stem, len(prefix))
    return k >= 0 and any(ch == "ي" and pairs[k + n][1] == "ئ" for n, ch in enumerate(stem))


def _counted(ctx: _Context, j: int) -> bool:
    """Is token ``j`` a count (a number outside a date) or a ``determiner`` (كل، أي)?  The word after it is a noun."""
    return ctx.tokens[j].kind == "number" and not ctx.in_time(j) or ctx.is_("determiner", j)


def _noun_stem(ctx: _Context, stem: str) -> bool:
    """Is ``stem`` the first word of a noun trigger row (سيطره of سيطرة على)?"""
    return any(not is_verb for _, is_verb, _ in ctx.lex.index.get(stem, ()))


def _word_after(ctx: _Context, hit: _Hit, hi: int, category: str, window: int) -> bool:
    """Is one of the ``window`` words right after the trigger, in its sentence, of the cue ``category``?"""
    return any(ctx.is_(category, j) for j in range(hit.last + 1, min(hi, hit.last + 1 + window)))


# A row flag, the cue class that shows the other sense of the word, and how many words after the trigger it may stand.
OTHER_SENSES = {
    "need_sense": ("need_cue", 1),  # يحتجن إلى: احتاج "need" shares forms with احتج "protest"
    "hold_sense": ("hold_cue", 3),  # واعتصمنا بحبل الله، اعتصام أفراده بحبل الله: "hold fast to"
    "pretend_sense": ("pretend_cue", 4),  # يتظاهر المسؤولون بأن: "pretend that"
    "festival_sense": ("festival_adjective", 2),  # تظاهرة ثقافية، التظاهرة القرآنية: a festival
    "celebration_sense": ("celebration_cue", 10),  # خرجت الجماهير إلى الشوارع احتفالا بفوز فريقهم: a celebration
    "reveal_sense": ("revelation_noun", 6),  # وفجّر محامي الضحايا عبد المحسن القطان مفاجأة: dropped a bombshell
}
AILMENT_WINDOW = 4  # إصابة ثلاثة أشخاص بمرض: the illness follows the victims this closely
PLANT_WINDOW = 3  # أصيب 300 دونم، إصابة المحاصيل: what an injury trigger hit follows it this closely
SPORT_DOC_MIN = 3  # an article with this many sport words is a sports report
FESTIVAL_DOC_MIN = 4  # an article with this many festival or film words reports on a festival
CYBER_WINDOW = 2  # هجمات الفضاء الإلكتروني: the cyber word follows the attack noun this closely
VERBAL_WINDOW = 2  # هجوم شديد اللهجة، هاجمه بحدة: the word of tone follows the attack this closely


def _ailment_after(ctx: _Context, hit: _Hit, hi: int) -> bool:
    """A ب phrase naming an illness (بفيروس، بأزمة قلبية، بلدغة عقرب، بضربات الشمس) within AILMENT_WINDOW words
    after the trigger; an ``ailment`` row of two words (ضربة شمس) is matched as a phrase."""
    for j in range(hit.last + 1, min(hi, hit.last + 1 + AILMENT_WINDOW)):
        if ctx.strong(j):
            return False
        if not ctx.tokens[j].norm.lstrip("وف").startswith("ب"):
            continue
        if _cue_at(ctx, "ailment", j, hi) or ctx.is_("demonstrative", j) and j + 1 < hi and _cue_at(ctx, "ailment", j + 1, hi):
            return True  # … or بهذا المرض
        k = j + 1
        while ctx.tokens[j].norm == "ب" and k < hi and ctx.punct(k) in ('"', "«", "“"):
            k += 1  # بـ "كورونا": the preposition written apart, the name quoted
        if ctx.tokens[j].norm == "ب" and k < hi and _cue_at(ctx, "ailment", k, hi):
            return True
    return False


def _animal_attacker(ctx: _Context, hit: _Hit, hi: int) -> bool:
    """An ``animal`` right after the attack word, or after من right after it, attacked."""
    j = hit.last + 1
    if j + 1 < hi and ctx.tokens[j].norm == "من":
        j += 1
    return j < hi and ctx.is_("animal", j)


def _cue_at(ctx: _Context, category: str, j: int, hi: int) -> bool:
    """Does a cue of ``category`` start at token ``j``: one word, or a two-word row (ضربة شمس، حادث مروري)?"""
    if ctx.is_(category, j):
        return True
    words = ctx.lex.words.get(category, frozenset())
    return j + 1 < hi and any(f"{a} {b}" in words for a in ctx.forms[j] for b in ctx.forms[j + 1])


def _accident_cause(ctx: _Context, hits: list[_Hit], lo: int, hi: int) -> bool:
    """Casualties only (``casualty`` rows, no other attack trigger) in a sentence that names an ``accident_cause``
    (حادث مروري، صاعقة، زلزال، غرقا، حريق), or an ``accident_noun`` (الحادث) in an article that names one: the dead and
    wounded of an accident or a disaster, not of an attack."""
    if not any("casualty" in h.trigger.flags for h in hits):
        return False
    if any(h.type == "ASSAULT" and "casualty" not in h.trigger.flags for h in hits):
        return False
    if any(_cue_at(ctx, "accident_cause", j, hi) for j in range(lo, hi)):
        return True
    return any(ctx.is_("accident_noun", j) for j in range(lo, hi)) and ctx.accident_article()


def _plant_hit(ctx: _Context, hit: _Hit, hi: int) -> bool:
    """A ``plant`` word (المحاصيل، دونم) within PLANT_WINDOW words after an ``injury`` trigger: a blight or a pest
    hit crops or land (أصيب 300 دونم، إصابة المحاصيل بالآفة), no one was wounded."""
    for j in range(hit.last + 1, min(hi, hit.last + 1 + PLANT_WINDOW)):
        if ctx.strong(j):
            return False
        if ctx.is_("plant", j):
            return True
    return False


def _sport_sense(ctx: _Context, hit: _Hit, lo: int, hi: int) -> bool:
    """A ``sport_sense`` trigger in a sports report (a ``sport`` word in its sentence, or SPORT_DOC_MIN in the
    article) is a play or a player's injury: هجمة مرتدة، تعرض اللاعب لإصابة، غاب للإصابة.  The caller keeps it when
    another attack trigger stands in the sentence (قاموا بالاعتداء على الشرطة وإصابة شرطيين at a match)."""
    return "sport_sense" in hit.trigger.flags and (ctx.sport_article or any(ctx.is_("sport", j) for j in range(lo, hi)))


def _hazard_subject(ctx: _Context, hit: _Hit, lo: int, hi: int) -> bool:
    """A ``hazard`` (النيران، الحريق، الحادث) as the subject of an attack verb, right after it or as the antecedent
    of a relative right before it, is a fire or an accident, not an attack: أحرقت النيران المنازل، النار التي أحرقت."""
    if hit.type != "ASSAULT" or hit.trigger.pos != "verb" or "fire_object" in hit.trigger.flags:
        return False  # أضرموا النار، أضرمت النيران في المنزل: the fire is what is set
    if hit.last + 1 < hi and ctx.is_("hazard", hit.last + 1):
        return True
    if hit.first - 1 >= lo and ctx.is_("ailment", hit.first - 1) and "injury" in hit.trigger.flags:
        return True  # مرض يصيب الأغشية، الفيروس يصيب الرئتين: an illness strikes
    k = hit.first - 2  # النار التي أحرقت; not إطلاق النار التي قتل خلالها, whose fire is a trigger's object
    return k >= lo and ctx.is_("relative", k + 1) and ctx.is_("hazard", k) and not (k - 1 >= lo and _is_trigger(ctx, k - 1))


def _stative_control(ctx: _Context, hit: _Hit, lo: int) -> bool:
    """المناطق التي يسيطر عليها التنظيم: an imperfect verb in a relative clause whose preposition takes up the place
    describes who holds it, not a seizure (التي سيطر عليها أمس may report one)."""
    if hit.mode != "seize" or hit.trigger.pos != "verb" or hit.first <= lo or not ctx.is_("relative", hit.first - 1):
        return False
    if ctx.tokens[hit.first].norm.lstrip("وف")[:1] not in "يت":
        return False
    return any(ctx.tokens[j].norm.startswith("علي") and ctx.tokens[j].norm != "علي" for j in range(hit.first, min(len(ctx.tokens), hit.last + 2)))


def _place_at(ctx: _Context, j: int) -> bool:
    m = ctx.mention_at.get(j)
    return m is not None and m.label in PLACE_LABELS


MERGE_WINDOW = 4  # أرسلت السعودية مساعدات: the object follows its verb (and the subject) this closely


def _merge_objects(ctx: _Context, hits: list[_Hit]) -> list[_Hit]:
    """A ``merge_after`` noun shortly after a trigger of its own type is that trigger's object (إرسال مساعدات
    إنسانية، أرسلت السعودية مساعدات: one event, whose mode the object may give)."""
    kept: list[_Hit] = []
    for hit in hits:
        prev = kept[-1] if kept else None
        close = prev is not None and hit.first - prev.last <= MERGE_WINDOW and not any(ctx.strong(j) or ctx.punct(j) for j in range(prev.last + 1, hit.first))
        if close and "merge_after" in hit.trigger.flags and prev.type == hit.type:
            prev.mode = prev.mode or hit.mode
            continue
        kept.append(hit)
    return kept


NOT_LAM_PHRASE = frozenset({"لا", "لم", "لن", "لكن", "لدي", "لقد"})  # particles, not ل + a noun
UNDERGO_WINDOW = 7  # تعرض ما بين 20 و25 شخصا لإصابات: the ل phrase follows تعرض this closely


def _lam_phrase_follows(ctx: _Context, i: int, hi: int) -> bool:
    """A ل (or إلى) phrase within UNDERGO_WINDOW words after token ``i``: تعرض … لـ is undergoing, never offering."""
    for j in range(i + 1, min(hi, i + 1 + UNDERGO_WINDOW)):
        if ctx.strong(j):
            return False
        if (ctx.tokens[j].norm.startswith("ل") and ctx.tokens[j].norm not in NOT_LAM_PHRASE) or ctx.tokens[j].norm == "الي":
            return True  # تعرض لهجوم، تعرض صحافيون إلى هجمات
    return False


def _prep_follows(ctx: _Context, hit: _Hit, hi: int) -> bool:
    """Does one of the trigger's prepositions follow within :data:`PREP_WINDOW` tokens?

    A ``needs_prep`` row (عرض) is an offer when it governs another event (يعرض التحكيم) or names whom it is
    offered to (عرض على الحكومة خطة): a separate preposition must open an actor; otherwise it is a show or a
    display (عرض معرض الصور، عرض على الشاشة)."""
    for j in range(hit.last + 1, min(hi, hit.last + 1 + PREP_WINDOW)):
        if ctx.strong(j):
            return False
        if any(prefix.strip("وف")[:1] in hit.trigger.preps for _, prefix, _ in ctx.cands[j]):
            return True  # هدد بالانسحاب: a clitic preposition opens what is threatened or offered
        if any(c in hit.trigger.preps for c, _, _ in ctx.cands[j]):
            m = ctx.mention_at.get(j + 1)
            return m is not None and ctx.actor(m)  # عرض على الحكومة: offered to someone; عرض على الشاشة: shown
    return False


def _aimed(ctx: _Context, hit: _Hit, hi: int) -> bool:
    """A ``needs_aim`` row (أطلق صواريخ) is an attack only when one of its prepositions (على، باتجاه، نحو، صوب)
    follows within :data:`PREP_WINDOW` words: أطلقت الطائرات خمسة صواريخ على الموقع; أطلقت كوريا صاروخا باليستيا في
    تجربة is a launch.  Unlike :func:`_prep_follows`, what follows need not be an actor (a position, a town)."""
    for j in range(hit.last + 1, min(hi, hit.last + 1 + PREP_WINDOW)):
        if ctx.strong(j):
            return False
        if any(c in hit.trigger.preps for c, _, _ in ctx.cands[j]):
            return True
    return False


def _agents(ctx: _Context, hits: list[_Hit]) -> list[_Hit]:
    """Protest agents (المتظاهرون): the source of a protest event, or the event itself when none is named.

    Protesters who act (نزل المتظاهرون الى الشوارع، هتف المتظاهرون) report a
    protest even when the verb is not a protest verb; protesters who are
    acted upon (اعتدى على المتظاهرين) do not.
    """
    agents = [h for h in hits if "agent" in h.trigger.flags]
    if not agents:
        return hits
    rest = [h for h in hits if "agent" not in h.trigger.flags]
    acting = [a for a in agents if not _acted_upon(ctx, a.first)]
    if any(h.trigger.type == "PROTEST" for h in rest):
        for h in rest:
            if h.trigger.type == "PROTEST":
                if acting:  # دعا الاتحاد إلى الإضراب دعما للمتظاهرين: protesters it is for are not who strikes
                    h.extra["agent"] = acting[0]
        return rest
    return sorted(rest + acting[:1], key=lambda h: h.first)


def _acted_upon(ctx: _Context, i: int) -> bool:
    """The word is governed by a preposition of opposition or a clitic preposition (على المتظاهرين، للمتظاهرين)."""
    tok = ctx.tokens[i]
    if tok.prefix.strip("وف") or tok.norm.startswith(("ل", "ب")):
        return True
    return i > 0 and ctx.tokens[i - 1].norm in ("علي", "ضد", "الي", "بين", "صفوف")


def _alef_maqsura_end(ctx: _Context, i: int) -> bool:
    """Is token ``i`` written with a final ى, which folding makes ي (القتلى is a plural, not قتل + "my")?"""
    return unicodedata.normalize("NFKC", ctx.doc.text[ctx.tokens[i].end - 1]) == "ى"


def _rest_of_phrase(ctx: _Context, trig: Trigger, i: int, hi: int) -> int | None:
    """Index of the last word of a fixed phrase starting at ``i``, or None.

    A verb phrase may have its subject inside (ألقت قوات الأمن القبض): up to
    PHRASE_GAP words may stand before the second word.
    """
    last = i
    for n, word in enumerate(trig.words[1:]):
        gap = PHRASE_GAP if trig.pos == "verb" and n == 0 else 0
        agreeing = _adjective_forms(word) if trig.pos == "noun" else _object_forms(word)
        for j in range(last + 1, min(hi, last + 2 + gap)):
            if agreeing & ctx.forms[j]:
                last = j
                break
            if ctx.strong(j):
                return None
        else:
            return None
    return last


@lru_cache(maxsize=256)
def _object_forms(word: str) -> frozenset[str]:
    """A later word of a verb phrase trigger: an indefinite object noun also in the accusative, dual or plural
    (أطلقت صاروخين، أطلقوا صاروخا); a definite word or a particle only as written."""
    return frozenset(noun_forms(word) if len(word) > 3 and not word.startswith("ال") else (word,))


@lru_cache(maxsize=256)
def _adjective_forms(word: str) -> frozenset[str]:
    """A later word of a noun phrase trigger as it agrees with the noun: accusative, dual, plural and, for a
    relative adjective, feminine (اتصالا هاتفيا، اتصالات هاتفية، ضربتين جويتين)."""
    return frozenset(noun_forms(word) | ({word + "ه"} if word.endswith("ي") else set()))


def _better(ctx: _Context, cand: _Hit, best: _Hit, no_article: bool) -> bool:
    """Prefer longer triggers; between a verb and a noun reading, context decides."""
    if len(cand.trigger.words) != len(best.trigger.words):
        return len(cand.trigger.words) > len(best.trigger.words)
    if cand.last != best.last:
        return cand.last < best.last  # رفع كافة العقوبات … والحظر: the phrase that closes first
    if cand.whole != best.whole:
        return cand.whole
    if cand.trigger.pos == best.trigger.pos:
        return False
    if cand.first > 0 and ctx.is_("verb_particle", cand.first - 1):
        return cand.trigger.pos == "verb"  # قد قتل، لم يقتل: a particle that only stands before verbs
    after = cand.last + 1
    if after < len(ctx.tokens) and ctx.tokens[after].norm.endswith("ون") and (m := ctx.mention_at.get(after)) is not None and m.kind == "agent":
        return cand.trigger.pos == "verb"  # كما خطف مسلحون: a nominative plural is a subject, never a genitive
    before = cand.first - 1
    after_stop = before >= 0 and ctx.is_("stop", before) and not (ctx.is_("demonstrative", before) and not no_article)
    nominal = no_article or any(c in cand.prefix for c in "بل") or after_stop or _construct_head(ctx, before)  # إلى ذلك قصف طيران التحالف: a demonstrative points at a definite noun only
    return (cand.trigger.pos == "noun") == nominal


def _construct_head(ctx: _Context, j: int) -> bool:
    """An indefinite noun in ة at ``j`` (مسؤولية، محاولة، عملية): the word after it is its genitive, a noun
    (مسؤولية خطف أطفال is the kidnapping of children, not "children kidnapped")."""
    if j < 0 or ctx.tokens[j].kind != "word" or ctx.mention_at.get(j) is not None or j in ctx.in_mention or _definite(ctx.tokens[j].norm):
        return False
    return ctx.doc.text[ctx.tokens[j].end - 1] == "ة"


def _allowed(ctx: _Context, hit: _Hit, lo: int, hi: int) -> bool:
    """Vetoes from the words around a trigger; each check below names the reading it rules out.

    Names: a word of an organisation or facility name, or a noun opening a longer one, and a trigger after a
    ``blocks_next`` word (مكافحة الشغب، لجنة تحكيم). Other senses: a ``warrant`` (مذكرة اعتقال), a ``figurative``
    attack, a ``hazard`` or a ``rank`` after coercion, a message sent, a broken truce, a ``charge`` name, a plan that
    targets, an illness, crops hit (``injury`` rows), a fire or an accident that burns or kills (a ``hazard``
    subject), declining to comment, a shared opinion, a sentence that was carried out (``not_carried_out``), a sale
    deed (``not_property`` in a sentence about real estate). Rows flagged ``needs_agent`` fire only near a protest
    agent (متظاهرون، الآلاف …) or before a demand or a condemnation (مطالبين، ينددون).  A play or a player's injury (``sport_sense`` rows) and the casualties of an accident
    (``casualty`` rows) are dropped in :func:`_find_hits`, which sees the whole sentence.
    """
    if hit.first > lo and ctx.is_("blocks_next", hit.first - 1):
        return False
    if hit.first in ctx.in_org_name:
        return False  # منظمة العفو الدولية، تحالف دعم الشرعية: a word of a name reports no event
    if "written_ta" in hit.trigger.flags and hit.first == hit.last:
        if ctx.doc.text[ctx.tokens[hit.first].end - 1] == "ه":
            return False  # أشكاله ومظاهره: مظاهر with its pronoun ("its manifestations"), not مظاهرة (folding merges ة and ه)
        if _pronoun_without_ta(ctx, hit):
            return False  # في مظاهرها: مظاهر + ها "its manifestations"; مظاهرة + ها would be written مظاهرتها
        if hit.last + 1 < hi and _pronoun_conjunct(ctx, hit.last + 1):
            return False  # لأوجه الفساد ومظاهرة وأساليبه: the same word misspelt, in a list of "its" nouns
    if "dawn_sense" in hit.trigger.flags and _dawn(ctx, hit, lo, hi):
        return False  # فجر هذا اليوم، فجرا، «فجر ليبيا»: dawn, or a name (فجر اليوم, a time, is dropped in _find_hits)
    if hit.type == "ASSAULT" and _in_vital_spot(ctx, hit, lo, hi):
        return False  # وأصابت أعداء الأمة في مقتل، فتخبط القوم: "hit them in a vital spot", no wound and no death
    if (hit.type == "ASSAULT" or "figurative_sense" in hit.trigger.flags) and hit.trigger.pos == "noun" and _word_after(ctx, hit, hi, "figurative", 1):
        return False  # هجومها العقائدي، هجوم إعلامي، الغزو الثقافي: words or ideas, not force (but الاعتقال السياسي is an arrest)
    if hit.type == "ASSAULT" and _animal_attacker(ctx, hit, hi):
        return False  # هجوم قرد، لهجوم من سمكة قرش، هاجم كلب طفلا: an animal, no party
    if hit.type == "ASSAULT" and _word_after(ctx, hit, hi, "figurative_object", 1):
        return False  # خطف الأضواء، يقتل فكرة، قتل الوقت: what is hit is no one
    if hit.type == "COERCE" and _word_after(ctx, hit, hi, "hazard", 1):
        return False  # السيطرة على الحريق: bringing a fire under control seizes nothing
    if hit.type == "COERCE" and hit.first > lo and ctx.is_("warrant", hit.first - 1):
        return False  # مذكرات اعتقال: a warrant, no arrest yet
    if hit.type == "COERCE" and _word_after(ctx, hit, hi, "rank", 3):
        return False  # احتل الفريق المركز الثالث: a rank, not a territory
    if hit.type == "AID" and _word_after(ctx, hit, hi, "message_noun", 3):
        return False  # أرسل رسالة، إرسال تقرير: a message is no aid
    if hit.mode == "ceasefire" and hit.first > lo and ctx.is_("breach", hit.first - 1):
        return False  # انهيار الهدنة، خرق وقف إطلاق النار: the truce ended, none was made
    if hit.type == "ASSAULT" and any(ctx.is_("charge", j) for j in range(max(lo, hit.first - 2), hit.first)):
        return False  # بتهمة القتل، قضية اختطاف: the name of a charge or a case
    if "agent_subject" in hit.trigger.flags and _aims_at_action(ctx, hit.last + 1, hi):
        return False  # يستهدف تحفيز الإبداع، كان يستهدف تدمير القوات المسلحة: aims at doing something, no attack
    if "agent_subject" in hit.trigger.flags and _planned(ctx, hit, lo, hi):
        return False  # تستهدف الخطة الشباب، الوظائف التي تستهدف المواطنين: a plan aims at people, it does not attack them
    if "festival_doc" in hit.trigger.flags and ctx.festival_article() and not any(ctx.is_("protest_agent", j) or ctx.is_("against_cue", j) or ctx.is_("demand_cue", j) for j in range(lo, hi)):
        return False  # هناك عروض لتظاهرة ممنوحة للمخرج الراحل: in a report on a festival, تظاهرة is one of its events
    if any(flag in hit.trigger.flags and _word_after(ctx, hit, hi, cue, window) for flag, (cue, window) in OTHER_SENSES.items()):
        return False  # يحتجن إلى "need", اعتصموا بحبل الله "hold fast", يتظاهر بأن "pretend", تظاهرة ثقافية "a festival"
    if "citation_sense" in hit.trigger.flags and hit.last + 1 < hi and ctx.tokens[hit.last + 1].norm.startswith(("ب", "وب")):
        return False  # الاستشهاد بالآية: citing, not a death
    if hit.type == "ASSAULT" and _ailment_after(ctx, hit, hi):
        return False  # أصيب بفيروس، إصابته بأزمة قلبية: an illness, not a wound
    if "injury" in hit.trigger.flags and hit.first > lo and ctx.is_("case_noun", hit.first - 1):
        return False  # 3329 حالة إصابة، حالات إصابات ووفيات: cases of a disease
    if "injury" in hit.trigger.flags and _plant_hit(ctx, hit, hi):
        return False  # أصيب 300 دونم، إصابة المحاصيل: crops hit by a blight
    if _hazard_subject(ctx, hit, lo, hi):
        return False  # أحرقت النيران المنازل: a fire burnt them
    m = ctx.mention_at.get(hit.first)
    if hit.trigger.pos == "noun" and m is not None and m.kind == "name" and m.label in ("ORG", "FAC") and ctx.token_at(m.end - 1) not in (None, hit.first, hit.last):
        return False  # تحالف دعم الشرعية، مجلس التعاون: the noun opens a longer name
    if hit.type == "REJECT" and _word_after(ctx, hit, hi, "no_comment", 2):
        return False  # رفض التعليق، رفض الكشف عن اسمه: declining to speak refuses no one
    if hit.type == "AGREE" and _word_after(ctx, hit, hi, "opinion_noun", 4):
        return False  # أوافقه على هذا الرأي: sharing an opinion
    if "not_carried_out" in hit.trigger.flags and hit.first > lo and ctx.is_("carry_out", hit.first - 1):
        return False  # تنفيذ حكم الإعدام: the sentence carried out is an execution
    if "not_property" in hit.trigger.flags and any(ctx.is_("property", j) for j in range(lo, hi)):
        return False  # 191 مبايعة لأراض سكنية: sale deeds, not allegiance
    if "needs_agent" not in hit.trigger.flags:
        return True
    a, b = max(lo, hit.first - 6), min(hi, hit.last + 7)
    if any(ctx.is_("protest_agent", j) and j not in ctx.in_org_name or _crowd_number(ctx, j, hi) for j in range(a, b) if j < hit.first or j > hit.last):
        return True  # (not the word of a name: حزب العمال الكردستاني)
    for j in range(hit.last + 1, min(hi, hit.last + 1 + DEMAND_WINDOW)):
        if ctx.strong(j):
            return False
        if ctx.is_("demand_cue", j) or ctx.is_("against_cue", j) and ctx.tokens[j].norm != "ضد":
            return True  # احتشدوا أمام مبنى المحكمة، ينددون بالحكومة: what they do there says they protest
        if ctx.is_("solidarity_cue", j) and j + 1 < hi and ctx.tokens[j + 1].norm == "مع":
            return True  # احتشدوا أمام السفارة تضامنا مع، للإعراب عن تضامنهم مع: a rally in solidarity
    return False


DEMAND_WINDOW = 14  # words after a gathering verb where a demand or a condemnation makes it a protest
CROWD_MIN = 100  # a number of people from which on it counts a crowd, as مئات does


def _crowd_number(ctx: _Context, j: int, hi: int) -> bool:
    """Token ``j`` is a number of at least :data:`CROWD_MIN`, outside a date, before the noun it counts: احتشد
    1000 لاجئ is a crowd as much as احتشد مئات اللاجئين."""
    tok = ctx.tokens[j]
    if tok.kind != "number" or ctx.in_time(j) or j + 1 >= hi:
        return False
    counted = ctx.mention_at.get(j + 1)
    if not (_counted_noun(ctx, j + 1) or counted is not None and counted.kind == "agent"):
        return False  # 1000 لاجئ: the agent the number counts
    try:
        return int(tok.norm.replace(",", "").replace("٬", "")) >= CROWD_MIN
    except ValueError:
        return False


VERBAL_NOUN_II = re.compile(r"^ت..ي.$")  # تفعيل, the verbal noun of a form II verb: تحفيز، تطوير، تدمير، تعزيز


PLAN_BACK = 4  # words from a relative pronoun back to the plan noun it describes (الفعاليات المصاحبة التي تستهدف)


def _planned(ctx: _Context, hit: _Hit, lo: int, hi: int) -> bool:
    """Is the subject of the aiming verb a ``plan_noun``: right before or after the verb (تستهدف الخطة، المشروع
    يستهدف), or the antecedent, past its adjectives, of the relative pronoun before it (الفعاليات المصاحبة التي
    تستهدف شرائح المجتمع، وظائف في مختلف التخصصات تستهدف أهالي)?"""
    if any(ctx.is_("plan_noun", j) for j in (hit.first - 1, hit.last + 1) if lo <= j < hi):
        return True
    rel = hit.first - 1 if hit.first - 1 >= lo and ctx.is_("relative", hit.first - 1) else None
    if rel is None:
        return False
    return any(ctx.is_("plan_noun", j) for j in range(max(lo, rel - PLAN_BACK), rel))


def _aims_at_action(ctx: _Context, j: int, hi: int) -> bool:
    """Is the word at ``j`` a verbal noun (تفعيل pattern, or an ``aim_noun``: رفع، خفض، زيادة) with a word after it,
    and no group noun (استهدف تنظيم داعش is an attack)?"""
    if j + 1 >= hi or ctx.tokens[j].kind != "word" or ctx.mention_at.get(j) is not None or ctx.is_("actor_noun", j):
        return False
    bare = ctx.tokens[j].norm.removeprefix("ال")
    return bool(VERBAL_NOUN_II.match(bare)) or ctx.is_("aim_noun", j)


HOUR = fold("الساعة")


def _dawn(ctx: _Context, hit: _Hit, lo: int, hi: int) -> bool:
    """فجّر "detonated" is also فجر "dawn": read so in the accusative before a pause or a time or after an hour
    (فجرًا، فجرا أمس، الساعة الرابعة فجرا),
    before a demonstrative or a time word (فجر هذا اليوم، فجر الخميس), and as a name after an opening quote mark
    (غرفة عمليات «فجر ليبيا»)."""
    i = hit.first
    surface = ctx.doc.text[ctx.tokens[i].start : ctx.tokens[i].end]
    after = i + 1 if i + 1 < hi else None
    timed = after is not None and (ctx.is_("time_word", after) or ctx.in_time(after) or ctx.is_("demonstrative", after))
    hour = i > lo and (ctx.in_time(i - 1) or ctx.is_("time_word", i - 1) or any(ctx.tokens[k].norm == HOUR for k in range(max(lo, i - 2), i)))  # الساعة الرابعة فجرا وسمع
    if surface.endswith("\u064b") or surface.endswith("ا") and (after is None or ctx.punct(after) or timed or hour):
        return True
    if i > lo and ctx.punct(i - 1) in ("«", '"', "“"):
        return True
    return hit.last == i and timed


def _fold_intent(ctx: _Context, hits: list[_Hit], lo: int, hi: int) -> None:
    """Merge intent (تعهد، مستعدون، سنستمر) with the trigger it governs; drop purpose triggers (لدعم X)."""
    for n, hit in enumerate(hits):
        if hit.absorbed:
            continue
        # purpose: ل + دعم/مساعدة right after another event marks that event's target
        if n > 0 and "ل" in hit.prefix and hit.first - hits[n - 1].last <= 4 and ctx.is_("purpose", hit.first):
            hit.absorbed = True
            hits[n - 1].extra["purpose_at"] = hit.last + 1
            continue
        cue = _intent_before(ctx, hit, lo)
        if cue is not None or ("س" in hit.prefix and hit.trigger.pos == "verb"):
            hit.pledged = True
        if "intent" in hit.trigger.flags:
            for other in hits[n + 1 :]:
                if other.first - hit.last > INTENT_WINDOW or any(ctx.strong(j) for j in range(hit.last + 1, other.first)):
                    break
                if "needs_prep" in hit.trigger.flags and hit.trigger.type != "THREATEN" and other.type in FORCE:
                    break  # عرض الرسوم وما قد يثيره من احتجاجات: a show, not an offer to protest
                if "agent" in other.trigger.flags:
                    continue  # وتعهد بعض المتظاهرين بمواصلة الاحتجاجات: the protesters pledge, the protests are pledged
                if not other.absorbed and "intent" not in other.trigger.flags:
                    other.absorbed = True
                    hit.inner = other
                    break
            hit.pledged = hit.trigger.type != "THREATEN"  # a threat made is reported; what it threatens is its mode
        if hit.pledged and cue is not None and "intent" not in hit.trigger.flags:
            _retype_intent(hit, hit)
    for hit in hits:
        if hit.inner is not None:
            _retype_intent(hit, hit.inner)
            if "purpose_at" in hit.inner.extra:
                hit.extra["purpose_at"] = hit.inner.extra["purpose_at"]


def _retype_intent(hit: _Hit, inner: _Hit) -> None:
    """Intent to cooperate is AGREE, intent to use force THREATEN (CAMEO 03 and 13); a promised retreat or
    concession is a CONCEDE (PLOVER manual: "announced ... would withdraw troops")."""
    t = inner.trigger
    if hit.trigger.type == "THREATEN":
        hit.type = "THREATEN"  # هدد بالانسحاب: a threat, whatever is threatened
    else:
        hit.type = "THREATEN" if t.type in FORCE else "CONCEDE" if t.type in YIELDING else "AGREE"
    hit.mode = inner.extra.get("mode") or t.mode or (t.type.lower() if t.type != hit.type else hit.mode)


def _intent_before(ctx: _Context, hit: _Hit, lo: int) -> int | None:
    for j in range(hit.first - 1, max(lo, hit.first - INTENT_WINDOW) - 1, -1):
        if ctx.strong(j) or ctx.is_("clause_break", j):
            return None  # جاهزين للقاء بعد تعافيهما من الإصابة: the injury is not what they are ready for
        if ctx.is_("intent", j):
            return j
    return None


# --- arguments -------------------------------------------------------------------


def _agent_span(ctx: _Context, first: int, last: int, end: int) -> ArgSpan:
    """An agent noun as an argument: its mention when one covers it, else the word itself."""
    m = ctx.mention_at.get(first)
    if m is not None:
        return ArgSpan(m.start, m.end, m.entity)
    return ctx.token_span(first, last)


def _drop_agent_objects(hits: list[_Hit]) -> list[_Hit]:
    """Protesters who are another event's target (اعتقلت الشرطة 30 متظاهرا) report no protest of their own."""
    targets = {(h.target.start, h.target.end) for h in hits if h.target is not None}
    return [h for h in hits if not ("agent" in h.trigger.flags and h.source is not None and (h.source.start, h.source.end) in targets)]


RESULT_NEAR = 25  # a toll this close after an attack is its toll
RESULT_FAR = 50  # … farther, up to this, when a result cue (مما أدى إلى، ما أسفر عن) introduces it
TOLL_LINK = 12  # a toll reaches the attack after it within this many words of the last toll joined to it
CAUSE_LINK = 25  # … or this many when a cause word (إثر، جراء، بسبب) introduces the attack


def _result_cue_before(ctx: _Context, i: int) -> bool:
    """A result verb (أدى، أسفر) within three words before token ``i``."""
    return any(ctx.is_("result_cue", j) for j in range(max(0, i - 3), i))


TOLL_FLAGS = frozenset({"victim", "result", "injury"})  # triggers that report a toll (قتل، مقتل، أصيب)
CASUALTY_FLAGS = TOLL_FLAGS | {"casualty"}  # … or any death or injury (قتل as a noun): its cause may be named after it


def _span_tokens(ctx: _Context, span: ArgSpan) -> range:
    first, last = ctx.token_at(span.start), ctx.token_at(max(span.start, span.end - 1))
    return range(first, last + 1) if first is not None and last is not None else range(0)


def _share_coordinated_target(ctx: _Context, hits: list[_Hit]) -> None:
    """مقتل وإصابة 20 شخصا، قتل وجرح عشرات المدنيين: a noun, or a death or injury word, joined by و to the next
    trigger of its type shares that trigger's object when it has none of its own or only a count; between two death
    or injury words only a count and a preposition with a pronoun may stand (وقتل فيه 13 وجرح 45 من المصلين: 13 of
    the worshippers)."""
    for a, b in zip(hits, hits[1:]):
        counted = a.target is not None and all(ctx.tokens[k].kind == "number" or ctx.is_("numeral", k) for k in _span_tokens(ctx, a.target))
        if a.target is not None and not counted or a.type != b.type or b.target is None or a.inner is not None or not ctx.tokens[b.first].norm.startswith("و"):
            continue
        tolls = bool(CASUALTY_FLAGS & a.trigger.flags) and bool(CASUALTY_FLAGS & b.trigger.flags)
        if tolls:
            joined = all(ctx.tokens[k].kind == "number" or ctx.is_("numeral", k) or ctx.is_("skip", k) for k in range(a.last + 1, b.first))
        else:
            joined = a.trigger.pos == "noun" and b.first == a.last + 1
        if joined and _actor_like(ctx, b.target) and not ctx.doc.text.startswith("و", b.target.start):
            a.target = ArgSpan(b.target.start, b.target.end, b.target.entity)


def _link_results(ctx: _Context, hits: list[_Hit]) -> None:
    """An attack and its toll (… مما أدى إلى مقتل X) share actors: the victims are the attack's target.

    A toll or a killing reported first (قتل 4 جنود في هجوم شنه مسلحون، أدان قتل المدنيين في غارة للتحالف) takes the
    attacker of the attack after it (within 12 words of the last toll joined to it by و: قتل ستة وأصيب أربعة آخرون في
    قصف نفذته مروحيات, or 25 after a cause word: إثر هجوم تبنته طالبان), and gives its victims to the first attack
    noun after it that has no target of its own (أصيب عشرة بانفجار سيارة); of two tolls, the nearer one.  A toll of
    "others" (وأصيب آخرون) has the victims of the toll before.
    """
    for n, hit in enumerate(hits):
        if hit.type != "ASSAULT" or hit.source is not None or not (CASUALTY_FLAGS & hit.trigger.flags):
            continue
        last = hit.last
        for later in hits[n + 1 :]:
            if later.first - last > TOLL_LINK and not _caused_by(ctx, last, later):
                break
            if later.type == "ASSAULT" and CASUALTY_FLAGS & later.trigger.flags:
                last = later.last if ctx.tokens[later.first].norm.startswith("و") else last
            elif later.type == "ASSAULT" and later.source is not None:
                hit.source = later.source
                break
    for n, hit in enumerate(hits):
        if hit.type != "ASSAULT" or "result" in hit.trigger.flags:
            continue
        for later in hits[n + 1 :]:
            gap = later.first - hit.last
            if gap > RESULT_FAR or (gap > RESULT_NEAR and not _result_cue_before(ctx, later.first)) or later.type == "PROTEST":
                break  # احتجاجا على مقتل الفتى: a death protested is no toll of the attack before the protest
            toll = "result" in later.trigger.flags or (
                "casualty" in later.trigger.flags and _result_cue_before(ctx, later.first)
                and later.target is not None and _actor_like(ctx, later.target))  # أدى إلى قتل 4 أشخاص
            if toll and later.type == "ASSAULT":
                if later.target is not None and (hit.target is None or (_place_phrase(ctx, hit.target) or hit.extra.get("site")) and _actor_like(ctx, later.target)):
                    hit.target = later.target  # وقع تفجير في منطقة الكرادة وأسفر عن إصابة خمسة مدنيين: the place is where, the victims whom
                if later.source is None and hit.source is not None:
                    later.source = hit.source
                break
    for n, hit in enumerate(hits):  # ليقتل على يد القوات الفرنسية في غارة: the attack a toll happened in is its killer's
        if hit.type != "ASSAULT" or hit.source is None or not (CASUALTY_FLAGS & hit.trigger.flags):
            continue
        later = next((h for h in hits[n + 1 :] if h.type == "ASSAULT" and not (CASUALTY_FLAGS & h.trigger.flags)), None)
        if (later is not None and later.source is None and later.trigger.pos == "noun" and later.first > 0 and ctx.tokens[later.first - 1].norm == "في"
                and (later.first - hit.last <= TOLL_LINK or _caused_by(ctx, hit.last, later))):
            later.source = hit.source
    for n, hit in enumerate(hits):  # أسفرت عن مقتل 25 حوثياً وجرح 15 آخرين: a toll joined by و to a toll noun has its attacker
        if hit.type != "ASSAULT" or hit.source is not None or not (CASUALTY_FLAGS & hit.trigger.flags) or not ctx.tokens[hit.first].norm.startswith("و"):
            continue
        prev = hits[n - 1] if n else None
        if (prev is not None and prev.type == "ASSAULT" and CASUALTY_FLAGS & prev.trigger.flags and prev.source is not None and prev.trigger.pos == "noun"
                and hit.first - prev.last <= TOLL_LINK and not any(ctx.strong(j) or ctx.punct(j) in ("،", ",") for j in range(prev.last + 1, hit.first))
                and (hit.target is None or _others_after(ctx, hit))):
            hit.source = prev.source  # … unless it names its own victims, who may be of the other side (ومقتل أحد عناصر المقاومة)
    for n, hit in enumerate(hits):  # قتل عسكريان وجرح أربعة آخرون: "others" are more of the victims before
        if hit.type == "ASSAULT" and CASUALTY_FLAGS & hit.trigger.flags and _others_after(ctx, hit):
            prev = next((h for h in reversed(hits[:n]) if h.type == "ASSAULT" and CASUALTY_FLAGS & h.trigger.flags), None)
            if prev is not None and prev.target is not None and hit.first - prev.last <= TOLL_LINK and _actor_like(ctx, prev.target):
                hit.target = prev.target
    for n, hit in reversed(list(enumerate(hits))):  # the nearest toll before an attack noun gives it its victims
        if hit.type != "ASSAULT" or hit.target is None or not (TOLL_FLAGS & hit.trigger.flags) or not _actor_like(ctx, hit.target):
            continue
        later = next((h for h in hits[n + 1 :] if h.type == "ASSAULT" and not (TOLL_FLAGS & h.trigger.flags)), None)
        if (later is not None and (later.first - hit.last <= TOLL_LINK or _caused_by(ctx, hit.last, later))
                and later.target is None and later.trigger.pos == "noun"):
            later.target = hit.target


def _place_phrase(ctx: _Context, span: ArgSpan) -> bool:
    """A phrase behind a preposition that names where (في منطقة الكرادة، في مدينة X), not whom."""
    j = ctx.token_at(span.start)
    if j is None or not _prep_at(ctx, j - 1):
        return False
    return _place_at(ctx, j) or _place_head_at(ctx, j)


APPOSED_TITLE_BACK = 3  # words of a title phrase before the comma that sets a name after it (رئيس الوزراء، إيهود أولمرت)


def _with_apposed_title(ctx: _Context, span: ArgSpan | None, lo: int) -> ArgSpan | None:
    """A person's name set off by a comma after his title (يهاجمون رئيس الوزراء، إيهود أولمرت) is one argument with it."""
    j = ctx.token_at(span.start) if span is not None else None
    m = ctx.mention_at.get(j) if j is not None else None
    if m is None or m.label != "PER" or m.start != span.start or j < lo + 2 or ctx.punct(j - 1) not in ("،", ","):
        return span
    for k in range(j - 2, max(lo, j - 2 - APPOSED_TITLE_BACK) - 1, -1):
        if ctx.tokens[k].kind != "word" or ctx.mention_at.get(k) is not None and ctx.mention_at[k].label == "PER":
            return span
        if ctx.is_title(k) and not ctx.is_("stop", k):
            return ArgSpan(ctx.tokens[k].start, span.end, span.entity)
    return span


def _in_brackets(ctx: _Context, j: int, lo: int) -> bool:
    """Token ``j`` stands inside round brackets opened in its sentence."""
    for k in range(j - 1, lo - 1, -1):
        if ctx.punct(k) == ")":
            return False
        if ctx.punct(k) == "(":
            return True
    return False


def _abstract(ctx: _Context, span: ArgSpan) -> bool:
    """A phrase headed by an ``abstract_noun`` (الله، الدين، الوطن، أمن المملكة): no actor, whatever the rules found
    it to be.  The word is matched as written, so الأمن ("the security forces") is not أمن."""
    j = ctx.token_at(span.start)
    if j is None or ctx.tokens[j].kind != "word":
        return False
    norm, abstract = ctx.tokens[j].norm, ctx.lex.words.get("abstract_noun", frozenset())
    return norm in abstract or norm[:1] in ("و", "ف") and norm[1:] in abstract


def _in_place(ctx: _Context, span: ArgSpan) -> bool:
    """A place named behind في (في البرازيل): where, not whom."""
    j = ctx.token_at(span.start)
    return j is not None and j > 0 and _place_at(ctx, j) and ctx.tokens[j - 1].norm == "في"


def _outlet_told(ctx: _Context, span: ArgSpan) -> bool:
    """A news outlet behind ل (لوكالة الصحافة الفرنسية، لـ«الشرق الأوسط»): whom someone spoke to."""
    j = ctx.token_at(span.start)
    m = ctx.mention_at.get(j) if j is not None else None
    if m is None or not _outlet(ctx, m):
        return False
    return _prep_of(ctx, j, m.start, j) == "ل" or j >= 2 and ctx.punct(j - 1) in QUOTE_MARKS and ctx.tokens[j - 2].norm == "ل"


def _outlet(ctx: _Context, m: Mention) -> bool:
    """A named news outlet or agency (not journalists as a group, الصحافيين)."""
    ent = ctx.doc.entity(m.entity)
    return m.kind != "agent" and (m.sector or (ent.sector if ent is not None else None)) == "MED"


def _place_headed(ctx: _Context, span: ArgSpan) -> bool:
    """A phrase whose head is a place noun with no name at it (شوارع العاصمة), or a nationality that is such a
    noun's adjective (المدن العراقية)."""
    j = ctx.token_at(span.start)
    if j is None:
        return False
    m = ctx.mention_at.get(j)
    if m is not None and m.label == "NORP" and j > 0 and ctx.is_("area_noun", j - 1) and _agreeing_nisba(ctx, j - 1, j):
        return True
    return m is None and ctx.is_("area_noun", j)


def _place_head_at(ctx: _Context, j: int) -> bool:
    """A noun that heads a place name (مدينة، منطقة، حي) at token ``j``."""
    return knowledge_base().title_at(ctx.tokens, j, "place_head", "area_head", "district_head") is not None


def _anaphoric_source(ctx: _Context, hits: list[_Hit]) -> None:
    """قتل 22 شخصا جراء هجوم انتحاري … وورد أن انتحارية نفذت الهجوم: a definite attack noun with an attacker, later in
    the sentence, names the attack reported before it with the same noun: the nearest such one gets it, when it has
    no attacker (and _link_results passes it on to the toll)."""
    for n, hit in enumerate(hits):
        if hit.type != "ASSAULT" or hit.source is None or hit.trigger.pos != "noun" or CASUALTY_FLAGS & hit.trigger.flags:
            continue
        if not _definite(ctx.tokens[hit.first].norm) or hit.first != hit.last:
            continue
        earlier = next((h for h in reversed(hits[:n]) if h.type == "ASSAULT" and h.trigger.row == hit.trigger.row), None)
        if earlier is not None and earlier.source is None and not _definite(ctx.tokens[earlier.first].norm):
            earlier.source = hit.source


CLAIM_SENTENCES = 2  # قتل خمسة في هجوم انتحاري. وتبنت طالبان الهجوم: sentences back to the attack a claim names


def _claimed_in_next_sentence(ctx: _Context, events: list[Event], hits: list[_Hit], args: dict[str, EventArgs]) -> None:
    """The attacker named with a definite attack noun (وتبنت طالبان الهجوم، نفذ الهجوم انتحاري) in a later sentence is
    the attacker of the attack reported with the same noun just before, and of that sentence's tolls with none
    (:func:`_anaphoric_source` does this inside one sentence).  ``hits`` are the events' hits, in the same order."""
    for n, (ev, hit) in enumerate(zip(events, hits)):
        if ev.type != "ASSAULT" or hit.source is None or hit.trigger.pos != "noun" or CASUALTY_FLAGS & hit.trigger.flags:
            continue
        if hit.first != hit.last or not _definite(ctx.tokens[hit.first].norm):
            continue
        k = next((k for k in range(n - 1, -1, -1) if events[k].type == "ASSAULT" and hits[k].trigger.row == hit.trigger.row), None)
        if k is None or not 0 < ev.sentence - events[k].sentence <= CLAIM_SENTENCES or events[k].source_start is not None:
            continue
        if _definite(ctx.tokens[hits[k].first].norm):
            continue
        for j, other in enumerate(events):
            if other.sentence == events[k].sentence and other.type == "ASSAULT" and other.source_start is None and (j == k or CASUALTY_FLAGS & hits[j].trigger.flags):
                other.source_start, other.source_end, other.source_actor = ev.source_start, ev.source_end, ev.source_actor
                other.source_country, other.source_sector = ev.source_country, ev.source_sector
                args[other.id] = EventArgs(ArgSpan(ev.source_start, ev.source_end, ev.source_actor), args[other.id].target)


def _others_after(ctx: _Context, hit: _Hit) -> bool:
    """The toll's victims are "others" (وأصيب آخرون، وجرح أربعة آخرين), counted or not."""
    j = hit.last + 1
    while j < len(ctx.tokens) and (_victim_like(ctx, j) or ctx.approximator(j)) and j - hit.last <= 3:
        j += 1
    return j < len(ctx.tokens) and ctx.is_("non_head", j) and ctx.tokens[j].norm.startswith(("اخر", "الاخر"))


def _caused_by(ctx: _Context, last: int, later: _Hit) -> bool:
    """قتل سبعة من عناصر الشرطة الأفغانية، ومهندس هندي في غرب أفغانستان، إثر هجوم تبنته طالبان: a cause word right
    before an attack ties it to the toll before it across a longer phrase, within the clause; so does في before an
    attack noun (قتل عنصران من الشرطة … صباح أمس في منطقة أضنة، في هجوم نسبته السلطات إلى التمرد)."""
    if later.first - last > CAUSE_LINK or later.first < 1 or any(ctx.strong(j) for j in range(last + 1, later.first)):
        return False
    return ctx.is_("cause_prep", later.first - 1) or ctx.tokens[later.first - 1].norm == "في" and later.trigger.pos == "noun"


def _blamed(ctx: _Context, hit: _Hit, hi: int) -> ArgSpan | None:
    """مسؤولية الهجوم على حزب العمال: an actor behind على right after an attack noun that a ``claim_noun`` governs
    (no عن between them, as in a claim: مسؤوليتها عن الهجوم على القاعدة) bears the blame for it."""
    if hit.first < 1 or not ctx.is_("claim_noun", hit.first - 1) or hit.last + 2 >= hi or ctx.tokens[hit.last + 1].norm != "علي":
        return None
    return _actor_mention(ctx, hit.last + 2)


def _actor_mention(ctx: _Context, j: int) -> ArgSpan | None:
    """The actor mention at token ``j`` as an argument; a place, or a facility named after someone, is none."""
    m = ctx.mention_at.get(j)
    if m is None or not ctx.actor(m) or m.label in PLACE_LABELS or _named_place(ctx, m):
        return None
    return ArgSpan(m.start, m.end, m.entity)


def _claimant(ctx: _Context, hit: _Hit, lo: int) -> ArgSpan | None:
    """أعلنت حركة طالبان مسؤوليتها عن الهجوم، طالبان تتبنى مسؤولية التفجير: who claims an attack (``claim_noun``
    right before it, or before عن) carried it out: the actor named right before the claim, else the claiming
    verb's subject."""
    claim = hit.first - 2 if hit.first - 1 >= lo and ctx.tokens[hit.first - 1].norm == "عن" else hit.first - 1
    if claim - 1 < lo or not ctx.is_("claim_noun", claim):
        return None
    named = claim - 1
    while named > lo and ctx.punct(named) in QUOTE_MARKS:
        named -= 1  # حمل السكان قوة "أميصوم" المسؤولية
    m = ctx.mention_end.get(named)
    if m is not None and ctx.actor(m) and not _named_place(ctx, m):
        return ArgSpan(m.start, m.end, m.entity)
    if ctx.tokens[claim - 1].kind != "word" or ctx.is_("stop", claim - 1):
        return None
    found = _subject_before(ctx, claim - 1, lo)
    return found if found is not None and _actor_like(ctx, found) else None


ATTRIBUTED_WINDOW = 16  # هجمات نسبت إلى X: words (adjectives, a date, a place) between the attack noun and the attributing verb


def _attributed(ctx: _Context, hit: _Hit, hi: int) -> ArgSpan | None:
    """هجمات نسبت إلى حزب العمال الكردستاني، هجوم نسبته السلطات إلى التمرد الكردي: the actor an attack is attributed
    to carried it out (the attributing verb may carry the attack as a pronoun and have its subject before إلى)."""
    for j in range(hit.last + 1, min(hi - 2, hit.last + 1 + ATTRIBUTED_WINDOW)):
        if ctx.in_time(j):
            continue  # هجوم دام في 20 يوليو (تموز) في جنوب البلاد نسب إلى التنظيم: its date and place stand between
        if ctx.punct(j) or j > hit.last + 1 and _is_trigger(ctx, j):
            return None
        if ctx.is_("hallmark_noun", j) and j + 1 < hi:
            return _actor_mention(ctx, j + 1) or _actor_phrase(ctx, j + 1, hi)  # تفجيرين يحملان بصمات جماعة بوكو حرام
        resumes = any(suf in ("ه", "ها") and ctx.lex.is_("attributed_cue", stem) for stem, suf in enclitic_splits(ctx.tokens[j].norm))
        if not (ctx.is_("attributed_cue", j) or resumes):
            continue
        for k in range(j + 1, min(hi - 1, j + 2 + ATTRIBUTED_SUBJECT)):
            if ctx.punct(k) or ctx.strong(k):
                return None
            if ctx.tokens[k].norm in ("الي", "لي"):
                return _actor_mention(ctx, k + 1) or _actor_phrase(ctx, k + 1, hi)
        return None
    return None


ATTRIBUTED_SUBJECT = 3  # words of the attributing verb's subject before إلى (نسبته السلطات التركية إلى)


def _actor_phrase(ctx: _Context, j: int, hi: int) -> ArgSpan | None:
    """The phrase at ``j`` when it names an actor-like group without a mention (التمرد الكردي، المتمردين)."""
    found = _phrase_after(ctx, j, min(hi, j + 4))
    return found[2] if found is not None and found[0] == j and not found[3] and _actor_like(ctx, found[2]) else None


WEAPON_WINDOW = 8  # استشهاد ثلاثة فلسطينيين برصاص الاحتلال: words from a toll to the weapon that caused it


def _weapon_owner(ctx: _Context, hit: _Hit, hi: int) -> ArgSpan | None:
    """قتل ثلاثة برصاص قوات الأمن، أصيب شاب بنيران الجيش، تفجير دبابة بقذيفة أطلقها مقاتلو المقاومة: whose weapon
    (``weapon_noun`` behind ب) caused the toll or the attack fired it."""
    for j in range(hit.last + 1, min(hi - 1, hit.last + 1 + WEAPON_WINDOW)):
        if ctx.strong(j):
            return None
        if not any(pre.lstrip("وف") == "ب" and ctx.lex.is_("weapon_noun", stem) for stem, pre, _ in ctx.cands[j]):
            if _is_trigger(ctx, j):
                return None  # the next event's weapon is its own
            continue
        found = _phrase_after(ctx, j + 1, min(hi, j + 1 + EXTENT_MAX))
        if found is not None and found[0] == j + 1 and not found[3] and _actor_like(ctx, found[2]):
            return found[2]
        return _launcher(ctx, j + 1, hi)
    return None


LAUNCH_WINDOW = 4  # بقذيفة مضادة للدروع أطلقها مقاتلو المقاومة: words from a weapon to the verb that fired it


def _launcher(ctx: _Context, j: int, hi: int) -> ArgSpan | None:
    """Who fired the weapon before ``j``: the subject of a verb resuming it (a ``launch_verb`` stem with a pronoun:
    أطلقها، أطلقته) or of a light verb."""
    for k in range(j, min(hi - 1, j + LAUNCH_WINDOW)):
        if ctx.strong(k) or ctx.tokens[k].kind != "word":
            return None
        splits = enclitic_splits(ctx.tokens[k].norm)
        launch = ctx.lex.words.get("launch_verb", frozenset())
        if any(suffix and base.removeprefix("و").startswith(tuple(launch)) for base, suffix in splits) or _light_resumptive(ctx, k):
            found = _phrase_after(ctx, k + 1, min(hi, k + 1 + EXTENT_MAX))
            return found[2] if found is not None and not found[3] and _actor_like(ctx, found[2]) else None
    return None


CLASH_WINDOW = 12  # قتل ثلاثة عناصر من الفصائل الإسلامية خلال اشتباكات: words from a toll to the fighting it happened in


def _past_place_phrase(ctx: _Context, k: int, hi: int) -> int:
    """The index after a short place phrase at ``k`` (بمناطق متفرقة، في المدينة القديمة: ب or في and up to two more
    words, no mention, trigger or stop word), else ``k``."""
    norm = ctx.tokens[k].norm if k < hi else ""
    if not (norm == "في" or norm.startswith("ب") and len(norm) > 3 and ctx.mention_at.get(k) is None):
        return k
    j = k + 1
    while j < hi and j - k <= 2 and ctx.tokens[j].kind == "word" and ctx.tokens[j].norm != "مع" and ctx.mention_at.get(j) is None \
            and not _is_trigger(ctx, j) and not ctx.is_("stop", j):
        j += 1
    return j if j < hi and ctx.tokens[j].norm == "مع" else k


def _fought_with(ctx: _Context, hit: _Hit, hi: int) -> ArgSpan | None:
    """قتل ثلاثة عناصر خلال اشتباكات مع قوات النظام، قتلوا في قتال مع متمردين: a toll in fighting with a side was
    caused by that side; قتل أربعة في عملية نوعية نفذها رجال المقاومة، في حملات لقوات الجيش: one in an operation, by
    whoever carried it out.  Fighting between two named sides (مواجهات بين الطرفين) names no one."""
    for j in range(hit.last + 1, min(hi, hit.last + 1 + CLASH_WINDOW)):
        if ctx.strong(j):
            return None
        clash, operation = ctx.is_("clash_noun", j), ctx.is_("operation_noun", j)
        if not (clash or operation):
            continue
        k = j + 1 + _adjectives(ctx, j + 1, hi)
        if operation:
            if (k + 1 < hi and ctx.tokens[k].kind == "word" and ctx.mention_at.get(k) is None and _is_trigger(ctx, k)
                    and not _light_resumptive(ctx, k) and not ctx.tokens[k].norm.startswith(("ل", "ال"))):
                k += 1 + _adjectives(ctx, k + 1, hi)  # في حملة مداهمات شنتها القوات: the operation's kind
            owner = _lam_owner(ctx, k, hi)
            found = _light_verb_after(ctx, k, hi) if owner is None else ArgSpan(owner.start, owner.end, owner.entity)
            return found if found is not None and _actor_like(ctx, found) and not _same_actor(found, hit.target) else None
        k = _past_place_phrase(ctx, k, hi)  # جراء الاشتباكات بمناطق متفرقة مع قوات …: where they were fought
        if k + 1 >= hi or ctx.tokens[k].norm != "مع":
            return None
        found = _phrase_after(ctx, k + 1, min(hi, k + 7))
        if found is None or found[3] or not _actor_like(ctx, found[2]):
            return None
        return None if _same_actor(found[2], hit.target) else found[2]
    return None


def _event_subject_source(hits: list[_Hit]) -> None:
    """غارة للتحالف استهدفت رافعة، استهدف هجوم شنه مسلحون دورية: a verb whose subject is an event noun was done by
    whoever did that event."""
    for hit in hits:
        at = hit.extra.get("subject_event")
        if hit.source is None and at is not None:
            noun = next((h for h in hits if h is not hit and h.first <= at <= h.last), None)
            hit.source = noun.source if noun is not None else None


def _same_actor(a: ArgSpan, b: ArgSpan | None) -> bool:
    """Two argument phrases that overlap or name one entity."""
    return b is not None and (a.entity is not None and a.entity == b.entity or a.start < b.end and b.start < a.end)


SURVIVE_WINDOW = 15  # نجا X من محاولة اغتيال: the survive verb stands this close before the attack


def _survivor(ctx: _Context, hit: _Hit, lo: int) -> ArgSpan | None:
    """نجا X من محاولة اغتيال، نجا X من الموت بعد أن فجر انتحاري نفسه: who survives an attack was its target."""
    for j in range(hit.first - 1, max(lo, hit.first - SURVIVE_WINDOW) - 1, -1):
        if ctx.strong(j):
            return None
        if _verb_of(ctx, j, ctx.lex.survive_verbs):
            found = _phrase_after(ctx, j + 1, hit.first)
            return found[2] if found is not None and not found[3] and _actor_like(ctx, found[2]) else None
    return None


PASSAGE_WINDOW = 12  # انفجرت عبوة لدى مرور دورية: the passage cue stands this close to the attack


def _passing(ctx: _Context, hit: _Hit, lo: int, hi: int) -> ArgSpan | None:
    """انفجرت سيارة مفخخة لدى مرور حافلة، فجر نفسه أثناء مرور دورية: what was passing when the bomb went off
    was hit (``passage_cue`` after a preposition of time, عند / لدى / أثناء / خلال, or with ب: بمرور)."""
    forward = range(hit.last + 1, min(hi, hit.last + 1 + PASSAGE_WINDOW))
    backward = range(hit.first - 1, max(lo, hit.first - PASSAGE_WINDOW) - 1, -1)
    for window, end in ((forward, hi), (backward, hit.first)):
        for j in window:
            if ctx.strong(j):
                break
            if ctx.tokens[j].kind != "word" or not ctx.is_("passage_cue", j):
                continue
            if not (j > lo and ctx.is_("stop", j - 1)) and not ctx.tokens[j].norm.startswith("ب"):
                continue
            if j + 1 < end and ctx.approximator(j + 1):
                return None  # بعد مرور نحو 6 أشهر على الهجوم: time passing, not a vehicle
            found = _phrase_after(ctx, j + 1, min(end, j + 1 + VSO_WINDOW + 3))
            if found is not None and not found[3]:
                return found[2]
            k = j + 1  # مرور دورية: the passer is the genitive even when it reads like an adjective
            if k < end and ctx.tokens[k].kind == "word" and not ctx.is_("stop", k) and not _is_trigger(ctx, k) and ctx.tokens[k].norm[:1] not in ("ب", "ل", "و"):
                return ctx.token_span(k, k)
    return None


PROTESTED_PREPS = frozenset({"علي", "ضد"})  # right after a protest word they open what is protested


def _protest_addressee(ctx: _Context, hit: _Hit, lo: int, hi: int) -> ArgSpan | None:
    """Whom a protest addresses, the coders' target: a demand's addressee, whom a memorandum goes to, the seat
    protesters march to, else the first actor after the trigger; an argument that is no actor gives the actor inside
    it, and a protested act the nationality in it.  A place, a town or the newspaper told is no target."""
    target = hit.target
    if target is None:
        dest = _destination(ctx, hit, hi)
        cued, addressee = _protest_target(ctx, hit.last + 1, hi if dest is None else dest[0])
        memo = None if cued and addressee is not None else _memo_addressee(ctx, hit, lo, hi)
        if memo is not None:
            target = memo  # سلموا رسالة إلى السفير، سلم المتظاهرون السفير مذكرة احتجاج
        elif dest is not None and not (cued and addressee is not None):
            target = dest[1]
        else:
            target = addressee if cued else _actor_after(ctx, hit, hi)
    elif not _actor_headed(ctx, target):
        first, last = ctx.token_at(target.start), ctx.token_at(target.end - 1)
        inside = _nationality_inside(ctx, first, last) if first is not None and last is not None else None
        target = inside or _actor_inside(ctx, target, hi)
    protested = _protested_nationality(ctx, hit, hi)
    if protested is not None and (target is None or target.start >= protested.end):
        target = protested  # احتجت البحرين على الأعمال العدوانية الإيرانية … ضد الحوثيين: whose acts are protested
    if target is not None and (_place_headed(ctx, target) or _town(ctx, target) or _in_place(ctx, target) or _outlet_told(ctx, target)):
        return None  # عمت المظاهرات المدن العراقية، في القطيف، في البرازيل، قال المنظمون لـ«الشرق الأوسط»: a place, or the paper told
    first = ctx.token_at(target.start) if target is not None else None
    if first is not None and _displayed(ctx, first):
        return None  # مرددين النشيد الوطني اللبناني: what they sing or carry shows their side, not whom they address
    return target


def _protest_target(ctx: _Context, i: int, hi: int) -> tuple[bool, ArgSpan | None]:
    """Who protesters address: مطالبين X (بـ…), مطالبين بـاستقالة X, المناوئين لـX.  The flag says whether a
    demand or protest cue was found: when it names no actor (تطالب بتوفير الخدمات) there is no other addressee.
    A bracketed aside is passed over (في قضاء الحويجة (50 كلم غرب كركوك) معلنة رفضها مطالب الأحزاب)."""
    end = min(hi, i + FORWARD_WINDOW)
    j = i - 1
    while j + 1 < end:
        j += 1
        if ctx.punct(j) == "(" and (close := _aside_close(ctx, j, hi)) is not None:
            end, j = min(hi, end + close - j + 1), close
            continue
        if ctx.strong(j):
            return False, None
        demand, against = ctx.is_("demand_cue", j), ctx.is_("against_cue", j)
        # للاحتجاج على زيارة غل: right after the protest word its preposition opens what is protested, if it names an actor
        soft = not (demand or against) and j == i and ctx.tokens[j].norm in PROTESTED_PREPS
        if not (demand or against or soft) and ctx.is_("against_lam", j) and j + 1 < hi:
            against = ctx.tokens[j + 1].norm.startswith("ل")  # المناوئين للحكومة; المتظاهرون المعارضون طوقا: an adjective
        if not (demand or against or soft) or j + 1 >= hi:
            continue
        k = j + 1
        tok = ctx.tokens[k]
        if demand and tok.kind == "word" and tok.norm.startswith("ب") and ctx.mention_at.get(k) is None and k + 1 < hi:
            k += 1  # مطالبين باستقالة الحكومة: the demand's object
        found = _phrase_after(ctx, k, min(hi, k + 6))
        if found is not None and demand and k > j + 1 and _indefinite_phrase(ctx, found[0], found[1]):
            return True, None  # المطالبة بتشكيل حكومة إنقاذ وطني: a government to be formed addresses no one yet
        if found is not None and (not soft or _actor_headed(ctx, found[2])):
            # طالبوا باستمرار الضغوط على الحكومة: what is demanded is no addressee; the actor inside it is
            return True, found[2] if _actor_headed(ctx, found[2]) else _actor_inside(ctx, found[2], hi, clause=True)
        agent = _protested_agent(ctx, k, hi)
        if agent is None and soft and ctx.tokens[k].norm == "ما":
            # للاحتجاج على ما يصفونه بوحشية الشرطة، على ما وصفوه بأنه قمع الشرطة: the act past what they call it
            agent = next((a for x in (k + 2, k + 3) if x < hi and (a := _protested_agent(ctx, x, hi)) is not None), None)
        if agent is not None:
            return True, agent
        if soft:
            continue
        if k < hi and _is_trigger(ctx, k):
            return True, _actor_inside(ctx, ctx.token_span(k, k), hi, clause=True)  # ضد الغارات الإسرائيلية: who raided
    return False, None


ASIDE_MAX = 10  # tokens inside a bracketed aside that a search passes over


def _aside_close(ctx: _Context, j: int, hi: int) -> int | None:
    """The index of the ``)`` that closes the bracket at ``j`` within :data:`ASIDE_MAX` tokens, with no stop or
    another bracket inside; ``None`` when there is none."""
    for k in range(j + 1, min(hi, j + 2 + ASIDE_MAX)):
        p = ctx.punct(k)
        if p == ")":
            return k
        if p in (".", "!", "?", "؟", "(", "«", "»"):
            return None
    return None


def _indefinite_phrase(ctx: _Context, first: int, last: int) -> bool:
    """No word from ``first`` to ``last`` has the article or names anyone (حكومة إنقاذ وطني، حكومة جديدة)."""
    return all(ctx.tokens[x].kind == "word" and not _definite(ctx.tokens[x].norm) and (ctx.mention_at.get(x) is None or ctx.mention_at[x].kind == "agent") for x in range(first, last + 1))


def _protested_nationality(ctx: _Context, hit: _Hit, hi: int) -> ArgSpan | None:
    """The nationality inside what a protest word's على or ضد opens, right after it or after its subject, when no
    actor heads that phrase (احتجت البحرين على الأعمال العدوانية الإيرانية، احتجاجا على الغارات الإسرائيلية)."""
    k = hit.last + 1
    if hit.source is not None and ctx.token_at(hit.source.start) == k:
        k = (ctx.token_at(hit.source.end - 1) or k) + 1
    if k + 1 >= hi or ctx.tokens[k].norm not in PROTESTED_PREPS:
        return None
    found = _phrase_after(ctx, k + 1, min(hi, k + 7))
    if found is None or found[0] != k + 1 or _actor_headed(ctx, found[2]):
        return None
    return _nationality_inside(ctx, found[0], found[1])


def _nationality_inside(ctx: _Context, first: int, last: int) -> ArgSpan | None:
    """A nationality adjective inside the phrase from ``first`` to ``last`` (الغارات الإسرائيلية، الأعمال العدوانية
    الإيرانية): the country whose act it is."""
    for j in range(first + 1, last + 1):
        m = ctx.mention_at.get(j)
        if m is not None and m.label == "NORP" and m.kind == "name" and (m.country or ctx.actor(m)):
            return ArgSpan(m.start, m.end, m.entity)
    return None


def _protested_agent(ctx: _Context, k: int, hi: int) -> ArgSpan | None:
    """The agent of a protested act: the actor genitive of the noun at ``k`` (زيارة الرئيس، قرار الحكومة).  The
    genitive of a toll noun is its victim, no agent (احتجاجا على مقتل الفتى)."""
    while k < hi and ctx.punct(k) in QUOTE_MARKS:
        k += 1  # احتجاجا على "التصريحات العدائية"
    if k >= hi or ctx.tokens[k].kind != "word" or ctx.mention_at.get(k) is not None or ctx.is_("stop", k):
        return None
    if any(trig.type == "ASSAULT" and TOLL_FLAGS & trig.flags for trig in _noun_rows(ctx, k)):
        return None
    genitive = _phrase_after(ctx, k + 1, min(hi, k + 6))
    if genitive is not None and not genitive[3] and genitive[0] == k + 1 and _actor_like(ctx, genitive[2]):
        return genitive[2]
    g = k + 1 + _adjectives(ctx, k + 1, hi)
    while g < hi and ctx.punct(g) in QUOTE_MARKS:
        g += 1
    if g < hi and ctx.tokens[g].kind == "word" and ctx.tokens[g].norm.startswith("ل"):
        owner = _phrase_after(ctx, g, min(hi, g + 6))  # على التصريحات العدائية لعدد من المسؤولين الإيرانيين: whose act it is
        if owner is not None and _actor_like(ctx, owner[2]) and not _town(ctx, owner[2]) and not _outlet_told(ctx, owner[2]) and not _place_phrase(ctx, owner[2]):
            return owner[2]
    return None


DISPLAY_BACK = 3  # words from a display noun to the name it shows (صور الرئيس السوري بشار الأسد)


def _displayed(ctx: _Context, j: int) -> bool:
    """The mention at ``j`` is what a ``display_noun`` (flags, pictures, banners, clothes) shows, through titles
    and a genitive chain: رايات حركة حماس، صور الرئيس بشار الأسد، ملابس جنود الجيش."""
    for k in range(j - 1, max(-1, j - 1 - DISPLAY_BACK), -1):
        if ctx.is_("display_noun", k):
            return True
        if ctx.tokens[k].kind != "word" or ctx.is_("stop", k) or _is_trigger(ctx, k):
            return False
    return False


def _actor_after(ctx: _Context, hit: _Hit, hi: int) -> ArgSpan | None:
    """Who a protest is about when no cue says it: the first named organisation, person or
    non-civilian agent after the trigger in the clause (رشقوا قوى الأمن، يهاجمون رئيس الوزراء)."""
    source = hit.source.entity if hit.source is not None else None
    for j in range(hit.last + 1, min(hi, hit.last + 1 + FORWARD_WINDOW)):
        if ctx.strong(j) or ctx.is_("attribution_cue", j) or j > hit.last + 1 and ctx.forms[j] & ctx.lex.speech_verbs or ctx.is_("time_clause", j):
            return None  # حسبما أعلنت وكالة الأنباء، عندما يظهر المرشحون على قناة فوكس نيوز: another clause, not whom it addresses
        m = ctx.mention_at.get(j)
        if m is None or m.label not in ("PER", "ORG") or (source is not None and m.entity == source) or _named_place(ctx, m):
            continue
        if _attack_victim(ctx, j):
            continue  # إضراب عام بعد اغتيال المعارض محمد البراهمي: the victim of the attack protested is no addressee
        if m.kind == "agent" and (m.sector in (None, "CVL") or m.label == "NORP"):
            continue
        if _governed(ctx, j):
            continue  # مصدر في الشرطة، لمكتب الأمم المتحدة، حسب الوكالة: a place or an informant, not the addressee
        if _displayed(ctx, j):
            continue  # رفعوا رايات حركة حماس، صور الرئيس بشار الأسد: what they carry shows whose side they are on
        return ArgSpan(m.start, m.end, m.entity)
    return None


def _attack_victim(ctx: _Context, j: int) -> bool:
    """The mention at ``j`` is the genitive of an attack noun, past titles and definite words (اغتيال المعارض اليساري X)."""
    for k in range(j - 1, max(-1, j - 1 - DISPLAY_BACK), -1):
        if _instrument(ctx, k):
            return False  # المحتجين على مقتل فتى برصاص الشرطة: whose bullets, the attacker
        if any(trig.type == "ASSAULT" for trig in _noun_rows(ctx, k)):
            return True
        if ctx.tokens[k].kind != "word" or ctx.is_("stop", k) or not (ctx.is_title(k) or _definite(ctx.tokens[k].norm)):
            return False
    return False


def _destination(ctx: _Context, hit: _Hit, hi: int) -> tuple[int, ArgSpan] | None:
    """Where the protesters go or stand, when it is an actor's seat (the preposition's index, the phrase): سار
    المتظاهرون حتى السفارة الإسرائيلية، توجهوا إلى مقر رئيس الوزراء، اعتصموا أمام وزارة الداخلية.  A protest at an
    embassy or at an official's seat addresses its government or its owner, unless a demand or a protested thing
    named before it says whom; a city, a square or a crowd after the preposition is only a place."""
    for j in range(hit.last + 1, min(hi, hit.last + 1 + FORWARD_WINDOW)):
        if ctx.strong(j):
            return None
        if not ctx.is_("destination_prep", j):
            continue
        k = j + 1
        while k < hi and ctx.is_("seat_noun", k):
            k += 1
        if k >= hi or ctx.tokens[k].kind != "word":
            continue
        m = ctx.mention_at.get(k)
        seat = m is not None and m.label in ("PER", "ORG") and not (m.kind == "agent" and m.sector in (None, "CVL"))
        if not (seat or ctx.is_title(k) and not ctx.is_("protest_agent", k) and not _action_reading(ctx, k) or _head_sector(ctx, k) == "GOV"):
            continue  # دعت إلى تنظيم انتخابات: a call for an action, no seat
        if m is not None and m.label == "FAC":
            return j, ArgSpan(m.start, m.end, m.entity)  # السفارة الإسرائيلية مسافة كيلومترين: the embassy's name ends the phrase
        found = _phrase_after(ctx, k, min(hi, k + 6))
        if found is not None and found[0] == k:
            return j, found[2]
    return None


INSIDE_WINDOW = 8  # احتجاجا على زيارة غل: the actor is looked for this far into the protested thing
MEMO_GAP = 3  # words between a message noun and the إلى or ل that names its addressee (مذكرة احتجاج شديدة اللهجة إلى)
MEMO_VERB_BACK = 9  # words from a message noun back to the verb that hands it (وسلم المتظاهرون جون اكيج السفير السوداني في واشنطن مذكرة)


def _memo_addressee(ctx: _Context, hit: _Hit, lo: int, hi: int) -> ArgSpan | None:
    """Whom protesters hand a letter or a memorandum (``memo_noun``): the actor after إلى or ل a few words
    past it (ورفعوا مذكرة إلى المجلس البلدي، سلموا رسالة للسفير), or the first object of a ``hand_verb`` before it
    (وسلم المتظاهرون السفير السوداني مذكرة احتجاج).  A protest that hands one addresses that actor."""
    start = hit.first - 1 if hit.first > lo and ctx.is_("memo_noun", hit.first - 1) else hit.last + 1
    for j in range(start, min(hi, hit.last + 1 + FORWARD_WINDOW)):
        if ctx.strong(j) or j > start and _is_trigger(ctx, j) and not ctx.is_("protest_agent", j):
            return None
        if not ctx.is_("memo_noun", j) or ctx.mention_at.get(j) is not None:
            continue
        verb = next((v for v in range(j - 1, max(lo, j - MEMO_VERB_BACK) - 1, -1) if ctx.is_("hand_verb", v)), None)
        obj = _phrase_after(ctx, verb + 1, j) if verb is not None else None
        if obj is not None and not ctx.tokens[verb].norm.endswith("وا"):
            obj = _phrase_after(ctx, obj[1] + 1, j)  # سلم المتظاهرون السفير: the giver comes first
        if obj is not None and j - obj[1] <= MEMO_GAP + 3 and not obj[3] and _actor_headed(ctx, obj[2]):
            titled = ctx.titled(obj[1] + 1) if obj[1] + 1 < j and _definite(ctx.tokens[obj[1] + 1].norm) else None
            if titled is not None and titled[0] <= j:  # … and the title after his name is part of who he is
                return ArgSpan(obj[2].start, ctx.tokens[titled[0] - 1].end, obj[2].entity)
            return obj[2]  # سلموا جون اكيج السفير السوداني في واشنطن مذكرة … أن تسلم إلى: the first object is handed it
        for k in range(j + 1, min(hi, j + 2 + MEMO_GAP)):
            if ctx.strong(k) or ctx.punct(k):
                break
            to = ctx.tokens[k].norm in ("الي", "لي") and k + 1 < hi
            if not (to or ctx.tokens[k].norm.startswith("لل") or _clitic(ctx, k).lstrip("وف") == "ل"):
                continue
            found = _phrase_after(ctx, k + 1 if to else k, min(hi, k + 7))
            if found is not None and found[0] == (k + 1 if to else k) and _actor_headed(ctx, found[2]):
                return found[2]
            break  # نسخة مشوهة لتاريخ يميل للصين: the first إلى or ل names the addressee, or there is none
    return None


def _owner_of_place(ctx: _Context, span: ArgSpan | None) -> ArgSpan | None:
    """غارات على مواقع لجماعة الحوثي: the actor whose places were hit, named right after the place noun."""
    first = ctx.token_at(span.start) if span is not None else None
    if first is None or not ctx.is_("target_noun", first):
        return None
    for j in (first + 1, first + 2):
        m = ctx.mention_at.get(j)
        if m is not None and ctx.actor(m) and m.entity:
            return ArgSpan(span.start, m.end, m.entity)
    return None


def _actor_inside(ctx: _Context, span: ArgSpan, hi: int, clause: bool = False) -> ArgSpan | None:
    """The actor behind what is protested (على زيارة غل، على أحكام أصدرها القضاء، على مقتل مدنيين على يد X):
    the first named person, organisation or country, or non-civilian group, in or right after the phrase.
    ``clause``: stop at a comma as well (تطالب بتوفير الخدمات، شرعت الحكومة: the next clause's subject)."""
    first = ctx.token_at(span.start)
    if first is None:
        return None
    for j in range(first, min(hi, first + INSIDE_WINDOW)):
        if ctx.strong(j) or (clause and ctx.punct(j)):
            return None
        m = ctx.mention_at.get(j)
        if m is None or not ctx.actor(m) or _named_place(ctx, m):
            continue
        if m.kind == "agent" and m.sector in (None, "CVL"):
            continue
        return ArgSpan(m.start, m.end, m.entity)
    return None


NAMED_PLACE_BACK = 3  # title words between a facility noun and the person it is named after (حديقة الصحافي الشهيد X)


def _named_place(ctx: _Context, m: Mention) -> bool:
    """A person's name that names a place: ساحة عبد الحميد كرامي، حديقة الصحافي الشهيد سمير قصير, never an actor."""
    if m.label != "PER":
        return False
    j = ctx.token_at(m.start)
    if j is None:
        return False
    for k in range(j - 1, max(-1, j - 1 - NAMED_PLACE_BACK), -1):
        if ctx.punct(k) in ("«", '"', "“"):
            continue
        if ctx.is_("facility_head", k):
            return True
        if ctx.tokens[k].kind != "word" or ctx.is_("stop", k) or not (ctx.is_title(k) or _definite(ctx.tokens[k].norm)):
            return False  # only the person's titles stand between (الصحافي الشهيد)
    return False


def _governed(ctx: _Context, j: int) -> bool:
    """A word governed by a preposition: a clitic ب/ل/ك, or a preposition or informant word right before it."""
    if ctx.tokens[j].prefix.strip("وف"):
        return True
    if j == 0:
        return False
    if j >= 2 and ctx.punct(j - 1) in QUOTE_MARKS and ctx.tokens[j - 2].norm in ("ل", "ب"):
        return True  # لـ«الشرق الأوسط»: the preposition stands apart before the quote
    prev = ctx.tokens[j - 1].norm
    return ctx.is_("stop", j - 1) or prev in ctx.lex.words.get("informant", frozenset())


def _actor_like(ctx: _Context, span: ArgSpan) -> bool:
    """Whether a phrase can be an actor: a linked entity, an actor mention inside it, or a head noun
    that names people or a group (``event_sectors.tsv`` words, ``actor_noun``, protest agents, victims)."""
    if span.entity is not None:
        return True
    first, last = ctx.token_at(span.start), ctx.token_at(max(span.start, span.end - 1))
    if first is None or last is None:
        return False
    for j in range(first, min(last, first + 3) + 1):
        m = ctx.mention_at.get(j)
        if m is not None and ctx.actor(m) and m.end <= span.end:
            return True
        if ctx.tokens[j].kind != "word" or _action_reading(ctx, j):
            continue
        if any(stem in ctx.lex.sectors for stem, _, _ in ctx.cands[j]):
            return True
        if ctx.is_("actor_noun", j) or ctx.is_("protest_agent", j) or ctx.is_("victim_noun", j) or _people_plural(ctx.tokens[j].norm) or _nisba_plural(ctx.tokens[j].norm):
            return True
    return False


def _town(ctx: _Context, span: ArgSpan) -> bool:
    """A phrase that is the name of a town, a province or a region (درعا، الرمادي), not of a country; with no
    entity of its own, one that opens with such a name (أبها جنوب)."""
    m = ctx.mention_at.get(ctx.token_at(span.start) or 0)
    ent = ctx.doc.entity(span.entity if span.entity is not None else m.entity if m is not None and m.start == span.start else None)
    if ent is None or ent.label not in PLACE_LABELS or ent.type in (None, "country"):
        return False
    return m is not None and m.entity == ent.id and m.start >= span.start and m.end <= span.end


def _sound_plural(ctx: _Context, j: int) -> bool:
    """A sound masculine plural in the nominative, definite or not (المستوطنون، مستوطنون، الحوثيون): its نون stays,
    so no genitive follows it (the construct drops it, مستوطنو القرية) and an adjective after it ends in -ون too.
    A stem of three letters is no such plural (القانون، مخزون، وتعاون), nor is a ``singular_un`` noun (تلفزيون)."""
    if ctx.tokens[j].kind != "word" or ctx.is_("singular_un", j):
        return False
    norm = ctx.tokens[j].norm
    stem = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 6 else norm  # ومستوطنون
    if stem.startswith(("بال", "كال", "لل")):
        return False  # بالقانون: after a preposition a noun is genitive, never a nominative plural
    stem = stem[2:] if stem.startswith("ال") else stem
    return stem.endswith("ون") and len(stem) - 2 >= 4


def _people_behind_lam(ctx: _Context, j: int) -> bool:
    """للطيارين، للمعلمين: a definite sound masculine plural behind ل (genitive -ين) with a stem of four letters or
    more names people; للمطالبة (a purpose) and للطرفين (a dual of a three-letter stem) do not.  So do supporters
    and an indefinite plural of a relative adjective (لأنصار الحوثي، لحوثيين)."""
    norm = ctx.tokens[j].norm if ctx.tokens[j].kind == "word" else ""
    norm = norm[1:] if norm[:1] in ("و", "ف") else norm
    if norm.startswith("لل") and norm.endswith("ين") and len(norm) - 4 >= 4 and not _action_reading(ctx, j):
        return True
    # لأنصار الحوثي، لحوثيين: supporters, or an indefinite plural of a relative adjective, are people too
    if ctx.mention_at.get(j) is not None:
        return False  # لبنانيين: a nationality, not ل
    return any(pre.lstrip("وف") == "ل" and (stem in ctx.lex.words.get("supporter_noun", ()) or stem.endswith("يين") and len(stem) >= 6) for stem, pre, _ in ctx.cands[j])


def _agent_dual(ctx: _Context, j: int) -> bool:
    """An agent word in the dual with its نون (مسلحان، مجهولان): like a sound plural, it heads no genitive (أطلق
    مجهولان النار).  Only agents: many other nouns end in -ان (بيان، لبنان)."""
    m = ctx.mention_at.get(j)
    norm = ctx.tokens[j].norm
    return m is not None and m.kind == "agent" and ctx.token_at(m.end - 1) == j and norm.endswith("ان") and len(norm) >= 5


def _behind_lam(ctx: _Context, span: ArgSpan) -> bool:
    """The phrase opens with the preposition ل (للمقاومة، لمساندة المقاومة); لل + a name is handled with the name."""
    first = ctx.token_at(span.start)
    if first is None or ctx.tokens[first].kind != "word" or ctx.tokens[first].start != span.start or ctx.mention_at.get(first) is not None:
        return False
    norm = ctx.tokens[first].norm
    if norm.startswith(("لل", "ولل")):
        return True
    if ctx.is_("actor_noun", first) or ctx.is_title(first):
        return False
    return any(pre.lstrip("وف") == "ل" and len(stem) >= 4 for stem, pre, _ in ctx.cands[first])  # لجنة، لواء: a stem of three letters is the word


def _people_plural(norm: str) -> bool:
    """A definite sound masculine plural in the nominative names people (المزارعون، المعلمون، الموظفون); a stem
    of three letters is no such plural (القانون، الزيتون، المخزون)."""
    word = norm[1:] if norm[:1] in ("و", "ف") and norm[1:3] == "ال" else norm
    return word.startswith("ال") and word.endswith("ون") and len(word) - 4 >= 4


def _nisba_plural(norm: str) -> bool:
    """A definite plural of a relative adjective names a group of people (العلمانيين، الإسلاميون، الشيوعيين); a stem
    of three letters or fewer is some other word."""
    word = norm[1:] if norm[:1] in ("و", "ف") and norm[1:3] == "ال" else norm
    return word.startswith("ال") and word.endswith(("يين", "يون")) and len(word) - 5 >= 3


def _actor_headed(ctx: _Context, span: ArgSpan) -> bool:
    """Whether a phrase's first word names an actor: an actor mention or an actor head noun.  Stricter than
    :func:`_actor_like`, which also accepts a modifier (أعلاما فلسطينية، الواقع الأمني are no addressees)."""
    first = ctx.token_at(span.start)
    if first is None:
        return False
    if ctx.is_("stop", first) and first + 1 < len(ctx.tokens) and ctx.tokens[first + 1].start < span.end:
        first += 1  # خارج السفارة الصينية
    m = ctx.mention_at.get(first)
    if m is not None and ctx.actor(m):
        return True
    if _action_reading(ctx, first):
        return False
    return ctx.is_title(first) or ctx.is_("protest_agent", first) or ctx.is_("victim_noun", first)


def _action_reading(ctx: _Context, j: int) -> bool:
    """تنظيم انتخابات، قيادة سيارة: an ``action_noun`` that is also a group noun is the action when an indefinite
    common noun follows it (not تنظيم القاعدة، التنظيم)."""
    if not ctx.is_("action_noun", j) or _definite(ctx.tokens[j].norm) or ctx.mention_at.get(j) is not None or j + 1 >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[j + 1]
    return nxt.kind == "word" and not _definite(nxt.norm) and ctx.mention_at.get(j + 1) is None and not ctx.is_("stop", j + 1)


def _anchor(hit: _Hit) -> int:
    return hit.inner.last if hit.inner is not None else hit.last


def _window_end(start: int, hi: int, firsts: list[int]) -> int:
    """End of the forward window from ``start``: the next trigger, the sentence end or the cap."""
    k = bisect.bisect_left(firsts, start)
    nxt = firsts[k] if k < len(firsts) else hi
    return min(hi, nxt, start + FORWARD_WINDOW)


def _sides(ctx: _Context, span: ArgSpan) -> tuple[ArgSpan, ArgSpan] | None:
    """The two sides of fighting بين X وY, when the argument found is X right after بين and an actor joined by و follows
    it: side A as the actor and side B as the recipient, as PLOVER codes two-sided violence with two clear sides
    (its sideAB convention), rather than both sides as the recipient."""
    first, last = ctx.token_at(span.start), ctx.token_at(span.end - 1)
    if first is None or last is None or first == 0 or ctx.tokens[first - 1].norm != "بين" or last + 1 >= len(ctx.tokens):
        return None
    right = ctx.mention_at.get(last + 1)
    named = ctx.mention_at.get(last + 2) if right is None and last + 2 < len(ctx.tokens) else None
    if named is not None and ctx.tokens[last + 1].norm.startswith("و") and ctx.actor(named) and ctx.tokens[last + 1].kind == "word" \
            and not ctx.is_("stop", last + 1) and not _is_trigger(ctx, last + 1) and named.label not in PLACE_LABELS:
        return span, ArgSpan(ctx.tokens[last + 1].start + 1, named.end, named.entity)  # بين الجنود الأتراك ومتمردي حزب العمال
    if not ctx.tokens[last + 1].norm.startswith("و") or right is None or right.start <= ctx.tokens[last + 1].start or not ctx.actor(right):
        return None
    return span, ArgSpan(right.start, right.end, right.entity)


def _assign(ctx: _Context, hit: _Hit, lo: int, hi: int, firsts: list[int], before: list[_Hit]) -> None:
    """Fill source, target and mode of one hit from the words around it."""
    frame = hit.inner.trigger if hit.inner is not None else hit.trigger
    anchor = hit.inner.last if hit.inner is not None else hit.last
    fwd_end = _window_end(hit.last + 1, hi, firsts)
    # a military object (مقاتلين، جنود، أسلحة) makes aid military
    for j in range(anchor + 1, min(_window_end(anchor + 1, hi, firsts), anchor + 10)):
        if ctx.is_("military_object", j):
            if frame.type in AID_FAMILY:
                hit.mode = "military" if hit.mode in (None, "aid") else hit.mode
            break
    src_after: tuple[int, int] | None = None
    light_source = False
    agent = _passive_agent(ctx, hit.last + 1, fwd_end)
    gapped = hit.last - hit.first + 1 > len(hit.trigger.words)
    nxt = _phrase_after(ctx, hit.first + 1, hit.last) if gapped else _phrase_after(ctx, hit.last + 1, fwd_end)
    if gapped and nxt is None:
        nxt = _gap_phrase(ctx, hit)
    trig = hit.trigger
    if "agent" in trig.flags:
        hit.source = _agent_span(ctx, hit.first, hit.last, fwd_end)
        return
    if "object_inside" in trig.flags:
        hit.target = _agent_span(ctx, hit.last, hit.last, fwd_end)  # فرقت الشرطة المتظاهرين: the phrase ends with its object
    undergone = _undergo_subject(ctx, hit, lo) if trig.pos == "noun" else None
    if undergone is not None:
        hit.target = undergone  # تعرضت القوات لهجوم: the subject of تعرض is the target
    if agent is not None:
        hit.source = agent[2]
        described = trig.pos == "noun" and not gapped and nxt is not None and nxt[0] < hit.last + 1 + _adjectives(ctx, hit.last + 1, fwd_end)
        if hit.target is None and nxt is not None and nxt[0] < agent[0] - 1 and not described:
            hit.target = nxt[2]
        if hit.target is None and trig.pos == "noun" and not gapped and agent[1] + 1 < hi and _frame_prep_at(ctx, frame, agent[1] + 1) and not _has_object_suffix(ctx, hit):
            hit.target = _target_after(ctx, frame, agent[1] + 1, _window_end(agent[1] + 1, hi, firsts), None)  # قصف عنيف من قبل قوات النظام على مناطق: the adjective is no target, the prepositional object after the agent is
        return
    if undergone is not None:
        g0 = hit.last + 1 + _adjectives(ctx, hit.last + 1, fwd_end)
        genitive = _phrase_after(ctx, g0, fwd_end) if not gapped else None
        owner = _lam_owner(ctx, g0, fwd_end) if "lam_source" in trig.flags else None
        if genitive is not None and genitive[0] == g0 and not genitive[3] and _actor_headed(ctx, genitive[2]):
            hit.source = genitive[2]  # تتعرض لقصف الحوثيين: the attack noun's genitive attacks
        elif owner is not None:
            hit.source = ArgSpan(owner.start, owner.end, owner.entity)  # تعرضت لقصف مدفعي لقوات النظام: by them
        else:
            hit.source = _light_verb_after(ctx, g0, fwd_end)
        return
    if trig.pos == "verb" and "subject_victim" in trig.flags:  # لقي ستة أشخاص مصرعهم، شخص لقي حتفه: who met death
        hit.target = nxt[2] if gapped and nxt is not None else _fronted_subject(ctx, hit.first, lo) or _mention_right_before(ctx, hit.first, lo) or _victim_before(ctx, hit, lo)
        return
    if trig.pos == "verb" and "victim" in trig.flags and not hit.first_person and hit.last + 1 < fwd_end and ctx.punct(hit.last + 1) in ("،", ","):
        counted = _victim_before(ctx, hit, lo)
        first = ctx.token_at(counted.start) if counted is not None else None
        if first is not None and (_count_word(ctx, first) or first > lo and _count_word(ctx, first - 1)):
            hit.target = counted  # «17 شخصا قتلوا، 12 جنديا وأفراد الطاقم»: a count before the verb and a pause after it
            return
    if trig.pos == "verb":
        victim = "victim" in trig.flags and nxt is not None and not nxt[3] and (_victim_like(ctx, nxt[0]) or _count_before(ctx, hit.last + 1, nxt[0]))
        victim = victim and not _object_after_subject(ctx, nxt, fwd_end)
        plural = _plural_verb(ctx, hit.first)
        if "victim" in trig.flags and not hit.first_person and not gapped and not victim and not _has_object_suffix(ctx, hit):
            passive = _passive_reading(ctx, hit, nxt, lo, fwd_end, hi)
            if passive is not None:
                hit.target = passive  # قتل جنديان أمريكيان في هجوم، شخصا قتل وأصيب آخر: no object, so the verb is passive
                return
        after_event = None if hit.first_person or gapped or hit.type != "ASSAULT" else _object_after_event_subject(ctx, hit.last + 1, hi, firsts)
        if after_event is not None:
            hit.extra["subject_event"], hit.target = after_event  # استهدف هجوم انتحاري دورية للشرطة: the attack is the subject, the object follows it
            return
        subject = None if hit.first_person or gapped else _event_subject(ctx, hit.first, lo)
        if subject is not None:
            hit.extra["subject_event"] = subject  # its attacker is the verb's: _event_subject_source
            hit.target = nxt[2] if nxt is not None and _near(ctx, hit.last, nxt[0]) and not nxt[3] else None
            return  # هجوم انتحاري بسيارة مفخخة استهدف دورية: the attack is the subject, what follows its object
        if trig.next == "target" and gapped and nxt is not None and not hit.first_person:
            hit.source = nxt[2]  # سيطرت جماعة الحوثي على العاصمة: the subject stands inside the phrase, the object after it
            after = _phrase_after(ctx, hit.last + 1, fwd_end)
            hit.target = after[2] if after is not None and _near(ctx, hit.last, after[0]) else None
            return
        if trig.next == "target" or victim:
            hit.target = nxt[2] if nxt is not None and _near(ctx, hit.last, nxt[0]) and not ("victim" in trig.flags and nxt[3]) else None
            if not hit.first_person and "passive" in trig.flags:
                if hit.target is None:  # أربعة ضباط أصيبوا: the subject of a passive verb is its victim; وأصيب في الانفجار خمسة
                    hit.target = _victims_past_circumstance(ctx, hit.last + 1, hi) or _fronted_subject(ctx, hit.first, lo) or _mention_right_before(ctx, hit.first, lo)
                return
            if not hit.first_person:  # الجيش قد قتل، الجماعة قد سيطرت على: an actor named right before the verb
                hit.source = (_fronted_subject(ctx, hit.first, lo) if victim else None) or _mention_right_before(ctx, hit.first, lo) or _relative_antecedent(ctx, hit.first, lo)
                if hit.source is not None and before and _same_actor(hit.source, before[-1].target):
                    hit.source = None  # قتل ضابط تركي وأصيب جنديان: the victim of the verb before is no attacker
                if victim:
                    hit.source = hit.source or _shared_subject(ctx, hit, before, plural)
            return
        if not hit.first_person and not gapped and nxt is not None and not nxt[3] and _near(ctx, hit.last, nxt[0]) and _has_object_suffix(ctx, hit) and _actor_like(ctx, nxt[2]):
            topic = _fronted_subject(ctx, hit.first, lo) or _mention_right_before(ctx, hit.first, lo)
            if topic is not None:
                hit.source, hit.target = nxt[2], topic  # أن جنودا خطفهم مسلحون: the pronoun is the fronted object
                return
        fronted = _fronted_subject(ctx, hit.first, lo)
        if hit.first_person or fronted is None and _speaker_subject(ctx, hit, lo):
            pass  # نرسل، أرسلنا، إنها اعتقلت: the subject is the speaker, the next phrase is the object
        elif fronted is not None:
            hit.source = fronted
        elif trig.next == "source":
            visited = "place_object" in trig.flags and nxt is not None and _place_at(ctx, nxt[0]) and _subject_before(ctx, hit.first, lo) is not None
            relative = not gapped and not _has_object_suffix(ctx, hit) and _relative_before(ctx, hit.first, lo) is not None
            pronoun_prep = _resumptive_prep(ctx, hit.last + 1) if relative else None
            resumed = _phrase_after(ctx, hit.last + 2, fwd_end) if pronoun_prep is not None else None
            if resumed is not None and not resumed[3] and _near(ctx, hit.last + 1, resumed[0]) and _actor_like(ctx, resumed[2]):
                hit.source = resumed[2]  # القمة التي دعا إليها الرئيس أوباما: past the pronoun of the antecedent comes the subject
                src_after = (resumed[0], resumed[1])
                hit.extra["resumed_object"] = pronoun_prep in frame.preps or pronoun_prep[:1] in frame.preps  # إليها of دعا إلى: the
                # pronoun was the object, and nothing after the subject is; فيها "in which" is no object (التي تداهم فيها الشرطة عصابة)
            elif relative and pronoun_prep is None:  # القذائف التي استهدفت المدنيين: the relative's antecedent is the subject, the phrase after the object
                hit.target = nxt[2] if nxt is not None and _near(ctx, hit.last, nxt[0]) and not nxt[3] else None
                hit.source = _relative_antecedent(ctx, hit.first, lo)
            elif nxt is not None and _near(ctx, hit.last, nxt[0]) and not nxt[3] and (ctx.is_("target_noun", nxt[0]) or _accusative_actor(ctx, nxt[0]) or visited):
                hit.target = nxt[2]  # قصف مواقع للحوثيين: places are hit, they do not hit; يستهدف جنودا: the object; الوزير يزور فيفاء: the host
                hit.source = _subject_before(ctx, hit.first, lo)
            elif nxt is not None and hit.first > lo and ctx.is_("slogan_noun", hit.first - 1) and _near(ctx, hit.last, nxt[0]) and not nxt[3]:
                hit.target = nxt[2]  # مرددين شعارات تدين سلطات استونيا: the slogans condemn, what follows is condemned
            elif nxt is not None and _near(ctx, hit.last, nxt[0]) and not plural and not nxt[3] and not _adverbial(ctx, nxt[0]) and not ctx.is_("reflexive", nxt[0]):
                hit.source = nxt[2]
                src_after = (nxt[0], nxt[1])
            else:
                hit.source = _shared_subject(ctx, hit, before, plural) or _subject_before(ctx, hit.first, lo)
    else:
        g0 = hit.last + 1 + _adjectives(ctx, hit.last + 1, fwd_end)
        named = hit.last + 1 < g0 < fwd_end and ctx.mention_at.get(g0) is not None and not gapped and (nxt is None or nxt[0] < g0)
        past = _phrase_after(ctx, g0, fwd_end) if named else nxt  # غارة جوية أمريكية: the actor past the adjective
        quoted = g0 + 1 if g0 + 1 < fwd_end and _opening_quote(ctx, g0) else g0  # هجمات «القاعدة» على أميركا
        genitive = past if past is not None and past[0] in (g0, quoted, _partitive(ctx, g0, fwd_end)) and not past[3] and not _conjunct(ctx, past[0]) else None  # إصابة ثلاثة من المدنيين
        if genitive is not None and (ctx.is_("reflexive", genitive[0]) or _has_object_suffix(ctx, hit)):
            genitive = None  # تفجير نفسها: the actor is the subject of the clause; اعتقاله بتهمة: the pronoun is the genitive
        if genitive is not None and hit.first == hit.last and _definite(ctx.tokens[hit.first].norm) and (_victim_like(ctx, g0) or not _definite(ctx.tokens[g0].norm)):
            genitive = None  # قتل في الهجوم ثلاثة جنود: a definite noun takes no genitive, only its adjective (الهجوم الإسرائيلي)
        obj = _object_after_agent(ctx, genitive, fwd_end) if genitive is not None and "agent_genitive" in trig.flags else None
        if obj is not None:
            hit.source, hit.target = genitive[2], obj  # إحراق مستوطنين منزلهم، إحراق المستوطنين للمنزل: the genitive acted
            src_after = (genitive[0], genitive[1])
        elif trig.next == "target" and genitive is not None and genitive[0] == genitive[1] == hit.last + 1 and _agreeing_nisba(ctx, hit.last, genitive[0]) \
                and ctx.mention_at.get(genitive[0]) is not None:
            hit.source = genitive[2]  # الغزو العراقي، الاجتياح الإسرائيلي: a nationality adjective names who acted, not who was hit
        elif trig.next == "target" and genitive is not None:
            hit.target = genitive[2]
        elif genitive is not None and not gapped and len(trig.words) > 1 and ctx.is_("stop", hit.last):
            hit.target = genitive[2]  # السيطرة على عدن: what follows the frame's preposition is its object, not its subject
        elif trig.next == "source" and genitive is not None and ctx.is_("target_noun", genitive[0]) and not _named_group(ctx, genitive[0]):
            hit.target = genitive[2]  # قصف مواقع للحوثيين: bombing positions is done to them, not by them
        elif trig.next == "source" and genitive is not None:
            hit.source = genitive[2]
            src_after = (genitive[0], genitive[1])
        if hit.source is None and genitive is None and "lam_source" in trig.flags:
            owner = _lam_owner(ctx, g0, fwd_end) if g0 == hit.last + 1 or _light_verb_before(ctx, hit.first, lo) is None else None  # نفذ طيران التحالف غارات مساندة للمقاومة: past an adjective, the light verb's subject acts
            if owner is not None:
                hit.source = ArgSpan(owner.start, owner.end, owner.entity)  # هجوما داميا للقاعدة، غارات لطيران التحالف: by them
                src_after = (g0, ctx.token_at(owner.end - 1) or g0)
            elif hit.type == "PROTEST" and g0 < fwd_end and _people_behind_lam(ctx, g0):
                people = _phrase_after(ctx, g0, fwd_end)  # إضراب للطيارين الإيطاليين، وقفة احتجاجية للمعلمين: the people behind ل strike
                if people is not None and people[0] == g0:
                    hit.source, hit.extra["people_behind_lam"] = people[2], True
                    src_after = (people[0], people[1])
        if hit.source is None and genitive is None and hit.type == "ASSAULT":
            hit.source = _national_instrument(ctx, g0, fwd_end)  # غارة جوية بطائرة أميركية مسيرة: the country flew it
        if hit.source is None and genitive is None and hit.type == "PROTEST" and g0 + 1 < fwd_end and ctx.tokens[g0].norm == "من":
            by = _phrase_after(ctx, g0 + 1, fwd_end)  # احتجاجات من جماعات حماية الأطفال: the protest comes from them
            if by is not None and by[0] == g0 + 1 and not by[3] and _actor_like(ctx, by[2]) and not _town(ctx, by[2]) and not _place_phrase(ctx, by[2]):
                hit.source, src_after = by[2], (by[0], by[1])  # (تظاهرة من مدينة الصدر: whence it set out)
        if hit.source is None:
            hit.source = _light_verb_after(ctx, hit.last + 1, fwd_end)
            last = ctx.token_at(hit.source.end - 1) if hit.source is not None else None
            if last is not None:
                src_after = (last, last)  # هجمات يشنها تنظيم داعش على مواقعها: the target follows the light verb's subject
                light_source = True  # … behind the frame's preposition only: the verb's pronoun is its object
        if hit.source is None:
            light = _light_verb_before(ctx, hit.first, lo)
            toll_before = light is not None and ctx.is_("result_cue", light) and any(CASUALTY_FLAGS & b.trigger.flags and light < b.first for b in before)
            if light is not None and (_result_cue_before(ctx, hit.first) or toll_before):
                pass  # هجوم … أدى إلى مقتل، أسفر عن مقتل 27 وإصابة 100: the subject of أدى is the attack; _link_results gives its attacker
            elif light is not None and _first_person_plural(ctx, light) and (we := _speaker_span(ctx, light)) is not None:
                hit.source = we  # قال أحد المتظاهرين إن «… لذا خرجنا بمظاهرات»: "we", the speaker's side
            elif light is not None:
                after = _phrase_after(ctx, light + 1, hit.first)  # شنت سلسلة من الغارات: a quantity after the verb is no subject
                owner = _owner_group(ctx, after[0], after[1], hit.first) if after is not None and not _actor_like(ctx, after[2]) else None
                if after is not None and owner is not None:  # قام رتل من تنظيم داعش بالهجوم: the unit of a group
                    after = (after[0], ctx.token_at(owner[1].end - 1) or after[1], ArgSpan(after[2].start, owner[1].end, owner[1].entity), after[3])
                hit.source = after[2] if after is not None and not after[3] and _actor_like(ctx, after[2]) else None
                between = range(light + 1, hit.first)
                if hit.source is None and _definite(ctx.tokens[hit.last].norm) and 0 < len(between) <= 3 and all(ctx.tokens[k].kind == "word" and ctx.mention_at.get(k) is None and not ctx.is_("stop", k) for k in between):
                    post = _phrase_after(ctx, g0, fwd_end)  # وينفذ غالبية عمليات الخطف متشددون: the object first, its subject after it
                    if post is not None and post[0] == g0 and not post[3] and _actor_headed(ctx, post[2]) and not ctx.is_("target_noun", g0):
                        hit.source, src_after = post[2], (post[0], post[1])
                hit.source = hit.source or _subject_before(ctx, light, lo)
                if hit.source is not None and _town(ctx, hit.source):
                    hit.source = None  # في محافظة ينبع بعد أيام من عقد فريق اجتماعا: the place before the verb does not meet
                if hit.source is None and hit.type == "PROTEST":
                    hit.source = _crowd_count(ctx, light + 1, hit.first)  # وخرج الآلاف في القاهرة احتجاجا
                if hit.source is None and hit.type == "PROTEST" and after is None and hit.first - light <= 2:
                    post = _phrase_after(ctx, g0, fwd_end)  # شارك في المسيرة مئات المصلين: the subject follows the event
                    if post is not None and post[0] in (g0, _partitive(ctx, g0, fwd_end)) and not post[3] and _actor_like(ctx, post[2]):
                        hit.source, src_after = post[2], (post[0], post[1])
            elif trig.next == "target" and before and hit.first - _anchor(before[-1]) <= 20 and _coordinated(ctx, hit.first):
                hit.source = next((b.source for b in reversed(before) if b.source is not None and b.type != "ACCUSE"), None)  # not who condemned it
            elif hit.type == "PROTEST":
                hit.source = _caller(ctx, hit, lo) or _protesting_subject(ctx, hit, lo)
    aside = "agent" in hit.extra and hit.source is not None and _actor_like(ctx, hit.source) and _in_brackets(ctx, hit.extra["agent"].first, lo)
    if "agent" in hit.extra and hit.source is not None and _actor_like(ctx, hit.source) and _clause_between(ctx, hit.last, hit.extra["agent"].first):
        aside = True  # خرج سكان الأحياء في مظاهرة …، واتهم المتظاهرون الشرطة: protesters of a later clause are not who was named
    if "agent" in hit.extra and (hit.source is None or (hit.type == "PROTEST" and hit.source.entity is None)) and not aside:
        ag = hit.extra["agent"]  # العلمانيين الذين تظاهروا (نصف مليون متظاهر): a count in brackets describes the source found
        hit.source = _agent_span(ctx, ag.first, ag.last, hi)
    after_source = max((src_after[1] + 1) if src_after else 0, hit.last + 1)
    if src_after is not None:
        after_source = _skip_descriptive_clause(ctx, src_after[1], after_source, fwd_end)
        origin = _origin_after(ctx, frame, after_source, fwd_end) if hit.source is not None and after_source == src_after[1] + 1 else None
        if origin is not None:  # مئات المصلين من الرجال والنساء، مسلحين من القبائل: who they are is part of the source
            hit.source = ArgSpan(hit.source.start, origin[1].end, hit.source.entity)
            after_source = origin[0] + 1
            hit.extra["origin"] = True
    if src_after is not None and trig.pos == "verb":
        k = after_source = _past_model(ctx, after_source, fwd_end)
        while k < fwd_end and (ctx.in_time(k) or ctx.is_("time_word", k)):
            k += 1
        obj = _object_past_place(ctx, k, fwd_end, places=True)
        if obj is not None:
            after_source = obj  # أعدم مسلحون في مدينة الموصل اليوم ثلاثة أشخاص: the place between subject and object is neither
        after_source = _past_second_subject(ctx, after_source, fwd_end)
    if hit.target is None and hit.inner is not None and hit.trigger.type == "THREATEN" and trig.direct:
        obj = _phrase_after(ctx, after_source, hit.inner.first)
        if obj is not None and not obj[3] and _actor_like(ctx, obj[2]):
            hit.target = obj[2]  # هددت الحكومة المعارضة بالاعتقال: the threatened stand before what they are threatened with
    if hit.target is None and not hit.extra.get("resumed_object"):
        start = after_source if hit.inner is None else max(after_source, hit.inner.last + 1)
        start = _skip_apposition(ctx, start, hi)
        adjective_end = start
        while trig.pos == "noun" and hit.inner is None and adjective_end < hi and adjective_end - hit.last <= 2 and (
                ctx.is_("event_adjective", adjective_end) or _agreeing_adjective(ctx, adjective_end - 1, adjective_end) or _accusative_nisba(ctx, adjective_end - 1, adjective_end)
                or _dual_nisba(ctx, adjective_end - 1, adjective_end)):
            adjective_end += 1  # إحراق متعمد لمنزل، زيارة مفاجئة للعراق: an adjective is no object
        if adjective_end > start and adjective_end < hi and _frame_prep_at(ctx, frame, adjective_end):
            start = adjective_end
        suffix = hit.inner is None and (hit.trigger.pos == "verb" or trig.next == "target") and _has_object_suffix(ctx, hit)
        if suffix:
            if hit.type in (PERSON_OBJECT_VERBS if hit.trigger.pos == "verb" else PERSON_OBJECT_NOUNS):  # اعتقاله، هددهم: the object is the pronoun
                hit.target = _pronoun_antecedent(ctx, hit, lo, hit.source)
            return
        hit.target = _target_after(ctx, frame, start, _window_end(start, hi, firsts), hit.extra.get("purpose_at"), suffix or light_source)
        if hit.target is not None and hit.extra.get("origin") and not _actor_like(ctx, hit.target) and not _owned(ctx, hit.target, hi):
            hit.target = None  # متظاهرون من حركة الحرس الفتي الموالية للكرملين: the word after who they are is no object
        if hit.target is not None and trig.pos == "noun" and ctx.token_at(hit.target.start) in range(start, adjective_end):
            hit.target = None  # هجمة شرسة، الترحيلات الأجنبية: the adjective is no target
        if hit.target is None and TOLL_FLAGS & trig.flags:
            hit.target = _aside_victims(ctx, start, fwd_end)
    if hit.type == "ASSAULT" and trig.pos == "verb" and trig.mode == "explosives" and not hit.first_person:
        past_source = (ctx.token_at(hit.source.end - 1) or hit.last) + 1 if hit.source is not None and hit.source.start > ctx.tokens[hit.last].start else hit.last + 1
        site = _blast_site(ctx, hit.target, max(after_source, past_source), hi)
        if site is not None:
            hit.target, hit.extra["site"] = site, True  # فجر المهاجمون قنابلهم على متن 3 قطارات: the bomb is no target, where it went off is


PRONOUN_BACK = 25  # words before a trigger where the antecedent of its object pronoun may stand
PERSON_OBJECT_VERBS = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN"})  # verb types whose object pronoun is a person (قتلهم، هددهم); أرسلها، رفضه take things, يستقبلها a port
PERSON_OBJECT_NOUNS = frozenset({"ASSAULT", "COERCE"})  # verbal nouns whose pronoun is the patient (اعتقاله، إصابته); رفضه is "his refusal"


def _pronoun_antecedent(ctx: _Context, hit: _Hit, lo: int, other: ArgSpan | None) -> ArgSpan | None:
    """The person or group an object pronoun stands for (المخطوفين هما بيل غراهام ونيل موريس … تم خطفهما; استشهاد
    الجندي يحيى الشامري بعد إصابته): the nearest actor named before the trigger in its sentence that agrees with
    the pronoun in number (ه، ها: one person, or after a verb one body; هم، هن: a group; هما: two joined by و),
    not the other argument, not a place."""
    if hit.first - 1 >= lo and ctx.is_("relative", hit.first - 1):
        found = _antecedent(ctx, hit.first - 1, lo)  # الجزء الذي تحتله: the relative's antecedent, a thing here
        return found if found is not None and _actor_like(ctx, found) else None
    if hit.trigger.pos == "noun":
        obj = _phrase_after(ctx, hit.last + 1, min(len(ctx.tokens), hit.last + 4))
        if obj is not None and obj[0] in (hit.last + 1, _partitive(ctx, hit.last + 1, len(ctx.tokens))) and not obj[3]:
            return None  # بعد أيام من خطفها ثمانية مقاتلين: with an object after it, the pronoun is the one who acted
    tok = ctx.tokens[hit.last]
    raw = ctx.doc.text[tok.start : tok.end]
    number = "dual" if raw.endswith("هما") else "plural" if raw.endswith(("هم", "هن")) else "one" if raw.endswith(("ه", "ها")) else None
    if number is None:
        return None
    for k in range(hit.first - 1, max(lo, hit.first - PRONOUN_BACK) - 1, -1):
        if ctx.strong(k):
            return None
        m = ctx.mention_end.get(k)
        if m is None or not ctx.actor(m) or m.label in PLACE_LABELS:
            continue
        if other is not None and (m.start < other.end and other.start < m.end or other.entity is not None and m.entity == other.entity
                                  or fold(ctx.doc.text[m.start : m.end]) == fold(ctx.doc.text[other.start : other.end])):
            continue
        first = ctx.token_at(m.start)
        pair = ctx.mention_end.get(first - 1) if first is not None and first - 1 >= lo and ctx.tokens[first].norm.startswith("و") else None
        many = m.label != "PER" and ctx.tokens[k].norm.endswith(("ين", "ون", "ات")) or m.label == "NORP"  # a person's name may end in ين (حسين)
        if number == "dual" and pair is not None and pair.label == m.label:
            return ArgSpan(pair.start, m.end, None)  # بيل غراهام ونيل موريس
        if number == "plural" and (many or pair is not None):
            return ArgSpan(pair.start, m.end, None) if pair is not None else ArgSpan(m.start, m.end, m.entity)
        if number == "one" and not many and (m.label == "PER" or m.kind == "agent" or hit.trigger.pos == "verb" and m.label == "ORG"):
            return ArgSpan(m.start, m.end, m.entity)  # اختطافه، إصابته: a person (جندي); قصفه: a person or a body
        if m.label != "NORP" and first is not None and first - 1 >= lo and m.start == ctx.tokens[first].start and ctx.tokens[first - 1].kind == "word" and not ctx.is_("stop", first - 1) and ctx.mention_end.get(first - 1) is None:
            continue  # الجندي يحيى الشامري من منسوبي القوات البرية بعد إصابته: a group in a genitive is part of a phrase
        return None  # the nearest actor does not agree: the pronoun stands for something else
    return None


def _aside_victims(ctx: _Context, j: int, end: int) -> ArgSpan | None:
    """إصابة عشرة بينهم ثلاثة من رجال الشرطة: a bare count names no one; the actor in the aside after it does."""
    while j < end and ctx.approximator(j):
        j += 1
    if j + 2 >= end or not (ctx.tokens[j].kind == "number" or ctx.is_("numeral", j)) or not ctx.is_("aside", j + 1):
        return None
    found = _phrase_after(ctx, j + 2, end)
    return found[2] if found is not None and not found[3] and _actor_like(ctx, found[2]) else None


SHARED_SUBJECT_GAP = 12  # فتح مسلح النار داخل صالة سينما مكتظة في لافايت، فقتل: words from a verb to the one joined to it


def _origin_after(ctx: _Context, frame: Trigger, j: int, end: int) -> tuple[int, ArgSpan] | None:
    """من and the people right after a source phrase (مسلحين من القبائل، متظاهرون من حركة الحرس الفتي): who the
    source are, as its last token and span; a place (من محافظة عمران: whence) or a frame preposition (انسحب من) is none."""
    if j + 1 >= end or ctx.tokens[j].norm != "من" or _frame_prep_at(ctx, frame, j):
        return None
    found = _phrase_after(ctx, j + 1, end)
    if found is None or found[0] != j + 1 or found[3] or not _actor_like(ctx, found[2]) or _town(ctx, found[2]) or _place_phrase(ctx, found[2]):
        return None
    last, span = found[1], found[2]
    while last + 1 < end and ctx.tokens[last + 1].norm.startswith("و") and len(ctx.tokens[last + 1].norm) > 2:
        more = _phrase_after(ctx, last + 1, end)  # من الرجال والنساء: the conjuncts too
        if more is None or more[0] != last + 1 or more[3] or not _actor_like(ctx, more[2]):
            break
        last, span = more[1], ArgSpan(span.start, more[2].end, None)
    return last, span


def _past_model(ctx: _Context, j: int, end: int) -> int:
    """Past «من طراز إف 16» after a subject (طائرات تركية من طراز إف 16 …): the model of the craft or weapon is
    neither the subject nor the object.  The model is one word and the numbers written after it."""
    if j + 2 >= end or ctx.tokens[j].norm != "من" or not ctx.is_("model_noun", j + 1) or ctx.tokens[j + 2].kind != "word" or ctx.is_("stop", j + 2):
        return j
    k = j + 3
    while k < end and (ctx.tokens[k].kind == "number" or ctx.punct(k) == "-" and k + 1 < end and ctx.tokens[k + 1].kind == "number"):
        k += 1
    return k


def _skip_descriptive_clause(ctx: _Context, last: int, j: int, end: int) -> int:
    """خطف مسلحون يرتدون زي الشرطة خمسة بريطانيين: an imperfect verb right after an indefinite subject opens a
    clause that describes it; the verb's object is the clause's own, the event's object follows it."""
    if j >= end or _definite(ctx.tokens[last].norm) or ctx.mention_at.get(j) is not None or ctx.tokens[j].kind != "word":
        return j
    norm = ctx.tokens[j].norm
    if not (norm[:1] in ("ي", "ت") and len(norm) >= 5 and norm.endswith("ون") or imperfect_verb_form(norm)):
        return j
    inner = _phrase_after(ctx, j + 1, end)
    return inner[1] + 1 if inner is not None and inner[0] == j + 1 and not inner[3] and inner[1] + 1 < end else j


def _crowd_count(ctx: _Context, j: int, end: int) -> ArgSpan | None:
    """تجمع المئات خارج المكتب، تظاهر عشرات الآلاف: a count right after a protest verb, with no noun counted, is
    the crowd that protests (with من and its phrase when they follow: المئات من الطلاب)."""
    while j < end and (ctx.in_time(j) or ctx.is_("time_word", j) or ctx.approximator(j)):
        j += 1
    k = j
    while k < end and _count_word(ctx, k) and ctx.mention_at.get(k) is None:
        k += 1
    if k == j or k - j > 3 or ctx.tokens[k - 1].kind == "number" and not (k < end and _counted_noun(ctx, k)):
        return None
    if k < end and ctx.tokens[k].kind == "word" and not _place_head_at(ctx, k) and _actor_like(ctx, ctx.token_span(k, k)) and not _counted_noun(ctx, k):
        return None  # آلاف الإيرانيين، مائة متظاهر: the counted noun is the crowd, the agent rules name it (بمحافظة is a place)
    start = ctx.tokens[j].start + (1 if _wa_word(ctx, j, "numeral") else 0)  # تظاهر ومجموعة من المقاولين: the crowd without و
    if k + 1 < end and ctx.tokens[k].norm == "من":
        found = _phrase_after(ctx, k + 1, end)
        if found is not None and found[0] == k + 1 and not found[3] and _actor_like(ctx, found[2]):
            return ArgSpan(start, found[2].end, found[2].entity)
    if k < end and not _definite(ctx.tokens[k - 1].norm) and _counted_noun(ctx, k):
        return ArgSpan(start, ctx.tokens[k].end)  # تظاهر نحو 60 مسيحياً، 200 عامل: the count with the noun it counts
    return ArgSpan(start, ctx.tokens[k - 1].end)


def _count_word(ctx: _Context, k: int) -> bool:
    """A number in digits or a count word (مئات، ثلاثة)."""
    tok = ctx.tokens[k]
    return tok.kind == "number" or tok.kind == "word" and ctx.is_("numeral", k)


def _counted_noun(ctx: _Context, k: int) -> bool:
    """The noun a count counts: an indefinite word with no article or clitic preposition, no time, no place, no
    trigger, no unit of measure and no function word (200 عامل، 60 شاباً; not 3 أيام، 10 في المئة)."""
    tok = ctx.tokens[k]
    if tok.kind != "word" or _definite(tok.norm) or ctx.mention_at.get(k) is not None or ctx.is_("stop", k) or ctx.is_("time_word", k) or ctx.in_time(k):
        return False
    if _is_trigger(ctx, k) or ctx.is_("target_noun", k) or ctx.is_("numeral", k) or ctx.is_("measure_unit", k) or ctx.is_("destination_prep", k) or _clitic(ctx, k):
        return False
    return _actor_like(ctx, ctx.token_span(k, k)) or not ctx.is_("partitive_noun", k)


def _shared_subject(ctx: _Context, hit: _Hit, before: list[_Hit], plural: bool) -> ArgSpan | None:
    """أصاب متظاهرون شرطيا وأحرقوا مصارف، فتح مسلح النار فقتل شخصين: a plural verb joined by و, or any verb
    joined by ف (and then), to the verb just before it shares its subject (the phrase between them is that verb's
    object, not this one's subject).  A singular verb after و is as often passive (وقتل خمسة)."""
    norm = ctx.tokens[hit.first].norm
    if not (norm.startswith("ف") or plural and norm.startswith("و")) or not before:
        return None
    prev = next((b for b in reversed(before) if "agent" not in b.trigger.flags), None)
    if prev is None or prev.trigger.pos != "verb" or prev.source is None or hit.first - prev.last > SHARED_SUBJECT_GAP:
        return None
    if any(ctx.strong(j) for j in range(prev.last + 1, hit.first)):
        return None
    return prev.source


CALL_WINDOW = 8  # دعا الاتحاد النقابي الأساسي في تايلاند أمس إلى الإضراب: words between the call verb and إلى


def _caller(ctx: _Context, hit: _Hit, lo: int) -> ArgSpan | None:
    """دعا الاتحاد النقابي إلى الإضراب: who calls for a strike or a protest leads it (the coders' source)."""
    at = hit.first - 1
    if at <= lo or ctx.tokens[at].norm not in ("الي", "لي"):
        return None
    for v in range(at - 1, max(lo, at - CALL_WINDOW) - 1, -1):
        if ctx.strong(v):
            return None
        if ctx.tokens[v].kind == "word" and _verb_of(ctx, v, ctx.lex.call_verbs):
            after = _phrase_after(ctx, v + 1, at)
            found = after[2] if after is not None and not after[3] else _subject_before(ctx, v, lo)
            return found if found is not None and _actor_like(ctx, found) else None
    return None


PURPOSE_BACK = 20  # words from a purpose noun (احتجاجا) back to the action it explains
CLAUSE_OPENERS = frozenset({"حيث", "اذ"})  # a clause of their own starts after them


def _purpose_form(ctx: _Context, hit: _Hit) -> bool:
    """Is the protest noun one of purpose: accusative (احتجاجا) or behind ل (للاحتجاج)?"""
    tok = ctx.tokens[hit.first]
    return tok.norm.endswith("ا") or "ل" in hit.prefix or tok.norm.startswith(("لل", "ولل"))


def _purpose_target(ctx: _Context, hits: list[_Hit]) -> None:
    """تظاهرة … بدعوة من النادي احتجاجاً على ما يتعرض له …: a protest noun of purpose later in the clause names what
    the protest before it protests, so a protest whose addressee is not found before the purpose noun takes the
    purpose noun's (خرج الآلاف في مسيرة للاحتجاج على ما يصفونه بوحشية الشرطة في فض اشتباكات بين متظاهرين مناهضين
    للحكومة: the police, not the government other protesters oppose)."""
    for n, hit in enumerate(hits):
        if hit.type != "PROTEST":
            continue
        for later in hits[n + 1 :]:
            if later.first - hit.last > PURPOSE_BACK or _sentence_break(ctx, hit.last + 1, later.first):
                break
            if later.type == "PROTEST" and _purpose_form(ctx, later):
                past = hit.target is None or hit.target.start >= ctx.tokens[later.first].start
                if past and later.target is not None and not (hit.source is not None and hit.source.start == later.target.start):
                    hit.target = later.target
                break


def _sentence_break(ctx: _Context, i: int, j: int) -> bool:
    """Whether a full stop, or a word that opens a clause of its own (حيث، فيما), lies in tokens ``[i, j)``;
    brackets, which hold asides (هلمستاد (450 كلم جنوب العاصمة)), are none."""
    return any(
        ctx.punct(k) in (".", ";", "؛", "!", "?", "؟", "…") or ctx.tokens[k].norm in CLAUSE_OPENERS or ctx.is_("clause_break", k) or ctx.is_("time_clause", k)
        for k in range(i, j)
    )


def _protesting_subject(ctx: _Context, hit: _Hit, lo: int) -> ArgSpan | None:
    """أضرب العرب امس احتجاجا على، تركيا تستعيد القواعد احتجاجا على، قطع آلاف من السائقين الشوارع احتجاجا على: a
    protest noun of purpose (accusative احتجاجا, or للاحتجاج) explains the clause's action, so whoever acts there
    protests: an actor that opens the clause (headline order: a country may, a town may not), else the actor right
    after the clause's first word (its verb, or كان)."""
    if not _purpose_form(ctx, hit):
        return None
    start = lo
    for j in range(hit.first - 1, max(lo, hit.first - PURPOSE_BACK) - 1, -1):
        if ctx.strong(j) or (ctx.tokens[j].norm in CLAUSE_OPENERS or ctx.is_("clause_break", j)) and j + 1 < hit.first:
            start = j + 1  # حيث قطع آلاف من السائقين الشوارع احتجاجا: the clause opens after حيث
            break
    else:
        if hit.first - PURPOSE_BACK > lo:
            return None
    while start < hit.first and (ctx.tokens[start].kind != "word" or ctx.is_("skip", start) or ctx.is_("time_word", start)):
        start += 1
    opening = ctx.mention_at.get(start)
    if opening is not None and ctx.actor(opening):
        span = ArgSpan(opening.start, opening.end, opening.entity)
        return None if _town(ctx, span) else span  # تركيا تستعيد القواعد احتجاجا
    if start + 1 < hit.first and ctx.mention_at.get(start) is None:
        found = _phrase_after(ctx, start + 1, hit.first)
        if found is not None and not found[3] and _actor_like(ctx, found[2]) and not _town(ctx, found[2]):
            return found[2]  # أضرب العرب في إسرائيل امس احتجاجا: the subject after the verb
        return _crowd_count(ctx, start + 1, hit.first)  # وتظاهر الآلاف في القاهرة احتجاجا
    return None


def _national_instrument(ctx: _Context, j: int, end: int) -> ArgSpan | None:
    """بطائرة أميركية، بصاروخ إسرائيلي: an instrument behind ب with a nationality adjective names the attacking
    country (the phrase without ب is the argument)."""
    if j + 1 >= end or ctx.tokens[j].kind != "word" or ctx.mention_at.get(j) is not None:
        return None
    pre = next((pre for stem, pre, _ in ctx.cands[j] if pre.lstrip("وف") == "ب" and len(stem) >= 3), None)
    m = ctx.mention_at.get(j + 1)
    if pre is None or m is None or m.label != "NORP" or m.kind != "name" or not _agreeing_nisba(ctx, j, j + 1):
        return None
    return ArgSpan(offset_in_token(ctx.tokens[j], ctx.doc, len(pre)), m.end, m.entity)


def _frame_prep_at(ctx: _Context, frame: Trigger, j: int) -> bool:
    """Token ``j`` is, or carries, one of the frame's prepositions (على، ل …)."""
    return any(f in frame.preps for f in ctx.forms[j]) or _clitic(ctx, j).lstrip("وف")[:1] in frame.preps


def _lam_owner(ctx: _Context, j: int, end: int) -> Mention | None:
    """An actor named behind ل right after an attack noun and its adjectives (``lam_source`` rows): هجوم للقاعدة is
    an attack by al-Qaeda.  A country is left out (غارة لإسرائيل reads both ways), and so is a news outlet, which
    behind ل is whom someone speaks to."""
    if j >= end or ctx.tokens[j].kind != "word":
        return None
    quoted = ctx.tokens[j].norm == "ل" and j + 2 < end and ctx.punct(j + 1) in QUOTE_MARKS  # هجوم لـ«داعش»
    m = ctx.mention_at.get(j + 2 if quoted else j)
    if m is None and j + 1 < end and ctx.tokens[j].norm.startswith("ل") and ctx.is_("force_noun", j):
        group = ctx.mention_at.get(j + 1)  # غارة جوية لقوات التحالف الدولي: the group's forces, behind ل
        if group is not None and ctx.actor(group) and group.label != "GPE" and not _outlet(ctx, group):
            return Mention(ctx.tokens[j].start + 1, group.end, label=group.label, kind=group.kind, entity=group.entity)
    if m is None or not ctx.actor(m) or m.label == "GPE" or _named_place(ctx, m):
        return None
    if _outlet(ctx, m):
        return None  # منظمي المظاهرات لوكالة الصحافة الفرنسية: a news agency behind ل is told, it does not act
    return m if quoted or _prep_of(ctx, j, m.start, j) == "ل" else None


def _object_after_agent(ctx: _Context, genitive: tuple[int, int, ArgSpan, bool], end: int) -> ArgSpan | None:
    """The object after a verbal noun's agent (``agent_genitive`` rows): right after an actor genitive, an object
    in the accusative (منزلا، ثلاثة), with a possessive pronoun (منزلهم) or behind the lam of the object (للمنزل)
    makes the genitive the agent.  An apposition (اعتقال الناشط محمد علي) or an adjective is no object."""
    j = genitive[1] + 1
    if j >= end or ctx.tokens[j].kind not in ("word", "number") or not _actor_headed(ctx, genitive[2]) or ctx.is_("stop", j):
        return None
    if ctx.tokens[j].norm.startswith(("و", "ف")) or _adverbial(ctx, j):
        return None  # ترحيل السجناء وفقا لتاريخ: a conjunct or an adverb is no object
    m = ctx.mention_at.get(j)
    if m is not None and m.label == "PER" or _agreeing_nisba(ctx, genitive[1], j) or _is_trigger(ctx, j):
        return None
    tok = ctx.tokens[j]
    surface = ctx.doc.text[tok.start : tok.end]
    lam = tok.norm.startswith("لل") or _clitic(ctx, j).lstrip("وف") == "ل"
    accusative = tok.kind == "number" or ctx.is_("numeral", j) or (tok.norm.endswith("ا") and not _definite(tok.norm) and len(tok.norm) > 3)
    possessed = not _definite(tok.norm) and surface.endswith(("هم", "ها", "هن")) and len(tok.norm) > 4
    if not (lam or accusative or possessed):
        return None
    found = _phrase_after(ctx, j, end)
    count = tok.kind == "number" or ctx.is_("numeral", j)
    if found is not None and (count or found[0] == j):
        return found[2]
    if count and j + 1 < end and ctx.tokens[j + 1].kind == "word" and not ctx.is_("stop", j + 1):
        return ctx.token_span(j, j + 1)  # ثلاثة متظاهرين
    return None


def _near(ctx: _Context, last: int, j: int) -> bool:
    """Token ``j`` opens a phrase within VSO_WINDOW words after ``last``, time expressions not counted
    (قتل أول من أمس 4 جنود)."""
    return j - last - sum(1 for k in range(last + 1, j) if ctx.in_time(k) or ctx.is_("time_word", k) or ctx.approximator(k)) <= VSO_WINDOW


def _passive_reading(ctx: _Context, hit: _Hit, nxt: tuple[int, int, ArgSpan, bool] | None, lo: int, end: int, hi: int) -> ArgSpan | None:
    """The victim of a kill/wound verb read as passive (unvocalised قتل is also قُتل), or None when active.

    With one noun phrase after the verb and no object after it (قتل جنديان أمريكيان في الموصل) that
    phrase is the victim; with none after it (ان شخصا قتل وأصيب آخر، خمسة أشخاص على الأقل قتلوا) the
    phrase before the verb is.  A second phrase after the first (قتل الجيش خمسة مسلحين) makes it active.
    A phrase after a comma that opens with و starts the next clause (خمسة جنود قتلوا، وفقد 15 آخرون): the verb has
    nothing after it.
    """
    if nxt is not None and ctx.tokens[nxt[0]].norm.startswith("و") and any(ctx.punct(k) in ("،", ",") for k in range(hit.last + 1, nxt[0])):
        nxt = None
    resumptive = hit.last + 1 < hi and ctx.tokens[hit.last + 1].norm in RESUMPTIVE_PREPS
    if nxt is None or nxt[3] or resumptive:  # قتل فيه ضابط صف: "was killed in it", unless a counted object follows
        counted = _victims_past_circumstance(ctx, hit.last + 1, hi)
        after = (ctx.token_at(counted.end - 1) or hi) + 1 if counted is not None else hi
        counted_object = after < hi and (ctx.tokens[after].kind == "number" or ctx.is_("numeral", after) or _accusative_actor(ctx, after) or _people_object(ctx, after))
        if counted is not None and not (resumptive and counted_object):
            return counted  # وقتل في الهجوم ثلاثة جنود، وقتل فيه 13: the victims follow where or how they fell
    if nxt is not None and not nxt[3] and _near(ctx, hit.last, nxt[0]):
        if _accusative_actor(ctx, nxt[0]) or _accusative_place(ctx, nxt[0]) or _plural_verb(ctx, hit.first):
            return None  # قتلت غارة أمريكية قيادياً، أصابت أهدافا لحزب: an accusative is an object; يعدمون أسرى: a plural verb names its subject, so it is active
        j = nxt[1] + 1
        while j < end and (ctx.is_("time_word", j) or _adverbial(ctx, j) or ctx.is_("skip", j) or ctx.in_time(j)):
            j += 1
        if j < end and not ctx.strong(j) and not ctx.punct(j) and _object_like(ctx, j):
            return None
        if _object_past_place(ctx, j, end) is not None:
            return None  # قتل مسلح في لافاييت شخصين: a place phrase stands between the subject and the object
        if j + 1 < end and ctx.punct(j) in ("،", ",") and _object_like(ctx, j + 1) and ctx.tokens[j + 1].norm.endswith("ا") and not _definite(ctx.tokens[j + 1].norm):
            return None  # خطف مسلحون قبل أيام، عددا من الأشخاص: an accusative after the aside is the object
        return nxt[2] if _actor_like(ctx, nxt[2]) else None
    if nxt is not None and not nxt[3]:
        return None
    return _victim_before(ctx, hit, lo)


def _victim_before(ctx: _Context, hit: _Hit, lo: int) -> ArgSpan | None:
    """The actor phrase right before a passive verb (past قد، على الأقل, quotes, a relative, an aside): its subject."""
    k = hit.first - 1
    while k >= lo and (ctx.is_("skip", k) or ctx.is_("hedge", k) or ctx.is_("adverb", k) or ctx.punct(k) in ('"', "«", "»")):
        k -= 1  # الانتحاري أيضا لقي حتفه: the adverb is no part of who died
    if k > lo and ctx.is_("relative", k) and ctx.tokens[k].norm != "ما":
        k -= 1  # النائب أنطوان غانم الذي قتل مع تسعة آخرين: the relative's antecedent was killed
        if k > lo and ctx.punct(k) in ("،", ","):
            k -= 1  # قائد التنظيم ناصر الوحيشي، الذي قتل في غارة
    else:
        k = _before_aside(ctx, k, lo)
    if k < lo or ctx.tokens[k].kind != "word" or ctx.is_("stop", k) or _is_trigger(ctx, k):
        return None
    m = ctx.mention_end.get(k)
    if m is not None and ctx.actor(m) and _prep_before_mention(ctx, m) and m.label in PLACE_LABELS:
        return None  # وفي العراق أصابت الغارات أهدافا: where, not who was hit
    if m is not None and ctx.actor(m):
        span = ArgSpan(m.start, m.end, m.entity)
        f = ctx.token_at(m.start)
        quoted = f is not None and f > lo and ctx.punct(f - 1) in QUOTE_MARKS and k + 1 < len(ctx.tokens) and ctx.punct(k + 1) in QUOTE_MARKS
        if quoted:
            f -= 1
        if f is not None and f - 1 > lo and ctx.tokens[f - 1].norm in ("في", "من"):
            head = _np_before(ctx, f - 2, max(lo, f - 4))  # أن قياديا كبيرا في «القاعدة» قتل: the leader was killed, not the group
            if head is not None and _actor_like(ctx, head) and ctx.mention_end.get(f - 2) is None:
                span = ArgSpan(head.start, ctx.tokens[k + 1].end if quoted else m.end)  # a quoted name keeps both marks
    else:
        span = _np_before(ctx, k, max(lo, k - 3))
    return span if span is not None and _actor_like(ctx, span) else None


SITE_WINDOW = 8  # words from a detonated object (ثلاث سيارات ملغومة) to the preposition of where it went off


def _blast_site(ctx: _Context, target: ArgSpan | None, start: int, hi: int) -> ArgSpan | None:
    """Where a bomb went off, the target of an explosives verb whose object is the bomb (فجرت الجبهة ثلاث سيارات
    ملغومة في المدينة، فجر المهاجمون قنابلهم على متن قطارات): the phrase after the first ``site_prep`` past it.  None
    when the object is something else (فجروا الجسر).  After نفسه the rules before stay: reading the place there as the
    target lost more arguments than it gained."""
    j = start
    while j < hi and (ctx.in_time(j) or ctx.is_("time_word", j) or ctx.tokens[j].kind == "number" or ctx.is_("numeral", j)):
        j += 1
    if j >= hi or not ctx.is_("explosive_object", j):
        return None
    if target is not None and ctx.token_at(target.start) not in (j, j + 1) and not ctx.is_("explosive_object", ctx.token_at(target.start) or 0):
        return None  # the target found is not the bomb
    for k in range(j + 1, min(hi, j + SITE_WINDOW)):
        if ctx.strong(k) or ctx.punct(k) in ("،", ","):
            return None
        if ctx.is_("site_prep", k):
            if k + 1 < hi and ctx.is_("passage_cue", k + 1):
                return None  # لدى مرور دورية: what passed is hit (_passing)
            site = _phrase_after(ctx, k + 1, hi)
            return site[2] if site is not None and not site[3] and site[0] - k <= 3 else None
    return None


RESUMPTIVE_PREPS = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # the attack or the place, resumed right after a passive verb
CIRCUMSTANCE_WORDS = 3  # words of a prepositional phrase (في الهجوم الانتحاري) between a passive verb and its counted victims


def _victims_past_circumstance(ctx: _Context, j: int, end: int) -> ArgSpan | None:
    """The victims of a passive kill/wound verb after a short prepositional phrase that opens at ``j`` (وقتل في
    الهجوم ثلاثة جنود، وأصيب جراء القصف 12 مدنيا) or a preposition with a pronoun (وقتل فيه 13 من المصلين): a
    count or a victim noun opens them, so no verb with an object can be meant; an actor right after a definite
    phrase (وقتل في الهجوم جنديان) is one too.  (``_phrase_after`` stops at the
    trigger of the circumstance, الهجوم، الانفجار, so this looks to the end of the sentence.)"""
    while j < end and (ctx.in_time(j) or ctx.is_("time_word", j)):
        j += 1
    if j >= end or ctx.tokens[j].kind != "word":
        return None
    definite = True
    if ctx.is_("skip", j):
        k = j + 1
    elif ctx.is_("stop", j) and (ctx.tokens[j].norm in PLACE_PREPS or ctx.is_("cause_prep", j)) or _clitic(ctx, j).lstrip("وف") == "ب":
        k = j + 1 if ctx.is_("stop", j) else j
        first = k
        while (k < end and k - first < CIRCUMSTANCE_WORDS and ctx.tokens[k].kind == "word" and not _victim_like(ctx, k) and not ctx.approximator(k)
               and not ctx.is_("stop", k) and not ctx.is_("relative", k) and (k == first or _circumstance_adjective(ctx, k, first))):
            k += 1
        if k == first:
            return None
        definite = all(_definite(ctx.tokens[x].norm.lstrip("ب")) for x in range(first, k))
    else:
        return None
    victims = _phrase_after(ctx, k, end)
    if victims is None or victims[3] or not _near(ctx, k - 1, victims[0]) or not _actor_like(ctx, victims[2]):
        return None
    if _count_before(ctx, k, victims[0]) or _victim_like(ctx, victims[0]) or _people_plural(ctx.tokens[victims[0]].norm):
        return victims[2]
    return victims[2] if definite and victims[0] == k and _actor_headed(ctx, victims[2]) else None  # وقتل في الهجوم جنديان، قائد الشرطة


def _circumstance_adjective(ctx: _Context, k: int, first: int) -> bool:
    """A word that goes on the circumstance opened at ``first``: an adjective of the noun before it, as definite as
    it (الهجوم الانتحاري، هجوم انتحاري، الهجوم الأمريكي), or, after an indefinite word, an indefinite word that names
    no actor (انفجار عبوة ناسفة)."""
    norm, prev = ctx.tokens[k].norm, ctx.tokens[k - 1].norm
    m = ctx.mention_at.get(k)
    if m is not None and m.kind != "agent" and m.label != "NORP":
        return False
    if _definite(norm) == _definite(prev.lstrip("ب")) and (_nisba(norm) or ctx.is_("event_adjective", k)):
        return True
    return m is None and not _definite(prev) and not _definite(norm) and not _actor_like(ctx, ctx.token_span(k, k))


def _skip_place_phrase(ctx: _Context, j: int, end: int) -> int | None:
    """The index after a place phrase (في لافاييت، في مدينة حلب) and the times after it, opening at ``j``, or None
    when none opens there."""
    if j >= end or ctx.tokens[j].norm not in PLACE_PREPS:
        return None
    noun = j + 2 < end and ctx.mention_at.get(j + 1) is None and ctx.tokens[j + 1].kind == "word" and not _is_trigger(ctx, j + 1)
    m = ctx.mention_at.get(j + 2 if noun else j + 1) if j + 1 < end else None  # في مدينة الموصل، في محافظة الأنبار: a place noun before the name
    if m is None or m.label not in PLACE_LABELS:
        return None
    k = (ctx.token_at(m.end - 1) or j + 1) + 1
    while k < end and (ctx.in_time(k) or ctx.is_("time_word", k)):
        k += 1
    return k


def _object_past_place(ctx: _Context, j: int, end: int, places: bool = False) -> int | None:
    """The index of an object right after a place phrase (and its times) that opens at ``j``: people or a count hit
    (قتل مسلح في لافاييت شخصين) or, with ``places``, places hit (قصفت الطائرات في ريف إدلب مواقع); else None."""
    k = _skip_place_phrase(ctx, j, end)
    if k is None or k >= end or not _object_like(ctx, k):
        return None
    hit = _victim_like(ctx, k) or _accusative_actor(ctx, k) or _people_object(ctx, k) or places and ctx.is_("target_noun", k)
    return k if hit else None


def _people_object(ctx: _Context, k: int) -> bool:
    """An indefinite dual or plural in -ين naming people (شخصين، مدنيين): in the accusative after a verb."""
    norm = ctx.tokens[k].norm
    return not _definite(norm) and norm.endswith("ين") and _actor_like(ctx, ctx.token_span(k, k))


def _before_aside(ctx: _Context, k: int, lo: int) -> int:
    """ثمانية أشخاص، بينهم طفلان، قتلوا: a comma-delimited aside opened by بينهم / منهم (``aside``), or a hedge
    (7 من المسلحين، على الأقل، قتلوا), that ends at token ``k`` is skipped; the token before it is returned (``k``
    itself when there is none)."""
    if k < lo or ctx.punct(k) not in ("،", ","):
        return k
    for c in range(k - 1, max(lo, k - APPOSITION_MAX) - 1, -1):
        if ctx.strong(c):
            return k
        if ctx.punct(c) in ("،", ","):
            if c + 1 < k and (ctx.is_("aside", c + 1) or all(ctx.is_("hedge", x) for x in range(c + 1, k))):
                j = c - 1
                while j >= lo and ctx.punct(j) in ('"', "«", "»"):
                    j -= 1
                return j
            return k
    return k


def _count_before(ctx: _Context, i: int, j: int) -> bool:
    """A count between the verb and the phrase (قتلت أربعة من المسلحين): the phrase is the victim."""
    return any(ctx.tokens[k].kind == "number" or ctx.is_("numeral", k) for k in range(i, j))


def _accusative_actor(ctx: _Context, j: int) -> bool:
    """An indefinite actor noun in the accusative (جنودا، شابا، قياديا): the verb's object, never its subject."""
    norm = ctx.tokens[j].norm
    m = ctx.mention_at.get(j)
    if not _indefinite_accusative(ctx, j) or norm.endswith("ها"):
        return False
    if m is not None and (m.kind != "agent" or j > 0 and _count_word(ctx, j - 1)):
        return False  # an agent word the tagger marked is still an object in the accusative (جنديا), not after a count (40 متظاهرا)
    return _head_sector(ctx, j) is not None or ctx.is_("actor_noun", j) or ctx.is_("victim_noun", j) or norm[:-1].endswith("ي") and len(norm) >= 5  # قياديا، عسكريا


def _accusative_place(ctx: _Context, j: int) -> bool:
    """An indefinite ``target_noun`` in the accusative (أهدافا، مقرا، رتلا): what was hit, never a subject."""
    if not _indefinite_accusative(ctx, j) or ctx.mention_at.get(j) is not None:
        return False
    return ctx.tokens[j].norm[:-1] in ctx.lex.words.get("target_noun", frozenset())


def _indefinite_accusative(ctx: _Context, j: int) -> bool:
    """A word of four letters or more with the accusative's alif and no article (جنودا، أهدافا)."""
    norm = ctx.tokens[j].norm
    return ctx.tokens[j].kind == "word" and len(norm) >= 4 and norm.endswith("ا") and not _definite(norm)


def _object_after_subject(ctx: _Context, nxt: tuple[int, int, ArgSpan, bool], end: int) -> bool:
    """قتل جنود إسرائيليون طفلاً: a person in the accusative after the first phrase is the object, so that phrase,
    soldiers though it names, is the subject and not the victim."""
    j = nxt[1] + 1
    while j < end and (ctx.is_("time_word", j) or ctx.in_time(j) or ctx.is_("skip", j)):
        j += 1
    return j < end and _accusative_actor(ctx, j)


def _object_like(ctx: _Context, j: int) -> bool:
    """A word that can open a direct object: a number, a mention or a bare content word (no preposition, no و)."""
    tok = ctx.tokens[j]
    if tok.kind == "number" or ctx.is_("numeral", j):
        return True
    if tok.kind != "word" or ctx.is_("stop", j) or ctx.is_("relative", j) or _is_trigger(ctx, j):
        return False
    return not tok.norm.startswith(("و", "ف", "ب", "ل", "ك"))


def _speaker_span(ctx: _Context, j: int) -> ArgSpan | None:
    """The speaker of the quote around token ``j``, as an argument; ``None`` outside a quote or with no speaker."""
    quote = ctx.quote_of(ctx.tokens[j].start)
    if quote is None or quote.speaker_start is None or quote.speaker_end is None:
        return None
    return ArgSpan(quote.speaker_start, quote.speaker_end, quote.speaker)


def _past_second_subject(ctx: _Context, j: int, end: int) -> int:
    """Where the object search starts past a second subject joined by و right after the first: ويتهم المتظاهرون
    والناشطون الطبقة السياسية، ويتهم المتظاهرون وعدد من الناشطين الطبقة السياسية (an object never opens with و)."""
    if j >= end or ctx.tokens[j].kind != "word" or not ctx.tokens[j].norm.startswith("و"):
        return j
    named = ctx.mention_at.get(j)
    if named is not None and named.label == "PER":
        return j  # خطف زياد قبلان وزياد غندور: two persons after a verbal noun are its victims
    conj = _conjuncts(ctx, j - 1, end, lambda k: False)
    if conj >= j:
        return conj + 1
    if ctx.is_("partitive_noun", j) and j + 2 < end and ctx.tokens[j + 1].norm == "من":
        found = _phrase_after(ctx, j + 2, end)
        if found is not None and found[0] == j + 2 and not found[3] and _actor_like(ctx, found[2]):
            return _conjuncts(ctx, found[1], end, lambda k: False) + 1  # وعدد من الناشطين المدنيين
    return j


def _first_person_plural(ctx: _Context, j: int) -> bool:
    """Is the verb at ``j`` a past verb in the first person plural (خرجنا، قمنا، نظمنا), its subject "we"?"""
    norm = ctx.tokens[j].norm.lstrip("وف")
    return len(norm) >= 4 and norm.endswith("نا") and ctx.mention_at.get(j) is None and not ctx.is_("stop", j)


def _undergo_subject(ctx: _Context, hit: _Hit, lo: int) -> ArgSpan | None:
    """تعرض X لهجوم / X تعرضت للهجوم: the subject of a verb of undergoing before a ل + noun trigger."""
    if "ل" not in hit.prefix.lstrip("وف")[:1] and not ctx.tokens[hit.first].norm.startswith("لل"):
        return None
    for j in range(hit.first - 1, max(lo, hit.first - LIGHT_WINDOW) - 1, -1):
        if ctx.strong(j):
            return None
        if _verb_of(ctx, j, ctx.lex.undergo_verbs):
            after = _phrase_after(ctx, j + 1, hit.first)
            if after is not None and not after[3]:
                return after[2]
            if j > lo and ctx.is_("stop", j - 1):
                return None  # أشار مسؤول إلى تعرض …: a verbal noun behind a preposition has no subject before it
            return _fronted_subject(ctx, j, lo) or _subject_before(ctx, j, lo)
    return None


def _mention_right_before(ctx: _Context, i: int, lo: int) -> ArgSpan | None:
    """An actor mention that ends right before the verb, past قد and كان (الجيش قد قتل)."""
    k = i - 1
    while k >= lo and (ctx.is_("skip", k) or ctx.punct(k) in ('"', "«", "»")):
        k -= 1
    j = k
    while j > lo and k - j < 2 and ctx.mention_end.get(j) is None and _definite(ctx.tokens[j].norm) and _nisba(ctx.tokens[j].norm):
        j -= 1  # البحرية الفيتنامية الشمالية تهاجم: the agent's adjectives stand between it and the verb
        a = ctx.mention_end.get(j)
        if a is not None and ctx.actor(a) and a.label not in PLACE_LABELS and a.label != "NORP" and not _prep_before_mention(ctx, a):
            return ArgSpan(a.start, ctx.tokens[k].end, a.entity)
    m = ctx.mention_end.get(k) if k >= lo else None
    if m is not None and m.label in PLACE_LABELS:
        j = ctx.token_at(m.start)
        while j is not None and j - 1 > lo and _place_head_at(ctx, j - 1):
            j -= 1
        if j is not None and j - 1 > lo and ctx.tokens[j - 1].norm == "من":  # خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم
            for e in (j - 2, j - 3):  # the people, past an adjective, not whence they came
                a = ctx.mention_end.get(e) if e >= lo else None
                if a is not None and ctx.actor(a) and a.label not in PLACE_LABELS and (e == j - 2 or _nisba(ctx.tokens[j - 2].norm)):
                    return ArgSpan(a.start, a.end, a.entity)
    if m is not None and ctx.actor(m) and not _prep_before_mention(ctx, m):
        return ArgSpan(m.start, m.end, m.entity)
    return None


def _adjectives(ctx: _Context, i: int, end: int) -> int:
    """Number of adjective-like words (جوية، انتحاري …) right after a noun trigger, before its genitive; a count
    (ثمانية) or a place noun (مدينة، قرية) is none."""
    n = 0
    while i + n < end and n < 2 and ctx.tokens[i + n].kind == "word":
        m = ctx.mention_at.get(i + n)
        norm = ctx.tokens[i + n].norm
        if m is not None and not (m.kind == "agent" and (_nisba(norm) or ctx.is_("event_adjective", i + n))) or ctx.is_("member_noun", i + n):
            break  # هجوم انتحاري، هجوم مسلح: an agent adjective is no genitive; a nationality (غارة أمريكية) is the actor; دورية is a noun
        if ctx.is_("stop", i + n) or ctx.is_("numeral", i + n) or ctx.is_("target_noun", i + n) or _people_behind_lam(ctx, i + n) or not (norm.endswith(("يه", "يا", "ي", "يين", "يون")) and len(norm) > 3 or ctx.is_("event_adjective", i + n) or _agreeing_adjective(ctx, i - 1, i + n)):
            break
        n += 1
    return n


def _accusative_nisba(ctx: _Context, head: int, j: int) -> bool:
    """Token ``j`` is a relative adjective in the accusative after an accusative noun (عصيانا مدنيا): a noun with
    tanween takes no genitive, so the word is its adjective even when it also names people (مدني "a civilian")."""
    h, t = ctx.tokens[head], ctx.tokens[j]
    return h.kind == t.kind == "word" and h.norm.endswith("ا") and t.norm.endswith("يا") and _nisba(t.norm) and not _definite(t.norm) and not _definite(h.norm)


def _dual_nisba(ctx: _Context, head: int, j: int) -> bool:
    """A relative adjective in the dual after a dual event noun (تفجيرين انتحاريين): the attacks' kind, not two
    suicide bombers hit."""
    h, t = ctx.tokens[head].norm, ctx.tokens[j].norm
    return ctx.tokens[j].kind == "word" and h.endswith(("ين", "ان")) and t[-2:] == h[-2:] and _nisba(t) and _definite(h) == _definite(t)


def _agreeing_adjective(ctx: _Context, head: int, j: int) -> bool:
    """Token ``j`` agrees with the event noun ``head`` as its adjective, and so is no argument: both indefinite and
    feminine (هجمة شرسة، غارات عنيفة: a plural of things takes a feminine adjective) or accusative (هجوما عنيفا), or
    both definite (الهجوم العنيف: a definite noun takes no genitive).  A word that names people (طفلة، الشرطة), a
    mention, a trigger or a word with a clitic is none."""
    if head < 0 or ctx.tokens[head].kind != "word" or ctx.tokens[j].kind != "word" or ctx.mention_at.get(j) is not None or _is_trigger(ctx, j):
        return False
    h, t = ctx.tokens[head].norm, ctx.tokens[j].norm
    if len(t) < 4 or t.startswith(("و", "ف", "ب", "ل", "ك")) or ctx.is_("relative", j) or ctx.is_("stop", j) or ctx.is_("numeral", j) or ctx.is_("time_word", j) or ctx.is_("non_head", j):
        return False
    if _actor_like(ctx, ctx.token_span(j, j)) or ctx.is_title(j):
        return False
    if _definite(h) and _definite(t):
        return True
    if _definite(h) or _definite(t):
        return False
    hs, ts = (ctx.doc.text[ctx.tokens[k].start : ctx.tokens[k].end] for k in (head, j))
    feminine = hs.endswith(("ة", "ات")) and ts.endswith("ة")  # the written ta marbuta: منزله "his house" is no adjective
    return feminine or (h.endswith("ا") and t.endswith("ا") and not t.endswith(("اا", "ها")))


def _phrase_after(ctx: _Context, i: int, end: int) -> tuple[int, int, ArgSpan, bool] | None:
    """The first argument phrase at or after token ``i``: (first, last, span, has_preposition).

    Time words, commas and quotation marks are skipped; an actor mention wins,
    else a short noun phrase of content words (numbers and counts skipped).
    """
    j = i
    while j < end and (ctx.punct(j) in SOFT_PUNCT or ctx.is_("time_word", j) or ctx.is_("skip", j) or _adverbial(ctx, j) or ctx.in_time(j) or ctx.is_("aiming_participle", j)):
        j += 1  # أصيب فجر أمس ثلاثة: a time expression between the verb and its argument is skipped; so is مستهدفا
    if j >= end:
        return None
    named = _so_called(ctx, j, end)
    if named is not None:
        found = _phrase_after(ctx, named, end)  # وأعدم ما يعرف باسم «دار القضاء»: the name is the argument
        return (j, found[1], found[2], False) if found is not None else None
    prep = False
    demonstrative = ctx.is_("demonstrative", j) and j + 1 < end and _definite(ctx.tokens[j + 1].norm)
    if demonstrative and ctx.mention_at.get(j + 1) is None and not _is_trigger(ctx, j + 1):
        return j, j + 1, ctx.token_span(j, j + 1), False  # اطلقت هذه المجموعة النار: the demonstrative opens the phrase
    while j < end and ctx.approximator(j):
        j += 1  # تجمع نحو مائة متظاهر، قتل ما لا يقل عن 260 مقاتلا: the words before the count are no preposition
    if j >= end:
        return None
    if ctx.tokens[j].kind == "word" and ctx.is_("stop", j) and ctx.mention_at.get(j) is None:
        prep = True
        j += 1
        if j >= end:
            return None
        if ctx.in_time(j) or ctx.is_("time_word", j):
            return _phrase_after(ctx, j, end)  # قتل في 15 يوليو الجاري، خلال الفترة: a time after a preposition is no argument
    j = _partitive(ctx, j, end)
    if j >= end:
        return None
    m = ctx.mention_at.get(j)
    if m is None and ctx.is_("honorific", j):
        return j, j, ctx.token_span(j, j), prep  # وطالب معاليه المجتمع الدولي: "his excellency" is the whole subject
    head = j
    titled = _title_argument(ctx, j, end) if m is None else None
    if titled is not None:
        return j, titled[0], titled[1], prep or _prep_of(ctx, j, titled[1].start, j) in ("ب", "ل")
    named_at = j + 2 if j + 2 < end and _opening_quote(ctx, j + 1) else j + 1  # مقاتلو «داعش»: the quote is no boundary
    title = ctx.mention_at.get(named_at) if named_at < end and m is None and ctx.tokens[j].kind == "word" else None
    quoted = False
    if title is not None and title.label == "ORG" and _definite(ctx.tokens[j].norm):
        title = None  # ودعا البيان الحكومة التركية: a noun with the article is no member noun of the name after it
    if title is not None and title.label in ("PER", "ORG") and not ctx.is_("stop", j) and not _is_trigger(ctx, j) and not _light_resumptive(ctx, j) and not ctx.is_("legal_cue", j):
        j, m, quoted = named_at, title, named_at == j + 2  # زعيمها عمر خالد الخراساني، مقاتلي الدولة الإسلامية: a title or member noun heads the phrase (not محاكمة المالكي)
    if m is not None and ctx.actor(m):
        last = ctx.token_at(m.end - 1) or j
        if m.kind == "agent" and last + 1 < end and (ctx.mention_at.get(last + 1) is None and (_agreeing_nisba(ctx, last, last + 1) or _definite_number(ctx, last, last + 1)) or _agent_pair(ctx, last, last + 1)):
            last += 1  # أدان البرلمان العربي التفجير، خطف مسلحون مجهولون: the adjective belongs to the agent, it is no object
            m = Mention(m.start, ctx.tokens[last].end, label=m.label, kind=m.kind, entity=m.entity)
        elif m.kind in ("agent", "description") and last == j and last + 1 < end and _participle_adjective(ctx, last, last + 1):
            last += 1  # وقتل التنظيم المتشدد أبناء أقليات: a singular participle with the article describes the group
            m = Mention(m.start, ctx.tokens[last].end, label=m.label, kind=m.kind, entity=m.entity)
        elif m.label == "ORG" and last > j and last + 1 < end and _adjective_of_head(ctx, j, last + 1):
            last += 1  # واختطفت جماعة الحوثيين المتمردة آلاف الناشطين: the adjective agrees with جماعة, not with the genitive
            m = Mention(m.start, ctx.tokens[last].end, label=m.label, kind=m.kind, entity=m.entity)
        named = _name_of_role(ctx, m, last, end)
        if named is not None:  # استقبل وزير الخارجية الأستاذ عادل الجبير: the role and its name are one person
            last, m = ctx.token_at(named.end - 1) or last, Mention(m.start, named.end, label="PER", kind="name", entity=named.entity)
        clitic = fold(ctx.doc.text[ctx.tokens[head].start : m.start]) if head == j else _clitic(ctx, head).lstrip("وف")[:1]
        if head == j and not clitic and ctx.tokens[j].norm.lstrip("وف").startswith("لل"):
            clitic = "ل"  # لليمن: the name keeps the article's lam, so the mention starts at the preposition
        start = m.start if head == j else ctx.tokens[head].start
        stop = ctx.tokens[last + 1].end if quoted and last + 1 < len(ctx.tokens) and ctx.punct(last + 1) in QUOTE_MARKS and ctx.doc.text[ctx.tokens[last].end : ctx.tokens[last + 1].start] == "" else m.end
        return head, last, ArgSpan(start, stop, m.entity), prep or any(c in clitic for c in "بل")
    return _np(ctx, j, end, prep)


def _gap_phrase(ctx: _Context, hit: _Hit) -> tuple[int, int, ArgSpan, bool] | None:
    """The words inside a verb phrase trigger before its second word, when they read as no phrase of their own (أطلق
    طالب تونسي النار: طالب is also the verb "demanded"; ألقى مجهول قنبلة): there only the subject can stand."""
    last = hit.last - (len(hit.trigger.words) - 2)  # the gap ends before the trigger's second word
    first = hit.first + 1
    if not first < last or not _is_trigger(ctx, first) or ctx.mention_at.get(first) is not None:
        return None  # any other phrase there _phrase_after reads
    if any(ctx.tokens[k].kind != "word" or ctx.is_("stop", k) or ctx.is_("time_word", k) or ctx.in_time(k) or _adverbial(ctx, k) for k in range(first, last)):
        return None
    return first, last - 1, ctx.token_span(first, last - 1), False


def _so_called(ctx: _Context, j: int, end: int) -> int | None:
    """The token where the name starts in ما يعرف باسم X، ما يسمى بـ X، ما يطلق عليه X (``naming_verb``), else None."""
    if j + 2 >= end or ctx.tokens[j].norm != "ما" or not ctx.is_("naming_verb", j + 1):
        return None
    k = j + 2
    if ctx.tokens[k].norm in ("عليه", "عليها"):
        k += 1
    if k < end and ctx.tokens[k].norm in ("باسم", "ب", "اسم"):
        k += 1
    return k if k < end else None


def _opening_quote(ctx: _Context, k: int) -> bool:
    """Token ``k`` is a quotation mark that opens a quote: after a space, attached to the word after it."""
    if ctx.punct(k) not in ("«", "“", '"') or k == 0 or k + 1 >= len(ctx.tokens):
        return False
    return ctx.tokens[k - 1].end < ctx.tokens[k].start and ctx.tokens[k].end == ctx.tokens[k + 1].start


def _title_argument(ctx: _Context, j: int, end: int) -> tuple[int, ArgSpan] | None:
    """A person's title phrase at token ``j`` as an argument (its last token, its span): with the name after it
    (الرئيس الأمريكي باراك أوباما); alone when it names the person the article introduced with that title (وأدان
    الرئيس), when a definite title stands before another name, for a definite title takes no genitive (ودعا
    الرئيس حركة الشباب), or when it has a nationality (نظيره الكيني)."""
    titled = ctx.titled(j)
    if titled is None or titled[0] > end:
        return None
    after, person, country, start = titled
    after = _past_honorific(ctx, after, end)  # الوزير الأستاذ عادل الجبير
    named = ctx.mention_at.get(after) if after < end else None
    if named is not None and named.label in ("ORG", "GPE") and _prep_of(ctx, after, named.start, after) == "ل":
        k = _past_honorific(ctx, (ctx.token_at(named.end - 1) or after) + 1, end)  # الأمين العام لمجلس التعاون الدكتور X
        named = ctx.mention_at.get(k) if k < end else None
        if named is None or named.label != "PER" or named.kind != "name":
            return None
    if named is not None and named.label == "PER" and named.kind == "name":
        return ctx.token_at(named.end - 1) or after, ArgSpan(start, named.end, named.entity)
    if country is not None or _definite(ctx.tokens[j].norm) and (person is not None or named is not None):
        return after - 1, ArgSpan(start, ctx.tokens[after - 1].end, person)
    return None


def _name_of_role(ctx: _Context, role: Mention, last: int, end: int) -> Mention | None:
    """The name right after a role mention (its nationality and a title may stand between) when coreference made
    them one person: وزير الخارجية الأمريكي جون كيري، وزير الخارجية الأستاذ عادل الجبير."""
    if role.kind != "description" or role.label != "PER" or role.entity is None:
        return None
    k = last + 1
    while k < end and ctx.mention_at.get(k) is not None and ctx.mention_at[k].label == "NORP":
        k = (ctx.token_at(ctx.mention_at[k].end - 1) or k) + 1
    k = _past_honorific(ctx, k, end)
    named = ctx.mention_at.get(k) if k < end else None
    return named if named is not None and named.kind == "name" and named.entity == role.entity else None


def _past_honorific(ctx: _Context, k: int, end: int) -> int:
    """The token after a title phrase at ``k`` that stands before a mention (an honorific between a title and its
    name: الأستاذ، الدكتور), else ``k``."""
    titled = ctx.titled(k) if k < end and ctx.mention_at.get(k) is None else None
    return titled[0] if titled is not None and titled[0] < end and ctx.mention_at.get(titled[0]) is not None else k


def _partitive(ctx: _Context, j: int, end: int) -> int:
    """ثلاثة من عناصر الشرطة، عشرات من المسلحين، 15 شخصا: the phrase after a count (and من) is the argument."""
    k = j
    while k < end and k - j < 3 and (ctx.tokens[k].kind == "number" or ctx.is_("numeral", k) or k > j and ctx.tokens[k].norm == "و" and ctx.approximator(k)):
        k += 1  # ما بين 20 و25 شخصا: the و of a range belongs to the count
    if _bare_count(ctx, j, k, end):
        return j  # مقتل وجرح العشرات وتدمير: a count with nothing after it heads its own phrase
    if k > j and k + 2 < end and ctx.is_("count_adjective", k) and ctx.tokens[k + 1].norm == "من":
        k += 1  # عددا كبيرا من المسلحين: the count's adjective stands before من
    if k > j and k + 1 < end and ctx.tokens[k].norm == "من":
        return _partitive(ctx, k + 1, end)  # أكثر من 30 من الثوار: a hedged count of a count
    if k >= end or any(ctx.is_("partitive_noun", x) for x in range(j, k)) or k > j and ctx.tokens[k].norm in ("منهم", "منهن"):
        return j  # مجموعة مسلحة: a count noun without من is the head itself; قتل 29 منهم: the count of them is
    return k


def _definite_number(ctx: _Context, head: int, j: int) -> bool:
    """Token ``j`` is a number word with the article after a definite noun: its adjective (المدنيون الخمسة), unless
    من follows."""
    if ctx.tokens[j].kind != "word" or not ctx.tokens[j].norm.startswith("ال") or not ctx.is_("numeral", j) or ctx.is_("partitive_noun", j) or not _definite(ctx.tokens[head].norm):
        return False
    return j + 1 >= len(ctx.tokens) or ctx.tokens[j + 1].norm != "من"  # العديد من الحراس: a count of what follows


def _imperfect_verb(ctx: _Context, j: int) -> bool:
    """Token ``j`` reads as a verb in the imperfect with the prefix ي (يقود، يثبت، يتوسعون): no mention, no given
    name (يوسف), no word for people, no time word.  Other nouns in ي are few (يوم، يد)."""
    tok = ctx.tokens[j]
    if tok.kind != "word" or not tok.norm.startswith("ي") or len(tok.norm) < 4 or ctx.mention_at.get(j) is not None:
        return False
    return not (ctx.is_("time_word", j) or ctx.in_time(j) or given_name_like_verb(tok.norm) or _actor_like(ctx, ctx.token_span(j, j)) or ctx.is_title(j))


def _bare_count(ctx: _Context, j: int, k: int, end: int) -> bool:
    """Tokens ``j`` to ``k`` - 1 are count words (العشرات، المئات) with no noun after them: a pause, the end or a
    word joined by و follows."""
    return j < k and all(ctx.is_("numeral", x) for x in range(j, k)) and (k >= end or ctx.tokens[k].kind != "word" or _conjunct(ctx, k))


def _np(ctx: _Context, j: int, end: int, prep: bool) -> tuple[int, int, ArgSpan, bool] | None:
    """A fallback noun phrase of up to three content words starting at ``j`` (past an adverb: قصفت القوات أيضاً معسكر)."""
    while j < end and ctx.is_("adverb", j):
        j += 1
    k = j
    while k < end and k - j < 3 and (ctx.tokens[k].kind == "number" or ctx.is_("numeral", k)):
        k += 1
    if _bare_count(ctx, j, k, end):
        return j, k - 1, ctx.token_span(j, k - 1), prep  # مقتل وجرح العشرات وتدمير: the count is the argument
    while j < k < end and ctx.is_("count_adjective", k):
        k += 1
    if j < k < end and ctx.tokens[k].norm in ("منهم", "منهن"):
        return j, k, ctx.token_span(j, k), prep  # أصابت عدداً كبيراً منهم: the count of them is the argument
    first = k
    while k < end and k - first < 3:
        t = ctx.tokens[k]
        if t.kind != "word" or len(t.norm) < 2 or ctx.is_("stop", k) or ctx.is_("relative", k) or ctx.is_("time_word", k) or k > first and ctx.in_time(k) or ctx.is_("informant", k) or _light(ctx, k) or ctx.is_("copula", k) or k > first and ctx.is_("aside", k):
            break  # وقتل رؤوف بحسب المسؤولين: the informant is no part of the phrase; حافلة كانوا يستقلونها: nor is a copula; بـ is a preposition; 200 شخص معظمهم من الطلاب: nor an aside
        m = ctx.mention_at.get(k)
        if k > first and m is not None and m.label == "NORP" and _agreeing_nisba(ctx, k - 1, k):
            k += 1  # قوة أمنية عراقية: the nationality adjective belongs to the phrase, it is no second argument
            if k < end and _agreeing_adjective(ctx, first, k):
                k += 1  # وحدة إسرائيلية خاصة: and so does an adjective after it
            break
        if k > first and (m is not None or _is_trigger(ctx, k) or t.norm.startswith(("ل", "وال", "و", "بال")) and not t.norm.startswith("ال")):
            break  # النار على السيارة العسكرية بالرشاشات: the instrument is no part of the phrase
        if k > first and m is None and _definite_number(ctx, k - 1, k):
            k += 1  # المدنيون الخمسة، العناصر الستة: a definite number after a definite noun is its adjective
            break
        if k > first and _time_determiner(ctx, k):
            break  # يتظاهر أشخاص كل يوم: a determiner of a time is an adverb, no part of who acts
        if k > first and ctx.is_("charge", k) and ctx.tokens[k].norm.startswith("ب"):
            break  # أعدموا شخصين بتهمة الزنا: the charge is no part of who was hit
        if k > first and (ctx.is_("numeral", k) or ctx.is_("reflexive", k)):
            break  # مسلحون خمسة أشخاص: a count opens the next phrase; فجر استشهادي نفسه: نفسه is the object
        if k > first and t.norm[:1] in ("ي", "ت") and t.norm.endswith(("ها", "هم")) and len(t.norm) >= 5 and m is None:
            break  # خيمة اعتصام كبيرة يؤمها المتضامنون: an imperfect verb with its object pronoun ends the phrase
        if k > first and _definite(ctx.tokens[k - 1].norm) and (not _definite(t.norm) or ctx.is_("target_noun", k)):
            break  # قصفت الطائرات مواقع المتمردين، الطائرات المدينة: a definite noun takes no genitive, a place no adjective
        k += 1
        if _people_plural(t.norm) or _sound_plural(ctx, k - 1) and k < end and _definite(ctx.tokens[k].norm) and not _sound_plural(ctx, k):
            break  # طالب المعلمون بزيادة الرواتب، هاجم مستوطنون القرية: a plural in -ون takes no genitive
    if k == first or _is_trigger(ctx, first) or ctx.is_("reflexive", first) or ctx.is_("non_head", first) or _modifier(ctx, first) or _imperfect_verb(ctx, first) or ctx.is_("happen_verb", first):
        return None  # فجر نفسه، وأصيب آخرون، ضربة جوية، رفض الاتفاق قد يقود، التفجير وقع: a reflexive, "others", an adjective or a verb heads no argument
    return first, k - 1, ctx.token_span(first, k - 1), prep or (_clitic(ctx, first) in ("ب", "ل", "وب", "ول")) or _instrument(ctx, first)


def _definite_participle(norm: str) -> bool:
    """A definite word in the pattern of a participle (المقاتلة، المسيرة): as likely an adjective as a noun."""
    return norm.startswith("الم") and len(norm) >= 7


def _time_determiner(ctx: _Context, k: int) -> bool:
    """كل يوم، كل أسبوع: a determiner before a time or a unit of time is an adverb."""
    return ctx.is_("determiner", k) and k + 1 < len(ctx.tokens) and (ctx.is_("time_word", k + 1) or ctx.in_time(k + 1) or ctx.is_("measure_unit", k + 1))


def _clitic(ctx: _Context, i: int) -> str:
    """The proclitics of the word's first analysis that has any (بتأييد → ب; the token layer leaves ``prefix`` empty)."""
    return ctx.cands[i][1][1] if len(ctx.cands[i]) > 1 else ""


def _verb_of(ctx: _Context, i: int, forms: frozenset[str]) -> bool:
    """The token reads, without an article, as one of ``forms`` (the inflected forms of a verb class)."""
    return any(stem in forms for stem, _, art in ctx.cands[i] if not art)


def _light(ctx: _Context, i: int) -> bool:
    return _verb_of(ctx, i, ctx.lex.light_verbs)


def _is_trigger(ctx: _Context, i: int, whole: bool = False) -> bool:
    """The token can be (``whole``: starts, with the phrase's next word following, القوا … القبض) a trigger."""
    if ctx.tokens[i].kind != "word" or ctx.is_("not_trigger", i):
        return False
    for stem, _, art in ctx.cands[i]:
        for trig, is_verb, _ in ctx.lex.index.get(stem, ()):
            if is_verb and art:
                continue
            if not whole or len(trig.words) == 1 or any(ctx.tokens[k].norm.endswith(trig.words[1]) for k in range(i + 1, min(len(ctx.tokens), i + 2 + PHRASE_GAP))):
                return True
    return False


def _has_object_suffix(ctx: _Context, hit: _Hit) -> bool:
    """ندعمهم: the object is a pronoun suffix, so no object phrase follows."""
    norm = ctx.tokens[hit.last].norm
    if len(hit.trigger.words) > 1 or norm in ctx.lex.index:
        return False
    bare = norm[len(hit.prefix) :]
    return bare not in ctx.lex.index and any(stem in ctx.lex.index for stem, _ in enclitic_splits(bare))


def _adverbial(ctx: _Context, i: int) -> bool:
    """An adverb or accusative noun (رسمياً، حديثاً): never a subject.  An accusative that names people (رضيعاً،
    شاباً) is an object, not an adverb."""
    t = ctx.tokens[i]
    surface = ctx.doc.text[t.start : t.end]
    if t.kind != "word":
        return False
    if ctx.is_("adverb", i):
        return True
    return "\u064b" in surface and not ctx.is_("numeral", i) and not _accusative_actor(ctx, i)  # عدداً منهم is a count


COMPLEMENTIZERS = frozenset({"ان", "لان", "بان", "وان", "فان"})  # folded أن/إن with their clitics (فإن): a subject follows


def _fronted_subject(ctx: _Context, i: int, lo: int) -> ArgSpan | None:
    """After إنّ/أنّ the subject comes before the verb (أن حركته أرسلت، أن تكون طائراتها قد قصفت); an actor that
    opens the sentence right before the verb is its subject too (headline style: مصر تدعم اليمن)."""
    opening = _mention_right_before(ctx, i, lo)
    first = lo
    while first < i and ctx.tokens[first].kind in ("number", "punct", "symbol"):
        first += 1  # 1990- القوات العراقية تغزو الكويت: a list item's year or bullet opens no phrase
    if opening is not None and ctx.token_at(opening.start) == first:
        return opening
    framed = _copula_subject(ctx, i, lo)
    if framed is not None:
        return framed
    topic = _indefinite_topic(ctx, i, lo)
    if topic is not None:
        return topic
    k = i - 1
    while k >= lo and (ctx.is_("skip", k) or ctx.is_("adverb", k) or ctx.is_("negation", k)):
        k -= 1  # قد; أن الانتحاري أيضا لقي حتفه; فإن تركيا لن تقصف
    for j in range(k, max(lo, i - FRONT_BACK) - 1, -1):
        quoted = _opening_quote(ctx, j) and j - 1 >= lo and ctx.tokens[j - 1].norm in COMPLEMENTIZERS  # إن «22 من المدنيين لقوا مصرعهم
        if ctx.strong(j) or ctx.punct(j) and not quoted:
            return None
        if j < k and _verb_form(ctx, j) and ctx.tokens[i].norm.startswith("و"):
            return None  # إن العشائر هاجمت منزل والي داعش واشتبكت: the clause after إن has its verb; و joins a second one
        if ctx.is_("relative", j):
            return None  # أن X التي يتزعمها Y انشقت: the relative clause rule finds X
        if (quoted or ctx.tokens[j].norm in COMPLEMENTIZERS) and j < k + 1 and j != k:
            m = ctx.mention_end.get(k)
            ms = ctx.token_at(m.start) if m is not None else None
            near = i - j <= FRONT_PHRASE_BACK or ms is not None and ms - j <= 4 and ctx.tokens[ms - 1].norm == "من"  # أن مجموعة مسلحة من حزب العمال استهدفت
            if m is not None and ctx.actor(m) and ms is not None and ms > j and near:
                return ArgSpan(m.start, m.end, m.entity)
            if i - j > FRONT_PHRASE_BACK:
                return None  # أن الشرطة قامت بالسيطرة على الوضع واعتقلت: far from أن only a named actor is the subject
            first = k
            while first - 1 > j and not ctx.is_("stop", first - 1) and k - first < 2:
                first -= 1
            if first - 2 == j + 1 and ctx.tokens[first - 1].norm == "من" and _actor_like(ctx, ctx.token_span(j + 1, j + 1)):
                first = j + 1  # إن قوة من جهاز مكافحة الإرهاب اشتبكت: the unit and what it is of
            if ctx.is_("stop", k) or ctx.tokens[k].kind != "word":
                return None
            verb = next((v for v in range(first, k + 1) if _light(ctx, v) or _verb_form(ctx, v)), None)
            if verb is not None:  # أن مسلحي المقاومة نفذوا كمائن استهدفت: the subject of the verb inside acts
                if verb == j + 1 or ctx.is_("stop", verb - 1):
                    return None
                if _plural_verb(ctx, verb) and not _plural_verb(ctx, i) and ctx.tokens[i].norm.startswith("و"):
                    return None  # إن 8 من المسلحين قتلوا وجرح آخرون: a singular verb joined to the subject's plural one has its own subject after it
                first, k = j + 1, verb - 1
            return ctx.token_span(first, k)
    return None


def _plural_verb(ctx: _Context, i: int) -> bool:
    """A verb in the plural (قتلوا، يقتلون): it follows its subject, or its subject is a pronoun."""
    return ctx.tokens[i].norm.endswith(("وا", "ون"))


FRONT_BACK = 8  # words from إن/أن to the verb whose subject they open (أن مجموعة مسلحة من حزب العمال الكردستاني استهدفت)
FRONT_PHRASE_BACK = 6  # … and the farthest an unnamed phrase before the verb may be
COPULA_SUBJECT = 7  # words between كان and قد that can be the subject (وكانت فرقة مظلية من قوات الأمن قد قتلت)


def _copula_subject(ctx: _Context, i: int, lo: int) -> ArgSpan | None:
    """كان X قد فعل: the phrase between the copula and قد is the subject of the verb after قد; without قد, an actor
    named right between the copula and the verb (وكانت جبهة النصرة خطفت)."""
    k = i - 1
    if k <= lo:
        return None
    if ctx.tokens[k].norm != "قد":  # وكانت جبهة النصرة خطفت: the actor right between the copula and the verb
        m = ctx.mention_end.get(k)
        f = ctx.token_at(m.start) if m is not None else None
        if m is not None and f is not None and f - 1 >= lo and ctx.is_("copula", f - 1) and ctx.actor(m) and m.start == ctx.tokens[f].start:
            return ArgSpan(m.start, m.end, m.entity)
        for j in range(k - 1, max(lo, k - 1 - COPULA_SUBJECT) - 1, -1):  # وكان أعضاء في الحزب وجهوا: a phrase headed by people
            if ctx.punct(j) or _verb_form(ctx, j) or _is_trigger(ctx, j):
                return None
            if ctx.is_("copula", j):
                span = ctx.token_span(j + 1, k)
                opens = ctx.mention_at.get(j + 1) is None and not ctx.is_("stop", j + 1)  # كان ضمن مجموعة احتجزتها: no subject
                return span if opens and _actor_headed(ctx, span) else None
        return None
    for j in range(k - 1, max(lo, k - 1 - COPULA_SUBJECT) - 1, -1):
        if ctx.punct(j):
            return None
        if ctx.is_("copula", j):
            if j + 1 > k - 1:
                return None
            span = ctx.token_span(j + 1, k - 1)
            m = ctx.mention_at.get(j + 1)
            if m is not None and ctx.actor(m) and m.end == span.end:
                return ArgSpan(m.start, m.end, m.entity)
            m = ctx.mention_end.get(k - 1)  # كان آلاف الإيرانيين قد تظاهروا: the actor after a quantity word
            if m is not None and ctx.actor(m) and not _prep_before_mention(ctx, m):
                return ArgSpan(m.start, m.end, m.entity)
            return span if _actor_headed(ctx, span) else None
    return None


TOPIC_BACK = 16  # words from an indefinite topic after إن/أن to its verb, across its adjectival clause


def _indefinite_topic(ctx: _Context, i: int, lo: int) -> ArgSpan | None:
    """أن انتحاريا يقود سيارة مفخخة، فجر نفسه: an indefinite actor after إن/أن (accusative ـًا, or feminine ـة),
    described by a present-tense clause, is the subject of the past verb that ends the description."""
    for j in range(i - 1, max(lo, i - TOPIC_BACK) - 1, -1):
        if ctx.strong(j):
            return None
        if ctx.tokens[j].norm not in COMPLEMENTIZERS:
            continue
        k = j + 1
        while k < i and ctx.punct(k) in ('"', "«", "“"):
            k += 1
        if k + 2 > i - 1 or _definite(ctx.tokens[k].norm) or not ctx.tokens[k].norm.endswith(("ا", "ه")):
            return None
        if not ctx.tokens[k + 1].norm.startswith(("ي", "ت")) or ctx.mention_at.get(k + 1) is not None:
            return None  # the description is a present-tense verb (يقود، يستقل، يرتدي)
        span = ctx.token_span(k, k)
        return span if _actor_headed(ctx, span) else None
    return None


EVENT_SUBJECT_BACK = 5  # words between an event noun and the verb of its adjectival clause (adjectives, instrument)


def _event_subject(ctx: _Context, i: int, lo: int) -> int | None:
    """An indefinite event noun right before the verb is its subject (هجوم انتحاري استهدف ثكنة): an adjectival
    clause, so the verb has no actor subject; only adjectives, an instrument phrase (بسيارة مفخخة), the noun's
    owner behind ل and a time (غارة للتحالف يوم الثلاثاء استهدفت) may stand between.  Returns the noun's token."""
    k = i - 1
    while k >= lo and ctx.is_("skip", k):
        k -= 1
    for j in range(k, max(lo, i - 1 - EVENT_SUBJECT_BACK) - 1, -1):
        t = ctx.tokens[j]
        if ctx.in_time(j):
            continue
        if t.kind != "word" or ctx.is_("stop", j) or ctx.is_("relative", j) or _verb_form(ctx, j):
            return None
        m = ctx.mention_at.get(j)
        owner = m is not None and (_prep_of(ctx, j, m.start, lo) == "ل" or m.label == "NORP" and _nisba(t.norm))  # غارة أمريكية
        if m is not None and ctx.actor(m) and not owner and not (m.kind == "agent" and (_nisba(t.norm) or ctx.is_("event_adjective", j))):
            return None  # an actor named in between is the subject (متظاهرين اعتصموا)
        if _noun_trigger(ctx, j) and not _definite(t.norm) and not ctx.is_("actor_noun", j):
            return j
    return None


def _object_after_event_subject(ctx: _Context, i: int, hi: int, firsts: list[int]) -> tuple[int, ArgSpan] | None:
    """The object of a verb whose subject is an event noun right after it (استهدف هجوم انتحاري بسيارة مفخخة دورية
    للشرطة, قتل انفجار عبوة ثلاثة جنود): past the event noun, its adjectives, its genitive device and an instrument
    phrase behind ب.  Returns the event noun's token and the object."""
    j, end = i, hi
    while j < end and (ctx.in_time(j) or ctx.is_("time_word", j)):
        j += 1
    if j >= end or j not in firsts or not _attack_noun(ctx, j) or ctx.is_("actor_noun", j) or ctx.mention_at.get(j) is not None or _clitic(ctx, j).strip("وف"):
        return None
    end = _window_end(j + 1, hi, firsts)
    k = j + 1 + _adjectives(ctx, j + 1, end)
    m = ctx.mention_at.get(k) if k < end else None
    if m is not None and m.label == "NORP" and _agreeing_nisba(ctx, k - 1, k):
        k += 1  # قتلت غارة جوية أميركية الزرقاوي: the nationality is the attacker's
    for n in range(2):  # انفجار عبوة ناسفة، هجوم بسيارة مفخخة: the device and the instrument, with their adjectives
        if k >= end or ctx.tokens[k].kind != "word" or ctx.mention_at.get(k) is not None or ctx.is_("stop", k):
            break
        instrument = any(pre.lstrip("وف") == "ب" for _, pre, _ in ctx.cands[k])
        device = n == 0 and not instrument and not _definite(ctx.tokens[k].norm) and not _actor_like(ctx, ctx.token_span(k, k)) and not _victim_like(ctx, k) and not ctx.is_("target_noun", k) and not ctx.is_("member_noun", k)
        if not (instrument or device):
            break
        k += 1 + _adjectives(ctx, k + 1, end)
    if k == j + 1 and not _victim_like(ctx, k) and not _definite(ctx.tokens[j].norm):
        return None  # استهدف هجوم مسلحين قرية: an actor right after the event noun is its attacker (الهجوم takes none)
    while k < end and (ctx.punct(k) in SOFT_PUNCT or ctx.is_("time_word", k) or ctx.in_time(k)):
        k += 1  # استهدف هجوم انتحاري، أمس، موكبا
    found = _phrase_after(ctx, k, end)
    if found is None or found[3] or found[0] not in (k, _partitive(ctx, k, end)):
        return None
    if not (_actor_like(ctx, found[2]) or _victim_like(ctx, k) or ctx.is_("member_noun", found[0]) or ctx.is_("target_noun", found[0])):
        return None
    return j, found[2]


def _victim_like(ctx: _Context, i: int) -> bool:
    t = ctx.tokens[i]
    return t.kind == "number" or ctx.is_("numeral", i) or ctx.is_("victim_noun", i)


AGENT_WINDOW = 10  # words from the event to a passive agent phrase (من قبل X، بنيران X)
PASSIVE_AGENT_WINDOW = 14  # … and to على يد, past a long victim (قتل نجل رئيس اللجنة … علي أبو حليقة على أيدي)


def _passive_agent(ctx: _Context, i: int, end: int) -> tuple[int, int, ArgSpan, bool] | None:
    """على يد X / من قبل X / من جانب X / بأيدي X / بنيران X (``passive_agent``): the agent of a passive or nominal
    event.  جانب only after من (على جانب الطريق is a place); يد and أيدي only after على (من أيدي X: taken from X)."""
    agents, hands = ctx.lex.words.get("passive_agent", frozenset()), ctx.lex.words.get("hand_noun", frozenset())
    for j in range(i, min(end, i + PASSIVE_AGENT_WINDOW)):
        if ctx.strong(j):
            return None
        norm = ctx.tokens[j].norm
        prev = ctx.tokens[j - 1].norm if j > i else ""
        hand = norm in hands
        pair = prev in ("علي", "من") and norm in agents and not norm.startswith("ب") and (norm != "جانب" or prev == "من") and not (hand and prev == "من")
        if j - i >= AGENT_WINDOW and not (prev == "علي" and hand):
            continue  # only على يد reaches past a long victim; a far من قبل is a report's author (وفقا لتقرير من قبل مجلس)
        single = norm in agents and norm.startswith("ب")
        if pair or single:
            found = _phrase_after(ctx, j + 1, end)
            if found is not None:
                return found
        side = ctx.mention_at.get(j + 1) if prev == "من" and norm == "الجانب" and j + 1 < end else None
        if side is not None and side.label == "NORP" and j - i < AGENT_WINDOW:
            found = _phrase_after(ctx, j, end)  # هجمات من الجانب الأوكراني: the side named by its nationality attacked
            if found is not None:
                return found
    return None


def _subject_before(ctx: _Context, i: int, lo: int) -> ArgSpan | None:
    """SVO subject: the nearest actor mention before ``i`` in the clause, or a relative pronoun's antecedent."""
    lo_win = max(lo, i - BACK_WINDOW)
    best: ArgSpan | None = None
    for j in range(i - 1, lo_win - 1, -1):
        if ctx.strong(j) or ctx.punct(j) in ("،", ",") or ctx.tokens[j].norm in ("ان", "انه", "انها", "انهم"):
            break
        if ctx.is_("relative", j):
            found = _antecedent(ctx, j, lo_win)
            return found if found is not None else best
        m = ctx.mention_end.get(j)
        if m is not None and ctx.actor(m) and best is None and not _prep_before_mention(ctx, m) and not _object_adjective(ctx, m, i):
            best = ArgSpan(m.start, m.end, m.entity)
    last = ctx.mention_end.get(i - 1)
    if best is None and i - 1 >= lo and ctx.tokens[i - 1].kind == "word" and not ctx.is_("stop", i - 1) and not (last is not None and _object_adjective(ctx, last, i)):
        np = _np_before(ctx, i - 1, lo_win)
        k = ctx.token_at(np.start) if np is not None else None
        if k is not None and (_prep_at(ctx, k - 1) or (m := ctx.mention_at.get(k)) is not None and _preposition_in_name(ctx, m)):
            return None  # الاشتباكات في تعز أدت، مناهضة للصين ولكنهم: a phrase behind a preposition is no subject
        return np
    return best


def _object_adjective(ctx: _Context, m: Mention, verb: int) -> bool:
    """وحمل المتظاهرون أعلاما تركية وتجمعوا، أوقفوا سيارة أجرة فلسطينية وقتلوا سائقها: a nationality adjective of an
    indefinite accusative noun, or a singular one before a plural verb, describes the object of the verb before, not
    the subject of the verb after."""
    j = ctx.token_at(m.start)
    if m.label != "NORP" or m.kind == "agent" or j is None or j == 0 or ctx.mention_end.get(j - 1) is not None:
        return False
    if _plural_verb(ctx, verb) and ctx.doc.text[m.end - 1] == "ة":
        return True
    head = ctx.tokens[j - 1]
    return head.kind == "word" and len(head.norm) >= 4 and head.norm.endswith("ا") and not head.norm.endswith("ها") and not _definite(head.norm)


def _resumptive_after(ctx: _Context, j: int) -> bool:
    """الموضوعات التي وافق عليها المجلس: a preposition with the pronoun of the antecedent right after the verb, so the
    subject comes after it."""
    return _resumptive_prep(ctx, j) is not None


def _resumptive_prep(ctx: _Context, j: int) -> str | None:
    """The preposition of token ``j`` when it is a preposition with a pronoun (عليها → علي, اليه → الي), else None."""
    if j >= len(ctx.tokens) or ctx.tokens[j].kind != "word":
        return None
    norm = ctx.tokens[j].norm
    return next((p for p in ("علي", "عل", "في", "ب", "ل", "من", "عن", "الي", "ال") for s in ("ه", "ها", "هم", "هما", "هن") if norm == p + s), None)


def _relative_before(ctx: _Context, i: int, lo: int) -> int | None:
    """The index of a relative pronoun right before the verb at ``i`` (past قد), if there is one."""
    k = i - 1
    while k > lo and ctx.is_("skip", k):
        k -= 1
    return k if k > lo and ctx.is_("relative", k) else None


def _relative_antecedent(ctx: _Context, i: int, lo: int) -> ArgSpan | None:
    """الجماعات الإسلامية المتشددة التي قتلت عشرات: the actor a relative pronoun right before the verb refers to."""
    k = _relative_before(ctx, i, lo)
    found = _antecedent(ctx, k, lo) if k is not None else None
    if found is None or not _actor_like(ctx, found):
        return None
    first, last = ctx.token_at(found.start), ctx.token_at(found.end - 1)
    if first is not None and last is not None and first < last and found.entity is None and ctx.mention_at.get(first) is None:
        if not ctx.is_("numeral", first) and not _actor_like(ctx, ctx.token_span(first, first)) and _actor_like(ctx, ctx.token_span(last, last)):
            return ctx.token_span(last, last)  # غضب العلمانيين الذين تظاهروا: those who protested are the people, not the anger
    return found


def _antecedent(ctx: _Context, rel: int, lo: int) -> ArgSpan | None:
    """What the relative pronoun at ``rel`` refers to: the actor mention before it, past a comma (وزير الدفاع جان إيف
    لودريان، الذي يزور), else the noun phrase there, a definite head with its adjectives."""
    k = rel - 1
    while k > lo and ctx.punct(k) in SOFT_PUNCT:
        k -= 1
    m = ctx.mention_end.get(k)
    if m is not None and ctx.actor(m):
        f = ctx.token_at(m.start)
        people = ctx.mention_end.get(f - 1) if f is not None and f - 1 >= lo else None
        if m.label in PLACE_LABELS and f is not None and f - 1 >= lo and (people is not None and people.kind == "agent" or people is None and _actor_like(ctx, ctx.token_span(f - 1, f - 1))):
            return ArgSpan(people.start if people is not None else ctx.tokens[f - 1].start, m.end)  # 50 شخصا من أهالي الفلوجة الذين تظاهروا: the people of the town
        return ArgSpan(m.start, m.end, m.entity)
    return _np_before(ctx, rel - 1, lo, adjectives=True)


def _np_before(ctx: _Context, last: int, lo: int, adjectives: bool = False) -> ArgSpan | None:
    """The two words before ``last`` (and ``last``) that can be a noun phrase; with ``adjectives``, a definite head
    and up to two definite adjectives after it (الجماعات الإسلامية المتشددة التي قتلت: a relative's antecedent)."""
    while last >= lo and ctx.punct(last) in SOFT_PUNCT:
        last -= 1
    k = last
    while k >= lo and last - k < 2 and ctx.tokens[k].kind == "word" and not ctx.is_("stop", k) and not _is_trigger(ctx, k) and not ctx.is_("time_word", k) and not (k < last and _imperfect_verb(ctx, k)):
        k -= 1  # يشيعون سيدة لقت مصرعها: the verb before the noun is no part of it
    head = adjectives and k == last - 2 and k >= lo and ctx.tokens[k].kind == "word" and _definite(ctx.tokens[k].norm) and not ctx.is_("stop", k)
    if head and not _is_trigger(ctx, k) and _nisba(ctx.tokens[k + 1].norm) and _definite(ctx.tokens[k + 1].norm) and _definite(ctx.tokens[k + 2].norm):
        k -= 1
    return ctx.token_span(k + 1, last) if k < last else None


def _prep_before_mention(ctx: _Context, m: Mention) -> bool:
    j = ctx.token_at(m.start)
    if j is None:
        return False
    clitic = fold(ctx.doc.text[ctx.tokens[j].start : m.start])
    if any(ctx.is_("attribution_cue", k) for k in range(max(0, j - ATTRIBUTION_BACK), j)):
        return True  # بحسب الشرطة قتل، وفقا لإحصاءات رويترز قتل: who reports it is no subject
    return any(c in clitic for c in "بل") or _prep_at(ctx, j - 1) or _preposition_in_name(ctx, m)


ATTRIBUTION_BACK = 2  # words from an attribution cue (بحسب، وفقا) to the source it names


NAME_PREPOSITIONS = ("ل", "ب", "ول", "وب", "فل", "فب")  # written onto a tagged name: لحزب، وبحركة


def _preposition_in_name(ctx: _Context, m: Mention) -> bool:
    """A tagged name that holds the preposition written onto it (أهدافا لحزب العمال الكردستاني: the entity is
    حزب العمال الكردستاني, and the mention starts at ل; القوات الموالية للحكومة اليمنية), so the name is governed,
    no subject."""
    text = fold(ctx.doc.text[m.start : m.end])
    if text.startswith(("لل", "ولل", "بال", "وبال")) and len(text.split()[0]) > 4:
        return True  # للحكومة اليمنية: ل or ب and the article
    entity = ctx.entity(m)
    if entity is None:
        return False
    name = fold(entity.name)
    stems = [name] + ([name[1:]] if name.startswith("ال") else [])  # للحوثيين: ل + الحوثيين with the article's alif gone
    return any(text == pre + stem for stem in stems for pre in NAME_PREPOSITIONS)


def _prep_at(ctx: _Context, j: int) -> bool:
    """Is token ``j`` a preposition or another function word that governs what follows (not a copula or أن)?"""
    return j >= 0 and ctx.is_("stop", j) and not ctx.is_("copula", j) and not ctx.is_("skip", j) and ctx.tokens[j].norm not in ("ان", "انه")


def _light_verb_before(ctx: _Context, i: int, lo: int) -> int | None:
    """The light verb before the event noun at ``i``; an aspect verb (كثف، صعد، واصل) only when the noun is its
    direct object, كثف المسلحون هجومهم, not behind a preposition, صعد الرئيس إلى المنصة بعد الهجوم."""
    for j in range(i - 1, max(lo, i - LIGHT_WINDOW) - 1, -1):
        if ctx.strong(j):
            return None
        if _light(ctx, j):
            if _verb_of(ctx, j, ctx.lex.aspect_verbs) and (_clitic(ctx, i).strip("وف") or any(_prep_at(ctx, k) for k in range(j + 1, i))):
                return None
            return j
        if ctx.is_("able_verb", j) and i > j + 1 and ctx.tokens[i - 1].norm == "من":
            return j  # تمكنت الفرقة السابعة من قتل قيادي: who managed the act did it
        if ctx.is_("entry_verb", j) and i > j + 1 and ctx.tokens[i - 1].norm == "في":
            return j  # دخل الموظفون والعمال في إضراب: entering a strike carries it like a light verb
        if ctx.is_("light_noun", j) and (ctx.tokens[i].norm.startswith(("ب", "وب")) or i > j + 1 and ctx.tokens[i - 1].norm == "علي"):
            return j  # بعد قيام مستوطنين متطرفين بإحراق منزل، إقدام مسلحين على قتل: a light verbal noun carries the event
    return None


def _light_resumptive(ctx: _Context, j: int) -> bool:
    """Token ``j`` is a light verb, also with the pronoun of the event it carries (شنه، نفذتها)."""
    return any(s in ctx.lex.light_verbs for s, _ in enclitic_splits(ctx.tokens[j].norm))


LIGHT_AFTER_WINDOW = 6  # words from an event noun to the light verb that resumes it
RESUMPTIVE_BA = frozenset({"بها", "به", "بهما", "بهم"})  # قام بها: the pronoun after ب resumes the event noun


def _light_verb_after(ctx: _Context, i: int, end: int) -> ArgSpan | None:
    """هجوم شنه مسلحون / الهجوم الذي نفذته طالبان: the subject of a light verb that resumes the noun (past the noun's
    adjectives, a weapon and a time: هجوما جديدا مساء السبت نفذته فتاة)."""
    for j in range(i, min(end, i + LIGHT_AFTER_WINDOW)):
        if ctx.strong(j):
            return None
        tok = ctx.tokens[j]
        if ctx.in_time(j) or ctx.is_("time_word", j) or j > i and _definite(tok.norm) and _definite(ctx.tokens[j - 1].norm) and tok.norm.endswith(("ين", "ان", "ه", "ي")) and ctx.mention_at.get(j) is None and not _is_trigger(ctx, j):
            continue  # العمليتين الانتحاريتين المنسقتين اللتين نفذتهما فتاتان: a further definite adjective
        resumed_by_ba = _light(ctx, j) and j + 1 < end and ctx.tokens[j + 1].norm in RESUMPTIVE_BA  # زيارة يقوم بها الرئيس
        if resumed_by_ba or _light_resumptive(ctx, j):
            found = _phrase_after(ctx, j + 2 if resumed_by_ba else j + 1, end)
            return found[2] if found is not None and not found[3] else None
        if tok.kind == "word" and not (ctx.is_("relative", j) or _adjectives(ctx, j, j + 1) or _instrument(ctx, j)):
            return None
    return None


def _instrument(ctx: _Context, j: int) -> bool:
    """A weapon or a bomb behind ب (بسيارة مفخخة، بصاروخ): how an attack was made, no word of who made it."""
    return any(pre.lstrip("وف") == "ب" and (ctx.lex.is_("weapon_noun", stem) or ctx.lex.is_("explosive_object", stem)) for stem, pre, _ in ctx.cands[j])


def _coordinated(ctx: _Context, i: int) -> bool:
    """The trigger opens a circumstantial or coordinated clause (after a comma or with و)."""
    return (i > 0 and ctx.punct(i - 1) in ("،", ",")) or ctx.tokens[i].norm.startswith("و")


def _skip_apposition(ctx: _Context, i: int, end: int) -> int:
    """Skip ``، المتحدث باسم X ،`` after a subject so that X is not taken as the target, and an unmarked title
    after a named person (أحمد الطيب شيخ الأزهر التفجير: the object is التفجير, not شيخ الأزهر)."""
    i = _apposed_title(ctx, i, end)
    if i < end and ctx.punct(i) in ("،", ","):
        for j in range(i + 1, min(end, i + APPOSITION_MAX)):
            if ctx.punct(j) in ("،", ","):
                return j + 1
            if ctx.strong(j):
                break
    return i


def _apposed_title(ctx: _Context, i: int, end: int) -> int:
    """The index after ``title + genitive (+ adjectives)`` standing right after a person's name, else ``i``."""
    before = ctx.mention_end.get(i - 1) if i > 0 else None
    if i >= end or before is None or before.label != "PER" or not ctx.is_title(i) or _definite(ctx.tokens[i].norm):
        return i
    j = i + 1
    while j < end and j - i < 4 and ctx.tokens[j].kind == "word" and not _definite(ctx.tokens[j].norm) and not ctx.is_("stop", j):
        j += 1  # رئيس مجلس الوزراء: the construct chain
    if j >= end or ctx.tokens[j].kind != "word" or not _definite(ctx.tokens[j].norm) or _is_trigger(ctx, j):
        return i
    j += 1
    while j < end and ctx.tokens[j].kind == "word" and _definite(ctx.tokens[j].norm) and _nisba(ctx.tokens[j].norm):
        j += 1  # وزير الخارجية المصري
    after = ctx.mention_at.get(j) if j < end else None
    if after is not None and after.label == "PER":
        return i  # استقبل X وزير الخارجية جون كيري: the guest
    tok = ctx.tokens[j] if j < end else None
    if tok is None or tok.kind != "word" or ctx.is_("stop", j) or _clitic(ctx, j).lstrip("وف")[:1] in ("ب", "ل"):
        return i  # حث X رئيس جنوب السودان على …: no object follows, so the title phrase is the object
    return j


def _target_after(ctx: _Context, frame: Trigger, i: int, end: int, purpose_at: int | None, object_suffix: bool = False) -> ArgSpan | None:
    """The first actor after ``i`` introduced by one of the frame's prepositions (or none, if direct).

    ل + a purpose noun (لدعم X، لمساعدة X) points at the target directly.  A
    place after في/إلى, and the places conjoined to it, are locations, not
    targets; a place right after another noun is its genitive (مجاهدي العراق).
    """
    if purpose_at is not None and purpose_at < end:
        found = _phrase_after(ctx, purpose_at, end)
        if found is not None:
            return found[2]
    if i < end and ctx.is_("copula", i):
        return None  # التفجير كان كبيرا: the event noun is a subject, what follows كان is said of it
    fallback: ArgSpan | None = None
    owner_at: int | None = None  # the token where the fallback's group stands (قافلة تابعة لقوات التحالف)
    counted_at: int | None = None  # the token after a direct object's count and من (قصفت مجموعة من المتمردين)
    first_content = True
    direct_closed = False
    place_run = False
    j = i
    while j < end:
        if ctx.strong(j):
            break
        if ctx.in_time(j):
            j += 1  # خطف مسلحون قبل خمسة أيام عددا من المواطنين: a time is no argument
            continue
        tok = ctx.tokens[j]
        if fallback is None and first_content and _so_called(ctx, j, end) is not None:
            found = _phrase_after(ctx, j, end)  # قصفت الطائرات ما يعرف بجيش الفتح
            if found is not None and frame.direct and not object_suffix and _actor_like(ctx, found[2]):
                return found[2]
        if frame.type == "ASSAULT" and ctx.is_("aiming_participle", j):
            aimed = _phrase_after(ctx, j + 1, end)  # فجر نفسه مستهدفا دورية للجيش: what the attack aimed at, past any place before
            if aimed is not None and not aimed[3]:
                return aimed[2]
        if j > i and ctx.is_("time_clause", j):
            break  # الاحتجاجات ستأتي يوم الخميس، عندما يظهر المرشحون على قناة فوكس نيوز: the next clause has its own
        if j > i and frame.type != "PROTEST" and ctx.punct(j - 1) in ("،", ",") and _clause_after_comma(ctx, j):
            break  # وإيقاع إصابات في صفوفهم، مطالبين الدول …؛ بأحزمة ناسفة، ولا يزال الحادث: the next clause holds no object
        if frame.type == "ASSAULT" and ctx.is_("attribution_cue", j) or j > i and (ctx.forms[j] & ctx.lex.speech_verbs or ctx.is_("message_noun", j)):
            break  # إطلاق نار قرب مركز، كما أعلنت السلطات; مسؤوليتها عن الهجوم في بيان نشر على تويتر; بحسب الشرطة: the attribution is no object
        if tok.kind == "word" and ctx.is_("purpose", j) and tok.norm.startswith(("ل", "ول")):
            found = _phrase_after(ctx, j + 1, end)
            if found is not None:
                return found[2]
        m = ctx.mention_at.get(j)
        titled = _title_argument(ctx, j, end) if m is None and tok.kind == "word" else None
        if titled is not None:  # اتصل الأمير بوزير الخارجية الأمريكي جون كيري: the title phrase and the name
            prep = _prep_of(ctx, j, titled[1].start, i)
            if prep is None and frame.direct and not object_suffix or prep is not None and prep in frame.preps:
                return titled[1]
        if m is not None and ctx.actor(m) and fallback is not None and j > i and ctx.is_("aside", j - 1):
            j = (ctx.token_at(m.end - 1) or j) + 1
            continue  # قتل مسلح 38 سائحا أغلبهم بريطانيون: the aside describes the object already found
        if j == i and _wa_word(ctx, j, "victim_noun"):
            j = (ctx.token_at(m.end - 1) or j) + 1 if m is not None else j + 1  # القتلى والجرحى: a second toll joined to the first is no target
            direct_closed = True
            continue
        if m is not None and ctx.actor(m) and not _named_place(ctx, m):
            prep = None if j == counted_at and ctx.token_at(m.start) == j else _prep_of(ctx, j, m.start, i)
            conjoined = place_run and tok.norm.startswith("و")
            genitive = m.label in PLACE_LABELS and j > i and ctx.tokens[j - 1].kind == "word" and not ctx.is_("stop", j - 1) and ctx.mention_end.get(j - 1) is None
            place = m.label in PLACE_LABELS and (prep in PLACE_PREPS or conjoined or genitive) or _place_nationality(ctx, m, j)
            direct_ok = prep is None and frame.direct and not object_suffix
            if owner_at is not None and owner_at <= j and ctx.token_at(m.start) == j:
                return fallback  # the phrase's own group: _extent grows the phrase over it
            if not place and (direct_ok or (prep is not None and prep in frame.preps)):
                return ArgSpan(m.start, m.end, m.entity)
            place_run = place
            j = (ctx.token_at(m.end - 1) or j) + 1
            first_content = False
            continue
        place_run = False
        frame_prep = fallback is None and tok.kind == "word" and ctx.is_("stop", j) and any(f in frame.preps for f in ctx.forms[j])
        if frame_prep and not first_content and ctx.mention_at.get(j + 1) is None:
            np = _np(ctx, j + 1, end, True)  # أطلق مجهولان النار في مخيم عين الحلوة على القيادي: past places, the framed actor
            fallback = np[2] if np is not None and _actor_headed(ctx, np[2]) else None
        if first_content and tok.kind == "word" and tok.norm[:1] in ("و", "ف") and j > i and ctx.punct(j - 1) in ("،", ","):
            first_content = False  # ناتجة عن تفجير بأحزمة ناسفة، ولا يزال الحادث: و after a comma opens a new clause
        if first_content and _conjunct(ctx, j):
            direct_closed = True  # من قتل وتعذيب ونهب، إدانتها واستنكارها للعمل: a word joined by و is no object, a frame's preposition may still follow
            j += 1
            continue
        if first_content and tok.kind == "word" and _instrument(ctx, j):
            j += 1 + _adjectives(ctx, j + 1, end)  # تفجير بأحزمة ناسفة، قصفت بصواريخ موجهة مواقع: the weapon is no object
            definite = tok.norm.startswith(("بال", "وبال"))
            while j < end and ctx.tokens[j].kind == "word" and definite and _definite(ctx.tokens[j].norm) and ctx.mention_at.get(j) is None and not ctx.is_("stop", j):
                j += 1  # قصفت بالمدفعية الثقيلة مناطق: its definite adjectives too
            continue
        if fallback is None and first_content and tok.kind == "word":
            clitic = tok.prefix or (tok.norm[0] if tok.norm[:1] in ("ل", "ب") else "")
            if frame.direct and not object_suffix and not direct_closed and not ctx.is_("stop", j) and not ctx.is_("time_word", j) and not clitic.strip("وف") \
                    and not (_adverbial(ctx, j) and ctx.mention_at.get(j) is None and not ctx.is_("member_noun", j)):  # حكم القتل تعزيراً
                counted = _partitive(ctx, j, end)
                counted_at = counted if counted > j and ctx.tokens[counted - 1].norm == "من" else None
                np = _np(ctx, counted, end, False)  # عددا من المواطنين
                fallback = np[2] if np else None
                owned = _owner_group(ctx, np[0], np[1], end) if np else None
                owner_at = owned[0] if owned else None
                first_content = False
            elif frame_prep:
                np = _np(ctx, j + 1, end, True) if ctx.mention_at.get(j + 1) is None else None
                fallback = np[2] if np else None
                first_content = ctx.mention_at.get(j + 1) is not None
            elif clitic.strip("وف")[:1] in frame.preps and clitic.strip("وف"):
                np = _np(ctx, j, end, True)
                fallback = np[2] if np else None
                first_content = False
        j += 1
    return fallback


def _place_nationality(ctx: _Context, m: Mention, j: int) -> bool:
    """A nationality adjective right after a named place or an area noun describes the place (في بلدة سروج التركية،
    داخل الأراضي السورية): no actor."""
    if m.label != "NORP" or m.kind == "agent" or j == 0 or ctx.token_at(m.start) != j or not _nisba(ctx.tokens[j].norm) or not ctx.tokens[j].norm.startswith("ال"):
        return False  # في محافظة تعز المواطنين: people; لبنان واللبنانيين: a conjunct, no adjective
    before = ctx.mention_end.get(j - 1)
    if before is not None:
        return before.label in PLACE_LABELS
    return ctx.is_("area_noun", j - 1) and _agreeing_nisba(ctx, j - 1, j)


def _wa_word(ctx: _Context, j: int, category: str) -> bool:
    """Token ``j`` is و + a word of ``category`` (والجرحى، ومجموعة), not a word that begins with و itself."""
    tok = ctx.tokens[j]
    words = ctx.lex.words.get(category, frozenset())
    if tok.kind != "word" or not tok.norm.startswith("و") or tok.norm in words or ctx.doc.text[tok.start] != "و":
        return False
    rest = tok.norm[1:]
    return rest in words or rest.startswith("ال") and rest[2:] in words


def _named_group(ctx: _Context, j: int) -> bool:
    """A group of the actor dictionary is named at token ``j`` (القاعدة is al-Qaeda there, not a base; مسجد الإمام
    الصادق, a name the tagger found, stays a building)."""
    return _dictionary_group(ctx, ctx.mention_at.get(j))


def _dictionary_group(ctx: _Context, m: Mention | None) -> bool:
    """The mention names a group of the actor dictionary, not just an organisation the tagger found."""
    ent = ctx.doc.entity(m.entity) if m is not None and m.kind == "name" and m.label == "ORG" else None
    return ent is not None and ent.actor is not None and ent.sector is not None


def _conjunct(ctx: _Context, j: int) -> bool:
    """Token ``j`` starts with the conjunction و and is neither a mention nor a word that names people, a role or a
    place (وزير، وحدات، وفد begin with و themselves): an object never opens with و."""
    tok = ctx.tokens[j]
    if tok.kind != "word" or not tok.norm.startswith("و") or len(tok.norm) < 4 or ctx.mention_at.get(j) is not None:
        return False
    return not (_actor_like(ctx, ctx.token_span(j, j)) or ctx.is_title(j) or ctx.is_("target_noun", j) or ctx.is_("member_noun", j))


def _clause_between(ctx: _Context, i: int, j: int) -> bool:
    """A new clause opens after token ``i`` and before token ``j``: a strong stop, a conjunction of time (فيما،
    بينما) or a comma before a clause (:func:`_clause_after_comma`)."""
    for k in range(i + 1, j):
        if ctx.strong(k) or ctx.is_("time_clause", k):
            return True
        if ctx.punct(k) in ("،", ",") and k + 1 < j and _clause_after_comma(ctx, k + 1):
            return True
    return False


def _clause_after_comma(ctx: _Context, j: int) -> bool:
    """Token ``j``, right after a comma, opens a new clause: a word with و or ف that names no actor (ولا يزال،
    وأضاف), or a participle of demand (مطالبين).  Not asked for a protest, whose addressee the protest rules
    find across such clauses (مطالبين الحكومة)."""
    tok = ctx.tokens[j]
    if tok.kind != "word" or ctx.mention_at.get(j) is not None or ctx.is_("informant", j):
        return False
    return tok.norm[:1] in ("و", "ف") and not _actor_like(ctx, ctx.token_span(j, j)) or ctx.is_("demand_cue", j)


def _prep_of(ctx: _Context, j: int, start: int, lo: int) -> str | None:
    """The preposition governing the argument that starts at offset ``start`` in token ``j``: a clitic (ل ب) or
    up to two words back."""
    clitic = fold(ctx.doc.text[ctx.tokens[j].start : start]).lstrip("وف")
    if clitic.startswith(("ل", "ب")):
        return clitic[0]
    if j == ctx.token_at(start) and ctx.tokens[j].prefix:
        pre = ctx.tokens[j].prefix.lstrip("وف")
        if pre[:1] in ("ل", "ب"):
            return pre[0]
    for k in (j - 1, j - 2):
        if k < lo or ctx.tokens[k].kind != "word":
            break
        for form in ctx.forms[k]:
            if ctx.lex.is_("stop", form):
                return form
        if ctx.mention_at.get(k) is not None:
            break
        if k == j - 1 and not _nationality_at(ctx, j) and (lam_or_ba := _prepositional_noun(ctx, k)):
            return lam_or_ba  # بمقر الوزارة، بقيادة السعودية: the genitive of a noun behind ب or ل is no direct object
    return None


def _nationality_at(ctx: _Context, j: int) -> bool:
    """Is token ``j`` a nationality adjective (للقوات السورية: an adjective of the noun before it, no genitive)?"""
    m = ctx.mention_at.get(j)
    return m is not None and m.label == "NORP" and m.kind == "name"


def _prepositional_noun(ctx: _Context, k: int) -> str | None:
    """ب or ل when token ``k`` is that preposition + a common noun (بمقر، بقيادة، لرئاسة), else None."""
    norm = ctx.tokens[k].norm.lstrip("وف")
    if norm[:1] not in ("ب", "ل") or ctx.mention_at.get(k) is not None:
        return None
    stem = norm[1:].removeprefix("ال")
    common = knowledge_base().common
    return norm[0] if stem in common or any(ctx.lex.is_(c, stem) for c in ("target_noun", "member_noun", "facility_head")) else None


# --- reciprocal, inheritance, event building ---------------------------------------------


def _expand_reciprocal(ctx: _Context, hit: _Hit, lo: int) -> list[_Hit]:
    """كل فصيل … الآخر: one event each way between the last two organisations named before."""
    window = range(hit.last + 1, min(len(ctx.tokens), hit.last + 5))
    if not any(ctx.is_("reciprocal", j) for j in window):
        return [hit]
    seen: list[Mention] = []
    ents: list[str] = []
    for j in range(hit.first - 1, lo - 1, -1):
        m = ctx.mention_at.get(j)
        if m is not None and m.label == "ORG" and m.entity and m.entity not in ents:
            ents.append(m.entity)
            seen.append(m)
            if len(ents) == 2:
                break
    if len(ents) < 2:
        return [hit]
    a, b = seen[1], seen[0]
    out = []
    for s, t in ((a, b), (b, a)):
        h = _Hit(hit.trigger, hit.first, hit.last, hit.prefix, type=hit.type, mode=hit.mode, pledged=hit.pledged)
        h.source = ArgSpan(s.start, s.end, s.entity)
        h.target = ArgSpan(t.start, t.end, t.entity)
        h.extra = dict(hit.extra, reciprocal=True)
        out.append(h)
    return out


def _inherit_target(ctx: _Context, hit: _Hit, previous: list[_Hit]) -> None:
    """Aid with no recipient goes to the last recipient of the same source's aid or pledge."""
    if hit.target is not None or hit.type not in GIVING or hit.source is None or hit.source.entity is None:
        return
    for prev in reversed(previous):
        if prev.type in GIVING and prev.source is not None and prev.source.entity == hit.source.entity and prev.target is not None and prev.target.entity:
            hit.target = ArgSpan(prev.target.start, prev.target.end, prev.target.entity)
            hit.extra["inherited_target"] = True
            return


def _make_event(ctx: _Context, hit: _Hit, sent: int, lo: int, hi: int, n: int) -> Event:
    toks = ctx.tokens
    ev = Event(
        toks[hit.first].start,
        toks[hit.inner.last if hit.inner is not None else hit.last].end,  # تعهدت … إرسال: the pledge and what is pledged
        id=f"e{n}",
        type=hit.type,
        mode=hit.mode,
        source_actor=hit.source.entity if hit.source else None,
        target_actor=hit.target.entity if hit.target else None,
        sentence=sent,
        source=hit.trigger.row + (f"+{hit.inner.trigger.row}" if hit.inner else ""),
    )
    if ev.source_actor is not None and ev.source_actor == ev.target_actor:
        ev.target_actor = None
        hit.target = None
    trig_lo, trig_hi = toks[hit.first].start, toks[hit.inner.last if hit.inner is not None else hit.last].end
    for role, other in (("source", hit.target), ("target", hit.source)):
        span = getattr(hit, role)
        if span is not None:
            span = _extent(ctx, span, lo, hi, (trig_lo, trig_hi), other)
            first = ctx.token_at(span.start)
            if span.entity is not None and first is not None and ctx.is_("supporter_noun", first) and ctx.mention_at.get(first) is None:
                span = ArgSpan(span.start, span.end, None)  # أنصار القذافي are not القذافي
                setattr(ev, f"{role}_actor", None)
            setattr(hit, role, span)
    for role, span in (("source", hit.source), ("target", hit.target)):
        if span is not None:
            country, sector = argument_code(ctx, span)
            setattr(ev, f"{role}_start", span.start)
            setattr(ev, f"{role}_end", span.end)
            setattr(ev, f"{role}_country", country)
            setattr(ev, f"{role}_sector", sector)
    anchor_end = hit.inner.last if hit.inner else hit.last
    win_lo, win_hi = hit.last + 1, min(hi, anchor_end + 1 + FORWARD_WINDOW)
    for j in range(anchor_end + 1, win_hi):
        if ctx.strong(j):
            win_hi = j
            break
    used = {ev.source_actor, ev.target_actor}
    for j in range(hit.first - 1, max(lo, hit.first - PLACE_BACK_WINDOW) - 1, -1):  # وصل إلى القاهرة في زيارة
        if ctx.strong(j):
            break
        m = ctx.mention_at.get(j)
        if m is not None and m.label in PLACE_LABELS and m.entity and m.entity not in used and _prep_of(ctx, j, m.start, lo) in PLACE_PREPS:
            ev.locations.append(m.entity)
            break
    for j in range(win_lo, win_hi):
        m = ctx.mention_at.get(j)
        if m is not None and m.label in PLACE_LABELS and m.entity and m.entity not in used and m.entity not in ev.locations:
            if j > hit.last:
                ev.locations.append(m.entity)
    a, b = bisect.bisect_left(ctx.time_starts, toks[lo].start), bisect.bisect_left(ctx.time_starts, toks[hi - 1].end)
    ev.time = _nearest(ctx.times[a:b], toks[hit.first].start)
    ev.quantity = None
    if win_hi > anchor_end + 1:
        k = bisect.bisect_left(ctx.quantity_starts, toks[anchor_end].end)
        if k < len(ctx.quantities) and ctx.quantities[k].start < toks[win_hi - 1].end:
            ev.quantity = ctx.quantities[k].id
    ev.modality = _modality(ctx, hit, lo)
    if "denied_by" in hit.extra:  # نفى المتحدث باسم الحوثيين … سقوط قتلى: the denier is the claimant
        ev.claimed_by = _denier(ctx, hit.extra["denied_by"], hit.first)
    quote = ctx.quote_of(toks[hit.first].start)
    if quote is not None:
        ev.quote = quote.id
        ev.claimed_by = quote.speaker
        if ev.source_actor is None and hit.source is None and quote.speaker and (_speaker_subject(ctx, hit, lo) or _speaker_light_verb(ctx, hit, lo)):
            ev.source_actor = quote.speaker  # قالت الوزارة إنها اعتقلت: the speaker is the subject
            if quote.speaker_start is not None and quote.speaker_end is not None:
                ev.source_start, ev.source_end = quote.speaker_start, quote.speaker_end
                ev.source_country, ev.source_sector = argument_code(ctx, ArgSpan(quote.speaker_start, quote.speaker_end, quote.speaker))
        elif ev.source_actor is None and hit.source is not None and quote.speaker and _possessed_by_speaker(ctx, hit.source):
            ev.source_actor = quote.speaker  # أعلن التحالف أن طائراته شنت غارات: "its aircraft" are the speaker's
            ev.source_country, ev.source_sector = argument_code(ctx, ArgSpan(hit.source.start, hit.source.end, quote.speaker))
            if quote.speaker_start is not None and quote.speaker_end is not None:
                ev.source_start, ev.source_end = quote.speaker_start, quote.speaker_end  # the owner named, not the pronoun
        if ev.modality == "asserted":
            ev.modality = "claimed"
    elif ev.modality == "asserted" and hit.trigger.pos == "noun":
        teller = _announcer(ctx, hit, lo)
        if teller is not None:
            ev.modality, ev.claimed_by = "claimed", teller  # أكدت المقاومة سقوط قتلى: the resistance says so
    return ev


ANNOUNCE_WINDOW = 8  # أعلن متحدث باسم الجيش أمس السيطرة على: the announced event noun follows its verb this closely


def _announcer(ctx: _Context, hit: _Hit, lo: int) -> str | None:
    """The named subject of an announcing verb (أعلن، أكد، ذكر، أفاد) whose object is the event noun."""
    for j in range(hit.first - 1, max(lo, hit.first - ANNOUNCE_WINDOW) - 1, -1):
        if ctx.strong(j) or ctx.tokens[j].norm in COMPLEMENTIZERS or _is_trigger(ctx, j):
            return None
        if ctx.tokens[j].kind == "word" and _verb_of(ctx, j, ctx.lex.announce_verbs):
            if any(_negator(ctx, n) for n in range(max(lo, j - NEG_WINDOW), j)):
                return None  # لم يؤكد الجيش مقتل الفلسطيني: the army does not say so
            for k in range(j + 1, hit.first):
                m = ctx.mention_at.get(k)
                if m is not None and m.entity and m.label in ("PER", "ORG"):
                    return m.entity
            return None
    return None


def _speakers_own(ctx: _Context, hit: _Hit) -> bool:
    """Inside a quote with a known speaker, is the source the speaker's own (طائراته)?"""
    quote = ctx.quote_of(ctx.tokens[hit.first].start)
    return quote is not None and quote.speaker is not None and hit.source is not None and _possessed_by_speaker(ctx, hit.source)


def _possessed_by_speaker(ctx: _Context, span: ArgSpan) -> bool:
    """Is the argument one word with a third-person possessive suffix (طائراته، قواتها)?"""
    raw = ctx.doc.text[span.start : span.end].split()
    words = fold(ctx.doc.text[span.start : span.end]).split()
    # the written word, not the folded one, ends with the pronoun: المملكة folds to المملكه
    return len(words) == 1 and len(words[0]) > 4 and raw[0].endswith(("ه", "ها", "هم")) and not words[0].endswith("يه")


EXTENT_MAX = 7  # an argument phrase grows to at most this many tokens


def _agreeing_nisba(ctx: _Context, head: int, j: int) -> bool:
    """Token ``j`` is a relative adjective as definite as the head before it (البرلمان العربي، قوة أمنية عراقية)."""
    t = ctx.tokens[j]
    if _sound_plural(ctx, head) and not t.norm.endswith("ون"):
        return False  # المحتجون المبنى: after a plural in -ون an adjective is plural too (المسلحون الحوثيون)
    return t.kind == "word" and _nisba(t.norm) and not ctx.is_("stop", j) and _definite(t.norm) == _definite(ctx.tokens[head].norm)


def _participle_adjective(ctx: _Context, head: int, j: int) -> bool:
    """Token ``j`` is a singular participle with the article (المتشدد، المتطرف، المسلحة) agreeing in gender with the
    singular definite noun ``head`` (التنظيم، الجماعة), so it describes it: a plural (المدنيين) would be an object."""
    if not (_definite(ctx.tokens[head].norm) and ctx.tokens[j].norm.startswith("الم")) or ctx.mention_at.get(j) is not None:
        return False
    if ctx.is_("target_noun", j) or ctx.is_("victim_noun", j):
        return False
    if j + 1 < len(ctx.tokens) and ctx.tokens[j + 1].kind == "word" and ctx.tokens[j + 1].norm.endswith(("هم", "هن", "هما")):
        return False  # ودعت الوزارة المعلنة أسماؤهم: the participle has its own subject, it opens the object
    return _singular_agreement(ctx, head, j)


def _adjective_of_head(ctx: _Context, head: int, j: int) -> bool:
    """Token ``j``, after a name in construct (جماعة الحوثيين، حركة طالبان), is a singular definite adjective in the
    gender of the name's indefinite head noun ``head`` (المتمردة after جماعة), which a plural genitive cannot take."""
    t = ctx.tokens[j]
    if _definite(ctx.tokens[head].norm) or not (t.norm.startswith("الم") or _nisba(t.norm)):
        return False
    m = ctx.mention_at.get(j)
    if m is not None and (m.kind != "agent" or m.end > t.end):
        return False
    return _singular_agreement(ctx, head, j)


def _singular_agreement(ctx: _Context, head: int, j: int) -> bool:
    """The noun ``head`` and the definite word ``j`` (six letters or more, no trigger, function word or claim noun:
    تبنت حركة طالبان المسؤولية, the responsibility is the object) are both singular and of one gender."""
    h, t = ctx.tokens[head], ctx.tokens[j]
    if h.kind != "word" or t.kind != "word" or not t.norm.startswith("ال") or len(t.norm) < 6:
        return False
    if _is_trigger(ctx, j) or ctx.is_("stop", j) or ctx.is_("claim_noun", j):
        return False
    if h.norm.endswith(("ين", "ون", "ات")) or t.norm.endswith(("ين", "ون", "ات", "ان")):
        return False
    return h.norm.endswith("ه") == t.norm.endswith("ه")


def _nisba(norm: str) -> bool:
    """A relative adjective (الأمريكية، عراقيين، انتحاري): the usual modifier of an argument's head noun.  Nouns
    of the same shape (``nisba_shaped_noun``: القرية، القضية، المستشفى) are none."""
    bare = norm[2:] if norm.startswith("ال") else norm
    return len(bare) > 3 and bare.endswith(("ي", "يه", "يين", "يون", "يان", "يا", "ييه")) and bare.lstrip("و") not in _nisba_shaped_nouns()


@lru_cache(maxsize=1)
def _nisba_shaped_nouns() -> frozenset[str]:
    """Folded nouns that end like a relative adjective (``event_words.tsv`` ``nisba_shaped_noun``)."""
    return frozenset(load_lexicon().words.get("nisba_shaped_noun", ()))


def _modifier(ctx: _Context, j: int) -> bool:
    """A relative adjective right after a noun with the same article (ضربة جوية، هجوم انتحاري): it modifies that noun."""
    if j == 0 or ctx.tokens[j].kind != "word" or ctx.tokens[j - 1].kind != "word" or not _nisba(ctx.tokens[j].norm):
        return False
    prev, norm = ctx.tokens[j - 1].norm, ctx.tokens[j].norm
    if ctx.is_("stop", j - 1) or ctx.is_("numeral", j - 1) or _definite(prev) != _definite(norm) or norm.startswith(("و", "ف")):
        return False
    if _verb_form(ctx, j - 1) or _people_behind_lam(ctx, j):  # تظاهرات لحوثيين: behind ل the word is a noun
        return False  # فجر انتحاري نفسه: after a verb the adjective is a nominalised subject, not a modifier
    return _is_trigger(ctx, j - 1) or ctx.mention_end.get(j - 1) is None


def _verb_form(ctx: _Context, i: int) -> bool:
    """The token reads only as an inflected verb of the trigger lexicon (no article, no noun reading)."""
    readings = [is_verb for stem, _, art in ctx.cands[i] if not art for _, is_verb, _ in ctx.lex.index.get(stem, ())]
    return bool(readings) and all(readings) and not ctx.tokens[i].norm.startswith(("ال", "وال", "بال", "لل"))


def _attack_noun(ctx: _Context, i: int) -> bool:
    """The token reads as an ASSAULT event noun (هجوم، انفجار، غارة)."""
    return ctx.tokens[i].kind == "word" and any(
        not is_verb and trig.type == "ASSAULT" for stem, _, _ in ctx.cands[i] for trig, is_verb, _ in ctx.lex.index.get(stem, ())
    )


def _noun_rows(ctx: _Context, i: int) -> Iterable[Trigger]:
    """The trigger rows the token reads as a noun of."""
    return (trig for stem, _, _ in ctx.cands[i] for trig, is_verb, _ in ctx.lex.index.get(stem, ()) if not is_verb)


def _noun_trigger(ctx: _Context, i: int) -> bool:
    """The token reads as an event noun of the trigger lexicon (ضربة، غارة، هجوم)."""
    return ctx.tokens[i].kind == "word" and next(iter(_noun_rows(ctx, i)), None) is not None


def _definite(norm: str) -> bool:
    return norm.startswith(("ال", "وال", "فال", "لل"))


def _extent(ctx: _Context, span: ArgSpan, lo: int, hi: int, trigger: tuple[int, int], other: ArgSpan | None) -> ArgSpan:
    """Grow an argument to the head noun phrase the coders mark (PLOVER: the actor phrase, not the clause).

    Left: a phrase that is only a relative adjective (الأمريكية in الطائرات الأمريكية) takes the noun it
    modifies, and that noun's construct head (مقاتلي البيشمركة الأكراد).  Right: relative adjectives,
    genitives of an indefinite head (عناصر الشرطة، سفير بولندا) and a name after a head noun or title
    (نائب رئيس البلدية مهدي حنبلي).  It never crosses the trigger, the other argument, a preposition,
    a conjunction, a verb, punctuation or a count.
    """
    first, last = ctx.token_at(span.start), ctx.token_at(max(span.start, span.end - 1))
    if first is None or last is None:
        return span

    def blocked(j: int) -> bool:
        t = ctx.tokens[j]
        if t.end > trigger[0] and t.start < trigger[1]:
            return True
        if other is not None and t.end > other.start and t.start < other.end:
            return True
        if _is_trigger(ctx, j) and (_is_trigger(ctx, j, whole=True) or not t.norm.startswith("ال")):
            return True  # a definite noun that only opens an absent phrase (القوة, not القوا القبض) may be a genitive
        return t.kind != "word" or ctx.is_("stop", j) or ctx.is_("relative", j) or ctx.is_("time_word", j) or _light(ctx, j) or ctx.is_("claim_noun", j) or ctx.is_("aiming_participle", j) or _time_determiner(ctx, j)

    start_j, end_j = first, last
    norm = ctx.tokens[first].norm
    if (first == last and _nisba(norm) and first - 1 >= lo and not blocked(first - 1) and not ctx.is_("numeral", first - 1) and not ctx.is_("non_head", first - 1)
            and not ctx.is_("passage_cue", first - 1) and not _verb_of(ctx, first - 1, ctx.lex.undergo_verbs | ctx.lex.announce_verbs)):  # تعرضت دورية: a verb is no head noun
        prev = ctx.tokens[first - 1].norm
        before = ctx.tokens[first - 2] if first - 2 >= lo else None
        own = before is not None and before.end > trigger[0] and before.start < trigger[1]
        if before is not None and _noun_trigger(ctx, first - 2) and (ctx.is_("event_adjective", first - 1) or _nisba(prev) and not own):
            pass  # ضربة جوية أميركية: the word before is an adjective of the event noun; the nationality alone is the actor
        elif _definite(prev) == _definite(norm) and not prev.startswith(("و", "ف", "ب", "ل")) or prev.startswith("لل") and norm.startswith("ال"):
            start_j = first - 1
            while start_j - 1 >= lo and first - start_j < 3 and (_nisba(ctx.tokens[start_j].norm) or _definite_participle(ctx.tokens[start_j].norm)) and not blocked(start_j - 1):
                p1 = ctx.tokens[start_j - 1].norm  # طائرة حربية روسية: past every adjective to the noun
                if _definite(p1) != _definite(ctx.tokens[start_j].norm) or p1.startswith(("و", "ف", "ب", "ل")) or ctx.is_("numeral", start_j - 1) or _noun_trigger(ctx, start_j - 1):
                    break
                start_j -= 1
            if start_j - 1 >= lo and not blocked(start_j - 1) and not _definite(ctx.tokens[start_j - 1].norm) and _definite(prev):
                p2 = ctx.tokens[start_j - 1].norm  # a construct head drops its ن: مقاتلي, never مرددين
                if not p2.startswith(("و", "ف", "ب", "ل")) and not ctx.is_("numeral", start_j - 1) and not p2.endswith(("ا", "ين", "ون")):
                    start_j -= 1
    if first == last and first - 1 >= lo and not blocked(first - 1) and _agent_pair(ctx, first - 1, first):
        start_j = first - 1  # مسلحين مجهولين: the agent the adjective describes
    if start_j == first and first - 1 >= lo and _definite(norm) and not blocked(first - 1) and ctx.is_("actor_noun", first - 1):
        head = ctx.tokens[first - 1].norm
        if not _definite(head) and not head.startswith(("و", "ف", "ب", "ل")):
            start_j = first - 1  # قوات التحالف، عناصر الشرطة: the construct head names who of the group acted
    lead_at = _title_start(ctx, span, first, lo, trigger, other) if start_j == first else None  # an offset, or None
    opening = ctx.token_at(lead_at) if lead_at is not None else start_j
    if opening is not None and opening - 1 >= lo and ctx.is_("supporter_noun", opening - 1) and not blocked(opening - 1):
        lead_at = ctx.tokens[opening - 1].start  # أنصار الرئيس الليبي الراحل معمر القذافي: whose followers
    j = end_j + 1
    while j < hi and j - start_j < EXTENT_MAX and not blocked(j):
        tok = ctx.tokens[j]
        prev = ctx.tokens[j - 1].norm
        m = ctx.mention_at.get(j)
        nationality = m is not None and m.label == "NORP" and m.start >= tok.start and not tok.norm.startswith(("لل", "بال", "وبال", "ولل"))  # كمين نصبته المقاومة للمتمردين: a ل phrase is no adjective
        # مسلحا يرتدي، انتحارية ترتدي: a verb that does not agree with the noun, not its adjective
        agrees = nationality or not (prev.endswith("ا") and not tok.norm.endswith("ا") or prev.endswith("ه") and tok.norm.endswith("ي"))
        if _agent_pair(ctx, j - 1, j):
            end_j = j  # مسلحون مجهولون
        elif (_sound_plural(ctx, j - 1) or _agent_dual(ctx, j - 1)) and not nationality and not (_nisba(tok.norm) and tok.norm.endswith("ون")):
            break  # أضرم مستوطنون النار، المحتجون المبنى: a plural in -ون takes no genitive, and only a plural adjective
        elif (_nisba(tok.norm) or nationality) and agrees and (nationality or not tok.norm.startswith(("و", "ف", "ب"))) and (_definite(tok.norm) == _definite(prev) or tok.norm.startswith("ال") and prev.startswith("لل")):
            end_j = j
        elif m is not None and m.label in ("PER", "ORG", "GPE") and not _definite(prev) and not prev.endswith("ا") and (m.start == tok.start or not tok.norm.startswith(("و", "ف", "ب", "ل"))):
            end_j = ctx.token_at(m.end - 1) or j  # سفير بولندا، قوات الناتو
        elif m is not None and m.label == "PER" and (ctx.is_title(j - 1) or m.kind == "name" and m.entity is not None and m.entity == span.entity) and not ctx.is_("protest_agent", j - 1):
            end_j = ctx.token_at(m.end - 1) or j  # رئيس البلدية مهدي حنبلي; نائب رئيس البلدية مهدي حنبلي, one person
        elif tok.norm.startswith("ال") and not _definite(prev) and not prev.endswith("ا") and not ctx.is_("numeral", j - 1) and not _name_ends(ctx, j - 1):
            end_j = j  # عناصر الشرطة; a name takes no genitive: مع كيري الأزمة اليمنية
        else:
            break
        j = end_j + 1
    end_j = _owner_phrase(ctx, start_j, end_j, hi, blocked)
    if COORDINATION:
        end_j = _conjuncts(ctx, end_j, hi, blocked)
    if start_j == first and end_j == last and lead_at is None:
        return span
    start_at = lead_at if lead_at is not None else ctx.tokens[start_j].start
    return ArgSpan(min(span.start, start_at), max(span.end, ctx.tokens[end_j].end), span.entity)


TITLE_SPAN = 4  # words a title phrase before a name may have (رئيس الوزراء الإسرائيلي السابق)


def _title_start(ctx: _Context, span: ArgSpan, first: int, lo: int, trigger: tuple[int, int], other: ArgSpan | None) -> int | None:
    """Where the title before a person's name starts (النائب أنطوان غانم الذي قتل، رئيس الوزراء إيهود أولمرت):
    the coders mark the title with the name.  Not across the trigger or the other argument."""
    m = ctx.mention_at.get(first)
    if m is None or m.label != "PER" or m.kind != "name" or m.start != span.start:
        return None
    for k in range(first - 1, max(lo, first - TITLE_SPAN) - 1, -1):
        t = ctx.tokens[k]
        if t.kind != "word" or t.end > trigger[0] and t.start < trigger[1] or other is not None and t.end > other.start and t.start < other.end:
            return None
        found = ctx.titled(k)
        if found is not None and found[0] == first:
            return found[3]
    return None


def _agent_pair(ctx: _Context, a: int, b: int) -> bool:
    """Are tokens ``a`` and ``b`` two one-word agent mentions that agree as noun and adjective (مسلحين مجهولين,
    both indefinite plurals in -ين), not a subject and its object (الشرطة المتظاهرين)?"""
    ma, mb = ctx.mention_at.get(a), ctx.mention_at.get(b)
    if ma is None or mb is None or ma.kind != "agent" or mb.kind != "agent" or ctx.token_at(ma.end - 1) != a or ctx.token_at(mb.end - 1) != b:
        return False
    x, y = ctx.tokens[a].norm, ctx.tokens[b].norm
    return _definite(x) == _definite(y) and not y.startswith(("و", "ف", "ب", "ل")) and any(x.endswith(e) and y.endswith(e) for e in ("ون", "ين", "ان"))


def _name_ends(ctx: _Context, j: int) -> bool:
    """Does the name of a person, a place or a group of the actor dictionary end at token ``j``?  (A tagged
    organisation may be cut short: مجلس إدارة بنك الاستثمار.)"""
    m = ctx.mention_end.get(j)
    return m is not None and m.kind == "name" and (m.label in ("PER", "GPE") or _dictionary_group(ctx, m))


def _owner_group(ctx: _Context, head: int, end_j: int, hi: int) -> tuple[int, Mention] | None:
    """The group a member or unit noun belongs to (``member_noun``): (first token, mention) of an actor right after
    the phrase behind في، من or ل, or behind تابع(ة) ل: ناشطا في حركة حماس، دورية للشرطة، قافلة تابعة لقوات التحالف.
    A place is no owner (ناشط في غزة), but a country's institution is (موكبا لسفارة الولايات المتحدة)."""
    if not ctx.is_("member_noun", head):
        return None
    j = end_j + 1
    if j < hi and ctx.is_("owner_link", j):
        j += 1
    if j >= hi or ctx.tokens[j].kind != "word":
        return None
    k = j + 1 if ctx.tokens[j].norm in ("في", "من") and j == end_j + 1 else j
    lam = k == j
    construct = False
    if lam and k + 1 < hi and ctx.mention_at.get(k) is None and not ctx.is_("stop", k) and not _is_trigger(ctx, k) and any(
        pre.lstrip("وف") == "ل" and not art for _, pre, art in ctx.cands[k]
    ):
        k, lam, construct = k + 1, False, True  # لقوات التحالف، لسفارة الولايات المتحدة: the lam's noun heads the name
    m = ctx.mention_at.get(k) if k < hi else None
    if m is None or not ctx.actor(m) or m.label == "NORP" or m.label == "GPE" and not construct or _named_place(ctx, m) or ctx.token_at(m.start) != k:
        return None
    if lam and _prep_of(ctx, k, m.start, k) != "ل":
        return None
    return j, m


def _owned(ctx: _Context, span: ArgSpan, hi: int) -> bool:
    """A member or unit phrase whose group follows it (مواقع تابعة للقوات السورية): an actor's, so an object."""
    tokens = _span_tokens(ctx, span)
    return bool(tokens) and _owner_group(ctx, tokens[0], tokens[-1], hi) is not None


def _owner_phrase(ctx: _Context, head: int, end_j: int, hi: int, blocked) -> int:
    """Grow a member or unit noun's phrase over its group (:func:`_owner_group`) and the group's adjectives."""
    owner = _owner_group(ctx, head, end_j, hi)
    if owner is None:
        return end_j
    first, last = ctx.token_at(owner[1].start), ctx.token_at(owner[1].end - 1)
    if first is None or last is None or last >= hi:
        return end_j
    if any(blocked(x) for x in range(first, last + 1) if owner[1].kind != "name" or x == first):
        return end_j  # a trigger word inside a name is part of the name (حركة فتح)
    while last + 1 < hi and not blocked(last + 1) and _agreeing_nisba(ctx, last, last + 1):
        last += 1  # دورية للقوات الأميركية
    return last


COORDINATION = True
CONJUNCT_MAX = 2  # at most this many conjuncts are added to an argument
CONJUNCT_LEN = 4  # … each of at most this many words


def _conjuncts(ctx: _Context, end_j: int, hi: int, blocked) -> int:
    """الحكومة والولاية، قوات الدرك ومرتبات السجن: a conjunct opened by و whose head names people or a group
    (an actor mention, or a head noun of ``event_sectors.tsv`` / ``actor_noun`` / ``victim_noun``) belongs to the
    argument; it grows by its genitives and adjectives, never over a verb, a preposition or punctuation."""
    for _ in range(CONJUNCT_MAX):
        j = end_j + 1
        if j >= hi or ctx.tokens[j].kind != "word" or not ctx.tokens[j].norm.startswith("و") or _verb_form(ctx, j) or _is_trigger(ctx, j):
            return end_j
        if ctx.tokens[j].norm in ("و",) or ctx.is_("stop", j) or ctx.is_("relative", j) or ctx.is_("time_word", j) or _light(ctx, j):
            return end_j
        m = ctx.mention_at.get(j)
        bare = [stem for stem, pre, art in ctx.cands[j] if pre.startswith("و")]
        head = (m is not None and ctx.actor(m)) or any(
            b in ctx.lex.sectors or ctx.lex.is_("actor_noun", b) or ctx.lex.is_("victim_noun", b) or ctx.lex.is_("protest_agent", b) for b in bare
        )
        if not head:
            return end_j
        last = ctx.token_at(m.end - 1) if m is not None and ctx.actor(m) else j
        if last is None or blocked(last):
            return end_j
        k = last + 1
        while k < hi and k - j < CONJUNCT_LEN and not blocked(k) and not ctx.tokens[k].norm.startswith("و"):
            name = ctx.mention_at.get(k)
            if name is not None and name.label in ("PER", "ORG", "GPE") and ctx.token_at(name.start) == k and not _definite(ctx.tokens[k - 1].norm):
                last = ctx.token_at(name.end - 1) or k  # وقوات صالح: a name is the genitive of an indefinite head
            elif _nisba(ctx.tokens[k].norm) or ctx.tokens[k].norm.startswith("ال") and not _definite(ctx.tokens[k - 1].norm) and not (m is not None and m.kind == "name"):
                last = k  # not after a name, which takes no genitive: وحثت بريطانيا وفرنسا الدول الأخرى
            else:
                break
            k = last + 1
        end_j = last
    return end_j


CODE_TOKENS = 8  # an argument's code is read from its first words only


def argument_code(ctx: _Context, span: ArgSpan) -> tuple[str | None, str | None]:
    """ISO3 country and PLOVER sector of an argument phrase.

    The linked entity comes first; then, word by word from the head, the
    mentions inside the phrase (الجيش التركي → TUR MIL, ناشطا في كتائب الأقصى →
    REB) and the head nouns of ``event_sectors.tsv`` (اشخاص → CVL).  CAMEO
    sectors that PLOVER dropped are mapped (INS → REB).
    """
    country: str | None = None
    sector: str | None = None
    first, last = ctx.token_at(span.start), ctx.token_at(max(span.start, span.end - 1))
    owner = _owner_group(ctx, first, first, last + 1) if first is not None and last is not None else None
    ent = ctx.doc.entity(owner[1].entity if owner is not None else span.entity)  # دورية للشرطة: the group, not the unit, says who
    if ent is not None:
        country, sector = ent.country, ent.sector
        if country is None and ent.actor and ent.actor.startswith("GPE:"):
            country = ent.actor[4:]
    if first is not None and last is not None:
        for j in range(first if owner is None else first + 1, min(last, first + CODE_TOKENS - 1) + 1):
            if country is not None and sector is not None:
                break
            m = ctx.mention_at.get(j)
            if m is not None and m.end <= span.end:
                country = country or m.country or (m.actor[4:] if m.actor and m.actor.startswith("GPE:") else None)
                sector = sector or m.sector
            if sector is None and ctx.tokens[j].kind == "word":
                sector = _head_sector(ctx, j)
        head = next((j for j in range(first, min(last, first + 2) + 1) if ctx.tokens[j].kind == "word"), None)
        m = ctx.mention_at.get(head) if head is not None and owner is None else None
        if m is not None and m.kind == "agent" and m.end <= ctx.tokens[head].end and (ent is None or not ent.actor or not ent.actor.startswith("GPE:")):
            own = _head_sector(ctx, head)
            sector = own or sector  # مسلحون، انتحاري: the event head-noun table, read from the coders' practice, refines a generic agent
    if owner is None and first is not None and last is not None and first < last and ctx.tokens[first].kind == "word" and first not in ctx.in_mention:
        if _head_sector(ctx, first) == "CVL":
            sector = "CVL"  # أسر المتهمين، سكان القرية: ordinary people of the genitive's group (نائب خادم الحرمين keeps GOV)
    if owner is not None and sector is None:
        unit = ctx.mention_at.get(first)  # the group says nothing of its sector: the unit's own word does
        sector = _head_sector(ctx, first) or (unit.sector if unit is not None else None)
    if first is not None and ctx.is_("supporter_noun", first):
        sector = "CVL"  # أنصار القذافي: his supporters are civilians of his country, not his government
    if sector is not None:
        sector = ctx.lex.sector_map.get(sector, sector)
    return country, sector


def _head_sector(ctx: _Context, j: int) -> str | None:
    """The ``event_sectors.tsv`` sector of token ``j``, also through the accusative alef (مسجدا → مسجد) when the
    written form has no row of its own."""
    found = next((ctx.lex.sectors[stem] for stem, _, _ in ctx.cands[j] if stem in ctx.lex.sectors), None)
    if found is None:
        found = next((ctx.lex.sectors[stem[:-1]] for stem, _, _ in ctx.cands[j] if len(stem) > 3 and stem.endswith("ا") and stem[:-1] in ctx.lex.sectors), None)
    return found


def _speaker_subject(ctx: _Context, hit: _Hit, lo: int) -> bool:
    """The verb's subject is the speaker: first person (اعتقلنا) or the pronoun of إنه/إنها right before it."""
    if hit.first_person:
        return True
    return _speaker_pronoun_before(ctx, hit.first, lo)


def _speaker_pronoun_before(ctx: _Context, i: int, lo: int) -> bool:
    """Does إنه/أنها/إننا stand right before token ``i`` (past قد)?"""
    k = i - 1
    while k >= lo and ctx.is_("skip", k):
        k -= 1
    return k >= lo and ctx.tokens[k].norm in SPEAKER_PRONOUNS


SPEAKER_PRONOUNS = frozenset({"انها", "انه", "انهم", "اننا", "بانها", "بانه", "بانهم", "وانها", "وانه"})  # إنه/أنها … the speaker as subject


def _speaker_light_verb(ctx: _Context, hit: _Hit, lo: int) -> bool:
    """قال الجيش إنه نفذ ضربات جوية: the light verb of an event noun has the speaker's pronoun for its subject."""
    if hit.trigger.pos != "noun":
        return False
    light = _light_verb_before(ctx, hit.first, lo)
    if light is None or _phrase_after(ctx, light + 1, hit.first) is not None:
        return False  # شن الطيران غارات: the subject is named
    return _speaker_pronoun_before(ctx, light, lo)


def _nearest(items: list, offset: int) -> str | None:
    """The id of the item (of one sentence) that starts closest to ``offset``."""
    best = min(items, key=lambda it: abs(it.start - offset), default=None)
    return best.id if best is not None else None


def _negator(ctx: _Context, j: int) -> bool:
    """A negation word, alone or after و/ف only (كما, بما, لما are not negators)."""
    norm = ctx.tokens[j].norm
    words = ctx.lex.words.get("negation", frozenset())
    if norm in ("ما", "مما", "وما") and j + 1 < len(ctx.tokens) and (ctx.is_("result_cue", j + 1) or ctx.is_("not_after_ma", j + 1)):
        return False  # ما أسفر عن مقتل "which resulted in", ما قبل الهجوم "before the attack": not "did not"
    if norm in ("ما", "مما", "وما") and j > 0 and ctx.is_("not_before_ma", j - 1):
        return False  # وهو ما تزامن مع، دائما ما تشن: a relative or "always"
    if norm in ("لا", "ولا") and j + 1 < len(ctx.tokens) and ctx.is_("not_after_la", j + 1):
        return False  # ولا سيما الهجوم "especially the attack"
    if norm in ("غير", "بغير") and j + 1 < len(ctx.tokens) and ctx.is_("not_after_ghayr", j + 1):
        return False  # عن غير قصد "unintentionally": the negation is the word's own
    return norm in words or (norm[:1] in ("و", "ف") and norm[1:] in words)


def _denier(ctx: _Context, j: int, end: int) -> str | None:
    """The entity that denies: the first person or organisation named after the deny verb (VSO), before ``end``."""
    for k in range(j + 1, min(end, j + 8)):
        m = ctx.mention_at.get(k)
        if m is not None and m.entity and m.label in ("PER", "ORG"):
            if m.label == "ORG" and ctx.tokens[k - 1].norm == "باسم":  # المتحدث باسم X فلان: the person speaks
                last = ctx.token_at(m.end - 1)
                person = ctx.mention_at.get(last + 1) if last is not None else None
                if person is not None and person.label == "PER" and person.entity:
                    return person.entity
            return m.entity
    return None


GHAYR = frozenset({"غير", "بغير", "وغير"})  # "other than, non-": it negates the one word after it


def _negates(ctx: _Context, j: int, i: int) -> bool:
    """Does the negator at ``j`` reach the word at ``i``?  Not across a word of consequence (وغير معروفة لذا خرجنا
    بمظاهرات: what is unknown is not the protest).  غير negates the word right after it; a later word only through
    an adjective of ability or will (غير قادرة على شن هجمات), not otherwise (غير أن الجيش قصف "however, the army
    shelled"; في خطوة غير مسبوقة شن الجيش هجوما)."""
    if ctx.tokens[j].norm in GHAYR and i > j + 1 and not ctx.is_("ghayr_modal", j + 1):
        return False
    return _negator(ctx, j) and not any(ctx.is_("consequence", k) for k in range(j + 1, i))


def _modality(ctx: _Context, hit: _Hit, lo: int) -> str:
    for j in range(hit.first - 1, max(lo, hit.first - NEG_WINDOW) - 1, -1):
        if ctx.strong(j) or ctx.is_("consequence", j) or j < hit.first - 1 and _verb_form(ctx, j + 1) and ctx.tokens[hit.first - 1].norm != "او":
            break  # لم يصابوا في الانفجار: the negator belongs to the verb between (but لم يقتل أو يجرح: both)
        if _negates(ctx, j, hit.first):
            return "negated"
    words = 0
    for j in range(hit.first - 1, lo - 1, -1):  # the window counts words: commas around an aside do not use it up
        if ctx.strong(j) or words >= DENY_WINDOW:
            break
        if ctx.is_("deny", j):
            hit.extra["denied_by"] = j
            return "negated"
        words += ctx.tokens[j].kind == "word"
    if hit.trigger.pos == "noun":  # لم تنفذ الطائرات أي غارة: the light verb is negated
        light = _light_verb_before(ctx, hit.first, lo)
        if light is not None and any(_negates(ctx, j, light) for j in range(max(lo, light - NEG_WINDOW), light)):
            return "negated"
    if _possible(ctx, hit, lo):
        return "possible"
    if hit.pledged:
        return "pledged"
    return "asserted"


IN_CASE = frozenset({"حال", "حاله"})  # "state" alone; في حال "in case"
POSSIBLE_WINDOW = 8  # إذا تعرضت البلاد لهجوم، من المتوقع أن يلتقي: the cue stands this close before the trigger


def _possible(ctx: _Context, hit: _Hit, lo: int) -> bool:
    """The event is a condition, an expectation or a possibility, not a report: a ``hypothesis`` cue (إذا، لو;
    حال / حالة only as في حال) or an ``expectation`` cue (المتوقع، ربما) before it in its clause, or قد before an imperfect
    verb (قد يستقيل "may resign"; قد استقال "has resigned" is a report)."""
    if hit.trigger.pos == "verb" and hit.first > lo and ctx.tokens[hit.first - 1].norm in ("قد", "وقد") and ctx.tokens[hit.first].norm.lstrip("وف")[:1] in "يتن":
        return True
    for j in range(hit.first - 1, max(lo, hit.first - POSSIBLE_WINDOW) - 1, -1):
        if ctx.strong(j):
            return False
        if ctx.is_("expectation", j) or (ctx.is_("hypothesis", j) and (ctx.tokens[j].norm not in IN_CASE or (j > lo and ctx.tokens[j - 1].norm in ("في", "وفي")))):
            return True
    return False


# --- sentence-level detector ----------------------------------------------------------

DETECTOR_FILE = "event_detector.json"


def detector_features(
    doc: Document,
    event_type: str,
    sentence: int | None,
    group: list[Event] | None = None,
    sentence_types: set[str] | None = None,
    vectors: bool = False,
) -> dict[str, float]:
    """Features of the events of one type in one sentence, for the learned detector.

    They describe how the lexicon fired (which row, verb or noun, with an
    article, with actors, a count, a time or a place) rather than the words of
    the sentence, so that the detector weighs triggers instead of learning topics.
    With ``vectors`` (optional extra ``embeddings``) the sentence vector of
    :mod:`rasid.text.vectors` is added as ``vec0`` … ``vec383``: what the whole
    sentence is about.
    """
    if group is None:
        group = [e for e in doc.events if e.type == event_type and (sentence is None or e.sentence == sentence)]
    evs = [e for e in group if e.modality != "negated"]
    if not evs:
        return {}
    args = event_arguments(doc)
    f: dict[str, float] = {"bias": 1.0, "n_events": min(len(evs), 4) / 4}
    f.update(_agent_features(doc, evs))
    for e in evs:
        row = e.source.split("+")[0]
        f[f"row={row}"] = 1.0
        surface = fold(doc.text[e.start : e.end])
        kind = _row_pos(row)
        f[f"pos={kind}"] = 1.0
        if kind == "verb" and not surface.startswith(("ي", "ت", "ن", "وي", "وت", "ون", "سي", "ست")):
            f["verb_past"] = 1.0
        if kind == "noun" and ("ال" in surface[:4]):
            f["noun_definite"] = 1.0
        a = args.get(e.id)
        if a and a.source:
            f["has_source"] = 1.0
        if a and a.target:
            f["has_target"] = 1.0
        if e.source_actor:
            f["source_entity"] = 1.0
        if e.target_actor:
            f["target_entity"] = 1.0
        if e.quantity:
            f["quantity"] = 1.0
        if e.time:
            f["time"] = 1.0
        if e.locations:
            f["location"] = 1.0
        f[f"modality={e.modality}"] = 1.0
        f[f"row_mod={row}:{e.modality}"] = 1.0  # the trigger lemma with its modality
        for role in ("source", "target"):  # who acts on whom: armed actors attack, civilians protest
            sector = getattr(e, f"{role}_sector")
            f[f"{role}_sector={sector or '-'}"] = 1.0
            if getattr(e, f"{role}_country"):
                f[f"{role}_country"] = 1.0

        if e.sentence < len(doc.sentences) and len(doc.text[doc.sentences[e.sentence].start : e.start].split()) <= 4:
            f["early"] = 1.0  # the sentence opens with the event, as event reports do
        if e.sentence < len(doc.sentences):
            f.update(_trigger_context(doc, e, kind, surface))
    sent = doc.sentences[evs[0].sentence] if evs[0].sentence < len(doc.sentences) else None
    for n in sorted({e.sentence for e in evs}):  # the words of the sentence: what the event is reported with
        if n < len(doc.sentences):
            for tok in _sentence_tokens(doc, doc.sentences[n].start, doc.sentences[n].end):
                if tok.kind == "word" and len(tok.norm) > 2:
                    f["w=" + tok.norm] = 1.0
    if sent is not None:
        text = fold(doc.text[sent.start : sent.end])
        f["has_digit"] = 1.0 if any(c.isdigit() for c in text) else 0.0
        f["long"] = min(len(text.split()), 60) / 60
        if sentence_types is None:
            sentence_types = {e.type for e in doc.events if e.sentence == evs[0].sentence}
        others = sentence_types - {event_type}
        f["other_types"] = min(len(others), 3) / 3
        lex = load_lexicon()
        for cue in ("legal_cue", "history_cue", "conditional"):  # charges and trials, history, hypotheses
            words = lex.words.get(cue, frozenset())
            if any(c[0] in words for tok in _sentence_tokens(doc, sent.start, sent.end) if tok.kind == "word" for c in candidates(tok.norm)):
                f[cue] = 1.0
    if vectors:
        from rasid.text.vectors import sentence_vector

        spans = [doc.sentences[n] for n in sorted({e.sentence for e in evs}) if n < len(doc.sentences)]
        text = " ".join(doc.text[s.start : s.end] for s in spans) or doc.text
        f.update({f"{VECTOR_PREFIX}{j}": v for j, v in enumerate(sentence_vector(text))})
    return f


VECTOR_PREFIX = "vec"
# The standardised sentence vector enters the logistic model scaled to this total length, so that it weighs like
# a few dozen of the binary features under the same L2 penalty.  Chosen among 1, 2, 4, 6, 8, 12 by 5-fold
# cross-validation repeated on 4 splits at the default setting (docs/event-accuracy.md, round 6).
VECTOR_SCALE = 6.0


def is_vector_key(key: str) -> bool:
    return key.startswith(VECTOR_PREFIX) and key[len(VECTOR_PREFIX) :].isdigit()


def vector_norm(rows: Iterable[dict[str, float]]) -> dict | None:
    """Mean and spread of each vector dimension over training rows (``None`` when they carry no vector)."""
    vecs = [[x[k] for k in sorted((k for k in x if is_vector_key(k)), key=lambda k: int(k[len(VECTOR_PREFIX) :]))] for x in rows]
    vecs = [v for v in vecs if v]
    if not vecs:
        return None
    dim = len(vecs[0])
    mean = [sum(v[j] for v in vecs) / len(vecs) for j in range(dim)]
    sd = [round((sum((v[j] - mean[j]) ** 2 for v in vecs) / len(vecs)) ** 0.5, 6) or 1.0 for j in range(dim)]
    return {"mean": [round(m, 6) for m in mean], "sd": sd, "scale": VECTOR_SCALE}


def standardise(features: dict[str, float], norm: dict | None) -> dict[str, float]:
    """The features with the vector dimensions centred, scaled to unit spread and to :data:`VECTOR_SCALE` in all."""
    if not norm:
        return features
    factor = norm["scale"] / len(norm["mean"]) ** 0.5
    out = {}
    for k, v in features.items():
        if is_vector_key(k):
            j = int(k[len(VECTOR_PREFIX) :])
            v = (v - norm["mean"][j]) / norm["sd"][j] * factor
        out[k] = v
    return out


CONTEXT_BACK = 4  # a call, future, light-verb or relative cue this close before the trigger governs it


@lru_cache(maxsize=1)
def _agent_rows() -> frozenset[str]:
    """The trigger rows that are the word for the actors (متظاهرون، محتجون), not for their act."""
    return frozenset(trig.row for rows in load_lexicon().index.values() for trig, _, _ in rows if "agent" in trig.flags)


def _agent_features(doc: Document, evs: list[Event]) -> dict[str, float]:
    """Whether the events come only from a word for protesters and in which case it stands.  Most sentences
    that name protesters report something else they did or suffered (وأحرق المتظاهرون الأعلام، فرقت الشرطة
    المتظاهرين); one row per word would split that lesson across its forms."""
    rows = _agent_rows()
    agents = [e for e in evs if e.source.split("+")[0] in rows]
    if not agents:
        return {}
    f = {"agent_trigger": 1.0}
    if len(agents) == len(evs):
        f["agent_only"] = 1.0
    lex = load_lexicon()
    marching = lex.words.get("march_verb", frozenset())
    for e in agents:
        word = fold(doc.text[e.start : e.end])
        f["agent_case=" + ("nominative" if word.endswith("ون") else "oblique" if word.endswith("ين") else "other")] = 1.0
        sent = doc.sentences[e.sentence] if e.sentence < len(doc.sentences) else None
        before = [t for t in _sentence_tokens(doc, sent.start, e.start) if t.kind == "word"][-3:] if sent is not None else []
        if any(c[0].startswith(v) and len(c[0]) - len(v) <= 2 for t in before for c in candidates(t.norm) for v in marching):
            f["agent_marching"] = 1.0  # خرج المتظاهرون إلى الشوارع: the protesters' own march
    return f


def _trigger_context(doc: Document, e: Event, kind: str, surface: str) -> dict[str, float]:
    """Cues around the trigger: a call (دعا إلى التظاهر) or a plan (من المقرر أن، سوف، سينظم) makes it a
    future event; a light verb (شن، نفذ، قام ب) carries a reported event; a relative pronoun right before it
    (الذي فجر نفسه) tells it as background; the words right beside the trigger (c-=, c+=) say in what sense
    it is used."""
    lex = load_lexicon()
    sent = doc.sentences[e.sentence]
    toks = _sentence_tokens(doc, sent.start, sent.end)
    k = next((n for n, t in enumerate(toks) if t.start <= e.start < t.end), None)
    f: dict[str, float] = {}
    if k is None:
        return f
    calls, future = lex.call_verbs, lex.words.get("future", frozenset())
    for t in toks[max(0, k - CONTEXT_BACK) : k][::-1]:
        if t.kind != "word":
            if t.norm in STRONG_PUNCT:
                break
            continue
        bare = t.norm[1:] if t.norm[:1] in ("و", "ف") and len(t.norm) >= 3 else t.norm
        if t.norm in calls or bare in calls:
            f["call"] = 1.0
        if t.norm in future or bare in future:
            f["future"] = 1.0
    if kind == "verb" and surface.startswith(("سي", "ست", "سن", "وسي", "وست", "فسي")):
        f["future"] = 1.0
    before = [t for t in toks[max(0, k - CONTEXT_BACK) : k] if t.kind == "word"]
    if any({c[0] for c in candidates(t.norm)} & lex.light_verbs for t in before):
        f["light"] = 1.0  # شنوا الهجوم، قامت بتفجير: a light verb carries the event, as reports of one do
    if any(lex.is_("relative", t.norm) for t in before[-2:]):
        f["relative"] = 1.0  # الذي فجر نفسه: told in a relative clause, often as background about someone
    for off, name in ((-1, "c-="), (1, "c+="), (2, "c+=")):
        n = k + off
        if 0 <= n < len(toks) and toks[n].kind == "word":
            f[name + toks[n].norm] = 1.0
    return f


def _sentence_tokens(doc: Document, start: int, end: int) -> list[Token]:
    """The tokens inside ``[start, end)`` found by bisection (linear in the sentence, not the document)."""
    starts = doc.token_starts()
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return doc.tokens[lo:hi]


def _row_pos(row: str) -> str:
    """``event_triggers:TRIGGER:TYPE:POS`` → POS."""
    return row.rsplit(":", 1)[-1]


@lru_cache(maxsize=2)
def load_detector(vectors: bool = False) -> dict[str, dict]:
    """Per-type logistic weights and threshold trained by :func:`rasid.evaluation.events.train_detector`
    (``vectors``: the models that also read the sentence vector)."""
    import json

    from rasid.knowledge.lexicon import DATA_DIR

    path = DATA_DIR / DETECTOR_FILE
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("types_vectors" if vectors else "types", {})


def detector_score(features: dict[str, float], model: dict) -> float:
    """Probability that the sentence reports an event of the type (logistic model)."""
    import math

    features = standardise(features, model.get("vector_norm"))
    z = sum(model["weights"].get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@register("event_vectors", requires={"events"}, provides={"event_scores"})
def score_events_with_vectors(doc: Document) -> Document:
    """Re-score events with the detector that also reads sentence vectors (extra ``embeddings``; ~0.1 s a sentence)."""
    from rasid.text.vectors import require

    require()
    score_events(doc, vectors=True)
    return doc


def score_events(doc: Document, vectors: bool = False) -> None:
    """Set ``Event.score`` from the learned detector where one is shipped for the type."""
    models = load_detector(vectors)
    groups: dict[tuple[str, int], list[Event]] = {}
    types: dict[int, set[str]] = {}
    for ev in doc.events:  # one pass: events by type and sentence (no scan of all events per sentence)
        groups.setdefault((ev.type, ev.sentence), []).append(ev)
        types.setdefault(ev.sentence, set()).add(ev.type)
    for (event_type, sent), group in groups.items():
        model = models.get(event_type)
        if model is None:
            continue
        score = round(detector_score(detector_features(doc, event_type, sent, group, types[sent], vectors), model), 4)
        for ev in group:
            ev.score = score


def detector_threshold(doc: Document, event_type: str) -> float | None:
    """The cut of the detector that scored this document's events of the type (``None``: the type has no detector)."""
    model = load_detector("event_vectors" in doc.stages).get(event_type)
    return model["threshold"] if model else None


def detected(doc: Document, event_type: str, sentence: int | None = None) -> bool:
    """Whether rasid reports an event of the type (non-negated, above the threshold of the detector that scored it)."""
    threshold = detector_threshold(doc, event_type) or 0.0
    return any(
        e.type == event_type and e.modality != "negated" and e.score >= threshold and (sentence is None or e.sentence == sentence)
        for e in doc.events
    )
