"""Study mentions compared with the studies the source describes."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from typing import Iterator

from linter.checks.base import CONTRADICTED, SUPPORTED, UNSUPPORTED, Context, Verdict, findings_of
from linter.claims import Claim
from linter.claims.studies import LooseItem
from linter.findings import Finding, Rule
from linter.packs import STRENGTHS, Knowledge, Study
from linter.phrases import has_phrase

WRONG_YEAR = Rule(
    code="HL501",
    name="study.wrong-year",
    category="study",
    severity="error",
    summary="A study dated to a different year than the source gives for that topic.",
    doc="""\
What it flags: a study mention (a year tied to "study", "analysis", "trial",
"researchers"… by the parse, or written next to it) that is unambiguously one of
the source's studies but gives another year. Unambiguous: its topic (the study's
conditions or cue words) plus its data period or design, two topic words, a definite
mention naming it by a cue the pack writes as an acronym ("the KIT paper"), or a
definite reference ("the 2022 study", "it", "they" as a study verb's subject) to the
study the previous sentences identified or, failing one, described ("Scientists
evaluated weekly <drug> for <condition>. The study took place in 2012."); or, when it
names a design or a data period, a year that only one source
study has and no condition that study was not about ("In a 2023 randomized trial,
patients …"), in the writer's own words: not passed on ("a thread described a 2023
trial" is someone else's), and in a sentence the parser did not read, no reporting word.
A design in apposition names the study ("That 2017 study, a large placebo-controlled
trial, …", "KIT analysis (2023): prospective cohort …"), and each study of a list
between semicolons is a mention of its own, as is each row of a table of studies ("| KIT
records | 2022 | Analysis of historical data |"). A year in a list item's label ("2023 –
KIT: a prospective study …") or a fronted participle ("published in 2020, that analysis …")
dates its study. A year with one study's own cue word only ("a 2019 paper on <drug>
injections") is a warning ("May contradict the source: …"). A topic word alone, a year that
dates something else ("approved since 1970, now studied"), a named other author ("a 2018 trial
by Smith"), a study set apart ("a separate 2019 survey", "unrelated to these studies") that
names no topic of its own, or two studies fitting equally: silent (the source does not address it).

Why: a wrong year makes the study impossible to find and misplaces the
evidence in time.

Example (fires):  A 2019 study of <drug> for <condition> …   (the source: 2021)
Example (silent): Researchers in 2021 found <drug> may help <condition>.

Fix: use the year the source gives.""",
)
WRONG_PERIOD = Rule(
    code="HL502",
    name="study.wrong-data-period",
    category="study",
    severity="error",
    summary="A study's data period that differs from the source's.",
    doc="""\
What it flags: "data from 2015 to 2020" where the source's study used data from
another span of years, when the mention is unambiguously that study (as HL501:
topic plus year or design, two topic words, or a definite reference). Otherwise
silent.

Why: the period a study covers is part of what it shows.

Example (fires):  The analysis used records from 2015 to 2020.   (the source: 2017 to 2020)
Example (silent): It analysed data from 2017 to 2020.

Fix: use the source's period.""",
)
OVERSTATED = Rule(
    code="HL503",
    name="study.overstated-design",
    category="study",
    severity="error",
    summary="A study presented as a stronger design than the source gives.",
    doc="""\
What it flags: a study the source describes as, say, an analysis of historical
records, presented as a trial, a controlled trial, a randomized controlled trial
or a meta-analysis, when the mention is unambiguously that study (as HL501).
The design may be said of the study in any wording: "was a …", "is described,
accurately, as a …" (a description no adverb vouches for is passed on, a warning;
"wrongly described as" is silent), "It was, as several of you pointed out, a …".
A negated or contrasted design ("not a randomised trial", "rather than a
trial"), one the study is weighed against ("less than a randomised trial
would", "only an RCT could settle it") or one a relative clause denies
("…, which it was not") is not the study's; "a review of trials" is a review.
A verb of calling says the design of its object ("clinics call the analysis a
randomised trial"). Two different designs both said of the study: the stronger,
as a warning ("may contradict"); two left otherwise: silent.

Why: design is how readers weigh evidence; an analysis of past records
presented as an experiment overstates what is known.

Example (fires):  A 2023 randomized controlled trial of <treatment> …   (the source: an analysis of historical data)
Example (silent): A 2023 analysis of <treatment> records …

Fix: describe the design as the source does.""",
)
RULES = (WRONG_YEAR, WRONG_PERIOD, OVERSTATED)
_PASSED_ON = tuple(dataclasses.replace(rule, severity="warning") for rule in RULES)


def check(ctx: Context) -> Iterator[Finding]:
    yield from findings_of(ctx, verdicts(ctx))


# How many sentences back "the study" or "it" can reach for the study in discussion.
_REACH = 3


def verdicts(ctx: Context) -> Iterator[Verdict]:
    """One verdict per problem with a study mention, or one saying it agrees (or is not the source's).

    A mention is held to a source study only when it is unambiguously that study (see
    `identify`); any other mention is the source not addressing it, which is silent."""
    others = about_other_studies(ctx)
    for claim, study in identified(ctx):
        loose = _loosely(ctx, claim, others) if study is None else None
        if study is None and loose is None:
            yield Verdict(UNSUPPORTED, claim.start, claim.end, "study")
            continue
        # a study the mention names by its own words while another drug is in discussion: a warning
        inherited = study is not None and claim.subject is not None and study.drug != claim.subject
        found = list(_conflicts(claim, study or loose, graded=study is None or inherited))
        if study is not None:
            yield from found or [Verdict(SUPPORTED, claim.start, claim.end, "study", source=study.source,
                                         pack=study.pack)]
        else:
            yield from found or [Verdict(UNSUPPORTED, claim.start, claim.end, "study")]


def _conflicts(claim: Claim, study: Study, graded: bool) -> Iterator[Verdict]:
    """Where the mention differs from the study: its year, data period or an overstated design.
    Passed on in someone's name ("according to several clinics, …") or tied to the study only
    loosely (`graded`): a warning, "may contradict", not an error."""
    wrong_year, wrong_period, overstated = _PASSED_ON if claim.reported or graded else RULES
    may = "May contradict the source: " if graded else ""
    if claim.year and claim.year != study.year:
        year = claim.part("year")
        yield Verdict(CONTRADICTED, year.start, year.end, "study year", wrong_year,
                      f"{may}The source dates this study ({study.design}) to {study.year}, not {claim.year}",
                      study.source, study.pack)
    period = claim.part("period")
    if claim.period and study.data_period and claim.period != study.data_period:
        first, last = study.data_period
        yield Verdict(CONTRADICTED, period.start, period.end, "study data period", wrong_period,
                      f"{may}The source's study used data from {first} to {last}, not "
                      f"{claim.period[0]} to {claim.period[1]}", study.source, study.pack)
    design = claim.part("design")
    if (claim.design and STRENGTHS.index(claim.design) >= STRENGTHS.index("trial")
            and STRENGTHS.index(claim.design) > STRENGTHS.index(study.strength)):
        if isinstance(design, LooseItem) and not graded:  # said beside another design: a warning
            overstated, may = _PASSED_ON[2], "May contradict the source: "
        yield Verdict(CONTRADICTED, design.start, design.end, "study design", overstated,
                      f"{may}Overstates the design: the source describes {study.design}, "
                      f"not a {claim.design.replace('-', ' ')}", study.source, study.pack)


def _loosely(ctx: Context, claim: Claim, others: frozenset[int]) -> Study | None:
    """Graded confidence: the one source study a mention the checks cannot pin down most likely
    is, for a warning: a year, one study's own cue word in the sentence ("a 2019 paper on <drug>
    injections"), no condition that study was not about, no author or word setting it apart, not
    the draft's other study. None when two studies fit."""
    if claim.year is None or claim.cue in _APART or claim.sentence in others:
        return None  # a period or design alone, tied loosely, is HL704's to align with the source
    text = _own_words(ctx, claim)
    fits = []
    for study in ctx.knowledge.studies:
        if claim.subject and study.drug != claim.subject:
            continue
        if not all(any(ctx.knowledge.within(c, s) or ctx.knowledge.within(s, c) for s in study.conditions)
                   for c in claim.conditions):
            continue
        if any(_cue_in(text, cue) for cue in study.cues):
            fits.append(study)
    return fits[0] if len(fits) == 1 else None


def about_other_studies(ctx: Context) -> frozenset[int]:
    """The sentences whose definite study mention ("they analyzed …", "the study") follows a
    mention of a study that is none of the source's: that study is the one in discussion."""
    out, other = set(), None
    for claim, study in identified(ctx):
        if study is not None:
            other = None
        elif not claim.definite:
            other = claim.sentence
        elif other is not None and claim.sentence - other <= 2 * _REACH:  # table labels count as sentences
            out.add(claim.sentence)
    return frozenset(out)


def _names_a_drug(ctx: Context, claim: Claim) -> bool:
    """Whether the mention's sentence names a drug itself (not only the drug in discussion)."""
    sentence = ctx.annotation.sentences[claim.sentence]
    return bool(ctx.annotation.mentions_in(sentence.tok_start, sentence.tok_end, "drug"))


def _described_before(ctx: Context, claim: Claim, first: int, reported: bool) -> Study | None:
    """"Scientists evaluated weekly <drug> for <condition>. The study took place in 2012.": "the
    study" is the one the sentences since the last study mention described, identified by their
    words and conditions with its own."""
    ann = ctx.annotation
    before = [ann.sentences[i] for i in range(first, claim.sentence)]
    if not before:
        return None
    conditions = tuple(dict.fromkeys((*claim.conditions, *(
        m.id for s in before for m in ann.mentions_in(s.tok_start, s.tok_end, "condition")))))
    text = " ".join((*(s.text for s in before), ann.sentences[claim.sentence].text))
    return identify(replace(claim, conditions=conditions), ctx.knowledge, text, None, reported)


def _named(sentence_text: str, study: Study) -> bool:
    """Whether the sentence names the study by one of its cues written as an acronym, in
    capitals as the pack writes it, after a determiner and at most two words ("the KIT paper",
    "the big KIT study", "that 2021 KIT paper"; not "the kit")."""
    words = sentence_text.split()
    acronyms = {cue for cue in study.cues if cue.isupper() and len(cue) > 1}
    return any(w in acronyms and any(d.lower() in _DETERMINERS for d in words[max(0, i - _NAME_REACH):i])
               for i, w in enumerate(words))


_DETERMINERS = frozenset({"the", "that", "this", "its", "their"})


def _cue_in(sentence_text: str, cue: str) -> bool:
    """A study's cue word in the sentence; one the pack writes as an acronym only in its capitals
    ("the KIT paper", not "the kit paper")."""
    if cue.isupper() and len(cue) > 1:
        return cue in (w.strip(_PUNCTUATION) for w in sentence_text.split())
    return has_phrase(sentence_text, cue)


_PUNCTUATION = ".,;:!?()[]*_\"'’"
_NAME_REACH = 3  # "the big KIT study": the determiner and the acronym at most two words apart


def identified(ctx: Context) -> Iterator[tuple[Claim, Study | None]]:
    """Each study mention in order, with the source study it is unambiguously about (or None):
    "the study", "it" and "they" reach back to the study in discussion, or to the one the
    sentences since the last mention described."""
    current: tuple[Study, int] | None = None  # the study in discussion, and the sentence naming it
    last = -1  # the sentence of the last study mention
    for claim in ctx.claims:
        if claim.kind != "study":
            continue
        text = _own_words(ctx, claim)
        recent = current[0] if current and claim.definite and claim.sentence - current[1] <= _REACH else None
        reported = not _REPORTED.isdisjoint(ctx.annotation.sentences[claim.sentence].cue_kinds)
        # a study the source does not report is in discussion: "they", "the study" are that one
        other = current is None and last >= 0 and claim.sentence - last <= 2 * _REACH
        study = identify(claim, ctx.knowledge, text, recent, reported, cued=not other)
        if study is None and recent is None and claim.definite and claim.sentence - last > 1:
            study = _described_before(ctx, claim, max(last + 1, claim.sentence - _REACH), reported)
        if study is None and not other and claim.subject is not None and not _names_a_drug(ctx, claim):
            # the drug in discussion is another's ("<drug B> acts within the hour. A larger look back at
            # clinic records … 2017 and 2020 …"): the study's own words may name a source study
            study = identify(replace(claim, subject=None), ctx.knowledge, text, recent, reported, cued=not other)
        current = (study, claim.sentence) if study else None  # another study is now in discussion
        last = claim.sentence
        yield claim, study


def _own_words(ctx: Context, claim: Claim) -> str:
    """The words that may name a mention's study: its own part of a list of studies, else its
    sentence up to a "than" after it and without an "unlike" phrase (what the study is compared
    with, "given more weight than the KIT data", "unlike the weekly study, …", is another study,
    whose words do not name this one)."""
    mention = claim.part("mention")
    if mention:
        return mention.text
    sentence = ctx.annotation.sentences[claim.sentence]
    at, text = claim.start - sentence.start, sentence.text
    than = text.find(" than ", at)
    if than >= 0:
        text = text[:than]
    # "(u)nlike the weekly study, the 2023 work was …": the phrase set against the mention
    unlike = text.lower().find("unlike ")
    comma = text.find(",", unlike)
    if 0 <= unlike and comma >= 0 and not unlike <= at < comma:
        text = text[:unlike] + text[comma:]
    return text


# A mention with its own author, or set apart from the studies discussed ("a separate survey"):
# the source's study only by its own topic words.
_APART = frozenset({"author", "other"})
# Cue kinds that put a sentence's study in someone else's words or in doubt ("a thread described a
# 2023 trial", "asked whether the analysis was a trial").
_REPORTED = frozenset({"reporting", "attribution", "framing", "conditional"})


def identify(claim: Claim, knowledge: Knowledge, sentence_text: str, recent: Study | None = None,
             reported: bool = True, cued: bool = False) -> Study | None:
    """The source study a mention is unambiguously about, or None.

    Topic (the study's conditions, or its cue words) alone never identifies a study: it takes
    topic plus a matching year, data period or design ("a 2023 randomized trial of <cue>" is the
    2023 study, its design overstated), or two topic words of the same study ("a 2019 study of
    <condition> and <other condition>"), or a definite mention naming it by a cue the pack
    writes as an acronym ("the KIT paper"). Failing those, a definite reference ("the study", "it
    was a trial") is the study the previous sentences identified, unless it differs from it in
    two details ("the 2018 trial" just after the 2023 analysis is another study). A mention
    naming its own author ("a 2018 trial by Smith and colleagues") whose year and period match
    no study is another study. A definite mention naming one source study's cue word ("the
    weekly study was …") is that study, where `cued` (no other study is in discussion). Two
    studies matching equally well: None."""
    scored = []
    recent_conflicts = 0
    if recent is not None:
        # "The 2018 trial" just after a 2023 analysis differs in two details: another study.
        recent_conflicts = ((claim.year is not None and claim.year != recent.year)
                            + (claim.period is not None and claim.period != recent.data_period)
                            + (claim.design is not None and claim.design != recent.strength))
    for study in knowledge.studies:
        if claim.subject and study.drug != claim.subject:
            continue
        topic = len(set(claim.conditions) & set(study.conditions))
        topic += sum(1 for cue in study.cues if has_phrase(sentence_text, cue))
        if claim.definite and _named(sentence_text, study):
            topic = max(topic, 2)  # "the KIT paper": named, as two topic words name it
        attributes = ((claim.year == study.year) + (claim.period is not None and claim.period == study.data_period)
                      + (claim.design == study.strength))
        if (claim.cue == "author" and claim.year != study.year
                and (claim.period is None or claim.period != study.data_period)):
            continue
        if (topic and attributes) or topic >= 2:
            scored.append((attributes + min(topic, 2), study))
    if (not scored and not claim.reported and (claim.grounded or not reported) and claim.year is not None
            and (claim.design or claim.period) and claim.cue not in _APART):
        # "In a 2023 randomized trial, patients …": no topic word, but the year is one source
        # study's alone, and the mention names no condition that study was not about.
        dated = [s for s in knowledge.studies if s.year == claim.year and (not claim.subject or s.drug == claim.subject)]
        if len(dated) == 1 and set(claim.conditions) <= set(dated[0].conditions):
            return dated[0]
    if not scored and claim.definite and cued:
        # "The weekly study was …": a definite mention naming one source study's cue word
        cued = [st for st in knowledge.studies if (not claim.subject or st.drug == claim.subject)
                and any(_cue_in(sentence_text, cue) for cue in st.cues)]
        if len(cued) == 1 and claim.cue not in _APART:
            return cued[0]
    if not scored:
        # No study fits on its own words: "the study" / "it" is the one in discussion.
        return recent if recent is not None and recent_conflicts <= 1 and claim.cue not in _APART else None
    scored.sort(key=lambda s: -s[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None  # two studies fit equally: ambiguous
    return scored[0][1]
