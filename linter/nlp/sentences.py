"""A batch's sentences: their bounds, blocks, cue kinds and clauses, as Sentence records; and
the NegEx-style negation scopes, which run from a negation cue to the end of its clause."""

from __future__ import annotations

import bisect

from linter.document import Document
from linter.nlp import TWO_NAMES, Clause, Sentence, shifted

def _window(items, starts: list[int], tok_start: int, tok_end: int) -> list:
    """Items (sorted by token) that start in [tok_start, tok_end)."""
    return items[bisect.bisect_left(starts, tok_start):bisect.bisect_left(starts, tok_end)]


def _containing(sentences, starts: list[int], tok: int) -> Sentence | None:
    """The sentence (of those starting at `starts`) that holds a token, if any."""
    at = bisect.bisect_right(starts, tok) - 1
    return sentences[at] if at >= 0 and tok < sentences[at].tok_end else None


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
        return (Clause(tok_start, tok_end),)  # most sentences: nothing could split them
    in_negation = {i for c in cues if c.kind == "negation" for i in range(c.tok_start, c.tok_end)}
    drug_starts = {m.tok_start for m in mentions if m.label == "drug"}
    commas = [j for j in joints if norms[j] == ","]

    def next_comma(i: int) -> int | None:
        at = bisect.bisect_left(commas, i)
        return commas[at] if at < len(commas) else None

    breaks = set()
    for cue in cues:
        if cue.tok_start > tok_start and norms[cue.tok_start - 1] == "a":
            continue  # "for a while", "after a while": a noun, no clause
        if (cue.kind == "clause-break" and cue.tok_start > tok_start and cue.tok_end < tok_end
                and norms[cue.tok_start - 1] == "," and norms[cue.tok_end] == ","):
            continue  # "<x>, however, is …": an aside between commas, the clause goes on
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
    return tuple(Clause(a, b) for a, b in zip(bounds, bounds[1:]))  # strictly increasing: no empty clause


def _two_names(mentions) -> bool:
    spelled: dict[str, str] = {}
    for m in mentions:
        if m.label == "drug" and spelled.setdefault(m.id, m.text.lower()) != m.text.lower():
            return True
    return False


def batch_sentences(interned: dict, document: Document, prose_blocks, sent_starts, mentions, cues, norms,
                    starts, ends, tok0: int = 0, index0: int = 0) -> list[Sentence]:
    """The sentences of a batch, whose first token is the draft's token `tok0` and whose
    first sentence is the draft's sentence `index0`. `interned`: one object for each set of cue
    kinds sentences hold."""
    cue_starts = [c.tok_start for c in cues]
    mention_starts = [m.tok_start for m in mentions]
    joints = [i for i, word in enumerate(norms) if word in _JOINTS]
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
        named = _window(mentions, mention_starts, tok_start, tok_end)
        kinds = frozenset(cue.kind for cue in inside) | ({TWO_NAMES} if _two_names(named) else set())
        kinds = interned.setdefault(kinds, kinds)
        clauses = _clauses(norms, tok_start, tok_end, named, inside, kinds, _window(joints, joints, tok_start, tok_end))
        out.append(Sentence(index0 + len(out), start, end, tok0 + tok_start, tok0 + tok_end,
                            shifted(clauses, tok0), block, prose[start:end], kinds))
    return out


def negation_scopes(sentences, cues) -> list[tuple[int, int]]:
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
        at = bisect.bisect_right(sentence.clauses, cue.tok_start, key=lambda clause: clause.tok_start) - 1
        clause = sentence.clauses[at]  # clauses tile their sentence
        scopes[clause] = min(cue.tok_end, scopes.get(clause, cue.tok_end))
    return [(start, clause.tok_end) for clause, start in scopes.items()]

