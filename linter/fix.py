"""Safe autofix: apply the replacement text of fixable findings, touching nothing else."""

from __future__ import annotations

import codecs
import difflib
import os
import tempfile
from pathlib import Path

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


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename it over the target."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".healthlint", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
