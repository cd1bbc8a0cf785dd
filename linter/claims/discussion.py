"""The drug in discussion: the one "it", "the drug", a subjectless side-effect sentence or a
drugless table row speaks of, carried from sentence to sentence.

A drug named in passing does not take the discussion over: one compared with ("unlike <X>",
"different from <X>", "<X>, by contrast, …", "as <X> does", "than the weeks a typical <X> needs"), named as what another is a form
of, or set in parentheses ("its mirror image (<X>)", or a whole paragraph in parentheses, an
aside: "(<X>, by comparison, needs weeks.)"). A page that says "Unlike <X>,
which takes weeks, …" and then "It works within hours" goes on about its own drug."""

from __future__ import annotations

from collections import Counter

from linter.claims.frames import is_question, is_reference
from linter.nlp import Annotation, Mention

# Words right after a drug that set it beside the drug in discussion: "<X>, by contrast, …",
# "as <X> does". (English function words; the comparison words before a drug are the
# language pack's `reference` cues.)
_CONTRAST_AFTER = (",", "by", "contrast")
_AS_DOES = ("does", "do", "did")
# Words that set what follows them beside the drug in discussion, and how far back they reach.
_COMPARING = frozenset({"than", "unlike", "versus", "vs", "vs.", "instead", "rather"})
_COMPARE_REACH = 12  # words: "instead of the two-to-six-week wait you get with <X>"
# Words that open a clause set against the sentence's main one, when a sentence names two drugs.
_CONTRASTING = frozenset({"where", "whereas", "while", "whilst", "although", "though"})
_PHRASE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "!", "?", "\u2014", "but", "while", "whereas"})


def discussed(ann: Annotation) -> list[str | None]:
    """Sentence index -> the drug in discussion before that sentence. A section (from a heading
    on, and the page's start) begins with the page's main drug; its heading's drug, the drug a
    sentence names as its topic, then takes over, sentence by sentence. A question heading (an
    FAQ's "Is the approval limited?") goes on with the answer before it."""
    named = last_named(ann)
    main = main_drug(ann, named)
    blocks = ann.document.blocks
    out: list[str | None] = []
    drug, section = main, None
    for sentence in ann.sentences:
        block = blocks[sentence.block]
        if block.kind == "heading" and sentence.block != section:
            section = sentence.block
            if not is_question(ann, sentence):
                drug = main
        out.append(drug)
        drug = named.get(sentence.index, drug)
    return out


def main_drug(ann: Annotation, named: dict[int, str | None]) -> str | None:
    """The page's drug: the one its first heading names as its topic, else the one its sentences
    name as their topic most often (ties: the first named)."""
    blocks = ann.document.blocks
    for sentence in ann.sentences:
        if blocks[sentence.block].kind == "heading":
            if named.get(sentence.index):
                return named[sentence.index]
            break
    counts = Counter(drug for drug in named.values() if drug)
    return max(counts, key=counts.__getitem__) if counts else None  # max keeps the first of equals


def last_named(ann: Annotation) -> dict[int, str | None]:
    """Sentence index -> the drug in discussion once that sentence is read: the one it names as a
    topic; None when it names two ("<drug A> is related to <drug B>. It is approved …": which one
    "it" is, only the writer knows), unless a contrast says which (see `_contrasted`). Sentences
    naming none, only in passing, or in an aside in parentheses are left out."""
    topics: dict[int, list[Mention]] = {}
    for index, mention in ann.drug_sentences():
        if not in_passing(ann, mention) and not _aside(ann, ann.sentences[index]):
            topics.setdefault(index, []).append(mention)
    out: dict[int, str | None] = {}
    for index, mentions in topics.items():
        ids = {m.id for m in mentions}
        if len(ids) > 1:
            # "Where <X> may take weeks, <Y> acts within hours": the fronted contrast's drug is
            # set beside the main clause's; "<X> takes weeks, whereas <Y> acts within hours": the
            # trailing contrast's drug is the one the sentence turns to
            start = ann.sentences[index].tok_start
            sides = {m.id: _contrasted(ann.norms, m.tok_start, start) for m in mentions}
            ids = ({i for i, side in sides.items() if side == _TRAILING}
                   or {i for i, side in sides.items() if side != _FRONTED} or ids)
        out[index] = ids.pop() if len(ids) == 1 else None
    return out


def in_passing(ann: Annotation, mention: Mention) -> bool:
    """Named only beside the drug in discussion, not as the sentence's topic."""
    if is_reference(ann, mention):
        return True
    norms, start, end = ann.norms, mention.tok_start, mention.tok_end
    if tuple(_words(norms, end, len(_CONTRAST_AFTER))) == _CONTRAST_AFTER:
        return True
    if start > 0 and norms[start - 1] == "as" and next(_words(norms, end, 1), None) in _AS_DOES:
        return True
    return _in_parentheses(norms, start) or _compared_with(norms, start)


def _aside(ann: Annotation, sentence) -> bool:
    """Whether the sentence, or its paragraph, is wholly in parentheses."""
    block = ann.document.blocks[sentence.block]
    return any(_parenthesised(text) for text in (
        sentence.text, ann.document.prose[block.prose_start:block.prose_end] if block.kind == "paragraph" else ""))


def _parenthesised(text: str) -> bool:
    text = text.strip().rstrip(".")
    return text.startswith("(") and text.endswith(")")


def _words(norms, tok: int, n: int):
    """The next n tokens from tok that are not whitespace."""
    while n and tok < len(norms):
        if norms[tok].strip():
            yield norms[tok]
            n -= 1
        tok += 1


def _compared_with(norms, tok: int) -> bool:
    """A comparison word shortly before tok in the same phrase (no punctuation between): "far
    sooner than the two to six weeks a typical <X> can take" compares with <X>, deep in its phrase
    (hyphens, as in "two-to-six-week", are not counted as words)."""
    words, before = 0, tok - 1
    while before >= 0 and words < _COMPARE_REACH:
        if norms[before] in _COMPARING:
            return True
        if norms[before] in _PHRASE_BREAKS:
            return False
        words += norms[before] != "-"
        before -= 1
    return False


_FRONTED, _TRAILING = "fronted", "trailing"


def _contrasted(norms, tok: int, start: int) -> str | None:
    """Whether a contrasting subordinator stands shortly before tok in the same phrase: _FRONTED
    when it opens the sentence or what follows its colon ("Whereas an <X> …, …"), _TRAILING after
    a comma ("…, whereas <Y> …"); None without one."""
    for before in range(tok - 1, max(start - 1, tok - _COMPARE_REACH), -1):
        if norms[before] in _CONTRASTING:
            if before == start or norms[before - 1] in (":", ";", "\u2014"):
                return _FRONTED
            return _TRAILING if norms[before - 1] == "," else None
        if norms[before] in _PHRASE_BREAKS and norms[before] not in _CONTRASTING:
            return None
    return None


def _in_parentheses(norms, tok: int) -> bool:
    """An open parenthesis shortly before tok, not closed before it (a look-back of a few tokens:
    "(a related drug, <X>)", not a scan of the sentence)."""
    for before in range(tok - 1, max(-1, tok - 6), -1):
        if norms[before] == ")":
            return False
        if norms[before] == "(":
            return True
    return False
