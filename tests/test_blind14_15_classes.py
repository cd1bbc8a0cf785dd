"""Classes of findings met on blind sets 14 and 15 (issue 20, session 7), each tested in our own
wordings, with the same words where they must still fire or stay silent. False findings: an
approval word on a noun phrase conjoined with another ("its approved and off-label uses, and the
evidence for its use in <X>"), "list" said of anything but symptoms, a person's bad state over a
time span ("felt flat and low for a couple of days"), which measures that state and not how long
the drug's effect lasted. Misses: listed effects denied as what people do not go through
("patients do not experience any <effect>") or as not there ("there are no <effect>s"); certainty
said with "stop" or "prevent" and a condition, or as a lasting state of relief ("a permanent sense
of calm"); a span after a fronted phrase the parser makes a second subject ("Outside studies,
relief … lasts about a month"), and practice set apart from trials ("outside trials"), which
contradicts no trial's figure."""

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


@pytest.mark.parametrize("text", [
    "Patients do not experience any dissociation at our clinic's doses.",
    "You won't get hallucinations from it.",
    "Nobody experiences hallucinations at these doses.",
    "There are no hallucinations with ketamine.",
    "At these doses there are no hallucinations and no dissociation.",
])
def test_a_listed_effect_denied_in_other_words_may_contradict_the_source(lint, text):
    found = graded(lint(LEAD + text))
    assert found and all(f == (3, "HL402", "warning") for f in found)


@pytest.mark.parametrize("text", [
    "No one reports hallucinations to us.",
    "Not everyone gets hallucinations.",
    "If you don't notice any dizziness, you can leave after an hour.",
    "Do patients not experience dissociation?",
    "Are there no hallucinations at low doses?",
    "Myth: there are no hallucinations at low doses.",
    "There are no hallucinations with SSRIs.",
    "There were no hallucinations in the placebo group.",
    "There is no cure for anxiety, and no guarantee of relief.",
    "\"There are no hallucinations,\" one clinic claims, but that is wrong.",
])
def test_what_denies_no_effect_of_the_drug_stays_silent(lint, text):
    assert graded(lint(LEAD + text)) == []


@pytest.mark.parametrize("text", [
    "Stick with the full course and it will definitely stop your anxiety from returning.",
    "Ketamine prevents panic attacks.",
    "Guests go home with a permanent sense of calm.",
    "The infusions bring lasting peace of mind.",
])
def test_certainty_in_other_words_is_an_overclaim(lint, text):
    assert graded(lint(LEAD + text)) == [(3, "HL601", "warning")]


@pytest.mark.parametrize("text", [
    "Do not stop anxiety medication abruptly.",
    "Patients who stop anxiety medication suddenly can feel worse.",
    "Ketamine may stop anxiety for a few days.",
    "The calm after an infusion lasts up to a week.",
    "A lasting calm is not something ketamine can promise.",
])
def test_the_same_words_without_certainty_stay_silent(lint, text):
    assert graded(lint(LEAD + text)) == []


@pytest.mark.parametrize("text", [
    "Outside studies, relief from a single ketamine session usually lasts about a month.",
    "In clinics, relief from a single ketamine session usually lasts about a month.",
])
def test_a_fronted_phrase_the_parser_makes_a_second_subject_does_not_own_the_span(lint, text):
    assert graded(lint(LEAD + text)) == [(3, "HL301", "error")]


def test_practice_set_apart_from_trials_does_not_contradict_a_trials_figure(lint):
    text = ("In one trial of weekly ketamine, people felt better for up to a week after each session. "
            "Outside trials, relief from a single session usually lasts about a month.")
    assert graded(lint(LEAD + text)) == [(3, "HL301", "error")]


def test_the_same_figure_said_plainly_after_a_trials_figure_still_contradicts_it(lint):
    text = ("In one trial of weekly ketamine, people felt better for up to a week after each session.\n\n"
            "Relief from a single session usually lasts about a month.")
    assert graded(lint(LEAD + text)) == [(5, "HL301", "error"), (5, "HL701", "error")]


@pytest.mark.parametrize("text, expected", [
    ("Sertraline and similar drugs generally settle anxiety within the first few days.", [(3, "HL301", "error")]),
    ("Ketamine settles anxiety within hours.", []),
    ("The dizziness settles within an hour.", []),
    ("Patients settle in within minutes of arriving.", []),
    ("The bill is settled within 30 days.", []),
])
def test_settling_anxiety_is_an_effect_whose_onset_the_source_gives(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketamine's FDA approvals cover anesthesia and social anxiety disorder.", [(3, "HL201", "error")]),
    ("Ketamine's FDA approvals cover anesthesia and, since 2019, social anxiety disorder as well.",
     [(3, "HL201", "error")]),
    ("Plain ketamine has since received the same regulatory nod for OCD.", [(3, "HL201", "error")]),
    ("Ketamine's FDA approvals cover anesthesia and sedation.", []),
    ("Approvals for new drugs take years.", []),
    ("Which approvals does ketamine have?", []),
])
def test_approvals_in_the_plural_and_a_regulatory_nod_are_approvals(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


def test_effects_named_by_how_likely_they_are_head_a_list_or_a_column(lint):
    text = ("Ketamine is used in clinics for anxiety.\n\n"
            "| System | Possible effects |\n| --- | --- |\n| Mind | confusion and vivid dreams |\n"
            "| Heart | a raised heart rate and hypertension |\n\n"
            "Possible effects after a session:\n\n"
            "- Raised blood pressure and a racing pulse in the first hour\n- Agitation\n"
            "- unconsciousness, mainly at higher doses\n\n"
            "The possible effects of a single session are not well studied.\n")
    assert graded(lint(text)) == [(6, "HL401", "warning"), (6, "HL401", "warning"),
                                  (10, "HL401", "warning"), (10, "HL401", "warning")]
