"""A draft's prose as it is built: pieces of readable text, each with the file offset it
starts at, the blocks they make, and the hidden characters left out."""

from __future__ import annotations

import re
from array import array

from linter.document import Block, Comment

BLOCK_SEPARATOR = "\n\n"

# Characters a reader does not see: zero-width space, non-joiner and joiner, word joiner and
# the invisible operators, soft hyphen, byte-order mark, Mongolian vowel separator, tag
# characters, and the bidirectional marks, embeddings, overrides and isolates. Written inside a
# word they split it for every matcher while it still reads whole, so prose leaves them out
# (their file offsets are kept in `Document.hidden`). One character a match: each is recorded.
HIDDEN_CHARACTERS = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                               "\U000e0000-\U000e007f]")


def visible(text: str) -> str:
    """Text as a reader sees it: without the hidden characters (for quoting the draft)."""
    return HIDDEN_CHARACTERS.sub("", text)

class Builder:
    """Accumulates prose pieces with their file offsets, and the blocks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.runs = array("q")  # (prose offset, file offset) of each part, one after the other
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self.hidden: list[tuple[int, int, str]] = []
        self.length = 0
        self._block_start = -1
        self._block_part = 0

    def add(self, text: str, file_offset: int) -> None:
        """Add text that is contiguous in the file from file_offset, less its hidden characters."""
        i = 0
        for m in HIDDEN_CHARACTERS.finditer(text):
            self._add(text[i:m.start()], file_offset + i)
            self.hidden.append((self.length, file_offset + m.start(), m.group()))
            i = m.end()
        self._add(text[i:], file_offset + i)

    def _add(self, text: str, file_offset: int) -> None:
        if text:
            self.runs.extend((self.length, file_offset))
            self.parts.append(text)
            self.length += len(text)

    def add_aligned(self, text: str, runs: list[tuple[int, int]]) -> None:
        """Add text in runs of (start in text, file offset); each run is contiguous in the file."""
        for k, (i, offset) in enumerate(runs):
            j = runs[k + 1][0] if k + 1 < len(runs) else len(text)
            self.add(text[i:j], offset)

    def open_block(self, file_offset: int) -> None:
        if self.length:
            self.add(BLOCK_SEPARATOR, file_offset)
        self._block_start = self.length
        self._block_part = len(self.parts)

    def close_block(self, kind: str, line: int, end_line: int, in_list: bool = False) -> None:
        start = self._block_start
        if start >= 0 and any(part.strip() for part in self.parts[self._block_part:]):
            self.blocks.append(Block(kind, line, end_line, start, self.length, in_list))
        else:
            self.blocks.append(Block(kind, line, end_line, -1, -1, in_list))
        self._block_start = -1

    def structure(self, kind: str, line: int, end_line: int, in_list: bool = False) -> None:
        self.blocks.append(Block(kind, line, end_line, in_list=in_list))
