"""What a check reports: a Finding, located in the file, and the Rule behind it."""

from __future__ import annotations

import operator
from dataclasses import dataclass, fields

SEVERITIES = ("error", "warning", "info")  # the categories are the families' (linter/checks/__init__.py)


@dataclass(frozen=True)
class Rule:
    """A rule's identity and documentation; its docstring-style `doc` has the
    sections What it flags / Why / Example (fires) / Example (silent) / Fix."""

    code: str
    name: str
    category: str
    severity: str
    summary: str
    doc: str
    fixable: bool = False


@dataclass(frozen=True, slots=True)  # slots: cheaper to pickle back from worker processes
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    category: str
    severity: str
    message: str
    fix: str | None = None
    source: int | None = None  # line of the source article the fact rests on
    source_file: str | None = None
    related_line: int | None = None  # a line of the same draft the finding names (HL701's earlier claim)
    offset: int = 0  # file offsets of the span, for --fix
    end_offset: int = 0

    def __reduce__(self):
        # Findings travel back from worker processes by the thousand: pickle them as their
        # values, read at C level, rather than through dataclasses' per-object field lookups.
        return Finding, values(self)

    @classmethod
    def at(cls, document, rule: Rule, fstart: int, fend: int, message: str, **extra) -> "Finding":
        """A finding on the file span [fstart, fend) of a document."""
        line, col = document.line_col(fstart)
        end_line, end_col = document.line_col(fend)
        return cls(document.path, line, col, end_line, end_col, rule.code, rule.name, rule.category,
                   rule.severity, message, offset=fstart, end_offset=fend, **extra)

    def to_dict(self) -> dict:
        data = {name: getattr(self, name) for name in _PUBLIC}
        for key in ("fix", "source", "source_file", "related_line"):
            if data[key] is None:
                del data[key]
        return data


_PUBLIC = [f.name for f in fields(Finding) if f.name not in ("offset", "end_offset")]
values = operator.attrgetter(*(f.name for f in fields(Finding)))  # every field, in order, as a tuple
# The order findings are reported in (a C-level key: thousands are sorted per run).
SORT_KEY = operator.attrgetter("path", "line", "column", "code", "end_line", "end_column", "message")
