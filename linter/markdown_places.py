"""Where a Markdown draft can take an HTML comment that its rendered page does not show (for
--add-suppressions), read from markdown-it's tokens and source maps, and a check that it does not.

Three kinds of place, from the finest:
- the end of a line of a paragraph or setext heading that ends outside every inline construct
  (code span, link or image with its destination and title, autolink, raw HTML): a comment
  there is inline HTML of that paragraph, and the paragraph is not split;
- a line of its own above a line where a block starts, with that line's container prefix
  (indentation, `>` markers; inside a list, indented to join the item above);
- lines of their own around the top-level block (or the table) holding a line.
`unchanged` renders the top-level blocks an edit touches before and after (markdown-it, comments
stripped): an analysis that missed a case costs a coarser place, never a changed page.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from linter.document.lines import split_lines
from linter.document.parser import markdown_parser, markdown_tokens

_PREFIX = re.compile(r"[ \t>]*")  # indentation and block-quote markers
_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")  # a list item's bullet or number
_LIST_OPENS = ("bullet_list_open", "ordered_list_open")
# After a comment, a `*`, `_` or `~` run that ended the line would be followed by `<`, not a
# line end, and could open emphasis or strikethrough.
_DELIMITERS = "*_~"
# A `<` left as text that a comment's `-->` or `>` could close into raw HTML: a comment or
# declaration (`<!`), a processing instruction (`<?`), a tag.
_TAG_LIKE = re.compile(r"<[A-Za-z!?/]")
_SPANS = "healthlint.spans"  # env key: where the recording parser notes each construct


@dataclass(frozen=True)
class _Inline:
    """The inline content of a paragraph or heading: lines first..last (1-based)."""

    first: int
    last: int
    content: str  # as markdown-it's inline parser reads it: one "\n" between lines
    kind: str  # paragraph | setext | atx
    references: dict

    def ends_outside(self, line: int) -> bool:
        """Whether the end of `line` lies outside every inline construct, with no `<` before it
        that a comment's `>` could close."""
        newline = self._newlines[line - self.first] if line < self.last else len(self.content)
        if self._tag_like < newline:
            return False
        i = bisect.bisect_left(self._spans, (newline,)) - 1
        return i < 0 or self._spans[i][1] <= newline

    @cached_property
    def _newlines(self) -> list[int]:
        return [i for i, ch in enumerate(self.content) if ch == "\n"]

    @cached_property
    def _spans(self) -> list[tuple[int, int]]:
        """The constructs' spans in the content, merged (a link's holds its text's)."""
        env = {"references": self.references, _SPANS: []}
        md = _recording_parser()
        md.inline.parse(self.content, md, env, [])
        merged: list[tuple[int, int]] = []
        for start, end in sorted(env[_SPANS]):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged

    @cached_property
    def _tag_like(self) -> int:
        """Offset of the first `<` left as text that could start raw HTML (len: none)."""
        for m in _TAG_LIKE.finditer(self.content):
            i = bisect.bisect_right(self._spans, (m.start(), len(self.content))) - 1
            if i < 0 or self._spans[i][1] <= m.start():
                return m.start()
        return len(self.content)


class Places:
    """What a Markdown body (front matter blanked) says about the lines `wanted`, and its
    top-level blocks; one pass over the parser's tokens, kept only for those lines."""

    def __init__(self, body: str, wanted: set[int]):
        self.lines = split_lines(body, keepends=True)
        self._wanted = wanted
        self._starts: set[int] = set()  # wanted lines where a block starts
        self._list_starts: set[int] = set()  # wanted lines where a list starts
        self._inline: dict[int, _Inline] = {}
        self._top: list[list[int]] = []  # source maps of the top-level blocks (a container's end set at its close)
        self._tables: list[list[int]] = []
        self._parent = None
        # The first line of the first HTML block that leaves a comment open: a browser hides
        # the page from there to the next `-->`, which a comment added further on would be.
        self.hidden_from = len(self.lines) + 2
        self.references: dict = {}  # the link reference definitions, known once all is read
        self.references.update(markdown_tokens(body, self._take))
        self._top_first = [m[0] + 1 for m in self._top]
        self._table_first = [m[0] + 1 for m in self._tables]
        self._chunks = sorted({1, *self._top_first})

    def _take(self, tokens: list) -> None:
        for tok in tokens:
            if tok.type in ("paragraph_open", "heading_open"):
                self._parent = tok
            elif tok.type in ("th_open", "td_open"):
                self._parent = None
            if tok.map is None:
                continue
            if tok.type == "inline":
                if self._parent is not None:
                    self._add_inline(tok)
                continue
            if tok.level == 0:
                self._top.append(tok.map)
            if tok.type == "html_block" and self.hidden_from > len(self.lines) and _leaves_open(tok.content):
                self.hidden_from = tok.map[0] + 1
            if tok.type == "table_open":
                self._tables.append(tok.map)
            first = tok.map[0] + 1
            if first in self._wanted:
                self._starts.add(first)
                if tok.type in _LIST_OPENS:
                    self._list_starts.add(first)

    def _add_inline(self, tok) -> None:
        first = tok.map[0] + 1
        last = first + tok.content.count("\n")
        markup = self._parent.markup
        kind = "paragraph" if self._parent.type == "paragraph_open" else "atx" if markup.startswith("#") else "setext"
        inline = None
        for n in range(first, last + 1):
            if n in self._wanted:
                inline = inline or _Inline(first, last, tok.content, kind, self.references)
                self._inline[n] = inline

    def append_at(self, n: int) -> int | None:
        """Where in line n a comment can be appended that the page does not show: the line's
        end, before trailing blanks and a hard break's backslash; None if there is no such place."""
        inline = self._inline.get(n)
        if inline is None or inline.kind == "atx":  # `# Title #`: a comment would unmake the closing #
            return None
        body = self.lines[n - 1].rstrip("\r\n")
        cut = len(body.rstrip(" \t"))
        if (cut - len(body[:cut].rstrip("\\"))) % 2:  # a backslash that escapes the line end
            cut -= 1
        if cut == 0 or body[cut - 1] in _DELIMITERS or not inline.ends_outside(n):
            return None
        return cut

    def starts_block(self, n: int) -> bool:
        return n in self._starts

    def prefix(self, n: int) -> str:
        """The container prefix for a line of its own above line n: its indentation and `>`
        markers, and above a list item that is not its list's first, indented to join the item above."""
        line = self.lines[n - 1]
        prefix = _PREFIX.match(line).group()
        marker = _MARKER.match(line, len(prefix))
        if marker and n not in self._list_starts:
            prefix += " " * len(marker.group())
        return prefix

    def table(self, n: int) -> tuple[int, int] | None:
        """First line and the line after the table holding line n."""
        return _holding(self._table_first, self._tables, n)

    def top_block(self, n: int) -> tuple[int, int] | None:
        """First line and the line after the top-level block holding line n."""
        return _holding(self._top_first, self._top, n)

    def chunk(self, n: int) -> tuple[int, int]:
        """The lines [first, end) that render on their own with line n: from a top-level block's
        first line to the next's (line 1 starts the first, with any blank lines above a block)."""
        i = bisect.bisect_right(self._chunks, n) - 1
        end = self._chunks[i + 1] if i + 1 < len(self._chunks) else len(self.lines) + 1
        return self._chunks[i], end

    def unchanged(self, before: str, after: str) -> bool:
        """Whether two versions of a chunk render alike once HTML comments are stripped."""
        return _rendered(before, self.references) == _rendered(after, self.references)


def _leaves_open(html: str) -> bool:
    """Whether raw HTML ends inside a comment (a `<!--` with no `-->` after it)."""
    opened = html.rfind("<!--")
    return opened >= 0 and html.find("-->", opened + 4) < 0


def _holding(firsts: list[int], maps: list[list[int]], n: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(firsts, n) - 1
    if i >= 0 and n <= maps[i][1]:
        return maps[i][0] + 1, maps[i][1] + 1
    return None


# The comments, each marked by a NUL (markdown-it renders none of its own), then the lines
# holding nothing but them (HTML blocks), then the marks left (inline HTML). As in a browser,
# a comment left open runs to the end.
_COMMENTS = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_COMMENT_LINES = re.compile(r"^[ \t\0]*\0[ \t\0]*\n", re.M)


def _rendered(text: str, references: dict) -> str:
    html = _renderer().render(text, {"references": dict(references)})
    return _COMMENT_LINES.sub("", _COMMENTS.sub("\0", html)).replace("\0", "")


_md = None
_recording = None


def _renderer():
    global _md
    if _md is None:
        _md = markdown_parser()
    return _md


def _recording_parser():
    """A parser whose inline rules for constructs note each one's span in env[_SPANS]."""
    global _recording
    if _recording is None:
        from markdown_it import rules_inline

        _recording = markdown_parser()
        for name, rule in (("backticks", rules_inline.backtick), ("link", rules_inline.link),
                           ("image", rules_inline.image), ("autolink", rules_inline.autolink),
                           ("html_inline", rules_inline.html_inline)):
            _recording.inline.ruler.at(name, _noting(rule))
    return _recording


def _noting(rule):
    def run(state, silent: bool) -> bool:
        start = state.pos
        found = rule(state, silent)
        if found and not silent:
            state.env[_SPANS].append((start, state.pos))
        return found

    return run
