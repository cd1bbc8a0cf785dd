"""Study mentions: year, data period, design, topic."""

from __future__ import annotations

import re

from linter.claims.base import Claim, Item
from linter.claims.frames import Frame, topic
from linter.nlp import Annotation, Sentence
from linter.packs import STRENGTHS

_PERIOD = re.compile(r"\b(?:from\s+|between\s+)?((?:19|20)\d\d)\s*(?:-|–|—|to|and|through|until)\s*((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


TRIGGERS = frozenset({"study"})  # cue kinds a claim needs


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    cues = ann.cues_in(sentence.tok_start, sentence.tok_end, "study")
    if not cues:
        return []
    text = sentence.text
    parts = []
    period = None
    taken = []
    m = _PERIOD.search(text)
    if m:
        period = (int(m.group(1)), int(m.group(2)))
        taken = [m.span()]
        parts.append(("period", Item(m.group(0), sentence.start + m.start(), sentence.start + m.end())))
    year = None
    for y in _YEAR.finditer(text):
        if not any(a <= y.start() < b for a, b in taken):
            year = int(y.group(1))
            parts.append(("year", Item(y.group(1), sentence.start + y.start(), sentence.start + y.end())))
            break
    if year is None and period is None:
        return []
    design = None
    for strength in STRENGTHS:
        found = ann.cues_in(sentence.tok_start, sentence.tok_end, f"design-{strength}")
        if found:
            design = strength
            parts.append(("design", Item(found[0].text, found[0].start, found[0].end)))
    definite = any(ann.cues_in(max(sentence.tok_start, c.tok_start - 3), c.tok_start, "definite") for c in cues)
    conditions = tuple(dict.fromkeys(
        m.id for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition")))
    where = dict(parts).get("year") or dict(parts).get("period")
    return [Claim("study", topic(frames, cues[0].tok_start, last_drug), where.start, where.end, sentence.index,
                  conditions=conditions, year=year, period=period, design=design, definite=definite,
                  parts=tuple(parts))]
