"""Approval claims as strangers word them (issue 20, round 2, blind set 5): a denial of "every
kind of" a condition, an elided "but not for <X>" the parse hangs on the next clause, an
approval moved to another drug by "in its <drug> form", and the wordings that go with them."""

from __future__ import annotations

import pytest

from conftest import graded


@pytest.mark.parametrize("text, expected", [
    # "not for every kind of <X>" says only that not all of X is covered: an approval for one kind allows it
    ("Esketamine is a separate case: it is approved for treatment-resistant depression, not for anxiety "
     "and not for every kind of depression.", []),
    ("Esketamine is not approved for all kinds of depression.", []),
    ("Esketamine is approved for TRD but not for all depression.", []),
    # …where "any" denies each kind
    ("Esketamine is not approved for any kind of depression.", [(1, "HL201", "error")]),
    # and "every" unnegated says all of it
    ("Esketamine is approved for every kind of depression.", [(1, "HL202", "warning")]),
])
def test_a_denial_of_every_kind_denies_only_all_of_it(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "…, but not for <X>: when …, it is prescribed off-label": the elided phrase is the approval's
    ("Ketamine is an anaesthetic. In the United States the FDA has approved it for anaesthesia and "
     "sedation, but not for anxiety: when a doctor offers it for anxiety, it is being prescribed off-label.", []),
    ("Ketamine is approved for anaesthesia, but not for depression; when a doctor offers it for "
     "depression, it is being prescribed off-label.", []),
    # the elided phrase keeps its verdict against the approval it continues
    ("Ketamine is approved for sedation, but not for anaesthesia: it is given off-label in surgery.",
     [(1, "HL201", "error")]),
    # a label before a colon still names what the clause after it says
    ("Anxiety: ketamine is used off-label.", []),
])
def test_an_elided_phrase_before_a_colon_continues_the_clause_before(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketamine has been FDA-approved as an anaesthetic for decades and, in its esketamine form, for "
     "depression in general.", [(1, "HL202", "warning")]),
    ("In its esketamine form, ketamine is approved for treatment-resistant depression.", []),
    ("Ketamine is approved for treatment-resistant depression in its esketamine form.", []),
    ("Ketamine is approved for anaesthesia and, in the form of esketamine, for anxiety.",
     [(1, "HL203", "warning")]),
    # a form that names no drug moves nothing
    ("Ketamine is approved for anaesthesia in its injectable form.", []),
    ("Ketamine is approved for anxiety in its injectable form.", [(1, "HL201", "error")]),
])
def test_in_its_drug_form_moves_the_approval_to_that_drug(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # someone answering a report takes it back
    ("Gary from Ashby had heard that ketamine was now approved for anxiety. Dr Marsh put him straight: it is "
     "approved as an anaesthetic, and doctors who use it for anxiety are prescribing off-label, outside its "
     "licence.", []),
    ("My aunt believed that ketamine is approved for anxiety. The pharmacist corrected her: it is only used "
     "off-label.", []),
    ("Some listeners think ketamine is approved for PTSD. Let us set the record straight.", []),
    # …where agreeing passes it on
    ("Gary had heard that ketamine was approved for anxiety. Dr Marsh agreed with him.",
     [(1, "HL203", "warning")]),
])
def test_a_report_put_straight_is_taken_back(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a gerund subject: what is used holds the off-label predicate
    ("Ketamine is not a miracle, and using it for anxiety is still off-label, but for the listeners who rang "
     "in it is the treatment that will work.", []),
    ("Using ketamine for anxiety is off-label.", []),
    ("Giving ketamine for anaesthesia is off-label.", [(1, "HL201", "error")]),
    # a negation before a coordinated clause with a subject of its own does not reach into it
    ("Ketamine is not a cure, and it is approved for anxiety.", [(1, "HL201", "error")]),
    ("Ketamine is not a cure, and it is not approved for anxiety.", []),
])
def test_a_gerund_subject_and_a_negation_in_the_clause_before(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the pack's condition in another word order, with articles
    ("Esketamine is a form of ketamine in nasal spray; it is approved for the depression resistant to "
     "treatment, and it is always given in the clinic.", []),
    ("Esketamine is approved for depression that is resistant to other treatments.", []),
    ("Ketamine is approved for depression resistant to treatment.", [(1, "HL201", "error")]),
])
def test_the_narrow_condition_in_another_word_order(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "<X>, for which <drug> won approval": the relative pronoun stands for X
    ("The one psychiatric exception is bipolar depression, for which generic ketamine won FDA approval in "
     "2022, opening a narrow route to reimbursement.", [(1, "HL201", "error")]),
    ("Ketamine is widely used. Where it does hold a licence beyond the operating theatre is chronic pain, for "
     "which the FDA approved it some years back.", [(1, "HL203", "warning")]),
    ("Anxiety, for which ketamine is approved, is common.", [(1, "HL201", "error")]),
    # the parse may make the clause adverbial: "for which" still follows its noun
    ("The one exception is PTSD, for which ketamine won FDA approval in 2022.", [(1, "HL201", "error")]),
    ("Social anxiety is one condition for which ketamine holds an FDA licence.", [(1, "HL201", "error")]),
    ("Ketamine has one approved use, anaesthesia, for which the FDA cleared it in 1970.", []),
    ("Anxiety, for which ketamine is not approved, is common.", []),
    # a relative clause with no approval in it claims none
    ("Anxiety, for which many people take ketamine, is common.", []),
])
def test_a_relative_clause_for_which_names_the_condition(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "…, full stop" is no object of the approval verb: the relative clause's noun is
    ("Anne uses Spravato. Its active ingredient, esketamine, is the form of ketamine the FDA has approved for "
     "depression, full stop.", [(1, "HL202", "warning")]),
    ("Ketamine is the drug the FDA approved for anxiety, period.", [(1, "HL201", "error")]),
    ("Esketamine is the form of ketamine the FDA has approved for treatment-resistant depression, full stop.", []),
])
def test_an_object_cut_off_by_a_comma(lint, text, expected):
    assert [g for g in graded(lint(text)) if g[1] != "HL601"] == expected


@pytest.mark.parametrize("text, expected", [
    # "the same infusions", "these infusions": the drug in discussion, in a form the packs give it
    ("Ketamine clinics offer infusions.\n\n- **Versatile**: the same infusions are an FDA-approved option for "
     "obsessive-compulsive disorder, so one package can cover more than one diagnosis.", [(3, "HL201", "error")]),
    ("Ketamine is given by infusion. These infusions are approved for anaesthesia.", []),
    # a form the drug in discussion is not given in is the one drug the packs approve in it, at most a warning
    ("Ketamine is given by infusion. These sprays are approved for anxiety.", [(1, "HL203", "warning")]),
    ("Ketamine is given by infusion. These sprays are approved for TRD.", []),
    # "the spray" names no drug: a warning as before
    ("Esketamine is a nasal spray. The spray is approved for anxiety.", [(1, "HL203", "warning")]),
])
def test_a_form_that_points_back_is_the_drug_in_discussion(lint, text, expected):
    assert graded(lint(text)) == expected


def test_a_form_that_points_back_at_a_drug_named_only_as_another_form(lint):
    # the drug in discussion is not given as infusions: the one drug the packs give in that form is
    text = ("Ketamine has been approved as an anaesthetic and, in its esketamine form, for depression in general. "
            "The same infusions are an FDA-approved option for obsessive-compulsive disorder.")
    assert graded(lint(text)) == [(1, "HL202", "warning"), (1, "HL201", "error")]


def test_a_form_that_points_back_is_no_side_of_an_in_draft_contradiction(lint):
    # "these sprays" after a ketamine line are esketamine's: no clash with what the line said of ketamine
    text = ("Ketamine is not approved for treatment-resistant depression. These sprays are approved for "
            "treatment-resistant depression.")
    assert graded(lint(text)) == []
