"""`healthlint init`: a commented .healthlint.yaml, and the pre-commit and CI snippets."""

from __future__ import annotations

import os

import click

from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, emit, fail
from linter.init import CONFIG_NAME, SOURCES, config, snippets


@click.command("init")
@click.option("--force", is_flag=True, help="Replace an existing .healthlint.yaml.")
@click.option("--print", "print_only", is_flag=True, help="Print the pre-commit and CI snippets only; write nothing.")
def init(force: bool, print_only: bool) -> int:
    """Write a commented .healthlint.yaml here; print the pre-commit and CI snippets."""
    if print_only:
        if force:
            fail("--print writes nothing; it cannot be combined with --force")
            return EXIT_ERROR
        click.echo(snippets(), nl=False)
        return EXIT_CLEAN
    if os.path.lexists(CONFIG_NAME) and not force:  # a dangling link is there too
        # Exit 2: the config asked for was not written. The snippets are still what the user came for.
        fail(f"{CONFIG_NAME}: exists already, left as it is (edit it, or replace it with healthlint init "
             "--force); the snippets follow, and healthlint init --print prints them alone")
        click.echo(snippets(), nl=False)
        return EXIT_ERROR
    # Through the one writer: `.healthlint.yaml → ../elsewhere` is refused, never followed.
    if emit(config(os.path.isdir(SOURCES)), CONFIG_NAME, [], what="the config"):
        return EXIT_ERROR
    click.echo(f"healthlint: wrote {CONFIG_NAME}; add these to your repository:", err=True)
    click.echo(snippets(), nl=False)
    return EXIT_CLEAN
