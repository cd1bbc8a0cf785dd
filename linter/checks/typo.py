"""Misspelled drug and medical terms, and "it's" written for "its"."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from linter.checks.base import Context
from linter.findings import Finding, Rule
from linter.nlp import is_acronym, norm, positions
from linter.packs import Knowledge, all_entries, all_spellings

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
own list of known misspellings is flagged too.

Why: a misspelled drug name is a factual error to a reader, a search engine
and a pharmacist alike.

Example (fires):  Serotnin levels rise.         (a pack term "serotonin" → Serotonin)
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
"it's side effects".

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


@functools.lru_cache(maxsize=4)
def lexicon(knowledge: Knowledge) -> Lexicon:
    words: dict = {}
    misspellings: dict = {}
    for spelling, source, pack in all_spellings(knowledge):
        for word in re.findall(r"[A-Za-z]+", spelling):
            for form in (word, word + "s", word + "es"):
                words.setdefault(form.lower(), (form, source, pack))
    for entry in all_entries(knowledge):
        for wrong in entry.misspellings:
            misspellings[wrong.lower()] = (entry.name, entry.source, entry.pack)
    candidates = tuple(sorted(w for w in words if len(w) >= 5))
    return Lexicon(words, frozenset(norm(w) for w in words), misspellings, candidates, _Verdicts(knowledge))


@functools.lru_cache(maxsize=1)
def english() -> frozenset[str]:
    """English word list of pyspellchecker (a maintained frequency dictionary), kept between
    runs as a plain set: reading its compressed JSON each time costs more than linting a draft."""
    from importlib.util import find_spec

    from linter import usercache

    # Keyed by the bytes of the packaged dictionary itself (cheaper to read than the
    # installed package's metadata is to look up).
    package = find_spec("spellchecker")
    try:
        data = Path(next(iter(package.submodule_search_locations)), "resources", "en.json.gz").read_bytes()
    except (OSError, StopIteration, TypeError, AttributeError):
        data = b""  # an unexpected layout: build the list from the package, keep no memo
    memo = usercache.key("pyspellchecker", data)
    words = usercache.load("english", memo) if data else None
    if not (isinstance(words, list) and all(isinstance(w, str) for w in words)):
        from spellchecker import SpellChecker

        words = sorted(SpellChecker(language="en", distance=1).word_frequency.dictionary)
        if data:
            usercache.save("english", memo, words)
    return frozenset(words)


def _max_distance(word: str) -> int:
    return 1 if len(word) < 9 else 2


def near_miss(word: str, term: str) -> bool:
    """A likely misspelling: a small edit away (scaled to length), same first letter."""
    from rapidfuzz.distance import OSA

    word, term = word.lower(), term.lower()
    return (word != term and word[:1] == term[:1] and abs(len(word) - len(term)) <= 2
            and OSA.distance(word, term) <= _max_distance(word))


def check(ctx: Context) -> Iterator[Finding]:
    yield from _misspellings(ctx)
    yield from _its(ctx)


def _misspellings(ctx: Context) -> Iterator[Finding]:
    ann = ctx.annotation
    # Every token's verdict at C level from the memo; only misspellings reach the loop.
    hits = list(map(lexicon(ctx.knowledge).verdicts.__getitem__, ann.texts))
    for i in itertools.compress(range(len(hits)), hits):
        if i in ann.url_like:
            continue
        text = ann.texts[i]
        term, source, pack = hits[i]
        fix = match_case(text, term)
        yield ctx.finding(MISSPELLED, ann.starts[i], ann.starts[i] + len(text),
                          f"'{text}' looks like a misspelling of '{fix}'", fix=fix, source=source, pack=pack)


class _Verdicts(dict):
    """Word -> the (term, source line, pack) it misspells, or None; filled on first sight
    (a word's verdict never changes) and emptied when it grows past _MEMO_SIZE words."""

    def __init__(self, knowledge: Knowledge):
        super().__init__()
        self.knowledge = knowledge

    def __missing__(self, text: str) -> tuple | None:
        if len(self) >= _MEMO_SIZE:
            self.clear()
        hit = self[text] = _intended(text, lexicon(self.knowledge), self.knowledge) if len(text) >= 5 else None
        return hit


_MEMO_SIZE = 1 << 16  # distinct words remembered per lexicon


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
    if (lower in lex.words or norm(text) in lex.folded or lower in words or norm(text) in words
            or lower in knowledge.language.known_words or is_acronym(text)):
        return None
    best = process.extractOne(lower, lex.candidates, scorer=OSA.distance, score_cutoff=_max_distance(lower))
    # Writers rarely mistype the first letter; names that differ there are
    # usually other drugs, one prefix apart, not misspellings.
    if best is None or not near_miss(lower, best[0]):
        return None
    return lex.words[best[0]]


def match_case(original: str, term: str) -> str:
    """The term spelled with the original word's capitalisation; brand names and
    acronyms keep their own."""
    shouting = original.isupper() and len(original) > 1
    if shouting:
        return term.upper()
    if any(c.isupper() for c in term):
        return term
    return term[0].upper() + term[1:] if original[0].isupper() else term


def _its(ctx: Context) -> Iterator[Finding]:
    ann = ctx.annotation
    norms, texts = ann.norms, ann.texts
    lang = ctx.knowledge.language
    for at in positions(norms, "it"):
        if at >= len(norms) - 2 or ann.spaces[at] or norms[at + 1] != "'s":
            continue
        i = at + 2
        skipped = 0
        while i < len(norms) and skipped < 3 and (norms[i] in lang.possessive_modifiers or is_acronym(texts[i])):
            i += 1
            skipped += 1
        if i < len(norms) and norms[i] in lang.possessive_nouns:
            fix = "Its" if texts[at][0].isupper() else "its"
            end = ann.starts[at + 1] + len(texts[at + 1])
            written = texts[at] + texts[at + 1]
            yield ctx.finding(ITS, ann.starts[at], end,
                              f"'{written}' means 'it is'; before '{texts[i]}' use the possessive '{fix}'",
                              fix=fix)
