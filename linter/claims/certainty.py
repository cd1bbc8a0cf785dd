"""Overclaiming: certainty ("cures", "proven", "risk-free") the evidence does not carry."""

from __future__ import annotations

from linter.claims.base import Claim
from linter.claims.frames import Frame, topic
from linter.nlp import Annotation, Sentence

_VERB_REACH = 3  # "eliminates <condition>", "eliminates your <condition> symptoms"


TRIGGERS = frozenset({"overclaim", "overclaim-verb"})  # cue kinds a claim needs


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    out: list[Claim] = []
    about = ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug", "condition")
    for frame in frames:
        clause = frame.clause
        if ann.cues_in(clause.tok_start, clause.tok_end, "hedge", "speculative"):
            continue
        found = [c for c in ann.cues_in(clause.tok_start, clause.tok_end, "overclaim")]
        for verb in ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-verb"):
            if ann.mentions_in(verb.tok_end, verb.tok_end + _VERB_REACH, "condition"):
                found.append(verb)
        found = [c for c in found if not ann.is_negated(c.tok_start)]
        if not found:
            continue
        cue = min(found, key=lambda c: c.tok_start)
        subject = topic(frames, cue.tok_start, last_drug)
        if not about and not frame.subjects:
            continue  # certainty about something the packs do not cover
        out.append(Claim("overclaim", subject, cue.start, cue.end, sentence.index, cue=cue.text))
    return out
