"""Side-effect claims: the effects a sentence (or the list it introduces) names,
and "no side effects" claims."""

from __future__ import annotations

import re

from linter.claims.base import Claim, Item
from linter.claims.frames import Frame, topic
from linter.nlp import Annotation, Sentence

_SPLIT = re.compile(r",|;|\band/or\b|\band\b|\bor\b|\bas well as\b|\bplus\b", re.I)
_CUT = re.compile(r"\s(?:which|that|who|in rare cases|in some cases|especially|particularly)\b|[(:\u2014]| - ", re.I)
_FILLER = {"", "more", "others", "other effects", "etc", "and more", "many more", "other", "so on", "these", "those",
           "they", "this", "that", "it", "which", "what", "such", "all", "both", "many", "several", "there"}
_CAUSE = {"have", "has", "had", "cause", "causes", "caused", "produce", "produces", "carry", "carries",
          "bring", "brings", "come", "comes"}


TRIGGERS = frozenset({"side-effect", "no-side-effects"})  # cue kinds a claim needs


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    out = []
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "no-side-effects"):
        subject = topic(frames, cue.tok_start, last_drug)
        out.append(Claim("no-side-effects", subject, cue.start, cue.end, sentence.index,
                         negated=ann.is_negated(cue.tok_start), cue=cue.text))
    if out:
        return out
    if ann.document.blocks[sentence.block].kind == "heading":
        return out  # a title names a topic; it lists nothing
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "side-effect"):
        subject = topic(frames, cue.tok_start, last_drug)
        if ann.is_negated(cue.tok_start):
            # "<drug> does not cause side effects" is a no-side-effects claim
            verbs = set(ann.norms[max(sentence.tok_start, cue.tok_start - 3):cue.tok_start])
            if verbs & _CAUSE:
                out.append(Claim("no-side-effects", subject, cue.start, cue.end, sentence.index, cue=cue.text))
            continue
        items = _items(ann, sentence, cue.tok_end) or _items_before(ann, sentence, cue.tok_start)
        if items:
            out.append(Claim("side-effects", subject, cue.start, cue.end, sentence.index, items=tuple(items)))
        break
    return out


_STRONG_OPENERS = ("includ", "such as", "like", ":", "compris", "involv", "range")
_LINKS = {"are", "is", "were", "remain", "remains", "be"}
_BEFORE_CUE = {"common", "possible", "known", "rare", "frequent", "typical", "usual", "reported", "other", "serious",
               "mild", "the", "most", "some", "potential", "main", "of", "its"}


def _items_before(ann: Annotation, sentence: Sentence, cue_tok: int) -> list[Item]:
    """Effects named before the cue: "Nausea and dizziness are common side effects"."""
    i = cue_tok - 1
    while i >= sentence.tok_start and ann.norms[i] in _BEFORE_CUE:
        i -= 1
    if i < sentence.tok_start or ann.norms[i] not in _LINKS:
        return []
    prose = ann.document.prose
    head_start = ann.starts[sentence.tok_start]
    return _split(prose, head_start, prose[head_start:ann.starts[i]])


def _items(ann: Annotation, sentence: Sentence, after_tok: int) -> list[Item]:
    """The effects listed after the opener: "include", "such as", ":" before "are" or "can be"
    ("side effects are rare and include nausea" lists nausea, not "rare")."""
    openers = ann.cues_in(after_tok, sentence.tok_end, "list-opener")
    strong = [c for c in openers if c.text.lower().startswith(_STRONG_OPENERS)]
    opener = (strong or openers or [None])[0]
    if opener is None:
        return []
    prose = ann.document.prose
    tail_start = opener.end
    tail = prose[tail_start:sentence.end]
    if not tail.strip(" .:"):
        return list_items(ann, sentence)
    items = _split(prose, tail_start, tail.rstrip(".!"))
    if opener.text == ":" and len(items) < 2:
        return []  # "Side effects: what to expect" is a label, not a list
    return items


def _split(prose: str, start: int, text: str) -> list[Item]:
    """The items of "A, B and C", where `text` begins at prose offset `start`."""
    items = []
    offset = start
    for piece in _SPLIT.split(text):
        at = prose.index(piece, offset) if piece else offset
        offset = at + len(piece)
        item = _item(piece, at)
        if item is not None:
            items.append(item)
    return items


def list_items(ann: Annotation, sentence: Sentence) -> list[Item]:
    """The items of the list right after a sentence ending in a colon."""
    blocks = ann.document.blocks
    prose = ann.document.prose
    items = []
    i = sentence.block + 1
    while i < len(blocks) and blocks[i].kind in ("list", "html"):
        i += 1
    while i < len(blocks) and (blocks[i].in_list or blocks[i].kind == "list"):
        block = blocks[i]
        if block.has_prose:
            item = _item(prose[block.prose_start:block.prose_end], block.prose_start)
            if item:
                items.append(item)
        i += 1
    return items


def _item(piece: str, at: int) -> Item | None:
    cut = _CUT.search(piece)
    text = piece[:cut.start()] if cut else piece
    stripped = text.strip(" .,;:!\n\t")
    if stripped.lower() in _FILLER:
        return None
    start = at + text.index(stripped) if stripped else at
    return Item(stripped, start, start + len(stripped))
