"""Issue 14: `healthlint server`, driven over stdio by an LSP client (tests/lsp_client.py), as an
editor drives it: initialize, open, change, diagnostics, hover, code actions, settings that change
or break, a crashing check, a 10 MB draft, shutdown and exit."""

from __future__ import annotations

import io
import os
import json
import shutil
import socket
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from linter.cli import main
from linter.server.app import LIVE_LIMIT
from linter.server.positions import UTF8, UTF16, UTF32, Lines
from lsp_client import SERVER, Client, apply

pytest.importorskip("pygls", reason="the language server needs the 'server' extra")

PACKS = ROOT / "tests" / "packs"
DRAFT = ("# Notes\n\n"
         "😀 Zanoprin helps. Zanoprine is approved for tinnitus.\n\n"
         "- Zanoprine and it's effects.\n")
SEVERITY = {"error": 1, "warning": 2, "info": 3}


def project(folder):
    """A folder with the test pack, its source article, and a config naming both."""
    (folder / "packs").mkdir(parents=True)
    for name in ("zanoprine.yaml", "zanoprine-source.md"):
        shutil.copy(PACKS / name, folder / "packs" / name)
    (folder / ".healthlint.yaml").write_text("packs: [packs/zanoprine.yaml]\nsources: [packs]\n", encoding="utf-8")
    (folder / ".git").mkdir()  # a repository: the configs of its sub-folders may name its packs (issue 19)
    return folder


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return project(tmp_path_factory.mktemp("server"))


@pytest.fixture(scope="module")
def client(work, tmp_path_factory):
    c = Client(work, env={"HEALTHLINT_USER_CACHE": str(tmp_path_factory.mktemp("user-cache"))})
    c.initialize(work)
    yield c
    assert c.stop() == 0


def check_json(path, text: str, capsys, monkeypatch) -> list[dict]:
    """What `check --stdin-filename` reports for a buffer, as JSON findings."""
    monkeypatch.chdir(path.parent)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    main(["check", "--stdin-filename", str(path), "-", "--format", "json", "--no-cache"])
    return json.loads(capsys.readouterr().out)["findings"]


def utf16(text: str, line: int, column: int) -> int:
    """An LSP character (UTF-16 units) from a finding's 1-based line and character column."""
    prefix = Lines(text, UTF32).line_text(line - 1)[:column - 1]
    return len(prefix.encode("utf-16-le")) // 2


def test_open_publishes_what_check_reports(client, work, capsys, monkeypatch):
    draft = work / "open.md"
    draft.write_text(DRAFT, encoding="utf-8")
    found = client.diagnostics(draft, client.open(draft))
    expected = check_json(draft, DRAFT, capsys, monkeypatch)
    assert [f["code"] for f in expected] == ["HL101", "HL201", "HL102"]
    assert [(d["code"], d["severity"], d["message"], d["range"]) for d in found] == [
        (f["code"], SEVERITY[f["severity"]], f["message"],
         {"start": {"line": f["line"] - 1, "character": utf16(DRAFT, f["line"], f["column"])},
          "end": {"line": f["end_line"] - 1, "character": utf16(DRAFT, f["end_line"], f["end_column"])}})
        for f in expected]
    # The emoji before "Zanoprin" is two UTF-16 units: the typo starts at unit 3, character 2.
    assert found[0]["range"]["start"] == {"line": 2, "character": 3}
    assert found[0]["range"]["end"] == {"line": 2, "character": 11}
    assert all(d["source"] == "healthlint" for d in found)
    assert found[0]["codeDescription"]["href"] == (ROOT / "README.md").as_uri() + "#rules"
    # The contradiction points at the line of the source article it rests on.
    related = found[1]["relatedInformation"]
    assert related == [{"location": {"uri": (work / "packs" / "zanoprine-source.md").resolve().as_uri(),
                                     "range": {"start": {"line": 4, "character": 0},
                                               "end": {"line": 5, "character": 0}}},
                        "message": "source line 5: It is not approved for tinnitus, but some clinicians use it "
                                   "off-label for tinnitus."}]


def test_edits_are_linted_once_typing_pauses(client, work):
    draft = work / "edit.md"
    draft.write_text(DRAFT, encoding="utf-8")
    client.diagnostics(draft, client.open(draft))
    at = client.mark()
    client.change(draft, DRAFT.replace("Zanoprin ", "Zanoprine "))
    client.change(draft, DRAFT.replace("Zanoprin ", "Zanoprine ").replace("it's", "its"))
    found = client.diagnostics(draft, at)
    assert [d["code"] for d in found] == ["HL201"]
    published = [m["params"]["version"] for m in client.notifications[at:]
                 if m["method"] == "textDocument/publishDiagnostics" and m["params"]["uri"] == draft.as_uri()]
    assert published == [3]  # the first edit was superseded within the pause: never linted
    # Saving lints again at once.
    at = client.mark()
    client.notify("textDocument/didSave", {"textDocument": {"uri": draft.as_uri()}})
    assert [d["code"] for d in client.diagnostics(draft, at)] == ["HL201"]


def test_hover_shows_the_rule_the_claim_and_the_source_sentence(client, work):
    draft = work / "hover.md"
    draft.write_text(DRAFT, encoding="utf-8")
    client.diagnostics(draft, client.open(draft))
    found = client.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()},
                                                  "position": {"line": 2, "character": 30}})
    assert found["contents"]["kind"] == "markdown"
    assert found["contents"]["value"] == (
        "**HL201** `approval.contradicted` (error): An approval or off-label claim that the source "
        "contradicts.\n\n"
        "Contradicts the source: the draft says 'zanoprine is approved for tinnitus', but the source says "
        "zanoprine is not approved for tinnitus (source line 5)\n\n"
        "Draft: “Zanoprine is approved for tinnitus”\n\n"
        "Source (zanoprine-source.md, line 5): “It is not approved for tinnitus, but some clinicians use it "
        "off-label for tinnitus.”")
    assert found["range"] == {"start": {"line": 2, "character": 19}, "end": {"line": 2, "character": 53}}
    nothing = client.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()},
                                                    "position": {"line": 0, "character": 2}})
    assert nothing is None


def actions(client, draft, line: int, character: int, only=None) -> list[dict]:
    context = {"diagnostics": [], **({"only": only} if only else {})}
    return client.request("textDocument/codeAction", {
        "textDocument": {"uri": draft.as_uri()},
        "range": {"start": {"line": line, "character": character}, "end": {"line": line, "character": character}},
        "context": context})


def test_code_actions_fix_disable_and_fix_all(client, work, capsys, monkeypatch):
    draft = work / "actions.md"
    text = DRAFT.replace("\n", "\r\n")  # edits keep the draft's line endings
    client.diagnostics(draft, client.open(draft, text))
    offered = actions(client, draft, 2, 5)
    assert [a["title"] for a in offered] == ["Replace 'Zanoprin' with 'Zanoprine' (HL101)",
                                             "Disable HL101 for this line",
                                             "Fix all healthlint findings that have a fix"]
    assert all(a["kind"] == "quickfix" and a["diagnostics"][0]["code"] == "HL101" for a in offered[:2])
    fixed = apply(text, offered[0]["edit"]["changes"][draft.as_uri()])
    assert fixed == text.replace("Zanoprin ", "Zanoprine ")
    disabled = apply(text, offered[1]["edit"]["changes"][draft.as_uri()])
    assert disabled == text.replace("😀", "<!-- healthlint-disable-next-line HL101 -->\r\n😀")
    assert [f["code"] for f in check_json(draft, disabled, capsys, monkeypatch)] == ["HL201", "HL102"]
    # A second rule disabled on that line joins the comment (two comments would disable nothing).
    client.change(draft, disabled)
    more = [a for a in actions(client, draft, 3, 30) if a["title"].startswith("Disable")]
    assert [a["title"] for a in more] == ["Disable HL201 for this line"]
    both = apply(disabled, more[0]["edit"]["changes"][draft.as_uri()])
    assert "<!-- healthlint-disable-next-line HL101,HL201 -->\r\n😀" in both
    assert [f["code"] for f in check_json(draft, both, capsys, monkeypatch)] == ["HL102"]
    # Fix all (what an editor asks for on save): the text `check --fix` writes.
    client.change(draft, text)
    fix_all = actions(client, draft, 0, 0, only=["source.fixAll"])
    assert [a["kind"] for a in fix_all] == ["source.fixAll.healthlint"]
    everything = apply(text, fix_all[0]["edit"]["changes"][draft.as_uri()])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), newline=""))
    monkeypatch.chdir(work)
    main(["check", "--stdin-filename", str(draft), "-", "--fix", "--no-cache"])
    assert everything == capsys.readouterr().out == text.replace("Zanoprin ", "Zanoprine ").replace("it's", "its")


def test_settings_are_per_folder_and_reloaded_when_changed(client, work):
    folder = work / "strict"
    folder.mkdir()
    config = folder / ".healthlint.yaml"
    config.write_text("packs: [../packs/zanoprine.yaml]\nsources: [../packs]\n", encoding="utf-8")
    draft = folder / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    assert [d["code"] for d in client.diagnostics(draft, client.open(draft))] == ["HL101", "HL201", "HL102"]
    config.write_text("packs: [../packs/zanoprine.yaml]\nignore: [typo]\nseverity: {HL201: warning}\n",
                      encoding="utf-8")
    at = client.mark()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    found = client.diagnostics(draft, at)
    assert [(d["code"], d["severity"]) for d in found] == [("HL201", 2)]
    # The folder above keeps its own settings.
    other = work / "other.md"
    other.write_text(DRAFT, encoding="utf-8")
    assert [d["code"] for d in client.diagnostics(other, client.open(other))] == ["HL101", "HL201", "HL102"]


def test_a_folder_can_turn_the_bundled_pack_off(client, work):
    folder = work / "own-packs"
    folder.mkdir()
    (folder / ".healthlint.yaml").write_text("bundled: false\n", encoding="utf-8")
    draft = folder / "d.md"
    draft.write_text("Ketamine is FDA-approved for anxiety. Ketmaine helps.\n", encoding="utf-8")
    assert client.diagnostics(draft, client.open(draft)) == []  # no pack: no fact, no drug name to misspell
    beside = work / "k.md"
    beside.write_text("Ketamine is FDA-approved for anxiety. Ketmaine helps.\n", encoding="utf-8")
    assert {d["code"] for d in client.diagnostics(beside, client.open(beside))} >= {"HL201", "HL101"}


def test_an_invalid_pack_or_config_is_a_message_and_the_server_goes_on(client, work):
    """Issue 21: a settings change keeps the document's version, so each step waits for the
    diagnostics of the lint that the step caused (published right after its message), never for
    the next diagnostics to arrive, which may be those of the step before."""
    folder = work / "broken"
    folder.mkdir()
    pack = folder / "p.yaml"
    pack.write_text("kind: pack\npack: broken\n", encoding="utf-8")
    (folder / ".healthlint.yaml").write_text("packs: [p.yaml]\n", encoding="utf-8")
    draft = folder / "d.md"
    draft.write_text("Zanoprine is approved for tinnitus.\n", encoding="utf-8")
    at = client.shown(client.open(draft))
    shown = client.notifications[at]["params"]
    assert shown["type"] == 1 and shown["message"].startswith(f"healthlint: {pack}:")
    assert client.diagnostics(draft, at) == []
    # Mended, the pack is read again and its facts apply.
    pack.write_text((PACKS / "zanoprine.yaml").read_text(encoding="utf-8").replace(
        "source: zanoprine-source.md", "source: ../packs/zanoprine-source.md"), encoding="utf-8")
    at = client.mark()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": pack.as_uri(), "type": 2}]})
    at = client.shown(at)
    assert "is not inside the pack's folder" in client.notifications[at]["params"]["message"]
    assert client.diagnostics(draft, at) == []  # that lint's own diagnostics: none is still on its way
    shutil.copy(PACKS / "zanoprine-source.md", folder / "zanoprine-source.md")
    pack.write_text((PACKS / "zanoprine.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    at = client.mark()
    client.notify("textDocument/didSave", {"textDocument": {"uri": pack.as_uri()}})
    assert [d["code"] for d in client.diagnostics(draft, at)] == ["HL201"]
    # A config with an unknown key: the message names its line; the last valid settings stay in use.
    (folder / ".healthlint.yaml").write_text("packs: [p.yaml]\ncolour: red\n", encoding="utf-8")
    at = client.mark()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": draft.as_uri(), "type": 2}]})
    at = client.shown(at)
    assert client.notifications[at]["params"]["message"] == (
        f"healthlint: {folder / '.healthlint.yaml'}:2: unknown setting 'colour' "
        "(valid: packs, select, ignore, extend-select, per-file-ignores, severity, "
        "fail-on, include, exclude, sources, model, baseline, bundled)")
    assert [d["code"] for d in client.diagnostics(draft, at)] == ["HL201"]


def test_a_draft_that_cannot_be_read_is_one_diagnostic_at_its_line(client, work):
    draft = work / "front.md"
    text = "---\ntitle: [unclosed\n---\n\nZanoprin.\n"
    at = client.open(draft, text)
    found = client.diagnostics(draft, at)
    assert [(d["range"]["start"]["line"], d["severity"], d["message"]) for d in found] == [
        (2, 1, "invalid front matter: expected ',' or ']', but got '<stream end>'")]
    logged = client.wait(lambda m: m["method"] == "window/logMessage" and "front.md" in m["params"]["message"],
                         after=at)
    assert logged["params"]["message"] == f"{draft}:3: invalid front matter: expected ',' or ']', but got '<stream end>'"


def _long_draft() -> tuple[str, int]:
    """A draft just over the server's live limit, with a typo on its last line (and that line).

    Just over, not ten times over: what the test shows is the same, and a loaded CI machine
    checks 1 MB in a minute where 10 MB took more than the test's ten-minute wait."""
    unit = "Zanoprine is used for chronic migraine.\n\n"
    times = LIVE_LIMIT // len(unit) + 100
    return unit * times + "Zanoprin.\n", 2 * times


def test_a_long_draft_is_linted_on_open_and_save_not_per_keystroke(client, work):
    draft = work / "long.md"
    text, last = _long_draft()
    assert len(text) > LIVE_LIMIT
    try:
        found = client.diagnostics(draft, client.open(draft, text), timeout=600)
        assert ("HL101", last) in [(d["code"], d["range"]["start"]["line"]) for d in found]
        at = client.change(draft, text + "More.\n")
        logged = client.wait(lambda m: m["method"] == "window/logMessage" and "long.md" in m["params"]["message"],
                             after=at)
        assert logged["params"]["message"].endswith("linted when opened and saved, not as you type")
        # The server still answers.
        assert client.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()},
                                                     "position": {"line": 0, "character": 0}}, timeout=600) is None
    finally:  # a check left running would be counted by the tests that follow on this server
        client.notify("textDocument/didClose", {"textDocument": {"uri": draft.as_uri()}})


def test_a_crash_in_a_check_is_logged_and_the_other_findings_stay(work, tmp_path):
    crash = ("import dataclasses\nimport linter.checks as c\n"
             "def boom(ctx):\n    raise ValueError('boom')\n"
             "boom.__module__ = 'linter.checks.study'\n"
             "checks = tuple(boom if f.__module__.endswith('.study') else f for f in c.REGISTRY.checks)\n"
             "c.REGISTRY = dataclasses.replace(c.REGISTRY, checks=checks)\n"
             "from linter.cli import main\nraise SystemExit(main(['server']))\n")
    client = Client(work, [sys.executable, "-c", crash])
    client.initialize(work)
    draft = work / "crash.md"
    draft.write_text(DRAFT, encoding="utf-8")
    at = client.open(draft)
    assert [d["code"] for d in client.diagnostics(draft, at)] == ["HL101", "HL201", "HL102"]
    logged = client.wait(lambda m: m["method"] == "window/logMessage" and "boom" in m["params"]["message"], after=at)
    assert logged["params"] == {"type": 1, "message": f"{draft}: internal error in check study: ValueError: boom"}
    assert client.stop() == 0


def test_exit_without_shutdown_is_exit_code_1(work):
    client = Client(work)
    client.initialize(work)
    client.notify("exit", None)
    assert client.close() == 1


def test_server_over_tcp(work):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([*SERVER, "--tcp", str(port)], cwd=work, stderr=subprocess.PIPE)
    try:
        for _ in range(200):
            try:
                connection = socket.create_connection(("127.0.0.1", port))
                break
            except OSError:
                time.sleep(0.1)
        body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                           "params": {"processId": None, "rootUri": None, "capabilities": {}}}).encode()
        connection.sendall(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        answer = b""
        while b"hoverProvider" not in answer:
            answer += connection.recv(65536)
        assert b'"name":"healthlint"' in answer.replace(b" ", b"")
        connection.close()
    finally:
        process.kill()
        process.wait()


def test_server_without_the_extra_is_one_line_and_exit_2(tmp_path):
    code = ("import sys\nsys.modules['pygls'] = None\n"
            "from linter.cli import main\nraise SystemExit(main(['server']))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr == ("healthlint: error: the language server needs the 'server' extra: "
                           "pip install 'healthlint[server]' (pygls and lsprotocol)\n")


def test_positions_count_the_units_the_client_asked_for():
    text = "a😀b\r\nc\rdé😀\n"
    for encoding, after_emoji in ((UTF16, 3), (UTF8, 5), (UTF32, 2)):
        lines = Lines(text, encoding)
        assert lines.position(2) == (0, after_emoji)  # "b", after the emoji
        assert lines.offset(0, after_emoji) == 2
        assert lines.position(text.index("d")) == (2, 0)  # a lone CR ends a line
        assert lines.offset(2, 99) == len(text) - 1  # past a line's end: its end
    assert Lines(text).line_ending(0) == "\r\n" and Lines(text).line_ending(1) == "\r"


def test_an_edit_reparses_only_the_sentences_it_changed(knowledge, monkeypatch, parsed):
    """What keeps a keystroke fast: sentence parses are kept by their words (once the server
    asks), so an edit to one sentence parses that sentence alone, with the findings unchanged."""
    from linter import grammar
    from linter.config import Settings
    from linter.document.read import parse_document
    from linter.runner import check_document

    text = ("Ketamine is approved for anxiety. It works within hours for most people.\n\n"
            "- Ketamine is not approved for depression.\n- Esketamine is approved for depression.\n")
    edited = text.replace("most people", "many people")
    fresh = check_document(parse_document(edited, "d.md"), knowledge, Settings())
    monkeypatch.setattr(grammar, "_store", None)
    grammar.remember()
    parsed.clear()
    check_document(parse_document(text, "d.md"), knowledge, Settings())
    assert len(parsed) == 4
    parsed.clear()
    assert check_document(parse_document(edited, "d.md"), knowledge, Settings()) == fresh
    assert parsed == ["It works within hours for many people."]


def test_a_contradiction_names_the_earlier_line_as_related_information(client, work):
    draft = work / "contradiction.md"
    text = "# Notes\n\nSNRIs take about a week to work.\n\nSNRIs take 3 months to work.\n"
    draft.write_text(text, encoding="utf-8")
    found = [d for d in client.diagnostics(draft, client.open(draft)) if d["code"] == "HL701"]
    assert [d["range"]["start"]["line"] for d in found] == [4]
    assert found[0]["relatedInformation"] == [
        {"location": {"uri": draft.resolve().as_uri(),
                      "range": {"start": {"line": 2, "character": 0}, "end": {"line": 3, "character": 0}}},
         "message": "line 3: SNRIs take about a week to work."}]


# ------------------------------------------------------------------ issue 19, item 6: a server that never wedges


def test_percent_encoded_uris_get_diagnostics_hover_and_code_actions(client, work):
    """A space or `é` in the path: editors send the URI percent-encoded (Path.as_uri does too),
    and may spell it another way in a later message; every lookup finds the one document, and
    what goes back names it as the client opened it."""
    folder = work / "my drafts é"
    folder.mkdir()
    draft = folder / "a b é.md"
    uri = draft.as_uri()
    assert "%20" in uri and "%C3%A9" in uri
    found = client.diagnostics(draft, client.open(draft, DRAFT))
    assert [d["code"] for d in found] == ["HL101", "HL201", "HL102"]
    hovered = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                    "position": {"line": 2, "character": 30}})
    assert hovered["contents"]["value"].startswith("**HL201** `approval.contradicted`")
    offered = actions(client, draft, 2, 5)
    assert [a["title"] for a in offered] == ["Replace 'Zanoprin' with 'Zanoprine' (HL101)",
                                             "Disable HL101 for this line",
                                             "Fix all healthlint findings that have a fix"]
    assert list(offered[0]["edit"]["changes"]) == [uri]
    # The same document spelled decoded, with lower-case hex digits elsewhere: still that document.
    decoded = "file://" + str(draft)
    at = client.mark()
    client.versions[uri] = 2
    client.notify("textDocument/didChange", {"textDocument": {"uri": decoded, "version": 2},
                                             "contentChanges": [{"text": DRAFT.replace("it's", "its")}]})
    assert [d["code"] for d in client.diagnostics(draft, at)] == ["HL101", "HL201"]
    lower = uri.replace("%C3%A9", "%c3%a9")
    assert client.request("textDocument/hover", {"textDocument": {"uri": lower},
                                                 "position": {"line": 2, "character": 30}}) is not None
    at = client.mark()
    client.notify("textDocument/didClose", {"textDocument": {"uri": lower}})
    closed = client.wait(lambda m: m["method"] == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri, after=at)
    assert closed["params"]["diagnostics"] == []


def error_of(answer: dict) -> tuple[int, str]:
    """An error response's code and message; it carries no `data` (no traceback, no path)."""
    assert set(answer) == {"jsonrpc", "id", "error"}, answer
    assert set(answer["error"]) == {"code", "message"}, answer
    return answer["error"]["code"], answer["error"]["message"]


HOVER = {"textDocument": {"uri": "file:///nowhere/x.md"}, "position": {"line": 0, "character": 0}}


def test_every_request_is_answered_as_the_specification_says(work):
    with Client(work) as client:
        # Before initialize: ServerNotInitialized, without a traceback; a notification is dropped.
        client.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///x.md", "languageId": "markdown",
                                                                "version": 1, "text": "x"}})
        assert error_of(client.answer("textDocument/hover", HOVER)) == (
            -32002, "healthlint: textDocument/hover before initialize")
        client.initialize(work)
        assert error_of(client.answer("initialize", {"capabilities": {}})) == (
            -32600, "healthlint: initialize: a second initialize")
        # Params that do not fit the method: InvalidParams; for a notification, nothing, and the
        # server goes on.
        assert error_of(client.answer("textDocument/hover", {"textDocument": 5})) == (
            -32602, "healthlint: invalid params for textDocument/hover")
        assert error_of(client.answer("textDocument/codeAction", {"textDocument": {"uri": "file:///x.md"}})) == (
            -32602, "healthlint: invalid params for textDocument/codeAction")
        client.notify("textDocument/didChange", {"textDocument": "nonsense"})
        client.notify("$/cancelRequest", {"id": {"an": "object"}})  # pygls raised on it, ending the loop
        assert error_of(client.answer("no/such/method", {}))[0] == -32601
        assert client.request("textDocument/hover", HOVER) is None
        # Messages that are no JSON-RPC request: InvalidRequest, id null.
        for raw in (b"[1, 2]", b'{"jsonrpc": "2.0", "id": true, "method": "textDocument/hover"}',
                    b'{"id": 1, "method": "textDocument/hover"}'):
            client.send_raw(b"Content-Length: %d\r\n\r\n" % len(raw) + raw)
            assert error_of(client.response(None))[0] == -32600
        # After shutdown: InvalidRequest, a second shutdown too; exit still ends the server (0).
        assert client.request("shutdown", None) is None
        assert error_of(client.answer("textDocument/hover", HOVER)) == (
            -32600, "healthlint: textDocument/hover: after shutdown")
        assert error_of(client.answer("shutdown", None)) == (-32600, "healthlint: shutdown: after shutdown")
        client.notify("exit", None)
        assert client.close() == 0
        assert b"Traceback" not in client.stderr


def test_a_malformed_frame_is_answered_and_the_connection_recovers(work):
    """Each bad frame is refused with one error (id null), and the valid request sent right after
    it is answered; shutdown and exit still work."""
    with Client(work) as client:
        client.initialize(work)
        hover = Client.frame({"id": "after", "method": "textDocument/hover", "params": HOVER})
        body = hover.split(b"\r\n\r\n", 1)[1]
        cases = [
            (b"Content-Length: abc\r\n\r\n" + body, "Content-Length 'abc' is not a number of bytes"),
            (b"Content-Length: -5\r\n\r\n" + body, "Content-Length '-5' is not a number of bytes"),
            (b"Content-Length: 10\r\n\r\n" + body, "a frame whose body is not JSON"),  # too short
            (b"Content-Length: %d\r\n\r\n" % (len(body) + 30) + body, "a frame whose body is not JSON"),  # too long
            (b"Content-Length: 100000000000\r\n\r\n" + body, "a frame of 100000000000 bytes is over the 64 MB limit"),
            (b"X-Padding: " + b"x" * 3_000_000 + b"\r\nContent-Length: 2\r\n\r\n{}", "a header line over 8192 bytes"),
            (b"Content-Length: 1\r\n\r\n{", "a frame whose body is not JSON"),
            (b"Content-Length: 17\r\n\r\n" + b"\x80" * 17, "a frame whose body is not JSON"),
        ]
        for bad, reason in cases:
            client.send_raw(bad + hover)
            assert error_of(client.response(None)) == (-32700, f"healthlint: {reason}; skipped"), bad[:60]
            assert client.response("after") == {"jsonrpc": "2.0", "id": "after", "result": None}, bad[:60]
        assert client.stop() == 0


def test_a_long_header_line_is_not_buffered(work):
    """A header line of 200 MB streams through a few kilobytes (issue 19: 300 MB took 812 MB)."""
    with Client(work) as client:
        # No `initialized`: the pipeline's warm-up would load spaCy during the measurement.
        client.request("initialize", {"processId": None, "rootUri": work.as_uri(), "capabilities": {}})
        status = f"/proc/{client.process.pid}/status"
        before = _peak_kb(status)
        chunk = b"y" * (1 << 20)
        client.send_raw(b"X-Padding: ")
        for _ in range(200):
            client.send_raw(chunk)
        client.send_raw(b"\r\n\r\n")
        assert error_of(client.response(None)) == (-32700, "healthlint: a header line over 8192 bytes; skipped")
        assert client.request("textDocument/hover", HOVER) is None
        assert _peak_kb(status) - before < 32 * 1024
        assert client.stop() == 0


def _peak_kb(status: str) -> int:
    with open(status, encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))


def _children(pid: int) -> set[int]:
    found = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                found.update(int(p) for p in f.read().split())
        except FileNotFoundError:  # a thread that ended after the listing (a loaded machine)
            continue
    return found


def test_a_long_draft_does_not_hold_up_a_small_one_and_closing_it_stops_its_check(client, work):
    big = work / "big.md"
    text, _ = _long_draft()
    started = client.open(big, text)
    small = work / "small.md"
    small.write_text(DRAFT, encoding="utf-8")
    found = client.diagnostics(small, client.open(small), timeout=300)
    assert [d["code"] for d in found] == ["HL101", "HL201", "HL102"]
    # The small draft had its diagnostics while the long one was still being checked, apart.
    assert not [m for m in client.notifications[started:] if m["method"] == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == big.as_uri()]
    assert len(_children(client.process.pid)) == 1
    at = client.mark()
    client.notify("textDocument/didClose", {"textDocument": {"uri": big.as_uri()}})
    client.wait(lambda m: m["method"] == "window/logMessage" and m["params"]["message"] ==
                f"{big}: the check of this long draft was stopped (the document closed)", after=at)
    assert _children(client.process.pid) == set()
    closed = client.wait(lambda m: m["method"] == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == big.as_uri(), after=started)
    assert closed["params"]["diagnostics"] == [] and "version" not in closed["params"]


def test_code_actions_reuse_the_last_check(work, tmp_path):
    """Code actions (fix-all included) come from the findings of the last check: asking for them
    runs no check (issue 19: on a 1 MB draft each took a full check, 14 to 18 s)."""
    counted = tmp_path / "checks"
    count = ("import os, linter.runner as r\n"
             "checked = r.check_document\n"
             "def counting(*a, **k):\n"
             "    found = checked(*a, **k)\n"
             "    with open(os.environ['CHECKS'], 'a') as f: f.write('check\\n')\n"
             "    return found\n"
             "r.check_document = counting\n"
             "from linter.cli import main\nraise SystemExit(main(['server']))\n")
    with Client(work, [sys.executable, "-c", count], env={"CHECKS": str(counted)}) as client:
        client.initialize(work)
        draft = work / "reuse.md"
        client.diagnostics(draft, client.open(draft, DRAFT))
        checks = counted.read_text().count("check")
        offered = actions(client, draft, 2, 5)
        fix_all = actions(client, draft, 0, 0, only=["source.fixAll"])
        assert [a["title"] for a in offered][0] == "Replace 'Zanoprin' with 'Zanoprine' (HL101)"
        assert apply(DRAFT, fix_all[0]["edit"]["changes"][draft.as_uri()]) == DRAFT.replace(
            "Zanoprin ", "Zanoprine ").replace("it's", "its")
        assert counted.read_text().count("check") == checks
        assert client.stop() == 0


def test_what_the_first_lint_loaded_is_kept_out_of_the_garbage_collector(tmp_path, monkeypatch):
    """A full collection scanning spaCy's pipelines and the model made some keystrokes take twice
    as long (bench/server.py): after the server's first lint they are frozen, once."""
    import gc

    from linter.server import analysis
    from linter.server.configs import Configs

    monkeypatch.setattr(analysis, "_settled", False)
    threshold = gc.get_threshold()
    gc.unfreeze()
    try:
        draft = tmp_path / "d.md"
        first = analysis.analyse(str(draft), "Ketamine is approved for depression.\n", 1, Configs())
        assert "HL201" in [f.code for f in first.findings]
        frozen = gc.get_freeze_count()
        assert frozen > 100_000 and gc.get_threshold()[0] == 20_000
        analysis.analyse(str(draft), "Ketamine is approved for depression!\n", 2, Configs())
        assert gc.get_freeze_count() <= frozen  # once (objects frozen then may since have gone)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


class _StreamEndingLate(io.RawIOBase):
    """One frame, then the end of the stream only once `ended` is set: the client closes its end
    after the loop has stopped, as an editor does after `exit`."""

    def __init__(self, frame: bytes, ended):
        self.buffer, self.ended = io.BytesIO(frame), ended

    def readline(self, limit=-1):
        return self.buffer.readline(limit) or self._late()

    def read(self, size=-1):
        return self.buffer.read(size) or self._late()

    def _late(self) -> bytes:
        self.ended.wait(30)
        return b""


def test_the_reader_ends_quietly_when_the_stream_ends_after_the_loop(monkeypatch):
    # CI once caught a traceback from the reading thread on stderr: the stream ended after `exit`
    # had closed the loop, and handing the end over to a closed loop raised.
    import threading

    from linter.server import wire

    class Gate:
        def admit(self, item):
            raise SystemExit(0)  # `exit`

    raised, ended = [], threading.Event()
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    body = b'{"jsonrpc": "2.0", "method": "exit"}'
    wire.serve(None, _StreamEndingLate(b"Content-Length: %d\r\n\r\n" % len(body) + body, ended), Gate())
    ended.set()
    for thread in threading.enumerate():
        if thread.name == "healthlint-read":
            thread.join(30)
    assert raised == []
