"""Per-file failure, never a crash (issue 11): one bad draft, config value or check is one
line on stderr and exit code 2; the other drafts are still linted and reported; file names
that are not UTF-8 or hold control characters keep every output format valid."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import linter.checks.study
from linter.cli import main

TYPO = "Ketmaine helps.\n"


def typo_line(path) -> str:
    return f"{path}:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"


def _check(capsys, *args):
    # --quiet: stderr holds the error lines alone, without the summary line (tests/test_output.py).
    code = main(["check", "--no-cache", "--quiet", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("setting, error", [
    ("date: 2024-02-30", "invalid front matter: day is out of range for month ('2024-02-30')"),
    ("healthlint: {ignore: 5}", "front matter 'healthlint.ignore' must list rule codes, not 5"),
])
def test_bad_front_matter_value_is_one_error_and_others_are_linted(tmp_path, capsys, setting, error):
    bad = tmp_path / "a.md"
    bad.write_text(f"---\ntitle: x\n{setting}\n---\nKetamine helps.\n", encoding="utf-8")
    ok = tmp_path / "b.md"
    ok.write_text(TYPO, encoding="utf-8")
    code, out, err = _check(capsys, bad, ok)
    assert err == f"healthlint: error: {bad}:3: {error}\n"
    assert out == typo_line(ok)
    assert code == 2  # an error wins over findings


def test_front_matter_healthlint_ignore_as_a_string_lists_codes(tmp_path, capsys):
    draft = tmp_path / "a.md"
    draft.write_text("---\nhealthlint: {ignore: 'HL101, HL801'}\n---\n" + TYPO, encoding="utf-8")
    # HL801 suppresses nothing here: reported on its own, while HL101 still suppresses the typo.
    assert _check(capsys, draft) == (
        1, f"{draft}:2:1: info HL001 HL801 in this suppression suppresses nothing; remove HL801 from it\n", "")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_pyproject_healthlint_not_a_table_is_a_config_error(tmp_path, capsys):
    config = tmp_path / "pyproject.toml"
    config.write_text('[project]\nname = "x"\n\n[tool]\nhealthlint = 5\n', encoding="utf-8")
    draft = tmp_path / "a.md"
    draft.write_text(TYPO, encoding="utf-8")
    code, out, err = _check(capsys, "--config", config, draft)
    assert (code, out) == (2, "")
    assert err == f"healthlint: error: {config}:5: [tool.healthlint] must be a table of settings\n"


def test_pyproject_tool_not_a_table_is_a_config_error(tmp_path, capsys):
    config = tmp_path / "pyproject.toml"
    config.write_text("tool = 5\n", encoding="utf-8")
    assert main(["config", "--config", str(config)]) == 2
    assert capsys.readouterr().err == f"healthlint: error: {config}:1: [tool.healthlint] must be a table of settings\n"


def test_config_yaml_date_out_of_range_is_a_config_error(tmp_path, capsys, monkeypatch):
    (tmp_path / ".healthlint.yaml").write_text("ignore: [HL801]\nsince: 2024-02-30\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["config"]) == 2
    assert capsys.readouterr().err == (f"healthlint: error: {tmp_path / '.healthlint.yaml'}:2: malformed YAML: "
                                       "day is out of range for month ('2024-02-30')\n")


# ------------------------------------------------------------------ an exception inside a check


def _fail_on_boom(monkeypatch, failure=None):
    """The study check raises on drafts named *boom*, as a bug would."""
    real = linter.checks.study.verdicts

    def verdicts(ctx):
        if "boom" in ctx.document.path:
            if failure:
                failure()
            raise ValueError("injected\nfailure")
        return real(ctx)

    monkeypatch.setattr(linter.checks.study, "verdicts", verdicts)


def _drafts(folder, n, special=None):
    folder.mkdir()
    for i in range(n):
        name = special if special and i == n // 2 else f"d{i:02}.md"
        (folder / name).write_text(f"{TYPO}Draft {i}.\n", encoding="utf-8")
    return folder


def _typo_lines(folder, skip=None):
    return "".join(typo_line(p) for p in sorted(folder.iterdir()) if p.name != skip)


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_exception_in_a_check_is_one_line_and_the_others_are_linted(tmp_path, capsys, monkeypatch):
    _fail_on_boom(monkeypatch)
    folder = _drafts(tmp_path / "drafts", 3, special="boom.md")
    monkeypatch.delenv("HEALTHLINT_DEBUG", raising=False)
    code, out, err = _check(capsys, folder)
    assert err == f"healthlint: error: {folder}/boom.md: internal error in check study: ValueError: injected failure\n"
    assert out == _typo_lines(folder, skip="boom.md")
    assert code == 2


def test_healthlint_debug_adds_the_traceback(tmp_path, capsys, monkeypatch):
    _fail_on_boom(monkeypatch)
    folder = _drafts(tmp_path / "drafts", 2, special="boom.md")
    monkeypatch.setenv("HEALTHLINT_DEBUG", "1")
    code, out, err = _check(capsys, folder)
    assert code == 2 and out == _typo_lines(folder, skip="boom.md")
    assert "Traceback (most recent call last)" in err and 'raise ValueError("injected\\nfailure")' in err
    assert err.endswith(f"healthlint: error: {folder}/boom.md: internal error in check study: "
                        "ValueError: injected failure\n")


@pytest.mark.hostile
@pytest.mark.timeout(120)
def test_exception_in_a_check_in_a_parallel_run(tmp_path, capsys, monkeypatch):
    _fail_on_boom(monkeypatch)  # forked workers inherit the patch
    folder = _drafts(tmp_path / "drafts", 24, special="boom.md")
    code, out, err = _check(capsys, "--jobs", "2", folder)
    assert err == f"healthlint: error: {folder}/boom.md: internal error in check study: ValueError: injected failure\n"
    assert out == _typo_lines(folder, skip="boom.md")
    assert code == 2


@pytest.mark.hostile
@pytest.mark.timeout(120)
def test_a_killed_worker_neither_hangs_the_run_nor_loses_results(tmp_path, capsys, monkeypatch):
    parent = os.getpid()

    def die_in_a_worker():
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)

    _fail_on_boom(monkeypatch, failure=die_in_a_worker)
    folder = _drafts(tmp_path / "drafts", 24, special="boom.md")
    code, out, err = _check(capsys, "--jobs", "2", folder)
    # The drafts without a result are linted in the main process, where boom.md fails as a bug does.
    lines = err.splitlines()
    assert lines[0].startswith("healthlint: warning: a worker process failed (BrokenProcessPool: ")
    assert lines[0].endswith(" drafts are linted in the main process")
    assert lines[1:] == [f"healthlint: error: {folder}/boom.md: internal error in check study: "
                         "ValueError: injected failure"]
    assert out == _typo_lines(folder, skip="boom.md")
    assert code == 2


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_exception_in_a_check_in_a_subprocess_has_no_traceback(tmp_path):
    """As a user runs it: the installed command, a check that raises, no traceback."""
    folder = _drafts(tmp_path / "drafts", 2, special="boom.md")
    script = ("import sys, linter.checks.study as s\n"
              "real = s.verdicts\n"
              "def verdicts(ctx):\n"
              "    if 'boom' in ctx.document.path: raise KeyError('no such study')\n"
              "    return real(ctx)\n"
              "s.verdicts = verdicts\n"
              "from linter.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    env = {k: v for k, v in os.environ.items() if k != "HEALTHLINT_DEBUG"}
    done = subprocess.run([sys.executable, "-c", script, "check", "--no-cache", "--quiet", str(folder)],
                          capture_output=True, text=True, env=env, timeout=50)
    assert done.stderr == f"healthlint: error: {folder}/boom.md: internal error in check study: KeyError: 'no such study'\n"
    assert done.stdout == _typo_lines(folder, skip="boom.md")
    assert done.returncode == 2
    # The same from standard input, as an editor sends a buffer.
    done = subprocess.run([sys.executable, "-c", script, "check", "--stdin-filename", "boom.md", "-"],
                          input=TYPO, capture_output=True, text=True, env=env, timeout=50)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "healthlint: error: boom.md: internal error in check study: KeyError: 'no such study'\n"


def test_a_path_too_long_is_one_error(tmp_path, capsys):
    ok = tmp_path / "b.md"
    ok.write_text(TYPO, encoding="utf-8")
    long = str(tmp_path / ("a" * 5000))
    code, out, err = _check(capsys, long, ok)
    assert (code, out) == (2, typo_line(ok))
    assert err == f"healthlint: error: {long}: cannot read: File name too long\n"


# ------------------------------------------------------------------ file names


NAMES = {b"bad\xff.md": "bad\\xff.md", b"a\x1b[31m.md": "a\\x1b[31m.md", b"tab\t.md": "tab\\x09.md",
         b"nl\n.md": "nl\\x0a.md", b"plain.md": "plain.md"}


def _named_drafts(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for raw in NAMES:
        with open(os.path.join(os.fsencode(folder), raw), "w", encoding="utf-8") as handle:
            handle.write(TYPO)
    return folder


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_names_are_escaped_in_text_output_and_error_lines(tmp_path):
    folder = _named_drafts(tmp_path)
    with open(os.path.join(os.fsencode(folder), b"front\x1b\xfe.md"), "w", encoding="utf-8") as handle:
        handle.write("---\ndate: 2024-02-30\n---\nKetamine helps.\n")
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "--quiet", str(folder)],
                          capture_output=True, timeout=50)
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")  # strict: every byte is UTF-8
    assert out == "".join(typo_line(f"{folder}/{shown}") for shown in sorted(NAMES.values()))
    assert err == (f"healthlint: error: {folder}/front\\x1b\\xfe.md:2: invalid front matter: "
                   "day is out of range for month ('2024-02-30')\n")
    assert done.returncode == 2


@pytest.mark.hostile
@pytest.mark.timeout(60)
@pytest.mark.parametrize("fmt", ["text", "full", "github", "json", "json-lines", "sarif", "junit"])
def test_every_format_stays_valid_for_any_name(tmp_path, capsys, fmt):
    folder = _named_drafts(tmp_path)
    output = tmp_path / "out"
    assert main(["check", "--no-cache", "--quiet", str(folder), "--format", fmt, "-o", str(output)]) == 1
    assert capsys.readouterr().err == ""
    text = output.read_bytes().decode("utf-8")  # strict: no undecodable byte written
    if fmt == "json":
        paths = [f["path"] for f in json.loads(text)["findings"]]
        assert paths == sorted(f"{folder}/{name}" for name in (
            "a\x1b[31m.md", "bad\\xff.md", "nl\n.md", "plain.md", "tab\t.md"))
    elif fmt == "json-lines":
        assert len([json.loads(line) for line in text.splitlines()]) == len(NAMES)
    elif fmt == "sarif":
        run = json.loads(text)["runs"][0]
        uris = sorted(a["location"]["uri"] for a in run["artifacts"])
        assert uris == sorted(f"{folder}/{name}" for name in (
            "a%1B%5B31m.md", "bad%FF.md", "nl%0A.md", "plain.md", "tab%09.md"))
    elif fmt == "junit":
        names = [case.get("name") for case in ET.fromstring(text).iter("testcase")]
        assert sorted(names) == sorted(f"{folder}/{shown}" for shown in NAMES.values())
    else:
        lines = text.splitlines()
        headers = [line for line in lines if line.startswith(str(folder)) or line.startswith("::error")]
        assert len(headers) == len(NAMES)
        for shown in NAMES.values():
            assert sum(f"{folder}/{shown}:1:1: " in line or f"file={folder}/{shown}," in line
                       for line in headers) == 1
        assert not any(ch in text for ch in "\x1b\t")


def test_a_draft_that_failed_is_no_passing_junit_testcase(tmp_path, capsys, monkeypatch):
    _fail_on_boom(monkeypatch)
    folder = _drafts(tmp_path / "drafts", 2, special="boom.md")
    assert main(["check", "--no-cache", str(folder), "--format", "junit"]) == 2
    root = ET.fromstring(capsys.readouterr().out)
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert list(cases) == [f"{folder}/d00.md", f"{folder}/boom.md"]
    assert cases[f"{folder}/d00.md"].find("error") is None  # d00 fails on its typo, boom is an error
    assert cases[f"{folder}/boom.md"].find("failure") is None
    assert cases[f"{folder}/boom.md"].find("error").get("message") == (
        f"{folder}/boom.md: internal error in check study: ValueError: injected failure")
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("2", "1", "1")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_stdin_fix_gives_back_a_buffer_it_cannot_lint(monkeypatch, capsysbinary):
    buffer = b"---\ndate: 2024-02-30\n---\nKetmaine helps.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(buffer)))
    assert main(["check", "--fix", "--stdin-filename", "x.md", "-"]) == 2
    out, err = capsysbinary.readouterr()
    assert out == buffer  # not an empty buffer for the editor to replace the draft with
    assert err == b"healthlint: error: x.md:2: invalid front matter: day is out of range for month ('2024-02-30')\n"


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_pack_with_an_impossible_date_is_one_line_naming_its_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "d.yaml").write_text("kind: pack\npack: d\ntitle: D\nsource: a.txt\nupdated: 2024-02-30\n",
                                     encoding="utf-8")
    (tmp_path / "x.md").write_text("Ketamine helps.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-cache", "--pack", "d.yaml", "x.md"]) == 2
    assert capsys.readouterr().err == ("healthlint: error: d.yaml:5: malformed YAML: day is out of range for month "
                                        "('2024-02-30')\n")


def test_a_pack_or_config_with_a_key_written_twice_is_one_line_naming_the_second(tmp_path, monkeypatch, capsys):
    # safe_load would keep the second value and drop the first without a word
    (tmp_path / "d.yaml").write_text("kind: pack\npack: d\ntitle: D\npack: e\nsource: a.txt\n", encoding="utf-8")
    (tmp_path / "x.md").write_text("Ketamine helps.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-cache", "--pack", "d.yaml", "x.md"]) == 2
    assert capsys.readouterr().err == ("healthlint: error: d.yaml:4:1: malformed YAML: key 'pack' is written twice "
                                       "(its first value would be lost)\n")
    (tmp_path / ".healthlint.yaml").write_text("ignore: [HL801]\nselect: [HL2]\nignore: [HL101]\n", encoding="utf-8")
    assert main(["config"]) == 2
    assert capsys.readouterr().err == (f"healthlint: error: {tmp_path / '.healthlint.yaml'}:3:1: malformed YAML: "
                                       "key 'ignore' is written twice (its first value would be lost)\n")
