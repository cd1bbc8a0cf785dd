"""Side-effect claims as strangers word them (issue 20, session 6, blind sets 10-12): an effect a
causing verb's complement clause names ("it never causes anyone to lose consciousness"), a denied
passive report ("<effect> has not been reported at the doses clinics use"), a side-effect word
that is only a topic ("people keep asking me about side effects, so here's the truth: …"), and
"does not stop causing", which denies nothing; each with its traps."""

from __future__ import annotations

import pytest

from conftest import graded

LEAD = "This page is about ketamine infusions.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("The good news is that at the doses used for anxiety it never causes anyone to lose consciousness.",
     [(3, "HL402", "error")]),
    ("Ketamine does not cause patients to feel confused.", [(3, "HL402", "error")]),
    ("Ketamine never makes anyone hallucinate.", [(3, "HL402", "warning")]),
    # the same verbs affirmed: a listed effect, silent; an unlisted one, a warning
    ("Ketamine can cause some people to pass out.", []),
    ("Ketamine can cause people to feel sick for hours.", [(3, "HL401", "warning")]),
])
def test_an_effect_in_a_causing_verbs_complement_clause(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Known effects include agitation and memory loss, and unconsciousness has not been reported at the doses "
     "clinics use.", [(3, "HL402", "warning")]),
    ("Memory problems have not been reported with ketamine.", [(3, "HL402", "error")]),
    ("Hallucinations have never been reported after a ketamine infusion.", [(3, "HL402", "error")]),
    # an unlisted effect denied, a report no one made, an affirmed report, a refuted one: silent
    ("Nausea has not been reported with ketamine.", []),
    ("No one has reported nausea to us.", []),
    ("Hallucinations have been reported with ketamine.", []),
    ("Some websites say hallucinations have not been reported with ketamine, but that is wrong.", []),
])
def test_a_denied_passive_report(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


def test_side_effects_as_a_topic_open_no_list(lint):
    text = ("People keep asking me about side effects, so here's the truth: done properly in a clinic, ketamine "
            "doesn't cause hallucinations or confusion.")
    assert graded(lint(LEAD + text)) == [(3, "HL402", "error"), (3, "HL402", "error")]


def test_a_list_after_side_effects_as_a_topic_is_still_read(lint):
    assert graded(lint(LEAD + "We talked about side effects: nausea, vomiting and dry mouth.")) == [
        (3, "HL401", "warning")] * 3


@pytest.mark.parametrize("text", [
    "Note also that ketamine does not stop causing dissociation just because the dose is low.",
    "Ketamine doesn't stop causing hallucinations at lower doses.",
    "Ketamine never stops causing agitation in some patients.",
])
def test_not_stopping_causing_an_effect_denies_nothing(lint, text):
    assert graded(lint(LEAD + text)) == []


def test_approval_idioms_are_no_side_effects(lint):
    assert graded(lint(LEAD + "Ketamine, which many clinics now offer, got the go-ahead from the FDA as an "
                              "anaesthetic.")) == []


@pytest.mark.parametrize("text, expected", [
    ("Unlike some older tranquillisers, it won't leave you foggy or forgetful the next day.",
     [(3, "HL402", "error")]),
    ("Ketamine can leave you nauseous for an hour.", [(3, "HL401", "warning")]),
    ("Ketamine can leave you confused for an hour.", []),
    ("Ketamine leaves you calm.", []),
])
def test_an_effect_a_causing_verb_leaves_you_in(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketamine causes no hallucinations at the low doses we use.", [(3, "HL402", "error")]),
    ("Ketamine produces no confusion.", [(3, "HL402", "error")]),
    ("Ketamine causes no nausea.", []),  # not listed: nothing to contradict
    ("Others noticed no change.", []),
    ("Myth: ketamine causes no confusion.", []),
])
def test_a_causing_verb_whose_object_is_denied_by_no(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected
