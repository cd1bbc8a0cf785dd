"""GitHub Actions workflow commands: annotations on the pull request's diff."""

from __future__ import annotations

from linter.report.escape import printable

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def item(f, report, first: bool) -> str:
    return (f"::{_LEVEL[f.severity]} file={_prop(printable(f.path))},line={f.line},col={f.column},endLine={f.end_line},"
            f"endColumn={f.end_column},title={_prop(f.code)}::{_data(f.message)}\n")


def statistics(rows, report) -> str:
    """--statistics: a notice per rule with its count, not the annotations."""
    lines = (f"{r['count']} {r['code']} {r['name']}" for r in rows)
    return "".join(f"::notice title=healthlint statistics::{_data(line)}\n" for line in lines)
