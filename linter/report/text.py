"""`path:line:col: severity CODE message`, one finding a line (editors parse this)."""

from __future__ import annotations


def item(f, report, first: bool) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.severity} {f.code} {f.message}\n"
