"""One JSON object with a `findings` array (written as findings arrive), an `errors` array
(drafts that could not be read: path and message) and, with --statistics, a `statistics`
object (per rule code: name, count, fixable)."""

from __future__ import annotations

import json

from linter import __version__
from linter.report import compact_json, finding_dict, statistics_table
from linter.report.escape import decodable


def head(report) -> str:
    return '{\n  "version": %s,\n  "findings": [' % json.dumps(__version__)


def item(f, report, first: bool) -> str:
    return ("\n    " if first else ",\n    ") + compact_json(finding_dict(f))


def tail(report, files) -> str:
    errors = ",".join("\n    " + compact_json({"path": None if path is None else decodable(path),
                                                "message": decodable(message)})
                      for path, message in report.errors)
    out = "\n  ],\n  \"errors\": [" + errors + ("\n  ]" if errors else "]")
    if report.statistics:
        out += ',\n  "statistics": ' + compact_json(statistics_table(report))
    return out + "\n}\n"
