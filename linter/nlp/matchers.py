"""Mentions and cues: the packs' names (drugs, conditions, uses, terms) and the language cues
of `rules/language.yaml` as PhraseMatchers over the blank pipeline's vocabulary, and what they
find in a batch's Doc."""

from __future__ import annotations

import operator
import re
from typing import TYPE_CHECKING

from linter.nlp import Cue, Mention, _build
from linter.packs import Knowledge, all_entries, requirement_cues

if TYPE_CHECKING:  # spaCy is imported when a pipeline is built, so a cached run never loads it
    from spacy.tokens import Doc


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


def _spans(prose: str, starts, ends, tok_starts, tok_ends, interned: dict) -> tuple[list, list, list]:
    """Prose offsets and texts of token spans, as three columns (start, end, text). Equal
    texts are one object (`interned`: text -> itself): a draft repeats the same few cues."""
    firsts = list(map(starts.__getitem__, tok_starts))
    lasts = list(map(ends.__getitem__, map((-1).__add__, tok_ends)))
    texts = list(map(prose.__getitem__, map(slice, firsts, lasts)))
    return firsts, lasts, list(map(interned.setdefault, texts, texts))


def _longest_first(match: tuple[int, int, int]) -> tuple[int, int]:
    """Sort key of a PhraseMatcher match (id, start, end): longest first, then leftmost."""
    return match[1] - match[2], match[1]


_START = operator.itemgetter(1)
_CUE_ORDER = operator.attrgetter("tok_start", "tok_end", "kind")
_SCOPED_CUES = frozenset({"negation", "clause-break"})  # not taken inside a drug's or condition's name


def _covered(length: int, spans) -> bytearray:
    """1 at every token inside one of the spans (items with tok_start and tok_end)."""
    marks = bytearray(length)
    for span in spans:
        marks[span.tok_start:span.tok_end] = b"\x01" * (span.tok_end - span.tok_start)
    return marks


class Matchers:
    """The PhraseMatchers for a set of packs, over one pipeline's vocabulary. `string`: the
    vocabulary's string of an id (a cue's kind)."""

    def __init__(self, nlp, knowledge: Knowledge, string):
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.nlp, self.knowledge, self._string = nlp, knowledge, string
        # Mentions: two PhraseMatchers, folded spellings and exact-case acronyms ("GAD", not "gad").
        # (An EntityRuler would run acronyms through the token Matcher, many times slower.)
        self.names = PhraseMatcher(nlp.vocab, attr="NORM")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
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

    def mentions(self, doc: Doc, prose: str, starts, ends, interned: dict) -> tuple[Mention, ...]:
        """The pack mentions in a batch's Doc. Longest match wins; of equal length, the first."""
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

    def cues(self, doc: Doc, mentions, prose: str, starts, ends, interned: dict) -> tuple[Cue, ...]:
        """The cues in a batch's Doc, in order; a negation or clause break inside a name is none."""
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
