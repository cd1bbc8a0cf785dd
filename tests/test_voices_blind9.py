"""Voices that are not the writer's (issue 20, blind set 9's false findings): the lettered options
of a multiple-choice question assert nothing (the answer line after them is the writer's); a named
speaker's turn in a transcript or record ("**MR DOYLE (resident):**") is passed on, reported, and
so no side of an in-draft contradiction; "stress"/"emphasise"/"assure" report like "say"; a claim
set in another country ("in Mexico") cannot contradict an FDA fact."""

from __future__ import annotations

import pytest

from conftest import graded

_STEM = "Which statement about ketamine's status is correct?\n\n"


@pytest.mark.parametrize("text, expected", [
    # options under a question stem: none is asserted; the answer is the writer's own
    (_STEM + "- A. It is FDA-approved for generalized anxiety disorder\n- B. It is FDA-approved as an anesthetic\n"
     "- C. It has no FDA approval of any kind\n- D) Ketamine is approved for panic disorder\n\n"
     "**Answer: A.** Ketamine is approved for anxiety.\n", [(8, "HL201", "error")]),
    # neighbours: lettered lines with no question above them are the writer's claims
    ("Ketamine at a glance.\n\n- A. Ketamine is approved for generalized anxiety disorder\n",
     [(3, "HL201", "error")]),
    ("Ketamine is approved for anxiety. Is it? Yes.\n", [(1, "HL201", "error")]),
])
def test_options_of_a_multiple_choice_question_assert_nothing(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a named speaker's turn: reported (a warning of the family), and no side of HL701
    ("## Transcript\n\n**DR NAIR (medical director, Harbour Mind):** Thank you. The FDA has approved ketamine for "
     "severe anxiety as well.\n\n## Officer's note\n\nKetamine is approved as an anaesthetic, and giving it for "
     "anxiety is off-label.\n", [(3, "HL203", "warning")]),
    ("**CLLR BRENNAN:** Ketamine is approved for anxiety.\n", [(1, "HL203", "warning")]),
    ("**MRS HALE (resident):** Ketamine is approved for anxiety now.\n", [(1, "HL203", "warning")]),
    # neighbours: a bare first name (a podcast's hosts) and an FAQ's answer stay the page's own voice
    ("**SAM:** Ketamine is approved for anxiety.\n", [(1, "HL201", "error")]),
    ("**A:** Ketamine is approved for anxiety.\n", [(1, "HL201", "error")]),
    # an interview's expert answering the page's own "Q:" speaks for the page
    ("**Q: What about PTSD?**\n\n**Dr. Osei:** Ketamine does carry FDA approval for PTSD in the US.\n",
     [(3, "HL201", "error")]),
    # a title in the middle of a sentence is no label
    ("As Dr Nair said at the meeting: ketamine is approved for anxiety.\n", [(1, "HL201", "error")]),
])
def test_a_named_speakers_turn_is_reported(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("One owner was keen to stress that ketamine is fully licensed for anxiety.", [(1, "HL203", "warning")]),
    ("The clinic's director emphasised that ketamine is approved for panic disorder.", [(1, "HL203", "warning")]),
    ("A host assured us that ketamine is approved for anxiety.", [(1, "HL203", "warning")]),
    # another country: no FDA fact to contradict
    ("In Mexico ketamine is fully licensed as a treatment for anxiety.", [(1, "HL203", "warning")]),
    # the retreat line, then the writer's correction: no contradiction within the draft
    ("One owner was keen to stress that in Mexico the drug is fully licensed as a treatment for anxiety. In the "
     "United States ketamine is approved as an anaesthetic, and using it for anxiety is off-label.",
     [(1, "HL203", "warning")]),
    # the writer's own stress is no report; "stress" the noun reports nothing
    ("Ketamine is approved for anxiety, and we stress this.", [(1, "HL201", "error")]),
    ("I would also stress that ketamine is approved for anxiety.", [(1, "HL201", "error")]),
    ("We emphasise that ketamine is approved for anxiety.", [(1, "HL201", "error")]),
    ("Under stress that builds for months, ketamine is approved for anxiety.", [(1, "HL201", "error")]),
])
def test_insisting_reports_and_another_country_is_no_fda_fact(lint, text, expected):
    assert graded(lint(text)) == expected
