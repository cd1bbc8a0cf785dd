"""The annotate stage's pipeline: one spaCy pass over a Document's prose, then the trained parse.

The pipeline is `spacy.blank("en")` (with two more infixes) and a sentencizer, whose rule
is applied over whole token columns; PhraseMatchers built from the packs find drugs,
conditions and terms; the vocabulary's NORM getter folds case, dashes, curly quotes and
British spellings, once per distinct word rather than once per token. Cue words (approval,
negation, hedges…) come from `rules/language.yaml` through a PhraseMatcher (matchers.py). Clauses
and NegEx-style negation scopes are computed here (sentences.py) so every later stage shares them.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import sys
from array import array
from dataclasses import dataclass
from types import MappingProxyType

from linter.document import Document
from linter.grammar import parse
from linter.nlp import Annotation, Clause, Cue, Mention, Sentence, shifted
from linter.nlp.matchers import Matchers
from linter.nlp.reuse import Reuse
from linter.nlp.sentences import batch_sentences, negation_scopes
from linter.nlp.targets import parse_targets
from linter.nlp.tokens import OTHER, batches, english, sentence_role, sentence_starts, tokenize
from linter.packs import Knowledge
from linter.spans import OFFSET, Sentences, Spans
from linter.words import norm

BATCH_CHARS = 1 << 16  # about how much prose goes through spaCy at once
KEPT_WORDS = 20_000  # words met before a batch's new words leave with its memory zone (at most ~12 MB)


class Pipeline:
    """The spaCy pipeline for a set of packs. Build once; reuse for every file."""

    def __init__(self, knowledge: Knowledge):
        from spacy.attrs import NORM

        self.knowledge = knowledge
        nlp = english()()
        nlp.max_length = 1 << 31  # no parser or NER here, so long drafts cost memory linearly
        nlp.vocab.lex_attr_getters[NORM] = norm
        for lexeme in nlp.vocab:
            lexeme.norm_ = norm(lexeme.orth_)
        nlp.add_pipe("sentencizer")
        self.nlp = nlp
        self.final = nlp.get_pipe("sentencizer").punct_chars  # what ends a sentence
        self.matchers = Matchers(nlp, knowledge)

    def annotate(self, document: Document, parse_kinds: frozenset[str] = frozenset(),
                 model: str | None = None, last: Annotation | None = None) -> Annotation:
        """Both passes. The blank one: the draft's prose in batches of whole blocks (see
        `batches`), each through spaCy inside a memory zone, so neither a long draft's Doc nor
        the new words of many drafts pile up; the result is what one pass over the whole prose
        gives. Then the trained parser over the sentences that hold a cue of `parse_kinds`
        (those a claim can come from). `last` (the language server): this pipeline's annotation
        of the draft before an edit; the blocks the edit left alone at its start and end are
        copied from it (see `Reuse`), and only those between go through spaCy."""
        prose_blocks = [(b.prose_start, i) for i, b in enumerate(document.blocks) if b.has_prose]
        parts = _Parts(document.prose, [start for start, _ in prose_blocks])
        reuse = Reuse.of(last, document, prose_blocks) if last is not None else None
        start, stop = (reuse.start, reuse.stop) if reuse else (0, len(document.prose))
        if reuse:
            reuse.copy(parts, 0, reuse.old_tokens[0], 0, 0)
        if stop > start or not reuse:
            for begin, end in batches(document.prose, parts.block_starts, BATCH_CHARS, start, stop):
                # The first KEPT_WORDS words a process meets stay, with the tokenizer's cache of
                # them, so a corpus's common words are tokenised once a run, not once a draft.
                # (len(vocab) counts every word ever added, dropped ones too.)
                kept = len(self.nlp.vocab) < KEPT_WORDS
                with contextlib.nullcontext() if kept else self.nlp.memory_zone():
                    self._batch(document, prose_blocks, begin, end, parts)
        if reuse:
            reuse.copy(parts, reuse.old_tokens[1], len(last.norms), len(document.prose) - len(last.document.prose),
                       len(document.blocks) - len(last.document.blocks))
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
        prose = document.prose
        doc = tokenize(self.nlp, prose[start:end])  # the tokenizer; the sentencizer's rule follows
        tokens = _tokens(doc, start, self.final)
        tok0 = len(parts.norms)
        sent_starts = _sentence_starts(tokens, parts, start, end, document)
        parts.role = next((r for r in reversed(tokens.roles) if r != OTHER), parts.role)
        mentions = self.matchers.mentions(doc, prose, tokens.starts, tokens.ends)
        cues = self.matchers.cues(doc, mentions, prose, tokens.starts, tokens.ends)
        sentences = batch_sentences(parts.kinds, document, prose_blocks, sent_starts, mentions, cues,
                                    tokens.norms, tokens.starts, tokens.ends, tok0, len(parts.sentences))
        # The batch's token indices become the draft's.
        mentions, cues = shifted(mentions, tok0), shifted(cues, tok0)
        parts.negation.extend(bytes(len(doc)))
        for scope_start, scope_end in negation_scopes(sentences, cues):
            parts.negation[scope_start:scope_end] = b"\x01" * (scope_end - scope_start)
        parts.norms.extend(tokens.norms)
        parts.texts.extend(tokens.texts)
        parts.starts.extend(tokens.starts)
        parts.spaces.extend(tokens.spaces)
        parts.is_word.extend(tokens.is_word)
        parts.url_like.extend(tok0 + i for i in tokens.url_like)
        parts.mentions.extend(mentions)
        parts.cues.extend(cues)
        for sentence in sentences:
            parts.sentences.append(sentence)


@dataclass(frozen=True)
class _Tokens:
    """A batch's tokens, as columns. Texts and norms are interned: a long draft has millions of
    tokens but few distinct words, each then one string object."""

    texts: list[str]
    norms: list[str]  # matching forms
    starts: list[int]  # prose offsets
    ends: list[int]
    spaces: bytes  # 1: followed by whitespace
    is_word: bytes  # 1: neither punctuation nor whitespace
    url_like: list[int]  # the tokens that look like a URL or an e-mail address
    roles: list[int]  # each token's part in the sentencizer's rule


def _tokens(doc, start: int, final) -> _Tokens:
    """The columns of a batch's Doc, whose text starts at prose offset `start`; `final`: the
    characters that end a sentence."""
    texts = [sys.intern(token.text) for token in doc]
    starts = [start + token.idx for token in doc]
    return _Tokens(texts=texts,
                   norms=[sys.intern(token.norm_) for token in doc],
                   starts=starts,
                   ends=[offset + len(text) for offset, text in zip(starts, texts)],
                   spaces=bytes(bool(token.whitespace_) for token in doc),
                   is_word=bytes(not (token.is_punct or token.is_space) for token in doc),
                   url_like=[token.i for token in doc if token.like_url or token.like_email],
                   roles=[sentence_role(token.text in final, token.is_punct) for token in doc])


def _sentence_starts(tokens: _Tokens, parts: _Parts, start: int, end: int, document: Document) -> list[int]:
    """Where the sentences of the batch prose[start:end] start, in order: where the sentencizer's
    rule says (carried over from the batch before), at every block, and at a line of a paragraph
    that opens with a bracketed stamp ("[13/03, 19:40] Graham: …", a chat export's or a
    transcript's lines, which often end without a full stop). (The Doc is not annotated:
    setting is_sent_start re-scans the whole Doc each time.)"""
    starts = set(sentence_starts(tokens.roles, parts.role))
    starts.add(0)  # the draft's first token, or a block's
    prose, text = document.prose, document.text
    at = prose.find(_STAMP, start, end)
    while at >= 0:
        line_start = document.file_offset(at)
        i = bisect.bisect_left(tokens.starts, at)
        if line_start > 0 and text[line_start - 1] == "\n" and i < len(tokens.starts) and tokens.starts[i] == at:
            starts.add(i)
        at = prose.find(_STAMP, at + 1, end)
    blocks_in = parts.block_starts[bisect.bisect_left(parts.block_starts, start):
                                   bisect.bisect_left(parts.block_starts, end)]
    for block_start in blocks_in:
        i = bisect.bisect_left(tokens.starts, block_start)
        if i < len(tokens.starts) and tokens.starts[i] == block_start:
            starts.add(i)
    return sorted(starts)


_STAMP = "["


class _Parts:
    """What annotate collects, batch by batch, in compact columns."""

    def __init__(self, prose: str, block_starts: list[int]):
        self.block_starts = block_starts
        self.role = OTHER  # the last FINAL or OPENER role so far, for the sentencizer's rule
        self.kinds: dict[frozenset, frozenset] = {}  # one object for each set of cue kinds sentences hold
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


@functools.lru_cache(maxsize=16)
def pipeline(knowledge: Knowledge) -> Pipeline:
    return Pipeline(knowledge)
