"""SARIF 2.1.0, for code-scanning dashboards (GitHub uploads it with codeql-action/upload-sarif)."""

from __future__ import annotations

import json
from pathlib import PurePath

from linter import __version__

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def _region(f) -> dict:
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}


def render(report) -> str:
    from linter.checks import RULES

    rules = list(RULES.values())
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for f in report.findings:
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
        if f.source is not None:
            result["properties"] = {"source": f.source, "sourceFile": f.source_file}
        results.append(result)
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
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": driver},
        "artifacts": [{"location": {"uri": _uri(p)}} for p in report.files],
        "results": results,
    }]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
