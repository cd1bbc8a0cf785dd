"""An inline token's readable text aligned with the file: each piece of text is found near
the cursor (escapes and entities walked character by character), markup, code, HTML and link
targets skipped; and the HTML comments in it."""

from __future__ import annotations

import bisect
from typing import Sequence

from linter.document import Comment
from linter.document.lines import LINE_END
from linter.document.parser import reading_parser
from linter.document.prose import Builder

def comments_in(text: str, start: int, end: int):
    """(offset, body) of each `<!-- … -->` in text[start:end]. One pass: a regular expression
    would search the rest of the text again from every unclosed `<!--`."""
    at = text.find("<!--", start, end)
    while at >= 0:
        close = text.find("-->", at + 4, end)
        if close < 0:
            return  # nothing after this one closes either
        yield at, text[at + 4:close]
        at = text.find("<!--", close + 3, end)


def add_comment(b: Builder, offset: int, body: str, line_starts: Sequence[int]) -> None:
    line = bisect.bisect_right(line_starts, offset)
    b.comments.append(Comment(offset, line, body.strip()))


def walk_inline(b: Builder, tok, text: str, cursor: int, limit: int, line_starts) -> int:
    """Add an inline token's readable text, aligned to the raw source; where it ends in the file."""
    in_autolink = False
    for child in tok.children or ():
        kind = child.type
        if kind == "text":
            if in_autolink:
                cursor = _skip(text, child.content, cursor, limit)
                continue
            cursor = _text(b, child.content, text, cursor, limit)
        elif kind in ("softbreak", "hardbreak"):
            cursor = _line_break(b, cursor, limit, line_starts)
        elif kind in ("code_inline", "html_inline"):
            if kind == "html_inline":
                at = _find_near(text, child.content, cursor, limit)
                for offset, body in comments_in(child.content, 0, len(child.content)):
                    if at >= 0:
                        add_comment(b, at + offset, body, line_starts)
            if kind == "code_inline":
                b.add(" ", cursor)  # keeps the words on either side apart
            skipped = _skip(text, child.content, cursor, limit, child.markup)
            if skipped == cursor and kind == "code_inline":  # across lines: its line ends read as spaces
                skipped = _skip_code(text, cursor, limit, child.markup)
            cursor = skipped
        elif kind == "link_open":
            in_autolink = child.markup == "autolink"
        elif kind == "link_close":
            if in_autolink:
                in_autolink = False
                close = text.find(">", cursor, limit)
                cursor = close + 1 if close >= 0 else cursor
            else:
                cursor = _skip_link_target(text, cursor, limit)
        elif kind == "image":
            start = text.find("![", cursor, limit)
            if start >= 0:
                close = text.find("]", start, limit)
                cursor = _skip_link_target(text, close if close >= 0 else start, limit)
    return cursor


def _text(b: Builder, content: str, text: str, cursor: int, limit: int) -> int:
    runs, cursor = _align(content, text, cursor, limit)
    b.add_aligned(content, runs)
    return cursor


def _line_break(b: Builder, cursor: int, limit: int, line_starts: Sequence[int]) -> int:
    """A line break inside a block reads as one space, at the last character of the line's
    end (the LF, or a lone CR); the cursor moves to the next line."""
    following = bisect.bisect_right(line_starts, cursor)
    if following >= len(line_starts) or line_starts[following] > limit:
        b.add(" ", cursor)
        return cursor
    b.add(" ", line_starts[following] - 1)
    return line_starts[following]


def _skip(text: str, content: str, cursor: int, limit: int, markup: str = "") -> int:
    if "\n" in content:  # raw HTML across lines: in a list or quote each line has its prefix
        return _skip_lines(text, content.split("\n"), cursor, limit, markup)
    at = _find_near(text, content, cursor, limit, markup)
    return at + len(content) if at >= 0 else cursor


def _skip_code(text: str, cursor: int, limit: int, markup: str) -> int:
    """The end of a code span opening near the cursor: its closing run of backticks, as long as
    the opening one (the cursor unmoved if there is none)."""
    at = text.find(markup, cursor, min(limit, cursor + _NEAR + len(markup)))
    pos = at + len(markup)
    while at >= 0:
        close = text.find(markup, pos, limit)
        if close < 0:
            break
        pos = close
        while pos < limit and text[pos] == "`":
            pos += 1
        if pos - close == len(markup):
            return pos
    return cursor


def _skip_lines(text: str, lines: list[str], cursor: int, limit: int, markup: str) -> int:
    """The end of a piece's lines, each found on the next line of the file (after the
    container prefix the parser left out); the cursor unmoved if one is not there. Found
    whole, the piece could be a later copy of itself that has no prefixes to leave out."""
    at = _find_near(text, lines[0], cursor, limit, markup)
    if at < 0:
        return cursor
    end = at + len(lines[0])
    for line in lines[1:]:
        eol = LINE_END.search(text, end, limit)
        at = text.find(line, eol.end(), min(limit, eol.end() + _NEAR + len(line))) if eol else -1
        if at < 0:
            return cursor
        end = at + len(line)
    return end


# A piece of inline code, HTML or text starts at the cursor or after a little markup. Looking
# for it only that far, not to the end of the block each time, keeps long paragraphs linear.
_NEAR = 64


def _find_near(text: str, piece: str, cursor: int, limit: int, markup: str = "") -> int:
    """Offset of piece in text near the cursor (within its markup and some slack), or -1."""
    return text.find(piece, cursor, min(limit, cursor + _NEAR + 2 * (len(piece) + len(markup))))


def _skip_link_target(text: str, cursor: int, limit: int) -> int:
    """Move past `](target)` or `][ref]` after a link's text, read the way markdown-it's link
    rule reads them. Each step stops where markdown-it's does (at a space, 32 nested
    parentheses, the closing quote), so no link walks on to the end of its block."""
    if cursor >= limit or text[cursor] != "]":
        return cursor
    cursor += 1
    if cursor < limit and text[cursor] == "(":
        end = _inline_target_end(text, cursor + 1, limit)
        if end >= 0:
            return end
    if cursor < limit and text[cursor] == "[":  # `[label]`, or `[]`; else a shortcut `[text]`
        end = _label_end(text, cursor + 1, limit)
        if end >= 0:
            return end + 1
    return cursor


def _inline_target_end(text: str, pos: int, limit: int) -> int:
    """The end of `  <href>  "title"  )` from pos, as markdown-it's link rule parses it; -1 if none."""
    from markdown_it.helpers import parseLinkDestination, parseLinkTitle

    md = reading_parser()
    pos = _skip_space(text, pos, limit)
    if pos >= limit:
        return -1
    found = parseLinkDestination(text, pos, limit)
    if found.ok:
        if md.validateLink(md.normalizeLink(found.str)):
            pos = found.pos
        start = pos
        pos = _skip_space(text, pos, limit)
        title = parseLinkTitle(text, pos, limit)
        if pos < limit and start != pos and title.ok:
            pos = _skip_space(text, title.pos, limit)
    return pos + 1 if pos < limit and text[pos] == ")" else -1


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] in " \t\r\n":
        pos += 1
    return pos


_MAX_LABEL = 999  # CommonMark: a link label has at most 999 characters


def _label_end(text: str, pos: int, limit: int) -> int:
    """Offset of the `]` closing a reference label that starts at pos, or -1 (an unescaped `[`
    inside, or none within a label's length: then markdown-it read a shortcut link)."""
    end = min(limit, pos + _MAX_LABEL + 1)
    while pos < end:
        ch = text[pos]
        if ch == "]":
            return pos
        if ch == "[":
            return -1
        pos += 2 if ch == "\\" else 1
    return -1


def _align(piece: str, text: str, cursor: int, limit: int) -> tuple[list[tuple[int, int]], int]:
    """Where `piece` sits in the file, searching forward from cursor: runs of
    (index in piece, file offset), each contiguous in the file; and the new cursor.

    The fast path finds the piece verbatim; escapes and entities fall back to a
    character-by-character walk that skips markup it cannot match.
    """
    if not piece:
        return [], cursor
    at = text.find(piece, cursor, min(limit, cursor + _NEAR + len(piece)))
    if at >= 0 and (at - cursor) < _NEAR and LINE_END.search(text, cursor, at) is None:
        # Only markup lies before it on this line; a copy on a later line is not this piece
        # (this one differs from the file: an escape, an entity).
        return [(0, at)], at + len(piece)
    runs: list[tuple[int, int]] = []
    last = -2
    for i, ch in enumerate(piece):
        j = text.find(ch, cursor, min(limit, cursor + 16))
        if j < 0:  # not in the source (an entity's expansion): reuse the last offset
            j = last if last >= 0 else cursor
        else:
            cursor = j + 1
        if j != last + 1:
            runs.append((i, j))
        last = j
    return runs, cursor
