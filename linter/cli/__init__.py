"""The `healthlint` command: a group of thin commands, one module each, beside this file.

A command's module is imported only when that command runs (click's documented lazy-subcommand
pattern, below): `--version` loads no command, and a plain `check` never imports the language
server, the review or pack drafting (tests/test_speed.py)."""

from __future__ import annotations

import importlib
import signal
import sys

import click

from linter import __version__
from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, fail
from linter.errors import internal_error

# Command name -> the module and attribute that define it, imported on first use.
COMMANDS = {
    "check": ("linter.cli.check", "check"),
    "clean": ("linter.cli.clean", "clean"),
    "config": ("linter.cli.config", "config"),
    "init": ("linter.cli.init", "init"),
    "pack": ("linter.cli.pack", "pack"),
    "review": ("linter.cli.review", "review"),
    "rule": ("linter.cli.rules", "rule"),
    "rules": ("linter.cli.rules", "rules"),
    "server": ("linter.cli.server", "server"),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported by name when first asked for (click's "lazy
    loading" pattern), so that the imports of each command's module stay at its top."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="healthlint")
def cli() -> None:
    """Check health articles against the facts of a trusted source."""
    if hasattr(signal, "SIGXFSZ"):
        # Past `ulimit -f` a write then fails with EFBIG, reported as one line, instead of the
        # signal killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


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
    except Exception as exc:  # a bug outside any one draft: still one line and exit 2, not a traceback
        fail(internal_error(exc))
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
