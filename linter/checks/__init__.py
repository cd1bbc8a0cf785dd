"""The check registry: every check family, registered in one place."""

from __future__ import annotations

from typing import Callable, Iterable

from linter.checks import (approval, contradiction, disclaimer, duration, overclaim, side_effect, structure,
                           study, typo)
from linter.checks.base import Context
from linter.findings import Finding, Rule

FAMILIES = (typo, approval, duration, side_effect, study, overclaim, contradiction, disclaimer, structure)

CHECKS: tuple[Callable[[Context], Iterable[Finding]], ...] = tuple(f.check for f in FAMILIES)
RULES: dict[str, Rule] = {rule.code: rule for family in FAMILIES for rule in family.RULES}


def rule(code: str) -> Rule | None:
    return RULES.get(code.upper())
