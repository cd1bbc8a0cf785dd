"""The `healthlint` command. Imports nothing heavy until a command needs it,
so `--help` and `--version` stay fast."""

from __future__ import annotations

import sys

import click

from linter import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"healthlint: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="healthlint")
def cli() -> None:
    """Check health articles against the facts of a trusted source."""


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("--pack", "packs", multiple=True, metavar="FILE",
              help="An extra fact pack (YAML) to check against; repeatable.")
def check(paths: tuple[str, ...], fmt: str, packs: tuple[str, ...]) -> int:
    """Lint drafts (files or directories of *.md, *.markdown, *.txt)."""
    from linter.errors import UsageError
    from linter.packs import load_knowledge
    from linter.report import FORMATS
    from linter.runner import lint_paths

    try:
        knowledge = load_knowledge(tuple(packs))
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    result = lint_paths(paths or (".",), knowledge)
    for error in result.errors:
        _fail(error)
    output = FORMATS[fmt](result.findings)
    if output:
        click.echo(output, nl=False)
    if result.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.findings else EXIT_CLEAN


@cli.command("rules")
def list_rules() -> int:
    """List every rule: code, name, category, default severity, fixable."""
    from linter.checks import RULES

    for rule in RULES.values():
        fixable = "fixable" if rule.fixable else "-"
        click.echo(f"{rule.code}  {rule.name:<30} {rule.category:<12} {rule.severity:<8} {fixable}")
    return EXIT_CLEAN


@cli.command("rule")
@click.argument("code")
def show_rule(code: str) -> int:
    """Print the documentation of one rule."""
    from linter.checks import rule

    found = rule(code)
    if found is None:
        _fail(f"unknown rule code '{code}' (see `healthlint rules`)")
        return EXIT_ERROR
    click.echo(f"{found.code} {found.name} ({found.category}, {found.severity}"
               f"{', fixable' if found.fixable else ''})\n\n{found.summary}\n\n{found.doc}")
    return EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (never raises for bad input)."""
    try:
        code = cli.main(args=argv, prog_name="healthlint", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return EXIT_ERROR
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
