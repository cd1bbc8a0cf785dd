"""Side-effect claims: the effects a sentence (or the list it introduces) names,
and "no side effects" claims."""

from __future__ import annotations

import dataclasses
import re

from linter.claims.base import Claim, Item
from linter.claims.frames import Frame, covered, frame_at, named_drugs, quoted, topic
from linter.nlp import Annotation, Sentence
from linter.words import norm

_SPLIT = re.compile(r",|;|\band/or\b|\band\b|\bor\b|\bas well as\b|\bplus\b", re.I)
# Where an item's name ends: a relative or subordinate clause ("rare when …", "as it wears off"),
# a phrase of time ("after a session"), a source ("according to …"), a gloss in parentheses, a dash.
_CUT = re.compile(r"\s(?:which|that|who|when|whenever|if|once|unless|in rare cases|in some cases|especially"
                  r"|mainly|mostly|chiefly|largely"
                  r"|according to|particularly|after|during|following|while|for)\b|(?<!such)\sas\b|[(:\u2014]| - ", re.I)
_FILLER = {"", "more", "others", "other effects", "etc", "and more", "many more", "other", "so on", "these", "those",
           "they", "this", "that", "it", "which", "what", "such", "all", "both", "many", "several", "there"}
_CAUSE = {"have", "has", "had", "cause", "causes", "caused", "produce", "produces", "carry", "carries",
          "bring", "brings", "come", "comes"}


TRIGGERS = frozenset({"side-effect", "no-side-effects", "side-effect-report", "side-effect-cause",
                      "side-effect-frequency", "symptom", "vital-sign", "effect-domain-verb",
                      "side-effect-loose", "body-part", "effect-state", "effect-own"})
# The cue kinds of a lead-in that gives its list's items itself ("Side effects include:"); a domain
# ("Other effects on the list:", "effects on the body") or a report word names none.
_GIVES_ITEMS = TRIGGERS - {"side-effect-report", "effect-domain-verb", "body-part", "vital-sign", "effect-own"}
# Tags of a phrase head that can name an effect: a noun ("nausea"), or a gerund ("vomiting").
_NOUNS = ("NN", "VBG")
# Cue kinds of nouns a sentence can report that are not effects: benefits, studies, treatments.
_NOT_EFFECTS = ("effect-noun", "study", "design-trial", "design-retrospective", "treatment", "side-effect",
                "symptom-noun", "not-effect", "treatment-reference",
                "time-unit",  # "most of us get a good few days": a span of relief, not an effect
                "form")  # "some patients get tablets that dissolve under the tongue": a form of the drug
_APPROVAL_NOUNS = ("approval", "approval-regulated")  # "it got the nod / the go-ahead from the FDA"


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    found = _claims(ann, sentence, frames, last_drug)
    partial = ann.cues_in(sentence.tok_start, sentence.tok_end, "effect-partial")
    if partial:
        # "does not cause <effect> in everyone", "won't leave you <effect> for long": some, or
        # briefly, is no denial; "for more than an hour" in another clause ("…; if you're
        # muddled for more than an hour, …") narrows nothing of it
        found = [c for c in found if c.kind != "denied-effects" or not _narrowed(ann, sentence, c, partial)]
    return found


def _narrowed(ann: Annotation, sentence: Sentence, claim: Claim, partial) -> bool:
    """Whether an `effect-partial` cue stands in a clause the claim's words reach."""
    first, last = ann.token_at(claim.start), ann.token_at(max(claim.start, claim.end - 1))
    reach = [c for c in sentence.clauses if c.tok_start <= last and first < c.tok_end] or sentence.clauses
    start, end = reach[0].tok_start, reach[-1].tok_end
    return any(start <= cue.tok_start < end for cue in partial)


def _claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    if last_drug is None and ann.document.blocks[sentence.block].kind == "cell":
        last_drug = _table_topic(ann, sentence)
    out = []
    parse = ann.parses.get(sentence.index)
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "no-side-effects"):
        # A denial is the drug's when the parse makes the drug (or "it") the subject of the cue's
        # clause, outside quotation marks ('Myth: "<drug> has no side effects."'); it may be the
        # drug's when a treatment word stands before it in a draft about the drug ("Our method
        # has no side effect at all": not proven, a warning); else it has no subject, and no
        # check holds it to the source.
        owned = _owned(ann, parse, cue, sentence)
        treated = not owned and _treatment_before(ann, sentence, cue)
        subject = topic(frames, cue.tok_start, last_drug) if owned or treated else None
        out.append(Claim("no-side-effects", subject, cue.start, cue.end, sentence.index,
                         negated=ann.is_negated(cue.tok_start), cue=cue.text,
                         grounded=False if treated else None))
    if out:
        return out
    if ann.document.blocks[sentence.block].kind == "heading":
        return out  # a title names a topic; it lists nothing
    out = _denied_among(ann, sentence, frames, last_drug)
    if out:
        return out
    cues = [c for c in ann.cues_in(sentence.tok_start, sentence.tok_end, "side-effect")
            if not _modifier(ann, parse, c, sentence) and not _topic_only(ann, c)]
    if not cues:
        return _without_cue(ann, sentence, parse, frames, last_drug)
    for cue in cues:
        subject = topic(frames, cue.tok_start, last_drug)
        if ann.is_negated(cue.tok_start):
            # "<drug> does not cause side effects" is a no-side-effects claim; "… does not cause
            # the side effects that <other drugs> cause" or "… sexual side effects" denies some only.
            verbs = set(ann.norms[max(sentence.tok_start, cue.tok_start - 3):cue.tok_start])
            if verbs & _CAUSE and _unrestricted(ann, parse, cue):
                owner = subject if _owned(ann, parse, cue, sentence) else None
                out.append(Claim("no-side-effects", owner, cue.start, cue.end, sentence.index, cue=cue.text))
            continue
        items = (_items(ann, sentence, cue.tok_end) or _items_before(ann, sentence, cue.tok_start)
                 or _items_next(ann, sentence) or _apposed(ann, parse, cue))
        items = [item for item in items if _names_effect(ann, item)]
        if not items and sentence.text.rstrip().endswith(":"):
            # "Side effects people mention (most are mild):" - the "are" opened no list; the colon does
            items = [item for item in list_items(ann, sentence) if _names_effect(ann, item)]
        if items:
            out.append(Claim("side-effects", subject, cue.start, cue.end, sentence.index, items=tuple(items)))
        break
    # Another clause may name an effect its own way ("Reported adverse effects include <x>;
    # <drug> also produces <y>"): its effects, where the list did not name them already.
    listed = [i for c in out for i in c.items]
    for claim in _in_prose(ann, sentence, parse, frames, last_drug):
        items = tuple(i for i in claim.items if not any(i.start < j.end and j.start < i.end for j in listed))
        if items and claim.kind == "side-effects":
            out.append(dataclasses.replace(claim, items=items, start=items[0].start, end=items[-1].end))
    return out


_ABOUT = frozenset({"about", "regarding", "concerning"})
_OPENING = frozenset({":", "such", "like", "including", "("})


def _topic_only(ann: Annotation, cue) -> bool:
    """"People keep asking me about side effects, so …": a topic, opening no list of its own."""
    after = ann.norms[cue.tok_end] if cue.tok_end < len(ann.norms) else ""
    return ann.norms[cue.tok_start - 1] in _ABOUT and after not in _OPENING


def _without_cue(ann: Annotation, sentence: Sentence, parse, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """A sentence with no side-effect word: the first reading that finds a claim, and the effects
    a later one finds in other words of the same sentence ("<drug> raised blood pressure and
    caused nausea": a rise and a cause)."""
    readings = (lambda: _in_effects_table(ann, sentence, last_drug),
                lambda: _in_prose(ann, sentence, parse, frames, last_drug),
                lambda: _none_there(ann, sentence, parse, frames, last_drug),
                lambda: _listed_under(ann, sentence, last_drug),
                lambda: _in_unlabelled_list(ann, sentence, last_drug),
                lambda: _loosely(ann, sentence, frames, last_drug),
                lambda: _symptoms(ann, sentence, parse, frames, last_drug),
                lambda: _domains(ann, sentence, parse, frames, last_drug),
                lambda: _acting_on_body(ann, sentence, frames, last_drug))
    out: list[Claim] = []
    for reading in readings:
        if out and any(c.kind != "side-effects" for c in out):
            break  # a denial read first: the sentence is not also read as naming effects
        for claim in reading():
            if out and claim.kind != "side-effects":
                continue
            seen = [i for c in out for i in c.items]
            items = tuple(i for i in claim.items if not any(i.start < j.end and j.start < i.end for j in seen))
            if items:
                out.append(dataclasses.replace(claim, items=items, start=items[0].start, end=items[-1].end)
                           if items != claim.items else claim)
    return out


def _none_there(ann: Annotation, sentence: Sentence, parse, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """"There are no <effect>s (with <drug>)", "at these doses there is no <effect> and no <effect>":
    the symptoms said not to be there, denied of the drug in discussion. Read from an existential,
    which ties no effect to the drug for sure: a warning at most."""
    if parse is None or not _continues_treatment(ann, sentence):
        return []
    heads = []
    for be in (parse.head(t) for t in range(sentence.tok_start, sentence.tok_end) if parse.dep(t) == "expl"):
        for h in parse.children(be, "attr", "nsubj", "dobj"):
            heads += [x for x in (h, *_conjuncts(ann, parse, h)) if any(
                ann.norms[d] == "no" for d in parse.children(x, "det"))]
    items = [item for item in (_effect(ann, parse, h, False, True) for h in heads) if item and _is_symptom(ann, item)]
    if not items:
        return []
    return [Claim("denied-effects", topic(frames, ann.token_at(items[0].start), last_drug), items[0].start,
                  items[-1].end, sentence.index, items=tuple(items), grounded=False)]


_STRONG_OPENERS = ("includ", "such as", "like", ":", "compris", "involv", "range")
_LINKS = {"are", "is", "was", "were", "remain", "remains", "be"}
_BEFORE_CUE = {"common", "possible", "known", "rare", "frequent", "typical", "usual", "reported", "other", "serious",
               "mild", "the", "most", "some", "potential", "main", "of", "its", "a", "an", "another", "one",
               "among", "unwanted", "well-known", "recognised", "recognized", "fact", "in"}  # "is in fact a …"


def _denied_among(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """"<effect> is not among its effects", "<effect> is not a side effect of <drug>": the effects
    before a negated side-effect word denied. Read from the words, so a warning at most."""
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "side-effect", "effect-own"):
        if not _not_between(ann, sentence, cue.tok_start) or quoted(ann, sentence, cue.tok_start, cue.tok_end):
            continue  # "feeling not in control is among its effects": the "not" is the effect's
        items = [i for i in _items_before(ann, sentence, cue.tok_start, denied=True) if _names_effect(ann, i)]
        if items:
            return [Claim("denied-effects", topic(frames, cue.tok_start, last_drug), items[0].start, items[-1].end,
                          sentence.index, items=tuple(items), grounded=False)]
    return []


_OWNING = frozenset({"'s", "\u2019s", "-"})  # "<drug>'s best-known": a possessive, a compound's hyphen


def _not_between(ann: Annotation, sentence: Sentence, cue_tok: int) -> bool:
    """Whether a "not" stands between the link verb and the cue ("is not among its effects")."""
    i = cue_tok - 1
    while i >= sentence.tok_start and ann.norms[i] not in _LINKS:
        if ann.norms[i] in _NOT:
            return True
        if ann.norms[i] not in _BEFORE_CUE and ann.norms[i] not in _OWNING and not ann.mentions_in(i, i + 1, "drug"):
            return False  # (on across "one of <drug>'s side effects")
        i -= 1
    return False


def _items_before(ann: Annotation, sentence: Sentence, cue_tok: int, stop: int | None = None,
                  denied: bool = False) -> list[Item]:
    """Effects named before the cue: "Nausea and dizziness are common side effects" (up to the
    token `stop` when given: "<effect> after <drug> is common"; across a "not" when `denied`:
    "<effect> is not among its effects")."""
    parse = ann.parses.get(sentence.index)
    i = cue_tok - 1
    while i >= sentence.tok_start and (ann.norms[i] in _BEFORE_CUE or (denied and ann.norms[i] in _NOT) or (
            parse is not None and i in parse and parse.tag(i)[:2] in ("RB", "JJ") and ann.norms[i] not in _NOT)
            or ann.norms[i] in _OWNING or ann.mentions_in(i, i + 1, "drug")):
        i -= 1  # "is clearly among the side effects", "is one of <drug>'s best-known side effects"
    if i < sentence.tok_start or ann.norms[i] not in _LINKS:
        return []
    prose = ann.document.prose
    first = _subject_start(ann, parse, sentence, i)
    if stop is not None and first >= stop:
        first = _subject_start(ann, None, sentence, i)  # the parse took the drug after "after" for the subject
    head_start, end = ann.starts[first], ann.starts[i if stop is None else min(i, stop)]
    return _split(prose, head_start, prose[head_start:end])


def _subject_start(ann: Annotation, parse, sentence: Sentence, link: int) -> int:
    """Where the subject of the link verb begins: its subtree in the parse; else after a line
    label ("Myth: <effect> is …") and after the comma of a fronted phrase the parse tags as a
    preposition or adverb ("Today, <effect> is …", "In the United States, <x> and <y> are …")."""
    if parse is not None and link in parse:
        # its own subject ("…, because <effect> is not a side effect"), else its head's
        subjects = parse.subjects(link) or (parse.subjects(parse.head(link)) if parse.dep(link) != "ROOT" else [])
        if subjects:
            return parse.subtree(subjects[0])[0]
    colons = [j for j in range(sentence.tok_start, link) if ann.norms[j] == ":"]
    first = colons[-1] + 1 if colons else sentence.tok_start
    while first < link and not ann.is_word[first]:
        first += 1
    commas = [j for j in range(first, link) if ann.norms[j] == ","]
    if commas and parse is not None and first in parse and parse.tag(first) in ("IN", "RB"):
        return commas[0] + 1
    return first


_NOT = frozenset({"not", "never", "n't"})
_POINTERS = frozenset({"these", "they", "those"})


def _items_next(ann: Annotation, sentence: Sentence) -> list[Item]:
    """The list the next sentence opens when it only points back: "<drug> has a few side
    effects. These include:" and the list below."""
    if sentence.index + 1 >= len(ann.sentences):
        return []
    following = ann.sentences[sentence.index + 1]
    words = [ann.norms[i] for i in range(following.tok_start, following.tok_end) if ann.is_word[i]]
    if (following.block != sentence.block or not following.text.rstrip().endswith(":")
            or not words or words[0] not in _POINTERS or len(words) > 3):
        return []
    if words[1:] != ["are"] and not any(w.startswith(("includ", "compris", "involv")) for w in words[1:]):
        return []  # "These are our opening hours:" lists something else
    return list_items(ann, following)


def _items(ann: Annotation, sentence: Sentence, after_tok: int) -> list[Item]:
    """The effects listed after the opener: "include", "such as", ":" before "are" or "can be"
    ("side effects are rare and include nausea" lists nausea, not "rare"), or in brackets right
    after the side-effect word ("its side effects (<x>, <y> and <z>) are …")."""
    bracketed = _bracketed(ann, sentence, after_tok)
    if len(bracketed) > 1:  # one piece is an aside ("side effects (see below)"), not a list
        return bracketed
    openers = ann.cues_in(after_tok, sentence.tok_end, "list-opener")
    strong = [c for c in openers if c.text.lower().startswith(_STRONG_OPENERS)]
    opener = (strong or openers or [None])[0]
    if opener is None:
        # "Common side effects (from the megathread):" - the tokeniser keeps "):" whole, but a
        # sentence ending in a colon still introduces the list after it
        return list_items(ann, sentence) if sentence.text.rstrip().endswith(":") else []
    prose = ann.document.prose
    tail_start = opener.end
    tail = prose[tail_start:sentence.end]
    if not tail.strip(" .:"):
        return list_items(ann, sentence)
    items = _joined(ann, _split(prose, tail_start, tail.rstrip(".!")))
    if opener.text == ":" and len(items) < 2:
        return []  # "Side effects: what to expect" is a label, not a list
    return items


def _bracketed(ann: Annotation, sentence: Sentence, open_tok: int) -> list[Item]:
    """The pieces of a bracket that opens at `open_tok`."""
    if open_tok >= sentence.tok_end or ann.texts[open_tok] != "(":
        return []
    close = next((i for i in range(open_tok + 1, sentence.tok_end) if ann.texts[i] == ")"), None)
    if close is None:
        return []
    prose, start, end = ann.document.prose, ann.starts[open_tok + 1], ann.starts[close]
    return _joined(ann, _split(prose, start, prose[start:end]))


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


split_items = _split  # a table cell's list is split the same way (claims/tables.py)

# Prepositions whose object a list's "and"/"or" may go on with: "detached from yourself or your
# surroundings" is one item, "numbness in the lips and fingertips" one effect.
_OBJECT_PREPOSITIONS = frozenset({"from", "of", "to", "with", "about", "in", "on", "around", "into"})
_REACH_PREPOSITION = 3  # words from an item's end back to its preposition
_REACH_OBJECT = 2  # words of an object that goes on ("your surroundings"); a longer piece is an item
_JOINERS = frozenset({"and", "or", "and/or", "plus"})


def _joined(ann: Annotation, items: list[Item]) -> list[Item]:
    """Items less those that only go on with the object of a preposition ending the item before
    them (see _OBJECT_PREPOSITIONS), which join it: unless they name a symptom ("a rise in blood
    pressure and nausea" lists two)."""
    out: list[Item] = []
    prose = ann.document.prose
    for item in items:
        first, last = _item_tokens(ann, item)
        if out and set(prose[out[-1].end:item.start].replace(",", " ").split()) <= _JOINERS and (
                _ends_in_phrase(ann, out[-1]) and not _is_symptom(ann, item) and last - first < _REACH_OBJECT
                and not ann.mentions_in(first, last + 1, "condition", "drug")):
            out[-1] = Item(prose[out[-1].start:item.end], out[-1].start, item.end)
        else:
            out.append(item)
    return out


def _ends_in_phrase(ann: Annotation, item: Item) -> bool:
    first, last = _item_tokens(ann, item)
    return any(ann.norms[t] in _OBJECT_PREPOSITIONS for t in range(max(first + 1, last - _REACH_PREPOSITION), last))


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
        if block.has_prose:  # "- Raised blood pressure and a racing pulse": two items, as in a sentence
            text = prose[block.prose_start:block.prose_end]
            cut = _CUT.search(text)  # up to a gloss or a clause: "- gone (after the session, most fade)"
            items += _joined(ann, _split(prose, block.prose_start, text[:cut.start()] if cut else text))
        i += 1
    return items


def _item(piece: str, at: int) -> Item | None:
    cut = _CUT.search(piece)
    text = piece[:cut.start()] if cut else piece
    stripped = text.strip(" .,;:!\n\t")
    if stripped.lower() in _FILLER or stripped.lower().startswith("according to"):
        return None  # "According to several clinics, <x> after <drug> is common": a source, not an item
    start = at + text.index(stripped) if stripped else at
    return Item(stripped, start, start + len(stripped))


def _apposed(ann: Annotation, parse, cue) -> list[Item]:
    """The effect a side-effect noun stands in apposition to: "<effect>, a side effect of <drug>
    that …, passes" (and its conjuncts: "<x> and <y>, side effects of <drug>, …")."""
    last = cue.tok_end - 1
    if parse is None or last not in parse or parse.dep(last) != "appos":
        return []
    head = parse.head(last)
    if head >= cue.tok_start or not parse.tag(head).startswith(_NOUNS):
        return []
    items = [_effect(ann, parse, h, True) for h in (head, *_conjuncts(ann, parse, head))]
    return sorted((i for i in items if i), key=lambda i: i.start)


def _loosely(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """A noun that stands loosely for side effects ("the only downside is <x>", "one of <drug>'s
    lesser-known effects is <x>"): read as a side-effect word, for the items it names that the
    symptom list recognises (the downside of a treatment may be its cost), in a sentence about
    the drug or one that goes on from it."""
    if not _continues_treatment(ann, sentence):
        return []
    out = []
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "side-effect-loose"):
        if ann.is_negated(cue.tok_start):
            continue
        items = _items(ann, sentence, cue.tok_end) or _items_before(ann, sentence, cue.tok_start)
        items = [_unhedged(ann, i) for i in items if _names_effect(ann, i) and _is_symptom(ann, i)]
        if items:
            # read from the words: no side of an in-draft contradiction (grounded=False)
            out.append(Claim("side-effects", topic(frames, cue.tok_start, last_drug), items[0].start,
                             items[-1].end, sentence.index, items=tuple(items), grounded=False))
            break
    return out


def _item_tokens(ann: Annotation, item: Item) -> tuple[int, int]:
    """The first and last tokens of an item."""
    return ann.token_at(item.start), ann.token_at(max(item.start, item.end - 1))


def _unhedged(ann: Annotation, item: Item) -> Item:
    """The item without the adverbs before it ("is still <x>" names <x>)."""
    first, last = _item_tokens(ann, item)
    sentence = ann.sentence_of(first)
    parse = ann.parses.get(sentence.index) if sentence else None
    while parse is not None and first < last and first in parse and parse.tag(first).startswith("RB"):
        first += 1
    start = max(item.start, ann.starts[first])
    return Item(ann.document.prose[start:item.end], start, item.end)


def _is_symptom(ann: Annotation, item: Item) -> bool:
    first, last = _item_tokens(ann, item)
    return bool(ann.cues_in(first, last + 1, "symptom", "effect-state"))


def symptom_items(ann: Annotation, items) -> list[Item]:
    """The items that name a symptom (the general list's, or an effect a pack lists): a table
    cell's values (claims/tables.py)."""
    return [i for i in items if _is_symptom(ann, i)]


_REACH_BODY = 5  # words from an effect verb to the body part or state it names ("upset your stomach")


def _acting_on_body(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """An effect said as a verb whose subject is the drug (or "it", "the infusions"): a harming
    verb with a part of the body as its object ("<drug> can irritate the bladder", "it may upset
    your stomach"), or "make" with a symptom after its object ("<drug> can make you sick", "it
    makes your heart race"). The item is the verb phrase, held to the source like any effect
    (one it lists in other words, "make people feel confused", is listed). Read from the words,
    within a few of the verb and not across punctuation; negated, it is left alone (an effect
    the source does not list, denied, contradicts nothing)."""
    if not _continues_treatment(ann, sentence) or "comparator" in sentence.cue_kinds:
        return []
    parse = ann.parses.get(sentence.index)
    out = []
    for frame in frames:
        clause = frame.clause
        for verb in ann.cues_in(clause.tok_start, clause.tok_end, "effect-harm-verb", "effect-make"):
            if not _drug_acts(ann, parse, clause, verb):
                continue
            end = min(clause.tok_end, verb.tok_end + _REACH_BODY)
            end = next((i for i in range(verb.tok_end, end) if not ann.is_word[i]), end)
            wanted = ("body-part",) if verb.kind == "effect-harm-verb" else ("symptom", "effect-state")
            named = ann.cues_in(verb.tok_end, end, *wanted)
            if named:
                first, stop = verb.tok_start, named[-1].tok_end
            elif verb.kind == "effect-harm-verb" and (part := _antecedent(ann, clause, "body-part")) is not None:
                first, stop = part.tok_start, verb.tok_end  # "the bladder, which <drug> can scar"
            else:
                continue
            start = ann.starts[first]
            text = ann.document.prose[start:ann.starts[stop - 1] + len(ann.texts[stop - 1])]
            item = Item(text, start, start + len(text))
            if any(item.start < c.end and c.start < item.end for c in out):
                continue  # "does damage to the bladder, which <drug> can scar": one effect
            # Negated ("<drug> doesn't make you feel <effect>"), a denial: of a listed effect it
            # contradicts the source; of another, it says nothing the source addresses.
            kind = "denied-effects" if ann.is_negated(verb.tok_start) else "side-effects"
            out.append(Claim(kind, topic(frames, verb.tok_start, last_drug), item.start, item.end,
                             sentence.index, items=(item,), grounded=False))
    return out


def _antecedent(ann: Annotation, clause, *kinds: str):
    """The cue of `kinds` a relative clause ("which …", "that …") hangs on: the words just before it."""
    first = _first_word(ann, clause)
    if ann.norms[first] not in ("which", "that"):
        return None
    before = first - 1
    while before >= 0 and not ann.is_word[before]:
        before -= 1
    found = ann.cues_in(max(0, before - 3), before + 1, *kinds)
    return found[-1] if found and found[-1].tok_end == before + 1 else None


def _drug_acts(ann: Annotation, parse, clause, verb) -> bool:
    """Whether the drug (or "it", "the infusions") is the verb's subject: by the parse where it
    read the verb, else by the words before the verb in its clause ("spicy food can upset your
    stomach before a <drug> session" has another subject)."""
    tok = verb.tok_start
    if parse is not None and tok in parse and parse.is_verb(tok):
        # the drug, "it", or the treatment ("the drip can make your heart pound")
        return _drug_subject(ann, parse, tok) is not None or any(
            ann.cues_in(parse.subtree(t)[0], t + 1, "treatment-reference") for t in parse.subjects(tok))
    before = clause.tok_start, tok
    return bool(ann.mentions_in(*before, "drug") or ann.cues_in(*before, *_TREATMENT, "drug-use"))


def _modifier(ann: Annotation, parse, cue, sentence: Sentence) -> bool:
    """A side-effect cue that only modifies another noun ("a side-effect list", "side-effect
    profiles") introduces no effects (a person is no such noun: "the adverse event nurses see").
    Without a parse: a singular cue followed by a word that opens no list."""
    last = cue.tok_end - 1
    if parse is not None and last in parse:
        head = parse.head(last)
        # "the adverse event nurses see most often": a reduced relative clause whose subject
        # (a person) the parse took for the noun the cue modifies
        return (parse.dep(last) in ("compound", "amod", "nmod") and parse.tag(head).startswith("NN")
                and not ann.cues_in(head, head + 1, "person"))
    nxt = cue.tok_end
    return (not cue.text.lower().endswith("s") and nxt < sentence.tok_end and ann.is_word[nxt]
            and not ann.cues_in(nxt, nxt + 1, "list-opener") and ann.texts[nxt].isalpha())


# Dependents of "side effects" that narrow it to some of them ("the side effects that <drug>
# causes", "sexual side effects"), and the prepositions that do ("of <other drugs>", "like <effect>").
_RESTRICTING = frozenset({"relcl", "acl", "amod", "compound", "nmod", "poss", "appos"})
_RESTRICTING_PREPOSITIONS = frozenset({"of", "from", "like", "as", "such"})


def _unrestricted(ann: Annotation, parse, cue) -> bool:
    """Whether the parse shows "side effects" standing alone (a determiner, or a phrase of
    circumstance such as "at these doses", at most): denied, that is all of them. Without a
    parse it cannot be told."""
    head = cue.tok_end - 1
    if parse is None or head not in parse:
        return False
    # the dependents of every word of the cue: the parser may hang "sexual" on "side"
    return not any(parse.dep(t) in _RESTRICTING
                   or (parse.dep(t) == "prep" and ann.norms[t] in _RESTRICTING_PREPOSITIONS)
                   for w in range(cue.tok_start, cue.tok_end) for t in parse.children(w)
                   if not cue.tok_start <= t < cue.tok_end)


def _names_effect(ann: Annotation, item: Item) -> bool:
    """Whether a list item is a noun phrase (which can name an effect), by its head's tag: not an
    adjective ("positive"), an adverb or particle ("over"), or a clause; nor a drug's name. Items
    the parser did not see are kept."""
    first, last = _item_tokens(ann, item)
    if ann.mentions_in(first, last + 1, "drug"):
        return False  # a drug named in the list is not one of its effects
    if _a_time(ann, first, last + 1):
        return False  # "feeling shaky the next day": a time, not an effect
    sentence = ann.sentence_of(first)
    parse = ann.parses.get(sentence.index) if sentence else None
    if parse is None or first not in parse or last not in parse:
        return True
    if any(c.tok_start == first for c in ann.cues_in(first, last + 1, "symptom")):
        # a symptom the list knows, whatever the tagger made of a bare "- <effect>" or of
        # "- headaches the next morning" (a verb, to it)
        return True
    heads = [t for t in range(first, last + 1) if not first <= parse.head(t) <= last or parse.head(t) == t]
    heads = [t for t in heads if not parse.tag(t).startswith("RB")] or heads  # "is still <x>": the adverb no head
    if heads and heads[0] == first and parse.tag(first) in ("VBD", "VBN") and parse.tag(last).startswith("NN"):
        return True  # "- raised intracranial pressure": a participle the tagger took for the item's verb
    return bool(heads) and parse.tag(heads[0]).startswith(_NOUNS)


def _a_time(ann: Annotation, start: int, end: int) -> bool:
    """Whether the tokens [start, end) are only a time after the session ("the next day")."""
    return any(c.tok_start <= start and end <= c.tok_end for c in ann.cues_in(start, end, "side-effect-after"))


def _in_prose(ann: Annotation, sentence: Sentence, parse, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """Effects named in running prose, from the parse: the subject of a report noun ("<effect> is
    a common complaint after treatment"), the object of a report verb ("some people report
    headaches") or of a causing verb whose subject is the drug ("<drug> can cause tremors",
    "<drug> can leave people with <effect>", "<effect> is caused by <drug>"), the subject of a
    word of frequency whose drug is named beside it ("<effect> is common after <drug>", "<effect>
    can occur with <drug>"). One claim a cue, whose drug is the causing verb's subject ("<drug A>
    causes <x>, and <drug B> can cause <y>"). A causing verb the drug's subject denies ("<drug>
    never causes <effect>") is a denial of those effects. Not in a sentence that names a
    comparator, whose effects may be the comparator's."""
    if parse is None or "comparator" in sentence.cue_kinds or not _continues_treatment(ann, sentence):
        return []
    out = []
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, *_PROSE_CUES):
        tok = cue.tok_end - 1
        if tok not in parse:
            continue
        drug, found = _effect_heads(ann, parse, cue, tok)
        if not found:
            out += _named_without_heads(ann, sentence, frames, last_drug, cue, drug)
            continue
        # what comes with the drug, not what people had ("many people experience <condition>")
        causes = cue.kind != "side-effect-report" or drug is not None
        # "<drug> causes no <effect>": the determiner denies what the verb causes
        no_object = cue.kind == "side-effect-cause" and drug is not None and any(
            ann.norms[d] == "no" for h in found for d in parse.children(h, "det"))
        # "patients do not experience <x>", "nobody gets <x>" deny what the treatment brings; "no one
        # reports <x>" says nothing of the drug
        felt = _felt_by_people(ann, parse, cue, tok)
        nobody = felt and any(covered(ann, t, "effect-nobody") for t in parse.subjects(tok))
        negated = ann.is_negated(cue.tok_start) or ann.is_negated(tok) or no_object or nobody
        denied_report = negated and (_passive_report(parse, cue, tok) or felt)
        if negated and (cue.kind != "side-effect-cause" or drug is None) and not denied_report:
            continue
        heads = [x for h in found for x in (h, *_conjuncts(ann, parse, h))]
        items = [item for item in (_effect(ann, parse, h, causes, no_object) for h in dict.fromkeys(heads)) if item]
        items += [item for h in heads if parse.is_verb(h) or parse.dep(h) == "oprd"
                  for item in _symptom_items(ann, parse, *parse.subtree(h))]
        if cue.kind == "effect-give" or _imperative(parse, cue, tok) or parse.dep(tok) == "prep" or (
                _impersonal(ann, parse, cue, tok)) or ann.norms[tok] in _LISTING:
            # "gives fast relief", "Notice the hedges in that sentence", "complained of the cost",
            # "<clinic> gets my vote": only a symptom is an effect
            items = [item for item in items if _is_symptom(ann, item)]
        if items and not negated:
            items = _with_symptoms(ann, parse, frames, tok, items)
        grounded = None
        if (not items and negated and any(ann.norms[h] in _POINTERS | {"them", "it"} for h in heads)
                and not _framed_before(ann, sentence.tok_start, cue.tok_start)):
            # "… any kind of <effect>: <drug> does not cause them": the effects named before the
            # verb in its sentence; the antecedent is read from the words, so not proven (and
            # the sentence's frame, "Myth: …", not tied to it: none may stand before the verb)
            items, grounded = _antecedents(ann, parse, sentence.tok_start, parse.subtree(drug)[0]), False
        if denied_report and drug is None:
            grounded = False  # "<effect> has not been reported at these doses": of the drug in discussion
        if items:
            subject = topic(frames, heads[0] if drug is None else drug, last_drug)
            out.append(Claim("denied-effects" if negated else "side-effects", subject, items[0].start,
                             items[-1].end, sentence.index, items=tuple(items), grounded=grounded))
    return out



def _named_without_heads(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None, cue,
                         drug) -> list[Claim]:
    """Effects a prose cue names where the parse gives it no effect: said to be common beside the
    drug ("<effect> is common after <drug>"), or listed after "<drug> can cause:"."""
    if cue.kind == "side-effect-frequency" and not ann.is_negated(cue.tok_start):
        drug, said = _said_common(ann, sentence, cue)
        said = [item for item in said if _names_effect(ann, item)
                and not ann.cues_in(*_last_word(ann, item), *_NOT_EFFECTS)]  # "a short rest"
        return [Claim("side-effects", topic(frames, drug, last_drug), said[0].start, said[-1].end,
                      sentence.index, items=tuple(said))] if said else []
    if drug is not None and sentence.text.rstrip().endswith(":"):
        items = [item for item in list_items(ann, sentence) if _names_effect(ann, item)]  # "<drug> can cause:"
        if items and not ann.is_negated(cue.tok_end - 1):
            return [Claim("side-effects", topic(frames, drug, last_drug), cue.start, cue.end,
                          sentence.index, items=tuple(items))]
    return []

_FRAMING = ("framing", "framing-label", "refuting", "conditional", "attribution", "reporting")


def _framed_before(ann: Annotation, start: int, end: int) -> bool:
    """Whether a framing word ("Myth:", "it is a myth that", "if") stands in [start, end); a
    symptom is none ("confusion")."""
    symptoms = {c.tok_start for c in ann.cues_in(start, end, "symptom")}
    return any(c.tok_start not in symptoms for c in ann.cues_in(start, end, *_FRAMING))


def _antecedents(ann: Annotation, parse, start: int, end: int) -> list[Item]:
    """The noun phrases in [start, end) a pronoun after them may stand for ("any kind of
    <effect>: <drug> does not cause them"), each once; the check holds only a listed effect."""
    items: list[Item] = []
    for h in range(start, end):
        if h not in parse or not parse.tag(h).startswith("NN") or (
                parse.dep(h) in ("compound", "amod", "nmod") and parse.head(h) > h):
            continue  # "memory" in "memory loss": the phrase is its head's
        if not any(i.start <= ann.starts[h] < i.end for i in items):
            item = _effect(ann, parse, h, True)
            if item is not None:
                items.append(item)
    return items


def _impersonal(ann: Annotation, parse, cue, tok: int) -> bool:
    """A report verb whose subject is no person ("Calm Harbor gets my vote", "clinics report <x>"):
    what a person has is an effect; what a thing gets or reports may be anything."""
    if cue.kind != "side-effect-report" or not parse.is_verb(tok):
        return False
    subjects = parse.subjects(tok)
    return bool(subjects) and not any(_a_person(ann, parse, t) for t in subjects)


def _a_person(ann: Annotation, parse, t: int) -> bool:
    """Whether a subject names people ("patients", "some of us", "they", "you")."""
    return bool(ann.cues_in(*parse.subtree(t), "person")) or ann.norms[t] in _PEOPLE or parse.tag(t) == "PRP"


# Report verbs of what a person goes through, not of what anyone says: denied of people, they
# deny the effect ("patients do not experience <x>", "you won't get <x>").
_FELT = frozenset(map(norm, ("experience", "experiences", "experienced", "get", "gets", "got", "notice",
                              "notices", "noticed")))

_EVERYONE = frozenset({"everyone", "everybody", "all", "every", "each"})


def _felt_by_people(ann: Annotation, parse, cue, tok: int) -> bool:
    """A verb of experience whose subjects are all people ("patients", "you", "nobody")."""
    subjects = parse.subjects(tok) if cue.kind == "side-effect-report" and ann.norms[tok] in _FELT else []
    if any(ann.norms[t] in _EVERYONE for s in subjects for t in range(*parse.subtree(s))):
        return False  # "not everyone gets <x>": some do
    return bool(subjects) and all(_a_person(ann, parse, t) or covered(ann, t, "effect-nobody") for t in subjects)


def _imperative(parse, cue, tok: int) -> bool:
    """A report verb with no subject: an instruction to the reader ("Notice the hedges …"), not
    what people report."""
    return cue.kind == "side-effect-report" and parse.is_verb(tok) and not parse.subjects(tok)


def _passive_report(parse, cue, tok: int) -> bool:
    """A report word in the passive ("<effect> has not been reported", "was never seen"): said of
    what the treatment brings, where "no one reports <effect>" says nothing of the drug."""
    return cue.kind == "side-effect-report" and parse.is_verb(tok) and bool(parse.children(tok, "auxpass"))


# What anyone lists may be anything ("we list the approved indications"): only a symptom is an effect.
_LISTING = frozenset({"list", "lists", "listed"})
_PROSE_CUES = ("side-effect-report", "side-effect-cause", "side-effect-frequency", "effect-give")
# Prepositions that tie an effect to the drug it follows: "common after <drug>", "with <drug>".
_ALONGSIDE = frozenset({"after", "with", "following", "during", "from", "on"})


def _effect_heads(ann: Annotation, parse, cue, tok: int) -> tuple[int | None, list[int]]:
    """The drug token and the effect heads a prose cue names, by the cue's kind (see _in_prose)."""
    if cue.kind == "side-effect-report":
        return _reported_heads(ann, parse, tok)
    if cue.kind == "side-effect-frequency":
        return _frequent_heads(ann, parse, tok)
    return _caused_heads(ann, parse, tok)


def _reported_heads(ann: Annotation, parse, tok: int) -> tuple[int | None, list[int]]:
    """A report word: "several complained of <effect>", "<effect> is a common complaint",
    "<effect> is reported after <drug>", "people report <effect>"."""
    if parse.dep(tok) == "prep" and parse.is_verb(parse.head(tok)):
        return None, parse.children(tok, "pobj")  # "several complained of <effect>"
    if parse.tag(tok).startswith("NN") and parse.dep(tok) == "attr":
        # "<effect> is a common complaint (after treatment)": with the drug beside it, what
        # comes with the drug, as a causing verb's object; a symptom ("this story is one
        # person's experience" names none)
        return _alongside(ann, parse, (tok,)), [t for t in parse.subjects(parse.head(tok))
                                                if ann.cues_in(*parse.subtree(t), "symptom")]
    if not parse.is_verb(tok):
        return None, []
    if (parse.dep(tok) == "relcl" and covered(ann, parse.head(tok), "symptom")
            and not [o for o in parse.children(tok, "dobj") if parse.tag(o).startswith("NN")]):
        return None, [parse.head(tok)]  # "<effect>, which most patients experience while the infusion runs"
    # "<effect> is reported after <drug>"
    passive = _subjects(ann, parse, tok) if parse.children(tok, "auxpass") else []
    if passive:
        return _alongside(ann, parse, (tok,)), passive
    if any(covered(ann, t, "study") or ann.cues_in(*parse.subtree(t), "symptom", "side-effect")
           for t in parse.subjects(tok)):  # "the analysis looked back … and reported <x>": its subject too
        # "the 2023 analysis gets a careful chapter": a study has no effects, nor an
        # effect ("<effect>, a side effect of <drug>, gets a full page")
        return None, []
    # "people report <effect>", "people report sweating" (a gerund the parse makes a complement)
    return None, parse.children(tok, "dobj") + [t for t in parse.children(tok, "xcomp") if parse.tag(t).startswith(_NOUNS)]


def _frequent_heads(ann: Annotation, parse, tok: int) -> tuple[int | None, list[int]]:
    """A frequency word: "<effect> is common after <drug>" (an adjective under the copula),
    "<effect> can occur with <drug>": the drug must stand in a phrase beside the word, or no drug
    is said."""
    if parse.is_verb(tok):
        predicates = (tok,)
    elif parse.dep(tok) == "acomp":
        predicates = (tok, parse.head(tok))
    else:
        return None, []
    subjects = _subjects(ann, parse, predicates[-1])
    drug = _alongside(ann, parse, predicates)
    if drug is None:
        drug = _alongside(ann, parse, subjects)  # "<effect> after <drug> is common"
    if drug is None:
        # The same, where the parser read "after <drug>" as a clause with the drug its subject.
        after = [t for t in subjects if _names_drug(ann, parse, t) and ann.norms[parse.subtree(t)[0] - 1] in _ALONGSIDE]
        drug = after[0] if after else None
        subjects = [t for t in subjects if t not in after]
    return (drug, subjects) if drug is not None else (None, [])


def _caused_heads(ann: Annotation, parse, tok: int) -> tuple[int | None, list[int]]:
    """A causing verb: "<drug> can cause <effect>"; "<drug> can lead to <effect>" (the cue ends in
    a preposition); "<drug> can leave people with <effect>"; "<effect> is caused by <drug>"."""
    verb = parse.head(tok) if parse.dep(tok) in ("prep", "prt") else tok
    if not parse.is_verb(verb):
        return None, []
    agents = [o for a in parse.children(verb, "agent") for o in parse.children(a, "pobj")]
    if agents:
        drug = next((t for t in agents if _names_drug(ann, parse, t)), None)
        return (drug, _subjects(ann, parse, verb)) if drug is not None else (None, [])
    drug = _drug_subject(ann, parse, verb)
    if drug is None:
        return None, []
    if (parse.dep(verb) == "relcl" and ann.cues_in(parse.head(verb), parse.head(verb) + 1, "symptom")
            and not [o for o in parse.children(verb, "dobj") if parse.tag(o).startswith("NN")]):
        # "<effect>, which <drug> can cause/bring on/gives": the head a symptom ("a myth that
        # <drug> can lead to …" is no effect)
        return drug, [parse.head(verb)]
    if ann.norms[verb].startswith("lea") and ann.norms[verb] != "lead":
        # "leaves people with <effect>", never what it leaves ("leaves the body")
        found = [o for p in parse.children(verb, "prep") if ann.norms[p] == "with" for o in parse.children(p, "pobj")]
    elif verb != tok:  # "lead to <effect>", "result in <effect>", "bring on <effect>"
        found = parse.children(tok, "pobj") + parse.children(verb, "dobj")
    else:
        found = parse.children(verb, "dobj")
    # "never causes anyone to lose consciousness", "won't leave you foggy": the effect a complement names
    found += [v for v in parse.children(verb, "ccomp", "xcomp", "oprd")
              if v > verb and ann.cues_in(*parse.subtree(v), "symptom")]
    return drug, found


def _subjects(ann: Annotation, parse, predicate: int) -> list[int]:
    """The predicate's subjects, less a line label ("Myth: <effect> is …"). When the parser hung
    the subject on a fronted phrase ("In short, blurred vision is possible …", "At most clinics,
    <x>, <y> and <z> are …"): the head of each phrase between the fronted phrase's comma and
    the predicate."""
    found = [t for t in parse.subjects(predicate) if ann.norms[t + 1:t + 2] != [":"]]
    if found or parse.dep(predicate) != "ROOT":
        return found
    verb_start = min([predicate, *parse.children(predicate, "aux", "auxpass")])
    sentence = ann.sentence_of(predicate)
    fronted = [c for c in parse.children(predicate, "prep", "advmod") if c < verb_start]
    commas = [i for i in range(sentence.tok_start, verb_start) if ann.norms[i] == ","]
    if not fronted or not commas or fronted[0] != sentence.tok_start + (not ann.is_word[sentence.tok_start]):
        return []
    prose = ann.document.prose
    start, end = ann.starts[commas[0] + 1], ann.starts[verb_start]
    return [ann.token_at(item.end - 1) for item in _split(prose, start, prose[start:end])]


def _said_common(ann: Annotation, sentence: Sentence, cue) -> tuple[int | None, list[Item]]:
    """A frequency word read from the words where the parse fails it: "<effect> is (in fact)
    common after <drug>", "<effect> after <drug> is common". The drug must follow "after",
    "with" … within a few words; the effects are what stands before the link verb."""
    tok = cue.tok_end
    drug = _drug_following(ann, sentence, tok) if tok < sentence.tok_end and ann.norms[tok] in _ALONGSIDE else None
    stop = None
    if drug is None:  # "<effect> after <drug> is common": the drug in the subject
        for j in range(sentence.tok_start, cue.tok_start):
            if ann.norms[j] in _ALONGSIDE:
                drug = _drug_following(ann, sentence, j + 1)
                if drug is not None:
                    stop = j
                    break
    if drug is None:
        return None, []
    return drug, _items_before(ann, sentence, cue.tok_start, stop)


def _last_word(ann: Annotation, item: Item) -> tuple[int, int]:
    last = ann.token_at(max(item.start, item.end - 1))
    return last, last + 1


_REACH_DRUG = 4  # words from "after" to the drug it names ("after a dose of <drug>")


def _drug_following(ann: Annotation, sentence: Sentence, tok: int) -> int | None:
    """The drug or treatment word a few words after `tok`, ending its phrase: "after a dose of
    <drug>", "<drug> infusions", not "<drug> clinics" (whose noun is something else)."""
    end = min(sentence.tok_end, tok + _REACH_DRUG)
    parse = ann.parses.get(sentence.index)
    for found in (ann.mentions_in(tok, end, "drug"), ann.cues_in(tok, end, *_TREATMENT)):
        for mention in found:
            after = mention.tok_end
            if (parse is not None and after in parse and parse.tag(after).startswith("NN")
                    and not ann.cues_in(after, after + 1, *_TREATMENT)):
                continue  # "<drug> clinics"
            return mention.tok_start
    return None


def _alongside(ann: Annotation, parse, predicates) -> int | None:
    """The drug (or "it", "the infusion") named in a phrase of circumstance of a predicate:
    "after <drug>", "with a dose of <drug>", "during <drug> sessions" — the phrase's noun is the
    drug or a treatment word, not something else of it ("common with <drug> clinics")."""
    for predicate in predicates:
        for prep in parse.children(predicate, "prep"):
            if ann.norms[prep] in _ALONGSIDE:
                for obj in parse.children(prep, "pobj"):
                    if ann.mentions_in(obj, obj + 1, "drug") or ann.cues_in(obj, obj + 1, *_TREATMENT):
                        return obj
    return None


_TREATMENT = ("anaphora", "treatment-reference", "treatment")


def _names_drug(ann: Annotation, parse, tok: int) -> bool:
    start, end = parse.subtree(tok)
    return bool(ann.mentions_in(start, end, "drug") or ann.cues_in(start, end, "anaphora", "treatment-reference"))


def _drug_subject(ann: Annotation, parse, verb: int) -> int | None:
    """Where the verb's subject names a drug or stands for it: "<drug> can cause …", "<drug>
    infusions can cause …", "it can cause …"."""
    subjects = parse.subjects(verb)
    while not subjects and parse.head(verb) != verb and (parse.dep(verb) in ("xcomp", "acomp") or (
            parse.dep(verb) == "advcl" and ann.norms[parse.head(verb)] in _LINKS)):
        verb = parse.head(verb)  # "<drug> is (in fact) known to cause …", "is in fact associated with …"
        subjects = parse.subjects(verb)
    for subject in subjects:
        start = parse.subtree(subject)[0]
        for mention in ann.mentions_in(start, subject + 1, "drug"):
            return mention.tok_start
        for cue in ann.cues_in(start, subject + 1, "anaphora", "drug-use"):
            return cue.tok_start  # "it can cause …", "recreational use can cause …"
    return None


def _effect(ann: Annotation, parse, h: int, caused: bool, denied: bool = False) -> Item | None:
    """The effect a reported or caused noun names, if it names one (`denied`: one the drug is said
    to cause none of, "causes no <effect>")."""
    if not parse.tag(h).startswith(_NOUNS) or ann.cues_in(h, h + 1, *_NOT_EFFECTS) or ann.mentions_in(
            h, h + 1, "drug", "use") or any(covered(ann, h, kind) for kind in _APPROVAL_NOUNS):
        return None  # "relief", "a trial", "an infusion", "the go-ahead": reported, but not side effects
    start, end = _phrase(ann, parse, h)
    if _a_time(ann, start, end):
        return None  # "<effect> the next day is common": a time, not an effect
    # A condition the drug is said to cause is an effect ("<drug> can cause <condition>"); one people
    # report is most often what is treated ("many people experience <condition>").
    if (ann.mentions_in(start, end, "condition") and not caused) or any(
            ann.cues_in(*parse.subtree(p), "symptom-noun") or ann.mentions_in(*parse.subtree(p), "condition")
            for p in parse.children(h, "prep")):
        return None  # "a fall in <condition>", "a drop in symptoms": what is treated, most often easing
    if any(ann.cues_in(m, m + 1, "effect-noun") or parse.tag(m) in ("JJR", "RBR") for m in parse.children(h, "amod")):
        return None  # "improved social functioning", "better sleep": a benefit; "less <condition>": a comparison
    if any(ann.norms[p] == "about" for p in parse.children(h, "prep")):
        return None  # "messages about <drug>", "questions about it": a topic, not an effect
    if any(ann.norms[t] == "than" for t in range(*parse.subtree(h))) or ann.norms[start] in _FEWER:
        return None  # "fewer <effect> than <other drug>": a comparison, not an effect of its own
    said = {ann.norms[m] for m in parse.children(h, "amod", "det")}
    if ("no" in said and not denied) or ("little" in said and "a" not in said):
        return None  # "others noticed little change": nothing noticed ("a little nausea" is some)
    text = ann.document.prose[ann.starts[start]:ann.starts[end - 1] + len(ann.texts[end - 1])]
    return Item(text, ann.starts[start], ann.starts[start] + len(text))


_FEWER = frozenset({"less", "fewer", "lower"})
_SUBJECT_CUES = ("anaphora", "treatment-reference", "drug-use")


def _continues_treatment(ann: Annotation, sentence: Sentence) -> bool:
    """Whose effects a sentence names: its own drug or treatment word ("it", "the infusions"), or,
    when it has none ("<effect> is a frequent complaint afterwards"), the drug of the sentence
    just before, which must name one (or "it", "the treatment") and no comparator: after
    "Antidepressants take weeks." the effects may be the antidepressants'. Reports and symptoms in a
    row go on with the same drug ("<drug> can leave you sleepy. Some notice <x>. Others report <y>.")."""
    if _names_treatment(ann, sentence):
        return True
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - REPORTS_IN_A_ROW), -1):
        before = ann.sentences[index]
        if "comparator" in before.cue_kinds:
            return False
        if _names_treatment(ann, before) or _effects_heading(ann, before):
            return True
        if before.cue_kinds.isdisjoint(_GOING_ON) and not _label_cell(ann, before, sentence):
            return False
    return False


def _effects_heading(ann: Annotation, sentence: Sentence) -> bool:
    """A heading that names side effects ("## After-effects"): its section speaks of the drug in
    discussion's effects."""
    return (ann.document.blocks[sentence.block].kind == "heading"
            and not sentence.cue_kinds.isdisjoint(("side-effect", "side-effect-loose"))
            and not _negated_sentence(ann, sentence))


def _negated_sentence(ann: Annotation, sentence: Sentence) -> bool:
    return ann.is_negated(sentence.tok_start, sentence.tok_end) or bool(
        ann.cues_in(sentence.tok_start, sentence.tok_end, "negation"))


def _label_cell(ann: Annotation, cell: Sentence, sentence: Sentence) -> bool:
    """A cell of the same table before a cell's sentence, naming nothing ("Topic", "What we say",
    "Use"): a label, which the drug in discussion reaches across."""
    blocks = ann.document.blocks
    return (blocks[sentence.block].kind == "cell" and blocks[cell.block].kind == "cell"
            and not ann.mentions_in(cell.tok_start, cell.tok_end, "drug", "condition"))


REPORTS_IN_A_ROW = 5  # how far back a run of reports may reach for its drug
# What a sentence in such a run says: a report, or a symptom ("Feeling detached is expected, and
# a few people mention <effect>. Some people also leave with <another>.").
_GOING_ON = frozenset({"side-effect-report", "symptom", "effect-state"})


def _names_treatment(ann: Annotation, sentence: Sentence) -> bool:
    return bool(ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug") or ann.cues_in(
        sentence.tok_start, sentence.tok_end, *_SUBJECT_CUES))


def _conjuncts(ann: Annotation, parse, tok: int) -> list[int]:
    """"nausea, dizziness and headaches": the nouns conjoined with one ("<x>, <y> and <z>" may
    parse as an apposition; one in parentheses is a gloss or an abbreviation: "<effect> (EP)")."""
    out = []
    for c in parse.children(tok, "conj", "appos"):
        if parse.dep(c) == "appos" and (ann.norms[parse.subtree(c)[0] - 1] == "(" or _gloss(ann, parse, c)):
            continue
        out += [c] + _conjuncts(ann, parse, c)
    for c in _strayed(ann, parse, tok):
        out += [c] + _conjuncts(ann, parse, c)
    return out


def _gloss(ann: Annotation, parse, tok: int) -> bool:
    """An appositive that says what the noun before it is to the writer ("<effect> with frequent
    dosing, a liability tail we price in"): a clause of its own, no symptom; not a list's item."""
    return bool(parse.children(tok, "relcl", "acl")) and not ann.cues_in(*parse.subtree(tok), "symptom")


def _strayed(ann: Annotation, parse, head: int) -> list[int]:
    """Effects the parser hung on the vital sign of an "in" phrase ("a jump in blood pressure and
    bouts of <effect>": "bouts" conjoined with "pressure"): a conjunct that is no vital sign or
    body part is the next effect, not part of the phrase."""
    return [c for p in parse.children(head, "prep") if ann.norms[p] == "in" for o in parse.children(p, "pobj")
            if ann.cues_in(*parse.subtree(o), "vital-sign", "body-part")
            for c in parse.children(o, "conj") if not ann.cues_in(*_own_words(parse, c), "vital-sign", "body-part")]


def _own_words(parse, tok: int) -> tuple[int, int]:
    """[start, end) of a conjunct's own phrase: its subtree up to the token itself ("heart rate")."""
    return parse.subtree(tok)[0], tok + 1


def _phrase(ann: Annotation, parse, head: int) -> tuple[int, int]:
    """[start, end) tokens of the noun phrase a head noun heads: its left modifiers and an "of"
    phrase ("loss of consciousness"), not its conjuncts or relative clauses."""
    left = [c for c in parse.children(head) if c < head and parse.dep(c) not in ("cc", "punct", "conj")
            and "," not in ann.norms[c:head]  # not across a comma: "In short, blurred vision" is blurred vision
            and not ann.cues_in(c, c + 1, "person")]  # "gives some people headaches": a misread compound
    start = parse.subtree(left[0])[0] if left else head
    end = head + 1
    for c in parse.children(head, "prep"):
        if c == end and (ann.norms[c] == "of" or (  # "spikes in blood pressure"
                ann.norms[c] == "in" and ann.cues_in(*parse.subtree(c), "vital-sign", "body-part"))):
            end = parse.subtree(c)[1]
            strayed = _strayed(ann, parse, head)
            if strayed:  # "a jump in blood pressure and bouts of <effect>": up to the conjunction
                end = parse.subtree(strayed[0])[0]
                while end > c + 1 and (not ann.is_word[end - 1] or parse.dep(end - 1) == "cc"):
                    end -= 1
    if end == head + 1 and end in parse and parse.tag(end) == "VBG" and parse.head(end) in (head, parse.head(head)):
        # "trouble sleeping", "difficulty breathing": the gerund says what the trouble is (the
        # parser may hang it on the noun the head is conjoined with)
        end += 1
    return start, end


def _treatment_before(ann: Annotation, sentence: Sentence, cue) -> bool:
    """A treatment word ("our method", "the infusions") before an unquoted cue in its sentence."""
    return (not quoted(ann, sentence, cue.tok_start, cue.tok_end)
            and bool(ann.cues_in(sentence.tok_start, cue.tok_start, *_TREATMENT, "course-noun")))


def _domains(ann: Annotation, sentence: Sentence, parse, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """"<drug> does not affect your memory": a negated verb of harm (`effect-domain-verb`) whose
    subject is the drug or a treatment word denies the listed effects of the domain it names
    (memory: memory loss; the check matches the domain word to an effect's name). Read from the
    words, so never proven: a warning at most."""
    out = []
    for frame in frames:
        clause = frame.clause
        for verb in ann.cues_in(clause.tok_start, clause.tok_end, "effect-domain-verb"):
            before = clause.tok_start, verb.tok_start
            negated = ann.is_negated(verb.tok_start) or ann.norms[max(0, verb.tok_start - 1)] == "no"  # "no effect on"
            if not (negated and _denies_domain(ann, parse, verb.tok_start) and (frame.subjects or ann.mentions_in(*before, "drug")
                                                        or ann.cues_in(*before, *_TREATMENT, "course-noun"))):
                continue
            end = next((i for i in range(verb.tok_end, clause.tok_end) if not ann.is_word[i]), clause.tok_end)
            if end - 1 > verb.tok_end and ann.norms[end - 1] in _PARTICLES:
                end -= 1  # "bring your mood down": the domain is "your mood"
            if end <= verb.tok_end:
                continue
            text = ann.document.prose[ann.starts[verb.tok_end]:ann.starts[end - 1] + len(ann.texts[end - 1])]
            item = Item(text, ann.starts[verb.tok_end], ann.starts[verb.tok_end] + len(text))
            out.append(Claim("denied-effects", topic(frames, verb.tok_start, last_drug), item.start, item.end,
                             sentence.index, items=(item,), grounded=False))
    return out


_PARTICLES = frozenset({"down"})  # harm's direction: "bring your mood up" or "back" is a benefit


def _denies_domain(ann: Annotation, parse, tok: int) -> bool:
    """Whether a negated domain word denies the harm: a verb of harm itself, or a noun ("effects on")
    after "no" or under a negated verb of having ("doesn't have any effect on"). Under another verb
    the negation is that verb's: "we do not fully understand its effects on the brain" is ignorance."""
    if ann.norms[max(0, tok - 1)] == "no" or parse is None or tok not in parse or not parse.tag(tok).startswith("NN"):
        return True
    verb = next((a for a in parse.ancestors(tok) if parse.is_verb(a)), None)
    return verb is None or covered(ann, verb, "mechanism-carrier")


def _owned(ann: Annotation, parse, cue, sentence: Sentence) -> bool:
    """Whether a cue's clause has a drug (or a noun it modifies) or an anaphora ("it") as its
    subject, unquoted."""
    if quoted(ann, sentence, cue.tok_start, cue.tok_end):
        return False
    if parse is None or cue.tok_start not in parse:
        return False
    subjects = parse.subjects(parse.clause_head(cue.tok_start))
    # "<drug> therapy has no side effects": the drug may modify the subject noun.
    return any(ann.mentions_in(parse.subtree(t)[0], t + 1, "drug") or ann.cues_in(t, t + 1, "anaphora")
               for t in subjects)


# ------------------------------------------------------------------ effects known as symptoms
# Where no side-effect word and no drug stands beside an effect ("<effect> is common for an hour
# afterwards", "some people leave with <effect>"), what makes it a side-effect claim is that
# the phrase names a symptom (the `symptom` list in rules/language.yaml), a word in its clause
# frames it as coming with treatment, and the paragraph is about the drug.

# Framing cue kinds, and what each asks of its clause: a causing verb needs the drug (or "it",
# "the infusion") as its clause's subject; a word of frequency or expectation needs the drug in
# the sentence or in the sentences before; a verb of experience needs a person as its subject.
_CAUSING = ("side-effect-cause", "effect-give")
_RELATIVE = frozenset({"which", "that"})
_REACH_ANTECEDENT = 6  # words back from a relative clause to the effect it hangs on
_FREQUENCY = ("side-effect-frequency", "side-effect-expected")
# What a framed clause names as an effect: a symptom, or a state a person is in ("I felt faintly sick").
_SYMPTOM_WORDS = ("symptom", "effect-state")
_EXPERIENCE = ("side-effect-experience", "side-effect-report")
_PEOPLE = frozenset({"others", "they", "he", "she", "few", "one"})  # beside the `person` cue words
_SHARING = frozenset({"and", "or"})  # a clause they open shares the subject of the one before
# `side-effect-after` words that say "after the session" only with the session after them
# ("after each <drug> infusion"; "after a week", "after a bad day" say nothing of it).
_TIME_PREPOSITIONS = frozenset({"after", "during", "following"})
# Sentences whose symptoms are someone else's: a condition's ("<condition> causes <effect>",
# "people with <condition> often feel <effect>"), a comparator's, "symptoms of …".
_OTHERS = ("comparator", "symptom-noun")


_DOSE_WORDS = frozenset({"dose", "doses", "dosing", "dosage", "dosages"})
_DOSE_REACH = 4  # words from "doses" to the "for" of what they are for ("the low doses used for <X>")


def _dose_for(ann: Annotation, lo: int, mention) -> bool:
    """A condition named only as what doses are for ("at the doses used for <X>"): the effects
    said of those doses are still the drug's, not the condition's symptoms."""
    at = mention.tok_start - 1
    return at >= lo and ann.norms[at] == "for" and any(
        ann.norms[j] in _DOSE_WORDS for j in range(max(lo, at - _DOSE_REACH), at))


def _symptoms(ann: Annotation, sentence: Sentence, parse, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    """Symptoms in a clause that a framing word ties to the drug in discussion (see above). A
    framing word that is negated ("<effect> doesn't happen with <drug>", "<effect> is not
    something <drug> causes") denies the effects of its clause (and, when the clause opens with
    "that" or "this", of the clauses before it): held to the source only with the drug named in the
    sentence."""
    span = sentence.tok_start, sentence.tok_end
    if (not ann.cues_in(*span, *_SYMPTOM_WORDS, "vital-sign") or ann.cues_in(*span, *_OTHERS)
            or not _continues_treatment(ann, sentence)):
        return []
    if parse is None and _someone_elses(ann, sentence):
        return []
    named = bool(ann.mentions_in(*span, "drug"))
    out = []
    for frame in frames:
        clause = frame.clause
        if any(not _dose_for(ann, clause.tok_start, m) for m in ann.mentions_in(clause.tok_start, clause.tok_end, "condition")):
            continue  # the condition's symptoms ("<condition> makes my heart race"), or what is treated
        framing = [c for c in ann.cues_in(clause.tok_start, clause.tok_end, *_CAUSING, *_FREQUENCY, *_EXPERIENCE,
                                          "effect-denial", "side-effect-rise", "side-effect-after")
                   if _frames_effect(ann, frame, c)]
        framing = _timed(ann, sentence, clause, framing)
        if not framing or any(ann.norms[i] == "than" for i in range(clause.tok_start, clause.tok_end)):
            continue  # "fewer <effect> than <other drug>": a comparison, not an effect of its own
        # "you will not feel <effect>", "none of the patients became <effect>": a person's
        # experience denied (see _denies).
        nobody = ann.cues_in(clause.tok_start, clause.tok_end, "effect-nobody")
        negated = any(_denies(ann, c, nobody) for c in framing)
        if negated and not (named or ann.cues_in(*span, *_TREATMENT, "course-noun")):
            continue
        start = clause.tok_start
        opener = ann.norms[_first_word(ann, clause)]
        if (negated and opener in _POINTING_BACK) or (opener in _DEMONSTRATIVE and not ann.cues_in(
                clause.tok_start, clause.tok_end, *_SYMPTOM_WORDS, "vital-sign")):
            # "Don't worry about <effect>; that doesn't happen with <drug>", "the <effect> in your
            # hands: this is a well-known effect of <drug>"
            start = sentence.tok_start
        elif opener in _RELATIVE and any(c.kind in _CAUSING for c in framing):
            # "<effect> in the fingers, which <drug> can bring on": the effect the clause hangs on
            start = max(sentence.tok_start, clause.tok_start - _REACH_ANTECEDENT)
        items = _symptom_items(ann, parse, start, clause.tok_end, _SYMPTOM_WORDS)
        if any(c.kind == "side-effect-rise" for c in framing):  # "<vital sign> rises during treatment"
            items = sorted(items + _rising(ann, clause, items), key=lambda i: i.start)
        if items:
            subject = topic(frames, framing[0].tok_start, last_drug)
            # A denial read from words, not from a parse, is not proven: the check warns.
            out.append(Claim("denied-effects" if negated else "side-effects", subject, items[0].start,
                             items[-1].end, sentence.index, items=tuple(items),
                             grounded=False if negated else None))
    return out


def _timed(ann: Annotation, sentence: Sentence, clause, framing: list) -> list:
    """The framing cues less the words of time where they would mislead: a word of time denies
    nothing ("no nausea afterwards": no claim), nor does a "not" in the effect's words ("feel not
    in control as the drug wears off") make it a denial; a clause about how long an effect already
    named lasts ("the nausea after each infusion wore off within a day", "never came back") speaks
    of its course, which the time rules hold ("a stubborn nausea that lasted until the next
    morning" names a new one); and a list item whose lead-in names side effects ("Side effects
    people mention:") is read by that lead-in already."""
    span = clause.tok_start, clause.tok_end
    if (ann.is_negated(*span) or ann.cues_in(*span, "negation") or _read_by_lead(ann, sentence)
            or (ann.cues_in(sentence.tok_start, sentence.tok_end, *_COURSE) and _given(ann, span))):
        return [c for c in framing if c.kind != "side-effect-after"]
    return framing


_COURSE = ("duration", "duration-end", "pseudo-negation")  # "lasted", "wore off", "never came back"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _given(ann: Annotation, span: tuple[int, int]) -> bool:
    """Whether a symptom in the span is named as one already known ("the nausea", "that headache")."""
    return any(ann.norms[t] in _DEFINITE for c in ann.cues_in(*span, *_SYMPTOM_WORDS)
               for t in range(max(span[0], c.tok_start - 2), c.tok_start))


def _read_by_lead(ann: Annotation, sentence: Sentence) -> bool:
    """Whether a list item's lead-in is a side-effect sentence ending in a colon (it gives the items)."""
    blocks = ann.document.blocks
    if not blocks[sentence.block].in_list:
        return False
    lead = _before(ann, sentence.index, lambda s: not (blocks[s.block].in_list or blocks[s.block].kind == "list"))
    return (lead is not None and lead.text.rstrip().endswith(":")
            and not (TRIGGERS - {"side-effect-report"}).isdisjoint(lead.cue_kinds))


def _denies(ann: Annotation, cue, nobody) -> bool:
    """Whether a framing cue is denied: a denial phrase, or a negated word; a person's experience
    only with a "not" a few words before it, in its phrase ("you will not feel <effect>", "it doesn't
    make you feel <effect>", not "see things that are not there, or feel <effect>") or a subject
    that is no one ("none of the patients became …")."""
    if cue.kind == "effect-denial":
        return True
    if (cue.kind == "side-effect-experience" or cue.text.lower() in _HAVING) and any(
            cue.tok_start - _REACH_NOT <= n.tok_end <= cue.tok_start for n in nobody):
        # "none of the patients became …", "nobody gets <effect>"; not "nobody warned me that I'd
        # feel …", nor "no one reports <effect>" (nothing said of the drug)
        return True
    if cue.kind == "side-effect-report":
        # "no one reports <effect>" says nothing of the drug; "you won't experience <effect>" is
        # the writer's promise to the reader
        return _not_before(ann, cue.tok_start, _YOU)
    if cue.kind != "side-effect-experience":
        return _negated_here(ann, cue.tok_start)
    return _not_before(ann, cue.tok_start)


_YOU = frozenset({"you", "you'll"})
_HAVING = frozenset({"get", "gets", "got"})  # report words that say what a person has


def _not_before(ann: Annotation, tok: int, subject: frozenset[str] | None = None) -> bool:
    """A "not" within a few words before tok, not across punctuation (and, given `subject`, one
    of those words before the "not": "you won't notice")."""
    for i in range(tok - 1, max(-1, tok - 1 - _REACH_NOT), -1):
        if not ann.is_word[i] and ann.norms[i] != "n't":
            return False  # not across punctuation
        if ann.norms[i] in _NOT:
            return subject is None or any(ann.norms[j] in subject for j in range(max(0, i - 2), i))
    return False


_REACH_NOT = 4  # words from a "not" to the experience it denies ("doesn't make you feel <x>")


def _negated_here(ann: Annotation, tok: int) -> bool:
    """Whether a negation reaches `tok` from its own clause or a clause above it. A "not" in a
    subordinate clause of the subject is part of the effect's own words ("sensing that you are
    not in control is common" states the effect; it denies nothing). Without a parse, the scope
    decides."""
    if not ann.is_negated(tok):
        return False
    sentence = ann.sentence_of(tok)
    parse = ann.parses.get(sentence.index) if sentence else None
    if parse is None or tok not in parse:
        return True
    above = {tok, *parse.ancestors(tok)}
    nots = [parse.clause_head(c.tok_start) for c in ann.cues_in(sentence.tok_start, tok, "negation")
            if c.tok_start in parse]
    # a "not" counts from the cue's own clause, one above it, or any clause the parser did not
    # join to the cue ("<effect> is not something <drug> (…) causes"); not from a clause that a
    # word subordinates elsewhere ("sensing that you are not in control")
    return not nots or any(head in above or not (parse.children(head, "mark") or parse.dep(head) in ("relcl", "acl"))
                           for head in nots)


def _table_topic(ann: Annotation, sentence: Sentence) -> str | None:
    """The drug a table about no drug of its own speaks of ("| Use | <effect> is common |"): the
    last one named before the table (in its title, heading or lead), unless a cell of the row
    names a comparator, whose effects they may be."""
    blocks = ann.document.blocks
    line = blocks[sentence.block].line
    near = range(max(0, sentence.index - _ROW_REACH), min(len(ann.sentences), sentence.index + _ROW_REACH))
    row = [s for s in map(ann.sentences.__getitem__, near)
           if blocks[s.block].kind == "cell" and blocks[s.block].line == line]
    if any("comparator" in s.cue_kinds for s in row):
        return None
    named = _before(ann, sentence.index, lambda s: blocks[s.block].kind != "cell"
                    and bool(ann.mentions_in(s.tok_start, s.tok_end, "drug")))
    mention = ann.last_mention(named.tok_start, named.tok_end, "drug") if named else None
    return mention.id if mention is not None else None


_ROW_REACH = 16  # sentences either side of a cell to the other cells of its row

LIST_REACH = 64  # sentences back to a list's lead-in and its heading: bounded, so a long list costs linear time


def _before(ann: Annotation, index: int, wanted) -> Sentence | None:
    """The nearest sentence before `index` (within LIST_REACH) that is `wanted`."""
    for i in range(index - 1, max(-1, index - 1 - LIST_REACH), -1):
        if wanted(ann.sentences[i]):
            return ann.sentences[i]
    return None


_POINTING_BACK = frozenset({"that", "this", "it", "which"})
_DEMONSTRATIVE = frozenset({"this", "these", "it"})  # a subject pointing back, never a relative pronoun
_ELSEWHERE = ("attribution", "conditional", "reporting")


def _someone_elses(ann: Annotation, sentence: Sentence) -> bool:
    """Without a parse to tell the clauses apart: whether a word in the sentence reports, supposes
    or refutes ("some believe that <effect> is common"; a verb of experience is no report, nor
    a set phrase such as "the United States")."""
    span = sentence.tok_start, sentence.tok_end
    kept = {t for c in ann.cues_in(*span, *_EXPERIENCE, "not-reporting") for t in range(c.tok_start, c.tok_end)}
    return any(c.tok_start not in kept for c in ann.cues_in(*span, *_ELSEWHERE))


def _first_word(ann: Annotation, clause) -> int:
    return next((i for i in range(clause.tok_start, clause.tok_end) if ann.is_word[i]), clause.tok_start)


def _frames_effect(ann: Annotation, frame: Frame, cue) -> bool:
    """Whether a framing cue ties its clause's symptoms to the drug (see _CAUSING above); the
    clause's subject may be a drug named before a relative clause ("<drug>, which …, can cause")."""
    clause = frame.clause
    before = clause.tok_start, cue.tok_start
    if cue.kind in _CAUSING:
        if _another_subject(ann, cue):
            return False  # "<another drug> gave me <effect>, <drug> has been easier"
        return bool(frame.subjects or ann.mentions_in(*before, "drug") or ann.cues_in(*before, *_SUBJECT_CUES)
                    or ann.mentions_in(cue.tok_end, clause.tok_end, "drug"))  # "… something <drug> causes"
    if cue.kind == "effect-denial":  # "no risk of <effect> with <drug>", "the drug is free of <effect>"
        return bool(ann.mentions_in(clause.tok_start, clause.tok_end, "drug") or ann.cues_in(*before, *_SUBJECT_CUES)
                    or ann.cues_in(cue.tok_end, clause.tok_end, *_TREATMENT, "course-noun"))  # "… with our protocol"
    if cue.kind == "side-effect-rise":  # "<vital sign> rises", "<drug> raises <vital sign>"
        return bool(frame.subjects or ann.cues_in(*before, "vital-sign", *_SUBJECT_CUES)
                    or ann.mentions_in(*before, "drug"))
    if cue.kind == "side-effect-after":  # "afterwards"; "after" or "during" only before the treatment
        return cue.text.lower() not in _TIME_PREPOSITIONS or _drug_following(
            ann, ann.sentence_of(cue.tok_start), cue.tok_end) is not None
    if cue.kind in _EXPERIENCE:  # a person, or no one ("nobody passes out")
        if ann.norms[_first_word(ann, clause)] in _SHARING:  # "people see double or have <x>": one subject
            before = ann.sentence_of(cue.tok_start).tok_start, cue.tok_start
        return bool(ann.cues_in(*before, "person", "effect-nobody")) or any(ann.norms[i] in _PEOPLE
                                                                           for i in range(*before))
    return True


def _another_subject(ann: Annotation, cue) -> bool:
    """Whether the parse gives a causing verb a subject that neither names the drug nor stands for
    it ("it", "the infusion", "recreational use")."""
    sentence = ann.sentence_of(cue.tok_start)
    parse = ann.parses.get(sentence.index) if sentence else None
    tok = cue.tok_start
    if parse is None or tok not in parse or not parse.is_verb(tok):
        return False
    subjects = parse.subjects(tok)
    # a noun that names no symptom (the parser may take the effect for the subject: "<effect>,
    # which <drug> (…) can bring on")
    others = [t for t in subjects if parse.tag(t).startswith("NN") and not ann.cues_in(*parse.subtree(t), *_SYMPTOM_WORDS)]
    return bool(others) and not any(
        ann.mentions_in(parse.subtree(t)[0], t + 1, "drug") or ann.cues_in(parse.subtree(t)[0], t + 1, *_TREATMENT,
                                                                             *_SUBJECT_CUES)
        for t in subjects)


def _symptom_items(ann: Annotation, parse, tok_start: int, tok_end: int, kinds=("symptom",)) -> list[Item]:
    """The symptoms named in [tok_start, tok_end) (the cues of `kinds`): each as its noun phrase
    in the parse ("a pounding <effect>"), else as the words the list gives."""
    items: list[Item] = []
    heads: set[int] = set()
    end_seen = -1
    # one cue a word: the longest of those starting there ("numb" is a symptom and a state)
    cues = list({c.tok_start: c for c in sorted(ann.cues_in(tok_start, tok_end, *kinds),
                                                  key=lambda c: (c.tok_start, -c.tok_end), reverse=True)}.values())[::-1]
    for n, cue in enumerate(cues):
        if cue.tok_start < end_seen:
            continue  # inside a longer one
        if parse is None and n + 1 < len(cues) and _stacked(ann, cue, cues[n + 1]):
            continue  # "a <x>, <y> feeling": the next one names the effect
        first, last = cue.tok_start, cue.tok_end
        head = cue.tok_end - 1
        if parse is not None and head in parse and parse.dep(head) in ("amod", "compound") and parse.head(head) > head:
            head = parse.head(head)  # "a <x>, <y> feeling": one effect, named by its noun
            last = max(last, head + 1)
        if head in heads:
            continue
        heads.add(head)
        if parse is not None and head in parse and parse.tag(head).startswith("NN"):
            first = min(first, _phrase(ann, parse, head)[0])
        end_seen = last
        text = ann.document.prose[ann.starts[first]:ann.starts[last - 1] + len(ann.texts[last - 1])]
        items.append(Item(text, ann.starts[first], ann.starts[first] + len(text)))
    return items


def _rising(ann: Annotation, clause, items: list[Item]) -> list[Item]:
    """The vital signs a clause says rise ("blood pressure and heart rate rise"), less those a
    symptom already names ("raised blood pressure")."""
    return [Item(c.text, c.start, c.end) for c in ann.cues_in(clause.tok_start, clause.tok_end, "vital-sign")
            if not any(i.start <= c.start and c.end <= i.end for i in items)]


def _with_symptoms(ann: Annotation, parse, frames: list[Frame], tok: int, items: list[Item]) -> list[Item]:
    """Items the parse found after a cue, and the symptoms later in its clause that a broken
    coordination hid from it ("can cause <x>, <y> and, rarely, <z>")."""
    frame = frame_at(frames, tok)
    end = frame.clause.tok_end if frame else ann.sentence_of(tok).tok_end
    if any(ann.norms[i] == "than" for i in range(tok, end)):
        return items
    more = [i for i in _symptom_items(ann, parse, tok + 1, end)
            if not any(i.start < j.end and j.start < i.end for j in items)]
    return sorted(items + more, key=lambda i: i.start)


_JOINING = frozenset({"and", "or", ",", ".", ";", ":", "nor"})


def _stacked(ann: Annotation, cue, following) -> bool:
    """Without a parse: whether a symptom word only stacks on the next one before a noun they
    share ("a <x>, <y> feeling"), not a list's item ("<x>, <y> and <z>")."""
    after = following.tok_end
    return (following.tok_start == cue.tok_end + 1 and ann.norms[cue.tok_end] == ","
            and after < len(ann.norms) and ann.is_word[after] and ann.norms[after] not in _JOINING)


def _list_lead(ann: Annotation, sentence: Sentence) -> Sentence | None:
    """The sentence before the list a list item's sentence belongs to (a heading or a lead-in);
    None for a sentence in no list."""
    blocks = ann.document.blocks
    if not blocks[sentence.block].in_list:
        return None
    return _before(ann, sentence.index, lambda s: not (blocks[s.block].in_list or blocks[s.block].kind == "list"))


def _listed_under(ann: Annotation, sentence: Sentence, last_drug: str | None) -> list[Claim]:
    """A list item naming a symptom, in a list whose lead-in ends in a colon under a heading that
    names side effects ("## Side effects are real", "Expect some of these:", "- <effect>"). A
    lead-in that is itself a side-effect sentence gives the list's items already."""
    blocks = ann.document.blocks
    lead = _list_lead(ann, sentence)
    if lead is None:
        return []
    if blocks[lead.block].kind == "heading":
        # a list right under a heading that names side effects ("### Side effects of <drug>"),
        # not a comparator's
        if "side-effect" not in lead.cue_kinds or "comparator" in lead.cue_kinds or _negated_sentence(ann, lead):
            return []  # "## Not side effects of <drug>" lists what is none
    else:
        # A side-effect lead gives its items itself; one that only reports ("During an infusion
        # you may notice:") names no effect of its own, and the heading says what it lists.
        if (not ann.cues_in(sentence.tok_start, sentence.tok_end, "symptom") or not lead.text.rstrip().endswith(":")
                or not _GIVES_ITEMS.isdisjoint(lead.cue_kinds)):
            return []
        heading = _before(ann, lead.index, lambda s: blocks[s.block].kind == "heading")
        if heading is None or heading.cue_kinds.isdisjoint(("side-effect", "side-effect-loose")) or (
                _negated_sentence(ann, heading)):
            return []  # "## Side effects", "## After-effects" over "What people told us:"
    prose = ann.document.prose
    block = blocks[sentence.block]
    start, text = block.prose_start, prose[block.prose_start:block.prose_end]
    label = _label_end(text)
    labelled = label is not None and bool(ann.cues_in(ann.token_at(start + label), sentence.tok_end,
                                                      "symptom", "effect-state"))
    if labelled:  # "- **Mornings after:** a pounding headache …": the label names the topic
        start, text = start + label, text[label:]
    else:
        # "- **Agitation**, feeling wound up or restless": the words after a bold term gloss it
        text = text[:_bold_term_end(ann.document, start, text)]
    items = [i for i in _joined(ann, _split(prose, start, text)) if _names_effect(ann, i)]
    if labelled or _a_clause(ann, sentence):
        # a sentence, not a list of names ("feeling detached, with sounds distorted, was the effect
        # posters mentioned most"): its commas part phrases, not effects; only a symptom is one
        items = [_symptom_phrase(ann, i) for i in items if _is_symptom(ann, i)]
    if not items:
        return []
    return [Claim("side-effects", last_drug, items[0].start, items[-1].end, sentence.index, items=tuple(items))]


_PHRASE_WORDS = 4  # an item longer than this is a clause piece: its symptom's own phrase is the item
_NOUN_MODIFIERS = ("det", "amod", "compound", "nummod", "poss")


def _symptom_phrase(ann: Annotation, item: Item) -> Item:
    """A long item's last symptom and the words the parse puts before it ("dizziness simply comes
    with the territory" → "dizziness"; "wake with a pounding headache" → "a pounding headache")."""
    first, last = _item_tokens(ann, item)
    if sum(ann.is_word[first:last + 1]) <= _PHRASE_WORDS:
        return item
    cue = ann.cues_in(first, last + 1, "symptom", "effect-state")[-1]
    head = cue.tok_end - 1
    parse = ann.parses.get(ann.sentence_of(head).index)
    left = cue.tok_start
    if parse is not None and head in parse:
        left = min([left, *(parse.subtree(c)[0] for c in parse.children(head, *_NOUN_MODIFIERS) if c < head)])
    start, end = ann.starts[left], ann.starts[head] + len(ann.texts[head])
    return Item(ann.document.prose[start:end], start, end)


_LABEL_WORDS = 6  # "- **The rest of the list:** …": a label of a few words before a colon


def _label_end(text: str) -> int | None:
    """Where the text after a list item's opening label starts ("Mornings after: …"), if it has one."""
    colon = text.find(":")
    if colon < 0 or len(text[:colon].split()) > _LABEL_WORDS or not text[colon + 1:].strip():
        return None
    return colon + 1


_GLOSS_OPENERS = (",", "\u2014", "\u2013", " -", " (")


def _bold_term_end(document, start: int, text: str) -> int:
    """Where a list item's opening bold term ends when a gloss follows it ("**Brain fog**, where
    …"); the item's whole length otherwise."""
    at = document.file_offset(start)
    if not document.text.startswith(("**", "__"), at - 2):
        return len(text)
    close = document.text.find(document.text[at - 2:at], at)
    if close < 0:
        return len(text)
    end = close - at  # (a bold term has no hidden characters: prose and file advance together)
    return end if 0 < end <= len(text) and text[end:].startswith(_GLOSS_OPENERS) else len(text)


def _a_clause(ann: Annotation, sentence: Sentence) -> bool:
    """Whether the parse reads a sentence as a clause with a subject, not a noun phrase."""
    parse = ann.parses.get(sentence.index)
    return parse is not None and parse.is_verb(parse.root) and bool(parse.subjects(parse.root))


# How many of a list's items must name a symptom for a list no label calls side effects to be read.
_UNLABELLED_SYMPTOMS = 2


def _in_unlabelled_list(ann: Annotation, sentence: Sentence, last_drug: str | None) -> list[Claim]:
    """A list item naming a symptom, in a list whose lead-in names no side effects, no condition and
    no other drug ("Anyone trying it should expect some of the following:", "some notice:"), with a
    drug in discussion: its symptoms may be the drug's effects or a condition's own signs, so the
    claim is a guess (`parts`: every symptom item of the list) that the check takes only where items
    of the list are effects the packs list."""
    blocks = ann.document.blocks
    if last_drug is None or not ann.cues_in(sentence.tok_start, sentence.tok_end, "symptom"):
        return []
    lead = _list_lead(ann, sentence)
    if lead is None or blocks[lead.block].kind == "heading" or not lead.text.rstrip().endswith(":") \
            or not TRIGGERS.isdisjoint(lead.cue_kinds - {"side-effect-report"}) or "comparator" in lead.cue_kinds \
            or ann.mentions_in(lead.tok_start, lead.tok_end, "condition") or _negated_sentence(ann, lead) \
            or named_drugs(ann, lead.tok_start, lead.tok_end) - {last_drug}:
        return []
    listed = [i for i in list_items(ann, lead) if _names_effect(ann, i) and _is_symptom(ann, i)]
    block = blocks[sentence.block]
    own = [i for i in listed if block.prose_start <= i.start < block.prose_end]
    if len(listed) < _UNLABELLED_SYMPTOMS or not own:
        return []
    return [Claim("side-effects", last_drug, own[0].start, own[-1].end, sentence.index, items=tuple(own),
                  grounded=False, guess=True, parts=tuple(("listed", i) for i in listed))]


# ------------------------------------------------------------------ effects in a table
# "| What you might feel | How often |" over "| Nausea | Often |", or a row labelled "| Best-known
# downsides | <effects> |" under a drug's column: the label says what the cells list.
_TABLE_REACH = 256  # blocks back from a cell to its table's header row: bounded, so linear time
_EFFECT_LABELS = ("side-effect", "header-side-effects", "side-effect-loose", "header-lead-in")


def _in_effects_table(ann: Annotation, sentence: Sentence, last_drug: str | None) -> list[Claim]:
    """The symptoms a body cell names when its column's header or its row's label says the cells
    list effects, for the drug of its column or of the discussion. Read from the labels, not a
    parse: a warning at most."""
    blocks = ann.document.blocks
    if last_drug is None or blocks[sentence.block].kind != "cell" or "comparator" in sentence.cue_kinds or (
            ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug")):
        return []  # a cell naming a drug ("Like <other drug>, <effects>") is a sentence of its own
    header, label = _cell_labels(blocks, sentence.block)
    if header is None and label is None:
        return []
    if not (header is not None and _lists_effects(ann, blocks[header])) and not (
            label is not None and _lists_effects(ann, blocks[label]) and _names_column(ann, blocks, header)) and not (
            label is None and _under_effects_heading(ann, sentence)):
        # a row label speaks of the drug its column names, not of one the table leaves out; under
        # a side-effect heading, the first column names the effects ("| Headache | Common |")
        return []
    prose, block = ann.document.prose, blocks[sentence.block]
    items = [i for i in _split(prose, block.prose_start, prose[block.prose_start:block.prose_end])
             if _names_effect(ann, i) and _is_symptom(ann, i)]
    if not items or ann.is_negated(sentence.tok_start, sentence.tok_end):
        return []
    # "| <effect> | Never |": the cell beside a first-column effect says whether it comes
    kind = "denied-effects" if label is None and _answered_no(ann, blocks, sentence.block) else "side-effects"
    return [Claim(kind, last_drug, items[0].start, items[-1].end, sentence.index, items=tuple(items),
                  grounded=False)]


def _answered_no(ann: Annotation, blocks, index: int) -> bool:
    """Whether the next cell of the row is negated ("Never", "No", "Never seen with <drug>")."""
    following = index + 1
    if following >= len(blocks) or blocks[following].kind != "cell" or blocks[following].line != blocks[index].line:
        return False
    if not blocks[following].has_prose:
        return False
    span = ann.block_tokens(blocks[following])
    if any(ann.norms[t] in _NOT_ALWAYS for t in range(*span)):
        return False  # "Not usually", "Not common": less often, not never
    return ann.is_negated(*span) or bool(ann.cues_in(*span, "negation")) or ann.norms[span[0]] in _NOT


_NOT_ALWAYS = frozenset({"usually", "often", "common", "commonly", "always", "many", "much", "very", "everyone",
                         "all", "typically", "generally", "frequent", "frequently", "everybody"})


def _cell_labels(blocks, index: int) -> tuple[int | None, int | None]:
    """The header cell above a body cell and the label cell that begins its row (block indices;
    None where there is none: a header cell, the first column, a header row out of reach)."""
    first = index
    while first > 0 and index - first < _TABLE_REACH and blocks[first - 1].kind == "cell":
        first -= 1
    line = blocks[index].line
    if (first > 0 and blocks[first - 1].kind == "cell") or blocks[first].line == line:
        return None, None
    row = index
    while blocks[row - 1].kind == "cell" and blocks[row - 1].line == line:
        row -= 1
    column = index - row
    header = first + column if blocks[first + column].line == blocks[first].line else None
    return header, (row if column else None)


def _under_effects_heading(ann: Annotation, sentence: Sentence) -> bool:
    """Whether the heading above a table names side effects ("## Side effects" over "| Effect |
    How common |"), not a comparator's."""
    blocks = ann.document.blocks
    heading = _before(ann, sentence.index, lambda s: blocks[s.block].kind == "heading")
    return (heading is not None and "side-effect" in heading.cue_kinds and "comparator" not in heading.cue_kinds
            and not _negated_sentence(ann, heading))


def _names_column(ann: Annotation, blocks, header: int | None) -> bool:
    if header is None or not blocks[header].has_prose:
        return False
    return bool(ann.mentions_in(*ann.block_tokens(blocks[header]), "drug"))


def _lists_effects(ann: Annotation, block) -> bool:
    """Whether a header or label cell says its cells list effects, unnegated."""
    if not block.has_prose:
        return False
    start, end = ann.block_tokens(block)
    return bool(ann.cues_in(start, end, *_EFFECT_LABELS)) and not ann.is_negated(start, end)
