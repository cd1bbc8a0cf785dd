"""Approval and off-label claims: "<drug> is (not) approved / used off-label for <condition>".

Read from the parse where there is one: the drug is what holds the approval predicate (the
subject of "is approved", the object of "the FDA approved", the noun an "FDA-approved" or
"off-label" modifies, the possessor of "approval"), through appositions, compounds and "a form
of"; the targets are the conditions and uses in the predicate's own clause (a clause with a
subject of its own is a claim of its own); a noun phrase ("the question of <drug> approval")
is no claim. Where the parse cannot say who holds the predicate, the blank pass's clauses
give the claim, marked ungrounded: it can warn but never be an error.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from linter.claims.base import Claim
from linter.claims.frames import Frame, asserted, called_false, covered, head_of, is_reference, sentence_drug
from linter.nlp import Annotation, Clause, Mention, Sentence

if TYPE_CHECKING:
    from linter.grammar import Parse

# Clause openers after which a clause may leave out its verb:
# "approved as <use> but not for <condition>".
_ELLIPSIS_OPENERS = {"but", "whereas", "while", "whilst", "yet", ";", "although", "though"}
_ELLIPSIS_WORDS = 5  # "but not for <condition>"; a longer clause has a verb of its own
# After a comma these words continue the list of uses an approval covers:
# "approved as <use>, as <use>, or to treat …", "…, including <condition>".
_LIST_CONTINUERS = {"and", "or", "as", "for", "to", "in", "including", "such", "especially",
                    "particularly", "specifically", "like", "namely", "nor", "e.g.", "i.e.",
                    "not", "but", "only"}


TRIGGERS = frozenset({"approval", "approval-negative", "off-label", "approval-regulated"})  # cue kinds a claim needs


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    parse = ann.parses.get(sentence.index)
    if parse is None:
        return [_elsewhere(ann, sentence, replace(c, grounded=False)) for c in _blank_claims(ann, sentence, frames)]
    out: list[Claim] = []
    declined: list[int] = []  # cue tokens the parse read as no claim (a noun phrase, a refuted report)
    unresolved: list[int] = []  # cue tokens the parse could not attach to a holder
    contrary: list[int] = []  # …of them, in a report the draft calls false
    opener = "discourse-opener" in sentence.cue_kinds and covered(ann, parse.root, "discourse-opener")
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, *TRIGGERS):
        if cue.kind == "approval-regulated" and not _by_regulator(ann, parse, cue):
            continue  # "cleared by the liver": no approval
        # "Put simply, <claim>" parsed with "Put" as the verb: the parse attaches nothing of the claim
        found = None if opener else _parsed(ann, sentence, parse, cue, last_drug)
        if found == []:
            declined.append(cue.tok_start)
        if (found and all(c.target is None for c in found) and _stranded(parse, cue.tok_start)
                and asserted(ann, sentence, cue.tok_start)):
            # "<X> is one of the conditions <drug> has been approved for" misparsed: the holder is
            # attached, the target is not; the blank pass's reading of the clause may warn
            unresolved.append(cue.tok_start)
        if found is None:
            if cue.tok_start not in parse or asserted(ann, sentence, cue.tok_start):
                unresolved.append(cue.tok_start)  # not "people have read that <drug> is approved …"
            elif called_false(ann, sentence, cue.tok_start):
                contrary.append(cue.tok_start)
        else:
            out.extend(found)
    out.extend(replace(c, grounded=False) for c in _unattached(ann, sentence, frames, last_drug, unresolved)
               if _target_asserted(ann, sentence, parse, c))
    # a report the draft calls false, that the parse cannot attach: its opposite is the writer's
    # own claim ("Some sites write that <drug> is not approved for <X>. This is old information."),
    # never proved by the parse
    out.extend(replace(c, grounded=False, negated=not c.negated, contrary=True)
               for c in _unattached(ann, sentence, frames, last_drug, contrary))
    out.extend(_guesses(ann, sentence, out, last_drug, declined))
    return _dedupe([_elsewhere(ann, sentence, c) for c in out])


_GUESSED = ("approval", "approval-regulated")
_GENERIC = frozenset({"medicine", "medication", "drug", "treatment", "therapy", "option"})


def _guesses(ann: Annotation, sentence: Sentence, found: list[Claim], last_drug: str | None,
             declined: list[int]) -> list[Claim]:
    """Graded confidence (issue 20): an approval word that no claim of the sentence ties to a use,
    in a sentence that holds one drug (or speaks of the drug in discussion) and a condition no
    other claim took and no other predicate governs ("for <X>, …, it has likewise been licensed",
    "<X>, one of the conditions it is approved to treat"). Not a word the parse read as
    no claim (`declined`: "the question of <drug> approval for <X>", a refuted report). Never
    grounded, and marked a guess: the check reports it only where the source contradicts it."""
    if "negation" in sentence.cue_kinds:
        return []  # a denial, or a report taken back ("…; that is not true"): the parse's to read
    # a generic noun for the drug ("an FDA-approved <X> medicine") is no holder of its own
    found = [c for c in found if c.subject is not None or (c.form or "").rsplit(" ", 1)[-1] not in _GENERIC]
    used = {c.target for c in found if c.target}
    targets = [m for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition", "use")
               if m.id not in used and asserted(ann, sentence, m.tok_start)]
    if not targets:
        return []
    out: list[Claim] = []
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, *_GUESSED):
        if (cue.tok_start in declined or any(c.target and c.start <= cue.start < c.end for c in found)
                or cue.kind == "approval-regulated" and "regulator" not in sentence.cue_kinds  # "a blessing"
                or not asserted(ann, sentence, cue.tok_start)):
            continue
        holder = next((c for c in found if c.target is None and c.start <= cue.start < c.end), None)
        drug = holder.subject if holder is not None else sentence_drug(ann, sentence.tok_start, sentence.tok_end, last_drug)
        clause = next((cl for cl in sentence.clauses if cl.tok_start <= cue.tok_start < cl.tok_end), None)
        if drug is None or clause is None or _speculative(ann, clause, cue.tok_start):
            continue
        hedged = bool(ann.cues_in(sentence.tok_start, sentence.tok_end, "hedge"))
        for m in targets:
            if _other_predicate(ann, sentence, m, cue, drug):
                continue
            start, end = min(cue.start, m.start), max(cue.end, m.end)
            out.append(Claim("approval", drug, start, end, sentence.index, grounded=False, guess=True,
                             hedged=hedged, target=m.id))
    return out


def _other_predicate(ann: Annotation, sentence: Sentence, target: Mention, cue, drug: str) -> bool:
    """Whether a word between the condition and the approval word (or another drug), or one in
    the condition's own clause, gives the condition a predicate of its own ("studied for <X>")."""
    lo, hi = sorted((target.tok_end, cue.tok_start))
    if ann.cues_in(lo, hi, "approval-other-predicate", "off-label") or any(
            m.id != drug for m in ann.mentions_in(lo, hi, "drug")):
        return True
    own = next((cl for cl in sentence.clauses if cl.tok_start <= target.tok_start < cl.tok_end), None)
    return own is not None and bool(ann.cues_in(own.tok_start, own.tok_end, "approval-other-predicate", "off-label"))


def _elsewhere(ann: Annotation, sentence: Sentence, claim: Claim) -> Claim:
    """A claim whose clauses (from its first word to its target's) name another jurisdiction than
    the packs' ("licensed for <X> in the UK", "by the MHRA") cannot contradict their facts: at most
    a warning."""
    first, last = ann.token_at(claim.start), ann.token_at(max(claim.start, claim.end - 1))
    clauses = [cl for cl in sentence.clauses if cl.tok_end > first and cl.tok_start <= last]
    if not clauses or not any(not _aside(ann, sentence, cue.tok_start, claim) for cue in
                              ann.cues_in(clauses[0].tok_start, clauses[-1].tok_end, "approval-elsewhere")):
        return claim
    return replace(claim, grounded=False, elsewhere=True)


def _aside(ann: Annotation, sentence: Sentence, tok: int, claim: Claim) -> bool:
    """A place in a relative clause that does not hold the claim's target ("members who served
    overseas have asked …: <drug> is licensed for <X>") says where someone was, not where the
    approval holds."""
    parse = ann.parses.get(sentence.index)
    if parse is None or tok not in parse:
        return False
    relative = next((t for t in (tok, *parse.ancestors(tok)) if parse.dep(t) == "relcl"), None)
    if relative is None:
        return False
    lo, hi = parse.subtree(relative)
    return not any(lo <= m.tok_start < hi for m in ann.mentions_in(sentence.tok_start, sentence.tok_end,
                                                                   "condition", "use") if m.id == claim.target)


def _stranded(parse: "Parse", tok: int) -> bool:
    """An approval verb whose preposition has lost its object ("the conditions <drug> is approved
    for"): what it is for stands before it, where a misparse may leave it unattached."""
    return tok in parse and any(not parse.children(prep, "pobj") for prep in parse.children(tok, "prep"))


def _unattached(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None,
                cues: list[int]) -> list[Claim]:
    """The blank pass's claims of the clauses holding these cue tokens (the parse could not
    attach them)."""
    if not cues:
        return []
    chosen = [f for f in frames if any(f.clause.tok_start <= t < f.clause.tok_end for t in cues)]
    if last_drug and ann.document.blocks[sentence.block].kind == "cell":
        # "| <drug> | Approved for <X> |": a cell with no subject speaks of its row's or column's drug
        chosen = [f if f.subjects else replace(f, subjects=(last_drug,)) for f in chosen]
    return _blank_claims(ann, sentence, chosen)


def _by_regulator(ann: Annotation, parse: "Parse", cue) -> bool:
    """Whether a regulator does what the cue says ("regulators cleared", "cleared by the FDA",
    "FDA-cleared", "the FDA's clearance")."""
    c = head_of(parse, cue.tok_start, cue.tok_end)
    if c not in parse:
        return False
    slots = parse.children(c, "nsubj", "compound", "npadvmod", "poss", "nmod")
    slots += [o for agent in parse.children(c, "agent") for o in parse.children(agent, "pobj")]
    # "the go-ahead from the FDA": the noun's source is its giver
    slots += [o for prep in parse.children(c, "prep") if ann.norms[prep] == "from" for o in parse.children(prep, "pobj")]
    if parse.dep(c) == "dobj":  # "the agency gave <drug> the go-ahead": the giver
        slots += parse.children(parse.head(c), "nsubj")
    return any(covered(ann, t, "regulator") for t in slots) or (
        c - 2 >= parse.tok_start and ann.texts[c - 1] == "-" and covered(ann, c - 2, "regulator"))


def _target_asserted(ann: Annotation, sentence: Sentence, parse: "Parse", claim: Claim) -> bool:
    """A claim the parse could not attach is only a guess: its target must be the writer's too
    ("It is a myth that <condition> is among the uses …": the parse frames the condition)."""
    targets = [m for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition", "use")
               if m.id == claim.target]
    return all(m.tok_start not in parse or asserted(ann, sentence, m.tok_start) for m in targets)


def _blank_claims(ann: Annotation, sentence: Sentence, frames: list[Frame]) -> list[Claim]:
    """Claims from the blank pass's clauses and cue words alone (no parse to attach them)."""
    out: list[Claim] = []
    previous_kind: str | None = None
    previous_targets: list[Mention] = []
    kinds = sentence.cue_kinds  # a cue the sentence lacks, no clause of it has
    for frame in frames:
        clause = frame.clause
        kind, cue_tok, self_negating = _kind(ann, clause, kinds)
        if kind == "approval" and not kinds.isdisjoint(_FORECAST) and _speculative(ann, clause, cue_tok):
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
        if len(frame.subjects) > 1:
            continue  # two drugs could hold it, and without a parse nothing says which: silence
        hedged = "hedge" in kinds and bool(ann.cues_in(clause.tok_start, clause.tok_end, "hedge"))
        words = _word_bounds(ann, clause)
        for subject in frame.subjects:
            for target in targets or [None]:
                negated = self_negating or (cue_tok is not None and ann.is_negated(cue_tok))
                if target is not None and target.tok_start >= clause.tok_start:
                    negated = negated or ann.is_negated(target.tok_start)
                elif target is not None:  # carried over from the clause before
                    negated = self_negating or _clause_negated(ann, clause)
                if kind == "off-label" and negated and not self_negating:
                    negated = not _approval_negation(ann, sentence.tok_start, cue_tok,
                                                     None if target is None else target.tok_start)
                start, end = _span(ann, words, target)
                out.append(Claim(kind, subject, start, end, sentence.index, negated=negated, hedged=hedged,
                                 target=target.id if target else None))
        previous_kind, previous_targets = kind, targets or previous_targets
    return out


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


_FORECAST = ("speculative", "approval-forecast")  # "may soon be approved", "hope it will be approved"
_FORECAST_REACH = 5  # without a parse: a future or a hope a few words before the approval word


def _speculative(ann: Annotation, clause: Clause, cue_tok: int, kinds: tuple[str, ...] = _FORECAST) -> bool:
    """A forecast ("may soon be approved", "clinics hope it will be approved") states no approval
    status: a `speculative` cue before the approval word in its clause, or an `approval-forecast`
    one a few words before it with no comma between."""
    return any(c.tok_start < cue_tok and (c.kind == "speculative" or _near(ann, c.tok_end, cue_tok))
               for c in ann.cues_in(clause.tok_start, clause.tok_end, *kinds))


def _near(ann: Annotation, start: int, end: int) -> bool:
    """Whether tokens [start, end) are a few, with no comma, an aside in parentheses left out."""
    depth, count = 0, 0
    for text in ann.texts[start:end]:
        depth += (text == "(") - (text == ")")
        if depth == 0 and text != ")":
            if text == ",":
                return False
            count += 1
    return count <= _FORECAST_REACH


def _forecast(ann: Annotation, parse: "Parse", c: int) -> bool:
    """From the parse: a forecast word above the approval word ("clinics hope <drug> is approved",
    "pushing for <drug> to be approved", "set to win approval"), or a future on it or on the verbs
    of its own clause ("will be approved", "will win approval"); not a future over a clause that
    holds it ("Patients will be glad that <drug> is approved")."""
    own = True
    for t in (c, *parse.ancestors(c)):
        if covered(ann, t, "approval-forecast"):
            return True
        if own and any(covered(ann, a, "approval-forecast") for a in parse.children(t, "aux", "auxpass")):
            return True
        own = own and parse.dep(t) not in _BOUNDARY and parse.dep(t) != "conj"
    return False


def _linked(ann: Annotation, clause: Clause, cue_tok: int, targets: list[Mention]):
    """Whether the approval cue governs a target (of the clause's `targets`): one before it with
    no comma or semicolon between, or one after it before a comma that opens a new phrase ("<drug>,
    approved as <use>, shows promise for <condition>"). Each comma is looked at once."""
    texts, norms = ann.texts, ann.norms
    target_starts = {t.tok_start for t in targets}
    comma_before = next((i for i in range(cue_tok - 1, clause.tok_start - 1, -1) if texts[i] in (",", ";")), -1)
    comma_after = next((i for i in range(cue_tok, clause.tok_end) if texts[i] == "," and i + 1 < len(texts)
                        and norms[i + 1] not in _LIST_CONTINUERS and i + 1 not in target_starts), clause.tok_end)

    def linked(target: Mention) -> bool:
        if target.tok_start < cue_tok:
            return comma_before < target.tok_end
        return target.tok_start <= comma_after

    return linked


def _approval_negation(ann: Annotation, start: int, cue_tok: int, target: int | None) -> bool:
    """Whether an off-label claim's negation is an approval word's: "NOT approved for <X> (off-label)",
    "an off-label use, as <drug> is not approved for <X>" say it is off-label. Each negation before
    the off-label word or its target has an approval word between it and them."""
    ends = [cue_tok] if target is None else [cue_tok, target]
    for end in ends:
        negations = ann.cues_in(start, end, "negation")
        if negations and not ann.cues_in(negations[-1].tok_end, end, "approval", "approval-regulated"):
            return False
    return True


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
        key = (c.kind, c.subject, c.form, c.target, c.negated)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# ------------------------------------------------------------------ from the parse

# Participles that name the noun they follow ("a form of <drug> called <drug>"): part of it.
_NAMING = frozenset({"called", "known", "named", "sold", "marketed", "branded", "labelled", "labeled"})
_BOUNDARY = frozenset({"advcl", "ccomp", "relcl", "parataxis", "csubj", "csubjpass"})
_SUBJECTS = ("nsubjpass", "nsubj", "csubjpass", "csubj")  # passive first: "<drug> is FDA approved"
_THROUGH = frozenset({"conj", "xcomp", "aux", "auxpass", "acomp", "attr", "oprd"})  # share a subject
_ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VB", "VBG"})
_ONLY = frozenset({"only", "just", "solely", "merely"})  # ", only as <use>": what a denial leaves approved
_RELATIVES = frozenset({"that", "which"})  # "the approval … that <drug> received"
_NO = frozenset({"no", "neither", "never", "nor"})  # determiners that negate a noun: "has no approval"
_NOBODY = frozenset({"nobody", "none", "neither", "nothing"})  # subjects that deny: "nobody has approved it"
_HAVE = frozenset({"has", "have", "had", "having"})
_WOULD = frozenset({"would", "could", "might", "'d"})  # a main verb that supposes what a "with" phrase gives
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_NOT_A_CLAIM: list[Claim] = []
_OF_WITH = frozenset({"of", "with", "among"})
_ONE = frozenset({"a", "an", "one"})
_REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})
# Nouns for the drug itself in another guise: "the licensed version of <drug>".
_POINTING = frozenset({"same", "these", "those", "this", "that"})  # a definite form that points back
_SAME_DRUG = frozenset({"version", "versions", "form", "forms", "formulation", "formulations"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})


class _Holder(tuple):
    """What an approval predicate is about: a pack drug, or only a form ("a nasal spray")."""

    __slots__ = ()

    def __new__(cls, drug: str | None, form: str | None = None, pointing: bool = False):
        return tuple.__new__(cls, (drug, form, pointing))

    drug = property(lambda self: self[0])
    form = property(lambda self: self[1])
    pointing = property(lambda self: self[2])  # a form that points back: "the same infusions"


# Tokens a parenthesis between a noun and the comma of its apposition may hold ("(<brand>)").
_GLOSS_REACH = 6


class _Reader:
    """One sentence's parse, read for approval predicates."""

    def __init__(self, ann: Annotation, sentence: Sentence, parse: "Parse", last_drug: str | None):
        self.ann, self.sentence, self.parse, self.last_drug = ann, sentence, parse, last_drug
        self.drugs: dict[int, Mention] = {}
        self.targets: dict[int, Mention] = {}
        for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug", "condition", "use"):
            table = self.drugs if m.label == "drug" else self.targets
            for i in range(m.tok_start, m.tok_end):
                table[i] = m

    # --- who holds the predicate

    def subjects(self, tok: int) -> list[int]:
        """Subject tokens of a predicate, through conjoined verbs, complements and copulas."""
        p = self.parse
        for t in (tok, *p.ancestors(tok)):
            found = self.own_subjects(t)
            if found:
                return found
            if p.dep(t) not in _THROUGH and not self.copular(t):
                return []
        return []

    def holder(self, tok: int) -> _Holder | None:
        """The drug a noun names or stands for: itself, its apposition or compound, its possessor
        ("its use"), "<noun> of <drug>"; else, for the attribute of a copula or an apposition,
        the noun it describes. A noun that names no drug may still name a form."""
        for _ in range(8):
            if tok not in self.parse:
                return None
            found = self.holder_at(tok)
            if not isinstance(found, int):
                return found
            tok = found  # a word that stands for another: read that one
        return None

    def holder_at(self, tok: int) -> _Holder | int | None:
        """The holder one token gives, or the token it stands for (an int) where it names none."""
        p, ann = self.parse, self.ann
        m = self.drugs.get(tok)
        if m is not None:
            return self.drug_holder(tok, m)
        if p.tag(tok) in _RELATIVE_TAGS:  # "<drug>, which is approved …"
            clause = next((t for t in (tok, *p.ancestors(tok)) if p.dep(t) == "relcl"), None)
            return None if clause is None else self.relative_antecedent(p.head(clause))
        if covered(ann, tok, "anaphora"):
            drug = self.antecedent(tok)
            return _Holder(drug) if drug else None
        named = self.copula_subject(tok) or self.modified_by(tok)  # "<drug> infusions"
        if named:
            return _Holder(named)
        return self.described_noun(tok)

    def relative_antecedent(self, noun: int) -> int:
        """The noun a relative clause speaks of. After a drug that only completes a modifier of
        another noun ("a nasal spray related to <drug>, which is approved for …", "a medicine
        derived from <drug>, which …") it is that noun, which the modifier describes."""
        p = self.parse
        prep = p.head(noun)
        if p.dep(noun) == "pobj" and p.dep(prep) == "prep" and p.dep(p.head(prep)) in ("acl", "amod"):
            return p.head(p.head(prep))
        return noun

    def drug_holder(self, tok: int, m: Mention) -> _Holder | int | None:
        """A drug name: the drug, or the form it is "a form of" (named: "… called <drug>")."""
        p = self.parse
        called = self.called(tok)  # "a form of <drug> called <drug>": the form's own name
        if called:
            return _Holder(called)
        if not self.is_form_of(m):
            return _Holder(m.id)
        up = p.head(tok)  # "a form of <drug>": what is named is the form
        return p.head(up) if p.dep(tok) == "pobj" and p.head(up) != up else None

    def modified_by(self, tok: int) -> str | None:
        """The drug a noun's modifiers name: an apposition first ("its cousin, <drug>"), then a
        compound, possessor or "of" phrase ("<drug> infusions", "its use", "the use of <drug>").
        A noun of relation ("cousin", "rival") is another drug than its possessor's, and one
        whose drug names a kind ("a <drug>-family product") is not that drug: only a name in
        apposition, or one the "of" phrase's drug is called, says which it is."""
        p, ann = self.parse, self.ann
        for child in p.children(tok, "appos"):
            named = self.named(child)
            if named:
                return named
        related = covered(ann, tok, "drug-relation")  # "a variant of <drug>, known as <name>" still names it
        for child in [] if related else p.children(tok, "compound", "nmod", "poss", "amod"):
            # "<drug>-assisted therapy": the drug hangs on the modifier
            if covered(ann, child, "drug-kind"):
                continue
            named = next(filter(None, map(self.named, (child, *p.children(child, "npadvmod", "compound")))), None)
            if named:
                return named
        # "the uses of <drug>"; "the indications for <drug>" too, for a noun of uses
        preps = ("of", "for") if covered(ann, tok, "approval-use-noun") else ("of",)
        objects = [o for prep in p.children(tok, "prep") if ann.norms[prep] in preps for o in p.children(prep, "pobj")]
        return next(filter(None, map(self.named, objects)), None)

    def described_noun(self, tok: int) -> _Holder | int | None:
        """A noun that names no drug: the attribute of a copula or an apposition stands for what it
        describes, a gerund subject for what it uses; any other noun may name a form."""
        p = self.parse
        dep = p.dep(tok)
        if dep in ("attr", "acomp", "oprd"):
            subjects = self.subjects(p.head(tok))
            return subjects[0] if subjects else None
        if dep == "appos":
            return self.apposed_to(tok)
        if tok in self.targets:
            return None  # a condition or use is no drug nor a form of one: the parse went astray
        if p.tag(tok) == "VBG" and dep in ("csubj", "csubjpass", "nsubj") and p.children(tok, "dobj"):
            return p.children(tok, "dobj")[0]  # "using <drug> for <X> is off-label": what is used
        if p.tag(tok).startswith("NN"):
            return self.form_holder(tok)
        return None

    def apposed_to(self, tok: int) -> int:
        """The noun an apposition explains: the one right before its comma ("assessed for
        <drug>-assisted care, an approved treatment"), where the parse hangs it on a noun
        further back."""
        p, ann = self.parse, self.ann
        start = p.subtree(tok)[0]
        near = start - 2
        opening = [i for i in range(max(0, near - _GLOSS_REACH), near) if ann.norms[i] == "("]
        if ann.norms[near] == ")" and opening:
            near = opening[-1] - 1  # "<drug> (<brand>), <apposition>": the noun before the parenthesis
        if ann.norms[start - 1] == "," and near in p and near != p.head(tok) and (
                p.tag(near).startswith("NN") and p.dep(near) in ("pobj", "dobj")
                or ann.mentions_in(near, near + 1, "drug")):
            return near  # (a drug named right before the comma, whatever the tagger made of it)
        return p.head(tok)

    def form_holder(self, tok: int) -> _Holder:
        """A noun that names no drug, as a form: "the same infusions", "these tablets" point back
        at the drug in discussion, as "this drug" is that drug (the check holds it to a form the
        packs give that drug); so does a form in the plural or with "the" ("IM shots are …", "the
        lozenges"), where "a nasal spray" names any drug in that form."""
        p, ann = self.parse, self.ann
        determiners = [ann.norms[d] for d in p.children(tok, "det", "predet", "poss", "nummod")]
        plural = p.tag(tok) in ("NNS", "NNPS") and determiners in ([], ["the"])
        pointing = covered(ann, tok, "form") and (
            plural or any(ann.norms[d] in _POINTING for d in p.children(tok, "det", "amod", "predet")))
        return _Holder(self.antecedent(tok) if pointing else None, self.noun_phrase(tok), pointing)

    def version_of(self, noun: int) -> str | None:
        """"the licensed, FDA-backed version of <drug> for <X>": a version or form of the drug
        that nothing else names (no "called <name>", no drug it is in apposition to or said of:
        those the holder found first) is the drug itself. Not "a derivative of <drug>"."""
        p = self.parse
        if self.ann.norms[noun] not in _SAME_DRUG or p.dep(noun) == "appos" or self.called(noun):
            return None
        objects = [o for prep in p.children(noun, "prep") if self.ann.norms[prep] == "of"
                   for o in p.children(prep, "pobj")]
        m = self.drugs.get(objects[0]) if objects else None
        return m.id if m is not None and self.is_form_of(m) else None

    def copula_subject(self, tok: int) -> str | None:
        """The drug a copula's subject names, for its attribute: "<drug> is the only <other drug>
        product approved for <X>" speaks of <drug>, not of the drug its noun is made from."""
        if self.parse.dep(tok) != "attr":
            return None
        subjects = self.subjects(self.parse.head(tok))
        return self.named(subjects[0]) if subjects else None

    def coordinated(self, drug: str, cue: int, anchor: int) -> list[str]:
        """Drugs conjoined with the one holding the predicate, as its subject or object: "<drug A>
        and <drug B> are both approved for <X>" says it of each (not "<drug A> but not <drug B>")."""
        p, norms = self.parse, self.ann.norms
        chain = [cue, *p.ancestors(cue)]  # the cue up to the anchor: the predicate's own words
        predicate = set(chain[:chain.index(anchor) + 1]) if anchor in chain else {cue, anchor}
        out: list[str] = []
        for tok, m in self.drugs.items():
            if m.id != drug or tok not in p:
                continue
            first = p.head(tok) if p.dep(tok) == "conj" else tok
            if p.dep(first) not in (*_SUBJECTS, "dobj") or p.head(first) not in predicate:
                continue  # not "the difference between <A> and <B>", nor "<A> and <B> differ: <B> is …"
            pairs = [*p.children(tok, "conj"), *([p.head(tok)] if p.dep(tok) == "conj" else [])]
            if p.dep(tok) == "dobj":  # "approved <A> and <B> for …" misparsed with <B> conjoined to the verb
                pairs += [t for t in p.children(p.head(tok), "conj") if t in self.drugs]
            for other_tok in pairs:
                other = self.drugs.get(other_tok)
                if (other is None or other.id in (drug, *out) or self.is_form_of(other)
                        or norms[other.tok_start - 1] in ("not", "no") or p.children(other_tok, "neg")):
                    continue
                out.append(other.id)
        return out

    def called(self, tok: int) -> str | None:
        """The drug a noun is said to be called: "<noun> called / known as / named <drug>"."""
        p = self.parse
        for verb in p.children(tok, "acl"):
            objects = p.children(verb, "oprd", "dobj", "attr") + [
                o for prep in p.children(verb, "prep") for o in p.children(prep, "pobj")]
            named = next(filter(None, map(self.named, objects)), None)
            if named:
                return named
        return None

    def named(self, tok: int) -> str | None:
        """The drug a single token names (not as "a form of"), or stands for ("it", "its")."""
        m = self.drugs.get(tok)
        if m is not None:
            if is_reference(self.ann, m) and not self.is_form_of(m) and self.ann.texts[m.tok_end] == "-":
                return None  # "a <drug>-family product": a kin of the drug, not the drug
            return self.called(tok) if self.is_form_of(m) else m.id
        if covered(self.ann, tok, "anaphora") or self.ann.norms[tok] == "its":
            said = next(iter(self.ann.cues_in(max(0, tok - 4), tok + 1, "anaphora")), None)
            if said is not None and is_reference(self.ann, said):
                return self.called(tok)  # "a version of the drug, called <drug>": the version, by its name
            return self.antecedent(tok)
        return None

    def kin_relative(self, c: int) -> bool:
        """A relative clause on a drug named as another's kin: "a spray related to <drug>, which
        is approved for <X>" may speak of the spray or of the drug, so it says nothing for sure."""
        p = self.parse
        clause = next((t for t in (c, *p.ancestors(c)) if p.dep(t) == "relcl"), None)
        if clause is None or not any(p.tag(s) in _RELATIVE_TAGS for s in p.children(clause, *_SUBJECTS)):
            return False
        m = self.drugs.get(p.head(clause))
        return m is not None and is_reference(self.ann, m, "reference-kin")

    def is_form_of(self, m: Mention) -> bool:
        """Named as what another drug is a form of ("a form of <drug>"). (A drug after "unlike"
        or "than" is still the drug a relative clause or apposition on it speaks of.)"""
        return is_reference(self.ann, m) and self.ann.norms[m.tok_start - 1] == "of"

    def antecedent(self, tok: int) -> str | None:
        """"it" / "this drug": the last drug named before it in the sentence, else the drug in
        discussion from the sentences before. A subject pronoun of a verb conjoined to one whose
        subject names a drug is that drug: "<brand> contains <drug A> rather than <drug B>, and it
        is approved for <X>" speaks of the brand."""
        p = self.parse
        verb = p.head(tok)
        if p.dep(tok) in _SUBJECTS and p.dep(verb) == "conj":
            shared = [self.drugs[s].id for s in p.subjects(p.head(verb)) if s in self.drugs]
            if shared:
                return shared[0]
        before = [m for m in self.ann.mentions_in(self.sentence.tok_start, tok, "drug") if not is_reference(self.ann, m)]
        return before[-1].id if before else self.last_drug

    def noun_phrase(self, tok: int) -> str:
        """A noun with its compounds ("nasal spray"), in matching form."""
        p = self.parse
        words = [c for c in p.children(tok, "compound") if c < tok] + [tok]
        return " ".join(self.ann.norms[w] for w in words)

    # --- the predicate

    def approval(self, c: int) -> tuple[_Holder, int] | list | None:
        """(holder, anchor) of an approval word: the anchor's subtree, within its clause, holds
        the claim's targets. [] when the word asserts nothing (a bare noun phrase); None when the
        parse cannot say who holds it."""
        p = self.parse
        if p.tag(c).startswith("NN"):  # "approval", "licence", "indication"
            return self.noun_approval(c)
        if p.dep(c) in ("amod", "compound", "npadvmod", "nmod") and p.tag(p.head(c)).startswith("NN"):
            return self.modifier_approval(c)
        return self.verb_approval(c)

    def noun_approval(self, c: int) -> tuple[_Holder, int] | list | None:
        """An approval noun: owned ("<drug>'s approval", "the approval of <drug>"), had or
        received ("<drug> has approval"), or held ("With FDA approval for <X> in hand, <drug> …")."""
        p, norms = self.parse, self.ann.norms
        dep = p.dep(c)
        nouns = [c, *(o for prep in p.children(c, "prep") for o in p.children(prep, "pobj"))]
        for clause in (r for n in nouns for r in p.children(n, "relcl") if norms[p.subtree(r)[0]] in _RELATIVES):
            # "(talk of) the approval for <X> that <drug> received" (the parse may hang the clause
            # on <X>, and take "that" for a second subject): the clause's subject holds it
            if p.children(clause, "neg"):
                return _NOT_A_CLAIM  # "the approval … that <drug> never received": what it lacks
            subjects = [t for t in self.subjects(clause) if norms[t] not in _RELATIVES]
            holder = self.holder(subjects[0]) if subjects else None
            if holder is not None and holder.drug is not None:
                return holder, c
        if not self.is_argument(c):
            return _NOT_A_CLAIM  # inside another noun phrase: "the question of <drug> approval …"
        owners = p.children(c, "poss") + [o for prep in p.children(c, "prep") if norms[prep] == "of"
                                         for o in p.children(prep, "pobj")]
        owners += [o for prep in p.children(c, "prep") if norms[prep] == "for"
                   for o in p.children(prep, "pobj") if o in self.drugs]  # "the approval for <drug>"
        for owner in owners:  # "<drug>'s approval as <use>", "led to the approval of <drug> for …"
            named = self.named(owner)
            if named:
                # "its approval covers <use>", "<use> is covered by its approval": the verb's
                # clause holds the targets
                verb = p.head(c)
                if dep == "pobj" and p.dep(verb) == "agent":
                    verb = p.head(verb)
                scope = dep in ("nsubj", "nsubjpass", "pobj") and covered(self.ann, verb, "approval-scope")
                # "<X> is an approved indication for <drug>": the copula's subject is what it is for
                return _Holder(named), (verb if scope else (dep == "attr" and self.equated(c)) or c)
        verb = p.head(c)
        if dep in ("dobj", "attr") and p.is_verb(verb):  # "<drug> has / received approval"
            return self.had(c, verb)
        if dep in ("nsubj", "nsubjpass") and covered(self.ann, verb, "approval-arrived"):
            # "FDA approval for <X> came in 2019": the drug in discussion's, though no word of the
            # sentence ties it to the noun, so never an error
            drug = self.antecedent(c)
            return (_Holder(drug, None, True), c) if drug else None
        if dep == "pobj" and norms[verb] == "with" and self.in_hand(c):
            if any(norms[a] in _WOULD for a in p.children(p.head(verb), "aux")):
                return _NOT_A_CLAIM  # "With approval for <X>, <drug> would be covered": supposed
            subjects = self.subjects(p.head(verb))  # "With FDA approval for <X> in hand, <drug> is …"
            holder = self.holder(subjects[0]) if subjects else None
            return (holder, c) if holder and holder.drug else None
        if dep == "ROOT" and self.verbless():
            return None  # "The FDA approval for <drug> covers <X>." with "covers" tagged a noun
        return _NOT_A_CLAIM

    def had(self, c: int, verb: int) -> tuple[_Holder, int] | None:
        """An approval noun a verb's subject has or is given: "<drug> has / carries approval",
        "granted <drug> approval"; in a relative clause, what its noun is equated with ("<X> is one
        of the uses where <drug> carries approval")."""
        p = self.parse
        for given in p.children(verb, "dative"):  # "granted <drug> approval"
            named = self.named(given)
            if named:
                return _Holder(named), self.lifted(verb)
        subjects = self.subjects(verb) or self.participle_subjects(verb)
        holder = self.holder(subjects[0]) if subjects else None
        if holder is None or holder.drug is None:  # "the FDA granted <drug> approval" (misparsed)
            named = next(filter(None, map(self.named, p.children(c, "amod", "compound"))), None)
            holder = _Holder(named) if named else holder
        if holder is not None and holder.drug is None and covered(self.ann, subjects[0], "regulator"):
            return None  # "the FDA gave <drug> the green light", misparsed: the regulator holds no approval
        return (holder, self.lifted(verb)) if holder else None

    def modifier_approval(self, c: int) -> tuple[_Holder, int] | list:
        """An approval word modifying a noun: "an FDA-approved <use>", "<drug>, an approved <use>"."""
        p = self.parse
        head = p.head(c)
        holder = self.holder(head)
        if (holder is None or holder.drug is None) and self.version_of(head):
            holder = _Holder(self.version_of(head))
        if holder is None:
            return _NOT_A_CLAIM
        if p.dep(head) in ("attr", "acomp") and holder.drug is not None and head not in self.targets \
                and self.subjects(p.head(head)) and self.subjects(p.head(head))[0] in self.targets:
            return holder, p.head(head)  # "<X> is an approved use of <drug>"
        anchor = p.head(head) if p.dep(head) in ("attr", "acomp") else (self.equated(head) or head)
        return holder, anchor

    def verb_approval(self, c: int) -> tuple[_Holder, int] | list | None:
        """An approval verb or participle: "the FDA approved <drug> for …", "<drug> is approved …",
        "a nasal spray (the FDA) approved for …"."""
        p, norms = self.parse, self.ann.norms
        dep, tag, head = p.dep(c), p.tag(c), p.head(c)
        objects = p.children(c, "dobj") + [o for prep in p.children(c, "prep") if norms[prep] == "on"
                                          for o in p.children(prep, "pobj")]  # "signed off on <drug>"
        # an object that names no drug after a comma: "approved for <X>, full stop" is a misparse
        objects = [o for o in objects if self.named(o) or not any(self.ann.texts[i] == "," for i in range(c + 1, o))]
        if objects:  # "the FDA approved <drug> for …"
            holder = self.holder(objects[0])
            return (holder, c) if holder else _NOT_A_CLAIM
        # "<DRUG> IS FDA APPROVED": a misparse hangs the subject on "is", read as an auxiliary
        be = [a for a in p.children(c, "aux", "auxpass") if norms[a] in _BE]
        subjects = self.subjects(c)
        # …and "<drug> has, since last year, been approved …" hangs it on "has"
        carriers = be + [a for a in p.children(c, "aux") if norms[a] in _HAVE]
        subjects = [s for a in carriers for s in p.children(a, "nsubj", "nsubjpass")] + subjects
        passive = (bool(p.children(c, "auxpass")) or bool(be) or any(p.dep(s) == "nsubjpass" for s in subjects)
                   or not (tag in _ACTIVE_TAGS or any(norms[a] in _HAVE for a in p.children(c, "aux"))))
        anchor = head if dep in ("acomp", "attr", "oprd") or self.copular(c) else c
        if subjects and p.children(c, "auxpass") and all(p.head(s) not in (c, *carriers) for s in subjects) \
                and all(p.dep(s) == "nsubj" for s in subjects):
            # "the FDA has listed <X> among the uses <drug> is approved for" misparsed as a conj: an
            # active verb's subject is not what a passive one is said of. A report before it
            # ("Patients come in believing <drug> is approved …") the parse lost too: silence.
            lost_report = any(self.ann.cues_in(self.sentence.tok_start, c, "reporting", "attribution"))
            return _NOT_A_CLAIM if lost_report else None
        if not subjects and self.participle_subjects(c):
            holder = self.holder(self.participle_subjects(c)[0])
            return (holder, c) if holder else None
        if not subjects and passive and self.lost_subject(c) is not None:
            return _Holder(self.drugs[self.lost_subject(c)].id), self.lifted(c)
        if subjects and passive:
            subject = subjects[0] if be else next((s for s in subjects if p.dep(s) == "nsubjpass"), subjects[0])
            # "the conditions that <drug> is cleared for" parsed with two subjects: the drug's
            subject = next((s for s in subjects if s in self.drugs), subject)
            holder = self.holder(subject)
            if holder and dep == "relcl":
                anchor = self.equated(head) or anchor  # "<X> is among the conditions <drug> is approved to treat"
            return (holder, self.lifted(anchor)) if holder else None
        if dep in ("acl", "relcl") and head != c:  # "a nasal spray (the FDA) approved for …"
            holder = self.described_subject(head) or self.holder(head)
            return (holder, c) if holder else None
        return None

    def participle_subjects(self, verb: int) -> list[int]:
        """"<drug> is …, having been cleared by the FDA / having won approval for <X>": a participle
        clause with no subject or subordinator of its own speaks of its main clause's subject."""
        p = self.parse
        if p.dep(verb) != "advcl" or p.tag(verb) not in ("VBN", "VBG") or p.children(verb, "mark") \
                or self.own_subjects(verb):
            return []
        return self.subjects(p.head(verb))

    def lost_subject(self, verb: int) -> int | None:
        """"<X> is among the conditions <drug> is approved to treat" misparsed with "the conditions
        <drug>" as one noun: the drug just before the verb's auxiliaries, holding that noun as its
        compound, is the subject the verb lost; so is one beside the noun under "among" ("Among the
        conditions <drug> is approved to treat are <X>")."""
        p = self.parse
        before = min([verb, *p.children(verb, "aux", "auxpass")]) - 1
        if before not in self.drugs or p.dep(before) not in ("pobj", "compound"):
            return None
        among = p.dep(before) == "pobj" and self.ann.norms[p.head(before)] == "among" and len(
            p.children(p.head(before), "pobj")) > 1
        return before if p.children(before, "compound") or among else None

    def lifted(self, anchor: int) -> int:
        """A clause whose copula has a target for its subject: "<X> is one of the uses where <drug>
        carries approval" (a relative clause on the noun the copula equates with <X>), "<X> is one
        of the <uses> <drug> is licensed to treat" (misparsed as the copula's complement). The
        copula's clause names what the approval is for."""
        p, norms = self.parse, self.ann.norms
        if p.dep(anchor) == "relcl":
            up = self.equated(p.head(anchor))
        elif p.dep(anchor) == "ccomp" and p.head(anchor) < anchor and (
                self.lost_subject(anchor) is not None or any(p.tag(s) == "CD" for s in self.own_subjects(anchor))):
            up = p.head(anchor)  # "<X> is one of the <uses> <drug> is …" with "one" made the verb's subject
        elif p.dep(anchor) == "csubj" and self.lost_subject(anchor) is not None:
            up = p.head(anchor)  # "Among the conditions <drug> is approved to treat are <X>"
        else:
            return anchor
        if up is None or up == anchor or norms[up] not in _BE:
            return anchor
        equated = "attr" if p.dep(anchor) == "csubj" else "nsubj"
        named = [t for s in p.children(up, equated) for t in range(*p.subtree(s))]
        return up if any(t in self.targets for t in named) else anchor

    def described_subject(self, noun: int) -> _Holder | None:
        """"<drug A> is the only <drug B> product approved for <X>": a noun said of a subject that
        names a drug is that drug, whatever drug modifies the noun (it names a kind)."""
        p = self.parse
        if p.dep(noun) != "attr":
            return None
        subjects = self.subjects(p.head(noun))
        named = self.named(subjects[0]) if subjects else None
        return _Holder(named) if named else None

    def in_hand(self, noun: int) -> bool:
        """An approval noun held, not forecast: after it only what it is for and "in hand"
        ("with approval for <X> already in hand"), not "with approval for <X> unlikely"."""
        p = self.parse
        lo, hi = p.subtree(noun)
        return all(p.tag(t)[:2] not in ("JJ", "VB", "MD") or t in self.targets for t in range(noun + 1, hi))

    def verbless(self) -> bool:
        """A sentence ending in a full stop that the parse gives no verb: a misparse (a heading or a
        label has no full stop), so the parse cannot say what its approval noun asserts."""
        p, s = self.parse, self.sentence
        return s.text.rstrip().endswith(".") and not any(
            p.is_verb(t) for t in range(s.tok_start, s.tok_end) if t in p)

    def is_argument(self, noun: int) -> bool:
        """Whether a noun is an argument of a verb (its subject, object, or the object of a
        preposition on it), not a part of another noun phrase."""
        p = self.parse
        dep = p.dep(noun)
        if dep == "pobj":
            return p.is_verb(p.head(p.head(noun)))
        return dep in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT", "dative")

    def off_label(self, c: int, span: range) -> tuple[_Holder, int] | list | None:
        """(holder, anchor) of an off-label cue: the noun or verb it modifies holds it ("an
        off-label use", "use <drug> off-label", "its use … is off-label")."""
        p = self.parse
        if p.dep(c) == "appos" and p.head(c) in self.targets:
            return None  # "<use>; off-label for <condition>" parsed as an apposition: a list, not a predicate
        x = c if p.dep(c) == "ROOT" else p.head(c)
        while x in span and p.head(x) != x:
            x = p.head(x)
        if x in self.drugs:  # "use <drug> off-label" (the drug parsed as what off-label hangs on)
            named = self.named(x)
            if not named:
                return _NOT_A_CLAIM
            up = x  # "use <drug> off label" misparsed with the drug as a modifier of "label"
            while p.dep(up) in ("amod", "compound", "nmod") and p.head(up) != up:
                up = p.head(up)
            return _Holder(named), (p.head(up) if p.is_verb(p.head(up)) else x)
        if p.tag(x).startswith("NN"):
            holder = self.holder(x)
            if holder is None:
                return None
            return holder, (p.head(x) if p.dep(x) in ("attr", "acomp", "oprd") else x)
        if p.is_verb(x) or p.tag(x).startswith("JJ"):
            objects = [o for o in p.children(x, "dobj") if o not in span]  # not "label" itself
            # "prescribe <drug> off-label" parsed with the drug as a modifier of "label"
            objects += [m for t in span for m in p.children(t, "amod", "compound", "nmod") if m in self.drugs]
            if objects:
                holder = self.holder(objects[0])
                return (holder, x) if holder else _NOT_A_CLAIM
            subjects = self.subjects(x)
            holder = self.holder(subjects[0]) if subjects else None
            return (holder, x) if holder else None
        return None

    # --- what the predicate is for

    def clause(self, tok: int) -> int:
        """The head of the clause a token stands in: a clause with a subject or subordinator of
        its own, a relative clause (also a reduced one: "a medication used to treat <condition>"), a
        participle clause, or a conjoined verb, is a claim of its own."""
        p = self.parse
        for t in (tok, *p.ancestors(tok)):
            dep = p.dep(t)
            if dep == "ROOT" or p.head(t) == t:
                return t
            if dep in _BOUNDARY and (dep == "relcl" or self.own_subjects(t) or p.children(t, "mark", "expl")) \
                    and not self.as_phrase(t):
                return t
            if dep in ("acl", "advcl") and p.is_verb(t) and self.ann.norms[t] not in _NAMING \
                    and not self.purpose(t) and not self.copular(t):
                return t  # a participle: "…, increasingly used for <condition>" (not "called <drug>")
            if dep == "conj" and p.tag(t).startswith("VB"):
                return t
        return p.root

    def as_phrase(self, tok: int) -> bool:
        """"cleared … as a nasal spray for <X>" misparsed as a clause with "as" its subordinator
        and a noun its head: a phrase of the verb it hangs on, not a clause of its own."""
        p = self.parse
        return p.tag(tok).startswith("NN") and any(self.ann.norms[m] == "as" for m in p.children(tok, "mark"))

    def copular(self, tok: int) -> bool:
        """"<drug> is currently FDA-approved": an adverb after the copula makes the parser hang the
        participle on "is" as an adverbial (or complement) clause; it is still the copula's
        complement."""
        p = self.parse
        be = p.head(tok)
        # After the copula only: a fronted participle ("Approved as <use> in 1970, <drug> is under
        # study for <X>") says something of its own, not what the copula's clause is about.
        return (p.dep(tok) in ("advcl", "ccomp") and self.ann.norms[be] in _BE and be < tok
                and not self.own_subjects(tok) and not p.children(tok, "aux", "auxpass")
                and not p.children(be, "attr", "acomp"))

    def own_subjects(self, tok: int) -> list[int]:
        """A token's subject children, passive first; not "FDA" of "FDA-approved", which a misparse
        makes the participle's subject though it is part of the word, nor an intensifying "itself"."""
        p = self.parse
        found = [s for dep in _SUBJECTS for s in p.children(tok, dep)
                 if not (s == tok - 2 and self.ann.texts[tok - 1] == "-")]
        # "Using <drug> for <X> is itself off-label": "itself" misparsed as a second subject
        return [s for s in found if self.ann.norms[s] not in _REFLEXIVE] or found

    def purpose(self, verb: int) -> bool:
        """An infinitive with no subject of its own on an approval word: "licensed to treat
        <condition>", "approval to treat <condition>" say what the approval is for."""
        p = self.parse
        return (not p.children(verb, *_SUBJECTS) and any(p.tag(a) == "TO" for a in p.children(verb, "aux"))
                and (covered(self.ann, p.head(verb), "approval") or covered(self.ann, p.head(verb), "approval-scope")))

    def equated(self, noun: int) -> int | None:
        """The verb whose clause names what an approved-uses noun stands for: "the approved uses of
        <drug> include <X>", "<X> is one of / among the uses <drug> is approved for", "<X> is an
        approved use of <drug>". None when the noun is equated with nothing."""
        p, norms = self.parse, self.ann.norms
        tok = noun
        if p.dep(tok) == "pobj" and norms[p.head(tok)] in ("of", "among"):
            prep = p.head(tok)
            up = p.head(prep)
            if norms[prep] == "of" and p.tag(up) == "CD":  # "one of the uses"
                tok = up
            elif norms[prep] == "among" and norms[up] in _BE:
                return up
            else:
                return None
        dep, head = p.dep(tok), p.head(tok)
        if dep in ("attr", "nsubj") and norms[head] in _BE:
            return head
        if dep == "pobj" and norms[head] in ("to", "among") and covered(self.ann, p.head(head), "approval-scope"):
            return p.head(head)  # "<X> was added to <drug>'s approved uses", "listed <X> among the uses …"
        if dep == "nsubj" and covered(self.ann, head, "approval-scope"):
            return head
        return None

    def governed(self, tok: int, anchor: int, span: range) -> bool:
        """Under (or modified by) another approval or off-label word below the anchor: "following
        FDA approval as <use>, <drug> is prescribed off-label …" — the use is the fronted noun's,
        not the off-label predicate's."""
        p = self.parse
        mine = set(span)
        above = self.path(tok, anchor)[1:]
        # modified by it, or beside it on one noun: "the FDA-approved <use> <drug> is used off-label …"
        beside = p.children(tok, "amod", "compound")
        if p.dep(tok) in ("amod", "compound"):
            beside += p.children(p.head(tok), "amod", "compound")
        return any(t not in mine and (covered(self.ann, t, "approval") or covered(self.ann, t, "off-label"))
                   for t in (*above, *beside))

    def conjoined_away(self, tok: int, anchor: int) -> bool:
        """Under a noun phrase conjoined to the approved noun: "its approved uses, and the
        evidence for its use in <X>" says nothing of <X>'s approval."""
        p = self.parse
        if tok == anchor or not p.tag(anchor).startswith("NN"):
            return False
        top = self.path(tok, anchor)[-1]
        return p.head(top) == anchor and p.dep(top) == "conj" and p.tag(top).startswith("NN")

    def path(self, tok: int, anchor: int) -> list[int]:
        """The token and its ancestors below the anchor."""
        out = [tok]
        for t in self.parse.ancestors(tok):
            if t == anchor:
                break
            out.append(t)
        return out

    def is_gloss(self, mention: Mention, tok: int, anchor: int) -> bool:
        """An apposition explaining another target: "<condition> (<its plain-words gloss>)"; or
        one describing a drug: "approved <drug>, a cousin of the <use> <other drug>, for <condition>"."""
        p = self.parse
        for t in self.path(tok, anchor):
            if p.dep(t) == "appos" and p.head(t) in self.targets and self.targets[p.head(t)] is not mention:
                return True
            if p.dep(t) == "appos" and self.ann.mentions_in(p.head(t), p.head(t) + 1, "drug"):
                return True
        before = mention.tok_start - 1
        return (before > self.sentence.tok_start and self.ann.texts[before] in ("(", "-", "\u2013", "\u2014", ",")
                and before - 1 in self.targets)

    def described(self, tok: int, anchor: int, noun: int) -> bool:
        """Under a "with" phrase of the anchor or of the noun the approval word modifies: "an
        approved medication with a long record of safety for <use>" describes the medication; it
        names no approved use."""
        p = self.parse
        return any(p.dep(t) == "prep" and self.ann.norms[t] == "with" and p.head(t) in (anchor, noun)
                   for t in self.path(tok, anchor))

    def quantifier(self, tok: int, anchor: int, named_to: int = -1) -> str | None:
        """"some" ("certain <conditions>", "a specific kind of <condition>"), "resistant" ("<condition>
        that has not responded to other treatment"), "all" ("any
        <condition>"), "every" ("every kind of <condition>", "all <conditions>") or "one" ("a
        <condition>") before a target."""
        p, ann = self.parse, self.ann
        phrase = [tok]  # the target and the nouns it is "of" or "with": "a kind of <X>", "patients with <X>"
        while p.dep(phrase[-1]) == "pobj" and ann.norms[p.head(phrase[-1])] in _OF_WITH:
            up = p.head(p.head(phrase[-1]))
            if up == anchor or up == phrase[-1]:
                break
            phrase.append(up)
        for t in phrase:
            near = [t, *p.children(t, "det", "amod", "advmod", "predet", "nummod")]
            # "every type of <X>": the determiner over "type of" says all of it
            if any(covered(ann, n, "approval-every") for n in near if n != t):
                return "every"
            if any(covered(ann, n, "approval-all") for n in near if n != t):
                return "all"
            if any(covered(ann, n, "approval-some") for n in near):
                return "some"
            if self.treatment_failed(t, named_to):
                return "resistant"  # no hedge: the cases other treatment failed, a narrower condition
        # "approved for a <class of conditions>": one of them, which an approval for a narrower one bears out
        return "one" if any(ann.norms[d] in _ONE for d in p.children(tok, "det", "nummod")) else None

    def treatment_failed(self, noun: int, named_to: int = -1) -> bool:
        """A relative clause on the noun that says treatment failed ("<condition> that has not
        responded to other treatment", "that has resisted other drugs"): only the cases that resisted treatment, some of it.
        Not a clause inside the target's own name (before `named_to`: the pack's narrower condition)."""
        p = self.parse
        verbs = p.children(noun, "relcl", "acl")
        after = noun + 1
        if after < p.tok_end and p.tag(after) in _RELATIVE_TAGS and p.dep(p.head(after)) == "relcl":
            verbs.append(p.head(after))  # hung on a noun before: "a spray approved for <X> that resists …"
        return any(v > named_to and (p.children(v, "neg") and covered(self.ann, v, "treatment-failure")
                                     or covered(self.ann, v, "treatment-resisted")) for v in verbs)

    def predicate_targets(self, c: int, anchor: int, span: range) -> list[tuple[Mention, int]]:
        """(mention, head token) of each condition or use the predicate is for: in the anchor's
        subtree and its clause, and not a gloss, a description or another predicate's."""
        p = self.parse
        own = self.clause(anchor)
        lo, hi = p.subtree(anchor)
        out, seen = [], set()
        for m in self.targets.values():
            if m.tok_start in seen:
                continue
            seen.add(m.tok_start)
            t = head_of(p, m.tok_start, m.tok_end)
            if (not lo <= t < hi or self.target_clause(t) != own or self.is_gloss(m, t, anchor)
                    or self.described(t, anchor, p.head(c)) or self.governed(t, anchor, span)
                    or self.conjoined_away(t, anchor) or m.tok_end <= c and ";" in self.ann.texts[m.tok_end:c]):
                continue  # (nor one before a semicolon: "<drug> → <use> only; psych use = off-label")
            out.append((m, t))
        return out + self.relative_target(own) + self.label_targets(anchor)

    def label_targets(self, anchor: int) -> list[tuple[Mention, int]]:
        """A label before a colon ("- **<drug> for <X>:** approved by the FDA", "<drug> for <X>: an
        FDA-approved indication"): its "for" phrase names what the predicate after it is for."""
        p, texts = self.parse, self.ann.texts
        head = p.head(anchor)
        if p.dep(anchor) not in ("acl", "appos") or head not in self.drugs or not any(
                texts[i] == ":" for i in range(head + 1, anchor)):
            return []
        return [(self.targets[o], o) for prep in p.children(head, "prep") if self.ann.norms[prep] == "for"
                for o in p.children(prep, "pobj") if o in self.targets and o < anchor]

    def relative_target(self, own: int) -> list[tuple[Mention, int]]:
        """The condition a relative clause's "for which" stands for: "<X>, for which <drug> won
        approval" (also where the parse makes the clause adverbial), "<X>, which the FDA approved it
        for" (the preposition left at the end)."""
        p, norms = self.parse, self.ann.norms
        lo, hi = p.subtree(own)
        for t in range(lo, hi):
            if norms[t] not in ("for", "as") or p.dep(t) != "prep":
                continue
            objects = p.children(t, "pobj")
            if objects and p.tag(objects[0]) in _RELATIVE_TAGS and objects[0] == t + 1:
                before = t - 1 if self.ann.texts[t - 1] == "," else t  # "<X>, for which …"
                m = self.targets.get(before - 1)
                if m is not None and m.tok_end == before:
                    return [(m, head_of(p, m.tok_start, m.tok_end))]
            elif not objects and p.dep(own) == "relcl" and p.head(own) in self.targets:
                return [(self.targets[p.head(own)], p.head(own))]
        return []

    def target_clause(self, tok: int) -> int:
        """The clause a target stands in. A phrase before a colon or semicolon that the parse hangs
        on a clause after it ("approved for <X>, but not for <Y>: when …, it is prescribed …")
        continues the clause before the break: that of the nearest verb before it."""
        p, texts = self.parse, self.ann.texts
        own = self.clause(tok)
        if own < tok or not any(texts[i] in (":", ";") for i in range(tok + 1, own)):
            return own
        verb = next((i for i in range(tok - 1, self.sentence.tok_start - 1, -1) if p.is_verb(i)), None)
        return own if verb is None else self.clause(verb)

    def in_form_of(self, tok: int, anchor: int, targets: list[tuple[Mention, int]]) -> str | None:
        """The drug named by "in its <drug> form" / "in the form of <drug>" over a target: on its
        path to the anchor, or on the anchor before it, or after it where no target follows
        ("approved as <use> and, in its <drug> form, for <X>": <X> only)."""
        p, ann = self.parse, self.ann
        path = self.path(tok, anchor)
        preps = [t for t in path if p.dep(t) == "prep"] + [c for t in path for c in p.children(t, "prep")]
        preps += [c for c in p.children(anchor, "prep") if c < tok or not any(u > c for _, u in targets)]
        for prep in preps:
            if ann.norms[prep] != "in":
                continue
            for noun in p.children(prep, "pobj"):
                lo, hi = p.subtree(noun)
                named = [self.drugs[x].id for x in range(lo, hi) if x in self.drugs]
                if ann.norms[noun] in _SAME_DRUG and named:
                    return named[-1]
        return None

    def every_use(self, lo: int, hi: int) -> bool:
        """"not approved for any indication / anything", "has no approval whatsoever": the
        approval (over tokens [lo, hi), which name no target) is said of every use, none excepted;
        an intensifier only where the approval names no use at all ("not approved for use at home
        at all" names one)."""
        ann = self.ann
        if ann.cues_in(lo, hi, "approval-except"):
            return False
        if ann.cues_in(lo, hi, "approval-any-use"):
            return True
        return bool(ann.cues_in(lo, hi, "approval-at-all")) and not any(
            self.parse.dep(t) == "prep" and ann.norms[t] in ("for", "as") for t in range(lo, hi) if t in self.parse)

    def excepted(self, tok: int, anchor: int) -> bool:
        """A target under an exception word: "anything other than <use>", "any use outside <X>";
        or in an afterthought that keeps it ("never approved as <X>, only as <Y>")."""
        return any(covered(self.ann, t, "approval-except") or self._only_after_comma(t) for t in self.path(tok, anchor))

    def instead(self, tok: int, anchor: int) -> bool:
        """A target set against the approved one: "approved for <X> rather than <Y>"."""
        return any(covered(self.ann, t, "approval-instead") for t in self.path(tok, anchor))

    def _only_after_comma(self, prep: int) -> bool:
        norms = self.ann.norms
        return self.parse.dep(prep) == "prep" and prep >= 2 and norms[prep - 1] in _ONLY and norms[prep - 2] == "," \
            and prep - 1 in self.parse.children(prep, "advmod")

    def blank_negated(self, c: int, own: int) -> bool:
        """Whether the blank pass's negation scope covers the cue. That scope runs to the end of
        the blank clause, across ", and <clause>": a negation the parse puts before a coordinated
        clause with a subject of its own ("<drug> is not a miracle, and using it for <X> is
        off-label") does not reach into it."""
        p = self.parse
        if not self.ann.is_negated(c):
            return False
        if p.dep(own) != "conj" or not self.own_subjects(own):
            return True
        lo, _ = p.subtree(own)
        return any(lo <= n.tok_start < c for n in self.ann.cues_in(self.sentence.tok_start, c, "negation"))

    def left_behind(self, tok: int, anchor: int) -> bool:
        """A denied "not for <X>" the parse hangs on the next clause's predicate, before that
        clause's own subject ("approved it for <use>, but not for <X>, so its use for <X> is
        off-label"): it ends the clause before, and says nothing of this predicate."""
        p = self.parse
        prep = p.head(tok)
        subjects = self.own_subjects(anchor)
        return (p.dep(tok) == "pobj" and bool(p.children(prep, "neg")) and bool(subjects)
                and prep < p.subtree(subjects[0])[0])

    def nobody(self, verb: int) -> bool:
        """A subject that denies ("nobody has approved it", "no one", "no regulator")."""
        p, norms = self.parse, self.ann.norms
        return any(norms[s] in _NOBODY or any(self._denying(d) for d in p.children(s, "det"))
                   for s in p.children(verb, "nsubj", "nsubjpass"))

    def _denying(self, det: int) -> bool:
        """A determiner that negates its noun; not an answer word before a colon or comma ("No:
        <drug> is approved …" answers a question, and denies nothing in it)."""
        return self.ann.norms[det] in _NO and self.ann.texts[det + 1] not in (":", ",")

    def negated(self, tok: int, until: int) -> bool:
        """A `neg` child (or "no" determiner) on the token or the ancestors up to `until`. Not a
        "not" after a comma that follows the word: "an off-label use, not an approved one" negates
        what it contrasts the word with."""
        p, norms, texts = self.parse, self.ann.norms, self.ann.texts
        for t in (tok, *p.ancestors(tok)):
            if any(n < t or "," not in texts[t:n] for n in p.children(t, "neg")) or any(
                    self._denying(d) for d in p.children(t, "det")) or self.nobody(t):
                return True
            if t == until:
                return False
        return False


def _parsed(ann: Annotation, sentence: Sentence, parse: "Parse", cue, last_drug: str | None) -> list[Claim] | None:
    """The claims of one approval or off-label cue, read from the parse; None when the parse
    cannot attach the cue to what holds it."""
    if cue.tok_start not in parse:
        return None
    reader = _Reader(ann, sentence, parse, last_drug)
    if parse.root in reader.targets or parse.root in reader.drugs and not _labelled(ann, parse, cue.tok_start):
        return None  # the parse made a word of a pack name the verb ("<drug> covers generalized <…> disorder")
    kind = "off-label" if cue.kind == "off-label" else "approval"
    span = range(cue.tok_start, cue.tok_end)
    c = _idiom_noun(parse, head_of(parse, cue.tok_start, cue.tok_end), span)
    if reader.kin_relative(c):
        return _NOT_A_CLAIM
    found = reader.off_label(c, span) if kind == "off-label" else reader.approval(c)
    if not found:
        return found  # None (unresolved) or [] (no claim)
    holder, anchor = found
    # A report the draft calls false: the draft says the opposite, but only by way of someone
    # else's words, so never an error.
    opposite = not asserted(ann, sentence, c) and called_false(ann, sentence, c)
    if not asserted(ann, sentence, c) and not opposite:
        return _NOT_A_CLAIM
    # a form that points back is grounded by the check, which knows the forms the packs give each
    # drug; until then it is no side of an in-draft contradiction
    grounded = holder.drug is not None and not holder.pointing and not opposite
    if kind == "off-label" and not grounded and not holder.pointing:
        # "This use is off-label", "infusions for <condition> are off-label": the use of the drug in
        # discussion, but nothing in the parse ties it to that drug, so never an error.
        holder = _Holder(reader.antecedent(c))
        if holder.drug is None:
            return _NOT_A_CLAIM
    clause = next((cl for cl in sentence.clauses if cl.tok_start <= c < cl.tok_end), sentence.clauses[0])
    kinds = sentence.cue_kinds
    if kind == "approval" and ("speculative" in kinds and _speculative(ann, clause, c, ("speculative",))
                               or "approval-forecast" in kinds and _forecast(ann, parse, c)):
        return _NOT_A_CLAIM
    return _claims_of(reader, cue, kind, c, (holder, anchor), clause, grounded, opposite)


def _idiom_noun(parse: "Parse", c: int, span: range) -> int:
    """An idiom of a verb and its object ("got the nod", "won the go-ahead") is read as the approval
    noun the verb's subject gets, as "got approval" is."""
    objects = [o for o in parse.children(c, "dobj") if o in span]
    return objects[0] if objects and parse.is_verb(c) else c


def _never(ann: Annotation, sentence: Sentence, c: int) -> bool:
    """"The spray has never been approved by the FDA": "never" before an approval word, in a
    sentence that names no use and does not answer a question before it, denies every use."""
    if ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition", "use"):
        return False
    before = ann.sentences[sentence.index - 1] if sentence.index else None
    if before is not None and before.block == sentence.block and before.text.rstrip().endswith("?"):
        return False
    return any(ann.norms[n.tok_start] == "never" and n.tok_start < c
               for n in ann.cues_in(sentence.tok_start, c, "negation"))


def _labelled(ann: Annotation, parse: "Parse", tok: int) -> bool:
    """A label before a colon holds the drug, the word after it the claim: "<drug> for <X>: approved"."""
    return any(ann.texts[i] == ":" and parse.head(i) == parse.root for i in range(parse.root + 1, tok))


def _claims_of(reader: _Reader, cue, kind: str, c: int, found: tuple[_Holder, int], clause: Clause,
               grounded: bool, opposite: bool) -> list[Claim]:
    """One claim per target of the predicate (and per drug conjoined with its holder): its
    polarity, hedge and quantifier. `grounded`: the parse ties the holder to the predicate;
    `opposite`: a report the draft calls false."""
    ann, parse, sentence = reader.ann, reader.parse, reader.sentence
    holder, anchor = found
    lo, hi = parse.subtree(anchor)
    # A noun that holds its own targets is negated on itself ("no approval for <use>"), not by the
    # verb it is the subject of ("its approval for <use> does not mean …").
    negation_top = c if anchor == c and parse.tag(c).startswith("NN") else reader.clause(anchor)
    base_negated = (cue.kind == "approval-negative" or reader.blank_negated(c, reader.clause(anchor))
                    or reader.negated(c, negation_top))
    hedged = "hedge" in sentence.cue_kinds and bool(ann.cues_in(clause.tok_start, clause.tok_end, "hedge"))
    targets = reader.predicate_targets(c, anchor, range(cue.tok_start, cue.tok_end))
    out = []
    first = next((i for i in range(lo, hi) if ann.is_word[i]), lo)
    start = ann.starts[first]
    last = max((i for i in range(lo, hi) if ann.is_word[i]), default=hi - 1)
    subjects = [holder.drug, *reader.coordinated(holder.drug, c, anchor)] if grounded else [holder.drug]
    every_use = not targets and (reader.every_use(lo, hi) or _never(ann, sentence, c))
    for m, t in sorted(targets) or [(None, None)]:
        if t is not None and reader.left_behind(t, anchor):
            continue
        # "…, in its <drug B> form, for <X>": that approval is drug B's
        moved = reader.in_form_of(t, anchor, targets) if grounded and t is not None else None
        # (a target outside the anchor's subtree, a relative clause's "for which", has no path to it)
        negated = base_negated or (t is not None and lo <= t < hi and reader.negated(t, anchor) and t != anchor)
        # "not approved for anything other than <use>": approved for that use
        negated = (negated and not (t is not None and reader.excepted(t, anchor))) != opposite
        if t is not None and not base_negated and reader.instead(t, anchor):
            negated = not opposite  # "approved for <X> rather than <Y>": not for Y
        if kind == "off-label" and negated and not opposite:
            negated = not _approval_negation(ann, sentence.tok_start, c, t)
        end = m.end if m is not None and m.end > start else ann.starts[last] + len(ann.texts[last])
        quantifier = reader.quantifier(t, anchor, m.tok_end) if t is not None else ("all" if every_use else None)
        if quantifier == "every":
            # "not for every kind of <X>" denies only that all of X is covered, which an approval for
            # one kind of it allows; "approved for every kind of <X>" says all of it
            quantifier = None if negated else "all"
        elif quantifier == "one" and negated:
            quantifier = None  # "not approved for a <class>": for none of them
        for subject in [moved] if moved else subjects:
            out.append(Claim(kind, subject, start, end, sentence.index, negated=negated, hedged=hedged,
                             target=m.id if m is not None else None, grounded=grounded, form=holder.form,
                             definite=holder.pointing,
                             quantifier=quantifier, contrary=opposite))
    return out
