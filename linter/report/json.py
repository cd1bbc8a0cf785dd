"""One JSON object with a `findings` array (written as findings arrive)."""

from __future__ import annotations

import json

from linter import __version__


def head(report) -> str:
    return '{\n  "version": %s,\n  "findings": [' % json.dumps(__version__)


def item(f, report, first: bool) -> str:
    return ("\n    " if first else ",\n    ") + json.dumps(f.to_dict(), ensure_ascii=False)


def tail(report, files) -> str:
    return "\n  ]\n}\n"
