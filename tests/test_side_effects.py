"""Side-effect lists and denials."""

from __future__ import annotations

import pytest

from conftest import codes

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


@pytest.mark.parametrize("text, unlisted", [
    ("Side effects of ketamine include nausea, hallucinating and memory problems.", ["nausea"]),
    ("Ketamine's common side effects are dizziness and blurred vision.", ["dizziness", "blurred vision"]),
    ("Ketamine can cause side effects, including agitation and depression.", []),
    ("Side effects of ketamine such as confusion, disorientation, and euphoria can occur.", []),
    ("Side effects of ketamine like memory loss and feeling disconnected are possible.", []),
    ("Ketamine's side effects include feeling detached from your surroundings.", []),
    ("Ketamine's side effects include temporary confusion and high blood pressure.", ["high blood pressure"]),
    ("It also discusses ketamine side effects.", []),
    ("Ketamine side effects: what to know", []),
    ("Side effects of ketamine can include:\n\n- vivid dreams\n- a headache\n", ["a headache"]),
    ("Nausea and dizziness are common side effects of ketamine.", ["Nausea", "dizziness"]),
    ("Agitation and confusion are possible side effects of ketamine.", []),
    ("These are the side effects of ketamine.", []),
    ("Ketamine's side effects are rare and include mild nausea.", ["mild nausea"]),
    # Issue 12, cause 7: list items that are not effects; listed effects in other words.
    ("Side effects of ketamine can include:\n\n- rare when dosing is careful\n- positive\n- a headache\n",
     ["a headache"]),
    ("Side effects of ketamine can include:\n\n- over (when the session is over)\n", []),
    ("Side effects of ketamine include perceptual disturbances and clear dreams.", []),
    ("Side effects of ketamine include dissociaton.", []),
    ("The ketamine side-effect list is a legal formality, not a prediction.", []),
    # Effects named in running prose.
    ("Hiccups are a common complaint after ketamine treatment.", ["Hiccups"]),
    ("Ketamine can cause sweating and agitation.", ["sweating"]),
    ("Some people on ketamine report less anxiety within hours.", []),
    ("Antidepressants and ketamine can cause nausea.", []),
    ("Side effects include ketamine \u200b ketamine.", []),
])
def test_unlisted_side_effects(lint, text, unlisted):
    found = [f for f in lint(CONTEXT + text) if f.code == "HL401"]
    assert [f.message.split("'")[1] for f in found] == unlisted


@pytest.mark.parametrize("text, fires", [
    ("Ketamine is side-effect free.", True),
    ("Ketamine has no side effects.", True),
    ("Ketamine doesn't have side effects.", True),
    ("Ketamine carries no risk of side effects.", True),
    ("Ketamine is not without side effects.", False),
    ("Ketamine has few side effects.", False),
    ("It is not true that ketamine has no side effects.", False),
    ("Ketamine therapy has no side effects when staff are trained.", True),
    ('Myth: "Ketamine has no side effects." Fact: it has several.', False),
    ("| Side-effect free | No |", False),
])
def test_side_effect_free_claims(lint, text, fires):
    assert ("HL402" in [c for _, c in codes(lint(CONTEXT + text))]) == fires
