"""A plain-text draft's prose: paragraphs, bullet lists, and lines holding only a healthlint
comment."""

from __future__ import annotations

import re

from linter.document import Comment
from linter.document.lines import split_lines
from linter.document.prose import Builder

_BULLET = re.compile(r"[ \t]*(?:[•◦▪▫‣⁃●○■□–—*+-]|\d{1,3}[.)])[ \t]+(?=\S)")


def build_plain_text(text: str) -> Builder:
    b = Builder()
    para: list[tuple[int, str]] = []  # (offset, line text) of the open paragraph
    para_line = [0]
    in_list = False
    lines = split_lines(text, keepends=True)
    offset = 0

    def flush(end_line: int) -> None:
        if para:
            b.open_block(para[0][0])
            for i, (off, line) in enumerate(para):
                if i:
                    b.add(" ", off - 1)
                stripped = line.strip()
                b.add(stripped, off + (len(line) - len(line.lstrip())))
            b.close_block("paragraph", para_line[0], end_line)
            para.clear()

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        bullet = _BULLET.match(line)
        if not line.strip():
            flush(number - 1)
            in_list = False
        elif _suppression_line(line):  # read as a comment; the paragraph or list goes on below it
            start = line.index("<!--")
            b.comments.append(Comment(offset + start, number, line.strip()[4:-3].strip()))
        elif bullet:
            flush(number - 1)
            if not in_list:
                b.structure("list", number, number)
                in_list = True
            b.open_block(offset + bullet.end())
            b.add(line[bullet.end():].rstrip(), offset + bullet.end())
            b.close_block("paragraph", number, number, in_list=True)
        else:
            in_list = False
            if not para:
                para_line[0] = number
            para.append((offset, line))
        offset += len(raw)
    flush(len(lines))
    return b


def _suppression_line(line: str) -> bool:
    """A plain-text line holding nothing but one `<!-- healthlint-… -->` comment: the only
    comment plain text has, so that suppressions (and --add-suppressions) work there too."""
    s = line.strip()
    return (s.startswith("<!--") and s.endswith("-->") and s.find("-->", 4) == len(s) - 3
            and s[4:].lstrip().startswith("healthlint-"))
