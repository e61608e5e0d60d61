"""Relations between actors, read from the syntax around cue words.

Cues and their frames live in ``relation_cues.tsv``.  Every relation carries
its evidence span, from the first to the last of head, cue and tail when they
stand in one sentence.  Pronouns fused to a cue (زعيمها، عنها) take as
antecedent the organisation the sentence is about: the nearest one before for
titles, the sentence's first named organisation other than the head for
prepositions.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from rasid.document import Document, Mention, Relation, Timex
from rasid.knowledge.actors import knowledge_base
from rasid.knowledge.lexicon import load_tsv
from rasid.pipeline import register
from rasid.text.normalize import fold

RELATIVE_PRONOUNS = {"التي", "الذي", "الذين", "اللتي", "اللذي"}
PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
SKIP_PUNCT = {"،", ",", '"', "«", "»", "“", "”", "(", ")"}
MAX_GAP = 3  # tokens allowed between a cue and its argument (adverbs, quotes, titles)
ORG_LABELS = {"ORG"}
PER_LABELS = {"PER"}


@dataclass(frozen=True)
class RelationCue:
    words: tuple[str, ...]
    relation: str
    frame: str


@lru_cache(maxsize=1)
def load_cues() -> tuple[RelationCue, ...]:
    cues = [RelationCue(tuple(fold(r["form"]).split()), r["relation"], r["frame"]) for r in load_tsv("relation_cues.tsv")]
    return tuple(sorted(cues, key=lambda c: len(c.words), reverse=True))


class RelationsStage:
    """Find spokesperson_of, leader_of, member_of, branch_of, allied_with, split_from and founded_in."""

    def __init__(self) -> None:
        self.cues = load_cues()
        self.first_words: dict[str, list[RelationCue]] = {}
        for cue in self.cues:
            self.first_words.setdefault(cue.words[0], []).append(cue)

    def __call__(self, doc: Document) -> Document:
        ctx = _Context(doc)
        found: list[Relation] = []
        seen: dict[tuple[str, str, str], int] = {}
        for i, tok in enumerate(doc.tokens):
            if tok.kind != "word":
                continue
            norm = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and tok.norm[1:] in self.first_words else tok.norm
            for cue in self.first_words.get(norm, ()):
                end = ctx.match(i, cue.words)
                if end is None:
                    continue
                rel = getattr(ctx, f"frame_{cue.frame}")(i, end, cue)
                if rel is None:
                    continue
                key = (rel.type, rel.head, rel.tail)
                if rel.head == rel.tail:
                    break
                if key not in seen:
                    seen[key] = len(found)
                    rel.id = f"r{len(found) + 1}"
                    found.append(rel)
                elif rel.time and not found[seen[key]].time:  # the same fact, restated with its date
                    rel.id = found[seen[key]].id
                    found[seen[key]] = rel
                break
        doc.relations = found
        return doc


class _Context:
    def __init__(self, doc: Document) -> None:
        self.doc, self.tokens = doc, doc.tokens
        self.mentions = sorted((m for m in doc.mentions if m.entity), key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.token_starts = [t.start for t in self.tokens]

    # --- matching ---------------------------------------------------------------
    def match(self, i: int, words: tuple[str, ...]) -> int | None:
        """Index after the cue if ``words`` match from token ``i`` (a final ل may be a clitic)."""
        j = i
        for k, w in enumerate(words):
            if j >= len(self.tokens):
                return None
            norm = self.tokens[j].norm
            if k == 0 and norm != w:
                norm = norm[1:]
            if k == len(words) - 1 and len(w) == 1 and k > 0:
                return j if norm.startswith(w) else None
            if k > 0 and len(words) > 1 and w in ("مع", "عن") and norm != w:
                # verb … adverb … preposition: allow adverbs (رسمياً، حديثاً) and a fused pronoun (عنها)
                j = self._find_preposition(j, w)
                if j is None:
                    return None
                return j + 1
            if norm != w:
                return None
            j += 1
        return j

    def _find_preposition(self, j: int, prep: str) -> int | None:
        sent = self.tokens[j].sentence
        for k in range(j, min(j + MAX_GAP, len(self.tokens))):
            tok = self.tokens[k]
            if tok.sentence != sent:
                return None
            if tok.norm == prep or (tok.norm.startswith(prep) and tok.norm[len(prep):] in PRONOUN_SUFFIXES):
                return k
        return None

    # --- mentions around a position ----------------------------------------------
    def mention_at_token(self, j: int, labels: set[str]) -> Mention | None:
        """The mention starting in token ``j`` or within a short gap after it (same sentence)."""
        if j >= len(self.tokens):
            return None
        sent = self.tokens[j].sentence
        for k in range(j, min(j + MAX_GAP, len(self.tokens))):
            tok = self.tokens[k]
            if tok.sentence != sent:
                return None
            idx = bisect.bisect_left(self.mention_starts, tok.start)
            while idx < len(self.mentions) and self.mentions[idx].start < tok.end:
                m = self.mentions[idx]
                if m.label in labels:
                    return m
                if m.label == "PER" and "PER" not in labels:
                    return None  # أمير عسير رجال الأمن: a name fills the slot, the group after it is another phrase
                idx += 1
            if tok.kind == "word" and k > j and tok.norm not in ("مولانا", "الشيخ", "العميد", "اللواء", "العقيد", "الدكتور"):
                return None
        return None

    def mention_ending_before(self, i: int, labels: set[str]) -> Mention | None:
        """The mention that ends right before token ``i`` (skipping commas and quote marks)."""
        k = i - 1
        while k >= 0 and self.tokens[k].norm in SKIP_PUNCT:
            k -= 1
        if k < 0 or self.tokens[k].sentence != self.tokens[i].sentence:
            return None
        end = self.tokens[k].end
        hi = bisect.bisect_left(self.mention_starts, end)
        for m in reversed(self.mentions[max(0, hi - 40) : hi]):
            if m.end == end and m.label in labels:
                return m
        return None

    def topic_before(self, i: int, labels: set[str], exclude: str | None = None, first: bool = False) -> Mention | None:
        """The nearest (or the sentence's first) mention before token ``i`` in its sentence."""
        sent = self.doc.sentences[self.tokens[i].sentence] if self.doc.sentences else None
        lo = sent.start if sent else 0
        window = self.mentions[bisect.bisect_left(self.mention_starts, lo) : bisect.bisect_left(self.mention_starts, self.tokens[i].start)]
        cands = [m for m in window if m.end <= self.tokens[i].start and m.label in labels and m.entity != exclude]
        names = [m for m in cands if m.kind == "name"] or cands
        if not names:
            return None
        return names[0] if first else names[-1]

    def relative_head(self, i: int) -> Mention | None:
        """Subject of a clause: the organisation before التي/الذي, else the nearest one before."""
        sent = self.tokens[i].sentence
        for k in range(i - 1, -1, -1):
            tok = self.tokens[k]
            if tok.sentence != sent:
                break
            if tok.norm in RELATIVE_PRONOUNS:
                m = self.mention_ending_before(k, ORG_LABELS)
                if m:
                    return m
        return self.topic_before(i, ORG_LABELS)

    def _after_role(self, m: Mention) -> bool:
        """Is ``m`` the genitive of a role noun (مستشار X، نائب X), not a person in apposition?"""
        k = bisect.bisect_left(self.token_starts, m.start) - 1
        return k >= 0 and knowledge_base().title_at(self.tokens, k, "role", clitics=False) is not None

    def _joined_by_and(self, j: int, m: Mention) -> bool:
        """Does mention ``m`` start after a coordinating و at token ``j`` (والرئيس، ووزير)?"""
        tok = self.tokens[j]
        return tok.start < m.start < tok.end and fold(self.doc.text[tok.start : m.start]) == "و"

    def evidence(self, *spans: tuple[int, int]) -> tuple[int, int]:
        sentence_of = self.doc.sentence_of
        anchor = sentence_of(spans[0][0])
        same = [s for s in spans if sentence_of(s[0]) == anchor]
        return min(s[0] for s in same), max(s[1] for s in same)

    def _relation(self, cue: RelationCue, i: int, end: int, head: Mention, tail: Mention, tail_span: tuple[int, int] | None = None) -> Relation:
        """``tail_span`` replaces the tail's own span as evidence when the tail is a fused pronoun (عنها)."""
        cue_span = (self.tokens[i].start, self.tokens[end - 1].end)
        start, stop = self.evidence(cue_span, (head.start, head.end), tail_span or (tail.start, tail.end))
        return Relation(start, stop, type=cue.relation, head=head.entity or "", tail=tail.entity or "", source=f"{cue.frame}:{' '.join(cue.words)}")

    # --- frames -----------------------------------------------------------------
    def frame_title_org(self, i: int, end: int, cue: RelationCue) -> Relation | None:
        last = self.tokens[end - 1]
        fused = cue.words[-1].endswith(PRONOUN_SUFFIXES) and len(cue.words) == 1 and last.norm == cue.words[-1]
        if fused:
            org = self.topic_before(i, ORG_LABELS)
            person = self.mention_at_token(end, PER_LABELS)
        else:
            clitic = len(cue.words[-1]) == 1
            org = self.mention_at_token(end - 1 if clitic else end, ORG_LABELS | {"GPE"})
            if org is None:
                return None
            person = self.mention_ending_before(i, PER_LABELS)
            if person is not None and (person.kind != "name" or self._after_role(person)):
                person = None  # التقى وزير الخارجية الأمين العام لـX; مستشار خادم الحرمين أمير منطقة مكة: another person
            if person is None:
                org_end = bisect.bisect_left(self.token_starts, org.end)
                person = self.mention_at_token(org_end, PER_LABELS)
                if person is not None and org_end < len(self.tokens) and (self._joined_by_and(org_end, person) or self.tokens[org_end].norm in knowledge_base().stopwords):
                    person = None  # رئيس الائتلاف ووزير الخارجية، رئيس ريال مدريد مع راموس: another party, not the leader
        if org is None or person is None:
            return None
        return self._relation(cue, i, end, person, org)

    def frame_relative_verb(self, i: int, end: int, cue: RelationCue) -> Relation | None:
        if i == 0 or self.tokens[i - 1].norm not in RELATIVE_PRONOUNS:
            return None
        org = self.mention_ending_before(i - 1, ORG_LABELS)
        person = self.mention_at_token(end, PER_LABELS)
        if org is None or person is None:
            return None
        return self._relation(cue, i, end, person, org)

    def frame_verb_prep(self, i: int, end: int, cue: RelationCue) -> Relation | None:
        head = self.relative_head(i)
        if head is None:
            return None
        prep_tok = self.tokens[end - 1]
        if prep_tok.norm != cue.words[-1]:
            tail = self.topic_before(i, ORG_LABELS, exclude=head.entity, first=True)
            extra = (prep_tok.start, prep_tok.end)
        else:
            tail = self.mention_at_token(end, ORG_LABELS)
            extra = None
        if tail is None:
            return None
        rel = self._relation(cue, i, end, head, tail, extra)
        rel.time = self._time_after(tail if extra is None else None, end)
        return rel

    def frame_apposition(self, i: int, end: int, cue: RelationCue) -> Relation | None:
        head = self.mention_ending_before(i, ORG_LABELS)
        if head is None:
            return None
        tail = self.mention_at_token(end, ORG_LABELS)
        if tail is None:
            return None
        return self._relation(cue, i, end, head, tail)

    def frame_verb_time(self, i: int, end: int, cue: RelationCue) -> Relation | None:
        head = self.relative_head(i)
        timex = self._timex_near(end)
        if head is None or timex is None:
            return None
        cue_span = (self.tokens[i].start, self.tokens[end - 1].end)
        start, stop = self.evidence(cue_span, (head.start, head.end), (timex.start, timex.end))
        return Relation(start, stop, type=cue.relation, head=head.entity or "", tail=timex.id, time=timex.id,
                        source=f"{cue.frame}:{' '.join(cue.words)}")

    # --- time ---------------------------------------------------------------------
    def _timex_near(self, j: int) -> Timex | None:
        if j >= len(self.tokens):
            return None
        lo = self.tokens[j].start
        hi = self.tokens[min(j + MAX_GAP, len(self.tokens) - 1)].end
        return next((t for t in self.doc.times if lo <= t.start < hi), None)

    def _time_after(self, tail: Mention | None, end: int) -> str | None:
        """A time expression later in the same clause (انشقت عن X … في ايلول)."""
        sent = self.tokens[end - 1].sentence
        lo = tail.end if tail else self.tokens[end - 1].end
        hi = self.doc.sentences[sent].end if self.doc.sentences else len(self.doc.text)
        window = [t for t in self.doc.times if lo <= t.start < hi and t.start - lo < 80]
        return window[0].id if window else None


register("relations", requires={"entities"}, provides={"relations"})(RelationsStage)
