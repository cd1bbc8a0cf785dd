"""Study mentions: year, data period, design, topic.

A year is a study's year only when it is tied to a study word: "a 2017 study", "a study from
2021", "in 2021, researchers found", "the analysis, published in 2023". A year that dates
something else in the sentence ("approved for surgery since 1970, <drug> is now being
studied") is not. The parse ties a year to its noun when the sentence has one; otherwise only
a year right before the study word ("2017 clinical trial") or right after it ("a study from
2021") counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.claims.base import Claim, Item
from linter.claims.frames import Frame, quoted, topic
from linter.nlp import Annotation, Sentence
from linter.packs import STRENGTHS
from linter.quantities import YEAR, is_year

# A span of years: "2017 to 2020", "2017–2020", "between 2017 and 2020" ("2021 and 2023" alone
# is two years, not a span).
PERIOD = re.compile(r"\b(?:from\s+)?((?:19|20)\d\d)\s*(?:-|–|—|to|through to|through|until)\s*((?:19|20)\d\d)\b"
                     r"|\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b")
# Dependents a year takes when it dates the noun or verb above it.
_DATING = frozenset({"nummod", "compound", "amod", "appos", "npadvmod", "nmod", "attr"})
_STUDY_KINDS = ("study",) + tuple(f"design-{s}" for s in STRENGTHS)


TRIGGERS = frozenset({"study"})  # cue kinds a claim needs


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    return [c for part in _segments(ann, sentence) for c in _claims(ann, part, frames, last_drug)]


# Words after a comma that join a clause or phrase of its own: "…, plus an older trial from 2016".
_JOINING = frozenset({"and", "plus", "while", "whereas", "but"})


def _segments(ann: Annotation, sentence: Sentence) -> list[Sentence]:
    """A list of studies in one sentence ("a 2017 trial of …; a 2019 study of …; a 2023 analysis
    of …", "a 2023 analysis of …, plus an older trial from 2016 on …"): each part between
    semicolons, or before a comma and a joining word, that names a study is read as a mention of
    its own, so that one study's year is not lost among the others'. Otherwise the sentence whole."""
    norms = ann.norms
    cuts = [t for t in range(sentence.tok_start, sentence.tok_end - 1)
            if norms[t] == ";" or (norms[t] == "," and norms[t + 1] in _JOINING)]
    contrast = _fronted_contrast(ann, sentence)
    if contrast is not None:
        cuts = sorted({*cuts, contrast})
    bounds = list(zip([sentence.tok_start] + [t + 1 for t in cuts], cuts + [sentence.tok_end]))
    # a part that names a study with a year of its own (a data period alone is no study's year)
    dated = [bool(ann.cues_in(a, b, "study")) and bool(YEAR.search(PERIOD.sub("", " ".join(ann.norms[a:b]))))
             for a, b in bounds]
    if sum(dated) < 2 and contrast is None:
        return [sentence]
    parts = []
    for a, b in bounds:
        if a >= b:
            continue
        start = ann.starts[a]
        end = ann.starts[b - 1] + len(ann.texts[b - 1])
        text = sentence.text[start - sentence.start:end - sentence.start]
        parts.append(sentence._replace(start=start, end=end, tok_start=a, tok_end=b, text=text))
    return parts


def _fronted_contrast(ann: Annotation, sentence: Sentence) -> int | None:
    """The comma that closes a fronted "Unlike <a study>," when a study is named after it too
    ("Unlike the 2023 analysis, the weekly study was …"): two mentions, whose years are their own."""
    first = next((t for t in range(sentence.tok_start, sentence.tok_end) if ann.is_word[t]), None)
    if first is None or ann.norms[first] != "unlike":
        return None
    comma = next((t for t in range(first, sentence.tok_end) if ann.norms[t] == ","), None)
    if comma is None or not ann.cues_in(first, comma, "study") or not ann.cues_in(comma, sentence.tok_end, "study"):
        return None
    return comma


def _claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    cues = ann.cues_in(sentence.tok_start, sentence.tok_end, "study")
    if not cues:
        return []
    text = sentence.text
    parse = ann.parses.get(sentence.index)
    study_toks = {i for c in ann.cues_in(sentence.tok_start, sentence.tok_end, *_STUDY_KINDS)
                  for i in range(c.tok_start, c.tok_end)}
    parts = []
    period = None
    taken = []
    m = PERIOD.search(text)
    bounds = _bounds(ann, sentence)
    if m:
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        period = (int(first), int(last))
        taken = [m.span()]
        parts.append(("period", Item(m.group(0), sentence.start + m.start(), sentence.start + m.end())))
    elif "period-start" in bounds and "period-end" in bounds:
        (first, a), (last, b) = bounds["period-start"], bounds["period-end"]
        period = (first, last)  # "the records began in 2016 and stopped in 2020"
        parts.append(("period", Item(text[a - sentence.start:b - sentence.start], a, b)))
    years = _study_years(ann, parse, sentence, study_toks, taken)
    # Two different study years in one sentence ("studies from 2017, 2021 and 2023") name no one study.
    year = years[0][0] if years and len({y for y, _ in years}) == 1 else None
    if year is not None:
        parts.append(("year", years[0][1]))
    design, design_item = _design(ann, parse, sentence)
    definite = any(ann.cues_in(max(sentence.tok_start, c.tok_start - 3), c.tok_start, "definite") for c in cues)
    reference = definite or _anaphoric(ann, parse, sentence, study_toks)
    if year is None and period is None and not (design and reference):
        return []
    if design:
        parts.append(("design", design_item))
    conditions = tuple(dict.fromkeys(
        m.id for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "condition")))
    author = bool(ann.cues_in(sentence.tok_start, sentence.tok_end, "study-author")) or _by_name(ann, sentence, study_toks)
    # "a separate 2019 survey", "unrelated to any of these studies": set apart from the studies in
    # discussion, so known only by its own topic words (checks/study.py)
    apart = bool(ann.cues_in(sentence.tok_start, sentence.tok_end, "study-other"))
    where = dict(parts).get("year") or dict(parts).get("period") or design_item
    if sentence.text != ann.sentences[sentence.index].text:
        parts.append(("mention", Item(text, sentence.start, sentence.end)))  # one study of a list
    return [Claim("study", topic(frames, cues[0].tok_start, last_drug), where.start, where.end, sentence.index,
                  conditions=conditions, year=year, period=period, design=design, definite=reference and not apart,
                  cue="author" if author else "other" if apart else None, parts=tuple(parts),
                  grounded=parse is not None)]


def _study_years(ann: Annotation, parse, sentence: Sentence, study_toks: set[int], taken) -> list[tuple[int, Item]]:
    """The years the sentence ties to its study (a data period's years left out)."""
    years = []
    for y in YEAR.finditer(sentence.text):
        if any(a <= y.start() < b for a, b in taken):
            continue
        tok = ann.token_at(sentence.start + y.start())
        if _bound_at(ann, sentence, tok):
            continue  # "records that start in 2016": the data window's bound, not the study's year
        if (_dates_study(ann, parse, tok, study_toks, sentence) or _in_label(ann, sentence, tok)
                or _fronted_dated(ann, sentence, tok, study_toks)):
            years.append((int(y.group(1)), Item(y.group(1), sentence.start + y.start(), sentence.start + y.end())))
    return years


def _in_label(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """A year in the label a sentence or list item opens with ("**2023 – KIT:** a prospective
    study …", "<topic>, 2019: a study …"): the label names the study the words after it describe."""
    words = [t for t in range(sentence.tok_start, min(sentence.tok_end, sentence.tok_start + _LABEL_REACH))
             if ann.is_word[t]]
    colon = next((t for t in range(sentence.tok_start, min(sentence.tok_end, sentence.tok_start + _LABEL_REACH))
                  if ann.norms[t] == ":"), None)
    return colon is not None and tok < colon and len([w for w in words if w < colon]) <= _LABEL_WORDS


_LABEL_REACH = 12  # tokens, markup and dashes included: "**2023 – weekly <drug> for <condition>:**"
_LABEL_WORDS = 6


def _fronted_dated(ann: Annotation, sentence: Sentence, tok: int, study_toks: set[int]) -> bool:
    """A fronted participle of dating before a study word, read from the words whatever the parse
    made of them: "(He has a point:) published in 2020, that analysis is …"."""
    before = tok - 1 if tok - 1 >= sentence.tok_start and ann.norms[tok - 1] in _BOUND_LINKS else tok
    if before <= sentence.tok_start or not ann.cues_in(max(sentence.tok_start, before - 2), before, "study-dated"):
        return False
    after = tok + 1
    if after >= sentence.tok_end or ann.norms[after] != ",":
        return False
    return any(t in study_toks for t in range(after + 1, min(sentence.tok_end, after + 4)))


def _bound_at(ann: Annotation, sentence: Sentence, tok: int) -> str | None:
    """The kind of window bound right before a year ("began in 2016", "stopped 2020"), or None."""
    before = tok - 2 if tok - 1 > sentence.tok_start and ann.norms[tok - 1] in _BOUND_LINKS else tok - 1
    if before < sentence.tok_start:
        return None
    return next((c.kind for c in ann.cues_in(before, before + 1, "period-start", "period-end")), None)


_BOUND_LINKS = frozenset({"in", "from", "by", "until"})


def _bounds(ann: Annotation, sentence: Sentence) -> dict[str, tuple[int, int]]:
    """The year each kind of window bound gives ("began in 2016" → start 2016), with the prose
    offset of its bound word (start) or the year's end (end)."""
    out = {}
    for tok in range(sentence.tok_start, sentence.tok_end):
        kind = is_year(ann.norms[tok]) and _bound_at(ann, sentence, tok)
        if kind and kind not in out:
            edge = ann.starts[tok - 1 if ann.norms[tok - 1] not in _BOUND_LINKS else tok - 2]
            out[kind] = (int(ann.norms[tok]), edge if kind == "period-start" else ann.starts[tok] + len(ann.texts[tok]))
    return out


def _dates_study(ann: Annotation, parse, tok: int, study_toks: set[int], sentence: Sentence) -> bool:
    """Whether the year at `tok` dates a study word of the sentence (see the module doc)."""
    if parse is not None and tok in parse:
        head = parse.head(tok)
        if parse.dep(tok) in _DATING and head in study_toks:
            return True  # "a 2017 study", "the study (2021)"
        if parse.dep(tok) in _DATING and parse.dep(head) in _MODIFIERS and parse.head(head) in study_toks:
            return True  # "a landmark 2020 analysis": the year hung on the noun's other modifier
        if parse.dep(tok) in _DATING and _dated_aside(ann, parse, head, study_toks):
            return True  # "The big KIT study (published 2023) was …"
        # what the year dates is said to be a study ("The 2021 <condition> work was a meta-analysis")
        # or called one in apposition ("that 2021 work, a controlled trial in …")
        said = (parse.children(parse.head(head), "attr") if parse.dep(head) == "nsubj" else []) + parse.children(
            head, "appos")
        if parse.dep(tok) in _DATING and any(
                a in study_toks for a in said + [m for a in said for m in parse.children(a, *_MODIFIERS)]):
            return True
        if parse.dep(tok) != "pobj" or head == tok:
            return False
        if ann.cues_in(head, head + 1, "study-since"):
            return False  # "since 2015", "by 2020": a bound in time, not when a study was done
        gov = parse.head(head)
        if parse.tag(gov) == "RB" and parse.dep(gov) == "advmod":
            gov = parse.head(gov)  # "Back in 2021, scientists ran …": the adverb's verb
        if gov in study_toks or (ann.cues_in(gov, gov + 1, "study-dated")
                                 and any(a in study_toks for a in parse.ancestors(gov))):
            # "research in 2021"; "The weekly trial in <condition> dates from 2018" (misparsed below it)
            return True  # "a study from 2021", "research in 2021"
        if ann.cues_in(gov, gov + 1, "approval"):
            return False
        if ann.norms[head] == "in" and parse.tag(gov).startswith("NN") and any(
                a in study_toks for a in parse.ancestors(gov)):
            return True  # "Researchers looking at <topic> in 2022 found …": the parse hangs the year on the topic
        if _fronted_dating(ann, parse, gov, study_toks):
            return True  # "Published in 2022, the retrospective analysis has …"
        if (parse.is_verb(gov) and parse.dep(gov) == "advcl" and not parse.subjects(gov)
                and parse.tag(gov) not in ("VBN", "VBG")):
            # "Put simply, in 2023, researchers …": the phrase hung on "Put"; a fronted participle
            # ("Developed in 1962, <drug> was studied …") dates its own verb, not the study
            gov = parse.head(gov)
        return parse.is_verb(gov) and _dates_by_verb(ann, parse, gov, tok, study_toks, sentence)
    return _dated_by_words(ann, tok, study_toks, sentence)


def _dates_by_verb(ann: Annotation, parse, verb: int, tok: int, study_toks: set[int], sentence: Sentence) -> bool:
    """Whether the verb a year's phrase hangs on dates a study: a clause on the study word, or a
    verb whose subject or object is one."""
    if parse.dep(verb) in ("acl", "relcl") and parse.head(verb) in study_toks:
        return True  # "the analysis, published in 2023, …"
    if (parse.dep(verb) in ("acl", "relcl") and ann.cues_in(verb, verb + 1, "study-dated")
            and any(a in study_toks for a in parse.ancestors(verb))):
        return True  # "a study of <drug> for <condition>, published in 2021": the parse hangs it lower
    if parse.dep(verb) in ("acl", "relcl") and _dated_after_study(ann, sentence, tok, study_toks):
        return True  # "Critics of the analysis, published in 2021, …": hung on "Critics"
    return any(t in study_toks for t in parse.children(verb, "nsubj", "nsubjpass", "dobj", "agent"))


def _dated_by_words(ann: Annotation, tok: int, study_toks: set[int], sentence: Sentence) -> bool:
    """Without a parse: only a year next to its study word."""
    after = [i for i in range(tok + 1, min(tok + 4, sentence.tok_end)) if not ann.is_word[i]]
    stop = after[0] if after else min(tok + 4, sentence.tok_end)
    if any(i in study_toks for i in range(tok + 1, stop)):
        return True  # "2017 clinical trial"
    if _linked(ann, sentence, tok) and tok - 2 in study_toks:
        return True  # "a study from 2021"
    return _dated_after_study(ann, sentence, tok, study_toks)


def _linked(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """Whether the year at `tok` follows a link word of its own ("from 2021", "in 2023")."""
    before = tok - 1
    return before > sentence.tok_start and bool(ann.cues_in(before, before + 1, "study-year-link"))


def _dated_after_study(ann: Annotation, sentence: Sentence, tok: int, study_toks: set[int]) -> bool:
    """A year after its link word and a dating verb right after a study word, read from the words:
    "the analysis, published in 2023"."""
    if not _linked(ann, sentence, tok):
        return False
    before = tok - 1
    verb = ann.cues_in(max(sentence.tok_start, before - 2), before, "study-dated")
    return bool(verb) and any(i in study_toks for i in range(max(sentence.tok_start, verb[0].tok_start - 3),
                                                              verb[0].tok_start))


def _dated_aside(ann: Annotation, parse, verb: int, study_toks: set[int]) -> bool:
    """A dating verb hung on a study word ("the study (published 2023)", "the analysis,
    published 2023,"): the year it takes dates the study."""
    return (bool(ann.cues_in(verb, verb + 1, "study-dated")) and parse.dep(verb) in ("acl", "relcl", "appos")
            and parse.head(verb) in study_toks)


def _fronted_dating(ann: Annotation, parse, verb: int, study_toks: set[int]) -> bool:
    """A fronted participle of dating whose main clause's subject is a study word: "Published in
    2022, the analysis has …" (not "Approved in 1970, <drug> …": approval dates no study)."""
    return (bool(ann.cues_in(verb, verb + 1, "study-dated")) and parse.dep(verb) == "advcl"
            and any(s in study_toks for s in parse.subjects(parse.head(verb))))


def design_of(ann: Annotation, sentence: Sentence) -> tuple[str | None, Item | None]:
    """The design a sentence (or a table cell) gives its study (see _design)."""
    return _design(ann, ann.parses.get(sentence.index), sentence)


def _design(ann: Annotation, parse, sentence: Sentence) -> tuple[str | None, Item | None]:
    """The design a sentence gives its study: the longest design phrase, not negated or
    contrasted ("not a randomised trial", "rather than a trial"), and not the object of another
    ("a meta-analysis of many trials" is a meta-analysis). Two different designs left: none."""
    found = []
    for strength in STRENGTHS:
        for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, f"design-{strength}"):
            found.append((strength, cue))
    # A phrase inside a longer one ("trial" in "randomized controlled trial") is the longer one.
    found = [(s, c) for s, c in found if not any(
        o is not c and o.tok_start <= c.tok_start and c.tok_end <= o.tok_end and
        (o.tok_end - o.tok_start) > (c.tok_end - c.tok_start) for _, o in found)]
    # A design word next to a stronger one is one phrase with it: "a double-blind trial" is a
    # controlled trial, "a double-blind RCT" a randomized one, not two designs.
    order = {s: i for i, s in enumerate(STRENGTHS)}
    found = [(s, c) for s, c in found if not any(order[o_s] > order[s] and _joined(ann, o, c) for o_s, o in found)]
    kept = []
    for strength, cue in found:
        if ann.is_negated(cue.tok_start):
            continue
        if ann.cues_in(max(sentence.tok_start, cue.tok_start - 6), cue.tok_start, "design-contrast"):
            continue
        if _yardstick(ann, sentence, cue) or _denied_after(ann, sentence, cue):
            continue
        last = cue.tok_end - 1
        if parse is not None and last in parse and _governed(parse, last, [(s, o) for s, o in found if o is not cue], ann.norms):
            continue  # governed by another design word: "a review of trials"
        kept.append((strength, cue))
    # A design in quotes corrected by one in the writer's own words after it ('called it a
    # "randomized trial"; it now calls it a look back at past records'): the quoted one is
    # someone else's word.
    cited = [c.tok_start for _, c in kept if quoted(ann, sentence, c.tok_start, c.tok_end)]
    if cited and any(c.tok_start > cited[0] and c.tok_start not in cited for _, c in kept):
        kept = [(s, c) for s, c in kept if c.tok_start not in cited]
    return _chosen(ann, parse, sentence, kept)


def _chosen(ann: Annotation, parse, sentence: Sentence, kept) -> tuple[str | None, Item | None]:
    """Of the designs left, the one the sentence gives its study: what the study is said to be, or
    the only design named. Two said of it ("it was an analysis …, and it was, as they put it, a
    double-blind trial"): the strongest, which the sentence claims too, in a `LooseItem` (a warning)."""
    if parse is not None:
        # "The analysis was a randomized trial": what the study is said to be is its design.
        said = [(s, c) for s, c in kept if c.tok_end - 1 in parse and (
            _attribute(parse, c.tok_end - 1, ann.norms) or _apposed(ann, parse, c.tok_end - 1, sentence)
            or _done_so(ann, parse, c.tok_end - 1))]
    elif "conditional" not in sentence.cue_kinds:  # the same, read from the words: "was (clearly) a <design>"
        said = [(s, c) for s, c in kept if _said_to_be(ann, sentence, c.tok_start)]
    else:
        said = []  # "if the analysis was a trial": no parse to tell the condition from the claim
    strengths = {s for s, _ in said or kept}
    if len(strengths) == 1:
        strength, cue = (said or kept)[0]
        return strength, Item(cue.text, cue.start, cue.end)
    if len(said) < 2:
        return None, None
    strength, cue = max(said, key=lambda sc: STRENGTHS.index(sc[0]))
    return strength, LooseItem(cue.text, cue.start, cue.end)


@dataclass(frozen=True, slots=True)
class LooseItem(Item):
    """A design the sentence says of its study beside another it also says: a warning at most."""


def _yardstick(ann: Annotation, sentence: Sentence, cue) -> bool:
    """A design the study is measured against, not one it had: the object of a comparison ("it
    tells us less than a randomised trial would", "weaker evidence than an RCT") or the subject
    of a modal ("a randomised trial could settle it"): a kind of study in general."""
    before = range(max(sentence.tok_start, cue.tok_start - _COMPARED_REACH), cue.tok_start)
    if any(ann.cues_in(t, t + 1, "design-compared") and all(ann.is_word[u] for u in range(t, cue.tok_start))
           for t in before):
        return True
    # the modal right after the design's phrase: "a double-blind (trial) would", "an RCT could"
    after = range(cue.tok_end, min(sentence.tok_end, cue.tok_end + _MODAL_REACH))
    return any(ann.cues_in(t, t + 1, "design-hypothetical") and all(ann.is_word[u] for u in range(cue.tok_end, t))
               for t in after)


def _denied_after(ann: Annotation, sentence: Sentence, cue) -> bool:
    """A design a relative clause right after it denies or calls false: "kept calling it a
    prospective cohort study, which it was not"; "called it a systematic review of controlled trials,
    which inflates what that work was"."""
    comma = next((t for t in range(cue.tok_end, min(sentence.tok_end, cue.tok_end + _DENIAL_REACH))
                  if not ann.is_word[t]), None)
    if comma is None or ann.norms[comma] != "," or comma + 1 >= sentence.tok_end or ann.norms[comma + 1] != "which":
        return False
    end = min(sentence.tok_end, comma + 2 + _DENIAL_REACH)
    return any(ann.norms[t] in _DENIALS for t in range(comma + 2, end)) or bool(
        ann.cues_in(comma + 2, end, "refuting"))  # "…, which inflates what that work was"


_DENIAL_REACH = 6  # "study, which it (in fact) was not": a word or two, then the relative clause
_DENIALS = frozenset({"not", "n't", "never"})
_COMPARED_REACH = 3  # "than a (large) randomised trial": the comparison's word, a determiner, a modifier
_MODAL_REACH = 2


def _joined(ann: Annotation, one, other) -> bool:
    """Whether two design phrases stand next to each other, in either order, with at most a
    comma, "and" or a hyphen between them."""
    first, second = (one, other) if one.tok_end <= other.tok_start else (other, one)
    return first.tok_end <= second.tok_start and all(n in _JOINERS for n in ann.norms[first.tok_end:second.tok_start])


def _governed(parse, tok: int, found, norms) -> bool:
    """Whether a design word stands under another (`found`: the others; "a review of trials",
    though a cell's parse may hang "trial" on its own "randomised"), not beside it in
    apposition ("KIT analysis (2023): prospective cohort of …" names what the analysis was)."""
    below = tok
    for up in parse.ancestors(tok):
        if parse.dep(below) == "appos" or (parse.dep(below) == "pobj" and norms[up] == "as"):
            return False  # beside it: "KIT analysis (2023): prospective cohort", "the analysis as a trial"
        if any(o.tok_start <= up < o.tok_end for _, o in found):
            return True
        below = up
    return False


_JOINERS = frozenset({",", "and", "-"})
# Modifiers of a noun that may carry what it is ("a meta-analysis pooling dozens of trials" parsed
# with "dozens" the attribute).
_MODIFIERS = ("amod", "compound", "nmod")
_COPULAS = frozenset({"is", "was", "are", "were"})


def _attribute(parse, tok: int, norms) -> bool:
    """The word is what the subject is said to be, or a modifier of it ("was a double-blind trial")."""
    if parse.dep(tok) in _MODIFIERS:
        tok = parse.head(tok)
    return _said_of(parse, tok, norms) is not None


def _done_so(ann: Annotation, parse, tok: int) -> bool:
    """A design adverb of what the study did ("the analysis, which followed patients
    prospectively, …", "the analysis followed them prospectively"): said of the study."""
    verb = parse.head(tok)
    if parse.dep(verb) == "prep":
        verb = parse.head(verb)  # "followed patients prospectively from 2017 …", hung on "from"
    if parse.dep(tok) != "advmod" or not parse.is_verb(verb):
        return False
    doers = parse.subjects(verb) + ([parse.head(verb)] if parse.dep(verb) == "relcl" else [])
    return any(ann.cues_in(d, d + 1, "study") for d in doers)


def _apposed(ann: Annotation, parse, tok: int, sentence: Sentence) -> bool:
    """The design (or a modifier of it) stands in apposition to a study word, naming what the
    study was: "That 2017 study, a large placebo-controlled trial, …", "KIT analysis (2023):
    prospective cohort of …"."""
    if parse.dep(tok) in _MODIFIERS:
        tok = parse.head(tok)
    head = parse.head(tok)
    return parse.dep(tok) == "appos" and head != tok and bool(ann.cues_in(head, head + 1, "study"))


def _said_of(parse, tok: int, norms) -> int | None:
    """The verb whose subject the noun `tok` is said to be: "was a trial" (attr); "is described
    as a trial" (the "as" phrase of a verb with a passive subject); "It was, as several of you
    pointed out, a trial" (parsed as the object of the aside hung on "was")."""
    dep, head = parse.dep(tok), parse.head(tok)
    if dep == "attr" or (dep == "acomp" and norms[head] in _COPULAS):
        return head  # "was a trial", "was prospective"
    if dep == "oprd" and parse.children(head, "dobj"):
        return head  # "Clinics call the analysis a randomised trial"
    if dep == "pobj" and norms[head] == "as" and parse.dep(head) == "prep":
        verb = parse.head(head)
        if not parse.is_verb(verb):
            return verb  # "(clinics bill) the analysis as a trial": the parse hangs "as" on the study
        # "is described as a trial"; "The team describes it as a trial"
        return verb if parse.children(verb, "nsubjpass", "dobj") else None
    if (dep == "dobj" and parse.dep(head) == "advcl" and any(norms[m] == "as" for m in parse.children(head, "mark"))
            and norms[parse.head(head)] in _COPULAS and not parse.children(parse.head(head), "attr")):
        return parse.head(head)
    return None


def _said_to_be(ann: Annotation, sentence: Sentence, tok: int) -> bool:
    """Without a parse: an article right before the design, and "is"/"was" at most two words
    before it ("was clearly a trial", "was in fact a trial")."""
    if tok - 1 < sentence.tok_start or ann.norms[tok - 1] not in ("a", "an"):
        return False
    return any(ann.norms[j] in _COPULAS for j in range(max(sentence.tok_start, tok - 4), tok - 1))


def _anaphoric(ann: Annotation, parse, sentence: Sentence, study_toks: set[int]) -> bool:
    """"It was a trial": a pronoun or anaphora subject with a study word as its attribute;
    "They analyzed data from …": a pronoun as the subject of a study verb (the researchers of
    the study just named) or of a verb whose object is a study word ("They pulled data …"), or
    "Its authors …" as the main clause's subject. Without a parse: the
    pronoun opening the sentence, a study word within a few words after it. Either way "In it,
    investigators reviewed …": the study just named is where the sentence takes place."""
    first = next((t for t in range(sentence.tok_start, sentence.tok_end) if ann.is_word[t]), sentence.tok_end)
    if any(list(ann.norms[t:t + 2]) == ["in", "it"] and (t in (first, first + 1) or ann.norms[t - 1] == ",")
           for t in range(first, sentence.tok_end - 1)):
        return True  # at the start of the sentence, after its first noun ("Patients in it …") or a comma
    if parse is None:
        # a clause opens at the sentence's first word or after a fronted phrase's comma
        opens = [sentence.tok_start] + [t + 1 for t in range(sentence.tok_start, sentence.tok_end) if ann.norms[t] == ","]
        for first in opens:
            while first < sentence.tok_end and not ann.is_word[first]:
                first += 1  # markup and list marks before the first word
            if (first < sentence.tok_end and ann.norms[first] in _PRONOUNS | _POSSESSIVES
                    and any(t in study_toks for t in range(first + 1, first + 4))):
                return True
        return False
    for tok in study_toks:
        verb = _said_of(parse, tok, ann.norms) if tok in parse else None
        if verb is not None:
            # what the design is said of: the subject, or the object of a verb of calling
            holders = parse.subjects(verb) + parse.children(verb, "dobj")
            if any(ann.cues_in(s, s + 1, "anaphora") for s in holders):
                return True
        if tok in parse and parse.is_verb(tok) and any(ann.norms[s] in _PRONOUNS for s in parse.subjects(tok)):
            return True
        if tok in parse and parse.dep(tok) == "dobj" and any(
                ann.norms[s] in _PRONOUNS for s in parse.subjects(parse.head(tok))):
            return True  # "They pulled data on patients treated from …": a pronoun doing the study's work
    # "Its authors drew on records from …": the main clause's subject belongs to what came before
    if any(ann.norms[d] in _DEMONSTRATIVES for v in (parse.head(t) for t in study_toks if t in parse)
           for s in parse.subjects(v) for d in parse.children(s, "det")):
        return True  # "That <topic> work was a systematic review": the work just named
    return any(ann.norms[o] in _POSSESSIVES for s in parse.subjects(parse.root) for o in parse.children(s, "poss"))


_PRONOUNS = frozenset({"they", "it"})
_POSSESSIVES = frozenset({"its", "their"})
_DEMONSTRATIVES = frozenset({"that", "this"})


def _by_name(ann: Annotation, sentence: Sentence, study_toks: set[int]) -> bool:
    """A named author: a study word, "by" and a capitalised word ("a trial by Smith")."""
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "study-by"):
        nxt = cue.tok_end
        if (cue.tok_start - 1 in study_toks and nxt < sentence.tok_end and ann.texts[nxt][:1].isupper()):
            return True
    return False
