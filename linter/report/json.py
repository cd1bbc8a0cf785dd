"""One JSON object with a `findings` array."""

from __future__ import annotations

import json

from linter import __version__
from linter.findings import Finding


def render(findings: list[Finding]) -> str:
    payload = {"version": __version__, "findings": [f.to_dict() for f in findings]}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
