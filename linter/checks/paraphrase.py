"""Source alignment (HL704): a draft sentence that follows a source sentence closely, with one
fact slot changed.

Writers paraphrase their source; a copy edit that changes a figure, a year, a negation, a name
or a design is the error no claim grammar foresees. Each draft sentence meets the source
sentences that share its content words (an inverted index: the cost follows the draft's words,
not draft × source); where it shares most of one's words, its slots are compared with those of
that sentence's line. The source's sentences come from the article when it is on disk (the
pack's folder, a `sources:` folder or HEALTHLINT_SOURCES), else from the pack's alignment index: one reading either
way (linter/claims/slots.py).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from pathlib import Path
from typing import Iterable, Iterator

from linter import quantities
from linter.alignindex import KINDS, Aligned, Alignment
from linter.checks.base import Context
from linter.checks.study import about_other_studies
from linter.claims.frames import is_question
from linter.claims.slots import ITEM, MIN_SHARED, UNIT_KINDS, Slot, content_words, has_shape, index_source, shapes
from linter.document.read import decode, parse_document
from linter.errors import UsageError
from linter.files import read_bytes
from linter.findings import Finding, Rule
from linter.nlp.annotate import pipeline
from linter.packs import STRENGTHS, Knowledge, Pack
from linter.sources import env_folders, find

PARAPHRASE = Rule(
    code="HL704",
    name="contradiction.source-paraphrase",
    category="contradiction",
    severity="warning",
    summary="A close copy of a source sentence with one fact changed (a figure, year, negation, name or design).",
    doc="""\
What it flags: a draft sentence that shares most of a source sentence's content words
(in any order) but gives another value in a fact slot: a number or time span, a year,
a negation of an approval or of how long an effect lasts, the drug, the condition, a
side effect (a list copied under its lead with one item the source does not list,
too), a study design (only a stronger one), a mechanism verb (blocks or activates).
Only a changed value counts: one the source's line does not hold, where
the source gives another of the same kind ("one week" for "7 days" is no change; a
slot the draft leaves out, or an extra figure beside the source's own, is not a
finding). An error when the sentence follows the source closely and a pack fact on
that line names the slot (the study's year, the effect's duration, the approval);
otherwise a warning. Questions and sentences framed as myths ("It is a myth that …")
are not the draft's own claims: silent. Where another claim rule reports on the
line, HL704 adds nothing: the specific rule wins.

Why: writers follow their source closely; a changed digit or a dropped "not" in
an otherwise faithful copy is the error no grammar rule foresees.

The source's sentences are read from the article when it is on disk (the pack's
folder, a `sources:` folder or HEALTHLINT_SOURCES), else from the pack's alignment index (`alignment:`,
written by `healthlint pack index SOURCE -o FILE`): word hashes and slot values,
never the article's text.

Example (fires):  <a source sentence with "2 to 6 weeks" copied with "2 to 9 weeks">
Example (silent): <the same sentence with "two to six weeks", or reworded around the same figures>

Fix: give the value the source gives, or reword the sentence as your own claim.""",
)
RULES = (PARAPHRASE,)
_ERROR = dataclasses.replace(PARAPHRASE, severity="error")

# Alignment thresholds, measured on fixtures/, bench/corpus/ and the source_copy behaviour family.
# Copies of source sentences with one slot changed (and an adverb, a fronted phrase or markup
# added) share 0.75 to 1.0 of the source sentence's content words, and 0.67 to 1.0 of theirs.
# Correct drafts on the same topic: sentences sharing half a source sentence's words are common
# (approval statements are short: "<drug> is FDA-approved for <use>"), and with a drug or
# condition of a neighbouring fact, so names and negations are compared only on a strong
# alignment; with 0.8 and 0.7 no sentence of fixtures/ or bench/corpus/ that expects nothing
# draws HL704. Aligned: MIN_SHARED words (claims.slots), 0.6 of the source sentence's and half
# the draft sentence's (a long draft sentence around a short source one has claims of its own).
ALIGNED = (0.6, 0.5)
STRONG = (0.8, 0.7)
# A draft sentence with this many words besides the source sentence's is still close (an aside,
# "In short,"), however short the source sentence: 0.7 of five words would allow none.
EXTRA_WORDS = 2
# Cue kinds that make a sentence someone else's claim, or no claim: "It is a myth that …".
_FRAMED = ("framing", "framing-label", "conditional")
_DESIGN_WORDS = {"retrospective": "an analysis of past records", "study": "a study", "trial": "a trial",
                 "controlled-trial": "a controlled trial",
                 "randomized-controlled-trial": "a randomized controlled trial",
                 "systematic-review": "a systematic review"}


def check(ctx: Context) -> Iterator[Finding]:
    ann = ctx.annotation
    aligned = [(pack, a) for pack in ctx.knowledge.packs if (a := alignment_of(pack, ctx.knowledge)) is not None]
    if not aligned:
        return
    pack_effects = frozenset(effect.name for effect in ctx.knowledge.side_effects)
    elsewhere = about_other_studies(ctx)  # "A 2019 study … They analyzed data …": not the source's
    before = None  # the sentence before: (sentence, its words, its slots, whether it followed closely)
    for sentence in ann.sentences:
        read = functools.cache(lambda sentence=sentence: ctx.slots(sentence))
        if is_question(ann, sentence) or sentence.index in elsewhere or _framed(ann, sentence, read):
            before = None
            continue
        words = content_words(ann, sentence, read())
        closely = False  # whether it follows a source sentence closely
        for pack, alignment in aligned:
            matches = _matches(alignment, words, read) or _same_shape(alignment, ann, sentence, read)
            draft_slots, own = read, sentence.start
            if not matches and before is not None and before[0].block == sentence.block \
                    and not _introduces(ann, sentence):
                # A source sentence split in two ("…, which lasted …" → "…. This lasted …"): the
                # two read as one; a change is reported in this one, or in the one before where
                # that did not follow a source sentence closely on its own.
                draft_slots = functools.cache(lambda before=before, read=read: before[2]() + read())
                matches = _matches(alignment, before[1] | words, draft_slots)
                own = sentence.start if before[3] else before[0].start
            if not matches:
                continue
            draft_slots = draft_slots()
            best, strong = matches[0]
            closely = strong
            on_line = alignment.by_line.get(best.line, {})
            listed = alignment.side_effects | pack_effects
            for kind, slot, replaced in _changes(draft_slots, best.slots, on_line, listed, ctx.knowledge):
                if (kind in _STRONG_ONLY and not strong) or slot.start < own:
                    continue  # a looser paraphrase may name another drug, or negate, in a clause of its own
                rule = _ERROR if strong and kind in best.facts else PARAPHRASE
                start, end = (sentence.start, sentence.end) if kind == "negation" else (slot.start, slot.end)
                yield ctx.finding(rule, start, end, _message(ctx, kind, slot, replaced),
                                  source=best.line, pack=pack.name)
            break  # the first pack whose source the sentence follows
        before = (sentence, words, read, closely)


# First words of a sentence that brings in something new ("A 2019 study looked at …"): not the
# second half of a source sentence split in two.
_NEW_SUBJECT = frozenset({"a", "an", "another"})


def _introduces(ann, sentence) -> bool:
    first = next((i for i in range(sentence.tok_start, sentence.tok_end) if ann.is_word[i]), None)
    return first is not None and ann.texts[first].lower() in _NEW_SUBJECT


def _framed(ann, sentence, read) -> bool:
    """Whether a cue makes the sentence someone else's claim or no claim; a framing word that is
    a side effect the sentence names ("a state of <effect>") frames nothing."""
    cues = ann.cues_in(sentence.tok_start, sentence.tok_end, *_FRAMED)
    effects = [slot for slot in read() if slot.kind == "side-effect"] if cues else []
    return any(not any(e.start <= cue.start < e.end for e in effects) for cue in cues)


def _matches(alignment: Alignment, words: frozenset[str], draft) -> list[tuple[Aligned, bool]]:
    """The source sentences the draft sentence follows, closest first (of two as close, the one
    whose slot kinds the draft shares more: "Other side effects … include:" with its list, not
    the same words over no list), each with whether the alignment is strong. Only sentences
    sharing a word are counted (the inverted index); `draft()` gives the draft's slots, read
    only when a sentence aligns."""
    shared: dict[int, int] = {}
    for word in words:
        for number in alignment.postings.get(word, ()):
            shared[number] = shared.get(number, 0) + 1
    found = []
    for number, count in shared.items():
        source = alignment.entry(number)
        of_source, of_draft = count / len(source.words), count / len(words)
        if of_source < ALIGNED[0] or of_draft < ALIGNED[1]:
            continue
        if len(source.words) < MIN_SHARED:
            if not _short_copy(source, count, draft()):
                continue
        elif count < MIN_SHARED:
            continue
        # Strong: the source's words nearly all there, and few of the draft's besides them (a
        # short sentence with "In short," before it is still a copy).
        strong = of_source >= STRONG[0] and (of_draft >= STRONG[1] or len(words) - count <= EXTRA_WORDS)
        found.append((-(of_source + of_draft), source.line, number, source, strong))
    if not found:
        return []
    kinds = {slot.kind for slot in draft()}
    found.sort(key=lambda row: (row[0], -len(kinds.intersection(row[3].slots)), *row[1:3]))
    return [(source, strong) for *_, source, strong in found]


def _same_shape(alignment: Alignment, ann, sentence, read) -> list[tuple[Aligned, bool]]:
    """A source sentence of too few words to align by, followed word for word but for its names
    and figures: a strong alignment."""
    if not alignment.shapes or not has_shape(ann, sentence, read()):
        return []
    return [(alignment.sentences[n], True) for form in shapes(ann, sentence) for n in alignment.shapes.get(form, ())]


def _short_copy(source: Aligned, count: int, draft: tuple[Slot, ...]) -> bool:
    """A source sentence of two content words is followed only by a sentence that shares both
    and holds as many names and figures of each kind (the drug may be "it")."""
    if count < len(source.words):
        return False
    for kind in UNIT_KINDS:
        mine, theirs = sum(slot.kind == kind for slot in draft), len(source.slots.get(kind, ()))
        if mine != theirs and not (kind == "drug" and mine == theirs - 1):
            return False
    return True


def _changes(draft: tuple[Slot, ...], sentence, line, listed, knowledge: Knowledge):
    """(kind, the draft's slot, the source sentence's values it replaced) for each kind whose
    value the draft changed: it gives a value found nowhere on the source's line (a name: in the
    aligned sentence), and one the aligned source sentence gives is left without its match."""
    by_kind: dict[str, list[Slot]] = {}
    for slot in draft:
        by_kind.setdefault(slot.kind, []).append(slot)
    for kind in KINDS:
        mine, theirs = by_kind.get(kind, []), sentence.get(kind, ())
        if not mine or not theirs:
            continue  # a slot the draft leaves out, or the source does not state, is no change
        same = _SAME.get(kind, _equal)
        # A figure anywhere on the line is no change (a paragraph gives a study's years across its
        # sentences); a name or a negation belongs to its own sentence's claim; a side effect the
        # source or a pack lists anywhere is none the draft made up (<effect> beside a list
        # without it).
        anywhere = (listed if kind == "side-effect" else set(theirs) if kind in _OWN_SENTENCE
                    else line.get(kind, frozenset()))
        if kind == "design":  # only a stronger design is a change: "a study" for "an analysis" is not
            strongest = max(STRENGTHS.index(v) for v in anywhere if v in STRENGTHS)
            changed = [s for s in mine if STRENGTHS.index(s.value) > strongest]
            replaced = list(theirs)
        else:
            changed = [s for s in mine if not any(same(s.value, v, knowledge) for v in anywhere)]
            replaced = _unmatched(theirs, [s.value for s in mine], same, knowledge)
            if not changed and replaced and kind in _NAMES:
                # Every name the draft gives is the source's, but one more often than the source
                # gives it ("… <drug B> …, and <drug A> may …" for "… <drug B> …, and <drug B> may …").
                changed = _unmatched([s.value for s in mine], theirs, same, knowledge)
                changed = [s for s in mine if s.value in changed][-1:]
        if changed and replaced:
            yield kind, changed[0], replaced


def _unmatched(theirs, mine: list, same, knowledge: Knowledge) -> list:
    """The source sentence's values that no value of the draft's stands for, one for one (a name
    the source gives twice and the draft once has lost one): equal values pair first."""
    left = list(mine)
    unpaired = []
    for value in theirs:
        if value in left:
            left.remove(value)
        else:
            unpaired.append(value)
    out = []
    for value in unpaired:
        match = next((m for m in left if same(m, value, knowledge)), None)
        if match is None:
            out.append(value)
        else:
            left.remove(match)
    return out


# Kinds compared only where the alignment is strong: a paraphrase that follows a source sentence
# loosely often names a neighbouring fact's drug or condition (another approved use, the related
# drug) in its own clause, and a "not" may negate another clause.
_STRONG_ONLY = ("negation", "drug", "condition", "side-effect")
_OWN_SENTENCE = ("negation", "drug", "condition", "mechanism")
_NAMES = ("drug", "condition")


def _equal(a, b, knowledge: Knowledge) -> bool:
    return a == b


def _same_time(a, b, knowledge: Knowledge) -> bool:
    """Two spans are one figure when their ends meet (7 days = a week; "up to 7 days" keeps the
    7), when the draft's lies inside a bounded span of the source's ("3 to 4 weeks" within "2 to
    6 weeks"), or, where either gives no number ("within hours"), when they overlap. (An open
    span, "over a year", is a point: "over three years" changes it.)"""
    x, y = _span(a), _span(b)
    if a[2] or b[2]:
        return quantities.compare(x, y) != "disjoint"
    if y.high is not None and quantities.compare(x, y) in ("same", "narrower"):
        return True
    ends = [e for e in (x.low, x.high) if e]
    theirs = [e for e in (y.low, y.high) if e]
    return bool(ends) and all(any(quantities._close(e, t) for t in theirs) for e in ends)


def _same_count(a, b, knowledge: Knowledge) -> bool:
    return a[0] == b[0] or a[1] != b[1]  # a count of another thing is no change of this one


def _related(a, b, knowledge: Knowledge) -> bool:
    """A condition and one within it (a subtype for its class) are no change."""
    return a == b or knowledge.within(a, b) or knowledge.within(b, a)


_SAME = {"time": _same_time, "number": _same_count, "condition": _related}


def _span(value) -> quantities.Span:
    low, high, vague = value
    return quantities.Span(None if low is None else low / 60, None if high is None else high / 60, vague=vague)


def _message(ctx: Context, kind: str, slot: Slot, theirs) -> str:
    said = ctx.written(slot.start, slot.end)
    if kind == "negation":
        return ("Follows a source sentence but " + ("negates what the source states" if slot.value
                                                     else "drops the source's negation") + f": '{said}'")
    gives = " or ".join(dict.fromkeys(_shown(ctx.knowledge, kind, v) for v in theirs))
    return f"Follows a source sentence but changes its {kind}: the draft says '{said}', the source gives {gives}"


def _shown(knowledge: Knowledge, kind: str, value) -> str:
    if kind == "time":
        return _span(value).describe()
    if kind == "number":
        return str(value[0])
    if kind in ("drug", "condition"):
        return knowledge.name(value)
    if kind == "design":
        return _DESIGN_WORDS.get(value, value)
    if kind == "mechanism":
        return f"'{value}s'"
    if str(value).startswith(ITEM):
        return "another item of its list"
    return str(value)


# ------------------------------------------------------------------ which alignment

_BUILT: dict[tuple[str, str, str], Alignment] = {}


def alignment_of(pack: Pack, knowledge: Knowledge) -> Alignment | None:
    """The pack's source sentences: read from the article where it is on disk, else the pack's
    alignment index (None: neither)."""
    found = source_article(pack, knowledge.source_folders)
    if found is None:
        return pack.alignment
    path, data = found
    key = (pack.path, pack.name, hashlib.blake2b(data, digest_size=16).hexdigest())
    if key not in _BUILT:
        try:
            _BUILT[key] = build(data, str(path), pack, knowledge)
        except UsageError:  # not text: the index stands in
            return pack.alignment
    return _BUILT[key]


def source_article(pack: Pack, folders: Iterable[str] = ()) -> tuple[Path, bytes] | None:
    """The pack's article and its bytes, where it is on disk (the pack's folder, the `sources`
    setting's `folders` or HEALTHLINT_SOURCES) and within the size limit: what HL704 reads (and
    the result cache keys on)."""
    found = find(pack.source_file, [Path(pack.path).parent, *folders, *env_folders()])
    try:
        return None if found is None else (found, read_bytes(found, kind="source"))
    except UsageError:  # above the size limit: the index stands in
        return None


def build(data: bytes, path: str, pack: Pack, knowledge: Knowledge) -> Alignment:
    """The alignment of a source article's bytes, read as a draft is (the blank pass only)."""
    own = knowledge.subset((pack.name,)) if pack.name in {p.name for p in knowledge.packs} else knowledge
    text, _ = decode(data, path)
    ann = pipeline(own).annotate(parse_document(text, path))
    return index_source(ann, own, pack)


def under_others(findings: Iterable[Finding]) -> list[Finding]:
    """HL704 is the net under the claim rules: where one of them reports on a line, it wins; and a
    value HL704 would call changed that the typo rule calls misspelt is the typo
    rule's."""
    findings = list(findings)
    claimed = {line for f in findings if f.code != PARAPHRASE.code and f.category in _CLAIMS
               for line in range(f.line, f.end_line + 1)}
    typos: dict[int, list[Finding]] = {}
    for f in findings:
        if f.category == "typo":
            typos.setdefault(f.line, []).append(f)
    return [f for f in findings if f.code != PARAPHRASE.code
            or not (claimed.intersection(range(f.line, f.end_line + 1))
                    or any(_overlap(f, t) for line in range(f.line, f.end_line + 1) for t in typos.get(line, ())))]


def _overlap(a: Finding, b: Finding) -> bool:
    return (a.line, a.column) < (b.end_line, b.end_column) and (b.line, b.column) < (a.end_line, a.end_column)


_CLAIMS = ("approval", "duration", "side-effect", "study", "overclaim", "contradiction")
