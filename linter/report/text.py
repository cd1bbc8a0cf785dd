"""`path:line:col: severity CODE message`, one finding a line (editors parse this)."""

from __future__ import annotations

from linter.report.escape import printable


def item(f, report, first: bool) -> str:
    return f"{printable(f.path)}:{f.line}:{f.column}: {f.severity} {f.code} {f.message}\n"
