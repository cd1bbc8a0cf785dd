"""Mentions and cues: the packs' names (drugs, conditions, uses, terms) and the language cues
of `rules/language.yaml` as PhraseMatchers over the blank pipeline's vocabulary, and what they
find in a batch's Doc."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from linter.nlp import Cue, Mention
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


def _span(prose: str, starts, ends, tok_start: int, tok_end: int) -> tuple[int, int, str]:
    """Prose offsets and text of the tokens [tok_start, tok_end). Equal texts are one object
    (interned): a draft repeats the same few cues and names, each kept in a column."""
    start, end = starts[tok_start], ends[tok_end - 1]
    return start, end, sys.intern(prose[start:end])


def _longest_first(match: tuple[int, int, int]) -> tuple[int, int]:
    """Sort key of a PhraseMatcher match (id, start, end): longest first, then leftmost."""
    return match[1] - match[2], match[1]


_SCOPED_CUES = frozenset({"negation", "clause-break"})  # not taken inside a drug's or condition's name


def _covered(spans) -> set[int]:
    """The tokens inside one of the spans (items with tok_start and tok_end)."""
    return {i for span in spans for i in range(span.tok_start, span.tok_end)}


class Matchers:
    """The PhraseMatchers for a set of packs, over one pipeline's vocabulary."""

    def __init__(self, nlp, knowledge: Knowledge):
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.nlp, self.knowledge = nlp, knowledge
        # Mentions: two PhraseMatchers, folded spellings and exact-case acronyms ("GAD", not "gad").
        # (An EntityRuler would run acronyms through the token Matcher, many times slower.)
        self.names = PhraseMatcher(nlp.vocab, attr="NORM")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns = self._entity_patterns()
        self._entity_keys = {nlp.vocab.strings.add(key): tuple(key.split("|", 1)) for key in patterns}
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

    def mentions(self, doc: Doc, prose: str, starts, ends) -> tuple[Mention, ...]:
        """The pack mentions in a batch's Doc, in order. Longest match wins; of equal length, the
        first."""
        taken: set[int] = set()
        chosen = []
        for key, tok_start, tok_end in sorted(self.names(doc) + self.acronyms(doc), key=_longest_first):
            if taken.isdisjoint(range(tok_start, tok_end)):
                taken.update(range(tok_start, tok_end))
                chosen.append((tok_start, tok_end, *self._entity_keys[key]))
        mentions = []
        for tok_start, tok_end, label, ent_id in sorted(chosen):
            start, end, text = _span(prose, starts, ends, tok_start, tok_end)
            mentions.append(Mention(label, ent_id, start, end, tok_start, tok_end, text))
        return tuple(mentions)

    def cues(self, doc: Doc, mentions, prose: str, starts, ends) -> tuple[Cue, ...]:
        """The cues in a batch's Doc, in order; a negation or clause break inside a name is none."""
        strings = self.nlp.vocab.strings
        cues = [Cue(sys.intern(strings[key]), tok_start, tok_end, *_span(prose, starts, ends, tok_start, tok_end))
                for key, tok_start, tok_end in self.cue_matcher(doc)]
        kinds = {cue.kind for cue in cues}
        if mentions and not _SCOPED_CUES.isdisjoint(kinds):
            # "<condition> that has not responded…" is a name, not a negation
            named = _covered(mentions)
            cues = [c for c in cues if c.kind not in _SCOPED_CUES or named.isdisjoint(range(c.tok_start, c.tok_end))]
        if "pseudo-negation" in kinds:
            pseudo = _covered(c for c in cues if c.kind == "pseudo-negation")
            cues = [c for c in cues if not (c.kind == "negation" and c.tok_start in pseudo)]
        return tuple(sorted(cues, key=lambda cue: (cue.tok_start, cue.tok_end, cue.kind)))
