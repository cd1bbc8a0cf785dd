"""Editor runs: standard input under a file name, one finding a line, progress only on terminals."""

from __future__ import annotations

import io
import sys

from linter.cli import main


def feed(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_reported_under_the_given_name(monkeypatch, capsys):
    feed(monkeypatch, b"# T\n\nKetmaine is here.\n")
    assert main(["check", "--stdin-filename", "drafts/x.md", "-", "--select", "typo"]) == 1
    assert capsys.readouterr().out == ("drafts/x.md:3:1: error HL101 'Ketmaine' looks like a misspelling of "
                                       "'Ketamine' (source line 14)\n")


def test_per_file_ignores_apply_by_stdin_name(monkeypatch, capsys, tmp_path):
    (tmp_path / ".healthlint.yaml").write_text("per-file-ignores:\n  'drafts/*.md': [typo]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    feed(monkeypatch, b"Ketmaine.\n")
    assert main(["check", "--stdin-filename", "drafts/x.md", "-", "--select", "typo"]) == 0
    feed(monkeypatch, b"Ketmaine.\n")
    assert main(["check", "--stdin-filename", "notes/x.md", "-", "--select", "typo"]) == 1


def test_stdin_bad_bytes(monkeypatch, capsys):
    feed(monkeypatch, b"\xff\xfe bad")
    assert main(["check", "--stdin-filename", "x.md", "-"]) == 2
    assert "x.md:1: not valid UTF-8" in capsys.readouterr().err


def many(tmp_path, n=25):
    for i in range(n):
        (tmp_path / f"d{i:02}.md").write_text("Ketmaine.\n", encoding="utf-8")


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path, capsys):
    many(tmp_path)
    main(["check", str(tmp_path), "--select", "typo"])
    # stderr is not a terminal here: no bar, only the summary line
    assert capsys.readouterr().err == "25 files, 25 findings (25 errors); 25 fixable with --fix\n"
    main(["check", str(tmp_path), "--select", "typo", "--progress"])
    captured = capsys.readouterr()
    assert "Linting" in captured.err and "25/25" in captured.err
    assert len(captured.out.splitlines()) == 25  # stdout keeps one finding a line


def test_progress_not_for_a_few_files(tmp_path, capsys):
    many(tmp_path, 3)
    main(["check", str(tmp_path), "--select", "typo", "--progress"])
    assert capsys.readouterr().err == "3 files, 3 findings (3 errors); 3 fixable with --fix\n"
