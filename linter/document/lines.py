"""Lines as positions count them: a line ends at LF, CRLF or a lone CR."""

from __future__ import annotations

import itertools
import re
from array import array

# The line ends CommonMark (and markdown-it, which normalises them to LF) knows: LF, CRLF and
# a lone CR. Positions and line numbers count lines the same way, for Markdown and plain text.
LINE_END = re.compile(r"\r\n?|\n")

def line_starts_of(text: str) -> array:
    """Offset of each line's first character; a line ends at LF, CRLF or a lone CR."""
    return array("q", itertools.chain((0,), (m.end() for m in LINE_END.finditer(text))))


def split_lines(text: str, keepends: bool = False) -> list[str]:
    """The lines of a text as positions count them (not str.splitlines, which also breaks
    at form feeds, U+2028 and others that no Markdown parser treats as line ends)."""
    starts = line_starts_of(text)
    ends = itertools.chain(starts[1:], (len(text),))
    lines = [text[a:b] for a, b in zip(starts, ends) if a < len(text)]
    return lines if keepends else [line.rstrip("\r\n") for line in lines]
