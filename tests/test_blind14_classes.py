"""Classes of false findings met on blind set 14 (issue 20, session 7), each tested in our own
wordings with the same words where they must still fire: an approval word on a noun phrase
conjoined with another ("its approved and off-label uses, and the evidence for its use in <X>"),
"list" said of anything but symptoms, and a person's bad state over a time span ("felt flat and
low for a couple of days"), which measures that state and not how long the drug's effect lasted."""

from __future__ import annotations

import pytest

from conftest import graded

LEAD = "Ketamine is a drug used in clinics.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Describe ketamine's approved and off-label uses, and the evidence for its use in anxiety disorders.", []),
    ("This page covers the licensed uses of ketamine, and the research on its use for social anxiety.", []),
    ("We list ketamine's approved indications as well as its role in treating anxiety.", []),
    # the conjoined phrase is the approved noun's own target, or the approval names one: still a claim
    ("Ketamine's approved uses include anxiety.", [(3, "HL201", "error")]),
    ("Ketamine's approved uses, and its main indication, include anxiety.", [(3, "HL201", "error")]),
    ("The approved uses of ketamine are anesthesia and anxiety.", [(3, "HL201", "error")]),
])
def test_a_noun_phrase_conjoined_to_an_approved_noun_is_not_what_it_is_approved_for(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("We list the approved indications of ketamine.", []),
    ("Our nurses list headaches among the effects of ketamine.", [(3, "HL401", "warning")]),
    ("Patients listed ringing ears after ketamine.", [(3, "HL401", "warning")]),
])
def test_only_a_symptom_listed_is_a_side_effect(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


WEEKLY = "After each weekly ketamine session the calm lasts about five days.\n\n"


@pytest.mark.parametrize("text", [
    "Felt flat and low for a couple of weeks after the infusion.",
    "Some people feel sick for a few weeks after ketamine.",
    "Patients felt low for a month after their ketamine infusion.",
    "I was groggy and drained for two weeks after my first ketamine session.",
])
def test_a_bad_state_over_a_span_is_not_the_effects_duration(lint, text):
    assert [f for f in graded(lint(WEEKLY + text)) if f[1] in ("HL301", "HL302", "HL701")] == []


@pytest.mark.parametrize("text", [
    "After one ketamine infusion, anxiety stayed low for roughly four weeks.",
    "I felt calm for about three weeks after each weekly ketamine session.",
])
def test_relief_over_a_span_is_still_the_effects_duration(lint, text):
    assert "HL301" in [code for _, code, _ in graded(lint(WEEKLY + text))]
