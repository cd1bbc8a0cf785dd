"""Who each clause is about (the subject drug, resolved across clauses and sentences), and
whether the writer asserts it at all."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from linter.nlp import Annotation, Clause, Cue, Mention, Sentence
from linter.words import positions

if TYPE_CHECKING:
    from linter.grammar import Parse

_DETERMINERS = {"a", "an", "the", "this", "that"}


@dataclass(frozen=True)
class Frame:
    clause: Clause
    drugs: tuple[Mention, ...]  # every drug named in the clause
    subjects: tuple[str, ...]  # drug ids the clause is about


def is_reference(ann: Annotation, mention: Mention | Cue, kind: str = "reference") -> bool:
    """A drug (or "the drug") named only as what another is a form of: "a form of <drug>", or as
    the kin of the thing it is joined to by a hyphen: "a <drug>-family product". `kind`: the
    reference cues read ("reference-kin": only those naming kin, "related to <drug>")."""
    for cue in ann.cues_in(max(0, mention.tok_start - 4), mention.tok_start, kind):
        if all(n in _DETERMINERS for n in ann.norms[cue.tok_end:mention.tok_start]):
            return True
    end = mention.tok_end
    return end + 1 < len(ann.norms) and ann.texts[end] == "-" and bool(ann.cues_in(end + 1, end + 2, "drug-kind"))


def named_drugs(ann: Annotation, lo: int, hi: int) -> set[str]:
    """The drugs named in a token range, not those named only as what another is a form of."""
    return {m.id for m in ann.mentions_in(lo, hi, "drug") if not is_reference(ann, m)}


def sentence_drug(ann: Annotation, lo: int, hi: int, last_drug: str | None) -> str | None:
    """The one drug a sentence names (not in passing: "like <drug>"), or the drug in discussion
    where it names none; None where it names several."""
    drugs = named_drugs(ann, lo, hi)
    return drugs.pop() if len(drugs) == 1 else (last_drug if not drugs else None)


class Frames(list):
    """A sentence's frames, in order; knows the first clause with a subject (asked for once per
    claim, so a sentence of many clauses is not read again for each)."""

    first_subject: str | None = None


def frames(ann: Annotation, sentence: Sentence, last_drug: str | None) -> Frames:
    """A frame per clause."""
    out = Frames()
    sentence_subject: str | None = None
    kinds = sentence.cue_kinds  # a cue the sentence lacks, no clause of it has
    for clause in sentence.clauses:
        drugs = ann.mentions_in(clause.tok_start, clause.tok_end, "drug")
        named = [m.id for m in drugs if not is_reference(ann, m)]
        subjects = _unique(named)
        relative = not drugs and "relative" in kinds and ann.cues_in(clause.tok_start, clause.tok_start + 1, "relative")
        before = ann.last_mention(sentence.tok_start, clause.tok_start, "drug") if relative else None
        if before is not None:
            subjects = [before.id]  # "<drug>, which is approved …"
        elif not drugs:
            if last_drug and "anaphora" in kinds and ann.cues_in(clause.tok_start, clause.tok_end, "anaphora"):
                subjects = [last_drug]
            elif sentence_subject:
                subjects = [sentence_subject]
            elif last_drug and "off-label" in kinds and ann.cues_in(clause.tok_start, clause.tok_end, "off-label"):
                subjects = [last_drug]  # "This use is off-label." speaks of the drug in discussion
        if subjects and sentence_subject is None:
            sentence_subject = out.first_subject = subjects[0]
        if named:
            last_drug = named[-1]
        out.append(Frame(clause, tuple(drugs), tuple(subjects)))
    return out


def column_drugs(ann: Annotation) -> dict[int, str | None]:
    """Block index of each table cell -> the drug the cell speaks of: the one its column's header
    cell names, else the one its row's first cell names (None when neither names exactly one)."""
    out: dict[int, str | None] = {}
    header: dict[int, str | None] = {}
    header_line = row_line = column = -1
    row_drug: str | None = None
    for index, block in enumerate(ann.document.blocks):
        if block.kind == "table":
            header, header_line, row_line = {}, -1, -1
            continue
        if block.kind != "cell":
            continue
        column = column + 1 if block.line == row_line else 0
        row_line = block.line
        if header_line < 0:
            header_line = block.line
        drug = _cell_drug(ann, block)
        if block.line == header_line:
            header[column] = drug
        if column == 0:
            row_drug = drug
        out[index] = header.get(column) or row_drug
    return out


def _cell_drug(ann: Annotation, block) -> str | None:
    """The one drug a table cell names, if it names exactly one."""
    if not block.has_prose:
        return None
    drugs = named_drugs(ann, *ann.block_tokens(block))
    return drugs.pop() if len(drugs) == 1 else None


def frame_at(frames_: list[Frame], tok: int) -> Frame | None:
    at = bisect.bisect_right(frames_, tok, key=_clause_start) - 1  # clauses are in order, and tile the sentence
    return frames_[at] if at >= 0 and tok < frames_[at].clause.tok_end else None


def _clause_start(frame: Frame) -> int:
    return frame.clause.tok_start


def topic(frames_: Frames, tok: int, last_drug: str | None) -> str | None:
    """The drug a word at `tok` is about: its clause's subject, else the sentence's, else the last named."""
    frame = frame_at(frames_, tok)
    if frame and frame.subjects:
        return frame.subjects[0]
    return frames_.first_subject or last_drug


def _unique(ids) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


# ------------------------------------------------------------------ assertion framing
# Whether the writer asserts a clause, or only mentions it: a question, a quotation, reported
# speech ("some sites claim …"), a condition ("if it were approved …") or a myth being refuted.

_QUOTE = '"'  # curly quotes fold to it (nlp.norm)
_CLOSERS = "\"'*_)]}> \t\u201d\u2019\u2013\u2014-"  # and a dash before a signature: "Is it? — A reader"
_INVERTED_AUX = frozenset({"is", "are", "was", "were", "does", "do", "did", "can", "could", "has", "have",
                           "will", "would", "should", "may", "might"})
_INVERTED_IF = frozenset({"had", "were", "should"})  # "Had the FDA approved it, …"
_LABEL_REACH = 4  # "Myth 2:" — the colon comes within a few tokens of the label


def head_of(parse: "Parse", start: int, end: int) -> int:
    """The token of [start, end) that governs the rest: the first whose head lies outside."""
    for t in range(max(start, parse.tok_start), min(end, parse.tok_end)):
        h = parse.head(t)
        if h == t or not start <= h < end:
            return t
    return start


def covered(ann: Annotation, tok: int, kind: str) -> bool:
    """Whether a cue of `kind` covers the token (cues are at most a few words long)."""
    return any(c.tok_end > tok for c in ann.cues_in(max(0, tok - 4), tok + 1, kind))


# Whose voice a clause is in: the writer's own; someone else's that the draft passes on without
# refuting it ("According to some clinics, <claim>", "Scientists believe <claim>": the draft may
# only be quoting, so at most a warning); or no one's assertion (a question, a quotation, a
# condition, a myth, a claim the draft refutes): silence.
OWN, REPORTED, NOT_ASSERTED = "own", "reported", "not asserted"


def voice(ann: Annotation, sentence: Sentence, tok: int) -> str:
    """The voice of the clause at `tok`. Without a parse only the surface signs count (a
    question mark, quotation marks, a "Myth:" label, a framing opening)."""
    if (is_question(ann, sentence) or quoted(ann, sentence, tok) or labelled(ann, sentence, tok)
            or framing_that(ann, sentence, tok) or is_option(ann, sentence)):
        return NOT_ASSERTED
    opening = framed_opening(ann, sentence, tok) or (REPORTED if in_speaker_turn(ann, sentence) else None)
    parse = ann.parses.get(sentence.index)
    if parse is not None and tok in parse and (_inverted_question(ann, parse, sentence)
                                               or conditional(ann, parse, tok)):
        return NOT_ASSERTED
    how = opening or (report_kind(ann, parse, tok) if parse is not None and tok in parse else None) \
        or (REPORTED if reporting_aside(ann, sentence, tok) else None)
    if how == FRAMED:
        return NOT_ASSERTED
    if how == REPORTED:
        return NOT_ASSERTED if refuted(ann, sentence, tok) else REPORTED
    return OWN


_ASIDE_WORDS = 6  # "one marketing sheet promises", "a spokesperson for the clinic told us"
_ASIDE_STOPS = frozenset({":", ";"})


def reporting_aside(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """Whether a short aside set off by commas before `tok`, in its part of the sentence, ends in a
    reporting word ("a single infusion, one marketing sheet promises, keeps <condition> at bay for
    a month"), whatever the parse makes of it (it may read "promises" as a noun in apposition)."""
    commas = []
    for i in range(min(tok, sentence.tok_end) - 1, sentence.tok_start - 1, -1):
        if ann.texts[i] in _ASIDE_STOPS:
            break
        if ann.texts[i] == ",":
            commas.append(i)
    for close, open_ in zip(commas, commas[1:]):
        words = [i for i in range(open_ + 1, close) if ann.is_word[i]]
        if 2 <= len(words) <= _ASIDE_WORDS and _reports(ann, words[-1]) and not _own_side_words(ann, words):
            return True
    return False


def _own_side_words(ann: Annotation, words: list[int]) -> bool:
    return any(ann.norms[i] in _OWN_SIDE for i in words)


def asserted(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """Whether the draft passes the clause at `tok` on: in its own voice or reporting another's
    without refuting it (`voice` says which)."""
    return voice(ann, sentence, tok) != NOT_ASSERTED


def is_question(ann: Annotation, sentence: Sentence) -> bool:
    # (an opening bracket the splitter left on the question: "Is it …? (Answer: no.)")
    return sentence.text.rstrip(_CLOSERS + "([{").endswith("?")


_OPTION_REACH = 10  # options a question's stem may stand above ("A." to "J.")


def is_option(ann: Annotation, sentence: Sentence) -> bool:
    """A lettered option of a multiple-choice question ("- A. It is approved for <condition>" under
    "Which statement is correct?"): one of several the writer offers, asserting none; the answer
    line after them is the writer's. Only a few options back to the stem are read."""
    for index in range(sentence.index, max(-1, sentence.index - _OPTION_REACH - 1), -1):
        earlier = ann.sentences[index]
        if not _lettered(earlier.text):
            return index != sentence.index and is_question(ann, earlier)
    return False


def _lettered(text: str) -> bool:
    """Opens with an option's letter: "A. …", "b) …"."""
    return len(text) > 3 and text[0].isalpha() and text[1] in ".)" and text[2] == " " and text[0].lower() <= "j"


def in_speaker_turn(ann: Annotation, sentence: Sentence) -> bool:
    """Whether the sentence is in a named speaker's turn of a transcript or record: its paragraph
    opens with a label that starts with a title or office ("**MR DOYLE (resident):**", "**CLLR
    BRENNAN:**"). The record passes the speaker's words on; they are not the writer's own. Not
    an answer to the page's own "Q:" (an interview's expert answers for the page)."""
    opening = _paragraph_opening(ann, sentence)
    if not _titled_label(ann, opening):
        return False
    before = _paragraph_opening(ann, ann.sentences[opening.index - 1]) if opening.index else None
    return before is None or _turn_label(ann, before) not in _QUESTION_LABELS


def _paragraph_opening(ann: Annotation, sentence: Sentence) -> Sentence:
    """The first sentence of the sentence's paragraph."""
    first = ann.sentences.index_of(_block_bounds(ann, sentence)[0])
    return ann.sentences[first] if first is not None else sentence


def _titled_label(ann: Annotation, opening: Sentence) -> bool:
    """Whether a sentence opens with a speaker's label that starts with a title or office."""
    words = [i for i in range(opening.tok_start, min(opening.tok_end, opening.tok_start + _TURN_LABEL_TOKENS))
             if ann.is_word[i]]
    if not words or not ann.cues_in(words[0], words[0] + 1, "speaker-title"):
        return False
    colon = next((i for i in range(words[0], opening.tok_end) if ann.texts[i].endswith(":")
                  and not ann.is_word[i]), None)  # "):" is one token
    return colon is not None and colon - words[0] < _TURN_LABEL_TOKENS


_TURN_LABEL_TOKENS = 12  # "DR NAIR (medical director, Harbour Mind):"


def _inverted_question(ann: Annotation, parse: "Parse", sentence: Sentence) -> bool:
    """A heading asked without its question mark: "Is <drug> approved for <condition>"."""
    first = next((i for i in range(sentence.tok_start, sentence.tok_end) if ann.is_word[i]), None)
    if first is None or first not in parse or ann.norms[first] not in _INVERTED_AUX:
        return False
    if parse.dep(first) not in ("aux", "auxpass", "ROOT"):
        return False
    verb = first if parse.dep(first) == "ROOT" else parse.head(first)
    return any(s > first for s in parse.children(verb, "nsubj", "nsubjpass", "expl"))


def quoted(ann: Annotation, sentence: Sentence, tok_start: int, tok_end: int | None = None) -> bool:
    """Whether the tokens [tok_start, tok_end) (one token by default) are someone else's words, or
    a word held at a distance, not the writer's own:
    - inside double quotes opened earlier in the sentence and closed after the span, in the
      sentence or later in its paragraph (a quotation may run over several sentences);
    - in a sentence inside a quotation opened earlier in the paragraph. A paragraph that is
      itself one quotation (an interview answer: it opens with the mark and the quotation runs
      to its end) is the speaker's account as the article presents it: its sentences count as
      asserted unless quoted within;
    - inside single quotes standing alone: an opening mark before a word and a closing one after
      one, so an apostrophe ("<drug>'s effects", "patients' reports") never opens a quotation;
    Scare quotes around exactly the span ('months', "cured") are the shortest case of either kind.
    The one quotation test every claim family uses. Curly quotes fold to straight ones (nlp.norm)."""
    tok_end = tok_start + 1 if tok_end is None else tok_end
    marks = _positions(ann, _QUOTE)
    at = functools.partial(bisect.bisect_left, marks)
    block_start, block_end = _block_bounds(ann, sentence)
    if (at(tok_start) - at(sentence.tok_start)) % 2 and at(block_end) > at(tok_end):
        return True
    if (at(sentence.tok_start) - at(block_start)) % 2 and not _whole_quotation(ann, marks, block_start, block_end):
        return True
    return _in_single_quotes(ann, sentence, tok_start, tok_end)


_SINGLE = "'"


def _whole_quotation(ann: Annotation, marks: list[int], block_start: int, block_end: int) -> bool:
    """A paragraph that opens with a quotation mark and closes one at its end (nothing but
    punctuation after): an answer quoted whole, not a quotation within the paragraph."""
    if ann.norms[block_start] != _QUOTE:
        return False
    last = marks[bisect.bisect_left(marks, block_end) - 1]
    return not any(ann.is_word[i] for i in range(last + 1, block_end))


def _in_single_quotes(ann: Annotation, sentence: Sentence, tok_start: int, tok_end: int) -> bool:
    """Between a single quote that opens (after a space or punctuation, before a word) and one that
    closes (right after a word), in the sentence."""
    singles = _positions(ann, _SINGLE)
    first = bisect.bisect_left(singles, sentence.tok_start)
    opened = False
    for i in singles[first:bisect.bisect_left(singles, tok_start)]:
        if _opens(ann, sentence, i):
            opened = True
        elif _closes(ann, sentence, i):
            opened = False
    if not opened:
        return False
    after = singles[bisect.bisect_left(singles, tok_end):bisect.bisect_left(singles, sentence.tok_end)]
    return any(_closes(ann, sentence, i) for i in after)


def _opens(ann: Annotation, sentence: Sentence, i: int) -> bool:
    spaced_before = i == sentence.tok_start or ann.spaces[i - 1] or not ann.is_word[i - 1]
    return spaced_before and not ann.spaces[i] and i + 1 < sentence.tok_end and ann.is_word[i + 1]


def _closes(ann: Annotation, sentence: Sentence, i: int) -> bool:
    return i > sentence.tok_start and not ann.spaces[i - 1] and (
        ann.spaces[i] or i + 1 >= sentence.tok_end or not ann.is_word[i + 1])


@functools.lru_cache(maxsize=4)  # the draft being read, per mark (an Annotation hashes by identity)
def _positions(ann: Annotation, mark: str) -> list[int]:
    return list(positions(ann.norms, mark))


def _block_bounds(ann: Annotation, sentence: Sentence) -> tuple[int, int]:
    """[start, end) tokens of the sentence's paragraph (its block's prose)."""
    blocks = ann.document.blocks
    if not 0 <= sentence.block < len(blocks) or not blocks[sentence.block].has_prose:
        return sentence.tok_start, sentence.tok_end
    start, end = ann.block_tokens(blocks[sentence.block])
    return min(start, sentence.tok_start), max(end, sentence.tok_end)


def labelled(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """After a label that opens the line: "Myth: <claim>", "Myth 2: <claim>"."""
    words = [i for i in range(sentence.tok_start, min(tok, sentence.tok_end)) if ann.is_word[i]][:2]
    for cue in ann.cues_in(sentence.tok_start, words[-1] + 1 if words else sentence.tok_start, "framing-label"):
        if any(ann.norms[i] == ":" for i in range(cue.tok_end, min(cue.tok_end + _LABEL_REACH, tok))):
            return True
    return False


def framing_that(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """After a framing noun and its "that"-clause, whatever the parse makes of it: "A common
    error, that <claim>, will cost you marks", "the falsehood that <claim>" (up to a semicolon)."""
    for i in range(tok - 1, sentence.tok_start, -1):
        if ann.norms[i] == ";":
            return False
        if ann.norms[i] == "that":
            before = i - 1 if ann.norms[i - 1] != "," else i - 2
            if before >= sentence.tok_start and covered(ann, before, "framing"):
                return True
    return False


def framed_opening(ann: Annotation, sentence: Sentence, tok: int) -> str | None:
    """After a sentence opening that frames its "that"-clause, whatever the parse makes of the
    clause: as an error ("It is a myth that <claim>": FRAMED) or as someone's belief ("Many
    believe that <claim>": REPORTED). None without such an opening."""
    first = next((i for i in range(sentence.tok_start, min(tok, sentence.tok_end)) if ann.is_word[i]), None)
    if first is None:
        return None
    for cue in ann.cues_in(first, first + 1, "attribution"):
        if cue.tok_start == first and cue.tok_end < tok and ann.norms[cue.tok_end] == "that":
            return attribution_kind(ann, range(cue.tok_start, cue.tok_end))
    return None


def attribution_kind(ann: Annotation, toks) -> str:
    """FRAMED for words that doubt a claim or call it false ("it is a myth", "wrongly", "some
    claim": `framing`), REPORTED for words that only say who holds it ("many believe", "some
    say")."""
    if any(covered(ann, t, "framing") for t in toks) or not any(_reports(ann, t) for t in toks):
        return FRAMED
    return REPORTED


def _reports(ann: Annotation, tok: int) -> bool:
    return covered(ann, tok, "reporting") and not covered(ann, tok, "not-reporting")


def _impersonal(ann: Annotation, parse: "Parse", verb: int) -> bool:
    """"It has been suggested that <claim>": a passive verb of saying with an impersonal "it" for
    its subject reports the claim and says nothing of who holds it."""
    return (covered(ann, verb, "reporting-impersonal") and bool(parse.children(verb, "auxpass"))
            and any(ann.norms[s] == "it" for s in parse.children(verb, "nsubjpass", "expl")))


def _cites_evidence(ann: Annotation, parse: "Parse", according: int) -> bool:
    """"according to the 2023 analysis": the writer relays a study's finding as fact, unlike
    "according to one clinic"."""
    lo, hi = parse.subtree(according)
    return any(covered(ann, t, "study") for t in range(lo, hi) if parse.dep(t) == "pobj")


_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "oprd", "dobj", "conj"})
FRAMED = "framed"  # what `report_kind` says of a clause called false, a myth or a belief


def report_kind(ann: Annotation, parse: "Parse", tok: int) -> str | None:
    """REPORTED: governed by a reporting verb ("sites say that …"), followed by one ("…, one clinic
    claimed"), said "according to" someone. FRAMED: governed by a framing noun or adjective ("the
    myth that …", "it is not true that …") or marked false by an adverb ("wrongly described as
    …"). None: neither."""
    chain = (tok, *parse.ancestors(tok))
    if _reports(ann, tok) and parse.children(tok, "ccomp", "xcomp", "oprd", "parataxis"):
        return _governor_kind(ann, parse, tok)  # the span's head is itself the report: "Some sites claim <claim>"
    for below, t in zip(chain, chain[1:]):
        if _impersonal(ann, parse, t) and parse.dep(below) == "ccomp":
            return REPORTED
        if (_reports(ann, t) and not imperative(parse, t)) or covered(ann, t, "framing"):
            if _contrasted(ann, parse, below):
                return None  # "the literature describes <x>, whereas <claim>": the writer's own contrast
            # What a verb reports is its complement; a clause hung on it otherwise ("If <claim>,
            # the label would say so") is a misparse to stay silent on, as before.
            if parse.dep(below) in _REPORTED_DEPS:
                return _governor_kind(ann, parse, t)
            if parse.dep(below) == "nsubjpass" and _as_phrase(ann, parse, t) and not covered(ann, t, "framing"):
                # "<it> is described as <what>": someone's description of the subject, the
                # writer's own when vouched for ("described, accurately, as …")
                return _described_kind(ann, parse.children(t, "advmod"))
            return FRAMED
        if parse.dep(below) == "ccomp" and any(covered(ann, a, "framing") for a in parse.children(t, "attr")):
            return FRAMED  # "It is a myth that <claim>" parsed with the clause under "is", not "myth"
    for t in chain:
        for child in parse.children(t, "parataxis", "ccomp", "advcl", "prep", "advmod"):
            if child in chain:
                continue
            dep = parse.dep(child)
            if dep == "advmod":
                if covered(ann, child, "attribution"):
                    return attribution_kind(ann, (child,))
            elif dep == "prep":
                if _reports(ann, child) and not _cites_evidence(ann, parse, child):  # "according to"
                    return REPORTED
            elif (child > tok or _aside(ann, parse, child)) and _reports(ann, child) \
                    and not parse.children(child, "ccomp"):
                # "<claim>, one clinic told us"; an aside before it, "That paper, the handout adds,
                # appeared in 2021", "In the States, we were told by a member, <claim>"
                return _governor_kind(ann, parse, child)
    return None


_CONTRAST_MARKS = frozenset({"whereas", "while", "whilst"})


def _contrasted(ann: Annotation, parse: "Parse", clause: int) -> bool:
    """A clause of contrast the parser hung on a reporting verb ("…, whereas <claim>"): it sets
    the writer's own statement beside the report, it does not continue it."""
    return parse.dep(clause) == "advcl" and any(ann.norms[m] in _CONTRAST_MARKS for m in parse.children(clause, "mark"))


def _aside(ann: Annotation, parse: "Parse", verb: int) -> bool:
    """Whether a clause hung on the claim's verb is an aside set off by a comma after it, in which
    someone other than the writer's side or the study's own authors speaks ("the owner's handout
    adds", "we were told by a member"; not "our medical director adds", "the team wrote")."""
    end = parse.subtree(verb)[1]  # the comma may be the aside's own last token
    if parse.dep(verb) not in ("parataxis", "ccomp") or "," not in ann.texts[end - 1:end + 1]:
        return False
    agents = [o for a in parse.children(verb, "agent") for o in parse.children(a, "pobj")]
    return not any(_own_side(ann, parse, s) for s in agents or parse.subjects(verb))


_OWN_SIDE = frozenset({"i", "we", "our", "my", "us", "team", "authors", "researchers", "investigators"})


def _own_side(ann: Annotation, parse: "Parse", speaker: int) -> bool:
    """The writer's side ("we", "our director") or a study's own authors ("the team")."""
    lo, hi = parse.subtree(speaker)
    return any(ann.norms[i] in _OWN_SIDE for i in range(lo, hi))


def _described_kind(ann: Annotation, adverbs: list[int]) -> str | None:
    """A description's voice by its adverb: "accurately" vouches for it (the writer's own),
    "wrongly" calls it false, none passes it on."""
    if any(covered(ann, a, "endorsing") for a in adverbs):
        return None
    if any(covered(ann, a, "attribution") for a in adverbs):
        return FRAMED
    return REPORTED


def _as_phrase(ann: Annotation, parse: "Parse", verb: int) -> bool:
    return any(ann.norms[c] == "as" for c in parse.children(verb, "prep"))


def imperative(parse: "Parse", tok: int) -> bool:
    """"Think of it as …", "Call it …": the writer telling the reader how to see it (a bare verb
    ruling the sentence, no subject, not negated), not a report of anyone's words."""
    return (parse.dep(tok) == "ROOT" and parse.tag(tok) in ("VB", "VBP") and not parse.subjects(tok)
            and not parse.children(tok, "neg", "aux"))  # (after a fronted phrase the tag is often VBP)


def _governor_kind(ann: Annotation, parse: "Parse", t: int) -> str | None:
    """A verb of saying or believing reports ("sites say <claim>", "scientists believe <claim>");
    a framing word ("the myth that", "not true that", "some claim": doubt is in the word) or a
    reporting word used as a noun ("testimonials") frames. The writer insisting on a claim ("I
    would stress that <claim>") makes it the writer's own (None)."""
    if covered(ann, t, "insisting"):
        # "we want to emphasise that …": the subject of the verb it completes
        speakers = parse.subjects(t) or (parse.subjects(parse.head(t)) if parse.dep(t) == "xcomp" else [])
        if any(_own_side(ann, parse, s) for s in speakers):
            return None
    if covered(ann, t, "framing") or parse.tag(t).startswith("NN"):
        return FRAMED
    if any(covered(ann, a, "attribution") for a in parse.children(t, "advmod")):
        return FRAMED  # "some clinics falsely advertise that <claim>": called false as it is reported
    if any(covered(ann, a, "endorsing") for a in parse.children(t, "advmod")):
        return None  # "the website correctly notes that <claim>": vouched for, the writer's own
    return REPORTED


_BUT = frozenset({"but", "yet", "however", "though", "although"})
_EXPLAINING = frozenset({"why"})  # "Why so many people think <claim>": a belief being explained


def refuted(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """Whether the draft takes a reported claim back: a `refuting` cue in its sentence ("…, which
    is false", "…, but no study shows that", "Be wary of any clinic that calls it …"); a negation
    after a "but" ("…, but it is not"); a sentence that explains the belief ("Why many think …");
    a later sentence in its paragraph that asks about it ("Is it?", "… Is she right?"); or a next
    sentence that opens by refuting it ("That is not true.")."""
    if any(not _negated_refutation(ann, sentence, c)
           for c in ann.cues_in(sentence.tok_start, sentence.tok_end, "refuting")):
        return True
    norms = ann.norms
    first = next((i for i in range(sentence.tok_start, sentence.tok_end) if ann.is_word[i]), None)
    if first is not None and norms[first] in _EXPLAINING:
        return True
    but = next((i for i in range(tok, sentence.tok_end) if norms[i] in _BUT), None)
    if but is not None and ann.cues_in(but, sentence.tok_end, "negation"):
        return True
    if (_asked_later(ann)[sentence.index] or _asker_speaks(ann, sentence)
            or _denied(ann, tok, sentence.tok_end, alone=False)):
        return True
    after = sentence.index + 1
    if after < len(ann.sentences) and (ann.sentences[after].block == sentence.block
                                       or _next_turn(ann, sentence, ann.sentences[after])):
        nxt = ann.sentences[after]
        return any(_denied(ann, start, nxt.tok_end, alone=True) or any(
            c.tok_start - start <= _REFUTE_REACH for c in ann.cues_in(start, nxt.tok_end, "refuting"))
            for start in {nxt.tok_start, _after_label(ann, nxt)})  # "GUEST: That website is wrong."
    return False


def _next_turn(ann: Annotation, sentence: Sentence, nxt: Sentence) -> bool:
    """Whether `nxt` opens the turn that answers a titled speaker's last sentence ("**MR DOYLE:**
    … it cured him." "**DR NAIR:** I'd push back on 'cured'.")."""
    return (_paragraph_opening(ann, nxt).index == nxt.index and _after_label(ann, nxt) != nxt.tok_start
            and in_speaker_turn(ann, sentence))


def _asker_speaks(ann: Annotation, sentence: Sentence) -> bool:
    """Whether the sentence is in a question's turn of a Q&A: its paragraph opens "Q:" (or
    "Question:") and no "A:" comes before it ("**Q: Will it last? A friend told me <claim>.**"):
    what the asker reports is put to the writer, who answers it, and is not passed on."""
    first = next((s for s in range(sentence.index, -1, -1)
                  if s == 0 or ann.sentences[s - 1].block != sentence.block), sentence.index)
    for s in range(first, sentence.index + 1):
        label = _turn_label(ann, ann.sentences[s])
        if label in _ANSWER_LABELS or (s == first and label not in _QUESTION_LABELS):
            return False
    return True


def _turn_label(ann: Annotation, sentence: Sentence) -> str | None:
    """The speaker's label a sentence opens with ("Q", "A", "Question"), if it opens with one."""
    start = _after_label(ann, sentence)
    words = [ann.norms[t] for t in range(sentence.tok_start, start) if ann.is_word[t]]
    return words[0] if start != sentence.tok_start and len(words) == 1 else None


_QUESTION_LABELS = frozenset({"q", "question"})
_ANSWER_LABELS = frozenset({"a", "answer"})
_LABEL_WORDS = 4  # "GUEST:", "DR MARSH:", "Reply from a moderator:"


def _after_label(ann: Annotation, sentence: Sentence) -> int:
    """Where a sentence's own words begin: after a speaker's label and its colon, if it opens with one."""
    words = 0
    for i in range(sentence.tok_start, sentence.tok_end):
        if ann.texts[i] == ":":
            return i + 1
        words += ann.is_word[i]
        if words > _LABEL_WORDS or not (ann.is_word[i] or ann.texts[i] in ("*", "_")):
            break
    return sentence.tok_start


# Before a bare denial, a break in the sentence ("…; it isn't", "…, but they're not") or nothing but
# a word or two of its own sentence ("No, it isn't."); after it, at most these words.
_DENIAL_BREAKS = frozenset({";", ":", ",", "-", "\u2013", "\u2014", "but", "yet", "and"})
_DENIAL_TAIL = frozenset({"so", "true", "really", "at", "all", "anymore", "though", "the", "case", "yet",
                          "approved", "licensed"})
_DENIAL_LEAD = 2  # "No, it isn't.", "Sadly, it's not."


def _denied(ann: Annotation, start: int, end: int, alone: bool) -> bool:
    """Whether tokens [start, end) end in a bare denial of what came before ("…; it isn't", "—
    they're not."): an `elided-denial` cue after a break, or near the start of a sentence of its
    own (`alone`: "It isn't."), with nothing after it but punctuation and a word such as "so"."""
    for cue in ann.cues_in(start, end, "elided-denial"):
        lead = [i for i in range(start, cue.tok_start) if ann.is_word[i]]
        broken = cue.tok_start > start and ann.norms[cue.tok_start - 1] in _DENIAL_BREAKS
        rest = [ann.norms[i] for i in range(cue.tok_end, end) if ann.is_word[i]]
        if (broken or alone and len(lead) <= _DENIAL_LEAD) and all(w in _DENIAL_TAIL for w in rest):
            return True
    return False


_NEGATION_REACH = 5  # "I don't think that's an exaggeration": the negation a few words before


def _negated_refutation(ann: Annotation, sentence: Sentence, cue) -> bool:
    """A refuting word the writer negates vouches for the report instead of taking it back:
    "that is no exaggeration", "I don't think that's an exaggeration". A negation a few words
    before it, with no punctuation between ("No, that is a myth" still refutes)."""
    start = max(sentence.tok_start, cue.tok_start - _NEGATION_REACH)
    return any(n.tok_end <= cue.tok_start and not ann.cues_in(n.tok_start, n.tok_end, "pseudo-negation")
               and all(ann.is_word[t] for t in range(n.tok_end, cue.tok_start))
               for n in ann.cues_in(start, cue.tok_start, "negation"))


@functools.lru_cache(maxsize=4)  # the draft being read (an Annotation hashes by identity)
def _asked_later(ann: Annotation) -> list[bool]:
    """Per sentence: whether its paragraph ends in a question after it (a signature with no full
    stop may follow). A reader's letter ("My friend says <claim>. … Is she right?") puts what it
    reports to the question the draft then answers: the report is not passed on. A question
    mid-paragraph asks only itself. One pass from the end, so linear."""
    out = [False] * len(ann.sentences)
    asked, block = False, None  # whether the current paragraph's last full sentence is a question
    for i in range(len(ann.sentences) - 1, -1, -1):
        sentence = ann.sentences[i]
        if sentence.block != block:
            block, asked, closed = sentence.block, False, False
        out[i] = asked
        if not closed and sentence.text.rstrip(_CLOSERS)[-1:] in (".", "!", "?"):
            asked, closed = is_question(ann, sentence), True
    return out


_REFUTE_REACH = 4  # "That is simply not true.": the refutation opens the next sentence


def called_false(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """Whether the clause at `tok` is a report the draft calls false or out of date (a
    `refuting-false` word in its sentence or opening the next in its paragraph): the draft then
    asserts the report's opposite. "Some sites write that <drug> is not approved for <X>. This is
    old information." says it is approved. Never a question, quotation or myth label."""
    if is_question(ann, sentence) or quoted(ann, sentence, tok) or labelled(ann, sentence, tok):
        return False
    parse = ann.parses.get(sentence.index)
    how = framed_opening(ann, sentence, tok) or (
        report_kind(ann, parse, tok) if parse is not None and tok in parse else None)
    if how != REPORTED:
        return False
    if ann.cues_in(sentence.tok_start, sentence.tok_end, "refuting-false"):
        return True
    after = sentence.index + 1
    if after < len(ann.sentences) and ann.sentences[after].block == sentence.block:
        nxt = ann.sentences[after]
        return any(c.tok_start - nxt.tok_start <= _REFUTE_REACH
                   for c in ann.cues_in(nxt.tok_start, nxt.tok_end, "refuting-false"))
    return False


# (a preposition's clause is one too: "reviewers were split on whether …" supposes nothing of the
# clause it hangs from)
_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "xcomp", "csubj", "csubjpass", "parataxis", "pcomp"})


def conditional(ann: Annotation, parse: "Parse", tok: int) -> bool:
    """In a condition: "if <drug> were approved …", "unless …", "Had the FDA approved …". The
    subordinator may hang on any word of the clause short of a clause within it (a misparse
    hangs "If <drug> is FDA-approved" on "is", "If by law, …" on "by")."""
    chain = (tok, *parse.ancestors(tok))
    for m in ann.cues_in(parse.tok_start, parse.tok_end, "conditional"):
        t = m.tok_start
        if t not in parse or parse.dep(t) != "mark":
            continue
        for up in parse.ancestors(t):
            if up in chain:
                return True
            if parse.dep(up) in _CLAUSES:
                break
    for t in chain:
        if parse.dep(t) == "advcl":
            first = parse.subtree(t)[0]
            if ann.norms[first] in _INVERTED_IF and parse.head(first) == t:
                return True
    return _supposed_before(ann, parse.tok_start, parse.tok_end, tok)


# In the clause after a condition, these keep what the condition says a supposition: "If …, it
# would be …".
SUPPOSED = frozenset({"would", "could", "might", "'d"})


def _supposed_before(ann: Annotation, start: int, end: int, tok: int) -> bool:
    """Whether tok lies in a condition that opens the sentence and ends at its last comma, before a
    main clause that supposes ("If once a course is over, patients …, the label would say so"):
    what the parse may hang elsewhere, the words still show."""
    first = next((i for i in range(start, end) if ann.texts[i].isalpha()), None)
    if first is None or not covered(ann, first, "conditional") or tok < first:
        return False
    last_comma = next((i for i in range(end - 1, tok, -1) if ann.texts[i] == ","), None)
    return last_comma is not None and any(ann.norms[i] in SUPPOSED for i in range(last_comma, end))
