"""The Claim record every extractor produces."""

from __future__ import annotations

from dataclasses import dataclass

from linter.quantities import Span


@dataclass(frozen=True, slots=True)
class Item:
    """A piece of a claim with its own place in the prose (a list item, a year)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion (slotted: a long draft has a hundred thousand). Fields beyond the first five are used by the kinds that need them:

    approval, off-label: target, negated
    onset, duration:     span, conditions, negated, measures, attached
    time:                span, measures (a session's or a course's length, a follow-up period)
    lasting:             conditions, negated ("not long lasting"), attached
    side-effects:        items (each effect named)
    no-side-effects:     negated ("not without side effects")
    study:               year, period, design, conditions, definite, parts
    overclaim:           cue

    grounded: whether the parse attached the claim's subject to its predicate (None: the
    family does not say). Only a grounded claim can be an error or one side of an in-draft
    contradiction. form: the drug named only by its form ("a nasal spray"), for the check
    to map through the packs (subject is None then). quantifier: "some" or "all" before an
    approval's target ("certain <conditions>", "any <class of disorders>"), or "resistant" after it
    ("<condition> that has not responded to other treatment": a narrower condition, not a hedge).
    """

    kind: str
    subject: str | None
    start: int  # prose span the finding points at
    end: int
    sentence: int
    negated: bool = False
    hedged: bool = False
    target: str | None = None
    conditions: tuple[str, ...] = ()
    span: Span | None = None
    items: tuple[Item, ...] = ()
    year: int | None = None
    period: tuple[int, int] | None = None
    design: str | None = None
    definite: bool = False
    cue: str | None = None
    parts: tuple[tuple[str, Item], ...] = ()  # named places: ("year", Item), ("design", Item)
    # The parse attaches the subject (whose), the predicate and the argument to each other: only
    # such a claim can be an error or one side of a contradiction. None: the family does not say.
    grounded: bool | None = None
    form: str | None = None
    quantifier: str | None = None
    # What a time span measures: onset, effect (how long it lasts), session, course, follow-up.
    measures: str | None = None
    # Someone else's claim the draft passes on without refuting it ("According to some clinics,
    # <claim>"): the draft may only be quoting, so it is at most a warning (frames.voice).
    reported: bool = False
    # The opposite of a report the draft calls false ("Sites write that <claim>. That is old
    # information."): the writer's own claim, read through the report (never grounded).
    contrary: bool = False
    # An approval another jurisdiction than the packs' gives ("licensed for <X> in the UK"): it
    # cannot contradict their facts, so it is at most HL203, never HL201.
    elsewhere: bool = False
    # An approval the words suggest but nothing in the parse ties to its use (approval._guesses),
    # or a product's in one row of a table of several: worth a warning where the source
    # contradicts it, nothing where the source is silent, and no side of an in-draft contradiction.
    guess: bool = False
    # Whether the claim may be one side of an in-draft contradiction (HL701): not a status a table
    # gives a condition its labels name, which other rows or prose may word otherwise on purpose.
    side: bool = True

    def part(self, name: str) -> Item | None:
        return next((item for key, item in self.parts if key == name), None)
