"""Reported speech: direct quotes in any quotation-mark style and indirect speech.

A quoted span is speech only when a speech cue (قال، أضاف، مؤكدا، بالقول …,
from ``speech_cues.tsv``) introduces it: quotation marks around names and
slogans ("جبهة النصرة", لـ"الاصلاح") are not quotes.  Indirect speech is a cue
followed by a complementizer (إن، أن، بأن …) or, for calls (دعا، طالب), by إلى.

A quoted span of at most three words that the sentence goes on after («خطباء
الكراهية» في …) is a term unless a cue stands right before it (قال «لن نتراجع»);
a verb in the next sentence or a coordinated one (``«…»، وقال``) never
attributes the quote before it, except وأضاف/وتابع, which say the speaker goes on.

The speaker follows Arabic word order: the mention right after a finite verb
(VSO: وقال شهيد), else the one before it (SVO: توجه شهيد بالقول).  A coordinated
verb with no subject after it (… مع الصين وقال إن) shares the subject of the
clause it is joined to: the last speaker in the sentence, else the sentence's
first mention that no preposition governs.  وأضاف and وتابع with no subject,
and circumstantial participles (مؤكدا), continue the previous speaker (also one named after content that no quote holds: …، أوضح ذلك X، …، قال X.); a plural participle (مؤكدين، مشيرين) hangs
on a group: an earlier speaker of its sentence or the group the sentence opens with, never a speaker carried over; the implicit subject of a feminine cue
(وأضافت، تقول، مشيرة) is never a man: when the usual choice is a person the article does not show is a woman (the
subject right after a feminine speech verb, or a name beside a feminine title: السيدة، رئيسة), it is the later of the
last speaker that can be feminine (an organisation, a country) and the last woman named, else unresolved; an
honorific subject (وقال سماحته، وأكد سموه) is the last person named; a title with no
name (وقال المدرب الفرنسي) is the one person the article introduced before with that title (المدرب الفرنسي
هيرفي رونار; ``coref.titled_persons``), else an unnamed speaker, unless a person is named in apposition right after the
title phrase (وأوضح المتحدث الرسمي للإدارة العامة للدفاع المدني بالعاصمة المقدسة الرائد X، أنه …: X speaks; not a
person who names an institution, مركز الملك سلمان); a verse (فقال سبحانه، وقال تعالى) has no speaker of the article.  A speech
verb inside a direct quote (قال الله تعالى … أن …) starts no quote of its own.

Speech after a colon with no quotation marks (وأضاف سماحته: نحن ندين …، وتابع قائلا: …) is a direct quote
(``source`` ``colon``) when a cue stands at most :data:`COLON_WINDOW` words before the colon in its sentence,
with no complementizer, quote or list word (التالي، كالآتي) between; it runs to the end of the line, or
to the next speech clause (a cue that opens a sentence or follows a comma, وأضاف …).  A mark right after
the colon that the direct finder pairs with nothing (وقال : ” هذا الدعم …”، حيث قال: (…)) opens the speech
and its closing mark ends it.  No text is reported twice: a speech clause inside the content of another quote (… الأهلي مشيرا إلى أن …) ends it, and
of two overlapping quotes with the same speaker, or one with none, the better attested stays (:func:`deduplicate`).  A line that opens with a person's name
and a colon, titles and nationalities before the name allowed (الأمير خالد الفيصل: الإرهاب لن ينال من وحدتنا, a
headline with no speech verb), is that person's speech too, unless the person is also named alone on a line (a
column's byline: the headline is the column's title); a place or an agency there (الرياض:، واس:) is a dateline. A colon at the end of the line (a list follows) or between numbers (10:30) opens nothing.  A
channel phrase between the cue and the content (في اتصال هاتفي مع وكالة فرانس
برس) gives the medium.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence

from rasid.document import PLACE_LABELS, Document, Mention, Quote, Token
from rasid.extract.coref import introduced_with, title_phrase, titled_persons
from rasid.knowledge.actors import institution_heads, knowledge_base
from rasid.knowledge.lexicon import load_tsv
from rasid.pipeline import register
from rasid.text.normalize import fold
from rasid.text.tokens import proclitic_splits

SPEAKER_LABELS = {"PER", "ORG", "GPE", "NORP"}
PAIRS = {"«": "»", "“": "”", "„": "”", "‹": "›"}
STRAIGHT = {'"', "″"}
COLON_MARKS = {"«": "»", "“": "”“", "”": "”“", '"': '"', "(": ")"}  # a mark after a colon that no pair closes: ”…” (Sabq), (…)
PREPOSITIONS = {"في", "من", "عن", "علي", "الي", "مع", "ب", "ل", "حول", "ضد", "لدي", "عبر", "امام", "خلال", "اثناء"}
CUE_WINDOW = 40  # word tokens between a cue and the content it introduces
SUBJECT_WINDOW = 4  # a VSO subject starts within this many tokens after the verb
INTRODUCED_EXTRA = 10  # more tokens between a cue and a quote when a channel stands between them (… لوكالة الصحافة الفرنسية «…»)
APPOSITION_WORDS = 8  # words between an unnamed speaker's phrase and the name in apposition after it (… بالعاصمة المقدسة الرائد X)
APPOSED_WORDS = 3  # أموس هوكستين المبعوث الخاص ومنسق …: a role word this close after a name is in apposition to it
NISBA_ENDINGS = ("ي", "يه", "يون", "يين")  # folded relational adjectives: عسكري، إسرائيلية، أمريكيون
UNNAMED_WORDS = 5  # words of an unnamed speaker's phrase (مصادر عسكرية يمنية، قائد عملية تحرير عدن)
COLON_WINDOW = 10  # word tokens between a cue and the colon that opens unquoted speech (وقال الوزير … :)
CLAUSE_OPEN = 3  # a cue within this many words of a sentence's start opens a new speech clause (ومن جهته قال)
TRIMMED_WORDS = 3  # an outer quote cut before a speech clause inside it keeps at least this many words, or stays whole
OUTLET_MARKS = {"«": "»", '"': '"', "“": "”", "”": "”“", "»": "»«"}  # the marks around an outlet's name after لـ (also reversed: لـ»الجزيرة»)
OUTLET_WORDS = 3  # words of a quoted outlet's name (لـ«الشرق الأوسط»)
COPULA_WORDS = 8  # words between كان and the قد before a speech verb (وكان مسؤول بمجلس شورى مقاتلي درنة قد صرح)
FRONTED_WORDS = 3  # words of a subject between أن and the speech verb (أن الرئيس اليمني أكد)
DOCUMENT_WORDS = 8  # words from جاء to the content of the document it names
REPORTED_WORDS = 12  # words back from قوله to the عن before its speaker
SETTING_WORDS = 4  # words of a phrase of place or time between a speaker and the quote he introduces (في التسجيل المصور)
SETTING_PREPS = frozenset({"في", "خلال", "امام", "اثناء"})  # folded prepositions that open such a phrase
TERM_WORDS = 3  # a quoted span this short inside a sentence is a term («خطباء الكراهية»), not speech


@dataclass(frozen=True)
class Cue:
    lemma: str
    kind: str
    role: str  # verb | continue | participle | noun | reported | document
    feminine: bool = False  # قالت، تضيف، مشيرة: its subject is a woman, an organisation, a country or a plural of things
    plural: bool = False  # مؤكدين، مشيرين: a participle in the plural or dual, whose subject is a group


def _feminine(form: str, lemma: str, role: str) -> bool:
    """Is the folded cue ``form`` of ``lemma`` third person feminine singular?  Participles end with ة (مشيرة, folded ه);
    a past verb is the lemma + ت (قالت، دعت from دعا); an imperfect starts with ت (تضيف، تؤكد; تابعت is past)."""
    if role == "participle":
        return form.endswith("ه")
    if role not in ("verb", "continue") or form == lemma:
        return False
    return form.startswith("ت") or form == lemma + "ت" or (lemma[-1:] in ("ا", "ي") and form == lemma[:-1] + "ت")


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]
    complementizers: frozenset[str]
    call_objects: frozenset[str]
    channels: dict[str, list[tuple[str, ...]]]  # first word -> phrases, longest first
    attributions: frozenset[str]
    source_nouns: frozenset[str]
    verb_particles: frozenset[str]
    source_heads: frozenset[str] = frozenset()  # first words of the source nouns: an unnamed speaker starts with one
    quantifiers: frozenset[str] = frozenset()  # عدد، العديد: عدد من المواطنين is an unnamed speaker
    honorifics: frozenset[str] = frozenset()  # سماحته، سموه: the last person named speaks
    list_leads: frozenset[str] = frozenset()  # التالي، كالآتي: a colon after them opens a list, not speech
    anaphors: frozenset[str] = frozenset()  # ذلك، هذا: أوضح ذلك X, the content came before the cue
    divine: frozenset[str] = frozenset()  # سبحانه، تعالى: قال تعالى quotes scripture, no mention speaks
    institution_heads: frozenset[str] = frozenset()  # مركز، جامعة: مركز الملك سلمان names an institution, not a speaker
    relays: frozenset[str] = frozenset()  # نقلت: نقلت الوكالة عن X قوله, the agency is the channel
    conjunctions: frozenset[str] = frozenset()  # بعد، قبل: بعد أن is "after", no speech opens there


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    cues = {(f := fold(r["form"])): Cue(fold(r["lemma"]), r["kind"], r["role"], _feminine(f, fold(r["lemma"]), r["role"]),
                                        r["role"] == "participle" and f.endswith("ين")) for r in load_tsv("speech_cues.tsv")}
    frames = load_tsv("speech_frames.tsv")

    def forms(kind: str) -> list[str]:
        return [fold(r["form"]) for r in frames if r["type"] == kind]

    channels: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(f.split()) for f in forms("channel")), key=len, reverse=True):
        channels.setdefault(phrase[0], []).append(phrase)  # longest first
    return Lexicon(cues, frozenset(forms("complementizer")), frozenset(forms("call_object")), channels, frozenset(forms("attribution")), frozenset(forms("source_noun")), frozenset(forms("verb_particle")),
                   frozenset(f.split()[0] for f in forms("source_noun")), frozenset(forms("quantifier")), frozenset(forms("honorific")),
                   frozenset(forms("list_lead")), frozenset(forms("anaphor")), frozenset(forms("divine")), institution_heads(),
                   frozenset(forms("relay")), frozenset(forms("conjunction")))


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    """Folded relative pronouns (الذي، التي …) of ``event_words.tsv``."""
    return frozenset(fold(r["word"]) for r in load_tsv("event_words.tsv") if r["category"] == "relative")


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """First words of the person titles of ``titles.tsv``, folded, without the article (رييس، سيد، نايب): + ة, a woman's title."""
    return frozenset(fold(r["form"]).split()[0].removeprefix("ال") for r in load_tsv("titles.tsv") if r["kind"] == "person" and r["form"].strip())


def _behind_li(m: Mention, tok: Token) -> bool:
    """Is ``m`` written ل + the article in ``tok`` (لليونان)?  Its span keeps the whole token, so no clitic shows."""
    return m.start == tok.start and tok.norm.startswith("لل")


@dataclass
class _Candidate:
    content_start: int  # token index of the first content token (direct: first token after the mark)
    start: int  # char offsets of the content
    end: int
    direct: bool
    cue_index: int | None
    cue: Cue | None
    after: bool = False  # cue stands after the quote ("…"، قال X)
    colon: bool = False  # unquoted speech after a colon (وأضاف: نحن …)
    speaker: Mention | None = None  # the person a line opens with when no cue introduces the speech (X: …)


class QuotesStage:
    """Find direct and indirect quotes, their speakers and channels."""

    def __init__(self) -> None:
        self.lex = load_lexicon()

    def __call__(self, doc: Document) -> Document:
        if not doc.tokens:
            return doc
        ctx = _Context(doc, self.lex)
        candidates = ctx.direct_candidates()
        candidates += ctx.colon_candidates(candidates)
        candidates += ctx.indirect_candidates({c.cue_index for c in candidates if c.cue_index is not None}, candidates)
        candidates.sort(key=lambda c: c.start)
        last_speaker: Mention | None = None
        quotes: list[Quote] = []
        seen: set[tuple[int, int]] = set()
        attributions = ctx.attributions({c.cue_index for c in candidates if c.cue_index is not None})
        for cand in candidates:
            if (cand.start, cand.end) in seen:
                continue  # وتابع مؤكدا أنه …: two cues introduce one content; it is one quote
            anchor = min(cand.start, doc.tokens[cand.cue_index].start) if cand.cue_index is not None else cand.start
            while attributions and attributions[0][0] < anchor:
                last_speaker = attributions.pop(0)[1]  # …، أوضح ذلك العقيد X. وأشار إلى أن …: X goes on speaking
                ctx.spoken.append(last_speaker)
            seen.add((cand.start, cand.end))
            speaker = ctx.resolve_speaker(cand, last_speaker, quotes)
            source = "colon" if cand.colon else "direct" if cand.direct else "indirect"
            q = Quote(cand.start, cand.end, id=f"q{len(quotes) + 1}", direct=cand.direct, source=source)
            if cand.cue_index is not None:
                tok = doc.tokens[cand.cue_index]
                q.cue_start, q.cue_end, q.cue = tok.start, tok.end, cand.cue.lemma if cand.cue else None
            if speaker is not None:
                q.speaker, q.speaker_start, q.speaker_end = speaker.entity, speaker.start, speaker.end
                if cand.cue is None or not cand.cue.plural:
                    last_speaker = speaker  # a group (…، مؤكدين) is not the implicit subject of a later singular cue
                ctx.spoken.append(speaker)
            channel = ctx.channel(cand)
            if channel:
                q.channel_start, q.channel_end, q.channel = channel
            quotes.append(q)
        clausal = frozenset(doc.tokens[c.cue_index].start for c in candidates if c.cue_index is not None and c.cue is not None
                            and (c.cue.role in ("participle", "continue") or doc.tokens[c.cue_index].norm[:1] in ("و", "ف")))
        doc.quotes = deduplicate(doc, quotes, clausal)
        return doc


SOURCE_RANK = {"direct": 2, "colon": 1, "indirect": 0}


def _evidence(q: Quote) -> tuple[int, int, int, int]:
    """How well a quote is attested: a speaker entity, a speaker phrase, quotation marks, then length."""
    return (q.speaker is not None, q.speaker_start is not None, SOURCE_RANK.get(q.source, 0), q.end - q.start)


def deduplicate(doc: Document, quotes: list[Quote], clausal: frozenset[int] = frozenset()) -> list[Quote]:
    """One quote per stretch of text.

    When the cue of a quote stands inside the content of another and opens a speech clause of its own (after a comma
    at most :data:`CLAUSE_OPEN` words before it or its subject, or a participle or a verb with و/ف, whose offsets are
    ``clausal``: … أمام الأهلي مشيرا إلى أن …، ودعت واشنطن … لكن طهران أكدت أن …), the outer content ends before that
    clause (at the comma, else right before the cue or its subject) when :data:`TRIMMED_WORDS` words are left; a cue
    inside a relative clause (ميثاق المنظمة الذي يدعو إلى) cuts nothing. Two quotes that still overlap and give the same speaker, or where one has none,
    are the same report twice: the one with the better evidence (:func:`_evidence`) stays; two named speakers keep
    both. Ids are renumbered in order."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    dropped: set[int] = set()
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if id(a) in dropped or b.start >= a.end:
                break
            if id(b) in dropped:
                continue
            if b.cue_start is not None and a.start < b.cue_start < a.end:
                at = b.speaker_start if b.speaker_start is not None and a.start < b.speaker_start < b.cue_start else b.cue_start
                cut = _clause_start(toks, bisect.bisect_left(starts, at), a.start)  # before an SVO subject too: لكن آخرين قالوا
                clause = b.cue_start in clausal or doc.text[cut : at].strip().startswith(("،", ","))
                if clause and len(doc.text[a.start : cut].split()) >= TRIMMED_WORDS:
                    a.end = cut
                    continue
            if a.speaker is not None and b.speaker is not None and a.speaker != b.speaker:
                continue
            dropped.add(id(b) if _evidence(a) >= _evidence(b) else id(a))
    kept = [q for q in quotes if id(q) not in dropped]
    for n, q in enumerate(kept, start=1):
        q.id = f"q{n}"
    return kept


def _clause_start(toks: Sequence[Token], ci: int, floor: int) -> int:
    """End offset of the content before the speech clause whose cue is token ``ci``: the last word before a comma at
    most :data:`CLAUSE_OPEN` words back, else the last word before the cue; ``floor`` when no word is left."""
    j, words = ci - 1, 0
    while j >= 0 and toks[j].start >= floor and words < CLAUSE_OPEN:
        if toks[j].norm in ("،", ","):
            ci = j
            break
        words += toks[j].kind == "word"
        j -= 1
    j = ci - 1
    while j >= 0 and toks[j].start >= floor and toks[j].kind in ("punct", "symbol"):
        j -= 1
    return toks[j].end if j >= 0 and toks[j].start >= floor else floor


class _Context:
    """Per-document indexes shared by the quote finders."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc, self.lex, self.tokens = doc, lex, doc.tokens
        self.starts = [t.start for t in self.tokens]
        self.mentions = sorted(
            (m for m in doc.mentions if m.label in SPEAKER_LABELS and m.kind != "pronoun"), key=lambda m: (m.start, -m.end)
        )
        self.mention_starts = [m.start for m in self.mentions]
        self._introduced_by_title: list | None = None  # persons introduced by a title phrase (coref.titled_persons), computed on demand
        self._female: frozenset[str] | None = None  # entities of women (_women), computed on demand
        self.spoken: list[Mention] = []  # the speakers of the quotes resolved so far, in order
        self.cues: dict[int, Cue] = {}
        for i, tok in enumerate(self.tokens):
            if tok.kind == "word":
                cue = self._cue_of(tok)
                if cue and (cue.role != "document" or i + 1 < len(self.tokens) and self.tokens[i + 1].norm == "في"):
                    self.cues[i] = cue  # جاء only as جاء في (…بيان…): جاء ذلك خلال، جاء الهجوم بعد are no speech

    def attributions(self, used: set[int]) -> list[tuple[int, Mention]]:
        """Speakers named after content that no quote holds: a speech verb that opens no quote, after a comma, with its
        subject right after it and ending the sentence (…، قال X.), or after a demonstrative object (…، أوضح ذلك
        المتحدث باسم الشرطة العقيد X).
        Each is (the cue's offset, the subject); a later cue with no subject (وأشار إلى أن، وأضاف:) takes it as the
        previous speaker."""
        out: list[tuple[int, Mention]] = []
        for ci, cue in sorted(self.cues.items()):
            if ci in used or cue.role not in ("verb", "continue") or ci == 0 or self.tokens[ci - 1].norm not in ("،", ","):
                continue
            at = ci + 1 if ci + 1 < len(self.tokens) and self.tokens[ci + 1].norm in self.lex.anaphors else ci
            subject = self._subject_after(at, len(self.tokens))
            if subject is None or subject.label not in ("PER", "ORG"):
                continue
            k = self.token_at(max(subject.end - 1, subject.start)) + 1
            sent = self.tokens[ci].sentence
            while k < len(self.tokens) and self.tokens[k].sentence == sent and self.tokens[k].kind in ("punct", "symbol"):
                k += 1
            if at > ci or k >= len(self.tokens) or self.tokens[k].sentence != sent:
                out.append((self.tokens[ci].start, subject))  # the subject ends the sentence: nothing of it is content
        return out

    def _demand(self, tok: Token) -> bool:
        """Is ``tok`` the ب phrase that states a call's demand, right after the cue or its first object word (طالب
        بتقديم، مطالبين الوزارة بالتحقق; not ودعا أستاذ الإعلام بجامعة …)?  ب must be the
        preposition: the article, a common noun or four letters or more follow it (بال…، بضرورة، بتقديم), the word is no
        common noun or quantifier itself (بيان، بعض) and no part of a name (برازاني، الرئيس بشار الأسد)."""
        norm = tok.norm
        if tok.kind != "word" or norm[:1] != "ب" or self._is_complementizer(tok) or norm in self.lex.quantifiers:
            return False
        k = bisect.bisect_right(self.mention_starts, tok.start) - 1
        if any(self.mentions[i].end > tok.start for i in range(max(k - 3, 0), k + 1)) or self._mention_starting_in(tok):
            return False  # الرئيس بشار الأسد: inside a name
        common = knowledge_base().common
        return norm.startswith("بال") or (norm not in common and (norm[1:] in common or len(norm) >= 5))

    # --- lexical lookups ------------------------------------------------------
    def _cue_of(self, tok: Token) -> Cue | None:
        norm = tok.norm
        for form in (norm, norm[1:] if norm[:1] in ("و", "ف") else None, norm[1:] if norm[:1] == "ب" else None):
            if form and form in self.lex.cues:
                cue = self.lex.cues[form]
                if form == norm or cue.role != "noun" or norm[:1] == "ب":
                    return cue
        return None

    def token_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def _is_complementizer(self, tok: Token) -> bool:
        """إن، أن، بأن …, unless a name starts there (بان كي مون folds to بان)."""
        if not (tok.norm in self.lex.complementizers or (tok.norm[:1] in ("و", "ف") and tok.norm[1:] in self.lex.complementizers)):
            return False
        i = self.token_at(tok.start)
        if i > 0 and self.tokens[i - 1].sentence == tok.sentence and self.tokens[i - 1].norm.removeprefix("و").removeprefix("ف") in self.lex.conjunctions:
            return False  # بعد أن انسحبت: "after", a clause of time inside the subject, not the content
        m = self._mention_starting_in(tok)
        return m is None or m.start != tok.start or m.end <= tok.end

    # --- direct quotes --------------------------------------------------------
    def quote_pairs(self) -> list[tuple[int, int]]:
        """Token indexes of matching opening and closing quotation marks, per sentence line."""
        pairs: list[tuple[int, int]] = []
        open_straight: int | None = None
        stack: list[tuple[int, str]] = []
        line = -1
        text = self.doc.text
        line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        for i, tok in enumerate(self.tokens):
            if tok.kind not in ("punct", "symbol"):
                continue
            tok_line = bisect.bisect_right(line_starts, tok.start)
            if tok_line != line:
                line, open_straight, stack = tok_line, None, []
            ch = self.doc.text[tok.start]
            if ch in STRAIGHT:
                if open_straight is None:
                    open_straight, nested = i, False
                elif nested:
                    nested = False  # the inner quote closes: "إن السعودية أكبر منتج في "أوبك" أبقت …"
                elif self._opening_straight(tok):
                    nested = True
                else:
                    pairs.append((open_straight, i))
                    open_straight = None
            elif ch in PAIRS:
                stack.append((i, PAIRS[ch]))
            elif stack and ch == stack[-1][1]:
                pairs.append((stack.pop()[0], i))
        return sorted(pairs)

    def _opening_straight(self, tok: Token) -> bool:
        """Is a straight mark written as an opening one, after a space and before a letter (في "أوبك")?  Inside an
        open quote it opens a quote nested in it."""
        text = self.doc.text
        return tok.start > 0 and text[tok.start - 1].isspace() and tok.end < len(text) and text[tok.end].isalpha()

    def direct_candidates(self) -> list[_Candidate]:
        out: list[_Candidate] = []
        for o, c in self.quote_pairs():
            words = sum(t.kind in ("word", "number") for t in self.tokens[o + 1 : c])
            if words < 2 and not (words == 1 and self._one_word_answer(o, c)):
                continue  # a scare-quoted word (بأنها "كاذبة") is not reported speech; a one-word answer is (وقال الوزير «نعم».)
            start, end = self.tokens[o].end, self.tokens[c].start
            if self._is_name(start, end):
                continue
            cue_index = self._cue_before(o) if self._opens_speech(o) else None
            if cue_index is not None and words <= TERM_WORDS and self._inside_sentence(c) and not self._introduced(o, setting=False):
                cue_index = None  # حذر من مخاطر «خطباء الكراهية» في …: a term the clause goes on after
            after = False
            if cue_index is None:
                cue_index = self._cue_after(c, words)
                after = cue_index is not None
            if cue_index is None:
                continue
            out.append(_Candidate(o + 1, start, end, True, cue_index, self.cues[cue_index], after))
        return out

    def _is_name(self, start: int, end: int) -> bool:
        """A quoted name ("جبهة النصرة") is a mention that fills the quotation marks, or one that holds them (صحيفة
        «فايننشال تايمز»)."""
        k = bisect.bisect_left(self.mention_starts, start)
        if k < len(self.mentions) and self.mentions[k].start == start and self.mentions[k].end >= end - 1:
            return True
        return any(m.start < start and m.end >= end for m in self.mentions[max(0, k - 3) : k])

    def _opens_speech(self, mark: int) -> bool:
        """What stands before an opening mark: ``:``, a comma, إن/أن, a cue, or a cue's subject (قال X «…»)."""
        if mark == 0:
            return False
        before = self.tokens[mark - 1]
        if before.sentence != self.tokens[mark].sentence:
            return False
        return before.norm in ("،", ",") or self._is_complementizer(before) or self._introduced(mark)

    def _one_word_answer(self, o: int, c: int) -> bool:
        """Is the one word between marks ``o`` and ``c`` a quote: introduced by its cue and a speaker who is no
        organisation (فقال الوزير «نعم».; not أعلن المعهد السعودي للخطوط الحديدية «سرب»، its acronym), ending the
        sentence or the clause?"""
        if not self._opens_speech(o) or not self._introduced(o, setting=False) or self._inside_sentence(c):
            return False
        cue = self._cue_before(o)
        if cue is None or self.cues[cue].role not in ("verb", "continue"):
            return False  # وجاء في المركز الثاني فيلم "بكسيلز"، …: a title in a document's words
        before = self.tokens[o - 1]
        k = bisect.bisect_right(self.mention_starts, before.start) - 1
        named = self.mentions[k] if k >= 0 and self.mentions[k].end == before.end else None
        return named is None or named.label == "PER"

    def _introduced(self, mark: int, setting: bool = True) -> bool:
        """Does a cue stand right before the opening mark, alone or with its subject (قال «…»، قال X «…»، أضاف: «…»)?
        With ``setting``, a phrase of where or when may follow the subject (:meth:`_setting`)."""
        before = self.tokens[mark - 1]
        if before.norm == ":":
            return True
        if (mark - 1) in self.cues:
            return True
        cue = self._cue_before(mark)
        if cue is not None and self.cues[cue].role == "document":
            return mark - cue <= DOCUMENT_WORDS + 1  # وجاء في بيان رئيس الإقليم مسعود برزاني «…»
        if cue is None or mark - cue > SUBJECT_WINDOW + 2 + INTRODUCED_EXTRA or self.cues[cue].role not in ("verb", "continue"):
            return False
        speaker = self._verb_subject(cue, mark)  # وقال الوزير «…»: a title speaks too
        if speaker is None:
            return False
        channel = self._channel_range(cue, mark)
        if channel is not None and self.tokens[channel[0]].start >= speaker.end:
            medium = self._channel_medium(channel)  # لوكالة الصحافة الفرنسية: the medium named in or right after the phrase
            end = max(channel[1], self.token_at(medium[0].end - 1) + 1) if medium is not None else channel[1]
            if end == mark:
                return True  # وقال رامي عبد الرحمن لوكالة الصحافة الفرنسية «…»: the speaker, then whom he told
        if setting and speaker.end < before.end and self._setting(self.token_at(speaker.end - 1) + 1, mark):
            return True  # وقالت الوزيرة في التسجيل المصور «…»، وقال الوزير اليوم الجمعة «…»: where or when he said it
        return speaker.end == before.end and mark - cue <= SUBJECT_WINDOW + 2

    def _setting(self, first: int, stop: int) -> bool:
        """Do tokens ``first``..``stop`` say only where or when something was said: a time expression, or a phrase of
        up to :data:`SETTING_WORDS` words opened by في، خلال، أمام، أثناء (في التسجيل المصور، خلال مؤتمر صحافي)?"""
        if not first < stop or stop - first > SETTING_WORDS:
            return False
        toks = self.tokens[first:stop]
        if any(t.kind != "word" or t.norm in self.lex.attributions or self._is_complementizer(t) for t in toks):
            return False
        if any(first + n in self.cues for n in range(len(toks))):
            return False
        timed = all(self._in_time(tok) for tok in toks)
        return timed or toks[0].norm in SETTING_PREPS and len(toks) > 1  # في «منتدى الإعلام»: the quote is في's object

    def _inside_sentence(self, mark: int) -> bool:
        """Does the sentence go on with a word right after the closing ``mark``?"""
        nxt = mark + 1
        return nxt < len(self.tokens) and self.tokens[nxt].sentence == self.tokens[mark].sentence and self.tokens[nxt].kind in ("word", "number")

    def _cue_before(self, mark: int) -> int | None:
        sent = self.tokens[mark].sentence
        words = 0
        for i in range(mark - 1, -1, -1):
            tok = self.tokens[i]
            if tok.sentence != sent or words > CUE_WINDOW:
                return None
            if i in self.cues:
                return i
            words += tok.kind == "word"
        return None

    def _cue_after(self, mark: int, words: int) -> int | None:
        """A cue within two tokens after the closing mark: ``"…"، قال X`` in the quote's sentence, or
        ``«…». وأضاف «…»`` (the speaker goes on, so said the first quote too).

        Any other coordinated or following verb (``«…»، وقال``، ``«…». وقالت X``) starts a new clause
        and says nothing about who spoke the quote before it."""
        for i in range(mark + 1, min(mark + 4, len(self.tokens))):
            tok = self.tokens[i]
            if i in self.cues and self.cues[i].role in ("verb", "continue"):
                if tok.sentence == self.tokens[mark].sentence and not self._coordinated(i):
                    return i
                return i if self.cues[i].role == "continue" and words > TERM_WORDS else None
            if tok.norm in self.lex.attributions:
                return None
            if tok.kind == "word":
                return None
        return None

    # --- unquoted speech after a colon ---------------------------------------
    def colon_candidates(self, direct: list[_Candidate]) -> list[_Candidate]:
        """وقال الوزير: نحن ندين …: the speech runs from the colon to the line's end or the next speech clause."""
        inside = [(c.content_start - 1, self.token_at(c.end) + 1) for c in direct]  # mark token indexes of each direct quote
        direct_marks = sorted(c.content_start - 1 for c in direct)
        used = {c.cue_index for c in direct}
        out: list[_Candidate] = []
        for k, tok in enumerate(self.tokens):
            if tok.norm != ":" or k + 1 >= len(self.tokens) or k == 0:
                continue
            if any(o <= k <= c for o, c in inside) or (out and out[-1].content_start <= k < self.token_at(out[-1].end) + 1):
                continue  # a colon inside a quote: قالت: «… يصرح: …»
            first = k + 1
            closer = COLON_MARKS.get(self.doc.text[self.tokens[first].start]) if self.tokens[first].kind != "word" else None
            if closer is not None and first not in direct_marks:
                first += 1  # وقال : ” هذا الدعم …”، حيث قال: (…): marks that the direct finder pairs with nothing
            if first >= len(self.tokens):
                continue
            nxt, prev = self.tokens[first], self.tokens[k - 1]
            quoted_before = self.doc.text[prev.start] in ('"', "»", "”")  # لـ"الوطن": the outlet told, in marks
            if prev.kind != "word" and not quoted_before or prev.norm in PREPOSITIONS or self._line_break(tok.end, nxt.start):
                continue  # 10:30, أسئلة عن: …, or the colon ends the line (a list or a heading follows)
            if nxt.kind != "word" or self._is_complementizer(nxt):
                continue  # «…» after the colon is a direct quote; قال: إن … is indirect speech
            cue_index = self._colon_cue(k)
            speaker = self._line_person(k) if cue_index is None else None
            if (cue_index is None and speaker is None) or cue_index in used:
                continue
            end_index = self._colon_end(first, direct_marks, closer)
            content = [t for t in self.tokens[first:end_index] if t.kind in ("word", "number")]
            if len(content) < 2:
                continue
            start, end = nxt.start, self.tokens[end_index - 1].end
            cue = self.cues[cue_index] if cue_index is not None else None
            out.append(_Candidate(first, start, end, True, cue_index, cue, colon=True, speaker=speaker))
        return out

    def _line_person(self, colon: int) -> Mention | None:
        """The person a line opens with when all that stands before the colon is that person's name, with titles,
        modifiers and nationalities before it (الأمير خالد الفيصل: …, a headline with no speech verb); else None
        (a place or an agency as a dateline, a bullet, a title with no name)."""
        i = colon - 1
        while i > 0 and not self._line_break(self.tokens[i - 1].end, self.tokens[i].start):
            i -= 1
        kb = knowledge_base()
        while i < colon:
            m = self._mention_starting_in(self.tokens[i])
            if m is not None and m.start == self.tokens[i].start:
                ok = m.label == "PER" and m.kind == "name" and m.end == self.tokens[colon - 1].end and not self._byline(m)
                return m if ok else None
            t = kb.title_at(self.tokens, i, "person", "role", "modifier", clitics=False)
            if t is not None:
                i = t.last + 1
            elif self.tokens[i].kind == "word" and self.tokens[i].norm in kb.nationality:
                i += 1
            else:
                return None
        return None

    def _byline(self, m: Mention) -> bool:
        """Is the person ``m`` also named alone on a line of the article (a byline: عبير الدخيل: تحرّش جدة is a
        column's title over the column, not the writer's speech)?"""
        text = self.doc.text
        for o in self.mentions:
            if o is m or o.label != "PER" or (o.entity != m.entity if m.entity else text[o.start : o.end] != text[m.start : m.end]):
                continue
            line_start, line_end = text.rfind("\n", 0, o.start) + 1, text.find("\n", o.end)
            if text[line_start : len(text) if line_end == -1 else line_end].strip() == text[o.start : o.end]:
                return True
        return False

    def _line_break(self, start: int, end: int) -> bool:
        return "\n" in self.doc.text[start:end]

    def _colon_cue(self, colon: int) -> int | None:
        """The speech cue a colon closes: the nearest cue before it in its sentence, within :data:`COLON_WINDOW`
        words, with no complementizer (قال إن الشروط هي:) or list word (التالي:) between."""
        sent = self.tokens[colon].sentence
        if self.tokens[colon - 1].norm in self.lex.list_leads:
            return None
        words = 0
        for i in range(colon - 1, -1, -1):
            tok = self.tokens[i]
            if tok.sentence != sent or words > COLON_WINDOW or tok.norm == ":":
                return None
            if i in self.cues:
                return i
            if tok.kind == "word" and (self._is_complementizer(tok) or tok.norm in self.lex.list_leads):
                return None
            words += tok.kind == "word"
        return None

    def _colon_end(self, first: int, direct_marks: list[int], closer: str | None = None) -> int:
        """Index after the last token of colon speech: the line's end, a direct quote, the next speech clause,
        or the mark that closes the one it opened with (``closer``)."""
        j = first
        while j < len(self.tokens) and j not in direct_marks and not self._line_break(self.tokens[first].start, self.tokens[j].start):
            if closer and self.tokens[j].kind != "word" and self.doc.text[self.tokens[j].start] in closer:
                break
            if j > first and j in self.cues and self.cues[j].role != "noun" and (self._opens_clause(j) or self._coordinated(j)):
                j -= self.tokens[j - 1].norm in ("،", ",")
                break
            j += 1
        while j > first and self.tokens[j - 1].kind in ("punct", "symbol"):
            j -= 1
        return max(j, first + 1)

    def _opens_clause(self, j: int) -> bool:
        """Does the cue at ``j`` follow a comma or stand among the first words of its sentence (ومن جهته قال)?"""
        if self.tokens[j - 1].norm in ("،", ","):
            return True
        sent, words = self.tokens[j].sentence, 0
        for i in range(j - 1, -1, -1):
            if self.tokens[i].sentence != sent:
                return True
            words += self.tokens[i].kind == "word"
            if words >= CLAUSE_OPEN:
                return False
        return True

    # --- indirect speech ------------------------------------------------------
    def indirect_candidates(self, used: set[int], direct: list[_Candidate]) -> list[_Candidate]:
        direct_marks = sorted(c.content_start - 1 for c in direct)
        inside = [(c.content_start - 1, self.token_at(c.end)) for c in direct]  # mark token indexes of each direct quote
        out: list[_Candidate] = []
        for ci, cue in self.cues.items():
            if ci in used or cue.role == "noun":
                continue
            if any(o < ci < c for o, c in inside):
                continue  # قال الله تعالى (… أن …) inside «…»: part of the direct quote, not a quote of its own
            sent = self.tokens[ci].sentence
            words = 0
            demand = False
            for j in range(ci + 1, len(self.tokens)):
                tok = self.tokens[j]
                if tok.sentence != sent or words > (DOCUMENT_WORDS if cue.role == "document" else CUE_WINDOW) or j in direct_marks or (j in self.cues and j != ci and words):
                    break
                demand = demand or (cue.kind == "call" and j <= ci + 2 and self._demand(tok))  # طالب (X) بـ…
                # مطالبين بتقديم المسؤولين إلى المحكمة: the demand is the ب phrase, a later إلى opens no content
                opens = self._is_complementizer(tok) or (cue.kind == "call" and not demand and tok.norm in self.lex.call_objects)
                if opens and j + 1 < len(self.tokens) and self.tokens[j + 1].sentence == sent:
                    first = j + 1
                    while first + 1 < len(self.tokens) and self.tokens[first].norm in (":", "،", ",") and self.tokens[first + 1].sentence == sent:
                        first += 1  # قال إن: هناك …: the mark after the complementizer is no part of the speech
                    end_index = self._content_end(first, direct_marks)
                    content = [t for t in self.tokens[first:end_index] if t.kind in ("word", "number")]
                    if len(content) >= 2:
                        start, end = self.tokens[first].start, self.tokens[end_index - 1].end
                        out.append(_Candidate(first, start, end, False, ci, cue))
                    break
                words += tok.kind == "word"
        return out

    def _content_end(self, first: int, direct_marks: list[int]) -> int:
        """Index after the last content token: sentence end, a direct quote, or the next cue (``، مؤكدا``، ``وأضاف``،
        ``ثم تابع``)."""
        sent = self.tokens[first].sentence
        j = first
        while j < len(self.tokens) and self.tokens[j].sentence == sent and j not in direct_marks:
            then = self.tokens[j - 1].norm == "ثم"
            if j > first and j in self.cues and self.cues[j].role != "noun" and (self.tokens[j - 1].norm in ("،", ",") or self._coordinated(j) or then):
                j -= then  # ، ثم تابع: …
                j -= self.tokens[j - 1].norm in ("،", ",")
                break  # ، مؤكدا … / وأضاف أن …: the next speech clause starts
            j += 1
        while j > first and self.tokens[j - 1].kind in ("punct", "symbol"):
            j -= 1
        return max(j, first + 1)

    # --- speakers and channels ------------------------------------------------
    def resolve_speaker(self, cand: _Candidate, last: Mention | None, quotes: list[Quote]) -> Mention | None:
        """The speaker of ``cand``; the implicit subject of a feminine cue (وأضافت، مشيرة, no subject after it) must be
        able to be its subject (:meth:`_can_be_feminine`: a woman, an organisation, a country); when the usual choice is
        not, it is the later of the last such speaker and the last woman named before the cue, else none."""
        speaker, implicit = self._speaker(cand, last, quotes)
        if not implicit or cand.cue is None or not cand.cue.feminine or speaker is None or self._can_be_feminine(speaker):
            return speaker
        cue_start = self.tokens[cand.cue_index].start if cand.cue_index is not None else 0
        spoken = next((m for m in reversed(self.spoken) if m.end <= cue_start and self._can_be_feminine(m)), None)
        woman = next((m for m in reversed(self.mentions[: bisect.bisect_left(self.mention_starts, cue_start)])
                      if m.label == "PER" and m.end <= cue_start and m.entity in self._women()), None)
        return max((m for m in (spoken, woman) if m is not None), key=lambda m: m.start, default=None)

    def _can_be_feminine(self, m: Mention) -> bool:
        """Can ``m`` be the subject of a feminine verb?  An organisation or a country; a group whose name ends like a
        feminine or a plural of things (الشرطة، القوات; not المحتجون); a person the article shows is a woman
        (:meth:`_women`); an unnamed speaker whose first word is feminine or takes a feminine adjective (رئيسة الفريق، مصادر
        مطلعة; not المحللون، مسؤول أمني، المدرب الفرنسي)."""
        if m.label in ("ORG", "GPE"):
            return True  # a capital stands for its country: طهران أكدت
        if m.label != "PER":
            return self.doc.text[m.start : m.end].endswith(("ة", "ات"))
        if m.kind == "description" and m.source == "rule:unnamed_speaker":
            if m.entity:
                return m.entity in self._women()
            words = fold(self.doc.text[m.start : m.end]).split()  # ة folds to ه
            return words[0].endswith(("ه", "ات")) or (len(words) > 1 and not words[1].startswith("ال") and words[1].endswith("ه"))
        return m.entity is not None and m.entity in self._women()

    def _feminine_title_word(self, i: int) -> bool:
        """Is token ``i`` a person title in the feminine (السيدة، الدكتورة، رئيسة، نائبة: a title of ``titles.tsv`` + ة)?"""
        if not 0 <= i < len(self.tokens) or self.tokens[i].kind != "word":
            return False
        tok = self.tokens[i]
        raw = self.doc.text[tok.start : tok.end]
        return raw.endswith("ة") and tok.norm[:-1].removeprefix("ال") in _person_titles()

    def _women(self) -> frozenset[str]:
        """Entities of persons the article shows are women: the subject right after a feminine speech verb (وقالت آنا
        رينولدز), or a person with a feminine title just before or after the name (السيدة X، X رئيسة مؤسسة، X، سفيرة …)."""
        if self._female is None:
            women: set[str] = set()
            for ci, cue in self.cues.items():
                if cue.feminine and cue.role in ("verb", "continue"):
                    stop = next((j for j in range(ci + 1, len(self.tokens)) if self.tokens[j].kind != "word"), len(self.tokens))
                    m = self._subject_after(ci, stop)  # not past a colon or a mark: وقالت: «أنت دونالد سذرلاند»
                    if m is not None and m.label == "PER" and m.entity:
                        women.add(m.entity)
            for m in self.mentions:
                if m.label == "PER" and m.entity:
                    i, k = self.token_at(m.start), self.token_at(max(m.end - 1, m.start))
                    if k + 2 < len(self.tokens) and self.tokens[k + 1].norm in ("،", ","):
                        k += 1  # سمانثا باور، سفيرة أميركا
                    if self._feminine_title_word(i - 1) or self._feminine_title_word(k + 1):
                        women.add(m.entity)
            self._female = frozenset(women)
        return self._female

    def _speaker(self, cand: _Candidate, last: Mention | None, quotes: list[Quote]) -> tuple[Mention | None, bool]:
        """The speaker of ``cand`` and whether it is an implicit subject (the previous speaker, the clause's subject or
        a mention before the cue) rather than a phrase after the cue."""
        if cand.speaker is not None:
            return cand.speaker, False  # الأمير خالد الفيصل: … (a line that opens with its speaker)
        if cand.cue_index is None or cand.cue is None:
            return last, True
        ci, role = cand.cue_index, cand.cue.role
        limit = cand.content_start if not cand.after else len(self.tokens)
        if role == "participle" and cand.cue.plural:
            return self._group_speaker(ci, quotes), True
        if role == "participle":
            return self._clause_speaker(ci, quotes) or last, True
        if role == "document":
            return self._author(ci, limit), False
        if role == "reported":
            if ci + 1 < len(self.tokens) and self.tokens[ci + 1].norm in self.lex.divine:
                return None, False  # مستدلا بقوله تعالى، بقوله صلى الله عليه وسلم: scripture, no mention speaks
            about = self._reported_about(ci)
            if about is not None:
                return self._reported_speaker(about, ci), False
            if self.tokens[ci].norm.startswith(("ب", "وب")):
                # ورد عباس بقوله إنه: the subject of the verb it completes; واصفا ذلك بقوله: the sentence's speaker
                return self._subject_in_clause(ci) or self._clause_speaker(ci, quotes) or last, True
            return self._clause_speaker(ci, quotes) or last, True  # في قوله إن: the one whose words they are
        if role in ("verb", "continue"):
            if ci + 1 < len(self.tokens) and self.tokens[ci + 1].norm in self.lex.divine:
                return None, False  # فقال سبحانه (…): a verse, God speaks
            if ci + 1 < min(limit, len(self.tokens)) and self.tokens[ci + 1].norm in self.lex.honorifics:
                return self._person_before(ci) or last, False  # وقال سماحته: the person named last, like a pronoun
            fronted = self._fronted_subject(ci)
            if fronted is not None:
                return fronted, False  # ولفتت إلى أن بحاح دعا خلال زيارته أهالي المدينة: after أن the subject comes first
            subject = self._verb_subject(ci, limit)
            if subject:
                return subject, False
            if role == "continue":
                return last, True
            if self._coordinated(ci):
                return self._clause_speaker(ci, quotes) or last, True
        antecedent = self._antecedent(ci)
        if antecedent is not None:
            return antecedent, False  # على "أبو بلال"، الذي قال لها إن: the relative's antecedent speaks, even behind على
        framed = self._copula_subject(ci)
        if framed is not None:
            return framed, False  # وكان مسؤول بمجلس شورى مقاتلي درنة قد صرح بأن
        unnamed = self._unnamed_before(ci)
        if unnamed is not None:
            return unnamed, False  # ولكن مسؤولين سودانيين قالوا إن: the unnamed sources stand before the verb
        before = self._mention_before(ci)
        return before or last, True

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        """The speaker mentions that start at or after ``start`` and end by ``end``, in order (the scan stops at ``end``)."""
        out = []
        for m in self.mentions[bisect.bisect_left(self.mention_starts, start) :]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def _copula_subject(self, ci: int) -> Mention | None:
        """كان X قد قال: the person or organisation named between the copula and قد, else that phrase when it opens with
        a source noun or a title (وكان مسؤول بمجلس شورى مقاتلي درنة قد صرح)."""
        if ci < 3 or self.tokens[ci - 1].norm != "قد":
            return None
        sent = self.tokens[ci].sentence
        for k in range(ci - 2, max(-1, ci - 2 - COPULA_WORDS), -1):
            tok = self.tokens[k]
            if tok.sentence != sent or tok.kind != "word" or k in self.cues:
                return None
            if tok.norm.removeprefix("و").removeprefix("ف") in ("كان", "كانت"):
                first, last = self.tokens[k + 1], self.tokens[ci - 2]
                if k + 1 > ci - 2:
                    return None
                named = next((m for m in self._mentions_in(first.start, last.end) if m.label in ("PER", "ORG") and not self._governed(m)), None)
                if named is not None:
                    return named
                head = first.norm.removeprefix("ال")
                if head in self.lex.source_heads or knowledge_base().title_at(self.tokens, k + 1, "person", "role") is not None:
                    return Mention(first.start, last.end, label="PER", kind="description", source="rule:unnamed_speaker")
                return None
        return None

    def _fronted_subject(self, ci: int) -> Mention | None:
        """The subject between أن/إن and the cue (أن بحاح دعا، إن الرئيس اليمني أكد): the mention there, or its words
        when the tagger named none (at most :data:`FRONTED_WORDS`)."""
        k, sent = ci - 1, self.tokens[ci].sentence
        while k >= 0 and ci - k <= FRONTED_WORDS and self.tokens[k].sentence == sent and self.tokens[k].kind == "word" \
                and not self._is_complementizer(self.tokens[k]) and k not in self.cues and self.tokens[k].norm not in PREPOSITIONS:
            k -= 1
        if k < 0 or k == ci - 1 or not self._is_complementizer(self.tokens[k]) or self.tokens[k].sentence != sent:
            return None
        first, last = self.tokens[k + 1], self.tokens[ci - 1]
        inside = self._mentions_in(first.start, last.end)
        if inside:
            return inside[0] if inside[0].label in ("PER", "ORG") else None
        if any(self.tokens[j].norm in self.lex.verb_particles or self.tokens[j].norm[:1] in ("ي", "ت") for j in range(k + 1, ci)):
            return None  # أن قد …، أن يكون: a verb or a particle, no subject
        return Mention(first.start, last.end, label="PER", kind="description", source="rule:fronted_speaker")

    def _coordinated(self, ci: int) -> bool:
        """Is the cue a verb joined to a preceding clause (وقال، فقال) in the same sentence?

        Its subject is then the preceding clause's subject, not the nearest mention before it
        (حث X الدول على إثارة القضية مع الصين وقال …: X speaks, not الصين)."""
        tok = self.tokens[ci]
        if tok.norm[:1] not in ("و", "ف") or tok.norm in self.lex.cues:
            return False
        return ci > 0 and self.tokens[ci - 1].sentence == tok.sentence

    def _governed(self, m: Mention) -> bool:
        """Is ``m`` the object of a preposition (مع الصين، بالقاهرة), or a place in the genitive of a noun behind one
        (بكورنيش جدة، في قطاع نجران)?  Such a mention is never a clause subject."""
        i = self.token_at(m.start)
        tok = self.tokens[i]
        if m.start > tok.start and any(ch in fold(self.doc.text[tok.start : m.start]) for ch in "بلك"):
            return True
        if _behind_li(m, tok):
            return True
        words = [t for t in self.tokens[max(i - 3, 0) : i] if t.kind == "word" and t.sentence == tok.sentence]
        if not words:
            return False
        prev = words[-1]
        if len(words) > 1 and words[-2].norm in self.lex.verb_particles:
            return False  # وقد عبر X: عبر is a verb here
        kb = knowledge_base()
        if len(words) > 1 and prev.norm in kb.org_heads:
            prev = words[-2]  # مع نادي النصر: the head noun is governed, and its name with it
        if any(skip == 1 and prev.norm[0] in "بلك" and (stem in kb.common or stem in kb.org_heads) for skip, stem in proclitic_splits(prev.norm, min_stem=3)):
            return True  # بكورنيش جدة: the genitive of a noun behind a preposition
        if m.label in PLACE_LABELS and len(words) > 1 and words[-2].norm in PREPOSITIONS and prev.norm in kb.common:
            return True  # في قطاع نجران، في بورصة لندن: a place, the genitive of a noun after a preposition
        return prev.norm in PREPOSITIONS or (prev.norm[:1] in ("و", "ف") and prev.norm[1:] in PREPOSITIONS)

    def _subject_after(self, ci: int, limit: int) -> Mention | None:
        sent = self.tokens[ci].sentence
        channel_tokens = self._channel_range(ci, limit)
        words = 0
        first = self._past_outlet(ci, limit)
        if first > ci + 1:
            channel_tokens = None
        for j in range(first, min(limit, len(self.tokens))):
            tok = self.tokens[j]
            if tok.sentence != sent or words >= SUBJECT_WINDOW:
                return None
            if channel_tokens and channel_tokens[0] <= j < channel_tokens[1]:
                return None
            m = self._mention_starting_in(tok)
            named = m is not None and m.start == tok.start and m.label == "PER"  # علي أحمدي: علي folds like the preposition على
            if tok.kind == "word" and (tok.norm in PREPOSITIONS or self._is_complementizer(tok)) and not named:
                if not (tok.norm in PREPOSITIONS and j > first and self._is_source_noun(first, j)):
                    return None
            if m is not None:
                if m.start > tok.start and tok.norm[:1] in ("ب", "ل", "ك"):
                    return None
                if j == first + 1 and self._adjectival(m) and self.tokens[first].norm in self.lex.source_heads:
                    return None  # وقالت متحدثة عسكرية إسرائيلية: the source noun speaks, described by the mention (_unnamed_subject)
                if j > first and self.tokens[j - 1].norm == "(":
                    return None  # وقال مصدر (أ.ف.ب) إن: the agency in brackets relays, the source before it speaks
                if j > first and self._for_titled_principal(first, j):
                    return None  # المتحدث باسم الرئيس الفلسطيني محمود عباس: the spokesman speaks (_unnamed_subject)
                if m.label != "PER" and j > first and self._titled(first):
                    return self._person_after(m, limit) or m  # المتحدث باسم الوزارة إيغور كوناشينكوف
                if m.label == "NORP" and m.kind != "agent":
                    person = self._person_after(m, limit)
                    if person is not None and (person.start - m.end <= 2 or self._apposed_words(m.end, person.start)):
                        return person  # وقال الفرنسي آرسين فينغر، الممثل الأميركي الخاص للشؤون التجارية مايكل فرومان
                if not _behind_li(m, tok):
                    return m  # but لليونان is governed by a preposition: look further
            words += tok.kind == "word"
        return None

    def _verb_subject(self, ci: int, limit: int) -> Mention | None:
        """The subject after a speech verb: the person or organisation there, else an unnamed source or title phrase
        (قالت مصادر عسكرية يمنية، وأضاف قائد عملية تحرير عدن: not Yemen or Aden), or the person named in apposition after
        it (… المتحدث الرسمي للإدارة … الرائد X), else whatever mention :meth:`_subject_after` found."""
        subject = self._subject_after(ci, limit)
        if subject is None or subject.label not in ("PER", "ORG"):
            unnamed = self._unnamed_subject(ci, limit)
            if unnamed is not None:
                return self._named_after(unnamed, limit) or unnamed
        return subject

    def _unnamed_subject(self, ci: int, limit: int) -> Mention | None:
        """The phrase of an unnamed speaker right after the cue: a source noun or a title that no mention covers.

        It runs to the first preposition, complementizer, attribution word (حسب), punctuation or mention of a person or organisation
        (at most :data:`UNNAMED_WORDS` words); the speaker then has evidence offsets but no entity."""
        j = self._past_outlet(ci, limit)
        if j >= min(limit, len(self.tokens)) or self.tokens[j].kind != "word" or self._mention_starting_in(self.tokens[j]):
            return None
        head = self.tokens[j].norm
        quantified = head in self.lex.quantifiers and j + 1 < len(self.tokens) and self.tokens[j + 1].norm == "من"
        if not quantified and head not in self.lex.source_heads and head.removeprefix("ال") not in self.lex.source_heads \
                and not knowledge_base().title_at(self.tokens, j, "person", "role") and not self._feminine_title_word(j) \
                and not (j > ci + 1 and self._named_before_content(j, limit)):
            return None  # وقالت الوزيرة «…»: a title in the feminine speaks too
        sent, end = self.tokens[ci].sentence, j
        described: Mention | None = None
        while end < min(limit, len(self.tokens)) and end - j < UNNAMED_WORDS:
            tok = self.tokens[end]
            if quantified and end == j + 1:
                end += 1  # عدد من المواطنين: the quantifier's من belongs to the phrase
                continue
            if tok.sentence != sent or tok.kind != "word" or tok.norm in PREPOSITIONS or self._is_complementizer(tok) or end in self.cues \
                    or tok.norm in self.lex.attributions or tok.norm in self.lex.conjunctions or self._in_time(tok):
                break  # … or المتحدث حسب ما نشرت: "according to" ends the phrase, الصحفية بعد أن: "after", الوزير اليوم: a date
            m = self._mention_starting_in(tok)
            if m is not None and m.label in ("PER", "ORG") and end > j and not (end == j + 1 and self._adjectival(m)):
                break
            if m is not None and end == j + 1 and self._adjectival(m):
                described = m  # متحدث عسكري إسرائيلي: the adjectives give the source its country and sector
            end += 1
        first, last = self.tokens[j], self.tokens[end - 1]
        entity = self._titled_person(j, end) or self._spokesman_before(j, end) or self._apposed_before(j) or self._source_before(j, end) \
            or (described.entity if described is not None and described.end <= last.end else None)
        return Mention(first.start, last.end, label="PER", kind="description", source="rule:unnamed_speaker", entity=entity)

    def _in_time(self, tok: Token) -> bool:
        """Does ``tok`` lie inside a time expression of the times stage?"""
        return any(t.start <= tok.start < t.end for t in self.doc.times)

    def _adjectival(self, m: Mention) -> bool:
        """A mention made of nisba adjectives alone (عسكري إسرائيلي، الإسرائيلية): it describes the noun before it."""
        first, last = self.token_at(m.start), self.token_at(max(m.start, m.end - 1))
        return all(self.tokens[k].kind == "word" and self.tokens[k].norm.endswith(NISBA_ENDINGS) for k in range(first, last + 1))

    def _author(self, ci: int, limit: int) -> Mention | None:
        """Who wrote the document after جاء في: the person named, else one with a title, else the organisation, before
        the content (بيان رئيس الإقليم مسعود برزاني، بيان لوزارة الخارجية الباكستانية); none for التقرير alone."""
        stop = self.tokens[min(limit, len(self.tokens) - 1, ci + DOCUMENT_WORDS + 1)].start
        found = [m for m in self._mentions_in(self.tokens[ci].end, stop) if m.label in ("PER", "ORG")]
        return next((m for m in found if m.label == "PER" and m.kind == "name"), None) or next((m for m in found if m.label == "PER"), None) \
            or next(iter(found), None)

    def _reported_about(self, ci: int) -> int | None:
        """The عن before a reported-speech noun (نقلت الوكالة عن X قوله), within :data:`REPORTED_WORDS` words."""
        words = 0
        for k in range(ci - 1, -1, -1):
            tok = self.tokens[k]
            if tok.sentence != self.tokens[ci].sentence or words > REPORTED_WORDS or k in self.cues:
                return None
            if tok.norm in ("عن", "وعن"):
                return k
            words += tok.kind == "word"
        return None

    def _reported_speaker(self, about: int, ci: int) -> Mention | None:
        """Who is quoted after عن: a mention (the person after a title, مستشار الرئيس X), an unnamed source, or the words
        up to the first preposition or mark, even a name the tagger does not know (عن ماجوميد دينييف من وزارة الداخلية)."""
        subject = self._subject_after(about, ci)
        if subject is not None:
            return subject
        unnamed = self._unnamed_subject(about, ci)
        if unnamed is not None:
            return unnamed
        end = about + 1
        while end < ci and end - about <= UNNAMED_WORDS and self.tokens[end].kind == "word" and self.tokens[end].norm not in PREPOSITIONS:
            end += 1
        if end == about + 1:
            return None
        return Mention(self.tokens[about + 1].start, self.tokens[end - 1].end, label="PER", kind="description", source="rule:reported_speaker")

    def _named_before_content(self, j: int, limit: int) -> bool:
        """Past a quoted outlet, do the words from ``j`` run straight to the complementizer (يوضح لـ "الاقتصادية"، ريتشار
        مار المختص النفطي أن)?  They are then the speaker, even with a name the tagger does not know."""
        for k in range(j, min(limit, len(self.tokens), j + UNNAMED_WORDS + 1)):
            tok = self.tokens[k]
            if self._is_complementizer(tok):
                return k > j
            if tok.kind != "word" or tok.norm in PREPOSITIONS or k in self.cues or tok.norm in self.lex.attributions:
                return False
        return False

    def _apposed_before(self, j: int) -> str | None:
        """The person an earlier occurrence of the role word at token ``j`` stood in apposition to, within
        :data:`APPOSED_WORDS` words after his name (أموس هوكستين المبعوث الخاص ومنسق شئون الطاقة … وأشار منسق شئون
        الطاقة: Hochstein speaks again)."""
        for k in self._earlier_word(j, self.tokens[j].norm.removeprefix("و").removeprefix("ال")):
            after = self._mention_starting_in(self.tokens[k + 1]) if k + 1 < len(self.tokens) else None
            if after is not None and after.label == "PER":
                continue  # والمدرب نادر يوسف: a title before a name, no apposition
            for n in range(k - 1, max(-1, k - 1 - APPOSED_WORDS), -1):
                m = self._mention_covering(self.tokens[n])
                if m is not None and m.label == "PER" and m.kind == "name":
                    return m.entity
                if self.tokens[n].kind != "word":
                    break
            return None
        return None

    def _earlier_word(self, j: int, word: str, article: bool = True) -> Iterator[int]:
        """Indices before token ``j``, nearest first, of the tokens that are ``word`` behind و (and ال when ``article``)."""
        for k in range(j - 1, -1, -1):
            norm = self.tokens[k].norm.removeprefix("و")
            if (norm.removeprefix("ال") if article else norm) == word:
                yield k

    def _mention_covering(self, tok: Token) -> Mention | None:
        """The mention that the token's start lies in."""
        k = bisect.bisect_right(self.mention_starts, tok.start) - 1
        m = self.mentions[k] if k >= 0 else None
        return m if m is not None and m.start <= tok.start < m.end else None

    def _source_before(self, j: int, end: int) -> str | None:
        """The unnamed source introduced last with the same noun, when tokens ``j``..``end`` are that noun alone and
        definite (قالت مصادر أمنية … وذكرت المصادر: the same security sources)."""
        norm = self.tokens[j].norm
        if end != j + 1 or not norm.startswith("ال") or norm[2:] not in self.lex.source_heads:
            return None
        for k in self._earlier_word(j, norm[2:], article=False):
            m = self._mention_starting_in(self.tokens[k])
            return m.entity if m is not None else None
        return None

    def _spokesman_before(self, j: int, end: int) -> str | None:
        """The organisation of the unnamed spokesman introduced last before token ``j``, when tokens ``j``..``end``
        are a bare spokesman title (متحدث باسم الدفاع المدني … وأضاف المتحدث: the civil defence speaks again)."""
        title = knowledge_base().title_at(self.tokens, j, "person")
        if title is None or title.last + 1 != end or title.values[0].relation != "spokesperson_of":
            return None
        for k in self._earlier_word(j, self.tokens[j].norm.removeprefix("ال")):
            if k + 2 < j and self.tokens[k + 1].norm == "باسم":
                m = self._mention_starting_in(self.tokens[k + 2])
                return m.entity if m is not None and m.label == "ORG" else None
        return None

    def _named_after(self, unnamed: Mention, limit: int) -> Mention | None:
        """A person named in apposition after an unnamed speaker's phrase, before the content (وأوضح المتحدث الرسمي
        للإدارة العامة للدفاع المدني بالعاصمة المقدسة الرائد X، أنه …): the first person's name within
        :data:`APPOSITION_WORDS` words after the phrase, in its sentence, with no punctuation, preposition,
        complementizer or cue before it; the words between may name the organisation, its place and the person's rank."""
        j = self.token_at(max(unnamed.end - 1, unnamed.start)) + 1
        sent, words = self.tokens[j - 1].sentence, 0
        if self._for_titled_principal(self.token_at(unnamed.start), j):
            return None  # المتحدثة باسم الممثلة العليا … فدريكا موغيريني: the name is the principal's, not the spokeswoman's
        while j < min(limit, len(self.tokens)) and words <= APPOSITION_WORDS:
            tok = self.tokens[j]
            field = tok.norm == "في" and j + 1 < len(self.tokens) and self.tokens[j + 1].norm.startswith("ال")  # الباحث في الشؤون الإسلامية X
            if tok.sentence != sent or tok.kind != "word" or tok.norm in PREPOSITIONS and not field or self._is_complementizer(tok) or j in self.cues:
                return None
            m = self._mention_starting_in(tok)
            if m is not None and m.start == tok.start:
                if m.label == "PER" and m.kind == "name" and not self._names_institution(j):
                    return m
                j = self.token_at(max(m.end - 1, m.start)) + 1  # the organisation the title belongs to: للدفاع المدني
                words += 1
                continue
            words += 1
            j += 1
        return None

    def _for_titled_principal(self, first: int, stop: int) -> bool:
        """Do tokens ``first``..``stop`` hold باسم and a person's title (المتحدث باسم الرئيس الفلسطيني)?  A name after
        them is the principal's, for whom the spokesperson speaks."""
        kb = knowledge_base()
        return any(self.tokens[k].norm == "باسم" and kb.title_at(self.tokens, k + 1, "person") is not None for k in range(first, min(stop, len(self.tokens) - 1)))

    def _names_institution(self, k: int) -> bool:
        """Does an institution head without the article stand before token ``k``, right before it or before the titles
        before it (مركز الملك سلمان، لمستشفى الأمير محمد; not مدير العلاقات بالمؤسسة X)?  The person at ``k`` names it."""
        kb = knowledge_base()
        i = k - 1
        for d in range(2, 5):
            if k - d >= 0 and (t := kb.title_at(self.tokens, k - d + 1, "person")) is not None and t.last == k - 1:
                i = k - d
                break
        if i < 0 or self.tokens[i].kind != "word":
            return False
        norm = self.tokens[i].norm
        heads = self.lex.institution_heads
        return norm in heads or any(stem in heads for _, stem in proclitic_splits(norm, min_stem=3))  # not بالمؤسسة X: no construct

    def _titled_person(self, j: int, end: int) -> str | None:
        """The entity of the one person introduced before token ``j`` with the title phrase that tokens
        ``j``..``end`` are (المدرب الفرنسي هيرفي رونار … وقال المدرب الفرنسي), else None."""
        phrase = title_phrase(self.tokens, j, knowledge_base())
        if phrase is None or phrase[1] != end:
            return None
        if self._introduced_by_title is None:
            self._introduced_by_title = titled_persons(self.doc, knowledge_base())
        return introduced_with(self._introduced_by_title, phrase[0], self.tokens[j].start)

    def _apposed_words(self, start: int, end: int) -> bool:
        """Are the characters ``start``..``end`` a few words of a role (الخاص للشؤون التجارية), with no mark, preposition,
        complementizer or cue, so that the name after them is the same person?"""
        between = [t for t in self.tokens[self.token_at(start) : self.token_at(end)] if t.start >= start and t.end <= end]
        return len(between) <= APPOSED_WORDS and all(t.kind == "word" and t.norm not in PREPOSITIONS and not self._is_complementizer(t)
                                                     and self.token_at(t.start) not in self.cues for t in between)

    def _titled(self, i: int) -> bool:
        """Does a person's title or role (المتحدث باسم، الرئيس، مدير) start at token ``i``?"""
        return knowledge_base().title_at(self.tokens, i, "person", "role") is not None

    def _person_after(self, org: Mention, limit: int) -> Mention | None:
        """A person named right after ``org`` (within two tokens), the real speaker of المتحدث باسم X Y."""
        k = bisect.bisect_right(self.mention_starts, org.start)
        stop = self.tokens[min(limit, len(self.tokens)) - 1].end
        while k < len(self.mentions) and self.mentions[k].start <= org.end + 30 and self.mentions[k].start < stop:  # not inside the quote
            if self.mentions[k].label == "PER":
                return self.mentions[k]
            k += 1
        return None

    def _is_source_noun(self, first: int, stop: int) -> bool:
        """Do tokens ``first``..``stop`` name an unnamed source (مصدر أمني) whose organisation follows?"""
        words = " ".join(t.norm for t in self.tokens[first:stop] if t.kind == "word")
        return words in self.lex.source_nouns

    def _mention_starting_in(self, tok: Token) -> Mention | None:
        k = bisect.bisect_left(self.mention_starts, tok.start)
        if k < len(self.mentions) and self.mentions[k].start < tok.end:
            return self.mentions[k]
        return None

    def _subject_in_clause(self, ci: int) -> Mention | None:
        """The first mention not behind a preposition between the start of the cue's clause (a word with و or ف, or a
        comma, within :data:`REPORTED_WORDS` words) and the cue: ورد عباس بقوله; none in فرد الفرنسي المخضرم بقوله."""
        sent, j, words = self.tokens[ci].sentence, ci - 1, 0
        while j >= 0 and self.tokens[j].sentence == sent and words <= REPORTED_WORDS:
            tok = self.tokens[j]
            if tok.norm in ("،", ",") or tok.kind == "word" and tok.norm[:1] in ("و", "ف") and tok.norm not in self.lex.cues:
                break
            words += tok.kind == "word"
            j -= 1
        start, end = self.tokens[max(j, 0)].start, self.tokens[ci].start
        for m in self._mentions_in(start, end):
            if (m.label in ("PER", "ORG", "GPE") or m.kind == "agent") and not self._governed(m):
                return m  # … also a group: ووصف أحد السكان المحليين حالة الرعب بقوله
        return None

    def _antecedent(self, ci: int) -> Mention | None:
        """The mention a relative pronoun right before the cue refers to (X، الذي قال): it ends right before the pronoun,
        past a comma or a closing mark."""
        j = ci - 1
        if j < 1 or self.tokens[j].norm not in _relatives():
            return None
        j -= 1
        while j >= 0 and self.tokens[j].kind in ("punct", "symbol") and self.tokens[j].sentence == self.tokens[ci].sentence:
            j -= 1
        if j < 0 or self.tokens[j].sentence != self.tokens[ci].sentence:
            return None
        k = bisect.bisect_right(self.mention_starts, self.tokens[j].start) - 1
        while k >= 0 and self.mentions[k].end > self.tokens[j].end:
            k -= 1
        m = self.mentions[k] if k >= 0 else None
        return m if m is not None and m.end >= self.tokens[j].start and m.label in ("PER", "ORG") else None

    def _mention_before(self, ci: int) -> Mention | None:
        tok = self.tokens[ci]
        sent_start = self.doc.sentences[tok.sentence].start if self.doc.sentences else 0
        k = bisect.bisect_left(self.mention_starts, tok.start) - 1
        while k >= 0 and self.mentions[k].start >= sent_start:
            m = self.mentions[k]
            if m.end <= tok.start and m.label in ("PER", "ORG", "GPE") and not self._governed(m):
                return m  # not إلى تعز: a place after a preposition never speaks
            k -= 1
        return None

    def _unnamed_before(self, ci: int) -> Mention | None:
        """A source noun right before the cue, with only relational adjectives between (مسؤولين سودانيين قالوا): the
        unnamed speaker of a verb whose subject comes first."""
        sent = self.tokens[ci].sentence
        for k in range(ci - 1, max(-1, ci - 1 - FRONTED_WORDS), -1):
            tok = self.tokens[k]
            if tok.sentence != sent or tok.kind != "word":
                return None
            bare = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and tok.norm[1:] in self.lex.source_heads else tok.norm
            if bare in self.lex.source_heads:
                described = self._mention_starting_in(self.tokens[k + 1]) if k + 1 < ci else None
                entity = described.entity if described is not None and described.end <= self.tokens[ci - 1].end else None
                start = tok.start + 1 if bare != tok.norm else tok.start  # past و or ف
                return Mention(start, self.tokens[ci - 1].end, label="PER", kind="description", source="rule:unnamed_speaker", entity=entity)
            if not tok.norm.endswith(NISBA_ENDINGS):
                return None
        return None

    def _person_before(self, ci: int) -> Mention | None:
        """The last person named before token ``ci``, in any earlier sentence (the referent of سماحته، سموه)."""
        cue_start = self.tokens[ci].start
        k = bisect.bisect_left(self.mention_starts, cue_start) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.label == "PER" and m.kind == "name" and m.end <= cue_start:
                return m
            k -= 1
        return None

    def _clause_speaker(self, ci: int, quotes: list[Quote]) -> Mention | None:
        """The speaker a participle or a coordinated verb hangs on: the last quote's speaker in this sentence,
        or the sentence subject (its first mention not governed by a preposition)."""
        sent = self.tokens[ci].sentence
        cue_start = self.tokens[ci].start
        for q in reversed(quotes):
            if q.speaker_start is not None and q.start < cue_start and self.doc.sentence_of(q.start) == sent:
                return next((m for m in self.mentions if m.start == q.speaker_start and m.end == q.speaker_end), None)
        s = self.doc.sentences[sent]
        for m in self.mentions[bisect.bisect_left(self.mention_starts, s.start) :]:
            if m.start >= cue_start:
                break
            if m.label in ("PER", "ORG", "GPE") and not self._governed(m):
                return m
        return None

    def _group_speaker(self, ci: int, quotes: list[Quote]) -> Mention | None:
        """The group a plural participle (مؤكدين، مشيرين) hangs on: the speaker of the last quote before it in its
        sentence, else the subject after the last speech verb before it in the sentence (a group, not one person's name
        or a place), else the subject of the sentence's first clause, before any complementizer: a mention among its first :data:`SUBJECT_WINDOW` + 1
        words that no preposition governs (or only the من of a quantifier: عدد من الأهالي) and is neither one person's name
        nor a place (أبدى الأهالي …، مشيرين; not وعبر أبناء الشيخ X …، داعين, nor شكا سكان حي الفاروق …، لافتين);
        else None, never an earlier sentence's speaker."""
        sent = self.tokens[ci].sentence
        cue_start = self.tokens[ci].start
        for q in reversed(quotes):
            if q.speaker_start is not None and q.start < cue_start and self.doc.sentence_of(q.start) == sent:
                return next((m for m in self.spoken if m.start == q.speaker_start and m.end == q.speaker_end), None)
        for j in range(ci - 1, -1, -1):
            if self.tokens[j].sentence != sent:
                break
            if j in self.cues and self.cues[j].role in ("verb", "continue"):
                subject = self._subject_after(j, ci)  # وأعرب المواطنون عن تقديرهم …، مؤكدين: the clause's speech verb
                if subject is None or subject.label not in ("PER", "ORG", "NORP"):
                    subject = self._unnamed_subject(j, ci)
                return subject if subject is not None and subject.label != "GPE" and not (subject.label == "PER" and subject.kind == "name") else None
        s = self.doc.sentences[sent]
        words = 0
        for i in range(self.token_at(s.start), ci):
            tok = self.tokens[i]
            if words > SUBJECT_WINDOW or (tok.kind == "word" and self._is_complementizer(tok)):
                return None  # وقالوا إن الأجهزة الأمنية …، مؤكدين: a name inside the content is no subject
            m = self._mention_starting_in(tok)
            if m is not None and m.start < tok.end and m.end <= cue_start and m.label in SPEAKER_LABELS:
                quantified = i >= 2 and self.tokens[i - 1].norm == "من" and self.tokens[i - 2].norm.lstrip("وف") in self.lex.quantifiers
                if quantified or not self._governed(m):
                    return None if (m.label == "PER" and m.kind == "name") or m.label == "GPE" else m
            words += tok.kind == "word"
        return None

    def _outlet_after(self, j: int, limit: int) -> int | None:
        """The index after a quoted outlet addressed with لـ at token ``j`` (وقال لـ«الحياة»، يوضح لـ "الاقتصادية"):
        the paper the speaker talked to, never the speaker."""
        if self.tokens[j].norm != "ل" or j + 1 >= limit or self.tokens[j + 1].norm not in OUTLET_MARKS:
            return None
        closers = OUTLET_MARKS[self.tokens[j + 1].norm]
        for k in range(j + 2, min(limit, j + 2 + OUTLET_WORDS + 1)):
            if self.tokens[k].norm in closers:
                named = self._mention_starting_in(self.tokens[j + 2])
                if named is not None and named.sector not in (None, "MED"):
                    return None  # الأمين العام لـ«أوبك»، بالنسبة لـ«حزب الله»: ل of a group that is no medium
                return k + 1 if k > j + 2 else None
            if self.tokens[k].kind != "word":
                return None
        return None

    def _past_outlet(self, ci: int, limit: int) -> int:
        """Where the cue's subject may start: right after the cue, or past a quoted outlet and its comma
        (ويقول لـ "الاقتصادية"، جون تايلر … إن)."""
        outlet = self._outlet_after(ci + 1, min(limit, len(self.tokens))) if ci + 1 < len(self.tokens) else None
        if outlet is None:
            return ci + 1
        return outlet + (outlet < len(self.tokens) and self.tokens[outlet].norm in ("،", ","))

    def _channel_range(self, ci: int, limit: int) -> tuple[int, int] | None:
        """Token range of a channel phrase between the cue and the content, if any."""
        limit = min(limit, len(self.tokens))
        for j in range(ci + 1, limit):
            if (outlet := self._outlet_after(j, limit)) is not None:
                return j, outlet  # قال لـ«الحياة»، قال مصدر محلي لـ"الاقتصادية"
            for phrase in self.lex.channels.get(self.tokens[j].norm, ()):
                n = len(phrase)
                if tuple(t.norm for t in self.tokens[j : j + n]) == phrase:
                    return j, j + n
        return None

    def _relay_channel(self, ci: int) -> tuple[int, int, str | None] | None:
        """The subject of the relay verb before عن … قوله (ونقلت وكالة رويترز عن X قوله): the mention right after the verb,
        or its words up to a time word or a mark (نقلت وسائل إعلام محلية أمس عن)."""
        about = self._reported_about(ci)
        if about is None:
            return None
        for k in range(about - 1, max(-1, about - REPORTED_WORDS - 1), -1):
            tok = self.tokens[k]
            if tok.sentence != self.tokens[ci].sentence:
                return None
            if tok.norm in self.lex.relays or tok.norm[1:] in self.lex.relays and tok.norm[:1] in ("و", "ف"):
                m = self._mention_starting_in(self.tokens[k + 1]) if k + 1 < about else None
                if m is not None and m.end <= self.tokens[about].start:
                    return m.start, m.end, m.entity
                end = k + 1
                while end < about and self.tokens[end].kind == "word" and not self._in_time(self.tokens[end]):
                    end += 1
                return (self.tokens[k + 1].start, self.tokens[end - 1].end, None) if end > k + 1 else None
        return None

    def channel(self, cand: _Candidate) -> tuple[int, int, str | None] | None:
        if cand.cue_index is None:
            return None
        if cand.cue is not None and cand.cue.role == "reported":
            return self._relay_channel(cand.cue_index)
        limit = cand.content_start if not cand.after else min(cand.cue_index + 12, len(self.tokens))
        rng = self._channel_range(cand.cue_index, limit)
        if rng is None:
            return None
        first, last = self.tokens[rng[0]], self.tokens[rng[1] - 1]
        start, end, entity = first.start, last.end, None
        medium = self._channel_medium(rng)
        if medium is not None:
            m, tok = medium
            end, entity = max(end, m.end), m.entity
            after = self.token_at(m.end - 1) + 1
            if tok.start > last.end and after < len(self.tokens) and self.tokens[after].start == m.end and self.tokens[after].norm in ("»", '"', "”"):
                end = self.tokens[after].end  # … قناة «روسيا اليوم»: the closing mark with the name
        return start, end, entity

    def _channel_medium(self, rng: tuple[int, int]) -> tuple[Mention, Token] | None:
        """The organisation a channel phrase (token range ``rng``) names, and the token it starts in: inside a quoted
        outlet's marks (قال لـ«الحياة»), else in the phrase's last word or right after it (لوكالة الصحافة الفرنسية), or
        in marks after a medium noun (في لقاء مع قناة «روسيا اليوم»)."""
        last = self.tokens[rng[1] - 1]
        nxt = rng[1] if rng[1] < len(self.tokens) else None
        if self._outlet_after(rng[0], rng[1]) == rng[1]:
            probe = self.tokens[rng[0] + 2 : rng[1] - 1]  # the outlet's name inside its marks; what follows is the speaker
        else:
            probe = [last] + ([self.tokens[nxt]] if nxt is not None else [])
            if nxt is not None and nxt + 2 < len(self.tokens) and self.tokens[nxt].kind == "word" and self.tokens[nxt + 1].norm in OUTLET_MARKS:
                probe.append(self.tokens[nxt + 2])  # في لقاء مع قناة «روسيا اليوم»: the channel's name in its marks
        for tok in probe:
            m = self._mention_starting_in(tok)
            if m is not None and m.label == "ORG":
                return m, tok
        return None


register("quotes", requires={"entities"}, provides={"quotes"})(QuotesStage)
