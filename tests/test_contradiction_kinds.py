"""HL701 between claims of the other families (approval, onset, duration, study, side effects):
the later claim in other words than the fixtures', as the blind drafts say it."""

from __future__ import annotations

import pytest

from conftest import graded

HOURS = "Ketamine can ease anxiety within hours.\n\n"


def _hl701(findings):
    return [g for g in graded(findings) if g[1] == "HL701"]


@pytest.mark.parametrize("text, expected", [
    # An onset said of a stand-in for the drug in discussion, in a sentence that names no drug
    # (blind7 morning-show, blind2 advice column): graded, a warning.
    (HOURS + "Still, plan on the better part of a week before the infusions kick in.", [(3, "HL701", "warning")]),
    (HOURS + "Give it two full weeks before you expect any shift in how you feel.", [(3, "HL701", "warning")]),
    (HOURS + "The treatment usually takes three weeks to start working.", [(3, "HL701", "error")]),
    # A span a source study found, the draft giving that study a wrong year (HL501's), is still
    # the source study's: a later span of the same effect contradicts it (blind7 committee-evidence).
    # a form the packs give one drug names it, not the drug in discussion (SSRIs here)
    ("Ketamine can ease anxiety within hours. SSRIs usually take two to six weeks.\n\nTell new patients the drips "
     "take roughly a month to do anything.", [(3, "HL701", "warning")]),
    ("In a 2018 evaluation of weekly ketamine for generalised and social anxiety, relief lasted up to seven "
     "days after each treatment.\n\nA single infusion keeps symptoms down for about a month.",
     [(3, "HL701", "error")]),
])
def test_a_later_span_in_other_words(lint, text, expected):
    assert _hl701(lint(text)) == expected


@pytest.mark.parametrize("text", [
    HOURS + "The treatment usually takes a few hours to start working.",
    HOURS + "If the treatment took three weeks to start working, nobody would pay for it.",
    HOURS + "SSRIs usually take three weeks to start working.",
    "Ketamine can ease anxiety within hours. SSRIs usually take two to six weeks.\n\nTell new patients the drips "
    "take a few hours to do anything.",
    # another drug's form: the tablets are not the spray in discussion
    "Esketamine nasal spray typically takes about a week to kick in.\n\nThe sublingual tablets are gentler, "
    "with their calming effect building over about two weeks.",
    # a span said apart from the study whose figure the earlier line gives (blind8 celebrity-interview)
    "In a 2018 evaluation of weekly ketamine for generalised and social anxiety, relief lasted up to seven "
    "days after each treatment.\n\nOutside that study, doctors generally expect a single ketamine infusion to "
    "calm social anxiety for around a month.",
])
def test_a_later_span_that_does_not_contradict(lint, text):
    assert _hl701(lint(text)) == []


def test_a_drug_named_in_passing_holds_no_approval(lint):
    # The relative clause is the spray's, not the drug it is related to (blind10 ask-the-expert):
    # a false error on 53c3b2f.
    text = ("Ketamine is not approved for any psychiatric condition.\n\nThat is esketamine, a nasal spray "
            "related to ketamine, which is approved for depression that has not responded to other treatment.")
    assert _hl701(lint(text)) == []


KIT = "The 2023 KIT analysis used historical data from 2017 to 2020.\n\n"


@pytest.mark.parametrize("text, expected", [
    # One source study said to look back at records (or to have no control group) and later to be a
    # controlled trial (blind research-newsletter, bank-contradictions).
    (KIT + "Because it was a randomized controlled trial, its findings carry weight.", [(3, "HL701", "error")]),
    ("The 2023 KIT analysis drew on past records.\n\nThe KIT analysis was, in fact, a double-blind trial.",
     [(3, "HL701", "error")]),
    ("The 2017 evaluation of weekly ketamine was an open-label study.\n\nThat weekly study was a randomised "
     "controlled trial.", [(3, "HL701", "error")]),
    # A study that names no drug is still a study: a table's row, then the year in prose (bank-contradictions).
    ("| Study | Year |\n|---|---|\n| Phobias (agoraphobia, social phobia, blood-injury phobia) | 2021 |\n\n"
     "The phobia research, with its findings on agoraphobia and blood-injury phobia, was carried out in 2020.",
     [(5, "HL701", "error")]),
])
def test_one_study_told_two_ways(lint, text, expected):
    assert _hl701(lint(text)) == expected


@pytest.mark.parametrize("text", [
    # the weaker design later reads as a caveat; HL503 holds each to the source
    "The 2017 evaluation of weekly ketamine was a randomised controlled trial.\n\nThat weekly study was, in fact, "
    "an open-label study.",
    KIT + "It was not a randomized controlled trial.",
    KIT + "A 2024 randomized controlled trial of KIT is now under way.",
    KIT + "If it had been a randomized controlled trial, its findings would carry more weight.",
    KIT + "Is it a randomized controlled trial?",
    # an analysis of a trial says nothing of the trial's design
    "The 2017 trial of weekly ketamine was a controlled trial.\n\nThe analysis of the 2017 trial found relief "
    "lasted up to seven days.",
    "| Study | Year |\n|---|---|\n| Phobias (agoraphobia, social phobia, blood-injury phobia) | 2021 |\n\n"
    "The phobia research, with its findings on agoraphobia and blood-injury phobia, was carried out in 2021.",
])
def test_one_study_told_one_way(lint, text):
    assert _hl701(lint(text)) == []


@pytest.mark.parametrize("text, expected", [
    # A denial of every use contradicts each approval said before or after, as HL201 reads it
    # (bank2-approval).
    ("Esketamine is approved for depression that has not responded to other treatment.\n\nEsketamine, for its "
     "part, has never received approval from the FDA for any condition.", [(3, "HL701", "error")]),
    ("Ketamine is approved as an anaesthetic.\n\nKetamine has no FDA approval whatsoever.", [(3, "HL701", "error")]),
    ("Ketamine has no FDA approval whatsoever.\n\nKetamine is approved as an anaesthetic.", [(3, "HL701", "error")]),
    # "only for <X>", then a use outside X (bank-contradictions)
    ("Spravato is FDA-approved only for treatment-resistant depression.\n\nSpravato is approved for every form "
     "of depression.", [(3, "HL701", "error")]),
    ("Ketamine is approved only as an anaesthetic.\n\nKetamine is also approved for sedation.",
     [(3, "HL701", "error")]),
    # a factive verb denied asserts its clause (blind10 dentist-wellness): the earlier side is an approval
    ("What many people don't realise is that the FDA signed off on ketamine for dental anxiety.\n\nKetamine "
     "isn't FDA-approved for anxiety or any psychiatric condition.", [(3, "HL701", "error")]),
    # a form the packs give one drug is that drug's, not the drug in discussion's (blind6 patient-forum-wiki)
    ("Esketamine is approved for treatment-resistant depression. Doctors prescribe ketamine off-label for "
     "anxiety.\n\nIM shots are FDA-approved for social anxiety.", [(3, "HL701", "warning")]),

])
def test_approvals_in_other_words(lint, text, expected):
    assert _hl701(lint(text)) == expected


@pytest.mark.parametrize("text", [
    "Ketamine is used off-label for anxiety.\n\nKetamine has no FDA approval for any psychiatric condition.",
    "Ketamine is approved as an anaesthetic.\n\nKetamine is not approved for anything other than anaesthesia.",
    "Spravato is FDA-approved only for treatment-resistant depression.\n\nSpravato is approved for "
    "treatment-resistant depression in adults.",
    "Spravato is FDA-approved only for treatment-resistant depression.\n\nKetamine is approved for anaesthesia.",
    # "only" of the drug, not of its use
    "Esketamine is the only drug approved for treatment-resistant depression.\n\nEsketamine is approved for "
    "depression.",
    "Esketamine is approved for treatment-resistant depression. Doctors prescribe ketamine off-label for "
    "anxiety.\n\nIM shots are not FDA-approved for social anxiety.",
    "Ketamine is approved by the FDA as an anesthetic, and using it for anxiety is off-label.\n\nThe only "
    "exception is intravenous ketamine given under medical supervision, which the FDA has not approved for "
    "generalized anxiety disorder either.",
    # a holder the parse found keeps the claim: the clinic's words, refuted (fixtures patient-guide)
    "Ketamine is licensed by the FDA as an anaesthetic, and using it for anxiety is off-label.\n\nA clinic that "
    "tells you ketamine is FDA-approved for anxiety is wrong, and we'd walk away.",
])
def test_approvals_that_agree(lint, text):
    assert _hl701(lint(text)) == []


LISTED = "Side effects of ketamine include hallucinations and memory problems.\n\n"


@pytest.mark.parametrize("text", [
    # A listed effect later denied where the parse does not tie the denial to the drug (bank2
    # side-effects, bank2-contradictions): graded.
    LISTED + "Hallucinations are not a side effect of ketamine.",
    LISTED + "It never does, because hallucinations are not a side effect of ketamine at all.",
    LISTED + "Ketamine never makes people hallucinate.",
    LISTED + "At the doses used in clinics, ketamine has no effect on memory at all.",
])
def test_a_listed_effect_denied_in_other_words(lint, text):
    assert _hl701(lint(text)) == [(3, "HL701", "warning")]


@pytest.mark.parametrize("text", [
    LISTED + "Unlike ketamine, SSRIs do not cause hallucinations.",
    LISTED + "Ketamine does not cause hallucinations in everyone.",
    LISTED + "Is it true that ketamine never causes hallucinations?",
    LISTED + "Myth: ketamine never causes hallucinations.",
])
def test_a_listed_effect_not_denied(lint, text):
    assert _hl701(lint(text)) == []


SHORT_LIVED = "Ketamine can quickly reduce symptoms of OCD, but the benefit is short-lived.\n\n"


@pytest.mark.parametrize("text, expected", [
    # "short-lived" (or "not long lasting") and later a span of months for the same condition
    # (bank-contradictions encyclopedia entry)
    (SHORT_LIVED + "Its effect on OCD symptoms lasts for many months after treatment.", [(3, "HL701", "warning")]),
    ("Ketamine's effect on OCD symptoms is not long lasting.\n\nFor OCD, relief from ketamine persists for six "
     "months.", [(3, "HL701", "error")]),
])
def test_short_lived_then_months(lint, text, expected):
    assert _hl701(lint(text)) == expected


@pytest.mark.parametrize("text", [
    # another condition's span, a short span, a supposition
    SHORT_LIVED + "For anxiety, the improvement after a series of infusions stayed stable for a year.",
    SHORT_LIVED + "Its effect on OCD symptoms lasts a few days.",
    SHORT_LIVED + "If its effect on OCD lasted for months, it would be a breakthrough.",
    # a sentence's conditions carried over are not the span's own (opinion-uk)
    "Ketamine's benefit in OCD is generally not long lasting.\n\nThe most encouraging result, improvement "
    "that stayed stable over a year, came from a 2023 look back at historical records.",
    # a dose's relief and a course's permanence are two effects
    "Relief after a weekly ketamine dose lasted up to seven days.\n\nAfter six infusions my anxiety has been "
    "permanently erased.",
])
def test_short_lived_and_a_span_that_agree(lint, text):
    assert _hl701(lint(text)) == []


SIX = "A standard ketamine course is six infusions over two to three weeks.\n\n"


@pytest.mark.parametrize("text", [
    # A course said to be of two sizes (blind2 insurer-coverage, blind6 buyers-guide, blind12 union-bulletin):
    # read from the words, a warning.
    "Standard plans cover up to six infusions per course, billed one visit at a time.\n\nUnder the four-infusion "
    "limit per course, any session beyond the fourth needs a new request.",
    "Expect to be offered a course of six infusions over two to three weeks.\n\nAsk what happens if you stop "
    "after the standard four-infusion course because it isn't helping.",
    "The fund pays for up to six infusions in a first course.\n\nThe full eight-session course is covered at the "
    "standard rate.",
    SIX + "The usual course is 4 sessions.",
])
def test_a_course_of_two_sizes(lint, text):
    assert _hl701(lint(text)) == [(3, "HL701", "warning")]


@pytest.mark.parametrize("text", [
    SIX + "After the six-infusion course, most patients move to monthly boosters.",
    SIX + "Some people need two more infusions as boosters after the course.",
    SIX + "Is the usual course really four infusions?",
    SIX + "If a course were four infusions, it would cost less.",
    SIX + "Some sites claim the usual course is four infusions.",
    SIX + "Esketamine is given in a course of eight sessions.",
    SIX + "The course is not four infusions.",
])
def test_a_course_of_one_size(lint, text):
    assert _hl701(lint(text)) == []


def test_an_approval_in_a_relative_clause_on_the_drugs_modifier(lint):
    """blind11 review-replies: the relative clause speaks of the drug its modifier follows, so the
    parse grounds the approval (HL201, an error); as an approval for a kind of the use said
    off-label before, it is an HL701 warning (that reading may yet be consistent)."""
    findings = lint("Ketamine is approved by the FDA as an anesthetic, and using it for anxiety is off-label.\n\n"
                    "To be precise, the only exception is intravenous ketamine given under medical supervision, "
                    "which the FDA has approved for generalized anxiety disorder.")
    assert [(f.line, f.code, f.severity) for f in findings if f.code in ("HL201", "HL701")] == [
        (3, "HL201", "error"), (3, "HL701", "warning")]


@pytest.mark.parametrize("text, expected", [
    # grounded both: "off-label for <X>", then "approved for <a kind of X>" may yet be consistent,
    # so a warning, not silence
    ("Ketamine is used off-label for anxiety.\n\nKetamine has been approved by the FDA for generalized anxiety "
     "disorder.", [(3, "HL701", "warning")]),
    # the same use: an error, as before
    ("Ketamine is used off-label for anxiety.\n\nKetamine has been approved by the FDA for anxiety.",
     [(3, "HL701", "error")]),
    # the other way round reads as consistent
    ("Ketamine has been approved by the FDA for generalized anxiety disorder.\n\nKetamine is used off-label "
     "for anxiety.", []),
    # once that line is reported, a later one agreeing with the first view is silent
    ("Ketamine is used off-label for anxiety.\n\nKetamine has been approved by the FDA for generalized anxiety "
     "disorder.\n\nKetamine is approved by the FDA only as an anesthetic.", [(3, "HL701", "warning")]),
])
def test_an_approval_for_a_kind_of_an_off_label_use(lint, text, expected):
    assert _hl701(lint(text)) == expected
