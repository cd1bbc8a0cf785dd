"""Claims in one draft that cannot both be true. Works without the packs' facts:
the draft is compared with itself."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterator

from linter.checks.base import Context
from linter.checks.duration import candidates, cue_text, other_studies, supporting
from linter.checks.side_effect import matching, words
from linter.checks.study import identified
from linter.claims import APPROVAL_KINDS, TIME_KINDS, Claim, Item
from linter.claims.frames import SUPPOSED, is_question, is_reference, named_drugs
from linter.claims.properties import form_key
from linter.findings import Finding, Rule
from linter.nlp.matchers import is_acronym
from linter.phrases import has_any_phrase
from linter.quantities import WORD_NUMBERS, Span, compare, find, is_year, ratio
from linter.words import stem

SELF = Rule(
    code="HL701",
    name="contradiction.within-draft",
    category="contradiction",
    severity="error",
    summary="Two claims in the draft about the same thing that cannot both be true.",
    doc="""\
What it flags: a later claim that contradicts an earlier one on the same subject
and attribute: approved and not approved (or approved and off-label) for the
same use (or "not approved for any <class>" and approved for one in it; "never
approved for anything" and approved for any use; "approved only for <X>" and approved
for a use outside X; "off-label for <X>" and later "approved for <a kind of X>", which
may yet be consistent, as a warning); two
time spans for the same effect that do not overlap, approximate ones ("about a
month") at least twice apart (spans a sentence ties to different effects of the
source, "after each dose" and "after a series", are not the same effect); "long
lasting" and "not long lasting"; "short-lived" and a span of two months or more for
the same condition, each sentence naming it; "no side effects" and a list of side effects;
"the study" dated to two different years (with no condition of its own, when the
draft has named one study of that design so far), or one study given two data
periods; a source study a definite mention is identified as (HL501's way: "the
KIT paper" after "a 2023 analysis of KIT") given another year or data period than
an earlier mention gave it, or a design its earlier design excludes (records looked
back at, or no control group, and later a controlled trial; designs named loosely, "an
analysis", "a trial", exclude nothing, and a weaker design later reads as a caveat:
HL503 holds each to the source's); and, without numbers, a drug said to
block a target (a term the packs name) and later to switch it on (or not to
block it); the same drug in the same form (or neither naming a form) said to be
given under supervision or in a clinic and later taken with nobody watching
("at home with no clinician", "self-administered"); and the same form ("the
nasal spray", or a drug's name: "<brand> contains …", "<brand>, the <drug> nasal spray, …")
said to be one drug and later another, or "ordinary <drug>" when it was a form of that drug, or that
drug in a form the packs give it and not the form ("<brand> is only the brand name for the <drug>
drip"), or a study's drug named by its part in it ("the study drug is <drug>", "the study drug,
<drug>, …"; language.yaml identity-role) said to be two drugs, one a form of the other or not; a definite form ("the
tablets"), a drug the packs know in one form only, or a drug called by a name that says
its form ("<drug> intravenous therapy", or that name's initials; a route word inside the name is
no second route said) said to go in one way (under the tongue, into the nose, into a vein or
a muscle, swallowed) and later another ("they" or "them" stands for the one form named just
before it, in its sentence or the one before: "tablets for home. They go under the tongue"; words
after a comma past the route, "…, usually in the evening", make it no option). A drug given
several ways clashes too where the later line points back to the provider the earlier one names
in the same words ("the partner clinic gives <drug> intravenously" … "that partner clinic gives
its <drug> as a shot into the muscle"; language.yaml provider, provider-pointer).
Reported on the later line, naming the earlier one, whichever of the two the
source supports: a reader meets the contradiction on the later line ("approved for
<use>" … "every infusion for <use> is off-label"), and the earlier line, if it is
the wrong one, has its own finding against the source.

For these three, each side must be read from the parse: the drug is the
subject of the action or setting (not a drug compared with, "like <drug>", nor
one named as what another is a form of; "it" and "this drug" stand for the
last drug named; a phrase fronted with "by" takes the main clause's subject,
"by switching <target> on, <drug> …"; a target may stand before the drug in a
relative clause, "<target>, which <drug> blocks"; people as the subject make the
treatment they take the one the setting is said of, "some patients carry on
with <drug> infusions at home, on their own"), and the form is the definite
subject of "is" or "contains" ("the spray", not "a spray" or "the spray sold
online"), or a drug's name, or "it" for one ("<brand> … it is just <drug>", not
the cleft "it is <drug> that …"). Silent when unsure: a
setting said to be one option ("can also be taken at home", "usually", "some
clinics offer …"), both settings in one clause, two forms in one claim,
different forms or drugs (a clinic's infusion and a tablet taken at home;
one drug in a clinic and another elsewhere), a denied setting ("never given
without supervision").

Graded: a session length the parse does not read as the drug's on both lines; a course
said to be of two sizes ("a course of six infusions" … "the standard four-infusion course";
not booster sessions, nor two drugs each named); a
treatment's setting only the words show, with nobody watching ("you may run the infusion
yourself at home", "I ran the drips myself in my flat, with nobody else around", "<brand> is
used at home") or under supervision ("the tablets must only ever be taken under supervision",
"… only in the clinic, never taken at home"), against the other setting said before (one form,
or the drug named; one drug named or in discussion; no negation but the setting's own, no
condition; a supervised word in a phrase of when, "once you have had two supervised sessions,
…", is not the main clause's; home as one option, "some prescribers also send patients home
with tablets", clashes only with a supervised setting said to be the only one; a negation in a
reason clause beside the setting, "…, so they need no leave", "because the drip can be run from
your own couch, you need not …", is not the setting's, nor is a clinic or someone watching denied
after home, "…, no clinic visit needed"; a setting of a drug with no form named
holds no form the packs do not give that drug in; taking it right before where one stays, "use it
in your hotel room", says where it is taken, after a condition closed by a comma, "if you travel,
pack <brand> so that you can use it …"); an action on a
target only the words show (see HL702); a route only the words show ("a tablet she swallows": one
route, the drug named or in discussion, the form beside it; a form no drug is named with, "the IM
shot", is the packs' one drug in that form); which drug a product is ("<brand>, which is simply
<drug> …", or the product named beside another name of its drug, "<brand> (<drug>)", "<brand> is a
nasal spray containing <drug>", against "<brand> is just <other drug>" said elsewhere); a
supervised setting said of every dose with no form named ("all doses are given in the clinic")
against any form taken with nobody watching (an error where both are grounded); a session length said as the noun's modifier ("each two-hour infusion"); an approval, off-label or time claim whose drug the
parse does not attach (an approval's use the one condition its sentence names; not another
jurisdiction's, nor one in a sentence naming another drug or another drug's form; a span of a
drug the sentence names or says "it" for, beside no span the parse gave that drug): each makes
HL701 a warning, not an error. An effect the draft lists and another line denies ("<drug> never
causes <effect>") clashes, matched as HL401 matches items (a warning where the parse does not tie
the denial to the drug: "<effect> is not a side effect of <drug>", "it never does"). A line that contradicts a line
already reported, and agrees with what that line contradicted, says again what the draft said
first: not reported again. A study phrase carrying its own
year ("the 2019 trial") names its own study, not the one named before.

Both claims must be the writer's own assertions: a quoted, doubted ("some
sites claim …"), reported ("according to several clinics, …"; HL702 and HL703
still warn of it against the source), questioned, conditional ("if it were
approved …", "if …, it would be …"; not the main clause after a condition closed
by a comma, "if <brand> is easier to get, remember that it is …"; a condition
inside a preposition's clause supposes nothing of the clause it hangs from: "<clinic>
gives <brand> as an IV drip, and reviewers were split on whether …" is said) or
myth-framed claim is neither side of a contradiction, nor is a span that a study
the source does not report found ("a 2006 study found its effects lasted two
weeks"). One report is a side: an action on a target passed on the source's way
("researchers believe <drug> blocks <target>", as the source hedges it) is an earlier
side, as a warning, against the writer's own later claim of the other action (never
the later side: a report after the writer's claim may correct it). For approval claims, each side must also be grounded: the parse attaches the drug as the holder of
the approval or off-label predicate; a claim whose drug the parse could not
attach (or that names the drug only by its form) is neither side (silence).

Why: a draft that disagrees with itself is wrong somewhere, whatever the source
says.

Example (fires):  <drug> is approved for <use>.  …  <drug> is not approved for <use>.
                  <drug> blocks <target>.  …  The drug turns <target> on.
                  The nasal spray is <form drug>.  …  The spray is plain <drug>.
                  The tablets go under the tongue.  …  The tablets are swallowed.
Example (silent): <drug> is approved for <use>.  …  <drug> is not approved for <condition>.
                  <drug> infusions are given in a clinic.  …  <drug> tablets can also be
                  taken at home.
                  <drug> is approved for <narrow condition>.  …  <drug> is not approved
                  for <broad condition> in general.
                  Myth: "<drug> is approved for <use>."  …  <drug> is not approved for <use>.

Fix: decide which is right and make the other agree.""",
)
SOURCE_MECHANISM = Rule(
    code="HL702",
    name="contradiction.source-mechanism",
    category="contradiction",
    severity="warning",
    summary="A drug's action on a target said the other way round from the source.",
    doc="""\
What it flags: a claim that a drug switches on (activates, stimulates) a target
the source says it blocks, or blocks one the source says it activates, or
denies the action the source gives ("does not block"). The pack's `mechanisms`
name the drug, the target (a term) and the action.

Only a grounded claim counts: the parse attaches the drug as the subject of the
action (or the action word sits between the drug and the target with nothing
else: "<drug> blocks <target>"), and the target is in the action's own phrase.
Also the action as an adjective on an effect noun or as a noun the drug carries
out ("has a blocking effect on <target>", "causes activation of <target>"). A
drug compared with ("like <drug>"), named as what another is a form of, or a
claim that is quoted, doubted ("some claim …"), refuted, questioned or
myth-framed stays silent; one reported and not refuted ("scientists believe
<drug> activates <target>") is passed on, and warned. A target the source says
nothing about stays silent. Where the parse attaches nothing, the words may still
say it: one action (a switch verb with its particle, "switching those receptors
on"; an action after "stops … from" turned round), the drug named or said as "it"
or "the drug", one target named, or "those <receptors>" pointing back to the one
named in the sentences before, and no negation, condition or framing.

Why: a warning, not an error: the source itself hedges how the drug works
("scientists believe …"). When the draft also says it the source's way on an
earlier line, HL701 names that line as well.

Example (fires):  <drug> switches on <target>.
Example (silent): <drug> blocks <target>.  Unlike <drug>, <other drug> activates <target>.
                  Myth: <drug> switches on <target>.

Fix: say what the source says, or cite a source for the other action.""",
)
SOURCE_FORM = Rule(
    code="HL703",
    name="contradiction.source-form",
    category="contradiction",
    severity="warning",
    summary="A product said to be another drug, or a form given another way or elsewhere, than the packs say.",
    doc="""\
What it flags: a drug named by one of its names (a brand the packs list as its alias)
said to be another drug ("<brand> is plain <drug>", "<brand> is just <drug>",
"<brand> is <other form>", "<brand> contains <other form>", "<brand> is the <drug> drip": the drug
it is a form of, in a form the packs give that drug and not the brand's), when the packs give it as a
form of that drug or as a different one; a form the packs give as one drug only said to be
another ("the nasal spray is <other form>"); a drug whose forms
in the packs' `forms` all go in one way (`route: nasal`) said to be given another way
("<drug> is given intravenously", "… swallowed as a pill"); and a form the packs give
in a healthcare setting (`setting: supervised`) said to be taken with nobody watching
("<drug> infusions are given at home alone", "pack <brand> so that you can use it in your hotel
room").

A grounded claim counts, read as HL701 reads it: the drug is the subject of "is",
"contains" or "made from", or of the verb that says how it is given; so does one only the
words give (a route, a setting, "<brand>, which is simply <drug> …"), as HL701 reads them. A
form the packs give at home is held to its route only as they name it (tablets of any kind are
swallowed), and a clinic's rule for its own tablets ("only ever taken in our clinic") does not
deny the packs' home use; a quoted, doubted,
questioned, conditional or myth-framed claim stays silent, as does a route said as one
option ("can also be given …"). A claim the draft reports without refuting it ("According
to several clinics, …", "Scientists believe …") is passed on, so it is warned here (and by
HL702), though never an HL701 error.

Why: a warning, not an error: a pack's forms and aliases say what the source describes,
and a drug may be studied in other forms than the one it is approved in. When the draft
also says it the packs' way on an earlier line, HL701 names that line as well.

Example (fires):  <brand of a form> is plain <drug>.
                  <one-form drug> is given as an IV infusion.
                  <drug> <supervised form> are self-administered at home.
Example (silent): <brand of a form> contains <that form>.
                  <one-form drug> is given as a nasal spray.
                  <drug given several ways> is given as an IV infusion.

Fix: name the product's drug and form as the source does.""",
)
RULES = (SELF, SOURCE_MECHANISM, SOURCE_FORM)


def _group(claim: Claim):
    """Claims can only clash within a group: same subject, comparable kinds."""
    if claim.kind in APPROVAL_KINDS:
        return ("approval", claim.subject)
    if claim.kind in ("side-effects", "no-side-effects", "denied-effects"):
        return ("side-effects", claim.subject)
    if claim.kind == "study":
        return ("study",)
    if claim.kind == "lasting":
        return ("duration", claim.subject)  # "short-lived" and "lasts for many months" clash
    return (claim.kind, claim.subject)


def _signature(claim: Claim) -> tuple:
    """Claims with equal signatures say the same thing: only one of each needs comparing."""
    return (claim.kind, claim.target, claim.negated, claim.span, claim.conditions, claim.year, claim.design,
            claim.definite, claim.cue, frozenset(words(i.text) for i in claim.items))


def check(ctx: Context) -> Iterator[Finding]:
    yield from _claims_clashing(ctx)
    yield from _lengths(ctx)
    yield from _course_counts(ctx)
    yield from _loose_settings(ctx)
    yield from _against_source(ctx)


def _claims_clashing(ctx: Context) -> Iterator[Finding]:
    """HL701 for each claim that contradicts an earlier one: an error when the parse grounds
    both, a warning when one is read from its words only (graded)."""
    # group -> signature -> claims in order; comparing one uncited claim per signature keeps
    # a long draft that repeats itself linear in its length.
    seen: dict[tuple, dict[tuple, list[Claim]]] = {}
    # (sentence, kind of claim) already named as the earlier side: one finding each; a sentence
    # stating a route and an approval may be the earlier side of one clash of each
    cited: set[tuple[int, str]] = set()
    # Sentence reported as the later side (one finding each) -> the claim it contradicted: a line
    # that contradicts it but agrees with that claim says again what the draft said first.
    flagged: dict[int, Claim] = {}
    first_uncited: dict[int, int] = {}  # id of a signature's list -> index of its first uncited claim
    # Design (None: any) -> the years of the studies of that design named so far.
    study_years: dict[str | None, set[int]] = {}
    restated = _Restated(ctx)
    graded: set[int] = set()  # ids of the claims read from their words only
    for claim, loose in _sides(ctx):
        if loose:
            graded.add(id(claim))
        kind = _group(claim)[0]
        group = seen.setdefault(_group(claim), {})
        earlier, field = restated.earlier(claim) if claim.kind == "study" else (None, None)
        worded = False
        if earlier is None and not claim.reported:
            firsts = []
            for same in group.values():
                i = first_uncited.get(id(same), 0)
                while i < len(same) and (same[i].sentence, kind) in cited:
                    i += 1
                first_uncited[id(same)] = i
                firsts += same[i:i + 1]
            years = study_years.get(claim.design, set())
            earlier, worded = _earliest(ctx, firsts, claim, years, graded, flagged)
            if earlier is not None and restated.apart(earlier, claim):
                earlier = None
        if earlier is not None and (earlier.sentence, kind) not in cited and claim.sentence not in flagged:
            cited.add((earlier.sentence, kind))
            flagged[claim.sentence] = earlier
            # the detail given two ways, where it is one: a year, an effect listed and denied
            part = earlier.part(field) if field else _shared_effect(ctx, earlier, claim) \
                if "denied-effects" in (earlier.kind, claim.kind) else None
            yield _contradicts(ctx, _SELF_WORDED if worded else SELF, claim, earlier, part or earlier)
        group.setdefault(_signature(claim), []).append(claim)
        if claim.kind == "study" and claim.year:
            for design in {claim.design, None}:
                study_years.setdefault(design, set()).add(claim.year)


def _earliest(ctx: Context, firsts: list[Claim], claim: Claim, years: set, graded: set[int],
              flagged: dict[int, Claim]) -> tuple[Claim | None, bool]:
    """The earlier claim the later one contradicts, and whether only as a warning: a grounded
    earlier side first (the error, where there is one), then a graded one, then a loose reading
    read more loosely ("off-label for <X>" after "approved for <a kind of X>")."""
    ordered = sorted(firsts, key=lambda e: id(e) in graded)
    for e in ordered:
        worded = bool(graded & {id(e), id(claim)})
        if _clash(ctx, e, claim, years, loose=worded) and not _restates(ctx, flagged.get(e.sentence), claim, years):
            return e, worded
    # two grounded claims that clash only as read loosely: a warning, not silence
    for e in ordered:
        if not graded & {id(e), id(claim)} and _clash(ctx, e, claim, years, loose=True) \
                and not _restates(ctx, flagged.get(e.sentence), claim, years):
            return e, True
    return None, False


def _restates(ctx: Context, first: Claim | None, claim: Claim, years: set) -> bool:
    """Whether a claim that contradicts a line already reported as contradicting `first` agrees
    with `first`: it says again what the draft said first, and the reader has been told."""
    return first is not None and not _clash(ctx, first, claim, years, loose=True)


def _sides(ctx: Context) -> Iterator[tuple[Claim, bool]]:
    """Each claim that may be one side of a contradiction, and whether it is graded: read from
    its words only, where the parse did not attach its drug (an approval's use taken from the
    sentence where the parse attached none)."""
    # a span another study found is not the draft's own; a source study given a wrong year
    # (HL501's, "a 2018 evaluation of weekly <drug>") is still the source's
    elsewhere = other_studies(ctx) - {c.sentence for c, study in identified(ctx) if study is not None}
    # (sentence, drug) of the grounded spans: a span the parse did not attach beside one it did
    # attach to the same drug is another's ("<drug> needs weeks, while <other> acts within hours").
    attached = {(c.sentence, c.subject) for c in ctx.claims if c.kind in TIME_KINDS and c.grounded}
    for claim in map(lambda c: _named_form(ctx, _route_owner(ctx, c)), ctx.claims):
        # a drug named only by its form ("IM shots are approved for …") may still be graded
        if claim.subject is None and claim.kind != "study" and not (claim.kind in APPROVAL_KINDS and claim.form):
            continue
        if claim.kind in TIME_KINDS and claim.sentence in elsewhere:
            continue
        # someone else's claim passed on (the draft may only be quoting), or perhaps not the
        # writer's own; but what the draft passes on the source's way ("scientists think <drug>
        # blocks <target>") is what it says, which a later line of its own may deny (graded)
        if _framed(ctx, claim) or _said_apart(ctx, claim):
            continue
        if claim.reported:
            if _passed_on(ctx, claim):
                yield claim, True
            continue
        if claim.guess or not claim.side:
            continue  # an approval's use guessed from the words (claims/approval.py), a table's status
        # a grounded off-label claim whose use the parse did not attach is graded: its use from the
        # words ("every infusion of <drug> we give for <X> is off-label")
        if claim.kind in TIME_KINDS and _form_names_drug(ctx, claim).subject != claim.subject:
            yield _form_names_drug(ctx, claim), True  # the form's drug, not the one in discussion
            continue
        if (claim.subject is not None or claim.kind == "study") and _grounded(ctx, claim) \
                and not (claim.kind == "off-label" and claim.target is None):
            yield claim, False
            continue
        loose = _graded(ctx, claim, attached)
        if loose is not None:
            yield loose, True


def _passed_on(ctx: Context, claim: Claim) -> bool:
    """Whether a reported action on a target says what the source says ("scientists think <drug>
    blocks <target>", as the source hedges it): one earlier side of HL701, never the later one (a
    report after the writer's own claim may be its correction)."""
    return claim.reported and claim.kind == "mechanism" and not claim.negated and any(
        m.drug == claim.subject and m.target == claim.target and m.action == claim.cue
        for m in ctx.knowledge.mechanisms)


def _route_owner(ctx: Context, claim: Claim) -> Claim:
    """A route or setting said of a form ("the IM shot goes into a vein", "you can inject the IM
    shots yourself at home") whose drug the sentence does not name, as the one drug the packs give
    in that form where the drug in discussion (if any) is not given in it: the shots are the drug's
    that comes as shots."""
    if claim.kind not in ("route", "setting") or claim.target is None \
            or (claim.subject or "").startswith("form:") or (claim.kind == "setting" and claim.subject is not None):
        return claim  # (a setting of the drug in discussion stays its: "maintenance doses … using a spray")
    drug = _unnamed_form_drug(ctx, claim)
    return dataclasses.replace(claim, subject=drug) if drug is not None else claim


def _named_form(ctx: Context, claim: Claim) -> Claim:
    """A route said of a drug by a name that says its form ("<drug> intravenous therapy", or that
    name's initials), as said of that form: another route for it clashes, whatever other forms
    the drug has."""
    if claim.kind != "route" or claim.target is not None or claim.subject is None:
        return claim
    ann = ctx.annotation
    lo, hi = ann.token_at(claim.start), ann.token_at(max(claim.start, claim.end - 1)) + 1
    named = next((m for m in ann.mentions_in(lo, hi, "drug") if m.id == claim.subject), None)
    key = _name_form(ctx, named) if named is not None else None
    return dataclasses.replace(claim, target=key) if key is not None else claim


def _name_form(ctx: Context, mention) -> str | None:
    """The one pack form of a drug that the name it is called by says (a route's word or the
    form's noun in it); an acronym says what the name it abbreviates says."""
    knowledge = ctx.knowledge
    entry = knowledge.entries.get(mention.id)
    if entry is None:
        return None
    text = mention.text.strip()
    names = [s for s in entry.spellings if _initials(s) == text.upper().rstrip("S")] if is_acronym(text) else [text]
    keys = {_form_key(f) for f in knowledge.forms if f.drug == entry.id for name in names
            if _form_key(f) in words(name)
            or has_any_phrase(name, tuple(knowledge.language.cues.get(f"route-{f.route}", ())))}
    return keys.pop() if len(keys) == 1 else None


def _initials(name: str) -> str:
    words_ = name.split()
    return "".join(w[0] for w in words_).upper() if len(words_) > 1 else ""


def _unnamed_form_drug(ctx: Context, claim: Claim) -> str | None:
    """The one drug the packs give in the claim's form, where its sentence names no drug and the
    claim's drug (if any) is another."""
    drug = _form_drug(ctx, claim.target)
    s = ctx.annotation.sentences[claim.sentence]
    if drug is None or claim.subject == drug or named_drugs(ctx.annotation, s.tok_start, s.tok_end):
        return None
    return drug


def _form_drug(ctx: Context, key: str | None) -> str | None:
    """The one drug the packs give in the form with this key ("infusion"); None for none or several."""
    drugs = {f.drug for f in ctx.knowledge.forms if _form_key(f) == key}
    return drugs.pop() if len(drugs) == 1 else None


def _said_apart(ctx: Context, claim: Claim) -> bool:
    """A study the draft says is another than those it names ("a 2019 survey …, unrelated to any
    of these studies"): its year or data period is its own; so is a span said apart from the
    studies ("outside that study, doctors expect relief to last a month")."""
    if claim.kind != "study" and claim.kind not in TIME_KINDS:
        return False
    sentence = ctx.annotation.sentences[claim.sentence]
    return "study-other" in sentence.cue_kinds


def _graded(ctx: Context, claim: Claim, attached: set) -> Claim | None:
    """The claim as one graded side, or None: an approval or off-label claim of the drug named,
    referred to or in discussion, its use the one the sentence names where the parse gave none;
    an onset or duration of a drug the sentence names or refers to."""
    ann = ctx.annotation
    sentence = ann.sentences[claim.sentence]
    if claim.kind in APPROVAL_KINDS and claim.form and not _named_here(ctx, claim):
        # "IM shots are FDA-approved for <X>": the drug given as shots, not the one in discussion
        claim = _by_form(ctx, claim) or claim
    if claim.kind in APPROVAL_KINDS and claim.subject is None:
        # "… is <drug> given under supervision, which the FDA has approved for <X>": the parse hung
        # the relative clause on another noun; the sentence's one drug, named before it, holds it
        # (no other holder: one the parse found, "a clinic that tells you <drug> is …", keeps none)
        start = ann.token_at(claim.start)
        drugs = named_drugs(ann, sentence.tok_start, start)
        if ann.norms[start] not in _RELATIVE or len(drugs) != 1 \
                or named_drugs(ann, sentence.tok_start, sentence.tok_end) != drugs:
            return None
        claim = dataclasses.replace(claim, subject=drugs.pop())
    if claim.kind in APPROVAL_KINDS:
        # Another jurisdiction's approval cannot contradict; a form of another drug ("that spray
        # is licensed for …") is not the drug in discussion.
        if ann.cues_in(sentence.tok_start, sentence.tok_end, "approval-elsewhere") \
                or not _forms_fit(ctx, sentence, claim.subject) or not _only_drug(ctx, claim):
            return None
        if claim.target is not None:
            return claim
        uses = {m.id for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition")}
        return dataclasses.replace(claim, target=uses.pop()) if len(uses) == 1 else None
    if claim.kind in ("mechanism", "route", "identity"):
        return claim  # its reader holds it to one action (or way), one target and the drug named or "it"
    if claim.kind in ("denied-effects", "no-side-effects", "lasting"):
        # a denial the parse does not tie to the drug ("hallucinations are not a side effect of
        # <drug>", "it never does"), or a lasting one ("<drug> eases <X>, but the benefit is
        # short-lived"), of the drug named, referred to or in discussion
        return claim if _named_here(ctx, claim) or _in_discussion(ctx, claim) else None
    if claim.kind in TIME_KINDS and (claim.sentence, claim.subject) not in attached \
            and (_named_here(ctx, claim) or _in_discussion(ctx, claim)):
        # a span the words give as an onset where the sentence names an effect's duration ("still
        # there after twelve months of follow-up"), or the other way round, is not read
        other = "duration" if claim.kind == "onset" else "onset"
        return None if _effects_cued(ctx, cue_text(ctx, claim.sentence), other) else claim
    return None


def _contradicts(ctx: Context, rule: Rule, later, earlier, said=None) -> Finding:
    """The finding on the later claim (any record with a prose start and end), naming the earlier
    one's line and quoting what it says (or the part of it given two ways)."""
    said = said or earlier
    line = ctx.document.position(earlier.start, earlier.end)[0]
    return ctx.finding(rule, later.start, later.end, f"Contradicts line {line} of this draft, which says "
                       f"'{ctx.document.prose[said.start:said.end]}'", related_line=line)


def _loose_settings(ctx: Context) -> Iterator[Finding]:
    """HL701 as a warning: a treatment's setting read from the words alone (with nobody watching,
    or under supervision) after the writer's own claim of the other setting for the same drug in
    the same form (or none named), one of the two graded. Two grounded ones are the main loop's."""
    said: dict[tuple[str, str], list[Claim]] = {}  # (drug, setting) -> claims in order
    cited: set[int] = set()
    for claim in map(lambda c: _route_owner(ctx, c), ctx.claims):
        if claim.kind != "setting" or claim.subject is None or claim.reported or claim.negated \
                or _framed(ctx, claim):
            continue
        owners = _setting_owners(ctx, claim)
        earlier = next((e for other in _OTHER_SETTINGS[claim.cue] for drug in owners
                        for e in said.get((drug, other), ())
                        if e.target == claim.target or (e.target is None and (e.grounded or _one_form(ctx, e.subject))
                                                        and _comes_in(ctx, drug, claim.target))
                        or (claim.target is None and _one_form(ctx, claim.subject))
                        or _every_form(ctx, e)
                        if e.sentence not in cited and not (e.grounded and claim.grounded)
                        and (e.cue != "home-option" and claim.cue != "home-option"
                             or _only_setting(ctx, claim if claim.cue == "supervised" else e))), None)
        if earlier is not None:
            cited.add(earlier.sentence)
            yield _contradicts(ctx, _SELF_WORDED, claim, earlier)
        for drug in owners:
            said.setdefault((drug, claim.cue), []).append(claim)


def _setting_owners(ctx: Context, claim: Claim) -> tuple[str, ...]:
    """Whose setting a claim may be: its drug, and, for a form the sentence names with no drug
    ("patients self-administer the spray at home"), the one drug the packs give in that form,
    whatever drug is in discussion."""
    drug = _unnamed_form_drug(ctx, claim)
    return (claim.subject,) if drug is None else (claim.subject, drug)


def _comes_in(ctx: Context, drug: str, key: str | None) -> bool:
    """Whether the packs give the drug in the form (any, where none is named): a setting said of
    a drug with no form named is not one said of a form it does not come in ("<brand> sessions
    take place under observation" and "the tablets are taken at home")."""
    return key is None or any(f.drug == drug and _form_key(f) == key for f in ctx.knowledge.forms)


def _one_form(ctx: Context, drug: str) -> bool:
    """Whether the packs give the drug in one form only: its name says which form."""
    return len({f.form for f in ctx.knowledge.forms if f.drug == drug}) == 1


# A setting -> the settings it contradicts said of the same treatment.
_OTHER_SETTINGS = {"supervised": ("unsupervised", "home-option"), "unsupervised": ("supervised",),
                   "home-option": ("supervised",)}
# Words that make a supervised setting the only one: "only ever given in the clinic".
_ONLY = frozenset({"only", "always", "exclusively", "solely", "every", "each", "all"})


def _only_setting(ctx: Context, claim: Claim) -> bool:
    """Whether a supervised claim's sentence says it is the only setting ("only ever given in the
    clinic", "… never taken at home"): what home said as one option contradicts."""
    ann = ctx.annotation
    s = ann.sentences[claim.sentence]
    if any(ann.norms[i] in _ONLY for i in range(s.tok_start, s.tok_end)):
        return True
    return any(n.tok_end <= h.tok_start <= n.tok_end + 2 for n in ann.cues_in(s.tok_start, s.tok_end, "negation")
               for h in ann.cues_in(s.tok_start, s.tok_end, "setting-home"))


@dataclass(frozen=True)
class _Length:
    """A sentence's one session length: "sessions last about forty minutes"."""

    sentence: int
    start: int  # the span's prose offsets
    end: int
    span: Span
    subject: str | None  # the drug whose session length the parse reads it as
    drugs: frozenset[str]
    forms: frozenset[str]
    qualifiers: frozenset[str]  # "first", "later": which session of several


# A session is measured in minutes or hours: a longer span is a course's, a gap's or an effect's.
_SESSION_HOURS = 24.0


def _lengths(ctx: Context) -> Iterator[Finding]:
    """HL701 for a session's length given two values no pack holds ("sessions last about forty
    minutes" … "each of those sessions takes around two hours"): an error when the parse reads
    both as the same drug's session length, a warning when only the words do. Lengths of two
    forms, two drugs, or two sessions of several ("the first session", "later ones") do not
    clash, nor do overlapping or roughly equal ones."""
    ann = ctx.annotation
    # The parse read the span as the session length of a drug it names or "it" stands for.
    grounded = {c.sentence: c for c in ctx.claims if c.kind == "time" and c.measures == "session"
                and c.subject is not None and not c.negated and not c.reported}

    def read(sentence, cue):
        return _length(ctx, sentence, cue, grounded.get(sentence.index))

    for length, earlier in _said_twice(ann, "session-noun", read, _lengths_clash):
        rule = SELF if earlier.subject is not None and earlier.subject == length.subject else _SELF_WORDED
        yield _contradicts(ctx, rule, length, earlier)


def _said_twice(ann, cue_kind: str, read, clash) -> Iterator[tuple]:
    """(later, earlier) for each sentence a cue of the kind is in whose reading (`read(sentence,
    cue)`, None: none; a later cue of the sentence may still give one) clashes with an earlier one's,
    compared with the first few readings only: linear in a draft's length."""
    said: list = []
    done: set[int] = set()
    for cue in ann.cues.iter_key(cue_kind):
        sentence = ann.sentence_of(cue.tok_start)
        if sentence is None or sentence.index in done:
            continue
        this = read(sentence, cue)
        if this is None:
            continue
        done.add(sentence.index)
        earlier = next((e for e in said if clash(e, this)), None)
        if earlier is not None:
            yield this, earlier
        elif len(said) < _KEPT_LENGTHS:
            said.append(this)


# A draft that states many session lengths is compared against its first few: linear in its length.
_KEPT_LENGTHS = 8
# An in-draft contradiction the parse does not prove on both sides: the words say it.
_SELF_WORDED = dataclasses.replace(SELF, severity="warning")


def _length(ctx: Context, sentence, noun, claim: Claim | None) -> _Length | None:
    """The session length a sentence gives: one span of at most a day after a session noun, a
    length word ("lasts", "takes", "runs") between them and no word that makes it another
    span ("between", "after", "rest"), in the writer's own voice."""
    ann = ctx.annotation
    lo, hi = sentence.tok_start, sentence.tok_end
    # A length someone else is said to give ("according to several clinics, …") is still set
    # against the writer's: a warning; a doubted, refuted, supposed or quoted one is not.
    if is_question(ann, sentence) or ann.cues_in(lo, hi, *_FRAMING, "attribution", "refuting") \
            or any(q in sentence.text for q in _QUOTES):
        return None
    reported = bool(ann.cues_in(lo, hi, "reporting"))
    said = _said_after(ctx, sentence, noun) or _said_before(ctx, sentence, noun)
    if said is None:
        return None
    start, end, span = said
    drugs = frozenset(named_drugs(ann, lo, hi))
    forms = frozenset(form_key(ann, c) for c in ann.cues_in(lo, hi, "form"))  # a drip is an infusion
    # which session: words about the noun and the span, not "the whole time" later on
    near = range(max(lo, noun.tok_start - _QUALIFIER_REACH), min(hi, max(noun.tok_end, ann.token_at(end)) + 1))
    qualifiers = frozenset(ann.norms[i] for c in ann.cues_in(near.start, near.stop, "length-qualifier")
                           for i in range(c.tok_start, c.tok_end))
    return _Length(sentence.index, start, end, span, claim.subject if claim and not reported else None, drugs,
                   forms - _SESSION_WORDS, qualifiers)


def _said_after(ctx: Context, sentence, noun) -> tuple[int, int, Span] | None:
    """The sentence's one span of at most a day after the session noun, with a length word between
    ("sessions last about forty minutes") and none that makes it another span; prose offsets."""
    ann = ctx.annotation
    found = _spans(sentence.text)
    # an open span ("runs for a little over two hours") is measured by its bound
    if len(found) != 1 or _bound(found[0].span) > _SESSION_HOURS:
        return None
    start, end = sentence.start + found[0].start, sentence.start + found[0].end
    at = ann.token_at(start)
    if noun.tok_end > at or ann.is_negated(at):
        return None
    if not ann.cues_in(noun.tok_end, at, "length-verb") or ann.cues_in(noun.tok_end, at, "length-other"):
        return None
    return start, end, found[0].span


# How many words before a session noun a length said as its modifier may start: "each
# two-and-a-half-hour infusion" (hyphens are tokens).
_MODIFIER_REACH = 10


def _only_names(ann, end: int, noun) -> bool:
    """Whether nothing but a drug's name stands from a prose offset to the noun ("three-hour
    <drug> infusion")."""
    tok = ann.token_at(end)
    tok += ann.starts[tok] < end  # the first token from the offset on
    named = {i for m in ann.mentions_in(tok, noun.tok_start, "drug") for i in range(m.tok_start, m.tok_end)}
    return all(i in named for i in range(tok, noun.tok_start))


def _said_before(ctx: Context, sentence, noun) -> tuple[int, int, Span] | None:
    """A span of at most a day said as the session noun's modifier, right before it ("each two-hour
    infusion", "a 40-minute session"), the sentence giving no other span; prose offsets."""
    ann = ctx.annotation
    noun_at = ann.starts[noun.tok_start]
    if len(_spans(sentence.text)) > 1:
        return None
    for i in range(max(sentence.tok_start, noun.tok_start - _MODIFIER_REACH), noun.tok_start):
        offset = ann.starts[i]
        found = find(ctx.document.prose[offset:noun_at].replace("-", " "))  # "two-and-a-half-hour", one for one
        if len(found) == 1 and found[0].start == 0 and _only_names(ann, offset + found[0].end, noun):
            span = found[0].span
            if _bound(span) > _SESSION_HOURS or ann.is_negated(i):
                return None
            return offset, offset + found[0].end, span
    return None


@dataclass(frozen=True)
class _Count:
    """A sentence's one course size: "a course of six infusions", "the four-infusion course"."""

    sentence: int
    start: int  # the count's prose offsets
    end: int
    count: int
    drugs: frozenset[str]


# A course's nouns, and what it is counted in ("course-noun" also holds "treatment", "therapy": too loose).
_COURSE_WORDS = frozenset({"course", "courses", "series", "programme", "program", "cycle", "protocol", "regimen"})
_COUNTED = frozenset({"infusion", "infusions", "session", "sessions", "dose", "doses", "treatment", "treatments"})
# Words near the count that make it another course's or a cap's rather than the course's size.
_OTHER_COURSE = frozenset({"booster", "boosters", "top-up", "maintenance", "extra", "more", "additional"})
# Tokens between the count (or its noun) and the course word: "the usual course of <drug> is now four infusions".
_COURSE_REACH = 8


def _course_counts(ctx: Context) -> Iterator[Finding]:
    """HL701 as a warning: a course of treatment said to be of two different numbers of sessions
    ("a course of six infusions" … "the standard four-infusion course"), read from the words; not
    for two drugs each named, nor booster or maintenance sessions. No pack holds a course's size."""
    def read(sentence, _cue):
        return _course_count(ctx, sentence)

    for count, earlier in _said_twice(ctx.annotation, "course-noun", read, _counts_clash):
        yield _contradicts(ctx, _SELF_WORDED, count, earlier)


def _counts_clash(a: _Count, b: _Count) -> bool:
    return a.count != b.count and not (a.drugs and b.drugs and a.drugs != b.drugs)


def _course_count(ctx: Context, sentence) -> _Count | None:
    """The sentence's one count of sessions tied to a course word ("six infusions per course", "a
    course of six infusions", "the eight-session course"), in the writer's own plain voice."""
    ann = ctx.annotation
    lo, hi = sentence.tok_start, sentence.tok_end
    if is_question(ann, sentence) or ann.cues_in(lo, hi, "framing", "framing-label", "attribution", "refuting",
                                                  "reporting") or any(q in sentence.text for q in _QUOTES):
        return None
    found = _counts_near_course(ann, lo, hi)
    if len(found) != 1:
        return None
    tok, number = found[0]
    # a condition supposes its count, unless the count names the course ("if you stop after the
    # standard four-infusion course": a definite phrase the condition takes as given)
    if ann.cues_in(lo, hi, "conditional") and "the" not in ann.norms[max(lo, tok - 3):tok]:
        return None
    return _Count(sentence.index, ann.starts[tok], ann.starts[tok] + len(ann.texts[tok]), number,
                  frozenset(named_drugs(ann, lo, hi)))


def _counts_near_course(ann, lo: int, hi: int) -> list[tuple[int, int]]:
    """(token, count) of each count of sessions with a course word near it, in tokens [lo, hi)."""
    found = []
    for i in range(lo, hi - 1):
        number = _count_at(ann, i)
        noun = i + 2 if ann.texts[i + 1] == "-" else i + 1
        if number is None or noun >= hi or ann.norms[noun] not in _COUNTED or ann.is_negated(i):
            continue
        near = range(max(lo, i - _COURSE_REACH), min(hi, noun + 1 + _COURSE_REACH))
        if any(ann.norms[j] in _COURSE_WORDS for j in near) and not any(ann.norms[j] in _OTHER_COURSE for j in near):
            found.append((i, number))
    return found


def _count_at(ann, tok: int) -> int | None:
    """A small count a token says, as a digit or a word ("six", "6"); None for any other."""
    word = ann.norms[tok]
    if word.isdigit():
        return int(word) if 1 < int(word) <= 30 else None
    number = WORD_NUMBERS.get(word)
    return number if number is not None and number > 1 else None


def _bound(span: Span) -> float:
    """A span's upper bound in hours, or its lower one where it has none ("over two hours")."""
    return span.high if span.high is not None else span.low


def _spans(text: str) -> list:
    """The text's time spans but rates: "eighteen people a day" counts people, it spans no day."""
    return [f for f in find(text) if not _rate(text, f)]


def _rate(text: str, found) -> bool:
    """Whether a span "a <unit>" follows a count and its noun ("eighteen people a day", "20 doses a week")."""
    if found.text.split(" ", 1)[0].lower() not in ("a", "an", "per"):
        return False
    before = text[:found.start].split()
    return len(before) >= 2 and before[-1].isalpha() and (before[-2].isdigit() or before[-2].lower() in WORD_NUMBERS)


_QUOTES = ('"', "\u201c", "\u201d")
# How far before a session noun a word may say which session it is: "the first two sessions".
_QUALIFIER_REACH = 4
# Session nouns that are also forms name no form of their own: "the infusion" is the session.
_SESSION_WORDS = frozenset({stem("infusion")})


def _lengths_clash(a: _Length, b: _Length) -> bool:
    if a.qualifiers != b.qualifiers or (a.drugs and b.drugs and a.drugs != b.drugs):
        return False
    if a.forms != b.forms:
        return False  # an IV session and a nasal-spray one, or one named and one not: perhaps two treatments
    return compare(a.span, b.span) == "disjoint" and not _rough(a.span, b.span)


# What a study mention may say of a source study, compared as values. Its design only where one
# excludes another (_Restated._design): designs are named loosely ("an analysis" may be a trial's).
_STUDY_FIELDS = ("year", "period")


class _Restated:
    """A source study given two years or two data periods: each study mention is
    identified as HL501 identifies it ("the KIT paper" after "a 2023 analysis of KIT" is that
    analysis), and a definite one ("the …", "it was …") held to the first mention that gave the
    same study that detail, whichever of the two the source supports."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.study_of = {id(c): s for c, s in identified(ctx) if s is not None}
        self.first: dict[tuple[str, str], Claim] = {}  # (source study, field) -> the first claim giving it

    def earlier(self, claim: Claim) -> tuple[Claim | None, str | None]:
        """The earlier mention of the same source study this one contradicts, and the detail
        they differ in; (None, None) when none."""
        study = self.study_of.get(id(claim))
        if study is None:
            return None, None
        found: tuple[Claim | None, str | None] = (None, None)
        for field in _STUDY_FIELDS:
            value = getattr(claim, field)
            if value is None or (field == "year" and _bounds_data(self.ctx, claim)):
                continue  # a bound of the data period ("records that start in 2016"), not the study's date
            first = self.first.setdefault((study.id, field), claim)
            # Only a definite mention ("the …", "it was …") is surely the same: "a study …,
            # published in 2015" may be another one.
            if found[0] is None and (claim.definite or _definite_study(self.ctx, claim)) \
                    and getattr(first, field) != value:
                found = first, field
        if found[0] is None and claim.design is not None:
            found = self._design(study, claim)
        return found

    def _design(self, study, claim: Claim) -> tuple[Claim | None, str | None]:
        """The earlier mention of the study whose design this one's excludes (records looked back
        at, or a study with no control group, and later a controlled trial): designs named
        loosely ("an analysis", "a trial") exclude nothing."""
        said = _design_said(self.ctx, claim)
        if said is None:
            return None, None
        first = self.first.setdefault((study.id, "design"), claim)
        if first is claim or not (claim.definite or _definite_study(self.ctx, claim)):
            return None, None
        before = _design_said(self.ctx, first)
        return (first, "design") if (before, said) in _EXCLUSIVE_DESIGNS else (None, None)

    def apart(self, a: Claim, b: Claim) -> bool:
        """Whether two study mentions are identified as two different source studies ("the
        2017 evaluation …" and "the research on <condition> dates from 2021"): no clash of years."""
        first, second = self.study_of.get(id(a)), self.study_of.get(id(b))
        return first is not None and second is not None and first.id != second.id


# Designs of one study that cannot both be true, (earlier, later): looked back at records or run
# with no control group, and later a controlled (or randomised controlled) trial. The other way
# round the weaker design is read as a caveat ("the authors acknowledged that their work relied
# on historical data"): HL503 holds a design to the source's either way.
_EXCLUSIVE_DESIGNS = frozenset({("looked-back", "controlled"), ("uncontrolled", "controlled")})
# Words for a retrospective design that also name a trial's analysis: they say nothing of its design.
_LOOSE_DESIGN_WORDS = frozenset(map(stem, ("analysis", "analyses")))


def _design_said(ctx: Context, claim: Claim) -> str | None:
    """What a study mention says of its design in the words that exclude another: "looked-back"
    (records, historical data), "uncontrolled" ("open-label") or "controlled"; None for loose words."""
    ann = ctx.annotation
    s = ann.sentences[claim.sentence]
    if ann.cues_in(s.tok_start, s.tok_end, "design-uncontrolled"):
        return "uncontrolled"
    if claim.design in ("controlled-trial", "randomized-controlled-trial"):
        return "controlled"
    if any(words(c.text) - _LOOSE_DESIGN_WORDS for c in ann.cues_in(s.tok_start, s.tok_end, "design-retrospective")):
        return "looked-back"
    return None


def _bounds_data(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's year may bound its data rather than date it: a verb of starting or
    ending just before it ("records that start in 2016"), or another year in the sentence and no
    period read ("began in 2016 and stopped in 2020")."""
    ann = ctx.annotation
    sentence = ann.sentences[claim.sentence]
    year = claim.part("year")
    if year is not None:
        tok = ann.token_at(year.start)
        if ann.cues_in(max(sentence.tok_start, tok - 2), tok, "period-start", "period-end", "period-span"):
            return True
    years = sum(1 for i in range(sentence.tok_start, sentence.tok_end)
                if is_year(ann.texts[i]))
    return claim.period is None and years > 1


def _against_source(ctx: Context) -> Iterator[Finding]:
    """HL702: a grounded mechanism claim that says the pack's action the other way round;
    HL703: a product or form said to be another drug, or given another way, than the packs say."""
    yield from _forms_against_source(ctx)
    facts = {(m.drug, m.target): m for m in ctx.knowledge.mechanisms}
    if not facts:
        return
    for claim in ctx.claims:
        # one the words alone give is warned too (HL702 is a warning)
        if claim.kind != "mechanism" or _framed(ctx, claim):
            continue
        fact = facts.get((claim.subject, claim.target))
        if fact is None or (claim.cue == fact.action) != claim.negated:
            continue  # the source is silent on it, or agrees
        said = "blocks" if fact.action == "block" else "activates"
        yield ctx.finding(SOURCE_MECHANISM, claim.start, claim.end,
                          f"The source says {ctx.knowledge.name(fact.drug)} {said} this target; "
                          "the draft says otherwise", source=fact.source, pack=fact.pack)


def _forms_against_source(ctx: Context) -> Iterator[Finding]:
    knowledge = ctx.knowledge
    for claim in map(lambda c: _route_owner(ctx, c), ctx.claims):
        # a setting or route read from its words only is warned too (HL703 is a warning)
        if not (claim.grounded or claim.kind in ("setting", "route", "identity")) or claim.negated \
                or _framed(ctx, claim):
            continue
        if claim.kind == "identity":
            said = f"{'plain ' if claim.cue == 'plain' else ''}{knowledge.name(claim.target)}" \
                + (" in one of its own forms" if (claim.cue or "").startswith("form:") else "")
            if claim.subject.startswith("name:"):
                drug = claim.subject[len("name:"):]
                if _same_drug(knowledge, drug, claim.target, claim.cue):
                    continue
                entry = knowledge.entries.get(drug)
                if entry is None or entry.source is None:
                    continue
                what = knowledge.name(drug) + (f", a form of {knowledge.name(entry.form_of)}" if entry.form_of else "")
                yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                                  f"The source says this is {what}; the draft says it is {said}",
                                  source=entry.source, pack=entry.pack)
                continue
            # "the nasal spray is <drug>": a form the packs give as one drug only
            facts = [f for f in knowledge.forms if _form_key(f) == claim.subject]
            if len({f.drug for f in facts}) != 1 or _same_drug(knowledge, facts[0].drug, claim.target, claim.cue):
                continue
            yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                              f"The source gives the {facts[0].form} as {knowledge.name(facts[0].drug)}; "
                              f"the draft says it is {said}", source=facts[0].source, pack=facts[0].pack)
        elif claim.kind == "route" and not claim.subject.startswith("form:"):
            yield from _route_against_source(ctx, claim)
        elif claim.kind == "setting" and claim.cue == "supervised" and claim.target is not None \
                and _only_setting(ctx, claim) and not _own_practice(ctx, claim):
            # "the tablets are only ever given in the clinic": a form the packs give at home
            fact = next((f for f in knowledge.forms if f.drug == claim.subject and f.setting == "home"
                         and _form_key(f) == claim.target), None)
            if fact is not None:
                yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                                  f"The source gives {knowledge.name(fact.drug)} {fact.form} for use at home; "
                                  "the draft says only under supervision", source=fact.source, pack=fact.pack)
        elif claim.kind == "setting" and claim.cue == "unsupervised":
            fact = _supervised_form(knowledge, claim)
            if fact is not None:
                yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                                  f"The source gives {knowledge.name(fact.drug)} {fact.form} in a healthcare "
                                  "setting; the draft says with nobody watching",
                                  source=fact.source, pack=fact.pack)


# Words by which a provider speaks of its own practice: "our clinic", "we give …".
_FIRST_PERSON = frozenset({"our", "we", "us"})
_POSSESSIVE = frozenset({"its", "their"})


def _own_practice(ctx: Context, claim: Claim) -> bool:
    """Whether a supervised-only setting is one provider's rule ("the tablets must only be taken
    in our clinic", "<clinic>: its tablets are only ever taken in the clinic"), not the form's:
    the source says a form may be used at home, which a clinic's own rule does not deny. A
    possessive counts where the sentence names no drug it could stand for."""
    ann = ctx.annotation
    s = ann.sentences[claim.sentence]
    if any(ann.norms[i] in _FIRST_PERSON for i in range(s.tok_start, s.tok_end)):
        return True
    if named_drugs(ann, s.tok_start, s.tok_end):
        return False
    return any(ann.norms[i] in _POSSESSIVE for c in ann.cues_in(s.tok_start, s.tok_end, "form")
               for i in range(max(s.tok_start, c.tok_start - 2), c.tok_start))


def _route_against_source(ctx: Context, claim: Claim) -> Iterator[Finding]:
    """HL703 for a route the packs give the drug's form (or the drug, given one way only) another
    way: its list of a drug's usual forms is no exhaustive list of the ways it can be given, so a
    drug given several ways is held only in a form the packs name ("<drug> tablets … swallowed")."""
    knowledge = ctx.knowledge
    facts = [f for f in knowledge.forms if f.drug == claim.subject]
    # A form given at home is held only as the packs name it: "tablets" of any kind are swallowed.
    same = [f for f in facts if claim.target is not None and _form_key(f) == claim.target]
    if same and same[0].setting == "home":
        return
    if same:
        if claim.cue != same[0].route:
            yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                              f"The source says {knowledge.name(claim.subject)} {same[0].form} go in by the "
                              f"{same[0].route} route; the draft says {claim.cue}", source=same[0].source,
                              pack=same[0].pack)
        return
    if len({f.route for f in facts}) != 1 or claim.cue == facts[0].route:
        return
    yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                      f"The source gives {knowledge.name(claim.subject)} as {facts[0].form} only; "
                      "the draft says it is given another way", source=facts[0].source, pack=facts[0].pack)


def _supervised_form(knowledge, claim: Claim):
    """The packs' supervised form a setting claim names, or, where it names none, the drug's one
    form when every form they give it is supervised ("<brand> is taken at home")."""
    facts = [f for f in knowledge.forms if f.drug == claim.subject]
    if claim.target is None:
        return facts[0] if facts and all(f.setting == "supervised" for f in facts) and len(facts) == 1 else None
    return next((f for f in facts if f.setting == "supervised" and _form_key(f) == claim.target),
                None)


def _form_key(fact) -> str:
    """A pack form by its last word, singular, as a draft's form is keyed ("IV infusions": infusion)."""
    return stem(fact.form.split()[-1].lower())


def _same_drug(knowledge, drug: str, target: str, cue: str | None) -> bool:
    """Whether "<drug> is <target>" agrees with the packs: the drug itself, what it is a form of
    (unless said to be that drug plain, or in a form of its own), or a form of it ("<drug> contains
    <its form>")."""
    entries = knowledge.entries
    if target == drug:
        return True
    mine, theirs = entries.get(drug), entries.get(target)
    if mine is not None and mine.form_of == target:
        return cue != "plain" and not _in_own_form(knowledge, drug, target, cue)
    return theirs is not None and theirs.form_of == drug


def _grounded(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's subject is its own: attached by the parse (as its family says), or,
    where the family does not say, named in the claim's sentence or referred to there ("it",
    "this drug") — never carried over from a sentence that does not mention it."""
    if claim.kind == "study":
        return True  # studies clash whatever drug they are about (their `grounded` says only parsed or not)
    if _in_passing(ctx, claim):
        return False
    if claim.grounded is not None or claim.subject is None:
        return claim.grounded is not False
    return _named_here(ctx, claim)


def _by_form(ctx: Context, claim: Claim) -> Claim | None:
    """An approval claim that names the drug only by its form, as the claim of the one drug the
    packs give in that form ("IM shots" for the drug given as shots); None when none or several."""
    if not claim.form:
        return None
    drug = _form_drug(ctx, stem(claim.form.split()[-1].lower()))
    return dataclasses.replace(claim, subject=drug) if drug is not None else None


def _forms_fit(ctx: Context, sentence, drug: str) -> bool:
    """Whether every form the sentence names that the packs give some drug is one they give
    this drug."""
    given: dict[str, set[str]] = {}
    for fact in ctx.knowledge.forms:
        given.setdefault(_form_key(fact), set()).add(fact.drug)
    return all(drug in given[key] for key in _forms_named(ctx, sentence.index) if key in given)


def _forms_named(ctx: Context, sentence: int) -> frozenset[str]:
    """The forms a sentence names, each by its last word ("the drips" as "infusion")."""
    ann = ctx.annotation
    s = ann.sentences[sentence]
    return frozenset(form_key(ann, cue) for cue in ann.cues_in(s.tok_start, s.tok_end, "form"))


def _only_drug(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's sentence names no drug but the claim's own."""
    ann = ctx.annotation
    sentence = ann.sentences[claim.sentence]
    return all(m.id == claim.subject for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug")
               if not is_reference(ann, m))


_RELATIVE = frozenset({"which", "that", "whom"})


def _in_passing(ctx: Context, claim: Claim) -> bool:
    """Whether the sentence names the claim's drug only in passing, as what another drug it names
    is related to ("<brand>, a spray related to <drug>, which is approved for …"): a parse that
    hangs the predicate on it may have taken the wrong noun. Only the names up to the claim's end
    count: one later on ("… offered at a <drug> clinic") is not what the predicate is said of."""
    ann = ctx.annotation
    s = ann.sentences[claim.sentence]
    mentions = ann.mentions_in(s.tok_start, min(s.tok_end, ann.token_at(claim.end - 1) + 1), "drug")
    own = [m for m in mentions if m.id == claim.subject]
    return bool(own) and all(is_reference(ann, m) for m in own) \
        and any(m.id != claim.subject and not is_reference(ann, m) for m in mentions)


def _form_names_drug(ctx: Context, claim: Claim) -> Claim:
    """A claim of a sentence that names no drug but a form the packs give one drug only ("the drips
    take a month to do anything"), as that drug's: the form says which it is, not the drug in
    discussion."""
    ann = ctx.annotation
    s = ann.sentences[claim.sentence]
    if named_drugs(ann, s.tok_start, s.tok_end):
        return claim
    given = {f.drug for f in ctx.knowledge.forms if _form_key(f) in _forms_named(ctx, claim.sentence)}
    return dataclasses.replace(claim, subject=given.pop()) if len(given) == 1 else claim


def _in_discussion(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's drug is the drug in discussion of a sentence that names no drug: it
    speaks of it by a stand-in ("the infusions kick in", "each session", "give it two weeks")."""
    s = ctx.annotation.sentences[claim.sentence]
    return not named_drugs(ctx.annotation, s.tok_start, s.tok_end) and _forms_fit(ctx, s, claim.subject)



def _named_here(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's drug is named in its sentence or referred to there ("it", "this drug")."""
    ann = ctx.annotation
    sentence = ann.sentences[claim.sentence]
    if "anaphora" in sentence.cue_kinds:
        return True
    return any(m.id == claim.subject and not is_reference(ann, m)
               for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug"))


# Cues that, before a claim in its sentence, may make it someone else's or a supposition: "it is
# a myth that …", "if …". The extractors read their scope from the parse; a parse that goes
# wrong ("<drug> stimulates" read as a noun phrase) hides it, and a contradiction is an error:
# silent when unsure.
_FRAMING = ("framing", "framing-label", "conditional")


def _framed(ctx: Context, claim: Claim) -> bool:
    ann = ctx.annotation
    sentence = ann.sentences[claim.sentence]
    start = ann.token_at(claim.start)
    return any(not (cue.kind == "conditional" and _condition_closed(ann, cue.tok_end, start, ann.token_at(claim.end)))
               for cue in ann.cues_in(sentence.tok_start, start, *_FRAMING))


def _condition_closed(ann, after: int, start: int, end: int) -> bool:
    """Whether a condition opened before a claim ends at a comma before it, the claim being the
    main clause's statement ("If <brand> is easier to get, remember that it is …"), not what
    it supposes ("If …, it would be …")."""
    comma = next((i for i in range(after, start) if ann.texts[i] == ","), None)
    if comma is None or comma == after:  # no comma, or "If, as some say, …": still inside
        return False
    return not any(ann.norms[i] in SUPPOSED for i in range(comma, end + 1))


def _related(ctx: Context, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    within = ctx.knowledge.within
    return not a or not b or any(within(x, y) or within(y, x) for x in a for y in b)


def _opposite_actions(ctx: Context, a: Claim, b: Claim) -> bool:
    """"blocks <target>" and "switches <target> on"; "blocks" and "does not block"."""
    if a.target != b.target:
        return False
    if a.cue == b.cue:
        return a.negated != b.negated
    return not a.negated and not b.negated


def _opposite_settings(ctx: Context, a: Claim, b: Claim) -> bool:
    """Given under supervision and taken with nobody watching, in the same form (or neither
    naming one, or one said of every form): a clinic's infusion and a tablet taken at home are
    two treatments."""
    return a.cue != b.cue and (a.target == b.target or _every_form(ctx, a) or _every_form(ctx, b))


def _every_form(ctx: Context, claim: Claim) -> bool:
    """A supervised setting said of every dose with no form named: "all doses are given in the
    clinic", "every dose of <drug> is given under supervision"."""
    return claim.target is None and claim.cue == "supervised" and _only_setting(ctx, claim) \
        and not _forms_named(ctx, claim.sentence)


def _other_drug(ctx: Context, a: Claim, b: Claim) -> bool:
    """The same form said to be two drugs, or a drug and not that drug. One drug a form of the
    other is no clash ("the spray is <drug>", "… is a form of <drug>"), unless the broader one
    is said to be that drug itself ("ordinary <drug>")."""
    if a.target == b.target:
        return a.negated != b.negated
    if a.negated or b.negated:
        return False
    if a.subject.startswith("role:"):
        return True  # a study's drug is one drug, not a form of another said loosely
    entries = ctx.knowledge.entries
    for x, y in ((a, b), (b, a)):
        entry = entries.get(x.target)
        if entry is not None and entry.form_of == y.target:
            return y.cue == "plain" or _in_own_form(ctx.knowledge, x.target, y.target, y.cue)
    return True


def _in_own_form(knowledge, narrow: str, broad: str, cue: str | None) -> bool:
    """Whether "<broad drug> <form>" names the broad drug in a form the packs give it and not the
    narrow one that is a form of it ("the <drug> drip" for a product that is a spray of a form of
    that drug): another product, as "ordinary <drug>" is."""
    if not (cue or "").startswith("form:"):
        return False
    key = cue[len("form:"):]
    given = {(f.drug, _form_key(f)) for f in knowledge.forms}
    return (broad, key) in given and (narrow, key) not in given


# Words that may stand between a year and the study noun it names: "the 2019 double-blind trial".
_YEAR_TO_NOUN = 4


# How far before its study noun a definite determiner may stand: "the weekly-dosing trial".
_DETERMINER_REACH = 6


def _definite_study(ctx: Context, claim: Claim) -> bool:
    """A study phrase opened by "the"/"this"/"that" over modifiers longer than the extractor's
    reach ("the weekly-dosing trial", hyphens counted as tokens), carrying no year of its own."""
    design = claim.part("design")
    if design is None or _named_by_year(ctx, claim):
        return False
    ann = ctx.annotation
    lo = ann.sentences[claim.sentence].tok_start
    at = ann.token_at(design.start)
    for i in range(at - 1, max(lo, at - _DETERMINER_REACH) - 1, -1):
        if ann.cues_in(i, i + 1, "definite"):
            return True
        if not (ann.is_word[i] or ann.texts[i] == "-"):
            return False
    return False


def _named_by_year(ctx: Context, claim: Claim) -> bool:
    """Whether the study's year is part of the phrase that names it ("the 2019 trial", "the trial
    from 2019"), not said of a study named otherwise ("the trial was run in 2019"): a definite
    phrase carrying its own year names its own study, not one named before."""
    year = claim.part("year")
    if year is None:
        return False
    ann = ctx.annotation
    sentence = ann.sentences[claim.sentence]
    tok = ann.token_at(year.start)
    for i in range(tok + 1, min(sentence.tok_end, tok + 1 + _YEAR_TO_NOUN)):
        if ann.cues_in(i, i + 1, "study"):
            return True
        if not ann.is_word[i] and ann.texts[i] != "-":
            break
    # "the trial from 2019", "the study of 2019"
    return tok - 2 >= sentence.tok_start and ann.norms[tok - 1] in ("from", "of") \
        and bool(ann.cues_in(tok - 2, tok - 1, "study"))


def _other_route(ctx: Context, a: Claim, b: Claim) -> bool:
    """One form ("the tablets") or a drug the packs know in one form only, said to go in one way
    and later another (or the same way denied). A drug given several ways (an infusion, a
    tablet) has no one route: two of them are two treatments."""
    if a.cue == b.cue:
        return a.negated != b.negated and a.target == b.target
    if a.negated or b.negated:
        return False
    if a.subject.startswith("form:") or len({f.route for f in ctx.knowledge.forms if f.drug == a.subject}) == 1:
        return True
    # one drug's one form ("the lozenge") two ways, or as one provider gives it
    return (a.target is not None and a.target == b.target) or _same_provider(ctx, a, b)


# How many words a provider pointed back to may have before its noun ("that partner clinic"); no
# article among them ("so that the clinic …": "that" opens a clause there).
_PROVIDER_WORDS = 3
_ARTICLES = frozenset({"the", "a", "an"})


def _same_provider(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether the later route's sentence points back to a provider ("that partner clinic", "the
    same clinic") that the earlier one names in the same words: one provider's way of giving the
    drug, said twice, whatever other ways the drug is given elsewhere."""
    ann = ctx.annotation
    later, earlier = ann.sentences[b.sentence], ann.sentences[a.sentence]
    for noun in ann.cues_in(later.tok_start, later.tok_end, "provider"):
        lo = max(later.tok_start, noun.tok_start - _PROVIDER_WORDS)
        pointer = next((c for c in reversed(ann.cues_in(lo, noun.tok_start, "provider-pointer"))), None)
        if pointer is None:
            continue
        words_ = list(ann.norms[pointer.tok_end:noun.tok_end])
        if all(ann.is_word[i] and ann.norms[i] not in _ARTICLES for i in range(pointer.tok_end, noun.tok_end)) and any(
                list(ann.norms[i:i + len(words_)]) == words_ for i in range(earlier.tok_start, earlier.tok_end - len(words_) + 1)):
            return True
    return False


# Claim kinds without numbers, and when two of them about the same subject clash.
_WORDED = {"mechanism": _opposite_actions, "setting": _opposite_settings, "identity": _other_drug,
           "route": _other_route}


# Approximate or vague spans ("about a month", "weeks") clash only this many times apart.
_ROUGHLY = 2.0


def _rough(a: Span, b: Span) -> bool:
    """Whether two disjoint spans may be one rough figure said twice: one is approximate and
    their middles are less than _ROUGHLY apart, or one is vague ("weeks", "within days") and
    their near ends are."""
    if a.vague or b.vague:
        lower, upper = sorted((a, b), key=lambda s: s.low or 0.0)
        if lower.high is None or not lower.high:
            return True  # "weeks or more": no end to be apart from
        return (upper.low or 0.0) / lower.high < _ROUGHLY
    return (a.approx or b.approx) and ratio(a, b) < _ROUGHLY


def _clash(ctx: Context, a: Claim, b: Claim, years: set = frozenset(), loose: bool = False) -> bool:
    """Whether b, later, contradicts a, whichever of the two the source supports: a reader meets
    the contradiction on the later line (the earlier one, if wrong, has its own source finding).
    years: the years of the studies of b's design named before b (what "the trial" may refer to);
    loose: one side is graded (a warning at most)."""
    if a.sentence == b.sentence:
        return False
    if a.kind in APPROVAL_KINDS and b.kind in APPROVAL_KINDS:
        return _approvals_clash(ctx, a, b, loose)
    if a.kind in TIME_KINDS and a.kind == b.kind:
        return _spans_clash(ctx, a, b)
    if a.kind == b.kind == "lasting":
        # two graded ones: a sentence's conditions may not be the lasting word's ("work on <X>,
        # and on <Y>, where the benefit tends to be short-lived")
        return (not loose and a.subject == b.subject and a.negated != b.negated
                and bool(a.conditions) == bool(b.conditions) and _related(ctx, a.conditions, b.conditions))
    if {a.kind, b.kind} == {"lasting", "duration"}:
        return _lasting_against_span(ctx, *((a, b) if a.kind == "lasting" else (b, a)))
    if {a.kind, b.kind} == {"no-side-effects", "side-effects"}:
        denial = a if a.kind == "no-side-effects" else b
        return a.subject == b.subject and not denial.negated
    if {a.kind, b.kind} == {"denied-effects", "side-effects"}:
        return a.subject == b.subject and _shared_effect(ctx, a, b) is not None
    if a.kind == b.kind and a.kind in _WORDED:
        return a.subject == b.subject and _WORDED[a.kind](ctx, a, b)
    if a.kind == b.kind == "study":
        return _studies_clash(ctx, a, b, years)
    return False


def _approvals_clash(ctx: Context, a: Claim, b: Claim, loose: bool = False) -> bool:
    """Approved and not approved for the same use (or a use within a denied class), or approved
    and off-label for it (loose: or for a kind of it, "off-label for <X>" and later "approved for
    <a kind of X>", which may yet be consistent)."""
    within = ctx.knowledge.within
    if a.subject != b.subject:
        return False
    forms = [_forms_named(ctx, c.sentence) for c in (a, b)]
    if forms[0] and forms[1] and not forms[0] & forms[1]:
        return False  # "the lozenges are approved for <X>" and "the infusions are off-label for <X>"
    if a.kind == b.kind == "approval" and a.negated != b.negated:
        yes, no = (a, b) if b.negated else (b, a)
        if no.target is None and no.quantifier == "all":
            return yes.target is not None  # "never approved for anything", as HL201 reads it
    if a.target is None or b.target is None:
        return False
    if a.kind == b.kind == "approval" and not a.negated and not b.negated:
        return _beyond_only(ctx, a, b) or _beyond_only(ctx, b, a)
    if a.kind == b.kind == "approval" and a.negated != b.negated:
        yes, no = (a, b) if b.negated else (b, a)
        if yes.quantifier in ("some", "resistant"):
            return False  # "approved for certain <conditions>" does not clash with one of them denied
        # "not approved for <X>" denies the approval for X and what X contains only with "any
        # <X>"; without it, "approved for <a kind of X>, not for X in general" is consistent.
        if no.quantifier == "all":
            return within(yes.target, no.target)
        return within(no.target, yes.target)
    if a.kind != b.kind and not a.negated and not b.negated:
        off, approved = (a, b) if a.kind == "off-label" else (b, a)
        if within(off.target, approved.target):
            return True
        # loosely, an approval for a kind of <X> said after "off-label for <X>" (not the other way
        # round: "approved for <a kind of X>" then "using it off-label for <X>" reads as consistent)
        return loose and approved is b and within(approved.target, off.target) \
            and _only_drug(ctx, a) and _only_drug(ctx, b)
    return False


# Words that make an approval's use its only one: "approved only for <X>", "solely as <X>".
_ONLY_USE = frozenset({"only", "solely", "exclusively"})


def _beyond_only(ctx: Context, only: Claim, other: Claim) -> bool:
    """Whether one approval says it is for its use only ("approved only for <X>") and the other
    is for a use outside it ("approved for every form of <broader X>", or another use)."""
    if other.quantifier in ("some", "one", "resistant") or ctx.knowledge.within(other.target, only.target):
        return False
    ann = ctx.annotation
    lo, hi = ann.token_at(only.start), ann.token_at(max(only.start, only.end - 1)) + 1
    return any(ann.norms[i] in _ONLY_USE and ann.norms[i + 1] in ("for", "as", "to") for i in range(lo, hi - 1))


# A span at least this long says an effect lasts long.
_LONG_HOURS = 1460.0  # two months


def _conditions_named(ctx: Context, claim: Claim) -> tuple[str, ...]:
    """The claim's conditions its own sentence names (not those carried over from the one before)."""
    ann = ctx.annotation
    s = ann.sentences[claim.sentence]
    here = {m.id for m in ann.mentions_in(s.tok_start, s.tok_end, "condition")}
    return tuple(c for c in claim.conditions if c in here)


def _lasting_against_span(ctx: Context, lasting: Claim, said: Claim) -> bool:
    """"Short-lived" (or "not long lasting") and a span of months for the same drug's effect on the
    same condition (each naming one: a year's follow-up of one condition is not the benefit for another
    condition said to be short-lived). Not "for good" and a span of days: a dose's relief and a
    course's lasting gains are two effects."""
    named = [_conditions_named(ctx, c) for c in (lasting, said)]
    if lasting.subject != said.subject or said.negated or said.span is None \
            or not named[0] or not named[1] or not _related(ctx, named[0], named[1]):
        return False
    return lasting.negated and said.span.low is not None and said.span.low >= _LONG_HOURS


def _spans_clash(ctx: Context, a: Claim, b: Claim) -> bool:
    """Two onsets (or durations) of the same drug's same effect that do not overlap, rough ones
    at least twice apart."""
    if a.subject != b.subject or a.negated or b.negated or not _related(ctx, a.conditions, b.conditions):
        return False
    if compare(a.span, b.span) != "disjoint":
        return False
    if _rough(a.span, b.span):
        return False  # "about a month" and "about six weeks", "weeks" and "eight weeks": one rough figure
    texts = [cue_text(ctx, c.sentence) for c in (a, b)]
    cued = [_effects_cued(ctx, t) for t in texts]
    held_to = [set(candidates(c, ctx.knowledge, t)) for c, t in zip((a, b), texts)]
    if any(x and y and not x & y for x, y in (cued, held_to)):
        return False  # each names a different effect of the source's ("after each dose", "after a series")
    # A span that is one of the source's effects, which the other claim is not held to, is read
    # as that effect: "up to seven days" beside "a year of follow-up" gives two effects.
    for claim, text, other in ((a, texts[0], held_to[1]), (b, texts[1], held_to[0])):
        fact = supporting(claim, ctx.knowledge, text)
        if fact is not None and fact not in other:
            return False
    return True


def _shared_effect(ctx: Context, a: Claim, b: Claim) -> Item | None:
    """An effect one claim lists and the other denies ("<drug> never causes <effect>"), as the
    side-effect check reads items: the same pack effect, or the same words; a's item."""
    effects = [e for e in ctx.knowledge.side_effects if e.drug == a.subject]
    for x in a.items:
        said = words(x.text)
        for y in b.items:
            if not said or not words(y.text):
                continue
            same = matching(x.text, effects) if effects else None
            if said == words(y.text) or (same is not None and same is matching(y.text, effects)):
                return x
    return None


def _effects_cued(ctx: Context, text: str, aspect: str | None = None) -> set[str]:
    """The source's time facts (of one aspect, or any) whose cues the text names, whatever drug
    they are of: "after each weekly dose" and "after a course" name two effects for any drug."""
    return {f.id for f in ctx.knowledge.time_course
            if f.cues and (aspect is None or f.aspect == aspect) and has_any_phrase(text, tuple(f.cues))}


def _studies_clash(ctx: Context, a: Claim, b: Claim, years: set) -> bool:
    """"The trial" dated twice, or one study ("the 2023 analysis") given two data periods."""
    if not b.definite or a.design != b.design:
        return False
    if a.year and b.year and a.year != b.year:
        if _named_by_year(ctx, b) or _bounds_data(ctx, b):
            return False  # "the 2019 trial" after "the 2017 study": its year names another study
        # With no condition of its own, "the trial" is the earlier one only when the draft
        # has named one study of that design so far ("the study", of no design, any one).
        return bool(set(a.conditions) & set(b.conditions)) or (not b.conditions and years == {a.year})
    return a.year == b.year and a.period is not None and b.period is not None and a.period != b.period
