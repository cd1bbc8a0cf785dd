"""The family registry: every check family, registered in one place.

A family is one `Family(...)` entry: its extractor (a module of linter/claims/), its checks (modules
of linter/checks/), its category and the pack sections its facts come from. Everything else is read
from the entries: the extractors and the cue kinds the parser is given, the checks the runner
runs, the rules, the categories. The stages below (claims/, the checks) never read this module:
the runner hands them what they need. CONTRIBUTING.md, "Adding a claim family", lists the steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Callable, Iterable, Mapping

from linter.checks import (approval, contradiction, disclaimer, duration, hidden, overclaim, paraphrase,
                           side_effect, structure, study, suppression, typo)
from linter.checks.base import Context
from linter.claims import certainty, properties, side_effects, studies, time
from linter.claims import approval as approval_claims  # named apart from the check of the same name
from linter.findings import Finding, Rule


@dataclass(frozen=True)
class Family:
    """One family of rules. `checks`: modules with RULES and check(ctx) (and verdicts(ctx) when
    they judge claims one by one, for the review report); a module without check(ctx) only
    documents rules another stage reports. `extractor`: a module with TRIGGERS (the cue kinds
    that make it read a sentence) and claims(ann, sentence, frames, drug_before). `facts`: the
    sections of a fact pack (rules/pack.schema.json) its checks judge claims against."""

    name: str
    category: str
    checks: tuple[ModuleType, ...]
    extractor: ModuleType | None = None
    facts: tuple[str, ...] = ()


# In this order the claims of a sentence are read and the checks run; the categories are listed.
FAMILIES: tuple[Family, ...] = (
    Family("typo", "typo", (typo, hidden)),
    Family("approval", "approval", (approval,), approval_claims, ("approvals",)),
    Family("duration", "duration", (duration,), time, ("time_course",)),
    Family("side effect", "side-effect", (side_effect,), side_effects, ("side_effects",)),
    Family("study", "study", (study,), studies, ("studies",)),
    Family("overclaim", "overclaim", (overclaim,), certainty, ("certainty",)),
    # mechanisms, routes, settings and forms: contradicted by the source (HL703) or by the draft (HL701)
    Family("contradiction", "contradiction", (contradiction, paraphrase), properties, ("mechanisms", "forms")),
    Family("disclaimer", "disclaimer", (disclaimer,), facts=("disclaimers",)),
    Family("structure", "structure", (structure,)),
    Family("suppression", "suppression", (suppression,)),  # reported by the suppress stage
)


@dataclass(frozen=True)
class Registry:
    """What the stages read from a list of families."""

    families: tuple[Family, ...]
    checks: tuple[Callable[[Context], Iterable[Finding]], ...]
    verdicts: tuple[Callable, ...]  # the checks that judge claims one by one (the review's rows)
    extractors: tuple[ModuleType, ...]
    triggers: frozenset[str]  # cue kinds some extractor reads: the sentences the parser sees
    rules: Mapping[str, Rule]  # by code, in code order
    categories: tuple[str, ...]


def registry(families: tuple[Family, ...]) -> Registry:
    modules = [m for f in families for m in f.checks]
    extractors = tuple(f.extractor for f in families if f.extractor is not None)
    rules = sorted((r for m in modules for r in m.RULES), key=lambda r: r.code)
    return Registry(
        families=families,
        checks=tuple(m.check for m in modules if hasattr(m, "check")),
        verdicts=tuple(m.verdicts for m in modules if hasattr(m, "verdicts")),
        extractors=extractors,
        triggers=frozenset().union(*(e.TRIGGERS for e in extractors)),
        rules={r.code: r for r in rules},
        categories=tuple(dict.fromkeys(f.category for f in families)),
    )


REGISTRY = registry(FAMILIES)
CHECKS = REGISTRY.checks
VERDICTS = REGISTRY.verdicts
EXTRACTORS = REGISTRY.extractors
TRIGGERS = REGISTRY.triggers
RULES = REGISTRY.rules
CATEGORIES = REGISTRY.categories
FIXABLE = frozenset(code for code, rule in RULES.items() if rule.fixable)


def settle(findings: list[Finding]) -> list[Finding]:
    """Every check's findings together: HL704, the net under the claim rules, gives way to them."""
    return paraphrase.under_others(findings)


def rule(code: str) -> Rule | None:
    return RULES.get(code.upper())
