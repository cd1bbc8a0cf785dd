"""`path:line:col: severity CODE message`, one finding a line (editors parse this)."""

from __future__ import annotations

from linter.report.colour import paint
from linter.report.escape import printable


def item(f, report, first: bool) -> str:
    on = report.colour
    return (f"{paint(printable(f.path), 'bold', on=on)}:{f.line}:{f.column}: "
            f"{paint(f.severity, f.severity, on=on)} {paint(f.code, 'bold', on=on)} {printable(f.message)}\n")


def statistics(rows, report) -> str:
    """--statistics: one line per rule, most findings first."""
    return "".join(f"{r['count']:>5}  {r['code']}  {r['name']}\n" for r in rows)
