"""Approval and off-label claims compared with the pack's approval facts."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import replace
from typing import Iterator

from linter.checks.base import CONTRADICTED, SUPPORTED, UNSUPPORTED, Context, Verdict, findings_of
from linter.claims import APPROVAL_KINDS, Claim
from linter.findings import Finding, Rule
from linter.facts import approval, be
from linter.packs import Approval, Knowledge
from linter.words import norm

CONTRADICTED_RULE = Rule(
    code="HL201",
    name="approval.contradicted",
    category="approval",
    severity="error",
    summary="An approval or off-label claim that the source contradicts.",
    doc="""\
What it flags: a sentence that says a drug is (or is not) approved, or is used
off-label, for a condition or use, where the source says the opposite. Facts
about a condition cover the conditions below it in the pack's taxonomy: "not
approved for <a class of disorders>" covers every disorder in that class.

Only when the parse proves it: the drug is what holds the approval predicate
(the subject of "is approved", the object of "the FDA approved", the noun an
"FDA-approved" or "off-label" modifies, the possessor of "approval"), and the
condition stands in that predicate's own clause. Each clause is its own claim
("<drug A> is off-label for <X>, while <drug B> is approved for <Y>"); a noun
phrase is no claim ("the question of <drug> approval for <X>"). Quoted,
reported ("some sites claim …"), questioned, conditional ("if it were
approved …") and myth-framed ("Myth: …") claims are not the writer's: silent.

Graded: where the parse cannot attach the drug (the claim read from the
words, or of the drug in discussion; or the drug named only by its form, "a
nasal spray") but the sentence holds the drug, the approval word and a
condition the source contradicts, it is HL201 at warning severity ("May
contradict the source: …"); so is the opposite of a report the draft calls
false ("Sites write that <drug> is not approved for <X>. That is old
information."). The code says what the claim is about, the
severity how sure the linter is. Where the parse ties the approval word to no
use at all ("for <condition>, …, it has likewise been licensed"), a condition
in the sentence that no other predicate governs is guessed: a warning where
the source contradicts it, nothing where the source is silent. A claim the draft passes on in someone
else's name ("According to one forum, …") or that names another jurisdiction,
and a hedged claim ("approved for certain <class>") against a fact that
denies it, are HL203 instead. The parse reads through paraphrase: an adverb after the copula
("is currently FDA-approved"), "approved/licensed to treat <X>", noun forms
("has FDA approval to treat <X>", "the approved uses of <drug> include <X>",
"<X> is among the conditions <drug> is approved to treat"). A fronted
approval ("Following FDA approval as <use> in 1970, <drug> is prescribed
off-label for …") is its own claim, not the main clause's. A denial of
every use ("<drug> is not approved for any indication", "has no FDA approval
whatsoever") contradicts each approval the pack gives the drug; a use
excepted from it ("not approved for anything other than <use>") or kept by an
afterthought ("never approved as <X>, only as <use>") is one the draft says it
is approved for, and a use set against the approved one ("approved for <use>
rather than <X>", language.yaml `approval-instead`) one it says it is not; an
answer word that opens the sentence ("No: <drug> is approved as …") denies nothing; a denial of "every kind of <condition>" denies
only that all of it is covered. "In its <drug> form" moves an approval to that
drug; "<condition>, for which <drug> won approval" names the condition; "the
same infusions" is the drug in discussion in a form the packs give it. A claim
about another jurisdiction than the pack's ("licensed for <condition> in the
UK") is at most HL203: it may be true there.

Why: approval status is the claim readers act on; getting it backwards is the
most serious error a health article can make.

Example (fires):  <drug> is FDA-approved for <condition>.
                  (the pack: <drug> is used off-label for <condition>)
                  Doctors prescribe <drug> off-label for <condition>.
                  (the pack: <drug> is approved for <condition>)
                  FDA approval for <condition> came in 2019.   (a warning:
                  <drug> in discussion, the pack: off-label for <condition>)
Example (silent): <drug> is not FDA-approved for <condition>.
                  (the pack: <drug> is not approved for <condition>)
                  <drug A> for <condition> is off-label, while <drug B> is an
                  FDA-approved spray for <its condition>.
                  Myth: "<drug> is FDA-approved for <condition>."

Fix: restate the claim as the source has it; the message names the fact.""",
)
BROADER = Rule(
    code="HL202",
    name="approval.broader-than-source",
    category="approval",
    severity="warning",
    summary="An approval claim wider than the approval the source gives.",
    doc="""\
What it flags: a drug said to be approved for a condition that contains the one
the source names: a whole disease where the source names one form of it.

Also a drug named only by its form, when the pack's approval fact gives that
form (`form: nasal spray`): "the FDA approved a nasal spray for <condition>"
is read as the one drug the pack approves in that form, and is never an
error. Not flagged: a gloss of the narrow condition in apposition ("<narrow
condition> (<its plain-words definition>)"), a use named in an apposition that
describes a drug ("approved <drug>, a relative of the <use> <other drug>, for
<condition>": not a use it is approved for), and a hedge quantifier over the
wide one ("approved for certain <condition>", "for one kind of <condition>")
when the pack has the narrower approval.

Why: an approval for a narrow indication read as a broad one sends readers to
a treatment that is not approved for them.

Example (fires):  <drug> is approved for <condition>.
                  (the pack: approved only for <a narrower form of condition>)
Example (silent): <drug> is approved for <the narrower form the pack names>.
                  <drug> is approved for certain people with <condition>.

Fix: name the condition the approval covers.""",
)
UNSUPPORTED_RULE = Rule(
    code="HL203",
    name="approval.unsupported",
    category="approval",
    severity="warning",
    summary="An approval or off-label claim the source says nothing about.",
    doc="""\
What it flags: an approval or off-label claim about a drug, condition or use
for which the source gives no approval fact.

Also, rather than HL201, three claims against a fact that denies them: a
hedged one ("<drug> is approved for certain <class>", where the pack says not
approved for <class>); one the draft reports without refuting it ("According
to one forum, <drug> is approved for <condition>", "Many believe that …", "It
has been suggested that …"): the draft passes it on, but may only be quoting;
and one that names another jurisdiction than the pack's ("in the UK", "by the
MHRA"), which may be true there. The last two say "May contradict the source:
…". The writer's own claim that the parse cannot attach to its drug is HL201
at warning severity, not HL203: it is about what the source says, only less
sure.

Why: every approval claim in an article must rest on the source; a claim with
nothing behind it needs a citation or a medical reviewer.

Example (fires):  <drug> is FDA-approved for <use>.
                  (the pack has no approval fact for <drug> and <use>)
Example (silent): <drug> is an FDA-approved <use>.
                  (the pack: <drug> is approved for <use>)

Fix: remove the claim, or add the supporting fact (with its source) to the pack.""",
)
RULES = (CONTRADICTED_RULE, BROADER, UNSUPPORTED_RULE)
# A contradiction the parse does not prove (the drug not attached as the holder, or named only by
# its form; the claim read from the words or the drug in discussion): HL201 graded to a warning,
# as HL301 is. The code says what the claim is about, the severity how sure the linter is.
_GRADED = dataclasses.replace(CONTRADICTED_RULE, severity="warning")


def check(ctx: Context) -> Iterator[Finding]:
    yield from findings_of(ctx, verdicts(ctx))


def verdicts(ctx: Context) -> Iterator[Verdict]:
    for claim in ctx.claims:
        if claim.kind not in APPROVAL_KINDS:
            continue
        if claim.form and claim.definite:
            claim = _form_of_drug(ctx.knowledge, claim)
        if claim.subject is None:
            drug = form_drug(ctx.knowledge, claim.form)
            if drug is None:
                continue
            claim = replace(claim, subject=drug, grounded=False)
        rule, fact = judge(claim, ctx.knowledge)
        if claim.guess and rule is not CONTRADICTED_RULE:
            continue  # a guess is worth a warning only where the source contradicts it
        if rule is CONTRADICTED_RULE and (claim.grounded is False or claim.reported):
            yield _unproved(ctx.knowledge, claim, fact)
            continue
        if rule is None:
            status = SUPPORTED if fact else UNSUPPORTED
            yield Verdict(status, claim.start, claim.end, claim.kind,
                          source=fact.source if fact else None, pack=fact.pack if fact else None)
            continue
        yield Verdict(UNSUPPORTED if rule is UNSUPPORTED_RULE else CONTRADICTED, claim.start, claim.end, claim.kind,
                      rule, _message(rule, claim, fact, ctx.knowledge),
                      source=fact.source if fact else None, pack=fact.pack if fact else None)


def _unproved(knowledge: Knowledge, claim: Claim, fact: Approval) -> Verdict:
    """A claim the source contradicts that the linter cannot prove: never an error, but the
    sentence holds the drug, the cue and a target the source denies, so a warning rather than
    silence. The writer's own claim the parse did not attach is HL201 graded to a warning; one the
    draft reports as someone else's, or another jurisdiction's approval, may be true where it was
    said: HL203."""
    if claim.reported or claim.elsewhere:
        rule, status = UNSUPPORTED_RULE, UNSUPPORTED
    else:
        rule, status = _GRADED, CONTRADICTED
    return Verdict(status, claim.start, claim.end, claim.kind, rule,
                   _message(rule, claim, fact, knowledge, maybe=True), source=fact.source, pack=fact.pack)


def _form_of_drug(knowledge: Knowledge, claim: Claim) -> Claim:
    """A form that points back ("the same infusions", "IM shots are …") is the drug in
    discussion's if the packs give it that form, else the one drug they give in that form; else
    no drug."""
    if claim.subject and _given_as(knowledge, claim.subject, claim.form):
        given = {claim.subject}
    else:
        drugs = {f.drug for f in knowledge.forms} | {a.drug for a in knowledge.approvals if a.form}
        given = {d for d in drugs if _given_as(knowledge, d, claim.form)}
    if len(given) == 1:
        return replace(claim, subject=given.pop(), form=None, grounded=not claim.reported)
    return replace(claim, subject=None, grounded=False)


def judge(claim: Claim, knowledge: Knowledge) -> tuple[Rule | None, Approval | None]:
    """The rule a claim breaks and the fact it rests on. (None, fact): supported by that fact;
    (None, None): the source says nothing, and that is not worth a finding (a cautious claim)."""
    rule, fact = _judge(knowledge, claim.kind, claim.subject, claim.target, claim.negated)
    approved = [a for a in knowledge.approvals if a.drug == claim.subject and a.status == "approved"]
    if claim.kind == "approval" and claim.target is None and claim.negated and claim.quantifier == "all":
        # "not approved for any indication": denies every approval the source gives
        return (CONTRADICTED_RULE, approved[0]) if approved else (rule, fact)
    if claim.kind != "approval" or claim.target is None:
        return rule, fact
    within = knowledge.within
    narrower = next((a for a in approved if within(a.target, claim.target)), None)
    if claim.quantifier in ("some", "one", "resistant") and not claim.negated:
        # "approved for certain <conditions>" ("for a <condition>"): true if it is approved for one
        # of them; "certain", said against a fact that it is approved for none, is a hedge, so at
        # most a warning ("a <condition>" is not: it says one of them is covered).
        if narrower is not None:
            return None, narrower
        if rule is CONTRADICTED_RULE and claim.quantifier == "some":
            return UNSUPPORTED_RULE, fact
    if claim.quantifier == "all" and claim.negated and narrower is not None and rule is None:
        return CONTRADICTED_RULE, narrower  # "not approved for any <class>", yet approved for one in it
    return rule, fact


_FORM_HEADS = frozenset({"version", "versions", "form", "formulation", "product", "products"})


@functools.lru_cache(maxsize=256)
def form_drug(knowledge: Knowledge, form: str | None) -> str | None:
    """The one drug a pack approves in this form ("a nasal spray", "the spray"), if any."""
    if not form:
        return None
    words = form.split()
    if len(words) > 1 and words[-1] in _FORM_HEADS:
        words = words[:-1]  # "the nasal spray version": the spray
    drugs = {a.drug for a in knowledge.approvals if a.form and _form_matches(words, a.form)}
    return drugs.pop() if len(drugs) == 1 else None


@functools.lru_cache(maxsize=256)
def _given_as(knowledge: Knowledge, drug: str, form: str) -> bool:
    """Whether the packs give a drug in this form (its `forms`, or an approval's `form`)."""
    words = form.split()
    forms = [f.form for f in knowledge.forms if f.drug == drug]
    forms += [a.form for a in knowledge.approvals if a.drug == drug and a.form]
    return any(_form_matches(words, norm(f)) for f in forms)


def _form_matches(words: list[str], form: str) -> bool:
    """"nasal spray(s)" matches the form "nasal spray"; the bare head noun ("the spray") does too."""
    wanted = [norm(w) for w in form.split()]
    got = [w[:-1] if w.endswith("s") and w[:-1] == wanted[-1] else w for w in words]
    return got == wanted or got == wanted[-1:]


@functools.lru_cache(maxsize=4096)  # drafts repeat the same few claims
def _judge(knowledge: Knowledge, kind: str, subject: str | None, target: str | None,
           negated: bool) -> tuple[Rule | None, Approval | None]:
    facts = [a for a in knowledge.approvals if a.drug == subject]
    approved = [f for f in facts if f.status == "approved"]
    denied = [f for f in facts if f.status in ("not-approved", "off-label")]
    off_label = [f for f in facts if f.status == "off-label"]
    within = knowledge.within

    def first(candidates, test):
        return next((f for f in candidates if test(f)), None)

    def nearest(candidates):
        """The fact about the target itself, else about its nearest ancestor."""
        lineage = knowledge.lineage(target)
        hits = [f for f in candidates if f.target in lineage]
        return min(hits, key=lambda f: lineage.index(f.target)) if hits else None

    if target is None:
        if kind == "approval" and not negated:
            return (None, approved[0]) if approved else (UNSUPPORTED_RULE, None)
        return None, None
    if kind == "approval" and not negated:
        if nearest(approved):
            return None, nearest(approved)
        fact = nearest(denied)
        if fact:
            return CONTRADICTED_RULE, fact
        fact = first(approved, lambda f: within(f.target, target))
        if fact:
            return BROADER, fact
        return UNSUPPORTED_RULE, None
    if kind == "approval":  # negated: "not approved for …"
        fact = nearest(approved)
        return (CONTRADICTED_RULE, fact) if fact else (None, nearest(denied))
    if not negated:  # "used off-label for …"
        fact = nearest(approved)
        if fact:
            return CONTRADICTED_RULE, fact
        fact = first(off_label, lambda f: within(target, f.target) or within(f.target, target))
        if fact:
            return None, fact
        if nearest(denied):
            return None, nearest(denied)  # not approved for it, so any use for it is off-label
        return UNSUPPORTED_RULE, None
    fact = nearest(off_label)  # "not used off-label for …"
    return (CONTRADICTED_RULE, fact) if fact else (None, None)


def _says(claim: Claim, knowledge: Knowledge) -> str:
    drug = f"a {claim.form}" if claim.form else knowledge.name(claim.subject)
    what = "used off-label" if claim.kind == "off-label" else "approved"
    verb = f"{'is' if claim.form else be(drug)} {'not ' if claim.negated else ''}{what}"
    some = {"some": "some ", "resistant": "some ", "all": "any " if claim.negated else "all "}.get(
        claim.quantifier or "", "")
    if claim.target is None:
        return f"{drug} {verb}" + (" for anything" if claim.quantifier == "all" else "")
    return f"{drug} {verb} for {some}{knowledge.name(claim.target)}"


def _message(rule: Rule, claim: Claim, fact: Approval | None, knowledge: Knowledge, maybe: bool = False) -> str:
    said = _says(claim, knowledge)
    if fact is None:
        return f"Not supported by the source: it says nothing of '{said}'"
    truth = approval(fact, knowledge)
    if maybe:  # a contradiction the linter cannot prove (_unproved)
        return f"May contradict the source: the draft says '{said}', but the source says {truth}"
    if rule is UNSUPPORTED_RULE:  # a hedged claim against a fact that denies it
        return f"Not supported by the source: the draft says '{said}', but the source says {truth}"
    if rule is BROADER:
        return (f"Broader than the source: the draft says '{said}', but the source says only "
                f"that {truth}")
    return f"Contradicts the source: the draft says '{said}', but the source says {truth}"
