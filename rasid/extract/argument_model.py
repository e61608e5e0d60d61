"""Learned argument fill: a linear-chain CRF over the sentence's words, stacked on the argument rules.

The hand-written rules of :mod:`rasid.extract.events` leave some arguments
empty.  For ASSAULT (the one type where it beats the rules under
cross-validation, docs/event-accuracy.md rounds 6b and 6c) a CRF trained on the
coders' spans labels the whitespace words of the event's sentence BIO for
SOURCE and TARGET; where the rules left a slot empty (no span, no actor), the
CRF's run nearest the trigger fills it.  The span is trimmed to word characters
(``text[start:end]`` is exactly the phrase), never crosses the sentence, the
trigger or the other argument, and is coded with the rules' own
:func:`rasid.extract.events.argument_code`; the slots filled this way are
listed in ``Event.argument_model``.

The features (:func:`word_features`) are shared with the trainer and the
cross-validation of :mod:`rasid.evaluation.arguments`: the rules' own source
and target marks (stacking), the side of and distance to the trigger, the
trigger's form, entity mentions, ``event_sectors.tsv`` sectors, the word
categories of ``event_words.tsv``, times and counts, the folded word, its
prefix, suffix and proclitic, punctuation.

The stage ``argument_model`` applies the fill when
``rasid/models/event-args-assault.crfsuite`` exists (``python -m
rasid.evaluation.arguments train`` writes it) and does nothing otherwise.  It
is opt-in (not in :data:`rasid.pipeline.DEFAULT_STAGES`; put it right after
``events``): on SaudiNewsNet news most of its fills were wrong (round 6c).
``rasid eval events`` scores the fill by cross-validation, never with the
shipped model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from rasid.document import Document, Event
from rasid.extract.events import ArgSpan, Lexicon, _Context, _head_sector, argument_code, event_arguments, load_lexicon
from rasid.pipeline import register
from rasid.text.normalize import fold

SLOTS = ("source", "target")
TAG = {"source": "S", "target": "T"}
FILL_TYPES = ("ASSAULT",)  # the types with a shipped fill model (PROTEST: a wash under cross-validation)
MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
_PUNCT = ".,;:!?،؛؟\"'«»“”()[]{}-–—…/"


def model_path(event_type: str) -> Path:
    return MODEL_DIR / f"event-args-{event_type.lower()}.crfsuite"


# --- features -----------------------------------------------------------------------


def whitespace_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each whitespace word of ``text[start:end]``."""
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]


def sentence_words(doc: Document, event: Event | None) -> list[tuple[int, int]]:
    """The whitespace words of the event's sentence (the whole text when there is no event or no sentence layer)."""
    if event is not None and doc.sentences:
        sent = doc.sentences[event.sentence]
        return whitespace_words(doc.text, sent.start, sent.end)
    return whitespace_words(doc.text, 0, len(doc.text))


def _bucket(d: int) -> str:
    a = abs(d)
    b = str(a) if a <= 3 else "4-6" if a <= 6 else "7-10" if a <= 10 else "11-20" if a <= 20 else "far"
    return ("-" if d < 0 else "+") + b


def _marks(ws: Sequence[tuple[int, int]], start: int | None, end: int | None) -> list[str]:
    out = ["O"] * len(ws)
    if start is None or end is None:
        return out
    first = True
    for i, (a, b) in enumerate(ws):
        if a < end and b > start:
            out[i] = "B" if first else "I"
            first = False
    return out


def word_features(ctx: _Context, ws: Sequence[tuple[int, int]], event: Event | None) -> list[list[str]]:
    """Feature strings of each whitespace word of the event's sentence (see the module docstring)."""
    doc, lex = ctx.doc, ctx.lex
    text = doc.text
    if event is not None:
        trig = [i for i, (a, b) in enumerate(ws) if a < event.end and b > event.start] or [0]
        ta, tb = trig[0], trig[-1]
        rs = _marks(ws, event.source_start, event.source_end)
        rt = _marks(ws, event.target_start, event.target_end)
        first_tok = ctx.token_at(event.start)
        kind = "noun" if first_tok is not None and _is_noun_trigger(ctx, first_tok) else "verb"
    else:
        ta = tb = -1
        rs = rt = ["O"] * len(ws)
        kind = "none"
    has = f"rules={'S' if 'B' in rs else '-'}{'T' if 'B' in rt else '-'}"
    folded = [fold(text[a:b]).strip(_PUNCT) for a, b in ws]
    strong_between = _strong_between(text, ws)
    out: list[list[str]] = []
    for i, (a, b) in enumerate(ws):
        raw = text[a:b]
        w = folded[i]
        f = ["bias", has, f"rs={rs[i]}", f"rt={rt[i]}", f"rs|rt={rs[i]}{rt[i]}", f"kind={kind}"]
        if event is not None:
            if ta <= i <= tb:
                side = "trig"
                f.append("trig")
            else:
                d = i - ta if i < ta else i - tb
                side = "before" if d < 0 else "after"
                f += [f"d={_bucket(d)}", f"d={_bucket(d)}|{kind}", f"d={_bucket(d)}|rs={rs[i]}", f"d={_bucket(d)}|rt={rt[i]}"]
                lo, hi = (i, ta) if i < ta else (tb, i)
                if strong_between(lo, hi):
                    f.append(f"sep|{side}")
            f.append(f"side={side}|{kind}")
        for k, name in ((-1, "p"), (1, "n")):
            j = i + k
            if 0 <= j < len(ws):
                f += [f"{name}rs={rs[j]}", f"{name}rt={rt[j]}", f"{name}w={folded[j]}"]
            else:
                f.append(f"{name}=edge")
        f += [f"w={w}", f"p2={w[:2]}", f"s2={w[-2:]}", f"len={min(len(w), 8)}"]
        if raw[-1] in _PUNCT:
            f.append(f"end={raw[-1]}")
        if raw[0] in _PUNCT:
            f.append(f"start={raw[0]}")
        if not w:
            f.append("punct_only")
        toks = [j for j in _tokens_in(ctx, a, b) if ctx.tokens[j].kind != "punct"]
        for j in toks[:1]:
            tok = ctx.tokens[j]
            f.append(f"tk={tok.kind}")
            if tok.prefix:
                f.append(f"pre={fold(tok.prefix)}")
            if tok.suffix:
                f.append("suffix")
            for stem, _, _ in ctx.cands[j][:3]:
                f.append(f"c={stem}")
            sec = _head_sector(ctx, j) if tok.kind == "word" else None
            if sec:
                f.append(f"sec={sec}")
            for cat in lex.words:
                if ctx.is_(cat, j):
                    f.append(f"cat={cat}")
            if ctx.in_time(j):
                f.append("time")
        m = _mention_over(ctx, a, b)
        if m is not None:
            f += [f"m={m.label}", f"mk={m.kind}", f"m{'B' if m.start >= a else 'I'}={m.label}"]
            if m.sector:
                f.append(f"msec={m.sector}")
            if m.country:
                f.append("mcountry")
            if ctx.actor(m):
                f.append("mactor")
        if any(q.start < b and q.end > a for q in doc.quantities):
            f.append("qty")
        out.append(f)
    return out


def _is_noun_trigger(ctx: _Context, i: int) -> bool:
    norm = ctx.tokens[i].norm
    return norm.startswith(("ال", "وال", "بال", "فال", "لل")) or norm.endswith(("ة", "ات"))


def _strong_between(text: str, ws: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    strong = [any(c in ".;:!?؛؟()" for c in text[a:b]) for a, b in ws]
    prefix = [0]
    for s in strong:
        prefix.append(prefix[-1] + s)
    return lambda lo, hi: prefix[hi] - prefix[lo] > 0


def _tokens_in(ctx: _Context, a: int, b: int) -> list[int]:
    first = ctx.token_at(a)
    if first is None:
        return []
    out = []
    j = first
    while j < len(ctx.tokens) and ctx.tokens[j].start < b:
        out.append(j)
        j += 1
    return out


def _mention_over(ctx: _Context, a: int, b: int):  # type: ignore[no-untyped-def]
    best = None
    for m in ctx.doc.mentions:
        if m.start < b and m.end > a and (best is None or (m.end - m.start) > (best.end - best.start)):
            best = m
    return best


# --- decoding -----------------------------------------------------------------------


def trigger_word(ws: Sequence[tuple[int, int]], event: Event | None) -> int:
    return next((i for i, (a, b) in enumerate(ws) if event is not None and a < event.end and b > event.start), 0)


def decode(text: str, ws: Sequence[tuple[int, int]], event: Event | None, labels: Sequence[str]) -> dict[str, tuple[int, int] | None]:
    """Character spans per slot from BIO labels: the labelled run nearest the trigger, trimmed to word characters."""
    trig = trigger_word(ws, event)
    out: dict[str, tuple[int, int] | None] = {}
    for slot in SLOTS:
        tag = TAG[slot]
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(labels):
            if labels[i].endswith("-" + tag):
                j = i + 1
                while j < len(labels) and labels[j] == "I-" + tag:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        runs = [(a, b) for a, b in runs if any(fold(text[s:e]).strip(_PUNCT) for s, e in ws[a:b])]
        if not runs:
            out[slot] = None
            continue
        a, b = min(runs, key=lambda r: (min(abs(r[0] - trig), abs(r[1] - 1 - trig)), r[0]))
        start, end = ws[a][0], ws[b - 1][1]
        while start < end and (text[start] in _PUNCT or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in _PUNCT or text[end - 1].isspace()):
            end -= 1
        out[slot] = (start, end) if start < end else None
    return out


def span_entity(ctx: _Context, ev: Event, slot: str, span: tuple[int, int]) -> str | None:
    """The entity of a new span: the rules' entity when its span overlaps the new one, else the first actor mention
    with an entity inside the new span."""
    rule_start, rule_end = getattr(ev, f"{slot}_start"), getattr(ev, f"{slot}_end")
    entity = getattr(ev, f"{slot}_actor")
    if entity is not None and rule_start is not None and rule_start < span[1] and rule_end > span[0]:
        return entity
    inside = [m for m in ctx.doc.mentions if span[0] <= m.start and m.end <= span[1] and m.entity and ctx.actor(m)]
    return min(inside, key=lambda m: m.start).entity if inside else None


def empty_slots(ev: Event) -> list[str]:
    """The slots the rules left empty: no span and no actor."""
    return [slot for slot in SLOTS if getattr(ev, f"{slot}_start") is None and getattr(ev, f"{slot}_actor") is None]


def fill_event(ctx: _Context, ev: Event, ws: Sequence[tuple[int, int]], labels: Sequence[str]) -> list[str]:
    """Fill the empty slots of ``ev`` from the CRF's ``labels`` of the sentence words ``ws``; the slots filled.

    A learned span that overlaps the trigger or the other argument, or whose entity is the other argument's,
    is not used (the rules never give such a pair).  Spans, entity and actor code are set as
    :func:`rasid.extract.events._make_event` sets them."""
    spans = decode(ctx.doc.text, ws, ev, labels)
    filled = []
    for slot in empty_slots(ev):
        span = spans.get(slot)
        if span is None or (span[0] < ev.end and span[1] > ev.start):
            continue
        other = "target" if slot == "source" else "source"
        o_start, o_end = getattr(ev, f"{other}_start"), getattr(ev, f"{other}_end")
        if o_start is not None and o_end is not None and span[0] < o_end and span[1] > o_start:
            continue
        entity = span_entity(ctx, ev, slot, span)
        if entity is not None and entity == getattr(ev, f"{other}_actor"):
            entity = None
        country, sector = argument_code(ctx, ArgSpan(span[0], span[1], entity))
        setattr(ev, f"{slot}_start", span[0])
        setattr(ev, f"{slot}_end", span[1])
        setattr(ev, f"{slot}_actor", entity)
        setattr(ev, f"{slot}_country", country)
        setattr(ev, f"{slot}_sector", sector)
        filled.append(slot)
    if filled:
        ev.argument_model = sorted(set(ev.argument_model) | set(filled), key=SLOTS.index)
    return filled


# --- run time -----------------------------------------------------------------------


@lru_cache(maxsize=8)
def load_model(path: str):  # type: ignore[no-untyped-def]
    """A CRFsuite tagger for the model file, or None when there is none."""
    if not Path(path).is_file():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def fill_arguments(doc: Document, taggers: dict[str, object] | None = None, lex: Lexicon | None = None) -> int:
    """Fill the empty source/target of each event of a :data:`FILL_TYPES` type from its CRF.

    ``taggers`` maps a type to a CRFsuite tagger (default: the shipped model files, where they exist).
    Returns the number of slots filled."""
    if taggers is None:
        taggers = {t: load_model(str(model_path(t))) for t in FILL_TYPES}
    taggers = {t: m for t, m in taggers.items() if m is not None}
    todo = [ev for ev in doc.events if ev.type in taggers and empty_slots(ev)]
    if not todo:
        return 0
    ctx = _Context(doc, lex or load_lexicon())
    n = 0
    for ev in todo:
        ws = sentence_words(doc, ev)
        if not ws:
            continue
        labels = taggers[ev.type].tag(word_features(ctx, ws, ev))  # type: ignore[attr-defined]
        filled = fill_event(ctx, ev, ws, labels)
        args = event_arguments(doc).get(ev.id)
        if args is not None:  # the per-event argument spans follow the event
            for slot in filled:
                setattr(args, slot, ArgSpan(getattr(ev, f"{slot}_start"), getattr(ev, f"{slot}_end"), getattr(ev, f"{slot}_actor")))
        n += len(filled)
    return n


@register("argument_model", requires={"events"}, provides={"event_arguments"})
class ArgumentModelStage:
    """Fill empty ASSAULT sources/targets from the learned argument model (rasid/models/event-args-assault.crfsuite)."""

    def __init__(self) -> None:
        self.lex = load_lexicon()
        self.taggers = {t: load_model(str(model_path(t))) for t in FILL_TYPES}

    def __call__(self, doc: Document) -> Document:
        fill_arguments(doc, self.taggers, self.lex)
        return doc
