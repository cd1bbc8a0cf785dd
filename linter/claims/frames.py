"""Who each clause is about: the subject drug, resolved across clauses and sentences."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from linter.nlp import Annotation, Clause, Mention, Sentence

_DETERMINERS = {"a", "an", "the", "this", "that"}


@dataclass(frozen=True)
class Frame:
    clause: Clause
    drugs: tuple[Mention, ...]  # every drug named in the clause
    subjects: tuple[str, ...]  # drug ids the clause is about


def is_reference(ann: Annotation, mention: Mention) -> bool:
    """A drug named only as what another is a form of: "a form of <drug>"."""
    for cue in ann.cues_in(max(0, mention.tok_start - 4), mention.tok_start, "reference"):
        if all(n in _DETERMINERS for n in ann.norms[cue.tok_end:mention.tok_start]):
            return True
    return False


class Frames(list):
    """A sentence's frames, in order; knows the first clause with a subject (asked for once per
    claim, so a sentence of many clauses is not read again for each)."""

    first_subject: str | None = None


def frames(ann: Annotation, sentence: Sentence, last_drug: str | None) -> Frames:
    """A frame per clause."""
    out = Frames()
    sentence_subject: str | None = None
    kinds = sentence.cue_kinds  # a cue the sentence lacks, no clause of it has
    for clause in sentence.clauses:
        drugs = ann.mentions_in(clause.tok_start, clause.tok_end, "drug")
        named = [m.id for m in drugs if not is_reference(ann, m)]
        subjects = _unique(named)
        relative = not drugs and "relative" in kinds and ann.cues_in(clause.tok_start, clause.tok_start + 1, "relative")
        before = ann.last_mention(sentence.tok_start, clause.tok_start, "drug") if relative else None
        if before is not None:
            subjects = [before.id]  # "<drug>, which is approved …"
        elif not drugs:
            if last_drug and "anaphora" in kinds and ann.cues_in(clause.tok_start, clause.tok_end, "anaphora"):
                subjects = [last_drug]
            elif sentence_subject:
                subjects = [sentence_subject]
            elif last_drug and "off-label" in kinds and ann.cues_in(clause.tok_start, clause.tok_end, "off-label"):
                subjects = [last_drug]  # "This use is off-label." speaks of the drug in discussion
        if subjects and sentence_subject is None:
            sentence_subject = out.first_subject = subjects[0]
        if named:
            last_drug = named[-1]
        out.append(Frame(clause, tuple(drugs), tuple(subjects)))
    return out


def last_named(ann: Annotation) -> dict[int, str]:
    """Sentence index -> the drug in discussion once that sentence is read: the last it names
    (not as a reference). Sentences naming none are left out."""
    return {sentence.index: mention.id for sentence, mention in ann.drug_sentences if not is_reference(ann, mention)}


def frame_at(frames_: list[Frame], tok: int) -> Frame | None:
    at = bisect.bisect_right(frames_, tok, key=_clause_start) - 1  # clauses are in order, and tile the sentence
    return frames_[at] if at >= 0 and tok < frames_[at].clause.tok_end else None


def _clause_start(frame: Frame) -> int:
    return frame.clause.tok_start


def topic(frames_: Frames, tok: int, last_drug: str | None) -> str | None:
    """The drug a word at `tok` is about: its clause's subject, else the sentence's, else the last named."""
    frame = frame_at(frames_, tok)
    if frame and frame.subjects:
        return frame.subjects[0]
    return frames_.first_subject or last_drug


def _unique(ids) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out
