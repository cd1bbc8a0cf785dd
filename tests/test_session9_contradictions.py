"""Contradictions inside a draft said in other words, missed on the blind sets (issue 20, session
9), each class tested in our own wordings, with traps that must stay silent: a condition inside a
preposition's clause ("split on whether …") supposes nothing of the clause it hangs from; an
action on a target passed on the source's way ("researchers believe <drug> blocks <target>") is
an earlier side against the writer's own later claim of the other action; a product said to be a
drug in a form the packs give that drug and not the product's ("<brand> is only the trade name for
the <drug> drip") is another product, as "ordinary <drug>" is; a route said of a drug by a name
that says its form ("<drug> intravenous therapy", its initials) is said of that form; home said
beside a reason clause with a negation ("…, so they need no leave") or by its furniture ("from
your own couch") is still said, and a setting said of a drug with no form named holds no form
the packs do not give it in; "they" or "them" for the one form named just before ("tablets for
home. They go under the tongue") is that form; a route said of a drug as the provider pointed back
to ("that partner clinic") gives it, said before another way, is a clash though the drug is given
several ways; taking a drug right before where one stays ("use it in your hotel room"), after a
condition closed by a comma, is a setting with nobody watching; a clinic denied after home ("…, no
clinic visit needed") says home again; a study's drug named by its part ("the study drug is <drug>",
"the study drug, <drug>, …") said to be two drugs is a clash."""

from __future__ import annotations

import pytest

from conftest import graded


def _clashes(findings) -> list[tuple[int, str, str]]:
    return [f for f in graded(findings) if f[1] == "HL701"]


# ------------------------------------------------------------------ a condition in a preposition's clause
SPRAY = "Spravato is the esketamine nasal spray.\n\n"


@pytest.mark.parametrize("later", [
    "Oddly, Eastbrook gives Spravato as an IV drip, and staff are unsure about whether patients prefer it.",
    "The Riverside clinic gives Spravato as an intravenous drip, and opinions differ on whether that helps.",
    "Spravato is given into a vein at Riverside, and nurses argue over whether it is kinder.",
])
def test_a_route_beside_a_question_of_whether_is_still_said(lint, later):
    assert [f[:2] for f in _clashes(lint(SPRAY + later + "\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "Staff were split on whether Spravato could be given as an IV drip.",  # the route is what is in doubt
    "Whether Spravato is ever given as an IV drip, we could not find out.",
    "Is Spravato ever given as an IV drip?",
    "Eastbrook gives ketamine as an IV drip, and staff are unsure about whether patients prefer it.",  # another drug
    "Eastbrook gives Spravato as a nasal spray, and staff are unsure about whether patients prefer it.",  # the same way
])
def test_a_route_in_doubt_or_of_another_drug_is_silent(lint, later):
    assert _clashes(lint(SPRAY + later + "\n")) == []


# ------------------------------------------------------------------ an action passed on the source's way
PASSED_ON = [
    "Researchers believe ketamine blocks NMDA receptors.",
    "Scientists think that ketamine blocks the NMDA receptor in the brain.",
    "Most pharmacologists believe the drug blocks NMDA receptors.",
]
OWN_OTHER_WAY = [
    "In fact, ketamine switches NMDA receptors on.",
    "It works by switching NMDA receptors on rather than damping them.",
    "Put simply, ketamine activates the NMDA receptor.",
]


@pytest.mark.parametrize("earlier", PASSED_ON)
@pytest.mark.parametrize("later", OWN_OTHER_WAY)
def test_an_action_passed_on_and_later_said_the_other_way_is_a_contradiction(lint, earlier, later):
    text = f"Ketamine is an anaesthetic.\n\n{earlier}\n\n{later}\n"
    assert _clashes(lint(text)) == [(5, "HL701", "warning")]


@pytest.mark.parametrize("earlier, later", [
    # the later one passed on too: neither is the writer's own
    ("Researchers believe ketamine blocks NMDA receptors.", "Some chemists think ketamine activates NMDA receptors."),
    # passed on the other way from the source: no side
    ("Researchers believe ketamine activates NMDA receptors.", "In fact, ketamine blocks NMDA receptors."),
    # a report after the writer's own claim may correct it
    ("Ketamine switches NMDA receptors on.", "Scientists think it blocks them, though."),
    ("Do scientists think ketamine blocks NMDA receptors?", "In fact, ketamine switches NMDA receptors on."),
    ('A leaflet says "ketamine blocks NMDA receptors".', "In fact, ketamine switches NMDA receptors on."),
    ("Researchers believe ketamine blocks NMDA receptors.", "In fact, ketamine blocks NMDA receptors."),
])
def test_an_action_passed_on_that_is_no_earlier_side_is_silent(lint, earlier, later):
    text = f"Ketamine is an anaesthetic.\n\n{earlier}\n\n{later}\n"
    assert _clashes(lint(text)) == []


# ------------------------------------------------------------------ a product said to be a drug in another form
def _forms(findings) -> list[tuple[int, str]]:
    return [f[:2] for f in graded(findings) if f[1] in ("HL701", "HL703")]


PRODUCT = "Spravato is the esketamine nasal spray, used in certified clinics.\n\n"


@pytest.mark.parametrize("later", [
    "Spravato is only the trade name for the ketamine drip.",
    "In practice, Spravato is the ketamine infusion under another name.",
    "Spravato, to be clear, is a ketamine IV infusion.",
    "Spravato is really the brand name of the ketamine shots.",
    "It turns out that Spravato is the ketamine drip sold under a brand.",
])
def test_a_product_said_to_be_its_drugs_parent_in_another_form_is_a_contradiction(lint, later):
    assert _forms(lint(PRODUCT + later + "\n")) == [(3, "HL701"), (3, "HL703")]


@pytest.mark.parametrize("later", [
    "Spravato is not the ketamine drip.",  # denied
    "Is Spravato the ketamine drip?",  # asked
    'A caller insisted that "Spravato is the ketamine drip".',  # quoted
    "Spravato is a form of ketamine.",  # what it is a form of
    "Spravato is an esketamine nasal spray.",  # said again the same way
    "Ketalar is the brand name for the ketamine drip.",  # another product
    "Spravato is a ketamine nasal spray.",  # a form the parent drug has no pack form in
])
def test_a_product_said_to_be_a_drug_in_no_other_form_of_its_own_is_silent(lint, later):
    assert _forms(lint(PRODUCT + later + "\n")) == []


# ------------------------------------------------------------------ a name that says its form
NAMED_FORM = [
    "Ketamine intravenous therapy (KIT) is given into a vein at the clinic.",
    "At most clinics KIT runs through a drip into a vein.",
]


@pytest.mark.parametrize("earlier", NAMED_FORM)
@pytest.mark.parametrize("later", [
    "KIT is given as an intramuscular jab.",
    "These days, KIT is injected into the thigh muscle.",
    "KIT, in our experience, is given intramuscularly.",
    "Ketamine intravenous therapy goes into the upper arm muscle.",
])
def test_a_route_said_of_a_name_that_says_another_route_is_a_contradiction(lint, earlier, later):
    assert [f[:2] for f in _clashes(lint(f"{earlier}\n\n{later}\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "KIT is given into a vein.",  # the same way
    "Ketamine is given as an intramuscular jab.",  # the drug, given several ways, not the named form
    "Is KIT ever given as an intramuscular jab?",
    "KIT is never given as an intramuscular jab.",
    "Esketamine is sprayed into the nose.",  # another drug
    "If KIT were given intramuscularly, it would need no drip.",
])
def test_a_route_said_of_a_name_that_says_its_form_some_other_way_is_silent(lint, later):
    assert _clashes(lint(f"{NAMED_FORM[0]}\n\n{later}\n")) == []


# ------------------------------------------------------------------ a setting beside a reason clause
ONLY_CLINIC = "Every form, the tablets included, has to be taken at the clinic with staff supervising."


@pytest.mark.parametrize("earlier", [
    "The sublingual tablets are taken at home, so nobody needs a day off for them.",
    "Ketamine tablets are used at home, since they need no drip.",
    "Because the tablets are taken at home, patients do not need time off.",
    "The lozenges (the tablets that melt under the tongue) are taken at home, so no leave is needed.",
])
def test_home_said_beside_a_reason_clause_with_a_negation_is_still_said(lint, earlier):
    text = f"We cover ketamine treatment.\n\n{earlier}\n\n{ONLY_CLINIC}\n"
    assert [f[:2] for f in _clashes(lint(text))] == [(5, "HL701")]


@pytest.mark.parametrize("earlier", [
    "The tablets are not taken at home, so nobody worries about them.",  # denied
    "Ketamine tablets are never taken at home, so there is no risk.",
    "The nasal spray is used at home, so patients need no leave.",  # another form
    'A rumour says "the tablets are taken at home", so ask us.',  # quoted
])
def test_home_denied_or_of_another_form_beside_a_reason_clause_is_silent(lint, earlier):
    text = f"We cover ketamine treatment.\n\n{earlier}\n\n{ONLY_CLINIC}\n"
    assert _clashes(lint(text)) == []


SPRAY_WATCHED = "Esketamine spray sessions take place under observation.\n\n"
TABLETS_HOME = "Sublingual tablets, which dissolve under the tongue, are taken at home, so they need no leave.\n\n"


def test_a_setting_said_of_a_drug_with_no_form_named_holds_no_form_it_does_not_come_in(lint):
    assert _clashes(lint(SPRAY_WATCHED + TABLETS_HOME)) == []
    assert [f[:2] for f in _clashes(lint(SPRAY_WATCHED + TABLETS_HOME + ONLY_CLINIC + "\n"))] == [(5, "HL701")]


# ------------------------------------------------------------------ home said by its furniture
CLINIC_DRIP = "IV infusions of ketamine are given in a clinic, with staff watching the whole time.\n\n"


@pytest.mark.parametrize("later", [
    "Now the IV drip can be done from your own couch.",
    "Because the drip can now be run from your own sofa, the trip is not needed.",
    "These days, the infusion is given from your own bed.",
])
def test_an_infusion_at_home_said_by_its_furniture_is_a_contradiction(lint, later):
    assert [f[:2] for f in _clashes(lint(CLINIC_DRIP + later + "\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "The IV drip can also be done from your own couch.",  # one option, against no only-setting
    "The IV drip can never be done from your own couch.",
    "Can the IV drip be done from your own couch?",
    "The tablets can be taken from your own couch.",  # another form
    "After the drip you can rest from your own couch.",  # when, not where it is given
])
def test_furniture_beside_an_infusion_that_does_not_move_it_home_is_silent(lint, later):
    assert _clashes(lint(CLINIC_DRIP + later + "\n")) == []


# ------------------------------------------------------------------ a pronoun for the form named just before
@pytest.mark.parametrize("earlier", [
    "Our clinic prescribes tablets for home use. They melt under the tongue.",
    "The tablets are for home. Patients let them dissolve under the tongue.",
])
@pytest.mark.parametrize("later", [
    "If you get the tablets, you simply swallow them with water, ideally at night.",
    "The tablets? You swallow them like any other pill.",
    "With the tablets, patients swallow them whole, usually after dinner.",
])
def test_a_route_said_of_they_for_a_form_named_just_before_is_a_contradiction(lint, earlier, later):
    assert [f[:2] for f in _clashes(lint(f"{earlier}\n\n{later}\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("earlier, later", [
    # two forms named before: "they" may be either
    ("Clinics prescribe tablets and infusions. They go under the tongue.", "You swallow the tablets with water."),
    ("Our clinic prescribes tablets for home use. They melt under the tongue.", "You never swallow them, though."),
    ("Our clinic prescribes tablets for home use. They melt under the tongue.", "Do you swallow them?"),
    ("Our clinic prescribes tablets for home use. They melt under the tongue.", "The tablets melt under the tongue too."),
    # the form named in another paragraph: "they" there may be people
    ("Our clinic prescribes tablets for home use.\n\nThe staff are kind. They swallow nothing.",
     "The tablets go under the tongue."),
])
def test_they_with_no_one_form_just_before_or_no_other_route_is_silent(lint, earlier, later):
    assert _clashes(lint(f"{earlier}\n\n{later}\n")) == []


# ------------------------------------------------------------------ one provider's route said twice
PROVIDER = "The Harbour Street clinic gives ketamine by IV drip.\n\n"


@pytest.mark.parametrize("later", [
    "That same clinic now gives ketamine as a shot into the thigh.",
    "Because that Harbour Street clinic gives its ketamine intramuscularly, bring a friend.",
    "At that clinic, ketamine goes into a muscle rather than a vein.",
])
def test_a_route_of_the_provider_pointed_back_to_said_another_way_is_a_contradiction(lint, later):
    assert [f[:2] for f in _clashes(lint(PROVIDER + later + "\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "Another clinic gives ketamine as a shot into the thigh.",  # another provider
    "That hospital gives ketamine as a shot into the thigh.",
    "Ketamine can also be given as a shot into the thigh.",  # no provider
    "That clinic never gives ketamine as a shot into the thigh.",
    "Does that clinic give ketamine as a shot into the thigh?",
    "That clinic also gives esketamine as a nasal spray.",  # another drug
    "That clinic gives ketamine into a vein, as we said.",  # the same way
    "We chose it so that the clinic could give ketamine into the thigh.",
])
def test_a_route_of_another_provider_or_not_said_is_silent(lint, later):
    assert _clashes(lint(PROVIDER + later + "\n")) == []


# ------------------------------------------------------------------ taking it where one stays, after a closed condition
WATCHED = "Spravato is only ever used under supervision in a clinic.\n\n"


@pytest.mark.parametrize("later", [
    "If you travel for work, pack Spravato so that you can use it in your hotel room.",
    "Bring your Spravato device on holiday and use it in a hotel room on treatment days.",
    "Between visits, patients keep Spravato with them and take it at home.",
])
def test_a_drug_taken_where_one_stays_after_only_the_clinic_is_a_contradiction(lint, later):
    assert [f[:2] for f in _clashes(lint(WATCHED + later + "\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "If Spravato were allowed out of clinics, you could use it in your hotel room.",  # supposed
    "Never use it in your hotel room: Spravato stays in the clinic.",
    "Spravato patients staying in a hotel room must still come to the clinic.",  # where they stay
    "Can you use Spravato in your hotel room?",
    "You can take it easy at home after Spravato.",
    "Ketamine tablets are different: you take them at home.",  # another drug
])
def test_a_drug_not_said_to_be_taken_where_one_stays_is_silent(lint, later):
    assert _clashes(lint(WATCHED + later + "\n")) == []


# ------------------------------------------------------------------ home, then no clinic said again
@pytest.mark.parametrize("later", [
    "Once you are settled, you take Spravato yourself at home, with no clinic visit needed.",
    "Spravato is used at home by yourself now, no nurse in the room.",
])
def test_home_then_no_clinic_is_still_home(lint, later):
    assert [f[:2] for f in _clashes(lint(WATCHED + later + "\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "No clinic lets you use Spravato at home.",  # the denial comes first
    "Spravato is not taken at home, no clinic allows it.",
])
def test_no_clinic_before_home_or_home_denied_is_silent(lint, later):
    assert _clashes(lint(WATCHED + later + "\n")) == []


# ------------------------------------------------------------------ a study's drug named twice
@pytest.mark.parametrize("earlier", [
    "The study drug is ketamine, not esketamine.",
    "In this trial the study drug is plain ketamine.",
])
@pytest.mark.parametrize("later", [
    "The study drug, esketamine, is given weekly.",
    "Each week, nurses prepare the trial drug, esketamine, in the pharmacy.",
    "To be clear, the investigational drug is esketamine.",
])
def test_a_studys_drug_said_to_be_another_drug_is_a_contradiction(lint, earlier, later):
    assert [f[:2] for f in _clashes(lint(f"{earlier}\n\n{later}\n"))] == [(3, "HL701")]


@pytest.mark.parametrize("later", [
    "The study drug, ketamine, is given weekly.",  # the same drug
    "The study drug is not esketamine.",
    "Is the study drug esketamine?",
    "A trial drug, esketamine, was tested elsewhere.",  # not this study's
    "The comparison drug, esketamine, was used in another study.",
    "If the study drug were esketamine, it would come as a spray.",
])
def test_a_studys_drug_named_the_same_or_not_said_is_silent(lint, later):
    assert _clashes(lint(f"The study drug is ketamine, not esketamine.\n\n{later}\n")) == []
