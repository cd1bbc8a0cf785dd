"""The behaviour suite (tests/behaviour/): every family's generated cases, linted in one process.

Two kinds of assertion. Hard: the issue's own bar where it is met — no finding on a correct
variant in the families listed in floors.json as clean. Ratchet: each family and test fails no
more often than tests/behaviour/floors.json records; the floors only go down
(`python bench/behaviour.py --write-floors`), so a change that loses a wording fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from behaviour.families import source_copy
from behaviour.harness import all_cases, rate, run, table

FLOORS = json.loads((Path(__file__).parent / "behaviour" / "floors.json").read_text())
# source_copy mutates the source article, read from ../shared at run time: without it, no cases.
EXPECTED = {f for f in FLOORS["families"] if f != "source_copy" or source_copy.SOURCE.is_file()}


@pytest.fixture(scope="module")
def outcomes():
    with pytest.MonkeyPatch.context() as patch:  # source_copy with only the bundled alignment index
        patch.delenv("HEALTHLINT_SOURCES", raising=False)
        return run(all_cases())


@pytest.fixture(scope="module")
def result(outcomes):
    return table(outcomes)


def _failing(outcomes, family, test=None, *, correct_only=False, most=8):
    shown = []
    for outcome in outcomes:
        case = outcome.case
        if outcome.passed or case.family != family or (test and case.test != test):
            continue
        if correct_only and case.expect:
            continue
        shown.append(f"{case.test} {case.capability}: {case.draft.split(chr(10), 2)[2].strip()!r} "
                     f"expect {list(case.expect) or 'silence'}, got {list(outcome.found)}")
    return "\n".join(shown[:most])


def test_every_family_has_firing_and_silent_cases(outcomes):
    fires, silent = set(), set()
    for outcome in outcomes:
        (fires if outcome.case.expect else silent).add(outcome.case.family)
    assert fires == silent == EXPECTED


@pytest.mark.parametrize("family", sorted(FLOORS["families"]))
def test_no_family_fails_more_often_than_its_floor(result, outcomes, family):
    for test in ("MFT", "INV", "DIR"):
        bucket = result["rows"].get((family, test))
        if bucket is None:
            continue
        ceiling = FLOORS["families"][family].get(test, 0.0)
        assert rate(bucket) <= ceiling + 1e-9, (
            f"{family} {test}: {bucket['failed']}/{bucket['cases']} failed ({rate(bucket):.1%}), "
            f"the floor is {ceiling:.1%}\n" + _failing(outcomes, family, test))


@pytest.mark.parametrize("family", sorted(FLOORS["families"]))
def test_correct_variants_draw_no_finding(result, outcomes, family):
    allowed = FLOORS["families"][family].get("correct_failed", 0)
    failed = result["correct_failed"].get(family, 0)
    assert failed <= allowed, (f"{family}: {failed} correct variants drew a finding (at most {allowed})\n"
                               + _failing(outcomes, family, correct_only=True))


@pytest.mark.skipif(not source_copy.SOURCE.is_file(), reason="../shared/source is not beside this checkout")
def test_source_copy_is_judged_alike_with_the_article_on_disk(outcomes, monkeypatch):
    """HL704 reads the article where it is on disk, else the pack's alignment index: the same
    findings either way, on every copy of the source, changed or not."""
    copies = [o for o in outcomes if o.case.family == "source_copy"]
    monkeypatch.setenv("HEALTHLINT_SOURCES", str(source_copy.SOURCE.parent))
    with_article = run([o.case for o in copies])
    assert [o.found for o in with_article] == [o.found for o in copies]
