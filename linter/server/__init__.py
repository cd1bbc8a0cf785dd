"""`healthlint server`: a language server (LSP) for editors, on pygls and lsprotocol (the
`server` extra). Modules: app.py (the handlers), analysis.py (one buffer linted through the
runner), configs.py (settings and packs per document, reloaded), diagnostics.py, hover.py,
actions.py (code actions), positions.py (offsets and LSP positions)."""

from __future__ import annotations

import sys

from linter.grammar import remember

MISSING = ("the language server needs the 'server' extra: pip install 'healthlint[server]' "
           "(pygls and lsprotocol)")


def serve(tcp: int | None = None, host: str = "127.0.0.1") -> int:
    """Serve over stdio (or one TCP connection, for debugging) until the client says exit. The
    exit code is 0 after a shutdown request and 1 without one, as the protocol asks."""
    import socket

    # pygls and lsprotocol (the optional 'server' extra) are imported only when serving: by app
    # and wire, which are built on them. The package itself stays importable without them, for
    # the `MISSING` message and the pygls-free modules (positions, frames, uris).
    from pygls.io_ import StdoutWriter

    from linter.server.app import server
    from linter.server.wire import Gate, serve as loop

    remember()
    gate = Gate(server.protocol, server.spellings)
    if tcp is not None:
        with socket.create_server((host, tcp)) as listening:
            connection, _ = listening.accept()
        server.protocol.set_writer(StdoutWriter(connection.makefile("wb")))
        try:
            loop(server.protocol, connection.makefile("rb"), gate, server.stop_checks)
        finally:
            try:
                connection.shutdown(socket.SHUT_RDWR)  # ends the reading thread's wait
            except OSError:
                pass
            connection.close()
    else:
        # The protocol owns stdout: anything a library prints goes to stderr instead.
        out = sys.stdout.buffer
        sys.stdout = sys.stderr
        server.protocol.set_writer(StdoutWriter(out))
        # A reader of its own on fd 0: the reading thread may still be blocked in it at exit,
        # and Python aborts when it finds sys.stdin's own reader locked by a thread then.
        loop(server.protocol, open(sys.stdin.fileno(), "rb", closefd=False), gate, server.stop_checks)
    return 0 if gate.shut_down else 1
