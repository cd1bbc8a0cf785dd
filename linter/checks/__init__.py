"""The check registry: every check family, registered in one place."""

from __future__ import annotations

from typing import Callable, Iterable

from linter.checks import (approval, contradiction, disclaimer, duration, hidden, overclaim, paraphrase,
                           side_effect, structure, study, suppression, typo)
from linter.checks.base import Context
from linter.findings import Finding, Rule

FAMILIES = (typo, hidden, approval, duration, side_effect, study, overclaim, contradiction, paraphrase, disclaimer,
            structure)

CHECKS: tuple[Callable[[Context], Iterable[Finding]], ...] = tuple(f.check for f in FAMILIES)
# The families that judge claims against the source one by one (the review report's rows).
VERDICTS = tuple(f.verdicts for f in FAMILIES if hasattr(f, "verdicts"))


def settle(findings: list[Finding]) -> list[Finding]:
    """Every check's findings together: HL704, the net under the claim rules, gives way to them."""
    return paraphrase.under_others(findings)


# Every rule, the suppress stage's own included (it reports them; checks/suppression.py holds them).
RULES: dict[str, Rule] = {rule.code: rule for family in (suppression, *FAMILIES) for rule in family.RULES}
FIXABLE = frozenset(code for code, rule in RULES.items() if rule.fixable)


def rule(code: str) -> Rule | None:
    return RULES.get(code.upper())
