"""Suppress stage: what the draft's comments and front matter, and the settings, turn off.

    <!-- healthlint-disable HL201,HL301 -->  …  <!-- healthlint-enable -->
    <!-- healthlint-disable-next-line HL101 -->
    front matter:  healthlint: {ignore: [HL801]}

A suppression that suppresses nothing is itself reported (HL001), so stale
ones get cleaned up.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from linter.config import Settings, check_selector, matches, split_list
from linter.document import Document, front_matter_line
from linter.errors import UsageError
from linter.findings import SORT_KEY, Finding, Rule

UNUSED = Rule(
    code="HL001",
    name="suppression.unused",
    category="suppression",
    severity="info",
    summary="A suppression comment that suppresses nothing.",
    doc="""\
What it flags: a `healthlint-disable`, `healthlint-disable-next-line` comment or
front-matter `healthlint: {ignore: […]}` entry under which no finding of the
named codes occurs.

Why: stale suppressions hide the next real finding on that line.

Example (fires):  <!-- healthlint-disable-next-line HL101 -->  above a line with no typo
Example (silent): <!-- healthlint-disable-next-line HL101 -->  above a line with a typo

Fix: remove the comment, or narrow it to the codes that still fire.""",
)
RULES = (UNUSED,)

_DIRECTIVE = re.compile(r"^healthlint-(disable-next-line|disable|enable)(?:\s+(.*))?$", re.S)


@dataclass
class _Region:
    first: int
    last: float  # inclusive; infinity to the end of the draft
    selectors: tuple[str, ...]  # empty: every code
    offset: int
    length: int
    used: set = field(default_factory=set)

    def names(self, code: str, category: str) -> bool:
        return not self.selectors or any(matches(s, code, category) for s in self.selectors)


def regions(document: Document) -> list[_Region]:
    out: list[_Region] = []
    # Open `disable` regions, all and by selector, so an `enable` closes its regions without
    # a walk over every open one (closed ones are skipped where they are still listed).
    open_regions: list[_Region] = []
    open_by_selector: dict[str, list[_Region]] = defaultdict(list)
    for comment in document.comments:
        m = _DIRECTIVE.match(comment.body)
        if not m:
            continue
        kind, rest = m.group(1), m.group(2) or ""
        selectors = split_list(rest)
        for s in selectors:
            check_selector(s, f"{document.path}:{comment.line}: healthlint-{kind}")
        length = len(comment.body) + 7
        if kind == "disable-next-line":
            out.append(_Region(comment.line + 1, comment.line + 1, selectors, comment.offset, length))
        elif kind == "disable":
            region = _Region(comment.line, float("inf"), selectors, comment.offset, length)
            out.append(region)
            open_regions.append(region)
            for s in set(selectors):
                open_by_selector[s].append(region)
        else:
            closing = (open_regions if not selectors
                       else [r for s in set(selectors) for r in open_by_selector.pop(s, ())])
            for region in closing:
                if region.last == float("inf"):
                    region.last = comment.line
            if not selectors:
                open_regions, open_by_selector = [], defaultdict(list)
    out.extend(_front_matter_region(document))
    return out


def _front_matter_region(document: Document) -> list[_Region]:
    """`healthlint: {ignore: [codes]}` in front matter: a region over the whole draft."""
    ignore = document.front_matter.get("healthlint")
    if ignore is None:
        return []
    where = f"{document.path}:{front_matter_line(document, 'healthlint')}"
    if not isinstance(ignore, dict) or set(ignore) - {"ignore"}:
        raise UsageError(f"{where}: front matter 'healthlint' takes only 'ignore: [codes]'")
    codes = ignore.get("ignore", [])
    codes = list(split_list(codes)) if isinstance(codes, str) else codes
    if not isinstance(codes, list):
        raise UsageError(f"{where}: front matter 'healthlint.ignore' must list rule codes, not {codes!r}")
    for s in codes:
        check_selector(str(s), f"{where}: front matter healthlint.ignore")
    return [_Region(1, float("inf"), tuple(str(c) for c in codes), 0, 3)] if ignore else []


def apply(document: Document, findings: list[Finding], settings: Settings) -> list[Finding]:
    """The findings that survive the settings and the draft's suppressions, with
    severities as configured, plus a finding for each suppression left unused."""
    kept = []
    levels: dict[tuple, str | None] = {}  # per rule: its configured severity, None if disabled here
    for f in findings:
        rule = (f.code, f.category, f.severity)
        if rule not in levels:
            levels[rule] = (settings.severity_of(*rule) if settings.enabled(f.code, f.category, document.path)
                            else None)
        level = levels[rule]
        if level is None:
            continue
        kept.append(replace(f, severity=level) if level != f.severity else f)
    found = regions(document)
    survivors = []
    # Per rule: the sorted lines of its findings, and the regions that name it merged into
    # sorted intervals; then each region and each finding is one binary search.
    lines_of: dict[tuple[str, str], list[int]] = defaultdict(list)
    for f in kept:
        lines_of[f.code, f.category].append(f.line)
    suppressed: dict[tuple[str, str], tuple[list[int], list[float]]] = {}
    for (code, category), lines in lines_of.items():
        lines.sort()
        naming = sorted((r for r in found if r.names(code, category)), key=lambda r: r.first)
        for r in naming:
            i = bisect.bisect_left(lines, r.first)
            if i < len(lines) and lines[i] <= r.last:
                r.used.add(code)
        suppressed[code, category] = _merged(naming)
    for f in kept:
        starts, ends = suppressed[f.code, f.category]
        i = bisect.bisect_right(starts, f.line) - 1
        if i < 0 or ends[i] < f.line:
            survivors.append(f)
    if settings.enabled(UNUSED.code, UNUSED.category, document.path):
        for r in found:
            if r.used or (r.selectors and not any(
                    _names_enabled(s, settings, document.path) for s in r.selectors)):
                continue
            what = ", ".join(r.selectors) or "all codes"
            finding = Finding.at(document, UNUSED, r.offset, r.offset + r.length,
                                 f"This suppression of {what} suppresses nothing; remove it")
            level = settings.severity_of(UNUSED.code, UNUSED.category, UNUSED.severity)
            survivors.append(replace(finding, severity=level))
    return sorted(survivors, key=SORT_KEY)


def _merged(regions: list[_Region]) -> tuple[list[int], list[float]]:
    """Starts and ends of the disjoint line intervals that regions sorted by first line cover."""
    starts: list[int] = []
    ends: list[float] = []
    for r in regions:
        if ends and r.first <= ends[-1]:
            ends[-1] = max(ends[-1], r.last)
        else:
            starts.append(r.first)
            ends.append(r.last)
    return starts, ends


def _names_enabled(selector: str, settings: Settings, path: str) -> bool:
    from linter.checks import RULES

    return any(matches(selector, r.code, r.category) and settings.enabled(r.code, r.category, path)
               for r in RULES.values())
