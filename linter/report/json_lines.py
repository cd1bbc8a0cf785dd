"""One JSON object a line, one finding each."""

from __future__ import annotations

import json


def item(f, report, first: bool) -> str:
    return json.dumps(f.to_dict(), ensure_ascii=False) + "\n"
