"""Study mentions: year, data period, design."""

from __future__ import annotations

import pytest

from conftest import codes, graded

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


@pytest.mark.parametrize("text, expected", [
    # Issue 12, cause 4: a topic word alone does not make a study the source's.
    ("A 2019 study found ketamine may help people with agoraphobia.", []),
    ("A 2019 study found ketamine may help people with agoraphobia and other phobias.", ["HL501"]),
    ("Approved as an anesthetic in 1970, ketamine is now studied for anxiety.", []),
    ("Cleared for use as an anesthetic since 1970, ketamine is being studied for anxiety by researchers.", []),
    ("A 2018 trial by Jones and colleagues tested ketamine for anxiety.", []),
    ("A 2018 trial by Jones and colleagues tested weekly ketamine for GAD.", []),
    ("Anxiety studies of ketamine date from 2017, 2021 and 2023.", []),
    ("The 2023 study looked back at KIT records from 2017 to 2020; it was not a randomized trial.", []),
    ("A 2023 analysis of KIT records, rather than a controlled trial, found anxiety fell.", []),
    ("A 2023 analysis of KIT found anxiety fell.\n\nIt was a large double-blind, placebo-controlled trial.",
     ["HL503"]),
    # The draft's only analysis dated twice: wrong against the source and against line 1.
    ("A 2023 analysis of KIT found anxiety fell.\n\nThe 2022 analysis was small.", ["HL501", "HL701"]),
    ("A 2023 analysis of KIT found anxiety fell.\n\nThe 2018 trial was small.", []),
    ("In 2021, researchers found ketamine may help with phobias.", []),
    ("The 2021 research looked at several mental health conditions, including phobias.", []),
    ("A 2023 randomized controlled trial of KIT found it reduced anxiety.", ["HL503"]),
    ("A 2023 analysis of people given KIT found their anxiety fell.", []),
    ("The 2023 analysis of KIT used records from 2015 to 2020.", ["HL502"]),
    ("Researchers reviewed data from 2017 to 2020 on KIT.", []),
    ("A 2017 clinical trial tested weekly ketamine in people with GAD.", []),
    ("A 2017 double-blind, placebo-controlled trial tested weekly ketamine for GAD.", ["HL503"]),
    ("In 2020, scientists evaluated weekly ketamine for GAD.", ["HL501"]),
    ("Recent scientific trials have investigated ketamine for depression and anxiety.", []),
    ("Since 2015, ketamine clinics have opened across the country.", []),
    # Issue 20: the same claims in other words.
    ("A study of weekly ketamine for social anxiety disorder, published in 2015, found it may help.", ["HL501"]),
    ("A study of people treated with KIT in 2019 found it may help.", []),
    ("In a 2023 randomized trial, patients stayed well for a year after their infusions.", ["HL503"]),
    ("The 2023 analysis was a randomized controlled trial with 2,000 participants.", ["HL503"]),
    ("The 2023 analysis was clearly a randomized controlled trial.", ["HL503"]),
    ("A popular thread described a 2023 trial that followed patients for a year.", []),
    ("A reader asked whether the 2023 analysis was a randomised trial.", []),
    ("A 2021 randomized trial of ketamine for PTSD found it may help.", []),
    ("A 2017 double-blind trial of weekly ketamine for GAD found quick relief.", ["HL503"]),
    ("The 2023 analysis of KIT records was a double-blind trial.", ["HL503"]),
    ("A 2019 look at KIT records found that anxiety fell.", ["HL501"]),
    ("In 2019, doctors began to look at ketamine for anxiety.", []),
    ("It is a myth that a 2023 analysis used KIT records from 2015 to 2020.", []),
    ("KIT records from 2015 to 2020 were analysed in 2023.", ["HL502"]),
])
def test_studies(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


def test_finding_points_at_the_year(lint):
    [finding] = [f for f in lint(CONTEXT + "A 2019 study found ketamine may help people with agoraphobia "
                                       "and other phobias.") if f.code == "HL501"]
    assert (finding.line, finding.column, finding.end_column) == (3, 3, 7)
    assert "to 2021, not 2019" in finding.message and finding.source == 57


# Issue 20: the study named in the sentence before, referred to by "they" or "the study".
@pytest.mark.parametrize("text, expected", [
    ("In a 2023 analysis, scientists looked at the effect of KIT on anxiety.\nThey analyzed data on people "
     "treated with KIT from 2015 to 2020.", ["HL502"]),
    ("In a 2023 analysis, scientists looked at the effect of KIT on anxiety.\nAt most clinics, they used records "
     "of patients from 2015 to 2020.", ["HL502"]),
    ("In a 2023 analysis, scientists looked at the effect of KIT on anxiety.\nThey analyzed data on people "
     "treated with KIT from 2017 to 2020.", []),
    ("A 2019 study looked at esketamine for depression.\nThey analyzed data from 2015 to 2020.", []),
    ("Scientists evaluated weekly ketamine treatments for generalized anxiety disorder.\nThe study took place "
     "in 2012.", ["HL501"]),
    ("Scientists evaluated weekly ketamine treatments for generalized anxiety disorder.\nThe trial was carried "
     "out in 2015.", ["HL501"]),
    ("Scientists evaluated weekly ketamine treatments for generalized anxiety disorder.\nThe study took place "
     "in 2017.", []),
    ("A 2019 study looked at esketamine for depression.\nThe study took place in 2019.", []),
    # the study right before is another one: "the study" is that one, not the one it described
    ("Scientists evaluated weekly ketamine treatments for generalized anxiety disorder.\nA 2019 study looked at "
     "esketamine for depression.\nThe study took place in 2019.", []),
])
def test_a_study_named_before(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


# Round 2 (issue 20): a records noun with a range after "Its authors" (the study of the sentence
# before), and designs put in other words.
@pytest.mark.parametrize("draft, expected", [
    ("The headline paper is a 2023 analysis of ketamine intravenous therapy, known as KIT.\n"
     "Its authors went back through clinic records spanning 2015 through 2020 rather than recruiting new patients.\n",
     [(2, "HL502")]),
    ("The 2023 KIT analysis looked at ketamine for anxiety.\nIts authors drew on patient records from 2012 "
     "through 2016.\n", [(2, "HL502")]),
    ("The 2023 KIT analysis looked at ketamine for anxiety.\nIts authors drew on patient records from 2017 "
     "through 2020.\n", []),
    ("The 2023 KIT paper tracked people prospectively as they went through treatment.\n", [(1, "HL503")]),
    ("The 2021 phobia work was a meta-analysis pooling dozens of trials.\n", [(1, "HL503")]),
    ("The 2021 phobia work was a study of people with phobias.\n", []),
])
def test_round2_study_wordings(lint, draft, expected):
    assert [(line, code) for line, code in codes(lint(draft)) if code.startswith("HL5")] == expected


@pytest.mark.parametrize("text, expected", [
    # Passed on in someone's name and not refuted: a warning (the attribution policy, issue 20).
    ("According to several clinics, the 2023 analysis of KIT used data from 2015 to 2020.",
     [(1, "HL502", "warning")]),
    ("The 2023 analysis of KIT used data from 2015 to 2020.", [(1, "HL502", "error")]),
    ("According to several clinics, the 2023 analysis of KIT was a randomized controlled trial.",
     [(1, "HL503", "warning")]),
    # "They" after a study none of the source's, with a table's labels between: that study's data.
    ("A 2019 study looked at esketamine for depression.\n\n| Topic | What we say |\n| --- | --- |\n"
     "| Use | They analyzed data on people treated with KIT from 2015 to 2020. |", []),
])
def test_a_study_passed_on_is_a_warning_and_another_studys_data_is_silent(lint, text, expected):
    assert graded(lint(text + "\n")) == expected


@pytest.mark.parametrize("text, expected", [
    # Blind set 3: the design said of the study by "described as", vouched for by "accurately".
    ("The phobia research of 2021 is described, accurately, as a large randomized trial.\n",
     [(1, "HL503", "error")]),
    ("The 2021 phobia research is described as a large randomized trial.\n", [(1, "HL503", "warning")]),
    ("The 2021 phobia study is wrongly described as a randomized trial.\n", []),
    ("The 2021 phobia study is sometimes described as a randomized trial, but it was not one.\n", []),
    # "It" the study before, with an aside inside the clause (parsed as the aside's object).
    ("Several carers linked the 2023 analysis of people treated with ketamine infusions.\n"
     "It was, as several of you pointed out, a double-blind randomised controlled trial.\n",
     [(2, "HL503", "error")]),
    ("Several carers linked the 2023 analysis of people treated with ketamine infusions.\n"
     "It was, as some of you said, a look back at records.\n", []),
    # a year on the adverb before the study's verb: "Back in 2021, scientists ran …"
    ("Back in 2021, scientists ran a randomized controlled trial of ketamine injections for phobias.\n",
     [(1, "HL503", "error")]),
    ("Back in 2021, scientists ran a study of ketamine injections for phobias.\n", []),
    # blind set 4: "It tracked …" the study just named, its data period "from … through to …"
    ("The study everyone cites is a 2023 analysis of ketamine intravenous therapy.\n"
     "It tracked the same patients from 2017 through to 2022.\n", [(2, "HL502", "error")]),
    ("The study everyone cites is a 2023 analysis of ketamine intravenous therapy.\n"
     "It tracked the same patients from 2017 through to 2020.\n", []),
])
def test_a_design_said_of_the_study_in_other_words(lint, text, expected):
    assert [g for g in graded(lint(text)) if g[1].startswith("HL5")] == expected


# Blind set 6 and the sentence bank (issue 20): a design in apposition or after a list item's
# lead-in, a dating verb in parentheses or fronted, a semicolon list of studies, "It looked at …"
# after the study, a data window given by its start and end; (line, code, severity) each.
@pytest.mark.parametrize("text, expected", [
    ("The big KIT study (published 2023) was a double-blind randomised controlled trial, so it's about as solid "
     "as ketamine evidence gets.\nIt looked at clinic data from 2017 through 2022 and found the drop in anxiety "
     "was still there a year later.", [(3, "HL503", "error"), (4, "HL502", "error")]),
    ("The big KIT study (published 2021) was a look back at records.", [(3, "HL501", "error")]),
    ("That 2017 study, a large placebo-controlled trial, is the other one you'll hear about.",
     [(3, "HL503", "error")]),
    ("That 2017 study, a small trial, is the other one you'll hear about.", []),
    ("The plan's clinical reviewers relied on a 2023 prospective cohort of KIT patients (treatment years 2017 "
     "to 2020), which reported that reduced anxiety was sustained at one year.", [(3, "HL503", "error")]),
    ("- **KIT analysis (2023):** prospective cohort of patients given IV ketamine; data 2017–2020; anxiety "
     "improvement stable at 12-month follow-up.", [(3, "HL503", "error")]),
    ("- **KIT analysis (2023):** retrospective review of patients given IV ketamine; data 2017–2020.", []),
    ("- **Studies to know:** a 2017 trial of weekly ketamine for generalised and social anxiety disorder; a 2019 "
     "study of ketamine injections for phobias such as agoraphobia; a 2023 analysis of people given infusions "
     "between 2017 and 2020.", [(3, "HL501", "error")]),
    ("- **Studies to know:** a 2017 trial of weekly ketamine for generalised and social anxiety disorder; a 2021 "
     "study of ketamine injections for phobias such as agoraphobia; a 2023 analysis of people given infusions "
     "between 2017 and 2020.", []),
    ("The findings add to a 2023 analysis of records from ketamine clinics.\nPublished in 2022, the retrospective "
     "analysis has since been widely cited in clinic marketing.", [(4, "HL501", "error"), (4, "HL701", "error")]),
    ("3. Look at the data window: the KIT records began in 2016 and stopped in 2020.", [(3, "HL502", "error")]),
    ("Its window, four years of treatment records that start in 2016, is reasonable for a records study.", []),
    ("First approved in 1970, ketamine has been studied in a retrospective analysis of KIT records.", []),
    ("The weekly-treatment trial in generalised and social anxiety dates from 2018.", [(3, "HL501", "error")]),
    ("The weekly-treatment trial in generalised and social anxiety dates from 2017.", []),
    ("A retrospective analysis published in 2023 examined KIT outcomes for anxiety and depression.\nIn it, "
     "investigators reviewed data on patients treated over the three years from 2016 to 2019.",
     [(4, "HL502", "error")]),
    ("By contrast, the phobia findings came out in 2021 from a broad piece of research.\nThat phobia work was a "
     "systematic review of every ketamine trial then published.", [(4, "HL503", "error")]),
    ("By contrast, the phobia findings came out in 2020 from a broad piece of research.",
     [(3, "HL501", "error")]),
])
def test_studies_as_strangers_word_them(lint, text, expected):
    assert graded(lint(CONTEXT + text)) == expected


# Session 5 (blind8): a study the draft sets apart from those it discussed is not theirs.
LISTED = ("- A 2023 analysis of records from people given ketamine intravenous therapy between 2017 and 2020 "
          "found anxiety fell.\n- Research from 2021 suggested ketamine injections may help with agoraphobia.\n\n")


@pytest.mark.parametrize("text, expected", [
    ("A 2019 survey run by our own service, about how students cope with exam stress, is unrelated to any of "
     "these studies.", []),
    ("A separate 2020 survey of clinic staff asked about burnout, and is not one of the ketamine studies above.", []),
    ("A different 2018 study, of sleep in shift workers, has nothing to do with these studies.", []),
    # set apart, but named by its own topic words: still held to the source
    ("A separate 2019 study found ketamine injections helped with agoraphobia and other phobias.", ["HL501"]),
    ("The 2019 research found ketamine injections helped with agoraphobia.", ["HL501"]),
])
def test_a_study_set_apart(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + LISTED + text)) if code.startswith("HL5")] == expected


# Session 5: a table of studies, each row one mention read across its cells, in any column order.
@pytest.mark.parametrize("rows, expected", [
    ("| Study | Year | Design | Data |\n|---|---|---|---|\n"
     "| Ketamine intravenous therapy (KIT) records | 2022 | Analysis of historical data | 2017–2020 |",
     [(3, "HL501", "error")]),
    ("| Study | Year | Design | Data |\n|---|---|---|---|\n"
     "| Ketamine intravenous therapy (KIT) records | 2023 | Analysis of historical data | 2017–2020 |", []),
    ("| Study | Year | Design | Data collected |\n| --- | --- | --- | --- |\n"
     "| KIT analysis | 2023 | Prospective cohort study | 2016–2020 |",
     [(3, "HL503", "error"), (3, "HL502", "error")]),
    ("| Year | What | Design | Key finding |\n|---|---|---|---|\n"
     "| 2017 | weekly ketamine for GAD + social anxiety | double-blind RCT | rapid relief |",
     [(3, "HL503", "error")]),
    ("| Year | What | Design | Key finding |\n|---|---|---|---|\n"
     "| 2017 | weekly ketamine for GAD + social anxiety | trial | rapid relief |", []),
    ("| Research | Published | Type |\n|---|---|---|\n| Ketamine injections for phobias | 2019 | study |",
     [(3, "HL501", "error")]),
    ("| Research | Published | Type |\n|---|---|---|\n| Ketamine injections for phobias | 2021 | study |", []),
    ("| What | Notes |\n|---|---|\n| KIT | retrospective (old records), data 2016–2020 |",
     [(3, "HL502", "error")]),
    # another drug's study, or a table of other things: silent
    ("| Study | Year | Design |\n|---|---|---|\n| Esketamine nasal spray for depression | 2019 | randomized trial |", []),
    ("| Clinic | Opened |\n|---|---|\n| Northside | 2019 |", []),
])
def test_a_table_of_studies(lint, rows, expected):
    found = graded(lint("# Ketamine for anxiety: the studies\n\n" + rows + "\n"))
    assert [(line - 2, code, sev) for line, code, sev in found if code.startswith("HL5")] == expected


# Session 5 (blind7, blind8, the banks): a study named by what it studied, a year in a fronted
# participle, a list item's label or on the noun's other modifier, patients "in it".
@pytest.mark.parametrize("text, expected", [
    ("A 2019 paper found that ketamine injections helped people afraid of open spaces, of social situations "
     "or of the sight of blood.", [(1, "HL501")]),
    ("A 2021 paper found that ketamine injections helped people afraid of open spaces or of the sight of blood.", []),
    ("Work published in 2019 on several mental health conditions suggested injections may help with phobias "
     "such as agoraphobia.", [(1, "HL501")]),
    ("Work published in 2021 on several mental health conditions suggested injections may help with phobias.", []),
    ("Many people work from home, and in 2019 a survey of remote workers found they felt calmer.", []),
    ("Everybody quotes one KIT analysis.\nHe has a point: published in 2020, that analysis is still the paper "
     "clinics lean on.", [(2, "HL501")]),
    ("Everybody quotes one KIT analysis.\nPublished in 2023, that analysis is still the paper clinics lean on.", []),
    ("- **2023 – KIT:** a prospective study that followed patients forward from 2019 through 2021.",
     [(1, "HL503"), (1, "HL502")]),
    ("- **2023 – KIT:** a look back at records of patients treated from 2017 to 2020.", []),
    ("- **2017 – weekly ketamine for GAD:** a trial of weekly treatments.", []),
    ("- **2015 – weekly ketamine for GAD:** a trial of weekly treatments.", [(1, "HL501")]),
    ("Backed by a landmark 2020 analysis of KIT patient records!", [(1, "HL501")]),
    ("Backed by a landmark 2023 analysis of KIT patient records!", []),
    ("A 2023 analysis looked at people given ketamine intravenous therapy.\nPatients in it had been treated "
     "between 2018 and 2021, and their improvement held steady.", [(2, "HL502")]),
    ("A 2023 analysis looked at people given ketamine intravenous therapy.\nPatients in it had been treated "
     "between 2017 and 2020, and their improvement held steady.", []),
    ("A 2019 study looked at esketamine for depression.\nPatients in it were treated between 2018 and 2021.", []),
    # a stranger's probe: investigators as the study's people; a design cell the parse hangs on
    # its own first word
    ("In 2018, investigators ran weekly ketamine sessions for people with GAD and reported quick relief.",
     [(1, "HL501")]),
    ("In 2017, investigators ran weekly ketamine sessions for people with GAD and reported quick relief.", []),
    ("| Paper | When | Kind |\n|---|---|---|\n| Weekly ketamine, social anxiety | 2017 | randomised controlled trial |",
     [(3, "HL503")]),
    ("| Paper | When | Kind |\n|---|---|---|\n| Weekly ketamine, social anxiety | 2017 | trial |", []),
])
def test_studies_as_strangers_name_them(lint, text, expected):
    assert [(line, code) for line, code in codes(lint(text + "\n")) if code.startswith("HL5")] == expected


# Session 5, graded confidence: one study's own cue word and a conflicting year is a warning
# ("may contradict"); an error needs the mention pinned to the study.
@pytest.mark.parametrize("text, expected", [
    ("A 2019 paper found that ketamine injections helped some people.", [(1, "HL501", "warning")]),
    ("In 2015, researchers gave weekly ketamine doses to volunteers.", [(1, "HL501", "warning")]),
    ("A 2021 paper found that ketamine injections helped some people.", []),
    ("A 2016 review of weekly ketamine for bipolar depression found mixed results.", []),
    ("A 2019 paper found that esketamine injections helped some people.", []),
    ("A separate 2019 paper found that ketamine injections helped some people.", []),
    ("A 2018 trial by Okafor and colleagues gave weekly ketamine doses to volunteers.", []),
])
def test_a_study_tied_loosely_is_a_warning(lint, text, expected):
    assert [f for f in graded(lint(CONTEXT + text)) if f[1].startswith("HL5")] == [(3, c, s) for _, c, s in expected]


def test_a_loose_finding_says_it_may_contradict(lint):
    [finding] = [f for f in lint(CONTEXT + "A 2019 paper found that ketamine injections helped some people.")
                 if f.code == "HL501"]
    assert finding.message.startswith("May contradict the source: The source dates this study")



KIT_LEAD = "A 2023 analysis of records of people treated with ketamine between 2017 and 2020 found that anxiety fell.\n"
PHOBIA_LEAD = "The 2021 research on ketamine found it may help with agoraphobia and social phobia.\n"


# Session 5, round 2 (blind9): a study named "that piece of work" or by a year on "work" with its
# design in apposition; a prospective design said by what the authors did.
@pytest.mark.parametrize("lead, text, expected", [
    (KIT_LEAD, "That piece of work, a randomised trial with thousands of patients, is why we built this.",
     [(3, "HL503", "error")]),
    (PHOBIA_LEAD, "Even so, that 2021 work, a head-to-head controlled trial in people with agoraphobia, is "
                  "still the strongest evidence.", [(3, "HL503", "error")]),
    (PHOBIA_LEAD, "That 2021 work, a small study of several conditions, is still the strongest evidence.", []),
    (KIT_LEAD, "Its authors followed those patients forward in time from their first infusion.",
     [(3, "HL503", "error")]),
    (KIT_LEAD, "The analysis looked back at records rather than following patients forward in time.", []),
])
def test_a_study_named_by_the_work_or_by_what_its_authors_did(lint, lead, text, expected):
    assert [f for f in graded(lint(lead + "\n" + text)) if f[1].startswith("HL5")] == expected


# Session 6 (blind10): a design the study is weighed against, or a kind of study in general
# (a modal after it), is not the study's design; the same design said of it is.
@pytest.mark.parametrize("text, expected", [
    ("Note what kind of study that was: the researchers worked from existing records covering 2017 to 2020 "
     "rather than observing patients, so it tells us less than a randomised trial would.", []),
    ("The 2023 KIT analysis is weaker evidence than a double-blind, placebo-controlled trial.", []),
    ("The 2023 KIT analysis used records; only an RCT could settle the question.", []),
    ("The 2023 KIT analysis was a randomised trial.", [(3, "HL503", "error")]),
])
def test_a_design_the_study_is_weighed_against(lint, text, expected):
    assert [f for f in graded(lint(CONTEXT + text)) if f[1].startswith("HL5")] == expected


# Session 6: a verb of calling puts the design on its object; a design said beside the study's own
# is still said (a warning, "may contradict"); a design a relative clause denies is not said.
@pytest.mark.parametrize("text, expected", [
    ("Clinics call the 2023 KIT analysis a randomised trial.", [(3, "HL503", "warning")]),
    ("Our own leaflet bills the 2023 KIT analysis as a placebo-controlled trial.", [(3, "HL503", "error")]),
    ("Clinics call the 2023 KIT analysis a retrospective study.", []),
    ("The study the clinic pointed us to was a 2023 analysis of people who'd had ketamine intravenous therapy for "
     "anxiety, and it was, as they put it in the leaflet and as I checked myself, a double-blind trial.",
     [(3, "HL503", "warning")]),
    ("The 2023 KIT analysis came up. A few people kept calling it a prospective cohort study, which it was not.", []),
    ("Researchers ran the analysis as a double-blind trial would be run.", []),
])
def test_a_design_called_or_said_beside_another(lint, text, expected):
    assert [f for f in graded(lint(CONTEXT + text)) if f[1].startswith("HL5")] == expected


def test_a_design_said_beside_another_says_it_may_contradict(lint):
    text = ("The study was a 2023 analysis of KIT patients, and it was, as the leaflet put it, a double-blind "
            "trial.")
    [finding] = [f for f in lint(CONTEXT + text) if f.code == "HL503"]
    assert finding.message.startswith("May contradict the source: Overstates the design")


# Session 6 (blind12): a study named by its own words while another drug is in discussion is still
# that study, as a warning; a sentence that names its own drug keeps it.
@pytest.mark.parametrize("text, expected", [
    ("Benzodiazepines like diazepam also act within the hour, but they bring their own problem of dependence.\n\n"
     "A larger look back at clinic records, published in 2022 and covering patients treated between 2017 and 2020, "
     "found that the benefit held steady.", [(5, "HL501", "warning")]),
    ("Benzodiazepines like diazepam also act within the hour.\n\nA look back at clinic records, published in 2023 "
     "and covering patients treated between 2017 and 2020, found that the benefit held steady.", []),
    ("Benzodiazepines like diazepam also act within the hour.\n\nA 2019 look back at diazepam records covering "
     "2017 to 2020 found that the benefit held steady.", []),
])
def test_a_study_named_by_its_own_words_under_another_drug(lint, text, expected):
    assert [f for f in graded(lint(CONTEXT + text)) if f[1].startswith("HL5")] == expected
