"""Safe autofix: apply the replacement text of fixable findings, touching nothing else."""

from __future__ import annotations

import codecs
import difflib

from linter.findings import Finding


def apply_fixes(text: str, findings: list[Finding], fixable: set[str]) -> tuple[str, list[Finding]]:
    """The text with every non-overlapping fix applied, and the findings fixed."""
    chosen: list[Finding] = []
    end = -1
    for f in sorted((f for f in findings if f.fix is not None and f.code in fixable),
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
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
