"""A small LSP client for the tests: JSON-RPC frames (Content-Length headers, UTF-8 JSON) written to
and read from `healthlint server` over its stdin and stdout, as an editor does.

Waiting on the server is always waiting for a named event: the answer to a request (by its id),
the diagnostics published for the document version the test sent (`diagnostics`), or the first
notification after an index that passes a test (`wait`, `seen`), never "the next message"."""

from __future__ import annotations

import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = [sys.executable, "-m", "linter", "server"]


class ResponseError(Exception):
    pass


class Client:
    def __init__(self, cwd: Path, command: list[str] | None = None, env: dict | None = None):
        self.process = subprocess.Popen(command or SERVER, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
        self.ids = itertools.count(1)
        self.responses: dict[int, queue.Queue] = {}
        self.notifications: list[dict] = []  # every one the server sent, in order
        self.arrived = threading.Condition()
        self.requests: list[dict] = []  # requests the server sent the client
        self.versions: dict[str, int] = {}
        self.stderr = b""
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # ------------------------------------------------------------ the wire

    def _send(self, message: dict) -> None:
        self.send_raw(self.frame(message))

    @staticmethod
    def frame(message: dict) -> bytes:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def send_raw(self, data: bytes) -> None:
        """Bytes as they are, framed or not (for malformed frames)."""
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def _read(self) -> None:
        out = self.process.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(out.read(length).decode("utf-8"))
            if "id" in message and message["id"] is None:  # an error about a frame with no id
                self.responses.setdefault(None, queue.Queue()).put(message)
                continue
            if "id" in message and "method" in message:  # a request to the client: answer it
                self.requests.append(message)
                try:
                    self._send({"id": message["id"], "result": None})
                except (OSError, ValueError):  # the client already closed the server's stdin
                    pass
            elif "id" in message:
                self.responses.setdefault(message["id"], queue.Queue()).put(message)
            else:
                with self.arrived:
                    self.notifications.append(message)
                    self.arrived.notify_all()

    def _drain_stderr(self) -> None:
        for line in self.process.stderr:
            self.stderr += line

    def request(self, method: str, params, timeout: float = 120):
        message = self.answer(method, params, timeout)
        if "error" in message:
            raise ResponseError(message["error"])
        return message.get("result")

    def answer(self, method: str, params, timeout: float = 120, raw: dict | None = None) -> dict:
        """The whole response to a request (`raw`: the message to send instead, given an id)."""
        number = next(self.ids)
        self._send({"id": number, **(raw if raw is not None else {"method": method, "params": params})})
        return self.response(number, timeout, method)

    def response(self, number, timeout: float = 120, what: str = "a request") -> dict:
        """The response with this id (None: an error about a frame that had none)."""
        box = self.responses.setdefault(number, queue.Queue())
        try:
            return box.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no answer to {what} in {timeout} s; stderr: {self.stderr[-2000:]!r}") from None

    def notify(self, method: str, params) -> None:
        self._send({"method": method, "params": params})

    def wait(self, test, timeout: float = 120, after: int = 0) -> dict:
        """The first notification (from index `after` on) that passes `test`."""
        return self.notifications[self.seen(test, timeout, after)]

    def seen(self, test, timeout: float = 120, after: int = 0) -> int:
        """The index of the first notification (from index `after` on) that passes `test`."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for index in range(after, len(self.notifications)):
                    if test(self.notifications[index]):
                        return index
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no such notification in {timeout} s; got "
                                       f"{[m['method'] for m in self.notifications]}; stderr: {self.stderr[-2000:]!r}")
                self.arrived.wait(left)

    def mark(self) -> int:
        with self.arrived:
            return len(self.notifications)

    # ------------------------------------------------------------ the protocol

    def initialize(self, root: Path, capabilities: dict | None = None) -> dict:
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(),
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
            "capabilities": capabilities or {
                "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
                "textDocument": {"publishDiagnostics": {"relatedInformation": True},
                                 "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": [
                                     "quickfix", "source.fixAll"]}}}}}})
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str | None = None, language: str = "markdown") -> int:
        """Open a document; the index of the notifications that follow (for `diagnostics`)."""
        at = self.mark()
        self.versions[path.as_uri()] = 1
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": path.as_uri(), "languageId": language, "version": 1,
            "text": path.read_text(encoding="utf-8") if text is None else text}})
        return at

    def change(self, path: Path, text: str) -> int:
        at = self.mark()
        uri = path.as_uri()
        self.versions[uri] += 1
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": self.versions[uri]},
                                               "contentChanges": [{"text": text}]})
        return at

    def diagnostics(self, path: Path, after: int = 0, timeout: float = 120) -> list[dict]:
        """The diagnostics published for a document's current version, from index `after` on."""
        return self.notifications[self.published(path, after, timeout)]["params"]["diagnostics"]

    def published(self, path: Path, after: int = 0, timeout: float = 120) -> int:
        """The index of the first diagnostics for a document's current version from `after` on."""
        uri, version = path.as_uri(), self.versions.get(path.as_uri())
        return self.seen(lambda m: m["method"] == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and m["params"].get("version") in (version, None),
                         timeout, after)

    def shown(self, after: int, timeout: float = 120) -> int:
        """The index of the first window/showMessage from `after` on."""
        return self.seen(lambda m: m["method"] == "window/showMessage", timeout, after)

    def messages(self, method: str) -> list[str]:
        return [m["params"]["message"] for m in self.notifications if m["method"] == method]

    def stop(self, timeout: float = 30) -> int:
        """shutdown, then exit; the server's exit code."""
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.close(timeout)

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *_) -> None:
        """A server a failed test left running is killed."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def close(self, timeout: float = 30) -> int:
        try:
            self.process.stdin.close()
        except OSError:
            pass
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise


def apply(text: str, edits: list[dict]) -> str:
    """A text with LSP edits applied (UTF-16 positions, as the client negotiated by default)."""
    from linter.server.positions import Lines

    lines = Lines(text)
    spans = sorted(((lines.offset(e["range"]["start"]["line"], e["range"]["start"]["character"]),
                     lines.offset(e["range"]["end"]["line"], e["range"]["end"]["character"]), e["newText"])
                    for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text
