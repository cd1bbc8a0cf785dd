"""`healthlint server`: a language server (LSP) for editors, on pygls and lsprotocol (the
`server` extra). Modules: app.py (the handlers), analysis.py (one buffer linted through the
runner), configs.py (settings and packs per document, reloaded), diagnostics.py, hover.py,
actions.py (code actions), positions.py (offsets and LSP positions)."""

from __future__ import annotations

import sys

MISSING = ("the language server needs the 'server' extra: pip install 'healthlint[server]' "
           "(pygls and lsprotocol)")


def serve(tcp: int | None = None, host: str = "127.0.0.1") -> int:
    """Serve over stdio (or TCP, for debugging) until the client says exit. The exit code is 0
    after a shutdown request and 1 without one, as the protocol asks."""
    from linter.grammar import remember
    from linter.server.app import server

    remember()
    if tcp is not None:
        server.start_tcp(host, tcp)
    else:
        # The protocol owns stdout: anything a library prints goes to stderr instead.
        out = sys.stdout.buffer
        sys.stdout = sys.stderr
        server.start_io(sys.stdin.buffer, out)
    return 0 if getattr(server.protocol, "_shutdown", False) else 1
