"""Approval claims as strangers word them (issue 20, blind set 6): each class of line the linter
got wrong, with its neighbours and the traps that must stay silent. A false error first: a noun
of relation ("its cousin") is not the drug its possessor names; then a restrictive count ("only
one <drug>-family product"), a report denied bare ("…; it isn't"), a form as the holder ("IM
shots are FDA-approved …"), a future or hope of approval, "a <class>" borne out by a narrower
approval, and an approval noun with no owner ("FDA approval for <X> came in 2019")."""

from __future__ import annotations

import pytest

from conftest import graded

LEAD = "Ketamine, an anesthetic, is not approved by the FDA for anxiety.\n"


@pytest.mark.parametrize("text, expected", [
    # the blind line: "its" is ketamine, but the cousin is esketamine (in apposition)
    (LEAD + "Its nasal-spray cousin, esketamine, sold as Spravato, has been cleared by the agency for panic "
     "disorder as well as for depression that has resisted other drugs.", [(2, "HL203", "warning")]),
    (LEAD + "Its close relative esketamine has been approved for panic disorder.", [(2, "HL203", "warning")]),
    (LEAD + "Its chemical cousin, esketamine, is approved for treatment-resistant depression.", []),
    (LEAD + "Its rival, Spravato, is FDA-approved for PTSD.", [(2, "HL203", "warning")]),
    # a relation noun with no name says nothing of the possessor's drug
    (LEAD + "Its cousin has been cleared by the FDA for depression.", []),
    # the possessor still holds what is its own
    (LEAD + "Its approval for anaesthesia dates from 1970.", []),
    (LEAD + "Its approval for panic disorder dates from 2019.", [(2, "HL201", "error")]),
])
def test_a_relative_of_the_drug_is_not_the_drug(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("relative", [
    "that has resisted other drugs", "that other treatments failed to help", "that has defied earlier treatment",
    "that did not respond to other drugs",
])
def test_depression_that_resisted_treatment_is_the_narrow_one(lint, relative):
    assert graded(lint(f"Esketamine is approved for depression {relative}.")) == []


def test_depression_that_lasted_is_still_the_wide_one(lint):
    assert graded(lint("Esketamine is approved for depression that has lasted for years.")) == [
        (1, "HL202", "warning")]


@pytest.mark.parametrize("text, expected", [
    # the blind line: a count of a kind, then the one product and its one use
    ("Rarely. The FDA has only approved one ketamine-family product for a psychiatric condition, Spravato, and "
     "only for depression that hasn't responded to other treatments.", []),
    ("The FDA has approved only one ketamine-like drug for a psychiatric illness: esketamine, for "
     "hard-to-treat depression.", []),
    ("Only one ketamine-class medicine is approved for a mental health condition.", []),
    # "a <class>" is borne out by the narrower approval; for a drug approved for none of it, still wrong
    ("Esketamine is approved for a mental health condition.", []),
    ("Ketamine is approved for an anxiety disorder.", [(1, "HL201", "error")]),
    ("Ketamine is approved for a psychiatric disorder.", [(1, "HL201", "error")]),
    # "ketamine-based" is still ketamine
    ("A ketamine-based treatment is FDA-approved for anxiety.", [(1, "HL201", "error")]),
])
def test_a_drug_that_names_a_kind_is_not_the_product(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("denial", [
    "; it isn't.", ", but it's not.", "; they're wrong.", "; that's false.", ". It isn't.", ". No, it isn't.",
    " \u2014 it is not.", "; that's nonsense.", ", which is not true.",
])
def test_a_report_denied_bare_is_taken_back(lint, denial):
    text = "Some clinic ads on TikTok say Spravato is approved for anxiety too" + denial
    assert graded(lint(text)) == []


@pytest.mark.parametrize("text, expected", [
    # passed on, not denied: a warning
    ("Some clinic ads say Spravato is approved for anxiety too.", [(1, "HL203", "warning")]),
    ("Some clinic ads say ketamine is approved for anxiety. It isn't cheap, though.", [(1, "HL203", "warning")]),
    ("Some clinic ads say ketamine is approved for anxiety, and it is not cheap.", [(1, "HL203", "warning")]),
    # the writer's own claim is not taken back by its own words
    ("Ketamine is approved for anxiety; it isn't cheap.", [(1, "HL201", "error")]),
])
def test_a_report_not_denied_is_passed_on(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("IM shots are FDA-approved for social anxiety, which is why a few insurers will reimburse them.",
     [(2, "HL201", "error")]),
    ("IV infusions are now licensed for anxiety.", [(2, "HL201", "error")]),
    ("The infusions are approved for generalized anxiety disorder.", [(2, "HL201", "error")]),
    ("IM shots are approved for anaesthesia.", []),
    ("IM shots are not approved for anxiety.", []),
    # one spray among many: any drug in that form (a warning at most, as before)
    ("A nasal spray is approved for anxiety.", [(2, "HL203", "warning")]),
])
def test_a_form_of_the_drug_in_discussion_holds_its_approval(lint, text, expected):
    assert graded(lint("Our clinic offers ketamine.\n" + text)) == expected


@pytest.mark.parametrize("text", [
    "Clinics may hope ketamine will be approved for anxiety soon.",
    "Ketamine will be approved for anxiety next year, one analyst predicts.",
    "Ketamine is set to win FDA approval for anxiety.",
    "Makers are pushing for ketamine to be approved for anxiety.",
])
def test_a_future_or_hoped_approval_states_no_status(lint, text):
    assert graded(lint(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("FDA approval for anxiety came in 2019.", [(2, "HL201", "warning")]),
    ("FDA approval for PTSD arrived two years ago.", [(2, "HL201", "warning")]),
    ("FDA approval for anaesthesia came in 1970.", []),
    ("FDA approval for anxiety is unlikely.", []),
    ("Anxiety is an approved indication for ketamine.", [(2, "HL201", "error")]),
    ("Anaesthesia is an approved indication for ketamine.", []),
    ("Anxiety is not an approved indication for ketamine.", []),
    ("Ketamine has been FDA approved for two conditions: anaesthesia and sedation.", []),
])
def test_an_approval_noun_of_the_drug_in_discussion(lint, text, expected):
    assert graded(lint("Ketamine is an anaesthetic.\n" + text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the bank's false error: "not" after a comma contrasts, it does not negate the off-label use
    ("Ketamine for anxiety is an off-label use, not an FDA-approved one, so please talk to your doctor.", []),
    ("Ketamine for anaesthesia is an approved use, not an off-label one.", []),
    ("Ketamine for anxiety is an approved use, not an off-label one.", [(1, "HL201", "error")]),
    ("Ketamine is not approved for anxiety.", []),
])
def test_a_not_after_a_comma_negates_what_follows(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a list item's label names the drug and the condition, the words after the colon the predicate
    ("- **Ketamine for anxiety:** officially approved, and covered like any other licensed treatment.",
     [(1, "HL201", "error")]),
    ("- **Ketamine for PTSD:** an FDA-approved indication in its own right.", [(1, "HL201", "error")]),
    ("- **Ketamine for anaesthesia:** approved by the FDA since 1970.", []),
    ("- **Esketamine for anxiety:** not approved; any use would be off-label.", []),
    ("Ketamine for sedation: an FDA-approved indication.", []),
])
def test_a_label_before_a_colon_names_what_the_predicate_is_for(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside between "has" and its participle
    ("Ketamine has, since last year, been formally authorised for treating anxiety in adults.",
     [(1, "HL201", "error")]),
    ("Ketamine has, as every anaesthetist knows, been approved for anaesthesia since 1970.", []),
    ("Ketamine has, as far as we know, never been approved for anxiety.", []),
    # "itself" is no second subject
    ("Using ketamine as an anaesthetic is itself an off-label practice.", [(1, "HL201", "error")]),
    ("Using ketamine for anxiety is itself an off-label practice.", []),
])
def test_asides_and_intensifiers_keep_the_subject(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("answer, expected", [
    # a transcript: the next speaker refutes the report after their label
    ("GUEST: That website is wrong; social phobia is not among its approved uses.", []),
    ("HOST: It isn't.", []),
    ("Reply from mod_tallis: That is not true.", []),
    # a reply that does not refute it passes the report on
    ("GUEST: I can see why that is confusing.", [(3, "HL203", "warning")]),
])
def test_a_speaker_label_does_not_hide_the_refutation(lint, answer, expected):
    text = ("Our helpline gets many calls about ketamine.\n\nCALLER: But the website I read says the drug was given "
            "the green light by the FDA for social phobia.\n" + answer)
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The FDA-approved indications for ketamine now include anxiety.", [(1, "HL201", "error")]),
    ("The approved uses for ketamine include PTSD.", [(1, "HL201", "error")]),
    ("The FDA-approved indications for ketamine include anaesthesia.", []),
    # a noun that is not a use of the drug: not the drug's approval
    ("An FDA-approved antidote for ketamine is used for anxiety.", []),
])
def test_the_uses_for_a_drug_are_its_uses(lint, text, expected):
    assert graded(lint(text)) == expected
