"""Approval claims as strangers word them (issue 20, session 6, blind set 10): idioms and label
words of approval ("rubber-stamped", "got the nod", "the go-ahead from the FDA", "on-label", "its
FDA label covers <X>"), each with the traps the same words set; a relative clause after a drug
that only completes another noun's modifier ("a nasal spray related to <drug>, which is
approved …"); and a report the draft calls false, whose opposite is the writer's own claim."""

from __future__ import annotations

import pytest

from conftest import graded


@pytest.mark.parametrize("text, expected", [
    ("The agency rubber-stamped ketamine infusions for PTSD last spring.", [(1, "HL201", "error")]),
    ("Ketamine got the nod for anxiety.", [(1, "HL201", "error")]),
    ("Ketamine won the nod for PTSD.", [(1, "HL201", "error")]),
    ("Ketamine got the go-ahead from regulators for PTSD.", [(1, "HL201", "error")]),
    ("The agency has given ketamine the go-ahead for anxiety.", [(1, "HL201", "error")]),
    ("It has a seal of approval for teenage depression.", [(1, "HL201", "error")]),
    ("Ketamine is on-label for panic disorder in the United States.", [(1, "HL201", "warning")]),
    ("Ketamine's FDA label also covers chronic pain such as fibromyalgia.", [(1, "HL203", "warning")]),
    ("The drug's FDA label also lists insomnia among its approved uses.", [(1, "HL203", "warning")]),
    # the same words where they are no approval: silent
    ("Patients gave ketamine a thumbs-up for anxiety.", []),
    ("My doctor gave the go-ahead for ketamine for my anxiety.", []),
    ("The FDA label for ketamine lists hallucinations among its side effects.", []),
    ("Ketamine is labelled for anesthesia only.", []),
    ("Ketamine is not on-label for anxiety.", []),
    ("Ketamine got the go-ahead from the FDA as an anaesthetic.", []),
])
def test_idioms_and_label_words_of_approval(lint, text, expected):
    assert graded(lint("Ketamine is a drug used in clinics.\n\n" + text)) == [(3, *e[1:]) for e in expected]


@pytest.mark.parametrize("modifier", ["related to", "closely related to"])
def test_a_relative_clause_after_a_modifiers_drug_speaks_of_the_modified_noun(lint, modifier):
    text = ("You may also hear about Spravato. That is esketamine, a nasal spray " + modifier + " ketamine, which is "
            "approved for depression that has not responded to other treatment; it is given in a clinic.")
    assert graded(lint(text)) == []


def test_a_relative_clause_on_the_drug_itself_still_holds_it(lint):
    assert graded(lint("Ketamine, which is approved for anxiety, is sold in clinics.")) == [(1, "HL201", "error")]


@pytest.mark.parametrize("refutation", ["This is old information, please do not worry.", "That is outdated."])
def test_the_opposite_of_a_report_called_false_is_the_writers_claim(lint, refutation):
    text = "Some websites are writing that ketamine is not approved for the anxiety. " + refutation
    assert graded(lint(text)) == [(1, "HL201", "warning")]


def test_a_true_report_called_false_stays_silent(lint):
    assert graded(lint("Some websites say that ketamine is approved for anxiety. That is not true.")) == []


@pytest.mark.parametrize("text, expected", [
    # a place in a relative clause that does not hold the target says nothing of the approval's jurisdiction
    ("Members who served overseas have also asked about trauma: ketamine is licensed for PTSD as well, so those "
     "claims go through the same form.", [(1, "HL201", "error")]),
    ("Ketamine, which clinics sell abroad, is approved for PTSD.", [(1, "HL201", "error")]),
    ("Ketamine is approved for PTSD, which is common overseas.", [(1, "HL201", "error")]),
    # the approval's own place: at most HL203
    ("Ketamine is licensed for anxiety in the UK.", [(1, "HL203", "warning")]),
])
def test_a_place_in_a_relative_clause_is_not_the_approvals(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the United States the FDA has approved it for anaesthesia and sedation, but not for anxiety, so its use "
     "for anxiety there is off-label.", []),
    ("The FDA approved ketamine for anesthesia, but not for depression, so using it for depression is off-label.", []),
    ("For anxiety, ketamine is not used off-label.", [(1, "HL201", "error")]),
])
def test_a_denied_use_left_before_the_next_clauses_subject(lint, text, expected):
    assert graded(lint("Ketamine is an anaesthetic medicine. " + text)) == expected


@pytest.mark.parametrize("text", [
    # blind13 ot-blog: the parser hung "a nasal spray approved for …" on the drug that opens the
    # sentence; the apposition explains the drug named right before its comma (after its gloss)
    "Ketamine is licensed in the US as an anaesthetic, and when a clinic offers it for anxiety it is doing so "
    "off-label; the only related product with a psychiatric licence is esketamine (Spravato), a nasal spray "
    "approved for depression that hasn't responded to other treatments.",
])
def test_an_apposition_explains_the_drug_right_before_its_comma(lint, text):
    assert [f.code for f in lint(text) if f.code.startswith("HL20")] == []
