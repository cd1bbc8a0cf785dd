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
        targets = ann.mentions_in(clause.tok_start, clause.tok_end, "condition", "use")
        if cue_tok is not None:
            linked = _linked(ann, clause, cue_tok, targets)
            targets = [t for t in targets if linked(t)]
        opener = ann.norms[clause.tok_start]
        elliptic = opener in _ELLIPSIS_OPENERS and _words(ann, clause) <= _ELLIPSIS_WORDS
        if kind is None and previous_kind and elliptic:
            kind = previous_kind
        if kind and not targets and frame.drugs and elliptic:
            targets = previous_targets
        if not kind:
            continue
        hedged = "hedge" in kinds and bool(ann.cues_in(clause.tok_start, clause.tok_end, "hedge"))
        words = _word_bounds(ann, clause)
        for subject in frame.subjects:
            for target in targets or [None]:
                negated = self_negating or (cue_tok is not None and ann.is_negated(cue_tok))
                if target is not None and target.tok_start >= clause.tok_start:
                    negated = negated or ann.is_negated(target.tok_start)
                elif target is not None:  # carried over from the clause before
                    negated = self_negating or _clause_negated(ann, clause)
                start, end = _span(ann, words, target)
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


def _linked(ann: Annotation, clause: Clause, cue_tok: int, targets: list[Mention]):
    """Whether the approval cue governs a target (of the clause's `targets`): one before it with
    no comma between, or one after it before a comma that opens a new phrase ("<drug>,
    approved as <use>, shows promise for <condition>"). Each comma is looked at once."""
    texts, norms = ann.texts, ann.norms
    target_starts = {t.tok_start for t in targets}
    comma_before = next((i for i in range(cue_tok - 1, clause.tok_start - 1, -1) if texts[i] == ","), -1)
    comma_after = next((i for i in range(cue_tok, clause.tok_end) if texts[i] == "," and i + 1 < len(texts)
                        and norms[i + 1] not in _LIST_CONTINUERS and i + 1 not in target_starts), clause.tok_end)

    def linked(target: Mention) -> bool:
        if target.tok_start < cue_tok:
            return comma_before < target.tok_end
        return target.tok_start <= comma_after

    return linked


def _clause_negated(ann: Annotation, clause: Clause) -> bool:
    return ann.is_negated(clause.tok_start, clause.tok_end) or bool(
        ann.cues_in(clause.tok_start, clause.tok_end, "negation"))


def _word_bounds(ann: Annotation, clause: Clause) -> tuple[int, int]:
    """The clause's first and last words (its first and last tokens, if it has no word)."""
    every = range(clause.tok_start, clause.tok_end)
    words = [i for i in every if ann.is_word[i]] or every
    return words[0], words[-1]


def _span(ann: Annotation, words: tuple[int, int], target: Mention | None) -> tuple[int, int]:
    """From the first word of the clause to its target (or the clause's last word)."""
    first, last = words
    start = ann.starts[first]
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
