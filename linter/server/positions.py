"""Offsets in a buffer and LSP positions, both ways.

Findings count columns in characters (code points); LSP counts them in the code units the
client and server agreed on: UTF-16 by default (an emoji or other character beyond the Basic
Multilingual Plane is two units), or UTF-8 / UTF-32 when the client offers them. Lines end at
LF, CRLF or a lone CR, as the LSP specification and `linter.document` both say (str.splitlines
would also break at form feeds and U+2028, and disagree with the editor).
"""

from __future__ import annotations

import bisect

from linter.document.lines import line_starts_of

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def units(text: str, encoding: str) -> int:
    """The length of a text in the encoding's code units."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


class Lines:
    """A buffer's line starts, for turning offsets into positions and back."""

    def __init__(self, text: str, encoding: str = UTF16):
        self.text = text
        self.encoding = encoding
        self.starts = line_starts_of(text)

    def position(self, offset: int) -> tuple[int, int]:
        """0-based line and character (in code units) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, units(self.text[self.starts[line]:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The character offset of a position; one past a line's end is clamped to its end."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        content = self.text[start:end].rstrip("\r\n")
        if self.encoding == UTF32:
            return start + min(character, len(content))
        count = 0
        for i, char in enumerate(content):
            if count >= character:
                return start + i
            count += units(char, self.encoding)
        return start + len(content)

    def line_text(self, line: int) -> str:
        """A line without its line ending."""
        if not 0 <= line < len(self.starts):
            return ""
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[line]:end].rstrip("\r\n")

    def line_ending(self, line: int) -> str:
        """The ending of a line (LF, CRLF or CR), or of the first line that has one (LF if none)."""
        for number in [line, *range(len(self.starts))]:
            if 0 <= number < len(self.starts) - 1:
                text = self.text[self.starts[number]:self.starts[number + 1]]
                return "\r\n" if text.endswith("\r\n") else text[-1]
        return "\n"
