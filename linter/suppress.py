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

from linter.checks import RULES
from linter.checks.suppression import UNKNOWN, UNUSED
from linter.config import Settings, check_selector, matches, split_list
from linter.document import Document
from linter.document.front_matter import front_matter_line
from linter.errors import UsageError
from linter.findings import SORT_KEY, Finding

_DIRECTIVE = re.compile(r"^healthlint-(disable-next-line|disable|enable)(?:\s+(.*))?$", re.S)
_NAME = re.compile(r"[^,\s]+")  # one selector in a comment's list (as split_list splits it)


@dataclass
class _Region:
    first: int
    last: float  # inclusive; infinity to the end of the draft
    selectors: tuple[str, ...]  # empty: every code
    offset: int
    length: int
    spans: tuple[tuple[int, int], ...] = ()  # file span of each selector, where an unused one is reported
    used: set = field(default_factory=set)  # the selectors that suppressed something ("" for every code)

    def names(self, code: str, category: str) -> bool:
        return not self.selectors or any(matches(s, code, category) for s in self.selectors)


@dataclass(frozen=True)
class _Unknown:
    """A name in a suppression that is no rule code, prefix or category (reported as HL002)."""

    name: str
    offset: int
    end: int


def _known(selector: str) -> bool:
    try:
        check_selector(selector, "")
    except UsageError:
        return False
    return True


def _names(document: Document, comment, rest_at: int) -> list[tuple[str, int, int]]:
    """(selector, start, end) in the file of each name a directive lists."""
    body_at = document.text.find(comment.body, comment.offset)  # the body follows `<!--` and blanks
    if body_at < 0:  # not found verbatim (never expected): the comment's own span
        return [(m.group(), comment.offset, comment.offset + len(comment.body) + 7)
                for m in _NAME.finditer(comment.body, rest_at)]
    return [(m.group(), body_at + m.start(), body_at + m.end()) for m in _NAME.finditer(comment.body, rest_at)]


def regions(document: Document, unknown: list | None = None) -> list[_Region]:
    """The suppressions of a draft; names that are no code or category go to `unknown` instead
    (a comment's other names still apply)."""
    out: list[_Region] = []
    unknown = [] if unknown is None else unknown
    # Open `disable` regions, all and by selector, so an `enable` closes its regions without
    # a walk over every open one (closed ones are skipped where they are still listed).
    open_regions: list[_Region] = []
    open_by_selector: dict[str, list[_Region]] = defaultdict(list)
    for comment in document.comments:
        m = _DIRECTIVE.match(comment.body)
        if not m:
            continue
        kind = m.group(1)
        named = _names(document, comment, m.start(2)) if m.group(2) else []
        good = [(s, a, b) for s, a, b in named if _known(s)]
        unknown.extend(_Unknown(s, a, b) for s, a, b in named if not _known(s))
        if named and not good:
            continue  # only unknown names: not a suppression (nor an `enable`) of every code
        selectors = tuple(s for s, _, _ in good)
        spans = tuple((a, b) for _, a, b in good)
        length = len(comment.body) + 7
        if kind == "disable-next-line":
            out.append(_Region(comment.line + 1, comment.line + 1, selectors, comment.offset, length, spans))
        elif kind == "disable":
            region = _Region(comment.line, float("inf"), selectors, comment.offset, length, spans)
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
    out.extend(_front_matter_region(document, unknown))
    return out


def _front_matter_region(document: Document, unknown: list) -> list[_Region]:
    """`healthlint: {ignore: [codes]}` in front matter: a region over the whole draft, reported
    at the `healthlint:` line."""
    ignore = document.front_matter.get("healthlint")
    if ignore is None:
        return []
    line = front_matter_line(document, "healthlint")
    where = f"{document.path}:{line}"
    if not isinstance(ignore, dict) or set(ignore) - {"ignore"}:
        raise UsageError(f"{where}: front matter 'healthlint' takes only 'ignore: [codes]'")
    codes = ignore.get("ignore", [])
    codes = list(split_list(codes)) if isinstance(codes, str) else codes
    if not isinstance(codes, list):
        raise UsageError(f"{where}: front matter 'healthlint.ignore' must list rule codes, not {codes!r}")
    starts, text = document.line_starts, document.text
    start = starts[line - 1] if line <= len(starts) else 0
    end = starts[line] if line < len(starts) else len(text)
    while end > start + 1 and text[end - 1] in "\r\n":  # the line without its ending (LF, CRLF or CR)
        end -= 1
    good = tuple(str(c) for c in codes if _known(str(c)))
    unknown.extend(_Unknown(str(c), start, end) for c in codes if not _known(str(c)))
    if not good:
        return []
    return [_Region(1, float("inf"), good, start, end - start, tuple((start, end) for _ in good))]


def apply(document: Document, findings: list[Finding], settings: Settings) -> list[Finding]:
    """The findings that survive the settings and the draft's suppressions, with
    severities as configured, plus a finding for each code of a suppression left unused
    and for each name in one that is no rule's."""
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
    unknown: list[_Unknown] = []
    found = regions(document, unknown)
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
                r.used.update([s for s in r.selectors if matches(s, code, category)] or [""])
        suppressed[code, category] = _merged(naming)
    for f in kept:
        starts, ends = suppressed[f.code, f.category]
        i = bisect.bisect_right(starts, f.line) - 1
        if i < 0 or ends[i] < f.line:
            survivors.append(f)
    survivors.extend(_unused(document, found, settings))
    if settings.enabled(UNKNOWN.code, UNKNOWN.category, document.path):
        level = settings.severity_of(UNKNOWN.code, UNKNOWN.category, UNKNOWN.severity)
        for u in unknown:
            finding = Finding.at(document, UNKNOWN, u.offset, u.end,
                                 f"Unknown rule code or category '{u.name}' in this suppression; "
                                 "it suppresses nothing (see `healthlint rules`)")
            survivors.append(replace(finding, severity=level))
    return sorted(survivors, key=SORT_KEY)


def _unused(document: Document, found: list[_Region], settings: Settings) -> list[Finding]:
    """HL001 for each code of a suppression that suppressed nothing, each on its own: a
    comment with one stale code among live ones is reported for that code alone."""
    if not settings.enabled(UNUSED.code, UNUSED.category, document.path):
        return []
    level = settings.severity_of(UNUSED.code, UNUSED.category, UNUSED.severity)
    out = []
    for r in found:
        if not r.selectors:
            if not r.used:
                out.append(Finding.at(document, UNUSED, r.offset, r.offset + r.length,
                                      "This suppression of all codes suppresses nothing; remove it"))
            continue
        stale = [(s, span) for s, span in zip(r.selectors, r.spans)
                 if s not in r.used and _names_enabled(s, settings, document.path)]
        for s, (start, end) in stale:
            if len(r.selectors) == 1:  # the whole comment goes
                out.append(Finding.at(document, UNUSED, r.offset, r.offset + r.length,
                                      f"This suppression of {s} suppresses nothing; remove it"))
            else:  # only this code goes: point at it
                out.append(Finding.at(document, UNUSED, start, end,
                                      f"{s} in this suppression suppresses nothing; remove {s} from it"))
    return [replace(f, severity=level) for f in out]


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
    return any(matches(selector, r.code, r.category) and settings.enabled(r.code, r.category, path)
               for r in RULES.values())
