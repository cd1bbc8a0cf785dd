"""Read stage: a file becomes a Document, its prose with exact offsets.

Checks never see Markdown syntax. They see `Document.prose`, the readable
text of the draft with each block (paragraph, heading, list item, table cell)
separated by a blank line, and map any span of it back to the file's
line:column through `Document.position`.

This module holds the record; the package's modules make it: read.py (decoding, and a file
or text to a Document), lines.py (line starts), prose.py (prose pieces with their file
offsets, hidden characters), front_matter.py, plain_text.py, and for Markdown parser.py
(markdown-it, block by block), markdown.py (its tokens to blocks) and inline.py (an inline
token's text aligned with the file).
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

@dataclass(frozen=True, slots=True)  # slots: a long draft has a hundred thousand blocks
class Block:
    """One structural block. Prose blocks carry a span of `Document.prose`."""

    kind: str  # paragraph | heading | cell | list | table | code | html | hr | quote
    line: int
    end_line: int
    prose_start: int = -1
    prose_end: int = -1
    in_list: bool = False

    @property
    def has_prose(self) -> bool:
        return self.prose_start >= 0


@dataclass(frozen=True, slots=True)
class Comment:
    """An HTML comment (suppressions and fixture expectations live in these)."""

    offset: int
    line: int
    body: str


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    kind: str  # markdown | text
    prose: str
    blocks: tuple[Block, ...]
    comments: tuple[Comment, ...] = ()
    front_matter: Mapping = field(default_factory=lambda: MappingProxyType({}))
    has_bom: bool = False
    # From prose offset run_prose[i] on, prose and file advance together from file offset
    # run_file[i], until the next run. Arrays of machine integers, as are the line starts:
    # a long draft has a million of each.
    run_prose: array = field(default_factory=lambda: array("q"))
    run_file: array = field(default_factory=lambda: array("q"))
    line_starts: array = field(default_factory=lambda: array("q", [0]))
    # (prose offset, file offset, character) of each hidden character left out of the prose:
    # the prose offset is where it stood (the next visible character's).
    hidden: tuple[tuple[int, int, str], ...] = ()

    def file_offset(self, prose_offset: int) -> int:
        i = bisect.bisect_right(self.run_prose, prose_offset) - 1
        if i < 0:
            return 0
        return self.run_file[i] + (prose_offset - self.run_prose[i])

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets of the prose span [start, end)."""
        fstart = self.file_offset(start)
        fend = self.file_offset(end - 1) + 1 if end > start else fstart
        return fstart, max(fstart, fend)

    def line_col(self, file_offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a file offset."""
        line = bisect.bisect_right(self.line_starts, file_offset) - 1
        return line + 1, file_offset - self.line_starts[line] + 1

    def position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """line, column, end_line, end_column of the prose span [start, end)."""
        fstart, fend = self.file_span(start, end)
        return self.line_col(fstart) + self.line_col(fend)
