"""Output formats, one module each, named in the table of formats.py. A streaming format has `item(finding, report, first)`
and optional `head(report)` / `tail(report, files)`; the others have `render(report)`.
Streaming lets a run over thousands of drafts write findings as each file is done.

With --statistics a line format (one with `statistics(rows, report)`) prints the counts per rule
instead of its findings; a document format (JSON, SARIF, JUnit) adds them beside its findings.
Input errors (drafts that could not be read) reach `tail`/`render` in `report.errors`.

Findings a baseline holds are left out, except by a format with `SHOWS_HELD` (SARIF, which marks
them): its `item` gets them too, in order, and finds them in `report.held`. A format with
`QUOTES_DRAFT` reads the draft's lines (`report.draft_line`) as its findings stream past; the run
keeps each draft's text for it, so that no draft is read twice."""

from __future__ import annotations

import json as _json
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Mapping

from linter.findings import SORT_KEY, Finding, Rule
from linter.names import with_source_line
from linter.report.escape import decodable
from linter.report.formats import writer

# One JSON line per finding: json.dumps with options builds a new encoder on every call.
compact_json = _json.JSONEncoder(ensure_ascii=False).encode


def finding_dict(finding: Finding) -> dict:
    """A finding's JSON fields, its path in text any UTF-8 output can carry."""
    data = finding.to_dict()
    data["path"] = decodable(data["path"])
    return with_source_line(data)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every draft linted, findings or not
    draft_line: Callable[[str, int], str] = lambda path, line: ""  # a line of the draft being written
    source_line: Callable[[str | None, int | None], str | None] = lambda name, line: None
    # (pack, its statements of the facts on a source line), for a finding whose sentence is not found
    stated: Callable[[str | None, int | None, str], tuple[str, tuple[str, ...]]] = lambda name, line, category: ("", ())
    hinted: set = field(default_factory=set)  # source articles `full` has said how to find
    errors: list[tuple[str | None, str]] = field(default_factory=list)  # (draft path or None, message)
    statistics: bool = False  # --statistics
    colour: bool = False  # ANSI colour, for the text formats on a terminal
    counts: Counter = field(default_factory=Counter)  # findings per code, as they stream past
    fixable: Counter = field(default_factory=Counter)  # findings with a fix per code
    baseline: str | None = None  # the baseline file in use, if any
    held: set = field(default_factory=set)  # the findings of the current part that the baseline holds
    rules: Mapping[str, Rule] = field(default_factory=dict)  # code -> rule, for --statistics' names


def statistics_rows(report: Report) -> list[dict]:
    """Findings per rule, most first: code, name, count, and how many --fix would fix."""
    return [{"code": code, "name": report.rules[code].name, "count": n, "fixable": report.fixable[code]}
            for code, n in sorted(report.counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def statistics_table(report: Report) -> dict:
    """The same as a JSON object keyed by code (JSON's `statistics`, SARIF's run property)."""
    return {r["code"]: {"name": r["name"], "count": r["count"], "fixable": r["fixable"]}
            for r in statistics_rows(report)}


def render(fmt: str, report: Report) -> str:
    """The whole output for findings already collected."""
    pieces: list[str] = []
    fresh = replace(report, files=[], findings=[], errors=[], counts=Counter(), fixable=Counter())
    stream(fmt, fresh, [(report.files, report.findings, report.errors, [])], pieces.append)
    return "".join(pieces)


def stream(fmt: str, report: Report, parts: Iterable[tuple],
           write: Callable[[str], None]) -> None:
    """Write the output as (files, findings, errors, held findings) parts arrive, in order."""
    module = writer(fmt)
    if not hasattr(module, "item"):
        for files, findings, errors, _ in parts:
            report.files.extend(files)
            report.findings.extend(findings)
            report.errors.extend(errors)
            _count(report, findings)
        write(module.render(report))
        return
    counts_only = report.statistics and hasattr(module, "statistics")
    if hasattr(module, "head") and not counts_only:
        write(module.head(report))
    first = True
    files_seen: list[str] = []
    for files, findings, errors, held in parts:
        files_seen.extend(files)
        report.errors.extend(errors)
        _count(report, findings)
        if counts_only:
            continue
        if getattr(module, "SHOWS_HELD", False):
            report.held = set(held)
            findings = sorted([*findings, *held], key=SORT_KEY) if held else findings
        for finding in findings:
            write(module.item(finding, report, first))
            first = False
    if counts_only:
        write(module.statistics(statistics_rows(report), report))
    elif hasattr(module, "tail"):
        write(module.tail(report, files_seen))


def _count(report: Report, findings: list[Finding]) -> None:
    for f in findings:
        report.counts[f.code] += 1
        if f.fix is not None:
            report.fixable[f.code] += 1
