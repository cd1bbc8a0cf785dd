"""`healthlint clean`: remove the result cache."""

from __future__ import annotations

import click

from linter.cache import clean as remove_cache, folder_for
from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, fail
from linter.errors import UsageError


@click.command("clean")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="The cache to remove (default: .healthlint_cache).")
def clean(cache_dir: str | None) -> int:
    """Remove the result cache (only a directory healthlint made, holding only what it wrote)."""
    folder = folder_for(cache_dir)
    try:
        removed = remove_cache(folder)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    click.echo(f"healthlint: removed {folder}" if removed else f"healthlint: no cache at {folder}", err=True)
    return EXIT_CLEAN
