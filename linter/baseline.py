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
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from linter.document import split_lines
from linter.errors import UsageError
from linter.files import MissingFile, read_bytes
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
                    text = read_bytes(Path(path)).decode("utf-8-sig", errors="replace")
                except UsageError:
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
            data = json.loads(read_bytes(Path(file), kind="baseline").decode("utf-8"))
        except MissingFile:
            raise UsageError(f"{file}: no such baseline file; write one with "
                             f"healthlint check --write-baseline {file}") from None
        except UnicodeDecodeError:
            raise UsageError(f"{file}: not a healthlint baseline: not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise UsageError(f"{file}:{exc.lineno}: not a healthlint baseline: malformed JSON: {exc.msg}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
            raise UsageError(f"{file}: not a healthlint baseline: expected an object with "
                             f"\"version\": {VERSION} and a \"findings\" list")
        counts: Counter = Counter()
        for n, entry in enumerate(data["findings"], start=1):
            fields = (entry.get("path"), entry.get("code"), entry.get("line_text")) if isinstance(entry, dict) else ()
            count = entry.get("count", 1) if isinstance(entry, dict) else None
            if (len(fields) != 3 or not all(isinstance(v, str) for v in fields)
                    or type(count) is not int or count < 1):
                raise UsageError(f"{file}: not a healthlint baseline: finding {n} needs \"path\", \"code\" and "
                                 "\"line_text\" strings and a positive \"count\"")
            counts[fields] += count
        return cls(file, counts)

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
