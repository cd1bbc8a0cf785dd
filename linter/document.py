"""Read stage: a file becomes a Document, its prose with exact offsets.

Checks never see Markdown syntax. They see `Document.prose`, the readable
text of the draft with each block (paragraph, heading, list item, table cell)
separated by a blank line, and map any span of it back to the file's
line:column through `Document.position`.
"""

from __future__ import annotations

import bisect
import codecs
import itertools
import re
from array import array
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Mapping, Sequence

import yaml

from linter.errors import UsageError
from linter.files import read_bytes
from linter.yamlfile import MAX_FRONT_MATTER_CHARS, unconstructible
from linter.yamlfile import parse as parse_yaml

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
DRAFT_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES

BLOCK_SEPARATOR = "\n\n"

# The line ends CommonMark (and markdown-it, which normalises them to LF) knows: LF, CRLF and
# a lone CR. Positions and line numbers count lines the same way, for Markdown and plain text.
_LINE_END = re.compile(r"\r\n?|\n")
_LINE_END_BYTES = re.compile(rb"\r\n?|\n")

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


# ------------------------------------------------------------------ reading


def decode(data: bytes, path: str) -> tuple[str, bool]:
    """UTF-8 text of a draft, and whether it had a byte-order mark."""
    if b"\x00" in data:
        raise UsageError(f"{path}: binary file, not a text draft")
    has_bom = data.startswith(codecs.BOM_UTF8)
    if has_bom:
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = sum(1 for _ in _LINE_END_BYTES.finditer(data, 0, exc.start)) + 1
        raise UsageError(f"{path}:{line}: not valid UTF-8 (byte {exc.start + 1}); save the file as UTF-8") from None
    return text, has_bom


def read_document(path: str | Path, display: str | None = None, kind: str = "draft") -> Document:
    """A draft (or, for `pack extract`, a source article: `kind` sets the size limit) read and parsed."""
    path = Path(path)
    name = display or str(path)
    text, has_bom = decode(read_bytes(path, name, kind), name)
    return parse_document(text, name, has_bom=has_bom)


def line_starts_of(text: str) -> array:
    """Offset of each line's first character; a line ends at LF, CRLF or a lone CR."""
    return array("q", itertools.chain((0,), (m.end() for m in _LINE_END.finditer(text))))


def split_lines(text: str, keepends: bool = False) -> list[str]:
    """The lines of a text as positions count them (not str.splitlines, which also breaks
    at form feeds, U+2028 and others that no Markdown parser treats as line ends)."""
    starts = line_starts_of(text)
    ends = itertools.chain(starts[1:], (len(text),))
    lines = [text[a:b] for a, b in zip(starts, ends) if a < len(text)]
    return lines if keepends else [line.rstrip("\r\n") for line in lines]


def parse_document(text: str, path: str, has_bom: bool = False) -> Document:
    kind = "text" if path.lower().endswith(TEXT_SUFFIXES) else "markdown"
    line_starts = line_starts_of(text)
    if kind == "text":
        builder = _plain_text(text)
        front: Mapping = {}
    else:
        front, body = _front_matter(text, path)
        builder = _markdown(body, line_starts)
    return Document(
        path=path,
        text=text,
        kind=kind,
        prose="".join(builder.parts),
        blocks=tuple(builder.blocks),
        comments=tuple(builder.comments),
        front_matter=MappingProxyType(dict(front)),
        has_bom=has_bom,
        run_prose=builder.runs[0::2],
        run_file=builder.runs[1::2],
        line_starts=line_starts,
        hidden=tuple(builder.hidden),
    )


# ------------------------------------------------------------------ building


class _Builder:
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
        if HIDDEN_CHARACTERS.search(text) is None:  # nearly always: one scan at C speed
            self._add(text, file_offset)
            return
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
        if start >= 0 and any(map(str.strip, self.parts[self._block_part:])):
            self.blocks.append(Block(kind, line, end_line, start, self.length, in_list))
        else:
            self.blocks.append(Block(kind, line, end_line, -1, -1, in_list))
        self._block_start = -1

    def structure(self, kind: str, line: int, end_line: int, in_list: bool = False) -> None:
        self.blocks.append(Block(kind, line, end_line, in_list=in_list))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def _front_matter(text: str, path: str) -> tuple[Mapping, str]:
    """Parsed front matter, and the text with it blanked (offsets unchanged)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    source = m.group(1) or ""
    try:
        data, _ = parse_yaml(source, MAX_FRONT_MATTER_CHARS)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise UsageError(f"{path}:{line}: invalid front matter: {problem}") from None
    except RecursionError:
        raise UsageError(f"{path}:2: invalid front matter: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value its type rejects: 2024-02-30 is no date
        node = unconstructible(source)
        where = f"{path}:{node.start_mark.line + 2}" if node else f"{path}:2"
        value = f" ({node.value!r})" if node else ""
        raise UsageError(f"{where}: invalid front matter: {exc}{value}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise UsageError(f"{path}:2: front matter must be a mapping of keys to values")
    return data, blank_front_matter(text)


def blank_front_matter(text: str) -> str:
    """The text with its front matter (if any) blanked: what is read as Markdown, offsets unchanged."""
    m = _FRONT_MATTER.match(text)
    return re.sub(r"[^\r\n]", " ", m.group(0)) + text[m.end():] if m else text


def front_matter_line(document: Document, key: str) -> int:
    """The line of a top-level front-matter key, for an error about its value (2 if not found)."""
    text, start, number = document.text, 0, 1
    while True:
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)].rstrip("\r")
        if number == 1 and line.rstrip() != "---":
            return 2
        if number > 1:
            if line.rstrip() in ("---", "..."):
                return 2
            if line.startswith(key) and line[len(key):].lstrip().startswith(":"):
                return number
        if end < 0:
            return 2
        start, number = end + 1, number + 1


# ------------------------------------------------------------------ plain text

_BULLET = re.compile(r"[ \t]*(?:[•◦▪▫‣⁃●○■□–—*+-]|\d{1,3}[.)])[ \t]+(?=\S)")


def _plain_text(text: str) -> _Builder:
    b = _Builder()
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


# ------------------------------------------------------------------ markdown

_md = None
_heading = _md_trim = None  # markdown-it's heading rule and trim, bound with the parser
# Stands in for each token already handed on inside a list or block quote still open (the
# list rule finds its tokens by index when the list ends, to mark tight paragraphs).
_spent = None


def markdown_parser():
    """A new markdown-it parser for the Markdown dialect drafts are read in (CommonMark, tables,
    strikethrough), without the shortcuts `_parser` adds: for rendering a draft."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_tokens(text: str, take: Callable[[list], None]) -> dict:
    """markdown-it's tokens of a Markdown text as the reader parses it, with their source maps,
    handed to `take` a block or so at a time (a list's or quote's last line is set at its close);
    returns the link reference definitions."""
    return _parse_block_by_block(text, take)


def _parser():
    global _md, _heading, _md_trim, _spent
    if _md is None:
        from markdown_it.common.utils import mdTrim
        from markdown_it.rules_block import heading
        from markdown_it.token import Token

        _heading, _md_trim = heading, mdTrim  # for _plain_block
        _spent = Token("healthlint_spent", "", 0)
        _md = markdown_parser()
        _md.options["maxNesting"] = DEEP_LEVEL + 2  # room for the deep-text token (a list item is two levels)
        _md.block.ruler.before("table", "plain_block", _plain_block)
        _md.block.ruler.before("plain_block", "deep_text", _deep_block)
        _md.block.ruler.before("deep_text", "flush", _flush_block)
        _md.core.ruler.at("inline", _inline_rule)
    return _md


# markdown-it stops at its nesting limit (20 levels: 20 block quotes, 10 lists) and drops what
# lies deeper. From this level on, a container's lines are read as plain text instead.
DEEP_LEVEL = 20


def _deep_block(state, start: int, end: int, silent: bool) -> bool:
    """Take the rest of a container nested DEEP_LEVEL deep whole, as one `deep_text` token
    (read as plain text by `_deep_text`), rather than let the parser skip it."""
    if silent or state.level < DEEP_LEVEL:
        return False
    line = start + 1
    while line < end and (state.isEmpty(line) or state.sCount[line] >= state.blkIndent):
        line += 1  # the container's lines: up to one indented less than its content
    state.line = line
    state.push("deep_text", "", 0).map = [start, line]
    return True


def _plain_block(state, start: int, end: int, silent: bool) -> bool:
    """markdown-it's paragraph and heading rules for the commonest blocks, without first trying
    every other block rule on them (and, for a paragraph, every terminator rule on each line).

    A paragraph here is lines that each start with a letter where the block's content starts,
    up to a blank line or the end: no other block starts on such a line, nor interrupts a
    paragraph there, so the tokens are the ones the paragraph rule would push. A line that
    starts with "#" goes straight to the heading rule unless the next line could make it a
    table's header. Anything else is left to the full rules."""
    if silent:
        return False
    src, begins = state.src, state.bMarks
    first = src[begins[start]]
    if first == "#":
        after = start + 1
        if after < state.lineMax and not state.isEmpty(after) and not _letter_or_hash(src[begins[after]]):
            return False
        return _heading(state, start, end, silent)
    line, end = start, state.lineMax  # as far as the paragraph rule looks
    while line < end and not state.isEmpty(line):
        if not src[begins[line]].isalpha():  # also refuses an indented line
            return False
        line += 1
    state.line = line
    content = _md_trim(state.getLines(start, line, 0, False))
    state.push("paragraph_open", "p", 1).map = [start, line]
    token = state.push("inline", "", 0)
    token.content, token.map, token.children = content, [start, line], []
    state.push("paragraph_close", "p", -1)
    return True


def _letter_or_hash(ch: str) -> bool:
    return ch == "#" or ch.isalpha()


# What can start inline markup (escape, code, strikethrough, emphasis, link, image, autolink,
# HTML, entity), or make a line break more than a plain soft break (whitespace beside it).
_MARKUP = re.compile(r"[\\`~*_\[\]!<&]")
_BREAK_MARKUP = (" \n", "\t\n", "\n ", "\n\t")


def _has_markup(content: str) -> bool:
    # A character class alone lets the regex engine scan fast; the breaks are plain substrings.
    return _MARKUP.search(content) is not None or any(b in content for b in _BREAK_MARKUP)


def _inline_rule(state) -> None:
    """markdown-it's core "inline" rule, run only where there is markup to parse. Most
    paragraphs are plain text; those are marked plain and read straight from their content
    (a text run per line, a soft break between), which is what the inline parser would give."""
    for token in state.tokens:
        if token.type != "inline":
            continue
        token.children = []
        if _has_markup(token.content):
            state.md.inline.parse(token.content, state.md, state.env, token.children)
        else:
            token.meta = {"plain": True}


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


def _markdown(text: str, line_starts: Sequence[int], parser=None) -> _Builder:
    """The prose of a Markdown text. Each block's tokens are read as soon as the block is
    parsed and then dropped, so only a few exist at once (all of a 10 MB draft's took hundreds
    of MB); a parser given (an unmodified one, in the tests) is read whole."""
    reader = _TokenReader(text, line_starts)
    if parser is not None:
        reader.read(parser.parse(text))
    else:
        _parse_block_by_block(text, reader.read)
    return reader.builder


class _TokenReader:
    """Adds markdown-it's tokens to a builder, in order, in as many calls as it takes."""

    def __init__(self, text: str, line_starts: Sequence[int]) -> None:
        self.builder = _Builder()
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
                cursor = _inline(b, tok, text, base, self.start_of(end), line_starts)
                if self.parent == "cell":
                    self.row = (line, cursor)
                b.close_block(self.parent, line + 1, end, in_list=self.list_depth > 0)
            elif tok.type == "deep_text":
                _deep_text(b, text, tok.map, line_starts, self.list_depth > 0)
            elif tok.type == "html_block":
                line, end = self.last_map
                base = self.start_of(line)
                for offset, body in _comments(text, base, self.start_of(end)):
                    _add_comment(b, offset, body, line_starts)


_CONTAINERS = ("bullet_list_open", "ordered_list_open", "blockquote_open")
_CONTAINER_CLOSES = ("bullet_list_close", "ordered_list_close", "blockquote_close")


# The env keys of the callback that `_flush_block` hands finished tokens to, and of the index
# of the first token not yet handed on.
_TAKE, _TAKEN = "healthlint.take", "healthlint.taken"


def _parse_block_by_block(text: str, take: Callable[[list], None]) -> dict:
    """What `_parser().parse(text)` returns, handed to `take` a block or so at a time, their
    inline tokens parsed just before (the core rules after "block": inline, then text_join).
    A link may use a reference defined further on, so a text that may hold a definition is
    first parsed for its definitions alone."""
    from markdown_it.rules_core import normalize, text_join
    from markdown_it.rules_core.state_core import StateCore

    md = _parser()
    state = StateCore(text, md, {})
    if "\r" in text:  # no CR, nothing to normalise (decode refused NUL): no copy of the text
        normalize(state)
    if "]:" in state.src:
        state.env.update({_TAKE: lambda tokens: None, _TAKEN: 0})
        md.block.parse(state.src, md, state.env, [])
        state.env = {"references": state.env.get("references", {})}

    def inline(tokens: list) -> None:
        group = StateCore(state.src, md, state.env, tokens)
        _inline_rule(group)
        text_join(group)
        take(tokens)

    state.env.update({_TAKE: inline, _TAKEN: 0})
    md.block.parse(state.src, md, state.env, state.tokens)
    inline(state.tokens[state.env[_TAKEN]:])
    return state.env.get("references", {})


def _flush_block(state, start: int, end: int, silent: bool) -> bool:
    """Before each block, hand on the tokens before it: no rule changes a finished block's
    tokens (the open lists' and block quotes' last lines are read at their close). Between
    top-level blocks the list is emptied; inside a container each token handed on is replaced
    by one shared stand-in, so the indices stay. A rule that never matches."""
    take = state.env.get(_TAKE)
    if take is None or silent:
        return False
    tokens, taken = state.tokens, state.env[_TAKEN]
    if taken < len(tokens):
        take(tokens[taken:])
        if state.level == 0:
            tokens.clear()
        else:
            tokens[taken:] = [_spent] * (len(tokens) - taken)
        state.env[_TAKEN] = len(tokens)
    return False


# Container markers at the start of a deep line: block quote marks, bullets, list numbers.
_CONTAINER_MARKS = re.compile(r"[ \t]*(?:(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)*")


def _deep_text(b: _Builder, text: str, lines: list[int], line_starts: Sequence[int], in_list: bool) -> None:
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


def _comments(text: str, start: int, end: int):
    """(offset, body) of each `<!-- … -->` in text[start:end]. One pass: a regular expression
    would search the rest of the text again from every unclosed `<!--`."""
    at = text.find("<!--", start, end)
    while at >= 0:
        close = text.find("-->", at + 4, end)
        if close < 0:
            return  # nothing after this one closes either
        yield at, text[at + 4:close]
        at = text.find("<!--", close + 3, end)


def _add_comment(b: _Builder, offset: int, body: str, line_starts: Sequence[int]) -> None:
    line = bisect.bisect_right(line_starts, offset)
    b.comments.append(Comment(offset, line, body.strip()))


def _inline(b: _Builder, tok, text: str, cursor: int, limit: int, line_starts) -> int:
    """Add an inline token's readable text, aligned to the raw source; where it ends in the file."""
    if tok.meta.get("plain"):
        for i, line in enumerate(tok.content.split("\n")):
            if i:
                cursor = _line_break(b, cursor, limit, line_starts)
            if line:
                cursor = _text(b, line, text, cursor, limit)
        return cursor
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
                for offset, body in _comments(child.content, 0, len(child.content)):
                    if at >= 0:
                        _add_comment(b, at + offset, body, line_starts)
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


def _text(b: _Builder, content: str, text: str, cursor: int, limit: int) -> int:
    runs, cursor = _align(content, text, cursor, limit)
    b.add_aligned(content, runs)
    return cursor


def _line_break(b: _Builder, cursor: int, limit: int, line_starts: Sequence[int]) -> int:
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
        eol = _LINE_END.search(text, end, limit)
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

    md = _parser()
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
    if at >= 0 and (at - cursor) < _NEAR and _LINE_END.search(text, cursor, at) is None:
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
