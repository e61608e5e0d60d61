"""A token trie for multi-word lexicon matching over folded tokens.

Lexicons hold thousands of multi-word names; looping over them per document
would be slow, so names are stored in a trie keyed by folded tokens and the
document is scanned once, leftmost-longest, in time linear in its tokens (times
the longest name).  The first token may carry proclitics (و ف ب ل ك س, لل):
every reading from :func:`rasid.text.tokens.proclitic_splits` is tried, and the
match reports how many folded characters of the first token were skipped, so
the caller can map the start back to the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, Sequence, TypeVar

from rasid.document import Token
from rasid.text.normalize import fold
from rasid.text.tokens import proclitic_splits, tokenize

T = TypeVar("T")
_END = "\x00"


def name_key(text: str) -> tuple[str, ...]:
    """The folded token sequence a lexicon form is stored under (tokenised like documents)."""
    return tuple(fold(t.norm) for t in tokenize(text))


@dataclass(frozen=True, slots=True)
class TrieMatch(Generic[T]):
    """Tokens ``[first, last]`` matched ``values``; ``skip`` folded chars of ``first`` are clitics."""

    first: int
    last: int
    skip: int
    values: tuple[T, ...]


class TokenTrie(Generic[T]):
    """Maps folded token sequences to values; values added to the same key keep their order."""

    def __init__(self) -> None:
        self.root: dict[str, dict] = {}
        self.size = 0

    def add(self, key: Sequence[str], value: T) -> None:
        """Store ``value`` under the folded token sequence ``key`` (ignored when empty)."""
        if not key:
            return
        node = self.root
        for tok in key:
            node = node.setdefault(tok, {})
        node.setdefault(_END, []).append(value)
        self.size += 1

    def add_form(self, form: str, value: T) -> None:
        """Store ``value`` under the tokenised, folded ``form``."""
        self.add(name_key(form), value)

    def get(self, key: Sequence[str]) -> tuple[T, ...]:
        node = self.root
        for tok in key:
            node = node.get(tok)  # type: ignore[assignment]
            if node is None:
                return ()
        return tuple(node.get(_END, ()))

    def match_at(self, tokens: Sequence[Token], i: int, clitics: bool = True) -> TrieMatch[T] | None:
        """The longest entry starting at token ``i`` (the unsplit reading wins a tie)."""
        best: TrieMatch[T] | None = None
        first = tokens[i]
        readings = proclitic_splits(first.norm) if clitics and first.kind == "word" else [(0, first.norm)]
        for skip, stem in readings:
            node = self.root.get(stem)
            j = i
            while node is not None:
                vals = node.get(_END)
                if vals and (best is None or j > best.last):
                    best = TrieMatch(i, j, skip, tuple(vals))
                j += 1
                if j >= len(tokens):
                    break
                node = node.get(tokens[j].norm)
        return best

    def scan(self, tokens: Sequence[Token], clitics: bool = True, blocked: Iterable[int] = ()) -> list[TrieMatch[T]]:
        """Leftmost-longest, non-overlapping matches over ``tokens``, skipping ``blocked`` token indexes."""
        out: list[TrieMatch[T]] = []
        block = set(blocked)
        i = 0
        n = len(tokens)
        while i < n:
            if i in block:
                i += 1
                continue
            m = self.match_at(tokens, i, clitics)
            if m is not None and not any(k in block for k in range(m.first, m.last + 1)):
                out.append(m)
                i = m.last + 1
            else:
                i += 1
        return out
