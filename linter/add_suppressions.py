"""`check --add-suppressions`: a suppression comment for each current finding, written into the
draft so that adopting healthlint on old articles starts from zero findings.

A comment never changes what the draft's readers see (suppress.py reads it back). For the
findings of a line N of Markdown, the first of these that fits (markdown_places.py says where):
- `…text<!-- healthlint-disable-next-line CODES -->` at the end of line N-1, when it is a line of
  the paragraph or setext heading and ends outside every inline construct (before a trailing
  `\\` or spaces, which make a hard break), so the paragraph is not split;
- the comment on a line of its own above line N, where a block starts, with N's indentation and
  block-quote markers (above a list item after the first, indented to join the item above);
- `healthlint-disable CODES` … `healthlint-enable CODES` lines around the table holding N, or
  around the top-level block holding it;
- the codes disabled for the whole draft: in the front matter's `healthlint: ignore` list
  (front_matter_ignore.py; any YAML style), or without front matter a
  `<!-- healthlint-disable CODES -->` first line; with a note on stderr;
- otherwise the findings stay, with a note naming file:line and why.
Each choice is checked by rendering the top-level blocks it touches before and after (comments
stripped); where they differ, the riskiest comments there move on to their next choice. After an
HTML block that leaves a comment open (a browser hides the rest), no comment goes: its `-->`
would show what follows. A comment at the end of line N-1 moves on when a line is added above N.
A finding about the whole draft (reported at 1:1; see baseline.whole_draft) or in the front
matter is disabled for the whole draft. Plain-text drafts take a comment on a line of its own
(document/plain_text.py reads a line holding only a healthlint comment as a comment, not prose). HL001 (an
unused suppression) is never suppressed: the stale comment should go. Every other byte, line
endings included, is kept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from linter.baseline import whole_draft
from linter.document import Document
from linter.document.front_matter import FRONT_MATTER, blank_front_matter
from linter.document.lines import split_lines
from linter.document.read import read_document
from linter.errors import UsageError
from linter.files import write_atomic
from linter.findings import SORT_KEY, Finding
from linter.fix import encode
from linter.front_matter_ignore import with_ignored
from linter.markdown_places import Places
from linter.suppress import UNUSED


@dataclass(frozen=True)
class Added:
    text: str  # the draft with its comments
    comments: int  # how many were written
    # (level, line): "warning" for findings left and why, "note" for codes disabled for the whole draft
    notes: tuple[tuple[str, str], ...] = ()
    left: tuple[Finding, ...] = ()  # the findings left


@dataclass(frozen=True)
class Written:
    """What writing the comments into every draft came to."""

    left: tuple[Finding, ...]  # findings no comment silences (HL001, and those noted), in order
    comments: int  # comments written
    drafts: int  # drafts written
    messages: tuple[tuple[str, str], ...]  # (level, line) in order: "note", "warning" notes; "error" failures


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
            messages.extend(added.notes)
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


@dataclass(frozen=True)
class _Place:
    """Where a comment can go, for the codes of one or more lines."""

    kind: str  # inline | above | table | block | whole | refused: from the riskiest
    line: int = 1  # inline: the line it ends; above: the line below it; table, block: the first line
    end: int = 0  # table, block: the line after the last
    prefix: str = ""  # indentation and block-quote markers
    offset: int = 0  # inline: where in the line


_RISK = ("inline", "above", "table", "block", "whole", "refused")
_WHOLE, _REFUSED = _Place("whole"), _Place("refused")


@dataclass(frozen=True)
class _Edit:
    """A comment: a line of its own above `line` (in `rank` order: a whole-draft disable, an
    enable, a disable, a next-line comment), or appended to `line` at `offset` (rank -1)."""

    line: int
    rank: int
    text: str
    offset: int = 0


@dataclass(frozen=True)
class _Unit:
    """The codes of one line's findings (or of the whole draft's) and their places, finest first."""

    line: int  # 0: findings about the whole draft, or in its front matter
    codes: frozenset[str]
    places: tuple[_Place, ...]


def add_suppressions(document: Document, findings: list[Finding]) -> Added:
    markdown = document.kind == "markdown"
    lines = split_lines(document.text, keepends=True)
    front = FRONT_MATTER.match(document.text) if markdown else None
    front_end = document.line_col(front.end(1) if front.group(1) else len(lines[0]))[0] if front else 0
    whole: set[str] = set()
    by_line: dict[int, set[str]] = defaultdict(set)
    for f in findings:
        line = _about(f, front_end)
        if f.code == UNUSED.code:
            continue
        if line:
            by_line[line].add(f.code)
        else:
            whole.add(f.code)
    places = None
    if markdown and by_line:
        places = Places(blank_front_matter(document.text), {n for line in by_line for n in (line - 1, line)})
    units = [_Unit(n, frozenset(codes), _choices(places, n)) for n, codes in sorted(by_line.items())]
    if whole:
        units.append(_Unit(0, frozenset(whole), (_WHOLE, _REFUSED)))
    at = [0] * len(units)  # each unit's place, as an index into its places
    if places is not None:
        _settle(units, at, places, bool(front))
    return _written(document, lines, findings, units, at, front_end)


def _choices(places: Places | None, n: int) -> tuple[_Place, ...]:
    """The places for line n's comment, the finest first."""
    if places is None:  # plain text: a line of its own always reads as a comment
        return _Place("above", n), _WHOLE, _REFUSED
    out = []
    top = places.top_block(n)
    table = places.table(n)
    if table is not None:
        out.append(_Place("table", *table, prefix=places.prefix(table[0])))
    else:
        offset = places.append_at(n - 1) if n > 1 else None
        if offset is not None:
            out.append(_Place("inline", n - 1, offset=offset))
        if places.starts_block(n):
            out.append(_Place("above", n, prefix=places.prefix(n)))
    if top is not None and (not out or out[-1] != _Place("table", *top)):  # a top-level table is that block
        out.append(_Place("block", *top))
    return (*(p for p in out if _before(p, places.hidden_from)), _WHOLE, _REFUSED)


def _before(place: _Place, line: int) -> bool:
    """Whether a place's comments all come before `line`."""
    return all(e.line < line or e.line == line and e.rank >= 0 for e in _edits(place, (), True))


def _edits(place: _Place, codes, front: bool) -> list[_Edit]:
    names = _codes(codes)
    if place.kind == "inline":
        return [_Edit(place.line, -1, f"<!-- healthlint-disable-next-line {names} -->", place.offset)]
    if place.kind == "above":
        return [_Edit(place.line, 3, f"{place.prefix}<!-- healthlint-disable-next-line {names} -->")]
    if place.kind in ("table", "block"):
        return [_Edit(place.line, 2, f"{place.prefix}<!-- healthlint-disable {names} -->"),
                _Edit(place.end, 1, f"{place.prefix}<!-- healthlint-enable {names} -->")]
    if place.kind == "whole" and not front:
        return [_Edit(1, 0, f"<!-- healthlint-disable {names} -->")]
    return []  # in the front matter (written last), or refused


def _placed(units: list[_Unit], at: list[int]) -> dict[_Place, set[str]]:
    """Each place in use, with the codes of every unit there."""
    out: dict[_Place, set[str]] = defaultdict(set)
    for unit, i in zip(units, at):
        out[unit.places[i]] |= unit.codes
    return out


def _settle(units: list[_Unit], at: list[int], places: Places, front: bool) -> None:
    """Move units on from places that change the page, until none does. Each chunk (a
    top-level block, see Places.chunk) with edits renders before and after; in one that renders
    differently the units at its riskiest kind of place move on to their next."""
    passed: dict[tuple[int, int], list[_Edit]] = {}  # chunk -> the edits it rendered alike with
    body = places.lines  # front matter blanked
    while True:
        in_chunk: dict[tuple[int, int], list[_Edit]] = defaultdict(list)
        for place, codes in _placed(units, at).items():
            for edit in _edits(place, codes, front):
                in_chunk[places.chunk(edit.line)].append(edit)
        # A comment at the end of line N-1 is for line N: a line added above N would take it.
        added_above = {e.line for edits in in_chunk.values() for e in edits if e.rank >= 0}
        moved = [i for i, unit in enumerate(units)
                 if unit.places[at[i]].kind == "inline" and unit.places[at[i]].line + 1 in added_above]
        if not moved:
            failed = set()
            for chunk, edits in sorted(in_chunk.items()):
                edits.sort(key=_order)
                if passed.get(chunk) != edits:
                    if places.unchanged("".join(body[chunk[0] - 1:chunk[1] - 1]), _rebuild(body, edits, *chunk)):
                        passed[chunk] = edits
                    else:
                        failed.add(chunk)
            if not failed:
                return
            moved = _riskiest(units, at, places, failed, front)
        for i in moved:
            at[i] += 1


def _riskiest(units: list[_Unit], at: list[int], places: Places, chunks: set, front: bool) -> list[int]:
    """The units with an edit in one of the chunks, at the riskiest kind of place there."""
    there: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        for chunk in {places.chunk(e.line) for e in _edits(unit.places[at[i]], (), front)} & chunks:
            there[chunk].append(i)
    out = set()
    for group in there.values():
        risk = min(_RISK.index(units[i].places[at[i]].kind) for i in group)
        out.update(i for i in group if _RISK.index(units[i].places[at[i]].kind) == risk)
    return sorted(out)


def _order(edit: _Edit) -> tuple:
    return edit.line, edit.rank, edit.text, edit.offset


def _written(document: Document, lines: list[str], findings: list[Finding], units: list[_Unit], at: list[int],
             front_end: int) -> Added:
    """The draft with its comments, how many, and a note and the findings for each unit left."""
    placed = _placed(units, at)
    whole = placed.pop(_WHOLE, set())
    placed.pop(_REFUSED, None)
    edits = [e for place, codes in placed.items() for e in _edits(place, codes, bool(front_end))]
    edits.extend(_edits(_WHOLE, whole, bool(front_end)) if whole else ())
    text = _rebuild(lines, sorted(edits, key=_order))
    front_why = ""  # why the front matter cannot take the codes
    if whole and front_end:
        ignored = with_ignored(text, whole)
        if ignored.text is None:
            front_why = ignored.why
            at[:] = [len(u.places) - 1 if u.places[i] == _WHOLE else i for u, i in zip(units, at)]
            whole = set()
        else:
            text = ignored.text
    notes: list[tuple[str, str]] = []
    left: list[Finding] = []
    for unit, i in zip(units, at):
        where = f"{document.path}:{unit.line or 1}: {_codes(unit.codes)}"
        if unit.places[i] == _REFUSED:
            if unit.line:
                why = ("a comment at that line would change the rendered page, and "
                       + (front_why or "so would one disabling it for the whole draft"))
            else:
                why = front_why or "a comment disabling it for the whole draft would change the rendered page"
            notes.append(("warning", f"{where} not suppressed: {why}"))
            left.extend(f for f in findings if f.code in unit.codes and _about(f, front_end) == unit.line)
        elif unit.places[i] == _WHOLE and unit.line:
            notes.append(("note", f"{where} disabled for the whole draft: a comment at that line would change "
                                  "the rendered page"))
    return Added(text, len(placed) + bool(whole), tuple(notes), tuple(left))


def _about(finding: Finding, front_end: int) -> int:
    """The line a finding's comment is for: 0 for the whole draft (or its front matter)."""
    return 0 if whole_draft(finding) or finding.line <= front_end else finding.line


def _rebuild(lines: list[str], edits: list[_Edit], first: int = 1, end: int | None = None) -> str:
    """Lines [first, end) (all by default) with the edits among them, in order; lines added
    after the last line when `end` is past it."""
    end = len(lines) + 1 if end is None else end
    above: dict[int, list[str]] = defaultdict(list)
    appended: dict[int, _Edit] = {}
    for edit in edits:
        if edit.rank < 0:
            appended[edit.line] = edit
        else:
            above[edit.line].append(edit.text)
    out: list[str] = []
    for number in range(first, min(end, len(lines) + 1)):
        line = lines[number - 1]
        body = line.rstrip("\r\n")
        eol = line[len(body):] or (_eol(lines[number - 2]) if number > 1 else "\n")
        out.extend(new + eol for new in above.get(number, ()))
        if number in appended:
            edit = appended[number]
            body = body[:edit.offset] + edit.text + body[edit.offset:]
        out.append(body + line[len(line.rstrip("\r\n")):])
    after = above.get(len(lines) + 1, ()) if end > len(lines) else ()
    if after:  # after the last line: it gets a line end of its own first
        if lines and lines[-1] == lines[-1].rstrip("\r\n"):
            out.append(_eol(lines[-2]) if len(lines) > 1 else "\n")
        out.extend(new + (_eol(lines[-1]) if lines else "\n") for new in after)
    return "".join(out)


def _eol(line: str) -> str:
    return line[len(line.rstrip("\r\n")):] or "\n"
