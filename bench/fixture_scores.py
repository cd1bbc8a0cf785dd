"""Precision and recall per category on the fixture drafts.

    python bench/fixture_scores.py

A finding counts as a true positive when its (line, code) is marked `expect`
on that line; any other finding is a false positive; an `expect` marker with no
finding is a miss. `silent` markers are the negatives written on purpose.
"""

from __future__ import annotations

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


def markers(path: Path) -> tuple[Counter, Counter]:
    expect, silent = Counter(), Counter()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for m in MARKER.finditer(line):
            for code in filter(None, (c.strip() for c in m.group(2).split(","))):
                (expect if m.group(1) == "expect" else silent)[(number, code)] += 1
    return expect, silent


def main() -> int:
    knowledge = load_knowledge()
    tp, fp, fn, negatives = Counter(), Counter(), Counter(), Counter()
    for path in sorted(p for p in (ROOT / "fixtures").rglob("*.md") if p.name != "README.md"):
        expect, silent = markers(path)
        found = Counter((f.line, f.code) for f in lint_paths([str(path)], knowledge).findings)
        for key in found | expect:
            category = RULES[key[1]].category
            hit = min(found[key], expect[key])
            tp[category] += hit
            fp[category] += found[key] - hit
            fn[category] += expect[key] - hit
        for (_, code), n in silent.items():
            negatives[RULES[code].category] += n
    print(f"{'category':<14}{'TP':>5}{'FP':>5}{'FN':>5}{'silent':>8}{'precision':>11}{'recall':>8}")
    for category in sorted(set(tp) | set(fp) | set(fn) | set(negatives)):
        p = tp[category] / (tp[category] + fp[category]) if tp[category] + fp[category] else 1.0
        r = tp[category] / (tp[category] + fn[category]) if tp[category] + fn[category] else 1.0
        print(f"{category:<14}{tp[category]:>5}{fp[category]:>5}{fn[category]:>5}{negatives[category]:>8}"
              f"{p:>11.2f}{r:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
