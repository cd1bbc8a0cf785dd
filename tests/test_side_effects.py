"""Side-effect lists and denials."""

from __future__ import annotations

import pytest

from conftest import codes

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


@pytest.mark.parametrize("text, unlisted", [
    ("Side effects of ketamine include nausea, hallucinating and memory problems.", ["nausea"]),
    ("Ketamine's common side effects are dizziness and blurred vision.", ["dizziness", "blurred vision"]),
    ("Ketamine can cause side effects, including agitation and depression.", []),
    ("Side effects of ketamine such as confusion, disorientation, and euphoria can occur.", []),
    ("Side effects of ketamine like memory loss and feeling disconnected are possible.", []),
    ("Ketamine's side effects include feeling detached from your surroundings.", []),
    ("Ketamine's side effects include temporary confusion and high blood pressure.", ["high blood pressure"]),
    ("It also discusses ketamine side effects.", []),
    ("Ketamine side effects: what to know", []),
    ("Side effects of ketamine can include:\n\n- vivid dreams\n- a headache\n", ["a headache"]),
    ("Nausea and dizziness are common side effects of ketamine.", ["Nausea", "dizziness"]),
    ("Agitation and confusion are possible side effects of ketamine.", []),
    ("These are the side effects of ketamine.", []),
    ("Ketamine's side effects are rare and include mild nausea.", ["mild nausea"]),
    # Issue 12, cause 7: list items that are not effects; listed effects in other words.
    ("Side effects of ketamine can include:\n\n- rare when dosing is careful\n- positive\n- a headache\n",
     ["a headache"]),
    ("Side effects of ketamine can include:\n\n- over (when the session is over)\n", []),
    ("Side effects of ketamine include perceptual disturbances and clear dreams.", []),
    ("Side effects of ketamine include dissociaton.", []),
    ("The ketamine side-effect list is a legal formality, not a prediction.", []),
    # Effects named in running prose.
    ("Hiccups are a common complaint after ketamine treatment.", ["Hiccups"]),
    ("Ketamine can cause sweating and agitation.", ["sweating"]),
    ("Some people on ketamine report less anxiety within hours.", []),
    ("Antidepressants and ketamine can cause nausea.", []),
    ("Side effects include ketamine \u200b ketamine.", []),
    # Issue 20: the same claims in other words.
    ("Headaches are a frequent side effect of ketamine.", ["Headaches"]),
    ("Dizziness is in fact among the side effects of ketamine.", ["Dizziness"]),
    ("Today, memory loss is a common side effect of ketamine.", []),
    ("Ketamine often leaves people with a dry mouth.", ["a dry mouth"]),
    ("Ketamine leaves the body within hours.", []),
    ("Ketamine can lead to diarrhoea.", ["diarrhoea"]),
    ("In the United States, ketamine can lead to dissociation.", []),
    ("Ketamine is associated with tremors.", ["tremors"]),
    ("Ketamine has been linked to lower anxiety scores.", []),
    ("Blurred vision is caused by ketamine in some people.", ["Blurred vision"]),
    ("Nausea is common after ketamine.", ["Nausea"]),
    ("A dry mouth is in fact common after ketamine.", ["A dry mouth"]),
    ("Hiccups after ketamine are common.", ["Hiccups"]),
    ("In short, blurred vision is possible after ketamine.", ["blurred vision"]),
    ("In the United States, vomiting and hiccups are possible after ketamine.", ["vomiting", "hiccups"]),
    ("Relief after ketamine is common.", []),
    ("Questions are common after a ketamine session.", []),
    ("Vivid dreams and confusion are possible after ketamine.", []),
    ("Insomnia can occur with ketamine.", ["Insomnia"]),
    ("Dizziness is reported after ketamine.", ["Dizziness"]),
    ("People report sweating after ketamine.", ["sweating"]),
    ("After ketamine, some people get nausea.", ["nausea"]),
    ("Ketamine is given in a clinic.\n\nYou will notice nothing unusual afterwards.", []),
    ("Many patients report a lift in mood after ketamine.", []),
    ("Ketamine may cause less blurred vision than older anaesthetics.", []),
    ("Many readers ask us about ketamine.\n\nIt can cause nausea.", ["nausea"]),
    ("Ketamine can cause:\n\n- hallucinations\n- headaches\n", ["headaches"]),
    ("Spravato often causes a metallic taste.", ["a metallic taste"]),
    ("Esketamine can cause hallucinations.", []),
    ("Untreated anxiety can cause headaches.", []),
    ("Myth: Memory loss and agitation are possible after ketamine.", []),
    # Frequency words and reports about things that are no effect.
    ("Payment plans are common with ketamine clinics.", []),
    ("Follow-up calls are common after each ketamine session.", []),
    ("Home use is possible with esketamine.", []),
    ("Many people develop a routine around their ketamine sessions.", []),
    ("A short rest is common after a ketamine infusion.", []),
    ("Ketamine can trigger new connections in the brain.", []),
    ("Ketamine has been linked to new growth of brain cells.", []),
    ("Ketamine can leave people with a sense of hope.", []),
    # Issue 20, the blind drafts: symptoms with no side-effect word, in prose about the drug.
    ("Nausea is basically a given with ketamine, so bring ginger chews.\n"
     "Dizziness and blurred vision are common for an hour or so afterwards too.",
     ["Nausea", "Dizziness", "blurred vision"]),
    ("Each ketamine session runs about forty minutes.\nFeeling detached is expected, and a few people "
     "mention vivid dreams that night.\nSome people also leave with a pounding headache and an upset "
     "stomach, which usually clear up by the next morning.", ["headache", "upset stomach"]),
    ("Ketamine helps.\n\nRaised blood pressure during the infusion is common, which is why it is checked.",
     ["Raised blood pressure"]),
    ("Ketamine can also cause nausea, raised heart rate and, rarely, seizures.",
     ["nausea", "raised heart rate", "seizures"]),
    ("Ketamine helps.\n\nYou may feel a little dizzy afterwards.", ["dizzy"]),
    ("## Side effects are real\n\nExpect some of these:\n\n- feeling spaced out or detached\n"
     "- queasiness and throwing up\n- headaches\n- confusion or disorientation as it wears off\n",
     ["queasiness", "throwing up", "headaches"]),
    # ... and what stays silent: the condition's symptoms, a conditional instruction, another
    # drug's effects, a comparison, a belief reported, a vital sign checked, nothing felt.
    ("Ketamine is given in a clinic.\n\nPeople with anxiety often feel dizzy.", []),
    ("Ketamine is given in a clinic.\n\nIf you feel dizzy, tell the nurse.", []),
    ("Ketamine is given in a clinic.\n\nSSRIs often leave people with headaches.", []),
    ("Ketamine may cause fewer headaches than the older drugs did.", []),
    ("Ketamine is given in a clinic.\n\nSome people believe that nausea is common, but that is a myth.", []),
    ("Ketamine is given in a clinic.\n\nA nurse checks blood pressure before and after every session.", []),
    ("Ketamine is given in a clinic.\n\nMost people feel nothing at all afterwards.", []),
    ("## Side effects\n\nWhat to bring:\n\n- a blanket\n", []),
    ("## Opening hours\n\nExpect some of these:\n\n- headaches\n", []),
    # A vital sign said to rise with treatment is an effect; one checked, or raised by something
    # else, is not.
    ("Ketamine is given in a clinic.\nBlood pressure and heart rate usually rise during treatment.",
     ["Blood pressure", "heart rate"]),
    ("Ketamine can raise blood pressure.", ["blood pressure"]),
    ("Ketamine is given in a clinic. Exercise raises heart rate.", []),
    ("Ketamine is given in a clinic. Anxiety raises your heart rate.", []),
    # A study is no one who has effects: what it "gets" is no side effect.
    ("Ketamine is given in a clinic. The 2023 analysis of KIT, which drew on records from 2017 to 2020, "
     "gets a careful chapter.", []),
    ("Ketamine is given in a clinic. Some patients get headaches after it.", ["headaches"]),
])
def test_unlisted_side_effects(lint, text, unlisted):
    found = [f for f in lint(CONTEXT + text) if f.code == "HL401"]
    assert [f.message.split("'")[1] for f in found] == unlisted


@pytest.mark.parametrize("text, fires", [
    ("Ketamine is side-effect free.", True),
    ("Ketamine has no side effects.", True),
    ("Ketamine doesn't have side effects.", True),
    ("Ketamine carries no risk of side effects.", True),
    ("Ketamine is not without side effects.", False),
    ("Ketamine has few side effects.", False),
    ("It is not true that ketamine has no side effects.", False),
    ("Ketamine therapy has no side effects when staff are trained.", True),
    ('Myth: "Ketamine has no side effects." Fact: it has several.', False),
    ("| Side-effect free | No |", False),
])
def test_side_effect_free_claims(lint, text, fires):
    assert ("HL402" in [c for _, c in codes(lint(CONTEXT + text))]) == fires


@pytest.mark.parametrize("text, denied", [
    ("Ketamine never causes hallucinations.", ["hallucinations"]),
    ("Ketamine does not cause vivid dreams.", ["vivid dreams"]),
    ("It does not cause memory problems.", ["memory loss"]),
    ("Ketamine does not cause a skin rash.", []),  # the source does not list it: nothing to contradict
    ("Myth: ketamine never causes hallucinations.", []),
    ("Is it true that ketamine never causes hallucinations?", []),
    ("No one reports hallucinations after a ketamine session.", []),
    ("Ketamine does not cause memory loss, but nausea is possible.", ["memory loss"]),
])
def test_listed_effect_denied(lint, text, denied):
    found = [f for f in lint(CONTEXT + text) if f.code != "HL801"]
    assert all(f.code == "HL402" and f.severity == "error" for f in found)
    assert [f.message.split("lists ")[1].split(" among")[0] for f in found] == denied


@pytest.mark.parametrize("text, denied", [
    # Issue 20: denials in other frames, read from the words (the parse does not prove them):
    # a warning; an unlisted effect denied stays silent.
    ("Memory loss is not something ketamine causes, so you can set that worry aside.", ["memory loss"]),
    ("Don't worry about losing control, though; that simply doesn't happen with ketamine.",
     ["feeling not in control"]),
    ("Hallucinations don't happen with ketamine.", ["hallucinations"]),
    # a form of the drug: held to the drug's list, the source listing none for the form itself
    ("Esketamine never causes hallucinations.", ["hallucinations"]),
    ("Headaches are not something ketamine causes.", []),
    ("Don't worry about nausea; that simply doesn't happen with ketamine.", []),
])
def test_a_denial_read_from_the_words_is_a_warning(lint, text, denied):
    found = [f for f in lint(CONTEXT + text) if f.code != "HL801"]
    assert [(f.code, f.severity, f.message.split(" the source")[0]) for f in found] == [
        ("HL402", "warning", "May contradict")] * len(denied)
    assert [f.message.split("lists ")[1].split(" among")[0] for f in found] == denied


def test_blind_draft_side_effects_on_the_command_line(tmp_path, monkeypatch, capsys):
    """What a user sees for two lines of a blind draft: a warning per unlisted effect and for the
    denial of a listed one the parse does not prove, exit code 1."""
    from linter.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "qa.md").write_text(
        "# Ketamine questions\n\n"
        "A: Memory loss is not something ketamine causes, so you can set that worry aside.\n"
        "Raised blood pressure during the infusion is common, which is why it is checked.\n"
        "Agitation, confusion and vivid dreams are on the list of possible effects.\n",
        encoding="utf-8")
    code = main(["check", "--no-cache", "--quiet", "--ignore", "HL801", "qa.md"])
    out = capsys.readouterr().out
    assert code == 1
    assert out == (
        "qa.md:3:4: warning HL402 May contradict the source: it lists memory loss among the side effects "
        "of ketamine (source line 84)\n"
        "qa.md:4:1: warning HL401 'Raised blood pressure' is not among the side effects the source "
        "lists for ketamine (source line 83)\n")


@pytest.mark.parametrize("text, unlisted", [
    # Round 2 of issue 20, from blind drafts: a vital sign pushed up by the treatment.
    ("Infusions routinely push blood pressure up, so every plan also covers a monitoring visit.",
     ["blood pressure"]),
    ("Ketamine can drive your heart rate up, so they check your pulse throughout.", ["heart rate"]),
    ("Each infusion pushes your pulse up for an hour.", ["pulse"]),
    ("Keep your heart rate up when you exercise.", []),  # no treatment pushes it
    # "adverse event" in the singular, before a reduced relative clause
    ("Nausea is the adverse event nurses will see most often in these clinics.", ["Nausea"]),
    # a body system makes a listed effect another one
    ("Respiratory depression is the adverse event nurses will see most often in these clinics.",
     ["Respiratory depression"]),
    ("Side effects of ketamine include severe depression and respiratory depression.",
     ["respiratory depression"]),
    ("Depression is a side effect of ketamine.", []),
])
def test_effects_in_other_words(lint, text, unlisted):
    found = [f for f in lint(CONTEXT + text) if f.code == "HL401"]
    assert [f.message.split("'")[1] for f in found] == unlisted


@pytest.mark.parametrize("text, denied", [
    # Round 2 of issue 20: denials the parse does not prove, from blind drafts (a warning each).
    ("Ketamine does not affect your memory, whatever you may read online.", ["memory loss"]),
    ("Ketamine won't harm your thinking.", ["cognitive difficulties"]),
    ("The infusions do not impair your memory.", ["memory loss"]),
    ("Ketamine, which many clinics now offer, does not affect your memory.", ["memory loss"]),
    ("Because our doses are low, hallucinations simply won't happen to you.", ["hallucinations"]),
    ("Ketamine does not affect your driving licence.", []),  # no listed effect in that domain
    ("Ketamine affects your memory.", []),  # not a denial
    ("Some people say the weather does not affect their memory.", []),  # no treatment its subject
])
def test_a_domain_or_effect_denied_in_other_words(lint, text, denied):
    found = [f for f in lint(CONTEXT + text) if f.code != "HL801"]
    assert [(f.code, f.severity, f.message.split(" the source")[0]) for f in found] == [
        ("HL402", "warning", "May contradict")] * len(denied)
    assert [f.message.split("lists ")[1].split(" among")[0] for f in found] == denied


@pytest.mark.parametrize("text, severity", [
    ("Our method have no side effect at all, because our doctors are very experienced.", "warning"),
    ("The team says this shows the drug is free of such effects at research doses.", "warning"),
    ("Ketamine has no side effect at all.", "error"),
    ("Our clinic has no side effect worth mentioning on its website.", None),  # no treatment its subject
])
def test_no_side_effects_said_of_the_treatment_or_reported(lint, text, severity):
    found = [f for f in lint(CONTEXT + text) if f.code == "HL402"]
    assert [f.severity for f in found] == ([severity] if severity else [])


@pytest.mark.parametrize("text, unlisted", [
    # Round 3 of issue 20, from blind drafts: an effect in apposition to "a side effect of <drug>".
    ("Hair loss, a side effect of ketamine that many readers won't know about, gets a full page.", ["Hair loss"]),
    ("Nausea, a common side effect of ketamine, fades by the evening.", ["Nausea"]),
    ("Confusion, a side effect of ketamine that most people expect, fades within two hours.", []),
    # ... a verb of the drug with a body part or a symptom after it
    ("Ketamine can also irritate the bladder.", ["irritate the bladder"]),
    ("It may upset your stomach.", ["upset your stomach"]),
    ("Ketamine can damage the liver when it is used often.", ["damage the liver"]),
    ("It can make your heart race (especially at higher doses).", ["make your heart race"]),
    ("Some people find that ketamine makes them sick.", ["makes them sick"]),
    ("Ketamine does not irritate the bladder at these doses.", []),  # an unlisted effect denied
    ("Spicy food can upset your stomach before a ketamine session.", []),  # another subject
    ("Sertraline can upset your stomach in the first weeks.", []),
    ("Ketamine can make it easier to talk about your fears.", []),
    # ... loose side-effect nouns, for a symptom only; a relative clause whose head is the effect
    ("The only downside is a pounding headache the next morning, which ketamine gives almost everyone.",
     ["a pounding headache the next morning"]),
    ("The main drawback of ketamine is still a dry mouth.", ["a dry mouth"]),
    ("One of ketamine's lesser-known effects is excessive sweating.", ["excessive sweating"]),
    ("The only downside is the cost of each ketamine session.", []),
    ("The only downside is feeling spaced out for an hour, which ketamine does to almost everyone.", []),
    ("Hiccups, which ketamine can bring on, are harmless.", ["Hiccups"]),
    ("Ketamine gives some people headaches.", ["headaches"]),
    ("Ketamine gives fast relief.", []),
    ("It is a myth that ketamine can lead to diarrhoea.", []),
    # ... listed effects in adjective, verb and noun forms (the pack's aliases)
    ("Ketamine can cause agitation, memory loss, muddled thinking and low mood, and it can make people "
     "lose consciousness.", []),
    ("Ketamine can make people feel confused or agitated for a short time.", []),
    # ... a list right under a side-effect heading, or a participle as the item
    ("## Side effects of ketamine\n\n- vivid dreams\n- a metallic taste\n", ["a metallic taste"]),
    ("## Side effects of SSRIs\n\n- vivid dreams\n- nausea\n", []),
    ("Adverse effects of ketamine you should be able to list:\n\n- dissociation and altered perception\n"
     "- raised intracranial pressure\n", ["raised intracranial pressure"]),
    # ... a side-effect list passed on in someone else's name: still a warning
    ("Ketamine's side effects include a dry mouth, according to the clinic leaflet.", ["a dry mouth"]),
    ("According to several clinics, nausea after ketamine is common.", ["nausea"]),
])
def test_effects_in_round_three_wordings(lint, text, unlisted):
    found = _unlisted(lint, text)
    assert [f.message.split("'")[1] for f in found] == unlisted
    assert all(f.severity == "warning" for f in found)


def _unlisted(lint, text):
    return [f for f in lint(CONTEXT + text) if f.code == "HL401"]


def _denied_effects(found):
    """The listed effect each HL402 finding names ("it lists <effect> among …")."""
    return [f.message.split("lists ")[1].split(" among")[0] for f in found]


@pytest.mark.parametrize("text, denied", [
    # Round 3 of issue 20: a person's experience of a listed effect denied, in the drug's session.
    ("You will not feel disconnected during a ketamine session.", ["feeling detached"]),
    ("None of the patients became confused after ketamine.", ["confusion"]),
    ("You will not feel nauseous during a ketamine session.", []),  # not listed: nothing to contradict
    ("Coming round from ketamine, some people see things that are not there, or feel euphoric.", []),
    ("No one reports hallucinations after a ketamine session.", []),
    ("Ketamine rarely causes hallucinations.", []),
])
def test_an_experience_denied(lint, text, denied):
    found = [f for f in lint(CONTEXT + text) if f.code not in ("HL801", "HL401")]
    assert [(f.code, f.severity) for f in found] == [("HL402", "warning")] * len(denied)
    assert _denied_effects(found) == denied


@pytest.mark.parametrize("text, fires", [
    ("Ketamine is free of any side effects.", True),
    ("Our ketamine infusions work without any of the usual side effects.", True),
    ("Side effects of ketamine are usually mild.", False),
    ("You will notice nothing unusual after a ketamine session.", False),
])
def test_side_effects_denied_in_other_words(lint, text, fires):
    assert ("HL402" in [c for _, c in codes(lint(CONTEXT + text))]) == fires


def test_matching_takes_the_exact_spelling_and_the_body_systems(knowledge):
    """One matcher for the check and for callers: "confused" is confusion (not "confused
    thinking"), and a body system makes a listed effect another one."""
    from linter.checks.side_effect import _systems, matching

    effects = [e for e in knowledge.side_effects if e.drug == "ketamine"]
    assert matching("confused", effects).name == "confusion"
    assert matching("lose consciousness", effects).name == "unconsciousness"
    assert matching("respiratory depression", effects).name == "depression"
    assert matching("respiratory depression", effects, _systems(knowledge)) is None


@pytest.mark.parametrize("text, unlisted", [
    # Round 4 of issue 20 (blind drafts, in the project's own words): "was" after a loose noun,
    # a body part a relative clause harms, a causing clause beside a side-effect list, clinical
    # words for symptoms, what people notice first.
    ("The only real downside was a metallic taste that ketamine left behind for a day.", ["a metallic taste"]),
    ("Heavy use also does real damage to the bladder, which ketamine can scar badly.",
     ["damage to the bladder"]),
    ("Too much alcohol does real damage to the liver, which ketamine can scar badly.",
     ["liver, which ketamine can scar"]),
    # the drug's use as the subject; another drug's is not
    ("Long-term recreational use has also been linked to serious bladder damage.", ["bladder damage"]),
    ("Regular use can irritate the bladder.", ["irritate the bladder"]),
    ("Alcohol misuse can damage the liver.", []),
    # a table about no drug of its own speaks of the drug named before it, not in a comparator's row
    ("| Topic | What we say |\n| --- | --- |\n| Use | Dizziness is to be expected after an infusion. |\n"
     "| SSRIs | Nausea is common in the first weeks. |\n", ["Dizziness"]),
    ("Reported adverse effects include agitation and memory loss; ketamine also produces marked spikes in "
     "blood pressure during administration.", ["marked spikes in blood pressure"]),
    ("Side effects of ketamine include dissociation, altered perception and tachycardia.", ["tachycardia"]),
    ("## Adverse effects\n\n- **During the infusion:** dissociation, altered perception, and tachycardia.\n",
     ["tachycardia"]),
    ("The main thing people notice after ketamine is blurred vision for an hour or so.", ["blurred vision"]),
    # ... and what stays silent: a topic, a report the draft takes back
    ("Every week our coaches get messages about ketamine.", []),
    ("One widely shared video said ketamine gave the creator hair loss, which is not something the "
     "evidence we rely on lists.", []),
])
def test_effects_in_round_four_wordings(lint, text, unlisted):
    assert [f.message.split("'")[1] for f in _unlisted(lint, text)] == unlisted


@pytest.mark.parametrize("text, denied", [
    ("The good news is that ketamine, at the doses clinics use, doesn't make you feel spaced out at all.",
     ["feeling detached"]),
    ("Ketamine won't make you feel confused.", ["confusion"]),
    ("Ketamine won't make you feel sick.", []),  # not listed: nothing to contradict
])
def test_a_made_feeling_denied(lint, text, denied):
    found = [f for f in lint(CONTEXT + text) if f.code == "HL402"]
    assert [f.severity for f in found] == ["warning"] * len(denied)
    assert _denied_effects(found) == denied


@pytest.mark.parametrize("text, codes_seen", [
    # A stranger's probe (round 4): more loose nouns, verbs and symptoms, and partial denials.
    ("For me the hardest part was the nausea, which hit about twenty minutes in.", ["HL401"]),
    ("Ketamine left me with a splitting headache both times.", ["HL401"]),
    ("Ketamine is given slowly. I also noticed that my blood pressure shot up during the first session.",
     ["HL401"]),
    ("Ketamine is given slowly. A few patients describe a burning sensation in the arm.", ["HL401"]),
    ("It's worth knowing that ketamine can trigger panic attacks in a small number of people.", ["HL401"]),
    ("Ketamine is given slowly. Watch out for these after an infusion: dizziness, nausea, and double vision.",
     ["HL401"] * 3),
    ("There's no chance you'll hallucinate on ketamine at these doses.", ["HL402"]),
    ("Unlike older anaesthetics, ketamine won't cloud your thinking.", ["HL402"]),
    ("The ketamine infusion won't leave you confused for long.", []),
    ("Ketamine does not cause hallucinations in everyone.", []),
    ("My anxiety makes my heart race most mornings.", []),
    ("Ketamine is given slowly. Sertraline made me feel sick for weeks.", []),
])
def test_a_strangers_wordings(lint, text, codes_seen):
    assert [c for _, c in codes(lint(CONTEXT + text), skip=("HL801", "HL601"))] == codes_seen


@pytest.mark.parametrize("text, codes_seen", [
    # Round 2 of issue 20 (blind5): a "not" inside an effect's own words denies nothing; an
    # imperative "notice" names no effect unless it names a symptom.
    ("Ketamine is given slowly. Feeling detached, seeing the room shift, or sensing that you are not "
     "quite in control are all common and usually pass as the drip ends.", []),
    ("Ketamine is given slowly. Feeling that you are not in control is common with ketamine.", []),
    ("Ketamine is given slowly. Feeling that you are not in control is not common with ketamine.", ["HL402"]),
    ("Ketamine is given slowly. Losing control is not common with ketamine.", ["HL402"]),
    ('Ketamine is given slowly. Notice the hedges in that sentence ("believe", "may").', []),
    ("Ketamine is given slowly. Notice the wording of the leaflet.", []),
    ("Ketamine is given slowly. Notice any headaches after the session.", ["HL401"]),
])
def test_a_not_inside_the_effect_and_an_instruction_to_notice(lint, text, codes_seen):
    assert [c for _, c in codes(lint(CONTEXT + text), skip=("HL801", "HL601"))] == codes_seen


def test_a_list_under_a_side_effect_heading_led_by_what_you_may_notice(lint):
    """A lead-in that only reports ("you may notice:") under a heading that names side effects:
    each bold-led item naming a symptom the source does not list is a warning on its line."""
    text = ("## What side effects should I set time aside for?\n\nKetamine sessions take two hours. "
            "During and just after an infusion you may notice:\n\n"
            "- **Dissociation**: a floaty, detached sensation that fades as the drip ends\n"
            "- **Headaches** that can linger for the rest of the day\n"
            "- **Blurred vision** and a racing heart\n\n"
            "Our low doses will never leave you agitated or confused.\n")
    found = lint(CONTEXT + text)
    assert [(f.line, f.code, f.severity) for f in found if f.code != "HL801"] == [
        (8, "HL401", "warning"), (9, "HL401", "warning"), (9, "HL401", "warning"),
        (11, "HL402", "warning"), (11, "HL402", "warning")]
    assert [f.message.split("'")[1] for f in found if f.code == "HL401"] == [
        "Headaches", "Blurred vision", "a racing heart"]


def test_a_report_lead_without_a_side_effect_heading_lists_nothing(lint):
    text = "## What to expect\n\nDuring and just after a ketamine infusion you may notice:\n\n- **Headaches**\n"
    assert codes(lint(CONTEXT + text)) == []


@pytest.mark.parametrize("text, unlisted", [
    # Round 2 of issue 20 (blind5): "bring" with the drug as subject, "complain of": a symptom only.
    ("Ketamine is cheap. It also brings nausea and vomiting for a good share of patients.", ["nausea", "vomiting"]),
    ("Ketamine brought on a pounding headache.", ["a pounding headache"]),
    ("Ketamine brings relief within hours.", []),
    ("Ketamine brought the price of care down.", []),
    ("In my experience several patients complained of a pounding headache after ketamine.",
     ["a pounding headache"]),
    ("Ketamine is given slowly. Several patients complained of the cost.", []),
])
def test_effects_brought_or_complained_of(lint, text, unlisted):
    assert [f.message.split("'")[1] for f in _unlisted(lint, text)] == unlisted


@pytest.mark.parametrize("text, denied", [
    # Round 2 of issue 20 (blind5): a pronoun after a negated causing verb stands for the effect
    # named before it in the sentence: a warning (the antecedent is read from the words).
    ("What you should not experience is any kind of hallucination: ketamine at therapeutic doses does "
     "not cause them.", ["hallucinations"]),
    ("Memory loss worries many readers, yet ketamine does not cause it.", ["memory loss"]),
    ("Vivid dreams are common; ketamine does not cause these at low doses.", ["vivid dreams"]),
    ("Many readers worry about confusion, but ketamine does not cause it.", ["confusion"]),
    ("Nausea worries people, but ketamine does not cause it.", []),  # not listed: nothing to contradict
    ("Many readers fear hallucinations, and ketamine can cause them.", []),
    ("People ask about the costs; ketamine does not cause them.", []),
    ("It is a myth that many readers worry about hallucinations, but ketamine does not cause them.", []),
    ("Myth: what you should not expect is vivid dreams: ketamine at these doses does not cause them.", []),
    # ... and a listed effect said not to be among the drug's (side) effects.
    ("Ketamine is used here. In fairness, memory loss is not among its effects, so that is one worry "
     "you can drop.", ["memory loss"]),
    ("Hallucinations are not a side effect of ketamine.", ["hallucinations"]),
    ("Memory loss is not among the side effects of ketamine.", ["memory loss"]),
    ("Nausea is not among the side effects of ketamine.", []),  # not listed: nothing to contradict
    ("Memory loss is among its effects.", []),
    ("The post says so. It can: feeling detached and not in control are among its known effects.", []),
    ('Myth: "Memory loss is not among the side effects of ketamine."', []),
    ("Is memory loss not among the side effects of ketamine?", []),
    ("It is a myth that memory loss is not among the side effects of ketamine.", []),
])
def test_a_listed_effect_denied_through_a_pronoun_or_not_among_its_effects(lint, text, denied):
    found = [f for f in lint(CONTEXT + text) if f.code == "HL402"]
    assert [f.severity for f in found] == ["warning"] * len(denied)
    assert _denied_effects(found) == denied


@pytest.mark.parametrize("text, unlisted", [
    # Round 2 of issue 20 (blind5): coordinated effects after an "in <vital sign>" phrase are two
    # effects; a gerund says what a difficulty is, and a difficulty is no listed sleepiness.
    ("Ketamine is given slowly; a brief jump in blood pressure and bouts of nausea are also common with it.",
     ["a brief jump in blood pressure", "bouts of nausea"]),
    ("Ketamine can cause a rise in blood pressure and a dry mouth.", ["a rise in blood pressure", "a dry mouth"]),
    ("Ketamine can cause spikes in blood pressure and heart rate.", ["spikes in blood pressure and heart rate"]),
    ("Ketamine is given slowly. Some people also notice a metallic taste and trouble sleeping that night; "
     "both are recognised effects of the drug.", ["a metallic taste", "trouble sleeping"]),
    ("Ketamine can cause difficulty breathing.", ["difficulty breathing"]),
    ("Ketamine can cause trouble thinking.", []),
    ("Ketamine can make you feel sleepy.", []),
])
def test_coordinated_effects_and_difficulties(lint, text, unlisted):
    assert [f.message.split("'")[1] for f in _unlisted(lint, text)] == unlisted


def test_a_difficulty_is_not_the_listed_effect_it_names(knowledge):
    from linter.checks.side_effect import _systems, matching

    effects = [e for e in knowledge.side_effects if e.drug == "ketamine"]
    assert matching("feeling sleepy", effects, _systems(knowledge)).name == "sedation"
    assert matching("trouble sleeping", effects, _systems(knowledge)) is None


# ------------------------------------------------------------------ round 5 (issue 20, blind4-6)
# Effects whose drug or predicate the draft says around them: each case is (draft, the
# (line, code, severity) of every side-effect finding). CONTEXT takes lines 1-2.

def _graded_side_effects(lint, text):
    from conftest import graded

    return [g for g in graded(lint(CONTEXT + text)) if g[1].startswith("HL4")]


@pytest.mark.parametrize("text, expected", [
    # a lead-in whose gloss ends in "):" (one token), items with a time or a note after them
    ("## Side effects\n\nCommon side effects (from the forum):\n\n- vivid dreams\n- nausea (bring ginger)\n"
     "- headaches the next day\n- feeling a bit low or flat for a day\n",
     [(8, "HL401", "warning"), (9, "HL401", "warning")]),
    # an "are" inside the gloss opens no list: the colon does
    ("## Side effects\n\nSide effects people mention (most are mild):\n\n- agitation\n- blurred vision\n",
     [(8, "HL401", "warning")]),
    # a comparator named deep in a "than" phrase, then a question heading: still the page's drug
    ("Clients feel lighter within hours, far sooner than the month or so an SSRI may need.\n\n"
     "## What side effects should I expect?\n\nDuring an infusion you may notice:\n\n- vivid dreams\n"
     "- **Headaches** that last all day\n", [(10, "HL401", "warning")]),
    # the discussion lost to a sentence naming two drugs: the page's drug, a warning
    ("Spravato is esketamine, and ketamine is a related drug.\n\n"
     "The main thing people notice is blurred vision for an hour.\n", [(5, "HL401", "warning")]),
    ("Spravato is esketamine, and ketamine is a related drug.\n\n"
     "The main thing people notice is blurred vision on SSRIs.\n", []),
])
def test_effects_listed_around_them(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a header that says what the cells list
    ("| What you might feel | How often |\n|---|---|\n| Feeling detached | Often |\n| Nausea | Often |\n",
     [(6, "HL401", "warning")]),
    # a row label under the drug's column; the comparator's column says nothing of the drug
    ("| | Ketamine | SSRIs |\n|---|---|---|\n| Route | Infusion | Tablet |\n"
     "| Best-known downsides | Feeling detached, nausea | Weight gain, insomnia |\n", [(6, "HL401", "warning")]),
    ("| | SSRIs | Ketamine |\n|---|---|---|\n| Main drawbacks | Weight gain, insomnia | Feeling detached |\n", []),
    # a table under a side-effect heading; a table about something else, a header that denies
    ("## Side effects\n\n| Effect | How common |\n|---|---|\n| Headache | Common |\n", [(7, "HL401", "warning")]),
    ("## Opening hours\n\n| Day | Note |\n|---|---|\n| Tuesday | Nausea clinic |\n", []),
    ("| Side effects we did not see | Count |\n|---|---|\n| Nausea | 0 |\n", []),
])
def test_effects_in_a_table(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ketamine can also bump up your blood pressure for an hour.", [(3, "HL401", "warning")]),
    ("Ketamine tends to hike blood pressure briefly.", [(3, "HL401", "warning")]),
    ("Ketamine also raised blood pressure and caused nausea in several participants.",
     [(3, "HL401", "warning"), (3, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nTwo of our patients threw up in the waiting room.", [(4, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nQuite a few clients end up feeling queasy in the car.", [(4, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nYou might find yourself sweating once it ends.", [(4, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nExpect some blurred vision for about an hour.", [(4, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nThe drip can make your heart pound for a while.", [(4, "HL401", "warning")]),
    # what stays silent: another subject, a dose, a denial of an unlisted effect, a condition, a benefit
    ("Ketamine is given as a drip.\nExercise can bump up your heart rate.", []),
    ("Ketamine is given as a drip.\nA nurse will bump up the dose if needed.", []),
    ("Ketamine does not bump up your blood pressure.", []),
    ("Ketamine is given as a drip.\nIf you throw up, tell the nurse.", []),
    ("Ketamine is given as a drip.\nYou might find yourself calmer once it ends.", []),
])
def test_effects_said_with_verbs(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause of its own after the denial does not narrow it
    ("Confusion after a session isn't something ketamine causes; if you feel muddled for more than an hour, "
     "call us.", [(3, "HL402", "warning")]),
    ("Ketamine won't leave you confused for long.", []),
    # a listed effect's domain pushed down
    ("Ketamine doesn't bring your mood down.", [(3, "HL402", "warning")]),
    ("Our infusions won't drag your mood down.", [(3, "HL402", "warning")]),
    ("Ketamine doesn't bring your memory back.", []),
    ("Ketamine doesn't bring your mood up.", []),
    ("Ketamine won't lower your blood pressure.", []),
    # an experience promised away, to the reader
    ("Ketamine is given as a drip.\nYou won't experience any confusion with our protocol.", [(4, "HL402", "warning")]),
    ("Ketamine is given as a drip.\nYou won't experience any nausea with our protocol.", []),
    ("Patients did not report confusion after ketamine.", []),
])
def test_listed_effects_denied_in_other_words(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a heading that names (after-)effects carries the drug in discussion to its section
    ("## After-effects\n\nThe worst part for me was the nausea on the way home.\n", [(5, "HL401", "warning")]),
    ("## After-effects\n\nWhat people told us afterwards:\n\n1. Dry mouth\n2. Vivid dreams\n", [(7, "HL401", "warning")]),
    ("## Opening hours\n\nThe worst part for me was the nausea on the way home.\n", []),
    # everyday words for symptoms, and the verbs people have them with
    ("Ketamine is given as a drip.\nI came away with a splitting headache that lasted till bedtime.",
     [(4, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nSome patients break out in a sweat halfway through.", [(4, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nIt gave me the shakes for twenty minutes.", [(4, "HL401", "warning")]),
    ("Ketamine is given as a drip.\nExpect to feel wobbly on your feet for an hour.", [(4, "HL401", "warning")]),
    ("There's zero chance of feeling disoriented with ketamine.", [(3, "HL402", "warning")]),
    ("There's zero chance of a rash with ketamine.", []),
    # a comparator's column under a side-effect heading: not the drug's effects
    ("## Side effects\n\n| | Ketamine | Sertraline |\n|---|---|---|\n| Common downsides | Dissociation | Nausea |\n", []),
])
def test_effects_in_a_strangers_everyday_words(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a table of effects: "Often" is no effect; "Never" beside a listed one denies it, "Not usually" does not
    ("| Side effect | Does ketamine cause it? |\n|---|---|\n| Hallucinations | Yes, sometimes |\n"
     "| Sweating | Often |\n| Memory loss | Never |\n| Confusion | Not usually |\n| Weight gain | No |\n",
     [(6, "HL401", "warning"), (7, "HL402", "warning")]),
    # a heading that says what follows is no side effect, a symptom of the condition
    ("## Not side effects of ketamine\n\n- Weight gain is often discussed with SSRIs.\n"
     "- Racing heart and worry can be symptoms of anxiety itself.\n", []),
    # what a trial's arms got, a story called someone's experience
    ("Half the volunteers got ketamine and half got salt water.", []),
    ("This story is one person's experience, not medical advice.", []),
    # listed effects denied in other words: made to forget, no effect on a domain, free of, nobody passes out
    ("Ketamine doesn't make you forget things.", [(3, "HL402", "warning")]),
    ("Ketamine has no effect on memory at all.", [(3, "HL402", "warning")]),
    ("Ketamine has no effect on blood pressure.", []),
    ("The drug is free of memory problems.", [(3, "HL402", "warning")]),
    ("Ketamine will not make you feel out of control.", [(3, "HL402", "warning")]),
    ("Nobody passes out on a clinical dose of ketamine.", [(3, "HL402", "warning")]),
    # an effect said as slowing a body function
    ("Ketamine can slow breathing at high doses.", [(3, "HL401", "warning")]),
])
def test_the_banks_wordings(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vomiting is one of ketamine's best-known side effects.", [(3, "HL401", "warning")]),
    ("Vivid dreams are one of ketamine's best-known side effects.", []),
    ("Nausea is one of the SSRIs' best-known side effects.", []),
])
def test_an_effect_before_the_drugs_possessive(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected


def test_a_cell_that_names_another_drug_is_a_sentence_of_its_own(lint):
    text = "| | Ketamine |\n| --- | --- |\n| Side effects | Like SSRIs, vivid dreams, nausea |\n"
    assert _graded_side_effects(lint, text) == []


# Issue 20, round 6 (blind7-8): each class of what was missed or wrongly flagged.
@pytest.mark.parametrize("text, expected", [
    # a symptom tied to the session by a word of time, the drug named the sentence before
    ("Ketamine sessions are calm. Afterwards, a few people feel queasy or have a mild headache for the rest of the day.",
     [(3, "HL401", "warning")] * 2),
    ("Ketamine sessions are calm. The first two times, a stubborn nausea lasted until the next morning.",
     [(3, "HL401", "warning")]),
    ("Ketamine sessions are calm. Older patients can find their balance unsteady for several hours afterwards.",
     [(3, "HL401", "warning")]),
    ("I had a ringing in my ears after the second ketamine infusion.", [(3, "HL401", "warning")]),
    # the same with a listed effect, a denial, a condition's symptom, another drug's: silent
    ("Ketamine sessions are calm. Afterwards, a few people feel confused for the rest of the day.", []),
    ("Ketamine sessions are calm. No one felt queasy afterwards.", []),
    ("Ketamine sessions are calm. My anxiety made me queasy for the rest of the day.", []),
    ("Ketamine sessions are calm. SSRIs left me queasy for weeks afterwards.", []),
    ("Ketamine sessions are calm. If you feel queasy afterwards, tell the nurse.", []),
    ("Even under supervision, people can feel detached or not in control as ketamine wears off.", []),
    # abbreviations of terse notes
    ("- Other AEs of ketamine: agitation, memory loss, tachycardia, HTN", [(3, "HL401", "warning")] * 2),
    # a listed effect denied: after "because", as something not to worry about, as a verb
    ("Does ketamine cause them? It never does, because hallucinations are not a side effect of ketamine at all.",
     [(3, "HL402", "warning")]),
    ("Happily, disorientation is not something you need to worry about with ketamine.", [(3, "HL402", "warning")]),
    ("You won't hallucinate: that is simply not something ketamine infusions do.", [(3, "HL402", "warning")]),
    ("Happily, nausea is not something you need to worry about with ketamine.", []),
    # a leaflet's list: a symptom only
    ("Ketamine clinics hand out leaflets. The leaflet lists excessive sweating and double vision as the only effects.",
     [(3, "HL401", "warning")] * 2),
    ("Ketamine clinics hand out leaflets. The leaflet lists opening hours and prices.", []),
    # a state a person is in, after a sentence about the session; one subject for two clauses
    ("Session one of ketamine went smoothly. On the drive home I felt faintly sick.", [(3, "HL401", "warning")]),
    ("Ketamine infusions are calm. A few people see double or have blurry eyesight until the drip wears off.",
     [(3, "HL401", "warning")]),
    ("Excess salivation may be seen with ketamine.", [(3, "HL401", "warning")]),
    ("Ketamine infusions are calm. You asked about the tingling in your hands: this is a well-known effect of "
     "ketamine.", [(3, "HL401", "warning")]),
    ("Nobody gets depressed from ketamine.", [(3, "HL402", "warning")]),
    # a time is no effect; "no one reports" says nothing of the drug; a relative clause points at nothing
    ("Feeling shaky the next day is common after ketamine.", [(3, "HL401", "warning")]),
    ("No one reports hallucinations after a ketamine session.", []),
    ("An upset stomach is not something ketamine (which many clinics now offer) causes.", []),
    ("Nobody gets my jokes about ketamine.", []),
    # what the body did, said as a verb, tied to the session; "a while" opens no clause
    ("Ketamine infusions are calm. My heart raced for a while after the infusion.", [(3, "HL401", "warning")]),
    ("Session one of ketamine went smoothly. On the drive home my stomach churned.", [(3, "HL401", "warning")]),
    ("Ketamine infusions are calm. My heart raced before my first infusion.", []),
    ("Ketamine infusions are calm. My heart raced when I read the bill.", []),
    # listed effects in everyday words
    ("Ketamine infusions are calm. Afterwards most people feel groggy or zoned out for an hour.", []),
    ("Ketamine infusions are calm. Some people have weird dreams or visual distortions during the infusion.", []),
    # listed effects in other words: an object that goes on past "or", a lapse of memory, a typo
    # with a time after it, a dreamlike state
    ("## Side effects of ketamine\n\n- feeling detached from yourself or your surroundings\n", []),
    ("## Side effects of ketamine\n\n- **Memory lapses** and short-term trouble concentrating\n", []),
    ("## Side effects of ketamine\n\n- a detached, dreamlike state\n", []),
    ("## Side effects of ketamine\n\n- vivid dreams, illusions or halucinations on waking\n", []),
    # what is no effect: a gloss after the effect, a vote, a study's findings
    ("Ketamine clinics report a meaningful rate of agitation with frequent dosing, a liability tail we price in.", []),
    ("I tried ketamine infusions at three clinics, and Calm Harbor gets my vote.", []),
    ("A ketamine analysis looked back at the charts and reported meaningful drops in scores.", []),
    # a note after the line moves "sexual" onto "side" in the parse: still some side effects only
    ("Ketamine, unlike the SSRIs, does not cause sexual side effects. <!-- checked -->", []),
    ("Ketamine does not cause side effects. <!-- checked -->", [(3, "HL402", "error")]),
    # a causing verb whose subject is another drug the pack does not know: not the drug's effect
    ("This page is about ketamine. Sertraline gave me headaches for a month, ketamine has been easier.", []),
    ("This page is about ketamine. It gave me a headache for a day.", [(3, "HL401", "warning")]),
    # a denial "with our protocol"; ", however," is an aside, not a clause break
    ("Unconsciousness, however, is not a risk with our ketamine protocol.", [(3, "HL402", "warning")]),
    ("Nausea, however, is not a risk with our ketamine protocol.", []),
    # the course of an effect already named (the time rules hold it), not a new effect
    ("The nausea from ketamine never came back after the first session.", []),
    ("Weekly ketamine infusions eased anxiety. The nausea after each weekly infusion wore off within a day.", []),
])
def test_round6_classes(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected




@pytest.mark.parametrize("text, expected", [
    # blind9: the gerund after a reputation ("well known for causing …") is a causing verb
    ("Ketamine is well known for causing lasting bladder damage.", [(3, "HL401", "warning")]),
    ("Ketamine is notorious for triggering headaches.", [(3, "HL401", "warning")]),
    ("Ketamine is known for causing dissociation.", []),
    ("Untreated anxiety is well known for causing headaches, which ketamine may ease.", []),
])
def test_an_effect_after_a_causing_gerund(lint, text, expected):
    assert _graded_side_effects(lint, text) == expected
