"""Time-course claims: how soon an effect starts (onset), how long it lasts (duration),
and whether it lasts at all ("long-lasting", "short-lived")."""

from __future__ import annotations

from linter.claims.base import Claim
from linter.claims.frames import Frame, frame_at, topic
from linter.nlp import Annotation, Sentence
from linter.quantities import find


# A time span needs an onset or duration cue to be a claim; "long-lasting" is a cue itself.
TRIGGERS = frozenset({"onset", "duration", "lasting", "not-lasting"})


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    spans = find(sentence.text)
    conditions = tuple(dict.fromkeys(
        m.id for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition")))
    out = []
    for found in spans:
        start, end = sentence.start + found.start, sentence.start + found.end
        tok = ann.token_at(start)
        frame = frame_at(frames, tok)
        if frame is None:
            continue
        aspect = _aspect(ann, sentence, frame, tok, ann.token_at(end - 1) + 1)
        subject = topic(frames, tok, last_drug)
        if aspect is None or subject is None:
            continue
        out.append(Claim(aspect, subject, start, end, sentence.index, negated=ann.is_negated(tok),
                         conditions=conditions, span=found.span))
    out.extend(_lasting(ann, sentence, frames, last_drug, conditions))
    return out


def _aspect(ann: Annotation, sentence: Sentence, frame: Frame, tok: int, tok_end: int) -> str | None:
    """onset or duration, by the nearest cue in the clause outside the span itself ("within" in
    "fades within a week" is part of the span); durations need an effect to last."""
    clause = frame.clause
    cues = [c for c in ann.cues_in(clause.tok_start, clause.tok_end, "onset", "duration")
            if not tok <= c.tok_start < tok_end]
    if not cues:
        inner = ann.cues_in(tok, tok_end, "onset")
        return "onset" if inner else None
    nearest = min(cues, key=lambda c: (abs(c.tok_start - tok), c.kind != "duration"))
    if nearest.kind == "duration" and not ann.cues_in(sentence.tok_start, sentence.tok_end, "effect-noun"):
        return None  # "the course lasts three weeks" is about treatment, not its effect
    return nearest.kind


def _lasting(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug, conditions) -> list[Claim]:
    out: list[Claim] = []
    for frame in frames:
        clause = frame.clause
        for cue in ann.cues_in(clause.tok_start, clause.tok_end, "lasting", "not-lasting"):
            subject = topic(frames, cue.tok_start, last_drug)
            if subject is None:
                continue
            lasts = (cue.kind == "lasting") != ann.is_negated(cue.tok_start)
            out.append(Claim("lasting", subject, cue.start, cue.end, sentence.index, negated=not lasts,
                             conditions=conditions, cue=cue.text))
            break
    return out
