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
])
def test_mentions_of_a_doctor_are_not_advice(lint, text):
    assert _asks_for_advice(lint, text)
