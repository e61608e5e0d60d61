"""The public entry point shared by the CLI and later by the web and batch engines."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rasid.document import Document
from rasid.errors import InputError
from rasid.pipeline import DEFAULT_STAGES, Pipeline

MAX_CHARS = 5_000_000  # a longer input is refused with a clear error, not processed for minutes


@lru_cache(maxsize=8)
def get_pipeline(stages: tuple[str, ...] = DEFAULT_STAGES) -> Pipeline:
    """The pipeline for ``stages``, built once (lexicons and models load here)."""
    return Pipeline(stages)


def analyze(
    text: str | bytes,
    published: str | dt.date | None = None,
    doc_id: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Analyse one article and return its :class:`Document`.

    Args:
        text: the article; bytes must be UTF-8.
        published: publication date (ISO ``YYYY-MM-DD``) used to resolve relative dates.
        doc_id: an identifier copied into the record.
        pipeline: a custom pipeline; the default one otherwise.

    Raises:
        InputError: the text is not valid UTF-8, too large, or the date is not ISO.
    """
    return (pipeline or get_pipeline())(Document(text=check_text(text), published=check_date(published), id=doc_id))


def check_text(text: str | bytes) -> str:
    """Decode and size-check raw input, raising :class:`InputError` with a one-line reason."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"input is not valid UTF-8 (byte {exc.start}: {exc.reason})") from None
    if not isinstance(text, str):
        raise InputError(f"input must be text, not {type(text).__name__}")
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # keep offsets: the BOM becomes a space
    if len(text) > MAX_CHARS:
        raise InputError(f"input has {len(text):,} characters; the limit is {MAX_CHARS:,} (split the file into articles)")
    return text


def check_date(published: str | dt.date | None) -> str | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.date):
        return published.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(published).strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"publication date {published!r} is not an ISO date (YYYY-MM-DD)") from None
