"""One JSON object with a `findings` array."""

from __future__ import annotations

import json

from linter import __version__


def render(report) -> str:
    payload = {"version": __version__, "findings": [f.to_dict() for f in report.findings]}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
