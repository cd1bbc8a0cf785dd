"""Overclaiming: certainty ("cures", "proven", "risk-free") the evidence does not carry.

Four kinds of cue, by what their sentence must hold:
- `overclaim` ("cures", "a miracle drug", "forever") and `overclaim-verb` ("eliminates
  <condition>"): a pack drug or condition (or a clause with a drug subject);
- `overclaim-scope` ("for most people"): the same, and no side effect or time in the clause
  ("side effects fade for most people", "it takes two weeks to kick in for most people");
- `overclaim-open` ("proven", "very safe", "an excellent alternative"): anything treatment-like,
  a pack name, a treatment word, "it"/"this drug", or a comparator ("Psychedelic medicines have
  proven more effective", "The treatment is very safe"), not "The weather is perfectly safe";
- `overclaim-outcome` ("permanent healing", "100% success"): nothing; only a treatment promises it.
The last two also need a draft that names a pack drug, and outside a table cell or heading (a
bare label there, "| Proven cure | No |", is no assertion) a pack name, a finite verb in the
sentence or a row or column that names a drug. And three read through the parse or the clause:
- `overclaim-absence` ("gone for good", "never came back"): a condition before it in its clause;
- `overclaim-universal` ("essentially everyone", "all patients"): a benefit verb governing it;
- `overclaim-reliable` ("dependable", "the definitive treatment"): said of the drug or treatment
  by the parse (a copula's complement, "establish <drug> as …", "prove <drug> to be …").
- `overclaim-change` + `overclaim-permanent` ("the new pathways are locked in for good", "it
  permanently rewires the brain"): a lasting change to the brain, as the open cues need.
A population hedge ("for some people") takes back only the proportions and the open cues.

Either way a cue is the writer's assertion only when it is not negated (NegEx, a `neg` in the
parse above it, or "nothing"/"nobody" before it), hedged, inside a quotation, reported ("a
spokesperson said…", "according to the website"), myth-framed ("Myth: …"), conditional or an
open question ("whether it is proven"), or an infinitive of evidence ("needs to be proven"); and
emphasis ("full stop", "without question") that vouches for what a regulator approved is the
approval checks' business, not certainty of evidence.
"""


from __future__ import annotations

from linter.claims.base import Claim
from linter.claims.frames import (FRAMED, REPORTED, Frame, attribution_kind, conditional, covered, imperative, quoted,
                                  refuted, report_kind, topic)
from linter.nlp import Annotation, Cue, Sentence
from linter.quantities import find, is_year

_VERB_REACH = 3  # "eliminates <condition>", "eliminates your <condition> symptoms"
_PERSON_REACH = 3  # "people online swear": the sayers just before a reporting word
_FIRST_PERSON = frozenset({"we", "i"})  # "we say": the writer's own words, not reported ones
# Negative pronouns NegEx's cue list leaves out: "Nothing about it is 100% safe".
_NEGATIVE_SUBJECTS = frozenset({"nothing", "nobody", "noone"})
_RELATIVES = frozenset({"which", "who"})  # an aside on the subject, not a clause of its own
# Block kinds whose text is often a bare noun phrase ("| Proven cure | No |", "## Permanent
# healing?"): an open cue there is a label, not an assertion, unless a pack drug is named.
_LABEL_BLOCKS = frozenset({"cell", "heading"})

_OPEN = ("overclaim-open", "overclaim-outcome")
_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_FULL_STOPS = frozenset({".", "!"})
# Cue kinds that make a sentence about some treatment: "the treatment", "it", "antidepressants",
# "our protocol" (not "a session": "the trail is perfectly safe for a walk after your session").
_TREATMENT_LIKE = frozenset({"treatment", "anaphora", "comparator", "course-noun"})
_OURS = ("treatment", "anaphora", "course-noun")  # … the draft's own treatment, not a comparator

TRIGGERS = frozenset({"overclaim", "overclaim-verb", "overclaim-open", "overclaim-outcome", "overclaim-scope",
                      "overclaim-lasting", "overclaim-lasting-after", "overclaim-absence", "overclaim-reliable",
                      "overclaim-universal", "overclaim-evidence",
                      "overclaim-evidence-verdict", "overclaim-debate-verdict"})  # cue kinds a claim needs
_LASTING = ("overclaim-lasting", "overclaim-lasting-after")
_CHANGE_REACH = 2  # "permanently rewired", "rewires the brain permanently", "locked in for good"
# What makes an emphatic cue about approval, not evidence: "the form the FDA has approved, full stop".
_APPROVAL = ("approval", "regulator")
# What a population hedge ("for some people") takes back: how many, and how safe; not a cure,
# a guarantee or permanence ("for some people it has become a guaranteed way out of <condition>").
_PROPORTIONS = frozenset({"overclaim-scope", "overclaim-open"})
_UNIVERSAL_REACH = 3  # "works for essentially everyone": everyone ← for ← works
_VERB_ROLES = frozenset({"ROOT", "ccomp", "xcomp", "conj", "relcl", "advcl", "parataxis", "dobj"})
_MANNER_REACH = 3  # "everyone responds (quite) differently": how, not how well
# A proportion ("for most people") overclaims a benefit, not a side effect ("side effects fade
# for most people") nor a time ("it takes two weeks to kick in for most people" says when, and
# hedges how many), nor a modest benefit ("for most people it helps a little": overclaim-modest).
_NOT_SCOPED = ("side-effect", "onset", "duration", "time-unit")
_BENEFIT_REACH = 3  # "permanent relief", "immediate and permanent relief": the noun follows closely
_PREDICATE_REACH = 6  # "the relief is immediate and permanent", "the relief it brings is lasting"
# Between a benefit noun and the permanence said of it: "the relief is permanent", "relief that
# lasts for good", "the relief stays with you forever".
_COPULAS = frozenset({"is", "are", "was", "were", "be", "remains", "remain", "stays", "stay", "proves",
                      "lasts", "last", "lasted", "persists", "persist", "persisted", "holds", "held", "stayed",
                      "remained"})
# Where a reliability word ("dependable") is said of what the parse attaches it to: a copula's
# complement ("<drug> is a dependable treatment", "proves <drug> to be …") or an "as" phrase
# ("establish <drug> as a dependable treatment", "cements its place as the definitive one").
_PREDICATIVE = frozenset({"attr", "acomp", "oprd"})
_HOLDERS = ("nsubj", "nsubjpass", "dobj")
_RAISED = frozenset({"xcomp", "ccomp", "advcl"})  # "to be" hung on "prove <drug>" or on the drug


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    if "non-human" in sentence.cue_kinds:
        return []  # "in mice the relief lasted for good": nothing said of patients
    about = ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug", "condition")
    # a table cell speaks of its row's or column's drug: "| <drug> | Permanent relief |"
    in_cell = ann.document.blocks[sentence.block].kind == "cell" and last_drug is not None
    open_kinds = _open_kinds(ann, sentence, bool(about) or in_cell)
    for frame in frames:
        clause = frame.clause
        found = _found(ann, sentence, clause, bool(about or frame.subjects), open_kinds)
        if not found and last_drug is not None:
            found = _in_discussion(ann, sentence, clause)
        hedge = _hedged(ann, sentence, clause)
        if hedge == _MODAL:
            # "may help" claims what the source does; "may end <condition> for good" still claims
            # permanence, which the source never gives (its effects last days, or a year)
            found = [c for c in found if _permanent(ann, c)]
        elif hedge == _POPULATION:
            found = [c for c in found if c.kind not in _PROPORTIONS]
        found = [c for c in found if _asserted(ann, sentence, clause, c)]
        if not found:
            continue
        cue = min(found, key=lambda c: c.tok_start)
        # No subject inherited into a sentence that names nothing a pack covers ("The treatment is
        # very safe"): the claim is about the draft's treatment, not provably about one drug.
        subject = topic(frames, cue.tok_start, last_drug) if about or frame.subjects else None
        # One claim a sentence: "completely safe, and it works for virtually everyone" is one
        # overclaiming sentence to rewrite, not two.
        return [Claim("overclaim", subject, cue.start, cue.end, sentence.index, cue=cue.text)]
    return []


def _in_discussion(ann: Annotation, sentence: Sentence, clause) -> list[Cue]:
    """Graded: "Patients walk out healed, once and for all", "Its benefits are beyond dispute":
    a certainty cue said of the drug in discussion, where the clause names a benefit apart from
    the cue ("healed", "relief"; not "work", which is also a job) and the sentence denies nothing
    (a denial anywhere may be what the cue serves: "the evidence doesn't support the word 'cure'")."""
    if any(not ann.cues_in(n.tok_start, n.tok_end, "pseudo-negation")
           for n in ann.cues_in(sentence.tok_start, sentence.tok_end, "negation")):
        return []
    cues = ann.cues_in(clause.tok_start, clause.tok_end, "overclaim")
    benefits = [b for b in ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-benefit", "overclaim-benefit-verb")
                if not ann.norms[b.tok_start].startswith("work")]
    return [c for c in cues if any(b.tok_end <= c.tok_start or c.tok_end <= b.tok_start for b in benefits)]


def _bounded(sentence: Sentence, cue: Cue) -> bool:
    """"Relief that lasts for months": a time span right after the lasting says how long, which
    claims no permanence (the time-course family weighs the span)."""
    return any(0 <= sentence.start + span.start - cue.end <= _SPAN_REACH for span in find(sentence.text))


_SPAN_REACH = len(" for up to ")  # what may stand between "lasts" and its span


def _found(ann: Annotation, sentence: Sentence, clause, subject_ok: bool, open_kinds: tuple[str, ...]) -> list[Cue]:
    """The overclaim cues of a clause whose sentence holds what each kind needs (the module doc)."""
    found: list[Cue] = [c for c in ann.cues_in(clause.tok_start, clause.tok_end, *open_kinds)
                        if not _bounded(sentence, c)] if open_kinds else []
    if "overclaim-outcome" in open_kinds and not sentence.cue_kinds.isdisjoint(_LASTING):
        found += _composed_outcomes(ann, sentence, clause)
    found += _absences(ann, clause)
    # a lasting change to the brain said of the treatment or of its sessions ("a week of these
    # sessions permanently reset the worried brain"), not of stress or a condition
    if "overclaim-open" in open_kinds or ("overclaim-outcome" in open_kinds and "session-noun" in sentence.cue_kinds):
        found += _rewired(ann, clause)
    if subject_ok:
        found += ann.cues_in(clause.tok_start, clause.tok_end, "overclaim") + _settled(ann, sentence, clause)
        # a modest benefit anywhere in the sentence: "for most people it (which …) helps a little"
        if not ann.cues_in(clause.tok_start, clause.tok_end, *_NOT_SCOPED) \
                and not ann.cues_in(sentence.tok_start, sentence.tok_end, "overclaim-modest"):
            found += ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-scope")
        for verb in ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-verb"):
            # the condition itself, not a treatment named after it ("stop <condition> medication")
            named = [m for m in ann.mentions_in(verb.tok_end, verb.tok_end + _VERB_REACH, "condition")
                     if not ann.cues_in(m.tok_end, m.tok_end + 1, "treatment", "comparator")]
            if named or _passive_of(ann, clause, verb):
                found.append(verb)
    if subject_ok or not sentence.cue_kinds.isdisjoint(_TREATMENT_LIKE) or _elided_subject(ann, sentence):
        found += _universal(ann, sentence, clause) + _reliable(ann, sentence, clause)
    return found


def _settled(ann: Annotation, sentence: Sentence, clause) -> list[Cue]:
    """The evidence said to be settled ("we now know", "science confirms", "no longer in question"),
    where the sentence says what the drug does for someone, a benefit outside the cue's own words:
    "we now know more about how <drug> acts on the brain" settles nothing the source hedges."""
    harms = ann.cues_in(sentence.tok_start, sentence.tok_end, "side-effect")
    benefits = [b for b in ann.cues_in(sentence.tok_start, sentence.tok_end, *_BENEFITS)
                if not any(h.tok_start <= b.tok_start < h.tok_end for h in harms)]  # not "its side effects"
    cues = ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-evidence") + [
        pair for nouns, verdicts in _VERDICTS for pair in _verdicts(ann, clause, nouns, verdicts)]
    return [c for c in cues if any(b.tok_end <= c.tok_start or c.tok_end <= b.tok_start for b in benefits)]


_BENEFITS = ("overclaim-benefit", "overclaim-benefit-verb", "overclaim-effect")
_VERDICTS = (("overclaim-evidence-source", "overclaim-evidence-verdict"), ("overclaim-debate", "overclaim-debate-verdict"))
_VERDICT_REACH = 4  # "the evidence is, in fact, clear" stops at the comma; "we now know", "science already confirms"


def _verdicts(ann: Annotation, clause, nouns: str, verdicts: str) -> list[Cue]:
    """A verdict word a few words after the evidence or debate it settles, as one cue over both."""
    out = []
    for noun in ann.cues_in(clause.tok_start, clause.tok_end, nouns):
        for verdict in ann.cues_in(noun.tok_end, min(clause.tok_end, noun.tok_end + _VERDICT_REACH), verdicts):
            between = range(noun.tok_end, verdict.tok_start)
            if all(ann.is_word[t] for t in between) and not ann.cues_in(
                    noun.tok_end, verdict.tok_start, "overclaim-verdict-break") and not ann.cues_in(
                    verdict.tok_end, min(clause.tok_end, verdict.tok_end + 1), "overclaim-verdict-scope"):
                out.append(Cue("overclaim-evidence", noun.tok_start, verdict.tok_end, noun.start, verdict.end,
                               ann.document.prose[noun.start:verdict.end]))
                break
    return out


def _passive_of(ann: Annotation, clause, verb: Cue) -> bool:
    """"<condition> is (reliably) eliminated": the condition the passive verb is said of, before it."""
    start = max(clause.tok_start, verb.tok_start - _VERB_REACH - 1)
    return bool(ann.mentions_in(start, verb.tok_start, "condition")) and not _PASSIVE.isdisjoint(
        ann.norms[start:verb.tok_start]) and ann.norms[verb.tok_end - 1].endswith(("ed", "en"))


_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "gets", "got", "get"})


def _permanent(ann: Annotation, cue: Cue) -> bool:
    """Whether the cue says the benefit is for good: a word of permanence in it ("for good",
    "forever", "permanent relief") or a condition's absence ("never comes back")."""
    return cue.kind == "overclaim-absence" or any(
        c.tok_end > cue.tok_start for c in ann.cues_in(max(0, cue.tok_start - 3), cue.tok_end, "overclaim-permanent"))


def _composed_outcomes(ann: Annotation, sentence: Sentence, clause) -> list[Cue]:
    """"permanent freedom", "lasting, complete relief": a word of permanence with a benefit noun
    close after it; or said of the noun by a copula ("the relief is immediate and permanent").
    One outcome cue over both."""
    out = []
    for word in ann.cues_in(clause.tok_start, clause.tok_end, *_LASTING):
        # "for good" goes after its noun only ("relief that lasts for good", not "for good results")
        noun = None if word.kind != "overclaim-lasting" else next(iter(ann.cues_in(
            word.tok_end, min(word.tok_end + _BENEFIT_REACH, clause.tok_end), "overclaim-benefit")), None)
        if noun is not None:
            out.append(Cue("overclaim-outcome", word.tok_start, noun.tok_end, word.start, noun.end,
                           ann.document.prose[word.start:noun.end]))
            continue
        if ann.is_negated(word.tok_start):
            continue  # "the relief is (in fact) not durable"
        noun = _predicated_of(ann, sentence, word) or _benefit_before(ann, clause, word)
        if noun is not None:
            out.append(Cue("overclaim-outcome", noun.tok_start, word.tok_end, noun.start, word.end,
                           ann.document.prose[noun.start:word.end]))
    return out


def _benefit_before(ann: Annotation, clause, word: Cue) -> Cue | None:
    """A benefit noun a few words before the word of permanence, a copula between them."""
    before = ann.cues_in(max(clause.tok_start, word.tok_start - _PREDICATE_REACH), word.tok_start, "overclaim-benefit")
    if before and not _COPULAS.isdisjoint(ann.norms[before[-1].tok_end:word.tok_start]):
        return before[-1]
    return None


def _predicated_of(ann: Annotation, sentence: Sentence, word: Cue) -> Cue | None:
    """The benefit noun the parse makes the subject of the copula whose complement the word is,
    however far before it: "remission from <condition> with <drug> (which …) is durable"."""
    parse = ann.parses.get(sentence.index)
    tok = word.tok_start
    if parse is None or tok not in parse:
        return None
    while parse.dep(tok) == "conj":
        tok = parse.head(tok)  # "immediate and permanent"
    if parse.dep(tok) not in ("acomp", "attr"):
        return None
    for subject in parse.subjects(parse.head(tok)):
        noun = next((c for c in ann.cues_in(max(0, subject - 3), subject + 1, "overclaim-benefit")
                     if c.tok_end > subject), None)
        if noun is not None:
            return noun
    return None


def _rewired(ann: Annotation, clause) -> list[Cue]:
    """"The brain's new pathways are locked in for good", "it permanently rewires the brain": a
    change word with a word of permanence close to it, in a clause that names the brain or its
    wiring; not a condition's doing ("untreated <condition> permanently changes the brain"). One
    outcome cue over both."""
    if not ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-brain"):
        return []
    out = []
    for change in ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-change"):
        if ann.mentions_in(clause.tok_start, change.tok_start, "condition"):
            continue
        lo = max(clause.tok_start, change.tok_start - _CHANGE_REACH)
        for word in ann.cues_in(lo, min(clause.tok_end, change.tok_end + _CHANGE_REACH + 1), "overclaim-permanent"):
            first, last = (word, change) if word.tok_start < change.tok_start else (change, word)
            out.append(Cue("overclaim-outcome", first.tok_start, last.tok_end, first.start, last.end,
                           ann.document.prose[first.start:last.end]))
            break
    return out


def _absences(ann: Annotation, clause) -> list[Cue]:
    """"My <condition> is gone for good", "the <condition> never came back", "<condition> becomes a thing
    of the past": a condition (or its symptoms) before a permanent absence in the clause."""
    return [c for c in ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-absence")
            if ann.mentions_in(clause.tok_start, c.tok_start, "condition")
            or ann.cues_in(clause.tok_start, c.tok_start, "symptom-noun")]


def _universal(ann: Annotation, sentence: Sentence, clause) -> list[Cue]:
    """"Works for essentially everyone", "practically everyone who tries it feels better", "all
    patients respond": a universal word a benefit verb governs in the parse (within a few steps:
    everyone ← for ← works), or, without a parse, shares its clause with one ("everyone responds
    differently" is no benefit)."""
    cues = ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-universal")
    if not cues:
        return []
    benefits = {t for v in ann.cues_in(sentence.tok_start, sentence.tok_end, "overclaim-benefit-verb")
                if not _manner(ann, v) for t in range(v.tok_start, v.tok_end)}
    parse = ann.parses.get(sentence.index)
    out = []
    for cue in cues:
        if parse is not None and cue.tok_start in parse:
            head = parse.phrase_head(cue.tok_start, cue.tok_end)
            governors = _own_predicate(parse, list(parse.ancestors(head))[:_UNIVERSAL_REACH])
            # a verb or "effective", not a noun ("deserves help"), though "works" tagged a noun where a
            # verb's clause stands is a verb
            if any(t in benefits and (parse.tag(t)[:2] in ("VB", "JJ") or parse.dep(t) in _VERB_ROLES)
                   for t in governors) or _complement_benefit(parse, governors, benefits):
                out.append(cue)
        elif any(clause.tok_start <= t < clause.tok_end for t in benefits):
            out.append(cue)
    return out


def _complement_benefit(parse, governors: list[int], benefits: set[int]) -> bool:
    """"Every single person leaves <condition>-free": the benefit is the state the universal's own
    verb puts it in (its adjective or clause complement), not a verb above it."""
    verb = next((t for t in governors if parse.tag(t).startswith("VB")), None)
    return verb is not None and any(t in parse and parse.head(t) == verb and parse.dep(t) in _STATES for t in benefits)


_STATES = frozenset({"acomp", "oprd", "xcomp", "ccomp", "advcl"})


def _manner(ann: Annotation, verb: Cue) -> bool:
    """"responds differently", "heals at their own pace": how the verb goes, not how well (not
    past a comma: "gets better, each at their own pace" still says everyone gets better)."""
    end = verb.tok_end + _MANNER_REACH
    comma = next((t for t in range(verb.tok_end, min(end, len(ann.norms))) if ann.norms[t] == ","), end)
    return bool(ann.cues_in(verb.tok_end, comma, "overclaim-manner"))


def _own_predicate(parse, governors: list[int]) -> list[int]:
    """The governors up to the universal word's own verb: "<drug> helps many, and everyone
    responds at their own pace" hangs "everyone" on "responds", not on the "helps" above it."""
    verb = next((i for i, t in enumerate(governors) if parse.tag(t).startswith("VB")), None)
    return governors if verb is None else governors[:verb + 1]


def _elided_subject(ann: Annotation, sentence: Sentence) -> bool:
    """A fragment that opens with its benefit verb ("- Works for 9 out of 10 patients" under "What
    are the benefits?") speaks of the drug the draft is about."""
    first = next((t for t in range(sentence.tok_start, sentence.tok_end) if ann.is_word[t]), None)
    return first is not None and ann.names_a_drug and bool(ann.cues_in(first, first + 1, "overclaim-benefit-verb"))


def _reliable(ann: Annotation, sentence: Sentence, clause) -> list[Cue]:
    """Reliability the parse predicates of a drug or the treatment: "<drug> is a dependable
    treatment", "these results establish <drug> as a dependable treatment", "proves it to be a
    reliable option", "cements its place as the definitive treatment", "<drug> reliably eases
    <condition>". Never without a parse: "a reliable source" is said of no treatment."""
    parse = ann.parses.get(sentence.index)
    if parse is None:
        return []
    return [c for c in ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-reliable")
            if c.tok_start in parse and _of_treatment(ann, parse, c.tok_start)]


def _of_treatment(ann: Annotation, parse, tok: int) -> bool:
    word = parse.head(tok) if parse.dep(tok) in ("amod", "advmod", "compound") else tok
    dep = parse.dep(word)
    if dep in _PREDICATIVE:
        verb = parse.head(word)
        holders = parse.subjects(verb)
        if parse.dep(verb) in _RAISED:  # "prove <drug> to be a reliable treatment", in any of its parses
            up = parse.head(verb)
            holders += [up, *parse.children(up, *_HOLDERS, "oprd")]
            if parse.dep(up) == "relcl":  # "prove <drug>, which clinics offer, to be …" hung on the aside
                holders.append(parse.head(up))
    elif dep == "pobj" and ann.norms[parse.head(word)] == "as":
        verb = parse.head(parse.head(word))
        if parse.tag(verb).startswith("NN"):  # "cements its place as …"
            verb = parse.head(verb)
        holders = parse.children(verb, *_HOLDERS)
    elif word != tok and parse.tag(word).startswith("VB") and ann.cues_in(word, word + 1, "overclaim-benefit-verb"):
        holders = parse.subjects(word)  # "<drug> reliably eases <condition>"
    else:
        return False
    # "cement <drug>'s status as …": the holder's owner
    return any(_treatment_word(ann, h) for h in (*holders, *(o for h in holders for o in parse.children(h, "poss"))))


def _treatment_word(ann: Annotation, tok: int) -> bool:
    """A pack drug, "it"/"the drug", the treatment or "itself" at the token (not a comparator:
    "antidepressants remain the gold standard" is no certainty about the drug)."""
    return (bool(ann.mentions_in(tok, tok + 1, "drug")) or ann.norms[tok] == "itself"
            or any(covered(ann, tok, kind) for kind in _OURS))


_MODAL, _POPULATION = "modal", "population"


def _hedged(ann: Annotation, sentence: Sentence, clause) -> str | None:
    """A hedge in the clause ("may", "possibly": _MODAL; "for some people": _POPULATION, which
    takes back only a proportion), unless the parse puts it inside the object of a preposition:
    "with its potentially groundbreaking use" describes a noun, and the clause's own claim
    ("<drug> has proven itself") stands unhedged."""
    parse = ann.parses.get(sentence.index)
    found = None
    for cue in ann.cues_in(clause.tok_start, clause.tok_end, "hedge", "speculative"):
        if parse is None or cue.tok_start not in parse or not any(
                parse.dep(t) == "pobj" for t in (cue.tok_start, *parse.ancestors(cue.tok_start))):
            if not ann.cues_in(cue.tok_start, cue.tok_end, "population-hedge"):
                return _MODAL
            found = _POPULATION
    return found


def _open_kinds(ann: Annotation, sentence: Sentence, names_one: bool) -> tuple[str, ...]:
    """The cue kinds that overclaim here without a pack subject (see the module's docstring)."""
    kinds = sentence.cue_kinds
    if (kinds.isdisjoint(_OPEN) and kinds.isdisjoint(_LASTING) and "overclaim-permanent" not in kinds) \
            or not ann.names_a_drug:
        return ()
    if not names_one and ann.document.blocks[sentence.block].kind in _LABEL_BLOCKS \
            and not _finite(ann, sentence):
        return ()
    if names_one or not kinds.isdisjoint(_TREATMENT_LIKE):
        return _OPEN
    return ("overclaim-outcome",)


def _finite(ann: Annotation, sentence: Sentence) -> bool:
    """Whether the parse finds a finite verb (without a parse, a full stop ends it): a cell or
    heading that is a whole sentence ("| The treatment is 100% safe. |") asserts, a bare label
    ("| Proven cure |") does not."""
    parse = ann.parses.get(sentence.index)
    if parse is None:  # not parsed (no drug or pronoun in it): a full stop ends a sentence, not a label
        return sentence.tok_end > sentence.tok_start and ann.norms[sentence.tok_end - 1] in _FULL_STOPS
    return any(parse.tag(t) in _FINITE_TAGS for t in range(sentence.tok_start, sentence.tok_end) if t in parse)


def _asserted(ann: Annotation, sentence: Sentence, clause, cue: Cue) -> bool:
    """Whether the writer asserts the certainty a cue expresses."""
    return not (_negated(ann, sentence, cue) or _negated_in_parse(ann, sentence, cue) or _fronted_denial(ann, sentence, cue)
                or _vouches_for_approval(ann, sentence, clause, cue)
                or _negative_subject(ann, sentence, clause, cue) or _vouches_for_denial(ann, sentence, cue)
                or _evidence_for_a_hedge(ann, sentence, cue)
                or ann.cues_in(max(sentence.tok_start, cue.tok_start - 1), cue.tok_end, "not-overclaim")
                or quoted(ann, sentence, cue.tok_start, cue.tok_end) or _taken_back(ann, sentence, cue)
                or ann.cues_in(clause.tok_start, cue.tok_start, "overclaim-conditional")
                or _conditional_in_parse(ann, sentence, cue)
                or _infinitive(ann, sentence, cue) or _to_no_benefit(ann, sentence, cue))


_FAILING = frozenset({"fail", "fails", "failed"})


def _to_no_benefit(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """"Never fails" going on "to <verb>" where the verb is no benefit: "<drug> never fails to make
    me sleepy" is sure of an effect, not of the treatment working ("never fails to lift <X>" is;
    "proven to <verb>" is sure of whatever it goes on to)."""
    to, verb = cue.tok_end, cue.tok_end + 1
    parse = ann.parses.get(sentence.index)
    return (verb < sentence.tok_end and ann.norms[cue.tok_end - 1] in _FAILING and ann.norms[to] == "to"
            and parse is not None and verb in parse
            and parse.tag(verb) == "VB"  # an infinitive: not "an alternative to daily tablets"
            and not ann.cues_in(verb, verb + 1, "overclaim-effect", "overclaim-benefit-verb", "effect-verb"))


def _negated(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """NegEx's scope over the cue, unless the parse puts every negation before it in a clause of
    its own that the cue is not part of: "For people whose <condition> has not budged, <drug> is a
    proven way out" denies the budging, not the proof."""
    if not ann.is_negated(cue.tok_start):
        return False
    parse = ann.parses.get(sentence.index)
    negations = ann.cues_in(sentence.tok_start, cue.tok_start, "negation")
    if parse is None or cue.tok_start not in parse or not negations:
        return True
    above = {cue.tok_start, *parse.ancestors(cue.tok_start)}
    return any(n.tok_start not in parse or not _own_clause(parse, n.tok_start, above) for n in negations)


def _own_clause(parse, tok: int, above: set[int]) -> bool:
    """Whether the word stands in a subordinate clause (adverbial or relative) that holds none of `above`."""
    for up in parse.ancestors(tok):
        if up in above:
            return False  # the negation reaches the cue's own clause first
        if parse.dep(up) in _SUBORDINATE:
            return True
    return False


_SUBORDINATE = frozenset({"advcl", "relcl"})


def _fronted_denial(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """"A cure-all it is not", "A miracle cure this isn't": the cue fronted, the clause after it a
    pronoun, a copula and a negation."""
    words = []
    for t in range(cue.tok_end, min(cue.tok_end + _FRONTED_REACH, sentence.tok_end)):
        if ann.norms[t] in _STOPS:
            break  # the clause ends: the negation must end it ("a cure and it is not costly" is a cure)
        if ann.is_word[t] or ann.norms[t] in ("'s", "n't"):
            words.append(t)
    if len(words) < 3:
        return False
    subject, copula, negation = words[-3:]
    return ((ann.norms[subject] in _FRONTED_SUBJECTS or bool(ann.mentions_in(subject, subject + 1, "drug")))
            and ann.norms[copula] in _FRONTED_COPULAS and ann.norms[negation] in ("not", "n't", "never"))


_FRONTED_REACH = 7  # "A miracle cure this is not": the cue, a noun or two, the pronoun, copula, negation
_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
_FRONTED_SUBJECTS = frozenset({"it", "this", "that", "they"})
_FRONTED_COPULAS = frozenset({"is", "was", "are", "were", "'s", "'re"})


def _vouches_for_approval(ann: Annotation, sentence: Sentence, clause, cue: Cue) -> bool:
    """"… is the form the FDA has approved for <X>, full stop": emphasis on what a regulator
    approved overstates the approval (the approval checks' business), not the evidence. The
    emphasis may stand in a clause of its own (", end of story."), so the approval is looked for in
    the sentence; a benefit in the emphasis's clause is still vouched for ("the FDA approved it
    for <use>, but it relieves <condition>, full stop")."""
    return bool(ann.cues_in(cue.tok_start, cue.tok_end, "overclaim-emphasis")
                and ann.cues_in(sentence.tok_start, sentence.tok_end, *_APPROVAL)
                and not ann.cues_in(clause.tok_start, clause.tok_end, "overclaim-benefit-verb"))


def _vouches_for_denial(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """"There is no doubt that <drug> is not a cure": certainty about a denial overclaims nothing.
    An assurance cue with a negation after it in its sentence."""
    if not ann.cues_in(cue.tok_start, cue.tok_end, "overclaim-assurance"):
        return False
    return any(not ann.cues_in(n.tok_start, n.tok_end, "pseudo-negation")
               for n in ann.cues_in(cue.tok_end, sentence.tok_end, "negation"))


def _evidence_for_a_hedge(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """"Studies have demonstrated that <drug> may help": evidence of a hedged clause claims only
    what the clause does; "the 2017 trial demonstrated that …" reports one study's finding (the
    study check holds it to the source's). A "… that" cue with a hedge after it, or a year before it."""
    if ann.norms[cue.tok_end - 1] != "that":
        return False
    return bool(ann.cues_in(cue.tok_end, sentence.tok_end, "hedge")) or any(
        is_year(ann.norms[t]) for t in range(sentence.tok_start, cue.tok_start))


def _negative_subject(ann: Annotation, sentence: Sentence, clause, cue: Cue) -> bool:
    """"Nothing about it is 100% safe", not "nothing short of a cure" (a pseudo-negation: it
    says it is one). In the cue's clause, or opening the sentence with no clause break before
    the cue ("Nothing about <drug> (which clinics offer) is 100% safe": the parenthesis splits
    the blank pass's clause)."""
    first = next((t for t in range(sentence.tok_start, cue.tok_start) if ann.is_word[t]), clause.tok_start)
    clause_start = clause.tok_start
    if first < clause.tok_start and not any(
            not _in_parentheses(ann, first, b.tok_start) and ann.norms[b.tok_start] not in _RELATIVES
            for b in ann.cues_in(first, cue.tok_start, "clause-break")):
        clause_start = first
    return any(ann.norms[t] in _NEGATIVE_SUBJECTS and not ann.cues_in(t, t + 1, "pseudo-negation")
               for t in range(clause_start, cue.tok_start))


def _in_parentheses(ann: Annotation, start: int, tok: int) -> bool:
    """Whether `tok` is inside parentheses opened after `start` (and not yet closed)."""
    depth = 0
    for t in range(start, tok):
        depth += (ann.norms[t] == "(") - (ann.norms[t] == ")")
    return depth > 0


def _conditional_in_parse(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """Under "whether"/"if" in the parse, or in a sentence that opens with "whether" (an open
    question as its subject), though a parenthesis between splits the blank pass's clause:
    "Whether <drug> (which clinics offer) brings lasting relief is unknown"."""
    first = next((i for i in range(sentence.tok_start, cue.tok_start) if ann.is_word[i]), None)
    if first is not None and ann.norms[first] == "whether":
        return True
    parse = ann.parses.get(sentence.index)
    return parse is not None and cue.tok_start in parse and conditional(ann, parse, cue.tok_start)


def _negated_in_parse(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """A `neg` on the cue or any word above it: "That it is proven is not true", "claims of
    permanent healing are not supported" (the negation follows the cue, out of NegEx's reach)."""
    parse = ann.parses.get(sentence.index)
    if parse is None:
        return False
    for tok in _in_scope(parse, cue.tok_start):
        # "never fails", "doesn't come back" hold a `neg` that negates nothing (a pseudo-negation)
        if any(not covered(ann, t, "pseudo-negation") for t in parse.children(tok, "neg")):
            return True
        # "No study (which …) has established <drug> as …": a subject none of which asserts
        if any(ann.norms[d] == "no" for subject in parse.children(tok, "nsubj", "nsubjpass")
               for d in parse.children(subject, "det")):
            return True
    return False


def _in_scope(parse, tok: int) -> list[int]:
    """The token and the words above it whose negation reaches it: up to a conjoined or
    adverbial clause (a verb, or a word with a subject of its own), whose head's `neg` negates only
    the head's clause: "<drug> is not a miracle, but … it is, without question, the treatment …",
    "Coverage is not provided, since remission is durable". A conjoined word that is no clause
    ("not safe or effective") stays in its head's scope."""
    out = [tok]
    for up in parse.ancestors(tok):
        clause = parse.tag(tok)[:2] in ("VB", "MD") or parse.children(tok, "nsubj", "nsubjpass")
        if parse.dep(tok) in ("conj", "advcl") and clause:
            break
        out.append(up)
        tok = up
    return out


def _taken_back(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue is framed as false ("Myth: …", "the myth that it cures …") or reports
    someone else's words ("some claim …", "according to its site") that the draft then refutes
    ("…, but no study shows that"). Reported and not refuted, the certainty is passed on."""
    kinds = {_reported(ann, sentence, cue)}
    kinds.update(attribution_kind(ann, range(c.tok_start, c.tok_end))  # "Myth: …", "some say …"
                 for c in ann.cues_in(sentence.tok_start, cue.tok_start, "attribution"))
    if ann.cues_in(sentence.tok_start, cue.tok_start, "overclaim-offer") or _offered(ann, sentence, cue):
        kinds.add(REPORTED)  # "any clinic promising that <claim> is overselling": the clinic's words
    return FRAMED in kinds or (REPORTED in kinds and refuted(ann, sentence, cue.tok_start))


def _offered(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """"Beware any clinic that guarantees (you) <outcome>": the cue is, or follows, the verb of a
    relative clause, a promise someone the sentence names makes (refuted by "beware"), not the
    writer's own."""
    return any(ann.norms[t] in _PROMISES and not _RELATIVE_OFFER.isdisjoint(ann.norms[max(sentence.tok_start, t - 2):t])
               for t in range(sentence.tok_start + 1, cue.tok_start + 1))  # "that (currently) guarantees"


_RELATIVE_OFFER = frozenset({"that", "who", "which"})
_PROMISES = frozenset({"guarantees", "guarantee", "guaranteed", "promises", "promise", "promised"})


def _reported(ann: Annotation, sentence: Sentence, cue: Cue) -> str | None:
    """REPORTED when the cue reports someone else's words ("the clinic says", "according to its
    site"), FRAMED when the parse frames it as false (frames.report_kind); not the writer's own
    "we say". Any reporting word in the sentence counts (a sentence that reports others' words
    is read as theirs throughout: "Some clinics like to say <x>; that overstates it for most
    people" is the writer arguing, not claiming), but where the parse tags it a noun ("a pill on
    the market", "in the United States") only if it governs the cue or follows it
    (frames.report_kind: "testimonials call it a cure")."""
    parse = ann.parses.get(sentence.index)
    parsed = parse is not None and cue.tok_start in parse
    kind = report_kind(ann, parse, cue.tok_start) if parsed else None
    if kind is not None:
        return kind
    for word in ann.cues_in(sentence.tok_start, sentence.tok_end, "reporting"):
        if ann.cues_in(max(sentence.tok_start, word.tok_start - 2), word.tok_end, "not-overclaim"):
            continue  # "that said, …"
        if parsed and word.tok_start in parse and imperative(parse, word.tok_start):
            continue  # "Think of it as …": the writer's own
        if parsed and word.tok_start in parse and parse.tag(word.tok_start).startswith("NN") \
                and not ann.cues_in(max(sentence.tok_start, word.tok_start - _PERSON_REACH), word.tok_start, "person"):
            continue  # a noun, unless people just before say it ("people online swear", tagged a noun)
        if word.tok_start == sentence.tok_start or ann.norms[word.tok_start - 1] not in _FIRST_PERSON:
            return REPORTED
    return None


def _infinitive(ann: Annotation, sentence: Sentence, cue: Cue) -> bool:
    """An evidence verb in the infinitive is a goal, not a result: "trials are needed to prove
    that it works", "it has to be proven". By the parse (an infinitive `to` on the cue's verb),
    else by the words before it."""
    parse = ann.parses.get(sentence.index)
    if parse is not None and cue.tok_start in parse:
        tok = cue.tok_start
        return parse.tag(tok) in ("VB", "VBN") and any(parse.tag(t) == "TO" for t in parse.children(tok, "aux"))
    norms = ann.norms
    if cue.tok_start - 1 >= sentence.tok_start and norms[cue.tok_start - 1] == "to":
        return True
    return (cue.tok_start - 2 >= sentence.tok_start and norms[cue.tok_start - 2:cue.tok_start] == ("to", "be")
            and norms[cue.tok_start].endswith(("en", "ed")))
