"""A small LSP client for the tests: JSON-RPC frames (Content-Length headers, UTF-8 JSON) written to
and read from `healthlint server` over its stdin and stdout, as an editor does."""

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
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
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
        number = next(self.ids)
        box = self.responses.setdefault(number, queue.Queue())
        self._send({"id": number, "method": method, "params": params})
        try:
            message = box.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no answer to {method} in {timeout} s; stderr: {self.stderr[-2000:]!r}") from None
        if "error" in message:
            raise ResponseError(message["error"])
        return message.get("result")

    def notify(self, method: str, params) -> None:
        self._send({"method": method, "params": params})

    def wait(self, test, timeout: float = 120, after: int = 0) -> dict:
        """The first notification (from index `after` on) that passes `test`."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for message in self.notifications[after:]:
                    if test(message):
                        return message
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
        uri, version = path.as_uri(), self.versions.get(path.as_uri())
        message = self.wait(lambda m: m["method"] == "textDocument/publishDiagnostics"
                            and m["params"]["uri"] == uri and m["params"].get("version") in (version, None),
                            timeout, after)
        return message["params"]["diagnostics"]

    def messages(self, method: str) -> list[str]:
        return [m["params"]["message"] for m in self.notifications if m["method"] == method]

    def stop(self, timeout: float = 30) -> int:
        """shutdown, then exit; the server's exit code."""
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.close(timeout)

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
