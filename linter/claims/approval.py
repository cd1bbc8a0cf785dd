"""Approval and off-label claims: "<drug> is (not) approved / used off-label for <condition>"."""

from __future__ import annotations

from linter.claims.base import Claim
from linter.claims.frames import Frame
from linter.nlp import Annotation, Clause, Mention, Sentence

# Clause openers after which a clause may leave out its verb:
# "approved as <use> but not for <condition>".
_ELLIPSIS_OPENERS = {"but", "whereas", "while", "whilst", "yet", ";", "although", "though"}
_ELLIPSIS_WORDS = 5  # "but not for <condition>"; a longer clause has a verb of its own
# After a comma these words continue the list of uses an approval covers:
# "approved as <use>, as <use>, or to treat …", "…, including <condition>".
_LIST_CONTINUERS = {"and", "or", "as", "for", "to", "in", "including", "such", "especially",
                    "particularly", "specifically", "like", "namely", "nor", "e.g.", "i.e.",
                    "not", "but", "only"}


TRIGGERS = frozenset({"approval", "approval-negative", "off-label"})  # cue kinds a claim needs


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    out: list[Claim] = []
    previous_kind: str | None = None
    previous_targets: list[Mention] = []
    kinds = sentence.cue_kinds  # a cue the sentence lacks, no clause of it has
    for frame in frames:
        clause = frame.clause
        kind, cue_tok, self_negating = _kind(ann, clause, kinds)
        if kind == "approval" and "speculative" in kinds and _speculative(ann, clause, cue_tok):
            kind = None
        targets = [t for t in ann.mentions_in(clause.tok_start, clause.tok_end, "condition", "use")
                   if cue_tok is None or _linked(ann, cue_tok, t)]
        opener = ann.norms[clause.tok_start]
        elliptic = opener in _ELLIPSIS_OPENERS and _words(ann, clause) <= _ELLIPSIS_WORDS
        if kind is None and previous_kind and elliptic:
            kind = previous_kind
        if kind and not targets and frame.drugs and elliptic:
            targets = previous_targets
        if not kind:
            continue
        hedged = "hedge" in kinds and bool(ann.cues_in(clause.tok_start, clause.tok_end, "hedge"))
        for subject in frame.subjects:
            for target in targets or [None]:
                negated = self_negating or (cue_tok is not None and ann.is_negated(cue_tok))
                if target is not None and target.tok_start >= clause.tok_start:
                    negated = negated or ann.is_negated(target.tok_start)
                elif target is not None:  # carried over from the clause before
                    negated = self_negating or _clause_negated(ann, clause)
                start, end = _span(ann, clause, target)
                out.append(Claim(kind, subject, start, end, sentence.index, negated=negated, hedged=hedged,
                                 target=target.id if target else None))
        previous_kind, previous_targets = kind, targets or previous_targets
    return _dedupe(out)


def _words(ann: Annotation, clause: Clause) -> int:
    return sum(1 for n in ann.norms[clause.tok_start:clause.tok_end] if any(ch.isalnum() for ch in n))


def _kind(ann: Annotation, clause: Clause, kinds: frozenset[str]) -> tuple[str | None, int | None, bool]:
    """Claim kind of a clause, the cue token deciding its polarity, and whether the cue negates
    itself. `kinds`: the cue kinds of the clause's sentence."""
    for kind in ("off-label", "approval-negative", "approval"):
        cues = kind in kinds and ann.cues_in(clause.tok_start, clause.tok_end, kind)
        if cues:
            if kind == "approval-negative":
                return "approval", cues[0].tok_start, True
            return kind, cues[0].tok_start, False
    return None, None, False


def _speculative(ann: Annotation, clause: Clause, cue_tok: int) -> bool:
    """A forecast ("may soon be approved") states no approval status."""
    return any(c.tok_start < cue_tok for c in ann.cues_in(clause.tok_start, clause.tok_end, "speculative"))


def _linked(ann: Annotation, cue_tok: int, target: Mention) -> bool:
    """Does the approval cue govern this target? Stops at commas that open a new phrase
    ("<drug>, approved as <use>, shows promise for <condition>")."""
    texts, norms = ann.texts, ann.norms
    if target.tok_start < cue_tok:
        return "," not in texts[target.tok_end:cue_tok]
    targets = {m.tok_start for m in ann.mentions_in(cue_tok, target.tok_start + 1, "condition", "use")}
    for i in range(cue_tok, target.tok_start):
        if texts[i] == "," and i + 1 < len(texts):
            if norms[i + 1] not in _LIST_CONTINUERS and i + 1 not in targets:
                return False
    return True


def _clause_negated(ann: Annotation, clause: Clause) -> bool:
    return ann.is_negated(clause.tok_start, clause.tok_end) or bool(
        ann.cues_in(clause.tok_start, clause.tok_end, "negation"))


def _span(ann: Annotation, clause: Clause, target: Mention | None) -> tuple[int, int]:
    """From the first word of the clause to its target (or the clause end)."""
    every = range(clause.tok_start, clause.tok_end)
    words = [i for i in every if ann.is_word[i]] or list(every)
    start = ann.starts[words[0]]
    last = words[-1]
    end = target.end if target is not None and target.end > start else ann.starts[last] + len(ann.texts[last])
    return start, end


def _dedupe(found: list[Claim]) -> list[Claim]:
    seen = set()
    out = []
    for c in found:
        key = (c.kind, c.subject, c.target, c.negated)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
