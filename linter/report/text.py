"""`path:line:col: severity CODE message`, one finding a line (editors parse this)."""

from __future__ import annotations


def render(report) -> str:
    return "".join(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.code} {f.message}\n" for f in report.findings)
