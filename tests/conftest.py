"""Shared fixtures: the seed article lives in ../shared and is read, never copied."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "examples" / "seed.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/examples/seed.txt is not beside the checkout")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import rasid

    return rasid.analyze(seed_text, published="2014-10-05")


def build_doc(text: str, names: dict[str, tuple[str, str]] | None = None, published: str | None = None):
    """A Document with sentences and tokens, and mentions placed by hand at every occurrence of ``names``.

    Lets stage tests run on hand-built input instead of depending on the entity stage.
    """
    import re

    from rasid.document import Document, Mention
    from rasid.text import sentences_stage, tokens_stage

    doc = tokens_stage(sentences_stage(Document(text=text, published=published)))
    taken: list[tuple[int, int]] = []
    for name in sorted(names or {}, key=len, reverse=True):
        label, entity = names[name]
        for m in re.finditer(re.escape(name), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            doc.mentions.append(Mention(m.start(), m.end(), id=f"m{len(doc.mentions) + 1}", label=label, entity=entity))
    doc.mentions.sort(key=lambda m: m.start)
    return doc
