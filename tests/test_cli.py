"""The command as a user runs it: exact output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT
from linter.cli import main

BAD = FIXTURES / "approval" / "fda-status-wrong.md"
GOOD = FIXTURES / "approval" / "fda-status-correct.md"


def test_clean_draft_exits_0_and_prints_nothing(capsys):
    assert main(["check", str(GOOD)]) == 0
    assert capsys.readouterr().out == ""


def test_text_output_is_one_finding_a_line(capsys, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Ketmaine\n\nEsketamine is approved for depression.\n"
                     "Talk to your doctor before any treatment.\n", encoding="utf-8")
    assert main(["check", str(draft)]) == 1
    assert capsys.readouterr().out == (
        f"{draft}:1:3: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"
        f"{draft}:3:1: warning HL202 Broader than the source: the draft says 'esketamine is approved for "
        "depression', but the source says only that esketamine is approved for treatment-resistant "
        "depression (source line 32)\n"
    )


def test_json_output(capsys):
    assert main(["check", str(BAD), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    first = data["findings"][0]
    assert set(first) >= {"path", "line", "column", "end_line", "end_column", "code", "name",
                          "category", "severity", "message"}
    assert first["line"] >= 1 and first["column"] >= 1
    assert {f["category"] for f in data["findings"]} == {"approval", "contradiction"}
    contradicted = [f for f in data["findings"] if f["code"] == "HL201"]
    assert all(f["source_line"] in (32, 34, 38) for f in contradicted)
    assert all(f["source_file"] == "ketamine-anxiety.txt" for f in contradicted)


def test_findings_sorted_and_deterministic(capsys):
    main(["check", str(FIXTURES)])
    first = capsys.readouterr().out
    main(["check", str(FIXTURES)])
    assert capsys.readouterr().out == first
    keys = []
    for line in first.splitlines():
        path, row, col, rest = line.split(":", 3)
        keys.append((path, int(row), int(col), rest.split()[1]))
    assert keys == sorted(keys)


def test_directory_search_finds_md_markdown_txt(tmp_path, capsys):
    (tmp_path / "a.markdown").write_text("Ketmaine.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ketmaine.\n", encoding="utf-8")
    (tmp_path / "c.rst").write_text("Ketmaine.\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.md").write_text("Ketmaine.\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    paths = {line.split(":")[0] for line in capsys.readouterr().out.splitlines()}
    assert paths == {str(tmp_path / "a.markdown"), str(tmp_path / "b.txt")}


@pytest.mark.parametrize("content, message", [
    (b"caf\xe9 ketamine\n", "bad.md:1: not valid UTF-8 (byte 4); save the file as UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "bad.md: binary file, not a text draft"),
    (b"---\nkey: [1,\n---\nText.\n", "bad.md:3: invalid front matter"),
    (b"---\ntitle: A\ntitle: B\n---\nText.\n", "bad.md:3: invalid front matter: key 'title' is written twice"),
])
def test_bad_files_give_one_line_and_exit_2(tmp_path, capsys, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith(f"healthlint: error: {tmp_path}/") and message in line


@pytest.mark.parametrize("content", [b"", b"  \n\n", b"\xef\xbb\xbf\r\n\t\r"])
def test_an_empty_or_blank_draft_has_no_findings_and_exits_0(tmp_path, capsys, content):
    """A placeholder draft does not block a commit (as in Ruff); it is still a draft that was checked."""
    path = tmp_path / "new.md"
    path.write_bytes(content)
    assert main(["check", str(path), "--format", "junit"]) == 0
    captured = capsys.readouterr()
    assert 'tests="1" failures="0"' in captured.out and f'name="{path}"' in captured.out
    assert "error" not in captured.err


def test_missing_path_and_empty_directory(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.md")]) == 2
    assert capsys.readouterr().err == f"healthlint: error: {tmp_path / 'nope.md'}: no such file or directory\n"
    assert main(["check", str(tmp_path)]) == 2
    assert "no drafts (*.md, *.markdown, *.txt) found" in capsys.readouterr().err


def test_bad_file_does_not_hide_findings_in_others(tmp_path, capsys):
    (tmp_path / "a.md").write_bytes(b"\x00\x01")
    (tmp_path / "b.md").write_text("Ketmaine.\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "HL101" in captured.out and "binary file" in captured.err


@pytest.mark.parametrize("pack, message", [
    ("kind: pack\npack: x\nsource: s.txt\ndrugs:\n  - id: a\n    name: a\n    source: [1\n",
     "extra.yaml:8:1: malformed YAML"),
    ("kind: pack\npack: x\nsource: s.txt\ndrugs:\n  - id: a\n    name: a\n    source: one\n",
     "extra.yaml:7:13: drugs.0.source: 'one' is not of type 'integer'"),
    ("kind: pack\npack: x\nsource: s.txt\ncolour: red\n", "extra.yaml:1:1: top level: unknown key ('colour' was unexpected)"),
    ("kind: pack\npack: x\nsource: s.txt\ndrugs:\n  - {id: a, name: a, source: 1}\n"
     "approvals:\n  - {drug: a, status: approved, for: nothing, source: 2}\n",
     "extra.yaml:7:38: approvals[0].for: unknown id 'nothing'"),
])
def test_malformed_pack_names_file_and_line(tmp_path, capsys, pack, message):
    path = tmp_path / "extra.yaml"
    path.write_text(pack, encoding="utf-8")
    assert main(["check", "--pack", str(path), str(GOOD)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("healthlint: error: ") and message in line


def test_rules_and_rule_docs(capsys):
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "HL101  typo.misspelled-term" in listing and "fixable" in listing
    assert main(["rule", "hl201"]) == 0
    doc = capsys.readouterr().out
    assert doc.startswith("HL201 approval.contradicted (approval, error)")
    assert "What it flags:" in doc and "Example (silent):" in doc


def test_unknown_rule_code_and_bad_option(capsys):
    assert main(["rule", "HL999"]) == 2
    assert capsys.readouterr().err == "healthlint: error: unknown rule code 'HL999' (see `healthlint rules`)\n"
    assert main(["check", "--format", "xml", str(GOOD)]) == 2
    assert "Invalid value for '--format'" in capsys.readouterr().err


def test_version_and_help_do_not_import_spacy():
    code = ("import sys; from linter.cli import main; rc = main(['--version']); "
            "assert 'spacy' not in sys.modules, 'spacy imported'; "
            "main(['--help']); main(['check', '--help']); assert 'spacy' not in sys.modules; print(rc)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.startswith("healthlint, version ")
    assert out.stdout.rstrip().endswith("0")


def test_a_lone_unreadable_draft_is_reported_without_loading_spacy(tmp_path):
    (tmp_path / "bad.md").write_bytes(b"caf\xe9\n")
    code = ("import sys; from linter.cli import main; rc = main(['check', '--no-cache', sys.argv[1]]); "
            "assert 'spacy' not in sys.modules, 'spacy imported'; print(rc)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "bad.md")], capture_output=True, text=True,
                         cwd=ROOT)
    assert out.stdout.rstrip() == "2", out.stderr
    assert "not valid UTF-8" in out.stderr


def test_python_dash_m(tmp_path):
    draft = tmp_path / "x.md"
    draft.write_text("Ketmaine.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "linter", "check", str(draft)], capture_output=True,
                         text=True, cwd=tmp_path)
    assert out.returncode == 1 and "HL101" in out.stdout
