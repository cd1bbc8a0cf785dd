"""Contradictions of properties (route, form, setting, mechanism, which drug a product is):
classes of wording found on drafts written by people who never read the linter (issue 20)."""

from __future__ import annotations

import pytest

from conftest import graded

_ANSWER = ("In the United States ketamine is approved as an anaesthetic and sedative, and that is all: it is "
           "not approved for anxiety, or indeed for any psychiatric condition.\n\n")


@pytest.mark.parametrize("later", [
    "You may also hear about Spravato. That is esketamine, a nasal spray related to ketamine, which is "
    "approved for depression that has not responded to other treatment.",
    "Esketamine is a spray derived from ketamine, which is approved for treatment-resistant depression.",
    "There is also a nasal spray closely related to ketamine, which is approved for treatment-resistant depression.",
])
def test_a_relative_clause_after_a_drug_named_as_kin_is_no_approval_of_it(lint, later):
    # which of the two the clause is about is a guess: never "ketamine is approved for <X>"
    assert [g for g in graded(lint(_ANSWER + later)) if g[1] in ("HL201", "HL701")] == []


def test_a_relative_clause_after_a_drug_compared_with_still_speaks_of_it(lint):
    text = "Unlike ketamine, which is approved for depression, the new pill is not."
    assert (1, "HL201", "error") in graded(lint(text))


@pytest.mark.parametrize("sentence", [
    "Patients take Spravato at home, unsupervised.",
    "After the first month, each Spravato dose is sprayed at home, alone.",
    "Most people now use their Spravato by themselves at home.",
    "Spravato doses are self-administered at home with nobody watching.",
])
def test_a_setting_of_a_product_named_without_a_form(lint, sentence):
    assert graded(lint(f"# Spravato\n\n{sentence}\n")) == [(3, "HL703", "warning")]


@pytest.mark.parametrize("sentence", [
    "Spravato patients who live at home should arrange a lift.",  # home, nobody watching not said
    "Spravato is also available at the clinic.",
    "Never use Spravato at home alone.",
    "If Spravato were taken at home alone, nobody could watch for side effects.",
    "Spravato is also available to take at home without supervision.",  # one option: no source finding
])
def test_a_product_named_without_a_form_and_no_setting_of_it(lint, sentence):
    assert [g for g in graded(lint(f"# Spravato\n\n{sentence}\n")) if g[1].startswith("HL70")] == []


@pytest.mark.parametrize("earlier, later", [
    ("Every dose is given inside the clinic, with a nurse watching the whole time.",
     "Most members now run each dose themselves at home."),
    ("Each dose is given under supervision in a certified clinic.",
     "After the first month, doses are taken at home with nobody watching."),
])
def test_a_setting_of_doses_of_the_drug_in_discussion(lint, earlier, later):
    text = f"# Spravato\n\n{earlier}\n\n{later}\n"
    assert (5, "HL701", "warning") in graded(lint(text))


@pytest.mark.parametrize("sentence", [
    "Several members now run their IV sessions at home on their own.",
    "A prefilled infusion set can be couriered to your address so you can run each dose yourself from the sofa.",
    "Some clinics let patients run their IV treatments at home, by themselves.",
])
def test_infusions_named_by_their_route_or_their_kit(lint, sentence):
    assert graded(lint(f"# Ketamine\n\n{sentence}\n")) == [(3, "HL703", "warning")]


@pytest.mark.parametrize("text, expected", [
    # the form between the brand and the plain drug is what is said to be that drug
    ("Spravato is the brand name for esketamine.\n\nQuick glossary: the spray's generic name is esketamine, "
     "the brand on the box is Spravato, and the drip in clinics is plain ketamine.\n", []),
    ("Spravato is the brand name for esketamine.\n\nSpravato, which is simply ketamine in a spray bottle, "
     "costs more.\n", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
])
def test_which_drug_a_brand_is_said_to_be_with_a_form_between(lint, text, expected):
    assert [g for g in graded(lint(text)) if g[1].startswith("HL70")] == expected


_BLOCKS = "Ketamine blocks NMDA receptors.\n\n"


@pytest.mark.parametrize("later", [
    "It works, I now accept, by stimulating those same receptors rather than blocking them.",
    "Rather than quieting the brain, ketamine stimulates its NMDA receptors and so wakes it up.",
    "Ketamine switches NMDA receptors on instead of shutting them down.",
    "Ketamine activates NMDA receptors, as opposed to blocking them.",
])
def test_an_action_said_with_the_one_it_sets_aside(lint, later):
    found = graded(lint(_BLOCKS + later))
    assert ("HL702" in {code for _, code, _ in found}) and any(line == 3 and code == "HL701" for line, code, _ in found)


@pytest.mark.parametrize("later", [
    "Ketamine blocks NMDA receptors rather than activating them.",
    "Rather than stimulating NMDA receptors, it blocks them.",
    "Ketamine does not activate NMDA receptors.",
    "Some sites say ketamine stimulates NMDA receptors rather than blocking them, which is wrong.",
])
def test_the_action_set_aside_is_no_claim(lint, later):
    assert [g for g in graded(lint(_BLOCKS + later)) if g[1] in ("HL701", "HL702")] == []


@pytest.mark.parametrize("text, expected", [
    ("# Spravato\n\nSpravato, for its part, is a tablet the patient swallows in the clinic, so disputes about it "
     "tend to be about cost rather than route.\n", [(3, "HL703", "warning")]),
    ("# Spravato\n\nSpravato is given by injection into a muscle rather than sprayed into the nose.\n",
     [(3, "HL703", "warning")]),
    ("# Spravato\n\nSpravato is sprayed into the nose rather than injected into a muscle.\n", []),
    ("# Spravato\n\nSpravato is never swallowed, so there is no pill.\n", []),
])
def test_a_route_said_with_the_one_it_sets_aside(lint, text, expected):
    assert [g for g in graded(lint(text)) if g[1].startswith("HL70")] == expected


def test_a_form_named_only_to_compare_with_is_not_the_routes(lint):
    text = ("# Ketamine\n\nKetamine lozenges melt under the tongue.\n\n"
            "Some prescribers add ketamine lozenges, which you swallow with a glass of water like any other pill.\n")
    assert (5, "HL701", "warning") in graded(lint(text))


@pytest.mark.parametrize("later, expected", [
    # the "it" of "It is a myth that …" is that clause, not the drug in discussion: no claim at all
    ("It is a myth that patients take Spravato at home, unsupervised.", []),
    # "every dose … in the clinic" says the clinic is the only setting: home as an option clashes
    ("Once stable, patients also give themselves Spravato at home.", [(5, "HL701", "warning")]),
])
def test_a_setting_after_a_clinic_only_line(lint, later, expected):
    text = f"# Spravato\n\nEvery Spravato dose is taken in the clinic, with a nurse watching.\n\n{later}\n"
    assert [g for g in graded(lint(text)) if g[1].startswith("HL70")] == expected


@pytest.mark.parametrize("earlier, later", [
    ("You sit in a chair while a drip runs for about forty minutes.",
     "The infusion runs for a little over two hours, so bring a book."),
    ("Each session is 40 minutes.", "During the two-hour session you may listen to music."),
    ("Each infusion lasts about forty minutes.", "Sessions are more than three hours long."),
    ("A drip runs for 45 minutes.", "The infusion clocks in at two hours."),
])
def test_a_session_length_said_as_a_bound_or_with_is(lint, earlier, later):
    assert (5, "HL701", "warning") in graded(lint(f"# Ketamine\n\n{earlier}\n\n{later}\n"))


@pytest.mark.parametrize("earlier, later", [
    ("Each session is 40 minutes.", "Each session is about forty minutes, then you rest for an hour."),
    ("Each infusion lasts about forty minutes.", "The drip runs for under an hour."),
    ("Each infusion lasts about forty minutes.", "The first session is over two hours, with a long assessment."),
])
def test_session_lengths_that_agree_or_measure_another_session(lint, earlier, later):
    assert [g for g in graded(lint(f"# Ketamine\n\n{earlier}\n\n{later}\n")) if g[1] == "HL701"] == []


@pytest.mark.parametrize("sentence", [
    "Spravato is the same thing as ketamine, just pricier.",
    "Spravato is just another name for ketamine.",
    "Spravato is chemically identical to ketamine.",
    "Spravato is a rebranded ketamine product.",
])
def test_a_brand_said_to_be_its_parent_drug_in_other_words(lint, sentence):
    assert graded(lint(f"# Spravato\n\n{sentence}\n")) == [(3, "HL703", "warning")]


@pytest.mark.parametrize("sentence", [
    "Spravato is not the same as ketamine.",
    "Spravato is a form of ketamine, not the same as ketamine.",
    "Spravato works in the same way as ketamine.",
])
def test_a_brand_set_apart_from_its_parent_drug(lint, sentence):
    assert [g for g in graded(lint(f"# Spravato\n\n{sentence}\n")) if g[1].startswith("HL70")] == []


def test_a_line_named_as_the_earlier_side_of_one_kind_may_be_of_another(lint):
    # line 3 states an approval and a route: each later line contradicting one of them is reported
    text = ("# Spravato\n\nSpravato is an esketamine nasal spray, approved by the FDA for treatment-resistant "
            "depression.\n\nEsketamine is prescribed off-label for treatment-resistant depression.\n\n"
            "Spravato, for its part, is a tablet the patient swallows in the clinic.\n")
    found = graded(lint(text))
    assert (5, "HL701", "error") in found and (7, "HL701", "warning") in found


@pytest.mark.parametrize("text, expected", [
    ("# Spravato\n\nSpravato is really no different from ordinary ketamine.\n", [(3, "HL703", "warning")]),
    ("# Spravato\n\nSpravato is different from ketamine.\n", []),
    ("# Ketamine\n\nEach session lasts 40 minutes.\n\nEach session went on for roughly two and a half hours.\n",
     [(5, "HL701", "warning")]),
    ("# Ketamine\n\nKetamine is thought by some to be an NMDA agonist, but that is mistaken.\n", []),
])
def test_probe_classes(lint, text, expected):
    assert [g for g in graded(lint(text)) if g[1].startswith("HL70")] == expected
