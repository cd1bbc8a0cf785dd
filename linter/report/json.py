"""One JSON object with a `findings` array (written as findings arrive)."""

from __future__ import annotations

import json

from linter import __version__
from linter.report import compact_json, finding_dict


def head(report) -> str:
    return '{\n  "version": %s,\n  "findings": [' % json.dumps(__version__)


def item(f, report, first: bool) -> str:
    return ("\n    " if first else ",\n    ") + compact_json(finding_dict(f))


def tail(report, files) -> str:
    return "\n  ]\n}\n"
