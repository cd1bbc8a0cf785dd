"""What every command shares: exit codes, the one-line error, and writing a command's whole
output. Light to import: `healthlint --version` loads this and no command."""

from __future__ import annotations

from pathlib import Path

import click

from linter.errors import UsageError
from linter.files import Output
from linter.report.escape import printable

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str, level: str = "error") -> None:
    # One line, whatever a file name holds: control characters and undecodable bytes escaped.
    click.echo(f"healthlint: {level}: {printable(message)}", err=True)


def emit(text: str, output_file: str | None, inputs: list[str], what: str = "the output") -> int:
    """Print or write a command's whole output; the exit code for a failure to write it."""
    if not output_file:
        click.echo(text, nl=False)
        return EXIT_CLEAN
    try:
        out = Output(output_file, lambda: [Path(p) for p in inputs], what=what)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    out.write(text)
    out.close()
    if out.failure:
        fail(out.failure)
        return EXIT_ERROR
    return EXIT_CLEAN
