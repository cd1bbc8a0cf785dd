"""Safe autofix: apply the replacement text of fixable findings, touching nothing else."""

from __future__ import annotations

import codecs
import difflib

from linter.document.lines import split_lines
from linter.findings import Finding


def apply_fixes(text: str, findings: list[Finding], fixable: set[str]) -> tuple[str, list[Finding]]:
    """The text with every non-overlapping fix applied, and the findings fixed."""
    chosen: list[Finding] = []
    end = -1
    # A span outside the text would write past its end: never trust one.
    for f in sorted((f for f in findings if f.fix is not None and f.code in fixable
                     and 0 <= f.offset <= f.end_offset <= len(text)),
                    key=lambda f: (f.offset, f.end_offset)):
        if f.offset >= end:
            chosen.append(f)
            end = f.end_offset
    pieces = []
    cursor = 0
    for f in chosen:
        pieces.append(text[cursor:f.offset])
        pieces.append(f.fix)
        cursor = f.end_offset
    pieces.append(text[cursor:])
    return "".join(pieces), chosen


def encode(text: str, has_bom: bool) -> bytes:
    return (codecs.BOM_UTF8 if has_bom else b"") + text.encode("utf-8")


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(split_lines(before, keepends=True), split_lines(after, keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
