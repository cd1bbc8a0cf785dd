"""Words as the matcher folds them, shared below the annotate stage (nlp/), the parse
(grammar.py) and the packs (merging names, validating misspellings): case, dashes, curly quotes
and British spellings folded, a crude stem, and C-level scans of token columns."""

from __future__ import annotations

import functools
import re
from typing import Iterator

_FOLD = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
})
# British to American spellings, one word at a time; both the draft and the
# pack pass through the same folds, so a fold only has to be consistent.
# Each with letters it cannot match without (most words hold none: no regex is run for them).
_BRITISH = [
    ("ae", re.compile(r"(?<=[a-z])ae"), "e"),                       # anaesthetic, haematology
    ("oe", re.compile(r"^oe(?=[dsn])"), "e"),                       # oedema, oestrogen
    ("oea", re.compile(r"(?<=[a-z])oea(?=$|s$|l$)"), "ea"),         # diarrhoea
    ("is", re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),  # generalised
    ("ys", re.compile(r"(?<=[a-z]{2})ys(e|ed|es|ing)$"), r"yz\1"),  # analyse
    ("our", re.compile(r"(?<=[a-z]{3})our(s|ed|ing)?$"), r"or\1"),  # behaviour (not hour, four)
    ("tre", re.compile(r"(?<=[a-z]{3})tre(s)?$"), r"ter\1"),        # centre, litre
    ("ogue", re.compile(r"(?<=[a-z]{3})ogue(s)?$"), r"og\1"),       # dialogue
    ("ence", re.compile(r"(?<=[a-z]{3})ence$"), "ense"),             # licence, defence
]


@functools.lru_cache(maxsize=1 << 16)
def norm(word: str) -> str:
    """The matching form of one token."""
    w = word.lower().translate(_FOLD)
    if len(w) > 4 and w.isalpha():
        for letters, pattern, repl in _BRITISH:
            if letters in w:
                w = pattern.sub(repl, w)
    return w


_SUFFIXES = ("ations", "ation", "ness", "ments", "ment", "ings", "ing", "ions", "ion", "ive", "ied", "ies",
             "ed", "es", "s", "ic", "ia", "at", "y", "e")


@functools.lru_cache(maxsize=1 << 14)
def stem(word: str) -> str:
    """A crude, consistent stem: "hallucinating" and "hallucinations" meet at "hallucin"."""
    w = norm(word)
    for _ in range(3):
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        else:
            break
    return w


def positions(seq, value, end: int | None = None) -> Iterator[int]:
    """Indices (below `end`, if given) where a sequence holds a value, found by C-level scans
    (for a rare value, far cheaper than testing every item)."""
    at, end = -1, len(seq) if end is None else end
    try:
        while True:
            at = seq.index(value, at + 1, end)
            yield at
    except ValueError:
        return


_WORDS = re.compile(r"\w+")


def folded(spelling: str) -> str:
    """The form two spellings share when the matcher treats them as one name."""
    return " ".join(norm(word) for word in _WORDS.findall(spelling))
