"""SARIF 2.1.0, for code-scanning dashboards (GitHub uploads it with codeql-action/upload-sarif)."""

from __future__ import annotations

import json

from linter import __version__
from linter.checks import RULES
from linter.report import compact_json, statistics_table
from linter.report.escape import decodable
from linter.report.escape import uri as _uri

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SHOWS_HELD = True  # a baseline's findings are results marked unchanged and suppressed, not left out


def _region(f) -> dict:
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}


def _result(f, index: dict) -> dict:
    result = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": _region(f)}}],
    }
    if f.fix is not None:
        result["fixes"] = [{
            "description": {"text": f"Replace with '{f.fix}'"},
            "artifactChanges": [{
                "artifactLocation": {"uri": _uri(f.path)},
                "replacements": [{"deletedRegion": _region(f), "insertedContent": {"text": f.fix}}],
            }],
        }]
    if f.related_line is not None:  # the earlier claim an in-draft contradiction names
        result["relatedLocations"] = [{
            "id": 1,
            "physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": {"startLine": f.related_line}},
            "message": {"text": f"the earlier claim, line {f.related_line}"},
        }]
    if f.source is not None:
        # sourceLine: the source article's line; `source`, the same, is deprecated (one more release).
        result["properties"] = {"sourceLine": f.source, "sourceFile": f.source_file, "source": f.source}
    return result


def _rules():
    return list(RULES.values())


_CUT = "\u0000results\u0000"


def _log() -> tuple[str, str]:
    """The log around its results array: (text before it, text after it up to the artifacts)."""
    rules = _rules()
    driver = {
        "name": "healthlint",
        "version": __version__,
        "informationUri": "https://pypi.org/project/healthlint/",
        "rules": [{
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.doc},
            "help": {"text": r.doc},
            "defaultConfiguration": {"level": _LEVEL[r.severity]},
            "properties": {"category": r.category, "fixable": r.fixable},
        } for r in rules],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": _CUT}]}
    before, after = json.dumps(log, indent=2, ensure_ascii=False).split(json.dumps(_CUT))
    return before, after


def head(report) -> str:
    return _log()[0] + "["


def item(f, report, first: bool) -> str:
    if not hasattr(report, "_sarif_index"):
        report._sarif_index = {r.code: i for i, r in enumerate(_rules())}
    result = _result(f, report._sarif_index)
    if report.baseline is not None:
        if f in report.held:
            result["baselineState"] = "unchanged"
            result["suppressions"] = [{"kind": "external",
                                       "justification": f"held by the baseline {decodable(report.baseline)}"}]
        else:
            result["baselineState"] = "new"
    return ("\n" if first else ",\n") + compact_json(result)


def _notification(path: str | None, message: str) -> dict:
    note = {"level": "error", "message": {"text": decodable(message)}}
    if path is not None:
        note["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}]
    return note


def tail(report, files) -> str:
    artifacts = json.dumps([{"location": {"uri": _uri(p)}} for p in files], ensure_ascii=False)
    # Drafts that could not be read: notifications of a run that did not fully succeed.
    invocation = {"executionSuccessful": not report.errors,
                  "toolExecutionNotifications": [_notification(p, m) for p, m in report.errors]}
    extra = f',\n      "invocations": {json.dumps([invocation], ensure_ascii=False)}'
    if report.statistics:  # --statistics: findings per rule, in the run's property bag
        bag = json.dumps({"statistics": statistics_table(report)}, ensure_ascii=False)
        extra += f',\n      "properties": {bag}'
    after = _log()[1]
    # The results array closes, the artifacts and invocations follow, then whatever closed the run.
    return "\n]," + f'\n      "artifacts": {artifacts}' + extra + after + "\n"
