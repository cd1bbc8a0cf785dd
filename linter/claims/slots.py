"""Extract stage: a sentence's content words and fact slots, for source alignment (HL704).

One reading for both sides: a draft's sentences and the source article's (annotated as a draft
is, by the same blank pass) go through the same functions, so a copy meets its original in the
same words and values, and an index drafted from the source (linter/alignindex.py) says what
the source would. A slot is a value of one kind: a time span, another count with its unit, a
year, a negation that is part of a claim, a pack drug, condition, side effect, study design or
mechanism.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from linter import quantities
from linter.alignindex import Aligned, Alignment, word_hash
from linter.claims.tables import items_after
from linter.nlp import Annotation, Sentence
from linter.packs import STRENGTHS, Knowledge, Pack
from linter.phrases import phrase_tokens
from linter.words import stem

# Fewest content words two sentences must share to align: "<drug> blocks <term> receptors"
# is a claim of three; two shared words are chance (measured on fixtures/ and bench/corpus/).
MIN_SHARED = 3
# Tokens a draft sentence may have to be known by its shape: a short source sentence's, with room
# for a few words added (the shapes of a sentence are one per word, each as long as the sentence).
SHAPE_MAX_TOKENS = 40
# A sentence of two content words aligns only when it carries at least this many names and
# figures ("<drug> is an <use> medication that can produce several <use> effects"): its names
# and figures, counted by kind, then stand in for the words it lacks (see `short_units`).
SHORT_WORDS, SHORT_UNITS = 2, 2
UNIT_KINDS = ("time", "number", "year", "drug", "condition")
# A list item of at most this many words and no slot of its own is a value of the list's kind
# as written ("- <an effect no pack knows>" under a copied lead-in swaps one listed effect).
_ITEM_WORDS = 4
ITEM = "item:"
_ITEM_BREAKS = (",", ";", "and", "or", ".")
# A sentence with one name or figure and this many words has a shape (see `has_shape`).
_SHAPE_WORDS = 6  # the prefix of such a value: "item:" and the item's hash
_DIGITS = re.compile(r"\d+")
# Single-word counts ("a", "an" say nothing a copy edit would change).
_COUNTS = {w: int(n) for w, n in quantities.WORD_NUMBERS.items() if " " not in w and w not in ("a", "an") and n >= 1}
_DESIGNS = {f"design-{strength}": strength for strength in STRENGTHS}
_STUDY_NOUNS = ("study",)  # cue kind of a plain study noun ("analysis", "trial", "research")
_MECHANISMS = {"mechanism-block": "block", "mechanism-activate": "activate"}
# A negation is part of a fact where the sentence states an approval or how long an effect lasts.
_FACTUAL_NEGATION = ("approval", "approval-negative", "duration", "lasting", "not-lasting")


@dataclass(frozen=True)
class Slot:
    kind: str  # one of alignindex.KINDS
    value: object  # hashable: a (low, high, vague) span in minutes, (count, unit), a year, an id
    start: int  # prose offsets of what states it (the sentence, for a negation)
    end: int


def content_words(ann: Annotation, sentence: Sentence, found: tuple[Slot, ...] = ()) -> frozenset[str]:
    """The sentence's content words, hashed: lower case, stemmed, stop words, figures and pack
    names left out (a name or a figure is a slot, compared on its own: a changed one must not
    make the copy look less like its original), and so are the side effects among its slots
    `found` (a list's items are its values, not its words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    named = set()
    words = set()
    for mention in ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug", "condition", "use"):
        named.update(range(mention.tok_start, mention.tok_end))
    effects = [(slot.start, slot.end) for slot in found if slot.kind == "side-effect"]
    for i in range(sentence.tok_start, sentence.tok_end):
        word = ann.norms[i]
        if effects and any(start <= ann.starts[i] < end for start, end in effects):
            continue
        if ann.is_word[i] and i not in named and len(word) > 1 and word.isalpha() and word not in STOP_WORDS \
                and word not in _COUNTS:
            words.add(word_hash(stem(word)))
    return frozenset(words)


def slots(ann: Annotation, sentence: Sentence, knowledge: Knowledge) -> tuple[Slot, ...]:
    """Every fact slot the sentence states, in order of kind."""
    found: list[Slot] = []
    base = sentence.start
    spans = quantities.find(sentence.text)
    for span in spans:
        found.append(Slot("time", _minutes(span.span), base + span.start, base + span.end))
    ends = iter([(base + s.start, base + s.end) for s in spans] + [(sentence.end + 1, sentence.end + 1)])
    span_start, span_end = next(ends)
    for i in range(sentence.tok_start, sentence.tok_end):  # tokens and spans both in order: one pass
        word, start = ann.norms[i], ann.starts[i]
        while start >= span_end:
            span_start, span_end = next(ends)
        if start >= span_start:
            continue  # a figure of a time span
        end = start + len(ann.texts[i])
        if quantities.is_year(word):
            found.append(Slot("year", int(word), start, end))
        elif _DIGITS.fullmatch(word) or word in _COUNTS:
            count = int(word) if word.isdigit() else _COUNTS[word]
            found.append(Slot("number", (count, _unit(ann, i + 1, sentence.tok_end)), start, end))
    if any(ann.cues_in(sentence.tok_start, sentence.tok_end, *_FACTUAL_NEGATION)):
        negated = 1 in ann.negation[sentence.tok_start:sentence.tok_end]
        found.append(Slot("negation", negated, sentence.start, sentence.end))
    for mention in ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug", "condition", "use"):
        kind = "drug" if mention.label == "drug" else "condition"
        found.append(Slot(kind, mention.id, mention.start, mention.end))
    for name, start, end in _effects(ann, sentence, _effect_names(knowledge)):
        found.append(Slot("side-effect", name, start, end))
    for cue in _widest(ann.cues_in(sentence.tok_start, sentence.tok_end, *_DESIGNS)):
        found.append(Slot("design", _DESIGNS[cue.kind], cue.start, cue.end))
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, *_MECHANISMS):
        if not ann.is_negated(cue.tok_start):  # "has no activating effect": no action stated
            found.append(Slot("mechanism", _MECHANISMS[cue.kind], cue.start, cue.end))
    found.extend(_listed_effects(ann, sentence, knowledge))
    found.extend(_items_in_prose(ann, sentence, found))
    return tuple(found)


def aligns(words: int, units: int) -> bool:
    """Whether a sentence of so many content words, names and figures can align at all."""
    return words >= MIN_SHARED or (words >= SHORT_WORDS and units >= SHORT_UNITS)


def has_shape(ann: Annotation, sentence: Sentence, found) -> bool:
    """Whether a sentence of too few content words to align by is still a claim a copy can be
    known by, its words in order: two names or figures ("<drug> is an <use> medication"), or one
    in six words or more ("Learn more about <drug>." and "Read about other <condition>
    medications." are links, not claims)."""
    if sentence.tok_end - sentence.tok_start > SHAPE_MAX_TOKENS:
        return False  # far longer than any short source sentence: and `shapes` is quadratic in length
    units = short_units(found)
    words = sum(ann.is_word[i] for i in range(sentence.tok_start, sentence.tok_end))
    return units >= SHORT_UNITS or (units and words >= _SHAPE_WORDS)


def shape(ann: Annotation, sentence: Sentence) -> str:
    """The sentence's words in order, stemmed, each pack name and figure as its kind, articles
    left out, hashed: a copy with one name or figure changed has its original's shape."""
    return word_hash(" ".join(form for form, _ in _shape_words(ann, sentence)))


def shapes(ann: Annotation, sentence: Sentence) -> list[str]:
    """The draft sentence's shapes: as written; without a word right after a name (a name may take
    in a word another leaves: "<drug> is an <a use named X medication>", "<drug> is an <Y> medication"); without one
    stop word that negates nothing ("indeed"); with "it" or "drug" for the drug."""
    from spacy.lang.en.stop_words import STOP_WORDS

    pairs = _shape_words(ann, sentence)
    words = [form for form, _ in pairs]
    forms = [words]
    forms += [words[:i + 1] + words[i + 2:] for i, w in enumerate(words[:-1])
              if w in _KINDS_SHOWN and words[i + 1] not in _KINDS_SHOWN]
    forms += [words[:i] + words[i + 1:] for i, (_, norm) in enumerate(pairs)
              if norm in STOP_WORDS and norm not in _NEGATING]
    forms += [words[:i] + [_KINDS_SHOWN[0]] + words[i + 1:] for i, (_, norm) in enumerate(pairs)
              if norm in _DRUG_WORDS]
    return list(dict.fromkeys(word_hash(" ".join(form)) for form in forms))


_KINDS_SHOWN = ("<drug>", "<condition>")
_NEGATING = ("not", "no", "never", "n't", "nor", "neither", "none", "nothing", "without")
_DRUG_WORDS = ("it", "drug")  # "it", "the drug" (articles are left out) for the drug named


def _shape_words(ann: Annotation, sentence: Sentence) -> list[tuple[str, str]]:
    """(the form a shape holds, the word as written in lower case) for each word but articles."""
    names = {m.tok_start: (m.tok_end, m.label == "drug") for m in
             ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug", "condition", "use")}
    out = []
    i = sentence.tok_start
    while i < sentence.tok_end:
        if i in names:
            end, drug = names[i]
            out.append((_KINDS_SHOWN[0] if drug else _KINDS_SHOWN[1], ""))
            i = end
            continue
        word = ann.norms[i]
        if ann.is_word[i] and word not in ("a", "an", "the"):
            out.append(("<n>" if word.isdigit() or word in _COUNTS else stem(word), word))
        i += 1
    return out


def short_units(found) -> int:
    """How many names and figures stand in a sentence (by kind: a changed name still counts)."""
    return sum(slot.kind in UNIT_KINDS for slot in found)


def _listed_effects(ann: Annotation, sentence: Sentence, knowledge: Knowledge) -> list[Slot]:
    """A lead-in's list is part of its claim ("<syndrome> is a state of <effect> … including:" and the
    effects under it): the side effects its items name are slots of the lead-in, and an item of a
    few words that names nothing the packs know is a value as written."""
    blocks = ann.document.blocks
    if blocks[sentence.block].in_list or not sentence.text.rstrip().endswith(":"):
        return []
    items = {id(block) for block in items_after(blocks, sentence.block)}
    found = []
    for number in range(sentence.index + 1, len(ann.sentences)):
        item = ann.sentences[number]
        if id(blocks[item.block]) not in items:
            break
        own = slots(ann, item, knowledge)
        found.extend(s for s in own if s.kind == "side-effect")
        words = [i for i in range(item.tok_start, item.tok_end) if ann.is_word[i]]
        if not own and 0 < len(words) <= _ITEM_WORDS:
            found.append(_item(ann, words, item.start, item.end))
    return found


def _item(ann: Annotation, words: list[int], start: int, end: int) -> Slot:
    """A list item that names nothing the packs know, as its stemmed words, hashed (the index
    holds no text of the article)."""
    return Slot("side-effect", ITEM + word_hash(" ".join(stem(ann.norms[i]) for i in words)), start, end)


def _items_in_prose(ann: Annotation, sentence: Sentence, found: list[Slot]) -> list[Slot]:
    """A list of side effects written as a sentence ("… including <effect>, <an effect no pack
    knows> and <effect>"): after its opener, each item of a few words that names nothing is a
    value as written, as under a list's lead-in."""
    effects = [slot for slot in found if slot.kind == "side-effect"]
    if len(effects) < 2:
        return []
    first_comma = next((i for i in range(sentence.tok_start, sentence.tok_end) if ann.norms[i] == ","), None)
    openers = [c for c in ann.cues_in(sentence.tok_start, sentence.tok_end, "list-opener")
               if first_comma is not None and c.tok_end <= first_comma]
    if not openers:
        return []
    out, item = [], []
    for i in range(openers[-1].tok_end, sentence.tok_end + 1):
        if i < sentence.tok_end and ann.norms[i] not in _ITEM_BREAKS:
            if ann.is_word[i]:
                item.append(i)
            continue
        if 0 < len(item) <= _ITEM_WORDS:
            start, end = ann.starts[item[0]], ann.starts[item[-1]] + len(ann.texts[item[-1]])
            if not any(slot.start < end and start < slot.end for slot in found):
                out.append(_item(ann, item, start, end))
        item = []
    return out if sum(1 for e in effects if e.start >= openers[-1].end) >= 2 else []


def study_nouns(ann: Annotation, sentence: Sentence) -> bool:
    """Whether the sentence names a study by a plain noun ("analysis", "research")."""
    return bool(ann.cues_in(sentence.tok_start, sentence.tok_end, *_STUDY_NOUNS))


def _minutes(span: quantities.Span) -> tuple:
    def end(hours):
        return None if hours is None else round(hours * 60)
    return end(span.low), end(span.high), span.vague


def _unit(ann: Annotation, i: int, stop: int) -> str:
    """The word a count counts ("two types" -> "typ"): the next word, stemmed."""
    while i < stop and not ann.is_word[i]:
        i += 1
    return stem(ann.norms[i]) if i < stop and ann.norms[i].isalpha() else ""


def _widest(cues) -> list:
    """Design cues, each only where no longer design cue covers it ("trial" inside "randomized
    controlled trial" is that design, not a plain trial)."""
    return [c for c in cues if not any(o is not c and o.start <= c.start and c.end <= o.end
                                       and o.end - o.start > c.end - c.start for o in cues)]


@functools.lru_cache(maxsize=32)
def _effect_names(knowledge: Knowledge) -> tuple[dict[tuple[str, ...], str], int]:
    """Side-effect spellings as token tuples (the form ann.norms has), and the longest's length."""
    table = {}
    for effect in knowledge.side_effects:
        for spelling in effect.spellings:
            tokens = tuple(stem(t) for t in phrase_tokens(spelling))
            if tokens:
                table.setdefault(tokens, effect.name)
    return table, max((len(t) for t in table), default=0)


def _effects(ann: Annotation, sentence: Sentence, names) -> list[tuple[str, int, int]]:
    """Side effects the sentence names, longest spelling first at each place (a bounded window:
    linear in the sentence)."""
    table, longest = names
    out = []
    first = sentence.tok_start
    stems = [stem(word) for word in ann.norms[first:sentence.tok_end]]  # once a token, not once a window
    i = first
    while i < sentence.tok_end:
        for size in range(min(longest, sentence.tok_end - i), 0, -1):
            name = table.get(tuple(stems[i - first:i - first + size]))
            if name is not None:
                out.append((name, ann.starts[i], ann.starts[i + size - 1] + len(ann.texts[i + size - 1])))
                i += size
                break
        else:
            i += 1
    return out


# ------------------------------------------------------------------ the source's side

def line_of(ann: Annotation, sentence: Sentence) -> int:
    fstart, _ = ann.document.file_span(sentence.start, sentence.end)
    return ann.document.line_col(fstart)[0]


def index_source(ann: Annotation, knowledge: Knowledge, pack: Pack) -> Alignment:
    """The alignment record of an annotated source article: each sentence that carries a slot,
    with the slot kinds the pack's facts on its line name."""
    cited = _fact_kinds(pack)
    sentences = []
    for sentence in ann.sentences:
        found = slots(ann, sentence, knowledge)
        if not found:
            continue
        line = line_of(ann, sentence)
        by_kind: dict[str, list] = {}
        for slot in found:  # every occurrence: a name given twice and copied once is a change
            by_kind.setdefault(slot.kind, []).append(slot.value)
        strength = next((s.strength for s in pack.studies if s.source == line), "study")
        if "design" not in by_kind and study_nouns(ann, sentence):
            by_kind["design"] = [strength]  # "a 2023 analysis": the design the pack gives it
        words = content_words(ann, sentence, found)
        values = {k: tuple(sorted(v, key=repr)) for k, v in by_kind.items()}
        if aligns(len(words), short_units(found)):
            sentences.append(Aligned(line, words, values, frozenset(cited.get(line, ()))))
        elif has_shape(ann, sentence, found):  # too few words to align by: its copy has its shape
            sentences.append(Aligned(line, words, values, frozenset(cited.get(line, ())), shape(ann, sentence)))
    return Alignment.of(pack.source_file, sentences)


def _fact_kinds(pack: Pack) -> dict[int, set[str]]:
    """For each source line, the slot kinds a pack fact on it names."""
    kinds: dict[int, set[str]] = {}

    def add(line, *names):
        kinds.setdefault(line, set()).update(names)

    for a in pack.approvals:
        add(a.source, "negation", "drug", "condition")
    for t in pack.time_course:
        add(t.source, "drug", *(("time",) if t.value else ("negation",)))
    for s in pack.studies:
        add(s.source, "year", "design", "drug", "condition")
        if s.data_period:
            add(s.source, "year")
    for e in pack.side_effects:
        add(e.source, "side-effect")
    for m in pack.mechanisms:
        add(m.source, "mechanism", "drug")
    return kinds
