"""A readable terminal summary: English labels with the Arabic evidence beside them."""

from __future__ import annotations

from rasid.document import Document, Entity
from rasid.extract.events import detector_threshold

ELLIPSIS_AT = 70


def entity_label(doc: Document, entity_id: str | None) -> str:
    """Short English label of an entity: an organisation's actor code (TTP), else its English or Arabic name."""
    ent = doc.entity(entity_id)
    if ent is None:
        return "?"
    if ent.label != "PER" and ent.actor and ent.actor.isupper() and len(ent.actor) <= 6:
        return ent.actor
    return ent.name_en or ent.name


def _argument_label(doc: Document, entity_id: str | None, start: int | None, end: int | None) -> str:
    """An event argument: its actor's label, else the phrase itself in «» (خمسة مدنيين has no actor), else ?."""
    if doc.entity(entity_id) is None and start is not None and end is not None:
        return f"«{_clip(doc.text[start:end], ARGUMENT_CLIP)}»"
    return entity_label(doc, entity_id)


ARGUMENT_CLIP = 40


def _clip(s: str, n: int = ELLIPSIS_AT) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _describe(ent: Entity) -> str:
    parts = [p for p in (ent.type, ent.country, ent.sector) if p]
    return f"[{', '.join(parts)}]" if parts else ""


def render_summary(doc: Document, title: str | None = None) -> str:
    """The summary printed by ``rasid analyze`` without ``--format json``."""
    out: list[str] = []
    head = f"rasid: {title or doc.id or 'article'}"
    out.append(head + (f" (published {doc.published})" if doc.published else " (no publication date: times are relative)"))
    out.append(f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens")

    out.append("\nActors")
    for ent in doc.entities:
        mentions = [doc.mention(mid) for mid in ent.mentions]
        surfaces = sorted({doc.text[m.start:m.end] for m in mentions if m}, key=len, reverse=True)
        label = ent.name_en or "(unlisted)"
        out.append(f"  {ent.label:4} {label:34} {ent.name}  {_describe(ent)}  x{len(ent.mentions)}")
        others = [s for s in surfaces if s != ent.name]
        if others and len(surfaces) > 1:
            out.append(f"       also: {' | '.join(others[:3])}")

    out.append("\nEvents")
    for ev in (e for e in doc.events if e.repeat_of is None):
        mode = f"({ev.mode})" if ev.mode else ""
        when = next((t.value or t.relative for t in doc.times if t.id == ev.time), None)
        where = "/".join(entity_label(doc, loc) for loc in ev.locations)
        qty = next((q for q in doc.quantities if q.id == ev.quantity), None)
        source = _argument_label(doc, ev.source_actor, ev.source_start, ev.source_end)
        target = _argument_label(doc, ev.target_actor, ev.target_start, ev.target_end)
        parts = [f"{source} → {ev.type}{mode} → {target}"]
        parts += [p for p in (when, where) if p]
        if qty is not None:
            parts.append(_quantity_text(qty.low, qty.high, qty.unit))
        modality = ev.modality + (f" by {entity_label(doc, ev.claimed_by)}" if ev.claimed_by else "")
        cut = detector_threshold(doc, ev.type)
        doubt = f"  (detector {ev.score:.2f} < {cut:.2f}: probably no report of one)" if cut is not None and ev.score < cut else ""
        out.append(f"  {', '.join(parts)}  [{modality}]  «{doc.text[ev.start:ev.end]}»{doubt}")

    out.append("\nQuotes")
    for q in doc.quotes:
        if q.speaker:
            who = entity_label(doc, q.speaker)
        elif q.speaker_start is not None and q.speaker_end is not None:
            who = f"unnamed: {doc.text[q.speaker_start:q.speaker_end]}"
        else:
            who = "unknown speaker"
        via = f" via {entity_label(doc, q.channel) if q.channel else doc.text[q.channel_start:q.channel_end]}" if q.channel_start is not None else ""
        kind = "" if q.direct else " (indirect)"
        out.append(f"  {who}{via}{kind}: «{_clip(doc.text[q.start:q.end])}»")

    out.append("\nTimes")
    for t in doc.times:
        flag = "" if t.consistent in (None, True) else "  (weekday does not match)"
        out.append(f"  {t.value or t.relative or '?':12} {t.kind:8} «{doc.text[t.start:t.end]}»{flag}")

    out.append("\nQuantities")
    for q in doc.quantities:
        out.append(f"  {_quantity_text(q.low, q.high, q.unit):24} «{doc.text[q.start:q.end]}»")

    out.append("\nRelations")
    for r in doc.relations:
        tail = entity_label(doc, r.tail) if doc.entity(r.tail) else next((t.value or doc.text[t.start:t.end] for t in doc.times if t.id == r.tail), r.tail)
        when = next((f", {t.value}" for t in doc.times if t.id == r.time and r.type != "founded_in" and t.value), "")
        out.append(f"  {entity_label(doc, r.head)} {r.type} {tail}{when}  «{_clip(doc.text[r.start:r.end])}»")
    for w in doc.warnings:
        out.append(f"warning: {w}")
    return "\n".join(out)


def _quantity_text(low: float | None, high: float | None, unit: str | None) -> str:
    def num(x: float | None) -> str:
        return "?" if x is None else (f"{int(x):,}" if float(x).is_integer() else f"{x:g}")

    value = num(low) if high is None or high == low else f"{num(low)}–{num(high)}"
    return f"{value} {unit or ''}".strip()
