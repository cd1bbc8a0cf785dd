"""Statements a draft must make when it discusses certain things.

The packs supply the instances (`disclaimers:`); this module supplies the
closed set of trigger and requirement types they may use.
"""

from __future__ import annotations

from typing import Iterator

from linter.checks.base import Context
from linter.claims.frames import is_question
from linter.findings import Finding, Rule
from linter.packs import Disclaimer, requirement_cues, requirement_kind

MISSING = Rule(
    code="HL801",
    name="disclaimer.missing",
    category="disclaimer",
    severity="warning",
    summary="A statement the fact pack requires is missing from the draft.",
    doc="""\
What it flags: a draft that triggers one of the pack's required statements and
never makes it. The bundled pack requires two:
  - a draft that discusses an off-label use must say that use is off-label or
    not approved (in any voice: a script's quoted answer, "You might say:
    '…using it for <X> is what's called off-label'", tells the reader too);
  - a draft that discusses treatment must advise readers to consult a
    healthcare professional: a consult word and a professional close together
    ("talk to your doctor"), in either order when the sentence speaks to the
    reader ("work with your healthcare provider to discuss whether it is right
    for you", "your GP or pharmacist is the right person to ask"); "them" or
    "they" stands for a professional just named ("Your GP. Ask them whether…");
    also "run it past your GP", "get your doctor's opinion", "does not replace
    advice from a clinician", "not a substitute for professional medical advice".
    Merely naming a doctor ("Doctors prescribe it off-label") is not advice.
Reported at line 1, column 1, since the statement belongs to the whole draft.

Why: readers act on health articles; these statements are what keeps them safe
and what the source itself rests on.

Example (fires):  <drug> infusions can ease <condition> within hours.
                  (no off-label statement, no advice to see a doctor)
Example (silent): the same draft with "<drug> is not FDA-approved for
                  <condition>" and "Talk to your doctor before starting treatment."

Fix: add the statement the message names.""",
)
RULES = (MISSING,)


def check(ctx: Context) -> Iterator[Finding]:
    by_sentence = _sentence_drugs(ctx)
    for disclaimer in ctx.knowledge.disclaimers:
        drugs = _triggering_drugs(ctx, disclaimer, by_sentence)
        if drugs and not _satisfied(ctx, disclaimer, drugs, by_sentence):
            yield ctx.finding_at(MISSING, 0, 0, f"Missing statement: {disclaimer.says}",
                                 source=disclaimer.source, pack=disclaimer.pack)


def _sentence_drugs(ctx: Context) -> dict[int, tuple[str, ...]]:
    """Drug ids each sentence talks about, by name or through a claim. (Tuples: most sentences
    name one drug, and a long draft has a hundred thousand sentences.)"""
    out: dict[int, tuple[str, ...]] = {}

    def add(index: int, drug: str) -> None:
        drugs = out.get(index, ())
        if drug not in drugs:
            out[index] = drugs + (drug,)

    for index, mention in ctx.annotation.drug_sentences():
        add(index, mention.id)
    for claim in ctx.claims:
        if claim.subject:
            add(claim.sentence, claim.subject)
    return out


def _off_label_facts(ctx: Context, disclaimer: Disclaimer):
    return [a for a in ctx.knowledge.approvals if a.status == "off-label" and a.pack == disclaimer.pack]


def _triggering_drugs(ctx: Context, disclaimer: Disclaimer, by_sentence: dict[int, tuple[str, ...]]) -> set[str]:
    ann = ctx.annotation
    entries = ctx.knowledge.entries

    def ours(drugs) -> set[str]:
        return {d for d in drugs if d in entries and entries[d].pack == disclaimer.pack}

    possible = ours(set().union(*by_sentence.values()))
    off_label = _off_label_facts(ctx, disclaimer)
    found: set[str] = set()
    for index in sorted(by_sentence):
        if found == possible:
            break  # every drug this pack could trigger for already has
        drugs = ours(by_sentence[index])
        if not drugs:
            continue
        sentence = ann.sentences[index]
        if disclaimer.trigger == "off-label-use":
            facts = [fact for fact in off_label if fact.drug in drugs and fact.drug not in found]
            targets = ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition", "use") if facts else ()
            for fact in facts:
                if any(ctx.knowledge.within(t.id, fact.target) for t in targets):
                    found.add(fact.drug)
        elif disclaimer.trigger == "treatment-discussion" and not drugs <= found:
            if "treatment" in sentence.cue_kinds or ann.mentions_in(
                    sentence.tok_start, sentence.tok_end, "condition", "use"):
                found |= drugs
    return found


def _satisfied(ctx: Context, disclaimer: Disclaimer, drugs: set[str],
               by_sentence: dict[int, tuple[str, ...]]) -> bool:
    if disclaimer.requires == "off-label-statement":
        facts = [f for f in _off_label_facts(ctx, disclaimer) if f.drug in drugs]
        return _claimed_off_label(ctx, facts) or _said_off_label(ctx, facts, by_sentence)
    return _worded(ctx, disclaimer)


def _claimed_off_label(ctx: Context, facts) -> bool:
    """A claim that the use is off-label, or not approved, for the fact's drug and condition."""
    within = ctx.knowledge.within
    for claim in ctx.claims:
        for fact in facts:
            if claim.subject != fact.drug:
                continue
            related = claim.target is None or within(claim.target, fact.target) or within(
                fact.target, claim.target)
            states_it = (claim.kind == "off-label" and not claim.negated) or (
                claim.kind == "approval" and claim.negated)
            if related and states_it:
                return True
    return False


def _said_off_label(ctx: Context, facts, by_sentence: dict[int, tuple[str, ...]]) -> bool:
    """The words of an off-label statement, in any voice: a sentence (not a question) naming the
    drug, the condition and an off-label word it does not negate. A script's quoted answer ("You
    might say: '…using it for <X> is what's called off-label'") tells the reader as much as
    the writer's own sentence does, though it is no claim of the writer's."""
    ann, within = ctx.annotation, ctx.knowledge.within
    for index, drugs in by_sentence.items():
        sentence = ann.sentences[index]
        if "off-label" not in sentence.cue_kinds or is_question(ann, sentence):
            continue
        if all(ann.is_negated(c.tok_start) for c in ann.cues_in(sentence.tok_start, sentence.tok_end, "off-label")):
            continue
        targets = ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition", "use")
        if any(f.drug in drugs and (within(t.id, f.target) or within(f.target, t.id)) for f in facts for t in targets):
            return True
    return False


def _worded(ctx: Context, disclaimer: Disclaimer) -> bool:
    """A sentence has one of the phrases, or a `first` cue and a `then` cue close together.

    "Close": the `then` cue at most `within` tokens after the `first` ("talk to your doctor");
    or, in a sentence that addresses the reader (a `reader` cue), in either order ("your doctor
    or pharmacist is the right person to ask", "work with your healthcare provider to discuss
    whether it is right for you"). A `pronouns` cue ("ask them") stands for a `then` word named
    earlier in the sentence or in the sentence before ("Your GP. Ask them whether…"). A sentence
    that only names a professional ("Doctors prescribe it off-label") has no `first` cue."""
    ann = ctx.annotation
    kinds = requirement_cues(disclaimer)
    phrase, first, then, reader, pronoun = (requirement_kind(disclaimer, part)
                                            for part in ("phrase", "first", "then", "reader", "pronouns"))
    within = disclaimer.requires.get("near", {}).get("within", 6)
    previous_names_one = False  # the sentence before names a professional
    for sentence in ann.sentences:
        names_one = then in sentence.cue_kinds
        if sentence.cue_kinds.isdisjoint(kinds):
            previous_names_one = names_one
            continue
        cues = ann.cues_in(sentence.tok_start, sentence.tok_end, *kinds)
        if any(c.kind == phrase for c in cues):
            return True
        firsts = [c for c in cues if c.kind == first]
        thens = [c for c in cues if c.kind == then]
        if previous_names_one or thens:
            # A pronoun after a professional is named: it stands for that professional.
            earliest = -1 if previous_names_one else thens[0].tok_end
            thens += [c for c in cues if c.kind == pronoun and c.tok_start >= earliest]
        if any(0 <= t.tok_start - f.tok_end <= within for f in firsts for t in thens):
            return True
        if any(c.kind == reader for c in cues) and any(
                0 <= f.tok_start - t.tok_end <= within for f in firsts for t in thens):
            return True
        previous_names_one = names_one
    return False
