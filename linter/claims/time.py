"""Time-course claims: how soon an effect starts (onset), how long it lasts (duration),
and whether it lasts at all ("long-lasting", "short-lived").

Read from the trained parse. A time span is a claim about a drug only when the parse ties it to
a predicate that says what it measures, and that predicate to the drug:

- what: the span's predicate. "takes weeks *to work*", "eases symptoms *within* hours" and
  "starts working after a month" measure an onset; "lasts", "wears off", "helped *for* a week"
  and "months *of relief*" an effect's duration; "the infusion takes 40 minutes" a session,
  "a course … over three weeks" a course, "you rest for 30 minutes" a follow-up period.
- whose: the predicate's grammatical subject (through "its", "of", "from": "relief from
  <drug>"), else its objects and adjuncts ("after <drug>", "feel <drug>'s effects"). A subject
  that is a comparator (antidepressants, SRIs) or any other non-pack noun means the span is not
  the pack drug's; "it", "its effects", "each infusion" stand for the drug in discussion, unless
  the sentence before was about a comparator.

A claim whose drug, predicate and span all attach this way is `grounded` (an error may follow);
one that only half attaches ("<drug> takes 40 minutes": no purpose) is not. Spans in quotation
marks, in reported speech ("clinics say …") or in a condition ("if it takes weeks") are not the
writer's. Sentences the parser did not see (no drug, anaphora or comparator) give no claim.
"""

from __future__ import annotations

from linter.claims.base import Claim
from linter.claims.frames import (FRAMED, REPORTED, Frame, conditional, is_reference, named_drugs, quoted, refuted,
                                  report_kind)
from linter.grammar import Parse
from linter.nlp import Annotation, Sentence
from linter.quantities import find

# A time span needs an onset or duration cue, or a unit after any verb ("relieved symptoms for a
# month"), to be read; "long-lasting" is a cue itself. The parse decides what a span measures.
TRIGGERS = frozenset({"onset", "duration", "lasting", "not-lasting", "time-unit"})

ONSET, EFFECT, SESSION, COURSE, FOLLOW_UP = "onset", "effect", "session", "course", "follow-up"
# Claim kinds by what is measured: the pack's time facts are onsets and effect durations.
_KIND = {ONSET: "onset", EFFECT: "duration"}
_DAY = 24.0  # hours: spans are measured in hours (quantities.py)

# Prepositions that put a span before an effect ("within hours", "after a month") and those
# that make it how long one lasts ("for a week", "over a year").
_ONSET_PREPS = frozenset({"within", "in", "inside", "by", "after", "on"})  # "on": "on the third day"
_LASTING_PREPS = frozenset({"for", "over", "through", "throughout", "beyond", "across"})
_GRADUAL_PREPS = frozenset({"over", "across"})  # after an onset verb that is no effect verb ("builds over")
_OWN_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj"})
_RELATIVE = frozenset({"which", "who", "that"})
_TIME_MARKS = frozenset({"after", "before", "following", "from"})
_WARDING = frozenset({"off", "away", "back"})  # particles of a condition held away: "holds off <condition>"
_ONCE = frozenset({"once", "when"})
_ONE = frozenset({"each", "every", "one", "single", "a"})
_PARTICLES = ("JJ", "RB", "IN", "TO", "RP")  # what lies between a span and its predicate: "up to", "as long as"
_COPULA = frozenset({"is", "are", "was", "were", "be", "'s"})
_RESTATING = frozenset({"which", "when"})  # a clause on a time span that says it again
_EXPLAINS = frozenset({"why", "because"})  # "which is why …" explains; it does not restate
_DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})
_DEFINITE = _DEMONSTRATIVES | {"the"}  # a study the draft has named: "per the review"
# What an effect subject and its predicate may hold and still name no owner of their own:
# "the initial benefit", "this improvement stayed stable", "these effects are long lasting".
_BARE_NOUN = frozenset({"det", "amod", "compound", "poss", "nummod", "punct"})
_BARE_CLAUSE = frozenset({"aux", "auxpass", "neg", "advmod", "punct", "acomp", "oprd", "attr", "prt", "npadvmod"})
# Prepositions that name what brought an effect about: a phrase of theirs can own it.
_CAUSES = frozenset({"after", "following", "from", "with", "by", "since", "of", "thanks", "due", "because",
                     "through", "via", "on"})
# Where a comparison word ("compared with", "than", "versus", "unlike": reference cues) may
# stand over a span: as a preposition or linking word, not as a noun or adjective ("part of").
_COMPARING = frozenset({"prep", "mark", "cc", "advmod", "advcl", "pcomp", "agent"})
_HEADER_REACH = 256  # cells a table cell looks back for its column's header
_CUE_REACH = 4  # the longest cue phrase, in tokens, that can cover a token
_UNTIL = frozenset({"until", "till", "til"})
_FOLLOWING = frozenset({"after", "following", "followed", "follows", "from"})
_UNTIL_REACH = 6  # "until the better part of a week": the words between "until" and a span's number
# Nouns of waiting a span can measure: "a wait of two weeks", "a two-week lag".
_WAITS = frozenset({"wait", "lag", "delay"})
_DENIALS = frozenset({"not", "n't", "no", "never", "nothing", "none", "without"})
# Pronouns of people beside the `person` cue words (which hold "I", "you", "we"); not "it" or
# "they", which may stand for the drug.
_PERSONAL = frozenset({"he", "she"})


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    parse = ann.parses.get(sentence.index)
    cell = _cell(ann, sentence, last_drug)
    if parse is None or cell:
        # no grammatical subject: precision first, no claim, but for a table's cell (whose labels
        # say more than a parse of its few words: "Three to four weeks after the first session")
        return cell
    reader = _Reader(ann, sentence, parse, _referent(ann, sentence, last_drug))
    conditions = _conditions(ann, sentence) or _linked_conditions(ann, sentence)
    out = []
    for found in find(sentence.text):
        start, end = sentence.start + found.start, sentence.start + found.end
        tok, tok_end = ann.token_at(start), ann.token_at(end - 1) + 1
        if quoted(ann, sentence, tok, tok_end):
            continue
        if reader.compared(tok, tok_end):
            continue  # "…, compared with 2–6 weeks for <comparator>": the other treatment's span
        until = reader.until(tok, tok_end)
        read = until or reader.span(tok, tok_end) or reader.loose(tok, tok_end)
        if read is None:
            continue
        measures, predicate, owner, attached = read
        if measures == SESSION and found.span.low and found.span.low >= _DAY and reader.lasts_on(predicate):
            measures = EFFECT  # "one infusion carries people for three weeks": no session lasts days
        if measures == EFFECT and reader.feeling_worse(predicate):
            continue  # "felt flat and low for a couple of days": how long that state lasted
        attached = attached and owner is not None and not reader.told_firsthand()
        own = reader.own_for(tok, tok_end)
        if own == "comparator":
            continue  # "…, against hours for <comparator>": the span names whose it is
        if own is not None and own != owner:
            owner, attached = own, False
        # "not … until a week in" says when it starts: its denial is the claim's shape
        negated = until is None and (ann.is_negated(tok) or bool(parse.children(predicate, "neg")))
        if ann.norms[predicate] in _WAITS:  # (a denial before it in another clause does not reach "a wait of")
            negated = any(ann.norms[d] == "no" for d in parse.children(predicate, "det", "neg"))
        hedged = any(ann.texts[t].lower() in ("may", "might", "could") for t in parse.children(predicate, "aux"))
        out.append(Claim(_KIND.get(measures, "time"), owner, start, end, sentence.index, negated=negated,
                         hedged=hedged, conditions=conditions, span=found.span, measures=measures,
                         grounded=attached, form=reader.stand_in))
    out.extend(_lasting(ann, sentence, reader, conditions))
    return out


def _lasting(ann: Annotation, sentence: Sentence, reader: "_Reader", conditions) -> list[Claim]:
    """"long-lasting", "short-lived": one claim per predicate, owned as a span's would be."""
    out: list[Claim] = []
    seen: set[int] = set()
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "lasting", "not-lasting"):
        if quoted(ann, sentence, cue.tok_start, cue.tok_end):
            continue
        read = reader.lasting(cue.tok_start, cue.tok_end) or reader.loose_lasting(cue.tok_start)
        if read is None or read[0] in seen:
            continue
        predicate, owner, attached = read
        seen.add(predicate)
        negated = ann.is_negated(cue.tok_start) or any(  # "don't last" is its own negation
            not cue.tok_start <= t < cue.tok_end for t in reader.parse.children(predicate, "neg"))
        lasts = (cue.kind == "lasting") != negated
        out.append(Claim("lasting", owner, cue.start, cue.end, sentence.index, negated=not lasts,
                         conditions=conditions, cue=cue.text, measures=EFFECT, grounded=attached,
                         form=None if named_drugs(ann, sentence.tok_start, sentence.tok_end) else reader.stand_in or cue.text))
    return out


def _cell(ann: Annotation, sentence: Sentence, drug: str | None) -> list[Claim]:
    """A table cell that is a time span and nothing else, in a column whose header says what
    it measures ("| Treatment | Onset |", a row "| <drug> | 2 to 6 weeks |"): the row's (or the
    column's) drug's onset or effect duration. The table attaches all three."""
    header = _header_cell(ann, sentence.block)
    spans = find(sentence.text)
    if drug is None or header is None or len(spans) != 1 or quoted(ann, sentence, sentence.tok_start, sentence.tok_end):
        return []
    found = spans[0]
    start, end = sentence.start + found.start, sentence.start + found.end
    words = _cell_words(ann, sentence, start, end)
    kinds = _measure_kinds(ann, header) or _measure_kinds(ann, _row_label(ann, sentence.block))
    if len(words) > 1 or len(kinds) != 1 or ann.is_negated(ann.token_at(start)):
        return []  # more than the span ("40 minutes per session"), or a header that says both or neither
    measures = ONSET if kinds == {"onset"} else EFFECT
    return [Claim(_KIND[measures], drug, start, end, sentence.index, span=found.span, measures=measures,
                  grounded=True)]


# Words a span's cell may hold besides the span: "Usually one to two days", "Three to four weeks
# after the first session" (from "after" on, the dose the span is counted from).
_CELL_HEDGES = frozenset({"usually", "typically", "often", "generally", "about", "around", "roughly",
                          "approximately", "normally", "mostly"})


def _cell_words(ann: Annotation, sentence: Sentence, start: int, end: int) -> list[int]:
    """The words of a cell outside its span, short of hedges and a closing "after <the dose>"."""
    words = []
    for t in range(sentence.tok_start, sentence.tok_end):
        if ann.starts[t] >= end and ann.norms[t] in _FOLLOWING and ann.cues_in(
                t, sentence.tok_end, "session-noun", "treatment-reference"):
            break
        if ann.is_word[t] and not start <= ann.starts[t] < end and ann.norms[t] not in _CELL_HEDGES:
            words.append(t)
    return words


def _measure_kinds(ann: Annotation, block: int | None) -> set[str]:
    """Whether a label cell says onset or duration ("Onset", "How long relief lasts"); neither for
    a session's or course's length ("How long each session lasts"), as in claims/tables.py."""
    if block is None:
        return set()
    tokens = ann.block_tokens(ann.document.blocks[block])
    if ann.cues_in(*tokens, "session-noun", "course-noun") and not ann.cues_in(*tokens, "effect-noun"):
        return set()
    return {c.kind for c in ann.cues_in(*tokens, "onset", "duration")}


def _row_label(ann: Annotation, block: int) -> int | None:
    """The first cell of a cell's row (an infobox's "| Onset of effect | Usually one to two days |"),
    None for the first cell itself."""
    blocks, first = ann.document.blocks, block
    while first > 0 and blocks[first - 1].kind == "cell" and blocks[first - 1].line == blocks[block].line:
        first -= 1
    return None if first == block else first


def _header_cell(ann: Annotation, block: int) -> int | None:
    """The header cell of a table cell's column (None for a header cell, a block no cell, or a
    cell more than _HEADER_REACH cells into its table: the walk back stays bounded)."""
    blocks = ann.document.blocks
    if blocks[block].kind != "cell":
        return None
    first = block
    while first > 0 and blocks[first - 1].kind == "cell":
        first -= 1
        if block - first > _HEADER_REACH:
            return None
    header = [i for i in range(first, block + 1) if blocks[i].line == blocks[first].line]
    row = [i for i in range(first, block + 1) if blocks[i].line == blocks[block].line]
    if blocks[block].line == blocks[first].line or len(row) > len(header):
        return None
    return header[len(row) - 1]


def stand_in(ann: Annotation, sentence: Sentence) -> str | None:
    """The word that names the treatment in a sentence naming no drug ("a single infusion",
    "each session", "an IV course"): the check may hold the claim to the one drug whose time
    course the source gives for that setting, where the drug in discussion has none."""
    lo, hi = sentence.tok_start, sentence.tok_end
    if named_drugs(ann, sentence.tok_start, sentence.tok_end):
        return None
    cues = [c for c in ann.cues_in(lo, hi, "session-noun", "course-noun", "treatment-reference")
            if ann.norms[c.tok_start] != "its"]
    return cues[0].text.lower() if cues else None


def _conditions(ann: Annotation, sentence: Sentence) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.id for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition")))


def _linked_conditions(ann: Annotation, sentence: Sentence) -> tuple[str, ...]:
    """A sentence that names no drug, condition or stand-in for the treatment ("These effects
    are long lasting") speaks of the sentence before: its conditions are that one's."""
    if sentence.index == 0 or ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug") or ann.cues_in(
            sentence.tok_start, sentence.tok_end, "anaphora", "treatment-reference", "comparator"):
        return ()
    return _conditions(ann, ann.sentences[sentence.index - 1])


def _referent(ann: Annotation, sentence: Sentence, last_drug: str | None) -> str | None:
    """The drug "it" or "each infusion" stands for: the drug in discussion, unless the sentence
    before was about a comparator ("Antidepressants take weeks. It …" is not about the drug):
    its main subject says so when it was parsed, else the first treatment it names; nor the drug
    the sentence itself is compared with ("Effects can appear within hours, compared with 2-6 weeks
    for <drug>")."""
    if last_drug and _compares_with(ann, sentence, last_drug):
        return None
    if sentence.index == 0:
        return last_drug
    before = ann.sentences[sentence.index - 1]
    parse = ann.parses.get(before.index)
    if parse is not None:
        for subject in parse.subjects(parse.root):
            if any(m.tok_start <= subject < m.tok_end for m in ann.mentions_in(subject - _CUE_REACH, subject + 1, "drug")):
                return last_drug
            if any(c.tok_start <= subject < c.tok_end for c in ann.cues_in(subject - _CUE_REACH, subject + 1, "comparator")):
                return None
        return last_drug
    # unparsed: the first treatment it names, as a subject usually comes first
    named = [m for m in ann.mentions_in(before.tok_start, before.tok_end, "drug") if not is_reference(ann, m)]
    others = [c for c in ann.cues_in(before.tok_start, before.tok_end, "comparator") if not is_reference(ann, c)]
    if others and (not named or others[0].tok_start < named[0].tok_start):
        return None
    return last_drug


def _compares_with(ann: Annotation, sentence: Sentence, drug: str) -> bool:
    """Whether the sentence names `drug` after a comparison word ("compared with", "than")."""
    cues = ann.cues_in(sentence.tok_start, sentence.tok_end, "reference")
    return bool(cues) and any(m.id == drug and m.tok_start >= cues[0].tok_end
                              for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug"))


class _Reader:
    """Reads one parsed sentence's time spans: what each measures, and whose it is."""

    def __init__(self, ann: Annotation, sentence: Sentence, parse: Parse, referent: str | None):
        self.ann, self.sentence, self.parse, self.referent = ann, sentence, parse, referent
        self.stand_in = stand_in(ann, sentence)

    # ---------------------------------------------------------------- what is measured

    def compared(self, tok: int, tok_end: int) -> bool:
        """A span under a comparison ("within hours, compared with 2–6 weeks for <comparator>",
        "faster than the weeks <comparator> need"): what the drug is compared with, not its own."""
        p = self.parse
        tok = p.phrase_head(tok, tok_end)
        for up in p.ancestors(tok):
            if p.dep(tok) in _OWN_CLAUSES:
                return False  # "unlike <comparator>, which take weeks": the clause says whose
            if self._comparing(up):
                return True
            tok = up
        return False

    def own_for(self, tok: int, tok_end: int) -> str | None:
        """The drug (or "comparator") a span's own phrase names as whose it is: "hours for
        <drug>", "the weeks <comparator> need" read as "weeks for <comparator>"."""
        p = self.parse
        head = p.phrase_head(tok, tok_end)
        for prep in p.children(head, "prep"):
            if self.ann.norms[prep] == "for":
                who = self._who(self._phrase(prep, frozenset()), prep)
                if who in ("comparator",) or who is not None and who != "anaphora":
                    return who
        return None

    def _comparing(self, tok: int) -> bool:
        if self.ann.norms[tok] == "of" and any(self._covered(o, "time-unit") for o in self.parse.children(tok, "pobj")):
            return False  # "the better part of a week", "half of a month": an amount, never a comparison
        return self.parse.dep(tok) in _COMPARING and self._covered(tok, "reference")

    def span(self, tok: int, tok_end: int):
        """(measures, predicate, owner, attached) of the span [tok, tok_end), or None when it is
        not a claim about a pack drug."""
        p = self.parse
        head = p.phrase_head(tok, tok_end)
        top, prep = head, None
        if p.dep(top) == "pobj":
            top = p.head(top)
        else:
            top = self._stranded(tok) or top
        if p.dep(top) in ("prep", "agent") or self.ann.norms[top] in _ONSET_PREPS | _LASTING_PREPS:
            prep = self.ann.norms[top]
        # "within hours" inside the span: its preposition decides, wherever the parser put it
        inner = {self.ann.norms[t] for t in range(tok, tok_end)}
        prep = prep or next(iter(inner & _ONSET_PREPS), None)
        governor = p.head(top) if top != p.head(top) else top
        governor = self._before_clause(head, governor)
        of = next((t for t in (top, governor) if self.ann.norms[t] == "of" and t < tok), None)
        if of is not None and self._covered(of - 1, "effect-noun") and not self._covered(of - 1, "side-effect"):
            # "relief of up to a month", however the parser attached the words; the verb that
            # gave the relief is the predicate
            noun = of - 1
            predicate = p.head(noun) if p.is_verb(p.head(noun)) else noun
            return self._owned(EFFECT, predicate, (noun,), (head, top, of), attached=True)
        # "stable over a year", "quickly within hours", "three weeks after each dose": up to the
        # verb the modifier belongs to
        # "for as long as three weeks", "for up to a month afterwards": the first time preposition
        # passed on the way decides
        for _ in range(5):
            if self._predicate(governor) and p.tag(governor) not in ("IN", "TO", "RP"):
                break  # (the "for" of the cue "for up to" is no predicate)
            if not (p.tag(governor).startswith(_PARTICLES) or p.dep(governor) == "prep"):
                break
            if p.dep(governor) == "prep" and prep not in _ONSET_PREPS | _LASTING_PREPS:
                prep = self.ann.norms[governor]
            governor = p.head(governor)
        if not self._covered(governor, "onset", "effect-verb", "duration", "measure-verb"):
            # "<drug> relieves <condition> within hours" parsed with the condition as the verb and
            # "relieves" as its subject: the effect verb is the predicate
            governor = next((t for t in p.children(governor, "nsubj", "csubj") if p.is_verb(t)
                             and self._covered(t, "onset", "effect-verb", "duration")), governor)
        measured = self._measured_noun(head)
        if measured is not None:  # "months of relief"
            return self._owned(EFFECT, governor, (measured,), (head, top), attached=True)
        if (p.tag(governor).startswith("NN") and p.dep(governor) == "dobj" and self._predicate(p.head(governor))
                and self._noun_kind(governor) == "effect" and not self._covered(governor, "effect-noun")):
            governor = p.head(governor)  # "relieves <condition> within hours", the span read as the object's
        if p.tag(governor).startswith("NN") and not self._verbal(governor):
            read = self._noun_span(governor, prep, (head, top))
            if read is None and p.tag(p.root).startswith("NN"):
                return self._verbless(prep, (head, top))
            return read
        if not self._predicate(governor) or self._not_asserted(governor):
            return None
        read = self._verb_span(governor, head, top, prep)
        if read is None and p.tag(p.root).startswith("NN") and not self._covered(governor, "duration", "effect-verb"):
            return self._verbless(prep, (head, top))  # the span hung on a verb of a relative clause
        return read

    def _before_clause(self, head: int, governor: int) -> int:
        """A span the parser hung on the mark of the clause after it ("lasted about six months
        before symptoms drifted back", "takes two weeks before <drug> does anything"): the verb that
        clause hangs on is the span's."""
        p = self.parse
        if p.dep(head) == "npadvmod" and p.dep(governor) == "mark" and self.ann.norms[governor] in _TIME_MARKS | _UNTIL:
            clause = p.head(governor)
            if p.dep(clause) == "advcl" and p.head(clause) != clause:
                return p.head(clause)
        return governor

    def _stranded(self, tok: int) -> int | None:
        """A time preposition the parser left without its object right before a span ("holds for
        around three weeks before a top-up", the span hung on the clause after it): the span is its
        object."""
        p, t = self.parse, tok - 1
        while t > p.tok_start and p.tag(t) in ("RB", "JJ") and tok - t < 3:
            t -= 1  # "around", "roughly", "about"
        if t < p.tok_start or self.ann.norms[t] not in _ONSET_PREPS | _LASTING_PREPS:
            return None
        return t if p.dep(t) == "prep" and not p.children(t, "pobj", "pcomp") else None

    def told_firsthand(self) -> bool:
        """One person's own course ("I tried <drug>, and it took eight weeks before I felt any
        lift"): an experience, not the drug's time course in general; a warning at most."""
        p = self.parse
        return any(self.ann.norms[t] == "i" and p.dep(t) in ("nsubj", "nsubjpass") for t in range(p.tok_start, p.tok_end))

    def until(self, tok: int, tok_end: int):
        """"not … until <span>": an onset at the span ("is not expected until a week into a course",
        "brings no relief until close to a month has passed", "won't kick in until day three").
        Proved only where the predicate is the family's own ("kick in", "brings relief"); "is not
        expected" is a warning. Without a denial ("lasts until the next dose") it is no onset."""
        p, norms = self.parse, self.ann.norms
        # before the span, or its first word ("until the third week" is one span)
        mark = next((t for t in range(tok, max(p.tok_start, tok - _UNTIL_REACH) - 1, -1)
                     if norms[t] in _UNTIL or p.is_verb(t)), None)
        if mark is None or norms[mark] not in _UNTIL:
            return None
        predicate = p.head(mark) if p.dep(mark) == "prep" else p.head(p.head(mark))
        if not p.is_verb(predicate) or self._not_asserted(predicate):
            return None
        clause = predicate  # "won't feel <drug> working until …": the denial may be the clause above's
        while p.dep(clause) in ("ccomp", "xcomp") and p.head(clause) != clause:
            clause = p.head(clause)
        if not any(norms[t] in _DENIALS for t in range(p.subtree(clause)[0], mark)):
            return None
        proved = self._covered(predicate, "onset", "effect-verb")
        return self._owned(ONSET, predicate, (), (p.phrase_head(tok, tok_end), mark), attached=proved)

    def loose(self, tok: int, tok_end: int):
        """The graded fallback for a span the parse did not tie to a predicate and a drug ("give
        it two full weeks before you expect any shift", "the drop in symptoms tends to stick
        around for months"): an onset or duration cue outside the span says what it measures
        (the nearest one), and the one drug the sentence names, else the drug in discussion, is
        whose. Never grounded: at most a warning. Silent where the span may be something else's:
        a comparator, a side effect, a condition or a second drug in the sentence, or a subject
        whose length is a session's, a course's, another doer's or (for a duration) a person's."""
        p, ann = self.parse, self.ann
        cues = [c for c in ann.cues_in(p.tok_start, p.tok_end, "onset", "duration")
                if (c.tok_start < tok or c.tok_end > tok_end) and not self._weak(c) and not self._others(c)]
        cues = [c for c in cues if not any(  # "hold" inside "take hold"
            o.tok_start <= c.tok_start and c.tok_end <= o.tok_end and o.tok_end - o.tok_start > c.tok_end - c.tok_start
            for o in cues)]
        if not cues or ann.cues_in(p.tok_start, p.tok_end, "comparator", "side-effect"):
            return None
        if ann.cues_in(p.tok_start, tok, "conditional"):
            return None  # "if it takes weeks"; a "whether" after the span ("before you judge whether …") is no condition on it
        if any(self._comparing(t) and not self._rather_than_doing(t) for t in range(p.tok_start, p.tok_end)):
            return None  # "…, versus 2–6 weeks for <other drug>": two treatments, as with a comparator
        # the span's preposition says what it measures ("keep working for months": how long);
        # without one, the cue nearest the span does
        if tok > p.tok_start and self.ann.norms[tok - 1] in _LASTING_PREPS:  # ("wears off after" is either)
            measures = EFFECT
        else:
            nearest = min(cues, key=lambda c: min(abs(c.tok_start - tok), abs(c.tok_end - tok_end)))
            measures = ONSET if nearest.kind == "onset" else EFFECT
        head = p.phrase_head(tok, tok_end)
        prep = p.head(head) if p.dep(head) == "pobj" else head
        if p.dep(prep) == "prep" and self._brings_symptom(p.head(prep)):
            return None  # "… and may bring a little nausea in the first fortnight"
        governor = p.clause_head(head)
        if self._not_asserted(governor) or self._covered(governor, "administration") or self._covered(
                governor, "duration") and self._holds_other(governor, head):
            return None  # (how long a dose is "given over" is a session; "carried an indication" the indication's)
        top, kinds, own = self._clause_of(governor)
        if kinds & {SESSION, COURSE, "side-effect", "other"} or ("person" in kinds and measures == EFFECT):
            return None
        clause = self._loose_clause(top)
        if any(self._other_cause(t, tok, tok_end) for t in clause):
            return None  # "the benefit of exercise", "after yoga" (not "on the day"): something else brought it about
        if own is not None:
            return measures, governor, own, False
        mentions = [m for m in ann.mentions_in(p.tok_start, p.tok_end, "drug") if not is_reference(ann, m)]
        named = {m.id for m in mentions if m.tok_start in clause}
        if not named and len({m.id for m in mentions}) == 1 and any(
                self.ann.norms[t] == "it" for t in clause):  # "<drug> is slow: allow half a month before judging it"
            named = {mentions[0].id}
        if len(named) > 1 or mentions and not named:
            return None  # two drugs, or the drug named only in another clause
        owner = next(iter(named), None) or self._standing_for()
        return None if owner is None and self.stand_in is None else (measures, governor, owner, False)

    def _loose_clause(self, top: int) -> set[int]:
        """A loose span's own clause, without clauses of their own ("…, which is when they start
        <drug>"); with the effect noun a misparse hung it on ("The benefit of <drug> starts to
        show …" read as a clause on "benefit": the effect is its subject)."""
        p = self.parse
        clause = self._phrase(top, frozenset())
        if p.dep(top) == "acl" and self._noun_kind(p.head(top)) == "effect":
            clause |= self._phrase(p.head(top), frozenset())
        return clause

    def _other_cause(self, t: int, tok: int, tok_end: int) -> bool:
        """A cause word ("of", "after") outside the span's own phrase ("plan on the better part of a
        week") whose object is another doer: not a time word, not a phrase naming a drug."""
        p = self.parse
        return (self.ann.norms[t] in _CAUSES and p.dep(t) == "prep" and not tok <= t < tok_end
                and not p.subtree(t)[0] <= tok < p.subtree(t)[1]
                and any(p.tag(o).startswith("NN") and self._noun_kind(o) == "other" and not self._covered(o, "time-unit")
                        and not self.ann.mentions_in(*p.subtree(o), "drug") for o in p.children(t, "pobj")))

    def _rather_than_doing(self, word: int) -> bool:
        """A comparison of two ways of doing ("builds over two weeks rather than arriving on the day"):
        it names no other treatment."""
        cue = self._cues_over(word, "reference")[0]  # (checked by _comparing): "rather than" as one
        objects = [o for t in range(cue.tok_start, cue.tok_end) for o in self.parse.children(t, "pobj", "pcomp")]
        return bool(objects) and all(self.parse.tag(o).startswith("VB") for o in objects)

    def loose_lasting(self, cue: int):
        """The graded fallback for a lasting cue the parse did not tie to a drug ("Once <drug> lifts
        <condition> symptoms, they stay down for good"; "the relief <drug> brings tends to be
        long-lasting", misparsed): the one drug the sentence names, else the drug in discussion
        where the sentence points back at it. Never grounded; silent beside a comparator or a side
        effect, and where the cue's clause is not asserted."""
        p, ann = self.parse, self.ann
        if ann.cues_in(p.tok_start, p.tok_end, "comparator", "side-effect") or self._not_asserted(p.clause_head(cue)):
            return None
        named = named_drugs(ann, p.tok_start, p.tok_end)
        if len(named) > 1:
            return None
        owner = next(iter(named), None) or self._standing_for()
        return None if owner is None else (p.clause_head(cue), owner, False)

    def _clause_of(self, governor: int) -> tuple[int, set, str | None]:
        """What a loose span's clause is about: the clause head every clause up to the sentence's
        head says who does what in ("Exercise needs weeks before its benefit starts"), short of a
        clause on a noun ("…, which is when …"); the kinds of their subjects (a session, a course, a
        side effect, another doer, a person); and the drug that is one's subject, which is whose the
        span is ("…, while <drug> can do its thing within hours")."""
        p = self.parse
        top, kinds = governor, set() if p.is_verb(governor) else {self._noun_kind(governor)}
        while True:
            if p.is_verb(top):
                subject = self._subject(top)
                if subject is not None and p.dep(subject) == "csubj":
                    subject = None  # "What people notice is that …": a clause says what, no one does it
                kind = self._noun_kind(subject)
                if kind == "other" and self._covered(subject, "onset"):
                    kind = "effect"  # "… before any change is felt": the change the treatment brings
                kinds.add(self._kicks_in(top, kind))
                if subject is not None and self._drug_at(subject):
                    drug = next(m.id for m in self.ann.mentions_in(max(0, subject - _CUE_REACH), subject + 1, "drug")
                                if m.tok_start <= subject < m.tok_end)
                    return top, kinds, drug
            if p.dep(top) in ("relcl", "acl") or p.head(top) == top or self._across_semicolon(top):
                return top, kinds | self._giver(top), None
            top = p.head(top)

    def _kicks_in(self, verb: int, kind: str | None) -> str | None:
        """A session or course that "kicks in" or "takes hold" is the treatment working, not a
        session's length ("allow ten days before these infusions take hold")."""
        if kind in (SESSION, COURSE) and any(c.tok_end - c.tok_start > 1 or not self._weak(c)
                                             for c in self._cues_over(verb, "onset")):
            return "named"
        return kind

    def _giver(self, clause: int) -> set:
        """The kind of what gave an effect a clause on it speaks of: "Exercise brings relief that
        lasts for months" is another doer's relief."""
        p, noun = self.parse, self.parse.head(clause)
        if p.dep(clause) != "relcl" or p.dep(noun) != "dobj" or self._noun_kind(noun) != "effect":
            return set()
        return {self._noun_kind(s) for s in p.subjects(p.head(noun))} & {"other"}

    def _across_semicolon(self, tok: int) -> bool:
        """A clause the parser hung on a verb past a semicolon ("…within hours of a dose; <comparator>
        usually take weeks"): a sentence of its own, whose subject is not this one's."""
        first, end = self.parse.subtree(tok)
        head = self.parse.head(tok)
        between = range(end, head) if head >= end else range(head + 1, first)
        return any(self.ann.norms[t] == ";" for t in between)

    def _others(self, cue) -> bool:
        """A cue that is the verb of something else ("the queue builds"), or a duration verb of a
        person ("a nurse stays with you"): it says nothing of the effect's time course. (People
        noticing or feeling a change is how an onset is told.)"""
        verb, p = cue.tok_start, self.parse
        if not p.is_verb(verb) or not p.subjects(verb):
            return False  # (a participle's subject is not its head's: "reported relief, lasting …")
        subject = p.subjects(verb)[0]
        if self.ann.norms[subject] in _RELATIVE and p.dep(verb) == "relcl":
            subject = p.head(verb)
        kind = self._noun_kind(subject)
        return kind == "other" or kind == "person" and cue.kind == "duration"

    def _weak(self, cue) -> bool:
        """A cue that says nothing of its own about an effect: a preposition ("within") or a
        measuring verb ("takes", which a session has too)."""
        return all(self.parse.tag(t) in ("IN", "TO", "RP") or self._covered(t, "measure-verb")
                   for t in range(cue.tok_start, cue.tok_end))

    def _standing_for(self) -> str | None:
        """The drug in discussion, when the sentence points back at a treatment or its effect
        ("it", "the medicine", "the effect", "the drop in symptoms")."""
        p = self.parse
        if self.ann.cues_in(p.tok_start, p.tok_end, "anaphora", "treatment-reference", "effect-noun"):
            return self.referent
        return None

    def _verbless(self, prep: str | None, skip: tuple[int, ...]):
        """A sentence the parser read as one noun phrase ("A single dose of <drug> relieved
        <condition> for a month", "relieved" taken for an adjective): its one effect or duration
        verb is the predicate, and the claim is at most a warning, the parse having proved
        nothing."""
        p = self.parse
        verbs = [t for t in range(p.tok_start, p.tok_end) if p.tag(t).startswith("VB")
                 and self._covered(t, "duration", "effect-verb") and not self._not_asserted(t)]
        if len(verbs) != 1:
            return None
        lo, hi = sorted((verbs[0], min(skip)))
        if any(p.is_verb(t) and p.dep(t) not in ("aux", "auxpass") for t in range(lo + 1, hi)):
            return None  # "…, where the improvement was still there after a year": another verb's span
        if self._covered(verbs[0], "duration") or prep in _LASTING_PREPS:
            measures = EFFECT
        elif prep in _ONSET_PREPS:
            measures = ONSET
        else:
            return None
        read = self._owned(measures, verbs[0], (), skip, attached=False)
        if read is not None:
            return read
        # the one drug the sentence names, when nothing else could own the span
        named = {m.id for m in self.ann.mentions_in(p.tok_start, p.tok_end, "drug")}
        if len(named) == 1 and not self.ann.cues_in(p.tok_start, p.tok_end, "comparator", "side-effect"):
            return measures, verbs[0], named.pop(), False
        return None

    def _measured_noun(self, head: int) -> int | None:
        """The effect a span counts: "relief" in "months of relief" ("around a month of calm", with
        "around" read as a preposition: its object's)."""
        for of in [t for h in (head, *self.parse.children(head, "pobj")) for t in self.parse.children(h)]:
            if self.ann.norms[of] == "of":
                for noun in self.parse.children(of):
                    if self._covered(noun, "effect-noun"):
                        return noun
        return None

    def _noun_span(self, noun: int, prep: str | None, skip: tuple[int, ...]):
        """A span that modifies a noun: "relief for up to a week", "a 40-minute infusion",
        "a course of six infusions over two weeks"."""
        if self._covered(noun, "side-effect"):
            return None  # "side effects lasting up to a day": not the benefit's time course
        if self._covered(noun, "course-noun"):
            return self._owned(COURSE, noun, (noun,), skip, attached=False)
        if self._covered(noun, "session-noun"):
            return self._owned(SESSION, noun, (noun,), skip, attached=False)
        if self.ann.norms[noun] in _WAITS and prep in ("of", None):
            return self._wait(noun, skip)
        if self._covered(noun, "effect-noun"):
            measures = ONSET if prep in _ONSET_PREPS else EFFECT
            predicate = self.parse.head(noun)
            if not self.parse.is_verb(predicate) or self._not_asserted(predicate):
                predicate = noun
            return self._owned(measures, predicate, (noun,), skip, attached=True)
        return None

    def _wait(self, noun: int, skip: tuple[int, ...]):
        """A wait measured by the span ("expect a wait of roughly two weeks", "effects arrive after a
        two-week lag"): an onset, of the one drug the sentence names or the drug in discussion; never
        proved, and silent where the wait is between sessions or another drug may own it."""
        p, ann = self.parse, self.ann
        if any(ann.norms[t] in ("between", "apart") for t in range(p.tok_start, p.tok_end)) or ann.cues_in(
                p.tok_start, p.tok_end, "comparator", "side-effect"):
            return None
        named = named_drugs(ann, p.tok_start, p.tok_end)
        owner = next(iter(named)) if len(named) == 1 else None if named else self._standing_for()
        return None if owner is None else (ONSET, noun, owner, False)

    def _verb_span(self, verb: int, head: int, top: int, prep: str | None):
        p = self.parse
        subject = self._subject(verb)
        if self._noun_kind(subject) == "side-effect":
            return None  # "side effects that last a day": not the benefit's time course
        phrase_onset = any(c.tok_end - c.tok_start > 1 for c in self._cues_over(verb, "onset"))
        if self._covered(verb, "measure-verb") and not phrase_onset:
            return self._measure_span(verb, head, top, subject)
        if self._covered(verb, "duration"):
            if subject is not None and self.ann.norms[subject] == "onset":
                return self._owned(ONSET, verb, (), (head, top), attached=True)  # "its onset stretches to two weeks"
            kind = self._noun_kind(subject)
            if self._holds_other(verb, head):
                return None  # "has carried an FDA indication for several years": that thing's time, not an effect's
            if kind == "person" and not self._eases(verb):
                return self._owned(FOLLOW_UP, verb, (), (head, top), attached=False)
            if kind in (SESSION, COURSE) and not self._after_each(verb) and not self._eases(verb) and not (
                    self._relief_after(verb)) and not self._effect_after(subject) and not self._effect_of(subject):
                return self._owned(kind, verb, (), (head, top), attached=False)
            return self._owned(EFFECT, verb, (), (head, top), attached=True)
        if self._covered(verb, "course-end") and self._noun_kind(subject) in (SESSION, COURSE):
            # "the course of treatment comes to an end after six weeks": how long the course runs
            return self._owned(COURSE, verb, (), (head, top), attached=False)
        if self.ann.norms[verb] in _COPULA and subject is not None and self._covered(subject, "onset"):
            # "the onset of <drug>'s effect is within hours"
            return self._owned(ONSET, verb, (), (head, top), attached=True) if prep in _ONSET_PREPS else None
        if self._covered(verb, "onset") or self._covered(verb, "effect-verb"):
            if self._covered(verb, "effect-motion") and self._noun_kind(subject) == "person":
                return None  # "patients arrive at the clinic two weeks after referral"
            if self._brings_symptom(verb):
                return None  # "may bring a little nausea in the first fortnight": the symptom's time
            if prep in _ONSET_PREPS:
                return self._owned(ONSET, verb, (), (head, top), attached=True)
            if prep in _LASTING_PREPS and self._covered(verb, "effect-verb"):
                return self._owned(EFFECT, verb, (), (head, top), attached=True)
            if prep in _GRADUAL_PREPS:  # "the effect builds over three weeks": how long it takes to arrive
                return self._owned(ONSET, verb, (), (head, top), attached=True)
            return None
        if prep in _LASTING_PREPS and any(self._covered(o, "effect-noun") and not self._covered(o, "side-effect")
                                          for o in p.children(verb, "dobj")):
            return self._owned(EFFECT, verb, (), (head, top), attached=True)  # "offered relief for a week"
        # any other verb: "receive six infusions over two weeks" is a course; "be observed for
        # two hours" a follow-up period; neither is the drug's time course
        if any(self._noun_kind(t) == COURSE or self._noun_kind(t) == SESSION for t in p.children(verb, "dobj")):
            return self._owned(COURSE, verb, (), (head, top), attached=False)
        return None

    def _measure_span(self, verb: int, head: int, top: int, subject: int | None):
        """A measuring verb ("takes", "needs"): an onset when a purpose says what it takes the time
        for, a session's or course's length when its subject is one."""
        p = self.parse
        # "take weeks to work" is an onset; "the infusion takes 40 minutes" is a session
        # "weeks before it helps", but not "…, whereas <drug> acts within hours": a contrasted
        # clause (a subordinator's: whereas, while, although, because …) is its own claim
        purposes = [t for t in p.children(verb) if p.dep(t) in ("xcomp", "advcl") and not any(
            self._covered(m, "subordinator") for m in p.children(t, "mark"))]
        purposes += [t for to in p.children(verb, "prep") if self.ann.norms[to] == "to"
                     for t in p.children(to, "pobj")]  # "to work" parsed as a preposition
        purposes += [t for t in p.children(head) if p.dep(t) in ("relcl", "acl", "advcl")]
        if p.dep(verb) in ("nsubj", "csubj"):  # "<drug> needs weeks to take effect", "needs" read as a noun
            purposes.append(p.head(verb))
        doers = {t: o for for_ in p.children(verb, "prep") if self.ann.norms[for_] == "for"
                 for o in p.children(for_, "pobj") for t in p.children(o, "acl")}  # "for <drug> to work"
        doers.update({o: o for for_ in p.children(verb, "prep") if self.ann.norms[for_] == "for"
                      for o in p.children(for_, "pobj") if p.is_verb(o)})  # the same, "work" its object
        purposes += list(doers)
        purposes = [t for t in purposes if self._effect_verb(t)]
        if purposes:  # whose: the subject, else the purpose's ("weeks before <drug> helps", "for <drug> to work")
            return self._owned(ONSET, verb, (), (head, top), attached=True,
                               extra=tuple(doers.get(t, t) for t in purposes))
        if any(self._covered(t, "duration") for t in purposes):
            return None  # "takes a week to wear off": which end is meant is unclear
        kind = self._noun_kind(subject)
        if kind in (SESSION, COURSE):
            return self._owned(kind, verb, (), (head, top), attached=False)
        if subject is not None and self._drug_at(subject):
            return self._owned(ONSET, verb, (), (head, top), attached=False)  # "<drug> takes weeks"
        return None

    def lasting(self, tok: int, tok_end: int):
        """(predicate, owner, attached) of a lasting cue: "<drug>'s effects are long-lasting",
        "<drug> offers durable relief"."""
        p = self.parse
        head = p.phrase_head(tok, tok_end)
        nouns: tuple[int, ...] = ()
        if p.dep(head) == "amod" or p.tag(head).startswith("NN"):
            noun = p.head(head) if p.dep(head) == "amod" else head
            nouns = (noun,)
        predicate = p.clause_head(head)
        if not self._predicate(predicate) or self._not_asserted(predicate):
            return None
        read = self._owned(EFFECT, predicate, nouns, (head,), attached=True)
        return None if read is None else read[1:]

    # ---------------------------------------------------------------- whose

    def _owned(self, measures: str, predicate: int, nouns: tuple[int, ...], skip: tuple[int, ...],
               attached: bool, extra: tuple[int, ...] = ()):
        """The claim with its owner, or None when the owner is no pack drug: the measured noun's
        own words first ("<drug>'s effects"), then the predicate's subject, then its objects and
        adjuncts. A comparator or other non-pack subject ends the search."""
        subject, places = self._own_places(predicate, nouns, skip, extra)
        for place, leave in places:
            owner = self._who(self._phrase(place, leave | {predicate}), place)
            if owner is not None:
                return self._claim(measures, predicate, owner, attached, place)
        kind = self._noun_kind(subject)
        if subject is not None and kind not in ("person", "effect", "expletive", None):
            return None  # "standard medicines take months": not a pack drug's span
        owners = self._adjunct_owners(predicate, subject, nouns, skip)
        if len(owners) > 1:  # a named drug is what "after each dose" refers to
            owners.discard("anaphora")
        if len(owners) == 1:
            return self._claim(measures, predicate, owners.pop(), attached, predicate)
        if not owners:
            owner = self._restated(measures, predicate, skip)
            if owner is not None:
                return self._claim(measures, predicate, owner, attached, predicate)
        if not owners and self._linked_effect(subject, predicate, skip):
            # "This improvement stayed stable over a year": the effect of the drug in discussion;
            # proved only when a demonstrative points back ("the benefit", "relief": a warning)
            pointed = any(self.ann.norms[d] in _DEMONSTRATIVES for d in self.parse.children(subject, "det"))
            return self._claim(measures, predicate, "anaphora", attached and (pointed or self._in_study(predicate)),
                               subject)
        return None  # nobody, or two drugs that could own it: silent

    def _own_places(self, predicate: int, nouns: tuple[int, ...], skip: tuple[int, ...], extra: tuple[int, ...]):
        """The predicate's subject, and the phrases that name whose a span is, in the order they
        are asked: the measured nouns, the subject (and an effect subject's own clause), `extra`."""
        places = [(n, frozenset({*skip, *nouns})) for n in nouns]
        subject = self._subject(predicate)
        if subject is not None and self.ann.norms[subject] == "it" and self._extraposed(predicate):
            subject = None  # "it takes weeks for <x> to work": "it" stands for no drug; <x> is whose
        if subject is not None and self.parse.dep(subject) == "csubj" and self.parse.tag(subject) == "VB":
            subject = None  # an imperative taken for a clausal subject: "Compare that with <x>; <drug> can act …"
        if subject is not None and subject not in nouns:
            places.append((subject, frozenset(skip)))
            if self._noun_kind(subject) == "effect":
                # "the calm that follows a single <drug> infusion", "the relief each dose brings":
                # the effect's own clause names what brought it; "each dose bringing relief that
                # lasted …": the verb it is the object of, its subject
                places += [(c, frozenset(skip)) for c in self.parse.children(subject, "relcl", "acl")]
                if self.parse.dep(subject) == "dobj":
                    places += [(t, frozenset(skip)) for t in self.parse.subjects(self.parse.head(subject))]
        places += [(t, frozenset(skip)) for t in extra]
        return subject, places

    def _adjunct_owners(self, predicate: int, subject: int | None, nouns: tuple[int, ...],
                        skip: tuple[int, ...]) -> set[str]:
        """Whose a span is by the predicate's objects and adjuncts ("after each <drug> dose"), or by
        the clause a participle hangs on ("<session> brought relief lasting a month")."""
        p, owners = self.parse, set()
        # a comparison after the predicate ("…, versus 2–6 weeks for <comparator>") and what
        # follows it are the other treatment's, however the parser attached them; a fronted
        # "Like <comparator>, <drug> …" may hold the subject the parser misplaced
        compared = next((d for d in p.children(predicate) if d > predicate and self._comparing(d)), None)
        for dep in p.children(predicate):
            if compared is not None and dep >= compared:
                continue
            if dep in skip or dep == subject or dep in nouns or p.dep(dep) in _OWN_CLAUSES:
                continue
            if p.dep(dep) in ("aux", "auxpass", "neg", "punct", "cc") or (
                    p.dep(dep) == "mark" and self.ann.norms[dep] not in _TIME_MARKS):
                continue  # "after each dose" read as a clause's mark still says whose
            owner = self._who(self._phrase(dep, frozenset(skip)), dep)
            if owner is not None:
                owners.add(owner)
        if not owners and p.tag(predicate) == "VBG" and p.dep(predicate) in ("ccomp", "advcl", "xcomp", "acl"):
            # a finite clause misread as a complement takes no subject from above
            anchor = p.head(predicate)  # the verb, or the noun it hangs on ("brought relief lasting")
            above = self._subject(anchor if p.is_verb(anchor) else p.head(anchor))
            owner = None if above is None else self._who(self._phrase(above, frozenset(skip)), above)
            if owner is not None:
                owners.add(owner)
        return owners

    def _restated(self, measures: str, predicate: int, skip: tuple[int, ...]) -> str | None:
        """The drug of a clause after the span that says the same time again: "feel better within
        weeks, which is when <drug> starts working", "…, which is how long <drug> takes to work"."""
        p, cue = self.parse, "onset" if measures == ONSET else "duration"
        # on the predicate, or on the span itself ("two weeks, which is when …")
        spans = (*skip, *(o for t in skip for o in p.children(t, "pobj")))
        for clause in [c for t in (predicate, *spans) for c in p.children(t)]:
            if p.dep(clause) not in _OWN_CLAUSES or clause < max(skip):
                continue
            first, end = p.subtree(clause)
            cues = self.ann.cues_in(first, end, cue)
            if self.ann.norms[first] not in _RESTATING or not cues or cues[-1].tok_start <= first:
                continue
            if not _EXPLAINS.isdisjoint(self.ann.norms[first:first + 3]):
                continue  # "…, which is why <another drug> needs weeks": a consequence, not the span said again
            if self.ann.cues_in(first, cues[-1].tok_start, "reference"):
                continue  # "…, which feels very different from the weeks <another drug> needs": a contrast
            # the drug before the time word, as its subject: "when <drug> starts working", not
            # "when they start <drug>"
            owner = self._who(set(range(first, cues[-1].tok_start)), clause)
            if owner is not None:
                return owner
        return None

    def _linked_effect(self, subject: int | None, predicate: int, skip: tuple[int, ...]) -> bool:
        """An effect noun as the subject, with nothing in the clause that could own it: no
        phrase of its own ("the benefit of exercise") and no other phrase on the predicate
        ("after yoga"). It can only be the effect the sentence before spoke of."""
        p = self.parse
        if subject is None or not p.tag(subject).startswith("NN") or not self._covered(
                subject, "effect-noun", "effect-verb"):  # "the benefit", "the calm"
            return False
        if self._covered(subject, "side-effect", "symptom-noun"):
            return False
        if any(p.dep(c) not in _BARE_NOUN and c != predicate and not self._symptom_of(c) for c in p.children(subject)):
            return False
        return all(c in skip or c == subject or p.dep(c) in _BARE_CLAUSE or self._framing(c)
                   or p.dep(c) == "mark" and self.ann.norms[c] == "that"  # "found that the fall … held"
                   for c in p.children(predicate))

    def _change_in_other(self, noun: int) -> bool:
        """"The drop in blood pressure": a change in something that is no symptom."""
        return any(self.ann.norms[i] == "in" and i > noun and self.parse.children(i, "pobj") and not self._symptom_of(i)
                   for i in self.parse.children(noun, "prep"))  # (not "results two weeks in")

    def _symptom_of(self, prep: int) -> bool:
        """"in <condition>" on an effect ("the fall in <condition>"): the symptom it eases, no owner."""
        return self.ann.norms[prep] == "in" and self.parse.dep(prep) == "prep" and any(
            self._noun_kind(o) == "effect" for o in self.parse.children(prep, "pobj"))

    def _in_study(self, predicate: int) -> bool:
        """"Per the 2023 review, improvements held steady …", "In the analysis, the benefit
        lasted …": a fronted phrase names the study whose finding the effect is (the study check
        ties it to the source's, and the source's duration to that study)."""
        p = self.parse
        preps = [t for t in p.children(predicate, "prep") if t < predicate]
        preps += [u for t in preps for u in p.children(t, "prep")]  # "according to the review"
        return any(self._covered(o, "study") and any(
            self.ann.norms[d] in _DEFINITE for d in p.children(o, "det", "nummod"))  # not "in one small study"
                   for t in preps for o in p.children(t, "pobj"))

    def _framing(self, tok: int) -> bool:
        """A phrase that frames a clause without naming a cause: "In short,", "At most clinics,",
        "Put simply,"; not "after yoga", "with therapy", "from <comparator>"."""
        p = self.parse
        if p.dep(tok) == "prep":
            return self.ann.norms[tok] not in _CAUSES
        if p.dep(tok) == "advcl" and any(self.ann.norms[m] in _ONCE for m in p.children(tok, "mark")):
            # "Once it arrives, the drop … is lasting": when the effect came, said of the effect itself
            return all(self.ann.norms[t] in ("it", "they") for t in p.children(tok, "nsubj")) and not p.children(
                tok, "dobj", "prep")
        return p.dep(tok) == "advcl" and not p.subjects(tok) and not p.children(tok, "dobj", "prep")

    def _claim(self, measures, predicate, owner, attached, at: int):
        if owner == "comparator":
            return None
        if owner == "anaphora":  # "each dose" is the drug named before it in this sentence, else before
            named = [m.id for m in self.ann.mentions_in(self.parse.tok_start, at, "drug")
                     if not is_reference(self.ann, m)]
            owner = named[-1] if named else self.referent
            if owner is None and self.stand_in is None:
                return None
        return measures, predicate, owner, attached

    def _who(self, tokens: set[int], head: int) -> str | None:
        """A drug id, "comparator" or "anaphora" for the phrase made of `tokens` (the one at its
        head first, else the first), or None when it names none of them."""
        ann = self.ann
        lo, hi = min(tokens), max(tokens) + 1
        # "Unlike <drug>, which takes weeks": the relative clause's own noun is no mere reference
        found = [(m.tok_start, m.tok_end, m.id) for m in ann.mentions_in(lo, hi, "drug")
                 if m.tok_start in tokens and (m.tok_start <= head < m.tok_end or not is_reference(ann, m))]
        found += [(c.tok_start, c.tok_end, "comparator") for c in ann.cues_in(lo, hi, "comparator")
                  if c.tok_start in tokens and not is_reference(ann, c)]
        found += [(c.tok_start, c.tok_end, "anaphora") for c in ann.cues_in(lo, hi, "anaphora", "treatment-reference")
                  if c.tok_start in tokens]
        if not found:
            return None
        at_head = [f for f in found if f[0] <= head < f[1]]
        named = [f for f in found if f[2] != "anaphora"]
        drugs = [f for f in named if f[2] != "comparator"]
        if at_head and not (at_head[0][2] == "anaphora" and named):
            return at_head[0][2]
        # the head's own name wins, unless it is a stand-in the phrase names ("each dose of
        # <drug>", "a session of <comparator>"); else a named drug over "it" ("its effects on
        # <drug> users"), and a named treatment over a stand-in
        return (drugs or named or sorted(found))[0][2]

    def _phrase(self, tok: int, leave: frozenset[int]) -> set[int]:
        """The tokens of a phrase, without clauses of its own, the tokens in `leave`, or what
        follows "like", "unlike", "than" (a comparison names another treatment)."""
        p, out, todo = self.parse, set(), [tok]
        while todo:
            t = todo.pop()
            out.add(t)
            for child in p.children(t):
                if child in leave or p.dep(child) in _OWN_CLAUSES:
                    continue
                if self.ann.cues_in(child, child + 1, "reference") and p.dep(child) == "prep":
                    continue
                todo.append(child)
        return out

    def _subject(self, verb: int) -> int | None:
        """The subject of a predicate; a participle or infinitive without one shares its head's
        ("…, often taking weeks"); a relative clause's is the noun it modifies; expletive "it"
        gives way to the object ("it can take <drug> weeks to work")."""
        p = self.parse
        if p.dep(verb) == "advcl" and p.tag(p.head(verb)).startswith("NN") and any(
                self.ann.norms[m] in _TIME_MARKS for m in p.children(verb, "mark")):
            return p.head(verb)  # "Relief after each dose lasts…" parsed as "Relief [after each dose lasts]"
        for _ in range(4):
            misread = self._misread_subject(verb)
            if misread is not None:
                return misread
            found = p.subjects(verb)
            if found:
                subject = self._unmarked(verb, found)
                clause = p.head(subject)  # "which start to work": the subject may be the clause above's
                if self.ann.norms[subject] in _RELATIVE and p.dep(clause) == "relcl":
                    return self._explained(p.head(clause))
                if self.ann.norms[subject] == "it":
                    objects = [o for o in p.children(verb, "dobj", "dative") if self._drug_at(o)]
                    if objects:
                        return objects[0]
                return subject
            if p.dep(verb) == "ccomp":  # "studies show <effects> last…", the subject taken for an object
                before = [o for o in p.children(p.head(verb), "dobj") if o < verb]
                if before:
                    return before[-1]
            if p.dep(verb) in ("relcl", "acl", "amod") and not p.is_verb(p.head(verb)):
                return p.head(verb)  # "<drug>, taking weeks", "effects last" read as an adjective
            # A complement clause with no subject of its own (a misparse) takes none from the verb
            # above: "While most medicines take weeks, <drug>'s impact is …" read "take" as its ccomp.
            if p.dep(verb) not in ("advcl", "xcomp", "conj", "pcomp") or p.head(verb) == verb:
                return None
            verb = p.head(verb)
        return None

    def _explained(self, noun: int) -> int:
        """The noun an apposition explains ("<comparator>, the usual first-line tablets, which
        take …": the relative clause is about the comparator)."""
        for _ in range(3):
            if self.parse.dep(noun) != "appos" or self.parse.head(noun) == noun:
                break
            noun = self.parse.head(noun)
        return noun

    def _unmarked(self, verb: int, found: list[int]) -> int:
        """Of two subjects the parser gave a verb ("after each session the calm lasted"), the one
        that is not the object of a time mark ("after each session") nor a number."""
        p = self.parse
        # a label before the sentence ("[20:30] … each treatment bought …") read as a second subject
        found = [f for f in found if not p.tag(f).startswith(("CD", "XX"))] or found
        marks = [m for m in p.children(verb, "mark") if self.ann.norms[m] in _TIME_MARKS]
        if len(found) > 1 and marks:
            kept = [f for f in found if not (marks[0] < f and all(
                p.dep(t) in ("det", "amod", "compound", "nummod") for t in range(marks[0] + 1, f)))]
            return (kept or found)[0]
        return found[0]

    def _verbal(self, word: int) -> bool:
        """A predicate cue the tagger took for a noun, with a subject all the same: "<drug>
        kicks in", "<drug> (…) needs weeks"."""
        return self._predicate(word) and (bool(self.parse.children(word, "nsubj")) or self._misread_subject(word) is not None)

    def _misread_subject(self, word: int) -> int | None:
        """The drug a predicate cue was read as a modifier of: "<drug> works" or "<drug> kicks in"
        tagged as a noun phrase ("<drug>/amod works/NNS"). The drug, when it comes first and the
        word has no subject of its own."""
        p = self.parse
        if not self._predicate(word) or p.subjects(word) and p.dep(word) != "conj":
            return None
        if p.dep(word) == "conj" and any(p.dep(c) in ("nsubj", "nsubjpass") for c in p.children(word)):
            return None
        return next((c for c in p.children(word, "amod", "compound", "nmod", "npadvmod")
                     if c < word and self._drug_at(c)), None)

    def _extraposed(self, verb: int) -> bool:
        """A clause with a subject of its own after the verb ("it takes weeks for <x> to work")."""
        p = self.parse
        return any(p.dep(c) in ("advcl", "xcomp", "ccomp") and c > verb and p.children(c, "nsubj")
                   for c in p.children(verb)) or any(
            self.ann.norms[f] == "for" and any(p.children(o, "acl") or p.is_verb(o) and p.children(o, "nsubj")
                                               for o in p.children(f, "pobj"))
            for f in p.children(verb, "prep"))

    def _eases(self, verb: int) -> bool:
        """What lasts is an effect on a symptom: "kept symptoms low for a week", "brought relief
        lasting a month" (the participle after the relief it brought), or a state of ease
        ("stayed calm")."""
        p = self.parse
        objects = p.children(verb, "dobj")
        if p.dep(verb) in ("advcl", "acl", "xcomp") and p.tag(verb) == "VBG":
            objects += [o for o in p.children(p.head(verb), "dobj") if o < verb]
        if any(self._covered(a, "effect-verb", "effect-noun") for a in p.children(verb, "acomp")):
            return True  # "patients stayed calm for two weeks", "felt better for a week"
        # "keep <condition> quieter", the symptom read as the modifier of an object
        return any(self._noun_kind(o) == "effect" or any(self._noun_kind(c) == "effect" for c in p.children(
            o, "compound", "nsubj", "amod")) for o in objects) or self._wards_off(verb)

    def _wards_off(self, verb: int) -> bool:
        """A condition held away ("holds off <condition> for a month", "keeps the <condition> away"): the
        relief is what lasts, as with "kept symptoms low"."""
        p = self.parse
        particles = [t for t in p.children(verb, "prt", "prep") if self.ann.norms[t] in _WARDING]
        if not particles:
            return False
        # the condition as the verb's object, or as the particle's when parsed as a preposition
        objects = p.children(verb, "dobj") + [o for t in particles for o in p.children(t, "pobj")]
        return any(self.ann.mentions_in(o, o + 1, "condition") for o in objects)

    def _relief_after(self, verb: int) -> bool:
        """A comma-set relative clause on the doses an effect came after: "felt calmer after
        treatments, which lasted ten days" measures the calm, not the treatments (without the
        comma, "after treatments that lasted an hour", it is the session)."""
        p = self.parse
        noun = p.head(verb)
        if p.dep(verb) != "relcl" or p.dep(noun) != "pobj" or self.ann.norms[p.head(noun)] != "after":
            return False
        if self.ann.norms[p.subtree(verb)[0] - 1] != ",":
            return False
        governor = p.head(p.head(noun))
        return self._eases(governor) or self._covered(governor, "effect-verb")

    def _holds_other(self, verb: int, span: int) -> bool:
        """A duration verb whose object is something other than an effect or a person ("carried an
        indication", "kept its licence"): how long that is held, not how long relief lasts."""
        objects = [o for o in self.parse.children(verb, "dobj") if o != span and not self._covered(o, "time-unit")]
        return bool(objects) and not self._eases(verb) and all(self._noun_kind(o) == "other" for o in objects)

    def _effect_after(self, session: int) -> bool:
        """An effect named just before the session it followed ("the lift after each weekly session
        lasts …", "the relief that followed each weekly treatment held …"): what lasts is the
        effect, however the parser hung the session on the verb."""
        t, norms = self.parse.subtree(session)[0] - 1, self.ann.norms
        if t < self.parse.tok_start or norms[t] not in _FOLLOWING:
            return False
        t -= 1 + (norms[t - 1] in _RELATIVE)
        return t >= self.parse.tok_start and self.parse.tag(t).startswith("NN") and self._covered(
            t, "effect-noun") and not self._covered(t, "side-effect")

    def _effect_of(self, session: int) -> bool:
        """A session the parser made the subject of a participle inside an effect's phrase ("the
        benefits of a series of infusions held for two years"): what is held is the effect."""
        p, noun = self.parse, session
        for _ in range(4):
            prep = p.head(noun)
            if p.dep(noun) != "pobj" or self.ann.norms[prep] not in _FOLLOWING | {"of"}:
                return False
            noun = p.head(prep)
            if self._covered(noun, "effect-noun") and not self._covered(noun, "side-effect"):
                return True
        return False

    def _after_each(self, verb: int) -> bool:
        """Timed from one dose: "… kept symptoms low for a week after each dose"."""
        p = self.parse
        return any(self.ann.norms[prep] == "after" and p.dep(prep) == "prep" and any(
            self.ann.norms[d] in ("each", "every") for o in p.children(prep, "pobj") for d in p.children(o, "det"))
            for prep in range(*p.subtree(verb)))

    def _noun_kind(self, tok: int | None) -> str | None:
        if tok is None:
            return None
        if self._covered(tok, "side-effect"):
            return "side-effect"  # how long side effects last is not how long the benefit does
        if any(self._covered(m, "dose-frequency") for m in self.parse.children(tok, "amod", "compound", "nmod")) and not (
                self._one_of(tok)):
            return COURSE  # "weekly <drug> kept symptoms low for three months": repeated doses
        if self._drug_at(tok):
            return "named"
        if self.ann.norms[tok] == "it":
            return "expletive"
        # "each infusion" is the treatment in discussion, and also what a session length measures
        for kind, cue in ((SESSION, "session-noun"), (COURSE, "course-noun"), ("effect", "effect-noun"),
                          ("person", "person")):
            if self._covered(tok, cue):
                return "other" if kind == "effect" and self._change_in_other(tok) else kind
        # a symptom or condition ("<condition> stayed low"), or an effect verb's noun ("their calm")
        if self._in_condition(tok):
            return "effect"
        if self.parse.tag(tok).startswith("NN") and self._covered(tok, "effect-verb"):
            return "effect"
        if any(self.ann.norms[i] == "in" and any(self._noun_kind(o) == "effect" for o in self.parse.children(i, "pobj"))
               for i in self.parse.children(tok, "prep")):
            return "effect"  # "the drop in <condition>"
        if self._covered(tok, "comparator", "anaphora", "treatment-reference"):
            return "named"
        return "other"

    # ---------------------------------------------------------------- helpers

    def _one_of(self, noun: int) -> bool:
        """"each weekly dose", "one weekly infusion": a single dose of a weekly course."""
        return any(self.ann.norms[d] in _ONE for d in self.parse.children(noun, "det", "nummod", "amod"))

    def _not_asserted(self, verb: int) -> bool:
        """A predicate in a condition ("if it takes weeks"), one framed as false ("the myth that
        …"), or a report the draft refutes. An unrefuted report ("the team says relief lasts a
        month") is read, and extract marks it reported (a warning at most)."""
        if conditional(self.ann, self.parse, verb) or self._expected(verb):
            return True
        kind = report_kind(self.ann, self.parse, verb)
        if kind == REPORTED:
            return refuted(self.ann, self.sentence, verb)
        return kind == FRAMED

    def _expected(self, verb: int) -> bool:
        """The expectation that describes someone ("a patient who expects <drug> to take a month
        needs that reset"): not the writer's claim. Told to the reader ("patients should expect it to
        need ten days") or held by experts ("doctors expect …") it is passed on as the writer's."""
        p = self.parse
        for below, up in zip((verb, *p.ancestors(verb)), p.ancestors(verb)):
            if p.dep(below) in ("xcomp", "ccomp") and self._covered(up, "expecting"):
                return p.dep(up) == "relcl"
        return False

    def _predicate(self, tok: int) -> bool:
        """A verb, or a time word the tagger took for an adjective or a noun ("effects last for
        weeks", "<drug> needs weeks")."""
        return self.parse.is_verb(tok) or self._covered(tok, "duration", "onset", "effect-verb", "measure-verb")

    def _effect_verb(self, tok: int) -> bool:
        return self._covered(tok, "onset", "effect-verb")

    def _drug_at(self, tok: int) -> bool:
        return any(m.tok_start <= tok < m.tok_end
                   for m in self.ann.mentions_in(max(0, tok - _CUE_REACH), tok + 1, "drug"))

    def _cues_over(self, tok: int, *kinds: str) -> list:
        return [c for c in self.ann.cues_in(max(0, tok - _CUE_REACH), tok + 1, *kinds) if c.tok_start <= tok < c.tok_end]

    def _brings_symptom(self, verb: int) -> bool:
        """Whether a verb's object is a symptom it brings: a span on it is the symptom's time (not
        a condition the verb eases: "can ease <condition> within a few weeks")."""
        return not self._eases(verb) and any(self._covered(o, "symptom") and not self._in_condition(o)
                                             for o in self.parse.children(verb, "dobj"))

    def _in_condition(self, tok: int) -> bool:
        """Whether the token is part of a condition's name."""
        return any(m.tok_start <= tok < m.tok_end
                   for m in self.ann.mentions_in(max(0, tok - _CUE_REACH), tok + 1, "condition"))

    def lasts_on(self, predicate: int) -> bool:
        """A verb of lasting with an object: what the treatment holds up ("carries people",
        "keeps symptoms down"), not a session that is held or runs."""
        return self._covered(predicate, "duration") and bool(self.parse.children(predicate, "dobj"))

    def feeling_worse(self, predicate: int) -> bool:
        """A person said to be in a bad state ("felt flat and low", "I was groggy"), or no one
        named (a diary's "Felt flat"): not the relief a span of it would measure."""
        p = self.parse
        states = [predicate, *p.children(predicate, "acomp", "oprd", "xcomp", "attr", "dobj")]
        if any(not self._covered(o, "feeling-worse") for o in p.children(predicate, "dobj")):
            return False  # "it kept <condition> low": the object's state, and the relief
        states += [c for s in states[1:] for c in p.children(s, "conj")]
        if not any(self._covered(s, "feeling-worse", "effect-state") for s in states):
            return False
        return all(self.ann.norms[s] in _PERSONAL or self._covered(s, "person") for s in p.subjects(predicate))

    def _covered(self, tok: int, *kinds: str) -> bool:
        return bool(self._cues_over(tok, *kinds))
