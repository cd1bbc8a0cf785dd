"""Extract stage: typed claims from an annotated document.

A claim is what a sentence asserts, reduced to ids the packs use: "<drug> is
not FDA-approved for <condition>" becomes Claim(kind="approval", subject=<drug
id>, target=<condition id>, negated=True). Checks compare claims with facts or
with each other; they never re-read the prose. One module per claim family; which modules,
and in what order, is the family registry's to say (linter/checks/__init__.py): the runner
hands them to extract().
"""

from __future__ import annotations

import functools
import heapq
from dataclasses import replace

from linter.claims import study_rows, tables
from linter.claims.base import Claim, Item
from linter.claims.discussion import discussed
from linter.claims.frames import NOT_ASSERTED, REPORTED, column_drugs, frame_at, frames, head_of, is_question, voice
from linter.nlp import Annotation

APPROVAL_KINDS = ("approval", "off-label")
TIME_KINDS = ("onset", "duration")
# The kinds whose checks grade a reported claim (Claim.reported) as a warning; a reported claim
# of another kind is left out, as its check would make it an error.
REPORTABLE_KINDS = (*APPROVAL_KINDS, *TIME_KINDS, "overclaim", "mechanism", "route", "setting", "identity",
                    "no-side-effects", "denied-effects", "side-effects", "study")

__all__ = ["APPROVAL_KINDS", "TIME_KINDS", "Claim", "Item", "extract"]


def extract(ann: Annotation, extractors: tuple) -> tuple[Claim, ...]:
    """The claims of every sentence, read by the extractors (modules with TRIGGERS, the cue kinds
    that make one read a sentence, and claims(ann, sentence, frames, drug_before)), in order."""
    told = befores(ann)
    claims = [c for sentence in ann.sentences for c in sentence_claims(ann, extractors, sentence, told)]
    return tuple(with_tables(ann, claims))


def befores(ann: Annotation) -> list[str | None]:
    """Sentence index -> the drug a sentence's claims speak of when it names none: a table cell
    speaks of its column's drug, not of the cell before it; other sentences of the drug in
    discussion."""
    in_discussion = discussed(ann)
    columns = column_drugs(ann)
    return [columns[s.block] if s.block in columns else in_discussion[s.index] for s in ann.sentences]


def sentence_claims(ann: Annotation, extractors: tuple, sentence, told: list[str | None]) -> list[Claim]:
    """The prose claims of one sentence (`told`: befores(ann)). The language server's incremental
    path (linter/incremental.py) calls it for the sentences an edit can change."""
    # A family reads a sentence only if it holds one of the family's cues; a question asserts nothing.
    families = _families(sentence.cue_kinds, extractors)
    if not families or is_question(ann, sentence):
        return []
    before = told[sentence.index]
    clause_frames = frames(ann, sentence, before)
    parsed = sentence.index in ann.parses
    claims = []
    for family in families:
        found = family.claims(ann, sentence, clause_frames, before)
        # Quoted, conditional, myth-framed and refuted claims are no one's assertion; a
        # reported one is passed on, but not in the writer's own voice.
        found = [_voiced(c, voice(ann, sentence, _head(ann, sentence, c))) for c in found]
        found = [c for c in found if c is not None]
        if not parsed and not sentence.cue_kinds.isdisjoint(("attribution", "conditional")):
            found = [c for c in found if not _attributed(ann, clause_frames, c)]
        claims.extend(found)
    return claims


def with_tables(ann: Annotation, claims: list[Claim]) -> list[Claim]:
    """The prose claims and those of table cells and lists under a lead-in, in sentence order.
    A cell or item read from its labels names no drug of its own: its labels say more than the
    drug a prose extractor carries over from the sentences before, so their claims replace the
    prose claims of the same family in that sentence."""
    studied = study_rows.rows(ann)  # a table of studies: a row's cells read as one mention
    composed = sorted([*tables.claims(ann), *(c for c, _ in studied)], key=lambda c: c.start)
    if not composed:
        return claims
    read = {(c.sentence, _FAMILY.get(c.kind, c.kind)) for c in composed}
    read |= {(s, "study") for _, cells in studied for s in cells}
    kept = [c for c in claims if (c.sentence, _FAMILY.get(c.kind, c.kind)) not in read]
    return list(heapq.merge(kept, composed, key=lambda c: c.sentence))


_FAMILY = {"off-label": "approval"}


@functools.lru_cache(maxsize=1024)  # few distinct sets of cue kinds occur
def _families(kinds: frozenset[str], extractors: tuple) -> tuple:
    """The claim families a sentence with these cue kinds triggers."""
    return tuple(f for f in extractors if not kinds.isdisjoint(f.TRIGGERS))


def _voiced(claim: Claim, said: str) -> Claim | None:
    """The claim as the draft passes it on (marked when reported), or None when it asserts it not.
    A claim its family already marks reported or contrary is one the family read through the
    report (the opposite of a report the draft calls false) and stays."""
    if claim.contrary or claim.reported and claim.kind in REPORTABLE_KINDS:
        return claim
    if said == NOT_ASSERTED or (said == REPORTED and claim.kind not in REPORTABLE_KINDS):
        return None
    return replace(claim, reported=True) if said == REPORTED else claim


def _head(ann: Annotation, sentence, claim: Claim) -> int:
    """The token that governs a claim's span in the parse (its first token without one)."""
    first = ann.token_at(claim.start)
    parse = ann.parses.get(sentence.index)
    if parse is None or first not in parse:
        return first
    return head_of(parse, first, ann.token_at(max(claim.start, claim.end - 1)) + 1)


def _attributed(ann: Annotation, clause_frames, claim: Claim) -> bool:
    """A claim reported as someone else's ("some sites claim …") or supposed ("if the trial
    was …") is not the draft's own. (Without a parse, a cue anywhere in the clause is all there
    is to go on.)"""
    tok = ann.token_at(claim.start)
    frame = frame_at(clause_frames, tok)
    if frame is None:
        return False
    return bool(ann.cues_in(frame.clause.tok_start, frame.clause.tok_end, "attribution", "conditional"))
