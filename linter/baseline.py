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

from linter.document.lines import split_lines
from linter.errors import UsageError
from linter.files import MissingFile, read_bytes
from linter.findings import Finding
from linter.jsonfile import strict_json

VERSION = 1
Key = tuple[str, str]  # within one draft: code, normalised line text ("" for the whole draft)
Ran = Callable[[str, str], bool]  # (code, draft path): whether that rule ran on that draft in this run


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
    def __init__(self, file: str, drafts: dict[str, Counter] | None = None):
        self.file = file
        self.folder = os.path.dirname(os.path.abspath(file))
        # Relative path -> count per key. Matching spends the counts of the drafts linted.
        self.drafts: dict[str, Counter] = drafts if drafts is not None else {}
        self.linted: dict[str, str] = {}  # relative path -> the path shown, of each draft linted this run
        self.held = 0  # findings held back in this run (the summary line says how many)
        self._moved: dict[Key, list[str]] | None = None  # see _renamed_from

    def key(self, finding: Finding, line_of: Callable[[str, int], str]) -> Key:
        text = "" if whole_draft(finding) else normalised(line_of(finding.path, finding.line))
        return finding.code, text

    def rel(self, path: str) -> str:
        return os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/")

    def add(self, rel: str, key: Key, count: int = 1) -> None:
        self.drafts.setdefault(rel, Counter())[key] += count

    # ------------------------------------------------------------ reading and writing

    @classmethod
    def load(cls, file: str) -> "Baseline":
        """The baseline in `file`; a missing or malformed one is a one-line UsageError."""
        try:
            data = read_bytes(Path(file), kind="baseline")
        except MissingFile:
            raise UsageError(f"{file}: no such baseline file; write one with "
                             f"healthlint check --write-baseline {file}") from None
        return cls(file, entries(file, data))

    @classmethod
    def of(cls, file: str, findings: Iterable[Finding], line_of: Callable[[str, int], str]) -> "Baseline":
        baseline = cls(file)
        for f in findings:
            baseline.add(baseline.rel(f.path), baseline.key(f, line_of))
        return baseline

    def dumps(self) -> str:
        entries = [{"path": p, "code": c, "line_text": t, "count": n}
                   for p, c, t, n in sorted((p, c, t, n) for p, counts in self.drafts.items()
                                            for (c, t), n in counts.items() if n > 0)]
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False, sort_keys=False) for e in entries)
        return (f'{{\n  "version": {VERSION},\n  "tool": "healthlint",\n  "findings": [\n'
                + (body + "\n" if body else "") + "  ]\n}\n")

    def rewritten(self, findings: list[Finding], files: list[str], ran: Ran, paths: Iterable[str],
                  line_of: Callable[[str, int], str]) -> tuple["Baseline", int]:
        """What --write-baseline writes over this (the file's current entries): the findings of this
        run, plus the entries the run could not renew, which stay as they were: those of drafts it
        did not lint, and those of rules that did not run on a draft it linted (--select, --ignore,
        per-file-ignores). An entry whose draft is gone from disk goes when it was found renamed
        to a draft of this run, or when it lay in a folder this run linted (`paths`). Returns the
        new baseline and how many findings it kept from this one."""
        by_path: dict[str, list[Finding]] = {path: [] for path in files}
        for f in findings:
            by_path.setdefault(f.path, []).append(f)
        for path, group in by_path.items():
            self.split(path, group, line_of)  # marks what was linted, and moves renamed drafts' entries
        fresh = Baseline.of(self.file, findings, line_of)
        folders = [os.path.abspath(p) + os.sep for p in paths if os.path.isdir(p)]
        kept = 0
        for rel, counts in self.drafts.items():
            shown = self.linted.get(rel)
            if shown is None and not self._on_disk(rel):
                where = os.path.normpath(os.path.join(self.folder, rel))
                if any(where.startswith(folder) for folder in folders):
                    continue  # deleted, or moved somewhere this run did not look
            # split() spent only the counts of rules that ran on a linted draft, and those are not kept.
            for (code, text), n in counts.items():
                if n > 0 and (shown is None or not ran(code, shown)):
                    fresh.add(rel, (code, text), n)
                    kept += n
        return fresh, kept

    # ------------------------------------------------------------ matching

    def split(self, path: str, findings: list[Finding], line_of: Callable[[str, int], str], *,
              record: bool = True) -> tuple[list[Finding], list[Finding]]:
        """The findings of one draft the baseline does not hold, and those it holds (an entry holds
        as many as its count). With `record` (the run's one pass over its results) the entries used
        are spent and a renamed draft takes over its old path's entries; without it (--fix asking
        which findings to leave alone) nothing changes."""
        rel = self.rel(path)
        keyed = [(f, self.key(f, line_of)) for f in findings]
        if record:
            self.linted[rel] = path
        budget = self.drafts.get(rel)
        if budget is None and keyed:
            old = self._renamed_from({key for _, key in keyed})
            if old is not None:
                budget = self.drafts.pop(old) if record else self.drafts[old]
                if record:
                    self.drafts[rel] = budget
        if budget is None:
            return findings, []
        if not record:
            budget = Counter(budget)
        new, held = [], []
        for f, key in keyed:
            if budget[key] > 0:
                budget[key] -= 1
                held.append(f)
            else:
                new.append(f)
        if record:
            self.held += len(held)
        return new, held

    def holds(self, path: str, text: str, findings: list[Finding]) -> set[Finding]:
        """The findings of a draft (as `text`) that the baseline holds, changing nothing: --fix
        leaves them alone."""
        return set(self.split(path, findings, DraftLines({path: text}).line, record=False)[1])

    def gone(self, ran: Ran) -> int:
        """Entries of the drafts linted in this run, of rules that ran on them, that no finding matched."""
        return sum(n for rel, shown in self.linted.items() for (code, _), n in self.drafts.get(rel, {}).items()
                   if n > 0 and ran(code, shown))

    def _on_disk(self, rel: str) -> bool:
        return os.path.exists(os.path.join(self.folder, rel))

    def _renamed_from(self, keys: set[Key]) -> str | None:
        """The path a draft with no entries of its own was moved from, if any, found by content as
        git finds a rename: a path no longer on disk whose entries' line texts the draft's findings
        all match (the one with most, then the first by name). Entries about a whole draft say
        nothing of its content and are not compared. Entries are indexed by key, once."""
        if self._moved is None:
            self._moved = {}
            for rel, counts in self.drafts.items():
                if not self._on_disk(rel):
                    for key in counts:
                        if key[1]:
                            self._moved.setdefault(key, []).append(rel)
        matched: Counter = Counter()
        for key in keys:
            matched.update(self._moved.get(key, ()))
        found = [rel for rel, n in matched.items()
                 if rel in self.drafts and n == sum(1 for _, text in self.drafts[rel] if text)]
        return min(found, key=lambda rel: (-matched[rel], rel)) if found else None

    def filter(self, parts: Iterator, texts: dict[str, str] | None = None) -> Iterator:
        """Each result with the findings of the baseline moved to its `held` (results come one
        draft at a time)."""
        for part in parts:
            # The text the run read (standard input's exists nowhere else), held for this part only.
            lines = DraftLines({**(texts or {}), **part.texts})
            by_path: dict[str, list[Finding]] = {}
            for f in part.findings:
                by_path.setdefault(f.path, []).append(f)
            for path in part.files:
                by_path.setdefault(path, [])
            part.findings, part.held = [], []
            for path, group in by_path.items():
                new, held = self.split(path, group, lines.line)
                part.findings.extend(new)
                part.held.extend(held)
            yield part


# ------------------------------------------------------------ validation

SCHEMA = "baseline.schema.json"


def entries(file: str, data: bytes) -> dict[str, Counter]:
    """The counts of a baseline file's entries by path, after checking it against baseline.schema.json;
    anything else is a one-line UsageError naming the file."""
    def refuse(what: str, line: int | None = None) -> UsageError:
        return UsageError(f"{file}{f':{line}' if line else ''}: not a healthlint baseline: {what}")

    parsed = strict_json(data, SCHEMA, "valid-baseline", refuse)
    drafts: dict[str, Counter] = {}
    for entry in parsed["findings"]:
        drafts.setdefault(entry["path"], Counter())[entry["code"], entry["line_text"]] += entry.get("count", 1)
    return drafts
