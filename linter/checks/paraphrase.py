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
import hashlib
from pathlib import Path
from typing import Iterable, Iterator

from linter import quantities
from linter.alignindex import KINDS, Aligned, Alignment
from linter.checks.base import Context
from linter.checks.study import about_other_studies
from linter.claims.frames import is_question
from linter.claims.slots import MIN_SHARED, Slot, content_words, index_source, slots
from linter.document import decode, parse_document
from linter.errors import UsageError
from linter.files import read_bytes
from linter.findings import Finding, Rule
from linter.nlp import pipeline
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
side effect, a study design (only a stronger one), a mechanism verb (blocks or
activates). Only a changed value counts: one the source's line does not hold, where
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
    elsewhere = about_other_studies(ctx)  # "A 2019 study … They analyzed data …": not the source's
    for sentence in ann.sentences:
        if (is_question(ann, sentence) or ann.cues_in(sentence.tok_start, sentence.tok_end, *_FRAMED)
                or sentence.index in elsewhere):
            continue
        words = content_words(ann, sentence)
        if len(words) < MIN_SHARED:
            continue
        draft_slots: tuple[Slot, ...] | None = None
        for pack, alignment in aligned:
            matches = _matches(alignment, words)
            if not matches:
                continue
            if draft_slots is None:
                draft_slots = slots(ann, sentence, ctx.knowledge)
            best, strong = matches[0]
            on_line = alignment.by_line.get(best.line, {})
            for kind, slot, replaced in _changes(draft_slots, best.slots, on_line, ctx.knowledge):
                if kind in _STRONG_ONLY and not strong:
                    continue  # a looser paraphrase may name another drug, or negate, in a clause of its own
                rule = _ERROR if strong and kind in best.facts else PARAPHRASE
                start, end = (sentence.start, sentence.end) if kind == "negation" else (slot.start, slot.end)
                yield ctx.finding(rule, start, end, _message(ctx, kind, slot, replaced),
                                  source=best.line, pack=pack.name)
            break  # the first pack whose source the sentence follows


def _matches(alignment: Alignment, words: frozenset[str]) -> list[tuple[Aligned, bool]]:
    """The source sentences the draft sentence follows, closest first, each with whether the
    alignment is strong. Only sentences sharing a word are counted (the inverted index)."""
    shared: dict[int, int] = {}
    for word in words:
        for number in alignment.postings.get(word, ()):
            shared[number] = shared.get(number, 0) + 1
    found = []
    for number, count in shared.items():
        source = alignment.sentences[number]
        of_source, of_draft = count / len(source.words), count / len(words)
        if count >= MIN_SHARED and of_source >= ALIGNED[0] and of_draft >= ALIGNED[1]:
            strong = of_source >= STRONG[0] and of_draft >= STRONG[1]
            found.append((-(of_source + of_draft), source.line, number, source, strong))
    found.sort(key=lambda row: row[:3])
    return [(source, strong) for *_, source, strong in found]


def _changes(draft: tuple[Slot, ...], sentence, line, knowledge: Knowledge):
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
        # sentences); a name or a negation belongs to its own sentence's claim.
        anywhere = set(theirs) if kind in _OWN_SENTENCE else line.get(kind, frozenset())
        if kind == "design":  # only a stronger design is a change: "a study" for "an analysis" is not
            strongest = max(STRENGTHS.index(v) for v in anywhere if v in STRENGTHS)
            changed = [s for s in mine if STRENGTHS.index(s.value) > strongest]
            replaced = list(theirs)
        else:
            changed = [s for s in mine if not any(same(s.value, v, knowledge) for v in anywhere)]
            replaced = _unmatched(theirs, [s.value for s in mine], same, knowledge)
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
_OWN_SENTENCE = ("negation", "drug", "condition", "side-effect", "mechanism")


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
    """HL704 is the net under the claim rules: where one of them reports on a line, it wins."""
    findings = list(findings)
    claimed = {line for f in findings if f.code != PARAPHRASE.code and f.category in _CLAIMS
               for line in range(f.line, f.end_line + 1)}
    return [f for f in findings if f.code != PARAPHRASE.code
            or not claimed.intersection(range(f.line, f.end_line + 1))]


_CLAIMS = ("approval", "duration", "side-effect", "study", "overclaim", "contradiction")
