"""`healthlint config`: the resolved settings."""

from __future__ import annotations

import click

from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, fail
from linter.cli.loading import settings_of, shown
from linter.errors import UsageError


@click.command("config")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Config file (default: found upwards).")
def config(config_file: str | None) -> int:
    """Print the resolved settings."""
    try:
        click.echo(shown(settings_of(config_file)), nl=False)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    return EXIT_CLEAN
