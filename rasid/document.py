"""The one data model every stage reads and extends.

A :class:`Document` keeps the original article text unchanged and holds layers of
facts over it.  Every fact is a span with half-open code-point offsets into
``Document.text``; its evidence is always ``doc.text[start:end]`` and is never
stored separately, so it cannot drift from the source.
"""

from __future__ import annotations

from bisect import bisect_right

import json
from dataclasses import dataclass, field, fields
from typing import Any, Iterator

SCHEMA_VERSION = "1.1"


@dataclass(slots=True)
class Span:
    """A half-open ``[start, end)`` range of the original text."""

    start: int
    end: int

    def text(self, doc: "Document") -> str:
        return doc.text[self.start : self.end]


@dataclass(slots=True)
class Sentence(Span):
    pass


@dataclass(slots=True)
class Token(Span):
    """A surface token, with its folded form and clitic analysis.

    ``norm`` is the folded token (see :mod:`rasid.text.normalize`).  ``prefix``
    and ``suffix`` are folded clitic strings stripped from ``norm`` to give
    ``stem``; they are a best guess, and matchers try both the whole token and
    the stem.
    """

    norm: str = ""
    kind: str = "word"  # word | number | latin | punct | symbol
    sentence: int = 0
    prefix: str = ""
    stem: str = ""
    suffix: str = ""


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # mention labels that name places


@dataclass(slots=True)
class Mention(Span):
    """One textual mention of an entity (a name, a description or a pronoun)."""

    id: str = ""
    label: str = ""  # PER ORG GPE LOC FAC NORP
    kind: str = "name"  # name | agent (a generic role group: الشرطة، مسلحون) | description | pronoun | title
    actor: str | None = None  # actor-dictionary id when linked
    entity: str | None = None  # id of the Entity this mention belongs to
    source: str = ""  # the rule, lexicon row or model that produced it
    score: float = 1.0
    fine: str | None = None  # fine class (Politician, Police, …) when known
    country: str | None = None  # ISO3, from the dictionary or a nationality adjective (الشرطة المصرية)
    sector: str | None = None  # CAMEO/PLOVER sector (GOV, MIL, COP, REB, …)


@dataclass(slots=True)
class Entity:
    """Mentions merged by in-document coreference, linked to an actor when known."""

    id: str
    label: str
    name: str  # canonical Arabic name (the longest name mention)
    mentions: list[str] = field(default_factory=list)
    actor: str | None = None
    name_en: str | None = None
    type: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Timex(Span):
    """A time expression with its resolved value.

    ``value`` is an ISO 8601 date, month or year when it can be resolved;
    ``relative`` is an offset such as ``-P1D`` against the publication date
    when no date was given.
    """

    id: str = ""
    kind: str = "date"  # date | month | year | weekday | relative | hijri
    value: str | None = None
    relative: str | None = None
    calendar: str = "gregorian"
    consistent: bool | None = None  # weekday agrees with the resolved date
    source: str = ""


@dataclass(slots=True)
class Quantity(Span):
    """A count, with its range, approximation and counted noun."""

    id: str = ""
    low: float | None = None
    high: float | None = None
    approx: str | None = None  # about | more_than | less_than | up_to | at_least
    unit: str | None = None  # folded counted noun, e.g. مقاتل
    unit_start: int | None = None
    unit_end: int | None = None
    source: str = ""


@dataclass(slots=True)
class Quote(Span):
    """Reported speech: ``start``/``end`` cover the quoted content."""

    id: str = ""
    direct: bool = True
    speaker: str | None = None  # Entity id
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue: str | None = None  # folded speech verb
    channel: str | None = None  # Entity id of the medium (e.g. AFP)
    channel_start: int | None = None
    channel_end: int | None = None
    source: str = ""


@dataclass(slots=True)
class Event(Span):
    """A PLOVER event; ``start``/``end`` is the trigger."""

    id: str = ""
    type: str = ""  # PLOVER category, e.g. AGREE
    mode: str | None = None  # PLOVER mode, e.g. military
    source_actor: str | None = None  # Entity id
    target_actor: str | None = None
    locations: list[str] = field(default_factory=list)  # Entity ids
    time: str | None = None  # Timex id
    quantity: str | None = None  # Quantity id
    modality: str = "asserted"  # asserted | pledged | negated | claimed | possible
    claimed_by: str | None = None  # Entity id of the speaker
    quote: str | None = None  # Quote id when the event is reported speech
    repeat_of: str | None = None  # id of the same event in an earlier sentence that this one repeats (a headline)
    sentence: int = 0
    source: str = ""  # lexicon row / rule
    score: float = 1.0
    # evidence of the arguments (also when no entity is linked): text[source_start:source_end] is the source phrase
    source_start: int | None = None
    source_end: int | None = None
    target_start: int | None = None
    target_end: int | None = None
    source_country: str | None = None  # actor code of the source phrase: ISO3 country and PLOVER sector (GOV, MIL, CVL …)
    source_sector: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    argument_model: list[str] = field(default_factory=list)  # slots ("source", "target") filled by the learned argument model


@dataclass(slots=True)
class Relation(Span):
    """A typed relation between two entities; ``start``/``end`` is the evidence."""

    id: str = ""
    type: str = ""  # spokesperson_of | leader_of | branch_of | member_of | allied_with | split_from | founded_in
    head: str = ""  # Entity id
    tail: str = ""  # Entity id, or a Timex id for founded_in
    time: str | None = None
    source: str = ""


LAYERS = ("sentences", "tokens", "mentions", "entities", "times", "quantities", "quotes", "events", "relations")


@dataclass
class Document:
    """An article and every layer of facts found in it."""

    text: str
    published: str | None = None  # ISO date the article appeared
    id: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)  # names of the stages that ran
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    # --- lookups -----------------------------------------------------------
    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        index = self._cache.get("entity_index")
        if index is None or len(index) != len(self.entities):
            index = {e.id: e for e in self.entities}
            self._cache["entity_index"] = index
        return index.get(entity_id)

    def mention(self, mention_id: str) -> Mention | None:
        return next((m for m in self.mentions if m.id == mention_id), None)

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence that contains ``offset`` (the last one before it)."""
        key = (id(self.sentences), len(self.sentences))
        cached = self._cache.get("sentence_starts")
        if cached is None or cached[0] != key:
            cached = (key, [s.start for s in self.sentences])
            self._cache["sentence_starts"] = cached
        return max(bisect_right(cached[1], offset) - 1, 0)

    def token_starts(self) -> list[int]:
        """Start offsets of the tokens, for bisection; built once per token layer so that per-mention
        lookups stay logarithmic in long documents."""
        key = (id(self.tokens), len(self.tokens))
        cached = self._cache.get("token_starts")
        if cached is None or cached[0] != key:
            cached = (key, [t.start for t in self.tokens])
            self._cache["token_starts"] = cached
        return cached[1]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.tokens if t.start >= start and t.end <= end]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span-bearing fact, with its layer name (for offset checks)."""
        for layer in LAYERS:
            for item in getattr(self, layer):
                if isinstance(item, Span):
                    yield layer, item

    # --- export ------------------------------------------------------------
    def to_dict(self, tokens: bool = False) -> dict[str, Any]:
        """The JSON record: every span gets its ``text`` written out as evidence."""
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "published": self.published,
            "text": self.text,
            "stages": list(self.stages),
            "warnings": list(self.warnings),
        }
        for layer in LAYERS:
            if layer == "tokens" and not tokens:
                continue
            out[layer] = [self._fact_dict(item) for item in getattr(self, layer)]
        return out

    def _fact_dict(self, item: Any) -> dict[str, Any]:
        d = {f.name: getattr(item, f.name) for f in fields(item)}
        if isinstance(item, Span):
            d["text"] = self.text[item.start : item.end]
        for key in ("speaker", "unit", "cue", "channel", "source", "target"):
            s, e = d.get(f"{key}_start"), d.get(f"{key}_end")
            if isinstance(s, int) and isinstance(e, int):
                d[f"{key}_text"] = self.text[s:e]
        return d

    def to_json(self, indent: int | None = 2, tokens: bool = False) -> str:
        return json.dumps(self.to_dict(tokens=tokens), ensure_ascii=False, indent=indent)
