"""Studies: year (HL501), data period (HL502) and design (HL503).

The pack's facts (rules/ketamine.yaml; source lines 40-42, 57 and 75): a 2023 analysis of
historical records of people given ketamine intravenous therapy (KIT) from 2017 to 2020 (not a
trial); research in 2021 on ketamine for phobias such as agoraphobia; a 2017 evaluation of
weekly ketamine for generalized and social anxiety disorder (a trial, not a randomised
controlled one). A mention is that study when it names the study's topic and one more detail;
another topic, a year that bounds a time, or a year of approval is not a study's year.
"""

from ..harness import Seed

YEAR, PERIOD, DESIGN = ("HL501",), ("HL502",), ("HL503",)
D = "ketamine"

# Each study: its year, how a writer names its topic, and designs it may and may not be given.
STUDIES = {
    "kit": dict(year=2023, wrong=(2019, 2021, 2022, 2020),
                topics=("of KIT records", "of people given ketamine intravenous therapy for anxiety",
                        "of historical KIT data", "of KIT patients' records"),
                fair=("analysis", "retrospective analysis", "review of records", "study"),
                overstated=("randomized controlled trial", "randomised controlled trial", "controlled trial",
                            "double-blind trial", "randomized trial", "clinical trial")),
    "phobias": dict(year=2021, wrong=(2019, 2018, 2023, 2020),
                    topics=("of {D} for agoraphobia and other phobias", "of {D} for phobias such as agoraphobia",
                            "of {D} injections for phobias"),
                    fair=("study",),
                    overstated=("randomized controlled trial", "randomised controlled trial")),
    "weekly": dict(year=2017, wrong=(2016, 2019, 2020, 2015),
                   topics=("of weekly {D} for generalized anxiety disorder",
                           "of weekly {D} treatments for social anxiety disorder",
                           "of weekly {D} for generalised anxiety disorder and social anxiety"),
                   fair=("study", "trial", "clinical trial"),
                   overstated=("randomized controlled trial", "randomised controlled trial",
                               "double-blind, placebo-controlled trial")),
}

# Ways of putting a year on a study ({Y} year, {S} design, {T} topic phrase).
YEAR_FRAMES = (
    ("A {Y} {S} {T} {ADV} found it may help.", "plain"),
    ("In a {Y} {S} {T}, researchers {ADV} found it may help.", "fronted-year"),
    ("In {Y}, researchers {ADV} published a {S} {T}.", "in-year"),
    ("A {S} {T}, published in {Y}, {ADV} found it may help.", "published-in"),
    ("A {S} {T} from {Y} {ADV} found it may help.", "from-year"),
    ("The {Y} {S} {T} {ADV} reported some benefit.", "definite"),
)


def _fill(frame: str, year, design: str, topic: str) -> str:
    return frame.replace("{Y}", str(year)).replace("{S}", design).replace("{T}", topic)


def _article(text: str) -> str:
    """"a analysis" → "an analysis" where the design follows the article directly."""
    for vowel in ("a analysis", "a retrospective", "a evaluation"):
        text = text.replace(f" {vowel}", f" an {vowel[2:]}").replace(f"A {vowel[2:]}", f"An {vowel[2:]}")
    return text


def seeds():
    for name, study in STUDIES.items():
        # Each frame with one topic wording, one fair design and one overstated design, taking
        # turns through the lexicons, and the right year and a wrong one.
        for n, (frame, capability) in enumerate(YEAR_FRAMES):
            test = "MFT" if capability == "plain" else "INV"
            topic = study["topics"][n % len(study["topics"])]
            design = study["fair"][n % len(study["fair"])]
            yield Seed(_article(_fill(frame, study["year"], design, topic)), (), D, capability, "INV")
            wrong = study["wrong"][n % len(study["wrong"])]
            yield Seed(_article(_fill(frame, wrong, design, topic)), YEAR, D, capability, test)
            overstated = study["overstated"][n % len(study["overstated"])]
            yield Seed(_article(_fill(frame, study["year"], overstated, topic)), DESIGN, D,
                       f"design-{capability}", test)

    # The KIT analysis's data period, in the ways writers give a span of years.
    periods_right = ("from 2017 to 2020", "from 2017 through 2020", "between 2017 and 2020", "from 2017–2020",
                     "covering 2017 to 2020", "from 2017-2020")
    periods_wrong = ("from 2015 to 2020", "from 2017 to 2021", "between 2016 and 2020", "from 2018–2020",
                     "covering 2017 to 2022", "from 2014-2020")
    frames = ("A 2023 analysis {ADV} used KIT records {P}.",
              "The 2023 analysis of KIT patients {ADV} looked at data collected {P}.",
              "In 2023, researchers {ADV} analysed records of KIT patients {P}.",
              "In 2023, researchers {ADV} analyzed KIT data {P}.",
              "A 2023 retrospective study {ADV} reviewed KIT records {P}.")
    for n, frame in enumerate(frames):
        for k in range(2):
            yield Seed(frame.replace("{P}", periods_right[(2 * n + k) % 6]), (), D, "period", "INV")
            yield Seed(frame.replace("{P}", periods_wrong[(2 * n + k) % 6]), PERIOD, D, "period", "MFT")

    # More frames of a year, each study's in its own topic words: the right year silent, others wrong.
    own = {
        2021: ("Research published in {Y} found {D} injections may {ADV} ease agoraphobia and other phobias.",
               "Scientists who studied {D} for phobias in {Y} {ADV} found it may help with agoraphobia.",
               "In {Y}, researchers {ADV} found that {D} may help people with agoraphobia and other phobias."),
        2017: ("A {Y} evaluation of weekly {D} for GAD {ADV} found quick relief.",
               "Weekly {D} for social anxiety disorder was {ADV} evaluated in a {Y} study.",
               "In {Y}, scientists {ADV} tested weekly {D} in people with GAD and social anxiety."),
        2023: ("Researchers in {Y} {ADV} looked back at records of people given KIT for anxiety.",
               "Historical KIT records were {ADV} analysed in {Y}.",
               "A {Y} look at KIT records {ADV} found that anxiety fell."),
    }
    wrong_years = {2021: (2019, 2020, 2018), 2017: (2015, 2016, 2019), 2023: (2021, 2022, 2019)}
    for year, frames_ in own.items():
        for frame, wrong in zip(frames_, wrong_years[year]):
            yield Seed(frame.replace("{Y}", str(year)), (), D, "own-words", "INV")
            yield Seed(frame.replace("{Y}", str(wrong)), YEAR, D, "own-words", "INV")
    for period in ("2016–2020", "2017–2021", "2015 to 2020"):
        yield Seed(f"Researchers in 2023 {{ADV}} looked back at KIT records from {period}.", PERIOD, D, "period", "INV")
        yield Seed(f"KIT records from {period} were {{ADV}} analysed in 2023.", PERIOD, D, "period-passive", "INV")
    yield Seed("KIT records from 2017 to 2020 were {ADV} analysed in 2023.", (), D, "period-passive", "INV")
    yield Seed("Researchers in 2023 {ADV} looked back at KIT records from 2017–2020.", (), D, "period", "INV")

    # Designs: a trial stronger than the source gives, with and without a topic word.
    yield Seed("The 2017 study of weekly {D} was {ADV} a randomised controlled trial.", DESIGN, D, "design-attribute", "INV")
    yield Seed("A 2017 double-blind trial of weekly {D} for GAD {ADV} found quick relief.", DESIGN, D, "design-modifier", "INV")
    yield Seed("A 2017 trial of weekly {D} for GAD {ADV} found quick relief.", (), D, "design-modifier", "INV")
    yield Seed("In a 2023 randomized trial, patients {ADV} stayed well for a year after their infusions.", DESIGN, D,
               "design-no-topic", "INV")
    yield Seed("In a 2023 retrospective analysis, patients {ADV} stayed well for a year after their infusions.", (), D,
               "design-no-topic", "INV")
    yield Seed("The 2023 analysis was {ADV} a randomized controlled trial.", DESIGN, D, "design-no-topic", "INV",
               context="A 2023 analysis looked at KIT records from 2017 to 2020.")

    # The analysis said to be what it was not, in a sentence of its own.
    for design in STUDIES["kit"]["overstated"]:
        yield Seed(f"The 2023 analysis of KIT records was {{ADV}} a {design}.", DESIGN, D, "design-attribute", "INV")
    yield Seed("The 2023 analysis of KIT records was {ADV} a retrospective review.", (), D, "design-attribute", "INV")
    yield Seed("The 2023 analysis of KIT records was {ADV} not a randomized trial.", (), D, "negation", "DIR")
    yield Seed("The 2023 KIT analysis looked back at records rather than running a controlled trial.", (), D,
               "negation", "DIR")

    # Another study (another topic, year and author), a year that bounds a time, a year of approval.
    silent = {
        "other-study": ("A 2019 study of esketamine for depression {ADV} found it may help.",
                        "A 2018 trial by Okafor and colleagues {ADV} tested several doses of {D}.",
                        "In 2020, researchers {ADV} studied {D} for chronic pain.",
                        "A 2022 randomized controlled trial of {D} for alcohol use {ADV} reported early results.",
                        "A 2016 review of {D} for bipolar depression {ADV} found mixed results."),
        "time-bound": ("By 2020, the KIT records {ADV} covered three years of infusions.",
                       "Clinics have {ADV} offered {D} since 2015, and researchers keep studying it.",
                       "Before 2017, few researchers had {ADV} studied {D} for anxiety.",
                       "Until 2019, most {D} research was {ADV} about depression."),
        "approval-year": ("{D} was {ADV} approved as an anesthetic in 1970, and researchers now study it for anxiety.",
                          "Esketamine was {ADV} approved in 2019, and studies of it continue.",
                          "First approved in 1970, {D} has {ADV} been studied for anxiety more recently."),
    }
    for capability, texts in silent.items():
        for text in texts:
            yield Seed(text, (), D, capability, "DIR")

    yield from linked_seeds()


# Issue 20: the study named in the sentence before, its data period or year given in a sentence
# whose subject is "they" or "the study".
KIT_LEAD = "In a 2023 analysis, scientists looked at the effect of KIT on anxiety."
WEEKLY_LEAD = "Scientists evaluated weekly ketamine treatments for generalized anxiety disorder."
OTHER_LEAD = "A 2019 study looked at esketamine for depression."


def linked_seeds():
    frames = ("They {ADV} analyzed data on people treated with KIT {P}.",
              "They {ADV} used records of patients {P}.",
              "The researchers {ADV} reviewed data {P}.")
    yield from period_seeds(frames, "from 2017 to 2020", ("from 2015 to 2020", "between 2016 and 2020",
                                                          "from 2017 to 2022"), "linked")
    years = ("The study {ADV} took place in {Y}.", "The trial was {ADV} carried out in {Y}.",
             "This research was {ADV} conducted in {Y}.")
    for frame in years:
        yield Seed(frame.replace("{Y}", "2017"), (), D, "linked-year", "INV", context=WEEKLY_LEAD)
        for year in (2012, 2015, 2019):
            yield Seed(frame.replace("{Y}", str(year)), YEAR, D, "linked-year", "INV", context=WEEKLY_LEAD)
        # the other study's own year: no clash in the draft, and not a source study
        yield Seed(frame.replace("{Y}", "2019"), (), D, "linked-other", "DIR", context=OTHER_LEAD)
    yield from round2_seeds()


def period_seeds(frames, right, wrong, capability):
    """Each frame ({P}: the period) after the KIT lead: the source's period silent, others HL502;
    after another study's lead, silent."""
    for frame in frames:
        yield Seed(frame.replace("{P}", right), (), D, capability + "-period", "INV", context=KIT_LEAD)
        for period in wrong:
            yield Seed(frame.replace("{P}", period), PERIOD, D, capability + "-period", "INV", context=KIT_LEAD)
        yield Seed(frame.replace("{P}", wrong[0]), (), D, capability + "-other", "DIR", context=OTHER_LEAD)


# Round 2 (issue 20): "Its authors …" with a records noun and a range; designs said in other words.
def round2_seeds():
    frames = ("Its authors {ADV} drew on patient records {P}.",
              "Its authors {ADV} went back through clinic records {P} rather than recruiting new patients.",
              "Their authors {ADV} used medical records {P}.")
    yield from period_seeds(frames, "from 2017 through 2020", ("spanning 2015 through 2020", "from 2012 through 2016",
                                                               "from 2016 to 2021"), "records")
    for verb in ("tracked", "followed", "observed"):
        yield Seed("The 2023 KIT paper {ADV} " + verb + " people prospectively as they went through treatment.",
                   DESIGN, D, "design-words", "INV")
    yield Seed("The 2017 weekly {D} study {ADV} tracked people prospectively.", (), D, "design-words", "DIR")
    for pooled in ("a meta-analysis pooling dozens of trials", "a meta-analysis of many trials",
                   "a systematic review pooling several trials"):
        yield Seed("The 2021 phobia work was {ADV} " + pooled + ".", DESIGN, D, "design-words", "INV")
    yield Seed("The 2021 phobia work was {ADV} a study of people with phobias.", (), D, "design-words", "DIR")
    yield from described_seeds()
    yield from round5_seeds()
    yield from round6_seeds()
    yield from session6_seeds()


# Blind set 3: the design said of the study by a verb of describing ("described, accurately, as"),
# or by "It was, <aside>, a …" after the study is named.
def described_seeds():
    subjects = ("The phobia research of 2021", "The 2021 phobia research", "The 2021 study of {D} for phobias",
                "The 2023 analysis of KIT records")
    for subject in subjects:
        for design in ("a large randomized trial", "a double-blind randomised controlled trial"):
            yield Seed(f"{subject} is described, accurately, as {design}.", DESIGN, D, "design-described", "INV")
            yield Seed(f"{subject} is {{ADV}} described as {design}.", DESIGN, D, "design-described", "INV")
            yield Seed(f"{subject} is wrongly described as {design}.", (), D, "design-described-trap", "DIR")
        yield Seed(f"{subject} is {{ADV}} described as a study of people with phobias.", (), D,
                   "design-described-trap", "DIR")
    kit = "Several carers linked the 2023 analysis of people treated with {D} infusions."
    for aside in ("as several of you pointed out", "as one reader noted", "as the thread worked out"):
        yield Seed(f"It was, {aside}, a double-blind randomised controlled trial.", DESIGN, D, "design-aside", "INV",
                   context=kit.replace("{D}", D))
        yield Seed(f"It was, {aside}, a look back at patient records.", (), D, "design-aside", "DIR",
                   context=kit.replace("{D}", D))


# Round 5 (blind6 and the sentence bank): a design in apposition or after a list item's lead-in,
# a dating verb in parentheses or fronted, a list of studies in one sentence, "It looked at …"
# after the study, a data window given by its start and end, a cohort, the study named by its
# acronym after a few words, its findings dated.
def round5_seeds():
    yield from _pairs("That {Y} study, {Z}, is the one {ADV} cited most.", 2017, 2017,
                      "a small trial", "a large placebo-controlled trial", DESIGN, "design-apposition")
    yield from _pairs("That {Y} KIT analysis, {Z}, is {ADV} cited by clinics.", 2023, 2023,
                      "a look back at records", "a double-blind randomised controlled trial", DESIGN,
                      "design-apposition")
    yield from _pairs("- **KIT analysis ({Y}):** {Z} of patients given IV {D}; the gains {ADV} held for a year.",
                      2023, 2023, "retrospective review", "prospective cohort", DESIGN, "design-lead-in")
    yield from _pairs("A {Y} {Z} of KIT patients {ADV} found anxiety fell.", 2023, 2023,
                      "retrospective cohort", "prospective cohort", DESIGN, "design-cohort")
    for year, expect in ((2023, ()), (2022, YEAR), (2021, YEAR)):
        yield Seed(f"The big KIT study (published {year}) was {{ADV}} a look back at records.", expect, D,
                   "year-aside", "INV" if expect else "DIR")
        yield Seed(f"Published in {year}, the retrospective KIT analysis has {{ADV}} been widely cited.", expect, D,
                   "year-fronted", "INV" if expect else "DIR")
        yield Seed(f"Still, that {year} KIT paper {{ADV}} looked encouraging.", expect, D, "year-named",
                   "INV" if expect else "DIR")
    for year, expect in ((2021, ()), (2019, YEAR), (2020, YEAR)):
        yield Seed(f"Studies to know: a 2017 trial of weekly {{D}} for GAD; a {year} study of {{D}} injections for "
                   "phobias; a 2023 analysis of KIT records {ADV} from 2017 to 2020.", expect, D, "study-list",
                   "INV" if expect else "DIR")
        yield Seed(f"The phobia findings {{ADV}} came out in {year}.", expect, D, "year-findings",
                   "INV" if expect else "DIR", context="Researchers studied ketamine injections for phobias.")
    lead = "The big KIT study (published 2023) was a look back at patient records."
    for period, expect in (("2017 through 2020", ()), ("2017 through 2022", PERIOD), ("2015 to 2020", PERIOD)):
        yield Seed(f"It {{ADV}} looked at clinic data from {period}.", expect, D, "pronoun-next",
                   "INV" if expect else "DIR", context=lead)
        yield Seed(f"It {{ADV}} looked at clinic data from {period}.", (), D, "pronoun-other", "DIR",
                   context=OTHER_LEAD)
    for first, expect in ((2017, ()), (2016, PERIOD), (2015, PERIOD)):
        yield Seed(f"The KIT records {{ADV}} began in {first} and stopped in 2020.", expect, D, "period-bounds",
                   "INV" if expect else "DIR")
    yield Seed("Four years of KIT treatment records that start in 2016 were {ADV} used.", (), D, "period-bounds",
               "DIR")
    # the bank: "dates from", "In it, …", "That <topic> work was a …"
    for year, expect in ((2017, ()), (2018, YEAR), (2016, YEAR)):
        yield Seed(f"The weekly-treatment trial in GAD {{ADV}} dates from {year}.", expect, D, "year-dates-from",
                   "INV" if expect else "DIR")
    kit = "A retrospective analysis published in 2023 examined KIT outcomes for anxiety."
    for period, expect in (("2017 to 2020", ()), ("2016 to 2019", PERIOD)):
        yield Seed(f"In it, investigators {{ADV}} reviewed data on patients treated from {period}.", expect, D,
                   "in-it", "INV" if expect else "DIR", context=kit)
    phobia = "Researchers studied ketamine injections for phobias in 2021."
    yield Seed("That phobia work was {ADV} a systematic review of every trial then published.", DESIGN, D,
               "design-demonstrative", "INV", context=phobia)
    yield Seed("That phobia work was {ADV} a study of several conditions.", (), D, "design-demonstrative", "DIR",
               context=phobia)


def _pairs(frame: str, right_year: int, year: int, fair: str, overstated: str, expect, capability: str):
    """A frame with the source's design (silent) and an overstated one."""
    text = frame.replace("{Y}", str(year))
    yield Seed(text.replace("{Z}", fair), (), D, capability, "DIR")
    yield Seed(text.replace("{Z}", overstated), expect, D, capability, "INV")


# Session 5 (blind7, blind8, the banks): a study set apart from those discussed; a table of
# studies; a year in a list item's label, a fronted participle or on another modifier; a study
# named by what it studied in plain words; patients "in it"; one cue word only (a warning).
LISTED = ("A 2023 analysis of records of people given ketamine intravenous therapy from 2017 to 2020 found "
          "anxiety fell. Research from 2021 suggested ketamine injections may help with agoraphobia.")
TABLE_HEADS = ("| Study | Year | Design | Data |\n|---|---|---|---|\n",
               "| Research | Published | Type of study | Data period |\n| --- | --- | --- | --- |\n")
TABLE_ROWS = (  # (row with {Y} the year, {Z} the design, {P} the period; the source's values)
    ("| Ketamine intravenous therapy (KIT) records | {Y} | {Z} | {P} |", 2023, "Analysis of historical data",
     "2017–2020"),
    ("| {Y} | weekly {D} for GAD + social anxiety | {Z} | {P} |", 2017, "trial", "–"),
    ("| {D} injections for phobias | {Y} | {Z} | {P} |", 2021, "study of several conditions", "not stated"),
)


def round6_seeds():
    for text in ("A separate {Y} survey of clinic staff {ADV} asked about burnout.",
                 "A {Y} survey run by our own service, about exam stress, is {ADV} unrelated to any of these studies.",
                 "A different {Y} study, of sleep in shift workers, {ADV} has nothing to do with these studies."):
        for year in (2019, 2020):
            yield Seed(text.replace("{Y}", str(year)), (), D, "set-apart", "DIR", context=LISTED)
    yield Seed("A separate 2019 study {ADV} found {D} injections helped with agoraphobia and other phobias.", YEAR, D,
               "set-apart-own-topic", "INV", context=LISTED)
    yield from _table_seeds()
    for label, body, right, wrong in (("KIT", "a look back at records of patients treated from 2017 to 2020", 2023, 2021),
                                      ("weekly {D} for GAD", "a trial of weekly treatments", 2017, 2015),
                                      ("phobias", "research found {D} injections may {ADV} ease agoraphobia", 2021, 2019)):
        for year, expect in ((right, ()), (wrong, YEAR)):
            yield Seed(f"- **{year} – {label}:** {body}.", expect, D, "year-label", "INV" if expect else "DIR",
                       edits=False)
    yield Seed("- **2023 – KIT:** a prospective study that {ADV} followed patients forward from 2019 through 2021.",
               DESIGN + PERIOD, D, "year-label", "INV", edits=False)
    for year, expect in ((2023, ()), (2020, YEAR), (2019, YEAR)):
        test = "INV" if expect else "DIR"
        yield Seed(f"He has a point: published in {year}, that KIT analysis is {{ADV}} the paper clinics cite.", expect, D,
                   "year-fronted", test)
        yield Seed(f"Backed by a landmark {year} analysis of KIT patient records, the clinic {{ADV}} opened.", expect, D,
                   "year-modifier", test)
    for year, expect in ((2021, ()), (2019, YEAR), (2018, YEAR)):
        test = "INV" if expect else "DIR"
        yield Seed(f"A {year} paper found that {{D}} injections {{ADV}} helped people afraid of open spaces or of the "
                   "sight of blood.", expect, D, "topic-plain-words", test)
        yield Seed(f"Work published in {year} on several mental health conditions {{ADV}} suggested injections may "
                   "help with phobias.", expect, D, "topic-plain-words", test)
        yield Seed(f"A {year} paper found that {{D}} injections {{ADV}} helped some people.", expect, D, "one-cue", test)
    yield Seed("A 2016 review of weekly {D} for bipolar depression {ADV} found mixed results.", (), D, "one-cue", "DIR")
    kit = "A 2023 analysis looked at people given ketamine intravenous therapy."
    for period, expect in (("between 2017 and 2020", ()), ("between 2018 and 2021", PERIOD), ("from 2015 to 2020", PERIOD)):
        yield Seed(f"Patients in it had {{ADV}} been treated {period}.", expect, D, "patients-in-it",
                   "INV" if expect else "DIR", context=kit)
    yield Seed("Patients in it had {ADV} been treated between 2018 and 2021.", (), D, "patients-in-it", "DIR",
               context=OTHER_LEAD)


def _table_seeds():
    """Each row of a table of studies with the source's year, design and period (silent), then
    with one of them changed; under two headers."""
    for head in TABLE_HEADS:
        for row, year, design, period in TABLE_ROWS:
            def fill(y=year, z=design, p=period):
                return head + row.replace("{Y}", str(y)).replace("{Z}", z).replace("{P}", p).replace("{D}", D)
            yield Seed(fill(), (), D, "table-row", "DIR", edits=False)
            yield Seed(fill(y=year - 2), YEAR, D, "table-row", "MFT", edits=False)
            yield Seed(fill(z="double-blind RCT"), DESIGN, D, "table-row", "MFT", edits=False)
        kit, year, design, _ = TABLE_ROWS[0]
        yield Seed(head + kit.replace("{Y}", str(year)).replace("{Z}", design).replace("{P}", "2016–2020"), PERIOD, D,
                   "table-row", "MFT", edits=False)


# Session 6 (blind10): a design the study is weighed against ("less than a randomised trial
# would") or that a modal makes a kind of study in general ("a double-blind trial could settle
# it") is not the study's; the same design said of the study is.
def session6_seeds():
    kit = "The 2023 KIT analysis worked from existing records covering 2017 to 2020"
    for design in ("randomised trial", "randomized controlled trial", "double-blind trial", "placebo-controlled trial",
                   "RCT", "large multicentre trial"):
        article = "an" if design[0] in "aeiouAR" else "a"
        for tail in (f", so it {{ADV}} tells us less than {article} {design} would.",
                     f", which is {{ADV}} weaker evidence than {article} {design}.",
                     f"; only {article} {design} could {{ADV}} settle the question."):
            yield Seed(kit + tail, (), D, "design-yardstick", "DIR")
        yield Seed(f"The 2023 KIT analysis was {{ADV}} {article} {design}.", DESIGN, D, "design-yardstick-said", "INV")

    # a verb of calling puts the design on its object ("Clinics call the KIT analysis a randomised
    # trial", "bill it as a double-blind trial"); a design said beside the study's own ("it was an
    # analysis …, and it was, as they put it, a double-blind trial") is still said (a warning)
    for verb, fair, over in (("call", "a retrospective review", "a randomised trial"),
                             ("describe", "as a look back at records", "as a double-blind trial"),
                             ("bill", "as an analysis of records", "as a placebo-controlled trial"),
                             ("present", "as a retrospective study", "as a randomized controlled trial"),
                             ("label", "a records study", "a controlled trial")):
        yield Seed(f"Several clinics {{ADV}} {verb} the 2023 KIT analysis {over}.", DESIGN, D, "design-called", "INV")
        yield Seed(f"Several clinics {{ADV}} {verb} the 2023 KIT analysis {fair}.", (), D, "design-called", "DIR")
    for over in ("a double-blind trial", "a randomised controlled trial", "a placebo-controlled trial"):
        yield Seed(f"The study was a 2023 analysis of KIT patients, and it was, as the leaflet put it, {over}.",
                   DESIGN, D, "design-said-twice", "INV")
        yield Seed(f"The study was a 2023 analysis of KIT patients, and it was not, whatever the leaflet says, {over}.",
                   (), D, "design-said-twice", "DIR")
    # a relative clause right after the design denies it or calls it false
    for over in ("a prospective cohort study", "a large systematic review of controlled trials", "a randomised trial"):
        for tail in ("which it was not", "which it {ADV} wasn't", "which inflates what it was",
                     "which is {ADV} wrong"):
            yield Seed(f"One site {{ADV}} called the 2023 KIT analysis {over}, {tail}.", (), D, "design-called-denied",
                       "DIR")
    # the study named by its own words while another drug is in discussion: still that study
    benzo = "Benzodiazepines like diazepam also act within the hour, but they bring a risk of dependence."
    for year, expect in ((2023, ()), (2022, YEAR), (2020, YEAR)):
        yield Seed(f"A larger look back at clinic records, published in {year} and covering patients treated between "
                   "2017 and 2020, {ADV} found that the benefit held steady.", expect, D, "other-drug-in-discussion",
                   "INV" if expect else "DIR", context=benzo)
