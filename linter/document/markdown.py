"""A Markdown draft's prose: markdown-it's tokens read into blocks, in order, as they are
parsed; containers nested too deep for the parser read as plain text."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from linter.document.inline import add_comment, comments_in, walk_inline
from linter.document.parser import markdown_tokens
from linter.document.prose import Builder

_STRUCTURE = {
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "table_open": "table",
    "blockquote_open": "quote",
    "hr": "hr",
    "fence": "code",
    "code_block": "code",
    "html_block": "html",
}
_PROSE_PARENTS = {"paragraph_open": "paragraph", "heading_open": "heading",
                  "th_open": "cell", "td_open": "cell"}


def build_markdown(text: str, line_starts: Sequence[int], parser=None) -> Builder:
    """The prose of a Markdown text. Each block's tokens are read as soon as the block is
    parsed and then dropped, so only a few exist at once (all of a 10 MB draft's took hundreds
    of MB); a parser given (an unmodified one, in the tests) is read whole."""
    reader = _TokenReader(text, line_starts)
    if parser is not None:
        reader.read(parser.parse(text))
    else:
        markdown_tokens(text, reader.read)
    return reader.builder


class _TokenReader:
    """Adds markdown-it's tokens to a builder, in order, in as many calls as it takes."""

    def __init__(self, text: str, line_starts: Sequence[int]) -> None:
        self.builder = Builder()
        self.text, self.line_starts = text, line_starts
        self.list_depth = 0
        self.parent = "paragraph"
        self.last_map = (0, 1)
        # The open lists and block quotes: (index of their block, open token). Their last line
        # is known at their close only (read block by block, their contents come before it).
        self.open: list[tuple[int, object]] = []
        self.row = (-1, 0)  # the 0-based line of the table row being read, and where its last cell ended

    def start_of(self, line0: int) -> int:
        return self.line_starts[line0] if line0 < len(self.line_starts) else len(self.text)

    def read(self, tokens: list) -> None:
        b, text, line_starts = self.builder, self.text, self.line_starts
        for tok in tokens:
            if tok.map:
                self.last_map = tok.map
            if tok.type in _STRUCTURE:
                line, end = self.last_map
                b.structure(_STRUCTURE[tok.type], line + 1, end, in_list=self.list_depth > 0)
            if tok.type in _CONTAINERS:
                self.open.append((len(b.blocks) - 1, tok))
            elif tok.type in _CONTAINER_CLOSES:
                index, opener = self.open.pop()
                b.blocks[index] = replace(b.blocks[index], end_line=opener.map[1])
            if tok.type in ("bullet_list_open", "ordered_list_open"):
                self.list_depth += 1
            elif tok.type in ("bullet_list_close", "ordered_list_close"):
                self.list_depth -= 1
            elif tok.type in _PROSE_PARENTS:
                self.parent = _PROSE_PARENTS[tok.type]
            elif tok.type == "inline":
                line, end = tok.map or self.last_map
                base = self.start_of(line)
                if self.parent == "cell" and self.row[0] == line:
                    # A row's cells share its line: each is looked for after the one before, not
                    # from the line's start (text is aligned only a little way past the cursor).
                    base = max(base, self.row[1])
                b.open_block(base)
                cursor = walk_inline(b, tok, text, base, self.start_of(end), line_starts)
                if self.parent == "cell":
                    self.row = (line, cursor)
                b.close_block(self.parent, line + 1, end, in_list=self.list_depth > 0)
            elif tok.type == "deep_text":
                _deep_text(b, text, tok.map, line_starts, self.list_depth > 0)
            elif tok.type == "html_block":
                line, end = self.last_map
                base = self.start_of(line)
                for offset, body in comments_in(text, base, self.start_of(end)):
                    add_comment(b, offset, body, line_starts)


_CONTAINERS = ("bullet_list_open", "ordered_list_open", "blockquote_open")
_CONTAINER_CLOSES = ("bullet_list_close", "ordered_list_close", "blockquote_close")

# Container markers at the start of a deep line: block quote marks, bullets, list numbers.
_CONTAINER_MARKS = re.compile(r"[ \t]*(?:(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)*")


def _deep_text(b: Builder, text: str, lines: list[int], line_starts: Sequence[int], in_list: bool) -> None:
    """Lines nested deeper than the parser goes, as plain text: container markers stripped,
    a paragraph per run of lines, a new one at each list item; positions those of the file."""
    first = last = 0  # 1-based first and last line of the open paragraph (0: none open)
    item = False

    def close() -> None:
        if first:
            b.close_block("paragraph", first, last, in_list=in_list or item)

    for n in range(*lines):
        start = line_starts[n] if n < len(line_starts) else len(text)
        stop = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
        raw = text[start:stop].rstrip("\r\n")
        marks = _CONTAINER_MARKS.match(raw).group()
        content = raw[len(marks):].rstrip()
        at = start + len(marks)
        if not content:
            close()
            first = 0
        elif first and not marks.strip(" \t>"):  # a continuation line
            b.add(" ", start - 1)  # the line break reads as a space
            b.add(content, at)
            last = n + 1
        else:
            close()
            b.open_block(at)
            b.add(content, at)
            first = last = n + 1
            item = bool(marks.strip(" \t>"))
    close()
