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
