"""Time-course claims (onset, duration, lasting) compared with the pack's time facts."""

from __future__ import annotations

import dataclasses
import functools
from typing import Iterator

from linter.checks.base import CONTRADICTED, SUPPORTED, UNSUPPORTED, Context, Verdict, findings_of
from linter.claims import TIME_KINDS, Claim
from linter.findings import Finding, Rule
from linter.packs import Knowledge, TimeFact
from linter.phrases import has_any_phrase
from linter.quantities import Span, compare, parse, ratio

CONFLICTS = Rule(
    code="HL301",
    name="duration.conflicts",
    category="duration",
    severity="error",
    summary="A time course the source contradicts: far off, or lasting where the source says it does not.",
    doc="""\
What it flags: how soon a drug works or how long its effect lasts, when the
draft's span does not overlap the source's, is three or more times off, says
an effect wears off by a third of the source's "up to" bound (a day or more, after
the dose the source's figure is for) or lasts "up to" a third or less of it ("up to
seven hours" for up to 7 days), or calls an effect long-lasting that the
source says is not. Spans are read in digits or
words ("two to six weeks", "2–6 weeks", "within hours", "a week or two",
"anywhere from days to weeks" is one range, "within hours to days" the range
hours to days) and compared after normalising units
(7 days = a week, 12 months = a year).

Only when the parse attaches all three: the drug is the grammatical subject of
the predicate (or owns the effect: "<drug>'s effects", "relief from <drug>"; or
is the drug in discussion through "it", "its effects", "each infusion", or
"this improvement" / "these effects" after a sentence about it), the
predicate says what the span measures ("takes … to work", "acts within",
"lasts", "wears off"), and the span belongs to that predicate. A span whose
subject is a comparator (antidepressants, SRIs) or any other non-pack noun is
not the drug's; one measuring a session, a course or a follow-up period ("the
infusion takes 40 minutes", "six infusions over three weeks", "you stay for two
hours", "weekly <drug> kept symptoms low for three months") is never compared
with an onset or an effect. A span that only half
attaches ("<drug> takes three weeks", no purpose; "The benefit lasted a month"
after a sentence about the drug, no demonstrative), one reported in someone's
name ("the team says relief lasts a month"), one a study the source does not
report found ("a 2006 study found its effects lasted two weeks") and one read
only from a cue and the drug in discussion ("give it two weeks before you expect
any shift") are HL301 graded to a warning, as is one about a treatment named
only as "a single infusion" or "each session" while another drug is in discussion,
held to the drug whose figure the source gives for that setting; one that two
drugs could own is silent. Quoted, refuted and conditional ("if it takes weeks") spans are not
passed on and are silent.

Why: readers plan around these numbers: when to expect relief, when to worry
that a treatment is not working.

Example (fires):  <drug> starts working within days.     (the source: within hours)
                  <drug>'s effect on <condition> is long-lasting.   (the source: not long lasting)
Example (silent): <drug> can act within hours.
                  <drug> acts within hours. Antidepressants take weeks to work.
                  Each <drug> infusion takes 40 to 50 minutes.
                  In a study, relief from <drug> lasted about a week.   (the source: up to 7 days)

Fix: use the source's span; the message names it.""",
)
DIFFERS = Rule(
    code="HL302",
    name="duration.differs",
    category="duration",
    severity="warning",
    summary="A time course that overlaps the source's but is not within it.",
    doc="""\
What it flags: a span that overlaps the source's without fitting inside it:
"1 to 3 weeks" where the source says "2 to 6 weeks". A span inside the source's
("3 to 4 weeks") is not flagged. A span the source contradicts (no overlap, or
three times off) is HL301, graded to a warning where the parse does not prove it.
A form of a drug whose own time course the source does not give is not held to
the figure of the drug it is a form of.

Why: a partly right number still misleads; the reader cannot tell which part.

Example (fires):  <drug> can take 1 to 3 weeks to work.   (the source: 2 to 6 weeks)
Example (silent): <drug> can take two to six weeks to work.

Fix: use the source's span.""",
)
RULES = (CONFLICTS, DIFFERS)
# A span the source contradicts that the parse does not prove the drug's (or that is reported,
# or another study's finding): HL301 graded to a warning, as HL201 is.
_GRADED = dataclasses.replace(CONFLICTS, severity="warning")

_ASPECT = {"onset": "the onset of {subject}", "duration": "how long the effect of {subject} lasts"}


def check(ctx: Context) -> Iterator[Finding]:
    yield from findings_of(ctx, _once(ctx, verdicts(ctx)))


def verdicts(ctx: Context) -> Iterator[Verdict]:
    reported = other_studies(ctx)
    for claim in ctx.claims:
        if claim.kind in TIME_KINDS and not claim.negated:
            yield _time_verdict(ctx, claim, claim.sentence in reported)
        elif claim.kind == "lasting":
            yield _lasting_verdict(ctx, claim)


def _once(ctx: Context, verdicts: Iterator[Verdict]) -> Iterator[Verdict]:
    """One finding per line and statement of the source contradicted: "long-lasting, persisting
    for many months" says one thing twice, as does "**<condition> relief is durable.** … is
    lasting"; two drugs' onsets on one line are two findings."""
    said: set[tuple[int, str]] = set()
    for verdict in verdicts:
        if verdict.status == CONTRADICTED:
            # the message up to the draft's words: the fact, the drug and what the source says
            key = (ctx.document.position(verdict.start, verdict.end)[0], (verdict.message or "").split("the draft says")[0])
            if key in said:
                continue
            said.add(key)
        yield verdict


def cue_text(ctx: Context, sentence: int) -> str:
    """A sentence's text, and again with the drugs' names left out, for matching a fact's cues:
    "one <drug> dose" names the fact cued "one dose" as "one dose" does (and a cue that is a
    drug's alias still matches the text as written)."""
    ann = ctx.annotation
    s = ann.sentences[sentence]
    cut = [(m.start - s.start, m.end - s.start) for m in ann.mentions_in(s.tok_start, s.tok_end, "drug")]
    if not cut:
        return s.text
    kept, at = [], 0
    for start, end in cut:
        kept.append(s.text[at:start])
        at = end
    kept.append(s.text[at:])
    return s.text + "\n" + " ".join(" ".join(kept).split())


def candidates(claim: Claim, knowledge: Knowledge, sentence_text: str) -> tuple[TimeFact, ...]:
    """The time facts a claim should be held to: same subject and aspect, a related
    condition, and (where a sentence names a fact's setting) that fact."""
    kind = "duration" if claim.kind == "lasting" else claim.kind
    return _candidates(knowledge, kind, claim.subject, claim.conditions, sentence_text)


# The duration and contradiction checks ask about the same claims: the answers are memoised
# on what they depend on.
@functools.lru_cache(maxsize=4096)
def _candidates(knowledge: Knowledge, kind: str, subject: str | None, conditions: tuple[str, ...],
                sentence_text: str) -> tuple[TimeFact, ...]:
    facts = [f for f in knowledge.time_course if f.subject == subject and f.aspect == kind]
    if conditions:
        facts = [f for f in facts if not f.conditions or any(
            knowledge.within(c, fc) or knowledge.within(fc, c) for c in conditions for fc in f.conditions)]
    cued = [f for f in facts if has_any_phrase(sentence_text, tuple(f.cues))]
    return tuple(cued or facts)


def supporting(claim: Claim, knowledge: Knowledge, sentence_text: str) -> TimeFact | None:
    """The pack fact that agrees with the claim, if any (the contradiction check uses it too)."""
    return _supporting(knowledge, claim.kind, claim.subject, claim.conditions, claim.span, claim.negated,
                       sentence_text, claim.hedged)


@functools.lru_cache(maxsize=4096)
def _supporting(knowledge: Knowledge, kind: str, subject: str | None, conditions: tuple[str, ...],
                span: Span | None, negated: bool, sentence_text: str, hedged: bool = False) -> TimeFact | None:
    aspect = "duration" if kind == "lasting" else kind
    for fact in _candidates(knowledge, aspect, subject, conditions, sentence_text):
        if kind == "lasting":
            if fact.lasting is not None and fact.lasting == (not negated):
                return fact
        elif fact.value and _agrees(span, parse(fact.value)) and not (
                aspect == "duration" and _ending(knowledge, sentence_text, hedged) and _early(span, fact, sentence_text)):
            return fact
    return None


def _agrees(said: Span, fact: Span) -> bool:
    """Inside the source's span, or naming the same bound: "up to 6 weeks" agrees with
    "2 to 6 weeks", "over a year" with "a year"; a span with no number ("several weeks")
    agrees wherever it overlaps."""
    relation = compare(said, fact)
    if relation in ("same", "narrower") or (said.vague and relation == "overlapping"):
        return True
    if not said.low and said.high is not None and fact.high is not None:
        return compare(Span(said.high, said.high), Span(fact.high, fact.high)) == "same"
    if said.high is None and said.low is not None and fact.low is not None:
        return compare(Span(said.low, said.low), Span(fact.low, fact.low)) == "same"
    return False


def other_studies(ctx: Context) -> set[int]:
    """Sentences that date a study to a year none of the source's studies has: a span there is
    that study's finding ("a 2006 study found its effects lasted two weeks"), which the source
    does not address."""
    years = {study.year for study in ctx.knowledge.studies}
    return {c.sentence for c in ctx.claims if c.kind == "study" and c.year is not None and c.year not in years}


def _time_verdict(ctx: Context, claim: Claim, other_study: bool) -> Verdict:
    text = cue_text(ctx, claim.sentence)
    facts = [f for f in candidates(claim, ctx.knowledge, text) if f.value]
    if not facts and claim.form:
        claim = stood_for(ctx.knowledge, claim, text)
        facts = [f for f in candidates(claim, ctx.knowledge, text) if f.value]
    if not facts:
        return _long_verdict(ctx, claim, text, other_study)
    fact = supporting(claim, ctx.knowledge, text)
    if fact is not None and not (claim.kind == "duration" and _lower_ceiling(ctx, claim, fact)):
        return Verdict(SUPPORTED, claim.start, claim.end, claim.kind, source=fact.source, pack=fact.pack)
    early = claim.kind == "duration" and _ending(ctx.knowledge, text, claim.hedged)
    judged = [(_relation(claim.span, f, early and _early(claim.span, f, text)), ratio(claim.span, parse(f.value)), f)
              for f in facts]
    relation, far, fact = min(judged, key=lambda j: (j[0] == "disjoint", j[1]))
    # An error only when the parse ties the drug, the predicate and the span together, in the
    # writer's own voice (a reported span, "the team says relief lasts a month", is a warning).
    proved = claim.grounded and not claim.reported and not other_study
    if relation == "disjoint" or far >= 3:
        rule = CONFLICTS if proved else _GRADED
    else:
        rule = DIFFERS  # overlapping the source's span without fitting inside it
    subject = ctx.knowledge.name(claim.subject)
    about = _ASPECT[claim.kind].format(subject=subject)
    written = ctx.written(claim.start, claim.end)
    effect = f" ({fact.effect})" if fact.effect else ""
    return Verdict(CONTRADICTED, claim.start, claim.end, claim.kind, rule,
                   f"Differs from the source on {about}{effect}: the source says {fact.value}, "
                   f"the draft says '{written}'", fact.source, fact.pack)


def stood_for(knowledge: Knowledge, claim: Claim, text: str) -> Claim:
    """A claim about a treatment named only as "a single infusion", "each session" or "an IV
    course", where the drug in discussion (if any) has no such time course in the packs: the one
    drug whose time course of that aspect the sentence's setting cues ("single infusion") or
    conditions select. Not proved by the parse: a warning at most."""
    kind = "duration" if claim.kind == "lasting" else claim.kind
    chosen = {f.subject for f in knowledge.time_course if f.aspect == kind and f.subject != claim.subject and (
        has_any_phrase(text, tuple(f.cues)) or f.conditions and any(
            knowledge.within(c, fc) for c in claim.conditions for fc in f.conditions))}
    if len(chosen) != 1:
        return claim
    return dataclasses.replace(claim, subject=chosen.pop(), grounded=False)


# A duration that ends by a third of the source's "up to" bound says the effect fades early: "had
# worn off within 48 hours" where the source says relief lasts up to 7 days. Said with a verb of
# ending only ("feel better for a day or two" is some of the week), never hedged ("may have worn
# off within a day"), and "a few days" fits.
_EARLY = 3


def _relation(said: Span, held_to: TimeFact, early: bool) -> str:
    """How a span stands to the source's; two upper bounds ("up to a fortnight" where the source
    says up to 7 days) are compared by their bounds: a higher maximum contradicts the source's."""
    fact = parse(held_to.value)
    if said.low == 0 and fact.low == 0 and said.high and fact.high:
        bounds = compare(Span(said.high, said.high, said.approx), Span(fact.high, fact.high, fact.approx))
        if bounds == "disjoint" and said.high > fact.high:
            return "disjoint"
    if early:
        return "disjoint"
    return compare(said, fact)


_DAY = parse("a day")


def _ending(knowledge: Knowledge, text: str, hedged: bool) -> bool:
    return not hedged and has_any_phrase(text, knowledge.language.cues.get("duration-end", ()))


def _early(said: Span, held_to: TimeFact, text: str) -> bool:
    """Relief said to end by a third of the fact's "up to" bound, a day or more after the dose
    the sentence names as the fact's setting ("each infusion", "a weekly dose"): spans of hours
    are a session's or a side effect's more often than the relief's."""
    fact = parse(held_to.value)
    return (not fact.low and bool(fact.high) and said.high is not None and _DAY.high <= said.high
            and said.high * _EARLY <= fact.high and has_any_phrase(text, tuple(held_to.cues)))


def _lower_ceiling(ctx: Context, claim: Claim, held_to: TimeFact) -> bool:
    """An "up to" written a third or less of the source's "up to" ("relief lasted up to seven
    hours" where the source says up to 7 days): the most it lasts, said otherwise. (Not "within
    two hours", which bounds when something ends, not how long relief lasts.)"""
    said, fact = claim.span, parse(held_to.value)
    sentence = ctx.annotation.sentences[claim.sentence]
    return (said is not None and not said.low and bool(said.high) and not fact.low and bool(fact.high)
            and said.high * _EARLY <= fact.high
            and ctx.written(claim.start, claim.end).lower().startswith(_CEILINGS)
            # (not a sentence about a side effect: "the drowsiness <drug> causes lasts up to a day")
            and not ctx.annotation.cues_in(sentence.tok_start, sentence.tok_end, "symptom", "side-effect", "effect-state"))


_CEILINGS = ("up to", "for up to", "as long as", "at most")


# A span this long or longer says an effect lasts: "keeps symptoms down for months".
_LONG = parse("a month")


def _long_verdict(ctx: Context, claim: Claim, text: str, other_study: bool) -> Verdict:
    """A duration with no span in the source to hold it to, where the source says, for the
    condition the claim's sentence names, that the effect does not last: a month or more
    contradicts it."""
    sentence = ctx.annotation.sentences[claim.sentence]
    named = ctx.annotation.mentions_in(sentence.tok_start, sentence.tok_end, "condition")
    if claim.kind == "duration" and named and claim.span.low is not None and claim.span.low >= _LONG.low:
        for fact in candidates(claim, ctx.knowledge, text):
            if fact.lasting is False and fact.conditions:
                proved = claim.grounded and not claim.reported and not other_study
                return Verdict(CONTRADICTED, claim.start, claim.end, claim.kind, CONFLICTS if proved else _GRADED,
                               f"Contradicts the source: it says {fact.effect or 'the effect'} is not long "
                               f"lasting, but the draft says '{ctx.written(claim.start, claim.end)}'",
                               fact.source, fact.pack)
    return Verdict(UNSUPPORTED, claim.start, claim.end, claim.kind)


def _lasting_verdict(ctx: Context, claim: Claim) -> Verdict:
    text = cue_text(ctx, claim.sentence)
    if claim.form and claim.conditions and not any(f.lasting is not None for f in candidates(claim, ctx.knowledge, text)):
        # "<condition> relief is durable" while another drug is in discussion: the drug the source says it of
        claim = stood_for(ctx.knowledge, claim, text)
    if claim.conditions:  # the source's lasting facts are about one condition each
        for fact in candidates(claim, ctx.knowledge, text):
            if fact.lasting is not None and fact.conditions and fact.lasting != (not claim.negated):
                said = "lasts" if fact.lasting else "is not long lasting"
                return Verdict(CONTRADICTED, claim.start, claim.end, claim.kind,
                               CONFLICTS if claim.grounded else _GRADED,
                               f"Contradicts the source: it says {fact.effect or 'the effect'} {said}, "
                               f"but the draft says '{claim.cue}'", fact.source, fact.pack)
    fact = supporting(claim, ctx.knowledge, text)
    if fact is not None:
        return Verdict(SUPPORTED, claim.start, claim.end, claim.kind, source=fact.source, pack=fact.pack)
    return Verdict(UNSUPPORTED, claim.start, claim.end, claim.kind)
