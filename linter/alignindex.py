"""The alignment index: what HL704 knows of a source article's sentences without their text.

The source article is not ours to ship, so a pack may carry an index drafted from it (`healthlint
pack index`): per sentence that carries a fact slot, its line, its content words as hashes (no
clear words, no order) and its slot values (numbers with units, years, negation, the pack's drug,
condition, side-effect and design names: facts, fine in clear). HL704 reads the same record built
from the article itself when that is on disk (linter/claims/slots.py), so both give one answer.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from linter.errors import UsageError
from linter.files import read_bytes
from linter.jsonfile import strict_json

SCHEMA = "alignment.schema.json"
VERSION = 1
# The slot kinds, in the order a sentence's slots are compared and written.
KINDS = ("time", "number", "year", "negation", "drug", "condition", "side-effect", "design", "mechanism")


def word_hash(word: str) -> str:
    """A content word's form in the index: 8 bytes of blake2b, hex (a word cannot be read back)."""
    return hashlib.blake2b(word.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True)
class Aligned:
    """One source sentence: its line, content-word hashes, slot values by kind, and the kinds a
    pack fact on its line names (a change there can be an error)."""

    line: int
    words: frozenset[str]
    slots: Mapping[str, tuple]
    facts: frozenset[str] = frozenset()
    shape: str = ""  # a sentence of too few content words to align by: its words in order, hashed


@dataclass(frozen=True, eq=False)
class Alignment:
    """A source article's sentences, with an inverted index word → sentences: a draft sentence
    meets only the sentences that share a word with it, never all of them."""

    source: str
    sentences: tuple[Aligned, ...]
    postings: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    shapes: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    # Two sentences of one line read as one: a draft that joins them ("…, and …") follows both.
    joined: tuple[Aligned, ...] = ()

    @classmethod
    def of(cls, source: str, sentences) -> "Alignment":
        sentences = tuple(sentences)
        joined = tuple(_join(a, b) for a, b in zip(sentences, sentences[1:]) if a.line == b.line and not a.shape
                       and not b.shape)
        postings: dict[str, list[int]] = {}
        shapes: dict[str, list[int]] = {}
        for number, sentence in enumerate(sentences + joined):
            for word in sentence.words:
                postings.setdefault(word, []).append(number)
            if sentence.shape:
                shapes.setdefault(sentence.shape, []).append(number)
        return cls(source, sentences, MappingProxyType({w: tuple(n) for w, n in postings.items()}),
                   MappingProxyType({s: tuple(n) for s, n in shapes.items()}), joined)

    def entry(self, number: int) -> Aligned:
        """A sentence (numbered as `postings` numbers them), or two joined."""
        return self.sentences[number] if number < len(self.sentences) else self.joined[number - len(self.sentences)]

    @functools.cached_property
    def by_line(self) -> Mapping[int, Mapping[str, frozenset]]:
        """Every slot value the source states on each line (a figure anywhere on its line is no
        change), gathered once."""
        lines: dict[int, dict[str, set]] = {}
        for sentence in self.sentences:
            for kind, values in sentence.slots.items():
                lines.setdefault(sentence.line, {}).setdefault(kind, set()).update(values)
        return MappingProxyType({n: MappingProxyType({k: frozenset(v) for k, v in kinds.items()})
                                 for n, kinds in lines.items()})

    @functools.cached_property
    def side_effects(self) -> frozenset:
        """Every side effect the source names, in any sentence or list."""
        return frozenset(v for sentence in self.sentences for v in sentence.slots.get("side-effect", ()))

    def to_json(self) -> str:
        """The index file: sorted, one sentence a line, so regenerating it gives the same bytes."""
        rows = [json.dumps({"line": s.line, "words": sorted(s.words),
                            "slots": {k: [_plain(v) for v in s.slots[k]] for k in KINDS if k in s.slots},
                            "facts": sorted(s.facts), **({"shape": s.shape} if s.shape else {})},
                           sort_keys=True, ensure_ascii=False)
                for s in self.sentences]
        head = json.dumps({"version": VERSION, "source": self.source})[:-1]
        return head + ', "sentences": [\n' + ",\n".join(rows) + "\n]}\n"


def _join(a: Aligned, b: Aligned) -> Aligned:
    """Two sentences of one line as one (their words, slots and facts together)."""
    slots = {kind: a.slots.get(kind, ()) + b.slots.get(kind, ())
             for kind in KINDS if kind in a.slots or kind in b.slots}
    return Aligned(a.line, a.words | b.words, MappingProxyType(slots), a.facts | b.facts)


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


def _value(kind: str, value):
    """A slot value read back from JSON, in the form slots.py makes it (tuples are hashable)."""
    return tuple(value) if isinstance(value, list) else value


def read_index(path: Path) -> Alignment:
    """An alignment index file, checked against rules/alignment.schema.json; anything else is one
    UsageError naming the file."""
    def refuse(what: str, line: int | None = None) -> UsageError:
        return UsageError(f"{path}{f':{line}' if line else ''}: not a healthlint alignment index: {what}")

    data = strict_json(read_bytes(path, kind="index"), SCHEMA, "valid-index", refuse)
    sentences = [Aligned(row["line"], frozenset(row["words"]),
                         MappingProxyType({k: tuple(_value(k, v) for v in row["slots"][k])
                                           for k in KINDS if k in row["slots"]}),
                         frozenset(row.get("facts", ())), row.get("shape", ""))
                 for row in data["sentences"]]
    return Alignment.of(data["source"], sentences)
