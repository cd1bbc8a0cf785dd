"""Cases, the generic edits that multiply them, and the runner that lints them in one process.

A family module (tests/behaviour/families/<name>.py) gives `seeds()`: claims written in
the project's own words, each with the verdict it must get. Slots in a seed's text:
`{D}` is the drug mention (so markup, parentheses and pronouns can act on it) and `{ADV}`
a place where an adverb can stand (empty in the plain wording). The generic edits below
turn every seed into many cases; a family adds its own rewordings (passive, noun forms,
number words, coordination, negation, other drugs ...) as further seeds.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

# Codes never judged outside the disclaimer family: a one-sentence draft lacks the
# disclaimers a whole article owes, and that is not what the case is about.
DRAFT_LEVEL = ("HL801",)
TITLE = "# Reader notes"


@dataclass(frozen=True)
class Seed:
    """One claim and the verdict it must get.

    expect: codes of which one must fire on the claim's line; () means the draft must stay
    silent. test: MFT for the plain claim, INV for a rewording that keeps the meaning
    (passive, noun form, number word ...), DIR for one that changes it (negation, another
    drug ...). context: sentences before the claim's paragraph (what a pronoun points at,
    or a contradiction's first claim). edits: whether the generic edits apply.
    """

    text: str
    expect: tuple[str, ...] = ()
    drug: str = ""
    capability: str = "plain"
    test: str = "MFT"
    context: str = ""
    edits: bool = True
    line: int | None = None


@dataclass(frozen=True)
class Case:
    family: str
    test: str
    capability: str
    draft: str
    line: int  # the line of the claim, where an expected finding must sit
    expect: tuple[str, ...]
    seed: Seed = field(compare=False, repr=False)


@dataclass(frozen=True)
class Outcome:
    case: Case
    passed: bool
    found: tuple[tuple[int, str, str], ...]  # (line, code, severity) of the findings judged


# ------------------------------------------------------------------ writing a sentence

# Adverbs that keep a claim's meaning. Not "clearly": "<drug> clearly works" vouches for the
# treatment, which the overclaim family flags (a stance of certainty, like "definitely").
ADVERBS = ("currently", "now", "still", "also", "in fact", "already", "officially", "notably",
           "actually", "indeed")
FRONTED = ("In the United States, ", "Today, ", "At most clinics, ", "According to several clinics, ",
           "As of this year, ", "For many readers, ", "In short, ", "Put simply, ")
PARENTHESES = ("{D} (which many clinics now offer)", "{D}, which many clinics now offer,",
               "{D} (see the box below)")
MARKUP = ("**{D}**", "*{D}*", "[{D}](https://example.org/drug)", "_{D}_")
PRONOUN_LEADS = ("Many readers ask us about {D}.", "This page is about {D}.",
                 "Our readers often write in about {D}.")
PRONOUNS = ("It", "The drug", "This drug", "The medication")
# Leads that name another drug in passing after the seed's drug (compared with, in parentheses,
# "by contrast"): the pronoun in the next sentence is still the seed's drug. {C} is a drug
# other than the seed's.
PASSING_LEADS = ("Many readers ask us about {D}, which is very different from {C}.",
                 "This page is about {D} ({C} is another story).",
                 "Our readers often write in about {D}. {C}, by contrast, are rarely asked about.")
OTHER_DRUGS = ("SSRIs", "benzodiazepines")


def cap(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def render(seed: Seed, *, drug: str | None = None, adverb: str = "") -> str:
    """The seed's sentence, with its slots filled and its first letter a capital."""
    text = seed.text.replace("{ADV} ", f"{adverb} " if adverb else "").replace("{ADV}", adverb)
    return cap(text.replace("{D}", seed.drug if drug is None else drug))


def lower_first(sentence: str, seed: Seed) -> str:
    """The sentence as it reads after a fronted phrase: a capital kept only for a name."""
    if seed.text.startswith("{D}") and seed.drug[:1].isupper():
        return sentence  # a brand name keeps its capital
    if sentence[1:2].isupper():
        return sentence  # an acronym ("FDA ...")
    return sentence[:1].lower() + sentence[1:]


def bare(sentence: str) -> str:
    return sentence.rstrip(" .")


# ------------------------------------------------------------------ the generic edits
# Each edit gives (capability, context, sentence) triples for a seed; an INV edit keeps
# the verdict, a DIR edit below turns it to silence.

Edit = Callable[[Seed], Iterator[tuple[str, str, str]]]


def adverbs(seed: Seed):
    if "{ADV}" in seed.text:
        for adverb in ADVERBS:
            yield "adverb", seed.context, render(seed, adverb=adverb)


def fronted(seed: Seed):
    plain = render(seed)
    for lead in FRONTED:
        capability = "attribution" if lead.startswith("According") else "fronted"
        yield capability, seed.context, lead + lower_first(plain, seed)


def parentheses(seed: Seed):
    if "{D}" in seed.text:
        for wrap in PARENTHESES:
            yield "parenthesis", seed.context, render(seed, drug=wrap.replace("{D}", seed.drug))


def markup(seed: Seed):
    if "{D}" in seed.text:
        for wrap in MARKUP:
            text = render(seed, drug=wrap.replace("{D}", seed.drug))
            if wrap.startswith(("*", "_", "[")) and seed.text.startswith("{D}"):
                text = wrap.replace("{D}", cap(seed.drug)) + render(seed)[len(seed.drug):]
            yield "markup", seed.context, text
    yield "markup", seed.context, f"**{render(seed)}**"


def blocks(seed: Seed):
    plain = render(seed)
    yield "list-item", seed.context, f"- {plain}"
    yield "list-item", seed.context, f"1. {plain}"
    yield "table-cell", seed.context, f"| Topic | What we say |\n| --- | --- |\n| Use | {plain} |"


def pronouns(seed: Seed):
    if seed.text.startswith("{D}") and seed.drug and not seed.context:
        rest = render(seed)[len(seed.drug):]
        for lead in PRONOUN_LEADS:
            for pronoun in PRONOUNS:
                yield "pronoun", lead.replace("{D}", seed.drug), pronoun + rest


def pronouns_after_passing(seed: Seed):
    if seed.text.startswith("{D}") and seed.drug and not seed.context:
        rest = render(seed)[len(seed.drug):]
        other = next(c for c in OTHER_DRUGS if c.lower() not in seed.drug.lower())
        for lead in PASSING_LEADS:
            for pronoun in PRONOUNS[:2]:
                yield "pronoun-after-passing", lead.replace("{D}", seed.drug).replace("{C}", other), pronoun + rest


def question(seed: Seed):
    yield "question", seed.context, f"Is it true that {lower_first(bare(render(seed)), seed)}?"


def myth(seed: Seed):
    plain = render(seed)
    yield "myth", seed.context, f"Myth: {plain}"
    yield "myth", seed.context, f"It is a myth that {lower_first(plain, seed)}"


def quote(seed: Seed):
    yield "quote", seed.context, f'One advert claimed that "{lower_first(bare(render(seed)), seed)}," which is false.'


def conditional(seed: Seed):
    yield "conditional", seed.context, f"If {lower_first(bare(render(seed)), seed)}, the label would say so."


INV_EDITS: tuple[Edit, ...] = (adverbs, fronted, parentheses, markup, blocks, pronouns, pronouns_after_passing)
DIR_EDITS: tuple[Edit, ...] = (question, myth, quote, conditional)


def draft(context: str, sentence: str) -> tuple[str, int]:
    """A whole draft around the claim, and the claim's line (the last line)."""
    parts = [TITLE] + ([context] if context else []) + [sentence]
    text = "\n\n".join(parts) + "\n"
    return text, text.count("\n")


# How many variants of one edit each seed gets in the default run: the suite's speed. Which
# ones rotates from seed to seed, so that across a family every variant is still tried;
# `bench/behaviour.py --all-variants` tries every variant on every seed.
VARIANTS = 2


def cases(family: str, seeds: Iterable[Seed], variants: int | None = VARIANTS) -> Iterator[Case]:
    """The cases a family's seeds give: each seed as written, and through every edit (at most
    `variants` of each edit's variants per seed; None: all of them)."""
    for number, seed in enumerate(seeds):
        text, line = draft(seed.context, render(seed))
        yield Case(family, seed.test, seed.capability, text, seed.line or line, seed.expect, seed)
        if not seed.edits:
            continue
        for edits, test, expect in ((INV_EDITS, "INV", seed.expect), (DIR_EDITS, "DIR", ())):
            for edit in edits:
                made = list(edit(seed))
                if variants is not None and len(made) > variants:
                    start = number * variants % len(made)
                    made = (made + made)[start:start + variants]
                for capability, context, sentence in made:
                    text, line = draft(context, sentence)
                    yield Case(family, test, capability, text, seed.line or line, expect, seed)


def all_cases(only: Iterable[str] = (), variants: int | None = VARIANTS) -> list[Case]:
    """The cases of every family module (or of those named), in a fixed order."""
    from . import families

    wanted = set(only)
    found = []
    for module in sorted(pkgutil.iter_modules(families.__path__), key=lambda m: m.name):
        if wanted and module.name not in wanted:
            continue
        seeds = importlib.import_module(f"{families.__name__}.{module.name}").seeds()
        found.extend(cases(module.name, seeds, variants))
    return list(dict.fromkeys(found))  # two seeds may give the same draft: judge it once


# ------------------------------------------------------------------ running and judging

# An attributed claim ("According to several clinics, <claim>") is passed on, not asserted in the
# writer's own voice: it must draw the seed's finding or a warning of the same category (the
# draft may only be quoting), never silence.
GRADED = ("attribution",)


def judge(case: Case, findings) -> Outcome:
    ignored = () if case.family == "disclaimer" else DRAFT_LEVEL
    judged = tuple(sorted((f.line, f.code, f.severity) for f in findings if f.code not in ignored))
    if case.expect:
        graded = case.capability in GRADED or case.seed.capability in GRADED  # the edit, or the seed itself
        categories = {_category(code) for code in case.expect} if graded else set()
        fired = any(line == case.line and (code in case.expect or (severity == "warning" and _category(code) in categories))
                    for line, code, severity in judged)
        stray_error = any(severity == "error" and code not in case.expect for _, code, severity in judged)
        passed = fired and not stray_error
    else:
        passed = not judged
    return Outcome(case, passed, judged)


def _category(code: str) -> str:
    from linter.checks import RULES

    return RULES[code].category


def run(cases_: Iterable[Case]) -> list[Outcome]:
    """Lint every case in this process (the packs and the model loaded once)."""
    from linter.document.read import parse_document
    from linter.packs import load_knowledge
    from linter.runner import lint_document

    knowledge = load_knowledge()
    return [judge(case, lint_document(parse_document(case.draft, "case.md"), knowledge)) for case in cases_]


def table(outcomes: list[Outcome]) -> dict:
    """Failure counts per family and test, per family and capability, and on correct variants."""
    rows: dict = defaultdict(lambda: {"cases": 0, "failed": 0})
    capabilities: dict = defaultdict(lambda: {"cases": 0, "failed": 0})
    correct: Counter = Counter()
    correct_failed: Counter = Counter()
    for outcome in outcomes:
        case = outcome.case
        for bucket in (rows[case.family, case.test], capabilities[case.family, case.test, case.capability]):
            bucket["cases"] += 1
            bucket["failed"] += not outcome.passed
        if not case.expect:
            correct[case.family] += 1
            correct_failed[case.family] += not outcome.passed
    return {"rows": dict(rows), "capabilities": dict(capabilities),
            "correct": dict(correct), "correct_failed": dict(correct_failed)}


def rate(bucket: dict) -> float:
    return bucket["failed"] / bucket["cases"] if bucket["cases"] else 0.0

