"""Annotate stage: one spaCy pass over a Document's prose.

The pipeline is `spacy.blank("en")` (with two more infixes) and a sentencizer, whose rule
is applied over whole token columns; PhraseMatchers built from the packs find drugs,
conditions and terms; the vocabulary's NORM getter folds case, dashes, curly quotes and
British spellings, once per distinct word rather than once per token. Cue words (approval,
negation, hedges…) come from `rules/language.yaml` through a PhraseMatcher. Clauses and
NegEx-style negation scopes are computed here so every later stage shares them.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import operator
import re
from array import array
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterator, Mapping, NamedTuple, Sequence

from linter.document import Document
from linter.grammar import Parse, parse
from linter.packs import Knowledge, all_entries, requirement_cues
from linter.spans import OFFSET, Sentences, Spans
from linter.words import norm, positions, stem  # noqa: F401  (stem: read from here by the claim families)

if TYPE_CHECKING:  # spaCy is imported when a pipeline is built, so a cached run never loads it
    from spacy.tokens import Doc


def has_phrase(text: str, phrase: str) -> bool:
    """Whether a text contains a phrase as whole words, ignoring case."""
    return has_any_phrase(text, (phrase,))


def has_any_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether a text contains any of the phrases as whole words, ignoring case (one search)."""
    return bool(phrases) and _phrases_pattern(phrases).search(_lowered(text)) is not None


@functools.lru_cache(maxsize=1024)
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    either = "|".join(re.escape(p.lower()) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{either})(?!\w)")


# A sentence is tested against many phrases in a row; lower-case it once.
_lowered = functools.lru_cache(maxsize=8)(str.lower)


def variants(phrase: str) -> set[str]:
    """Hyphen/space variants of a phrase: off-label, off label, offlabel."""
    out = {phrase}
    if re.search(r"\w-\w", phrase):
        out.add(re.sub(r"(?<=\w)-(?=\w)", " ", phrase))
        out.add(re.sub(r"(?<=\w)-(?=\w)", "", phrase))
    if " " in phrase and len(phrase.split()) == 2:
        out.add(phrase.replace(" ", "-"))
    return out


def is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}s?", word))


# ------------------------------------------------------------------ results


# Mentions, cues and clauses are made by the hundred per draft: named tuples, which are
# immutable like frozen dataclasses but several times cheaper to build.
class Mention(NamedTuple):
    label: str  # drug | condition | use | term
    id: str
    start: int  # prose offsets
    end: int
    tok_start: int
    tok_end: int
    text: str


class Cue(NamedTuple):
    kind: str
    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str


class Clause(NamedTuple):
    tok_start: int
    tok_end: int


class Sentence(NamedTuple):
    index: int
    start: int
    end: int
    tok_start: int
    tok_end: int
    clauses: tuple[Clause, ...]
    block: int  # index into Document.blocks
    text: str
    cue_kinds: frozenset[str] = frozenset()  # every cue kind found in the sentence


@dataclass(frozen=True, eq=False)
class Annotation:
    """What the annotate stage found. It holds no spaCy Doc: per-token data is kept in compact
    columns (a long draft's tokens would otherwise cost hundreds of bytes each)."""

    document: Document
    sentences: Sentences  # a sequence of Sentence
    mentions: Spans  # of Mention
    cues: Spans  # of Cue
    negation: bytes = b""  # 1 at each token inside a negation scope
    # Per token (lists, not copied into tuples: each holds millions in a long draft); the
    # strings are shared with the vocabulary's, one object per distinct word.
    norms: Sequence[str] = ()  # matching form
    texts: Sequence[str] = ()
    starts: Sequence[int] = ()  # prose offset (an array of machine integers)
    spaces: bytes = b""  # 1: followed by whitespace
    url_like: frozenset[int] = frozenset()  # looks like a URL or an e-mail address
    is_word: bytes = b""  # 1: neither punctuation nor whitespace
    # The trained pipeline's parse of each sentence that can carry a claim, by sentence index.
    parses: Mapping[int, "Parse"] = field(default_factory=lambda: MappingProxyType({}))

    def mentions_in(self, tok_start: int, tok_end: int, *labels: str) -> list:
        """Mentions starting in [tok_start, tok_end), of the given labels (any, if none given)."""
        return self.mentions.starting_in(tok_start, tok_end, labels)

    def last_mention(self, tok_start: int, tok_end: int, label: str) -> Mention | None:
        """The last mention of a label starting in [tok_start, tok_end)."""
        return self.mentions.last_starting_in(tok_start, tok_end, label)

    def cues_in(self, tok_start: int, tok_end: int, *kinds: str) -> list:
        """Cues starting in [tok_start, tok_end), of the given kinds (any, if none given)."""
        return self.cues.starting_in(tok_start, tok_end, kinds)

    def is_negated(self, tok_start: int, tok_end: int | None = None) -> bool:
        return 1 in self.negation[tok_start:tok_end or tok_start + 1]

    def drug_sentences(self) -> Iterator[tuple[int, Mention]]:
        """Every drug mention inside a sentence, with that sentence's index, in order. (One at a
        time, with indices, not Sentence tuples: a long draft has a hundred thousand.)"""
        for mention in self.mentions.iter_key("drug"):
            index = self.sentences.index_of(mention.tok_start)
            if index is not None:
                yield index, mention

    @functools.cached_property
    def names_a_drug(self) -> bool:
        return self.last_mention(0, len(self.norms), "drug") is not None

    def sentence_of(self, tok: int) -> Sentence | None:
        """The sentence holding a token (None for whitespace between sentences)."""
        index = self.sentences.index_of(tok)
        return None if index is None else self.sentences[index]

    def token_at(self, char: int) -> int:
        """Index of the token that covers (or last starts before) a prose offset."""
        starts = self.starts
        return max(0, bisect.bisect_right(starts, char) - 1)

    def block_tokens(self, block) -> tuple[int, int]:
        """[start, end) of the tokens that start in a block's prose."""
        return (bisect.bisect_left(self.starts, block.prose_start),
                bisect.bisect_left(self.starts, block.prose_end))



def _spans(prose: str, starts, ends, tok_starts, tok_ends, interned: dict) -> tuple[list, list, list]:
    """Prose offsets and texts of token spans, as three columns (start, end, text). Equal
    texts are one object (`interned`: text -> itself): a draft repeats the same few cues."""
    firsts = list(map(starts.__getitem__, tok_starts))
    lasts = list(map(ends.__getitem__, map((-1).__add__, tok_ends)))
    texts = list(map(prose.__getitem__, map(slice, firsts, lasts)))
    return firsts, lasts, list(map(interned.setdefault, texts, texts))


def _shifted(cls, items, by: int, *indices: int) -> tuple:
    """Items with `by` added to the fields at `indices` (a batch's token indices made the draft's)."""
    if not by or not items:
        return tuple(items)
    columns: list = list(zip(*items))
    for i in indices:
        columns[i] = map(by.__add__, columns[i])
    return tuple(_build(cls, *columns))


def _build(cls, *columns) -> list:
    """Named tuples from columns of fields, built at C level (a NamedTuple has no __init__ to run)."""
    return list(map(tuple.__new__, itertools.repeat(cls), zip(*columns)))


def _longest_first(match: tuple[int, int, int]) -> tuple[int, int]:
    """Sort key of a PhraseMatcher match (id, start, end): longest first, then leftmost."""
    return match[1] - match[2], match[1]


_START = operator.itemgetter(1)
_TOK_START = operator.attrgetter("tok_start")
_CUE_ORDER = operator.attrgetter("tok_start", "tok_end", "kind")
_SCOPED_CUES = frozenset({"negation", "clause-break"})  # not taken inside a drug's or condition's name
_KIND = operator.attrgetter("kind")


def _window(items, starts: list[int], tok_start: int, tok_end: int) -> list:
    """Items (sorted by token) that start in [tok_start, tok_end)."""
    return items[bisect.bisect_left(starts, tok_start):bisect.bisect_left(starts, tok_end)]


def _covered(length: int, spans) -> bytearray:
    """1 at every token inside one of the spans (items with tok_start and tok_end)."""
    marks = bytearray(length)
    for span in spans:
        marks[span.tok_start:span.tok_end] = b"\x01" * (span.tok_end - span.tok_start)
    return marks


def _containing(sentences, starts: list[int], tok: int) -> Sentence | None:
    """The sentence (of those starting at `starts`) that holds a token, if any."""
    at = bisect.bisect_right(starts, tok) - 1
    return sentences[at] if at >= 0 and tok < sentences[at].tok_end else None


# ------------------------------------------------------------------ pipeline


class _Memo(dict):
    """A function of a vocabulary id, memoised; mapped over a Doc's ids at C level. (The
    string store decodes UTF-8 on every lookup; lexeme flags cost more in Doc.to_array.)"""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key: int):
        value = self[key] = self.compute(key)
        return value


class Pipeline:
    """The spaCy pipeline for a set of packs. Build once; reuse for every file."""

    def __init__(self, knowledge: Knowledge):
        from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_EMAIL, LIKE_URL, NORM
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.knowledge = knowledge
        nlp = _english()()
        nlp.max_length = 1 << 31  # no parser or NER here, so long drafts cost memory linearly
        nlp.vocab.lex_attr_getters[NORM] = norm
        # A new word's lexeme computes every attribute spaCy knows (shape, prefix, stop word, …);
        # this pass reads these only, and every draft brings words its memory zones then drop.
        getters = nlp.vocab.lex_attr_getters
        for attr in set(getters) - {NORM, IS_PUNCT, IS_SPACE, LIKE_URL, LIKE_EMAIL}:
            del getters[attr]
        for lexeme in nlp.vocab:
            lexeme.norm_ = norm(lexeme.orth_)
        nlp.add_pipe("sentencizer")
        self.nlp = nlp
        # Mentions: two PhraseMatchers, folded spellings and exact-case acronyms ("GAD", not "gad").
        # (An EntityRuler would run acronyms through the token Matcher, many times slower.)
        self.names = PhraseMatcher(nlp.vocab, attr="NORM")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        vocab = nlp.vocab
        self._strings = _Memo(vocab.strings.__getitem__)
        self._string = self._strings.__getitem__
        self._kinds: dict[frozenset, frozenset] = {}  # one object for each set of cue kinds sentences hold
        # What annotate needs of each distinct word, once: its text, whether it is a word, whether
        # it looks like a URL or e-mail address, and its part in the sentencizer's rule (applied
        # over whole columns, as the component reads every token through a Token object).
        final = nlp.get_pipe("sentencizer").punct_chars

        def lexeme(orth: int) -> tuple[str, bool, bool, int]:
            lex = vocab[orth]
            return (lex.orth_, not (lex.is_punct or lex.is_space), lex.like_url or lex.like_email,
                    sentence_role(lex.orth_ in final, lex.is_punct))

        self._lexemes = _Memo(lexeme)
        self._lexeme = self._lexemes.__getitem__
        patterns = self._entity_patterns()
        self._entity_key = {nlp.vocab.strings.add(key): tuple(key.split("|", 1)) for key in patterns}.__getitem__
        for key, spellings in patterns.items():
            folded = [self._pattern_doc(v) for s in spellings if not is_acronym(s) for v in variants(s)]
            exact = [Doc(nlp.vocab, words=[s]) for s in spellings if is_acronym(s)]
            if folded:
                self.names.add(key, folded)
            if exact:
                self.acronyms.add(key, exact)
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        cue_lists = dict(knowledge.language.cues)
        # An effect a pack lists, in any of its spellings, is a symptom as much as the general list's.
        cue_lists["symptom"] = (*cue_lists.get("symptom", ()), *(s for e in knowledge.side_effects for s in e.spellings))
        for disclaimer in knowledge.disclaimers:
            cue_lists.update(requirement_cues(disclaimer))
        for kind, phrases in cue_lists.items():
            docs = [self._pattern_doc(v) for p in phrases for v in variants(p)]
            self.cue_matcher.add(kind, docs)

    def _pattern_doc(self, phrase: str) -> Doc:
        from spacy.tokens import Doc

        words = phrase.split() if "'" in phrase else None
        return Doc(self.nlp.vocab, words=words) if words else self.nlp.make_doc(phrase)

    def _entity_patterns(self) -> dict[str, list[str]]:
        """Spellings by match key "<label>|<id>"."""
        out: dict[str, list[str]] = {}
        for entry in all_entries(self.knowledge):
            ent_id = entry.id if entry.kind != "term" else f"term:{entry.id}"
            out.setdefault(f"{entry.kind}|{ent_id}", []).extend(entry.spellings + entry.misspellings)
        return out

    def _mentions(self, doc: Doc, prose: str, starts, ends, interned: dict) -> tuple[Mention, ...]:
        """Longest match wins; of equal length, the first."""
        found = self.names(doc) + self.acronyms(doc)
        if not found:
            return ()
        found.sort(key=_longest_first)
        taken = bytearray(len(doc))
        chosen = []
        for match in found:
            _, start, end = match
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                chosen.append(match)
        chosen.sort(key=_START)
        ids, tok_starts, tok_ends = zip(*chosen)
        labels, ent_ids = zip(*map(self._entity_key, ids))
        firsts, lasts, texts = _spans(prose, starts, ends, tok_starts, tok_ends, interned)
        return tuple(_build(Mention, labels, ent_ids, firsts, lasts, tok_starts, tok_ends, texts))

    def annotate(self, document: Document, parse_kinds: frozenset[str] = frozenset(),
                 model: str | None = None) -> Annotation:
        """Both passes. The blank one: the draft's prose in batches of whole blocks (see
        `batches`), each through spaCy inside a memory zone, so neither a long draft's Doc nor
        the new words of many drafts pile up; the result is what one pass over the whole prose
        gives. Then the trained parser over the sentences that hold a cue of `parse_kinds`
        (those a claim can come from)."""
        prose_blocks = [(b.prose_start, i) for i, b in enumerate(document.blocks) if b.has_prose]
        parts = _Parts(document.prose, [start for start, _ in prose_blocks])
        try:
            for start, end in batches(document.prose, parts.block_starts, BATCH_CHARS):
                # The first KEPT_WORDS words a process meets stay, with the tokenizer's cache of
                # them, so a corpus's common words are tokenised once a run, not once a draft.
                # (len(vocab) counts every word ever added, dropped ones too.)
                kept = len(self.nlp.vocab) < KEPT_WORDS
                with contextlib.nullcontext() if kept else self.nlp.memory_zone():
                    self._batch(document, prose_blocks, start, end, parts)
        finally:
            self._forget()
        parses = {}
        if parse_kinds:
            chosen = parse_targets(document, parts.sentences, parts.mentions, parse_kinds)
            parses = parse(parts.texts, parts.spaces, chosen, model)
        return Annotation(document, parts.sentences, parts.mentions, parts.cues,
                          bytes(parts.negation), parts.norms, parts.texts, parts.starts,
                          bytes(parts.spaces), frozenset(parts.url_like), bytes(parts.is_word),
                          MappingProxyType(parses))

    def _batch(self, document: Document, prose_blocks, start: int, end: int, parts: _Parts) -> None:
        """Annotate prose[start:end] (whole blocks) and add it to `parts`."""
        from spacy.attrs import IDX, NORM, ORTH, SPACY

        prose = document.prose
        doc = tokenize(self.nlp, prose[start:end])  # the tokenizer; the sentencizer's rule follows
        n, tok0 = len(doc), len(parts.norms)
        # Whole columns at once with numpy and C-level maps: no per-token Python frames.
        table = doc.to_array([ORTH, NORM, IDX, SPACY]).reshape(n, 4).T
        texts, is_word, url_flags, roles = zip(*map(self._lexeme, table[0].tolist())) if n else ((),) * 4
        norms = tuple(map(self._string, table[1].tolist()))
        starts = (table[2] + start).tolist()  # prose offsets
        ends = list(map(operator.add, starts, map(len, texts)))
        # Sentences start where the sentencizer's rule says (carried over from the batch
        # before) and at every block; the Doc is not annotated (setting is_sent_start re-scans
        # the whole Doc each time).
        sent_starts = set(sentence_starts(roles, parts.role))
        sent_starts.add(0)  # the draft's first token, or a block's
        blocks_in = parts.block_starts[bisect.bisect_left(parts.block_starts, start):
                                       bisect.bisect_left(parts.block_starts, end)]
        for block_start in blocks_in:
            i = bisect.bisect_left(starts, block_start)
            if i < n and starts[i] == block_start:
                sent_starts.add(i)
        parts.role = next((r for r in reversed(roles) if r != OTHER), parts.role)
        mentions = self._mentions(doc, prose, starts, ends, parts.interned)
        cues = self._cues(doc, mentions, prose, starts, ends, parts.interned)
        sentences = self._sentences(document, prose_blocks, sorted(sent_starts), mentions, cues, norms, starts,
                                    ends, tok0, len(parts.sentences))
        # The batch's token indices become the draft's.
        mentions, cues = _shifted(Mention, mentions, tok0, 4, 5), _shifted(Cue, cues, tok0, 1, 2)
        parts.negation.extend(bytes(n))
        for scope_start, scope_end in self._negation(sentences, cues):
            parts.negation[scope_start:scope_end] = b"\x01" * (scope_end - scope_start)
        parts.norms.extend(norms)
        parts.texts.extend(texts)
        parts.starts.extend(starts)
        parts.spaces.extend(table[3].astype(bool).tobytes())
        parts.is_word.extend(is_word)
        parts.url_like.extend(map(tok0.__add__, itertools.compress(range(n), url_flags)))
        parts.mentions.extend(mentions)
        parts.cues.extend(cues)
        for sentence in sentences:
            parts.sentences.append(sentence)

    def _forget(self) -> None:
        """Keep the memos bounded: entries of words the memory zones have dropped stay correct
        (they are keyed by the word's hash), but would pile up over many drafts."""
        for memo in (self._strings, self._lexemes, self._kinds):
            if len(memo) > _MEMO_SIZE:
                memo.clear()

    def _cues(self, doc: Doc, mentions, prose: str, starts, ends, interned: dict) -> tuple[Cue, ...]:
        matches = self.cue_matcher(doc)
        if not matches:
            return ()
        ids, tok_starts, tok_ends = zip(*matches)
        kinds = tuple(map(self._string, ids))
        cues = _build(Cue, kinds, tok_starts, tok_ends, *_spans(prose, starts, ends, tok_starts, tok_ends, interned))
        if mentions and not _SCOPED_CUES.isdisjoint(kinds):
            # "<condition> that has not responded…" is a name, not a negation
            named = _covered(len(doc), mentions)
            cues = [c for c in cues if c.kind not in _SCOPED_CUES or not any(named[c.tok_start:c.tok_end])]
        if "pseudo-negation" in kinds:
            pseudo = _covered(len(doc), (c for c in cues if c.kind == "pseudo-negation"))
            cues = [c for c in cues if not (c.kind == "negation" and pseudo[c.tok_start])]
        return tuple(sorted(cues, key=_CUE_ORDER))

    def _sentences(self, document: Document, prose_blocks, sent_starts, mentions, cues, norms, starts,
                   ends, tok0: int = 0, index0: int = 0) -> list[Sentence]:
        """The sentences of a batch, whose first token is the draft's token `tok0` and whose
        first sentence is the draft's sentence `index0`."""
        cue_starts = [c.tok_start for c in cues]
        mention_starts = [m.tok_start for m in mentions]
        joints = sorted(i for word in _JOINTS for i in positions(norms, word))
        block_starts = [start for start, _ in prose_blocks]
        prose = document.prose
        interned = self._kinds
        out = []
        bounds = list(sent_starts) + [len(norms)]
        for tok_start, tok_end in zip(bounds, bounds[1:]):
            while tok_start < tok_end and not norms[tok_start].strip():
                tok_start += 1
            while tok_end > tok_start and not norms[tok_end - 1].strip():
                tok_end -= 1
            if tok_start == tok_end:
                continue
            start, end = starts[tok_start], ends[tok_end - 1]
            at = bisect.bisect_right(block_starts, start) - 1
            block = prose_blocks[at][1] if at >= 0 else 0
            inside = _window(cues, cue_starts, tok_start, tok_end)
            kinds = frozenset(map(_KIND, inside))
            kinds = interned.setdefault(kinds, kinds)
            clauses = _clauses(norms, tok_start, tok_end, _window(mentions, mention_starts, tok_start, tok_end),
                               inside, kinds, _window(joints, joints, tok_start, tok_end))
            out.append(Sentence(index0 + len(out), start, end, tok0 + tok_start, tok0 + tok_end,
                                _shifted(Clause, clauses, tok0, 0, 1), block, prose[start:end], kinds))
        return out

    def _negation(self, sentences, cues) -> list[tuple[int, int]]:
        """NegEx scope: from each negation cue to the end of its clause. Scopes in one clause
        all end there, so the clause's scope runs from the earliest end of its cues (each
        token is marked once, however many cues a clause holds)."""
        starts = [s.tok_start for s in sentences]
        scopes: dict[Clause, int] = {}  # clause -> where its scope starts
        for cue in cues:
            if cue.kind != "negation":
                continue
            sentence = _containing(sentences, starts, cue.tok_start)
            if sentence is None:
                continue
            at = bisect.bisect_right(sentence.clauses, cue.tok_start, key=_TOK_START) - 1
            clause = sentence.clauses[at]  # clauses tile their sentence
            scopes[clause] = min(cue.tok_end, scopes.get(clause, cue.tok_end))
        return [(start, clause.tok_end) for clause, start in scopes.items()]


# spaCy's tokenizer peels prefixes and suffixes off a whitespace-free chunk one at a time,
# copying the rest each time: quadratic in the chunk's length (32 KB of "(" took 85 s). Longer
# chunks are tokenised in pieces of this many characters: nothing in prose is that long.
MAX_CHUNK = 1000
_LONG_CHUNK = re.compile(r"(?<!\S)\S{%d}" % MAX_CHUNK)  # fixed, and tried only where a chunk starts
_CHUNK_END = re.compile(r"\s|\Z")


def tokenize(nlp, text: str, max_chunk: int = MAX_CHUNK) -> Doc:
    """nlp.make_doc(text), except that whitespace-free chunks longer than max_chunk are
    tokenised in pieces of at most max_chunk characters. Offsets stay exact, and text with no
    such chunk gets the tokenizer's own tokens."""
    long = _LONG_CHUNK if max_chunk == MAX_CHUNK else re.compile(r"(?<!\S)\S{%d}" % max_chunk)
    found = long.search(text)
    if found is None:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []

    def add(piece: str) -> None:
        doc = nlp.make_doc(piece)
        words.extend(t.text for t in doc)
        spaces.extend(bool(t.whitespace_) for t in doc)

    at = 0
    while found is not None:
        start = found.start()
        end = _CHUNK_END.search(text, start).start()
        if at < start:
            add(text[at:start])  # ends in whitespace, as the chunk starts after it
        for cut in range(start, end, max_chunk):
            add(text[cut:min(cut + max_chunk, end)])
        at = end
        if text.startswith(" ", end):  # the tokenizer gives one following space to the token before
            spaces[-1] = True
            at += 1
        found = long.search(text, at)
    if at < len(text):
        add(text[at:])
    return Doc(nlp.vocab, words=words, spaces=spaces)


def parse_targets(document: Document, sentences, mentions, kinds: frozenset[str]) -> list[tuple[int, int, int]]:
    """The sentences that can carry a claim (a cue of `kinds`), as (index, tok_start, tok_end) in
    order: those the trained parser is given."""
    return sorted(set(_claim_sentences(sentences, mentions, kinds) + _list_items(document, sentences, kinds)))


# Cue kinds that bring a subject into a sentence that names no pack entry: "it", "this drug";
# "antidepressants", "SRIs" (whose claims must not be taken for the pack drug's); "its effects",
# "each infusion" (a time course of the treatment in discussion).
_SUBJECT_CUES = frozenset({"anaphora", "comparator", "treatment-reference"})


def _claim_sentences(sentences, mentions, kinds: frozenset[str]) -> list[tuple[int, int, int]]:
    """Sentences that can carry a claim, as (index, tok_start, tok_end): a cue of `kinds`, and a
    pack mention or a subject cue; or a cue that reports an experience ("<effect> is a common
    complaint", "many people notice <effect>") right after a sentence that was about a treatment
    (a pack mention or a subject cue), or after such reports that follow one, whose effects they
    go on to name; or a time cue with an effect noun right after a sentence about a treatment
    ("This improvement stayed stable over a year"); or a side-effect cue anywhere ("Side
    effects include …"); or a study cue with a design word ("That 2017 study, a large
    placebo-controlled trial, …"). (Bounds, not
    Sentence tuples: a long draft has a hundred thousand, each with its text.)"""
    out = []
    before_about = False  # the sentences before name a pack term or a treatment, then its effects
    for s in sentences:
        about = (not _SUBJECT_CUES.isdisjoint(s.cue_kinds) or bool(mentions.starting_in(s.tok_start, s.tok_end))
                 or ("form" in s.cue_kinds and any(k.startswith("route-") for k in s.cue_kinds)))
        cues = kinds & s.cue_kinds
        if cues and _drugs_enough(cues, mentions, s) and (
                about or (before_about and _CONTEXT_CUES & s.cue_kinds) or _OWN_CUES & cues or _designed(cues, s)
                or (before_about and _LINKED_CUES & s.cue_kinds and _TIME_CUES & cues)):
            out.append((s.index, s.tok_start, s.tok_end))
        before_about = about or (before_about and bool(_CONTEXT_CUES & s.cue_kinds))
    return out


# Cue kinds whose sentence needs no subject of its own: it continues the one before.
_CONTEXT_CUES = frozenset({"side-effect-report"})
# An effect as a time sentence's subject ("This improvement stayed stable over a year") is the
# effect of the treatment the sentence before was about.
_LINKED_CUES = frozenset({"effect-noun", "effect-verb"})
_TIME_CUES = frozenset({"onset", "duration", "lasting", "not-lasting", "time-unit"})
# Cue kinds that make a claim wherever they stand ("Side effects include …" under a drug's
# heading): only the parse tells a listed effect from an adjective or a clause after the cue.
_OWN_CUES = frozenset({"side-effect"})
# A study mention that names a design ("That 2017 study, a large placebo-controlled trial, …"):
# only the parse tells whose design it is and what its year dates, drug named or not.
_STUDY_CUE, _DESIGN_PREFIX = "study", "design-"


def _designed(cues: frozenset[str], s) -> bool:
    return _STUDY_CUE in cues and any(k.startswith(_DESIGN_PREFIX) for k in s.cue_kinds)


# Cue kinds that carry a claim only beside a drug's name: a form ("the spray") is said to be a
# drug only where the drug is named; "during the infusion" alone asserts nothing about one.
_DRUG_CUES = frozenset({"form"})
# Cue kinds that carry a claim only in a sentence naming two drugs: "<brand> is <another drug>".
_TWO_DRUG_CUES = frozenset({"identity-copula"})


def _drugs_enough(cues: frozenset[str], mentions, s) -> bool:
    """Whether the sentence names the drugs its cues need: none for most, one for a form, two
    (by any names: "<brand> is <its drug>") for a bare copula."""
    if not cues <= _DRUG_CUES | _TWO_DRUG_CUES:
        return True
    drugs = mentions.starting_in(s.tok_start, s.tok_end, ("drug",))
    return len(drugs) >= (2 if cues <= _TWO_DRUG_CUES else 1)


def _list_items(document: Document, sentences, kinds: frozenset[str]) -> list[tuple[int, int, int]]:
    """The items of a list introduced by a sentence ending in a colon that holds a cue of `kinds`
    ("Side effects can include:"): they are that claim's arguments, and only the parse tells a
    noun phrase from an adjective or a clause fragment."""
    out = []
    intro = False
    for s in sentences:
        if document.blocks[s.block].in_list:
            if intro:
                out.append((s.index, s.tok_start, s.tok_end))
        else:
            intro = s.text.rstrip().endswith(":") and not kinds.isdisjoint(s.cue_kinds)
    return out


OTHER, FINAL, OPENER = 0, 1, 2  # a token's part in the sentencizer's rule

BATCH_CHARS = 1 << 16  # about how much prose goes through spaCy at once
KEPT_WORDS = 20_000  # words met before a batch's new words leave with its memory zone (at most ~12 MB)
_MEMO_SIZE = 1 << 16  # entries a memo of the pipeline keeps between drafts


def batches(prose: str, block_starts: list[int], size: int = BATCH_CHARS) -> Iterator[tuple[int, int]]:
    """[start, end) ranges of the prose, of at least `size` characters but the last, cut only
    where a block's prose starts with a non-space after whitespace: there the tokenizer cuts
    (a whitespace run ends), no phrase match crosses (the block separator is a token of its
    own) and a sentence starts, so a batch's tokens, matches and sentences are the whole
    prose's. `block_starts`: each prose block's start, in order."""
    start, at = 0, 0
    while len(prose) - start > size:
        at = bisect.bisect_left(block_starts, start + size, at)
        while at < len(block_starts) and not (prose[block_starts[at] - 1].isspace()
                                              and not prose[block_starts[at]].isspace()):
            at += 1
        if at == len(block_starts):
            break
        yield start, block_starts[at]
        start = block_starts[at]
    yield start, len(prose)


class _Parts:
    """What annotate collects, batch by batch, in compact columns."""

    def __init__(self, prose: str, block_starts: list[int]):
        self.block_starts = block_starts
        self.role = OTHER  # the last FINAL or OPENER role so far, for the sentencizer's rule
        self.interned: dict[str, str] = {}  # mention and cue texts
        self.norms: list[str] = []
        self.texts: list[str] = []
        self.starts = array(OFFSET)
        self.spaces = bytearray()
        self.is_word = bytearray()
        self.negation = bytearray()
        self.url_like: list[int] = []
        self.mentions = Spans(Mention, "label")
        self.cues = Spans(Cue, "kind")
        self.sentences = Sentences(Sentence, Clause, prose)


def sentence_role(final: bool, punct: bool) -> int:
    """FINAL: its text is one of the sentencizer's characters; OPENER: neither that nor
    punctuation, so it may start a sentence; OTHER: punctuation, or whitespace."""
    return FINAL if final else OTHER if punct else OPENER


def sentence_starts(roles, before: int = OTHER) -> list[int]:
    """spaCy's Sentencizer rule over a whole column of roles: a sentence starts at the first
    token, and at an OPENER when the last FINAL or OPENER token before it was FINAL. `before`:
    the role of that last token when the column continues another."""
    import numpy as np

    if not roles:
        return []
    roles_ = np.array(roles, dtype=np.int8)
    events = np.flatnonzero(roles_)
    kinds = roles_[events]
    previous = np.concatenate(([before], kinds[:-1])).astype(np.int8)
    return [0] + [i for i in events[(previous == FINAL) & (kinds == OPENER)].tolist() if i]


_SUBJECT_WORDS = {"it", "its", "they", "their", "this", "these", "those", "he", "she", "we", "you", "i",
                  "doctors", "people", "patients", "clinicians", "researchers", "scientists"}
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "may", "might", "can", "could",
                "will", "would", "should", "shows", "show", "appears", "seems", "remains", "does", "do"}


_JOINTS = frozenset({"and", "or", "but", ","})  # the only words the token rules below look at
_CLAUSE_CUES = frozenset({"clause-break", "subordinator", "relative"})


def _clauses(norms: list[str], tok_start: int, tok_end: int, mentions, cues, kinds: frozenset[str],
             joints) -> tuple[Clause, ...]:
    """Split a sentence at clause breaks; subordinate and relative clauses end at a comma.
    `kinds`: the kinds of the sentence's cues; `joints`: its tokens whose norm is in _JOINTS."""
    if not joints and kinds.isdisjoint(_CLAUSE_CUES):
        return (tuple.__new__(Clause, (tok_start, tok_end)),)  # most sentences: nothing could split them
    in_negation = {i for c in cues if c.kind == "negation" for i in range(c.tok_start, c.tok_end)}
    drug_starts = {m.tok_start for m in mentions if m.label == "drug"}
    commas = [j for j in joints if norms[j] == ","]

    def next_comma(i: int) -> int | None:
        at = bisect.bisect_left(commas, i)
        return commas[at] if at < len(commas) else None

    breaks = set()
    for cue in cues:
        if cue.kind == "clause-break" and cue.tok_start > tok_start:
            if cue.tok_start in in_negation:
                continue  # "has yet to" is a negation, not a break
            if norms[cue.tok_start - 1] in ("not", "n't", "has", "have", "had") and norms[cue.tok_start].isalpha():
                continue  # "not yet", "has yet to": one phrase (a ";" after "not" still ends the clause)
            breaks.add(cue.tok_start)
        if cue.kind in ("subordinator", "relative"):
            breaks.add(cue.tok_start)
            comma = next_comma(cue.tok_end)
            if comma is not None:
                breaks.add(comma + 1)
    for i in joints:
        if i >= tok_end - 1:
            break
        word, nxt = norms[i], norms[i + 1]
        if word in ("and", "or", "but") and nxt in _AUXILIARIES:
            breaks.add(i)  # a second verb phrase: "… and is being studied for <condition>"
            continue
        if word != ",":
            continue
        if nxt in ("and", "or", "but") and not drug_starts.isdisjoint(range(i + 2, i + 5)):
            breaks.add(i + 1)
        elif nxt == "and" and i + 2 < tok_end and norms[i + 2] in _SUBJECT_WORDS:
            breaks.add(i + 1)  # ", and its use …": a new clause with its own subject
        elif nxt in ("a", "an"):  # an appositive: "<drug>, an approved <use>, …"
            breaks.add(i + 1)
            comma = next_comma(i + 1)
            if comma is not None:
                breaks.add(comma + 1)
    bounds = [tok_start] + sorted(b for b in breaks if tok_start < b < tok_end) + [tok_end]
    return tuple(_build(Clause, bounds, bounds[1:]))  # strictly increasing: no empty clause


@functools.lru_cache(maxsize=1)
def _english():
    """spacy.blank("en") with en dash ranges and non-breaking hyphens split as infixes. A
    subclass, so the tokenizer is built once (setting infixes later rebuilds every special case)."""
    from spacy.lang.en import English

    class HealthDefaults(English.Defaults):
        infixes = list(English.Defaults.infixes) + [r"(?<=[0-9A-Za-z])[\u2010-\u2015\u2212](?=[0-9A-Za-z])"]

    class HealthEnglish(English):
        Defaults = HealthDefaults

    return HealthEnglish


@functools.lru_cache(maxsize=16)
def pipeline(knowledge: Knowledge) -> Pipeline:
    return Pipeline(knowledge)
