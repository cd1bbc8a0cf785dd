"""Cause 9 of issue 12: advice to consult a professional, in any word order."""

from __future__ import annotations

import pytest

DRAFT = ("Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"
         "Ketamine infusions can ease anxiety within hours.\n\n")


def _asks_for_advice(lint, text: str) -> bool:
    """Whether the draft is still told to advise consulting a professional."""
    return any(f.code == "HL801" and "consult" in f.message for f in lint(DRAFT + text))


@pytest.mark.parametrize("text", [
    "Talk to your doctor before starting treatment.",
    "Work with your healthcare provider to discuss whether it is right for you.",
    "Talk it over with your doctor first.",
    "Ask a qualified clinician whether it suits you.",
    "If you are weighing this up, your GP or pharmacist is the best person to ask.",
    "Bring these notes to your psychiatrist before you decide.",
    "It is wise to involve a clinician who knows your history.",
    "Take your questions to a healthcare professional who knows you.",
    "Your psychiatrist. Go through the options with them before you book.",
    "Your GP. Please ask them whether it fits with your other medicines.",
    # in other words (blind6, issue 20)
    "Run it past your doctor first.",
    "Get your doctor's opinion before you start.",
    "Make sure you get the go-ahead from your psychiatrist.",
    "A psychiatrist should assess you first.",
    "Only a doctor who knows your history can advise you.",
    "This page is for information only and does not replace advice from a qualified clinician.",
    "This information is not a substitute for professional medical advice.",
    "Please seek professional medical advice before starting any treatment.",
    "This article is not medical advice.",
    "Nothing here replaces a conversation with your GP.",
    "Before starting, it is worth a chat with your GP.",
    "If you are thinking about it, book an appointment with your psychiatrist.",
])
def test_consult_advice_in_any_order(lint, text):
    assert not _asks_for_advice(lint, text)


@pytest.mark.parametrize("text", [
    "Doctors prescribe it off-label.",
    "Doctors discuss ketamine at conferences.",  # the other order, but not said to the reader
    "Psychiatrists ask many questions about it.",
    "Book a consultation with a ketamine provider near you.",
    "According to a psychiatrist we interviewed, ketamine helps some people.",
    "Our nurses stay with you throughout the session.",
    "Clinicians are cautious. Patients often praise the speed.",  # no consult word for "they"
    "Our doctors have decades of experience.",
    "The psychiatrist who led the study said the results were encouraging.",
    "Many GPs are unfamiliar with ketamine.",
    "The clinic's doctors assessed forty patients in the trial.",
])
def test_mentions_of_a_doctor_are_not_advice(lint, text):
    assert _asks_for_advice(lint, text)


CONSULTED = "Talk to your doctor before starting treatment.\n\n"


def _lacks_off_label_statement(lint, text: str) -> bool:
    return any(f.code == "HL801" and "off-label" in f.message for f in lint(CONSULTED + text))


@pytest.mark.parametrize("text", [
    # a volunteer script's answer, in quotation marks: said to the reader all the same
    '**You might say:** "Ketamine is approved as an anaesthetic, and using it for anxiety is what\'s called '
    'off-label."',
    "Ketamine is an anaesthetic first; giving it for anxiety is an off-label call your prescriber makes.",
    "Ketamine infusions for anxiety are an off-label treatment.",
    "Ketamine is not FDA-approved for anxiety.",
])
def test_an_off_label_statement_in_any_voice(lint, text):
    assert not _lacks_off_label_statement(lint, "Ketamine infusions can ease anxiety.\n\n" + text)


@pytest.mark.parametrize("text", [
    "Is ketamine for anxiety off-label?",
    "Ketamine for anxiety is not off-label, one clinic claims.",
    "Esketamine is used off-label for anxiety.",  # another drug's use
])
def test_an_off_label_word_that_states_nothing_of_the_use(lint, text):
    assert _lacks_off_label_statement(lint, "Ketamine infusions can ease anxiety.\n\n" + text)
