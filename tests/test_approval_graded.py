"""Issue 20: an approval claim the source contradicts but the parse cannot prove is HL201 at warning
severity, as HL301 is: the code says what the claim is about, the severity how sure the linter is.
A claim the draft reports as someone else's, and another jurisdiction's approval, stay HL203."""

from __future__ import annotations

import pytest

from conftest import graded
from linter.cli import main

SAYS = ("the draft says 'ketamine is approved for anxiety', but the source says ketamine is used off-label "
        "for anxiety (source line 34)")
ADVICE = "Talk to a doctor before you start any treatment. Ketamine for anxiety is off-label.\n"


def check(capsys, path, *options) -> tuple[int, list[str]]:
    code = main(["check", str(path), "--no-cache", *options])
    return code, capsys.readouterr().out.splitlines()


def test_proved_graded_reported_and_elsewhere_each_keep_their_code_and_severity(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text("# Ketamine\n\n"
                     "Ketamine is FDA-approved for anxiety.\n\n"
                     "Ketamine is given by infusion. FDA approval for anxiety came in 2019.\n\n"
                     "Some clinic ads say ketamine is approved for anxiety.\n\n"
                     "Ketamine, which many clinics now offer, is licensed for anxiety in the UK.\n\n"
                     + ADVICE, encoding="utf-8")
    code, lines = check(capsys, draft)
    assert lines == [
        f"{draft}:3:1: error HL201 Contradicts the source: {SAYS}",
        f"{draft}:5:32: warning HL201 May contradict the source: {SAYS}",  # the drug in discussion's
        f"{draft}:7:21: warning HL203 May contradict the source: {SAYS}",  # passed on: may only be quoting
        f"{draft}:9:1: warning HL203 May contradict the source: {SAYS}",  # may be true in the UK
        f"{draft}:11:50: error HL701 Contradicts line 3 of this draft, which says 'Ketamine is FDA-approved "
        "for anxiety'",
    ]
    assert code == 1


def test_a_graded_contradiction_never_fails_a_run_that_fails_on_errors(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text("# Ketamine\n\nKetamine is given by infusion. FDA approval for anxiety came in 2019.\n\n" + ADVICE,
                     encoding="utf-8")
    code, lines = check(capsys, draft, "--fail-on", "error", "--select", "HL2")
    assert lines == [f"{draft}:3:32: warning HL201 May contradict the source: {SAYS}"]
    assert code == 0


def test_review_calls_a_graded_contradiction_contradicted(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text("# Ketamine\n\nKetamine is given by infusion. FDA approval for anxiety came in 2019.\n",
                     encoding="utf-8")
    assert main(["review", str(draft)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{draft}: 1 claim: 0 supported, 1 contradicted, 0 unsupported"
    assert out[1] == f"  1. {draft}:3:32 CONTRADICTED (approval) 'FDA approval for anxiety'"
    assert out[3] == f"     HL201: May contradict the source: {SAYS.removesuffix(' (source line 34)')}"


@pytest.mark.parametrize("text, expected", [
    # the writer's own claims the parse cannot attach: graded
    ("Anxiety is among the conditions ketamine has been approved to treat.", [(1, "HL201", "warning")]),
    # (a column that names no property; under "FDA status" the labels ground it: test_approval_round5)
    ("| Drug | Notes |\n| --- | --- |\n| Ketamine | Approved for anxiety |\n", [(3, "HL201", "warning")]),
    # someone else's, or another regulator's: unsupported here, perhaps true where it was said
    ("According to several clinics, ketamine is approved for anxiety.", [(1, "HL203", "warning")]),
    ("Ketamine is licensed for anxiety by the MHRA.", [(1, "HL203", "warning")]),
    # a hedge against a fact that denies it is HL203 as before ("Not supported by the source")
    ("Ketamine is approved for certain mental health conditions.", [(1, "HL203", "warning")]),
])
def test_which_unproved_approval_claims_are_graded_hl201(lint, text, expected):
    assert graded(lint(text)) == expected
