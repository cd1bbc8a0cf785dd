"""Claims in one draft that cannot both be true. Works without the packs' facts:
the draft is compared with itself."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterator

from linter.checks.approval import judge
from linter.checks.base import Context
from linter.checks.duration import candidates, cue_text, other_studies, supporting
from linter.checks.study import identified, identify
from linter.claims import APPROVAL_KINDS, TIME_KINDS, Claim
from linter.claims.frames import SUPPOSED, is_question, is_reference
from linter.findings import Finding, Rule
from linter.quantities import Span, compare, find, ratio
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
same use (or "not approved for any <class>" and approved for one in it); two
time spans for the same effect that do not overlap, approximate ones ("about a
month") at least twice apart (spans a sentence ties to different effects of the
source, "after each dose" and "after a series", are not the same effect); "long
lasting" and "not long lasting"; "no side effects" and a list of side effects;
"the study" dated to two different years (with no condition of its own, when the
draft has named one study of that design so far), or one study given two data
periods; a source study a definite mention is identified as (HL501's way: "the
KIT paper" after "a 2023 analysis of KIT") given another year or data period than
an earlier mention gave it (not another design: designs are named loosely, and
HL503 holds them to the source's); and, without numbers, a drug said to
block a target (a term the packs name) and later to switch it on (or not to
block it); the same drug in the same form (or neither naming a form) said to be
given under supervision or in a clinic and later taken with nobody watching
("at home with no clinician", "self-administered"); and the same form ("the
nasal spray", or a drug's name: "<brand> contains …", "<brand>, the <drug> nasal spray, …")
said to be one drug and later another, or "ordinary <drug>" when it was a form of that drug; a definite form ("the
tablets") or a drug the packs know in one form only said to go in one way (under
the tongue, into the nose, into a vein or a muscle, swallowed) and later another.
Reported on the later line, naming the earlier one;
for approvals and time spans, never on a line the source supports (the earlier
line, wrong, has its own finding against the source).

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

Graded: a session length the parse does not read as the drug's on both lines, and a
treatment said to be taken with nobody watching that only the words show ("you may run the
infusion yourself at home", "I ran the drips myself in my flat, with nobody else around": one
form, one drug named or in discussion, no supervision, negation or condition in the sentence;
a supervised word in an opening clause of when, "once you have had two supervised sessions, …",
is not the main clause's) after a grounded supervised line, are warnings, not errors. A study phrase carrying its own
year ("the 2019 trial") names its own study, not the one named before.

Both claims must be the writer's own assertions: a quoted, doubted ("some
sites claim …"), reported ("according to several clinics, …"; HL702 and HL703
still warn of it against the source), questioned, conditional ("if it were
approved …", "if …, it would be …"; not the main clause after a condition closed
by a comma, "if <brand> is easier to get, remember that it is …") or
myth-framed claim is neither side of a contradiction, nor is a span that a study
the source does not report found ("a 2006 study found its effects lasted two
weeks"). For approval claims, each side must also be grounded: the parse attaches the drug as the holder of
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
nothing about stays silent.

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
"<brand> is <other form>", "<brand> contains <other form>"), when the packs give it as a
form of that drug or as a different one; a form the packs give as one drug only said to be
another ("the nasal spray is <other form>"); a drug whose forms
in the packs' `forms` all go in one way (`route: nasal`) said to be given another way
("<drug> is given intravenously", "… swallowed as a pill"); and a form the packs give
in a healthcare setting (`setting: supervised`) said to be taken with nobody watching
("<drug> infusions are given at home alone").

Only a grounded claim counts, read as HL701 reads it: the drug is the subject of "is",
"contains" or "made from", or of the verb that says how it is given; a quoted, doubted,
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
    if claim.kind in ("side-effects", "no-side-effects"):
        return ("side-effects", claim.subject)
    if claim.kind == "study":
        return ("study",)
    return (claim.kind, claim.subject)


def _signature(claim: Claim) -> tuple:
    """Claims with equal signatures say the same thing: only one of each needs comparing."""
    return (claim.kind, claim.target, claim.negated, claim.span, claim.conditions, claim.year, claim.design,
            claim.definite, claim.cue)


def check(ctx: Context) -> Iterator[Finding]:
    # group -> signature -> claims in order; comparing one uncited claim per signature keeps
    # a long draft that repeats itself linear in its length.
    seen: dict[tuple, dict[tuple, list[Claim]]] = {}
    cited: set[int] = set()  # sentences already named as the earlier side: one finding each
    first_uncited: dict[int, int] = {}  # id of a signature's list -> index of its first uncited claim
    elsewhere = other_studies(ctx)  # a span another study found is not the draft's own
    # Design (None: any) -> the years of the studies of that design named so far.
    study_years: dict[str | None, set[int]] = {}
    restated = _Restated(ctx)
    for claim in ctx.claims:
        if claim.subject is None and claim.kind != "study":
            continue
        if claim.kind in TIME_KINDS and claim.sentence in elsewhere:
            continue
        # not attached, someone else's claim passed on (an error needs the writer's own), or
        # perhaps not the writer's own
        if not _grounded(ctx, claim) or claim.reported or _framed(ctx, claim):
            continue
        group = seen.setdefault(_group(claim), {})
        earlier, field = restated.earlier(claim) if claim.kind == "study" else (None, None)
        for same in () if earlier else group.values():
            i = first_uncited.get(id(same), 0)
            while i < len(same) and same[i].sentence in cited:
                i += 1
            first_uncited[id(same)] = i
            if i < len(same) and _clash(ctx, same[i], claim, study_years.get(claim.design, set())):
                earlier = same[i]
                break
        if earlier is not None:
            cited.add(earlier.sentence)
            part = earlier.part(field) if field else None  # the detail given two ways, where it is one
            yield _contradicts(ctx, SELF, claim, earlier, part or earlier)
        group.setdefault(_signature(claim), []).append(claim)
        if claim.kind == "study" and claim.year:
            for design in {claim.design, None}:
                study_years.setdefault(design, set()).add(claim.year)
    yield from _lengths(ctx)
    yield from _loose_settings(ctx)
    yield from _against_source(ctx)


def _contradicts(ctx: Context, rule: Rule, later, earlier, said=None) -> Finding:
    """The finding on the later claim (any record with a prose start and end), naming the earlier
    one's line and quoting what it says (or the part of it given two ways)."""
    said = said or earlier
    line = ctx.document.position(earlier.start, earlier.end)[0]
    return ctx.finding(rule, later.start, later.end, f"Contradicts line {line} of this draft, which says "
                       f"'{ctx.document.prose[said.start:said.end]}'", related_line=line)


def _loose_settings(ctx: Context) -> Iterator[Finding]:
    """HL701 as a warning: a treatment read from the words alone as taken with nobody watching,
    after the writer's own grounded claim that the same drug in the same form (or none named) is
    given under supervision."""
    supervised: dict[str, list[Claim]] = {}
    for claim in ctx.claims:
        if claim.kind != "setting" or claim.reported or claim.negated or _framed(ctx, claim):
            continue
        if claim.grounded and claim.cue == "supervised":
            supervised.setdefault(claim.subject, []).append(claim)
        elif claim.grounded is False:
            earlier = next((e for e in supervised.get(claim.subject, ())
                            if e.target is None or e.target == claim.target), None)
            if earlier is not None:
                yield _contradicts(ctx, _SELF_WORDED, claim, earlier)


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
    said: list[_Length] = []
    done: set[int] = set()
    for cue in ann.cues.iter_key("session-noun"):
        sentence = ann.sentence_of(cue.tok_start)
        if sentence is None or sentence.index in done:
            continue
        length = _length(ctx, sentence, cue, grounded.get(sentence.index))
        if length is None:
            continue  # a later session noun of the sentence may still be the one measured
        done.add(sentence.index)
        earlier = next((e for e in said if _lengths_clash(e, length)), None)
        if earlier is None:
            if len(said) < _KEPT_LENGTHS:
                said.append(length)
            continue
        rule = SELF if earlier.subject is not None and earlier.subject == length.subject else _SELF_WORDED
        yield _contradicts(ctx, rule, length, earlier)


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
    found = find(sentence.text)
    if len(found) != 1 or found[0].span.high is None or found[0].span.high > _SESSION_HOURS:
        return None
    start, end = sentence.start + found[0].start, sentence.start + found[0].end
    at = ann.token_at(start)
    if noun.tok_end > at or ann.is_negated(at):
        return None
    if not ann.cues_in(noun.tok_end, at, "length-verb") or ann.cues_in(noun.tok_end, at, "length-other"):
        return None
    drugs = frozenset(m.id for m in ann.mentions_in(lo, hi, "drug") if not is_reference(ann, m))
    forms = frozenset(stem(ann.norms[c.tok_end - 1]) for c in ann.cues_in(lo, hi, "form"))
    qualifiers = frozenset(ann.norms[i] for c in ann.cues_in(lo, hi, "length-qualifier")
                           for i in range(c.tok_start, c.tok_end))
    return _Length(sentence.index, start, end, found[0].span, claim.subject if claim and not reported else None, drugs,
                   forms - _SESSION_WORDS, qualifiers)


_QUOTES = ('"', "\u201c", "\u201d")
# Session nouns that are also forms name no form of their own: "the infusion" is the session.
_SESSION_WORDS = frozenset({stem("infusion")})


def _lengths_clash(a: _Length, b: _Length) -> bool:
    if a.qualifiers != b.qualifiers or (a.drugs and b.drugs and a.drugs != b.drugs):
        return False
    if a.forms != b.forms:
        return False  # an IV session and a nasal-spray one, or one named and one not: perhaps two treatments
    if compare(a.span, b.span) != "disjoint":
        return False
    return not ((a.span.approx or b.span.approx) and ratio(a.span, b.span) < _ROUGHLY)


# What a study mention may say of a source study, and the study's own value of it. Not its
# design: designs are named loosely ("an analysis" may be a trial's), and HL503 already holds a
# design to the source's.
_STUDY_FIELDS = (("year", "year"), ("period", "data_period"))


class _Restated:
    """A source study given two years or two data periods: each study mention is
    identified as HL501 identifies it ("the KIT paper" after "a 2023 analysis of KIT" is that
    analysis), and a definite one ("the …", "it was …") held to the first mention that gave the
    same study that detail. Never reported on a line the source supports (the earlier, wrong
    line has its own finding)."""

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
        for field, source_field in _STUDY_FIELDS:
            value = getattr(claim, field)
            if value is None:
                continue
            first = self.first.setdefault((study.id, field), claim)
            # Only a definite mention ("the …", "it was …") is surely the same: "a study …,
            # published in 2015" may be another one.
            if found[0] is None and (claim.definite or _definite_study(self.ctx, claim)) \
                    and getattr(first, field) != value \
                    and value != getattr(study, source_field):
                found = first, field
        return found


def _against_source(ctx: Context) -> Iterator[Finding]:
    """HL702: a grounded mechanism claim that says the pack's action the other way round;
    HL703: a product or form said to be another drug, or given another way, than the packs say."""
    yield from _forms_against_source(ctx)
    facts = {(m.drug, m.target): m for m in ctx.knowledge.mechanisms}
    if not facts:
        return
    for claim in ctx.claims:
        if claim.kind != "mechanism" or not claim.grounded or _framed(ctx, claim):
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
    for claim in ctx.claims:
        # a setting read from its words only is warned too (HL703 is a warning)
        if not (claim.grounded or claim.kind == "setting") or claim.negated or _framed(ctx, claim):
            continue
        if claim.kind == "identity":
            said = f"{'plain ' if claim.cue == 'plain' else ''}{knowledge.name(claim.target)}"
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
            facts = [f for f in knowledge.forms if stem(f.form.split()[-1].lower()) == claim.subject]
            if len({f.drug for f in facts}) != 1 or _same_drug(knowledge, facts[0].drug, claim.target, claim.cue):
                continue
            yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                              f"The source gives the {facts[0].form} as {knowledge.name(facts[0].drug)}; "
                              f"the draft says it is {said}", source=facts[0].source, pack=facts[0].pack)
        elif claim.kind == "route" and not claim.subject.startswith("form:"):
            # Only a drug the source gives one way: its list of a drug's usual forms is no
            # exhaustive list of the ways it can be given.
            facts = [f for f in knowledge.forms if f.drug == claim.subject]
            if len({f.route for f in facts}) != 1 or claim.cue == facts[0].route:
                continue
            yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                              f"The source gives {knowledge.name(claim.subject)} as {facts[0].form} only; "
                              "the draft says it is given another way", source=facts[0].source, pack=facts[0].pack)
        elif claim.kind == "setting" and claim.cue == "unsupervised" and claim.target is not None:
            fact = next((f for f in knowledge.forms if f.drug == claim.subject and f.setting == "supervised"
                         and stem(f.form.split()[-1].lower()) == claim.target), None)
            if fact is not None:
                yield ctx.finding(SOURCE_FORM, claim.start, claim.end,
                                  f"The source gives {knowledge.name(fact.drug)} {fact.form} in a healthcare "
                                  "setting; the draft says with nobody watching",
                                  source=fact.source, pack=fact.pack)


def _same_drug(knowledge, drug: str, target: str, cue: str | None) -> bool:
    """Whether "<drug> is <target>" agrees with the packs: the drug itself, what it is a form of
    (unless said to be that drug plain), or a form of it ("<drug> contains <its form>")."""
    entries = knowledge.entries
    if target == drug:
        return True
    mine, theirs = entries.get(drug), entries.get(target)
    if mine is not None and mine.form_of == target:
        return cue != "plain"
    return theirs is not None and theirs.form_of == drug


def _grounded(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's subject is its own: attached by the parse (as its family says), or,
    where the family does not say, named in the claim's sentence or referred to there ("it",
    "this drug") — never carried over from a sentence that does not mention it."""
    if claim.kind == "study":
        return True  # studies clash whatever drug they are about (their `grounded` says only parsed or not)
    if claim.grounded is not None or claim.subject is None:
        return claim.grounded is not False
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
    naming one): a clinic's infusion and a tablet taken at home are two treatments."""
    return a.target == b.target and a.cue != b.cue


def _other_drug(ctx: Context, a: Claim, b: Claim) -> bool:
    """The same form said to be two drugs, or a drug and not that drug. One drug a form of the
    other is no clash ("the spray is <drug>", "… is a form of <drug>"), unless the broader one
    is said to be that drug itself ("ordinary <drug>")."""
    if a.target == b.target:
        return a.negated != b.negated
    if a.negated or b.negated:
        return False
    entries = ctx.knowledge.entries
    for x, y in ((a, b), (b, a)):
        entry = entries.get(x.target)
        if entry is not None and entry.form_of == y.target:
            return y.cue == "plain"
    return True


def _source_says(ctx: Context, claim: Claim, field: str, value) -> bool:
    """Whether the source study the claim is about gives it this year or data period: HL701 is
    never reported on a line the source supports (the earlier, wrong line has its own finding)."""
    study = identify(claim, ctx.knowledge, ctx.annotation.sentences[claim.sentence].text)
    return study is not None and getattr(study, field) == value


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
        return a.negated != b.negated
    if a.negated or b.negated:
        return False
    return a.subject.startswith("form:") or len({f.route for f in ctx.knowledge.forms if f.drug == a.subject}) == 1


# Claim kinds without numbers, and when two of them about the same subject clash.
_WORDED = {"mechanism": _opposite_actions, "setting": _opposite_settings, "identity": _other_drug,
           "route": _other_route}


# Approximate spans ("about a month") clash only this many times apart.
_ROUGHLY = 2.0


def _clash(ctx: Context, a: Claim, b: Claim, years: set = frozenset()) -> bool:
    """Whether b, later, contradicts a. years: the years of the studies of b's design named
    before b (what "the trial" may refer to)."""
    if a.sentence == b.sentence:
        return False
    within = ctx.knowledge.within
    if a.kind in APPROVAL_KINDS and b.kind in APPROVAL_KINDS:
        if a.subject != b.subject or a.target is None or b.target is None:
            return False
        rule, fact = judge(b, ctx.knowledge)
        if rule is None and fact is not None:
            return False  # never reported on a line the source supports: the wrong earlier one has its finding
        if a.kind == b.kind == "approval" and a.negated != b.negated:
            yes, no = (a, b) if b.negated else (b, a)
            if yes.quantifier == "some":
                return False  # "approved for certain <conditions>" does not clash with one of them denied
            # "not approved for <X>" denies the approval for X and what X contains only with "any
            # <X>"; without it, "approved for <a kind of X>, not for X in general" is consistent.
            if no.quantifier == "all":
                return within(yes.target, no.target)
            return within(no.target, yes.target)
        if a.kind != b.kind and not a.negated and not b.negated:
            off, approved = (a, b) if a.kind == "off-label" else (b, a)
            return within(off.target, approved.target)
        return False
    if a.kind in TIME_KINDS and a.kind == b.kind:
        if a.subject != b.subject or a.negated or b.negated or not _related(ctx, a.conditions, b.conditions):
            return False
        if compare(a.span, b.span) != "disjoint":
            return False
        if (a.span.approx or b.span.approx) and ratio(a.span, b.span) < _ROUGHLY:
            return False  # "about a month" and "about six weeks": one rough figure, said twice
        texts = [cue_text(ctx, c.sentence) for c in (a, b)]
        held_to = [set(candidates(c, ctx.knowledge, t)) for c, t in zip((a, b), texts)]
        if held_to[0] and held_to[1] and not held_to[0] & held_to[1]:
            return False  # each names a different effect of the source's ("after each dose", "after a series")
        # Reported on the later line: never on one the source supports (the earlier line, wrong,
        # has its own finding against the source).
        return supporting(b, ctx.knowledge, texts[1]) is None
    if a.kind == b.kind == "lasting":
        return (a.subject == b.subject and a.negated != b.negated
                and bool(a.conditions) == bool(b.conditions) and _related(ctx, a.conditions, b.conditions))
    if {a.kind, b.kind} == {"no-side-effects", "side-effects"}:
        denial = a if a.kind == "no-side-effects" else b
        return a.subject == b.subject and not denial.negated
    if a.kind == b.kind and a.kind in _WORDED:
        return a.subject == b.subject and _WORDED[a.kind](ctx, a, b)
    if a.kind == b.kind == "study":
        if not b.definite or a.design != b.design:
            return False
        if a.year and b.year and a.year != b.year:  # "the trial" dated twice
            if _named_by_year(ctx, b):
                return False  # "the 2019 trial" after "the 2017 study": its year names another study
            # With no condition of its own, "the trial" is the earlier one only when the draft
            # has named one study of that design so far ("the study", of no design, any one).
            clash = bool(set(a.conditions) & set(b.conditions)) or (not b.conditions and years == {a.year})
            return clash and not _source_says(ctx, b, "year", b.year)
        # One study ("the 2023 analysis") given two data periods.
        return (a.year == b.year and a.period is not None and b.period is not None and a.period != b.period
                and not _source_says(ctx, b, "data_period", b.period))
    return False
