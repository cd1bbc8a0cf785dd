"""`healthlint rules` (every rule) and `healthlint rule CODE` (one rule's documentation)."""

from __future__ import annotations

import click

from linter.checks import RULES, rule as find_rule
from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, fail


@click.command("rules")
def rules() -> int:
    """List every rule: code, name, category, default severity, fixable."""
    click.echo(f"{'code':<6} {'name':<30} {'category':<13} {'severity':<8} fix")
    for found in RULES.values():
        fixable = "fixable" if found.fixable else "-"
        click.echo(f"{found.code:<6} {found.name:<30} {found.category:<13} {found.severity:<8} {fixable}")
    return EXIT_CLEAN


@click.command("rule")
@click.argument("code")
def rule(code: str) -> int:
    """Print the documentation of one rule."""
    found = find_rule(code)
    if found is None:
        fail(f"unknown rule code '{code}' (see `healthlint rules`)")
        return EXIT_ERROR
    click.echo(f"{found.code} {found.name} ({found.category}, {found.severity}"
               f"{', fixable' if found.fixable else ''})\n\n{found.summary}\n\n{found.doc}")
    return EXIT_CLEAN
