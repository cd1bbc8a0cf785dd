"""Drug names in a source article, found from the article's own usage (for `pack extract`).

A word is taken for a drug's name when
- it ends in a distinctive drug-name ending (`drug-suffixes`) and is no English word;
- it ends in a generic-name stem (`drug-stems`: -ine, -one, -ium, -lin…), is no English word, and
  is never written with a capital inside a sentence (a person's or a place's name is);
- or the article uses it as a drug: as the subject of an approval, treatment or dosing phrase
  ("<x> is approved", "<x> treats", "<x> doses") or its object ("doses of <x>", "taking <x>")
  (`drug-frames-after`, `drug-frames-before`), and it ends in a stem or is no English word.
A capitalised word in parentheses beside a drug's name ("<generic> (<Brand>)", "<Brand>
(<generic>)") or after a brand phrase ("<generic>, sold as <Brand>": `brand-frames`) is that
drug's other name; a word marked ® is a brand.

The endings, stems, phrases and the generic nouns that are never a drug (`not-drugs`) are in
rules/language.yaml: nothing here names a drug. The article is read once, token by token; no
pattern is built from its text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping

# Words (with inner hyphens and apostrophes), numbers, and every other character on its own, so
# punctuation breaks a phrase ("…the dose. Taking…" is no "dose taking").
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]|\d+|\S")
MIN_STEM_WORD = 6  # "one", "done", "alone": short words with a stem are English
MIN_NAME = 4
MAX_BRAND_WORDS = 2  # "(Brand XR)"
MAX_APPOSITION = 6  # "<name>, sold as <Brand>, is approved": the words skipped between commas
SENTENCE_ENDS = frozenset(".!?:;\"\u201c\u2022*-#>")  # a capital after one of these may be the sentence's


@dataclass
class Found:
    """A drug name: how the article first writes it, where, and how often."""

    name: str
    start: int
    count: int = 0
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Rules:
    suffixes: tuple[str, ...]
    stems: tuple[str, ...]
    before: frozenset[tuple[str, ...]]
    after: frozenset[tuple[str, ...]]
    longest: int
    not_drugs: frozenset[str]
    brand_frames: frozenset[tuple[str, ...]]

    @classmethod
    def of(cls, extraction: Mapping[str, tuple[str, ...]]) -> "_Rules":
        phrases = lambda key: frozenset(tuple(p.lower().split()) for p in extraction.get(key, ()))  # noqa: E731
        before, after, brands = phrases("drug-frames-before"), phrases("drug-frames-after"), phrases("brand-frames")
        return cls(tuple(extraction.get("drug-suffixes", ())), tuple(extraction.get("drug-stems", ())),
                   before, after, max(map(len, before | after | brands), default=0),
                   frozenset(w.lower() for w in extraction.get("not-drugs", ())), brands)


def _tokens(blocks: Iterable[tuple[int, str]]) -> Iterator[list[tuple[str, int]]]:
    """Each block's tokens as (text, prose offset)."""
    for start, text in blocks:
        yield [(m.group(0), start + m.start()) for m in _TOKEN.finditer(text)]


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


def find_drugs(blocks: list[tuple[int, str]], extraction: Mapping[str, tuple[str, ...]],
               english: frozenset[str] | set[str]) -> list[Found]:
    """Drug names of the article (blocks: (prose offset, text)), the most used first."""
    rules = _Rules.of(extraction)
    seen: Counter = Counter()  # lower-case form -> uses
    first: dict[str, tuple[str, int]] = {}  # lower-case form -> (first spelling, offset)
    lower_case: set[str] = set()  # written in lower case at least once
    inner_capital: set[str] = set()  # written with a capital inside a sentence
    as_drug: set[str] = set()  # used as a drug by a phrase around it
    marked: set[str] = set()  # followed by ®
    for tokens in _tokens(blocks):
        lowered = [t.lower() for t, _ in tokens]
        for i, (text, offset) in enumerate(tokens):
            if not _is_word(text):
                continue
            key = lowered[i]
            seen[key] += 1
            first.setdefault(key, (text, offset))
            if text == key:
                lower_case.add(key)
            elif i and tokens[i - 1][0] not in SENTENCE_ENDS and not _acronym(text):
                inner_capital.add(key)
            if _framed(lowered, i, rules):
                as_drug.add(key)
            if i + 1 < len(tokens) and tokens[i + 1][0] == "\u00ae":
                marked.add(key)

    def is_drug(key: str) -> bool:
        if key in rules.not_drugs or len(key) < MIN_NAME or _acronym(first[key][0]):
            return False
        if key in marked:
            return True
        known = key in english
        stem = len(key) >= MIN_STEM_WORD and key.endswith(rules.stems)
        if len(key) >= MIN_STEM_WORD and key.endswith(rules.suffixes) and not known:
            return True
        if stem and not known and (key in lower_case or key not in inner_capital):
            return True
        return key in as_drug and (stem or not known)

    # A generic name is written in lower case (a capital that only starts sentences is no part of it).
    found = {key: Found(key if key in lower_case or key not in inner_capital else first[key][0],
                        first[key][1], seen[key])
             for key in sorted(seen, key=lambda k: (-seen[k], k)) if is_drug(key)}
    _brands(blocks, found, rules)
    return list(found.values())


def _framed(lowered: list[str], i: int, rules: _Rules) -> bool:
    """Whether the word at i is the subject or object of a drug phrase. After the word, a
    parenthesised other name is skipped ("<generic> (<Brand>) is approved")."""
    after = i + 1
    if after < len(lowered) and lowered[after] == "(":
        close = next((j for j in range(after + 1, min(after + 2 + MAX_BRAND_WORDS, len(lowered)))
                      if lowered[j] == ")"), None)
        after = close + 1 if close is not None else after
    elif after < len(lowered) and lowered[after] == ",":  # an apposition between commas
        close = next((j for j in range(after + 1, min(after + 2 + MAX_APPOSITION, len(lowered)))
                      if lowered[j] == ","), None)
        after = close + 1 if close is not None else after
    for n in range(1, rules.longest + 1):
        if tuple(lowered[after:after + n]) in rules.after or (n <= i and tuple(lowered[i - n:i]) in rules.before):
            return True
    return False


def _brands(blocks: list[tuple[int, str]], found: dict[str, Found], rules: _Rules) -> None:
    """A capitalised name next to a drug's name becomes its alias: "<generic> (<Brand>)",
    "<Brand> (<generic>)", "<generic>, sold as <Brand>"."""
    for tokens in _tokens(blocks):
        lowered = [t.lower() for t, _ in tokens]
        for i, (text, _) in enumerate(tokens):
            named = _after_brand_frame(tokens, lowered, i, rules, found)
            if named:
                _alias(found, *named)
            if text != "(":
                continue
            close = next((j for j in range(i + 1, min(i + 2 + MAX_BRAND_WORDS, len(tokens)))
                          if tokens[j][0] == ")"), None)
            if close is None or close == i + 1 or i == 0:
                continue
            inside = [t for t, _ in tokens[i + 1:close]]
            outside = tokens[i - 1][0]
            if not all(_is_word(t) for t in inside) or not _is_word(outside):
                continue
            if len(inside) == 1 and inside[0].lower() in found and outside[:1].isupper():
                drug, brand = found[inside[0].lower()], outside  # "<Brand> (<generic>)"
            elif outside.lower() in found and inside[0][:1].isupper() and not _acronym(inside[0]):
                drug, brand = found[outside.lower()], " ".join(inside)  # "<generic> (<Brand>)"
            else:
                continue
            _alias(found, drug, brand)


def _after_brand_frame(tokens, lowered: list[str], i: int, rules: _Rules,
                       found: dict[str, Found]) -> tuple[Found, str] | None:
    """(drug, brand) when a brand phrase starts at i: "<generic>, sold as <Brand>"."""
    for n in range(1, rules.longest + 1):
        if tuple(lowered[i:i + n]) not in rules.brand_frames:
            continue
        brand = tokens[i + n][0] if i + n < len(tokens) else ""
        before = [t for t in lowered[max(0, i - 2):i] if t != ","]
        if brand[:1].isupper() and _is_word(brand) and not _acronym(brand) and before and before[-1] in found:
            return found[before[-1]], brand
    return None


def _alias(found: dict[str, Found], drug: Found, brand: str) -> None:
    if brand.lower() == drug.name.lower() or brand in drug.aliases:
        return
    other = found.get(brand.lower())
    if other is not None:  # found on its own (marked ®): one drug, under the generic name
        del found[brand.lower()]
        drug.count += other.count
    drug.aliases.append(brand)
