"""Precision and recall on the annotated drafts: fixtures/ and the evaluation corpus.

    python bench/fixture_scores.py                    # fixtures/ and bench/corpus/
    python bench/fixture_scores.py --set corpus       # only bench/corpus/ (or: fixtures)
    python bench/fixture_scores.py --list errors      # also print each false error
    python bench/fixture_scores.py --list fp,fn       # … each false positive / miss
    python bench/fixture_scores.py path/to/dir        # any other annotated folder

Every draft (*.md, *.markdown, *.txt; README.md excepted) carries its expected
findings beside the line they belong to, as HTML comments (fixtures/README.md):
`<!-- expect: HL201 -->` says the line must produce exactly these findings,
`<!-- silent: HL201 -->` marks a line written to tempt the rule. A finding counts
as a true positive when its (line, code) is expected on that line; any other
finding is a false positive; an expected finding that is not produced is a miss.

Whole-draft findings (HL801) are reported at line 1, which is the front matter's
`---` when a draft has one; their markers sit on the title line, so for these
codes the line is ignored and only the counts per draft are compared.

Reported per category and per severity (a finding's own severity; a miss takes
its rule's default), with the silent markers (the tempting negatives written on
purpose) and the false errors: error-severity findings on lines that expect
nothing at all, the findings a writer would see as "your correct sentence is
wrong".
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.checks import RULES  # noqa: E402
from linter.packs import load_knowledge  # noqa: E402
from linter.runner import lint_paths  # noqa: E402

MARKER = re.compile(r"<!--\s*(expect|silent):\s*([^>]*?)\s*-->")
SETS = {"fixtures": ROOT / "fixtures", "corpus": ROOT / "bench" / "corpus"}
SUFFIXES = {".md", ".markdown", ".txt"}
DRAFT_LEVEL = {"HL801"}  # reported at line 1 for the whole draft
SEVERITIES = ("error", "warning", "info")


def markers(path: Path) -> tuple[Counter, Counter, set[int]]:
    """The expected and silent (line, code) counts of a draft, and the lines that expect anything."""
    expect, silent, expecting = Counter(), Counter(), set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for m in MARKER.finditer(line):
            for code in filter(None, (c.strip().upper() for c in m.group(2).split(","))):
                key = (0 if code in DRAFT_LEVEL else number, code)
                if m.group(1) == "expect":
                    expect[key] += 1
                    expecting.add(key[0])
                else:
                    silent[key] += 1
    return expect, silent, expecting


def drafts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and p.suffix in SUFFIXES and p.name != "README.md")


class Tally:
    def __init__(self) -> None:
        self.tp, self.fp, self.fn, self.silent = Counter(), Counter(), Counter(), Counter()

    def rows(self, title: str, keys) -> list[str]:
        out = [f"{title:<14}{'TP':>5}{'FP':>5}{'FN':>5}{'silent':>8}{'precision':>11}{'recall':>8}"]
        for key in keys:
            tp, fp, fn = self.tp[key], self.fp[key], self.fn[key]
            if not (tp or fp or fn or self.silent[key]):
                continue
            p = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
            r = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
            out.append(f"{key:<14}{tp:>5}{fp:>5}{fn:>5}{self.silent[key]:>8}{p:>11}{r:>8}")
        tp, fp, fn = (sum(c.values()) for c in (self.tp, self.fp, self.fn))
        p = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        r = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        out.append(f"{'all':<14}{tp:>5}{fp:>5}{fn:>5}{sum(self.silent.values()):>8}{p:>11}{r:>8}")
        return out


def score(paths: list[Path], knowledge, show: set[str]) -> int:
    by_category, by_severity = Tally(), Tally()
    false_errors = Counter()  # by code
    correct_drafts = correct_lines_with_errors = 0
    listing: list[str] = []
    for path in paths:
        expect, silent, expecting = markers(path)
        found, severity = Counter(), {}
        for f in lint_paths([str(path)], knowledge).findings:
            key = (0 if f.code in DRAFT_LEVEL else f.line, f.code)
            found[key] += 1
            severity[key] = f.severity
        if not expect:
            correct_drafts += 1
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        bad_lines = set()
        for key in sorted(found | expect):
            line, code = key
            rule = RULES[code]
            sev = severity.get(key, rule.severity)
            hit = min(found[key], expect[key])
            extra, missed = found[key] - hit, expect[key] - hit
            for tally, k in ((by_category, rule.category), (by_severity, sev)):
                tally.tp[k] += hit
                tally.fp[k] += extra
                tally.fn[k] += missed
            where = f"{rel}:{line or 1}"
            if extra and sev == "error" and line not in expecting:
                false_errors[code] += extra
                bad_lines.add(line)
                if "errors" in show:
                    listing.append(f"false error  {where}: {code}")
            if extra and "fp" in show:
                listing.append(f"false pos.   {where}: {code} ({sev})")
            if missed and "fn" in show:
                listing.append(f"missed       {where}: {code} ({sev})")
        correct_lines_with_errors += len(bad_lines)
        for (_, code), n in silent.items():
            by_category.silent[RULES[code].category] += n
            by_severity.silent[RULES[code].severity] += n
    categories = sorted({rule.category for rule in RULES.values()})
    print(f"{len(paths)} drafts ({correct_drafts} with no expected finding)\n")
    print("\n".join(by_category.rows("category", categories)))
    print()
    print("\n".join(by_severity.rows("severity", SEVERITIES)))
    print()
    total = sum(false_errors.values())
    detail = ", ".join(f"{code} {n}" for code, n in false_errors.most_common())
    print(f"false errors on correct lines: {total} on {correct_lines_with_errors} lines"
          + (f" ({detail})" if detail else ""))
    if listing:
        print()
        print("\n".join(listing))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="annotated folders (default: --set)")
    parser.add_argument("--set", choices=("all", *SETS), default="all",
                        help="which bundled set to score (default: all = fixtures and corpus)")
    parser.add_argument("--list", default="", metavar="KINDS",
                        help="also list findings: comma-separated errors, fp, fn")
    args = parser.parse_args(argv)
    show = {k.strip() for k in args.list.split(",") if k.strip()}
    if show - {"errors", "fp", "fn"}:
        parser.error("--list takes errors, fp, fn")
    folders = args.folders or ([*SETS.values()] if args.set == "all" else [SETS[args.set]])
    paths = [p for folder in folders for p in drafts(folder.resolve())]
    if not paths:
        parser.error("no drafts found")
    return score(paths, load_knowledge(), show)


if __name__ == "__main__":
    sys.exit(main())
