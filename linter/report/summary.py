"""The summary line on stderr after the text formats, worded after Ruff's:

    3 files, 7 findings (2 errors, 5 warnings); 2 fixable with --fix
    All checks passed (3 files)
    All checks passed (30 files); 26 findings held by the baseline
"""

from __future__ import annotations

from linter.findings import SEVERITIES
from linter.report.colour import paint


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 or word == 'info' else 's'}"


def summary(files: int, severities, fixable: int, errors: int, *, held: int = 0, colour: bool = False) -> str:
    """`severities`: findings per severity; `errors`: the error lines printed before it (a draft
    that could not be read, a missing path, fixes that could not be written); `held`: findings
    a baseline kept out of the report (said, so that a pass does not hide them)."""
    total = sum(severities.values())
    problems = f"; {_n(errors, 'problem')} reported above" if errors else ""
    kept = f"; {_n(held, 'finding')} held by the baseline" if held else ""
    if not total:
        if errors:
            return f"{_n(files, 'file')}, no findings{kept}{paint(problems, 'error', on=colour)}"
        return paint(f"All checks passed ({_n(files, 'file')})", "ok", on=colour) + kept
    kinds = ", ".join(paint(_n(severities[s], s), s, on=colour) for s in SEVERITIES if severities[s])
    fixes = f"; {fixable} fixable with --fix" if fixable else ""
    return (f"{_n(files, 'file')}, {_n(total, 'finding')} ({kinds}){fixes}{kept}"
            f"{paint(problems, 'error', on=colour)}")
