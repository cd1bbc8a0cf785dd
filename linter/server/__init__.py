"""`healthlint server`: a language server (LSP) for editors, on pygls and lsprotocol (the
`server` extra). Modules: app.py (the handlers), analysis.py (one buffer linted through the
runner), configs.py (settings and packs per document, reloaded), diagnostics.py, hover.py,
actions.py (code actions), positions.py (offsets and LSP positions)."""

from __future__ import annotations

import sys

MISSING = ("the language server needs the 'server' extra: pip install 'healthlint[server]' "
           "(pygls and lsprotocol)")


def serve(tcp: int | None = None, host: str = "127.0.0.1") -> int:
    """Serve over stdio (or one TCP connection, for debugging) until the client says exit. The
    exit code is 0 after a shutdown request and 1 without one, as the protocol asks."""
    import socket

    from pygls.io_ import StdoutWriter

    from linter.grammar import remember
    from linter.server.app import server
    from linter.server.wire import Gate, serve as loop

    remember()
    gate = Gate(server.protocol, server.spellings)
    if tcp is not None:
        with socket.create_server((host, tcp)) as listening:
            connection, _ = listening.accept()
        with connection, connection.makefile("rb") as stream, connection.makefile("wb") as out:
            server.protocol.set_writer(StdoutWriter(out))
            loop(server.protocol, stream, gate, server.stop_checks)
    else:
        # The protocol owns stdout: anything a library prints goes to stderr instead.
        out = sys.stdout.buffer
        sys.stdout = sys.stderr
        server.protocol.set_writer(StdoutWriter(out))
        loop(server.protocol, sys.stdin.buffer, gate, server.stop_checks)
    return 0 if gate.shut_down else 1
