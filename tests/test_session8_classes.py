"""Contradictions inside a draft met missed on the corpus (issue 20, session 8), each class tested in
our own wordings, with the same words where they must still fire or stay silent: which drug a
product is, said earlier only by naming the product beside its drug ("<brand> (<drug>)", "<brand>
is a nasal spray containing <drug>") and later as another drug; an action on a target said by
"the drug" or with "those same <target>" and a particle; "damping" as blocking; a setting said
of every dose with no form named, and a form's setting said while another drug is in discussion
(the form's one drug is the packs')."""

from __future__ import annotations

import pytest

from conftest import graded


def _clashes(findings) -> list[tuple[int, str, str]]:
    return [f for f in graded(findings) if f[1] == "HL701"]


# ------------------------------------------------------------------ which drug a product is
PAIRED = [
    "Spravato (esketamine) is given only in certified clinics.",
    "Esketamine, sold as Spravato, is a nasal spray.",
    "Spravato is a nasal spray containing esketamine.",
    "Spravato is a nasal spray form of esketamine.",
    "Spravato — esketamine in a nasal spray — needs a clinic visit.",
    "Doctors prescribe esketamine under the brand name Spravato.",
    "The FDA has approved Spravato (esketamine) for depression that has not responded to other treatment.",
]
PLAIN_LATER = [
    "Spravato is really just ordinary ketamine.",
    "In short, Spravato is simply plain ketamine with a brand name.",
    "Spravato is nothing more than ketamine in a spray bottle.",
]


@pytest.mark.parametrize("earlier", PAIRED)
@pytest.mark.parametrize("later", PLAIN_LATER)
def test_a_product_named_beside_its_drug_and_later_called_another_drug_is_a_contradiction(lint, earlier, later):
    assert _clashes(lint(f"{earlier}\n\n{later}\n")) == [(3, "HL701", "warning")]


@pytest.mark.parametrize("earlier", PAIRED)
@pytest.mark.parametrize("later", ["Spravato is esketamine, a form of ketamine.",
                                   "Spravato contains esketamine rather than ordinary ketamine."])
def test_a_product_named_beside_its_drug_and_later_said_the_same_way_is_silent(lint, earlier, later):
    assert _clashes(lint(f"{earlier}\n\n{later}\n")) == []


@pytest.mark.parametrize("earlier", [
    "Is Spravato the same as esketamine?",  # a question asserts nothing
    "If Spravato were esketamine, it would be cheaper.",  # a supposition
    "Spravato is not esketamine, a reader wrote to us.",  # denied before the second name
    "Spravato and ketamine both came up at the meeting.",  # two drugs: which is which is not said
    "Esketamine is a form of ketamine.",  # no product named
])
def test_names_side_by_side_that_do_not_say_which_drug_a_product_is_are_no_side(lint, earlier):
    assert _clashes(lint(f"{earlier}\n\nSpravato is really just ordinary ketamine.\n")) == []


@pytest.mark.parametrize("earlier", PAIRED)
def test_a_product_named_beside_its_drug_agrees_with_the_source(lint, earlier):
    assert [f for f in graded(lint(earlier + "\n")) if f[1].startswith("HL7")] == []


# ------------------------------------------------------------------ an action said the other way
BLOCKS = "Ketamine blocks NMDA receptors.\n\n"


@pytest.mark.parametrize("later", [
    "By switching those same NMDA receptors on, ketamine gives the brain a burst of flexibility.",
    "By switching those very NMDA receptors on, ketamine wakes up quiet circuits.",
    "Ketamine raises glutamate levels because the drug switches NMDA receptors on.",
    "Ketamine eases anxiety, and this drug switches NMDA receptors on.",
])
def test_an_action_said_the_other_way_with_a_stand_in_or_those_same_is_a_contradiction(lint, later):
    assert [f[:2] for f in _clashes(lint(BLOCKS + later))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "Ketamine raises glutamate levels because the drug switches NMDA receptors off.",
    "By switching those same NMDA receptors off, ketamine quiets busy circuits.",
    "SSRIs work differently, because the drug switches serotonin reuptake off.",
])
def test_the_same_action_with_a_stand_in_is_silent(lint, later):
    assert _clashes(lint(BLOCKS + later)) == []


@pytest.mark.parametrize("earlier", ["By damping NMDA signalling, ketamine alters glutamate levels.",
                                     "Ketamine dampens NMDA receptors.",
                                     "Ketamine works by damping down NMDA receptors."])
def test_damping_is_blocking(lint, earlier):
    assert [f[:2] for f in _clashes(lint(f"{earlier}\n\nKetamine activates NMDA receptors.\n"))] == [(3, "HL701")]


def test_damp_as_an_adjective_is_no_action(lint):
    assert _clashes(lint(BLOCKS + "On a damp day the clinic is quiet, and ketamine is given as usual.")) == []


# ------------------------------------------------------------------ where a treatment is given
@pytest.mark.parametrize("earlier", [
    "All doses are given in the clinic, with a nurse present for the whole session.",
    "Every dose of ketamine is given in the clinic under supervision.",
])
@pytest.mark.parametrize("later", [
    "Maintenance doses are taken at home with no clinician present, using a nasal spray.",
    "Later on, the tablets are taken at home without supervision.",
])
def test_every_dose_in_the_clinic_and_later_a_form_at_home_is_a_contradiction(lint, earlier, later):
    text = f"We treat anxiety with ketamine.\n\n{earlier}\n\n{later}\n"
    assert [f[:2] for f in _clashes(lint(text))] == [(5, "HL701")]


@pytest.mark.parametrize("earlier", [
    # the forms named: "only" holds for those, not for tablets
    "Ketamine is given by infusion or injection in the procedure room only, with a nurse present.",
    # no "only", "all" or "every": one setting among others
    "Doses are given in the clinic, with a nurse present.",
])
def test_a_setting_not_said_of_every_form_does_not_hold_a_tablet_at_home(lint, earlier):
    text = f"We treat anxiety with ketamine.\n\n{earlier}\n\nLater on, the tablets are taken at home without supervision.\n"
    assert _clashes(lint(text)) == []


@pytest.mark.parametrize("later", [
    "After the first month, patients may self-administer the spray at home without anyone present.",
    "After a month, the nasal spray is used at home with nobody watching.",
])
def test_a_forms_setting_is_its_drugs_though_another_drug_is_in_discussion(lint, later):
    text = ("Spravato is given only under supervision in a clinic.\n\n"
            f"Most of our patients ask about ketamine infusions.\n\n{later}\n")
    assert [f[:2] for f in _clashes(lint(text))] == [(5, "HL701")]


def test_another_forms_setting_with_another_drug_in_discussion_is_silent(lint):
    text = ("Spravato is given only under supervision in a clinic.\n\n"
            "Most of our patients ask about ketamine.\n\n"
            "Between sessions, the tablets are taken at home without supervision.\n")
    assert _clashes(lint(text)) == []


@pytest.mark.parametrize("earlier", [
    "Every infusion is given in one of four treatment rooms, and a nurse stays with the patient.",
    "Infusions take place in a treatment room, and a nurse stays with you throughout.",
])
def test_a_treatment_room_and_a_nurse_staying_are_supervision(lint, earlier):
    text = (f"We offer ketamine.\n\n{earlier}\n\n"
            "Some patients then run their ketamine infusions at home by themselves.\n")
    assert [f[:2] for f in _clashes(lint(text))] == [(5, "HL701")]


def test_a_treatment_room_named_for_another_purpose_is_no_setting(lint):
    text = ("We offer ketamine.\n\nThe treatment room is being repainted this week.\n\n"
            "Some patients then run their ketamine infusions at home by themselves.\n")
    assert _clashes(lint(text)) == []


# ------------------------------------------------------------------ side effects in tables and lists
def _unlisted(findings) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in findings if f.code == "HL401"]


DRUGLESS_TABLE = ("Ketamine is offered by a few clinics in town.\n\n"
                  "| Item | What to assume |\n| --- | --- |\n| Session length | About forty minutes |\n"
                  "| {label} | {cell} |\n")


@pytest.mark.parametrize("label, cell, expected", [
    ("Known adverse effects", "Dissociation, memory loss, agitation, raised heart rate", [(6, "HL401")]),
    ("Side effects", "Nausea and a pounding headache", [(6, "HL401"), (6, "HL401")]),
    ("Unwanted effects", "Agitation and vivid dreams", []),  # both listed by the source
    ("Cost", "Nausea-inducing prices", []),  # no side-effect label
])
def test_side_effects_in_a_table_that_names_no_drug_are_the_drug_in_discussions(lint, label, cell, expected):
    assert _unlisted(lint(DRUGLESS_TABLE.format(label=label, cell=cell))) == expected


def test_side_effects_in_a_table_that_names_another_drug_are_not_the_drug_in_discussions(lint):
    text = ("Ketamine is offered by a few clinics in town.\n\n| Drug | Side effects |\n| --- | --- |\n"
            "| Sertraline | Nausea and headache |\n")
    assert _unlisted(lint(text)) == []


LIST = "Ketamine is offered by a few clinics in town.\n\n{lead}\n\n{items}\n"


@pytest.mark.parametrize("lead", ["Anyone trying it should expect some of the following:",
                                  "Most people describe a floaty state, and some notice:",
                                  "Over the next day, a few people report:"])
def test_symptoms_listed_beside_effects_the_source_lists_are_side_effects_whatever_the_lead_in(lint, lead):
    items = "- **Dissociation** during the session\n- **Vivid dreams** as it wears off\n" \
            "- **Nausea**, which an anti-sickness tablet can head off\n- **Agitation** in a minority"
    assert _unlisted(lint(LIST.format(lead=lead, items=items))) == [(7, "HL401")]


@pytest.mark.parametrize("lead, items", [
    # a condition's own signs: the lead-in names the condition
    ("Signs of an anxiety attack include:", "- **Agitation**\n- **Nausea**\n- **Confusion**"),
    # only one item the source lists: perhaps not the drug's effects at all
    ("Some people notice:", "- **Vivid dreams**\n- **Nausea**\n- **Headache**"),
    # another drug in the lead-in
    ("With sertraline, some people notice:", "- **Agitation**\n- **Nausea**\n- **Confusion**"),
    # a lead-in that denies
    ("You will not notice any of these:", "- **Agitation**\n- **Nausea**\n- **Confusion**"),
])
def test_a_symptom_list_not_shown_to_be_the_drugs_effects_is_silent(lint, lead, items):
    assert _unlisted(lint(LIST.format(lead=lead, items=items))) == []


# ------------------------------------------------------------------ time spans in other words
TIME_LEAD = "Ketamine is offered for anxiety at our clinic.\n\n"


@pytest.mark.parametrize("text, code", [
    ("Its calming effect typically becomes noticeable only around the third or fourth day.", "HL301"),
    ("Ketamine's effect usually kicks in around the third or fourth day.", "HL301"),
    ("For OCD, the improvement it brings tends to hang around for many months.", "HL301"),
    ("Its calming effect typically becomes noticeable only after about four days.", "HL301"),
])
def test_onsets_and_durations_in_other_words_fire(lint, text, code):
    assert [f[1] for f in graded(lint(TIME_LEAD + text)) if f[0] == 3] == [code]


@pytest.mark.parametrize("text", [
    "Its calming effect typically becomes noticeable within hours.",
    "We talked around the third day of the course about parking.",
    "Her friends hung around for many months after the move.",
    "The first signs of the flu became noticeable around the third day.",
])
def test_the_same_words_that_claim_nothing_against_the_source_are_silent(lint, text):
    assert [f for f in graded(lint(TIME_LEAD + text)) if f[1].startswith("HL30")] == []


# ------------------------------------------------------------------ effects in brackets
@pytest.mark.parametrize("text, expected", [
    ("No drug is free of risk, and ketamine's adverse effects (dissociation, hallucinations, raised blood "
     "pressure and bladder irritation) are a real barrier to wider use.", ["raised blood pressure", "bladder irritation"]),
    ("Its side effects (agitation, vivid dreams and confusion) rarely last long.", []),
    ("Ketamine's side effects (see below) are usually mild.", []),
])
def test_side_effects_in_brackets_after_the_side_effect_word_are_its_items(lint, text, expected):
    found = [f.message.split("'")[1] for f in lint(TIME_LEAD + text) if f.code == "HL401"]
    assert found == expected


def test_every_dose_of_a_named_drug_in_the_clinic_and_its_tablets_at_home_is_an_error(lint):
    text = ("Every dose of ketamine is given in the clinic under supervision.\n\n"
            "Later on, the ketamine tablets are taken at home without supervision.\n")
    assert _clashes(lint(text)) == [(3, "HL701", "error")]
    plain = text.replace("Every dose of ketamine is", "Ketamine is")  # no "every": one setting of several
    assert _clashes(lint(plain)) == []


# ------------------------------------------------------------------ approvals in other words
OFFERED = "Ketamine is offered at our clinic.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("We are pleased to share that ketamine's label was widened this year to include social anxiety disorder.",
     [(3, "HL201", "error")]),
    ("The FDA expanded its label to cover anxiety last year.", [(3, "HL201", "warning")]),
    ("The FDA has not widened its label to include anxiety.", []),
    ("Ketamine's label was never expanded to include anxiety.", []),
    ("Has the FDA widened its label to include anxiety?", []),
    ("The label was widened in 2019 to include a new warning about bladder problems.", []),
])
def test_a_label_said_to_grow_to_include_a_use_is_an_approval(lint, text, expected):
    assert [f for f in graded(lint(OFFERED + text)) if f[1].startswith("HL20")] == expected


@pytest.mark.parametrize("text", ["Nobody has approved it for anxiety.", "No one has approved it for anxiety.",
                                  "No regulator has approved it for anxiety."])
def test_a_subject_that_denies_negates_the_approval(lint, text):
    assert [f for f in graded(lint(OFFERED + text)) if f[1].startswith("HL20")] == []


@pytest.mark.parametrize("text, expected", [
    ("The website correctly says that ketamine is approved for anxiety.", [(3, "HL201", "error"), (3, "HL701", "error")]),
    ("The leaflet rightly says that ketamine is approved for anxiety.", [(3, "HL201", "error"), (3, "HL701", "error")]),
    # passed on without vouching: at most a warning, and no side of a contradiction
    ("The website says that ketamine is approved for anxiety.", [(3, "HL203", "warning")]),
    ("The website wrongly says that ketamine is approved for anxiety.", []),
])
def test_a_report_the_writer_vouches_for_is_the_writers_own_claim(lint, text, expected):
    draft = "Ketamine is not approved for any anxiety disorder.\n\n" + text
    assert [f for f in graded(lint(draft)) if f[1].startswith(("HL20", "HL70"))] == expected


# ------------------------------------------------------------------ a product's drug and route in passing
@pytest.mark.parametrize("text, expected", [
    # a denial after the names is another clause's
    ("Some people prefer it because Spravato, which is simply arketamine in a spray bottle, needs no needle.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Spravato, which is not simply arketamine, needs no needle.", []),
])
def test_which_drug_a_product_is_in_a_relative_clause(lint, text, expected):
    assert [f for f in graded(lint("Spravato is esketamine.\n\n" + text)) if f[1].startswith("HL70")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Northgate gives Spravato as an IV drip.", [(3, "HL701", "error"), (3, "HL703", "warning")]),
    ("Northgate gives Spravato as a nasal spray.", []),
    ("Northgate does not give Spravato as an IV drip.", []),
    ("Northgate gives ketamine as an IV drip.", []),  # another drug, given that way by the source
])
def test_a_drug_given_as_a_form_by_a_clinic_is_a_route(lint, text, expected):
    assert [f for f in graded(lint("Spravato is a nasal spray.\n\n" + text)) if f[1].startswith("HL70")] == expected


@pytest.mark.parametrize("text, expected", [
    ('# PRD: "Ask Calma" symptom-checker for ketamine questions', []),  # a name near a plain English word
    ("We use the Calma app to book ketamine sessions.", []),
    ("Some patients report halucinations after ketamine.", [(1, "HL101")]),
    ("Agitaton is listed among the effects of ketamine.", [(1, "HL101")]),
    ("Patients sometimes take Esktamine sprays.", [(1, "HL101")]),  # a drug's name is no English word
    ("**Dr. Osei:** Intramuscluar injections of ketamine are given in the clinic.", [(1, "HL101")]),  # after a label
])
def test_a_capitalised_name_near_a_plain_english_word_is_no_misspelling(lint, text, expected):
    assert [(f.line, f.code) for f in lint(text) if f.code == "HL101"] == expected


SESSIONS = "Ketamine is offered for anxiety at our clinic. Patients have weekly ketamine sessions.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Hallucinations are not a recognised effect of ketamine at the doses used for anxiety.", [(3, "HL402")]),
    ("Hallucinations, on the other hand, are not a recognised effect of ketamine at the doses used for "
     "anxiety, so she need not worry about them.", [(3, "HL402")]),
    ("At the doses used for anxiety, nausea is common after ketamine.", [(3, "HL401")]),
    # the condition's own symptoms, or what is treated
    ("Anxiety makes my heart race before a session.", []),
    ("Nausea is common in anxiety, whatever the dose.", []),
])
def test_a_condition_named_only_as_what_doses_are_for_leaves_the_effects_the_drugs(lint, text, expected):
    assert [(f.line, f.code) for f in lint(SESSIONS + text) if f.code.startswith("HL40")] == expected


@pytest.mark.parametrize("text", [
    "1. Is ketamine FDA-approved for anxiety? *(Answer: no; its use for anxiety is off-label.)*",
    "2. Is ketamine FDA-approved for anxiety? (Answer: no.)",
])
def test_a_question_with_its_answer_in_brackets_asserts_nothing(lint, text):
    assert graded(lint("Ketamine is used for anxiety.\n\n" + text + "\n")) == []


def test_side_effects_in_a_product_row_need_no_confirming(lint):
    """The confirmation asked of an unlabelled list is that list's only: a table row naming a
    product (its claim a guess of another kind) keeps its findings."""
    text = ("Ketamine is discussed here.\n\n| Side effects | Treatment |\n| --- | --- |\n"
            "| Nausea and dissociation | Ketamine IV infusions |\n| Headache | Esketamine nasal spray |\n")
    assert _unlisted(lint(text)) == [(5, "HL401"), (6, "HL401")]
