"""Misspelled drug and medical terms, and "it's" written for "its"."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Iterator

from linter.checks.base import Context
from linter.claims.frames import quoted
from linter.english import english
from linter.findings import Finding, Rule
from linter.nlp.matchers import is_acronym
from linter.packs import Knowledge, all_entries, all_spellings
from linter.words import norm, positions

MISSPELLED = Rule(
    code="HL101",
    name="typo.misspelled-term",
    category="typo",
    severity="error",
    summary="A near miss of a drug or medical term the source uses.",
    doc="""\
What it flags: a word within a small edit distance (scaled to its length) of a
term the fact pack knows (drug and brand names, conditions, side effects,
routes, receptors) that is neither that term nor an English word. The pack's
own list of known misspellings is flagged too. Also:
  - a pack acronym of four letters or more with two neighbouring letters
    swapped ("NDMA" for NMDA), or with look-alikes (a lower-case "l" for "I"); never
    an English word or a known acronym (language.yaml `known-words`);
  - a real word in place of one word of a pack term of three words or more
    ("serotonin uptake inhibitors" for "serotonin reuptake inhibitors"), when
    every other word is there; "re-uptake" is a spelling variant, not a typo.
Only the wrong word is reported, and replaced by the fix. A term with an ending
that makes another word of it ("intranasally", "-ity", "-ness") is not a misspelling,
nor is a quoted word in a paragraph about spelling (language.yaml `spelling-talk`:
'the screen misspelled the drug as "esketamin"'): the writer shows it, not uses it.

Why: a misspelled drug name is a factual error to a reader, a search engine
and a pharmacist alike.

Example (fires):  Serotnin levels rise.         (a pack term "serotonin" → Serotonin)
                  It blocks NDMA receptors.     (→ NMDA)
Example (silent): Serotonin levels rise.
                  The anaesthetic was generalised.   (British spellings are not typos)

Fix: replaces the word with the term, keeping the word's capitalisation.""",
    fixable=True,
)
ITS = Rule(
    code="HL102",
    name="typo.its-possessive",
    category="typo",
    severity="warning",
    summary='"it\'s" (it is) written where the possessive "its" is meant.',
    doc="""\
What it flags: "it's" followed by a noun it owns, as in "it's FDA approval" or
"it's side effects"; and after "<drug> and" or "<drug> or", where "it is" cannot
be read, "it's" before any word that cannot follow "it is" ("<drug> and it's
interactions").

Why: a contraction in place of a possessive reads as careless, and careless
copy undermines trust in the facts around it.

Example (fires):  a purpose other than it's FDA approval
Example (silent): It's approved for one use.   It's a new drug.

Fix: replaces "it's" with "its".""",
    fixable=True,
)
RULES = (MISSPELLED, ITS)

# Plain words: lower, Capitalised, camelCase joins, or ALL CAPS; not codes like "5HT2A".
_WORD = re.compile(r"(?:[A-Za-z][a-z]*(?:[A-Z][a-z]+)*|[A-Z]+)$")


@dataclass(frozen=True)
class Lexicon:
    words: dict  # lower-case word -> (as the pack writes it, source line, pack)
    folded: frozenset  # norm() of every word, for British spellings of terms
    misspellings: dict  # lower-case misspelling -> (correct term, source line, pack)
    candidates: tuple  # words long enough to be fuzzy-matched
    verdicts: _Verdicts = field(default=None, compare=False)  # word -> what it misspells, memoised
    acronyms: dict = field(default_factory=dict)  # pack acronym (no plural s) -> (acronym, source, pack)
    # Terms of three words or more, by each of their long words: word -> [(Term, its position)].
    anchors: dict = field(default_factory=dict)
    # word length -> the candidates an edit within reach of a word that long can be (sorted, as
    # `candidates`): a word is compared with those only, not with every pack word. And the same
    # by (first letter, length): a misspelling keeps its first letter (see `near_miss`).
    by_length: dict = field(default_factory=dict)
    by_start: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Term:
    """A multi-word pack spelling: its words in matching form (hyphenated pieces joined, as
    "re-uptake" is "reuptake") and as the pack writes them."""

    words: tuple[str, ...]
    written: tuple[str, ...]
    spelling: str
    source: int | None
    pack: str


def _plurals(word: str) -> tuple[str, ...]:
    """A term's plural as English makes it ("anxieties", "viruses"), not every ending glued on
    ("anxietyes" made "anxietymeds" a near miss of a word nobody writes)."""
    if len(word) > 2 and word[-1] in "yY" and word[-2].lower() not in "aeiou":
        return (word[:-1] + "ies",)
    if word.lower().endswith(("s", "x", "z", "ch", "sh")):
        return (word + "es",)
    return (word + "s",)


@functools.lru_cache(maxsize=4)
def lexicon(knowledge: Knowledge) -> Lexicon:
    words: dict = {}
    misspellings: dict = {}
    for spelling, source, pack in all_spellings(knowledge):
        for word in re.findall(r"[A-Za-z]+", spelling):
            for form in (word, *_plurals(word)):
                words.setdefault(form.lower(), (form, source, pack))
    for entry in all_entries(knowledge):
        for wrong in entry.misspellings:
            misspellings[wrong.lower()] = (entry.name, entry.source, entry.pack)
    candidates = tuple(sorted(w for w in words if len(w) >= 5))
    acronyms: dict = {}
    anchors: dict = {}
    for spelling, source, pack in all_spellings(knowledge):
        if is_acronym(spelling):
            stem = spelling[:-1] if spelling.endswith("s") else spelling
            acronyms.setdefault(stem, (stem, source, pack))
        written = tuple(spelling.split())
        if len(written) >= _TERM_WORDS:
            term = Term(tuple(_joined(w) for w in written), written, spelling, source, pack)
            for at, word in enumerate(term.words):
                if len(word) >= _MIN_MISS:
                    anchors.setdefault(word, []).append((term, at))
    longest = max(map(len, candidates), default=0)
    by_length = {n: tuple(w for w in candidates if abs(len(w) - n) <= _reach(n))
                 for n in range(1, longest + 3)}
    by_start: dict = {}
    for n, near in by_length.items():
        for w in near:
            by_start.setdefault((w[0], n), []).append(w)
    return Lexicon(words, frozenset(norm(w) for w in words), misspellings, candidates, _Verdicts(knowledge),
                   acronyms, anchors, by_length, {key: tuple(near) for key, near in by_start.items()})


def _joined(word: str) -> str:
    """A word's matching form with its hyphenated pieces joined: "re-uptake" -> "reuptake"."""
    return "".join(norm(piece) for piece in word.split("-"))


def _max_distance(word: str) -> int:
    return _reach(len(word))


def _reach(length: int) -> int:
    """The edits a misspelling of a word this long may be away from it."""
    return 1 if length < 9 else 2


def near_miss(word: str, term: str) -> bool:
    """A likely misspelling: a small edit away (scaled to length), same first letter."""
    from rapidfuzz.distance import OSA

    word, term = word.lower(), term.lower()
    return (word != term and word[:1] == term[:1] and abs(len(word) - len(term)) <= 2
            and OSA.distance(word, term) <= _max_distance(word))


def check(ctx: Context) -> Iterator[Finding]:
    yield from _misspellings(ctx)
    yield from _its(ctx)


_QUOTES = frozenset({'"', "'", "\u201c", "\u2018"})


def _a_name(ann, i: int, term: str) -> bool:
    """A capitalised word in running text, after a word (or a quote mark), near a term that is a
    plain English word ("Ask Calma" near "calms"): a name, not a misspelled medical term. After
    a label or markup ("**Dr. Osei:** Intramuscluar …") a capital opens the sentence."""
    sentence = ann.sentence_of(i)
    if not ann.texts[i][:1].isupper() or term.lower() not in english() or sentence is None \
            or i <= sentence.tok_start:
        return False
    before = i - 1
    if ann.texts[before] in _QUOTES and before > sentence.tok_start:
        before -= 1
    return bool(ann.is_word[before])


_TERM_WORDS = 3  # a two-word term ("<adjective> illness") has real-word neighbours ("… wellness")
_MIN_MISS = 5  # a shorter word that differs ("lots of control") is more likely meant


def _misspellings(ctx: Context) -> Iterator[Finding]:
    ann = ctx.annotation
    lex = lexicon(ctx.knowledge)
    # Every token's verdict at C level from the memo, kept as one byte a token (a long draft has
    # millions); only misspellings reach the loop.
    verdict = lex.verdicts.__getitem__
    hits = bytes(map(bool, map(verdict, ann.texts)))
    for i in itertools.compress(range(len(hits)), hits):
        if i in ann.url_like:
            continue
        text = ann.texts[i]
        term, source, pack = verdict(text)
        if _a_name(ann, i, term) or _mentioned(ann, i, i + 1):
            continue
        fix = match_case(text, term)
        yield ctx.finding(MISSPELLED, ann.starts[i], ann.starts[i] + len(text),
                          f"'{text}' looks like a misspelling of '{fix}'", fix=fix, source=source, pack=pack)
    yield from _term_misspellings(ctx, lex, hits)


def _term_misspellings(ctx: Context, lex: Lexicon, hits: bytes) -> Iterator[Finding]:
    """A real word in place of one word of a multi-word pack term: "serotonin uptake
    inhibitors" for "serotonin reuptake inhibitors". Every other word of the term must be there
    (a plural counts), the wrong word must be close to the right one (a small edit, or the right
    one without a short prefix or suffix) and not itself a pack spelling. "re-uptake" is
    "reuptake" spelled with a hyphen, not a typo. Only the wrong word is reported and fixed."""
    ann = ctx.annotation
    if not lex.anchors:
        return
    norms = ann.norms
    read: tuple[int, list] = (-1, [])  # the words of the sentence last read (anchors come in order)
    best: dict[int, tuple] = {}  # first token of a wrong word -> (exact words, end, term, k)
    for i in itertools.compress(range(len(norms)), map(lex.anchors.__contains__, norms)):
        sentence = ann.sentence_of(i)
        if sentence is None:
            continue
        if read[0] != sentence.index:
            read = (sentence.index, _words(ann, sentence.tok_start, sentence.tok_end))
        words = read[1]
        at = next((n for n, w in enumerate(words) if w is not None and w[1] == i), None)
        if at is None:
            continue  # the second piece of a hyphenated word
        for term, position in lex.anchors[norms[i]]:
            found = _one_word_off(words, at - position, term)
            if found is None:
                continue
            (_, start, end), k, exact = found
            if any(hits[start:end]) or any(m.tok_end > start for m in ann.mentions_in(sentence.tok_start, end)):
                continue  # already flagged, or (part of) a name the packs know
            if start not in best or exact > best[start][0]:
                best[start] = (exact, end, term, k)  # the term the draft's other words match best
    for start in sorted(best):
        _, end, term, k = best[start]
        if _mentioned(ann, start, end):
            continue
        text = "".join(ann.texts[start:end])
        fix = match_case(text, term.written[k])
        yield ctx.finding(MISSPELLED, ann.starts[start], ann.starts[end - 1] + len(ann.texts[end - 1]),
                          f"'{text}' looks like a misspelling of '{fix}' (as in '{term.spelling}')",
                          fix=fix, source=term.source, pack=term.pack)


def _mentioned(ann, start: int, end: int) -> bool:
    """A quoted word in a paragraph about spelling ("misspelled the drug as \"<x>\""): the
    writer shows the misspelling, not uses it."""
    sentence = ann.sentence_of(start)
    if not quoted(ann, sentence, start, end):
        return False
    block = ann.document.blocks[sentence.block]
    lo, hi = ann.token_at(block.prose_start), ann.token_at(max(block.prose_start, block.prose_end - 1)) + 1
    return bool(ann.cues_in(lo, hi, "spelling-talk"))


def _words(ann, tok_start: int, tok_end: int) -> list:
    """The words of a token span as (matching form, first token, end token), hyphenated pieces
    joined into one word; punctuation as None, so no term is matched across it."""
    out: list = []
    norms, is_word, spaces = ann.norms, ann.is_word, ann.spaces
    i = tok_start
    while i < tok_end:
        if is_word[i]:
            out.append((norms[i], i, i + 1))
        elif (norms[i] == "-" and out and out[-1] is not None and out[-1][2] == i and not spaces[i - 1]
              and not spaces[i] and i + 1 < tok_end and is_word[i + 1]):
            word, start, _ = out[-1]
            out[-1] = (word + norms[i + 1], start, i + 2)  # "re-uptake" is one word
            i += 2
            continue
        elif norms[i].strip():
            out.append(None)
        i += 1
    return out


def _one_word_off(words: list, first: int, term: Term) -> tuple | None:
    """((word, start, end), k, exact) when the draft's words from `first` are the term but for
    its k-th word, which is a near miss of the term's (`exact`: how many others are spelled
    exactly as the term's, not in the other number); else None."""
    if first < 0 or first + len(term.words) > len(words):
        return None
    window = words[first:first + len(term.words)]
    if any(w is None for w in window):
        return None
    wrong = [k for k, (w, _, _) in enumerate(window) if not _same_word(w, term.words[k])]
    if len(wrong) != 1:
        return None
    k = wrong[0]
    word, right = window[k][0], term.words[k]
    if len(word) < _MIN_MISS or not word.isalpha() or abs(len(word) - len(right)) > 2:
        return None
    from rapidfuzz.distance import OSA

    shortened = len(word) < len(right) and (right.endswith(word) or right.startswith(word))
    if not shortened and OSA.distance(word, right) > _max_distance(right):
        return None
    return window[k], k, sum(w == t for (w, _, _), t in zip(window, term.words))


def _same_word(word: str, term_word: str) -> bool:
    """The same word, or its plural or singular."""
    return word == term_word or word.rstrip("s") == term_word.rstrip("s") or word in (term_word + "es",)


class _Verdicts(dict):
    """Word -> the (term, source line, pack) it misspells, or None; filled on first sight
    (a word's verdict never changes) and emptied when it grows past _MEMO_SIZE words."""

    def __init__(self, knowledge: Knowledge):
        super().__init__()
        self.knowledge = knowledge

    def __missing__(self, text: str) -> tuple | None:
        if len(self) >= _MEMO_SIZE:
            self.clear()
        lex = lexicon(self.knowledge)
        hit = _intended(text, lex, self.knowledge) if len(text) >= 5 else None
        if hit is None and len(text) >= 4:
            hit = _acronym(text, lex, self.knowledge)
        self[text] = hit
        return hit


_MEMO_SIZE = 1 << 16  # distinct words remembered per lexicon


# Endings that make another word of a term ("intranasal" -> "intranasally"), not a misspelling.
_DERIVATIONS = ("ly", "ally", "ity", "ness")


def _derived(lower: str, lex: "Lexicon") -> bool:
    return any(lower.endswith(ending) and lower[:-len(ending)] in lex.words for ending in _DERIVATIONS)


def _intended(text: str, lex: "Lexicon", knowledge: Knowledge) -> tuple | None:
    """The (term, source line, pack) a word misspells, or None."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if not _WORD.match(text):
        return None
    lower = text.lower()
    hit = lex.misspellings.get(lower)
    if hit is not None:
        return hit
    words = english()
    # A term's singular ("<class>" for the pack's "<class>s") is no misspelling; "+es" is not
    # tried, as it would pass a term's plural with its final "e" dropped ("<name>es" of "<name>e").
    if (lower in lex.words or norm(text) in lex.folded or lower in words or norm(text) in words
            or lower in knowledge.language.known_words or is_acronym(text) or _derived(lower, lex)
            or lower + "s" in lex.words):
        return None
    cutoff = _max_distance(lower)
    # Only a candidate with the word's first letter can pass `near_miss`: with none within reach,
    # the best match cannot either (most words end here, after a handful of comparisons).
    if process.extractOne(lower, lex.by_start.get((lower[:1], len(lower)), ()), scorer=OSA.distance,
                          score_cutoff=cutoff) is None:
        return None
    # (Only candidates whose length is within the cutoff can be within it: the same best match.)
    best = process.extractOne(lower, lex.by_length.get(len(lower), ()), scorer=OSA.distance, score_cutoff=cutoff)
    # Writers rarely mistype the first letter; names that differ there are
    # usually other drugs, one prefix apart, not misspellings.
    if best is None or not near_miss(lower, best[0]):
        return None
    return lex.words[best[0]]


# An acronym-shaped token: capitals, with "l" and "0" where "I" and "O" were meant ("SSRls").
_ACRONYM_LIKE = re.compile(r"([A-Z0-9l]{3,6})(s?)")
_LOOKALIKES = str.maketrans({"l": "I", "0": "O"})


def _acronym(text: str, lex: Lexicon, knowledge: Knowledge) -> tuple | None:
    """The (acronym, source line, pack) an acronym-shaped word misspells, or None: a pack
    acronym of four letters or more with two neighbouring letters swapped ("NDMA" for NMDA), or
    with look-alike characters ("l" for "I", "0" for "O"). Never an English word or a known acronym;
    shorter acronyms are left alone (swapped, "IM" is "MI" and "GAD" is "GDA", real acronyms)."""
    shape = _ACRONYM_LIKE.fullmatch(text)
    if shape is None:
        return None
    stem, plural = shape.groups()
    if stem in lex.acronyms or text.lower() in english() or text.lower() in knowledge.language.known_words:
        return None
    if not stem.isupper() or not stem.isalpha():  # look-alikes: only an exact pack acronym once read right
        meant = lex.acronyms.get(stem.translate(_LOOKALIKES))
        return (meant[0] + plural, *meant[1:]) if meant and sum(c.isupper() for c in stem) >= 2 else None
    if len(stem) < 4 or stem.lower() in english():
        return None
    meant = [lex.acronyms[s] for s in _slips(stem) if s in lex.acronyms]
    if len(meant) != 1:  # none, or two pack acronyms one swap away: no telling which
        return None
    return (meant[0][0] + plural, *meant[0][1:])


def _slips(stem: str) -> set[str]:
    """What a typist may have meant: two neighbouring letters swapped ("NDMA" for NMDA), or a
    doubled letter struck one key late or early ("SRRI" for SSRI, "SSRI" for SRRI)."""
    swaps = {stem[:i] + stem[i + 1] + stem[i] + stem[i + 2:] for i in range(len(stem) - 1)}
    late = {stem[:i] + stem[i - 1] + stem[i + 1:] for i in range(1, len(stem) - 1) if stem[i] == stem[i + 1]}
    early = {stem[:i + 1] + stem[i + 2] + stem[i + 2:] for i in range(len(stem) - 2) if stem[i] == stem[i + 1]}
    return (swaps | late | early) - {stem}


def match_case(original: str, term: str) -> str:
    """The term spelled with the original word's capitalisation; brand names and
    acronyms keep their own."""
    shouting = original.isupper() and len(original) > 1
    if shouting:
        return term.upper()
    if any(c.isupper() for c in term):
        return term
    return term[0].upper() + term[1:] if original[0].isupper() else term


def _modifier(norm: str, text: str, lang) -> bool:
    """Whether a word between "it's" and a noun keeps the possessive reading: an adjective
    the cues list or that ends like one ("clinical"; not a listed noun: "approval"), or an
    acronym ("FDA")."""
    return (norm in lang.possessive_modifiers or is_acronym(text)
            or (len(norm) > 4 and norm.isalpha() and norm.endswith(lang.possessive_modifier_endings)
                and norm not in lang.possessive_nouns))


_COORDINATORS = frozenset({"and", "or", "&"})


def _owned_after_coordination(ann, at: int, noun: int) -> bool:
    """"<drug> and it's interactions": after a drug and a coordinator, "it is" cannot be read, so
    a word that cannot follow "it is" (language.yaml `it-is-continuation`; not an adverb in
    -ly, a verb in -ing or -ed) is a noun the drug owns."""
    norms = ann.norms
    if at < 2 or norms[at - 1] not in _COORDINATORS or not ann.mentions_in(at - 2, at - 1, "drug") \
            and not any(m.tok_end == at - 1 for m in ann.mentions_in(max(0, at - 6), at - 1, "drug")):
        return False
    word = norms[noun]
    return (word.isalpha() and not word.endswith(("ly", "ing", "ed"))
            and not ann.cues_in(noun, noun + 1, "it-is-continuation"))


def _its(ctx: Context) -> Iterator[Finding]:
    ann = ctx.annotation
    norms, texts = ann.norms, ann.texts
    lang = ctx.knowledge.language
    for at in positions(norms, "it"):
        if at >= len(norms) - 2 or ann.spaces[at] or norms[at + 1] != "'s":
            continue
        i = at + 2
        skipped = 0
        while i < len(norms) and skipped < 3 and _modifier(norms[i], texts[i], lang):
            i += 1
            skipped += 1
        if i < len(norms) and (norms[i] in lang.possessive_nouns or _owned_after_coordination(ann, at, i)):
            fix = "Its" if texts[at][0].isupper() else "its"
            end = ann.starts[at + 1] + len(texts[at + 1])
            written = texts[at] + texts[at + 1]
            yield ctx.finding(ITS, ann.starts[at], end,
                              f"'{written}' means 'it is'; before '{texts[i]}' use the possessive '{fix}'",
                              fix=fix)
