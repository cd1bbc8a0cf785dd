"""The language server's stages after an edit: the claim families read again only the
sentences the edit can change; the others keep the claims (and HL704's fact slots) of the last
version, moved to where the edit put them. The same stage functions (claims.sentence_claims,
claims.with_tables, claims.slots.slots) on a part of the draft, so the claims are those of a
full extract. (The annotation of the blocks an edit left alone is kept by nlp.reuse.Reuse, from the
last annotation this keeps.)

What a sentence's claims read: its own section (from its heading to the next: a list's lead-in
and items, a table's rows, a paragraph's later sentences), a few sentences before the section
(REACH: a run of reports before it; TABLE_REACH in a section with a table: the table's topic,
the last drug named before it), the drug in discussion before it (which the page's main drug
sets in every section), and whether the parser read it. Blocks are compared whole (kind, place
in a list, line spacing, prose and sentences), the old and new draft aligned by the blocks they
start and end with: an edit changes one run of blocks between those. A sentence whose section,
and the sentences before it that it reads, hold none of that run (before the edit nor after
it), whose drug before is the same and that is parsed as it was, has the claims it had."""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from typing import Callable

from linter.claims import Claim, Item, befores, sentence_claims, with_tables
from linter.claims.side_effects import LIST_REACH, REPORTS_IN_A_ROW
from linter.claims.slots import Slot, slots
from linter.nlp import Annotation, Sentence

# Sentences before its section a sentence's claims may read (claims/side_effects.py): a run of
# reports goes back REPORTS_IN_A_ROW; a table cell's topic is the last drug named within
# LIST_REACH sentences before it.
REACH = REPORTS_IN_A_ROW
TABLE_REACH = LIST_REACH + REPORTS_IN_A_ROW


@dataclass(frozen=True)
class Version:
    """What one extract of a draft leaves for the next: per block, its key and first sentence;
    per sentence, the sentences it reads, its drug before, whether it is parsed, its prose claims."""

    stages: tuple  # what every sentence's claims depend on: they hold only while it is the same
    keys: tuple
    firsts: tuple[int, ...]  # block -> its first sentence (one more entry: the sentence count)
    prose_starts: tuple[int, ...]  # block -> where its prose starts
    reads: tuple[tuple[int, int], ...]  # sentence -> [first, end) sentences its section's claims may read
    told: tuple
    parsed: tuple[bool, ...]
    claims: tuple[tuple[Claim, ...], ...]  # sentence -> its prose claims


class Recall:
    """The last version of one buffer, for the next extract of it to reuse."""

    def __init__(self) -> None:
        self.last: Version | None = None
        self.read: list[int] = []  # the sentences the last extract read (for the tests)
        self.moves: dict[int, tuple[int, int]] = {}  # see _unchanged
        # Sentence -> its fact slots (HL704), of the last check and of this one.
        self.slots_before: dict[int, tuple[Slot, ...]] = {}
        self.slots_now: dict[int, tuple[Slot, ...]] = {}
        self.annotation: Annotation | None = None  # the last one, and the packs it was made with
        self.knowledge = None

    def last_annotation(self, knowledge) -> Annotation | None:
        """The annotation of the last version, when it was made with these packs' pipeline."""
        return self.annotation if knowledge == self.knowledge else None

    def extract(self, ann: Annotation, extractors: tuple, knowledge, model: str | None) -> tuple[Claim, ...]:
        """claims.extract(ann, extractors), reading only the sentences the edit can change.
        `knowledge` and `model`: what the annotation was made with."""
        told = befores(ann)
        sentences = list(ann.sentences)  # each item of ann.sentences is built when read: once here
        # Whether the draft names a drug at all is read by every sentence (claims.certainty).
        version = _version(ann, sentences, (knowledge, model, extractors, ann.names_a_drug), told)
        last = self.last if self.last is not None and self.last.stages == version.stages else None
        self.moves = _unchanged(last, version) if last is not None else {}
        self.read = [s.index for s in sentences if s.index not in self.moves]
        per_sentence = tuple(self._kept_claims(s.index) if s.index in self.moves
                             else tuple(sentence_claims(ann, extractors, s, told)) for s in sentences)
        self.last = dataclasses.replace(version, claims=per_sentence)
        self.annotation, self.knowledge = ann, knowledge
        return tuple(with_tables(ann, [c for claims in per_sentence for c in claims]))


    def _kept_claims(self, index: int) -> tuple[Claim, ...]:
        old, shift = self.moves[index]
        return tuple(_moved(c, index - old, shift) for c in self.last.claims[old])

    def slots(self, ann: Annotation, knowledge) -> Callable[[Sentence], tuple[Slot, ...]]:
        """claims.slots.slots for the checks of the version just extracted: a sentence whose claims
        are kept keeps its slots (they read no more than its section), moved."""
        self.slots_before, self.slots_now = self.slots_now if self.moves else {}, {}

        def read(sentence: Sentence) -> tuple[Slot, ...]:
            old, shift = self.moves.get(sentence.index, (None, 0))
            if old in self.slots_before:
                found = tuple(dataclasses.replace(s, start=s.start + shift, end=s.end + shift)
                              for s in self.slots_before[old])
            else:
                found = slots(ann, sentence, knowledge)
            self.slots_now[sentence.index] = found
            return found

        return read


def _version(ann: Annotation, sentences: list, stages: tuple, told: list) -> Version:
    """The draft's blocks and sentences as a Version (its claims still to come)."""
    blocks = ann.document.blocks
    counts = [0] * len(blocks)
    for sentence in sentences:
        counts[sentence.block] += 1
    firsts = [0]
    for count in counts:
        firsts.append(firsts[-1] + count)
    prose = ann.document.prose
    keys, line = [], 0
    for i, block in enumerate(blocks):
        texts = tuple(sentence.text for sentence in sentences[firsts[i]:firsts[i + 1]])
        keys.append((block.kind, block.in_list, block.line - line, block.end_line - block.line,
                     prose[block.prose_start:block.prose_end] if block.has_prose else None, texts))
        line = block.line
    return Version(stages, tuple(keys), tuple(firsts), tuple(b.prose_start for b in blocks),
                   _reads(blocks, sentences), tuple(told), tuple(s.index in ann.parses for s in sentences), ())


def _reads(blocks: tuple, sentences: list) -> tuple[tuple[int, int], ...]:
    """Sentence -> [first, end) sentences its claims may read: its section (a heading's sentences
    start one) and REACH sentences before it, TABLE_REACH where the section holds a table cell."""
    starts, block = [], None
    for sentence in sentences:
        if blocks[sentence.block].kind == "heading" and sentence.block != block:
            starts.append(sentence.index)
        block = sentence.block
    bounds = [0, *[s for s in starts if s], len(sentences)]
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        cells = any(blocks[sentence.block].kind == "cell" for sentence in sentences[lo:hi])
        out.extend([(lo - (TABLE_REACH if cells else REACH), hi)] * (hi - lo))
    return tuple(out)


def _unchanged(last: Version, new: Version) -> dict[int, tuple[int, int]]:
    """New sentence index -> (its index in the last version, how far its prose moved), for every
    sentence the edit cannot have changed."""
    old_n, new_n = len(last.keys), len(new.keys)
    same = 0
    while same < min(old_n, new_n) and last.keys[same] == new.keys[same]:
        same += 1
    tail = 0
    while tail < min(old_n, new_n) - same and last.keys[old_n - 1 - tail] == new.keys[new_n - 1 - tail]:
        tail += 1
    # The changed sentences: [start, end) in the new draft, [start, old_end) in the old one.
    start, end, old_end = new.firsts[same], new.firsts[new_n - tail], last.firsts[old_n - tail]
    moved = end - old_end
    kept = {}
    for index in range(len(new.told)):
        if start <= index < end:
            continue
        old = index if index < start else index - moved
        if (new.told[index] != last.told[old] or new.parsed[index] != last.parsed[old]
                or _reaches(new.reads[index], start, end) or _reaches(last.reads[old], start, old_end)):
            continue
        block = bisect.bisect_right(new.firsts, index) - 1  # a block without sentences is skipped
        old_block = block if block < same else block - (new_n - old_n)
        shift = new.prose_starts[block] - last.prose_starts[old_block]
        kept[index] = (old, shift)
    return kept


def _reaches(reads: tuple[int, int], start: int, end: int) -> bool:
    """Whether the sentences [first, end) a sentence reads meet the changed sentences [start, end),
    or their place when there are none (a block deleted)."""
    return reads[0] <= end and start - 1 < reads[1]


def _moved(claim: Claim, by: int, shift: int) -> Claim:
    """A kept claim where the edit moved its sentence (`by` sentences, `shift` prose characters)."""
    if not by and not shift:
        return claim
    return dataclasses.replace(claim, sentence=claim.sentence + by, start=claim.start + shift,
                               end=claim.end + shift, items=tuple(_item(i, shift) for i in claim.items),
                               parts=tuple((name, _item(i, shift)) for name, i in claim.parts))


def _item(item: Item, shift: int) -> Item:
    return Item(item.text, item.start + shift, item.end + shift)
