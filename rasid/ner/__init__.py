"""A learned Arabic entity tagger (CRF) that finds names no dictionary lists.

Run time mirrors training: every token of ``doc.tokens`` is folded and split
into the clitic sub-tokens of the training text (:mod:`rasid.ner.segment`), the
CRF tags each sentence, and each entity is mapped back to original character
offsets, so a mention's text is ``doc.text[start:end]`` with leading clitics
(و, ف, and ل/ب before a pronoun) and pronoun suffixes left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from rasid.document import Document, Mention, Token
from rasid.ner.crf import MODEL_PATH, load_tagger
from rasid.ner.labels import TAGGED_TYPES, coarse, fine_of
from rasid.ner.segment import segment_token

__all__ = ["predict_mentions", "tag_tokens", "MODEL_PATH", "MENTION_LABELS"]

MENTION_LABELS = frozenset(TAGGED_TYPES)
SEGMENT_CACHE_SIZE = 200_000  # distinct token strings whose clitic segmentation a tagger keeps


def _chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    from rasid.evaluation.ner import chunks

    return sorted(chunks(tags))


def segment_sentence(doc: Document, tokens: list[Token], tagger: Any) -> tuple[list[str], list[tuple[int, int]]]:
    """The sentence as the tagger's folded sub-token forms, each with its offsets in ``doc.text``."""
    forms: list[str] = []
    spans: list[tuple[int, int]] = []
    cache = getattr(tagger, "segment_cache", None)
    if cache is None or len(cache) > SEGMENT_CACHE_SIZE:
        cache = {}
        if hasattr(tagger, "segment_cache"):
            tagger.segment_cache = cache
    for tok in tokens:
        key = (doc.text[tok.start : tok.end], tok.kind)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = segment_token(key[0], tok.kind, tagger.vocab)
        segs, starts, ends = hit
        for s in segs:
            forms.append(s.form)
            spans.append((tok.start + starts[s.fstart], tok.start + ends[s.fend - 1]))
    return forms, spans


def tag_tokens(doc: Document, tokens: list[Token], tagger: Any) -> list[Mention]:
    """Mentions in one sentence's tokens (``tagger`` has ``vocab`` and ``tag_with_marginals``)."""
    forms, spans = segment_sentence(doc, tokens, tagger)
    if not forms:
        return []
    tags, marg = tagger.tag_with_marginals(forms)
    return _mentions(forms, spans, tags, marg, tagger)


def _mentions(forms: list[str], spans: list[tuple[int, int]], tags: list[str], marg: list[float],
              tagger: Any) -> list[Mention]:
    """The tagged entities of one sentence as mentions at their offsets in the original text."""
    out: list[Mention] = []
    fine_class = getattr(tagger, "fine_class", None)
    for a, b, cls in _chunks(tags):
        label = coarse(cls)
        if label not in MENTION_LABELS:
            continue
        start, end = spans[a][0], spans[b - 1][1]
        score = sum(marg[a:b]) / (b - a)
        fine = fine_class(forms, a, b, cls) if fine_class is not None else fine_of(cls)
        out.append(Mention(start, end, label=label, kind="name", source="ner", score=round(score, 4), fine=fine))
    return out


def predict_mentions(doc: Document, model_path: Path | None = None) -> list[Mention]:
    """Name mentions (PER/ORG/GPE/LOC/FAC) found by the CRF tagger; [] when no model is installed.

    Uses ``doc.tokens`` grouped by their sentence index (tokenises the text
    itself when the tokens stage has not run).  The whole document is tagged in
    one pass, so that each sentence reads its neighbours (:meth:`CrfTagger.tag_document`).
    ``score`` is the mean marginal probability of the entity's tags; ``fine`` is the
    fine class for ORG and GPE (Government, Police, Media, Group, Nation,
    Population-Center …), else None.
    """
    tagger = load_tagger(model_path)
    if tagger is None or not doc.text:
        return []
    segmented = [segment_sentence(doc, sent, tagger) for sent in iter_sentences(doc)]
    tagged = tagger.tag_document([forms for forms, _ in segmented])
    out: list[Mention] = []
    for (forms, spans), (tags, marg) in zip(segmented, tagged):
        out.extend(_mentions(forms, spans, tags, marg, tagger))
    return out


def iter_sentences(doc: Document) -> Iterator[list[Token]]:
    """``doc.tokens`` grouped by sentence index (tokenising the text if no tokens stage ran)."""
    tokens = doc.tokens
    if not tokens:
        from rasid.text.tokens import tokenize

        tokens = tokenize(doc.text)
    sent: list[Token] = []
    for tok in tokens:
        if sent and tok.sentence != sent[-1].sentence:
            yield sent
            sent = []
        sent.append(tok)
    if sent:
        yield sent
