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
import itertools
import operator
from array import array
from types import MappingProxyType

from linter.document import Document
from linter.grammar import parse
from linter.nlp import Annotation, Clause, Cue, Mention, Sentence, _shifted
from linter.nlp.matchers import Matchers
from linter.nlp.sentences import batch_sentences, negation_scopes
from linter.nlp.targets import parse_targets
from linter.nlp.tokens import OTHER, batches, english, sentence_role, sentence_starts, tokenize
from linter.packs import Knowledge
from linter.spans import OFFSET, Sentences, Spans
from linter.words import norm

BATCH_CHARS = 1 << 16  # about how much prose goes through spaCy at once
KEPT_WORDS = 20_000  # words met before a batch's new words leave with its memory zone (at most ~12 MB)
_MEMO_SIZE = 1 << 16  # entries a memo of the pipeline keeps between drafts


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

        self.knowledge = knowledge
        nlp = english()()
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
        self.matchers = Matchers(nlp, knowledge, self._string)

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
        mentions = self.matchers.mentions(doc, prose, starts, ends, parts.interned)
        cues = self.matchers.cues(doc, mentions, prose, starts, ends, parts.interned)
        sentences = batch_sentences(self._kinds, document, prose_blocks, sorted(sent_starts), mentions, cues,
                                    norms, starts, ends, tok0, len(parts.sentences))
        # The batch's token indices become the draft's.
        mentions, cues = _shifted(Mention, mentions, tok0, 4, 5), _shifted(Cue, cues, tok0, 1, 2)
        parts.negation.extend(bytes(n))
        for scope_start, scope_end in negation_scopes(sentences, cues):
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


@functools.lru_cache(maxsize=16)
def pipeline(knowledge: Knowledge) -> Pipeline:
    return Pipeline(knowledge)
