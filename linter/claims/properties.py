"""Claims with no number in them about what a drug does, where it is given and what a form is:

mechanism  "<drug> blocks <target>" / "… switches <target> on" / "<drug> is a <target> antagonist"
           (subject: the drug; target: a term the packs name; cue: "block" or "activate")
setting    "<drug> is given under supervision in a clinic" / "… taken at home with no clinician"
           (subject: the drug; target: the form it is given in, if the clause names one;
           cue: "supervised" or "unsupervised")
identity   "the nasal spray is <drug>" / "the spray is ordinary <drug>, not <other drug>" /
           "<brand> contains <drug>" (subject: the form's last word, or "name:<drug id>" for a
           drug's name; target: the drug; cue: "plain" before "ordinary <drug>")
route      "<drug> is given as a nasal spray" / "the tablets are dissolved under the tongue"
           (subject: the drug, or "form:<last word>" for a definite form; cue: the route)

All four are read from the parse only, and only when it attaches the subject to the predicate
and the argument (each claim is grounded): a sentence with no parse gives none of them, since a
claim whose owner is a guess can be neither side of a contradiction. The words (actions,
settings, forms) are the language cues of the same names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from linter.claims.base import Claim
from linter.claims.frames import SUPPOSED, Frame, asserted, covered, head_of, is_reference, named_drugs, sentence_drug
from linter.grammar import SUBJECTS
from linter.nlp import TWO_NAMES, Annotation, Mention, Sentence
from linter.words import stem

if TYPE_CHECKING:
    from linter.grammar import Parse

_ACTIONS = {"mechanism-block": "block", "mechanism-activate": "activate"}
_SETTINGS = {"setting-supervised": "supervised", "setting-unsupervised": "unsupervised"}
_PARTICLES = {"on": "activate", "up": "activate", "off": "block", "down": "block"}  # "turns <target> on"
_ROUTES = {f"route-{r}": r for r in ("nasal", "intravenous", "intramuscular", "sublingual", "oral")}
# What says which drug a product is: a form as subject, or a drug's name with "contains",
# "made from" or "plain <drug>" ("<brand> contains …").
_IDENTITY = frozenset({"form", "identity-verb", "identity-plain", "identity-copula", "identity-role"})
# The key of a drug named by its part in a study: "the study drug" and "the trial drug" are one.
_ROLE = "role:study"
# (and a drug named by two of its names, "<brand> (<drug>)": which drug the product is, in passing)
TRIGGERS = frozenset({*_ACTIONS, "mechanism-switch", *_SETTINGS, "setting-self", "setting-use", *_IDENTITY, TWO_NAMES, *_ROUTES})

_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
# Links up from a verb to the one whose subject it shares: "works by blocking <target>",
# "lifts mood, blocking <target>", "is thought to block" (a report: framing drops it later).
_SHARES_SUBJECT = frozenset({"conj", "xcomp", "aux", "auxpass", "pcomp", "prep", "advcl"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Two-word adverbs the tagger reads as a preposition and its object.
_ADVERBIAL = frozenset({("in", "fact"), ("in", "reality"), ("in", "truth"), ("of", "course"), ("in", "practice"),
                        ("by", "the", "way"), ("in", "short"), ("after", "all")})
# Words that may stand between a drug and its action, or an action and its target, in the plain
# order read without the tree: "<drug> acts as an agonist at <target>", "works by activating".
_LINK_BEFORE = frozenset({"works", "work", "acts", "act", "acting", "working", "by", "as", "an", "a", "is", "are", "mainly", "mostly"})
_LINK_AFTER = frozenset({"at", "on", "the", "of", "your", "our", "their", "its", "his", "her", "my", "all", "those",
                         "these"})
_RELATIVE_WORDS = frozenset({"which", "that"})
_WHEN = frozenset({"after", "before", "following", "between", "post", "since", "until", "during"})
_APPOSITIVE = frozenset({"a", "an", "the", "once", "originally", "first"})  # how an aside naming the drug opens
_REFLEXIVE = frozenset({"themselves", "yourself", "yourselves", "himself", "herself", "ourselves", "myself"})
# Modifiers after a form that may make it another thing than the form named elsewhere:
# "the spray sold online", "the spray that clinics use", "the spray in this study".
_RESTRICTIVE = ("relcl", "acl", "prep")
# How a drug's name may modify a form noun: "the <drug> nasal spray", "<drug>-based spray".
_MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# Pronouns that may stand for a form named just before ("tablets … They go under the tongue").
_PLURAL_PRONOUNS = frozenset({"they", "them"})


def claims(ann: Annotation, sentence: Sentence, frames: list[Frame], last_drug: str | None) -> list[Claim]:
    parse = ann.parses.get(sentence.index)
    if parse is None:
        return loose_settings(ann, sentence, last_drug) + loose_mechanisms(ann, sentence, last_drug) \
            + loose_routes(ann, sentence, last_drug) + (loose_identities(ann, sentence) or paired_identities(ann, sentence))
    reader = _Reader(ann, sentence, parse, last_drug)
    out: list[Claim] = []
    kinds = sentence.cue_kinds
    if not kinds.isdisjoint(_ACTIONS) or "mechanism-switch" in kinds:
        out.extend(reader.mechanisms())
    if not kinds.isdisjoint(_SETTINGS):
        out.extend(reader.settings())
    if not kinds.isdisjoint(_IDENTITY):
        out.extend(reader.identities())
    if not kinds.isdisjoint(_ROUTES):
        out.extend(reader.routes())
    if not any(c.kind == "setting" for c in out):
        out.extend(loose_settings(ann, sentence, last_drug))
    if not any(c.kind == "mechanism" for c in out):
        out.extend(loose_mechanisms(ann, sentence, last_drug))
    if not any(c.kind == "route" for c in out):
        out.extend(loose_routes(ann, sentence, last_drug))
    if not any(c.kind == "identity" for c in out):
        out.extend(loose_identities(ann, sentence) or paired_identities(ann, sentence))
    return out


# How many sentences back "those receptors" may point to the target named before.
_TARGET_REACH = 3
_DEMONSTRATIVES = frozenset({"those", "these", "the", "such"})
_SAME = frozenset({"same", "very", "exact"})  # "those same receptors": still the ones named before
_SAME_REACH = 20


def loose_mechanisms(ann: Annotation, sentence: Sentence, last_drug: str | None) -> list[Claim]:
    """A drug's action on a target where the parse does not attach it ("by switching those
    receptors on it wakes up circuits", "acts on the brain by stimulating <target>"): one action
    (an action after "stops … from" turned round), the drug named or said as "it" / "the drug",
    one target named, or "those <receptors>" for the one named in the sentences before; no
    negation, condition or framing. Not grounded: warnings only (HL702, HL701)."""
    lo, hi = sentence.tok_start, sentence.tok_end
    if not sentence.cue_kinds.isdisjoint(("conditional", "framing", "framing-label", "refuting")) \
            or _negated_apart(ann, lo, hi, (*_ACTIONS, "mechanism-switch")):
        return []
    actions = _loose_actions(ann, sentence)
    if len({a for a, _ in actions}) != 1:
        return []
    drugs = named_drugs(ann, lo, hi)
    # "it", or a table cell, which speaks of its row's or column's drug ("| Mechanism | <target> agonist |")
    pointing = "anaphora" in sentence.cue_kinds or ann.document.blocks[sentence.block].kind == "cell"
    drug = drugs.pop() if len(drugs) == 1 else (last_drug if not drugs and pointing else None)
    target = _loose_target(ann, sentence)
    if drug is None or target is None:
        return []
    cue = actions[0][1]
    start, end = ann.starts[cue.tok_start], ann.starts[cue.tok_end - 1] + len(ann.texts[cue.tok_end - 1])
    return [Claim("mechanism", drug, start, end, sentence.index, grounded=False, target=target, cue=actions[0][0])]


def _loose_actions(ann: Annotation, sentence: Sentence) -> list[tuple[str, object]]:
    """Each action the words give, with its cue: a block or activate word, or a switch verb with
    its particle within the next four words; turned round after "stops … from"."""
    lo, hi = sentence.tok_start, sentence.tok_end
    out = []
    for cue in ann.cues_in(lo, hi, *_ACTIONS, "mechanism-switch"):
        if _set_aside(ann, lo, cue):
            continue  # "stimulates them rather than blocking them": not the action said
        action = _ACTIONS.get(cue.kind)
        if action is None:
            if covered(ann, cue.tok_start, "mechanism-block") or covered(ann, cue.tok_start, "mechanism-activate"):
                continue
            particles = {_PARTICLES.get(ann.norms[i]) for i in range(cue.tok_end, min(hi, cue.tok_end + 4))} - {None}
            if len(particles) != 1:
                continue
            action = particles.pop()
        if ann.cues_in(max(lo, cue.tok_start - 5), cue.tok_start, "mechanism-reverse"):
            action = "block" if action == "activate" else "activate"
        out.append((action, cue))
    return out


# How many words may stand between "rather than" and the action or route it sets aside.
_ASIDE_REACH = 2


def _set_aside(ann: Annotation, lo: int, cue) -> bool:
    """Whether a cue follows "rather than", "instead of" (a word or two between at most): what the
    sentence sets aside for the action or route it asserts ("by injection rather than a spray")."""
    return bool(ann.cues_in(max(lo, cue.tok_start - _ASIDE_REACH - 3), cue.tok_start, "property-contrast")) and any(
        c.tok_end <= cue.tok_start <= c.tok_end + _ASIDE_REACH
        for c in ann.cues_in(max(lo, cue.tok_start - _ASIDE_REACH - 3), cue.tok_start, "property-contrast"))


def _negated_apart(ann: Annotation, lo: int, hi: int, kinds: tuple) -> bool:
    """Whether the sentence holds a negation other than the "rather than" that sets a cue of these
    kinds aside ("stimulates them rather than blocking them" negates nothing it asserts)."""
    return bool(_negations(ann, lo, hi, kinds))


def _negations(ann: Annotation, lo: int, hi: int, kinds: tuple) -> list:
    """The sentence's negations but the "rather than" that sets a cue of these kinds aside."""
    aside = {i for c in ann.cues_in(lo, hi, "property-contrast") for i in range(c.tok_start, c.tok_end)
             if any(_set_aside(ann, lo, k) for k in ann.cues_in(c.tok_end, min(hi, c.tok_end + _ASIDE_REACH + 1), *kinds))}
    return [n for n in ann.cues_in(lo, hi, "negation") if n.tok_start not in aside]


def _loose_target(ann: Annotation, sentence: Sentence) -> str | None:
    """The one term the sentence names, or the one a demonstrative points back to: "those
    receptors" after "<drug> blocks <target> receptors" a sentence or two before."""
    lo, hi = sentence.tok_start, sentence.tok_end
    named = {m.id for m in ann.mentions_in(lo, hi, "term")}
    if named:
        return named.pop() if len(named) == 1 else None
    pointed = {stem(ann.norms[i]) for i in range(lo + 1, hi) if _pointed(ann, lo, i)}
    # "those same receptors" says outright they were named before: further back than "those receptors"
    reach = _SAME_REACH if any(ann.norms[i] in _SAME for i in range(lo, hi)) else _TARGET_REACH
    back = ann.sentences[max(0, sentence.index - reach)].tok_start
    for m in reversed(ann.mentions_in(back, lo, "term")):
        # the noun the term names or modifies: "<target> receptors"
        nouns = {stem(ann.norms[i]) for i in range(m.tok_start, min(m.tok_end + 1, lo))}
        if nouns & pointed:
            return m.id
    return None


def _pointed(ann: Annotation, lo: int, i: int) -> bool:
    """Whether word i follows a demonstrative, or "same" after one ("those very same receptors")."""
    before = i - 1
    while before > lo and ann.norms[before] in _SAME:
        before -= 1
    return ann.norms[before] in _DEMONSTRATIVES


# Forms known under another name: the cue kind names the form they are compared as.
_FORM_ALIASES = ("form-infusion", "form-tablet")
# What makes a route no statement of the way a drug goes in; and, a few words before its cue, one
# option among several ("can also be swallowed", "some clinics inject it").
_NOT_THE_WAY = ("conditional", "framing", "framing-label", "refuting", "negation")
_OPTION_REACH = 6
_MODALS = frozenset({"can", "may", "might", "could"})


def loose_routes(ann: Annotation, sentence: Sentence, last_drug: str | None) -> list[Claim]:
    """The way a drug goes in where the parse does not attach it ("a tablet she swallows each
    morning", "given as a quick injection into the thigh muscle", "you swallow the lozenge whole"):
    one route the words give (one outside a form's name first: "the IM shot goes into a vein"),
    one drug named, or none and the drug in discussion; the form beside the route as the claim's
    target. No negation, condition or framing, nor an option word just before ("can also").
    Not grounded: a warning at most (HL703 against the packs' forms, HL701 against another route)."""
    lo, hi = sentence.tok_start, sentence.tok_end
    cues = [c for c in _route_cues(ann, lo, hi) if not _set_aside(ann, lo, c)]
    if len({c.kind for c in cues}) != 1 or any(_an_option(ann, lo, c) for c in cues):
        return []
    # a condition or framing after the route governs a later clause ("…, so ask whether …"); a
    # negation does too, unless a clause of its own ("…, so disputes are about cost rather than …")
    # or the "rather than" that sets another route aside ("by injection rather than a spray")
    if ann.cues_in(lo, cues[-1].tok_end, *_NOT_THE_WAY) or any(
            not _clause_apart(ann, n, cues, after=True) for n in _negations(ann, lo, hi, tuple(_ROUTES))):
        return []
    forms = [f for f in ann.cues_in(lo, hi, "form") if not _likened(ann, lo, f)]
    if len({form_key(ann, f) for f in forms}) > 1:  # several forms: the one beside the route
        forms = [f for f in forms if any(0 <= c.tok_start - f.tok_end < _NEAR or 0 <= f.tok_start - c.tok_end < _NEAR
                                         or f.tok_start <= c.tok_start < f.tok_end for c in cues)]
        if len({form_key(ann, f) for f in forms}) != 1:
            return []
    drug = sentence_drug(ann, lo, hi, last_drug)
    if drug is None:
        return []
    first, last = cues[0].tok_start, cues[-1].tok_end - 1
    start, end = ann.starts[first], ann.starts[last] + len(ann.texts[last])
    return [Claim("route", drug, start, end, sentence.index, grounded=False, cue=_ROUTES[cues[0].kind],
                  target=form_key(ann, forms[0]) if forms else None)]


# How far before a drug's name "just", "simply", "ordinary" may stand and still say it is that drug.
_PLAIN_REACH = 3


def loose_identities(ann: Annotation, sentence: Sentence) -> list[Claim]:
    """Which drug a product is where the parse does not attach it ("<brand>, which is simply <drug>
    in a spray bottle", "describe <brand> as simply a branded bottle of ordinary <drug>"): a drug's
    name, then, linked by "is", "contains" or "as", another drug's name a few words after "just",
    "simply", "ordinary" (not after "rather than", "not"). No negation, condition or framing. Not grounded: a warning at most (HL703 against
    the packs, HL701 against another identity said before)."""
    lo, hi = sentence.tok_start, sentence.tok_end
    if "identity-plain" not in sentence.cue_kinds or not sentence.cue_kinds.isdisjoint(set(_NOT_THE_WAY) - {"negation"}):
        return []
    plains = {i for c in ann.cues_in(lo, hi, "identity-plain") for i in range(c.tok_start, c.tok_end)}
    # "nothing more than <drug>" says what it is, though "than" compares elsewhere
    names = [m for m in ann.mentions_in(lo, hi, "drug") if not is_reference(ann, m)
             or any(c.tok_start in plains for c in ann.cues_in(max(lo, m.tok_start - 3), m.tok_start, "reference"))]
    if len({m.id for m in names}) != 2:
        return []
    drug = next(m for m in names if m.id != names[0].id)
    if any(c.tok_start not in plains for c in ann.cues_in(lo, drug.tok_end, "negation")):
        return []  # a negation, but not the "nothing" of "nothing more than <drug>" (nor one after: "needs no needle")
    product = [m for m in names if m.tok_end <= drug.tok_start and m.id != drug.id][-1]  # the nearest before
    plain = ann.cues_in(max(product.tok_end, drug.tok_start - _PLAIN_REACH), drug.tok_start, "identity-plain")
    between = range(product.tok_end, drug.tok_start)
    if ann.cues_in(between.start, between.stop, "form") or any(ann.texts[i] == ";" for i in between):
        return []  # "<brand> is <X>, and the drip is plain <drug>": the form's identity, not the brand's
    linked = ann.cues_in(between.start, between.stop, "identity-copula", "identity-verb") \
        or any(ann.norms[i] == "as" for i in between)  # "is", "contains", "describe <brand> as"
    contrast = [c for c in ann.cues_in(between.start, between.stop, "identity-contrast") if not _within(c, plain)]
    if not plain or not linked or contrast:  # (not the "different from" of "no different from <drug>")
        return []
    start, end = ann.starts[product.tok_start], ann.starts[drug.tok_end - 1] + len(ann.texts[drug.tok_end - 1])
    return [Claim("identity", f"name:{product.id}", start, end, sentence.index, grounded=False,
                  target=drug.id, cue="plain")]


# How near two names of one drug must stand to say which drug a product is.
_PAIR_REACH = 10


def paired_identities(ann: Annotation, sentence: Sentence) -> list[Claim]:
    """A product's name beside another name of the same drug, "<brand> (<drug>)", "<brand> is a
    nasal spray containing <drug>", "<brand>, the brand name of <drug>": the packs make the two one
    drug, so the sentence says which drug the product is, as the packs do (never HL703). One side
    of HL701 (a warning: not grounded) against "<brand> is just <other drug>" said elsewhere. Not
    with another drug named but as what this one is a form of, a negation or contrast before the
    second name, nor a condition or framing in the sentence."""
    lo, hi = sentence.tok_start, sentence.tok_end
    if not sentence.cue_kinds.isdisjoint(set(_NOT_THE_WAY) - {"negation"}):
        return []
    drugs = named_drugs(ann, lo, hi)
    if len(drugs) != 1:
        return []
    drug = drugs.pop()
    names = [m for m in ann.mentions_in(lo, hi, "drug") if m.id == drug]
    for a, b in zip(names, names[1:]):
        # a denial after both names is another clause's ("… for <X> that has not responded")
        if a.text.lower() != b.text.lower() and b.tok_start - a.tok_end <= _PAIR_REACH \
                and not ann.cues_in(lo, b.tok_end, "negation", "identity-contrast"):
            start, end = ann.starts[a.tok_start], ann.starts[b.tok_end - 1] + len(ann.texts[b.tok_end - 1])
            return [Claim("identity", f"name:{drug}", start, end, sentence.index, grounded=False, target=drug)]
    return []


_LIKENING = frozenset({"like", "unlike", "than"})
_ANY = frozenset({"a", "an", "any", "other", "ordinary", "normal", "regular", "the", "every"})


def _likened(ann: Annotation, lo: int, form) -> bool:
    """A form named only to compare with ("swallowed like any other pill"): not the form the
    route is said of."""
    i = form.tok_start - 1
    while i > lo and ann.norms[i] in _ANY:
        i -= 1
    return ann.norms[i] in _LIKENING


def _within(cue, cues: list) -> bool:
    """Whether a cue lies inside one of these ("different from" in "no different from")."""
    return any(c.tok_start <= cue.tok_start and cue.tok_end <= c.tok_end for c in cues)


def _route_cues(ann: Annotation, lo: int, hi: int) -> list:
    """The sentence's route cues outside a form's name ("into a vein"), else those in the name of a
    form the drug is said to be given as ("given as a nasal spray", not "every IV infusion")."""
    cues = _outside_names(ann, lo, hi, ann.cues_in(lo, hi, *_ROUTES))
    named = {i for f in ann.cues_in(lo, hi, "form") for i in range(f.tok_start, f.tok_end)}
    outside = [c for c in cues if c.tok_start not in named]
    return outside or [c for c in cues if _given_as(ann, lo, c.tok_start) or _apposed(ann, lo, c.tok_start)
                       or _said_to_be(ann, lo, c.tok_start)]


def _outside_names(ann: Annotation, lo: int, hi: int, cues: list) -> list:
    """Route cues but those inside a drug's name ("<drug> intravenous therapy goes into a
    muscle"), where one outside says the way: the name's route is no second one said."""
    named = {i for m in ann.mentions_in(lo, hi, "drug") for i in range(m.tok_start, m.tok_end)}
    outside = [c for c in cues if c.tok_start not in named]
    return outside or cues


def _said_to_be(ann: Annotation, lo: int, tok: int) -> bool:
    """"<drug> is a nasal spray", "<brand> is an <drug> nasal spray": a form that a drug's name is
    said to be (an article and the name of the drug in it between at most) gives its route."""
    named = {i for m in ann.mentions_in(max(lo, tok - 8), tok, "drug") for i in range(m.tok_start, m.tok_end)}
    i = tok - 1
    while i > lo and (ann.norms[i] in ("a", "an") or i in named):
        i -= 1
    return i > lo and ann.norms[i] in _BE and any(
        m.tok_end == i and not is_reference(ann, m) for m in ann.mentions_in(max(lo, i - 4), i, "drug"))


def _given_as(ann: Annotation, lo: int, tok: int) -> bool:
    """"given as a nasal spray", "comes as IV infusions": a verb of giving, "as", an article at most."""
    at = next((i for i in range(tok - 1, max(lo, tok - 3) - 1, -1) if ann.norms[i] == "as"), None)
    return at is not None and at > lo and bool(ann.cues_in(at - 1, at, "route-giving"))


def _apposed(ann: Annotation, lo: int, tok: int) -> bool:
    """"<drug>, a nasal spray …": a form in apposition right after a drug's name is its form."""
    at = tok - 1 if tok - 1 > lo and ann.norms[tok - 1] in ("a", "an") else tok
    return at - 1 > lo and ann.texts[at - 1] == "," and any(
        not is_reference(ann, m) for m in ann.mentions_in(max(lo, at - 6), at - 1, "drug") if m.tok_end == at - 1)


def _an_option(ann: Annotation, lo: int, cue) -> bool:
    """An option word or a modal a few words before a route cue: "can also be swallowed"."""
    before = range(max(lo, cue.tok_start - _OPTION_REACH), cue.tok_start)
    return any(ann.norms[i] in _MODALS for i in before) or bool(ann.cues_in(before.start, before.stop, "setting-option"))


def form_key(ann: Annotation, cue) -> str:
    """A form by its last word, singular: "nasal sprays" and "the spray" are one form; a form
    under another name ("the drips") by the form its cue kind names."""
    last = cue.tok_end - 1
    alias = next((kind for kind in _FORM_ALIASES if covered(ann, last, kind)), None)
    return stem(alias.split("-", 1)[1] if alias else ann.norms[last])


def loose_settings(ann: Annotation, sentence: Sentence, last_drug: str | None) -> list[Claim]:
    """A treatment's setting where the parse does not attach it: taken with nobody watching ("you
    may run the infusion yourself at home", "Patients self-administer <drug> infusions", "<brand>
    is used at home"), or given under supervision ("the tablets must only ever be taken under
    supervision in our clinic", "… only in the clinic, never taken at home"). One form, one drug
    (named, or the one in discussion), no condition or framing, no negation but the setting's own.
    Not grounded: a warning at most (HL703, and HL701 against the other setting said before)."""
    lo, hi = sentence.tok_start, sentence.tok_end
    if not sentence.cue_kinds.isdisjoint(("framing", "framing-label", "refuting")):
        return []
    said = _setting_words(ann, sentence)
    if said is None:
        return []
    cue, cues = said
    if not all(_closed_before(ann, c, cues, hi) for c in ann.cues_in(lo, hi, "conditional")):
        return []
    forms = ann.cues_in(lo, hi, "form")
    if len({form_key(ann, c) for c in forms}) > 1:
        # several forms: the one right beside the setting's words ("clinics give it as an infusion
        # or a shot, and some prescribers also send patients home with tablets")
        forms = [f for f in forms if any(0 <= f.tok_start - c.tok_end < _NEAR or 0 <= c.tok_start - f.tok_end < _NEAR
                                         for c in cues)]
    drugs = named_drugs(ann, lo, hi)
    if len({form_key(ann, c) for c in forms}) != 1 and not (not forms and _formless(ann, sentence, cue, cues, drugs)):
        return []
    said_of = forms or ann.mentions_in(lo, hi, "drug") + ann.cues_in(lo, hi, "treatment-reference")
    if any(ann.norms[i] in _WHEN for c in said_of for i in range(max(lo, c.tok_start - 3), c.tok_start)):
        return []  # "rest at home on your own after the infusion": when, not how it is given
    drug = drugs.pop() if len(drugs) == 1 else (last_drug if not drugs else None)
    if not forms and cue == "unsupervised" and ann.cues_in(lo, hi, "setting-option"):
        cue = "home-option"  # "<brand> is also available at home, unsupervised": one option of several
    if drug is None and (drugs or not forms):
        return []  # no drug named nor in discussion: the check may know the form's one drug
    said_at = sorted([*forms, *cues], key=lambda c: c.tok_start)
    first, last = said_at[0].tok_start, max(c.tok_end for c in said_at) - 1
    start, end = ann.starts[first], ann.starts[last] + len(ann.texts[last])
    return [Claim("setting", drug, start, end, sentence.index, grounded=False,
                  target=form_key(ann, forms[0]) if forms else None, cue=cue)]


def _closed_before(ann: Annotation, condition, cues: list, hi: int) -> bool:
    """Whether a condition ends at a comma before the setting's words, the main clause supposing
    nothing ("If you will be away, keep <brand> with you so that you can use it in your hotel
    room"; not "If …, it would be taken at home")."""
    first = min(c.tok_start for c in cues)
    comma = next((i for i in range(condition.tok_end + 1, first) if ann.texts[i] == ","), None)
    return condition.tok_end <= first and comma is not None and not any(
        ann.norms[i] in SUPPOSED for i in range(comma, hi))


def _formless(ann: Annotation, sentence: Sentence, cue: str, cues: list, drugs: set[str]) -> bool:
    """A setting said with no form, of the drug named or of a dose or session of the drug in
    discussion: under supervision ("every <brand> dose is self-administered under supervision in a
    clinic", "every dose is given in the clinic with a nurse watching": someone watching must be
    said, not only a clinic), or with nobody watching ("patients take <brand> at home, unsupervised",
    "run each dose yourself at home", "use it in your hotel room"; home alone is no setting: "<brand>
    patients living at home")."""
    stand_in = bool(drugs or ann.cues_in(sentence.tok_start, sentence.tok_end, "treatment-reference"))
    if cue == "supervised":  # "every dose is given in the clinic with a nurse watching"
        return stand_in and _watching(ann, cues)
    return cue == "unsupervised" and stand_in and (any(c.kind in ("setting-unsupervised", "setting-self") for c in cues)
                                                   or _taken_there(ann, sentence, cues))


def _taken_there(ann: Annotation, sentence: Sentence, cues: list) -> bool:
    """Whether taking the treatment stands right before a home phrase ("use it in your hotel room"):
    where it is taken, not where someone lives."""
    ends = {c.tok_end for c in ann.cues_in(sentence.tok_start, sentence.tok_end, "setting-use")}
    return any(c.kind == "setting-home" and c.tok_start in ends for c in cues)


_AWAY = ("setting-unsupervised", "setting-self", "setting-home")
# How many tokens from a setting's words a form may stand and still be the one it is said of.
_NEAR = 4


def _setting_words(ann: Annotation, sentence: Sentence) -> tuple[str, list] | None:
    """The setting the sentence's words give, and the cues that say it: "unsupervised" for an
    unsupervised cue, a reflexive and home, or home said as the one way ("used at home", not
    "also at home"); "supervised" for a supervised cue with no other setting but a denied home
    ("never taken at home") or a self-administration under supervision. None for both, neither,
    or a negation that is not the setting's own ("never give yourself …")."""
    lo, hi = sentence.tok_start, sentence.tok_end
    away = ann.cues_in(lo, hi, *_AWAY)
    inside = {i for c in away for i in range(c.tok_start, c.tok_end)}
    # "with no nurse present": a supervised phrase inside an unsupervised one is that one's
    watched = [c for c in ann.cues_in(lo, hi, "setting-supervised")
               if c.tok_start not in inside and not _in_opening_when(ann, sentence, c)]
    # (a reason clause before or after the setting's words is its own: "…, so they need no leave")
    negations = [c for c in ann.cues_in(lo, hi, "negation") if c.tok_start not in inside
                 and not _clause_apart(ann, c, [*away, *ann.cues_in(lo, hi, "setting-supervised")], after=True)
                 and not (away and c.tok_start >= max(a.tok_end for a in away) and _denies_watching(ann, c, hi))]
    kinds = {c.kind for c in away}
    if watched:
        # "self-administered under supervision": who gives it, not where; "never taken at home"
        other = [c for c in away if not ann.norms[c.tok_start].startswith("self")
                 and not _denied(ann, sentence, c, negations)]
        if other or any(not any(_denies(ann, n, c) for c in away) for n in negations):
            return None
        return "supervised", watched
    if negations:
        return None  # "never give yourself …"; the "without" of "without a nurse" is the setting itself
    if "setting-unsupervised" in kinds or {"setting-self", "setting-home"} <= kinds:
        return "unsupervised", away  # "some people self-administer …": still how it is taken
    if "setting-home" in kinds:
        # home alone as one option ("some prescribers also send patients home with tablets")
        # contradicts only a supervised setting said to be the only one
        return ("home-option" if ann.cues_in(lo, hi, "setting-option") else "unsupervised"), away
    return None


# Stems of the words that say someone watches, not only where ("at the clinic" may be where
# demand grew): a supervised setting with no form must say one.
_WATCHING = ("supervis", "monitor", "observ", "watch", "nurse", "doctor", "clinician", "staff")


# Words that open a clause of its own after a comma: a negation before them is not the setting's.
_CLAUSE_OPENERS = frozenset({"because", "since", "so"})  # a reason clause: "…, because patients …"


def _clause_apart(ann: Annotation, negation, cues: list, after: bool = False) -> bool:
    """Whether a negation stands in a clause before every setting cue, a comma and a clause opener
    between ("the infusions needn't happen here, because patients run the drip at home"); `after`:
    or in one after every cue ("a tablet she swallows, so disputes are about cost rather than …")."""
    first = min((c.tok_start for c in cues), default=None)
    last = max((c.tok_end for c in cues), default=None)
    if first is None:
        return False
    if after and negation.tok_start >= last:
        if _opened_clause(ann, first) and any(ann.texts[i] == "," for i in range(last, negation.tok_start)):
            return True  # "because <setting>, you may not …": the reason clause ends at its comma
        first, last = last, negation.tok_start
    elif negation.tok_start > first:
        return False
    else:
        first, last = negation.tok_end, first
    return any(ann.texts[i] == "," and ann.norms[i + 1] in _CLAUSE_OPENERS for i in range(first, last - 1))


def _opened_clause(ann: Annotation, tok: int) -> bool:
    """Whether the token is in a clause a clause opener starts ("because the drip …"), no comma
    between."""
    sentence = ann.sentence_of(tok)
    lo = sentence.tok_start if sentence is not None else tok
    for i in range(tok - 1, lo - 1, -1):
        if ann.texts[i] in (",", ";", ":"):
            return False
        if ann.norms[i] in _CLAUSE_OPENERS:
            return True
    return False


def _denies_watching(ann: Annotation, negation, hi: int) -> bool:
    """Whether a negation denies a clinic or someone watching ("no clinic visit needed", "no nurse
    in the room"): after home, it says the same setting again (before it, "no clinic lets you
    take it at home", it denies the rest)."""
    nxt = negation.tok_end
    return nxt < hi and ann.norms[nxt].startswith((*_WATCHING, "clinic"))


def _watching(ann: Annotation, cues: list) -> bool:
    return any(ann.norms[i].startswith(_WATCHING) for c in cues for i in range(c.tok_start, c.tok_end))


def _denied(ann: Annotation, sentence: Sentence, cue, negations: list) -> bool:
    return any(_denies(ann, n, cue) for n in negations)


def _denies(ann: Annotation, negation, cue) -> bool:
    """Whether a negation stands just before a setting cue: "never taken at home"."""
    return 0 < cue.tok_start - negation.tok_end + 1 <= 3


# Words that open a clause saying when, before the main clause: "once you have had …, ".
_OPENING_WHEN = _WHEN | {"once", "when"}


def _in_opening_when(ann: Annotation, sentence: Sentence, cue) -> bool:
    """Whether a cue stands in a clause set off by commas that opens with a word saying when:
    "(Today,) once you have completed two supervised sessions, …" is when the rest happens."""
    lo = sentence.tok_start
    opens = next((i + 1 for i in range(cue.tok_start - 1, lo - 1, -1) if ann.texts[i] == ","), lo)
    return opens < cue.tok_start and ann.norms[opens] in _OPENING_WHEN \
        and any(ann.texts[i] == "," for i in range(cue.tok_end, sentence.tok_end))


class _Reader:
    def __init__(self, ann: Annotation, sentence: Sentence, parse: "Parse", last_drug: str | None):
        self.ann, self.sentence, self.parse, self.last_drug = ann, sentence, parse, last_drug
        self.drugs: dict[int, Mention] = {}
        self.terms: dict[int, Mention] = {}  # by the mention's head token
        for m in ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug", "term"):
            if m.label == "drug":
                for i in range(m.tok_start, m.tok_end):
                    self.drugs[i] = m
            elif m.tok_start in parse:
                self.terms[head_of(parse, m.tok_start, m.tok_end)] = m

    # --- whose claim it is

    def subjects(self, verb: int) -> list[int]:
        """The subject tokens of a verb, or of the verb it hangs on without a subject of its own."""
        p = self.parse
        for t in (verb, *p.ancestors(verb)):
            # An auxiliary split from its verb by an adverb ("are in fact given") may hold the subject.
            found = p.children(t, *SUBJECTS) or [s for a in p.children(t, "aux", "auxpass")
                                                 for s in p.children(a, *SUBJECTS)]
            if found:
                return found
            if p.dep(t) not in _SHARES_SUBJECT:
                return []
        return []

    def drug(self, tok: int, depth: int = 0) -> str | None:
        """The drug a subject token names or stands for: itself ("<drug>"), the noun it modifies
        ("<drug> infusions", "<drug>'s action"), a relative pronoun's noun ("<drug>, which …"),
        or "it" / "this drug" (the last drug named before it). A drug named only as what
        another is a form of, or compared with ("like <drug>"), is not the subject."""
        p, ann = self.parse, self.ann
        m = self.drugs.get(tok)
        if m is not None:
            return None if is_reference(ann, m) else m.id
        if depth < 2 and p.tag(tok) in _RELATIVE_TAGS:
            clause = next((t for t in (tok, *p.ancestors(tok)) if p.dep(t) == "relcl"), None)
            return self.drug(p.head(clause), depth + 1) if clause is not None else None
        if covered(ann, tok, "anaphora"):
            before = [m for m in ann.mentions_in(self.sentence.tok_start, tok, "drug") if not is_reference(ann, m)]
            return before[-1].id if before else self.last_drug
        # "<drug> infusions", "<drug>'s action", "infusions of <drug>"
        near = p.children(tok, "compound", "amod", "nmod", "poss") + [
            o for prep in p.children(tok, "prep") if ann.norms[prep] == "of" for o in p.children(prep, "pobj")]
        named = {self.drugs[c].id for c in near if c in self.drugs and not is_reference(ann, self.drugs[c])}
        return named.pop() if len(named) == 1 else None

    def owners(self, verb: int) -> list[tuple[int, str]]:
        """(subject token, drug) for each subject of the verb and the subjects conjoined with it
        ("<drug> and <drug> block …"); empty when any of them names no drug."""
        out = []
        subjects = self.subjects(verb)
        if not subjects and self.parse.is_verb(verb):
            # A verb takes no adjective: a drug name before it, read as one ("<Drug>/amod acts"),
            # is its subject misread (a drug's name is an unknown word to the tagger).
            subjects = [t for t in self.parse.children(verb, "amod", "compound", "nmod")
                        if t < verb and t in self.drugs][:1]
        for s in subjects:
            for t in (s, *self.parse.children(s, "conj")):
                drug = self.drug(t)
                if drug is None:
                    return []
                out.append((t, drug))
        return out

    def negated(self, tok: int) -> bool:
        """A `neg` on the token or on a verb above it in its clause."""
        p = self.parse
        top = p.clause_head(tok)
        for t in (tok, *p.ancestors(tok)):
            if p.children(t, "neg"):
                return True
            if t == top:
                return False
        return False

    def claim(self, kind: str, subject: str, first: int, last: int, **fields) -> Claim:
        ann = self.ann
        start, end = ann.starts[first], ann.starts[last] + len(ann.texts[last])
        return Claim(kind, subject, start, end, self.sentence.index, grounded=True, **fields)

    # --- mechanism

    def mechanisms(self) -> list[Claim]:
        ann, p = self.ann, self.parse
        out = []
        for cue in ann.cues_in(self.sentence.tok_start, self.sentence.tok_end, *_ACTIONS, "mechanism-switch"):
            c = head_of(p, cue.tok_start, cue.tok_end)
            if c not in p or not asserted(ann, self.sentence, c) or _set_aside(ann, self.sentence.tok_start, cue):
                continue  # (nor what "rather than" sets aside: "rather than quieting it, <drug> stimulates …")
            action = _ACTIONS.get(cue.kind)
            if action is None:  # "turns <target> on": the particle, wherever it stands, says which
                if covered(ann, c, "mechanism-block") or covered(ann, c, "mechanism-activate"):
                    continue  # the phrase cue already read it ("switches on")
                particles = {_PARTICLES.get(ann.norms[t]) for t in p.children(c, "prt")} - {None}
                if len(particles) != 1 or not p.is_verb(c):
                    particles = {self.trailing_particle(cue)} - {None}  # the verb misread as a noun
                if len(particles) != 1:
                    continue
                action = particles.pop()
            owners, targets = [], []
            if p.is_verb(c):
                owners, targets = self.verb_action(c, range(cue.tok_start, cue.tok_end))
            elif p.tag(c).startswith("NN"):
                owners, targets = self.noun_action(c)
            misread = not owners or not targets  # the tree attaches nothing: only the plain order counts
            if misread:
                owners, targets = self.adjacent(cue, switch=cue.kind == "mechanism-switch")
            if len(targets) != 1:  # none, or several the action might be on: not one claim
                continue
            target = targets[0]
            for tok, drug in owners:
                out.append(self.claim("mechanism", drug, min(p.subtree(tok)[0], c, target.tok_start),
                                      max(c, cue.tok_end - 1, target.tok_end - 1),
                                      target=target.id, cue=action,
                                      negated=self.misread_negated(cue) if misread else self.negated(c)))
        return out

    def misread_negated(self, cue) -> bool:
        """A negation's scope over a cue the tree does not attach, unless the only negation is the
        "rather than" that sets another action aside."""
        lo, hi = self.sentence.tok_start, self.sentence.tok_end
        return self.ann.is_negated(cue.tok_start) and _negated_apart(self.ann, lo, hi, (*_ACTIONS, "mechanism-switch"))

    def verb_action(self, c: int, span: range) -> tuple[list, list[Mention]]:
        """"<drug> blocks <target>", "<drug> switches on <target>", "<target> is blocked by <drug>"."""
        p = self.parse
        passive = p.children(c, "nsubjpass")
        if passive:
            agents = [o for a in p.children(c, "agent") for o in p.children(a, "pobj")]
            owners = [(t, self.drug(t)) for t in agents]
            return [o for o in owners if o[1]], self.within(passive[0])
        objects = p.children(c, "dobj") + [o for prep in p.children(c, "prep") if prep in span
                                           for o in p.children(prep, "pobj")]  # "switches on <target>"
        targets = [m for o in objects for m in self.within(o)]
        return self.owners(c), targets

    def noun_action(self, c: int) -> tuple[list, list[Mention]]:
        """"<drug> is a <target> antagonist", "<drug> acts as an antagonist at <target>",
        "<drug>, a <target> blocker, …"; the action as an adjective on an effect noun, or as a
        noun, that a carrying verb has the drug do: "<drug> has a blocking effect on <target>",
        "<drug> exerts an inhibitory action at <target>", "<drug> causes blockade of <target>"."""
        p, ann = self.parse, self.ann
        if p.dep(c) in ("amod", "compound") and covered(ann, p.head(c), "mechanism-noun"):
            c = p.head(c)  # the effect noun the action word describes
        targets = self.within(c)
        dep, up = p.dep(c), p.head(c)
        if dep == "dobj" and covered(ann, up, "mechanism-carrier"):
            return self.owners(up), targets
        possessor = next((self.drug(t) for t in p.children(c, "poss")), None)
        if possessor:  # "<drug>'s blockade of <target>"
            return [(p.children(c, "poss")[0], possessor)], targets
        if dep in ("attr", "oprd"):
            return self.owners(up), targets
        if dep == "pobj" and ann.norms[up] == "as" and p.is_verb(p.head(up)):
            return self.owners(p.head(up)), targets
        if dep == "appos":
            drug = self.drug(up)
            return ([(up, drug)] if drug else []), targets
        return [], targets

    def adjacent(self, cue, switch: bool = False) -> tuple[list, list[Mention]]:
        """"<drug> blocks <target>" with the tree attaching nothing ("<drug> blocks" read as a
        compound: drug names are unknown words to the tagger). Only the plain order with nothing
        but link words between the three, so the subject is not in doubt: the drug before the
        action word (adverbs, "works by", "acts as an", and an aside in brackets or commas
        skipped), the target after it ("at", "the" skipped); with a bare "switches", the
        particle right after the target."""
        ann = self.ann
        before = self.drug_before(cue.tok_start - 1)
        m = self.drugs.get(before)
        end = cue.tok_end
        if end < self.sentence.tok_end and covered(ann, end, "mechanism-noun"):
            end += 1  # "… a blocking effect on <target>": the effect noun is a link word here
        target = self.target_after(end)
        if m is not None and target is None and not switch:
            target = self.target_before_relative(m.tok_start - 1)
        if switch and self.trailing_particle(cue) is None:
            return [], []
        pointed = self.drug(before) if m is None and target is not None and before >= self.sentence.tok_start \
            and covered(ann, before, "anaphora") else None
        if pointed:
            return [(before, pointed)], [target]  # "because the drug switches <target> on"
        if m is None or target is None or is_reference(ann, m):
            owner = self.subject_after_fronted(cue, target) if m is None and target is not None else None
            return ([owner], [target]) if owner else ([], [])
        return [(m.tok_start, m.id)], [target]

    def target_before_relative(self, tok: int) -> Mention | None:
        """"<target>, which <drug> blocks": the target a relative pronoun just before the drug
        stands for (a comma between them allowed)."""
        ann, lo = self.ann, self.sentence.tok_start
        if tok <= lo or ann.norms[tok] not in _RELATIVE_WORDS:
            return None
        end = tok - 1 if ann.texts[tok - 1] == "," else tok
        return next((t for t in self.terms.values() if t.tok_end == end), None)

    def subject_after_fronted(self, cue, target: Mention) -> tuple[int, str] | None:
        """"By switching <target> on, <drug> wakes up …": a phrase opened by "by" before the main
        clause takes its subject, the drug (or "it") right after the phrase's comma. The phrase
        must open the sentence or follow a fronted aside ("Put simply, by …")."""
        ann, lo, hi = self.ann, self.sentence.tok_start, self.sentence.tok_end
        by = cue.tok_start - 1
        while by >= lo and by > cue.tok_start - 5 and ann.norms[by] != "by" and (
                ann.norms[by] in _LINK_BEFORE or self.parse.tag(by).startswith("RB")):
            by -= 1  # "by simply switching", "by acting as an agonist at"
        if by < lo or ann.norms[by] != "by" or (by > lo and ann.texts[by - 1] != ","):
            return None
        after = target.tok_end + (target.tok_end < hi and ann.norms[target.tok_end] in _PARTICLES)
        if after + 1 >= hi or ann.texts[after] != ",":
            return None
        m = self.drugs.get(after + 1)
        if m is not None:
            return None if is_reference(ann, m) or m.tok_start != after + 1 else (after + 1, m.id)
        drug = self.drug(after + 1) if covered(ann, after + 1, "anaphora") else None
        return (after + 1, drug) if drug else None

    def drug_before(self, tok: int) -> int:
        """The token a drug before an action word would end on, link words and asides skipped."""
        ann, p, lo = self.ann, self.parse, self.sentence.tok_start
        for _ in range(6):
            tok = self.before_aside(tok)
            if tok < lo or tok in self.drugs:
                return tok
            word = ann.norms[tok]
            if word in _LINK_BEFORE or word in ("does", "do", "not") or p.tag(tok).startswith("RB") \
                    or covered(ann, tok, "mechanism-carrier") \
                    or (word == "fact" and tok > lo and ann.norms[tok - 1] == "in"):
                tok -= 2 if word == "fact" else 1
                continue
            return tok
        return tok

    def target_after(self, tok: int) -> Mention | None:
        """The target term starting after an action word, a few link words skipped."""
        ann, hi = self.ann, self.sentence.tok_end
        for _ in range(3):
            if tok < hi and (ann.norms[tok] in _LINK_AFTER or ann.norms[tok] in _SAME):  # "those same"
                tok += 1
            elif tok + 1 < hi and ann.norms[tok + 1] in ("'s", "’s") and ann.is_word[tok]:
                tok += 2  # "the brain's <target>": whose target it is, not another one
        return next((t for t in self.terms.values() if t.tok_start == tok), None)

    def trailing_particle(self, cue) -> str | None:
        """The action of "<verb> <target> on/off" read from the words alone: the particle
        right after a target that follows the verb."""
        target = self.target_after(cue.tok_end)
        if target is None or target.tok_end >= self.sentence.tok_end:
            return None
        return _PARTICLES.get(self.ann.norms[target.tok_end])

    def before_aside(self, tok: int) -> int:
        """The token before an aside that ends at `tok`: "<drug> (see below)", "<drug>, which
        clinics offer,". Otherwise `tok` itself."""
        ann, lo = self.ann, self.sentence.tok_start
        close = {")": "(", ",": ","}.get(ann.texts[tok]) if tok >= lo else None
        if close is None:
            return tok
        for i in range(tok - 1, max(lo, tok - 12) - 1, -1):
            if ann.texts[i] == close:
                # "<drug>, which clinics offer, …", or an appositive, "<drug>, a drug first used in
                # surgery, …", right after the drug
                if close == "," and ann.norms[i + 1] not in ("which", "who") and not (
                        ann.norms[i + 1] in _APPOSITIVE and i - 1 in self.drugs):
                    return tok
                return i - 1
        return tok

    def within(self, tok: int) -> list[Mention]:
        """The target terms in a phrase (its own words: not a clause inside it)."""
        p = self.parse
        lo, hi = p.subtree(tok)
        top = p.clause_head(tok)
        return [m for h, m in self.terms.items() if lo <= h < hi and p.clause_head(h) == top]

    # --- setting

    def settings(self) -> list[Claim]:
        ann, p = self.ann, self.parse
        out = []
        for verb, cues in self.cues_by_clause(*_SETTINGS).items():
            # "after your first supervised dose, <brand> is used at home": when, not where
            cues = [(cue, c) for cue, c in cues if not self.in_when_phrase(c)]
            if not cues:
                continue
            settings = {_SETTINGS[cue.kind] for cue, _ in cues}
            if len(settings) != 1 or not p.is_verb(verb) or self.negated(verb):
                continue  # both in one clause ("in a clinic or at home"), no verb, or denied
            if any(self.negated(c) for _, c in cues) or not asserted(ann, self.sentence, verb):
                continue
            owners = [o for o in self.owners(verb) if not self.expletive(o[0], verb)] or self.given_to_self(verb)
            people = [] if owners else self.taken_by_people(verb)
            # One option among others: "can also be taken at home". "Some" before the people
            # who take it ("some patients carry on with <drug> infusions on their own") still
            # says the form is taken that way.
            if self.in_clause(verb, "setting-partial", outside=people[0][1] if people else None):
                continue
            owners = owners or [owner for owner, _ in people]
            forms = {self.form_key(cue) for cue in ann.cues_in(self.sentence.tok_start, self.sentence.tok_end, "form")
                     if self.in_claim(verb, owners, head_of(p, cue.tok_start, cue.tok_end))}
            if len(forms) > 1:
                continue  # two forms: which one is given where is not one claim
            form = forms.pop() if forms else None
            setting = settings.pop()
            last = max(cue.tok_end - 1 for cue, _ in cues)
            for tok, drug in owners:
                out.append(self.claim("setting", drug, min(p.subtree(tok)[0], verb), max(last, verb), target=form,
                                      cue=setting))
        return out

    def expletive(self, tok: int, verb: int) -> bool:
        """"It is a myth that <claim>, unsupervised": an "it" whose verb (or its noun) holds a
        "that" clause stands for that clause, not for the drug in discussion."""
        p = self.parse
        if self.ann.norms[tok] != "it":
            return False
        nouns = [verb, *p.children(verb, "attr", "acomp")]
        return any(self.ann.norms[m] == "that" for n in nouns for c in p.children(n, "ccomp", "relcl", "acl")
                   for m in p.children(c, "mark", "nsubj") if m < c)

    def in_when_phrase(self, tok: int) -> bool:
        """Whether a token stands in a phrase saying when ("after your first dose", "between visits")."""
        p = self.parse
        return any(p.dep(a) == "prep" and self.ann.norms[a] in _WHEN for a in (tok, *p.ancestors(tok)))

    def cues_by_clause(self, *kinds: str) -> dict[int, list]:
        """The sentence's cues of these kinds, with their head tokens, by the clause they are in."""
        p = self.parse
        by_clause: dict[int, list] = {}
        for cue in self.ann.cues_in(self.sentence.tok_start, self.sentence.tok_end, *kinds):
            c = head_of(p, cue.tok_start, cue.tok_end)
            if c in p:
                by_clause.setdefault(p.clause_head(c), []).append((cue, c))
        return by_clause

    def given_to_self(self, verb: int) -> list[tuple[int, str]]:
        """"Patients give themselves <drug> infusions": a reflexive object makes the treatment the
        one the setting is said of (the drug in the direct object)."""
        p = self.parse
        if not any(self.ann.norms[t] in _REFLEXIVE for t in p.children(verb, "dative", "dobj", "iobj")):
            return []
        return [(o, d) for o in p.children(verb, "dobj") if self.ann.norms[o] not in _REFLEXIVE
                for d in (self.drug(o),) if d]

    def taken_by_people(self, verb: int) -> list[tuple[tuple[int, str], tuple[int, int]]]:
        """"Patients carry on with <drug> infusions at home", "you take <drug> tablets …": people
        as the subject make the treatment they take (the verb's object, or the object of its
        preposition) the one the setting is said of. Each as ((object token, drug), the span of
        the people's phrase)."""
        p, ann = self.parse, self.ann
        people = [s for s in self.subjects(verb) if covered(ann, s, "person")]
        if len(people) != 1:
            return []
        objects = p.children(verb, "dobj") + [o for prep in p.children(verb, "prep") for o in p.children(prep, "pobj")]
        return [((o, d), p.subtree(people[0])) for o in objects for d in (self.drug(o),) if d]

    def in_clause(self, verb: int, kind: str, outside: tuple[int, int] | None = None) -> bool:
        """A cue of `kind` on a token of the verb's own clause, not inside a phrase fronted
        before it ("For many readers, …" says nothing of how many settings there are), nor in
        the span `outside`."""
        p, ann = self.parse, self.ann
        lo, hi = p.subtree(verb)
        # Inside a prepositional phrase before the verb, only a cue that is the phrase itself
        # counts ("In some cases, …"), not a word within it ("For many readers, …").
        fronted = [(t, p.subtree(t)) for t in p.children(verb, "prep") if t < verb]
        for c in ann.cues_in(lo, hi, kind):
            h = head_of(p, c.tok_start, c.tok_end)
            if p.clause_head(h) == verb and not any(a <= h < b and h != prep for prep, (a, b) in fronted) \
                    and not (outside and outside[0] <= h < outside[1]) and not self.likened(h, verb):
                return True
        return False

    def likened(self, tok: int, verb: int) -> bool:
        """Inside a comparison below the verb: "swallowed like any other pill" names no other option."""
        p = self.parse
        for t in p.ancestors(tok):
            if t == verb:
                return False
            if self.ann.norms[t] == "like" and p.dep(t) == "prep":
                return True
        return False

    def in_claim(self, verb: int, owners, tok: int) -> bool:
        """Whether a token is in the verb's own clause or in one of its subjects' phrases."""
        p = self.parse
        if tok not in p:
            return False
        if p.clause_head(tok) == verb:
            return True
        return any(lo <= tok < hi for lo, hi in (p.subtree(s) for s, _ in owners))

    def form_key(self, cue) -> str:
        return form_key(self.ann, cue)

    # --- route

    def routes(self) -> list[Claim]:
        """"<drug> is given as a nasal spray", "the tablets are dissolved under the tongue": one
        route in a clause, said of a drug (the clause's subject) or of a definite form."""
        ann, p = self.ann, self.parse
        out = []
        lo, hi = self.sentence.tok_start, self.sentence.tok_end
        outside = _outside_names(ann, lo, hi, ann.cues_in(lo, hi, *_ROUTES))
        for verb, cues in self.cues_by_clause(*_ROUTES).items():
            cues = [(cue, c) for cue, c in cues if cue in outside]
            routes = {_ROUTES[cue.kind] for cue, _ in cues}
            if len(routes) != 1 or not asserted(ann, self.sentence, verb) \
                    or self.in_clause(verb, "setting-partial", self.afterthought(cues)):
                continue  # two routes in one clause, or one option among others ("can also be …")
            owners = self.owners(verb) or self.form_subject(verb) or self.form_object(verb) or self.drug_object(verb)
            subjects = [p.subtree(tok) for tok, _ in owners]
            cues = [(cue, c) for cue, c in cues if not any(lo <= c < hi for lo, hi in subjects)]
            if not cues:
                continue  # the route names the subject ("the nasal spray is …"), not how it is given
            negated = self.negated(verb) or any(self.negated(c) for _, c in cues)
            last = max(cue.tok_end - 1 for cue, _ in cues)
            route = routes.pop()
            for tok, subject in owners:
                subject, form = self.form_owner(subject)
                form = form or self.form_at(tok)  # "<drug> lozenges dissolve …": the drug in that form
                out.append(self.claim("route", subject, min(p.subtree(tok)[0], verb), max(last, verb),
                                      cue=route, negated=negated, target=form))
        return out

    def afterthought(self, cues: list) -> tuple[int, int] | None:
        """The words after a comma that follows every route cue ("…, usually in the evening"):
        when, not whether, the route is taken."""
        last = max(cue.tok_end for cue, _ in cues) if cues else self.sentence.tok_end
        comma = next((i for i in range(last, self.sentence.tok_end) if self.ann.texts[i] == ","), None)
        return (comma, self.sentence.tok_end) if comma is not None else None

    def form_at(self, tok: int) -> str | None:
        """The form a subject's head names ("<drug> lozenges") or a pronoun stands for, by its key;
        None for none."""
        cue = next((c for c in self.ann.cues_in(tok, tok + 1, "form")), None)
        return self.form_key(cue) if cue is not None else self.pointed_form(tok)

    def form_owner(self, subject: str) -> tuple[str, str | None]:
        """A definite form ("form:tablet") as the drug it is a form of (the one the sentence names,
        else the drug in discussion) and the form: "the lozenge" a line after "<drug> lozenges"."""
        if not subject.startswith("form:"):
            return subject, None
        drug = sentence_drug(self.ann, self.sentence.tok_start, self.sentence.tok_end, self.last_drug)
        return (drug, subject[len("form:"):]) if drug else (subject, None)

    def form_subject(self, verb: int) -> list[tuple[int, str]]:
        """A definite form as the verb's subject ("the tablets are …"), as ("form:<its last word>")."""
        return self.definite_form(self.subjects(verb))

    def form_object(self, verb: int) -> list[tuple[int, str]]:
        """"You swallow the lozenge whole": people as the subject make the definite form they take
        (the verb's object) the one the route is said of."""
        if not any(covered(self.ann, s, "person") for s in self.subjects(verb)):
            return []
        return self.definite_form(self.parse.children(verb, "dobj"))

    def drug_object(self, verb: int) -> list[tuple[int, str]]:
        """"<clinic> gives <drug> as an IV drip": a drug named as the object of a verb with an "as"
        phrase (where the route cue stands) says how that drug is given, whoever gives it."""
        p, ann = self.parse, self.ann
        if not any(ann.norms[c] == "as" for c in p.children(verb, "prep")):
            return []
        return [(o, self.drugs[o].id) for o in p.children(verb, "dobj")
                if o in self.drugs and not is_reference(ann, self.drugs[o])]

    def definite_form(self, heads: list[int]) -> list[tuple[int, str]]:
        """The first of these phrase heads that is a definite form of its own ("the tablets", not
        "a tablet" or "the tablets sold online"), as (head, "form:<its last word>")."""
        p, ann = self.parse, self.ann
        for h in heads:
            for cue in ann.cues_in(*p.subtree(h), "form"):
                if head_of(p, cue.tok_start, cue.tok_end) == h and not p.children(h, *_RESTRICTIVE) and any(
                        covered(ann, d, "definite") for d in p.children(h, "det")):
                    return [(h, f"form:{self.form_key(cue)}")]
            key = self.pointed_form(h)
            if key is not None:
                return [(h, f"form:{key}")]
        return []

    def pointed_form(self, tok: int) -> str | None:
        """The one form a plural pronoun stands for ("They go under your tongue", "you just swallow
        them"): the words before it in its sentence and the sentence before name that form and no
        other, and no drug."""
        ann = self.ann
        if ann.norms[tok] not in _PLURAL_PRONOUNS:
            return None
        lo = self.sentence.tok_start
        if self.sentence.index > 0:
            before = ann.sentences[self.sentence.index - 1]
            lo = before.tok_start if before.block == self.sentence.block else lo
        keys = {self.form_key(c) for c in ann.cues_in(lo, tok, "form")}
        if len(keys) != 1 or ann.mentions_in(lo, tok, "drug"):
            return None
        return keys.pop()

    # --- identity

    def identities(self) -> list[Claim]:
        ann, p = self.ann, self.parse
        out = []
        # Read for the copula alone ("<brand> is <drug>"): the drug must be the complement itself,
        # not a word inside it ("<drug> is more potent than <drug>").
        bare = self.sentence.cue_kinds & _IDENTITY == {"identity-copula"}
        for h, key, first in self.identity_subjects():
            verb = p.head(h)
            if ann.norms[verb] in _BE and p.dep(verb) in ("aux", "auxpass") and p.head(verb) in self.drugs:
                verb = p.head(verb)  # "the spray is clearly <drug>": the name read as the verb
            if verb in self.drugs and any(ann.norms[a] in _BE for a in p.children(verb, "aux", "auxpass")):
                args = [verb]  # "the spray is now <drug> …": the name read as the verb, "is" its auxiliary
            elif ann.norms[verb] in _BE:
                args = p.children(verb, "attr", "acomp")  # a drug's name is often tagged an adjective
                # "is in fact <drug>": the adverb read as a preposition takes the drug as its object,
                # or the drug is read as a clause of its own.
                args += [o for prep in p.children(verb, "prep") if self.adverbial(prep)
                         for o in p.children(prep, "pobj")[1:]]
                args += [c for c in p.children(verb, "advcl") if c in self.drugs]
            elif covered(ann, verb, "identity-verb"):
                args = p.children(verb, "dobj") + [o for prep in p.children(verb, "prep") for o in p.children(prep, "pobj")]
                # "contains <drug>" with the name misread as an adverb after an adverb
                args += [c for c in p.children(verb, "advmod", "npadvmod") if c in self.drugs]
            elif p.dep(verb) == "prep" and self.adverbial(verb) and covered(ann, p.head(verb), "identity-verb"):
                verb = p.head(verb)  # "the spray in fact contains <drug>"
                args = p.children(verb, "dobj")
            else:
                continue
            if not args or not asserted(ann, self.sentence, verb):
                continue
            denied = bool(p.children(verb, "neg"))  # "the spray is not <drug> but <drug>"
            seen = set()
            for arg in args:
                lo, hi = p.subtree(arg)
                for m in ann.mentions_in(lo, hi, "drug"):
                    if m.id in seen or p.clause_head(head_of(p, m.tok_start, m.tok_end)) != p.clause_head(verb):
                        continue
                    seen.add(m.id)
                    # from the verb on: an aside after the name may cut its phrase short ("rather
                    # than ordinary <drug> (which …)" parsed with the phrase from "ordinary")
                    contrast = self.before(m, "identity-contrast", min(lo, verb + 1)) and not self.plainly_same(m)
                    if is_reference(ann, m) and not contrast:
                        continue  # "a form of <drug>", "like <drug>": not what the form is
                    if bare and not self.named_as(m, arg):
                        continue
                    negated = contrast or (denied and not self.after_but(m, lo))
                    plain = self.before(m, "identity-plain", min(lo, verb + 1))  # "is simply <drug>"
                    form = self.named_form(m, hi)  # "the brand name for the <drug> drip"
                    out.append(self.claim("identity", key, min(first, m.tok_start),
                                          m.tok_end - 1, target=m.id, negated=negated,
                                          cue="plain" if plain else f"form:{form}" if form else None))
        return out + self.appositive_identities()

    def named_form(self, m: Mention, hi: int) -> str | None:
        """The form a drug's name is a modifier of ("the <drug> drip", "<drug> IV infusions"), by
        its key: the product is said to be that drug in that form, which may be another product
        than one form of it."""
        return next((self.form_key(c) for c in self.ann.cues_in(m.tok_end, hi, "form")
                     if c.tok_start == m.tok_end), None)

    def appositive_identities(self) -> list[Claim]:
        """A drug's name with a form in apposition that names its drug: "<brand>, the <drug> nasal
        spray, …" says which drug the product is, as "<brand> is a <drug> spray" does. The drug
        must modify the form noun itself ("the <drug> spray"), not stand in a phrase of its own
        ("a spray like <drug>", "a form of <drug>")."""
        ann, p = self.ann, self.parse
        out = self.role_appositives()
        for m in dict.fromkeys(self.drugs.values()):
            h = head_of(p, m.tok_start, m.tok_end)
            if h not in p or is_reference(ann, m):
                continue
            for form in p.children(h, "appos"):
                if not covered(ann, form, "form"):
                    continue
                for inner in ann.mentions_in(*p.subtree(form), "drug"):
                    if inner is not m and self.modifies(head_of(p, inner.tok_start, inner.tok_end), form) \
                            and not is_reference(ann, inner):
                        out.append(self.claim("identity", f"name:{m.id}", m.tok_start, form, target=inner.id))
        return out

    def role_appositives(self) -> list[Claim]:
        """"The study drug, <drug>, is given …": a drug's name in apposition to its part in a study
        (a definite one) is what that drug is."""
        ann, p = self.ann, self.parse
        out = []
        for cue in ann.cues_in(self.sentence.tok_start, self.sentence.tok_end, "identity-role"):
            h = head_of(p, cue.tok_start, cue.tok_end)
            if h not in p or not self.definite_role(h) or not asserted(ann, self.sentence, h):
                continue
            for name in p.children(h, "appos"):
                m = self.drugs.get(name)
                if m is not None and not is_reference(ann, m):
                    out.append(self.claim("identity", _ROLE, cue.tok_start, m.tok_end - 1, target=m.id))
        return out

    def definite_role(self, h: int) -> bool:
        """Whether a study's drug is named definitely ("the study drug", not "a trial drug")."""
        return any(covered(self.ann, d, "definite") for d in self.parse.children(h, "det"))

    def modifies(self, tok: int, noun: int) -> bool:
        """Whether a word modifies the noun through modifiers only ("<drug> nasal spray": the drug
        may hang on "nasal"), not through a phrase or clause of its own."""
        p = self.parse
        while tok != noun:
            if p.dep(tok) not in _MODIFIERS or p.head(tok) == tok:
                return False
            tok = p.head(tok)
        return True

    def named_as(self, m, arg: int) -> bool:
        """Whether the drug is the copula's complement itself ("<brand> is <drug>") or what a name
        of it names ("<brand> is the brand name for <drug>"), not a word inside it ("<brand> is
        more potent than <drug>")."""
        p = self.parse
        head = head_of(p, m.tok_start, m.tok_end)
        if head == arg:
            return True
        prep = p.head(head)
        return (p.dep(head) == "pobj" and self.ann.norms[prep] in ("for", "of") and p.head(prep) == arg
                and covered(self.ann, arg, "identity-name"))

    def identity_subjects(self):
        """What an identity claim is about, as (head token, key, first token): a definite form
        ("the nasal spray", key its last word), or a drug's name ("<brand>", key "name:<its id>")."""
        ann, p = self.ann, self.parse
        heads = set()  # "nasal spray" and "spray" are two cues on one noun
        for cue in ann.cues_in(self.sentence.tok_start, self.sentence.tok_end, "form"):
            h = head_of(p, cue.tok_start, cue.tok_end)
            if h in heads or h not in p or h in self.drugs or p.dep(h) not in ("nsubj", "nsubjpass"):
                continue
            heads.add(h)
            restrictive = [t for t in p.children(h, *_RESTRICTIVE) if not self.adverbial(t)]  # not "in fact"
            if restrictive or not any(covered(ann, d, "definite") for d in p.children(h, "det")):
                continue  # "a spray", "the spray sold online": perhaps not the form named elsewhere
            yield h, self.form_key(cue), cue.tok_start
        for cue in ann.cues_in(self.sentence.tok_start, self.sentence.tok_end, "identity-role"):
            h = head_of(p, cue.tok_start, cue.tok_end)  # "the study drug is <drug>"
            if h in p and h not in heads and p.dep(h) in ("nsubj", "nsubjpass") and self.definite_role(h):
                heads.add(h)
                yield h, _ROLE, cue.tok_start
        for m in dict.fromkeys(self.drugs.values()):  # "<brand> contains …": a drug named as the product
            h = head_of(p, m.tok_start, m.tok_end)
            if h in p and p.dep(h) in ("nsubj", "nsubjpass") and not is_reference(ann, m) \
                    and not [t for t in p.children(h, *_RESTRICTIVE, "conj") if not self.adverbial(t)]:
                yield h, f"name:{m.id}", m.tok_start
        # "<brand> … it is ordinary <drug>": "it" for the drug named last, when the parse makes
        # it the subject of "is" and a drug's name the whole of what it is said to be (not a
        # cleft, "it is <drug> that …", nor a phrase holding a name, "it is <drug>'s action").
        for a in ann.cues_in(self.sentence.tok_start, self.sentence.tok_end, "anaphora"):
            h = head_of(p, a.tok_start, a.tok_end)
            verb = p.head(h) if h in p else None
            drug = self.drug(h) if verb is not None and p.dep(h) == "nsubj" and ann.norms[verb] in _BE else None
            args = p.children(verb, "attr", "acomp") if drug else []
            if args and not p.children(verb, "ccomp", "advcl") and all(
                    arg in self.drugs and not p.children(arg, "acl", "ccomp") and not self.cleft(arg)
                    for arg in args):
                yield h, f"name:{drug}", a.tok_start

    def cleft(self, arg: int) -> bool:
        """"It is <drug> that …": a relative word right after the name (an aside after a comma
        or a bracket, "it is <drug> (which …)", leaves the claim as it is)."""
        end = self.drugs[arg].tok_end
        return end < self.sentence.tok_end and self.ann.norms[end] in ("that", "who", "which")

    def adverbial(self, prep: int) -> bool:
        """A preposition that opens an adverb of stance ("in fact", "in reality"), not a phrase of place."""
        words = tuple(self.ann.norms[i] for i in range(prep, min(prep + 3, self.sentence.tok_end)))
        return words[:2] in _ADVERBIAL or words in _ADVERBIAL

    def before(self, m: Mention, kind: str, lo: int) -> bool:
        """A cue of `kind` just before the mention (a determiner or adjective between them at
        most): "not <drug>", "ordinary <drug>", "rather than plain <drug>"."""
        ann = self.ann
        for c in ann.cues_in(max(lo, m.tok_start - 5), m.tok_start, kind):
            if all(ann.is_word[i] and not self.drugs.get(i) for i in range(c.tok_end, m.tok_start)) \
                    and m.tok_start - c.tok_end <= 2:
                return True
        return False

    def plainly_same(self, m: Mention) -> bool:
        """"no different from <drug>": the contrast word inside a cue that says it is that drug."""
        ann = self.ann
        plains = ann.cues_in(max(self.sentence.tok_start, m.tok_start - 6), m.tok_start, "identity-plain")
        contrasts = ann.cues_in(max(self.sentence.tok_start, m.tok_start - 6), m.tok_start, "identity-contrast")
        return bool(contrasts) and all(_within(c, plains) for c in contrasts)

    def after_but(self, m: Mention, lo: int) -> bool:
        return any(self.ann.norms[i] in ("but", "rather") for i in range(lo, m.tok_start))
