"""The entity stage: name, agent, title and description mentions from lexicons, rules and the tagger.

Three sources are combined, in this order of authority:

1. **Lexicons** (actor dictionary, gazetteer, generic agents, nationality
   adjectives, PETRARCH import) give identity: ``actor``, ``country``,
   ``sector``.  One leftmost-longest token-trie scan finds them; a nationality
   adjective right after an agent gives it a country (الشرطة المصرية → EGY COP);
   a title at the start of a person alias is left out of the span (مولانا فضل الله
   → فضل الله).
2. **Rules** read titles (الرئيس X, مولانا X, المتحدث باسم …), organisation head
   nouns (حركة X, جماعة "X"), short forms of persons already named (شهيد after
   شهيد الله شهيد), definite descriptions (التنظيم التكفيري) and possessives
   (حركته).  They only fill tokens no lexicon match covers.
3. **The learned tagger** (``rasid.ner.predict_mentions``, when importable, a model
   exists and :data:`USE_TAGGER` is true).  See :func:`merge_tagger` for what wins.  Before merging, a
   one-word organisation right after a noun with a pronoun suffix is dropped (أشقائها العرب: an adjective),
   and one that starts with لل grows back over the definite noun phrase it complements (اللجنة الدائمة
   للبحوث العلمية والإفتاء).

Last, a bare common noun that names the article's country (المملكة in an article that names السعودية,
``context_names.tsv``) is linked to it.

Entities are built by the ``coref`` stage; this stage also groups mentions by
actor so that a pipeline without ``coref`` still has ``doc.entities``.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from rasid.document import PLACE_LABELS, Document, Mention, Token
from rasid.knowledge.actors import (
    KnowledgeBase,
    institution_heads,
    knowledge_base,
    lineage_words,
)
from rasid.knowledge.lexicon import load_tsv
from rasid.pipeline import register
from rasid.text.normalize import fold, fold_with_map
from rasid.text.tokens import definite_nisba, enclitic_splits, proclitic_splits

USE_TAGGER = True  # set False to run lexicons and rules only
OPEN_QUOTES = {'"', "«", "“", "'"}
CLOSE_QUOTES = {'"', "»", "”", "'"}
POSSESSIVE_SUFFIXES = ("ه", "ها", "هم")
SECTOR_FINE = {"GOV": "Politician", "MIL": "Military", "COP": "Police", "REL": "Cleric", "IGO": "Diplomat", "INS": "Militant", "REB": "Militant", "MED": "Journalist"}
MAX_NAME_TOKENS = 3
RELATIVE_SCORE = 0.8  # tagger confidence needed to read X + a known family name as another person
QUOTED_NAME_WORDS = 4  # a quoted name after a head noun is this short; a longer quotation is speech


@dataclass(slots=True)
class _Cand:
    """A mention being built, with its token range."""

    first: int
    last: int
    mention: Mention
    doubtful: bool = False  # a title's name that opens like a verb: kept only when the tagger also finds a name there


def offset_in_token(tok: Token, doc: Document, skip: int) -> int:
    """Original offset of folded character ``skip`` of ``tok`` (clitics dropped before a name)."""
    if skip <= 0:
        return tok.start
    folded = fold_with_map(doc.text[tok.start : tok.end])
    if skip >= len(folded.starts):
        return tok.start
    return tok.start + folded.starts[skip]


def _after_person_title(toks: Sequence[Token], first: int, kb: KnowledgeBase) -> bool:
    """Whether a person title ends right before token ``first``, modifiers and nationalities aside (العقيد الراحل X)."""
    j = first - 1
    while j >= 0 and first - j <= 3 and toks[j].kind == "word":
        if kb.title_at(toks, j, "modifier", clitics=False) is None and toks[j].norm not in kb.nationality:
            for k in range(max(j - 2, 0), j + 1):  # a title of up to three words ending at j
                t = kb.title_at(toks, k, "person")
                if t is not None and t.last == j:
                    return True
            return False
        j -= 1
    return False


def lexicon_mentions(doc: Document, kb: KnowledgeBase) -> list[_Cand]:
    """Leftmost-longest lexicon matches, with agent + nationality joined and titles trimmed."""
    toks = doc.tokens
    matches = kb.names.scan(toks)
    out: list[_Cand] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        entry = min(m.values, key=lambda e: e.priority)
        first, last, skip = m.first, m.last, m.skip
        if entry.source == "cities.tsv" and first == last and kb.title_at(toks, first, "person") is not None:
            k += 1
            continue  # وقالت السفيرة الأميركية: a title, not the Syrian town as-Safira
        if first == last and _verbal_noun(toks, first, skip, kb):
            k += 1
            continue  # القضاء عليه: "eliminating it", not the courts
        country, sector = entry.country, entry.sector
        source = f"lexicon:{entry.source}:{entry.id}"
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        if entry.kind == "agent" and nxt is not None and nxt.first == last + 1 and nxt.skip == 0:
            adj = min(nxt.values, key=lambda e: e.priority)
            if adj.type == "nationality":
                last, country = nxt.last, adj.country
                source += "+" + adj.id
                k += 1
        if entry.label == "PER" and entry.type != "role":
            t = kb.titles.match_at(toks, first)
            if t is not None and t.last < last:
                first, skip = t.last + 1, 0
        start = offset_in_token(toks[first], doc, skip)
        mention = Mention(
            start, toks[last].end, label=entry.label, kind="agent" if entry.kind == "agent" else "name",
            actor=entry.actor, source=source, score=0.8 if "petrarch" in entry.source else 1.0,
            fine=entry.name_en if entry.kind == "agent" else entry.type, country=country, sector=sector,
        )
        if entry.source == "actors_petrarch.tsv" and (entry.type == "role" or kb.title_at(toks, first, "person", "role") is not None):
            mention.label, mention.kind, mention.fine = "PER", "description", "role"  # عضو البرلمان: a role, not a name
        elif (entry.source == "actors_petrarch.tsv" and mention.label == "ORG" and toks[first].norm not in kb.common
              and _after_person_title(toks, first, kb)):  # not أمير منطقة مكة: منطقة is a common noun
            mention.label, mention.fine = "PER", SECTOR_FINE.get(sector or "", "Politician")  # العقيد الراحل معمر القذافي
        out.append(_Cand(first, last, mention))
        k += 1
    return out


def _verbal_noun(toks: Sequence[Token], i: int, skip: int, kb: KnowledgeBase) -> bool:
    """Is token ``i`` (``skip`` clitic characters aside) a verbal noun before its preposition (القضاء على، القضاء عليه)?"""
    prep = kb.verbal_nouns.get(toks[i].norm[skip:])
    if prep is None or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].norm
    return nxt == prep or any(base == prep for base, _ in enclitic_splits(nxt))


def _name_run(toks: Sequence[Token], i: int, covered: list[bool], kb: KnowledgeBase, limit: int = MAX_NAME_TOKENS) -> int:
    """Index after the run of name-like tokens starting at ``i`` (``i`` when there is none)."""
    j = i
    while j < len(toks) and j - i < limit:
        t = toks[j]
        if t.kind != "word" or covered[j] or t.norm in kb.stopwords or t.norm in kb.nationality or len(t.norm) < 2 or t.norm in kb.verbs:
            break  # … or a verb: وتابع الشيخ X يقول
        if j > i and t.norm in _imperfect_verbs():
            break  # السيد علي السيستاني يؤيد مطالبهم: a verb form of the lexicons after the name
        if t.sentence != toks[i].sentence:
            break  # a headline's last word and the body's first word are no one name (الأمير تشارلز / وجه)
        if kb.titles.match_at(toks, j, clitics=False) is not None and j > i:
            break
        if t.norm[:1] == "و" and len(t.norm) >= 3 and t.norm[1:] in kb.titles.root:
            break  # ولي العهد وولي ولي عهده: و + the first word of a title starts a phrase of its own
        j += 1
    return j


def _given_ali(doc: Document, toks: Sequence[Token], j: int, covered: list[bool]) -> bool:
    """Is token ``j``, right after a title, the given name علي before a name-like word (الشيخ علي جمعة)?

    علي folds like the preposition على (a stopword); written with ي, not ى, and followed by an uncovered word
    (the caller asks that a name run starts there: not الأمير علي من), it is the name Ali."""
    if j + 1 >= len(toks) or toks[j].norm != "علي" or covered[j] or not doc.text[toks[j].start : toks[j].end].endswith("ي"):
        return False
    return toks[j + 1].kind == "word" and not covered[j + 1]


def _not_a_name(toks: Sequence[Token], j: int, end: int, kb: KnowledgeBase, words: set[str]) -> bool:
    """Whether the words ``[j, end)`` after a title are no name: a common noun first, "according to", or ل + a name.

    نظيره الروسي جلسة مشاورات: جلسة is a common noun (``common_words.tsv``: written with the article as often
    as without; also with a pronoun suffix: تدريبه), unless a family name with the article follows (السفير يسري القويضي: يسري folds like اليسرى);
    الرئيس الحالي لاسيان: "of ASEAN", ل + a name the lexicons know or the document writes alone, or ل + a common
    noun or head noun (نائب الوزير لشؤون الشرق الأوسط، المتحدث لوكالة الأنباء)."""
    norm = toks[j].norm
    if norm in _non_names().after_title and not (j + 1 < len(toks) and toks[j + 1].norm == "الله"):
        return True  # وقال المتحدث حسب ما نشرت: "according to"; حسب الله is a family name
    if norm in _reported_speech():
        return True  # نقلت الوكالة عن رئيس الوزراء قوله: "his saying"
    if norm in kb.common and not any(t.norm.startswith("ال") for t in toks[j + 1 : end]) or norm in institution_heads():
        return True  # … or زار الرئيس مستشفى X: an institution named after someone
    if kb.title_at(toks, j, "place_head", "direction", "role") is not None or (norm in kb.common and kb.names.match_at(toks, j + 1) is not None):
        return True  # أمير منطقة مكة المكرمة، ولي العهد النائب الثاني: a place, a role or a common noun before a known name
    if norm.startswith("ال") and norm[2:] in kb.common:
        return True  # وزير التعليم: a portfolio, not a name
    if any(stem in kb.common for stem, _ in enclitic_splits(norm, min_stem=3)):
        return True  # الفريق … تدريبه الأخير: a common noun with a pronoun suffix
    return any(skip == 1 and _clitic_noun(norm[0], stem, kb, words) for skip, stem in proclitic_splits(norm, min_stem=3))


def _clitic_noun(prep: str, stem: str, kb: KnowledgeBase, words: set[str]) -> bool:
    """Is a word after a title the preposition ``prep`` + ``stem``, a noun, rather than a name that starts with that letter?

    ل or ب + a common noun (``common_words.tsv``, a head noun, a title or role noun, a stopword or one of
    :func:`_event_nouns`; also with a pronoun suffix: بمعسكره) or a word the document writes
    alone or with the article (الوزير بمقر الوزارة، المتحدث الرسمي بمديرية …; بندر، باسم، لطفي are names); ل also + a
    name the lexicons know (الرئيس الحالي لاسيان); ك only + a title or role noun or a head noun (الفريق كمدرب: كمال،
    كامل are names)."""
    if prep == "ك":
        return stem in _title_nouns() or stem in kb.org_heads
    if prep not in ("ب", "ل"):
        return False
    if stem.startswith("م") and stem.endswith("ه") and len(stem) >= 5:
        return True  # الرئيس بمواصلة الإصلاحات، لمساعدة: ب/ل + a verbal noun or participle in م…ة, never a name
    if stem in _event_nouns() or stem in kb.common or stem in kb.org_heads or stem in _title_nouns() or stem in kb.stopwords:
        return True
    if stem in words or "ال" + stem in words:
        return True
    if any(base in kb.common for base, _ in enclitic_splits(stem, min_stem=3)):
        return True
    return prep == "ل" and bool(kb.names.get((stem,)))


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Folded common nouns of the event lexicons: the ``target_noun`` (مقر), ``actor_noun`` (عناصر) and ``victim_noun``
    words of ``event_words.tsv`` and the noun triggers of ``event_triggers.tsv`` (زيارة)."""
    nouns = {fold(r["word"]) for r in load_tsv("event_words.tsv") if r["category"] in ("target_noun", "actor_noun", "victim_noun")}
    nouns |= {fold(r["trigger"].split()[0]) for r in load_tsv("event_triggers.tsv") if r["pos"] == "noun"}
    return frozenset(nouns)


@dataclass(frozen=True)
class _NonNames:
    verb_prefixes: tuple[str, ...]
    verbs: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    plural_suffixes: tuple[str, ...]
    numbers: frozenset[str]  # number words and approximators (سبعة، حوالي): a count, not a name
    after_title: frozenset[str]  # حسب، بحسب "according to": no name after a person title unless الله follows


@lru_cache(maxsize=1)
def _non_names() -> _NonNames:
    rows = load_tsv("non_names.tsv")

    def forms(kind: str) -> list[str]:
        return [fold(r["form"]) for r in rows if r["kind"] == kind]

    numbers = {fold(r["form"]) for r in load_tsv("number_words.tsv")} | {fold(r["form"]).split()[0] for r in load_tsv("approximators.tsv")}
    return _NonNames(tuple(forms("verb_prefix")), frozenset(forms("verb")), tuple(forms("pronoun_suffix")), tuple(forms("plural_suffix")), frozenset(numbers),
                     frozenset(forms("after_title")))


@lru_cache(maxsize=1)
def _imperfect_verbs() -> frozenset[str]:
    """Folded imperfect verb forms (ي/ت + stem) no name starts with: the speech verbs of ``speech_cues.tsv``, the
    short verbs of ``non_names.tsv`` and the forms generated from the verb lemmas of the event trigger lexicons
    (``event_triggers.tsv`` and, for its verbs only, the generated ``event_triggers_cameo.tsv``: يبحث، يلتقي، يعين)."""
    forms = _trigger_verb_forms() | _non_names().verbs
    forms |= {fold(r["form"]) for r in load_tsv("speech_cues.tsv") if r["role"] in ("verb", "continue")}
    return frozenset(f for f in forms if f[:1] in ("ي", "ت") and len(f) >= 3) - _given_names_like_verbs()


@lru_cache(maxsize=1)
def _trigger_verb_forms() -> frozenset[str]:
    """Folded past and imperfect forms generated from the verb lemmas of the event trigger lexicons
    (``event_triggers.tsv`` verbs and every lemma of the generated ``event_triggers_cameo.tsv``)."""
    from rasid.extract.events import verb_forms

    rows = [r for r in load_tsv("event_triggers.tsv") if r["pos"] == "verb"]
    lemmas = {fold(r["trigger"].split()[0]) for r in rows}
    lemmas |= {fold(r["trigger"].split()[0]) for r in load_tsv("event_triggers_cameo.tsv")}
    listed = {fold(f) for r in rows for f in (r.get("forms") or "").split()}  # يؤيد: forms no pattern generates
    return frozenset(f for lemma in lemmas for f in verb_forms(lemma)) | listed


def _derived_verb(norm: str) -> bool:
    """Does ``norm`` open with a derived-form verb prefix (``non_names.tsv`` ``verb_prefix``) and three letters more
    (يستقبل، تتدفق)?"""
    return any(norm.startswith(p) and len(norm) >= len(p) + 3 for p in _non_names().verb_prefixes)


def imperfect_verb_form(norm: str) -> bool:
    """Is the folded word ``norm`` (no clitics) an imperfect verb by the lexicons: a form of :func:`_imperfect_verbs`
    or a derived-form verb (:func:`_derived_verb`)?"""
    if norm[:1] not in ("ي", "ت") or len(norm) < 4:
        return False
    return norm in _imperfect_verbs() or _derived_verb(norm)


@lru_cache(maxsize=1)
def _given_names_like_verbs() -> frozenset[str]:
    """Folded given names that are also imperfect verb forms (``given_names.tsv``: ياسين، يعرب، يامن)."""
    return frozenset(fold(r["form"]) for r in load_tsv("given_names.tsv"))


def given_name_like_verb(norm: str) -> bool:
    """Is the folded word a given name shaped like an imperfect verb (يوسف، يحيى، ياسر)?"""
    return norm in _given_names_like_verbs()


def _imperfect_verb(doc: Document, toks: Sequence[Token], j: int, kb: KnowledgeBase) -> str | None:
    """Does token ``j``, right after a person title, read as an imperfect verb (شيخ الأزهر يدين الهجوم)?

    ``"known"``: a form of :func:`_imperfect_verbs` or a derived-form verb (``non_names.tsv`` ``verb_prefix``:
    يتلقى، يستقبل); ``"likely"``: ي/ت and three letters or more, followed by a definite word that is no
    stopword or by an indefinite accusative written with tanwin (يعقد اجتماعاً), so a verb with its object,
    unless it is a given name (``given_names.tsv``, or the first name of a listed person); also ``"known"``: ي/ت and two
    letters or more before the complementizer أن (:func:`_that`: الوزير يرى أن، الفريق يعني أن), given names aside; else None. A likely verb is still a name when the tagger
    finds one there (يوسف الظاهري، ياسر القحطاني)."""
    norm = toks[j].norm
    if toks[j].kind != "word" or norm[:1] not in ("ي", "ت") or len(norm) < 3:
        return None
    if imperfect_verb_form(norm):
        return "known"
    if j + 1 >= len(toks) or norm in _given_names_like_verbs() or any(norm in names for names in kb.first_names.values()):
        return None
    if _that(doc, toks[j + 1]):
        return "known"  # الوزير يرى أن، الفريق يعني أن: a verb and its content clause
    if len(norm) < 4:
        return None
    nxt = toks[j + 1]
    raw = doc.text[nxt.start : nxt.end]
    if nxt.kind == "word" and ((nxt.norm.startswith("ال") and nxt.norm not in kb.stopwords) or raw.endswith(("ًا", "اً"))):
        return "likely"
    return None


def _possessed_head(doc: Document, tok: Token, kb: KnowledgeBase) -> bool:
    """Is a place head that ends with ة written with ه and, without it, a common noun (بلده = بلد + ه "his country",
    not بلدة "town")?  A head written so whose stem is no word (مدينه) is still the head."""
    raw = doc.text[tok.start : tok.end]
    if not raw.endswith("ه"):
        return False
    return any(stem in kb.common for _, stem in proclitic_splits(tok.norm[:-1], min_stem=3))


OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")


@lru_cache(maxsize=1)
def _reported_speech() -> frozenset[str]:
    """Folded reported-speech nouns of ``speech_cues.tsv`` (قوله، قولها): never a name after a title."""
    return frozenset(fold(r["form"]) for r in load_tsv("speech_cues.tsv") if r["role"] == "reported")


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """Folded past and imperfect forms of the verb lemmas of the event trigger lexicons and the speech cues."""
    return _trigger_verb_forms() | {fold(r["form"]) for r in load_tsv("speech_cues.tsv")}


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    """Folded one-word person titles and role nouns without the article (سفير، نائب، مستشار)."""
    return frozenset(fold(r["form"]).removeprefix("ال") for r in load_tsv("titles.tsv") if r["kind"] in ("person", "role") and " " not in r["form"].strip())


def _with_pronoun(doc: Document, tok: Token, kb: KnowledgeBase) -> bool:
    """Is ``tok`` a verb or a noun with a pronoun suffix written as such (not ة): شكره "thanked him", برنامجه "his
    programme", ونائبه "and his deputy"?  The stem is a verb form of the trigger lexicons or the speech cues, a common
    noun (``common_words.tsv``) or a title or role noun. Such a word continues no name after a title."""
    raw = "".join(ch for ch in doc.text[tok.start : tok.end] if not unicodedata.combining(ch))
    if tok.kind != "word" or not raw.endswith(OBJECT_SUFFIXES):
        return False
    return any(suf in OBJECT_SUFFIXES and (base in kb.common or base in _verb_forms() or base in _title_nouns())
               for _, stem in proclitic_splits(tok.norm, min_stem=3) for base, suf in enclitic_splits(stem, min_stem=3))


def _that(doc: Document, tok: Token) -> bool:
    """Is ``tok`` the complementizer أن (أن، أنه، بأن …: a ``speech_frames.tsv`` complementizer written with the hamza
    above; إن follows قال and a name as well, and ان without a hamza may be either)?"""
    from rasid.extract.quotes import load_lexicon as speech_lexicon

    raw = "".join(ch for ch in doc.text[tok.start : tok.end] if not unicodedata.combining(ch))
    return tok.kind == "word" and raw.startswith(("أن", "بأن")) and tok.norm in speech_lexicon().complementizers


def _no_place_name(toks: Sequence[Token], j: int, kb: KnowledgeBase) -> bool:
    """Whether the word after a place head cannot start a place name (``non_names.tsv``): a count (قضاء سبعة
    أسابيع، حوالي), a verb (مدينة تستضيف، مدينة تقع، قرية يخترقها), a noun with a pronoun (قضاء حصتهم), a
    definite plural (لقضاء العطلات), a compass word (قرية شمال أربيل) or a function word behind و (قرية ولم)."""
    tok = toks[j]
    if tok.kind != "word":
        return True
    norm, nn = tok.norm, _non_names()
    if norm in nn.numbers or norm in nn.verbs or kb.title_at(toks, j, "direction", clitics=False) is not None:
        return True
    if norm[:1] in ("و", "ف") and norm[1:] in kb.stopwords:
        return True
    if _derived_verb(norm):
        return True
    if len(norm) >= 5 and norm.endswith(nn.pronoun_suffixes):
        return True
    return norm.startswith("ال") and len(norm) >= 6 and norm.endswith(nn.plural_suffixes)


def rule_mentions(doc: Document, kb: KnowledgeBase, covered: list[bool], surnames: frozenset[str] = frozenset(),
                  person_ends: frozenset[int] = frozenset()) -> list[_Cand]:
    """Organisation names after head nouns, person names after titles, places after مدينة/بلدة, on uncovered tokens.

    ``surnames`` are the folded last words of persons the lexicons found: after a title such a word is the
    whole name (الرئيس هادي طلب: هادي, not هادي طلب).  ``person_ends`` are the last tokens of those persons: a
    title right after one is in apposition to it, and a common noun after such a title starts no name
    (أحمد الطيب شيخ الأزهر حادث التفجير)."""
    toks = doc.tokens
    out: list[_Cand] = []
    words = {t.norm for t in toks if t.kind == "word"}

    def take(first: int, last: int, label: str, source: str, score: float, fine: str | None, sector: str | None, start: int | None = None) -> None:
        out.append(_Cand(first, last, Mention(toks[first].start if start is None else start, toks[last].end, label=label, kind="name", source=source, score=score, fine=fine, sector=sector)))
        for x in range(first, last + 1):
            covered[x] = True

    i = 0
    while i < len(toks):
        tok = toks[i]
        if covered[i] or tok.kind != "word":
            i += 1
            continue
        head = next(((skip, kb.org_heads[stem]) for skip, stem in proclitic_splits(tok.norm) if stem in kb.org_heads), None)
        if head is not None and i + 1 < len(toks):
            skip, title = head
            j = i + 1
            if toks[j].norm in OPEN_QUOTES:
                end = j + 1
                while end < len(toks) and end - j <= 6 and toks[end].norm not in CLOSE_QUOTES:
                    end += 1
                if end < len(toks) and end > j + 1 and not any(covered[j + 1 : end]):
                    take(i, end, "ORG", "rule:org_head_quoted", 0.7, title.type, title.sector, offset_in_token(tok, doc, skip))  # with its closing mark
                    i = end
                    continue
            run_end = _name_run(toks, j, covered, kb)
            end = min(j + 1, run_end)
            while end < run_end and toks[end].norm.startswith(("ال", "وال")):
                end += 1  # a head noun's name: one word, then only definite words (حزب العدالة والتنمية; not نادي الزمالك وصول)
            if end > j and toks[j].norm.startswith("ال") and toks[j].norm not in kb.stopwords and not _ordinary_head(title.form, toks[j].norm):
                take(i, end - 1, "ORG", "rule:org_head", 0.6, title.type, title.sector, offset_in_token(tok, doc, skip))
                i = end
                continue
        t = kb.titles.match_at(toks, i)
        if t is not None and t.values[0].kind == "person":
            title = t.values[0]
            j = t.last + 1
            country = None
            nisba = -1  # the last definite -ي word skipped as an adjective
            while j < len(toks) and toks[j].norm not in kb.stopwords:
                if toks[j].norm in kb.nationality:  # الرئيس الأمريكي باراك أوباما
                    country = kb.nationality[toks[j].norm].country
                elif (mod := kb.title_at(toks, j, "modifier", clitics=False)) is not None:
                    j = mod.last  # العقيد الراحل معمر القذافي، اللواء م. يوسف (م. = متقاعد)
                elif toks[j].norm.startswith(("لل", "بال")) or toks[j].norm.startswith("ال") and toks[j].norm.endswith("ي"):
                    nisba = j if toks[j].norm.startswith("ال") else nisba  # المتحدث الأمني للوزارة / بالوزارة …: an adjective or "of the ministry" before the name
                else:
                    chained = kb.title_at(toks, j, "person", clitics=False)  # المتحدث … اللواء منصور التركي
                    if chained is None:
                        break
                    j = chained.last
                j += 1
            if t.last + 1 < j < len(toks) and kb.titles.get((*fold(title.form).split(), toks[j].norm)):
                i = j + 1  # المتحدث الإعلامي باسم الدفاع المدني: المتحدث باسم with an adjective inside, an organisation follows
                continue
            verb = _imperfect_verb(doc, toks, j, kb) if j < len(toks) else None
            end = j if verb == "known" else _name_run(toks, j, covered, kb)  # شيخ الأزهر يدين الهجوم: a verb, no name
            # محمد العياشي شكره: a word with a pronoun; الملك عبدالعزيز والبيوت، عبدالعزيز للعلوم: و/ل + the article start a new phrase
            end = next((k for k in range(j + 1, end) if _with_pronoun(doc, toks[k], kb) or toks[k].norm.startswith(("وال", "لل"))), end)
            if j < len(toks) and toks[j].norm.startswith("وال"):
                end = j  # الممثلة العليا للأمن والسياسة الخارجية: و + the article goes on the title's phrase, no name
            if end == j and _given_ali(doc, toks, j, covered) and (ali := _name_run(toks, j + 1, covered, kb, limit=MAX_NAME_TOKENS - 1)) > j + 1:
                end = ali  # الشيخ علي جمعة: Ali and a name, not the preposition على
            if (end == j and nisba == j - 1 and j < len(toks) and toks[j].norm in kb.stopwords and not covered[nisba]
                    and doc.text[toks[nisba].end - 1] == "ي" and toks[nisba].norm[2:] not in kb.common):
                j = nisba  # العميد الصبيحي الذي: the "adjective" was the family name
                end = _name_run(toks, j, covered, kb, limit=1)
            if end > j + 1 and toks[j].norm in surnames:
                end = j + 1
            if end > j and i - 1 in person_ends and toks[j].norm in kb.common:
                end = j  # X شيخ الأزهر حادث …: the title describes X, the noun after it is no name
            if end > j and not title.form.endswith("باسم") and not _not_a_name(toks, j, end, kb, words):
                take(j, end - 1, "PER", "rule:title:" + title.form, 0.6, SECTOR_FINE.get(title.sector or ""), title.sector)
                out[-1].mention.country = country
                out[-1].doubtful = verb == "likely" and j == out[-1].first
                i = end
                continue
        if t is not None and t.values[0].kind == "place_head" and _possessed_head(doc, toks[t.last], kb):
            i = t.last + 1
            continue  # عاد إلى بلده مبكرا: بلد + ه "his country", not بلدة
        if t is not None and t.values[0].kind == "place_head":
            j = t.last + 1
            end = min(_name_run(toks, j, covered, kb), j + 2)
            if end == j + 2 and not (toks[j].norm in kb.place_prefixes or toks[j + 1].norm.startswith("ال")):
                end = j + 1  # مدينة سجنان استهدفت: a second indefinite word only after كفر، خان، بيت … (كفر نبل)
            if end == j + 2 and toks[j + 1].norm.removeprefix("ال") in kb.common and not toks[j + 1].norm.endswith(("يه", "ي")):
                end = j + 1  # مدينة سجنان التابعة لولاية …: a participle, not part of the name (but الغارية الغربية)
            if end > j and toks[j].norm not in kb.org_heads and toks[j].norm.removeprefix("ال") not in kb.common and not _no_place_name(toks, j, kb):  # من ناحية الجوانب
                take(j, end - 1, "GPE", "rule:place_head", 0.5, t.values[0].type, None)
                i = end
                continue
            i = max(i + 1, t.last + 1)
            continue
        i += 1
    return out


def _later_short_names(doc: Document, kb: KnowledgeBase, persons: Sequence[Mention], covered: list[bool], start: int = 0) -> list[tuple[int, int, Mention]]:
    """``(token, clitic chars, full mention)`` for later one-word uses of the last name of ``persons``.

    شهيد after شهيد الله شهيد, الخراساني after عمر خالد الخراساني; a token used is marked covered."""
    toks = doc.tokens
    lasts: dict[str, Mention] = {}
    for m in sorted(persons, key=lambda m: m.start):
        words = fold(doc.text[m.start : m.end]).split()
        ordinary = m.source.startswith("rule:") and words[-1].removeprefix("ال") in kb.common  # الشيخ ترسية عدد: a rule's guess
        title = any(t.kind == "person" for t in kb.titles.get((words[-1],)))  # عبد العزيز آل الشيخ: a later الشيخ is a title, no short name
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in kb.stopwords and words[-1] != "الله" and not ordinary and not title:
            lasts.setdefault(words[-1], m)
    out: list[tuple[int, int, Mention]] = []
    if not lasts:
        return out
    for i in range(start, len(toks)):
        tok = toks[i]
        if covered[i] or tok.kind != "word":
            continue
        for skip, stem in proclitic_splits(tok.norm, min_stem=3):
            src = lasts.get(stem)
            if src is not None and src.end <= tok.start:
                out.append((i, skip, src))
                covered[i] = True
                break
    return out


def short_name_mentions(doc: Document, kb: KnowledgeBase, cands: list[_Cand], covered: list[bool]) -> list[_Cand]:
    """Later one-word mentions of persons the lexicons and rules named in full."""
    persons = [c.mention for c in cands if c.mention.label == "PER" and c.mention.kind == "name"]
    return [
        _Cand(i, i, Mention(offset_in_token(doc.tokens[i], doc, skip), doc.tokens[i].end, label="PER", kind="name", actor=src.actor, source="rule:short_name", score=0.8, fine=src.fine, country=src.country, sector=src.sector))
        for i, skip, src in _later_short_names(doc, kb, persons, covered)
    ]


def tagger_short_names(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """Later one-word mentions of persons the tagger found in full (إيما نيكلسون … وأكدت نيكلسون)."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    covered = [False] * len(toks)
    for m in mentions:
        for x in range(bisect_left(starts, m.start) - 1, bisect_left(starts, m.end)):
            if 0 <= x < len(toks) and toks[x].start < m.end and m.start < toks[x].end:
                covered[x] = True
    known = [m for m in mentions if m.label == "PER" and m.kind == "name" and m.source == "ner" and not _only_title(doc, kb, m, starts)]
    first = bisect_left(starts, min((m.end for m in known), default=len(doc.text)))
    return [
        Mention(offset_in_token(toks[i], doc, skip), toks[i].end, label="PER", kind="name", source="rule:short_name+ner", score=0.7, fine=src.fine)
        for i, skip, src in _later_short_names(doc, kb, known, covered, first)
    ]


def _only_title(doc: Document, kb: KnowledgeBase, m: Mention, starts: list[int]) -> bool:
    """Is the tagged person nothing but a person title (شيخ الأزهر in a headline)?  It lends no short name (الأزهر)."""
    i = bisect_left(starts, m.start)
    t = kb.title_at(doc.tokens, i, "person") if i < len(doc.tokens) else None
    return t is not None and doc.tokens[t.last].end >= m.end


@lru_cache(maxsize=1)
def _ordinary_heads() -> dict[str, frozenset[str]]:
    """``ordinary_heads.tsv``: folded head noun → the folded words after which it is an ordinary noun."""
    out: dict[str, set[str]] = {}
    for r in load_tsv("ordinary_heads.tsv"):
        out.setdefault(fold(r["head"]), set()).add(fold(r["word"]))
    return {k: frozenset(v) for k, v in out.items()}


def _ordinary_head(head: str, word: str) -> bool:
    """Is the organisation head ``head`` an ordinary noun before the folded ``word`` (حركة المرور "traffic")?"""
    return word in _ordinary_heads().get(fold(head), frozenset())


@lru_cache(maxsize=1)
def _adjective_heads() -> frozenset[str]:
    """``adjective_heads.tsv``: folded organisation heads that are adjectives after a definite noun (القوانين المنظمة)."""
    return frozenset(fold(r["head"]) for r in load_tsv("adjective_heads.tsv"))


def _adjective_after_definite(toks: Sequence[Token], i: int, stem: str) -> bool:
    """Is the definite head at ``i``, with no proclitic, an adjective of the definite noun before it (الخدمات المنظمة)?"""
    if toks[i].norm != stem or i == 0 or stem.removeprefix("ال") not in _adjective_heads():  # للمنظمة: a noun behind ل
        return False
    prev = toks[i - 1]
    return prev.kind == "word" and prev.sentence == toks[i].sentence and prev.norm.startswith(("ال", "وال", "فال", "بال", "لل"))


def description_mentions(doc: Document, kb: KnowledgeBase, covered: list[bool]) -> list[_Cand]:
    """Definite head nouns (التنظيم التكفيري, الحركة) and possessives (حركته) for coreference."""
    toks = doc.tokens
    definite = {"ال" + h: t for h, t in kb.org_heads.items()}
    out: list[_Cand] = []
    for i, tok in enumerate(toks):
        if covered[i] or tok.kind != "word":
            continue
        if kb.title_at(toks, i, "person") is not None:
            continue  # اللواء before a name is a rank, not the brigade
        for skip, stem in proclitic_splits(tok.norm):
            title = definite.get(stem)
            if title is not None and _adjective_after_definite(toks, i, stem):
                break  # القوانين البريطانية المنظمة للاستثمارات: "regulating", no organisation
            if title is not None:
                last = i
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and _ordinary_head(title.form, nxt.norm):
                    break  # الحركة التجارية: trade, no movement
                if nxt is not None and not covered[i + 1] and nxt.kind == "word" and definite_nisba(nxt.norm) and nxt.norm not in kb.stopwords:
                    last = i + 1  # a relational adjective: التنظيم التكفيري
                out.append(_Cand(i, last, Mention(offset_in_token(tok, doc, skip), toks[last].end, label="ORG", kind="description", source="rule:description", score=0.6, fine=title.type, sector=title.sector)))
                break
            poss = next((base for base, suf in enclitic_splits(stem) if suf in POSSESSIVE_SUFFIXES and base in kb.org_heads), None)
            if poss is not None:
                title = kb.org_heads[poss]
                out.append(_Cand(i, i, Mention(offset_in_token(tok, doc, skip), tok.end, label="ORG", kind="description", source="rule:possessive", score=0.6, fine="possessive", sector=title.sector)))
                break
    for c in out:
        for x in range(c.first, c.last + 1):
            covered[x] = True
    return out


def _tagger() -> Callable[[Document], list[Mention]] | None:
    """``rasid.ner.predict_mentions`` when the module imports and says it has a model."""
    if not USE_TAGGER:
        return None
    try:
        from rasid import ner  # type: ignore[attr-defined]
    except ImportError:
        return None
    predict = getattr(ner, "predict_mentions", None)
    available = getattr(ner, "model_available", None)
    if predict is None or (callable(available) and not available()):
        return None
    return predict


def merge_tagger(mentions: list[Mention], tagged: Sequence[Mention], given_names: Callable[[Mention], frozenset[str] | None] | None = None,
                 text: str = "") -> list[Mention]:
    """Combine lexicon/rule mentions with tagger mentions.

    * A lexicon mention (source ``lexicon:…``) that covers a tagger span wins: the
      tagger span is dropped (its fine class is copied when the lexicon has none).
    * A tagger span that strictly covers exactly one lexicon mention with the same
      label extends that mention's boundaries (identity kept, source gets ``+ner``),
      unless it is a person whose first name is none of the actor's (``given_names``):
      حسين اونيانغو أوباما is a relative of باراك أوباما, an unlisted person; or the
      dictionary name is only a compound given name and the span adds a family name
      (عبد العزيز البيشي is not the listed عبد العزيز), or a lineage word stands before the dictionary
      name (يعقوب ابن الملا عمر is the son of the listed person): the tagger's person, unlisted.
    * A tagger span that covers only nationality adjectives or places and has
      another label (ORG/FAC over الأمريكية) replaces them, keeping their country.
    * A rule *name* (titles, head nouns) overlapped by a tagger span is replaced
      by the tagger span (an organisation keeps the rule name's country when it covers it: وكالة الأنباء الألمانية);
      descriptions and possessives are kept and the span dropped.
    * A tagger span inside a single mention of the same label is dropped (the longer name stays).
    * A tagger span over the short name of a person named before is dropped; when it only adds words
      before the short name (a given name), the short name grows to it.
    * Any other overlap drops the tagger span; a span overlapping nothing is added.
    """
    base = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in base]
    longest = max((m.end - m.start for m in base), default=0)
    dropped: set[int] = set()
    added: list[Mention] = []
    for t in sorted(tagged, key=lambda m: (m.start, -m.end)):
        if t.end <= t.start:
            continue
        lo, hi = bisect_left(starts, t.start - longest), bisect_left(starts, t.end)
        over = [m for m in base[lo:hi] if id(m) not in dropped and m.end > t.start]
        over += [m for m in added[-2:] if m.start < t.end and t.start < m.end]
        if not over:
            added.append(t)
            continue
        short = next((m for m in over if m.source == "rule:short_name" and t.start <= m.start and m.end <= t.end), None)
        if short is not None:  # a person named before: his short name keeps its identity
            if t.end == short.end and len(over) == 1:
                short.start = t.start  # محمود عباس after عباس: the given name joins
            continue  # الرئيس هادي طلب: the tagger ran on into the verb
        lex = [m for m in over if m.source.startswith("lexicon")]
        rules = [m for m in over if not m.source.startswith("lexicon")]
        if any(m.start <= t.start and t.end <= m.end for m in lex):
            for m in lex:
                if m.fine is None:
                    m.fine = t.fine
            continue
        if len(over) == 1 and over[0].label == t.label and over[0].start <= t.start and t.end <= over[0].end and t.end - t.start < over[0].end - over[0].start:
            continue  # the tagger agrees on the type and sees less of the name (قرية تل مرقب → تل)
        inside = all(t.start <= m.start and m.end <= t.end for m in over)
        if inside and len(lex) == 1 and not rules and lex[0].label == t.label:
            given = given_names(lex[0]) if given_names is not None and t.label == "PER" and t.start < lex[0].start else None
            first = fold(text[t.start : t.end]).split()[0]
            if t.label == "PER" and (t.end > lex[0].end and _bare_given_name(fold(text[lex[0].start : lex[0].end]))
                                     or lineage_words() & set(fold(text[t.start : lex[0].start]).split())):
                # عبد العزيز البيشي: a family name after a listed given name makes another person;
                # يعقوب ابن الملا عمر: the son of a listed person is another person
                dropped.add(id(lex[0]))
                added.append(t)
            elif given is None or any(stem in given for _, stem in proclitic_splits(first)):
                lex[0].start, lex[0].end = t.start, t.end
                lex[0].source += "+ner"
            elif t.score >= RELATIVE_SCORE:  # another person of the family: the tagger's name, unlisted
                dropped.add(id(lex[0]))
                added.append(t)
            continue  # else ليعرب أوباما: the tagger ran into a verb; the dictionary name stays
        replace = inside and lex and all(m.label in ("NORP", "GPE", "LOC") for m in lex) and t.label not in ("NORP", "GPE", "LOC")
        if replace and all(m.kind == "name" for m in rules):
            if t.label != "PER":  # الحكومة المصرية is Egypt's; تركي القرشي (Turki), أحمد المصري are names, not nationalities
                t.country = t.country or next((m.country for m in lex if m.country), None)
        elif lex or not all(m.kind == "name" for m in rules):
            continue
        elif t.label != "PER" and inside:
            t.country = t.country or next((m.country for m in rules if m.country), None)  # a head noun's name with its nationality
        dropped.update(id(m) for m in over)
        added[-2:] = [m for m in added[-2:] if id(m) not in dropped]
        added.append(t)
    return [m for m in base if id(m) not in dropped] + added


def _bare_given_name(folded: str) -> bool:
    """Is a dictionary person's name only a compound given name (عبد العزيز، عبد الناصر)?  Such an entry means one
    famous bearer when it stands alone, anybody when a family name follows."""
    words = folded.split()
    return len(words) == 2 and words[0] == "عبد"


def _trimmed(text: str, m: Mention) -> Mention:
    """A tagger span without the quotation marks or punctuation at its edges (جماعة الاحرار" → جماعة الاحرار)."""
    start, end = max(m.start, 0), min(m.end, len(text))
    while start < end and unicodedata.category(text[start])[0] in "PZSC":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PZSC":
        end -= 1
    inner = text[start:end]
    if "»" in inner and "«" not in inner:
        end = start + inner.index("»")  # الخيرية» التي: the name ends at the closing mark
    elif "«" in inner and "»" not in inner:
        opening = start + inner.index("«")
        closing = text.find("»", end, end + 40)
        before = text[start:opening].split()
        if before and (before[-1].endswith("ـ") or len(before[-1]) == 1):
            start = opening + 1  # نيكلسون لـ«الشرق الأوسط»: the name is the quoted part
            end = closing if closing != -1 and "\n" not in text[end:closing] else end
        elif closing != -1 and "\n" not in text[end:closing] and len(text[opening:closing].split()) <= QUOTED_NAME_WORDS:
            end = closing + 1  # مؤسسة «عمار الخيرية»: a head noun and its quoted name
        else:
            end = len(text[:opening].rstrip())  # لافروف «سيناقشان …: a quotation starts after the name
    words = text[start:end].split(" ")
    if len(words) > 1 and fold(words[0]) in LEADING_PARTICLES:
        start += len(words[0]) + 1  # بأن دي ميستورا: the complementizer before a name is not part of it
    m.start, m.end = start, max(start, end)
    return m


@lru_cache(maxsize=1)
def _blessings() -> tuple[tuple[str, ...], ...]:
    """The folded words of the religious formulas written after names (``blessings.tsv``)."""
    return tuple(tuple(fold(r["form"]).split()) for r in load_tsv("blessings.tsv"))


def _without_blessing(doc: Document, m: Mention, starts: Sequence[int]) -> Mention | None:
    """A tagged name without the formula it ran into (الملك فيصل – رحمه الله → الملك فيصل); None when the
    formula starts it (رحمه الله tagged as an organisation)."""
    toks = doc.tokens
    i = bisect_left(starts, m.start)
    j = i
    while j < len(toks) and toks[j].start < m.end:
        if any(tuple(t.norm for t in toks[j : j + len(f)]) == f for f in _blessings()):
            if j == i:
                return None
            k = j - 1
            while k > i and toks[k].kind != "word":
                k -= 1  # the dash or bracket before the formula
            m.end = toks[k].end
            return m
        j += 1
    return m


def _given_names(kb: KnowledgeBase, m: Mention) -> frozenset[str] | None:
    """The folded first words of the aliases of the dictionary person ``m`` links to (None for others)."""
    return kb.first_names.get(m.actor or "") or None


def _without_title(doc: Document, kb: KnowledgeBase, m: Mention, starts: Sequence[int]) -> Mention:
    """A tagged person without the title it starts with (للرئيس هادي → هادي), and without a title behind a
    preposition inside it and what follows (عبد المنان الشقيق الأصغر للملا عمر: the brother "of" Mullah Omar is
    another person); ``starts``: token start offsets."""
    toks = doc.tokens
    i = bisect_left(starts, m.start) if m.label == "PER" else len(toks)
    if i < len(toks) and toks[i].start == m.start:
        t = kb.title_at(toks, i, "person")
        if t is not None and t.last + 1 < len(toks) and toks[t.last + 1].start < m.end:
            m.start = toks[t.last + 1].start
            i = t.last + 1
        for j in range(i + 1, bisect_left(starts, m.end)):
            t = kb.title_at(toks, j, "person")
            if t is not None and t.last + 1 < len(toks) and toks[t.last + 1].start < m.end and _prepositional(toks[j].norm, t.skip):
                m.end = toks[j - 1].end
                break
    return m


def _without_jussive(doc: Document, m: Mention, starts: Sequence[int]) -> Mention:
    """A tagged name without the ل + imperfect verb it starts with: in a chant, هتفوا «ليستقيل كيباكي» "let Kibaki
    resign", the name is the verb's subject."""
    i = bisect_left(starts, m.start)
    toks = doc.tokens
    if i + 1 < len(toks) and toks[i].start == m.start and toks[i + 1].start < m.end:
        norm = toks[i].norm
        if norm.startswith("ل") and imperfect_verb_form(norm[1:]):
            m.start = toks[i + 1].start
    return m


def _prepositional(word: str, skip: int) -> bool:
    """Do the ``skip`` proclitic letters of a folded word hold the preposition ل or ب (بالرئيس; للملا, where ل + ال
    is written لل and the reading الملا skips nothing), so that the word is a genitive?"""
    clitics = word[:skip] if skip else word[:1] if word.startswith("لل") else ""
    return "ل" in clitics or "ب" in clitics


def _common_word(doc: Document, kb: KnowledgeBase, m: Mention) -> bool:
    """Is a one-word tagged place a common word: an adverb of a relative adjective (ميدانيا، سياسيًا: ميداني + ا)
    or a common noun with the article (السيول "the floods", الجيوب)?"""
    word = fold(doc.text[m.start : m.end])
    if m.label not in ("GPE", "LOC") or " " in word:
        return False
    if word.endswith("يا") and word[:-1] in kb.common:
        return True
    return any(stem.startswith("ال") and stem[2:] in kb.common for _, stem in proclitic_splits(word))


def _adjective_of_possessed(doc: Document, kb: KnowledgeBase, m: Mention, starts: Sequence[int]) -> bool:
    """Is a one-word tagged organisation a definite adjective after a noun with a pronoun suffix
    (لأشقائها العرب "her Arab brothers": العرب agrees with أشقائها, it names no group)?"""
    i = bisect_left(starts, m.start)
    if m.label not in ("ORG", "NORP") or i == 0 or i >= len(starts) or starts[i] != m.start:
        return False
    word, prev = fold(doc.text[m.start : m.end]), doc.tokens[i - 1]
    if " " in word or not word.startswith("ال") or prev.kind != "word":
        return False
    for _, stem in proclitic_splits(prev.norm, min_stem=3):
        for base, suf in enclitic_splits(stem, min_stem=3):
            if suf in ("ه", "ها", "هم", "هما", "هن", "نا") and (base in kb.common or (base[-1] in "يو" and base[:-1] + "ء" in kb.common)):
                return True
    return False


def _in_title(toks: Sequence[Token], k: int, kb: KnowledgeBase) -> bool:
    """Does a person title or role noun cover token ``k`` (الأمين العام: العام too)?"""
    for j in range(max(k - 3, 0), k + 1):
        t = kb.title_at(toks, j, "person", "role", clitics=False)
        if t is not None and t.last >= k:
            return True
    return False


def _with_genitive_head(doc: Document, kb: KnowledgeBase, m: Mention, starts: Sequence[int], taken: set[int]) -> Mention:
    """A tagged organisation that starts with لل ("of the") is the complement of the definite noun phrase before it:
    the span grows back over it and on over the definite words joined by و after it (اللجنة الدائمة للبحوث العلمية
    والإفتاء, not للبحوث العلمية). Words a lexicon or rule mention holds, titles (الأمين العام) and a leading
    relational adjective (المتحدث الرسمي للوزارة) are never taken."""
    toks = doc.tokens
    i = bisect_left(starts, m.start)
    if m.label != "ORG" or i >= len(toks) or starts[i] != m.start or not toks[i].norm.startswith("لل"):
        return m
    first = i
    while first - 1 >= 0 and i - first < 3 and toks[first - 1].kind == "word" and toks[first - 1].norm.startswith("ال") \
            and toks[first - 1].norm not in kb.stopwords and first - 1 not in taken and not _in_title(toks, first - 1, kb):
        first -= 1
    while first < i and definite_nisba(toks[first].norm):
        first += 1  # المتحدث الرسمي للوزارة: an adjective heads nothing
    if first == i:
        return m
    last = bisect_left(starts, m.end) - 1
    while last + 1 < len(toks) and last + 1 - i < 6 and toks[last + 1].kind == "word" and toks[last + 1].norm.startswith("وال") \
            and toks[last + 1].start - toks[last].end <= 1 and last + 1 not in taken and not _in_title(toks, last + 1, kb):
        last += 1
    m.start, m.end = toks[first].start, max(m.end, toks[last].end)
    return m


INSTITUTION_COMPLEMENT_WORDS = 4  # للإغاثة والأعمال الإنسانية: the definite words after a named institution


def _institution_head(doc: Document, tok: Token) -> int | None:
    """Offset where an institution noun (مركز، جامعة; no article, behind ل/ب/و at most) starts in ``tok``, else None."""
    if tok.kind != "word":
        return None
    heads = institution_heads()
    for skip, stem in proclitic_splits(tok.norm, min_stem=3):
        if stem in heads:
            return offset_in_token(tok, doc, skip)
    return None


def named_institutions(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """A person named right after an institution noun, past his titles, names the institution: مركز الملك سلمان
    للإغاثة، جامعة الملك سعود، مستشفى سليمان الحبيب are organisations, not King Salman, King Saud or a doctor.

    The person's mention becomes an organisation from the noun to the name, with a relational adjective right after it
    (الإسلامية، الدولي; no nationality) and the definite words that follow behind لل (للإغاثة والأعمال الإنسانية, at
    most :data:`INSTITUTION_COMPLEMENT_WORDS`); it keeps the person's country
    (the King Salman centre is Saudi) but not his actor.
    """
    toks = doc.tokens
    starts = [t.start for t in toks]
    out: list[Mention] = []
    for m in mentions:
        k = bisect_left(starts, m.start + 1) - 1
        if m.label != "PER" or m.kind != "name" or k < 1:
            continue
        first = k
        for d in range(1, 5):
            t = kb.title_at(toks, k - d, "person") if k - d >= 0 else None
            if t is not None and t.last == k - 1:
                first = k - d
                break
        start = _institution_head(doc, toks[first - 1]) if first >= 1 else None
        if start is None:
            continue
        last = bisect_left(starts, m.end) - 1
        opened = last > k and toks[last].norm.startswith("لل")  # the tagger's name already holds للإغاثة
        if not opened and last + 1 < len(toks) and definite_nisba(toks[last + 1].norm) and toks[last + 1].norm not in kb.nationality:
            last += 1  # جامعة الإمام محمد بن سعود الإسلامية، مطار الملك خالد الدولي
        j, extra = last + 1, 0
        while j < len(toks) and extra < INSTITUTION_COMPLEMENT_WORDS and toks[j].kind == "word" and (
            toks[j].norm.startswith(("ال", "وال")) and toks[j].norm not in kb.stopwords if opened else toks[j].norm.startswith("لل")
        ) and kb.title_at(toks, j, "person") is None:  # … الإنسانية الدكتور عبد الله الربيعة: his title starts a name
            last, j, extra, opened = j, j + 1, extra + 1, True
        out.append(Mention(start, max(m.end, toks[last].end), label="ORG", source="rule:institution", country=m.country))
    if not out:
        return mentions
    return [m for m in mentions if not any(o.start <= m.start and m.end <= o.end for o in out)] + out


LEADING_PARTICLES = frozenset({"بان", "ان", "انه", "وان", "لان", "فان"})  # folded; never the first word of a tagged name


def with_nationality(doc: Document, cands: list[_Cand]) -> list[_Cand]:
    """An organisation named after its head noun takes the nationality adjective right after it (هيئة الطيران المدني
    الإيطالية: one Italian authority, ITA), as the lexicon's agents do (الشرطة المصرية)."""
    by_first = {c.first: c for c in cands if c.mention.source.startswith("lexicon:nationality") and c.mention.start == doc.tokens[c.first].start}
    absorbed: set[int] = set()
    for c in cands:
        adj = by_first.get(c.last + 1) if c.mention.source == "rule:org_head" else None
        if adj is not None and doc.tokens[adj.first].sentence == doc.tokens[c.last].sentence:
            c.last, c.mention.end, c.mention.country = adj.last, adj.mention.end, adj.mention.country
            absorbed.add(id(adj))
    return [c for c in cands if id(c) not in absorbed]


def find_mentions(doc: Document, kb: KnowledgeBase | None = None) -> list[Mention]:
    """Every mention in ``doc`` (tokens must be set), sorted, with ids ``m1, m2 …``."""
    kb = kb or knowledge_base()
    toks = doc.tokens
    covered = [False] * len(toks)
    cands = lexicon_mentions(doc, kb)
    for c in cands:
        for x in range(c.first, c.last + 1):
            covered[x] = True
    surnames = frozenset(fold(doc.text[c.mention.start : c.mention.end]).split()[-1] for c in cands if c.mention.label == "PER" and c.mention.end > c.mention.start)
    person_ends = frozenset(c.last for c in cands if c.mention.label == "PER")
    cands = with_nationality(doc, cands + rule_mentions(doc, kb, covered, surnames, person_ends))
    doubtful = {id(c.mention) for c in cands if c.doubtful}
    cands += short_name_mentions(doc, kb, [c for c in cands if not c.doubtful], covered)
    cands += description_mentions(doc, kb, covered)
    mentions = [c.mention for c in cands]
    predict = _tagger()
    if predict is not None:
        try:
            tagged = [m for m in (_trimmed(doc.text, m) for m in predict(doc)) if 0 <= m.start < m.end <= len(doc.text)]
        except (FileNotFoundError, OSError, LookupError) as exc:  # no trained model on this install
            doc.warnings.append(f"entities: tagger unavailable ({type(exc).__name__}: {exc})")
            tagged = []
        starts = [t.start for t in toks]
        tagged = [m for m in (_without_blessing(doc, m, starts) for m in tagged) if m is not None]
        tagged = [_without_jussive(doc, m, starts) for m in tagged]
        tagged = [m for m in (_without_title(doc, kb, m, starts) for m in tagged) if not _common_word(doc, kb, m) and not _adjective_of_possessed(doc, kb, m, starts)]
        taken = {x for c in cands for x in range(c.first, c.last + 1)}
        tagged = [_with_genitive_head(doc, kb, m, starts, taken) for m in tagged]
        mentions = merge_tagger(mentions, tagged, lambda m: _given_names(kb, m), doc.text)
    mentions = [m for m in mentions if id(m) not in doubtful]  # a verb-like name the tagger did not replace: يدين الهجوم
    mentions = named_institutions(doc, kb, mentions)
    if predict is not None:
        mentions += tagger_short_names(doc, kb, mentions)
    mentions += context_name_mentions(doc, kb, mentions)
    link_surnames(doc, kb, mentions)
    mentions = quoted_media(doc, kb, mentions)
    mentions = without_common_word_places(doc, mentions, kb)
    mentions = [m for m in mentions if not _indefinite_place(doc, m)]
    mentions.sort(key=lambda m: (m.start, -m.end))
    resolve_ambiguous_places(doc, mentions, kb)
    district_places(doc, mentions, kb)
    for n, m in enumerate(mentions, start=1):
        m.id = f"m{n}"
        m.entity = None
    return mentions


@lru_cache(maxsize=1)
def _media_titles(heads: frozenset[str]) -> dict[str, str]:
    """``{folded title: actor id}``: the X of a media actor's alias «صحيفة X», for the media heads ``heads``."""
    out: dict[str, str] = {}
    for row in load_tsv("actors.tsv"):
        if row["type"] == "media":
            for alias in row["aliases"].split("|"):
                head, _, rest = fold(alias).partition(" ")
                if head in heads and rest:
                    out.setdefault(rest, row["id"])
    return out


QUOTED_TITLE_WORDS = 4  # the longest outlet name looked up between quotation marks


def quoted_media(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """An outlet's name in quotation marks is the outlet (قال لـ«الشرق الأوسط»، صحيفة «الشرق الأوسط»: Asharq
    Al-Awsat, not the Middle East): mentions inside the marks give way to it, and an unlisted organisation over
    head and marks is linked to it."""
    table = _media_titles(frozenset(h for h, t in kb.org_heads.items() if t.type == "media"))
    toks = doc.tokens
    out = mentions
    for i, tok in enumerate(toks):
        if tok.norm not in OPEN_QUOTES:
            continue
        j = next((k for k in range(i + 1, min(len(toks), i + 2 + QUOTED_TITLE_WORDS)) if toks[k].norm in CLOSE_QUOTES), None)
        if j is None or j == i + 1:
            continue
        entry = kb.entry(table.get(" ".join(t.norm for t in toks[i + 1 : j])))
        if entry is None or (i > 0 and toks[i - 1].kind == "word" and toks[i - 1].norm.startswith("ال") and len(toks[i - 1].norm) > 3):
            continue  # اللغة «العربية»: an adjective of the noun before it
        start, end = toks[i + 1].start, toks[j - 1].end
        wider = [m for m in out if m.start < start and end <= m.end]
        if any(m.actor for m in wider):
            continue  # part of a listed name
        for m in wider:
            if m.label == "ORG":
                m.actor, m.fine, m.country, m.sector = entry.id, entry.type, entry.country, entry.sector
        if wider:
            out = [m for m in out if not (start <= m.start and m.end <= end)]
            continue
        out = [m for m in out if not (m.start < end and start < m.end)]
        out.append(Mention(start, end, label="ORG", kind="name", actor=entry.id, source="rule:quoted_media", score=0.8,
                           fine=entry.type, country=entry.country, sector=entry.sector))
    return out


@lru_cache(maxsize=1)
def _ambiguous_places() -> dict[str, tuple[str, str, frozenset[str]]]:
    """``{folded form: (default actor, alternative actor, cue countries)}`` from ambiguous_places.tsv."""
    return {fold(r["form"]): (r["default"], r["alternative"], frozenset(r["cues"].split())) for r in load_tsv("ambiguous_places.tsv")}


@lru_cache(maxsize=1)
def _context_names() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """``{folded form: (actor, cue countries, rival countries)}`` from context_names.tsv."""
    return {fold(r["form"]): (r["actor"], frozenset(r["cues"].split()), frozenset(r["rivals"].split()))
            for r in load_tsv("context_names.tsv")}


def context_name_mentions(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """Bare common nouns that name the country of the article (المملكة after السعودية), as new mentions.

    A use is linked when the article names a cue country (by its name, a place in it or a government actor
    of it) more often than the rival countries and no mention of another country starts with the same word
    (المملكة المتحدة, المملكة المغربية); a tagger mention with the same span is linked in place, any other
    mention over the word leaves it alone."""
    table = _context_names()
    if not table:
        return []
    named = Counter(m.country for m in mentions if m.country and m.actor and m.kind == "name"
                    and (m.label == "GPE" or m.sector == "GOV"))
    toks = doc.tokens
    starts = [m.start for m in sorted(mentions, key=lambda m: m.start)]
    spans = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for i, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        hit = next(((skip, stem) for skip, stem in proclitic_splits(tok.norm) if stem in table), None)
        if hit is None:
            continue
        skip, form = hit
        actor, cues, rivals = table[form]
        entry = kb.entry(actor)
        if entry is None or sum(named[c] for c in cues) <= sum(named[c] for c in rivals):
            continue
        if any(m.country != entry.country and any(stem == form for _, stem in proclitic_splits(fold(doc.text[m.start : m.end]).split()[0]))
               for m in mentions if m.label == "GPE" and m.end > m.start):
            continue  # المملكة المتحدة is named too: المملكة alone is not sure
        if i + 1 < len(toks) and toks[i + 1].norm in kb.nationality:
            continue  # المملكة الأردنية …: another kingdom the lexicons do not list
        start = offset_in_token(tok, doc, skip)
        k = bisect_left(starts, tok.end)
        over = [m for m in spans[max(k - 8, 0) : k] if m.start < tok.end and tok.start < m.end]
        if over:
            same = [m for m in over if m.start == start and m.end == tok.end and m.actor is None and m.label in ("GPE", "LOC", "ORG")]
            if len(over) == 1 and same:
                m = same[0]
                m.label, m.actor, m.country, m.fine, m.source = "GPE", entry.id, entry.country, entry.type, m.source + "+context"
            continue
        out.append(Mention(start, tok.end, label="GPE", kind="name", actor=entry.id, source="rule:context_name", score=0.7, fine=entry.type, country=entry.country))
    return out


def link_surnames(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> None:
    """Link a one-word person name the lexicons left unlinked (بوش، رامسفيلد) to the PETRARCH actor of that
    lemma: news names leaders by surname alone, and the single lemmas are safe once the tagger read a person.
    A title right before the name (المرجع الشيعي السيستاني، الرئيس عباس) says the role: then only the country is
    taken, the sector is left to the title's words."""
    starts = [t.start for t in doc.tokens]
    for m in mentions:
        if m.label != "PER" or m.kind != "name" or m.actor is not None:
            continue
        words = fold(doc.text[m.start : m.end]).split()
        entry = kb.surnames.get(words[0]) if len(words) == 1 else None
        if entry is None:
            continue
        i = bisect_left(starts, m.start)
        titled = any((t := kb.title_at(doc.tokens, k, "person", "role")) is not None and t.last >= i - 2 for k in range(max(0, i - TITLE_BACK), i))
        m.actor, m.country, m.source = entry.id, entry.country, m.source + "+surname"
        m.sector = m.sector if titled else entry.sector


TITLE_BACK = 4  # words before a surname where a title phrase may start (المرجع الشيعي آية الله السيستاني)


@lru_cache(maxsize=1)
def _common_word_places() -> dict[str, frozenset[str]]:
    """``{folded place name that is also a common word: folded words of the places that vouch for it}``
    (``common_word_places.tsv``: الخبر, Khobar or "the news", and الدمام، الشرقية …)."""
    return {fold(r["form"]): frozenset(fold(r["near"]).split()) for r in load_tsv("common_word_places.tsv")}


def without_common_word_places(doc: Document, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Drop a place mention that is a common word with no sign of being a place: رابط الخبر is the news' link, not
    Khobar's. A place head right before it (مدينة الخبر), another place joined by و (الدمام والخبر) or a place of
    its region named in the article (الدمام، المنطقة الشرقية) keeps it."""
    forms = _common_word_places()
    places = [m for m in mentions if m.label in PLACE_LABELS]
    if not forms or not places:
        return mentions
    toks = doc.tokens
    starts = [t.start for t in toks]

    def index(offset: int) -> int:
        return bisect_left(starts, offset + 1) - 1

    drop = set()
    named: set[str] | None = None  # the words of every place of the article, read once when a candidate needs them
    for m in places:
        text = fold(doc.text[m.start : m.end])
        form = text if text in forms else next((stem for _, stem in proclitic_splits(text) if stem in forms), None)
        if form is None:
            continue
        if named is None:
            named = {w for o in places for w in fold(doc.text[o.start : o.end]).split()}
        if forms[form] & named:
            continue
        k = index(m.start)
        if k > 0 and kb.title_at(toks, k - 1, "place_head") is not None:
            continue
        joined = any(o is not m and ((index(o.end - 1) == k - 1 and toks[k].norm.startswith("و"))
                                     or (index(o.start) == k + 1 and toks[k + 1].norm.startswith("و"))) for o in places)
        if not joined:
            drop.add(id(m))
    return [m for m in mentions if id(m) not in drop]


TANWEEN = "\u064b\u064c\u064d"


def _indefinite_place(doc: Document, m: Mention) -> bool:
    """A place name written with tanween is an indefinite common noun, not the place: قتل الجنود صبياً ("a boy", not
    the town Sabya). Names of places take no tanween in news."""
    return m.label in PLACE_LABELS and any(c in TANWEEN for c in doc.text[m.start : m.end])


def resolve_ambiguous_places(doc: Document, mentions: list[Mention], kb: KnowledgeBase) -> None:
    """Relink a bare shared place name (عمان: Oman or Amman) to the place of the country the article is about."""
    table = _ambiguous_places()
    if not table:
        return
    hits = [(m, table[f]) for m in mentions if (f := fold(doc.text[m.start : m.end])) in table and m.actor == table[f][0]]
    if not hits:
        return
    others = {m.country for m in mentions if m.country and all(m is not h for h, _ in hits)}
    for m, (default, alternative, cues) in hits:
        entry, alt = kb.entry(default), kb.entry(alternative)
        if alt is not None and others & cues and (entry is None or entry.country not in others):
            m.actor, m.country, m.source = alt.id, alt.country, m.source + "+context"


@lru_cache(maxsize=1)
def _district_heads() -> frozenset[str]:
    """Folded neighbourhood nouns (``titles.tsv`` kind ``district_head``: حي)."""
    return frozenset(fold(r["form"]) for r in load_tsv("titles.tsv") if r["kind"] == "district_head")


DISTRICT_CITY_GAP = 2  # the city named after a district is at most this many tokens away (بمكة، في مكة)


def district_places(doc: Document, mentions: list[Mention], kb: KnowledgeBase) -> None:
    """A gazetteer place named right after a neighbourhood noun is a district, not the town (في حي العزيزية بمكة
    المكرمة: not Aziziya in Libya): it loses the town's identity and takes the country of the place named right after
    it (or, failing that, right before the head noun); with no such place it keeps the town's country only when the
    article names that country elsewhere by a name that is no GeoNames town (حي بروكلين in a story on New York), else
    it has none."""
    heads = _district_heads()
    if not heads:
        return
    toks = doc.tokens
    starts = [t.start for t in toks]
    places = sorted((m for m in mentions if m.label in ("GPE", "LOC") and m.end > m.start), key=lambda m: m.start)

    def head_at(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].kind == "word" and any(stem in heads for _, stem in proclitic_splits(toks[i].norm))

    found: list[tuple[Mention, int]] = []
    for m in places:
        if not m.actor or not m.actor.startswith("PLACE:"):
            continue
        i = bisect_left(starts, m.start)
        if i >= len(toks) or toks[i].start != m.start:
            continue
        if head_at(i) and i + 1 < len(toks) and toks[i + 1].start < m.end:
            first = i + 1  # the tagger took the head noun in: حي العزيزية
        elif head_at(i - 1):
            first = i
        else:
            continue
        named = kb.names.match_at(toks, first)
        if named is not None and any(e.id == m.actor for e in named.values):  # not الخالدية بحلب: Aleppo's span
            found.append((m, first))
    districts = {id(m) for m, _ in found}
    countries = {c.country for c in mentions if c.country and id(c) not in districts and not (c.actor or "").startswith("PLACE:GN")}
    for m, first in found:
        last = bisect_left(starts, m.end) - 1
        after = next((c for c in places if id(c) not in districts and c.country and c.actor
                      and toks[last].end <= c.start and bisect_left(starts, c.start) <= last + DISTRICT_CITY_GAP), None)
        before = next((c for c in reversed(places) if id(c) not in districts and c.country and c.actor
                       and c.end <= toks[first - 1].start and bisect_left(starts, c.end) >= first - 1 - DISTRICT_CITY_GAP), None)
        city = after or before
        m.actor, m.country, m.fine = None, city.country if city else (m.country if m.country in countries else None), "district"
        m.source += "+district"


@register("entities", requires={"tokens"}, provides={"mentions", "entities"})
class EntitiesStage:
    """Find name, agent and description mentions; group them by actor (``coref`` refines)."""

    def __init__(self) -> None:
        self.kb = knowledge_base()

    def __call__(self, doc: Document) -> Document:
        from rasid.extract.coref import build_entities

        doc.mentions = find_mentions(doc, self.kb)
        build_entities(doc, self.kb, resolve=False)
        return doc
