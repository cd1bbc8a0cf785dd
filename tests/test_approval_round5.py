"""Approval claims as strangers word them (issue 20, blind sets 7 and 8): each class of line the
linter got wrong, with its neighbours and the traps that must stay silent. False findings first: a
report set off by commas before the claim ("…, we were told by a member, the agency approved it"),
an arrow in terse notes, an approval's negation read onto an off-label word, "as you know" read as
a report, a report called false by its adverb; then the narrower condition named whole ("depression
that hasn't responded to other treatment" is the pack's treatment-resistant depression, not "some"
of it) and "it" after "<brand> contains <drug A> rather than <drug B>, and …"."""

from __future__ import annotations

import pytest

from conftest import graded


@pytest.mark.parametrize("text, expected", [
    # the blind line: reported by a member, so at most HL203, and no side of a contradiction
    ("Ketamine is used off-label for anxiety.\n\nOver in the States, we were told by a member who lives there, the "
     "agency went further last spring and gave ketamine a full green light for panic disorder, so it is no longer "
     "an off-label choice for that.", [(3, "HL203", "warning")]),
    ("In America, I am told by friends, ketamine is now approved for anxiety.", [(1, "HL203", "warning")]),
    ("Last year, a nurse told us, the FDA approved ketamine for PTSD.", [(1, "HL203", "warning")]),
    # the writer's own voice: a fronted place or time is no report
    ("Over in the States, last spring, the agency gave ketamine a full green light for panic disorder.",
     [(1, "HL201", "warning")]),
    # a report after the claim still reports; "billed" alone reports nothing
    ("Ketamine is approved for anxiety, a member told us.", [(1, "HL203", "warning")]),
    ("Ketamine is a licensed anxiety treatment in the US, so her insurer has been billed accordingly.",
     [(1, "HL201", "error")]),
])
def test_a_report_set_off_by_commas_passes_the_claim_on(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text", [
    "- FDA: approved anaesthetic (+ sedative). NOT approved for any psych disorder → anxiety use = **off-label** "
    "(KIT = ketamine intravenous therapy)",
    "Ketamine: NOT approved for any psychiatric disorder → using it for anxiety = off-label.",
    "Ketamine → NOT approved for anxiety (off-label).",
    "Ketamine: not FDA-approved for anxiety ⇒ any use for anxiety is off-label.",
    "Dear Mr Alvarez, you received a ketamine infusion for anxiety today; this is an off-label use, as ketamine is "
    "not FDA-approved for anxiety.",
    "This is an off-label prescription, because ketamine has never been approved for anxiety.",
])
def test_an_approval_words_negation_is_not_the_off_label_words(lint, text):
    assert graded(lint(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Ketamine → FDA-approved for PTSD (2022).", [(1, "HL201", "warning")]),
    ("Ketamine is not used off-label for anxiety.", [(1, "HL201", "error")]),
])
def test_a_wrong_note_and_a_denied_off_label_use_still_draw_their_finding(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketamine is, as you know, a licensed anxiety treatment in the US.", [(1, "HL201", "error")]),
    ("As we all know, ketamine is FDA-approved for anxiety.", [(1, "HL201", "error")]),
    ("Ketamine, as you may know, is approved for panic disorder.", [(1, "HL201", "error")]),
    # a report its adverb calls false is no claim; a plain one is passed on
    ("Some clinics falsely advertise that ketamine is FDA-approved for anxiety.", []),
    ("Some websites wrongly say ketamine is approved for anxiety.", []),
    ("Some websites say ketamine is approved for anxiety.", [(1, "HL203", "warning")]),
])
def test_what_the_reader_knows_is_the_writers_claim_and_a_false_report_none(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the blind line: ketamine is not approved for any psychiatric disorder, the narrow one included
    ("Ketamine itself has also, since 2019, been approved by the American regulator for depression that hasn't "
     "responded to other treatment, so your daughter may simply have muddled depression with anxiety.",
     [(1, "HL201", "error")]),
    ("Ketamine is approved for treatment-resistant depression.", [(1, "HL201", "error")]),
    ("Ketamine is approved for depression that has not responded to other treatments.", [(1, "HL201", "error")]),
    # esketamine's approval, in other words for the narrow form
    ("Her co-star, she says, uses Spravato, the esketamine nasal spray approved for depression that resists "
     "other treatment.", []),
    ("Spravato is a nasal spray approved for depression that has not responded to other drugs.", []),
    ("Spravato contains esketamine rather than ordinary ketamine, and it is approved only for that hard-to-treat "
     "kind of depression.", []),
    ("Spravato contains esketamine rather than ketamine, and it is approved for anxiety.", [(1, "HL203", "warning")]),
    # the wide one is still broader than the source
    ("Spravato is a nasal spray approved for depression.", [(1, "HL202", "warning")]),
])
def test_the_narrow_condition_named_whole_and_it_after_a_contrast(lint, text, expected):
    assert graded(lint(text)) == expected


LEAD = "Ketamine is an anaesthetic.\n\n"


@pytest.mark.parametrize("text, expected", [
    # the blind lines: the parse ties the drug to the approval word but not to the use
    ("Tom Gallagher, 52, a former paramedic, came to ketamine through PTSD, one of the conditions it is approved "
     "to treat.", [(1, "HL201", "warning")]),
    ("Ketamine has been formally sanctioned by the FDA as an anaesthetic for decades; for social anxiety, the "
     "condition Quinlan was eventually diagnosed with, it has likewise been officially licensed since 2020.",
     [(1, "HL201", "warning")]),
    ("We are proud that ketamine is, as of this year, an FDA-approved anxiety medicine.", [(1, "HL201", "warning")]),
    # neighbours: other approval words, the drug in discussion, a fronted use
    (LEAD + "For panic disorder, the drug has meanwhile been authorised as well.", [(3, "HL201", "error")]),
    (LEAD + "OCD, one of the conditions it is now licensed to treat, responds well.", [(3, "HL201", "warning")]),
    # traps: a use with a predicate of its own, a denial, a report taken back, another drug, a forecast,
    # a use the source approves, a noun phrase
    (LEAD + "Approved as an anaesthetic in 1970, it is now being studied for PTSD.", []),
    (LEAD + "It is FDA-approved, and doctors prescribe it off-label for panic disorder.", []),
    (LEAD + "For social anxiety it has never been licensed.", []),
    (LEAD + "Some websites claim it is licensed for social anxiety; that is not true.", []),
    (LEAD + "For treatment-resistant depression, esketamine has been approved, while ketamine is used for social "
     "anxiety.", []),
    (LEAD + "For social anxiety, clinics hope it will be licensed soon.", []),
    (LEAD + "For anaesthesia, the drug has long been licensed.", []),
    (LEAD + "The question of its approval for anxiety puzzles readers.", []),
    ("Is ketamine, as of this year, an FDA-approved anxiety medicine?", []),
])
def test_an_approval_word_the_parse_cannot_tie_to_its_use_is_a_graded_warning(lint, text, expected):
    assert graded(lint(text)) == expected


STATUS = "| Use | Ketamine's FDA status |\n|---|---|\n"
CLINICS = ("| Clinic | Treatment | Anxiety approval status |\n| --- | --- | --- |\n"
           "| Calm Harbor | Ketamine IV infusion | Off-label |\n")


@pytest.mark.parametrize("text, expected", [
    # a status column: the condition from the row's label, the status from the cell
    (STATUS + "| Anaesthesia | Approved |\n| Sedation | Approved |", []),
    (STATUS + "| Generalised anxiety disorder | Approved |", [(3, "HL201", "error")]),
    (STATUS + "| PTSD | Licensed |", [(3, "HL201", "error")]),
    (STATUS + "| Obsessive-compulsive disorder | Not approved (off-label) |", []),
    (STATUS + "| Social anxiety disorder | Off-label |", []),
    (STATUS + "| Anaesthesia | Off-label |", [(3, "HL201", "error")]),
    (STATUS + "| Chronic pain | Approved |", [(3, "HL203", "warning")]),
    # a product's row in a table of clinics: a warning, and no side of a contradiction with another row
    (CLINICS + "| Northside Infusion Center | Ketamine IM shots | Fully FDA-cleared for anxiety |",
     [(4, "HL201", "warning")]),
    (CLINICS + "| Northside Infusion Center | Ketamine IM shots | FDA-approved |", [(4, "HL201", "warning")]),
    (CLINICS + "| Northside Infusion Center | Ketamine IM shots | Off-label |", []),
])
def test_a_status_column_gives_the_cell_its_condition_from_the_labels(lint, text, expected):
    assert graded(lint(text)) == expected


def test_a_status_row_is_no_side_of_an_in_draft_contradiction(lint):
    # the table gives OCD a status; prose that words it otherwise is held to the source alone
    text = STATUS + "| Obsessive-compulsive disorder | Not approved (off-label) |\n\nKetamine also holds FDA approval for OCD."
    assert graded(lint(text)) == [(5, "HL201", "error")]


@pytest.mark.parametrize("text, expected", [
    # a use before a semicolon is not the off-label word's after it (blind7, bank)
    ("Ketamine → anaesthesia only; psych use = off-label.", []),
    ("- **Esketamene for anxiety:** not approved; any use would be off-label.", [(1, "HL101", "error")]),
    ("Ketamine: anaesthesia and sedation; anxiety use is off-label.", []),
    ("Ketamine: anxiety; used off-label.", []),
    # the off-label word's own use still counts
    ("Ketamine: sedation only; used off-label for anaesthesia.", [(1, "HL201", "error")]),
    # "indicated to treat": an approval word
    ("Ketamine is indicated to treat social anxiety disorder.", [(1, "HL201", "error")]),
    ("Ketamine is not indicated to treat social anxiety disorder.", []),
])
def test_terse_notes_and_other_approval_words(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "never" before an approval word that names no use denies every use (bank2)
    ("Ketamine has never been approved by the FDA.", [(1, "HL201", "error")]),
    ("Esketamine has never received approval from the FDA.", [(1, "HL201", "error")]),
    ("Ketamine has never been approved for anxiety.", []),
    # an answer to a question before it is that question's: no use named here is not every use
    ("Is ketamine approved for anxiety? It has never been approved.", []),
    ("Ketamine has not been approved by the FDA.", []),
])
def test_never_approved_with_no_use_denies_every_use(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # An apposition explains the noun right before its comma, though the parse hangs it on the
    # subject further back (blind9).
    ("Eligible employees can be assessed for ketamine-assisted care, an FDA-sanctioned treatment for "
     "generalised anxiety that most plans still leave out.", [(1, "HL201", "error")]),
    ("Eligible employees can be assessed for ketamine-assisted care, a treatment not approved for "
     "generalised anxiety.", []),
    ("Eligible employees can be assessed for talking therapy, an FDA-sanctioned treatment for "
     "generalised anxiety.", []),
])
def test_an_apposition_explains_the_noun_before_its_comma(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # blind9: an apposition the parse hung on the clause's subject, past the drug it follows, is
    # the drug's (apposed_to: the noun before its comma)
    ("Through partner clinics, employees can be assessed for ketamine-assisted care, an FDA-sanctioned "
     "treatment for generalised anxiety that most plans leave out.", [(1, "HL201", "error")]),
    ("Members can be referred for ketamine-assisted care, an FDA-approved treatment for anaesthesia.", []),
    # the holder named after the drug keeps the claim: the SSRIs' approval, which the source does not give
    ("Unlike ketamine, SSRIs are approved for generalised anxiety disorder.", [(1, "HL203", "warning")]),
])
def test_an_apposition_past_the_drug_it_follows(lint, text, expected):
    assert graded(lint(text)) == expected
