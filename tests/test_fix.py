"""--fix and --diff: safe, atomic, idempotent, byte-preserving."""

from __future__ import annotations

import io
import sys

from linter.cli import main

BEFORE = ("# Esktamine and ketmaine\r\n\r\nKetamine is not FDA-approved for anxiety; it\u2019s off-label use "
          "is common.\r\nIt's FDA approval covers anesthesia. Caf\u00e9 \U0001F600 stays.\r\n"
          "Talk to your doctor.\r\n")
AFTER = ("# Esketamine and ketamine\r\n\r\nKetamine is not FDA-approved for anxiety; it\u2019s off-label use "
         "is common.\r\nIts FDA approval covers anesthesia. Caf\u00e9 \U0001F600 stays.\r\n"
         "Talk to your doctor.\r\n")


def write(tmp_path, text=BEFORE, bom=True):
    path = tmp_path / "draft.md"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_fix_changes_only_the_fixed_spans(tmp_path, capsys):
    path = write(tmp_path)
    code = main(["check", str(path), "--fix"])
    assert path.read_bytes() == b"\xef\xbb\xbf" + AFTER.encode("utf-8")  # BOM, CRLF, emoji kept
    captured = capsys.readouterr()
    assert "fixed 1 file" in captured.err
    assert code == 0 and captured.out == ""  # nothing left to report
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md"]  # no temporary file left


def test_fix_is_idempotent(tmp_path, capsys):
    path = write(tmp_path)
    main(["check", str(path), "--fix"])
    once = path.read_bytes()
    capsys.readouterr()
    assert main(["check", str(path), "--fix"]) == 0
    assert path.read_bytes() == once
    assert capsys.readouterr().err == "All checks passed (1 file)\n"  # nothing fixed the second time


def test_exit_code_follows_remaining_findings(tmp_path, capsys):
    path = write(tmp_path, "Ketmaine is FDA-approved for anxiety.\n", bom=False)
    assert main(["check", str(path), "--fix"]) == 1
    assert path.read_text() == "Ketamine is FDA-approved for anxiety.\n"
    assert "HL201" in capsys.readouterr().out  # the fix made the claim readable; it is wrong


def test_diff_writes_nothing(tmp_path, capsys):
    path = write(tmp_path, bom=False)
    assert main(["check", str(path), "--diff"]) == 0
    assert path.read_bytes() == BEFORE.encode("utf-8")
    out = capsys.readouterr().out
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n")
    assert "-# Esktamine and ketmaine\r\n+# Esketamine and ketamine\r\n" in out
    assert "+Its FDA approval covers anesthesia." in out


def test_fix_from_stdin_prints_the_fixed_text(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ketmaine.\n")))
    assert main(["check", "--fix", "--stdin-filename", "x.md", "-"]) == 0
    assert capsys.readouterr().out == "Ketamine.\n"
