"""Output people expect (issue 13): the summary line, colour, --quiet, --exit-zero, --statistics
in every format, input errors inside JSON, SARIF and JUnit, and a window of a long line."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import ROOT, SHARED
from linter.cli import cli, main

TYPO = "# Ketmaine\n\nEsketamine is approved for depression.\nTalk to your doctor before any treatment.\n"
CLEAN = "# Notes\n\nNothing to see.\n"
FINDINGS = "2 files, 2 findings (1 error, 1 warning); 1 fixable with --fix\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(TYPO, encoding="utf-8")
    (tmp_path / "b.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\x00\x01binary")
    return tmp_path


def check(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", "--no-cache", *args])
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------ summary, --quiet, --exit-zero


def test_summary_line_on_stderr_for_text_formats(drafts, capsys):
    for fmt in ("text", "full"):
        code, out, err = check(capsys, "a.md", "b.md", "--format", fmt)
        assert code == 1 and err == FINDINGS and "a.md:1:3: error HL101" in out
    assert check(capsys, "b.md") == (0, "", "All checks passed (1 file)\n")
    code, out, err = check(capsys, "a.md", "b.md", "bad.md")
    assert code == 2
    assert err == ("healthlint: error: bad.md: binary file, not a text draft\n"
                   "2 files, 2 findings (1 error, 1 warning); 1 fixable with --fix; 1 problem reported above\n")


def test_no_summary_for_machine_formats_nor_with_quiet(drafts, capsys):
    for fmt in ("json", "json-lines", "sarif", "github", "junit"):
        assert check(capsys, "a.md", "--format", fmt)[2] == ""
    code, out, err = check(capsys, "a.md", "b.md", "--quiet")
    assert (code, err) == (1, "") and len(out.splitlines()) == 2
    assert check(capsys, "bad.md", "-q")[::2] == (2, "healthlint: error: bad.md: binary file, not a text draft\n")


def test_exit_zero_with_findings_but_not_with_input_errors(drafts, capsys):
    code, out, err = check(capsys, "a.md", "--exit-zero")
    assert code == 0 and len(out.splitlines()) == 2
    assert check(capsys, "a.md", "bad.md", "--exit-zero")[0] == 2


# ------------------------------------------------------------------ colour


def invoke(args, env):
    runner = CliRunner()
    result = runner.invoke(cli, ["check", "--no-cache", *args], env=env, standalone_mode=False)
    assert result.exception is None, result.exception
    return result.return_value, result.stdout, result.stderr


@pytest.mark.parametrize("args, env, coloured", [
    ([], {"NO_COLOR": None, "FORCE_COLOR": None}, False),  # not a terminal
    ([], {"NO_COLOR": None, "FORCE_COLOR": "1"}, True),
    ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),  # NO_COLOR wins over FORCE_COLOR
    (["--color", "never"], {"NO_COLOR": None, "FORCE_COLOR": "1"}, False),
    (["--color", "always"], {"NO_COLOR": "1", "FORCE_COLOR": None}, True),  # an explicit option wins
])
def test_colour_follows_the_option_and_the_environment(drafts, args, env, coloured):
    code, out, err = invoke(["a.md", *args], env)
    assert code == 1
    if coloured:
        assert out.startswith("\x1b[1ma.md\x1b[0m:1:3: \x1b[1;31merror\x1b[0m \x1b[1mHL101\x1b[0m 'Ketmaine'")
        assert "\x1b[1;33m1 warning\x1b[0m" in err
    else:
        assert "\x1b" not in out + err
        assert out.startswith("a.md:1:3: error HL101 'Ketmaine'")


def test_colour_only_in_the_text_formats(drafts):
    for fmt in ("json", "sarif", "github", "junit", "json-lines"):
        assert "\x1b" not in invoke(["a.md", "--format", fmt, "--color", "always"], {})[1]


def test_colour_on_a_terminal(drafts):
    """A real pseudo-terminal as stdout and stderr: colour without being asked for it."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "a.md"], stdout=follower,
                          stderr=follower, cwd=drafts, env=env, timeout=120)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed once everything was read
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 1
    assert b"\x1b[1ma.md\x1b[0m:1:3: \x1b[1;31merror\x1b[0m" in shown
    assert b"\x1b[1;31m1 error\x1b[0m" in shown  # the summary, on the terminal's stderr


# ------------------------------------------------------------------ --statistics in every format


def test_statistics_in_the_line_formats(drafts, capsys):
    table = "    1  HL101  typo.misspelled-term\n    1  HL202  approval.broader-than-source\n"
    assert check(capsys, "a.md", "--statistics")[1] == table
    assert check(capsys, "a.md", "--statistics", "--format", "full")[1] == table
    rows = [json.loads(line) for line in check(capsys, "a.md", "--statistics", "--format", "json-lines")[1].splitlines()]
    assert rows == [{"code": "HL101", "name": "typo.misspelled-term", "count": 1, "fixable": 1},
                    {"code": "HL202", "name": "approval.broader-than-source", "count": 1, "fixable": 0}]
    assert check(capsys, "a.md", "--statistics", "--format", "github")[1] == (
        "::notice title=healthlint statistics::1 HL101 typo.misspelled-term\n"
        "::notice title=healthlint statistics::1 HL202 approval.broader-than-source\n")


def test_statistics_beside_the_findings_in_json_sarif_and_junit(drafts, capsys):
    expected = {"HL101": {"name": "typo.misspelled-term", "count": 1, "fixable": 1},
                "HL202": {"name": "approval.broader-than-source", "count": 1, "fixable": 0}}
    data = json.loads(check(capsys, "a.md", "--statistics", "--format", "json")[1])
    assert data["statistics"] == expected and len(data["findings"]) == 2
    assert "statistics" not in json.loads(check(capsys, "a.md", "--format", "json")[1])
    run = json.loads(check(capsys, "a.md", "--statistics", "--format", "sarif")[1])["runs"][0]
    assert run["properties"] == {"statistics": expected} and len(run["results"]) == 2
    root = ET.fromstring(check(capsys, "a.md", "--statistics", "--format", "junit")[1])
    assert {p.get("name"): p.get("value") for p in root.iter("property")} == {"HL101": "1", "HL202": "1"}


# ------------------------------------------------------------------ input errors inside the formats


def test_json_has_an_errors_array(drafts, capsys):
    code, out, err = check(capsys, "a.md", "bad.md", "nope.md", "--format", "json")
    assert code == 2
    data = json.loads(out)
    assert data["errors"] == [{"path": None, "message": "nope.md: no such file or directory"},
                              {"path": "bad.md", "message": "bad.md: binary file, not a text draft"}]
    assert len(data["findings"]) == 2
    assert json.loads(check(capsys, "a.md", "--format", "json")[1])["errors"] == []


def _sarif_schema():
    path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not path.is_file():
        pytest.skip("../shared/schemas is not beside this checkout")
    return json.loads(path.read_text(encoding="utf-8"))


def test_sarif_reports_input_errors_as_notifications(drafts, capsys):
    import jsonschema

    schema = _sarif_schema()
    code, out, _ = check(capsys, "a.md", "bad.md", "--format", "sarif", "--statistics")
    log = json.loads(out)
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    [invocation] = log["runs"][0]["invocations"]
    assert code == 2 and invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [{
        "level": "error", "message": {"text": "bad.md: binary file, not a text draft"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": "bad.md"}}}]}]
    log = json.loads(check(capsys, "a.md", "--format", "sarif")[1])
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]


def test_junit_has_an_error_per_unreadable_draft(drafts, capsys):
    (drafts / "worse.md").write_bytes(b"caf\xe9\n")
    code, out, _ = check(capsys, "a.md", "b.md", "bad.md", "worse.md", "--format", "junit")
    assert code == 2
    root = ET.fromstring(out)
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "1", "2")
    assert root.get("errors") == "2"
    errors = {case.get("name"): case.find("error") for case in root.iter("testcase") if case.find("error") is not None}
    assert errors["bad.md"].get("message") == "bad.md: binary file, not a text draft"
    assert errors["worse.md"].get("message").startswith("worse.md:1: not valid UTF-8")


# ------------------------------------------------------------------ --format full on a long line


def test_full_shows_a_window_of_a_long_line(tmp_path, capsys):
    draft = tmp_path / "long.md"
    words = "Talk to your doctor. " * 5_000  # about 100 KB either side of the typo
    draft.write_text(words + "Ketmaine " + words + "\n", encoding="utf-8")
    code, out, _ = check(capsys, str(draft), "--format", "full", "--select", "HL101")
    assert code == 1
    block = out.splitlines()
    assert block[0].startswith(f"{draft}:1:105001: error HL101")
    shown, carets = block[2], block[3]
    assert len(shown) <= len("1 | ") + 120 and len(out) < 1_000
    assert shown.startswith("1 | \u2026") and shown.endswith("\u2026")
    assert shown[carets.index("^"):carets.index("^") + 8] == "Ketmaine"  # the caret under the word
    assert carets.replace(" ", "") == "|^^^^^^^^"


def test_full_shows_a_short_line_whole(tmp_path, capsys):
    from linter.report.full import window

    line = "x" * 120
    assert window(line, 3, 5) == (line, 3, 5)
    shown, start, end = window("a" * 300, 290, 400)  # a span past the end of the line
    assert shown.startswith("\u2026") and not shown.endswith("\u2026") and len(shown) == 119
    assert shown[start:end] == "a" * 10
