"""`path:line:col: severity CODE message`, one finding a line (editors parse this)."""

from __future__ import annotations

from linter.findings import Finding


def render(findings: list[Finding]) -> str:
    return "".join(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.code} {f.message}\n" for f in findings)
