"""Extract stage: typed claims from an annotated document.

A claim is what a sentence asserts, reduced to ids the packs use: "<drug> is
not FDA-approved for <condition>" becomes Claim(kind="approval", subject=<drug id>,
target=<condition id>, negated=True). Checks compare claims with facts or with each
other; they never re-read the prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from linter.nlp import Annotation, Clause, Mention, Sentence

APPROVAL_KINDS = ("approval", "off-label")
# Clause openers after which a clause may leave out its verb:
# "approved as <use> but not for <condition>".
_ELLIPSIS_OPENERS = {"but", "whereas", "while", "whilst", "yet", ";", "although", "though"}
_DETERMINERS = {"a", "an", "the", "this", "that"}
# After a comma these words continue the list of uses an approval covers:
# "approved as <use>, as <use>, or to treat …", "…, including <condition>".
_LIST_CONTINUERS = {"and", "or", "as", "for", "to", "in", "including", "such", "especially",
                    "particularly", "specifically", "like", "namely", "nor", "e.g.", "i.e.",
                    "not", "but", "only"}


@dataclass(frozen=True)
class Claim:
    kind: str  # approval | off-label
    subject: str | None  # drug id
    target: str | None  # condition or use id
    negated: bool
    hedged: bool
    start: int  # prose span of the clause part that makes the claim
    end: int
    sentence: int


def extract(ann: Annotation) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    last_drug: str | None = None
    for sentence in ann.sentences:
        found, last_drug = _sentence_claims(ann, sentence, last_drug)
        if not sentence.text.rstrip().endswith("?"):  # a question asserts nothing
            claims.extend(found)
    return tuple(claims)


def _is_reference(ann: Annotation, mention: Mention) -> bool:
    """A drug named only as what another is a form of: "a form of <drug>"."""
    doc = ann.doc
    for cue in ann.cues_in(max(0, mention.tok_start - 4), mention.tok_start, "reference"):
        gap = doc[cue.tok_end:mention.tok_start]
        if all(t.norm_ in _DETERMINERS for t in gap):
            return True
    return False


def _sentence_claims(ann: Annotation, sentence: Sentence, last_drug: str | None):
    claims = []
    sentence_subject: str | None = None
    previous_kind: str | None = None
    previous_targets: list[Mention] = []
    for clause in sentence.clauses:
        drugs = ann.mentions_in(clause.tok_start, clause.tok_end, "drug")
        subjects = _unique(m.id for m in drugs if not _is_reference(ann, m))
        before = ann.mentions_in(sentence.tok_start, clause.tok_start, "drug")
        if not drugs and before and ann.cues_in(clause.tok_start, clause.tok_start + 1, "relative"):
            subjects = [before[-1].id]  # "<drug>, which is approved …"
        elif not drugs:
            if ann.cues_in(clause.tok_start, clause.tok_end, "anaphora") and last_drug:
                subjects = [last_drug]
            elif sentence_subject:
                subjects = [sentence_subject]
            elif last_drug and ann.cues_in(clause.tok_start, clause.tok_end, "off-label"):
                subjects = [last_drug]  # "This use is off-label." speaks of the drug in discussion
        kind, cue_tok, self_negating = _kind(ann, clause)
        if kind == "approval" and _speculative(ann, clause, cue_tok):
            kind = None
        targets = [t for t in ann.mentions_in(clause.tok_start, clause.tok_end, "condition", "use")
                   if cue_tok is None or _linked(ann, cue_tok, t)]
        opener = ann.doc[clause.tok_start].norm_
        if kind is None and previous_kind and opener in _ELLIPSIS_OPENERS:
            kind = previous_kind
        if kind and not targets and drugs and opener in _ELLIPSIS_OPENERS:
            targets = previous_targets
        if kind:
            hedged = bool(ann.cues_in(clause.tok_start, clause.tok_end, "hedge"))
            for subject in subjects:
                for target in targets or [None]:
                    negated = self_negating or (cue_tok is not None and ann.is_negated(cue_tok))
                    if target is not None and target.tok_start >= clause.tok_start:
                        negated = negated or ann.is_negated(target.tok_start)
                    elif target is not None:  # carried over from the clause before
                        negated = self_negating or _clause_negated(ann, clause)
                    start, end = _span(ann, clause, drugs, target)
                    claims.append(Claim(kind, subject, target.id if target else None, negated,
                                        hedged, start, end, sentence.index))
            previous_kind, previous_targets = kind, targets or previous_targets
        if subjects and sentence_subject is None:
            sentence_subject = subjects[0]
        named = [m.id for m in drugs if not _is_reference(ann, m)]
        if named:
            last_drug = named[-1]
    return _dedupe(claims), last_drug


def _kind(ann: Annotation, clause: Clause) -> tuple[str | None, int | None, bool]:
    """Claim kind of a clause, the cue token deciding its polarity, and whether the cue negates itself."""
    for kind in ("off-label", "approval-negative", "approval"):
        cues = ann.cues_in(clause.tok_start, clause.tok_end, kind)
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
    doc = ann.doc
    if target.tok_start < cue_tok:
        return not any(t.text == "," for t in doc[target.tok_end:cue_tok])
    targets = {m.tok_start for m in ann.mentions_in(cue_tok, target.tok_start + 1, "condition", "use")}
    for token in doc[cue_tok:target.tok_start]:
        if token.text == "," and token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            if nxt.norm_ not in _LIST_CONTINUERS and nxt.i not in targets:
                return False
    return True


def _clause_negated(ann: Annotation, clause: Clause) -> bool:
    return ann.is_negated(clause.tok_start, clause.tok_end) or bool(
        ann.cues_in(clause.tok_start, clause.tok_end, "negation"))


def _span(ann: Annotation, clause: Clause, drugs: list[Mention], target: Mention | None) -> tuple[int, int]:
    """From the first word of the clause to its target (or the clause end)."""
    tokens = [t for t in ann.doc[clause.tok_start:clause.tok_end] if not t.is_punct and not t.is_space]
    if not tokens:
        tokens = list(ann.doc[clause.tok_start:clause.tok_end])
    start = tokens[0].idx
    end = target.end if target is not None and target.end > start else tokens[-1].idx + len(tokens[-1].text)
    return start, end


def _unique(ids) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen = set()
    out = []
    for c in claims:
        key = (c.kind, c.subject, c.target, c.negated)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
