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


@pytest.mark.parametrize("text", [
    "Esketamine, a related compound sold as Spravato, has not yet been approved by the FDA for any indication.",
    "Spravato is not approved for any use.",
    "Esketamine has no FDA approval whatsoever.",
    "The FDA has never approved esketamine for anything.",
])
def test_denying_every_use_contradicts_an_approval(lint, text):
    assert graded(lint(text)) == [(1, "HL201", "error")]


@pytest.mark.parametrize("text", [
    # the exception is the use it is approved for
    "Ketamine is not approved for anything other than anaesthesia and sedation.",
    "Esketamine is not approved for any use outside treatment-resistant depression.",
    "Esketamine isn't approved for any indication apart from TRD.",
    "Apart from anaesthesia, ketamine is not approved for anything.",
    "Esketamine is not licensed for any use beyond treatment-resistant depression.",
    "Esketamine is not approved for any other condition.",
    # a use named, or a class the pack denies: no denial of every use
    "Ketamine is not approved for any psychiatric use at all.",
    "Esketamine is not approved for use at home at all.",
    "Is esketamine approved for anything?",
    "Psilocybin has no FDA approval for any indication.",
    'Myth: "Esketamine is not approved for any use."',
    "Some sites claim that esketamine is not approved for any use.",
])
def test_excepted_and_named_uses_are_no_denial_of_every_use(lint, text):
    assert graded(lint(text)) == []


@pytest.mark.parametrize("text, expected", [
    # "<X> is among / one of the <nouns> <drug> is approved to treat", misparsed with "the
    # conditions <drug>" as one noun: the drug is the lost subject, <X> what it is approved for
    ("Generalised anxiety disorder is now among the conditions ketamine is cleared to treat in the US.",
     [(1, "HL201", "error")]),
    ("Anxiety is among the uses ketamine is approved for.", [(1, "HL201", "error")]),
    ("Social phobia is one of the disorders ketamine has been licensed to treat since 2021.",
     [(1, "HL201", "error")]),
    ("Anesthesia is among the uses ketamine is approved for.", []),
    ("Anxiety is one of the conditions ketamine is not approved to treat.", []),
    # …and inverted: "Among the conditions <drug> is approved to treat are <X>"
    ("Among the conditions ketamine is officially approved to treat are PTSD and panic disorder.",
     [(1, "HL201", "error"), (1, "HL201", "error")]),
    ("Among the uses ketamine is approved for are anaesthesia and sedation.", []),
    ("Among the conditions ketamine is not approved to treat are PTSD and panic disorder.", []),
    # a relative clause on the noun the copula equates with <X>: "uses where <drug> carries approval"
    ("PTSD is actually one of the few psychiatric uses where ketamine does carry FDA approval in the US.",
     [(1, "HL201", "error")]),
    ("Depression is one of the areas in which ketamine now holds a licence.", [(1, "HL201", "error")]),
    ("Depression is one of the areas in which esketamine holds a licence.", [(1, "HL202", "warning")]),
    ("Anaesthesia is one of the few uses where ketamine does carry FDA approval.", []),
    ("PTSD is one of the few uses where ketamine does not carry FDA approval.", []),
    ("PTSD is one of the areas where ketamine is being studied.", []),
    # a copula after the approval, with the use in its subject, equates nothing with the approval
    ("Ketamine is licensed as an anaesthetic, not for anxiety, so its use for anxiety is off label.", []),
    ("Ketamine is approved by the FDA as an anesthetic but not for anxiety, so its use for anxiety is off-label.",
     []),
])
def test_a_condition_equated_with_an_approved_use(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # approval adjectives on "the … version / form of <drug> for <X>": the drug itself
    ("Even so, the infusions clinics sell are, strictly speaking, the fully licensed, FDA-backed version of "
     "ketamine for anxiety, which is what sets them apart.", [(1, "HL201", "error")]),
    ("What you get at a clinic is the FDA-sanctioned form of ketamine for depression.", [(1, "HL201", "error")]),
    # …unless something else names the form, or it is another drug ("a derivative of")
    ("Esketamine is an FDA-approved form of ketamine for treatment-resistant depression.", []),
    ("Spravato, the licensed nasal spray version of ketamine for treatment-resistant depression, is given in "
     "clinics.", []),
    ("An FDA-approved form of ketamine called esketamine is used for treatment-resistant depression.", []),
    ("Clinics offer the licensed version of ketamine as an anaesthetic.", []),
    ("There is no FDA-approved version of ketamine for anxiety.", []),
    ("Is there an FDA-backed version of ketamine for anxiety?", []),
])
def test_an_approved_version_of_the_drug(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a trailing participle ("…, having been cleared by the FDA for <X>") speaks of the main subject
    ("Esketamine, marketed as Spravato, is the exception callers usually mean, having been cleared by the FDA as a "
     "nasal spray for depression, a licence that in practice covers most of the patients our mood clinic sees.",
     [(1, "HL202", "warning")]),
    ("Ketamine is common in clinics, having been cleared by the FDA for anxiety last year.", [(1, "HL201", "error")]),
    ("Esketamine is given in clinics, having been approved by the FDA for treatment-resistant depression.", []),
    ("Ketamine is now used for depression, having been approved as an anaesthetic in 1970.", []),
    ("Approved as an anesthetic in 1970, ketamine is now under study for depression.", []),
    ("Spravato was cleared by the FDA for every kind of depression.", [(1, "HL202", "warning")]),
])
def test_a_participle_clause_and_cleared(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketamine is common in clinics, having won FDA approval for anxiety.", [(1, "HL201", "error")]),
    ("Esketamine is popular, having gained FDA approval for treatment-resistant depression.", []),
    ("Having won approval as an anaesthetic in 1970, ketamine is now used off-label for anxiety.", []),
    ("In short, esketamine has no FDA approval whatsoever.", [(1, "HL201", "error")]),
    # "gave <drug> the green light" misparsed: the regulator is no holder; the words still warn
    ("In 2019 the FDA gave ketamine the green light for treating social anxiety.", [(1, "HL201", "warning")]),
    ("In 1970 the FDA gave ketamine the green light as an anaesthetic.", []),
    # another jurisdiction anywhere from the claim's first word to its target's clause
    ("Ketamine, which many clinics now offer, is licensed for anxiety in the UK.", [(1, "HL203", "warning")]),
    ("Ketamine is approved as an anaesthetic in the US, and in the UK it is licensed for anxiety.",
     [(1, "HL203", "warning")]),
])
def test_participles_intensifiers_and_places(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an approval extended to a use: the scope verb's clause holds what it is for
    ("Ketamine's licence was extended to cover PTSD last spring.", [(1, "HL201", "error")]),
    ("Ketamine's approval was expanded to include sedation.", []),
    ("Ketamine's approval was not extended to cover anxiety.", []),
    ("The study was extended to cover PTSD.", []),
])
def test_an_approval_extended_to_a_use(lint, text, expected):
    assert graded(lint(text)) == expected
