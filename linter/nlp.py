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
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from types import MappingProxyType

from typing import TYPE_CHECKING, Iterator, Mapping, NamedTuple

from linter.document import Document
from linter.packs import Knowledge, all_entries, requirement_cues

if TYPE_CHECKING:  # spaCy is imported when a pipeline is built, so a cached run never loads it
    from spacy.tokens import Doc

    from linter.grammar import Parse

_FOLD = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
})
# British to American spellings, one word at a time; both the draft and the
# pack pass through the same folds, so a fold only has to be consistent.
_BRITISH = [
    (re.compile(r"(?<=[a-z])ae"), "e"),                       # anaesthetic, haematology
    (re.compile(r"^oe(?=[dsn])"), "e"),                       # oedema, oestrogen
    (re.compile(r"(?<=[a-z])oea(?=$|s$|l$)"), "ea"),          # diarrhoea
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),  # generalised
    (re.compile(r"(?<=[a-z]{2})ys(e|ed|es|ing)$"), r"yz\1"),  # analyse
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing)?$"), r"or\1"),   # behaviour (not hour, four)
    (re.compile(r"(?<=[a-z]{3})tre(s)?$"), r"ter\1"),         # centre, litre
    (re.compile(r"(?<=[a-z]{3})ogue(s)?$"), r"og\1"),         # dialogue
    (re.compile(r"(?<=[a-z]{3})ence$"), "ense"),              # licence, defence
]


@functools.lru_cache(maxsize=1 << 16)
def norm(word: str) -> str:
    """The matching form of one token."""
    w = word.lower().translate(_FOLD)
    if len(w) > 4 and w.isalpha():
        for pattern, repl in _BRITISH:
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


def positions(seq, value) -> Iterator[int]:
    """Indices where a sequence holds a value, found by C-level scans (for a rare value,
    far cheaper than testing every item)."""
    at = -1
    try:
        while True:
            at = seq.index(value, at + 1)
            yield at
    except ValueError:
        return


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
    document: Document
    doc: Doc
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    cues: tuple[Cue, ...]
    negated: frozenset[int]  # token indices inside a negation scope
    # Per-token data as plain tuples: reading them builds no spaCy Token objects.
    norms: tuple[str, ...] = ()  # matching form
    texts: tuple[str, ...] = ()
    starts: tuple[int, ...] = ()  # prose offset
    spaces: tuple[bool, ...] = ()  # followed by whitespace
    url_like: frozenset[int] = frozenset()  # looks like a URL or an e-mail address
    is_word: tuple[bool, ...] = ()  # neither punctuation nor whitespace
    # The trained pipeline's parse of each sentence that can carry a claim, by sentence index.
    parses: Mapping[int, "Parse"] = field(default_factory=lambda: MappingProxyType({}))

    def mentions_in(self, tok_start: int, tok_end: int, *labels: str) -> list:
        """Mentions starting in [tok_start, tok_end), of the given labels (any, if none given)."""
        return _lookup(self._mentions_by, _LABEL, labels, tok_start, tok_end)

    def cues_in(self, tok_start: int, tok_end: int, *kinds: str) -> list:
        """Cues starting in [tok_start, tok_end), of the given kinds (any, if none given)."""
        return _lookup(self._cues_by, _KIND, kinds, tok_start, tok_end)

    @functools.cached_property
    def _mentions_by(self) -> dict:
        return _index(self.mentions, _LABEL)

    @functools.cached_property
    def _cues_by(self) -> dict:
        return _index(self.cues, _KIND)

    def is_negated(self, tok_start: int, tok_end: int | None = None) -> bool:
        return any(i in self.negated for i in range(tok_start, tok_end or tok_start + 1))

    @functools.cached_property
    def drug_sentences(self) -> list[tuple[Sentence, Mention]]:
        """Every drug mention inside a sentence, with that sentence, in order."""
        pairs = [(self.sentence_of(m.tok_start), m) for m in self.mentions_in(0, len(self.norms), "drug")]
        return [(sentence, m) for sentence, m in pairs if sentence is not None]

    def sentence_of(self, tok: int) -> Sentence | None:
        """The sentence holding a token (None for whitespace between sentences)."""
        return _containing(self.sentences, self._sentence_starts, tok)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.tok_start for s in self.sentences]

    def token_at(self, char: int) -> int:
        """Index of the token that covers (or last starts before) a prose offset."""
        starts = self.starts
        return max(0, bisect.bisect_right(starts, char) - 1)



def _spans(prose: str, starts, ends, tok_starts, tok_ends) -> tuple[list, list, list]:
    """Prose offsets and texts of token spans, as three columns (start, end, text)."""
    firsts = list(map(starts.__getitem__, tok_starts))
    lasts = list(map(ends.__getitem__, map((-1).__add__, tok_ends)))
    return firsts, lasts, list(map(prose.__getitem__, map(slice, firsts, lasts)))


def _build(cls, *columns) -> list:
    """Named tuples from columns of fields, built at C level (a NamedTuple has no __init__ to run)."""
    return list(map(tuple.__new__, itertools.repeat(cls), zip(*columns)))


def _longest_first(match: tuple[int, int, int]) -> tuple[int, int]:
    """Sort key of a PhraseMatcher match (id, start, end): longest first, then leftmost."""
    return match[1] - match[2], match[1]


_START = operator.itemgetter(1)
_CUE_ORDER = operator.attrgetter("tok_start", "tok_end", "kind")
_SCOPED_CUES = frozenset({"negation", "clause-break"})  # not taken inside a drug's or condition's name


_bisect_left = bisect.bisect_left


def _window(items, starts: list[int], tok_start: int, tok_end: int) -> list:
    """Items (sorted by token) that start in [tok_start, tok_end)."""
    return items[bisect.bisect_left(starts, tok_start):bisect.bisect_left(starts, tok_end)]


def _index(items, key) -> dict:
    """Items by key (and all of them under ""), each as (token starts, items) sorted by token."""
    groups: dict[str, list] = {"": list(items)}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return {k: ([i.tok_start for i in v], v) for k, v in groups.items()}


_LABEL = operator.attrgetter("label")
_KIND = operator.attrgetter("kind")


def _lookup(index: dict, key, wanted: tuple[str, ...], tok_start: int, tok_end: int) -> list:
    """Items of an _index starting in [tok_start, tok_end) whose key is wanted (any, if none is)."""
    if len(wanted) == 1:  # most lookups (thousands a draft): one slice of one group, inlined
        group = index.get(wanted[0])
        if group is None:
            return []
        starts, items = group
        return items[_bisect_left(starts, tok_start):_bisect_left(starts, tok_end)]
    starts, items = index[""]
    found = _window(items, starts, tok_start, tok_end)
    return [i for i in found if key(i) in wanted] if wanted else found


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
        from spacy.attrs import NORM
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.knowledge = knowledge
        nlp = _english()()
        nlp.max_length = 1 << 31  # no parser or NER here, so long drafts cost memory linearly
        nlp.vocab.lex_attr_getters[NORM] = norm
        for lexeme in nlp.vocab:
            lexeme.norm_ = norm(lexeme.orth_)
        nlp.add_pipe("sentencizer")
        self.nlp = nlp
        # Mentions: two PhraseMatchers, folded spellings and exact-case acronyms ("GAD", not "gad").
        # (An EntityRuler would run acronyms through the token Matcher, many times slower.)
        self.names = PhraseMatcher(nlp.vocab, attr="NORM")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        vocab = nlp.vocab
        self._string = _Memo(vocab.strings.__getitem__).__getitem__
        # What annotate needs of each distinct word, once: its text, whether it is a word, whether
        # it looks like a URL or e-mail address, and its part in the sentencizer's rule (applied
        # over whole columns, as the component reads every token through a Token object).
        final = nlp.get_pipe("sentencizer").punct_chars

        def lexeme(orth: int) -> tuple[str, bool, bool, int]:
            lex = vocab[orth]
            return (lex.orth_, not (lex.is_punct or lex.is_space), lex.like_url or lex.like_email,
                    sentence_role(lex.orth_ in final, lex.is_punct))

        self._lexeme = _Memo(lexeme).__getitem__
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

    def _mentions(self, doc: Doc, prose: str, starts, ends) -> tuple[Mention, ...]:
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
        firsts, lasts, texts = _spans(prose, starts, ends, tok_starts, tok_ends)
        return tuple(_build(Mention, labels, ent_ids, firsts, lasts, tok_starts, tok_ends, texts))

    def annotate(self, document: Document, parse_kinds: frozenset[str] = frozenset(),
                 model: str | None = None) -> Annotation:
        """Both passes: the blank one over the whole draft, then the trained parser over the
        sentences holding a cue of `parse_kinds` (those a claim can come from)."""
        from spacy.attrs import IDX, NORM, ORTH, SPACY

        doc = self.nlp.make_doc(document.prose)  # the tokenizer; the sentencizer's rule follows
        # Whole columns at once with numpy and C-level maps: no per-token Python frames.
        table = doc.to_array([ORTH, NORM, IDX, SPACY]).reshape(len(doc), 4).T
        texts, is_word, url_flags, roles = zip(*map(self._lexeme, table[0].tolist())) if len(doc) else ((),) * 4
        norms = tuple(map(self._string, table[1].tolist()))
        starts = tuple(table[2].tolist())
        ends = tuple(map(operator.add, starts, map(len, texts)))
        spaces = tuple(table[3].astype(bool).tolist())
        url_like = frozenset(itertools.compress(range(len(texts)), url_flags))
        # Sentences start where the sentencizer's rule says and at every block; the Doc is
        # not annotated (setting is_sent_start re-scans the whole Doc each time).
        sent_starts = set(sentence_starts(roles))
        sent_starts.add(0)
        for block in document.blocks:
            if block.has_prose:
                i = bisect.bisect_left(starts, block.prose_start)
                if i < len(starts) and starts[i] == block.prose_start:
                    sent_starts.add(i)
        mentions = self._mentions(doc, document.prose, starts, ends)
        cues = self._cues(doc, mentions, document.prose, starts, ends)
        sentences = self._sentences(document, sorted(sent_starts), mentions, cues, norms, starts, ends)
        negated = self._negation(sentences, cues)
        parses = {}
        if parse_kinds:
            from linter.grammar import parse

            chosen = _claim_sentences(sentences, mentions, parse_kinds) + _list_items(document, sentences, parse_kinds)
            parses = parse(texts, spaces, sorted(set(chosen)), model)
        return Annotation(document, doc, sentences, mentions, cues, frozenset(negated), norms, texts, starts,
                          spaces, url_like, is_word, MappingProxyType(parses))

    def _cues(self, doc: Doc, mentions, prose: str, starts, ends) -> tuple[Cue, ...]:
        matches = self.cue_matcher(doc)
        if not matches:
            return ()
        ids, tok_starts, tok_ends = zip(*matches)
        kinds = tuple(map(self._string, ids))
        cues = _build(Cue, kinds, tok_starts, tok_ends, *_spans(prose, starts, ends, tok_starts, tok_ends))
        if mentions and not _SCOPED_CUES.isdisjoint(kinds):
            # "<condition> that has not responded…" is a name, not a negation
            named = bytearray(len(doc))
            for m in mentions:
                named[m.tok_start:m.tok_end] = b"\x01" * (m.tok_end - m.tok_start)
            cues = [c for c in cues if c.kind not in _SCOPED_CUES or not any(named[c.tok_start:c.tok_end])]
        if "pseudo-negation" in kinds:
            pseudo = [c for c in cues if c.kind == "pseudo-negation"]
            cues = [c for c in cues if not (c.kind == "negation" and any(
                p.tok_start <= c.tok_start < p.tok_end for p in pseudo))]
        return tuple(sorted(cues, key=_CUE_ORDER))

    def _sentences(self, document: Document, sent_starts, mentions, cues, norms, starts,
                   ends) -> tuple[Sentence, ...]:
        cue_starts = [c.tok_start for c in cues]
        mention_starts = [m.tok_start for m in mentions]
        joints = sorted(i for word in _JOINTS for i in positions(norms, word))
        prose_blocks = [(b.prose_start, i) for i, b in enumerate(document.blocks) if b.has_prose]
        block_starts = [start for start, _ in prose_blocks]
        prose = document.prose
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
            clauses = _clauses(norms, tok_start, tok_end, _window(mentions, mention_starts, tok_start, tok_end),
                               inside, kinds, _window(joints, joints, tok_start, tok_end))
            out.append(Sentence(len(out), start, end, tok_start, tok_end, clauses, block, prose[start:end], kinds))
        return tuple(out)

    def _negation(self, sentences, cues) -> set[int]:
        """NegEx scope: from each negation cue to the end of its clause."""
        starts = [s.tok_start for s in sentences]
        negated: set[int] = set()
        for cue in cues:
            if cue.kind != "negation":
                continue
            sentence = _containing(sentences, starts, cue.tok_start)
            if sentence is None:
                continue
            clause = next((c for c in sentence.clauses if c.tok_start <= cue.tok_start < c.tok_end), None)
            if clause is not None:
                negated.update(range(cue.tok_end, clause.tok_end))
        return negated


# Cue kinds that bring a subject into a sentence that names no pack entry: "it", "this drug";
# "antidepressants", "SRIs" (whose claims must not be taken for the pack drug's); "its effects",
# "each infusion" (a time course of the treatment in discussion).
_SUBJECT_CUES = frozenset({"anaphora", "comparator", "treatment-reference"})


def _claim_sentences(sentences, mentions, kinds: frozenset[str]) -> list[Sentence]:
    """Sentences that can carry a claim: a cue of `kinds`, and a pack mention or a subject cue."""
    mention_starts = [m.tok_start for m in mentions]
    return [s for s in sentences if not kinds.isdisjoint(s.cue_kinds) and (
        not _SUBJECT_CUES.isdisjoint(s.cue_kinds) or _window(mentions, mention_starts, s.tok_start, s.tok_end))]


def _list_items(document: Document, sentences, kinds: frozenset[str]) -> list[Sentence]:
    """The items of a list introduced by a sentence ending in a colon that holds a cue of `kinds`
    ("Side effects can include:"): they are that claim's arguments, and only the parse tells a
    noun phrase from an adjective or a clause fragment."""
    out = []
    intro = False
    for s in sentences:
        if document.blocks[s.block].in_list:
            if intro:
                out.append(s)
        else:
            intro = s.text.rstrip().endswith(":") and not kinds.isdisjoint(s.cue_kinds)
    return out


OTHER, FINAL, OPENER = 0, 1, 2  # a token's part in the sentencizer's rule


def sentence_role(final: bool, punct: bool) -> int:
    """FINAL: its text is one of the sentencizer's characters; OPENER: neither that nor
    punctuation, so it may start a sentence; OTHER: punctuation, or whitespace."""
    return FINAL if final else OTHER if punct else OPENER


def sentence_starts(roles) -> list[int]:
    """spaCy's Sentencizer rule over a whole column of roles: a sentence starts at the first
    token, and at an OPENER when the last FINAL or OPENER token before it was FINAL."""
    import numpy as np

    if not roles:
        return []
    roles_ = np.array(roles, dtype=np.int8)
    events = np.flatnonzero(roles_)
    kinds = roles_[events]
    return [0] + events[1:][(kinds[:-1] == FINAL) & (kinds[1:] == OPENER)].tolist()


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
    negation_spans = [(c.tok_start, c.tok_end) for c in cues if c.kind == "negation"]
    drug_starts = {m.tok_start for m in mentions if m.label == "drug"}

    def next_comma(i: int) -> int | None:
        return next((j for j in range(i, tok_end) if norms[j] == ","), None)

    breaks = set()
    for cue in cues:
        if cue.kind == "clause-break" and cue.tok_start > tok_start:
            if any(s <= cue.tok_start < e for s, e in negation_spans):
                continue  # "has yet to" is a negation, not a break
            if norms[cue.tok_start - 1] in ("not", "n't", "has", "have", "had"):
                continue
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
        if nxt in ("and", "or", "but") and any(i + 2 <= d <= i + 4 for d in drug_starts):
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
