"""A draft's mentions, cues and sentences in compact columns.

A long draft has hundreds of thousands of them: as named tuples a cue costs about 250 bytes (the
tuple and four int objects) and a sentence about 550 (with its clauses and text), as columns
a few dozen bytes each. The named tuples are built when read.
"""

from __future__ import annotations

import functools
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

_INTS = frozenset({"start", "end", "tok_start", "tok_end"})  # fields kept as machine integers
# Offsets and token indices are never negative, and a draft is far below 4 GB: 32 bits hold them
# (a long draft has millions; an 8-byte column would cost twice as much).
OFFSET = "I"


class Spans:
    """Named tuples of one type (with fields tok_start and `key`), added in token order.
    `key`: the field lookups select on (a mention's label, a cue's kind)."""

    def __init__(self, cls, key: str):
        self._cls = cls
        self._key = cls._fields.index(key)
        self._columns = tuple(array(OFFSET) if name in _INTS else [] for name in cls._fields)
        self._tok_starts = self._columns[cls._fields.index("tok_start")]

    def extend(self, items) -> None:
        """Add items (named tuples of this type) that start after every item held."""
        for column, values in zip(self._columns, zip(*items)):
            column.extend(values)

    def __len__(self) -> int:
        return len(self._tok_starts)

    def __iter__(self):
        return (self._cls(*row) for row in zip(*self._columns))

    def __getitem__(self, i: int):
        return self._cls(*[column[i] for column in self._columns])

    def starting_in(self, tok_start: int, tok_end: int, wanted: tuple[str, ...] = ()) -> list:
        """Items starting in [tok_start, tok_end) whose key is wanted (any, if none is), in order."""
        if not wanted:
            rows = range(bisect_left(self._tok_starts, tok_start), bisect_left(self._tok_starts, tok_end))
            return list(map(self.__getitem__, rows))
        # Only the items asked for are built (a sentence holds many of other keys): a slice of
        # each wanted key's group, merged in order when there are several.
        groups = self._groups
        if len(wanted) == 1:  # most lookups (hundreds of thousands a corpus), most finding nothing
            group = groups.get(wanted[0])
            return [] if group is None else list(map(self.__getitem__, _slice(group, tok_start, tok_end)))
        rows = [row for value in set(wanted) if value in groups for row in _slice(groups[value], tok_start, tok_end)]
        return list(map(self.__getitem__, sorted(rows)))

    def iter_key(self, wanted: str):
        """The items whose key is `wanted`, in order, one at a time."""
        group = self._groups.get(wanted)
        return map(self.__getitem__, group[1] if group else ())

    def last_starting_in(self, tok_start: int, tok_end: int, wanted: str):
        """The last item starting in [tok_start, tok_end) whose key is `wanted`, or None."""
        group = self._groups.get(wanted)
        if group is None:
            return None
        starts, rows = group
        at = bisect_left(starts, tok_end) - 1
        return self[rows[at]] if at >= 0 and starts[at] >= tok_start else None

    @functools.cached_property
    def _groups(self) -> dict[str, tuple[array, array]]:
        """key -> (token starts, rows) of the items with that key."""
        rows: dict[str, array] = {}
        for i, value in enumerate(self._columns[self._key]):
            rows.setdefault(value, array(OFFSET)).append(i)
        return {value: (array(OFFSET, map(self._tok_starts.__getitem__, at)), at) for value, at in rows.items()}


def _slice(group: tuple[array, array], tok_start: int, tok_end: int) -> array:
    """The rows of a group (token starts, rows) whose item starts in [tok_start, tok_end)."""
    starts, rows = group
    return rows[bisect_left(starts, tok_start):bisect_left(starts, tok_end)]


class Sentences(Sequence):
    """A draft's Sentence tuples (fields index, start, end, tok_start, tok_end, clauses, block,
    text, cue_kinds), appended in order. A sentence's text is read from the prose and its
    clauses from where they break, when the sentence is read."""

    def __init__(self, cls, clause_cls, prose: str):
        self._cls, self._clause, self._prose = cls, clause_cls, prose
        self.tok_starts = array(OFFSET)
        self._tok_ends, self._starts, self._ends, self._blocks = (array(OFFSET) for _ in range(4))
        self._kinds: list[frozenset] = []  # one set object per distinct set of kinds
        self._breaks = array(OFFSET)  # where each clause but a sentence's first starts, sentence after sentence
        self._break_at = array(OFFSET, [0])  # sentence i's: _breaks[_break_at[i]:_break_at[i + 1]]

    def append(self, sentence) -> None:
        self.tok_starts.append(sentence.tok_start)
        self._tok_ends.append(sentence.tok_end)
        self._starts.append(sentence.start)
        self._ends.append(sentence.end)
        self._blocks.append(sentence.block)
        self._kinds.append(sentence.cue_kinds)
        self._breaks.extend(clause.tok_start for clause in sentence.clauses[1:])
        self._break_at.append(len(self._breaks))

    def __len__(self) -> int:
        return len(self.tok_starts)

    def index_of(self, tok: int) -> int | None:
        """The index of the sentence that holds a token (None for whitespace between sentences)."""
        at = bisect_right(self.tok_starts, tok) - 1
        return at if at >= 0 and tok < self._tok_ends[at] else None

    def __getitem__(self, i: int):
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        tok_start, tok_end, start, end = self.tok_starts[i], self._tok_ends[i], self._starts[i], self._ends[i]
        bounds = [tok_start, *self._breaks[self._break_at[i]:self._break_at[i + 1]], tok_end]
        clauses = tuple(self._clause(a, b) for a, b in zip(bounds, bounds[1:]))
        return self._cls(i, start, end, tok_start, tok_end, clauses, self._blocks[i], self._prose[start:end],
                         self._kinds[i])
