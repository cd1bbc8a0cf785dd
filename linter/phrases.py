"""Which of many phrases a text contains as whole words, ignoring case, in one pass (and, for
a few phrases, `has_phrase` and `has_any_phrase`: one regular expression search).

The phrases are kept in a tree of their tokens (runs of word characters, and single other
characters; whitespace only separates), so a text is read once however many phrases there
are, instead of once per phrase."""

from __future__ import annotations

import functools
import re
from typing import Generic, Hashable, Iterable, TypeVar

_TOKEN = re.compile(r"\w+|[^\w\s]")
_END = ""  # key of a node's values: no token is empty

T = TypeVar("T", bound=Hashable)


def phrase_tokens(text: str) -> list[str]:
    """Lower-cased runs of word characters and single other characters: what a phrase matches on."""
    return _TOKEN.findall(text.lower())


class PhraseIndex(Generic[T]):
    """Phrases, each with a value; `found(text)` gives the values of those the text holds."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        self._root: dict = {}
        for phrase, value in phrases:
            tokens = phrase_tokens(phrase)
            if not tokens:
                continue
            node = self._root
            for token in tokens:
                node = node.setdefault(token, {})
            node.setdefault(_END, set()).add(value)

    def found(self, text: str) -> set[T]:
        tokens = phrase_tokens(text)
        out: set[T] = set()
        for i in range(len(tokens)):
            node = self._root
            for j in range(i, len(tokens)):  # as deep as some phrase goes on matching
                node = node.get(tokens[j])
                if node is None:
                    break
                out.update(node.get(_END, ()))
        return out


def has_phrase(text: str, phrase: str) -> bool:
    """Whether a text contains a phrase as whole words, ignoring case."""
    return has_any_phrase(text, (phrase,))


def has_any_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether a text contains any of the phrases as whole words, ignoring case (one search)."""
    return bool(phrases) and _phrases_pattern(phrases).search(text.lower()) is not None


@functools.lru_cache(maxsize=1024)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    either = "|".join(re.escape(p.lower()) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{either})(?!\w)")

