"""Output formats, one module each. A streaming format has `item(finding, report, first)`
and optional `head(report)` / `tail(report, files)`; the others have `render(report)`.
Streaming lets a run over thousands of drafts write findings as each file is done."""

from __future__ import annotations

import json as _json
from dataclasses import dataclass, field
from typing import Callable, Iterable

from linter.findings import Finding
from linter.report.escape import decodable

# One JSON line per finding: json.dumps with options builds a new encoder on every call.
compact_json = _json.JSONEncoder(ensure_ascii=False).encode


def finding_dict(finding: Finding) -> dict:
    """A finding's JSON fields, its path in text any UTF-8 output can carry."""
    data = finding.to_dict()
    data["path"] = decodable(data["path"])
    return data


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every draft linted, findings or not
    draft_line: Callable[[str, int], str] = lambda path, line: ""
    source_line: Callable[[str | None, int | None], str | None] = lambda name, line: None


def formats() -> dict:
    from linter.report import full, github, json, json_lines, junit, sarif, text

    return {"text": text, "full": full, "json": json, "json-lines": json_lines, "sarif": sarif,
            "github": github, "junit": junit}


def render(fmt: str, report: Report) -> str:
    """The whole output for findings already collected."""
    pieces: list[str] = []
    stream(fmt, report, [(report.files, report.findings)], pieces.append)
    return "".join(pieces)


def stream(fmt: str, report: Report, parts: Iterable[tuple[list[str], list[Finding]]],
           write: Callable[[str], None]) -> None:
    """Write the output as (files, findings) parts arrive, in order."""
    module = formats()[fmt]
    if not hasattr(module, "item"):
        for files, findings in parts:
            report.files.extend(files)
            report.findings.extend(findings)
        write(module.render(report))
        return
    if hasattr(module, "head"):
        write(module.head(report))
    first = True
    files_seen: list[str] = []
    for files, findings in parts:
        files_seen.extend(files)
        for finding in findings:
            write(module.item(finding, report, first))
            first = False
    if hasattr(module, "tail"):
        write(module.tail(report, files_seen))
