"""Which sentences go to the trained parser: those that can carry a claim (a claim cue with a
pack mention or a subject, a report of an experience after one, a side-effect cue anywhere) and
the items of a list a claim sentence introduces."""

from __future__ import annotations

from linter.document import Document


def parse_targets(document: Document, sentences, mentions, kinds: frozenset[str]) -> list[tuple[int, int, int]]:
    """The sentences that can carry a claim (a cue of `kinds`), as (index, tok_start, tok_end) in
    order: those the trained parser is given."""
    return sorted(set(_claim_sentences(sentences, mentions, kinds) + _list_items(document, sentences, kinds)))


# Cue kinds that bring a subject into a sentence that names no pack entry: "it", "this drug";
# "antidepressants", "SRIs" (whose claims must not be taken for the pack drug's); "its effects",
# "each infusion" (a time course of the treatment in discussion).
_SUBJECT_CUES = frozenset({"anaphora", "comparator", "treatment-reference"})


def _claim_sentences(sentences, mentions, kinds: frozenset[str]) -> list[tuple[int, int, int]]:
    """Sentences that can carry a claim, as (index, tok_start, tok_end): a cue of `kinds`, and a
    pack mention or a subject cue (or a route's cue, and a form named there or in the sentence
    before); or a cue that reports an experience ("<effect> is a common
    complaint", "many people notice <effect>") right after a sentence that was about a treatment
    (a pack mention or a subject cue), or after such reports that follow one, whose effects they
    go on to name; or a time cue with an effect noun right after a sentence about a treatment
    ("This improvement stayed stable over a year"); or a side-effect cue anywhere ("Side
    effects include …"); or a study cue with a design word ("That 2017 study, a large
    placebo-controlled trial, …"). (Bounds, not
    Sentence tuples: a long draft has a hundred thousand, each with its text.)"""
    out = []
    before_about = False  # the sentences before name a pack term or a treatment, then its effects
    form_before = False  # the sentence before names a form: "They go under the tongue" may be its route
    for s in sentences:
        routed = any(k.startswith("route-") for k in s.cue_kinds)
        about = (not _SUBJECT_CUES.isdisjoint(s.cue_kinds) or bool(mentions.starting_in(s.tok_start, s.tok_end))
                 or (("form" in s.cue_kinds or form_before) and routed))
        form_before = "form" in s.cue_kinds
        cues = kinds & s.cue_kinds
        if cues and _drugs_enough(cues, mentions, s) and (
                about or (before_about and _CONTEXT_CUES & s.cue_kinds) or _OWN_CUES & cues or _designed(cues, s)
                or (before_about and _LINKED_CUES & s.cue_kinds and _TIME_CUES & cues)):
            out.append((s.index, s.tok_start, s.tok_end))
        before_about = about or (before_about and bool(_CONTEXT_CUES & s.cue_kinds))
    return out


# Cue kinds whose sentence needs no subject of its own: it continues the one before.
_CONTEXT_CUES = frozenset({"side-effect-report"})
# An effect as a time sentence's subject ("This improvement stayed stable over a year") is the
# effect of the treatment the sentence before was about.
_LINKED_CUES = frozenset({"effect-noun", "effect-verb"})
_TIME_CUES = frozenset({"onset", "duration", "lasting", "not-lasting", "time-unit"})
# Cue kinds that make a claim wherever they stand ("Side effects include …" under a drug's
# heading): only the parse tells a listed effect from an adjective or a clause after the cue.
_OWN_CUES = frozenset({"side-effect"})
# A study mention that names a design ("That 2017 study, a large placebo-controlled trial, …"):
# only the parse tells whose design it is and what its year dates, drug named or not.
_STUDY_CUE, _DESIGN_PREFIX = "study", "design-"


def _designed(cues: frozenset[str], s) -> bool:
    return _STUDY_CUE in cues and any(k.startswith(_DESIGN_PREFIX) for k in s.cue_kinds)


# Cue kinds that carry a claim only beside a drug's name: a form ("the spray") is said to be a
# drug only where the drug is named; "during the infusion" alone asserts nothing about one.
_DRUG_CUES = frozenset({"form"})
# Cue kinds that carry a claim only in a sentence naming two drugs: "<brand> is <another drug>".
_TWO_DRUG_CUES = frozenset({"identity-copula"})


def _drugs_enough(cues: frozenset[str], mentions, s) -> bool:
    """Whether the sentence names the drugs its cues need: none for most, one for a form, two
    (by any names: "<brand> is <its drug>") for a bare copula."""
    if not cues <= _DRUG_CUES | _TWO_DRUG_CUES:
        return True
    drugs = mentions.starting_in(s.tok_start, s.tok_end, ("drug",))
    return len(drugs) >= (2 if cues <= _TWO_DRUG_CUES else 1)


def _list_items(document: Document, sentences, kinds: frozenset[str]) -> list[tuple[int, int, int]]:
    """The items of a list introduced by a sentence ending in a colon that holds a cue of `kinds`
    ("Side effects can include:"): they are that claim's arguments, and only the parse tells a
    noun phrase from an adjective or a clause fragment."""
    out = []
    intro = False
    for s in sentences:
        if document.blocks[s.block].in_list:
            if intro:
                out.append((s.index, s.tok_start, s.tok_end))
        else:
            intro = s.text.rstrip().endswith(":") and not kinds.isdisjoint(s.cue_kinds)
    return out

