"""Issue 19: `healthlint server` survives random frames, random JSON-RPC messages and random edits,
then still lints a draft and answers a hover on it.

The test runs a few seconds with a fixed seed (HEALTHLINT_FUZZ_SECONDS and HEALTHLINT_FUZZ_SEED
change both); `python bench/server.py --fuzz 60` runs the same for the issue's 60 seconds.
Every few messages a request is sent after a run of blank lines (which end whatever frame a
random one left open: no random frame claims more than FLUSH bytes beyond what it sent) and
must be answered: the server is never wedged, not only alive at the end.
"""

from __future__ import annotations

import json
import os
import random
import time

import pytest

from lsp_client import Client
from test_server import DRAFT, HOVER, project

pytest.importorskip("pygls", reason="the language server needs the 'server' extra")

SECONDS = float(os.environ.get("HEALTHLINT_FUZZ_SECONDS", "4"))
SEED = int(os.environ.get("HEALTHLINT_FUZZ_SEED", "19"))
FLUSH = 64  # blank lines sent before each check-in
WORDS = ["Zanoprine", "Zanoprin", "is", "approved", "for", "tinnitus", "it's", "effects", "within", "hours",
         "not", "off-label", "<!--", "-->", "healthlint-disable-next-line", "HL101", "#", "-", ">", "|", "`",
         "---", "[x](", "é", "😀", "\u200b", "\u202e", "\ufeff", "\r", "\n", "\r\n", "\n\n", "\t", "\x00"]
METHODS = ["textDocument/hover", "textDocument/codeAction", "textDocument/didOpen", "textDocument/didChange",
           "textDocument/didClose", "textDocument/didSave", "textDocument/completion", "initialize",
           "$/cancelRequest", "$/setTrace", "workspace/didChangeWatchedFiles", "no/such/method", "initialized"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(("", " ", " ", ". ")) for _ in range(rng.randint(0, 200)))


def _value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(8 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False, 0, -1, 2**31, 2**64, 1.5, -0.0])
    if kind == 2:
        return rng.choice(["", "file:///", "file:///x%2.md", "file:///C%3A/a%20b.md", "untitled:1", "é" * 3,
                           "\x00", "%", _text(rng)[:40]])
    if kind in (3, 4):
        return rng.randint(-3, 10)
    if kind == 5:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["textDocument", "uri", "position", "line", "character", "range", "start", "end", "context",
            "only", "text", "version", "contentChanges", "languageId", "id", "changes", "type", "value"]
    return {rng.choice(keys): _value(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def _frame(rng: random.Random) -> bytes:
    """A malformed frame or stray bytes."""
    # Ids the client never uses for its own requests (a positive number), so no answer is taken
    # for another's.
    body = json.dumps({"jsonrpc": "2.0", "id": f"fuzz-{rng.randint(1, 9)}", "method": rng.choice(METHODS),
                       "params": _value(rng)}).encode()
    kind = rng.randrange(7)
    if kind == 0:  # bytes outside any frame
        return bytes(rng.choice(b"abc{}:\r\n \x00\xff") for _ in range(rng.randint(1, 200)))
    if kind == 1:  # a length that is no number, or too large to read
        length = rng.choice([b"abc", b"-5", b"", b"1e3", b"0x10", b"100000000000", b"9" * 200, b"67108865"])
        return b"Content-Length: " + length + b"\r\n\r\n" + body
    if kind == 2:  # a length shorter or longer than the body
        return b"Content-Length: %d\r\n\r\n" % rng.randint(0, len(body) + FLUSH) + body
    if kind == 3:  # headers in other spellings, or none
        return rng.choice([b"content-length: %d\n\n", b"Content-Type: x\r\nContent-Length: %d\r\n\r\n",
                           b"Content-Length:%d\r\n\r\n", b"X: y\r\n\r\n"]).replace(b"%d", b"%d" % len(body)) + body
    if kind == 4:  # a body that is no JSON, or JSON that is no message
        junk = rng.choice([b"{", b"\xff\xfe", b"[]", b"null", b'"x"', b"1" * 400, b"[" * 5000])
        return b"Content-Length: %d\r\n\r\n" % len(junk) + junk
    if kind == 5:  # a message with a random id
        ident = rng.choice([None, True, 1.5, [1], {"a": 1}, "fuzz", -1, 0])
        raw = json.dumps({"jsonrpc": rng.choice(["2.0", "1.0", 2]), "id": ident, "method": rng.choice(METHODS),
                          "params": _value(rng)}).encode()
        return b"Content-Length: %d\r\n\r\n" % len(raw) + raw
    return b"Content-Length: %d\r\n" % rng.randint(0, FLUSH)  # a header block the flush ends


def fuzz(client: Client, work, seconds: float, seed: int) -> dict[str, int]:
    """Random frames, JSON-RPC and edits for `seconds`; each check-in must be answered."""
    rng = random.Random(seed)
    drafts = [work / f"fuzz-{i}.md" for i in range(3)]
    for d in drafts:
        client.open(d, _text(rng))
    counts = {"frames": 0, "messages": 0, "edits": 0, "check-ins": 0}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for _ in range(20):
            kind = rng.randrange(3)
            if kind == 0:
                client.send_raw(_frame(rng))
                counts["frames"] += 1
            elif kind == 1:
                message = {"method": rng.choice(METHODS), "params": _value(rng)}
                if rng.random() < 0.6:
                    message["id"] = f"fuzz-{counts['messages']}"
                client.send_raw(Client.frame(message))
                counts["messages"] += 1
            else:
                draft = rng.choice(drafts)
                if draft.as_uri() in client.versions:
                    client.change(draft, _text(rng))
                else:
                    client.open(draft, _text(rng))
                if rng.random() < 0.05:
                    client.notify("textDocument/didClose", {"textDocument": {"uri": draft.as_uri()}})
                    client.versions.pop(draft.as_uri())
                counts["edits"] += 1
        client.send_raw(b"\r\n" * FLUSH)
        assert client.request("textDocument/hover", HOVER, timeout=120) is None
        counts["check-ins"] += 1
    return counts


def test_the_server_survives_random_frames_messages_and_edits(tmp_path):
    work = project(tmp_path / "fuzz")
    with Client(work, env={"HEALTHLINT_USER_CACHE": str(tmp_path / "user-cache")}) as client:
        client.initialize(work)
        counts = fuzz(client, work, SECONDS, SEED)
        assert counts["check-ins"] >= 1 and counts["frames"] and counts["messages"] and counts["edits"]
        # Still linting, and answering a hover with what it found.
        draft = work / "after.md"
        found = client.diagnostics(draft, client.open(draft, DRAFT), timeout=300)
        assert [d["code"] for d in found] == ["HL101", "HL201", "HL102"]
        hovered = client.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()},
                                                        "position": {"line": 2, "character": 30}})
        assert hovered["contents"]["value"].startswith("**HL201** `approval.contradicted`")
        assert client.stop() == 0
