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


@pytest.mark.parametrize("text, expected", [
    # "depression that hasn't shifted with other treatment" is the pack's narrower condition
    ("Spravato is the brand name for esketamine, a nasal spray.\nIt's approved for depression that hasn't shifted "
     "with other treatment, not for anxiety on its own.", []),
    ("Esketamine is approved for depression that has not lifted with other medicines.", []),
    ("Ketamine is approved for depression that hasn't budged with other treatment.", [(1, "HL201", "error")]),
    # neighbours: the whole condition is broader
    ("Esketamine is approved for depression.", [(1, "HL202", "warning")]),
    ("Esketamine is approved for depression that has shifted a little.", [(1, "HL202", "warning")]),
])
def test_a_condition_other_treatment_did_not_shift_is_the_narrower_one(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # not understanding a drug's effects on the brain denies none of them
    ("Researchers still do not fully understand ketamine and it's effects on the brain, though blocking NMDA "
     "receptors is thought to play a part.", [(1, "HL102", "warning")]),
    ("Researchers do not fully understand ketamine's effects on the brain.", []),
    ("Nobody can explain the effects on memory yet.", []),
    # neighbours: having no effect on a domain denies its listed effects
    ("Ketamine does not have any effect on your memory.", [(1, "HL402", "warning")]),
    ("Ketamine has no effect on memory.", [(1, "HL402", "warning")]),
    ("Ketamine does not affect your memory.", [(1, "HL402", "warning")]),
])
def test_a_negated_verb_of_knowing_denies_no_effect(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a span of relief someone "gets" is no effect
    ("After a weekly ketamine infusion most of us get a good few days, sometimes close to a week, before things "
     "creep back.", []),
    ("After a ketamine infusion most people get a couple of calm weeks.", []),
    # neighbours: what people get that is an effect
    ("After a ketamine infusion most people get headaches.", [(1, "HL401", "warning")]),
    ("After a ketamine infusion some people get a few rough hours of nausea.", [(1, "HL401", "warning")]),
])
def test_a_time_span_is_no_side_effect(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a reporting aside between commas reports, whatever the parse makes of "promises"
    ("The brochures are less careful: a single retreat infusion, one marketing sheet promises, keeps anxiety at "
     "bay for about a month.", [(1, "HL301", "warning")]),
    ("A single ketamine infusion, the brochure claims, keeps anxiety away for a month.", [(1, "HL301", "warning")]),
    # neighbours: the writer's own aside, and an appositive that reports nothing
    ("A single ketamine infusion, as we have said, keeps anxiety away for a month.", [(1, "HL301", "error")]),
    ("Ketamine, an anaesthetic and sedative, is approved for anxiety.", [(1, "HL201", "error")]),
])
def test_a_reporting_aside_between_commas_reports(lint, text, expected):
    assert graded(lint(text)) == expected


_WEEKLY = ("The 2017 evaluation of weekly treatments in generalized and social anxiety disorder found that reduced "
           "anxiety lasted up to seven days after each treatment.\n\n")


@pytest.mark.parametrize("text, expected", [
    # two source studies, each with its own year: no contradiction within the draft
    (_WEEKLY + "The research on phobias dates from 2021, and it found only that ketamine injections may help with "
     "agoraphobia, social phobia and blood-injury phobia.", []),
    ('**"Proven for phobias since 2019."** The research on phobias dates from 2021, and it found only that ketamine '
     "injections may help.\n\n" + _WEEKLY, []),
    # neighbour: the same study given a second year is still wrong, and says the draft's first year
    # again another way (HL701, as the rule's doc has it)
    (_WEEKLY + "The evaluation dates from 2019.", [(3, "HL501", "error"), (3, "HL701", "error")]),
])
def test_two_source_studies_with_their_own_years_do_not_clash(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a titled speaker's overclaim is passed on (a warning) unless the next speaker takes it back
    ("**MR DOYLE (resident):** My nephew had ketamine in Denver and it cured him, full stop.\n\n"
     "**DR NAIR:** I'd gently push back on \"cured\". Some people improve a great deal.\n", []),
    ("**MR DOYLE (resident):** My nephew had ketamine in Denver and it cured him, full stop.\n\n"
     "**DR NAIR:** Some people improve a great deal.\n", [(1, "HL601", "warning")]),
    # neighbour: the writer's own paragraph after a speaker's is no answer to it
    ("**MR DOYLE (resident):** My nephew had ketamine in Denver and it cured him, full stop.\n\n"
     "That is not true.\n", [(1, "HL601", "warning")]),
])
def test_the_next_speaker_can_take_a_turn_back(lint, text, expected):
    assert graded(lint(text)) == expected
