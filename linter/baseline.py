"""A baseline: the findings a repository already had when healthlint was adopted, so that only
new ones are reported (`check --write-baseline FILE`, then `--baseline FILE` or `baseline:`).

An entry is keyed by the draft's path (relative to the baseline file's folder), the rule code
and the text of the finding's line with its whitespace collapsed, not the line number: a line
added above a finding moves it without making it new. Repeats of one key are counted. A finding
that belongs to the whole draft (reported on the empty span at 1:1) is keyed by path and code
alone, since its line is only where it is shown.

The file is JSON, sorted, one entry a line, with a version: it is meant to be committed and
reviewed in diffs.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from linter.document import split_lines
from linter.errors import UsageError
from linter.findings import Finding

VERSION = 1
Key = tuple[str, str, str]  # path, code, normalised line text


def whole_draft(finding: Finding) -> bool:
    """A finding about the draft as a whole (a missing statement): the empty span at 1:1."""
    return (finding.line, finding.column, finding.end_line, finding.end_column) == (1, 1, 1, 1)


def normalised(line: str) -> str:
    return " ".join(line.split())


class DraftLines:
    """The lines of the draft being looked at, read once per draft (findings come sorted by path)."""

    def __init__(self, texts: dict[str, str] | None = None):
        self.texts = texts or {}
        self.path: str | None = None
        self.lines: list[str] = []

    def line(self, path: str, number: int) -> str:
        if path != self.path:
            self.path = path
            text = self.texts.get(path)
            if text is None:
                try:
                    text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
                except OSError:
                    text = ""
            self.lines = split_lines(text)  # the line numbering findings use
        return self.lines[number - 1] if 0 < number <= len(self.lines) else ""


class Baseline:
    def __init__(self, file: str, counts: Counter | None = None):
        self.file = file
        self.folder = os.path.dirname(os.path.abspath(file))
        self.counts: Counter = counts if counts is not None else Counter()
        self.seen_paths: set[str] = set()

    def key(self, finding: Finding, line_of: Callable[[str, int], str]) -> Key:
        text = "" if whole_draft(finding) else normalised(line_of(finding.path, finding.line))
        return self.rel(finding.path), finding.code, text

    def rel(self, path: str) -> str:
        return os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/")

    # ------------------------------------------------------------ reading and writing

    @classmethod
    def load(cls, file: str) -> "Baseline":
        """The baseline in `file`; a missing or malformed one is a one-line UsageError."""
        try:
            data = Path(file).read_bytes()
        except FileNotFoundError:
            raise UsageError(f"{file}: no such baseline file; write one with "
                             f"healthlint check --write-baseline {file}") from None
        except OSError as exc:
            raise UsageError(f"{file}: cannot read the baseline: {exc.strerror or exc}") from None
        return cls(file, entries(file, data))

    @classmethod
    def of(cls, file: str, findings: Iterable[Finding], line_of: Callable[[str, int], str]) -> "Baseline":
        baseline = cls(file)
        baseline.counts.update(baseline.key(f, line_of) for f in findings)
        return baseline

    def dumps(self) -> str:
        entries = [{"path": p, "code": c, "line_text": t, "count": n} for (p, c, t), n in sorted(self.counts.items())]
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False, sort_keys=False) for e in entries)
        return (f'{{\n  "version": {VERSION},\n  "tool": "healthlint",\n  "findings": [\n'
                + (body + "\n" if body else "") + "  ]\n}\n")

    # ------------------------------------------------------------ filtering

    def new_findings(self, path: str, findings: list[Finding], line_of: Callable[[str, int], str]) -> list[Finding]:
        """The findings of one draft that the baseline does not hold (each entry used once per count)."""
        self.seen_paths.add(self.rel(path))
        kept = []
        for f in findings:
            key = self.key(f, line_of)
            if self.counts[key] > 0:
                self.counts[key] -= 1
            else:
                kept.append(f)
        return kept

    def gone(self) -> int:
        """Entries of the drafts linted in this run that no finding matched any more."""
        return sum(n for (path, _, _), n in self.counts.items() if path in self.seen_paths and n > 0)

    def filter(self, parts: Iterator, texts: dict[str, str] | None = None) -> Iterator:
        """Each result with the findings of the baseline left out (results come one draft at a time)."""
        lines = DraftLines(dict(texts or {}))
        for part in parts:
            lines.texts.update(part.texts)  # standard input's text exists nowhere else
            by_path: dict[str, list[Finding]] = {}
            for f in part.findings:
                by_path.setdefault(f.path, []).append(f)
            for path in part.files:
                by_path.setdefault(path, [])
            part.findings = [f for path, group in by_path.items() for f in self.new_findings(path, group, lines.line)]
            yield part


# ------------------------------------------------------------ validation

SCHEMA = "baseline.schema.json"
MAX_DEPTH = 100  # nested arrays and objects, as for YAML: the json module recurses once a level
MAX_DIGITS = 15  # in a number: a count needs a few, and past 4,300 the json module's int() raises ValueError
# A JSON string (to the end of its line if unterminated, so the scan stays linear), or a bracket.
_STRING_OR_BRACKET = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"?|[\[\]{}]')


class _Refused(Exception):
    """A number the baseline cannot hold, found while parsing."""


def entries(file: str, data: bytes) -> Counter:
    """The counts of a baseline file's entries, after checking it against baseline.schema.json;
    anything else is a one-line UsageError naming the file. Deep nesting and long numbers are
    refused before they reach the json module (its recursion and int() would fail on them)."""
    from linter import usercache
    from linter.bundle import rules_dir
    from linter.validate import schema_errors

    def refuse(what: str, line: int | None = None) -> UsageError:
        return UsageError(f"{file}{f':{line}' if line else ''}: not a healthlint baseline: {what}")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse("not valid UTF-8") from None
    line = _too_deep(text)
    if line:
        raise refuse(f"nested more than {MAX_DEPTH} levels deep", line)
    try:
        parsed = json.loads(text, parse_int=_whole, parse_float=_fraction, parse_constant=_fraction)
    except _Refused as exc:
        raise refuse(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise refuse(f"malformed JSON: {exc.msg}", exc.lineno) from None
    # Validating takes about 40 µs an entry: bytes found valid before (a memo signed with the
    # user's key, as for packs) are not validated again.
    memo = usercache.key(data, (rules_dir() / SCHEMA).read_bytes())
    if usercache.load("valid-baseline", memo) is not True:
        problems = schema_errors(parsed, SCHEMA)
        if problems:
            raise refuse(problems[0][1])
        usercache.save("valid-baseline", memo, True)
    counts: Counter = Counter()
    for entry in parsed["findings"]:
        counts[entry["path"], entry["code"], entry["line_text"]] += entry.get("count", 1)
    return counts


def _too_deep(text: str) -> int | None:
    """The line where `text` nests arrays and objects more than MAX_DEPTH deep (None: it does not).
    One pass; brackets inside strings do not count."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, match.start()) + 1
        elif token in ("]", "}"):
            depth -= 1
    return None


def _whole(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _Refused(f"a number of {len(digits.lstrip('-')):,} digits (at most {MAX_DIGITS})")
    return int(digits)


def _fraction(text: str):
    """A number with a point or an exponent, or NaN or Infinity: a baseline has none."""
    shown = text if len(text) <= 20 else text[:20] + "…"
    raise _Refused(f"{shown} is not an integer")
