"""The server's message loop: frames (frames.py) checked against JSON-RPC and the LSP lifecycle
before pygls handles them, so that every request is answered as the specification says.

pygls's `start_io` drops what it cannot handle without a word: a request whose params do not
fit its type, any request after `shutdown` (a second `shutdown` included), and it answers a
request before `initialize` with a Python traceback in `error.data`. Here:

- a frame that cannot be read or is no JSON-RPC message: an error with id null (ParseError or
  InvalidRequest), and the loop goes on with the next frame;
- before `initialize`: requests get ServerNotInitialized, notifications are dropped (`exit`
  excepted); a second `initialize` is an InvalidRequest;
- after `shutdown`: requests get InvalidRequest, notifications other than `exit` are dropped;
- params that do not fit the method's type: InvalidParams (for a notification, a log line);
- each `textDocument.uri` is given its one spelling (uris.py) before anything looks it up.

Error responses never carry `data` (pygls puts a traceback there): see app.Protocol.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import BinaryIO

from lsprotocol.types import EXIT, INITIALIZE, SHUTDOWN, TEXT_DOCUMENT_DID_OPEN

from pygls.protocol.json_rpc import JsonRPCNotification, JsonRPCRequestMessage

from linter.errors import internal_error
from linter.server.frames import Frames, Message, Refused
from linter.server.uris import canonical

PARSE_ERROR, INVALID_REQUEST, INVALID_PARAMS, NOT_INITIALIZED = -32700, -32600, -32602, -32002
QUEUED = 4  # frames read ahead of the loop (each at most frames.MAX_FRAME)
log = logging.getLogger(__name__)


class Gate:
    """Admits each message to pygls's protocol, or answers it."""

    def __init__(self, protocol, spellings: dict[str, str]) -> None:
        self.protocol = protocol
        self.spellings = spellings  # one spelling → the URI the client opened the document with
        self.initialized = False
        self.shut_down = False

    def admit(self, item: Message | Refused) -> None:
        if isinstance(item, Refused):
            return self._error(None, PARSE_ERROR, f"healthlint: {item.reason}; skipped")
        data = item.data
        if not isinstance(data, dict) or data.get("jsonrpc") != "2.0":
            return self._error(None, INVALID_REQUEST, "healthlint: not a JSON-RPC 2.0 message object")
        ident, method = data.get("id"), data.get("method")
        if "id" in data and (isinstance(ident, bool) or not isinstance(ident, (int, str))):
            return self._error(None, INVALID_REQUEST, "healthlint: a message id must be a number or a string")
        if "method" not in data:
            return self._handle(data) if "id" in data else self._error(
                None, INVALID_REQUEST, "healthlint: a message with neither method nor id")
        if not isinstance(method, str):
            if "id" in data:
                self._error(ident, INVALID_REQUEST, "healthlint: a method must be a string")
            return None
        request = "id" in data
        if method == EXIT:
            return self._handle(data)
        if not self.initialized and method != INITIALIZE:
            if request:
                self._error(ident, NOT_INITIALIZED, f"healthlint: {method} before initialize")
            return None
        if self.shut_down or (self.initialized and method == INITIALIZE):
            if request:
                why = "after shutdown" if self.shut_down else "a second initialize"
                self._error(ident, INVALID_REQUEST, f"healthlint: {method}: {why}")
            return None
        self._spell(method, data.get("params"))
        try:
            # As pygls's structure_message, without its log of each failure's traceback.
            fallback = JsonRPCRequestMessage if request else JsonRPCNotification
            message = self.protocol._converter.structure(data, self.protocol.get_message_type(method) or fallback)
        except Exception:  # the envelope is valid: what does not fit is the params
            if request:
                return self._error(ident, INVALID_PARAMS, f"healthlint: invalid params for {method}")
            log.warning("invalid params for %s: dropped", method)
            return None
        if method == INITIALIZE:
            self.initialized = True
        elif method == SHUTDOWN and request:
            self.shut_down = True
        self.protocol.handle_message(message)
        return None

    def _handle(self, data: dict) -> None:
        try:
            message = self.protocol.structure_message(data)
        except Exception:
            log.warning("a message that fits no type: dropped")
            return
        self.protocol.handle_message(message)

    def _spell(self, method: str, params) -> None:
        document = params.get("textDocument") if isinstance(params, dict) else None
        uri = document.get("uri") if isinstance(document, dict) else None
        if isinstance(uri, str):
            document["uri"] = canonical(uri)
            if method == TEXT_DOCUMENT_DID_OPEN:
                self.spellings[document["uri"]] = uri

    def _error(self, ident, code: int, message: str) -> None:
        # A plain object: lsprotocol's ResponseErrorMessage would leave out an id that is null.
        self.protocol._send_data({"jsonrpc": "2.0", "id": ident, "error": {"code": code, "message": message}})


def serve(protocol, stream: BinaryIO, gate: Gate, stopped=lambda: None) -> None:
    """Read frames from `stream` on a daemon thread (a blocked read never holds up the exit) and
    admit them on the event loop, until the stream ends or the client says `exit`."""

    async def loop() -> None:
        queue: asyncio.Queue = asyncio.Queue(QUEUED)
        running = asyncio.get_running_loop()

        def read() -> None:
            frames = Frames(stream)
            while True:
                try:
                    item = frames.next()
                except (OSError, ValueError):  # the stream was closed under us
                    item = None
                put = queue.put(item)
                try:
                    asyncio.run_coroutine_threadsafe(put, running).result()
                except RuntimeError:  # `exit` closed the loop before the client closed its end
                    put.close()  # (never to be awaited)
                    return
                if item is None:
                    return

        threading.Thread(target=read, name="healthlint-read", daemon=True).start()
        while (item := await queue.get()) is not None:
            try:
                gate.admit(item)
            except Exception as exc:  # a message pygls trips over (a cancel naming an object id) ends nothing
                log.warning("%s", internal_error(exc, "a message was dropped"))

    try:
        asyncio.run(loop())
    except (SystemExit, KeyboardInterrupt, BrokenPipeError):  # `exit` ends the loop with SystemExit
        pass
    finally:
        stopped()
