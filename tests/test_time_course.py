"""Onset, duration and lasting claims, phrased many ways."""

from __future__ import annotations

import pytest

from conftest import codes, graded

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


@pytest.mark.parametrize("text, expected", [
    # the examples
    ("SSRIs can take 1 to 3 weeks to reduce anxiety.", ["HL302"]),
    ("Ketamine starts working within days.", ["HL301"]),
    ("Ketamine helped with GAD, and the relief lasted about a week.", []),
    ("SSRIs may take two to six weeks to work.", []),
    # paraphrases that agree with the source
    ("SSRIs usually need between 2 and 6 weeks to reduce anxiety.", []),
    ("SSRIs often take 2\u20136 weeks to start working.", []),
    ("It can take SSRIs up to 6 weeks to work.", []),
    ("SSRIs take three to four weeks to help.", []),
    ("Ketamine may relieve anxiety within 24 hours.", []),
    ("Ketamine works in a matter of hours.", []),
    ("Ketamine's effects on GAD can last up to a week.", []),
    ("Relief from ketamine typically fades within a week.", []),
    ("After KIT, the improvement stayed stable over a year.", []),
    ("Ketamine's benefits for OCD are short-lived.", []),
    ("Ketamine's effects on OCD don't last long.", []),
    # treatment schedules are not effects
    ("Patients receive six ketamine infusions over two weeks.", []),
    ("A ketamine course lasts three weeks.", []),
    ("Ketamine is given as a 40-minute infusion once a week.", []),
    # paraphrases that do not
    ("SSRIs take a few days to work.", ["HL301"]),
    ("It can take SSRIs up to 3 weeks to work.", ["HL302"]),
    ("Within days, ketamine eased symptoms.", ["HL301"]),
    ("Ketamine takes effect after about a month.", ["HL301"]),
    ("The benefits of ketamine for GAD last for six months.", ["HL301"]),
    ("Ketamine offers durable relief from OCD symptoms.", ["HL301"]),
])
def test_time_course(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


def test_message_names_the_source_span(lint):
    [finding] = [f for f in lint(CONTEXT + "SSRIs can take 1 to 3 weeks to reduce anxiety.")
                 if f.code == "HL302"]
    assert finding.message == ("Differs from the source on the onset of SSRIs (reduced anxiety): the source says "
                               "2 to 6 weeks, the draft says '1 to 3 weeks' (source line 28)")
    assert (finding.line, finding.column, finding.end_column) == (3, 16, 28)


# Issue 12, cause 1: the subject of a time claim is the grammatical subject of its predicate.
@pytest.mark.parametrize("text, expected", [
    # a comparator's span is not the pack drug's, even right after a sentence about it
    ("Ketamine can calm anxiety within hours. Reuptake inhibitors (SRIs) often need two to three months "
     "to help.", []),
    ("Ketamine can calm anxiety within hours. Antidepressants often take days or weeks to start working.", []),
    ("Ketamine can calm anxiety within hours. Standard medicines can take months to help.", []),
    ("Ketamine can calm anxiety within hours. Most people on antidepressants wait a month before they "
     "feel better.", []),
    # "it" after a comparator sentence is not the drug before it
    ("Ketamine can act fast. Antidepressants are slow. It can take them months to work.", []),
    # a relative clause's span belongs to the noun it modifies
    ("Unlike SSRIs, which may need two to six weeks, ketamine can act within hours.", []),
    ("SSRIs may take 2 to 6 weeks, while ketamine may act within hours.", []),
    ("Ketamine works faster than SSRIs.", []),
    # an anaphor stands for the drug in discussion
    ("Ketamine is quick at first. It then takes about three weeks to start working fully.", ["HL301"]),
    ("Ketamine eases anxiety for some people. Its effects usually show within days.", ["HL301"]),
    # an expletive "it" gives way to the drug it introduces
    ("It can take SSRIs eight to ten weeks to work.", ["HL301"]),
    # the purpose clause names the drug when the subject is a person
    ("Most patients need four to eight weeks before they notice any change from ketamine.", ["HL301"]),
])
def test_time_claims_belong_to_their_grammatical_subject(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


# Issue 12, cause 5: a span says what it measures, and only onsets and effects meet the pack's facts.
@pytest.mark.parametrize("text, expected", [
    ("SSRIs may take two to six weeks to work. Each visit takes about two to three hours.", []),
    ("Each ketamine infusion appointment takes 1 to 1.5 hours.", []),
    ("A full ketamine treatment lasts three to four weeks, with two infusions a week.", []),
    ("A ketamine course of six infusions is spread over two to three weeks.", []),
    ("You will stay in the clinic for one to two hours after each ketamine infusion.", []),
    ("Ketamine's effects can last anywhere from days to weeks.", []),
    ("Ketamine's effects may last a day or two after each infusion.", []),
])
def test_what_a_span_measures(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


@pytest.mark.parametrize("text", [
    'Some clinics say ketamine takes two to three weeks to work, but that is not true.',  # refuted
    'Clinics often claim that ketamine takes a month to work.',
    '"Ketamine takes weeks to work," one forum post said.',  # quoted
    "Antidepressants take 'months', people say, but ketamine acts within hours.",  # scare quotes
    "If ketamine takes weeks to work for you, tell your doctor.",  # a condition
])
def test_time_claims_the_writer_does_not_make(lint, text):
    assert [code for _, code in codes(lint(CONTEXT + text))] == []


def test_a_half_attached_span_is_at_most_a_warning(lint):
    # no purpose ("to work"): the parse does not say the span is an onset, so no error
    assert graded(lint(CONTEXT + "Ketamine takes three weeks.")) == [(3, "HL301", "warning")]
    assert [code for _, code in codes(lint(CONTEXT + "Ketamine takes three weeks to work."))] == ["HL301"]


@pytest.mark.parametrize("text, kind, measures, subject, attached", [
    ("SSRIs may take two to six weeks to work.", "onset", "onset", "ssri", True),
    ("Ketamine's benefits last about a week.", "duration", "effect", "ketamine", True),
    ("Relief from ketamine held for months.", "duration", "effect", "ketamine", True),
    ("Ketamine has been used as an anesthetic for over 50 years.", None, None, None, None),  # no predicate of time
    ("Each ketamine infusion takes about 40 minutes.", "time", "session", "ketamine", False),
    ("A ketamine course lasts three weeks.", "time", "course", "ketamine", False),
    ("After a ketamine infusion you stay for two hours.", "time", "follow-up", "ketamine", False),
    ("Ketamine takes three weeks.", "onset", "onset", "ketamine", False),
])
def test_claims_say_what_they_measure_and_whose(knowledge, text, kind, measures, subject, attached):
    from linter.document.read import parse_document
    from linter.runner import context

    claims = [c for c in context(parse_document(text, "draft.md"), knowledge).claims
              if c.kind in ("onset", "duration", "time")]
    if kind is None:
        assert claims == []
        return
    [claim] = claims
    assert (claim.kind, claim.measures, claim.subject, claim.grounded) == (kind, measures, subject, attached)


# Issue 20: the same time claim in other words. Each row is a mechanism, not a sentence:
# a span after any verb, a condition or an effect verb's noun as the subject, a span hung on
# "after", a preposition passed on the way up, a session that "kept symptoms low", a fact's cue
# with the drug's name inside it, "held" and a fortnight.
DURATIONS_IN_OTHER_WORDS = [
    # the named misses: the source says up to 7 days after each weekly treatment
    ("After one weekly infusion of ketamine in the 2017 trial, anxiety stayed down for roughly four weeks.",
     ["HL301"]),
    ("Patients' calm lasted about 3 weeks after each weekly session of ketamine.", ["HL301"]),
    ("Patients' calm lasted about 5 days after each weekly session of ketamine.", []),
    ("One ketamine dose relieves anxiety for a year.", ["HL301"]),
    ("One ketamine dose relieves anxiety for a week.", []),
    ("Each weekly ketamine session brought relief lasting a month.", ["HL301"]),
    ("After each weekly dose of ketamine, anxiety stayed low for as long as three weeks.", ["HL301"]),
    ("After each weekly dose of ketamine, anxiety stayed low for as long as a week.", []),
    ("The improvement in GAD after each weekly ketamine treatment lasted a fortnight.", ["HL301"]),
    ("After each weekly ketamine infusion, patients felt calmer for about 3 weeks afterwards.", ["HL301"]),
    ("After a series of ketamine infusions, the drop in anxiety held for only a month.", ["HL301"]),
    ("After a series of ketamine infusions, the drop in anxiety held for a year.", []),
    ("Each weekly ketamine session still brought relief lasting six weeks.", ["HL301"]),
    ("Each weekly ketamine session in fact gave relief of up to three weeks.", ["HL301"]),
    ("Each weekly ketamine session gave relief of up to a week.", []),
    # read as one noun phrase by the parser: a warning, since nothing is proved
    ("A single dose of ketamine relieved anxiety for six weeks.", ["HL301"]),
    ("A single dose of ketamine relieved anxiety for five days.", []),
    ("A single dose of ketamine, which many clinics offer, relieved anxiety for a month.", ["HL301"]),
    ("Each weekly ketamine session now brought relief lasting roughly four weeks.", ["HL301"]),
]

# Issue 20, onsets: the verb forms and frames of "starts to work within hours".
ONSETS_IN_OTHER_WORDS = [
    ("Ketamine starts reducing anxiety within days.", ["HL301"]),  # an -ing effect verb
    ("Ketamine starts reducing anxiety within hours.", []),
    ("Ketamine kicks in within days.", ["HL301"]),  # "Ketamine kicks" read as a noun phrase
    ("Ketamine kicks in within a few hours.", []),
    ("Relief from ketamine arrives within a week.", ["HL301"]),
    ("The onset of ketamine's effect is within days.", ["HL301"]),  # a copula with "onset"
    ("The onset of ketamine's effect is within hours.", []),
    ("It can take ten days for ketamine to work.", ["HL301"]),
    ("Patients wait a fortnight for ketamine to work.", ["HL301"]),
    # a drug read as the modifier of the verb after "but" is that clause's subject, not the SSRIs'
    ("SSRIs take 2 to 6 weeks to reduce anxiety, but ketamine works within a day.", []),
    ("SSRIs take weeks to reduce anxiety, but ketamine works within a few hours.", []),
]

# Issue 20: "according to" a study relays the source's finding as the writer's own; "according
# to" a clinic is still someone else's claim, and a myth is nobody's.
FRAMED = [
    ("A series of ketamine infusions kept anxiety lower for only a month, according to the 2023 analysis "
     "of records.", ["HL301"]),
    ("A series of ketamine infusions kept anxiety lower for a year, according to the 2023 analysis of records.",
     []),
    ("Ketamine works within days, according to one clinic.", ["HL301"]),  # reported: a warning
    # "it is a myth that …" frames the claim however the parser hangs it on the copula
    ("It is a myth that ketamine's effects set in within three weeks.", []),
    ("It is a myth that after a series of ketamine infusions, the drop in anxiety held for only a month.", []),
]


@pytest.mark.parametrize("text, expected", DURATIONS_IN_OTHER_WORDS + ONSETS_IN_OTHER_WORDS + FRAMED)
def test_time_claims_in_other_words(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


# A comma-set relative clause on the doses an effect came after measures the effect; without the
# comma it narrows the doses (a session length, not the benefit's time course).
@pytest.mark.parametrize("text, expected", [
    ("Researchers gave ketamine to adults with social anxiety disorder. Most adults felt less anxious after "
     "treatments, which lasted for up to 10 days.", ["HL301"]),
    ("Researchers gave ketamine to adults with social anxiety disorder. The team noted that patients reported "
     "lower anxiety after sessions, which lasted up to three weeks.", ["HL301"]),
    ("Researchers gave ketamine to adults with social anxiety disorder. Most adults felt less anxious after "
     "treatments, which lasted for up to seven days.", []),
    ("Researchers gave ketamine to adults with social anxiety disorder. Most adults felt less anxious after "
     "infusions that lasted 40 minutes.", []),
])
def test_a_relative_clause_on_the_doses_measures_the_relief(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


# Issue 20: a time sentence that names no drug. An effect noun as its subject, with nothing of its
# own to own it, is the effect the sentence before spoke of (and of that sentence's conditions);
# a demonstrative proves the link (an error), a bare or "the" effect does not (a warning).
@pytest.mark.parametrize("lead, text, expected", [
    ("In a 2023 analysis, KIT reduced anxiety.", "This improvement stayed stable over a month.", ["HL301"]),
    ("In a 2023 analysis, KIT reduced anxiety.", "This improvement stayed stable over a year.", []),
    ("In the 2017 trial, weekly ketamine infusions eased generalized anxiety.",
     "The benefit persists for two to three weeks.", ["HL301"]),
    ("In the 2017 trial, weekly ketamine infusions eased generalized anxiety.", "Relief lasted roughly 14 days.",
     ["HL301"]),
    ("In the 2017 trial, weekly ketamine infusions eased generalized anxiety.", "Relief lasted about five days.", []),
    ("Ketamine is used off-label for anxiety.", "The calm typically persists for two to three weeks.", ["HL301"]),
    ("In the 2017 trial, weekly ketamine infusions eased generalized anxiety.",
     "In short, these effects wore off after a month.", ["HL301"]),
    ("Ketamine IV treatment can rapidly reduce OCD symptoms.", "These effects are long lasting.", ["HL301"]),
    ("Ketamine IV treatment can rapidly reduce OCD symptoms.", "However, these effects are not long lasting.", []),
    # the effect is another treatment's, or something in the sentence could own it
    ("SSRIs eased anxiety in many patients.", "The benefit lasted a month.", []),
    ("Talk therapy eases anxiety for many people.", "The relief lasts for months.", []),
    ("In the 2017 trial, weekly ketamine infusions eased generalized anxiety.",
     "The benefit of exercise lasts for years.", []),
    ("In the 2017 trial, weekly ketamine infusions eased generalized anxiety.", "After yoga, relief lasts a month.",
     []),
    ("In the 2017 trial, weekly ketamine infusions eased generalized anxiety.", "The relief did not last a month.",
     []),
    ("Ketamine can cause drowsiness.", "The drowsiness lasts a few hours.", []),
])
def test_an_effect_named_before_is_linked_to_its_drug(lint, lead, text, expected):
    assert [code for _, code in codes(lint(f"{CONTEXT}{lead}\n{text}"))] == expected


# Issue 20: the effect's own clause names the dose; people "stay calm" for the effect's span; the
# drug of "each dose of <drug>"; a clause that says the span again for the drug.
@pytest.mark.parametrize("text, expected", [
    ("The calm that follows a single ketamine infusion typically persists for two to three weeks.", ["HL301"]),
    ("The calm that follows a single ketamine infusion typically persists for five days.", []),
    ("The calm that follows a session of talk therapy persists for two to three weeks.", []),
    ("The improvement seen after one ketamine session lasts around a month.", ["HL301"]),
    ("After their weekly ketamine infusion, clients in the 2017 trial stayed calm for roughly 14 days.", ["HL301"]),
    ("Clients remained calm for a few days after one ketamine session.", []),
    ("Each weekly dose of ketamine kept anxiety at bay for around a month.", ["HL301"]),
    ("Each weekly dose of ketamine kept anxiety at bay for a few days.", []),
    ("Most of our patients feel better within a few weeks, which is when ketamine starts working.", ["HL301"]),
    ("Anxiety eases within a few weeks, which is how long ketamine takes to work.", ["HL301"]),
    ("Most of our patients feel better within a few hours, which is when ketamine starts working.", []),
    ("Most patients feel better within a few weeks, which is when SSRIs start working.", []),
    ("Most patients feel better within two weeks, which is when they usually start ketamine therapy.", []),
    # the comparator's range: inside the source's is right, outside it wrong, overlapping a warning
    ("SSRIs may take 5 to 6 weeks to start reducing anxiety.", []),
    ("SSRIs may take 8 to 12 weeks to start reducing anxiety.", ["HL301"]),
    ("SSRIs may take 5 to 8 weeks to start reducing anxiety.", ["HL302"]),
])
def test_time_claims_whose_drug_is_in_another_clause(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


# Issue 20: a table of treatments by onset or duration attaches the row's drug, the column's
# measure and the cell's span; a cell that says more than a span, or a column of something else,
# is no claim.
@pytest.mark.parametrize("header, cells, expected", [
    ("Onset", ["SSRIs | 8 to 12 weeks", "Ketamine | Within hours"], [(5, "HL301")]),
    ("Onset", ["SSRIs | 2 to 6 weeks", "Ketamine | within days"], [(6, "HL301")]),
    ("How long relief lasts", ["Ketamine | about a month"], [(5, "HL301")]),
    ("How long relief lasts", ["Ketamine | a few days"], []),
    ("Onset", ["Antidepressants | hours", "Ketamine | not 2 weeks"], []),
    ("Session length", ["Ketamine | about a month"], []),
    ("Onset", ["Ketamine | 2 weeks, some say"], []),
])
def test_a_table_of_time_courses(lint, header, cells, expected):
    table = "\n".join([f"| Treatment | {header} |", "| --- | --- |", *(f"| {c} |" for c in cells)])
    assert codes(lint(f"# Time courses\n\n{table}\n")) == expected


# Issue 20, part 2: a time span reported in someone's name and not refuted is passed on, as a
# warning (never an error); "according to <a study>" stays the writer's own claim.
@pytest.mark.parametrize("text, expected", [
    ("Some clinics say ketamine takes two to three weeks to work.", [(3, "HL301", "warning")]),
    ("The team says relief from ketamine lasts three months.", [(3, "HL301", "warning")]),
    ("According to several clinics, ketamine needs about a month to take effect.", [(3, "HL301", "warning")]),
    ("Ketamine starts working after ten days, one clinic told us.", [(3, "HL301", "warning")]),
    ("Some clinics say ketamine takes three weeks to work. That is not true.", []),
    ("Some clinics say ketamine acts within hours.", []),
    ("According to the 2023 analysis, ketamine takes a month to start working.", [(3, "HL301", "error")]),
])
def test_a_reported_time_claim_is_a_warning(lint, text, expected):
    assert graded(lint(CONTEXT + text)) == expected


# Issue 20, part 4: an onset or duration cue in any frame, the drug in discussion and a span that
# conflicts: a warning when the parse does not tie the three together.
LOOSE = "Ketamine is now offered at our clinic for anxiety.\n\n"


@pytest.mark.parametrize("text", [
    "Patients should expect the medicine to need about three weeks before their anxiety starts to lift.",
    "Give it three full weeks before you expect any shift in how you feel.",
    "Allow it ten days before you expect any change.",
    "Most people notice the first real change about two weeks in, once the medicine has built up.",
    "Many patients see results around four weeks in.",
    "The effect is coming slowly, usually after 10 to 14 days from the first infusion.",
    "Members often see the first real change around four weeks in, after the medicine has built up.",
])
def test_a_loose_time_claim_is_a_warning(lint, text):
    assert graded(lint(LOOSE + text)) == [(3, "HL301", "warning")]


@pytest.mark.parametrize("text", [
    # agreeing spans
    "Give it a few hours before you expect any shift in how you feel.",
    "Most people notice the first real change within hours, once the medicine has built up.",
    "After a series of infusions, the good result is staying stable for a year.",
    "Exercise needs a few weeks before its benefit starts to build up.",
    "Most clinics leave a week between sessions, so the change builds up slowly.",
    "This effect wore off after up to a week.",
    "If for people with OCD the drop in symptoms tends to stick around for months, the label would say so.",
    "In GAD, the relief from one weekly infusion tends to stick around for about a week.",
    # traps: sessions, stays, courses, waiting lists, histories, other causes, another clause's drug
    "Each session lasts about 40 minutes, and you stay for two hours afterwards.",
    "Most clinics leave a week between sessions, so the course lasts about three weeks.",
    "The waiting list at most clinics is about three months long.",
    "After two weeks of SSRIs without any change, she asked about ketamine.",
    "SSRIs usually start to work after two to six weeks, and the change builds up slowly.",
    "The benefit of exercise tends to stick around for years.",
    "Most patients feel a difference within two weeks, which is when they usually start ketamine therapy.",
    "If it takes three weeks before you notice a change, tell your doctor.",
])
def test_a_loose_time_claim_that_is_right_or_not_the_drugs_is_silent(lint, text):
    assert graded(lint(LOOSE + text)) == []


# Issue 20: a contrast ("whereas", "while", "unlike") gives each clause its own drug.
@pytest.mark.parametrize("text, expected", [
    ("**SSRIs** \u2014 a common first treatment for anxiety; they may take two to six weeks to start working, "
     "whereas ketamine may act within hours.", []),
    ("SSRIs may take two to six weeks to start working, while ketamine may act within hours.", []),
    ("SSRIs may take two to six weeks to start working, whereas ketamine may act within days.", [(3, "HL301")]),
    ("Unlike SSRIs, which usually start to work within a couple of days, ketamine is fast.", [(3, "HL301")]),
    ("Unlike SSRIs, which often take two to six weeks to work, ketamine is fast.", []),
])
def test_each_side_of_a_contrast_has_its_own_drug(lint, text, expected):
    assert codes(lint(CONTEXT + text)) == expected


# Issue 20: where the source says an effect does not last (ketamine for OCD), a span of a month
# or more contradicts it; an error when the parse ties it to the drug, else a warning.
@pytest.mark.parametrize("text, expected", [
    ("In OCD, a single ketamine dose keeps symptoms down for months at a stretch.", [(3, "HL301", "error")]),
    ("Ketamine can ease OCD. For people with OCD, the drop in symptoms tends to stick around for months.",
     [(3, "HL301", "warning")]),
    ("In OCD, a single ketamine dose keeps symptoms down for a few days.", []),
    ("In GAD, a single ketamine dose keeps symptoms down for a few days.", []),
    # the sentence itself must name the condition: the one before it may have been about OCD
    ("Ketamine's benefit in OCD is generally not long lasting. The most encouraging result \u2013 improvement "
     "that stayed stable over a year \u2013 came from a 2023 look back at records.", []),
])
def test_a_long_span_where_the_source_says_it_does_not_last(lint, text, expected):
    assert graded(lint(CONTEXT + text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Blind set 3: the study framing the effect is the source's (identified by year and design):
    # drug, predicate and span proved, an error.
    ("For anxiety, the best-known paper is a 2023 retrospective review of people given ketamine infusions "
     "between 2017 and 2020.\nPer the 2023 retrospective review, improvements held steady for roughly six "
     "months.\n", [(2, "HL301", "error")]),
    # Issue 20: a course that ends after a span is the course's length, not an onset.
    ("A course of ketamine infusions is planned with each patient.\nThe course of treatment comes to an end "
     "after six weeks.\n", []),
    ("The course of infusions finishes within three weeks.\n", []),
    ("A course of ketamine eases anxiety within a week.\n", [(1, "HL301", "error")]),
])
def test_a_study_framed_effect_and_a_course_that_ends(lint, text, expected):
    assert [g for g in graded(lint(CONTEXT + text)) if g[1].startswith("HL3")] == [
        (line + 2, code, sev) for line, code, sev in expected]


@pytest.mark.parametrize("text, expected", [
    # Blind set 4: a span the source contradicts that the parse does not prove is HL301 graded to a
    # warning (HL302 stays for an overlap); an upper bound above the source's contradicts it.
    ("Give it three full weeks before you expect any shift in how you feel.", [(3, "HL301", "warning")]),
    ("SSRIs can take 1 to 3 weeks to reduce anxiety.", [(3, "HL302", "warning")]),
    ("An earlier evaluation (2017) of weekly ketamine in generalised anxiety disorder and social anxiety "
     "disorder reported rapid improvements, with relief lasting up to a fortnight after each weekly dose.",
     [(3, "HL301", "error")]),
    ("In the 2017 trial, relief from each weekly ketamine dose lasted up to 5 days.", []),
    # "which is why" explains; it does not say the span again for the SSRIs of its clause
    ("Where it helps at all, the response tends to show within hours, which is why the SSRIs, which usually "
     "need two to six weeks before anxiety starts to ease, make such a poor comparison.", []),
    # "tends to hold for": a verb of lasting
    ("Ketamine can reduce OCD symptoms quickly. With OCD the improvement from an IV course tends to hold for "
     "many months afterwards.", [(3, "HL301", "error")]),
    ("Hold the spray upright for ten seconds.", []),
])
def test_a_contradicted_span_is_hl301_graded(lint, text, expected):
    assert graded(lint(CONTEXT + text + "\n")) == expected


# Round 2 (blind sets 4 and 5): a span after "compared with / versus / than" is the comparator's,
# not the drug's, whoever the clause belongs to; the drug's own span in the clause is still read.
@pytest.mark.parametrize("text, expected", [
    ("- **Speed:** effects can appear within hours, compared with roughly 2\u20136 weeks for SSRIs.", []),
    ("Ketamine's effects can appear within hours, compared with roughly 2\u20136 weeks for SSRIs.", []),
    ("Ketamine works within hours, versus two to six weeks for SSRIs.", []),
    ("Effects can appear within hours, versus roughly two to six weeks for an SSRI.", []),
    ("Ketamine works within hours, far faster than the two to six weeks SSRIs need.", []),
    ("Ketamine works within two weeks, compared with 2 to 6 weeks for SSRIs.", [(3, "HL301", "error")]),
])
def test_a_span_in_a_comparison_is_the_comparators(lint, text, expected):
    assert graded(lint(CONTEXT + text + "\n")) == expected


# Round 2 (blind set 5): verbs of lasting and of a first change in other words.
@pytest.mark.parametrize("text, expected", [
    ("The calm from each ketamine session tended to carry people through roughly ten days.", [(3, "HL301", "error")]),
    ("The relief from each ketamine infusion carried patients through about a week.", []),
    ("Relief from a ketamine infusion carries most people for five days.", []),
    ("For most patients ketamine needs a fortnight or so of repeated sessions before anything shifts.",
     [(3, "HL301", "warning")]),
    ("Ketamine needs only a few hours before anything shifts.", []),
    ("Patients carry a card for a month after treatment.", []),
    # blind set 4: an effect that builds over a span takes that long to arrive
    ("Ketamine's calming effect typically builds over roughly three weeks.", [(3, "HL301", "error")]),
    ("The effect of ketamine on anxiety appears gradually over several weeks.", [(3, "HL301", "error")]),
    ("Ketamine's calming effect builds over a few hours.", []),
    ("Clinics are building over two years a network of ketamine services.", []),
])
def test_lasting_and_onset_verbs_in_other_words(lint, text, expected):
    assert graded(lint(CONTEXT + text + "\n")) == expected


# Session 4: a figure belongs to the drug its own clause or phrase is about.
@pytest.mark.parametrize("text", [
    "SSRIs take two to six weeks to reduce symptoms, against hours for ketamine-based products.",
    "An SSRI typically needs two to six weeks to begin easing anxiety, while ketamine can do its thing "
    "within hours of a dose.",
    "SSRIs usually need a few weeks to help, while ketamine can get going within hours.",
])
def test_a_span_belongs_to_the_drug_its_clause_names(lint, text):
    assert [c for c in codes(lint(CONTEXT + text)) if c[1].startswith("HL3")] == []


def test_a_wrong_ssri_onset_beside_ketamine_still_fires(lint):
    text = "SSRIs take eight to twelve weeks to reduce symptoms, against hours for ketamine-based products."
    assert graded(lint(CONTEXT + text)) == [(3, "HL301", "error")]


# A treatment named only by a stand-in ("a single infusion", "each session") after a paragraph
# about another drug: held to the one drug whose time course the source gives for that setting
# (the weekly trial's "single infusion"), as a warning, since the parse proves nothing.
@pytest.mark.parametrize("before, text", [
    ("Mixing it with alcohol or benzos is dangerous.",
     "A single infusion keeps anxiety down for about a month."),
    ("After years of waiting weeks for SSRIs to kick in, this was a shock.",
     "The calm from each session tended to carry people through roughly ten days."),
    ("Spravato is esketamine, sprayed into the nose.",
     "Relief from a single dose lasts about three to four weeks."),
    ("Most people on SSRIs wait weeks for relief.",
     "With OCD the improvement from an IV course tends to hold for many months."),
])
def test_a_stand_in_is_the_drug_the_setting_names(lint, before, text):
    assert graded(lint(CONTEXT + before + "\n\n" + text)) == [(5, "HL301", "warning")]


@pytest.mark.parametrize("before, text", [
    ("Mixing it with alcohol or benzos is dangerous.", "A single infusion keeps anxiety down for about a week."),
    ("Most people on SSRIs wait weeks for relief.", "Each SSRI dose lasts about a day."),
    ("Most people on SSRIs wait weeks for relief.", "A single infusion takes about forty minutes."),
])
def test_a_stand_in_with_a_right_or_other_figure_is_silent(lint, before, text):
    assert codes(lint(CONTEXT + before + "\n\n" + text)) == []


# Other words for the relief and its dose: "the lift", "the fall in anxiety", "after each one".
@pytest.mark.parametrize("text, expected", [
    ("In the 2017 work on weekly ketamine treatments, the lift held for up to a fortnight after each one.",
     [(3, "HL301")]),
    ("In the 2017 work on weekly ketamine treatments, the relief held for up to a week after each one.", []),
    ("Ketamine works fast. Its authors found that the fall in anxiety held steady across a full two years "
     "of follow-up.", [(3, "HL301")]),
    ("Ketamine works fast. Its authors found that the fall in anxiety held steady across a year of "
     "follow-up.", []),
    ("Ketamine works fast. The drop in blood pressure held steady for two years.", []),
])
def test_other_words_for_the_relief(lint, text, expected):
    assert codes(lint(CONTEXT + text)) == expected


# Relief that ends by a third of the source's "up to 7 days" says it fades early; a few days, a
# hedged "may last a day or two" and side effects are not that.
@pytest.mark.parametrize("text, expected", [
    ("In the 2017 trial, the relief that followed a weekly ketamine infusion had worn off within "
     "forty-eight hours.", [(3, "HL301", "error")]),
    ("Each ketamine infusion's effect typically wears off after about 48 hours.", [(3, "HL301", "error")]),
    ("The relief from a single ketamine infusion typically fades within a day.", [(3, "HL301", "error")]),
    ("The relief from a single ketamine infusion typically fades within a few days.", []),
    ("The relief from a single ketamine infusion typically fades within about a week.", []),
    ("Ketamine's effects may last a day or two after each infusion.", []),
    ("Side effects of a single ketamine infusion usually wear off within two hours.", []),
    ("For OCD, the relief from a single ketamine infusion wears off within a day.", []),
])
def test_relief_that_ends_early(lint, text, expected):
    assert graded(lint(CONTEXT + text)) == expected


# Ordinal spans and other onset words ("within the first week", "shows up", "doing anything").
@pytest.mark.parametrize("text, expected", [
    ("Members should be told that first-line SSRIs usually begin to reduce anxiety within the first week.",
     [(3, "HL301")]),
    ("SSRIs usually begin to reduce anxiety in the third week.", []),
    ("People usually notice ketamine working by the second week of treatment.", [(3, "HL301")]),
    ("With ketamine, relief typically shows up around week three.", [(3, "HL301")]),
    ("Give ketamine three weeks before you judge whether it is doing anything.", [(3, "HL301")]),
    ("Give ketamine a few hours before you judge whether it is doing anything.", []),
    ("If ketamine takes three weeks to work, ask your doctor.", []),
])
def test_onsets_in_other_words(lint, text, expected):
    assert codes(lint(CONTEXT + text)) == expected


# The sentence bank: more words for "takes a while", "stays", and a subject the parser doubled.
@pytest.mark.parametrize("text, expected", [
    ("Honestly, the drug takes a full month to do anything, whatever the clinics say.",
     [(3, "HL301", "warning")]),
    ("The onset of ketamine's effect is typically delayed by several weeks, in my experience.",
     [(3, "HL301", "error")]),
    ("People in the 2017 study on weekly ketamine treatments kept their lower anxiety for a full month "
     "after each dose.", [(3, "HL301", "error")]),
    ("Yes: after each weekly ketamine session the calm lasted about a month.", [(3, "HL301", "error")]),
    ("In a 2017 evaluation, relief after each weekly ketamine treatment lasted fourteen days or so.",
     [(3, "HL301", "error")]),
    ("Once ketamine lifts OCD symptoms, they stay down indefinitely.", [(3, "HL301", "error")]),
    ("For obsessive-compulsive disorder, the benefits of ketamine IV treatment are long-lasting, persisting "
     "for many months after a course.", [(3, "HL301", "error")]),
    ("In the 2023 analysis of KIT, the improvement was still there after twelve months of follow-up.", []),
    ("A recreational bump is short-lived and the comedown is lasting only a few hours.", []),
])
def test_bank_wordings(lint, text, expected):
    assert graded(lint(CONTEXT + text)) == expected


@pytest.mark.parametrize("before, text, expected", [
    ("Many people feel calmer after a few weeks on SSRIs.", "Once it arrives, the drop in OCD symptoms is lasting.",
     [(5, "HL301", "warning")]),
    ("Many people feel calmer after a few weeks on SSRIs.", "OCD relief is durable.", [(5, "HL301", "warning")]),
    ("Many people feel calmer after a few weeks on SSRIs.", "The relief SSRIs bring for OCD is durable.", []),
    ("Many people feel calmer after a few weeks on SSRIs.", "OCD relief is short-lived.", []),
])
def test_a_lasting_claim_is_the_drug_the_source_says_it_of(lint, before, text, expected):
    assert graded(lint(CONTEXT + before + "\n\n" + text)) == expected


def test_one_finding_per_line_and_source_statement(lint):
    # one claim said twice draws one finding; two drugs' onsets on one line draw one each
    text = ("For obsessive-compulsive disorder, the benefits of ketamine IV treatment are long-lasting, persisting "
            "for many months after a course.\n\n"
            "| | Ketamine | SSRIs |\n| --- | --- | --- |\n| Onset of effect | About one week | 3–5 days |\n")
    assert graded(lint(CONTEXT + text)) == [(3, "HL301", "error"), (7, "HL301", "error"), (7, "HL301", "error")]


# Issue 20, session 5: classes the held-out sets showed. Each case is (text, (line, code, severity)…).
LEAD = "Ketamine is now offered at our clinic for anxiety.\n\n"


@pytest.mark.parametrize("text, expected", [
    # a member of a class whose onset the source gives is held to the class's span, never read
    # as the drug in discussion through "it"
    ("I also tried a course of sertraline years ago, and it took a good six weeks before I felt any lift.", []),
    ("Fluoxetine usually takes about four weeks to ease anxiety.", []),
    ("Escitalopram works within a few hours.", [(3, "HL301", "error")]),
    # a wider lexicon: "protects you from <condition>" keeps a symptom down; "until the third week"
    ("A single ketamine infusion protects you from anxiety for a good two months.", [(3, "HL301", "error")]),
    ("A single ketamine infusion protects you from anxiety for about five days.", []),
    ("Ketamine's benefit doesn't kick in until the third week.", [(3, "HL301", "error")]),
    # one person's own course is an experience: a warning at most
    ("I took fluoxetine for a year and it took eight weeks before I noticed anything.", [(3, "HL301", "warning")]),
    # "not … until <span>" is an onset at the span; proved only with the family's own predicate
    ("For most patients, though, ketamine's calming effect is not expected until roughly a week into a course.",
     [(3, "HL301", "warning")]),
    ("In fact, ketamine brings no relief until close to a month has passed.", [(3, "HL301", "error")]),
    ("Ketamine does not kick in until a few hours after the dose.", []),
    ("Relief from ketamine lasts until the next weekly dose.", []),
    # an amount of a span ("the better part of") is no comparison; a stand-in names the treatment
    ("Still, plan on the better part of a week before the infusions actually kick in.", [(3, "HL301", "warning")]),
    ("Plan on a few hours before the infusions actually kick in.", []),
    # an "of" inside the span ("the first couple of days") is no other cause of the effect
    ("Most people on SSRIs notice a change in the first couple of days.", [(3, "HL301", "warning")]),
    # a clause after a semicolon is a sentence of its own
    ("Many people notice a change within hours of a dose, which is one reason people look at ketamine at all; "
     "SSRIs usually take two to six weeks.", []),
    # how long a dose is given over, and a nurse's stay, are no effect's time course
    ("- **During:** ketamine is given through a drip into a vein over roughly 40 minutes, and a nurse stays "
     "with you throughout.", []),
    ("The dose is infused over about an hour while a nurse stays with you.", []),
    # the condition named by its adjective: the source says the OCD effect does not last
    ("Intravenous ketamine can ease obsessive-compulsive symptoms rapidly, and the good news is that these gains "
     "usually persist for many months without further treatment.", [(3, "HL301", "error")]),
    ("Ketamine can ease obsessive-compulsive symptoms, but the gains usually fade within days.", []),
    # "not … until" with the denial in the clause above; a session that "takes hold" is the drug working
    ("You won't feel ketamine working until roughly a week after an infusion.", [(3, "HL301", "error")]),
    ("Allow ten days before these infusions take hold.", [(3, "HL301", "warning")]),
    ("Allow a few hours before these infusions take hold.", []),
    # a session as the subject of a verb keeping a symptom down: the relief's duration
    ("One session can keep anxiety quieter for up to three weeks.", [(3, "HL301", "error")]),
    ("One session can keep anxiety quieter for up to a week.", []),
    ("Each weekly session lasts about an hour.", []),
    # the effect named before the session it followed is what lasts
    ("The lift after each weekly session lasts about a fortnight.", [(3, "HL301", "error")]),
    ("In the 2017 research on generalised and social anxiety, the relief that followed each weekly treatment "
     "held for roughly three weeks before it faded.", [(3, "HL301", "error")]),
    ("The relief after each session lasts about a week.", []),
    # relief a dose brings is that dose's; relief another doer brings is not the drug's
    ("With each dose bringing relief that lasted as long as three weeks, patients were pleased.",
     [(3, "HL301", "error")]),
    ("Exercise brings relief that lasts for months.", []),
    # an onset on a day ("on the second or third day"), and on the first day (within hours)
    ("Ketamine is quicker than that, but not instant: its effect on anxiety typically arrives on the second or "
     "third day after an infusion.", [(3, "HL301", "error")]),
    ("Ketamine works on day three.", [(3, "HL301", "error")]),
    ("Ketamine usually starts working on the first day.", []),
    # lasting without a number, read where the parse ties it to nothing: the one drug named, graded
    ("- **OCD, again.** Once ketamine lifts OCD symptoms, they stay down for good.", [(3, "HL301", "error")]),
    ("If OCD is what you're working on, the good news is that the relief IV ketamine brings tends to be "
     "long-lasting.", [(3, "HL301", "warning")]),
    ("Ketamine's relief from OCD does not last for good.", []),
    ("Some say ketamine's OCD relief is permanent, but that is not true.", []),
    # a still-holding improvement, beyond the follow-up the source reports
    ("A 2023 analysis of ketamine therapy found the improvement was still holding eighteen months into "
     "follow-up.", [(3, "HL301", "error")]),
])
def test_session5_classes(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


@pytest.mark.parametrize("text, expected", [
    # blind9: a condition held off (the particle read as a preposition) is the relief lasting
    ("One infusion of ketamine holds off anxiety for a full month.", [(3, "HL301", "error")]),
    ("A single ketamine infusion keeps the anxiety away for about three weeks.", [(3, "HL301", "error")]),
    ("One infusion of ketamine holds off anxiety for up to a week.", []),
    ("The clinic held off new bookings for a month.", []),
])
def test_a_condition_held_off(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


# Session 6 (blind10-12): classes the held-out sets showed. Each line is judged alone after LEAD.
@pytest.mark.parametrize("text, expected", [
    # a relative clause on an apposition speaks of the noun the apposition explains
    ("Compare that with SSRIs, the usual first-line tablets, which tend to kick in within a week or so; ketamine "
     "can act within hours.", [(3, "HL301", "error")]),
    ("SSRIs, the usual first-line tablets, which need two to six weeks to work, are cheaper.", []),
    # an imperative the parser took for a clausal subject owns nothing
    ("Compare that with SSRIs, the usual first-line tablets, which kick in within two to six weeks; ketamine "
     "(which many clinics now offer) can act within hours.", []),
    # a contrast hung on a reporting verb is the writer's own clause
    ("The published literature describes effects within hours, whereas first-line SSRIs generally need four to "
     "eight weeks before anxiety begins to lift.", [(3, "HL302", "warning")]),
    ("The published literature describes effects within hours, whereas SSRIs generally need two to six weeks.", []),
    # a timestamp before the sentence is no subject
    ("- **[20:30]** How long the weekly effect holds: in the 2017 work, each treatment bought people roughly ten "
     "days of calm before symptoms crept back.", [(3, "HL301", "error")]),
    ("- **[20:30]** In the 2017 work, each weekly treatment bought people about five days of calm.", []),
    # a time preposition left without its object before the span
    ("After that, the relief from a single infusion generally holds for around three weeks before a top-up is "
     "needed.", [(3, "HL301", "error")]),
    ("The relief from a single weekly infusion holds for about five days before a top-up is needed.", []),
    # verbs and nouns of lasting
    ("From what we saw, the relief from each of those weekly sessions often stretched to roughly a fortnight.",
     [(3, "HL301", "error")]),
    ("The calmer spell that followed each weekly session lasted up to a fortnight.", [(3, "HL301", "error")]),
    ("A single infusion will hold anxiety down for around a month.", [(3, "HL301", "error")]),
    ("A single infusion will hold anxiety down for up to a week.", []),
    ("The clinic holds a licence for two years.", []),
    ("Ketamine eases OCD symptoms fast, and the effect holds for the long haul.", [(3, "HL301", "warning")]),
    # "before <drug> does anything", an effect that builds "rather than arriving"
    ("It usually takes around two weeks before ketamine does anything noticeable.", [(3, "HL301", "error")]),
    ("It usually takes a few hours before ketamine does anything noticeable.", []),
    ("What people usually notice is that the benefit builds over the first two weeks or so rather than arriving "
     "on the day itself.", [(3, "HL301", "warning")]),
    ("What people usually notice is that the benefit arrives within hours rather than building over weeks.", []),
    # someone's expectation is not the writer's claim; one told to the reader is
    ("A patient who expects ketamine to take a month needs that expectation reset.", []),
    ("One who expects ketamine to take three weeks needs that reset too.", []),
    ("You can expect ketamine to take a month to work.", [(3, "HL301", "error")]),
    ("Patients should expect the medicine to need roughly ten days before their anxiety starts to lift.",
     [(3, "HL301", "warning")]),
    # a form of a drug whose own onset the source does not give is not held to that drug's (the
    # behaviour suite's contradiction seeds state such an onset as a correct context line)
    ("Esketamine nasal spray typically takes about a week to kick in.", []),
    ("IV ketamine usually starts working within minutes, while esketamine takes a week or more.", []),
    ("Esketamine can work within hours.", []),
    # a session the parser made a participle's subject inside the effect's phrase; a span hung on
    # the "before" of the clause after it
    ("In the KIT data, the benefits of a series of infusions held for two full years.", [(3, "HL301", "error")]),
    ("In the KIT data, the benefits of a series of infusions held for a year.", []),
    ("The sessions of the course held for two years were well attended.", []),
    # a wait or lag the span measures: an onset, graded; never a wait between sessions
    ("Ketamine does not act within the hour, and our clinicians tell every patient to expect a wait of roughly two weeks.",
     [(3, "HL301", "warning")]),
    ("Ketamine's effects arrive only after a two-week lag.", [(3, "HL301", "warning")]),
    ("Expect a wait of a few hours before ketamine kicks in.", []),
    ("Ketamine is given weekly, with a wait of two weeks between courses.", []),
    # the drug named in the clause before, "it" in the span's own
    ("Ketamine, by contrast, is slow to take hold: allow half a month before judging it.",
     [(3, "HL301", "warning")]),
    ("Ketamine is quick to take hold: allow a few hours before judging it.", []),
    # an onset said to stretch is still an onset
    ("In practice its onset stretches to about two weeks.", [(3, "HL301", "error")]),
])
def test_session6_classes(lint, text, expected):
    assert graded(lint(LEAD + text)) == expected


@pytest.mark.parametrize("table, expected", [
    # a drug per column, the measure in the row's label; "after the first session" says from when
    ("| | SSRIs | Ketamine infusion |\n|---|---|---|\n| When effects may begin | Two to six weeks | Three to four "
     "weeks after the first session |", [(7, "HL301", "error")]),
    ("| | SSRIs | Ketamine infusion |\n|---|---|---|\n| When effects may begin | Two to six weeks | Within hours "
     "after the first session |", []),
])
def test_session6_tables(lint, table, expected):
    assert graded(lint("# Ketamine\n\nKetamine is offered for anxiety.\n\n" + table + "\n")) == expected
