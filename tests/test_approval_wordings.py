"""Approval claims as real pages word them (issue 20, blind sets 3 and 4): impersonal reports
and their refutation, other jurisdictions, "the only <drug> product approved for …", denials of
every use, and the approval verbs, nouns and adjectives strangers use."""

from __future__ import annotations

import pytest

from conftest import graded


@pytest.mark.parametrize("text", [
    # a passive report with an impersonal "it", refuted by the next sentence
    "It is sometimes asserted in correspondence that ketamine is licensed for anxiety. Officials are not "
    "aware of any basis for this claim.",
    "It has been suggested that ketamine is approved for depression. This is not the case.",
    "It is rumoured that ketamine is FDA-approved for PTSD. There is no basis for that.",
    "It is often suggested that ketamine has been cleared by the FDA for anxiety. This claim is groundless.",
])
def test_an_impersonal_report_taken_back_is_silent(lint, text):
    assert graded(lint(text)) == []


@pytest.mark.parametrize("text", [
    "It has been suggested that ketamine is approved for depression.",
    "It is rumoured that ketamine is FDA-approved for PTSD.",
])
def test_an_impersonal_report_passed_on_is_a_warning(lint, text):
    assert graded(lint(text)) == [(1, "HL203", "warning")]


@pytest.mark.parametrize("text", [
    "In the UK, ketamine is licensed for anxiety.",
    "Ketamine is licensed by the MHRA for generalised anxiety disorder.",
    "Ketamine is approved for depression in Australia.",
    "It is sometimes asserted that ketamine is licensed for anxiety in the UK.",
])
def test_another_jurisdiction_cannot_contradict_an_fda_fact(lint, text):
    assert graded(lint(text)) == [(1, "HL203", "warning")]


@pytest.mark.parametrize("text, expected", [
    # issue 20's known false finding: a true statement about the esketamine product; "depression"
    # is wider than the source's treatment-resistant depression
    ("Spravato is the only ketamine product approved for depression.", [(1, "HL202", "warning")]),
    ("Spravato is the only ketamine-based medicine approved for treatment-resistant depression.", []),
    ("Esketamine is the one ketamine product the FDA has approved for treatment-resistant depression.", []),
    ("Ketamine is the only anesthetic approved for anxiety.", [(1, "HL201", "error")]),
])
def test_the_only_product_approved_is_the_subject(lint, text, expected):
    assert graded(lint(text)) == expected
