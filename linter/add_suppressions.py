"""`check --add-suppressions`: a suppression comment for each current finding, written into the
draft so that adopting healthlint on old articles starts from zero findings.

Where the comment goes keeps the Markdown as it was (suppress.py reads it back):
- above a line that continues a paragraph (or follows one), the comment is appended to the end of
  the line before, inline, so the paragraph is not split: `…text<!-- healthlint-disable-next-line
  HL101 -->` (before a trailing `\\` or spaces, which make a hard break);
- otherwise on a line of its own above the finding's line, with that line's indentation and
  block-quote markers, and inside a list item after a blank line indented to the item's text,
  so a list is not cut in two;
- a table row cannot take a line above it: the table is wrapped in `healthlint-disable CODES`
  … `healthlint-enable CODES`;
- a finding about the whole draft (reported at 1:1; see baseline.whole_draft) is disabled for the
  whole draft: `<!-- healthlint-disable CODES -->` as the first line, or, when the draft has front
  matter (which must stay first), `healthlint: {ignore: [CODES]}` in it.
Plain-text drafts take a comment on a line of its own (document.py reads a line holding only a
healthlint comment as a comment, not prose). HL001 (an unused suppression) is never suppressed:
the stale comment should go. Every other byte, line endings included, is kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from linter.baseline import whole_draft
from linter.document import _FRONT_MATTER, Document, read_document, split_lines
from linter.errors import UsageError
from linter.files import write_atomic
from linter.findings import SORT_KEY, Finding
from linter.fix import encode
from linter.suppress import UNUSED

_PREFIX = re.compile(r"[ \t>]*")  # indentation and block-quote markers
_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")  # a list item's bullet or number
_HARD_BREAK = re.compile(r"(?:\\| {2,})$")


@dataclass(frozen=True)
class Added:
    text: str  # the draft with its comments
    comments: int  # how many were written
    notes: tuple[str, ...] = ()  # one line each: why some findings could not be suppressed
    left: tuple[Finding, ...] = ()  # those findings


@dataclass(frozen=True)
class Written:
    """What writing the comments into every draft came to."""

    left: tuple[Finding, ...]  # findings no comment silences (HL001, and those noted), in order
    comments: int  # comments written
    drafts: int  # drafts written
    messages: tuple[tuple[str, str], ...]  # (level, line) in order: "warning" notes, "error" failures


def write_suppressions(findings: list[Finding]) -> Written:
    """Write each draft's comments (through a temporary file); a draft that cannot be read or
    written is one error line, and the others are still written."""
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    comments = drafts = 0
    left = [f for f in findings if f.code == UNUSED.code]
    messages: list[tuple[str, str]] = []
    for path, group in by_path.items():
        if all(f.code == UNUSED.code for f in group):
            continue  # a stale comment is removed, not suppressed: nothing to write
        try:
            document = read_document(Path(path), path)
            added = add_suppressions(document, group)
            messages.extend(("warning", note) for note in added.notes)
            left.extend(added.left)
            if added.comments:
                write_atomic(Path(path), encode(added.text, document.has_bom), durable=True)
                comments += added.comments
                drafts += 1
        except UsageError as exc:
            messages.append(("error", str(exc)))
        except OSError as exc:
            messages.append(("error", f"{path}: cannot write the suppressions: {exc.strerror or exc}"))
    return Written(tuple(sorted(left, key=SORT_KEY)), comments, drafts, tuple(messages))


def _codes(codes) -> str:
    return ",".join(sorted(codes))


def add_suppressions(document: Document, findings: list[Finding]) -> Added:
    lines = split_lines(document.text, keepends=True)
    by_line: dict[int, set[str]] = defaultdict(set)
    whole: set[str] = set()
    notes: list[str] = []
    front = _FRONT_MATTER.match(document.text) if document.kind == "markdown" else None
    front_end = 0  # the line that closes the front matter
    if front:
        front_end = document.line_col(front.end(1) if front.group(1) else len(lines[0]))[0]
    for f in findings:
        if f.code == UNUSED.code:
            continue
        if whole_draft(f) or f.line <= front_end:
            whole.add(f.code)
        else:
            by_line[f.line].add(f.code)
    before: dict[int, list[str]] = defaultdict(list)  # new lines above original line N
    inline: dict[int, str] = {}  # comment appended to the end of original line N
    count = 0
    if whole:
        if front:
            if "healthlint" in document.front_matter:
                notes.append(f"{document.path}: add {_codes(whole)} to the front matter's 'healthlint: ignore' "
                             "by hand (it has a 'healthlint' entry already)")
            else:
                before[front_end].append(f"healthlint: {{ignore: [{', '.join(sorted(whole))}]}}")
                count += 1
        else:
            before[1].append(f"<!-- healthlint-disable {_codes(whole)} -->")
            count += 1
    layout = _Layout(document, lines) if document.kind == "markdown" else None
    tables: dict[tuple[int, int], set[str]] = defaultdict(set)
    for number in sorted(by_line):
        codes = by_line[number]
        comment = f"<!-- healthlint-disable-next-line {_codes(codes)} -->"
        count += 1
        if layout is None:
            before[number].append(comment)
        elif (table := layout.table(number)) is not None:
            tables[table] |= codes
            count -= 1  # counted once per table below
        elif layout.continues_paragraph(number):
            inline[number - 1] = comment
        else:
            before[number].append(layout.prefix(number) + comment)
    for (first, last), codes in sorted(tables.items()):
        prefix = _PREFIX.match(lines[first - 1]).group()
        before[first].append(f"{prefix}<!-- healthlint-disable {_codes(codes)} -->")
        before[last + 1].append(f"{prefix}<!-- healthlint-enable {_codes(codes)} -->")
        count += 1
    left = tuple(f for f in findings if f.code in whole) if notes else ()
    return Added(_rebuild(lines, before, inline), count, tuple(notes), left)


def _rebuild(lines: list[str], before: dict[int, list[str]], inline: dict[int, str]) -> str:
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        body = line.rstrip("\r\n")
        eol = line[len(body):] or (_eol(lines[number - 2]) if number > 1 else "\n")
        out.extend(new + eol for new in before.get(number, ()))
        if number in inline:
            m = _HARD_BREAK.search(body)
            cut = m.start() if m else len(body.rstrip(" \t"))
            body = body[:cut] + inline[number] + body[cut:]
        out.append(body + line[len(line.rstrip("\r\n")):])
    after = before.get(len(lines) + 1, ())
    if after:  # after the last line: it gets a line end of its own first
        if lines and lines[-1] == lines[-1].rstrip("\r\n"):
            out.append(_eol(lines[-2]) if len(lines) > 1 else "\n")
        out.extend(new + (_eol(lines[-1]) or "\n") for new in after)
    return "".join(out)


def _eol(line: str) -> str:
    return line[len(line.rstrip("\r\n")):] or "\n"


class _Layout:
    """What a Markdown draft's blocks say about each line, indexed once (linear in its length)."""

    def __init__(self, document: Document, lines: list[str]):
        self.lines = lines
        self.paragraph: set[int] = set()
        self.cells: dict[int, tuple[int, int]] = {}
        self.list_start: dict[int, int] = {}  # line -> first line of the innermost list holding it
        tables = [b for b in document.blocks if b.kind == "table"]
        for block in document.blocks:
            if block.kind == "paragraph":
                self.paragraph.update(range(block.line, block.end_line + 1))
            elif block.kind == "list":
                for n in range(block.line, block.end_line + 1):
                    self.list_start[n] = max(self.list_start.get(n, 0), block.line)
        for table in tables:
            for n in range(table.line, table.end_line + 1):
                self.cells[n] = (table.line, table.end_line)

    def table(self, number: int) -> tuple[int, int] | None:
        return self.cells.get(number)

    def continues_paragraph(self, number: int) -> bool:
        """Whether the line above is paragraph text that can carry the comment at its end."""
        return number > 1 and number - 1 in self.paragraph and bool(self.lines[number - 2].strip())

    def prefix(self, number: int) -> str:
        line = self.lines[number - 1]
        prefix = _PREFIX.match(line).group()
        marker = _MARKER.match(line, len(prefix))
        if marker and self.list_start.get(number, number) < number:
            # Indented to the item's text: the comment joins the item above, the list stays one.
            prefix += " " * len(marker.group())
        return prefix
