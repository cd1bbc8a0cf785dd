"""The behaviour suite's table: failure rates per claim family and test (CheckList's MFT, INV,
DIR), per capability with --capabilities, and the findings on correct variants.

    python bench/behaviour.py                   # every family
    python bench/behaviour.py approval duration # some
    python bench/behaviour.py --failures 20     # and up to 20 failing drafts per family
    python bench/behaviour.py --json out.json   # the table as JSON too
    python bench/behaviour.py --all-variants    # every edit variant on every seed (slower)
    python bench/behaviour.py --write-floors    # lower tests/behaviour/floors.json to today's rates
    python bench/behaviour.py FAMILY --reset-floors  # after adding seeds: today's rates, up or down
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from behaviour.harness import VARIANTS, all_cases, rate, run, table  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("families", nargs="*")
    parser.add_argument("--capabilities", action="store_true", help="a row per family, test and capability")
    parser.add_argument("--failures", type=int, default=0, metavar="N", help="print N failing cases per family")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--all-variants", action="store_true",
                        help="every variant of every edit on every seed (the default rotates a few per seed, "
                             "as tests/test_behaviour.py does)")
    parser.add_argument("--write-floors", action="store_true",
                        help="lower the floors the test holds to today's rates (they never go up)")
    parser.add_argument("--reset-floors", action="store_true",
                        help="set the floors of the families named to today's rates, up or down (after adding seeds)")
    args = parser.parse_args(argv)

    if (args.write_floors or args.reset_floors) and args.all_variants:
        parser.error("the floors hold the default run: --write-floors goes without --all-variants")
    cases = all_cases(args.families, variants=None if args.all_variants else VARIANTS)
    start = time.perf_counter()
    outcomes = run(cases)
    seconds = time.perf_counter() - start
    result = table(outcomes)

    print(f"{len(cases)} cases in {seconds:.1f} s\n")
    print(f"{'family':16} {'test':4} {'cases':>6} {'failed':>6} {'rate':>7}")
    for (family, test), bucket in sorted(result["rows"].items()):
        print(f"{family:16} {test:4} {bucket['cases']:6} {bucket['failed']:6} {rate(bucket):7.1%}")
    if args.capabilities:
        print(f"\n{'family':16} {'test':4} {'capability':16} {'cases':>6} {'failed':>6} {'rate':>7}")
        for (family, test, capability), bucket in sorted(result["capabilities"].items()):
            print(f"{family:16} {test:4} {capability:16} {bucket['cases']:6} {bucket['failed']:6} {rate(bucket):7.1%}")
    print(f"\n{'family':16} {'correct variants':>17} {'with a finding':>15}")
    for family in sorted(result["correct"]):
        print(f"{family:16} {result['correct'][family]:17} {result['correct_failed'].get(family, 0):15}")
    if args.failures:
        shown = defaultdict(int)
        for outcome in outcomes:
            case = outcome.case
            if outcome.passed or shown[case.family] >= args.failures:
                continue
            shown[case.family] += 1
            body = case.draft.split("\n", 2)[2].strip().replace("\n", " / ")
            print(f"\nFAIL {case.family} {case.test} {case.capability}: expect {list(case.expect) or 'silence'} "
                  f"on line {case.line}, got {list(outcome.found)}\n  {body}")
    if args.json:
        rows = {f"{f}/{t}": b for (f, t), b in result["rows"].items()}
        Path(args.json).write_text(json.dumps({"cases": len(cases), "seconds": round(seconds, 1), "rows": rows},
                                              indent=2, sort_keys=True) + "\n")
    if args.write_floors or args.reset_floors:
        write_floors(result, set(args.families), reset=args.reset_floors)
    return 0


def write_floors(result: dict, only: set[str], reset: bool = False) -> None:
    """A ratchet: a family's floor only goes down; a new family (or, with `reset`, every family
    named: new seeds may fail more often at first) starts at today's rates."""
    path = Path(__file__).resolve().parent.parent / "tests" / "behaviour" / "floors.json"
    floors = json.loads(path.read_text()) if path.exists() else {"families": {}}
    for (family, test), bucket in result["rows"].items():
        if only and family not in only:
            continue
        entry = floors["families"].setdefault(family, {})
        today = round(rate(bucket) + 0.0005, 4)  # room for rounding only
        entry[test] = today if reset or test not in entry else min(entry[test], today)
    for family in result["correct"]:
        if only and family not in only:
            continue
        entry = floors["families"][family]
        today = result["correct_failed"].get(family, 0)
        entry["correct_failed"] = today if reset else min(entry.get("correct_failed", today), today)
    path.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")
    print(f"\nwrote {path}")


if __name__ == "__main__":
    sys.exit(main())
