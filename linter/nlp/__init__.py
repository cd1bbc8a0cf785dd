"""Annotate stage: what it finds in a Document's prose, the record every later stage reads.

The modules of this package make it: tokens.py (tokens, sentence starts, batches), matchers.py
(mentions and cues, from the packs and `rules/language.yaml`), sentences.py (a batch's sentences,
their clauses and negation scopes), targets.py (the sentences the trained parser is given) and
annotate.py (the pipeline that ties them, and the parse by grammar.py).
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterator, Mapping, NamedTuple, Sequence

from linter.document import Document
from linter.spans import Sentences, Spans

if TYPE_CHECKING:
    from linter.grammar import Parse


# Mentions, cues and clauses are made by the hundred per draft: named tuples, which are
# immutable like frozen dataclasses but several times cheaper to build.
class Mention(NamedTuple):
    label: str  # drug | condition | use | term
    id: str
    start: int  # prose offsets
    end: int
    tok_start: int
    tok_end: int
    text: str


class Cue(NamedTuple):
    kind: str
    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str


class Clause(NamedTuple):
    tok_start: int
    tok_end: int


class Sentence(NamedTuple):
    index: int
    start: int
    end: int
    tok_start: int
    tok_end: int
    clauses: tuple[Clause, ...]
    block: int  # index into Document.blocks
    text: str
    cue_kinds: frozenset[str] = frozenset()  # every cue kind found in the sentence, and TWO_NAMES


# The kind a sentence holds besides its cues' when it names one drug by two of its names
# ("<brand> (<drug>)"): it may say which drug a product is, whatever other cues it holds.
TWO_NAMES = "drug-two-names"


@dataclass(frozen=True, eq=False)
class Annotation:
    """What the annotate stage found. It holds no spaCy Doc: per-token data is kept in compact
    columns (a long draft's tokens would otherwise cost hundreds of bytes each)."""

    document: Document
    sentences: Sentences  # a sequence of Sentence
    mentions: Spans  # of Mention
    cues: Spans  # of Cue
    negation: bytes = b""  # 1 at each token inside a negation scope
    # Per token (lists, not copied into tuples: each holds millions in a long draft); the
    # strings are shared with the vocabulary's, one object per distinct word.
    norms: Sequence[str] = ()  # matching form
    texts: Sequence[str] = ()
    starts: Sequence[int] = ()  # prose offset (an array of machine integers)
    spaces: bytes = b""  # 1: followed by whitespace
    url_like: frozenset[int] = frozenset()  # looks like a URL or an e-mail address
    is_word: bytes = b""  # 1: neither punctuation nor whitespace
    # The trained pipeline's parse of each sentence that can carry a claim, by sentence index.
    parses: Mapping[int, "Parse"] = field(default_factory=lambda: MappingProxyType({}))

    def mentions_in(self, tok_start: int, tok_end: int, *labels: str) -> list:
        """Mentions starting in [tok_start, tok_end), of the given labels (any, if none given)."""
        return self.mentions.starting_in(tok_start, tok_end, labels)

    def last_mention(self, tok_start: int, tok_end: int, label: str) -> Mention | None:
        """The last mention of a label starting in [tok_start, tok_end)."""
        return self.mentions.last_starting_in(tok_start, tok_end, label)

    def cues_in(self, tok_start: int, tok_end: int, *kinds: str) -> list:
        """Cues starting in [tok_start, tok_end), of the given kinds (any, if none given)."""
        return self.cues.starting_in(tok_start, tok_end, kinds)

    def is_negated(self, tok_start: int, tok_end: int | None = None) -> bool:
        return 1 in self.negation[tok_start:tok_end or tok_start + 1]

    def drug_sentences(self) -> Iterator[tuple[int, Mention]]:
        """Every drug mention inside a sentence, with that sentence's index, in order. (One at a
        time, with indices, not Sentence tuples: a long draft has a hundred thousand.)"""
        for mention in self.mentions.iter_key("drug"):
            index = self.sentences.index_of(mention.tok_start)
            if index is not None:
                yield index, mention

    @functools.cached_property
    def names_a_drug(self) -> bool:
        return self.last_mention(0, len(self.norms), "drug") is not None

    def sentence_of(self, tok: int) -> Sentence | None:
        """The sentence holding a token (None for whitespace between sentences)."""
        index = self.sentences.index_of(tok)
        return None if index is None else self.sentences[index]

    def token_at(self, char: int) -> int:
        """Index of the token that covers (or last starts before) a prose offset."""
        starts = self.starts
        return max(0, bisect.bisect_right(starts, char) - 1)

    def block_tokens(self, block) -> tuple[int, int]:
        """[start, end) of the tokens that start in a block's prose."""
        return (bisect.bisect_left(self.starts, block.prose_start),
                bisect.bisect_left(self.starts, block.prose_end))


def shifted(items, by: int) -> tuple:
    """Mentions, cues or clauses `by` tokens further on: a batch's token indices made the draft's."""
    return tuple(item._replace(tok_start=item.tok_start + by, tok_end=item.tok_end + by) for item in items)
