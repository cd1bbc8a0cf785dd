"""Tokens and sentence starts: the blank English pipeline's tokenizer, made safe for long
whitespace-free runs; spaCy's sentencizer rule applied over a whole column of token roles; and
the batches of whole blocks a draft's prose goes through spaCy in."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # spaCy is imported when a pipeline is built, so a cached run never loads it
    from spacy.tokens import Doc


# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free chunk one at a time,
# copying the rest each time: quadratic in the chunk's length (32 KB of "(" took 85 s). Longer
# chunks are tokenised in pieces of this many characters: nothing in prose is that long.
MAX_CHUNK = 1000
_LONG_CHUNK = re.compile(r"(?<!\S)\S{%d}" % MAX_CHUNK)  # fixed, and tried only where a chunk starts
_CHUNK_END = re.compile(r"\s|\Z")


def tokenize(nlp, text: str, max_chunk: int = MAX_CHUNK) -> Doc:
    """nlp.make_doc(text), except that whitespace-free chunks longer than max_chunk are
    tokenised in pieces of at most max_chunk characters. Offsets stay exact, and text with no
    such chunk gets the tokenizer's own tokens."""
    long = _LONG_CHUNK if max_chunk == MAX_CHUNK else re.compile(r"(?<!\S)\S{%d}" % max_chunk)
    found = long.search(text)
    if found is None:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []

    def add(piece: str) -> None:
        doc = nlp.make_doc(piece)
        words.extend(t.text for t in doc)
        spaces.extend(bool(t.whitespace_) for t in doc)

    at = 0
    while found is not None:
        start = found.start()
        end = _CHUNK_END.search(text, start).start()
        if at < start:
            add(text[at:start])  # ends in whitespace, as the chunk starts after it
        for cut in range(start, end, max_chunk):
            add(text[cut:min(cut + max_chunk, end)])
        at = end
        if text.startswith(" ", end):  # the tokenizer gives one following space to the token before
            spaces[-1] = True
            at += 1
        found = long.search(text, at)
    if at < len(text):
        add(text[at:])
    return Doc(nlp.vocab, words=words, spaces=spaces)


OTHER, FINAL, OPENER = 0, 1, 2  # a token's part in the sentencizer's rule


def batches(prose: str, block_starts: list[int], size: int, start: int = 0,
            stop: int | None = None) -> Iterator[tuple[int, int]]:
    """[start, end) ranges of the prose (of prose[start:stop], which start and stop where blocks
    do), of at least `size` characters but the last, cut only where a block's prose starts with a
    non-space after whitespace: there the tokenizer cuts (a whitespace run ends), no phrase match
    crosses (the block separator is a token of its own) and a sentence starts, so a batch's
    tokens, matches and sentences are the whole prose's. `block_starts`: each prose block's
    start, in order."""
    stop = len(prose) if stop is None else stop
    at = 0
    while stop - start > size:
        at = bisect.bisect_left(block_starts, start + size, at)
        while at < len(block_starts) and not (prose[block_starts[at] - 1].isspace()
                                              and not prose[block_starts[at]].isspace()):
            at += 1
        if at == len(block_starts) or block_starts[at] >= stop:
            break
        yield start, block_starts[at]
        start = block_starts[at]
    yield start, stop


def sentence_role(final: bool, punct: bool) -> int:
    """FINAL: its text is one of the sentencizer's characters; OPENER: neither that nor
    punctuation, so it may start a sentence; OTHER: punctuation, or whitespace."""
    return FINAL if final else OTHER if punct else OPENER


def sentence_starts(roles, before: int = OTHER) -> list[int]:
    """spaCy's Sentencizer rule over a whole column of roles: a sentence starts at the first
    token, and at an OPENER when the last FINAL or OPENER token before it was FINAL. `before`:
    the role of that last token when the column continues another."""
    if not roles:
        return []
    starts, last = [0], before
    for i, role in enumerate(roles):
        if role == OPENER and last == FINAL and i:
            starts.append(i)
        if role != OTHER:
            last = role
    return starts


@functools.lru_cache(maxsize=1)
def english():
    """spacy.blank("en") with en dash ranges and non-breaking hyphens split as infixes. A
    subclass, so the tokenizer is built once (setting infixes later rebuilds every special case)."""
    from spacy.lang.en import English

    class HealthDefaults(English.Defaults):
        infixes = list(English.Defaults.infixes) + [r"(?<=[0-9A-Za-z])[\u2010-\u2015\u2212](?=[0-9A-Za-z])"]

    class HealthEnglish(English):
        Defaults = HealthDefaults

    return HealthEnglish
