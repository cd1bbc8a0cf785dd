"""Side-effect claims compared with the side effects the source lists."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Iterator

from linter.checks.base import CONTRADICTED, SUPPORTED, UNSUPPORTED, Context, Verdict, findings_of
from linter.checks.typo import near_miss
from linter.claims import Claim
from linter.claims.discussion import last_named, main_drug
from linter.findings import Finding, Rule
from linter.packs import Knowledge, SideEffect
from linter.words import stem

UNLISTED = Rule(
    code="HL401",
    name="side-effect.unlisted",
    category="side-effect",
    severity="warning",
    summary="A side effect the source does not list for the drug.",
    doc="""\
What it flags: an effect named in a side-effect sentence ("side effects include
A, B and C"), in a list introduced as side effects, or in running prose about the
drug ("<effect> is a common complaint after treatment", "some patients report
<effect>", "<drug> can cause <effect>", "<drug> often leaves people with <effect>",
"<effect> is a frequent side effect of <drug>", "<effect> is common after <drug>",
"<effect> is caused by <drug>"), or a symptom (rules/language.yaml, `symptom`) that a
word of frequency, expectation or experience ties to the drug in discussion ("<effect> is a
given with <drug>", "<effect> is common for an hour afterwards", "some people leave with
<effect>", "a few people feel queasy for the rest of the day"), or in a list under a heading that names side effects (right under it, or under a
lead-in that ends in a colon), in apposition ("<effect>, a side effect of <drug>, …"), after a
loose word for side effects ("the only downside is <effect>", "one of <drug>'s lesser-known
effects is <effect>"; a symptom only), in a relative clause ("<effect>, which <drug> can bring
on"), in brackets after a side-effect word ("its side effects (<x>, <y> and <z>) are …"), or
said as a verb whose subject is the drug ("<drug> can irritate the bladder", "it can
make your heart race"), in a table cell whose label says side effects in a table that names no
drug (the drug in discussion's), or in a list under a lead-in that names neither side effects
nor a condition ("some notice:") when two of the list's items or more are effects the source
lists (the others are then read as the drug's effects too), that is not among the side effects the source lists
for that drug (or, for a form of a drug such as its nasal spray, for the drug). A report sentence that names no drug of its own is the
drug's only when the sentence just before names it (or "it", "the treatment") and
no comparator: "<drug> sessions end with a rest. Sweating is a frequent complaint
afterwards." fires; after "<comparator> is taken daily." it stays silent. Other words for a listed effect (the pack's aliases:
"memory problems" for memory loss, "lose consciousness", "become agitated"), inflections
("hallucinating", "confused": a spelling with exactly the item's words first) and misspellings
(left to the typo rule) match. A list item counts only when the parse shows a
noun phrase: not an adjective ("positive"), a particle ("over"), a clause
fragment ("rare when …") or a gloss in parentheses. Not flagged: a sentence that
also names a comparator (the effect may be the comparator's), a condition the
drug treats ("less <condition>"), a comparison ("fewer <effect> than …"), nothing
noticed or a benefit ("notice nothing", "a lift in mood"), and "side-effect" used
as a modifier ("a side-effect list").

Why: a side-effect list is a safety claim; an effect the source does not list
needs its own evidence.

Example (fires):  Side effects of <drug> include nausea.   (not in the source's lists)
Example (silent): Side effects of <drug> include hallucinating and memory problems.

Fix: remove the effect, or add it (with its source) to the pack.""",
)
DENIED = Rule(
    code="HL402",
    name="side-effect.denied",
    category="side-effect",
    severity="error",
    summary="A claim that a drug has no side effects, or not one the source lists.",
    doc="""\
What it flags: "side-effect free", "no side effects", "does not cause side
effects" about a drug the source lists side effects for; and a listed effect
denied by a causing verb whose subject is the drug ("<drug> never causes
<listed effect>", "<listed effect> is not something <drug> causes", "<listed effect>
doesn't happen with <drug>", "no risk of <listed effect> with <drug>", "you will not feel <listed
effect> during a <drug> session", "none of the patients became <listed effect>", "<drug> doesn't
make you feel <listed effect>", "patients do not experience any <listed effect>", "nobody
gets <listed effect>", "there are no <listed effect>s at these doses": warnings, read from the
words, but not "no one reports <listed effect>" nor "not everyone gets <listed effect>"; an effect the source
does not list, denied, is not flagged; a form of a drug, "<form> never causes <listed
effect>", is held to the drug's list as a warning: the source lists nothing of the form
itself). Negated forms ("not
without side effects") are not flagged, nor a denial of some side effects only:
"does not cause the side effects that <other drugs> cause", "sexual side
effects", "side effects like <effect>" (the parse shows what narrows them; with
no parse, "does not cause side effects" is not flagged).

Why: telling readers a drug is free of side effects is false and dangerous.

Example (fires):  <drug> is side-effect free.
                  <drug> does not cause any side effects at these doses.
Example (silent): <drug> is not without side effects.
                  <drug> does not cause the side effects that <other drugs> are known for.

Fix: name the side effects the source lists.""",
)
RULES = (UNLISTED, DENIED)
# A denial read from the words of a sentence the parse did not prove: a warning, not silence.
_DENIED_WORDED = dataclasses.replace(DENIED, severity="warning")

# Words that say how much or how often, not what: "mild confusion" is confusion.
_MODIFIERS = {"a", "an", "the", "of", "in", "on", "to", "with", "from", "your", "their", "my", "some",
              "any", "mild", "moderate", "severe", "temporary", "short", "term", "brief", "occasional",
              "possible", "potential", "rare", "common", "slight", "sudden", "feel", "feeling", "feelings",
              "being", "very", "extreme", "serious", "other", "certain", "bit", "little", "slightly",
              "somewhat", "quite", "rather", "fairly", "pretty", "kind", "sort",  # "a bit low" is low
              "at", "all", "whatsoever"}  # "no effect on memory at all"


_LETTERS = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=1 << 14)  # pack spellings are compared with every listed item
def words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _LETTERS.findall(text) if w.lower() not in _MODIFIERS)


def matching(item: str, effects: list[SideEffect], systems: frozenset[str] = frozenset()) -> SideEffect | None:
    """The listed effect an item names, if any (an item of only modifiers matches the first);
    `systems` as for the check (the stems `_systems` gives)."""
    return _match(item, effects, _spelled(effects), systems)


def _spelled(effects) -> tuple[tuple[SideEffect, frozenset[str]], ...]:
    """Each effect with the words of each of its spellings."""
    return tuple((e, words(s)) for e in effects for s in e.spellings if words(s))


@functools.lru_cache(maxsize=256)  # every claim about a drug is held to the same list
def _effects_of(knowledge: Knowledge, drug: str | None) -> tuple[tuple[SideEffect, ...], tuple]:
    effects = tuple(e for e in knowledge.side_effects if e.drug == drug)
    return effects, _spelled(effects)


def _match(item: str, effects, spelled, systems: frozenset[str] = frozenset()) -> SideEffect | None:
    """The listed effect an item names: the item's words within a spelling's, or a spelling's
    within the item's ("vivid dreams at night") unless what the item adds is a body system
    (`systems`): "respiratory <effect>" is not the <effect> a pack lists."""
    said = words(item)
    if not said:
        return effects[0] if effects else None
    # A spelling with exactly the item's words first: "confused" is confusion before it is
    # "confused thinking" (cognitive difficulties).
    found = next((e for e, named in spelled if said == named), None) or next(
        (e for e, named in spelled if said <= named or (named <= said and not (said - named) & systems)), None)
    return found or _misspelled(item, effects)


def _misspelled(item: str, effects) -> SideEffect | None:
    """A listed effect with a typo ("dissociaton"): the typo rule reports the spelling; it is
    still a listed effect, not an unlisted one. As with a spelling (see _match), words after it
    narrow it only ("halucinations on waking")."""
    said = [w.lower() for w in _LETTERS.findall(item) if w.lower() not in _MODIFIERS]
    for effect in effects:
        for spelling in effect.spellings:
            named = [w.lower() for w in _LETTERS.findall(spelling) if w.lower() not in _MODIFIERS]
            if named and len(named) <= len(said) and all(a == b or near_miss(a, b) for a, b in zip(said, named)):
                return effect
    return None


def listed(item: str, effects: list[SideEffect]) -> bool:
    return matching(item, effects) is not None


# How many items of a list no label calls side effects must be effects the source lists for the
# list to be read as the drug's effects (a condition's symptoms may share one).
_CONFIRMING = 2


def _unconfirmed(claim: Claim, effects, spelled, systems) -> bool:
    """A list no label calls side effects (claims/side_effects.py gives its items as "listed"
    parts) too few of whose items the source lists; other claims need no confirming."""
    listed = [item for key, item in claim.parts if key == "listed"]
    return bool(listed) and sum(_match(i.text, effects, spelled, systems) is not None for i in listed) < _CONFIRMING


def check(ctx: Context) -> Iterator[Finding]:
    yield from findings_of(ctx, verdicts(ctx))


def verdicts(ctx: Context) -> Iterator[Verdict]:
    page_drug = _page_drug(ctx)
    unlisted: set[tuple[int, frozenset[str]]] = set()  # one finding for an effect a sentence names twice
    for claim in ctx.claims:
        if claim.subject is None and claim.kind in ("side-effects", "denied-effects"):
            claim = _of_the_page(ctx, claim, page_drug)
        if claim.kind == "denied-effects":
            yield from _denied(ctx, claim)
            continue
        if claim.kind not in ("side-effects", "no-side-effects"):
            continue
        effects, spelled = _effects_of(ctx.knowledge, claim.subject)
        systems = _systems(ctx.knowledge)
        owner = claim.subject
        if not effects and claim.kind == "side-effects":
            # A form of a drug ("<form> can cause <x>") is held to the drug's list, for what it
            # does not list only: the source denies nothing of the form.
            owner = _form_of(ctx.knowledge, claim.subject)
            effects, spelled = _effects_of(ctx.knowledge, owner)
        if not effects:
            yield Verdict(UNSUPPORTED, claim.start, claim.end, claim.kind)
            continue
        first = effects[0]  # the pack lists the source's side-effect list first
        drug = ctx.knowledge.name(owner)
        if _unconfirmed(claim, effects, spelled, systems):
            continue
        if claim.kind == "side-effects":
            for item in claim.items:
                effect = _match(item.text, effects, spelled, systems)
                if effect is not None:
                    yield Verdict(SUPPORTED, item.start, item.end, "side effect", source=effect.source,
                                  pack=effect.pack)
                elif (said := (claim.sentence, words(item.text))) not in unlisted:  # "Being sick … been sick twice"
                    unlisted.add(said)
                    yield Verdict(UNSUPPORTED, item.start, item.end, "side effect", UNLISTED,
                                  f"'{ctx.written(item.start, item.end)}' is not among the side effects the "
                                  f"source lists for {drug}",
                                  first.source, first.pack)
        elif claim.negated:
            yield Verdict(SUPPORTED, claim.start, claim.end, claim.kind, source=first.source, pack=first.pack)
        else:
            names = ", ".join(e.name for e in effects[:4])
            proven = _proven(claim)
            yield Verdict(CONTRADICTED, claim.start, claim.end, claim.kind, DENIED if proven else _DENIED_WORDED,
                          f"{'Contradicts' if proven else 'May contradict'} the source: it lists side effects "
                          f"of {drug} ({names}, …)", first.source, first.pack)


@functools.lru_cache(maxsize=16)
def _systems(knowledge: Knowledge) -> frozenset[str]:
    """The stems of the words that make a listed effect another one when an item adds them
    (language.yaml `effect-system`: a body system; `effect-difficulty`: "trouble sleeping" is no
    sleepiness), as `words` gives them."""
    cues = knowledge.language.cues
    return frozenset(stem(w) for kind in ("effect-system", "effect-difficulty") for w in cues.get(kind, ()))


def _page_drug(ctx: Context) -> str | None:
    """The page's main drug (claims/discussion.py), when the packs list its side effects."""
    if not any(c.subject is None and c.kind in ("side-effects", "denied-effects") for c in ctx.claims):
        return None  # read the page only when a claim needs it
    drug = main_drug(ctx.annotation, last_named(ctx.annotation))
    return drug if _effects_of(ctx.knowledge, drug)[0] else None


def _of_the_page(ctx: Context, claim, page_drug: str | None):
    """A side-effect claim whose drug the discussion lost ("<drug A> is related to <drug B>."
    before it) speaks of the page's drug when its own sentence names no drug and no comparator:
    read from the page, not the parse, so never more than a warning."""
    ann = ctx.annotation
    sentence = ann.sentences[claim.sentence]
    if page_drug is None or ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug") or (
            "comparator" in sentence.cue_kinds):
        return claim
    return dataclasses.replace(claim, subject=page_drug, grounded=False)


def _proven(claim) -> bool:
    """A denial is an error only when the parse proves it and the draft says it in its own voice
    (a reported one, "the team says it is free of such effects", is passed on: a warning)."""
    return claim.grounded is not False and not claim.reported


def _form_of(knowledge: Knowledge, drug: str | None) -> str | None:
    entry = knowledge.entries.get(drug) if drug else None
    return entry.form_of if entry is not None else None


def _denied(ctx: Context, claim) -> Iterator[Verdict]:
    """"<drug> never causes <effect>": an error for an effect the source lists; an effect it does
    not list is one the source says nothing about."""
    owner = claim.subject
    effects, spelled = _effects_of(ctx.knowledge, owner)
    of_form = not effects and _form_of(ctx.knowledge, owner) is not None
    if of_form:
        # a form of a drug ("<form> never causes <effect>") denies what the source lists for the
        # drug; the source lists nothing of the form itself, so a warning at most
        owner = _form_of(ctx.knowledge, owner)
        effects, spelled = _effects_of(ctx.knowledge, owner)
    drug = ctx.knowledge.name(owner)
    systems = _systems(ctx.knowledge)
    for item in claim.items:
        effect = _match(item.text, effects, spelled, systems) if effects else None
        if effect is None or not words(item.text):
            yield Verdict(UNSUPPORTED, item.start, item.end, "side effect")
            continue
        proven = _proven(claim) and not of_form
        yield Verdict(CONTRADICTED, item.start, item.end, "side effect", DENIED if proven else _DENIED_WORDED,
                      f"{'Contradicts' if proven else 'May contradict'} the source: it lists {effect.name} "
                      f"among the side effects of {drug}", effect.source, effect.pack)
