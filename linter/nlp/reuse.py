"""What an annotation of a draft before an edit gives the annotation after it (the language
server): the prose blocks the edit left alone at the draft's start and end are copied, moved to
where the edit put them, and only those between go through spaCy again."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from linter.document import Document
from linter.nlp import Annotation, shifted


@dataclass(frozen=True)
class Reuse:
    """What an annotation of a draft before an edit gives the annotation after it: the prose
    blocks the edit left alone at the draft's start and at its end (the same text from one
    block's start to the next's, the same block number or, at the end, moved by as many blocks
    as the edit added). They are cut only where a block's prose starts with a letter or digit
    after whitespace: a batch could start there (`batches`), and its first token is a word, so
    sentences start within it whatever came before (the sentencizer's rule)."""

    last: Annotation
    start: int  # the new prose to annotate: [start, stop)
    stop: int
    old_tokens: tuple[int, int]  # the last annotation's tokens before `start`, and from its `stop` on

    @classmethod
    def of(cls, last: Annotation, document: Document, prose_blocks: list) -> "Reuse | None":
        old = [(b.prose_start, i) for i, b in enumerate(last.document.blocks) if b.has_prose]
        old_prose, prose = last.document.prose, document.prose
        if not old or not prose_blocks:
            return None
        old_pieces, pieces = _pieces(old_prose, old), _pieces(prose, prose_blocks)
        head = 0
        while head < min(len(old), len(prose_blocks)) and old_pieces[head] == pieces[head] \
                and old[head][1] == prose_blocks[head][1]:
            head += 1
        moved = len(document.blocks) - len(last.document.blocks)
        tail = 0
        while tail < min(len(old), len(prose_blocks)) - head and old_pieces[-1 - tail] == pieces[-1 - tail] \
                and old[-1 - tail][1] + moved == prose_blocks[-1 - tail][1]:
            tail += 1
        def new_start(block: int) -> int:
            return prose_blocks[block][0] if block < len(prose_blocks) else len(prose)

        def old_start(block: int) -> int:  # the last draft's start of a block kept at the end
            at = block - len(prose_blocks) + len(old)
            return old[at][0] if block < len(prose_blocks) else len(old_prose)

        while head and not _cut(prose, new_start(head)):
            head -= 1
        first = len(prose_blocks) - tail  # the first block kept at the end
        while first < len(prose_blocks) and not (_cut(prose, new_start(first)) and _cut(old_prose, old_start(first))):
            first += 1
        start, stop = new_start(head), new_start(first)
        return cls(last, start, stop, (bisect.bisect_left(last.starts, start),
                                       bisect.bisect_left(last.starts, old_start(first))))

    def copy(self, parts, lo: int, hi: int, chars: int, blocks: int) -> None:
        """Add the last annotation's tokens [lo, hi), with what starts in them, to `parts`: moved
        by `chars` characters and `blocks` blocks, and to follow the tokens `parts` holds."""
        last, by = self.last, len(parts.norms) - lo
        parts.norms.extend(last.norms[lo:hi])
        parts.texts.extend(last.texts[lo:hi])
        parts.starts.extend(map(chars.__add__, last.starts[lo:hi]))
        parts.spaces.extend(last.spaces[lo:hi])
        parts.is_word.extend(last.is_word[lo:hi])
        parts.negation.extend(last.negation[lo:hi])
        parts.url_like.extend(sorted(by + t for t in last.url_like if lo <= t < hi))
        parts.mentions.extend(_moved(last.mentions.starting_in(lo, hi), by, chars))
        parts.cues.extend(_moved(last.cues.starting_in(lo, hi), by, chars))
        first = bisect.bisect_left(last.sentences.tok_starts, lo)
        for i in range(first, bisect.bisect_left(last.sentences.tok_starts, hi)):
            s = last.sentences[i]
            parts.sentences.append(s._replace(start=s.start + chars, end=s.end + chars, tok_start=s.tok_start + by,
                                              tok_end=s.tok_end + by, block=s.block + blocks,
                                              clauses=shifted(s.clauses, by)))


def _pieces(prose: str, prose_blocks: list) -> list[str]:
    """Each prose block's text up to the next one's start (its separator included)."""
    bounds = [start for start, _ in prose_blocks] + [len(prose)]
    return [prose[a:b] for a, b in zip(bounds, bounds[1:])]


def _cut(prose: str, at: int) -> bool:
    """Whether annotation can stop or start at a prose offset whatever lies before: the prose's
    end, or a word's first character after whitespace."""
    return at >= len(prose) or (at > 0 and prose[at - 1].isspace() and prose[at].isalnum())


def _moved(items, by: int, chars: int) -> tuple:
    """Mentions or cues `by` tokens and `chars` characters further on."""
    return tuple(item._replace(start=item.start + chars, end=item.end + chars) for item in shifted(items, by))
