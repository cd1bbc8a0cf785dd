"""Overclaiming: certainty the source does not have."""

from __future__ import annotations

import pytest

from conftest import codes

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


@pytest.mark.parametrize("text, fires", [
    ("Ketamine cures anxiety.", True),
    ("Ketamine is a miracle drug.", True),
    ("Ketamine is clinically proven to work.", True),
    ("Ketamine therapy is risk-free.", True),
    ("Ketamine works for everyone.", True),
    ("One infusion eliminates anxiety for good.", True),
    ("Ketamine works wonders for anxiety.", True),
    ("Ketamine is a game changer for people with TRD.", True),
    ("Ketamine has not been shown to eliminate anxiety.", False),
    ("Ketamine is not a cure for anxiety.", False),
    ("Ketamine is no miracle cure.", False),
    ("Ketamine may eliminate anxiety for some people.", False),
    ("Ketamine could be a breakthrough for anxiety.", False),
    ("There is no cure for anxiety, but ketamine may help.", False),
    ("Is ketamine a miracle cure for anxiety?", False),
    ("The weather is perfectly safe for a walk.", False),  # nothing a pack covers
])
def test_overclaim(lint, text, fires):
    assert ("HL601" in [c for _, c in codes(lint(CONTEXT + text))]) == fires


def test_message_quotes_the_source_hedges(lint):
    [finding] = [f for f in lint(CONTEXT + "Ketamine cures anxiety.") if f.code == "HL601"]
    assert "'may be an effective treatment'" in finding.message
    assert finding.message.endswith("(source lines 1, 69)") and finding.source == 1
