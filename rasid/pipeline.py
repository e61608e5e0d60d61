"""Stages and the pipeline that composes them.

A stage is a small named callable ``doc -> doc`` that declares the layers it
needs and the layers it fills.  :class:`Pipeline` runs stages in the order
given and checks, when built, that every stage's needs are met by an earlier
one, naming what is missing.  Stages that load lexicons are classes built once
per pipeline; call :func:`register` to add or replace one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol

from rasid.document import Document
from rasid.errors import RasidError


class StageFn(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable[[], StageFn]
    requires: frozenset[str]
    provides: frozenset[str]
    doc: str


REGISTRY: dict[str, StageSpec] = {}


def register(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()) -> Callable[[Any], Any]:
    """Register a stage: a function ``doc -> doc`` or a class whose instances are such functions."""

    def wrap(obj: Any) -> Any:
        factory = obj if isinstance(obj, type) else (lambda: obj)
        REGISTRY[name] = StageSpec(name, factory, frozenset(requires), frozenset(provides), (obj.__doc__ or "").strip().split("\n")[0])
        return obj

    return wrap


DEFAULT_STAGES = ("sentences", "tokens", "entities", "coref", "times", "quantities", "quotes", "events", "relations")


# Opt-in: ``argument_model`` (the learned ASSAULT argument fill, rasid.extract.argument_model) goes right after
# ``events``.  It is not a default stage: on SaudiNewsNet news most of its fills were wrong (docs/event-accuracy.md,
# round 6c), although it beats the rules on the gold standard under cross-validation.


class Pipeline:
    """An ordered list of stages, checked when built."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        _load_builtin_stages()
        self.names = list(stages)
        provided: set[str] = {"text"}
        specs = []
        for name in self.names:
            spec = REGISTRY.get(name)
            if spec is None:
                raise RasidError(f"unknown stage {name!r}; known stages: {', '.join(sorted(REGISTRY))}")
            missing = spec.requires - provided
            if missing:
                raise RasidError(
                    f"stage {name!r} requires {', '.join(sorted(missing))}, which no earlier stage provides "
                    f"(available: {', '.join(sorted(provided))})"
                )
            provided |= spec.provides
            specs.append(spec)
        self._stages = [(spec.name, spec.factory()) for spec in specs]

    def __call__(self, doc: Document) -> Document:
        for name, stage in self._stages:
            doc = stage(doc)
            doc.stages.append(name)
        return doc


_BUILTINS_LOADED = False


def _load_builtin_stages() -> None:
    """Import the modules whose ``@register`` calls fill :data:`REGISTRY`."""
    global _BUILTINS_LOADED
    if _BUILTINS_LOADED:
        return
    import rasid.extract  # noqa: F401  (registers entities, times, quantities, quotes, events, relations)
    import rasid.text  # noqa: F401  (registers sentences, tokens)

    _BUILTINS_LOADED = True
