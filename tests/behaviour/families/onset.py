"""Onset: how soon a drug starts to work.

The pack's facts (rules/ketamine.yaml, time_course; source line 28): ketamine may produce
effects within hours; SSRIs may take 2 to 6 weeks to start reducing anxiety. A span for
ketamine of days or weeks, or one of hours for SSRIs, contradicts the source (HL301); a span
inside the source's is right and silent. Other treatments (buspirone, benzodiazepines) have
no onset in the source: whatever a draft says of them draws no finding.
"""

from ..harness import Seed

WRONG = ("HL301",)

# Spans for ketamine's onset, as they read after "within" / "in" (the source: within hours).
FAST = ("hours", "a few hours", "a day", "24 hours", "several hours", "two hours", "a couple of hours")
SLOW = ("days", "a week", "two weeks", "a fortnight", "a month", "seven days", "a few weeks",
        "three weeks", "several days")
# Spans after "take" / "need" (how long before it works).
TAKES_FAST = ("a few hours", "only hours", "two or three hours", "a couple of hours")
TAKES_SLOW = ("2 to 6 weeks", "two to six weeks", "several weeks", "about a month", "a fortnight",
              "roughly three weeks", "a few days", "between two and six weeks", "up to six weeks",
              "around four weeks", "ten days")
# SSRIs' onset (the source: 2 to 6 weeks).
SSRI_RIGHT = ("2 to 6 weeks", "two to six weeks", "several weeks", "about a month", "a few weeks",
              "between two and six weeks", "up to six weeks", "three to four weeks", "weeks")
SSRI_WRONG = ("a few hours", "only hours", "a day", "about two hours")

# Frames: {D} the drug, {ADV} an adverb slot, {S} the span.
WITHIN = (
    "{D} can {ADV} work within {S}.",
    "{D} {ADV} starts to ease anxiety within {S}.",
    "{D} may {ADV} produce effects within {S}.",
    "{D} {ADV} takes effect within {S}.",
    "{D} {ADV} begins working within {S}.",
    "{D} {ADV} starts reducing anxiety within {S}.",
    "{D} {ADV} kicks in within {S}.",
    "{D} {ADV} relieves anxiety within {S}.",
    "{D} {ADV} starts to lessen generalised anxiety within {S}.",
    "{D} {ADV} begins to calm anxious patients within {S}.",
)
WITHIN_NOUN = (  # noun forms and possessives
    "The effects of {D} {ADV} appear within {S}.",
    "ketamine's effects {ADV} set in within {S}.",
    "Relief from {D} {ADV} arrives within {S}.",
    "Patients {ADV} feel ketamine's effects within {S}.",
    "Most people {ADV} notice relief from {D} within {S}.",
    "The onset of ketamine's effect is {ADV} within {S}.",
)
IN_FRAMES = (
    "{D} {ADV} takes effect in {S}.",
    "{D} can {ADV} start working in {S}.",
    "{D} {ADV} begins to ease anxiety in {S}.",
)
GRADUAL = (
    "ketamine's calming effect {ADV} builds over {S}.",
    "The effect of {D} on anxiety {ADV} builds gradually over {S}.",
    "Relief from {D} {ADV} appears over {S}.",
)
TAKES = (
    "{D} can {ADV} take {S} to start reducing anxiety.",
    "{D} {ADV} takes {S} to work.",
    "{D} {ADV} needs {S} to take effect.",
    "{D} may {ADV} take {S} before it eases anxiety.",
    "It can {ADV} take {S} for {D} to work.",
    "Patients {ADV} wait {S} for {D} to work.",
    "{D} {ADV} needs {S} before anything shifts.",
)
AFTER = (
    "{D} {ADV} starts to work after {S}.",
    "{D} {ADV} begins easing anxiety only after {S}.",
)


def seeds():
    # Ketamine within hours: right; within days or weeks: wrong.
    for frame in WITHIN + WITHIN_NOUN:
        for span in FAST:
            yield Seed(frame.replace("{S}", span), (), "ketamine")
        for span in SLOW:
            yield Seed(frame.replace("{S}", span), WRONG, "ketamine",
                       "noun-form" if frame in WITHIN_NOUN else "plain",
                       "MFT" if frame in WITHIN[:3] else "INV")
    for frame in IN_FRAMES:
        for span in ("a few hours", "two hours", "a matter of hours"):
            yield Seed(frame.replace("{S}", span), (), "ketamine", "in-span", "INV")
        for span in ("a few days", "two weeks", "a month", "a fortnight", "about three weeks"):
            yield Seed(frame.replace("{S}", span), WRONG, "ketamine", "in-span", "INV")
    for frame in GRADUAL:  # an effect that builds over a span takes that long to arrive
        for span in ("a few hours", "several hours"):
            yield Seed(frame.replace("{S}", span), (), "ketamine", "gradual", "INV")
        for span in ("roughly three weeks", "several weeks", "a month", "two weeks"):
            yield Seed(frame.replace("{S}", span), WRONG, "ketamine", "gradual", "INV")
    for frame in TAKES:
        capability = "extraposed" if frame.startswith(("It ", "Patients")) else "take-frame"
        for span in TAKES_FAST:
            yield Seed(frame.replace("{S}", span), (), "ketamine", capability, "INV")
        for span in TAKES_SLOW:
            yield Seed(frame.replace("{S}", span), WRONG, "ketamine", capability, "INV")
    for frame in AFTER:
        yield Seed(frame.replace("{S}", "a few hours"), (), "ketamine", "after", "INV")
        for span in ("about a month", "three weeks", "several days", "a fortnight"):
            yield Seed(frame.replace("{S}", span), WRONG, "ketamine", "after", "INV")

    # The source's sentences in other words, with only a number changed (the claim is the
    # sentence judged; the one before it is its context).
    lead = "SSRIs may take two to six weeks to begin reducing anxiety."
    yield Seed("By contrast, {D} can {ADV} produce effects within hours.", (), "ketamine",
               "source-paraphrase", "INV", context=lead)
    for ket in ("days", "a week", "a fortnight"):
        yield Seed(f"By contrast, {{D}} can {{ADV}} produce effects within {ket}.", WRONG, "ketamine",
                   "source-paraphrase", "INV", context=lead)
    for ssri in ("2 to 4 days", "a few hours", "a day"):
        yield Seed(f"SSRIs may {{ADV}} take {ssri} to begin reducing anxiety.", WRONG, "", "source-paraphrase",
                   "INV", context="Ketamine may produce effects within hours.")

    # SSRIs: 2 to 6 weeks is right, hours is wrong; the drug is the subject's, not ketamine's.
    for span in SSRI_RIGHT:
        yield Seed(f"{{D}} can {{ADV}} take {span} to start reducing anxiety.", (), "an SSRI", "other-drug", "DIR")
        yield Seed(f"{{D}} {{ADV}} needs {span} to ease anxiety.", (), "an SSRI", "other-drug", "DIR")
        yield Seed(f"Most SSRIs {{ADV}} take {span} to work.", (), "", "other-drug", "DIR")
    for span in SSRI_WRONG:
        yield Seed(f"{{D}} can {{ADV}} take {span} to start reducing anxiety.", WRONG, "an SSRI", "other-drug", "DIR")
        within = span.replace("about ", "").replace("only ", "")
        yield Seed(f"{{D}} {{ADV}} works within {within}.", WRONG, "an SSRI", "other-drug", "DIR")
        yield Seed(f"SSRIs {{ADV}} ease anxiety within {within}.", WRONG, "", "other-drug", "DIR")

    # Other treatments: the source says nothing of their onset.
    for drug in ("buspirone", "benzodiazepines", "psilocybin"):
        for span in ("2 to 6 weeks", "a few hours", "about a month"):
            yield Seed(f"{{D}} can {{ADV}} take {span} to ease anxiety.", (), drug, "other-drug", "DIR")
    yield Seed("Antidepressants {ADV} take several weeks to work.", (), "", "comparator", "DIR")
    yield Seed("Most antidepressants {ADV} need a month or more to ease anxiety.", (), "", "comparator", "DIR")

    # Comparisons: right when each drug gets its own span.
    for ssri in ("2 to 6 weeks", "several weeks", "weeks"):
        for ket in ("hours", "a few hours", "a day"):
            yield Seed(f"Unlike SSRIs, which can take {ssri}, {{D}} may {{ADV}} work within {ket}.", (),
                       "ketamine", "comparison", "DIR")
            yield Seed(f"SSRIs take {ssri} to reduce anxiety, but {{D}} {{ADV}} works within {ket}.", (),
                       "ketamine", "comparison", "DIR")
            yield Seed(f"{{D}} {{ADV}} acts within {ket}, whereas SSRIs need {ssri}.", (),
                       "ketamine", "comparison", "DIR")
    yield Seed("{D} {ADV} works faster than SSRIs, which take 2 to 6 weeks to act.", (), "ketamine",
               "comparison", "DIR")
    # The span after "compared with / versus / than" is the comparator's, whoever owns the clause.
    for ssri in ("2 to 6 weeks", "roughly 2–6 weeks", "several weeks", "two to six weeks"):
        for frame in ("Effects can {ADV} appear within hours, compared with {S} for SSRIs.",
                      "{D} {ADV} works within hours, compared to {S} for SSRIs.",
                      "{D} {ADV} eases anxiety within hours, versus {S} for SSRIs.",
                      "{D} {ADV} works within hours, far faster than the {S} SSRIs need.",
                      "The effects of {D} {ADV} appear within hours, compared with {S} with SSRIs."):
            yield Seed(frame.replace("{S}", ssri), (), "ketamine", "comparison", "DIR")
    for ket in ("two weeks", "a few weeks", "about a month"):
        yield Seed(f"{{D}} {{ADV}} works within {ket}, compared with 2 to 6 weeks for SSRIs.", WRONG, "ketamine",
                   "comparison", "DIR")
    for span in ("2 to 6 weeks", "several weeks", "about a month"):
        yield Seed(f"Like SSRIs, {{D}} {{ADV}} takes {span} to work.", WRONG, "ketamine", "comparison", "DIR")
        yield Seed(f"{{D}}, like SSRIs, can {{ADV}} take {span} to ease anxiety.", WRONG, "ketamine",
                   "comparison", "DIR")

    # Negation: denying a wrong span is right.
    for span in ("weeks", "a month", "2 to 6 weeks", "several weeks"):
        yield Seed(f"{{D}} does {{ADV}} not take {span} to work.", (), "ketamine", "negation", "DIR")
        yield Seed(f"{{D}} {{ADV}} doesn't need {span} to ease anxiety.", (), "ketamine", "negation", "DIR")

    # Another condition: the source's onset is not tied to one.
    for condition in ("depression", "social anxiety", "OCD symptoms"):
        yield Seed(f"{{D}} can {{ADV}} ease {condition} within hours.", (), "ketamine", "condition", "DIR")
        yield Seed(f"{{D}} can {{ADV}} ease {condition} within a few weeks.", WRONG, "ketamine", "condition", "DIR")

    # A session's length is not an onset.
    for span in ("40 minutes", "about an hour", "two hours"):
        yield Seed(f"Each ketamine infusion {{ADV}} takes {span}.", (), "ketamine", "session", "DIR")
        yield Seed(f"A ketamine session {{ADV}} lasts {span}.", (), "ketamine", "session", "DIR")

    yield from restated_seeds()
    yield from loose_seeds()
    yield from session5_seeds()
    yield from session6_seeds()


# Issue 20, part 4: an onset cue in any frame, the drug in discussion only in the sentence before
# ("give it two weeks before you expect any shift"): the parse cannot tie the span to the drug,
# so a warning is the verdict it can reach; either code is a catch.
CAUGHT = ("HL301", "HL302")
LOOSE_LEAD = "Ketamine is now offered at our clinic for anxiety."
LOOSE = (
    "Patients should {ADV} expect the medicine to need {S} before their anxiety starts to lift.",
    "Give it {S} before you {ADV} expect any shift in how you feel.",
    "Most people {ADV} notice the first real change {S} in, once the medicine has built up.",
    "The effect is {ADV} coming slowly, usually {S} after the first infusion.",
    "Allow it {S} before you {ADV} expect any change.",
    "Most patients {ADV} see results {S} in.",
)
LOOSE_RIGHT = ("a few hours", "two hours")
LOOSE_WRONG = ("ten days", "two full weeks", "about three weeks", "10 to 14 days", "a month")


def _spans(frames, right, wrong, drug, capability):
    """Each frame with a span inside the source's (silent) and one outside it (caught), after the lead."""
    for frame in frames:
        for span in right:
            yield Seed(frame.replace("{S}", span), (), drug, capability, "INV", context=LOOSE_LEAD)
        for span in wrong:
            yield Seed(frame.replace("{S}", span), CAUGHT, drug, capability, "INV", context=LOOSE_LEAD)


def loose_seeds():
    yield from _spans(LOOSE, LOOSE_RIGHT, LOOSE_WRONG, "", "loose")
    # Reported in someone's name and not refuted: a warning; refuted: silent.
    for span in ("three weeks", "about a month", "ten days"):
        yield Seed(f"The team says {{D}} {{ADV}} takes {span} to work.", ("HL301",), "ketamine", "reported", "INV")
        yield Seed(f"According to some clinics, {{D}} {{ADV}} needs {span} to take effect.", ("HL301",), "ketamine",
                   "reported", "INV")
        yield Seed(f"Some clinics say {{D}} {{ADV}} takes {span} to work, but that is not true.", (), "ketamine",
                   "reported", "DIR")
    yield Seed("The team says {D} {ADV} takes a few hours to work.", (), "ketamine", "reported", "INV")
    # A contrast: each clause its own drug ("they" is the glossary term's, not the drug in discussion).
    for ssri in ("two to six weeks", "several weeks"):
        yield Seed(f"**SSRIs** \u2014 a common first treatment for anxiety; they may {{ADV}} take {ssri} to start "
                   "working, whereas {D} may act within hours.", (), "ketamine", "contrast", "DIR")
        yield Seed(f"SSRIs may {{ADV}} take {ssri} to start working, while {{D}} may act within hours.", (),
                   "ketamine", "contrast", "DIR")
        yield Seed(f"Unlike SSRIs, which {{ADV}} take {ssri} to work, {{D}} is fast.", (), "ketamine", "contrast",
                   "DIR")
    for ssri in ("a couple of days", "a few hours", "a day"):
        yield Seed(f"Unlike SSRIs, which {{ADV}} start to work within {ssri}, {{D}} is fast.", WRONG, "ketamine",
                   "contrast", "DIR")
    yield Seed("SSRIs may {ADV} take two to six weeks to start working, whereas {D} may act within days.", WRONG,
               "ketamine", "contrast", "DIR")
    # Traps: time between sessions, a course, a history with another drug, another cause.
    for text in ("Most clinics {ADV} leave a week between sessions, so the change builds up slowly.",
                 "After two weeks of SSRIs without any change, she {ADV} asked about ketamine.",
                 "The first real change in the clinic's waiting list {ADV} came after three months.",
                 "If it takes three weeks before you {ADV} notice a change, tell your doctor.",
                 "Exercise {ADV} needs a few weeks before its benefit starts to build up."):
        yield Seed(text, (), "", "loose-other", "DIR", context=LOOSE_LEAD)


# Issue 20: the onset given again in a clause on the span ("within a few weeks, which is when
# <drug> starts working"), and the comparator's range changed inside or outside the source's.
RESTATED = (
    "Most patients {ADV} feel better within {S}, which is when {D} starts working.",
    "Anxiety {ADV} eases within {S}, which is how long {D} takes to work.",
    "Relief {ADV} comes within {S}, when {D} begins to act.",
)


def restated_seeds():
    for frame in RESTATED:
        for span in ("a few hours", "two hours"):
            yield Seed(frame.replace("{S}", span), (), "ketamine", "restated", "INV")
        for span in ("a few weeks", "two weeks", "a month", "several days"):
            yield Seed(frame.replace("{S}", span), ("HL301", "HL302"), "ketamine", "restated", "INV")
    for span in ("5 to 6 weeks", "three to five weeks", "four to six weeks", "2 to 4 weeks"):
        yield Seed(f"SSRIs may {{ADV}} take {span} to start reducing anxiety.", (), "", "comparator-range", "DIR")
    for span in ("8 to 12 weeks", "two to three months", "10 to 14 weeks"):
        yield Seed(f"SSRIs may {{ADV}} take {span} to start reducing anxiety.", WRONG, "", "comparator-range", "DIR")
    for span in ("5 to 8 weeks", "4 to 10 weeks"):
        yield Seed(f"SSRIs may {{ADV}} take {span} to start reducing anxiety.", ("HL302",), "", "comparator-range",
                   "DIR")
    # Traps: the clause restates another treatment's onset, or compares.
    yield Seed("Most patients {ADV} feel better within two weeks, which is when they start {D} therapy.", (),
               "ketamine", "restated-other", "DIR")
    yield Seed("Most patients {ADV} feel better within a few weeks, which is when SSRIs start working.", (),
               "", "restated-other", "DIR")
    yield Seed("Ketamine acts within hours, which is {ADV} faster than SSRIs, which take weeks.", (), "",
               "restated-other", "DIR")

    yield from table_seeds()


# Issue 20: a table of treatments by onset: the row's drug, the column's measure, the cell's span.
def _table(header: str, drug: str, span: str) -> str:
    return f"| Treatment | {header} |\n| --- | --- |\n| {drug} | {span} |"


def table_seeds():
    for header in ("Onset", "When it starts to work", "How soon it works"):
        for span in ("Within hours", "a few hours"):
            yield Seed(_table(header, "Ketamine", span), (), "", "table", "INV", edits=False, line=5)
        for span in ("2 to 6 weeks", "a few days", "about a month"):
            yield Seed(_table(header, "Ketamine", span), WRONG, "", "table", "INV", edits=False, line=5)
        yield Seed(_table(header, "SSRIs", "2 to 6 weeks"), (), "", "table", "INV", edits=False, line=5)
        yield Seed(_table(header, "SSRIs", "8 to 12 weeks"), WRONG, "", "table", "INV", edits=False, line=5)
        # another treatment, or a cell that says more than the span
        yield Seed(_table(header, "Antidepressants", "hours"), (), "", "table-other", "DIR", edits=False, line=5)
        yield Seed(_table(header, "Ketamine", "not 2 to 6 weeks"), (), "", "table-other", "DIR", edits=False, line=5)
    for header in ("Session length", "Time in the clinic"):
        yield Seed(_table(header, "Ketamine", "about a month"), (), "", "table-other", "DIR", edits=False, line=5)
    yield from session4_seeds()


# Session 4 (blind sets 4-6): ordinal spans after a bounding word ("within the first week", "by the
# second week", "around week three"), onset words of real pages ("doing anything", "shows up"), a
# figure whose own clause names its drug ("…, while <drug> can do its thing within hours"), and a
# row label that asks when a change shows up, under a drug per column.
ORDINAL_RIGHT = ("in the third week", "during the fourth week", "by week six")
ORDINAL_WRONG = ("within the first week", "within the first few days", "in the first couple of days", "by day two")
ORDINAL_FRAMES = ("Members should be told that SSRIs {ADV} begin to reduce anxiety {S}.",
                  "Most people on SSRIs {ADV} notice a change {S}.")
ORDINAL_KETAMINE = ("People {ADV} notice {D} working by the second week of treatment.",
                    "With {D}, relief {ADV} shows up around week three.",
                    "{D} usually {ADV} starts to ease anxiety in the second week.")
STRANGER = ("Give {D} {S} before you {ADV} judge whether it is doing anything.",
            "Give it a good {S} of sessions before you {ADV} decide whether this treatment is doing anything for you.")
SHOW_UP = "| | IV ketamine | SSRI tablets |\n|---|---|---|\n| {H} | {K} | Two to six weeks |"


def session4_seeds():
    for frame in ORDINAL_FRAMES:
        for span in ORDINAL_RIGHT:
            yield Seed(frame.replace("{S}", span), (), "", "ordinal", "INV")
        for span in ORDINAL_WRONG:
            yield Seed(frame.replace("{S}", span), WRONG, "", "ordinal", "INV")
    for frame in ORDINAL_KETAMINE:
        yield Seed(frame, WRONG, "ketamine", "ordinal", "INV")
    yield Seed("{D} can {ADV} start to ease anxiety within the first day.", (), "ketamine", "ordinal", "INV")
    for frame in STRANGER:
        for span in ("two to three weeks", "three weeks", "a fortnight"):
            yield Seed(frame.replace("{S}", span), CAUGHT, "ketamine", "stranger", "INV", context=LOOSE_LEAD)
        yield Seed(frame.replace("{S}", "a few hours"), (), "ketamine", "stranger", "INV", context=LOOSE_LEAD)
    for ssri, expect in (("two to six weeks", ()), ("eight to twelve weeks", WRONG)):
        yield Seed(f"An SSRI {{ADV}} needs {ssri} to begin easing anxiety, while {{D}} can do its thing within hours "
                   "of a dose.", expect, "ketamine", "own-clause", "DIR")
        yield Seed(f"SSRIs {{ADV}} take {ssri} to reduce symptoms, against hours for {{D}}-based products.", expect,
                   "ketamine", "own-clause", "DIR")
    # Traps: a schedule in the first week, a side effect in it (one the source lists), an aside
    # about another drug.
    for text in ("Within the first week, most clinics {ADV} schedule two infusions.",
                 "Expect some vivid dreams during the first week of {D} treatment.",
                 "Some people {ADV} felt nothing in the first week of SSRIs, which is normal."):
        yield Seed(text, (), "ketamine", "ordinal-other", "DIR")
    for header in ("When a change may show up", "Time to first benefit", "When to expect a change"):
        for cell, expect in (("Within hours", ()), ("Usually around the third session, roughly two weeks in", WRONG),
                             ("About a fortnight", WRONG)):
            yield Seed(SHOW_UP.replace("{H}", header).replace("{K}", cell), expect, "", "table-row", "INV",
                       edits=False, line=5)



# Issue 20, session 5 (held-out sets): classes of onset the linter missed or misread.
# "not … until <span>" is an onset at the span, not a denial ("is not expected until a week in").
UNTIL = (
    "{D}'s calming effect is {ADV} not expected until {S} into a course.",
    "{D} {ADV} brings no relief until {S} has passed.",
    "{D} does {ADV} not kick in until {S} after the first dose.",
    "Its effect on anxiety {ADV} doesn't show up until {S} in.",
    "You {ADV} won't feel {D} working until {S} after an infusion.",
)
# A span fronted in an imperative, the treatment named only by a stand-in ("the infusions").
PLAN = (
    "Still, plan on {S} before the infusions {ADV} kick in.",
    "Count on {S} before the treatment {ADV} starts to work.",
    "Budget {S} before the sessions {ADV} make any difference.",
    "Allow {S} before these infusions {ADV} take hold.",
)
UNTIL_RIGHT = ("a few hours", "several hours")
UNTIL_WRONG = ("roughly a week", "close to a month", "about two weeks", "the better part of a week", "ten days")


def session5_seeds():
    yield from _spans(UNTIL, UNTIL_RIGHT, UNTIL_WRONG, "ketamine", "until")
    yield from _spans(PLAN, UNTIL_RIGHT, UNTIL_WRONG, "", "stand-in-onset")
    # Members of a class whose onset the source gives are held to the class's span, never read as
    # the drug in discussion: a figure inside the class's is silent, one outside it is not.
    for member in ("sertraline", "fluoxetine", "escitalopram"):
        for span in ("a good six weeks", "about four weeks", "three weeks"):
            yield Seed(f"I also tried a course of {member} years ago, and it {{ADV}} took {span} before I felt "
                       "any lift.", (), "", "class-member", "DIR", context=LOOSE_LEAD)
            yield Seed(f"{member.capitalize()} {{ADV}} takes {span} to ease anxiety.", (), "", "class-member",
                       "DIR", context=LOOSE_LEAD)
        yield Seed(f"{member.capitalize()} {{ADV}} works within a few hours.", WRONG, "", "class-member", "DIR",
                   context=LOOSE_LEAD)
    # A clause after a semicolon is a sentence of its own: the comparator's span there is not the
    # first clause's, nor the first clause's span the comparator's.
    for ssri in ("two to six weeks", "several weeks", "up to six weeks"):
        yield Seed(f"Many people {{ADV}} notice a change within hours of a dose, which is one reason people look "
                   f"at {{D}}; SSRIs usually take {ssri}.", (), "ketamine", "semicolon", "DIR")
        yield Seed(f"Relief {{ADV}} often comes within hours; SSRIs need {ssri}.", (), "", "semicolon", "DIR",
                   context=LOOSE_LEAD)
    # An onset on a day ("on the second or third day"): the first day is within hours, later ones are not.
    yield from _spans(("Its effect on anxiety {ADV} arrives on {S} after an infusion.",
                       "{D} {ADV} starts working on {S}.",
                       "Most people {ADV} feel {D} working on {S}."),
                      ("the first day",), ("the second or third day", "day three", "the fifth day", "the third day"),
                      "ketamine", "on-day")
    # How long a dose is given over is a session, whatever else the sentence says.
    for span in ("roughly 40 minutes", "about an hour", "40 to 50 minutes"):
        yield Seed(f"{{D}} is {{ADV}} given through a drip into a vein over {span}, and a nurse stays with you "
                   "throughout.", (), "ketamine", "administration", "DIR")
        yield Seed(f"The dose is {{ADV}} infused over {span} while you rest.", (), "", "administration", "DIR",
                   context=LOOSE_LEAD)
        yield Seed(f"{{D}} is {{ADV}} administered slowly over {span}.", (), "ketamine", "administration", "DIR")


# Session 6 (blind10-12): the comparator's figure in a relative clause on an apposition, or in a
# contrast hung on a reporting verb; "before <drug> does anything"; an effect that builds "rather
# than arriving"; someone's expectation (silent) against one told to the reader; an onset that
# "stretches"; a form of the drug, whose own onset the source does not give, not held to the drug's.
SSRI_APPOSED = (
    "Compare that with SSRIs, the usual first-line tablets, which {ADV} kick in within {S}; {D} can act within hours.",
    "The literature describes effects within hours, whereas first-line SSRIs {ADV} need {S} before anxiety lifts.",
)
DOES_ANYTHING = (
    "It {ADV} takes {S} before {D} does anything noticeable.",
    "What people {ADV} notice is that the benefit builds over {S} rather than arriving on the day itself.",
    "In practice its onset {ADV} stretches to {S}.",
    "You can {ADV} expect {D} to take {S} to work.",
)


def session6_seeds():
    for frame in SSRI_APPOSED:
        for span, expect in (("two to six weeks", ()), ("a week or so", WRONG), ("a couple of days", WRONG)):
            yield Seed(frame.replace("{S}", span), expect, "ketamine", "ssri-clause", "DIR")
    yield from _spans(DOES_ANYTHING, UNTIL_RIGHT, UNTIL_WRONG, "ketamine", "does-anything")
    for span in ("a month", "three weeks"):
        yield Seed(f"A patient who {{ADV}} expects {{D}} to take {span} needs that expectation reset.", (), "ketamine",
                   "expectation", "DIR", context=LOOSE_LEAD)
        yield Seed(f"One who {{ADV}} expects {{D}} to take {span} needs that reset too.", (), "ketamine", "expectation",
                   "DIR", context=LOOSE_LEAD)
    # a form of the drug whose own onset the source does not give: not held to the drug's figure
    for span in ("about a week", "two weeks", "a few hours"):
        yield Seed(f"Esketamine nasal spray {{ADV}} takes {span} to kick in.", (), "", "form-of", "DIR")
