"""`healthlint server`: the language server (issue 14), which needs the 'server' extra."""

from __future__ import annotations

import click

from linter.cli.common import EXIT_ERROR, fail
from linter.server import MISSING, serve


@click.command("server")
@click.option("--tcp", "tcp", type=click.IntRange(0, 65535), metavar="PORT", default=None,
              help="Listen on this TCP port instead of stdio (for debugging).")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address --tcp listens on.")
def server(tcp: int | None, host: str) -> int:
    """Run the language server (LSP) for editors, over stdio. Needs the 'server' extra."""
    try:
        # An optional dependency: only asked for here, so that its absence is one line.
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        fail(MISSING)
        return EXIT_ERROR
    return serve(tcp, host)
