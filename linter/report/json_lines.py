"""One JSON object a line, one finding each."""

from __future__ import annotations

import json


def render(report) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in report.findings)
