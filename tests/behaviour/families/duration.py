"""Duration: how long a drug's effect lasts.

The pack's facts (rules/ketamine.yaml, time_course): in the 2017 trial of weekly treatments
the relief after each treatment lasted up to 7 days (source line 75); in the 2023 analysis of
records the improvement after a series of infusions stayed stable over a year of follow-up
(line 40); ketamine's effects on OCD are not generally long lasting (line 67). A span that
does not fit is HL301 (an error when the parse ties drug, predicate and span; else HL301 graded to a warning); a
span inside the source's is right and silent. How long a session, a course or a side effect
lasts is not the benefit's duration, and a study the source does not report is not its claim.
"""

from ..harness import Seed

WRONG = ("HL301",)
CAUGHT = ("HL301", "HL302")

# One weekly dose (the source: up to 7 days).
WEEK_RIGHT = ("up to 7 days", "up to seven days", "up to a week", "as long as a week", "about a week",
              "roughly seven days", "a week", "a few days", "several days", "five days")
WEEK_WRONG = ("roughly four weeks", "about 3 weeks", "a fortnight", "a month", "up to a month",
              "about two weeks", "as long as three weeks", "28 days", "three months", "six weeks")
# Frames where the span follows "for" or a duration verb directly.
PER_DOSE = (
    "In the 2017 trial, relief after each weekly ketamine infusion {ADV} lasted {S}.",
    "After each weekly dose of {D}, anxiety {ADV} stayed low for {S}.",
    "The benefit of each weekly ketamine treatment {ADV} persisted for {S}.",
    "{D} {ADV} kept anxiety low for {S} after each weekly infusion.",
    "Patients' calm {ADV} lasted {S} after each weekly session of {D}.",
    "After one weekly ketamine infusion in the 2017 trial, anxiety {ADV} stayed down for {S}.",
    "The relief from one ketamine infusion {ADV} lasts {S}.",
    "ketamine's anti-anxiety effect {ADV} lasted {S} after each weekly dose.",
    "Each weekly ketamine session {ADV} brought relief lasting {S}.",
    "Anxiety was {ADV} kept down by each weekly ketamine infusion for {S}.",
    "After each weekly ketamine infusion, patients {ADV} felt calmer for {S} afterwards.",
    "In the 2017 trial, the calming effect of each weekly ketamine dose {ADV} wore off after {S}.",
    "The improvement in generalised anxiety after each weekly ketamine treatment {ADV} lasted {S}.",
    "The calm from each weekly ketamine session {ADV} carried people through {S}.",
    "Relief from each weekly dose of {D} {ADV} tended to carry patients through {S}.",
)
# The small parser reads this one as a noun phrase ("relieved" an adjective): the claim cannot
# be proved from the parse, so a warning is the verdict it can reach; either code is a catch.
VERBLESS = ("A single dose of {D} {ADV} relieved anxiety for {S}.",)
# Noun forms: "a week of relief", "relief of up to a week".
NOUNS_RIGHT = ("a week", "about a week", "seven days", "several days")
NOUNS_WRONG = ("a month", "a fortnight", "three weeks", "two months")
NOUN_FRAMES = (
    "One ketamine infusion {ADV} gives {S} of relief.",
    "Each weekly ketamine dose {ADV} brought {S} of relief in the 2017 trial.",
)
UP_TO_FRAMES = (
    "Each weekly ketamine session {ADV} gave relief of up to {S}.",
    "In the 2017 trial, one ketamine dose {ADV} offered relief for as long as {S}.",
)

# A series of infusions (the source: stable over a year of follow-up).
YEAR_RIGHT = ("a year", "about a year", "12 months", "twelve months", "a full year", "over a year")
YEAR_WRONG = ("only a month", "only three months", "just six weeks", "only a fortnight", "five years",
              "only two weeks")
SERIES = (
    "In the 2023 records analysis, the improvement after a series of ketamine infusions {ADV} stayed stable for {S}.",
    "After a series of ketamine infusions, the drop in anxiety {ADV} held for {S}.",
    "The gains from a course of ketamine infusions {ADV} lasted {S} in the 2023 analysis.",
    "A series of ketamine infusions {ADV} kept anxiety lower for {S}, according to the 2023 analysis of records.",
    "Patients' improvement after a course of ketamine infusions {ADV} persisted for {S}.",
)

# OCD: not generally long lasting.
OCD_LONG = (
    "ketamine's relief from OCD symptoms is {ADV} long-lasting.",
    "{D} {ADV} brings lasting relief from OCD symptoms.",
    "The reduction in OCD symptoms from {D} is {ADV} permanent.",
    "ketamine's effect on obsessive-compulsive disorder is {ADV} durable.",
)
OCD_SHORT = (
    "{D} can quickly ease OCD symptoms, but the effect is {ADV} short-lived.",
    "ketamine's relief from OCD symptoms is {ADV} temporary.",
    "The reduction in OCD symptoms from {D} {ADV} does not last long.",
    "ketamine's effect on obsessive-compulsive disorder is {ADV} not long-lasting.",
)


def _fill(frames, spans, expect, drug, capability, test, context=""):
    for frame in frames:
        for span in spans:
            text = frame.replace("{S}", span)
            # "up to a fortnight" where the source says up to 7 days overlaps it: a warning at
            # least (HL302), an error when it is far off; either is a catch
            bound = expect == WRONG and ("up to " in text or "as long as " in text)
            yield Seed(text, CAUGHT if bound else expect, drug, capability, test, context=context)


def seeds():
    # The plain claim per weekly dose, first frame as MFT, the rest rewordings.
    yield from _fill(PER_DOSE[:1], WEEK_RIGHT, (), "ketamine", "plain", "MFT")
    yield from _fill(PER_DOSE[:1], WEEK_WRONG, WRONG, "ketamine", "plain", "MFT")
    yield from _fill(PER_DOSE[1:], WEEK_RIGHT, (), "ketamine", "reworded", "INV")
    yield from _fill(PER_DOSE[1:], WEEK_WRONG, WRONG, "ketamine", "reworded", "INV")
    yield from _fill(VERBLESS, WEEK_RIGHT, (), "ketamine", "reworded", "INV")
    yield from _fill(VERBLESS, WEEK_WRONG, CAUGHT, "ketamine", "reworded", "INV")
    yield from _fill(NOUN_FRAMES, NOUNS_RIGHT, (), "ketamine", "noun-form", "INV")
    yield from _fill(NOUN_FRAMES, NOUNS_WRONG, WRONG, "ketamine", "noun-form", "INV")
    yield from _fill(UP_TO_FRAMES, ("a week", "seven days"), (), "ketamine", "noun-form", "INV")
    yield from _fill(UP_TO_FRAMES, ("a month", "three weeks", "a fortnight"), WRONG, "ketamine", "noun-form", "INV")

    # The source's sentence in other words, with only its number changed.
    paraphrase = ("A 2017 study of weekly ketamine treatments for generalized and social anxiety found that "
                  "the reduced anxiety after each treatment {ADV} lasted for up to {S}.")
    yield from _fill((paraphrase,), ("7 days", "seven days", "a week"), (), "ketamine", "source-paraphrase", "MFT")
    yield from _fill((paraphrase,), ("14 days", "30 days", "4 weeks", "a month"), CAUGHT, "ketamine",
                     "source-paraphrase", "MFT")
    # A comma-set relative clause on the doses the relief came after measures the relief.
    relative = ("In a 2017 trial of weekly ketamine for social anxiety disorder, most adults felt less anxious "
                "after treatments, which {ADV} lasted for up to {S}.")
    yield from _fill((relative,), ("7 days", "seven days", "a week"), (), "ketamine", "relative-clause", "MFT")
    yield from _fill((relative,), ("14 days", "4 weeks", "a month"), CAUGHT, "ketamine", "relative-clause", "MFT")
    kit = ("In a 2023 analysis, the improvement in anxiety after ketamine infusions {ADV} stayed stable over {S} "
           "of follow-up.")
    yield from _fill((kit,), ("a year", "12 months"), (), "ketamine", "source-paraphrase", "MFT")
    yield from _fill((kit,), ("a month", "six weeks", "two weeks"), CAUGHT, "ketamine", "source-paraphrase", "MFT")

    # A series of infusions, followed up for a year.
    yield from _fill(SERIES, YEAR_RIGHT, (), "ketamine", "series", "INV")
    yield from _fill(SERIES, YEAR_WRONG, CAUGHT, "ketamine", "series", "INV")

    # OCD effects are not generally long lasting.
    for frame in OCD_LONG:
        yield Seed(frame, WRONG, "ketamine", "ocd", "MFT")
    for frame in OCD_SHORT:
        yield Seed(frame, (), "ketamine", "ocd", "MFT")

    # Directional: one dose said to last as long as the series did is wrong; the series' year
    # said of one dose is wrong too.
    for span in ("a year", "twelve months", "several months"):
        yield Seed(f"A single ketamine infusion {{ADV}} keeps anxiety down for {span}.", WRONG, "ketamine",
                   "one-dose-vs-series", "DIR")
        yield Seed(f"One ketamine dose {{ADV}} relieves anxiety for {span}.", WRONG, "ketamine",
                   "one-dose-vs-series", "DIR")

    # Negation: denying a wrong span is right.
    for span in ("a month", "three weeks", "a fortnight"):
        yield Seed(f"The relief after each weekly ketamine dose did {{ADV}} not last {span}.", (), "ketamine",
                   "negation", "DIR")
        yield Seed(f"{{D}}'s relief from one infusion {{ADV}} does not last {span}.", (), "ketamine",
                   "negation", "DIR")

    # Another drug: the source gives no duration for it.
    for drug in ("SSRIs", "buspirone", "benzodiazepines"):
        for span in ("a month", "several hours", "a year"):
            yield Seed(f"Relief from {{D}} {{ADV}} lasts {span}.", (), drug, "other-drug", "DIR")
    yield Seed("Antidepressants {ADV} keep anxiety low for months.", (), "", "comparator", "DIR")
    yield Seed("Unlike {D}, whose relief lasts about a week, SSRIs {ADV} keep working for months.", (),
               "ketamine", "comparison", "DIR")

    # Another study, one the source does not report: at most a warning, never an error.
    for span in ("about two weeks", "a month"):
        yield Seed(f"In a 2015 trial, relief from one ketamine infusion {{ADV}} lasted {span}.", ("HL301",),
                   "ketamine", "other-study", "DIR")
    yield Seed("In a 2015 trial, relief from one ketamine infusion {ADV} lasted about a week.", (), "ketamine",
               "other-study", "DIR")

    # Side effects, sessions and courses: not the benefit's duration.
    for span in ("a few hours", "about two hours", "up to a day"):
        yield Seed(f"Side effects of {{D}} {{ADV}} last {span}.", (), "ketamine", "side-effect", "DIR")
        yield Seed(f"The drowsiness {{D}} causes {{ADV}} lasts {span}.", (), "ketamine", "side-effect", "DIR")
        yield Seed(f"Feeling detached after {{D}} {{ADV}} lasts {span}.", (), "ketamine", "side-effect", "DIR")
    for span in ("40 minutes", "about an hour"):
        yield Seed(f"Each ketamine infusion {{ADV}} lasts {span}.", (), "ketamine", "session", "DIR")
    for span in ("six weeks", "three weeks"):
        yield Seed(f"A course of six ketamine infusions {{ADV}} runs over {span}.", (), "ketamine", "course", "DIR")

    yield from linked_seeds()


# Issue 20: the effect named in the sentence before ("This improvement stayed stable over a
# month"), an effect noun whose relative clause names the dose ("the calm that follows a single
# infusion"), and people said to stay calm after a dose. Leads name the drug, the study or the
# condition; the claim sentence names none of them.
KIT_LEAD = "In a 2023 analysis of KIT records, a series of ketamine infusions reduced anxiety."
WEEKLY_LEAD = "In the 2017 trial, weekly ketamine infusions eased generalized anxiety."
OCD_LEAD = "Ketamine infusions can rapidly reduce OCD symptoms."
LINKED_KIT = (
    "This improvement {ADV} stayed stable over {S}.",
    "The benefit {ADV} held for {S}.",
    "These improvements {ADV} persisted for {S}.",
)
LINKED_WEEK = (
    "The relief {ADV} lasted {S}.",
    "Relief {ADV} lasted {S}.",
    "The benefit {ADV} persists for {S}.",
    "This effect {ADV} wore off after {S}.",
    "The calm {ADV} persisted for {S}.",
)
RELATIVE_EFFECT = (
    "The calm that follows a single {D} infusion {ADV} persists for {S}.",
    "The relief brought by each weekly {D} dose {ADV} lasts {S}.",
    "The improvement seen after one {D} session {ADV} lasts {S}.",
)
PEOPLE_CALM = (
    "After their weekly {D} infusion, patients in the 2017 trial {ADV} stayed calm for {S}.",
    "Clients {ADV} remained calm for {S} after one {D} session.",
    "Each weekly dose of {D} {ADV} kept anxiety at bay for {S}.",
)
WEEK_WRONG_MORE = ("roughly 14 days", "two to three weeks", "around a month", "about 3 weeks", "four weeks")
WEEK_RIGHT_MORE = ("up to a week", "about seven days", "five days", "a few days")


def linked_seeds():
    for frame in LINKED_KIT:
        for span in ("a year", "12 months"):
            yield Seed(frame.replace("{S}", span), (), "ketamine", "linked", "INV", context=KIT_LEAD)
        for span in ("a month", "six weeks", "only two weeks"):
            yield Seed(frame.replace("{S}", span), CAUGHT, "ketamine", "linked", "INV", context=KIT_LEAD)
    for frame in LINKED_WEEK:
        for span in WEEK_RIGHT_MORE:
            yield Seed(frame.replace("{S}", span), (), "ketamine", "linked", "INV", context=WEEKLY_LEAD)
        for span in WEEK_WRONG_MORE:
            yield Seed(frame.replace("{S}", span), CAUGHT, "ketamine", "linked", "INV", context=WEEKLY_LEAD)
    yield from _fill(RELATIVE_EFFECT + PEOPLE_CALM, WEEK_RIGHT_MORE, (), "ketamine", "relative-effect", "INV")
    yield from _fill(RELATIVE_EFFECT + PEOPLE_CALM, WEEK_WRONG_MORE, CAUGHT, "ketamine", "relative-effect", "INV")
    # OCD: the source says the effects are not generally long lasting.
    for text in ("These effects are {ADV} long lasting.", "The relief is {ADV} long-lasting."):
        yield Seed(text, CAUGHT, "ketamine", "linked", "INV", context=OCD_LEAD)
    for text in ("These effects are {ADV} short-lived.", "However, the relief does not {ADV} last long."):
        yield Seed(text, (), "ketamine", "linked", "INV", context=OCD_LEAD)

    yield from loose_seeds()
    yield from study_framed_seeds()
    yield from session4_seeds()
    yield from session5_seeds()
    yield from blind9_seeds()
    yield from session6_seeds()
    yield from session7_seeds()

    # Traps: the sentence before is about another treatment or a side effect, the effect is
    # another treatment's, or the span measures something else.
    yield Seed("The benefit {ADV} lasted a month.", (), "ketamine", "linked-other", "DIR",
               context="SSRIs eased anxiety in many patients.")
    yield Seed("The relief {ADV} lasts for months.", (), "ketamine", "linked-other", "DIR",
               context="Talk therapy eases anxiety for many people.")
    yield Seed("The benefit of exercise {ADV} lasts for years.", (), "ketamine", "linked-other", "DIR",
               context=WEEKLY_LEAD)
    yield Seed("The relief from talk therapy {ADV} lasts for months.", (), "ketamine", "linked-other", "DIR",
               context=WEEKLY_LEAD)
    yield Seed("The drowsiness {ADV} lasts a few hours.", (), "ketamine", "linked-other", "DIR",
               context="Ketamine can cause drowsiness.")
    yield Seed("The infusion itself {ADV} lasts about 40 minutes.", (), "ketamine", "linked-other", "DIR",
               context=WEEKLY_LEAD)
    yield Seed("Patients {ADV} stay at the clinic for two hours.", (), "ketamine", "linked-other", "DIR",
               context=WEEKLY_LEAD)
    for span in ("several hours", "about a day"):
        yield Seed(f"{{D}} {{ADV}} stays in the body for {span}.", (), "ketamine", "body", "DIR")
    yield Seed("If the benefit lasted a month, patients would need fewer doses.", (), "ketamine", "linked-other",
               "DIR", context=WEEKLY_LEAD)
    yield Seed("The relief did {ADV} not last a month.", (), "ketamine", "linked-other", "DIR",
               context=WEEKLY_LEAD)


# Issue 20, part 4: a duration cue in any frame ("tends to stick around", "is staying stable"),
# the drug in discussion only in the sentence before: a warning at least. Where the source says
# an effect does not last (OCD), a month or more is caught; a reported span is a warning.
def loose_seeds():
    for frame in ("For people with OCD, the drop in symptoms {ADV} tends to stick around for {S}.",
                  "In OCD, the relief {ADV} lingers for {S}."):
        for span in ("a few days", "a day or two"):
            yield Seed(frame.replace("{S}", span), (), "ketamine", "loose", "INV", context=OCD_LEAD)
        for span in ("months", "several months", "a year", "three months"):
            yield Seed(frame.replace("{S}", span), CAUGHT, "ketamine", "loose", "INV", context=OCD_LEAD)
    for span in ("a year", "12 months"):
        yield Seed(f"After a series of infusions, the good result is {{ADV}} staying stable for {span}.", (),
                   "ketamine", "loose", "INV", context=KIT_LEAD)
    for span in ("three years", "five years"):
        yield Seed(f"After a series of infusions, the good result is {{ADV}} staying stable for {span}.", CAUGHT,
                   "ketamine", "loose", "INV", context=KIT_LEAD)
    for span in WEEK_RIGHT_MORE:
        yield Seed(f"In GAD, the relief from one weekly infusion {{ADV}} tends to stick around for {span}.", (),
                   "ketamine", "loose", "INV", context=WEEKLY_LEAD)
    for span in WEEK_WRONG_MORE:
        yield Seed(f"In GAD, the relief from one weekly infusion {{ADV}} tends to stick around for {span}.", CAUGHT,
                   "ketamine", "loose", "INV", context=WEEKLY_LEAD)
        yield Seed(f"The team says relief from one {{D}} infusion {{ADV}} lasts {span}.", ("HL301",), "ketamine",
                   "reported", "INV")
    yield Seed("The team says relief from one {D} infusion {ADV} lasts about a week.", (), "ketamine", "reported",
               "INV")
    # Traps: exercise's benefit, a stay at the clinic, a course.
    for text in ("The benefit of exercise {ADV} tends to stick around for years.",
                 "Plan to {ADV} stay at the clinic for about three hours after the session.",
                 "The course {ADV} lasts about three weeks, and the calm tends to build up."):
        yield Seed(text, (), "ketamine", "loose-other", "DIR", context=WEEKLY_LEAD)


# Blind set 3: a fronted phrase names the source's study whose finding the effect is ("Per the 2023
# retrospective review, improvements held steady for …"): proved, an error. A course that ends after
# a span is the course's length (issue 20): silent.
KIT_NAMED = ("For anxiety, the best-known paper is a 2023 retrospective review of people given ketamine "
             "infusions between 2017 and 2020.")


def study_framed_seeds():
    frames = ("Per the 2023 retrospective review, improvements {ADV} held steady for {S}.",
              "In the 2023 analysis, the improvements {ADV} stayed stable for {S}.",
              "According to the 2023 review, the gains {ADV} held for {S}.")
    for frame in frames:
        for span in ("a year", "about a year"):
            yield Seed(frame.replace("{S}", span), (), "ketamine", "study-framed", "INV", context=KIT_NAMED)
        for span in ("roughly six months", "only three months", "about six weeks"):
            yield Seed(frame.replace("{S}", span), CAUGHT, "ketamine", "study-framed", "INV", context=KIT_NAMED)
    for text in ("The course of treatment {ADV} comes to an end after six weeks.",
                 "The course of infusions {ADV} finishes within three weeks.",
                 "The series of sessions {ADV} wraps up after a month."):
        yield Seed(text, (), "ketamine", "course-end", "DIR", context="A course of ketamine infusions is planned.")


# Session 4 (blind sets 4-6): a treatment named only by a stand-in ("a single infusion", "each
# session", "each one") after a sentence about another drug, held to the one drug whose time course
# the source gives for that setting (a warning); other words for the relief ("the lift", "the fall in
# anxiety", "keeps anxiety at bay"); relief said to end well inside the source's "up to 7 days".
OTHER_LEADS = ("Mixing it with alcohol or benzos is dangerous.", "Many people wait weeks for SSRIs to kick in.",
               "Spravato is esketamine, a nasal spray.")
STAND_IN = ("A single infusion {ADV} keeps anxiety down for {S}.",
            "The calm from each session {ADV} tended to carry people through {S}.",
            "Relief from a single dose {ADV} lasts {S}.",
            "The lift from each session {ADV} tends to hold for {S}.")
RELIEF_WORDS = ("In the 2017 trial, the lift {ADV} held for {S} after each one.",
                "The boost from each one {ADV} held for {S}.",
                "Each weekly {D} dose {ADV} holds anxiety at bay for {S}.",
                "A single {D} infusion {ADV} keeps anxiety at bay for {S}.")
EARLY_WRONG = ("forty-eight hours", "a day", "two days", "36 hours")
EARLY = ("In the 2017 trial, the relief that followed a weekly {D} infusion {ADV} had worn off within {S}.",
         "Each {D} infusion's effect {ADV} wears off after about {S}.",
         "The relief after each weekly infusion {ADV} had worn off within {S}.")


def session4_seeds():
    for lead in OTHER_LEADS:
        yield from _fill(STAND_IN, ("a few days", "about a week"), (), "", "stand-in", "INV", lead)
        yield from _fill(STAND_IN, ("about a month", "two to three weeks", "roughly ten days"), WRONG, "", "stand-in",
                         "INV", lead)
    yield from _fill(RELIEF_WORDS, ("a few days", "about a week"), (), "ketamine", "relief-words", "INV", WEEKLY_LEAD)
    yield from _fill(RELIEF_WORDS, ("up to a fortnight", "around a month", "three weeks"), CAUGHT, "ketamine",
                     "relief-words", "INV", WEEKLY_LEAD)
    yield Seed("Its authors found that the fall in anxiety {ADV} held steady across a full two years of follow-up.",
               CAUGHT, "ketamine", "relief-words", "INV", context=KIT_LEAD)
    yield Seed("Its authors found that the fall in anxiety {ADV} held steady across a year of follow-up.", (),
               "ketamine", "relief-words", "INV", context=KIT_LEAD)
    yield from _fill(EARLY, EARLY_WRONG, WRONG, "ketamine", "early-end", "INV", WEEKLY_LEAD)
    yield from _fill(EARLY, ("a week", "seven days", "five days"), (), "ketamine", "early-end", "INV", WEEKLY_LEAD)
    # Traps: hedged, a side effect, a session, another drug's stand-in, a question.
    for text in ("The relief after each weekly infusion {ADV} may have worn off within two days for some.",
                 "The grogginess after each weekly infusion {ADV} wore off within two days.",
                 "The nausea after each weekly infusion {ADV} wore off within a day.",
                 "Each session {ADV} lasts about forty minutes.",
                 "A single psilocybin session {ADV} keeps anxiety down for months."):
        yield Seed(text, (), "ketamine", "stand-in-other", "DIR", context=WEEKLY_LEAD)
    for lead in OTHER_LEADS[1:]:
        yield Seed("Each SSRI tablet {ADV} keeps working for about a day.", (), "", "stand-in-other", "DIR",
                   context=lead)


# Issue 20, session 5 (held-out sets). A dose or session as the subject of a verb that keeps a
# symptom down is the relief's duration, not the session's length; an effect named before the
# session it followed is what lasts, however the parser hangs the two; relief brought by a dose
# is that dose's; the condition named by its adjective ("obsessive-compulsive symptoms").
SESSION_KEEPS = (
    "One session can {ADV} keep anxiety quieter for {S}.",
    "A single infusion {ADV} keeps anxiety at bay for {S}.",
    "Each dose {ADV} holds anxiety down for {S}.",
)
EFFECT_AFTER = (
    "The lift after each weekly session {ADV} lasts {S}.",
    "The relief that followed each weekly treatment {ADV} held for {S}.",
    "The calm following each weekly infusion {ADV} lasts {S}.",
)
BROUGHT = (
    "People felt calmer quickly, with each dose {ADV} bringing relief that lasted {S}.",
    "Each weekly infusion {ADV} brings relief that lasts {S}.",
)
OCD = (
    "Ketamine can ease obsessive-compulsive symptoms rapidly, and these gains {ADV} persist for {S}.",
    "For obsessive-compulsive patients, the improvement from {D} {ADV} lasts {S}.",
)


def session5_seeds():
    for frames in (SESSION_KEEPS, EFFECT_AFTER, BROUGHT):
        yield from _fill(frames, ("a few days", "about a week", "up to a week"), (), "ketamine", "session5", "INV",
                         WEEKLY_LEAD)
        yield from _fill(frames, ("about three weeks", "a month", "roughly a fortnight"), CAUGHT, "ketamine",
                         "session5", "INV", WEEKLY_LEAD)
    yield from _fill(OCD, ("many months", "a year", "several months"), WRONG, "ketamine", "ocd-adjective", "INV")
    # Lasting without a number, said of the condition the source says it does not last for.
    for text in ("Once {D} lifts OCD symptoms, they {ADV} stay down for good.",
                 "After {D}, OCD symptoms {ADV} went away for good.",
                 "The relief {D} brings for OCD {ADV} tends to be long-lasting."):
        yield Seed(text, WRONG, "ketamine", "ocd-lasting", "INV")
    yield Seed("The relief {D} brings for OCD {ADV} tends to be short-lived.", (), "ketamine", "ocd-lasting", "DIR")
    # Traps: another doer's relief, a session's own length, a nurse's stay.
    for text in ("Exercise {ADV} brings relief that lasts for months.",
                 "Each weekly session {ADV} lasts about an hour.",
                 "The dose is {ADV} infused over 40 minutes, and a nurse stays with you for two hours.",
                 "Yoga {ADV} gives relief that lasts for weeks."):
        yield Seed(text, (), "", "session5-trap", "DIR", context=WEEKLY_LEAD)


# Session 5, round 2 (blind9): a condition held off by a dose ("holds off anxiety for a month",
# the particle parsed as a preposition) is the relief lasting; a booking held off is not.
HELD_OFF = (
    "One infusion {ADV} holds off anxiety for {S}.",
    "A single dose {ADV} keeps the anxiety away for {S}.",
    "Each weekly infusion {ADV} holds back anxiety for {S}.",
)


def blind9_seeds():
    yield from _fill(HELD_OFF, ("a few days", "up to a week"), (), "ketamine", "held-off", "INV", WEEKLY_LEAD)
    yield from _fill(HELD_OFF, ("a full month", "about three weeks"), CAUGHT, "ketamine", "held-off", "INV",
                     WEEKLY_LEAD)
    for text in ("The clinic {ADV} held off new bookings for a month.",
                 "Exercise {ADV} holds off anxiety for weeks."):
        yield Seed(text, (), "", "held-off-trap", "DIR", context=WEEKLY_LEAD)


# Session 6 (blind10-12): verbs and nouns of lasting real pages use ("stretched to", "held anxiety
# down", "kept it at bay", "a calmer spell", "bought … of calm"), a timestamp before the sentence,
# and a time preposition the parser left without its object ("holds for around three weeks before
# a top-up is needed").
LASTING_WORDS = (
    "The relief from each weekly session {ADV} stretched to {S}.",
    "The benefit of one weekly infusion {ADV} extended to {S}.",
    "A single infusion will {ADV} hold anxiety down for {S}.",
    "One weekly dose {ADV} kept anxiety at bay for {S}.",
    "The calmer spell that followed each weekly session {ADV} lasted {S}.",
    "- **[20:30]** Each weekly treatment {ADV} bought people {S} of calm.",
    "**11:05** Each weekly infusion {ADV} kept anxiety down for {S}.",
    "The relief from a single weekly infusion {ADV} holds for {S} before a top-up is needed.",
)


def session6_seeds():
    yield from _fill(LASTING_WORDS, ("a few days", "about five days"), (), "ketamine", "session6", "INV",
                     WEEKLY_LEAD)
    yield from _fill(LASTING_WORDS, ("roughly a fortnight", "around a month", "about three weeks"), CAUGHT,
                     "ketamine", "session6", "INV", WEEKLY_LEAD)
    for text in ("The clinic {ADV} holds a licence for two years.",
                 "The waiting list {ADV} stretched to three months.",
                 "A patient who expects each infusion to hold anxiety down for a month {ADV} needs that reset."):
        yield Seed(text, (), "", "session6-trap", "DIR", context=WEEKLY_LEAD)


def session7_seeds():
    """Session 7 (blind14-15): a person's bad state over a span measures that state, not the relief
    ("felt flat and low for a couple of weeks after the infusion"); relief over a span is still the
    effect's duration, whoever is its subject ("anxiety stayed low for a month after one infusion")."""
    for state in ("flat and low", "groggy", "drained and tired", "low"):
        for span in ("a couple of weeks", "about a month", "three weeks"):
            yield Seed("I {ADV} felt " + state + " for " + span + " after the infusion.", (), "ketamine",
                       "session7-bad-state", "DIR", WEEKLY_LEAD)
    yield from _fill(("After one {D} infusion, anxiety {ADV} stayed low for {S}.",),
                     ("roughly four weeks", "about a month"), CAUGHT, "ketamine", "session7-bad-state", "INV")
