"""Approval claims, phrased many ways, against the ketamine pack."""

from __future__ import annotations

import pytest

from conftest import codes


@pytest.mark.parametrize("text, expected", [
    # the issue's own examples
    ("Ketamine is FDA-approved for anxiety.", ["HL201"]),
    ("Ketamine is not FDA-approved for anxiety.", []),
    ("Esketamine, a form of ketamine, has FDA approval for treatment-resistant depression.", []),
    ("The FDA approved ketamine to treat depression.", ["HL201"]),
    ("Esketamine is approved for depression.", ["HL202"]),
    ("Clinicians use ketamine off-label for anxiety.", []),
    ("Doctors prescribe esketamine off-label for TRD.", ["HL201"]),
    # paraphrases, negations, spellings and hyphen variants
    ("Ketamine has been approved by the Food and Drug Administration for GAD.", ["HL201"]),
    ("Ketamine is an FDA approved treatment for social phobia.", ["HL201"]),
    ("Ketamine isn't approved for anxiety.", []),
    ("Ketamine has not been approved by the FDA for generalised anxiety disorder.", []),
    ("The FDA has yet to approve ketamine for anxiety.", []),
    ("Ketamine is an unapproved treatment for anxiety.", []),
    ("Neither ketamine nor esketamine is approved for anxiety.", []),
    ("Ketamine is approved as an anaesthetic but not for anxiety.", []),
    ("Clinicians use ketamine off label for anxiety.", []),
    ("Clinicians use ketamine off\u2011label for anxiety.", []),
    ("Spravato is approved for treatment resistant depression.", []),
    ("Esketamine nasal spray is approved for depression that has not responded to other treatments.", []),
    ("Esketamine is not approved for treatment-resistant depression.", ["HL201"]),
    ("Ketamine is not used off-label for anxiety.", ["HL201"]),
    ("Ketamine is FDA-approved for pain relief.", ["HL203"]),
    ("SSRIs are licensed for anxiety.", ["HL203"]),
    ("Unlike esketamine, which is FDA-approved for TRD, ketamine is not approved for any mental illness.", []),
    ("Ketamine, an FDA-approved anesthetic, shows promise for anxiety.", []),
    ("Ketamine is approved as an anesthetic and is being studied for depression.", []),
    ("Is ketamine approved for anxiety?", []),
    ("Ketamine is FDA-approved. It is also approved for OCD.", ["HL201"]),
])
def test_approval_claims(lint, text, expected):
    assert [code for _, code in codes(lint(text))] == expected


def test_message_names_the_source_fact(lint):
    [finding] = [f for f in lint("Esketamine is approved for depression.") if f.code == "HL202"]
    assert finding.source == 32 and finding.source_file == "ketamine-anxiety.txt"
    assert "treatment-resistant depression" in finding.message
    assert finding.message.endswith("(source line 32)")
    assert (finding.line, finding.column, finding.end_column) == (1, 1, 38)


@pytest.mark.parametrize("text, expected", [
    ("Ketamine is FDA-approved for PTSD.", ["HL201"]),  # vocabulary under psychiatric disorders
    ("Xanax is FDA-approved for anxiety.", ["HL203"]),  # a drug the source states nothing about
    ("Ketamine may soon be approved for anxiety.", []),  # a forecast, not a status
    ("Ketamine is expected to win FDA approval for depression.", []),
    ("Ketamine is approved for anesthesia, not anxiety.", []),
    ("Ketamine and esketamine are both approved for TRD.", ["HL201"]),
    ("Esketamine is derived from ketamine and is approved for TRD.", []),
    ("There is no FDA approval for ketamine in anxiety.", []),
    ("KETAMINE IS FDA APPROVED FOR ANXIETY.", ["HL201"]),
    ("Ketamine Is Approved For Generalized Anxiety Disorder", ["HL201"]),
    ("Esketamine is the only FDA-approved form of ketamine for depression.", ["HL202"]),
])
def test_more_paraphrases(lint, text, expected):
    assert [code for _, code in codes(lint(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # Issue 20: "the only <drug B> product approved for <X>" asserts the approval of the subject.
    ("Spravato is the only ketamine product approved for treatment-resistant depression.", []),
    ("Spravato is the only ketamine product approved for depression.", [(1, "HL202")]),
    ("Ketamine is the only anesthetic approved for anxiety.", [(1, "HL201")]),
    # What it is approved for stands before it, the preposition stranded (the parse proves it: an error).
    ("Generalized anxiety disorder is one of the conditions ketamine has been approved for.", [(1, "HL201")]),
    ("Anxiety is one of the conditions that ketamine is cleared for.", [(1, "HL201")]),
    ("Anesthesia is one of the uses ketamine is approved for.", []),
    ("Ketamine now has the FDA's blessing for treating anxiety.", [(1, "HL201")]),
    ("Ketamine has been a blessing for anxiety patients at our clinic.", []),
    ("Ketamine got the FDA's nod for treating generalized anxiety in 2022.", [(1, "HL201")]),
    ("She gave a nod to ketamine for anxiety.", []),
    ("Ketamine was approved in 1970, and today many clinics use it for anxiety, off-label.", []),
])
def test_approval_said_of_another_noun(lint, text, expected):
    assert [c for c in codes(lint(text + "\n")) if c[1].startswith("HL2")] == expected
