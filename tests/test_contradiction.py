"""A draft compared with itself."""

from __future__ import annotations

import json

import pytest

from conftest import codes, graded


@pytest.mark.parametrize("text, expected", [
    ("Ketamine is approved for pain relief. Ketamine is not approved for pain relief.", [(1, "HL203"), (1, "HL701")]),
    # The later line is the one the source supports: still the contradiction a reader meets
    # there; the earlier, wrong one has its HL201 as well.
    ("Ketamine is approved for anxiety.\n\nKetamine is not approved for any psychiatric disorder.",
     [(1, "HL201"), (3, "HL701")]),
    ("Ketamine relief lasts about a month.\n\nKetamine relief lasts up to 7 days.", [(1, "HL301"), (3, "HL701")]),
    ("Ketamine is approved for pain relief.\n\nKetamine is not approved for any psychiatric disorder.\n\n"
     "Ketamine is approved for anxiety.", [(1, "HL203"), (5, "HL201"), (5, "HL701")]),
    ("Esketamine is approved for TRD.\n\nDoctors use esketamine off-label for TRD.", [(3, "HL201"), (3, "HL701")]),
    ("SNRIs take about a week to work.\n\nSNRIs take 3 months to work.", [(3, "HL701")]),
    ("SNRIs take about a week to work.\n\nSNRIs take 5 to 8 days to work.", []),
    ("Ketamine's effects on OCD are long lasting.\n\nKetamine's effects on OCD are not long lasting.",
     [(1, "HL301"), (3, "HL701")]),
    ("Ketamine has no side effects.\n\nSide effects of ketamine include agitation.", [(1, "HL402"), (3, "HL701")]),
    ("Ketamine is approved for anesthesia.\n\nKetamine is not approved for anxiety.", []),
    ("A 2021 study looked at phobias.\n\nA 2023 analysis looked at anxiety.", []),
])
def test_contradictions(lint, text, expected):
    assert codes(lint(text)) == expected


def test_message_names_the_earlier_line(lint):
    findings = lint("SNRIs take about a week to work.\n\nSNRIs take 3 months to work.")
    [finding] = [f for f in findings if f.code == "HL701"]
    assert finding.message == "Contradicts line 1 of this draft, which says 'about a week'"


CLASH = "# Notes\n\nSNRIs take about a week to work.\n\nSNRIs take 3 months to work.\n"


def test_json_and_sarif_name_the_earlier_line(tmp_path, capsys):
    from linter.cli import main

    draft = tmp_path / "clash.md"
    draft.write_text(CLASH, encoding="utf-8")
    assert main(["check", str(draft), "--format", "json", "--no-cache"]) == 1
    [found] = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["code"] == "HL701"]
    assert (found["line"], found["related_line"]) == (5, 3)
    assert main(["check", str(draft), "--format", "sarif", "--no-cache"]) == 1
    [result] = [r for r in json.loads(capsys.readouterr().out)["runs"][0]["results"] if r["ruleId"] == "HL701"]
    assert result["relatedLocations"] == [{
        "id": 1,
        "physicalLocation": {"artifactLocation": {"uri": result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]},
                             "region": {"startLine": 3}},
        "message": {"text": "the earlier claim, line 3"}}]
    # Other findings name no line of the draft.
    assert main(["check", str(draft), "--format", "json", "--no-cache", "--select", "HL801"]) in (0, 1)
    assert all("related_line" not in f for f in json.loads(capsys.readouterr().out)["findings"])


@pytest.mark.parametrize("text, expected", [
    # A supervised form of the pack taken with nobody watching; the same form in a clinic.
    ("Ketamine infusions are self-administered at home.", [(1, "HL703")]),
    ("Ketamine infusions are given in a clinic.", []),
    # The form the pack gives at home.
    ("Ketamine tablets are taken at home alone.", []),
    # A drug the pack gives one way only, and one it gives several ways.
    ("Esketamine is injected into a vein.", [(1, "HL703")]),
    ("Esketamine is sprayed into the nose.", []),
    ("Ketamine is injected into a muscle.", []),
    # A brand said to be another drug; said to be its own drug, or what that is a form of.
    ("Spravato contains arketamine.", [(1, "HL703")]),
    ("Spravato contains esketamine.", []),
    ("Spravato is made from ketamine.", []),
    ("Myth: Spravato is plain ketamine.", []),
])
def test_forms_against_the_source(lint, text, expected):
    assert codes(lint(text)) == expected


def test_route_clash_within_the_draft(lint):
    findings = lint("The tablets dissolve under the tongue.\n\nThe tablets are swallowed with water.")
    [finding] = findings
    assert (finding.code, finding.line, finding.related_line) == ("HL701", 3, 1)
    assert finding.message == "Contradicts line 1 of this draft, which says 'The tablets dissolve under the tongue'"


@pytest.mark.parametrize("text, expected", [
    # Issue 20: a product said to be another drug than the pack makes it, with no cue but "is".
    ("Spravato is arketamine.", [(1, "HL703", "warning")]),
    ("Spravato is esketamine.\nSpravato is arketamine.", [(2, "HL701", "error"), (2, "HL703", "warning")]),
    ("Spravato is esketamine.", []),
    ("Ketamine is more potent than esketamine.", []),
    # a form the pack gives as one drug only, said to be another
    ("The nasal spray is arketamine.", [(1, "HL703", "warning")]),
    ("The nasal spray contains ordinary ketamine.", [(1, "HL703", "warning")]),
    ("The nasal spray contains esketamine, a form of ketamine.", []),
    # reported, not refuted: a warning; the writer's own line alone makes HL701
    ("The nasal spray is esketamine.\nAccording to several clinics, the spray is arketamine.", [(2, "HL703", "warning")]),
])
def test_which_drug_a_product_is(lint, text, expected):
    assert graded(lint(text + "\n")) == expected


@pytest.mark.parametrize("text", ["Spravato is really just ketamine.", "Spravato is simply ketamine."])
def test_a_brand_said_to_be_just_its_parent_drug(lint, text):
    # "just <drug>" is plain <drug>: the pack makes the brand a form of it, not the drug itself.
    assert graded(lint(text + "\n")) == [(1, "HL703", "warning")]


@pytest.mark.parametrize("earlier, later", [
    ("Ketamine blocks NMDA receptors.", "Ketamine has an activating effect on NMDA receptors."),
    ("Ketamine blocks NMDA receptors.", "Ketamine exerts a stimulatory action at NMDA receptors."),
    ("Ketamine blocks NMDA receptors.", "Ketamine causes activation of NMDA receptors."),
    ("Ketamine has a blocking effect on NMDA receptors.", "Ketamine activates NMDA receptors."),
])
def test_mechanism_as_noun_and_adjective(lint, earlier, later):
    found = codes(lint(f"{earlier}\n{later}\n"))
    assert (2, "HL701") in found and all(line == 2 for line, _ in found)


@pytest.mark.parametrize("text", [
    "Ketamine has a blocking effect on NMDA receptors.",
    "Ketamine causes blockade of NMDA receptors.",  # an action noun, not a side effect
    "Ketamine prevents activation of NMDA receptors.",
])
def test_mechanism_as_the_source_says_is_silent(lint, text):
    assert graded(lint(text + "\n")) == []


def test_a_belief_attributed_to_scientists_is_passed_on(lint):
    found = lint("Ketamine blocks NMDA receptors.\nScientists believe ketamine activates NMDA receptors.\n")
    assert graded(found) == [(2, "HL702", "warning")]
KIT = "The headline paper is a 2023 analysis of ketamine intravenous therapy, known as KIT.\n\n"
CLINIC = "Ketamine infusions are given under medical supervision in a clinic.\n\n"


@pytest.mark.parametrize("text, expected", [
    # Issue 20: the target before the drug in a relative clause; a fronted "by" phrase whose
    # subject is the main clause's drug. The later line disagrees with the source too.
    ("Its main target is the NMDA receptor, which ketamine blocks.\n\n"
     "Put simply, by switching NMDA receptors on, ketamine wakes up quiet circuits.", [(3, "HL701"), (3, "HL702")]),
    ("By blocking NMDA receptors, ketamine lifts mood.\n\n"
     "Its main target is the NMDA receptor, which ketamine activates.", [(3, "HL701"), (3, "HL702")]),
    ("Ketamine blocks NMDA receptors.\n\nBy switching NMDA receptors off, ketamine wakes up quiet circuits.", []),
    # Another subject after the fronted phrase, or of the relative clause.
    ("Ketamine blocks NMDA receptors.\n\n"
     "By activating NMDA receptors, glutamate carries signals, and ketamine blocks them.", []),
    ("Ketamine blocks NMDA receptors.\n\nIts main target is the NMDA receptor, which glutamate activates.", []),
    # People carrying on with the clinic's treatment at home on their own.
    (CLINIC + "Once a course is over, some patients carry on with ketamine infusions at home, on their own.",
     [(3, "HL701"), (3, "HL703")]),
    (CLINIC + "Patients should never take ketamine infusions at home on their own.", []),
    (CLINIC + "Some patients also take ketamine tablets at home on their own.", []),
    (CLINIC + "Unlike at-home kits, our clinic gives ketamine infusions under supervision.", []),
    # A condition that opens the sentence and ends before a supposing main clause, misparsed or not.
    (CLINIC + "If once a course is over, patients carry on with infusions of ketamine at home, on their own, "
     "the label would say so.", []),
    # "it" for the product after a condition that closes before the claim.
    ("Spravato is the brand name for esketamine.\n\n"
     "If Spravato is easier to get, remember that it is really just ordinary ketamine in a spray bottle.",
     [(3, "HL701"), (3, "HL703")]),
    ("Spravato is a nasal spray.\n\nSpravato is esketamine.\n\nSpravato is really just ketamine.",
     [(5, "HL701"), (5, "HL703")]),
    ("Spravato is esketamine.\n\nIf Spravato were ordinary ketamine, it would cost far less.", []),
    ("Spravato is esketamine.\n\nIf you buy it online, it could be ordinary ketamine.", []),
    ("Spravato is esketamine.\n\nIt is ketamine that clinics infuse, not Spravato.", []),
    ("Ketamine can act within hours.\n\nIt is SSRIs that tend to need two to six weeks.", []),
    ("Spravato is esketamine.\n\nSpravato is easy to get, and it is plain ketamine (which many clinics offer).",
     [(3, "HL701"), (3, "HL703")]),
    # "Other" in a comparison names no other option.
    ("The tablets dissolve under the tongue.\n\nThe tablets are swallowed like any other pill.", [(3, "HL701")]),
    ("The tablets dissolve under the tongue.\n\nThe tablets can also be swallowed.", []),
    # A source study by its short name, given another year; an indefinite mention may be another study.
    (KIT + "The KIT paper, published in 2021, remains the one most clinics quote.", [(3, "HL501"), (3, "HL701")]),
    (KIT + "The KIT paper, published in 2023, remains the one most clinics quote.", []),
    # Far from the earlier mention, the study is named by the pack's acronym for it; not by "the kit".
    (KIT + "Dosing varies.\n\nCosts vary.\n\nThe open questions are dosing and cost.\n\n"
     "The KIT paper, published in 2021, remains the one most clinics quote.", [(9, "HL501"), (9, "HL701")]),
    (KIT + "Dosing varies.\n\nCosts vary.\n\nThe open questions are dosing and cost.\n\n"
     "The kit paper, published in 2021, remains the one most clinics quote.", []),
    # Two designs for one study: HL503 holds the design to the source's; "analysis" is loose.
    (KIT + "Still, because it was a randomised controlled trial, the finding carries weight.", [(3, "HL503")]),
    ("In 2020, scientists evaluated weekly ketamine for GAD.\n\n"
     "A study of weekly ketamine for social anxiety disorder, published in 2015, found it may help.",
     [(1, "HL501"), (3, "HL501")]),
])
def test_contradictions_in_other_words(lint, text, expected):
    assert codes(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A definite phrase carrying its own year names its own study, not the one before.
    ("In the 2017 study, most patients were followed for six months.\n"
     "The 2019 trial was double-blind and included 300 people.", []),
    ("The 2017 study followed 40 people.\n\nThe 2019 double-blind study followed 300.", []),
    ("A study of ketamine was published in 2017.\n\nThe study from 2019 followed 300 people.", []),
    # An anaphor without a year of its own is still the same study.
    ("A Canadian trial of buspirone in 2019 enrolled 80 adults with GAD.\n\nThe Canadian trial took place in 2012.",
     [(3, "HL701")]),
])
def test_a_study_named_by_its_own_year_is_another_study(lint, text, expected):
    assert codes(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Both read by the parse as ketamine's session length: an error.
    ("Ketamine sessions last about forty minutes.\n\nA ketamine session takes two hours.",
     [(3, "HL701", "error")]),
    # Only the words say it is one session's length: a warning, naming the earlier line.
    ("At partner clinics, sessions last about forty minutes, with a rest period afterwards.\n\n"
     "Each of those sessions takes around two hours from start to finish.", [(3, "HL701", "warning")]),
    ("Infusions run for 40 minutes.\n\nEach infusion takes three hours from start to finish.",
     [(3, "HL701", "warning")]),
    # Roughly the same, overlapping, one session of several, another form, a rest, a report: silent.
    ("Sessions last about forty minutes.\n\nEach session takes around an hour.", []),
    ("Each infusion takes between 40 and 60 minutes.\n\nInfusions last about 50 minutes.", []),
    ("Sessions last about forty minutes.\n\nThe first session takes two hours.", []),
    ("Ketamine infusion sessions last about forty minutes.\n\nA nasal spray session lasts two hours.", []),
    ("Sessions last about forty minutes.\n\nYou rest for two hours after each session.", []),
    # Passed on in someone else's name: still set against the writer's own, as a warning.
    ("Sessions last about forty minutes.\n\nSome clinics say a session takes five hours.", [(3, "HL701", "warning")]),
    ("Sessions last about forty minutes.\n\nSome clinics claim a session takes five hours.", []),
    ("Sessions last about forty minutes.\n\nDoes a session take five hours?", []),
    ("Sessions last about forty minutes.\n\nSessions do not take five hours.", []),
    # A rate ("eighteen people a day") is no second span beside the session's length (blind9).
    ("Each ketamine infusion would last around forty minutes.\n\nWith two-hour infusions and the six chairs "
     "planned, the clinic could treat at most eighteen people a day.", [(3, "HL701", "error")]),
    ("Each ketamine infusion would last around forty minutes.\n\nWith forty-minute infusions and six chairs, "
     "the clinic could treat at most eighteen people a day.", []),
    ("Each ketamine infusion would last around forty minutes.\n\nWith two-hour waits and six chairs, "
     "the clinic could treat at most eighteen people a day.", []),
])
def test_a_session_given_two_lengths(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A target after a possessive, a drug before an appositive aside, a report: HL702 warns.
    ("From what I've read, ketamine switches on your NMDA receptors and that's what lets your brain rewire.",
     [(1, "HL702", "warning")]),
    ("Ketamine, a drug first used in surgery, fires up the brain's NMDA receptors.", [(1, "HL702", "warning")]),
    ("Ketamine boosts their NMDA receptors.", [(1, "HL702", "warning")]),
    # the source's way, another drug, a refuted claim: silent
    ("Ketamine blocks the brain's NMDA receptors.", []),
    ("Unlike ketamine, glycine switches on your NMDA receptors.", []),
    ("Some websites wrongly claim that ketamine switches on your NMDA receptors.", []),
    # "those same receptors" points back to the target named before (blind9's class).
    ("Ketamine blocks NMDA receptors.\n\nIt is worth repeating how the drug is thought to work: "
     "by activating those same receptors, it wakes up dormant circuits.",
     [(3, "HL701", "warning"), (3, "HL702", "warning")]),
    ("Ketamine blocks NMDA receptors.\n\nIt works by stimulating the very same receptors.",
     [(3, "HL701", "warning"), (3, "HL702", "warning")]),
    # "same" says they were named before: further back than "those receptors" alone reaches.
    ("Ketamine blocks NMDA receptors.\n\n" + "Clinics vary in what they charge. " * 5
     + "\n\nBy activating those same receptors, ketamine wakes up dormant circuits.",
     [(5, "HL701", "warning"), (5, "HL702", "warning")]),
    ("Ketamine blocks NMDA receptors.\n\nBy blocking those same receptors, it wakes up dormant circuits.", []),
    ("Ketamine blocks NMDA receptors.\n\nGlycine, by contrast, activates those same receptors.", []),
])
def test_mechanism_in_other_words(lint, text, expected):
    assert graded(lint(text)) == expected


SUPERVISED = "Ketamine infusions are only ever given here on the ward, with a nurse present throughout.\n\n"


@pytest.mark.parametrize("text, expected", [
    # Read from the words (the parse attaches no setting): warnings, HL701 naming the earlier line.
    (SUPERVISED + "For your next session you may run the infusion yourself at home.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    (SUPERVISED + "Patients self-administer infusions of ketamine at home.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    (SUPERVISED + "Later in the course, many patients simply give themselves the infusion at home.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    # With no supervised line before it, the source alone (HL703).
    ("Once you are stable, you can do your ketamine infusions at home without a nurse.", [(1, "HL703", "warning")]),
    # A time, another form, a denial, a condition, a myth: silent.
    (SUPERVISED + "After the infusion, you can rest at home by yourself.", []),
    (SUPERVISED + "Sublingual tablets can be taken at home on your own.", []),
    (SUPERVISED + "Never run an infusion yourself at home.", []),
    (SUPERVISED + "If you gave yourself an infusion at home, it would be unsafe.", []),
    (SUPERVISED + "Myth: you can do your ketamine infusions at home by yourself.", []),
    # Home said by its rooms and furniture, or a delivery to it; "alone" as a reflexive (blind9).
    (SUPERVISED + "Once you are set up, a ready-filled drip kit is posted to your home so you can give each "
     "infusion yourself on the couch.", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    (SUPERVISED + "A prefilled infusion set can be couriered to your address so you can run each dose "
     "yourself from the sofa.", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    (SUPERVISED + "Patients then run the infusion alone in their rooms.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    (SUPERVISED + "After the infusion, patients rest alone in their rooms.", []),
    (SUPERVISED + "Patients never run the infusion alone in their rooms.", []),
])
def test_a_setting_read_from_its_words(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A drip is an infusion; "with nobody else around", a reflexive and "in my flat" (blind4's class).
    ("My ketamine infusions were given in a clinic, under supervision.\n"
     "Later they sent me back with an IV kit and I ran the drips myself in my flat, with nobody else around.",
     [(2, "HL701", "warning"), (2, "HL703", "warning")]),
    ("Spravato is used under supervision in a clinic.\n\nFrom next month, patients who are stable on Spravato "
     "will be able to collect their devices and use the spray at home, with nobody supervising.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("My ketamine infusions were given in a clinic, under supervision.\n"
     "After the drips, I rested in my flat with nobody else around.", []),
])
def test_a_setting_in_a_first_person_story(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # People as the subject make the definite form they take the one the route is said of.
    ("The lozenges dissolve under the tongue.\n\n"
     "To be clear, though, you swallow the lozenge whole with a glass of water.", [(3, "HL701")]),
    ("You place the tablets under the tongue.\n\nPatients swallow the tablets with water.", [(3, "HL701")]),
    # the same route, a form not made definite, a condition: silent
    ("The lozenges dissolve under the tongue.\n\nYou hold the lozenge under the tongue until it melts.", []),
    ("The lozenges dissolve under the tongue.\n\nYou swallow a pill of buspirone with water.", []),
    ("The lozenges dissolve under the tongue.\n\nIf you swallow the lozenge, it works less well.", []),
])
def test_a_route_said_of_the_form_people_take(lint, text, expected):
    assert codes(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "the weekly-dosing trial": a definite phrase over a hyphenated modifier, restated with another year
    ("A 2017 trial gave weekly ketamine doses to people with social anxiety.\n\n"
     "Note that the weekly-dosing trial, which ran in 2019, was small.", [(3, "HL501"), (3, "HL701")]),
    ("A 2017 trial gave weekly ketamine doses to people with social anxiety.\n\n"
     "Note that the weekly-dosing trial, which ran in 2017, was small.", []),
])
def test_a_source_study_restated_under_a_longer_name(lint, text, expected):
    assert codes(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A brand with its form in apposition says which drug it is: "just <drug>" later contradicts it.
    ("Prescriptions for Spravato, the esketamine nasal spray, keep climbing.\n\n"
     "Spravato is really just plain ketamine under a brand name.",
     [(3, "HL701", "error"), (3, "HL703", "warning")]),
    ("Spravato, an esketamine spray, is given in clinics.\n\nIn the end Spravato is simply ketamine.",
     [(3, "HL701", "error"), (3, "HL703", "warning")]),
    # the apposition agrees with what follows, or names no drug of the form
    ("Prescriptions for Spravato, the esketamine nasal spray, keep climbing.\n\nSpravato contains esketamine.", []),
    ("Spravato, the nasal spray, is given in clinics.\n\nSpravato is simply ketamine.", [(3, "HL703", "warning")]),
    # a drug compared with inside the apposition is not what the product is
    ("Spravato, a nasal spray like ketamine, is given in clinics.\n\nSpravato contains esketamine.", []),
])
def test_a_brand_named_with_its_form_in_apposition(lint, text, expected):
    assert graded(lint(text + "\n")) == expected


@pytest.mark.parametrize("text, expected", [
    # A supervised word in an opening clause that says when is not the setting of the main clause;
    # "home with you" is home (blind5 clinic-packages:40's class).
    ("Once you have completed two supervised sessions, we can send the Spravato nasal spray home with you "
     "so that you can take it yourself.", [(1, "HL703", "warning")]),
    ("Spravato is used under supervision in a clinic.\n\nAfter two supervised sessions, you can take the "
     "Spravato spray home with you and use it yourself.", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("When the first course in the clinic is over, patients give themselves ketamine infusions at home.",
     [(1, "HL703", "warning")]),
    # both settings in the main clause, or the supervised word after the comma: silent
    ("Once you are stable, the spray is given in the clinic and you take it home with you yourself.", []),
    ("Once you have your dose, the Spravato spray is used under supervision, never home with you by yourself.", []),
    # a form the packs give under supervision sent home is taken at home (blind6's "<brand> is used
    # at home like any other nasal spray"); home as one option is not
    ("Once you have completed two supervised sessions, we can send the Spravato nasal spray home with you.",
     [(1, "HL703", "warning")]),
    ("Once you have completed two supervised sessions, some patients also take the Spravato nasal spray home.", []),
])
def test_a_setting_after_an_opening_clause_of_when(lint, text, expected):
    assert graded(lint(text + "\n")) == expected


@pytest.mark.parametrize("text, expected", [
    # The later line is the one the source supports: the contradiction is still where the reader
    # meets it (an approval, an onset, a study's year).
    ("Ketamine is FDA-approved for anxiety.\n\nKetamine is used off-label for anxiety.",
     [(1, "HL201", "error"), (3, "HL701", "error")]),
    ("Ketamine takes about three weeks to ease anxiety.\n\nKetamine can ease anxiety within hours.",
     [(1, "HL301", "error"), (3, "HL701", "error")]),
    # One side read from its words only (the parse attaches no drug to "off-label"): a warning.
    ("Ketamine has carried FDA approval as an anxiety treatment for years.\n\n"
     "We're upfront that every infusion we give for anxiety is off-label.",
     [(1, "HL201", "error"), (3, "HL701", "warning")]),
    # Graded, but another jurisdiction, or a form of another drug: no side.
    ("Ketamine is used off-label for anxiety.\n\nIn Australia, ketamine is licensed for anxiety.",
     [(3, "HL203", "warning")]),
    ("Ketamine has carried FDA approval as an anxiety treatment for years.\n\n"
     "We're upfront that every spray we give for anxiety is off-label.", [(1, "HL201", "error")]),
])
def test_whichever_side_the_source_supports(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "weeks" is one rough figure with "eight to ten weeks"; "within hours" is not
    ("SSRIs usually take eight to ten weeks to reduce anxiety.\n\nIt can take weeks for SSRIs to calm anxiety.",
     [(1, "HL301")]),
    ("SSRIs usually take eight to ten weeks to reduce anxiety.\n\nSSRIs can calm anxiety within hours.",
     [(1, "HL301"), (3, "HL301"), (3, "HL701")]),
    # the effect of a first treatment and that of a series are two effects
    ("After a series of KIT infusions, the improvement stayed stable over a year of follow-up.\n\n"
     "The improvement after that first treatment may last only hours to days.", []),
    # a span one of the source's effects gives, beside another effect's: two effects
    ("Relief after each weekly dose lasts up to seven days.\n\n"
     "Gains held over a year of follow-up in the 2023 KIT analysis.", []),
])
def test_rough_spans_and_two_effects(lint, text, expected):
    assert codes(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A line that contradicts a reported line but agrees with the draft's first view restates it.
    ("Ketamine is not FDA-approved for anxiety.\n\nSince ketamine is already approved for anxiety, the clinics "
     "follow the label.\n\nIs ketamine approved for PTSD? No, it is not approved for any psychiatric disorder.",
     [(3, "HL201"), (3, "HL701")]),
    # A third value is a new contradiction: spans are not yes or no.
    ("Ketamine starts working within days.\n\nKetamine usually takes two weeks to kick in.\n\n"
     "Ketamine takes about three months to ease anxiety.",
     [(1, "HL301"), (3, "HL301"), (3, "HL701"), (5, "HL301"), (5, "HL701")]),
    # Approvals said of two different forms do not clash.
    ("Ketamine lozenges carry an FDA approval of their own for generalised anxiety disorder.\n\n"
     "Ketamine infusions are used off-label for anxiety.", [(1, "HL201")]),
])
def test_restated_views_and_forms(lint, text, expected):
    assert codes(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # A year after a verb of starting or ending bounds the data; it does not date the study.
    ("A 2023 analysis of ketamine intravenous therapy (KIT) looked at anxiety.\n\n"
     "The KIT analysis drew on treatment records that start in 2017.", {(3, "HL501")}),
    ("A 2023 analysis of ketamine intravenous therapy (KIT) looked at anxiety.\n\n"
     "The KIT records began in 2016 and stopped in 2020.", set()),
    ("A 2023 analysis of ketamine intravenous therapy (KIT) looked at anxiety.\n\n"
     "The KIT analysis came out in 2021.", {(3, "HL501"), (3, "HL701")}),
])
def test_a_year_that_bounds_the_data(lint, text, expected):
    assert {c for c in codes(lint(text)) if c[1] == "HL701"} == {c for c in expected if c[1] == "HL701"}


@pytest.mark.parametrize("text, expected", [
    # An effect listed and later denied, or denied and later listed (the pack's spellings agree).
    ("Side effects of ketamine include agitation, memory loss and hallucinations.\n\n"
     "Ketamine does not cause memory loss.", [(3, "HL402"), (3, "HL701")]),
    ("Ketamine never causes hallucinations.\n\nSide effects of ketamine include agitation and hallucinations.",
     [(1, "HL402"), (3, "HL701")]),
    # another effect denied, or another drug's: silent
    ("Side effects of ketamine include agitation and memory loss.\n\nKetamine does not cause weight gain.", []),
    ("Side effects of ketamine include agitation and memory loss.\n\nBuspirone does not cause memory loss.", []),
])
def test_an_effect_listed_and_denied(lint, text, expected):
    assert codes(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # home said as the one way, a form sent home, "with no nurse present" (its "nurse present" is
    # the unsupervised phrase's)
    ("Spravato is given in a clinic.\n\nAfter your first supervised dose, Spravato is used at home like any "
     "other nasal spray.", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Ketamine infusions are given in a clinic.\n\nFrom next month she can run the infusions herself at home, "
     "with no nurse present.", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Ketamine is given in several forms.\n\nIntramuscular shots are given in the clinic, where staff can watch "
     "you afterwards.\n\nYou can inject the IM shots yourself at home once you are used to them.",
     [(5, "HL701", "warning"), (5, "HL703", "warning")]),
    # supervision said after home: "only ever … never taken at home" against home as one option too
    # (not HL703: one clinic's rule for its tablets does not deny the source's home use)
    ("Our sublingual ketamine tablets are meant for use at home between visits.\n\n"
     "The tablets must only ever be taken under supervision in our clinic.",
     [(3, "HL701", "warning")]),
    ("Ketamine is given in several forms. Some prescribers also send patients home with sublingual ketamine "
     "tablets.\n\nKetamine tablets are only ever given in the clinic, never taken at home.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Spravato nasal spray is taken at home.\n\nEvery Spravato dose is self-administered under supervision in a "
     "certified clinic.", [(1, "HL703", "warning"), (3, "HL701", "warning")]),
    # home as one option against a supervised setting not said to be the only one; rest at home
    # after a treatment; another form: silent
    ("Some prescribers also send patients home with sublingual ketamine tablets.\n\n"
     "Ketamine tablets are usually given in the clinic.", []),
    ("Ketamine infusions are given in a clinic.\n\nYou can rest at home after the infusion.", []),
    ("Ketamine infusions are given in a clinic.\n\nKetamine tablets are used at home.", []),
])
def test_settings_read_from_their_words(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "those receptors" points back to the target named before; a switch verb's particle says which
    ("At its core, ketamine blocks NMDA receptors.\n\nPut plainly, by switching those receptors on it wakes up "
     "circuits that anxiety has worn down.", [(3, "HL701", "warning"), (3, "HL702", "warning")]),
    ("Ketamine acts on the brain by stimulating NMDA receptors, which is how it lifts mood so quickly.",
     [(1, "HL702", "warning")]),
    # "stops them from being switched on": the action turned round
    ("Ketamine acts on the brain by stimulating NMDA receptors.\n\nThe drug blocks NMDA receptors, which stops "
     "them from being switched on.", [(1, "HL702", "warning"), (3, "HL701", "warning")]),
    # no drug, a negation, a condition, a pointer to nothing named before: silent
    ("Glutamate is a chemical messenger that activates many receptors in the brain.", []),
    ("Ketamine blocks NMDA receptors.\n\nIt does not switch those receptors on.", []),
    ("Ketamine blocks NMDA receptors.\n\nIf it switched those receptors on, it would be a stimulant.", []),
    ("Ketamine lifts mood.\n\nBy switching those receptors on it wakes up circuits.", []),
])
def test_an_action_read_from_its_words(lint, text, expected):
    assert graded(lint(text)) == expected


def test_a_drug_named_as_the_kin_of_a_product_holds_no_approval(lint):
    # "a <drug>-family product" is not the drug: no approval of it to contradict (blind6's false error)
    text = ("Ketamine is an FDA-approved anaesthetic, and doctors can prescribe it off-label for anxiety.\n\n"
            "The FDA has only approved one ketamine-family product for a psychiatric condition, Spravato, and only "
            "for depression that hasn't responded to other treatments.")
    assert codes(lint(text)) == []


def test_an_action_the_words_give_wins_over_the_paraphrase_net(lint):
    # HL704 is the net under the claim rules: where the words give HL702 its claim, HL702 reports it
    assert graded(lint("NMDA receptors feel an activating effect from ketamine.")) == [(1, "HL702", "warning")]


@pytest.mark.parametrize("text, expected", [
    # a drug named only by its form: the one drug the packs give in it (the approval reader holds
    # the form to the drug; the contradiction is graded)
    ("Ketamine is an FDA-approved anaesthetic, and doctors can prescribe it off-label for anxiety.\n\n"
     "IM shots are FDA-approved for social anxiety, which is why a few insurers reimburse them.",
     [(3, "HL201", "error"), (3, "HL701", "warning")]),
    # several forms in the sentence: the one beside the setting's words; a home form said to be
    # given only under supervision is HL703 as well
    ("Most clinics give ketamine as an IV infusion or a shot into the muscle, and some prescribers also send "
     "patients home with sublingual tablets to take between clinic visits.\n\n"
     "Ketamine tablets are only ever given in the clinic, under a nurse's eye, never taken at home.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
])
def test_forms_that_name_the_drug_and_the_setting(lint, text, expected):
    assert graded(lint(text)) == expected


def test_a_look_back_through_records_is_a_study_with_its_year(lint):
    # "a 2023 look back through the records …" names the study and its year (blind5's class)
    text = ("The best evidence is a 2023 look back through the records of people given ketamine intravenous "
            "therapy (KIT) between 2017 and 2020.\n\nStill, I would not build anyone's life on that 2021 KIT "
            "paper alone.")
    assert codes(lint(text)) == [(3, "HL501"), (3, "HL701")]


def _hl7(findings):
    """(line, code, severity) of the contradiction findings only: the other families' verdicts are theirs."""
    return [g for g in graded(findings) if g[1].startswith("HL7")]


# Session 5's false errors: a claim the draft passes on in an aside, a study it says is another
# and an effect of another condition are no side of a contradiction (the other families' verdicts
# on them are theirs: only HL7xx is held here).
@pytest.mark.parametrize("text, expected", [
    # an aside that attributes the later year: reported (HL501 a warning), never HL701; the
    # writer's own later line still is
    ("The best evidence so far is a 2023 analysis of ketamine intravenous therapy (KIT).\n\n"
     "That KIT paper, the owner's own handout adds, first appeared in 2021.\n\n"
     "The KIT paper, which came out in 2021, is the one everyone quotes.",
     [(5, "HL701", "error")]),
    # a study the draft says is not one of those it named
    ("Research from 2021 suggested ketamine injections may reduce the effects of agoraphobia.\n\n"
     "A 2019 survey run by our own service, about how students cope with exam stress, is unrelated to any "
     "of these studies.", []),
    ("Research from 2021 suggested ketamine injections may reduce the effects of agoraphobia.\n\n"
     "A 2019 survey, a separate study altogether, found that most students sleep badly in May.", []),
    # OCD's lasting gains and an anxiety figure after each dose are two effects (HL301 stays)
    ("A 2017 evaluation of weekly ketamine for generalized anxiety disorder found the benefit lasting up to a "
     "week after each dose.\n\nIntravenous ketamine can ease obsessive-compulsive symptoms rapidly, and these "
     "gains usually persist for many months without further treatment.", []),
    # an approval a member passed on: HL203, not HL701
    ("Ketamine began life as an anaesthetic; when a clinic offers it for anxiety it is working off-label.\n\n"
     "Over in the States, we were told by a member who lives there, the agency gave ketamine a full green "
     "light for panic disorder.", []),
])
def test_asides_other_studies_and_other_conditions_are_no_side(lint, text, expected):
    assert _hl7(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # one clinic's rule for its tablets does not deny the source's home use (HL701 stays)
    ("Our sublingual ketamine tablets dissolve under the tongue and are meant for use at home.\n\n"
     "The tablets must only ever be taken under supervision in our clinic.", [(3, "HL701", "warning")]),
    ("Some prescribers send patients home with sublingual ketamine tablets.\n\nTo be fair to MindReset, its "
     "tablets are only ever taken in the clinic under a nurse's eye.", [(3, "HL701", "warning")]),
    # the form's rule said of the drug is HL703 as before
    ("Some prescribers send patients home with sublingual ketamine tablets.\n\nKetamine tablets are only "
     "ever given in the clinic, under a nurse's eye, never taken at home.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
])
def test_a_providers_own_rule_is_not_the_forms(lint, text, expected):
    assert graded(lint(text)) == expected


def test_an_aside_that_attributes_a_claim_reports_it(lint):
    # the aside makes the year a report: HL501 passed on as a warning (frames: every family reads it)
    text = ("The best evidence so far is a 2023 analysis of ketamine intravenous therapy (KIT).\n\n"
            "That KIT paper, the owner's own handout adds, first appeared in 2021.")
    assert graded(lint(text)) == [(3, "HL501", "warning")]
    told = ("Ketamine is used off-label for anxiety.\n\nOver in the States, we were told by a member who lives "
            "there, the agency gave ketamine a full green light for panic disorder.")
    assert graded(lint(told)) == [(3, "HL203", "warning")]


def test_an_ocd_figure_is_not_an_anxiety_figure(lint):
    # "obsessive-compulsive" names OCD: the source's not-lasting OCD effect holds it (HL301)
    text = ("A 2017 evaluation of weekly ketamine for generalized anxiety disorder found the benefit lasting up to a "
            "week after each dose.\n\nIntravenous ketamine can ease obsessive-compulsive symptoms rapidly, and these "
            "gains usually persist for many months without further treatment.")
    assert graded(lint(text)) == [(3, "HL301", "error")]


def test_an_aside_of_the_writers_side_or_the_studys_authors_is_not_a_report(lint):
    # "our medical director adds", "the team wrote": the writer's own side, or the study's own finding
    text = ("A 2023 analysis of ketamine intravenous therapy (KIT) used records from between 2017 and 2020.\n\n"
            "Its records, our medical director adds, spanned 2015 to 2020.")
    assert [g for g in graded(lint(text)) if g[1] == "HL701"] == [(3, "HL701", "error")]


# A route in other words, read from the words where the parse does not attach it (graded).
@pytest.mark.parametrize("text, expected", [
    # a one-form drug said to go in another way: HL703, and HL701 against the route said before
    ("Its close relative esketamine, given as a nasal spray, is approved for depression.\n\n"
     "In our sports clinic, however, the esketamine we use is given as a quick injection into the thigh muscle.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Esketamine is breathed in through the nose.\n\nNadia's sister takes it too, though in her case the "
     "esketamine comes as a tablet she swallows each morning.", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Esketamine comes only as a nasal spray.\n\nThe other esketamine product, a tablet you swallow with a "
     "glass of water, is the one people take at home.", [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    # a "whether" in a later clause does not govern the route
    ("Esketamine comes only as a nasal spray.\n\nThe other esketamine product, a tablet you swallow with a "
     "glass of water, is the one people take at home, so ask whether a switch makes sense for you.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    # a form of the drug given several ways, said to go in two ways; the shots are the drug's given
    # as shots, whatever drug the sentence before was about (the form's route is the packs' too)
    ("Intramuscular shots put ketamine into the muscle of the arm or thigh.\n\nEsketamine is a nasal spray.\n\n"
     "The IM shot goes straight into a vein, like an infusion.",
     [(5, "HL701", "warning"), (5, "HL703", "warning")]),
    # a form given at home: "tablets" of any kind are swallowed, so HL701 only (both parsed: an error)
    ("Ketamine lozenges dissolve under the tongue.\n\nYou swallow the lozenge whole with a glass of water, "
     "so it's absorbed through the stomach.", [(3, "HL701", "error")]),
])
def test_a_route_in_other_words(lint, text, expected):
    assert _hl7(lint(text)) == expected


@pytest.mark.parametrize("text", [
    # an option, a question, a denial, another drug's form, a form named in passing ("every IV
    # infusion", "approved as a nasal spray"), the same route again
    "Esketamine comes only as a nasal spray.\n\nEsketamine can also be swallowed as a tablet in some trials.",
    "Esketamine comes only as a nasal spray.\n\nCould esketamine ever be swallowed as a tablet?",
    "Esketamine comes only as a nasal spray.\n\nEsketamine is never swallowed as a tablet.",
    "Esketamine comes only as a nasal spray.\n\nSSRIs come as a tablet you swallow each morning.",
    "Esketamine comes only as a nasal spray.\n\nEvery IV infusion and every Spravato dose is given here, with a "
    "nurse watching you throughout.",
    "Esketamine, approved as a nasal spray for depression, is the one ketamine-derived product with a psychiatric "
    "indication.\n\nA Spravato session includes two hours of observation; an IV infusion usually lasts 40 minutes.",
    "Esketamine comes only as a nasal spray.\n\nYou spray esketamine up each nostril at the clinic.",
    "If esketamine were swallowed as a tablet, it would hardly work.",
    "Esketamine comes only as a nasal spray.\n\nMyth: esketamine is swallowed as a tablet.",
])
def test_a_route_in_other_words_stays_silent(lint, text):
    assert [g for g in graded(lint(text)) if g[1] in ("HL701", "HL703")] == []


# Which drug a product is, in other words (the parse attaches it, or the words alone: graded).
@pytest.mark.parametrize("text, expected", [
    # an adverbial aside after the name ("by the way") leaves the claim the writer's own
    ("Spravato, by the way, is esketamine, the nasal-spray form of ketamine.\n\n"
     "And Spravato is just ordinary ketamine with a brand name on it.",
     [(3, "HL701", "error"), (3, "HL703", "warning")]),
    # the words alone: "<brand>, which is simply <drug> …" (a description passed on: HL703 only)
    ("Spravato, which is simply ketamine in a spray bottle, is sometimes described as a treat.",
     [(1, "HL703", "warning")]),
    ("Our pharmacists describe Spravato as simply a branded bottle of ordinary ketamine.",
     [(1, "HL703", "warning")]),
])
def test_which_drug_a_product_is_in_other_words(lint, text, expected):
    assert _hl7(lint(text)) == expected


@pytest.mark.parametrize("text", [
    "Spravato contains esketamine rather than ordinary ketamine.",
    "The esketamine label warns of sedation after each dose; a similar rule for generic ketamine infusions is "
    "under discussion.",
    "Spravato is simply esketamine in a spray bottle.",
    "Is Spravato just ordinary ketamine?",
    "Spravato works just like ordinary ketamine.",
])
def test_which_drug_a_product_is_stays_silent(lint, text):
    assert _hl7(lint(text)) == []


# A session's length said as the noun's modifier ("each two-hour infusion"), against one said before.
@pytest.mark.parametrize("text, expected", [
    ("Sessions at the clinics involved an intravenous drip lasting around forty minutes, always with staff "
     "present.\n\nEach two-hour infusion left members tired, though most went home the same afternoon.",
     [(3, "HL701", "warning")]),
    ("My infusions took about forty minutes each, with a nurse checking my blood pressure the whole time.\n\n"
     "What surprised me was how quickly each two-and-a-half-hour infusion went by.", [(3, "HL701", "warning")]),
    ("Each 90-minute session is followed by a short rest.\n\nSessions last about forty minutes.",
     [(3, "HL701", "warning")]),
])
def test_a_session_length_said_as_a_modifier(lint, text, expected):
    assert _hl7(lint(text)) == expected


@pytest.mark.parametrize("text", [
    "Sessions last about forty minutes.\n\nEach forty-minute infusion is followed by rest.",
    "Sessions last about forty minutes.\n\nAfter each two-hour wait, the next infusion begins.",
    "Sessions last about forty minutes.\n\nThe first two-hour session includes a long check-up.",
    # another drug's session
    "Ketamine infusions last about forty minutes.\n\nEach two-hour esketamine session includes observation.",
])
def test_a_session_length_said_as_a_modifier_stays_silent(lint, text):
    assert [g for g in graded(lint(text)) if g[1] == "HL701"] == []


@pytest.mark.parametrize("text, expected", [
    # a setting said of a form whose drug no sentence names: the packs' one drug in that form
    ("Intramuscular shots are given in the clinic, where staff can watch you afterwards.\n\n"
     "You can inject the IM shots yourself at home once you are used to them.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    # a negation in a clause of its own before the setting is not the setting's
    ("# Ketamine\n\nEvery ketamine infusion is given in our treatment suite, with a nurse.\n\nOnce you're settled on "
     "a dose, the infusions needn't keep happening here, because plenty of patients move on to running the same "
     "drip at home by themselves.", [(5, "HL701", "warning"), (5, "HL703", "warning")]),
    # an action in other verbs
    ("Ketamine blocks NMDA receptors.\n\nIn other words, the drug keeps NMDA receptors firing more than usual.",
     [(3, "HL701", "warning"), (3, "HL702", "warning")]),
    ("Ketamine works by revving up the NMDA receptors in the brain.", [(1, "HL702", "warning")]),
    # "nothing more than <drug>": which drug it is; a session length with the drug's name between
    ("Spravato is esketamine, a nasal spray.\n\nSpravato is nothing more than ketamine with a new label.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Each ketamine infusion takes about 40 minutes.\n\nPatients sit for their three-hour ketamine infusion once "
     "a week.", [(3, "HL701", "error")]),
])
def test_settings_actions_and_identities_in_other_words(lint, text, expected):
    assert _hl7(lint(text)) == expected


@pytest.mark.parametrize("text", [
    "Ketamine infusions are given in a clinic.\n\nThe infusions needn't be long, and you rest at home afterwards.",
    "Ketamine blocks NMDA receptors.\n\nThe clinic closes its doors at six, firing up the NMDA research team's "
    "grant writing.",
    "Ketamine blocks NMDA receptors.\n\nIt is not true that ketamine revs up NMDA receptors.",
    # a false error on c2abb5a: "nothing like <drug>" denies it
    "Spravato is esketamine.\n\nSpravato is nothing like ordinary ketamine.",
    "Spravato is esketamine.\n\nSpravato is far from ordinary ketamine.",
    # a false error on c2abb5a: an aside after the name cut the denial's phrase short
    "Spravato is esketamine.\n\nSpravato contains esketamine rather than ordinary ketamine (which many clinics "
    "now offer).",
])
def test_settings_actions_and_identities_in_other_words_stay_silent(lint, text):
    assert _hl7(lint(text)) == []


def test_an_approval_in_apposition_then_denied(lint):
    # The earlier side is an apposition on the noun before its comma (blind9 wellness-benefit).
    text = ("Employees can be assessed for ketamine-assisted care, an FDA-sanctioned treatment for "
            "generalised anxiety.\n\nNo. Ketamine is approved by the FDA as an anaesthetic, and prescribing "
            "it for anxiety is off-label.")
    assert graded(lint(text)) == [(1, "HL201", "error"), (3, "HL701", "error")]


@pytest.mark.parametrize("text, expected", [
    # A form in apposition right after the drug's name is the way it goes in (blind9 letter-editor).
    ("Its close cousin esketamine, a nasal spray sold as Spravato, is given only in a clinic.\n\n"
     "Some clinics now prescribe Spravato as a small tablet that dissolves under the tongue between visits.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    # the same route, a form not in apposition to the drug, another drug's tablets: no HL701
    ("Its close cousin esketamine, a nasal spray sold as Spravato, is given only in a clinic.\n\n"
     "Spravato is sprayed into each nostril.", []),
    ("For anxiety, a nasal spray is sometimes tried.\n\n"
     "Some clinics now prescribe Spravato as a small tablet that dissolves under the tongue between visits.",
     [(3, "HL703", "warning")]),
    ("Its close cousin esketamine, a nasal spray sold as Spravato, is given only in a clinic.\n\n"
     "Buspirone is a small tablet that you swallow.", []),
    # "under your tongue" is the sublingual route as "under the tongue" is
    ("Esketamine is given as a nasal spray.\n\nSpravato now comes as a lozenge that you hold under your tongue.",
     [(3, "HL701", "warning"), (3, "HL703", "warning")]),
    ("Esketamine is given as a nasal spray.\n\nNever hold Spravato under your tongue.", []),
])
def test_a_form_in_apposition_to_the_drug(lint, text, expected):
    assert graded(lint(text)) == expected
