"""One JSON object a line, one finding each."""

from __future__ import annotations

from linter.report import compact_json, finding_dict


def item(f, report, first: bool) -> str:
    return compact_json(finding_dict(f)) + "\n"


def statistics(rows, report) -> str:
    """--statistics: one object a line per rule (code, name, count, fixable), not the findings."""
    return "".join(compact_json(r) + "\n" for r in rows)
