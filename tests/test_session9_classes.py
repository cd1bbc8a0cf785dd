"""Classes of wording met missed or misread on the held-out sets (issue 20, session 9), each
tested in our own words with traps that must stay silent: a paragraph in parentheses (an aside
about another drug) does not take the discussion over; a study dated by a participle right after
its name ("the <name> analysis, published in <year>") whatever the parse hangs it on; a study
compared with ("more weight than the <name> data") is not the one the sentence dates; two studies
joined by a comma and "plus" / "and" / "while" are two mentions."""

from __future__ import annotations

import pytest

from conftest import codes, graded

# ------------------------------------------------------------------ asides in parentheses
ASIDES = [
    "(SSRIs, the everyday anxiety tablets, are slower: a new SSRI can take weeks to work.)",
    "(Benzodiazepines are a different story; a benzodiazepine is usually taken as a tablet.)",
    "(For comparison, SSRIs are taken every day, and an SSRI is swallowed.)",
]
AFTER = [
    "Expect some dizziness for several hours after a session.",
    "A few people have a racing heart for the rest of the day after an infusion.",
]


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize("after", AFTER)
def test_an_aside_in_parentheses_leaves_the_drug_in_discussion_in_place(lint, aside, after):
    draft = f"Ketamine infusions are given in a clinic.\n\n{aside}\n\n{after}\n"
    assert (5, "HL401") in codes(lint(draft))


@pytest.mark.parametrize("after", AFTER)
def test_a_paragraph_about_another_drug_outside_parentheses_does_take_it_over(lint, after):
    draft = f"Ketamine infusions are given in a clinic.\n\nSSRIs are slower, and an SSRI is taken daily.\n\n{after}\n"
    assert (5, "HL401") not in codes(lint(draft))


def test_an_aside_keeps_its_own_drugs_effects(lint):
    draft = "Ketamine infusions are given in a clinic.\n\n(SSRIs can cause dizziness and nausea.)\n"
    assert codes(lint(draft)) == []


# ------------------------------------------------------------------ a study dated after its name
@pytest.mark.parametrize("sentence", [
    "Critics of the KIT analysis, published in 2021, point out that nobody was randomised at all.",
    "Supporters of the KIT analysis, released in 2021, praise its large sample.",
    "Readers of the retrospective KIT study, published in 2021, often miss its limits.",
])
def test_a_study_dated_by_a_participle_after_its_name_is_that_studys_year(lint, sentence):
    assert (1, "HL501") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Critics of the KIT analysis, published in 2023, point out that nobody was randomised at all.",
    "Critics of the KIT analysis, founded in 2021, point out that nobody was randomised.",  # no dating verb
    "Critics, writing in 2021, said the KIT analysis was small.",  # the year dates the critics
])
def test_a_right_year_or_a_year_that_dates_something_else_is_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1].startswith("HL50")] == []


# ------------------------------------------------------------------ a study compared with
@pytest.mark.parametrize("sentence", [
    "Because that 2017 study was double-blind and placebo-controlled, its findings are usually given more weight than the KIT data.",
    "That 2017 study was a randomized controlled trial, so it counts for more than the KIT records.",
])
def test_the_study_a_sentence_compares_with_is_not_the_one_it_dates(lint, sentence):
    assert graded(lint(sentence + "\n")) == [(1, "HL503", "error")]


@pytest.mark.parametrize("sentence", [
    "The 2017 study of weekly treatments drew less attention than the KIT analysis.",
    "That 2017 study was smaller than the KIT data set.",
])
def test_a_right_study_compared_with_another_is_silent(lint, sentence):
    assert codes(lint(sentence + "\n")) == []


def test_a_wrong_year_given_to_the_named_study_before_a_comparison_still_fires(lint):
    sentence = "The KIT analysis, published in 2019, got more attention than the weekly trial."
    assert (1, "HL501") in codes(lint(sentence + "\n"))


# ------------------------------------------------------------------ two studies in one sentence
@pytest.mark.parametrize("joint", ["plus", "and", "while there was also"])
def test_two_studies_joined_by_a_comma_and_a_joining_word_are_two_mentions(lint, joint):
    sentence = (f"There is a 2023 analysis of people who had IV ketamine between 2017 and 2020, {joint} an "
                "older trial from 2016 on weekly doses for social anxiety and GAD.")
    assert [c for c in graded(lint(sentence + "\n")) if c[1] == "HL501"] == [(1, "HL501", "error")]


def test_two_studies_joined_with_their_right_years_are_silent(lint):
    sentence = ("There is a 2023 analysis of people who had IV ketamine between 2017 and 2020, plus an older "
                "trial from 2017 on weekly doses for social anxiety and GAD.")
    assert [c for c in codes(lint(sentence + "\n")) if c[1].startswith("HL50")] == []


# ------------------------------------------------------------------ onsets and durations
@pytest.mark.parametrize("sentence", [
    # the small model reads "starts" as a noun: the clause hangs on "benefit"
    "The benefit of ketamine starts to show around two weeks after the first appointment.",
    "Ketamine usually needs four to six weeks before any change is felt.",
    "Ketamine usually needs four to six weeks before a real change is noticed.",
])
def test_an_onset_said_of_a_misparsed_or_generic_change_is_read(lint, sentence):
    assert (1, "HL301") in codes(lint(sentence + "\n"))


def test_an_onset_after_the_treatment_with_a_time_of_day_beside_it_keeps_its_drug(lint):
    draft = ("Ketamine is given as an infusion.\n\nFor most people on such a course, the benefit starts to show "
             "around two weeks after the first appointment, not on the day.\n")
    assert (3, "HL301") in codes(lint(draft))


@pytest.mark.parametrize("sentence", [
    "The benefit of exercise starts to show around two weeks after the first session.",
    "SSRIs usually need four to six weeks before any change is felt.",
    "Ketamine acts within hours, while SSRIs usually need four to six weeks before any change is felt.",
    "The benefit of ketamine starts to show within hours.",
    "Some people notice a change within hours, which can feel very different from the two to six weeks "
    "that the more familiar SSRI medicines may need before anxiety starts to ease.",
])
def test_another_doers_onset_or_the_right_one_is_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1].startswith("HL30")] == []


@pytest.mark.parametrize("sentence", [
    "In practice, one ketamine infusion typically carries people for three to four weeks.",
    "A single ketamine infusion keeps anxiety down for a month.",
])
def test_a_session_said_to_last_weeks_is_the_effect_not_the_session(lint, sentence):
    assert (1, "HL301") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Each ketamine infusion lasts about 40 minutes.",
    "Each ketamine infusion lasts two hours, including the time to recover.",
    "One ketamine infusion carries people for a few days.",  # within the source's up to seven days
])
def test_a_session_length_or_a_right_effect_is_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1].startswith("HL30")] == []


# ------------------------------------------------------------------ a contrast clause opening a sentence
@pytest.mark.parametrize("earlier", [
    "One reason people try ketamine is speed: where an SSRI may take two to six weeks, ketamine can act within hours.",
    "Whereas an SSRI may take two to six weeks, ketamine can act within hours.",
    "While SSRIs can take two to six weeks, ketamine often acts within hours.",
])
def test_the_main_clauses_drug_stays_in_discussion_after_a_fronted_contrast(lint, earlier):
    draft = f"{earlier}\n\nEven so, be prepared to wait a week or two before the drug starts to do anything.\n"
    assert (3, "HL301") in codes(lint(draft))


def test_a_trailing_contrast_turns_the_discussion_to_its_drug(lint):
    draft = ("SSRIs commonly take two to six weeks before anxiety starts to ease, whereas ketamine may act "
             "within hours.\n\nBlurred vision for the rest of the day is common, and so is feeling detached.\n")
    assert (3, "HL401") in codes(lint(draft))


def test_a_right_span_after_a_trailing_contrast_is_silent(lint):
    draft = ("SSRIs may need two to six weeks before anxiety starts to ease, whereas ketamine may act within hours.\n\n"
             "In the 2017 trial, anxiety stayed down for up to seven days after each weekly infusion.\n")
    assert codes(lint(draft)) == []


# ------------------------------------------------------------------ side effects in lists
def _unlisted(findings) -> list[tuple[int, str]]:
    return [(line, code) for line, code in codes(findings) if code == "HL401"]


HEADING = "## Side effects of ketamine\n\n"


@pytest.mark.parametrize("item, words", [
    ("- **Mornings after:** quite a few people wake the next day with a pounding headache.", "headache"),
    ("- **The room spinning:** dizziness simply comes with the territory.", "dizziness"),
    ("- **After a session:** nausea, and for some a racing heart.", "nausea"),
])
def test_a_bold_label_is_no_effect_and_a_clause_gives_only_its_symptoms(lint, item, words):
    findings = [f for f in lint(HEADING + item + "\n") if f.code == "HL401"]
    assert findings and all(f.line == 3 for f in findings)
    assert any(words in f.message.split("'")[1] for f in findings)
    assert not any(w in f.message for f in findings for w in ("Mornings", "The room", "After a session"))


@pytest.mark.parametrize("item", [
    "- **The rest of the list:** agitation, memory lapses, cognitive difficulties and unconsciousness are also recorded.",
    "- **Floaty and far away:** feeling detached, with sounds and colours distorted, was the effect people mentioned most.",
    "- **During treatment:** feeling detached from one's body or surroundings, and a sense of not being in control.",
    "- **Agitation**, feeling wound up or restless",
    "- **Vivid dreams** (some people call them trippy) as it wears off",
])
def test_labels_glosses_and_clause_pieces_of_listed_effects_are_silent(lint, item):
    assert _unlisted(lint(HEADING + item + "\n")) == []


def test_a_lead_naming_effects_on_something_still_opens_an_effects_list(lint):
    draft = ("## Side effects I would want you to know about\n\nKetamine can bring vivid dreams.\n"
             "Other effects on the list:\n- **Agitation**, feeling wound up or restless\n"
             "- **Headaches** that can hang about after a session\n")
    assert _unlisted(lint(draft)) == [(6, "HL401")]


@pytest.mark.parametrize("sentence", [
    "Some patients also get tablets that dissolve under the tongue, to use at home between visits.",
    "In a clinic you would usually get it as an IV drip or a shot into a muscle, and some people get lozenges to use at home.",
])
def test_a_form_of_the_drug_people_get_is_no_side_effect(lint, sentence):
    assert _unlisted(lint("Ketamine is used off-label for anxiety.\n\n" + sentence + "\n")) == []


def test_a_symptom_a_drug_brings_in_a_span_is_no_onset(lint):
    sentence = ("Most people who need medication are started on an SSRI, and it can take two to six weeks to ease "
                "anxiety and may bring a little nausea in the first fortnight.")
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL301"] == []


# ------------------------------------------------------------------ approvals: afterthoughts, contrasts, answers
@pytest.mark.parametrize("sentence, expected", [
    ("NB: ketamine itself has never been approved as a sedative, only as an anaesthetic.",
     [(1, "HL201", "error")]),  # the sedative denial contradicts; the anaesthetic is kept approved
    ("Ketamine is not approved for anxiety, only for anesthesia.", []),
    ("Ketamine is not approved for anxiety, just for anesthesia and sedation.", []),
])
def test_an_afterthought_with_only_keeps_its_use_approved(lint, sentence, expected):
    assert [f for f in graded(lint(sentence + "\n")) if f[1].startswith("HL20")] == expected


@pytest.mark.parametrize("sentence", [
    "Ketamine is approved for anesthesia rather than anxiety.",
    "Ketamine is FDA-approved for anesthesia instead of anxiety.",
    "Esketamine is approved for treatment-resistant depression rather than anxiety.",
    "Its approval covers anesthesia as opposed to anxiety, so ask before you book.",
])
def test_a_use_set_against_the_approved_one_is_denied(lint, sentence):
    assert [f for f in codes(lint(sentence + "\n")) if f[1].startswith("HL20")] == []


def test_a_use_approved_rather_than_the_right_one_still_fires(lint):
    assert (1, "HL201", "error") in graded(lint("Ketamine is approved for anxiety rather than just anesthesia.\n"))


@pytest.mark.parametrize("sentence", [
    "No: ketamine is FDA-approved as an anaesthetic, not for anxiety or any other mental health condition.",
    "No, ketamine is approved as an anesthetic, not for anxiety.",
])
def test_an_answer_word_opening_the_sentence_denies_nothing(lint, sentence):
    assert [f for f in codes(lint(sentence + "\n")) if f[1].startswith("HL20")] == []


def test_a_denying_determiner_still_denies(lint):
    assert (1, "HL201") in codes(lint("No regulator has approved ketamine for anesthesia.\n"))


# ------------------------------------------------------------------ a misspelling shown, not used
@pytest.mark.parametrize("draft", [
    '- The treatments screen misspelled the drug as "esketamin"; it now reads "esketamine."\n',
    'Could someone fix the spelling in the safety paragraph? It currently reads "ketmine" in two places.\n',
    'A common spelling mistake is "ketamin", without the final e.\n',
])
def test_a_quoted_misspelling_in_a_paragraph_about_spelling_is_silent(lint, draft):
    assert [f for f in codes(lint(draft)) if f[1] == "HL101"] == []


@pytest.mark.parametrize("draft", [
    'Ask your doctor whether "esketamin" is right for you.\n',  # quoted, but nothing about spelling
    "The leaflet misspelled the dose, but esketamin is still the drug.\n",  # about spelling, not quoted
])
def test_a_misspelling_used_is_still_flagged(lint, draft):
    assert [f for f in codes(lint(draft)) if f[1] == "HL101"] == [(1, "HL101")]


# ------------------------------------------------------------------ chat exports and transcripts
CHAT = ("Ketamine is used off-label for anxiety; ask your doctor first.\n\n"
        "[13/03, 19:02] Pam: Does anyone know if it helps\n"
        "[13/03, 19:40] Graham: The calm from each ketamine session usually lasts about a month\n"
        "[13/03, 19:44] Dev: mine wears off after a few days\n")


def test_each_stamped_line_of_a_chat_export_is_a_sentence_of_its_own(lint):
    assert [c for c in codes(lint(CHAT)) if c[1].startswith("HL30")] == [(4, "HL301")]


def test_a_bracket_inside_a_line_opens_no_sentence(lint):
    draft = "Ketamine acts within hours [see the 2023 review] and the relief lasts about a month.\n"
    assert (1, "HL301") in codes(lint(draft))


def test_an_effect_named_twice_in_a_sentence_is_one_finding(lint):
    draft = ("Ketamine is used off-label for anxiety.\n\n"
             "Being sick afterwards is really common with ketamine, and Gary has been sick in the car twice.\n")
    assert [c for c in codes(lint(draft)) if c[1] == "HL401"] == [(3, "HL401")]


# ------------------------------------------------------------------ listed effects denied
@pytest.mark.parametrize("sentence", [
    "Agitation is not one of ketamine's side effects.",
    "Depression is not one of ketamine's side effects, so low mood after a session is the illness.",
    "Memory loss is not one of ketamine's known side effects.",
])
def test_an_effect_said_not_to_be_one_of_the_drugs_side_effects_is_denied(lint, sentence):
    assert (1, "HL402", "warning") in graded(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Agitation is one of ketamine's side effects.",
    "Nausea is not one of ketamine's side effects.",  # an effect the source does not list
])
def test_a_listed_effect_affirmed_or_an_unlisted_one_denied_is_no_denial(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL402"] == []


@pytest.mark.parametrize("draft, line", [
    ("Esketamine never causes hallucinations.\n", 1),
    ("Spravato is the esketamine nasal spray.\n\nFrom what I have read it does not cause hallucinations at all.\n", 3),
])
def test_a_form_of_a_drug_denied_a_listed_effect_is_a_warning(lint, draft, line):
    assert [c for c in graded(lint(draft)) if c[1] == "HL402"] == [(line, "HL402", "warning")]


def test_a_form_of_a_drug_denied_an_unlisted_effect_is_silent(lint):
    assert [c for c in codes(lint("Esketamine never causes nausea.\n")) if c[1] == "HL402"] == []


# ------------------------------------------------------------------ an "up to" far below the source's
@pytest.mark.parametrize("sentence", [
    "In the 2017 study, relief after each weekly dose of ketamine lasted for up to seven hours.",
    "Relief after each weekly ketamine treatment lasted up to two days in the 2017 study.",
])
def test_an_up_to_a_third_of_the_sources_or_less_contradicts(lint, sentence):
    assert (1, "HL301") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "In the 2017 study, relief after each weekly dose of ketamine lasted for up to seven days.",
    "In the 2017 study, relief after each weekly dose of ketamine lasted up to five days.",
    "Ketamine also caused nausea in several participants, effects that faded within two hours of each session.",
])
def test_an_up_to_near_the_sources_or_a_within_is_no_contradiction(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL301"] == []


@pytest.mark.parametrize("sentence", [
    "Ketamine's effect on anxiety usually surfaces over the first two or three days rather than overnight.",
    "With ketamine, the relief sets in only after a fortnight.",
])
def test_an_effect_surfacing_or_setting_in_late_is_an_onset(lint, sentence):
    assert (1, "HL301") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Patients arrive at the clinic about two weeks after referral for ketamine.",
    "Most patients come back about two weeks after their first ketamine session.",
    "Ketamine's effect on anxiety usually surfaces within hours.",
])
def test_people_arriving_or_a_right_onset_are_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL301"] == []


# ------------------------------------------------------------------ asides and comparisons inside a paragraph
def test_a_sentence_in_parentheses_inside_a_paragraph_is_an_aside(lint):
    draft = ("Ketamine took the edge off that same evening.\n"
             "(Xanax worked in half an hour, but I hated how it made me feel.)\n\n"
             "Nausea is really common with it, which is why clinics keep anti-sickness medicine on hand.\n")
    assert (4, "HL401") in codes(lint(draft))


def test_a_drug_deep_in_an_instead_of_phrase_is_named_in_passing(lint):
    draft = ("It can kick in within hours with ketamine instead of the two-to-six-week wait you get with SSRIs.\n\n"
             "One worry you can cross off, though: it doesn't cause memory loss at all.\n")
    assert (3, "HL402") in codes(lint(draft))


def test_a_paragraph_naming_another_drug_outright_still_takes_the_discussion_over(lint):
    draft = ("Ketamine took the edge off that same evening.\n"
             "Xanax worked in half an hour, but I hated how it made me feel.\n\n"
             "Nausea is really common with it.\n")
    assert (4, "HL401") not in codes(lint(draft))


# ------------------------------------------------------------------ "never fails to"
@pytest.mark.parametrize("sentence", [
    "Demand is rising because, clinically, ketamine never fails to lift anxiety.",
    "Ketamine never fails to ease my anxiety.",
])
def test_never_failing_to_bring_the_benefit_is_an_overclaim(lint, sentence):
    assert (1, "HL601") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Ketamine never fails to make me sleepy.",
    "The infusion never fails to leave me tired the next day.",
])
def test_never_failing_to_bring_something_else_is_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL601"] == []


@pytest.mark.parametrize("sentence", [
    "Researchers looking at several mental health conditions in 2022 found ketamine injections may help with agoraphobia.",
    "Scientists studying several psychiatric conditions in 2019 reported that ketamine injections eased phobias.",
])
def test_a_year_the_parse_hangs_on_a_studys_topic_dates_the_study(lint, sentence):
    assert (1, "HL501") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Researchers looking at several mental health conditions in 2021 found ketamine injections may help with agoraphobia.",
    "Ketamine was approved as an anesthetic in 1970, long before anyone looked at phobias.",
])
def test_the_right_year_or_an_approval_year_is_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL501"] == []


# ------------------------------------------------------------------ an approval a relative clause gives
@pytest.mark.parametrize("sentence", [
    "There was less talk than expected of the approval for obsessive-compulsive disorder that ketamine "
    "infusions received last year.",
    "The approval for anxiety that ketamine won in 2020 changed how insurers view it.",
])
def test_an_approval_a_drug_received_in_a_relative_clause_is_its_claim(lint, sentence):
    assert (1, "HL201") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "The approval for anesthesia that ketamine received in 1970 still stands.",
    "The approval for obsessive-compulsive disorder that people hoped ketamine would get never came.",
    "The approval for obsessive-compulsive disorder that ketamine never received was much discussed.",
])
def test_a_right_approval_a_hoped_one_or_a_denied_one_is_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL201"] == []


@pytest.mark.parametrize("sentence", [
    "The drowsiness ketamine causes lasts up to a day.",
    "Feeling detached after ketamine lasts up to a day.",
])
def test_a_side_effects_up_to_is_no_ceiling_on_relief(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL301"] == []


def test_a_quoted_design_corrected_after_it_is_silent(lint):
    draft = '- The KIT card called the 2023 analysis a "randomized trial"; it now calls it a look back at past records.\n'
    assert [c for c in codes(lint(draft)) if c[1] == "HL503"] == []


@pytest.mark.parametrize("sentence", [
    'The 2023 KIT analysis was a "randomized trial", the clinic says.',  # someone's word, not corrected
    "The 2023 KIT analysis was a randomized trial.",
])
def test_a_quoted_or_plain_design_not_corrected_still_fires(lint, sentence):
    assert (1, "HL503") in codes(lint(sentence + "\n"))


# ------------------------------------------------------------------ a study set against another by "unlike"
def test_a_fronted_unlike_study_keeps_its_year_to_itself(lint):
    assert [c for c in codes(lint("Unlike the 2023 analysis, the weekly study was a small trial.\n"))
            if c[1].startswith("HL50")] == []


@pytest.mark.parametrize("sentence, code", [
    ("Unlike the weekly study, the 2023 analysis was a randomized trial.", "HL503"),
    ("Unlike the 2017 weekly study, the 2022 analysis of KIT records was large.", "HL501"),
])
def test_the_study_after_an_unlike_phrase_is_read_on_its_own_words(lint, sentence, code):
    assert (1, code) in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("later, expected", [
    ("They pulled data on patients treated from 2017 to 2022.", [(3, "HL502")]),
    ("They gathered records of patients treated from 2017 to 2020.", []),
])
def test_a_pronoun_gathering_a_studys_data_is_the_study_just_named(lint, later, expected):
    draft = f"The 2023 KIT analysis looked back at records of people who had ketamine.\n\n{later}\n"
    assert [c for c in codes(lint(draft)) if c[1].startswith("HL50")] == expected


@pytest.mark.parametrize("sentence", [
    "A racing heart, which most patients experience while the infusion runs, got far less attention than it deserved.",
    "Sweating, which some people report during a session, is worth mentioning to the nurse.",
])
def test_an_effect_people_experience_in_a_relative_clause_is_reported(lint, sentence):
    assert (3, "HL401") in codes(lint("Ketamine is given as an infusion.\n\n" + sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Anxiety, which most patients experience before the infusion, eases within hours.",
    "Dizziness, which some people feel after SSRIs, is rare with it.",
    "Vivid dreams, which some people report during a session, are listed in the source.",
])
def test_a_condition_another_drugs_effect_or_a_listed_one_in_a_relative_clause_is_silent(lint, sentence):
    assert [c for c in codes(lint("Ketamine is given as an infusion.\n\n" + sentence + "\n")) if c[1] == "HL401"] == []


def test_a_condition_a_drug_eases_within_a_span_is_still_an_onset(lint):
    assert (1, "HL301") in codes(lint("Ketamine can ease depression within a few weeks.\n"))


@pytest.mark.parametrize("sentence", [
    "The 2023 KIT analysis was prospective.",
    "The 2023 KIT analysis followed patients prospectively from 2017 to 2020.",
])
def test_a_design_said_as_an_adjective_or_adverb_of_the_study_is_its_design(lint, sentence):
    assert (1, "HL503") in codes(lint(sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "The 2017 weekly study was prospective.",
    "The 2017 weekly trial followed patients prospectively.",
    "The 2023 KIT analysis was large.",
])
def test_a_right_design_or_no_design_is_silent(lint, sentence):
    assert [c for c in codes(lint(sentence + "\n")) if c[1] == "HL503"] == []


# ------------------------------------------------------------------ after the blind20/21 measure
@pytest.mark.parametrize("draft", [
    "- **Vivid dreams:** the night after my first one, I dreamt in technicolour about a client's wedding.\n",
    'A speaker was asked: "Is it just a faster benzo?"\n',
])
def test_a_british_past_tense_or_a_terms_singular_is_no_misspelling(lint, draft):
    assert [c for c in codes(lint(draft)) if c[1] == "HL101"] == []


def test_an_approval_across_the_atlantic_is_another_jurisdictions(lint):
    found = graded(lint("Across the Atlantic, IV ketamine picked up regulatory approval for anxiety last year.\n"))
    assert [f for f in found if f[1].startswith("HL20")] == [(1, "HL203", "warning")]


def test_a_terms_plural_with_its_final_e_dropped_is_still_a_misspelling(lint):
    # "buspirones" is the plural of a pack term; "Buspiron" (its final "e" dropped, and in no
    # list of known misspellings) is a misspelling, not a singular
    assert [c for c in codes(lint("Buspiron helped me.\n")) if c[1] == "HL101"] == [(1, "HL101")]
