"""Certainty beyond the source: "cures", "miracle drug", "risk-free", "works for everyone"."""

from __future__ import annotations

from typing import Iterator

from linter.checks.base import CONTRADICTED, UNSUPPORTED, Context, Verdict, findings_of
from linter.findings import Finding, Rule

OVERCLAIM = Rule(
    code="HL601",
    name="overclaim.certainty",
    category="overclaim",
    severity="warning",
    summary="Certainty about a drug or condition that the source's hedged evidence does not carry.",
    doc="""\
What it flags: "cures", "a miracle drug", "risk-free", "works for everyone",
"eliminates <condition>", "has been shown to treat <condition> effectively",
"for most people" and the like, said of a drug or condition a pack covers (or, where a
benefit is said, of the drug in discussion: "Patients walk out healed, once and for all");
and, whatever the subject, certainty about a treatment ("the treatment is
very safe", "psychedelic medicines have proven more effective", "an excellent
alternative") and outcomes only a treatment promises ("permanent healing",
"lasting relief", "100% success"; a word of permanence or guarantee with any
benefit noun: "permanent freedom from", "an enduring fix", "the relief is
immediate and permanent") in a draft that names a pack drug. Also certainty
of evidence ("the science is settled", "beyond doubt", "full stop"; "the evidence
is now conclusive that", "we now know", "science confirms", "no longer in question",
where the sentence says a benefit), success
every time ("works every time", "never fails"), safety absolutes ("entirely
risk-free"), a cure as what a treatment amounts to, guarantees as verbs
("guarantees results") and permanence ("free of <condition> for life"); a
condition's absence said to be permanent ("my <condition> is gone for good", "a
thing of the past", "never came back", "doesn't come back", "relief that lasts for good",
"remission … is durable"); success vouched for without evidence ("so it clearly
works", "works long-term");
reliability the parse says of the drug or treatment ("these results establish
<drug> as a dependable treatment", "proves it to be the definitive one");
success for all where a benefit verb governs it ("works for essentially
everyone", "practically everyone who tries it feels better"); "curative"; a cure
in other words ("nothing short of a cure"), success rates ("works for 9 out of 10
patients", "in every patient"), evidence said to establish the effect ("research
has demonstrated that <drug> works") and safety vouched for by a fact ("which tells
you how safe it is"). One
finding per sentence. A certainty the draft reports ("a spokesperson said…", "according to
the website") is still passed on to the reader and still flagged, unless the
draft refutes it ("…, but no study shows that", "That is not true."). Silent
when the certainty is not asserted at all: negated (also by the parse: "claims
of permanent healing are not supported"), hedged ("may", "might", "could"; but
permanence, which the source never gives, is an overclaim hedged too: "may end
<condition> for good"),
questioned, quoted, doubted ("some clinics claim…"), myth-framed ("Myth: …"),
refuted ("anyone who tells you it is a cure is overselling it", "any clinic
promising that … is overselling", "a clinic offering a permanent cure is a red
flag"), certain only of a
denial ("there is no doubt that it is not a cure"),
conditional ("whether it is proven"), a goal ("trials are needed to prove
it"), a promise someone else makes that the draft refutes ("beware any clinic that
guarantees …", "anyone promising permanent results is going beyond what the research
shows"), an asker's report in a Q&A's question turn ("Q: … A friend told me one dose fixed
her <condition> for good."); and for a bare label in a table cell or heading (a cell that is a whole
sentence asserts), side effects or a time "for most people" ("it takes two
weeks to kick in for most people") or of a modest benefit ("for most people it
helps a little"), "everyone responds differently", sentences about animals ("in
mice"), a denied guarantee ("zero guarantees"), and a report the next sentence
takes back ("I wouldn't go that far", "Not quite"), a permanence the source denies
for that condition ("<condition> relief is durable" where the source says its
effects do not last: HL301 reports it), a cure fronted and denied ("A cure-all it
is not"); a refutation the writer
negates ("I don't think that's an exaggeration") takes nothing back. A
population hedge ("for some people") takes back a proportion or "very safe", not a
cure, a guarantee or permanence. The message quotes the
source's own hedged wording.

Why: health readers act on certainty; a source that says "may" does not
support "will".

Example (fires):  <drug> is a miracle cure for <condition>.
                  The treatment is very safe.   Many clients enjoy permanent healing.
Example (silent): <drug> is not a cure for <condition>.
                  <drug> may ease <condition> for some people.
                  Myth: it brings permanent healing. Fact: no study shows that.
                  No treatment is 100% safe.   Is it proven? Not yet.

Fix: say what the evidence shows, with the source's hedges.""",
)
RULES = (OVERCLAIM,)


def _said_not_to_last(ctx: Context) -> frozenset[int]:
    """Sentences that say an effect lasts where the source says it does not ("<condition> relief
    is durable"): HL301 reports that against the source's fact, and one finding is enough."""
    brief = {c for f in ctx.knowledge.time_course if f.aspect == "duration" and f.lasting is False for c in f.conditions}
    return frozenset(claim.sentence for claim in ctx.claims if claim.kind == "lasting" and not claim.negated
                     and any(ctx.knowledge.within(c, b) for c in claim.conditions for b in brief))


def check(ctx: Context) -> Iterator[Finding]:
    yield from findings_of(ctx, verdicts(ctx))


def verdicts(ctx: Context) -> Iterator[Verdict]:
    timed = _said_not_to_last(ctx)
    for claim in ctx.claims:
        if claim.kind != "overclaim" or claim.sentence in timed:
            continue
        entry = ctx.knowledge.entries.get(claim.subject) if claim.subject else None
        certainty = next((p.certainty for p in ctx.knowledge.packs
                          if p.certainty and (entry is None or p.name == entry.pack)), None)
        message = f"'{claim.cue}' claims more certainty than the source"
        if certainty is None:
            yield Verdict(UNSUPPORTED, claim.start, claim.end, "certainty", OVERCLAIM, message)
            continue
        quoted = ", ".join(f"'{w}'" for w in certainty.wording)
        yield Verdict(CONTRADICTED, claim.start, claim.end, "certainty", OVERCLAIM,
                      f"{message}, whose evidence is hedged: it says {quoted}",
                      certainty.source[0], certainty.pack, certainty.source[1:])
