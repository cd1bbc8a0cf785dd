"""Issue 23: a draft is read from disk once per run, whatever the format or the cache;
--fix re-checks only the drafts it changed, once; a run that stops early leaves no file half written."""

from __future__ import annotations

import errno
import os

import pytest

import linter.files
import linter.runner
from linter.cli import main

FIXABLE = "Ketmaine is used off-label.\n\nTalk to your doctor.\n"
FIXED = "Ketamine is used off-label.\n\nTalk to your doctor.\n"
CLEAN = "Nothing to see here.\n\nTalk to your doctor.\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(FIXABLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


@pytest.fixture
def reads(monkeypatch):
    """How often each draft is opened for reading: every read of a file ends in os.open, whichever
    module asks (files.read_bytes is the one reader of user-named files)."""
    opened: dict[str, int] = {}
    real = os.open

    def counting(path, flags, *args, **kwargs):
        if not flags & (os.O_WRONLY | os.O_RDWR) and str(path).endswith(".md"):
            name = os.path.basename(str(path))
            opened[name] = opened.get(name, 0) + 1
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", counting)
    return opened


@pytest.fixture
def checks(monkeypatch):
    """How often each draft is checked (runner.check_document: settings and suppressions applied)."""
    checked: dict[str, int] = {}
    real = linter.runner.check_document

    def counting(document, *args, **kwargs):
        checked[document.path] = checked.get(document.path, 0) + 1
        return real(document, *args, **kwargs)

    monkeypatch.setattr(linter.runner, "check_document", counting)
    return checked


def test_fix_reads_each_draft_once_and_rechecks_only_the_changed_one_once(drafts, reads, checks, capsys):
    (drafts / "a.md").write_text("Ketmaine is approved for anxiety.\n\nTalk to your doctor.\n", encoding="utf-8")
    code = main(["check", "--no-cache", "--fix", "--format", "full", "a.md", "b.md"])
    out, err = capsys.readouterr()
    assert (code, err) == (1, "healthlint: fixed 1 file\n2 files, 2 findings (1 error, 1 warning)\n")
    # The fixed draft's line, as written, without reading it back.
    assert out.splitlines()[:4] == [
        "a.md:1:1: error HL201 [approval.contradicted] Contradicts the source: the draft says 'ketamine is "
        "approved for anxiety', but the source says ketamine is used off-label for anxiety (source line 34)",
        "  |", "1 | Ketamine is approved for anxiety.", "  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"]
    assert (drafts / "a.md").read_text(encoding="utf-8") == "Ketamine is approved for anxiety.\n\nTalk to your doctor.\n"
    assert reads == {"a.md": 1, "b.md": 1}
    assert checks == {"a.md": 2, "b.md": 1}


def test_a_fix_with_nothing_left_to_show(drafts, reads, checks, capsys):
    code = main(["check", "--no-cache", "--fix", "--format", "full", "a.md", "b.md"])
    out, err = capsys.readouterr()
    assert (code, out, err) == (0, "", "healthlint: fixed 1 file\nAll checks passed (2 files)\n")
    assert (drafts / "a.md").read_text(encoding="utf-8") == FIXED
    assert reads == {"a.md": 1, "b.md": 1}
    assert checks == {"a.md": 2, "b.md": 1}


def test_full_quotes_the_line_from_the_one_read(drafts, reads, capsys):
    assert main(["check", "--no-cache", "--format", "full", "--color", "never", "a.md", "b.md"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[:4] == [
        "a.md:1:1: error HL101 [typo.misspelled-term] 'Ketmaine' looks like a misspelling of 'Ketamine' "
        "(source line 14)", "  |", "1 | Ketmaine is used off-label.", "  | ^^^^^^^^"]
    assert reads == {"a.md": 1, "b.md": 1}


def test_a_cached_run_reads_each_draft_once(drafts, reads, capsys):
    args = ["check", "--cache-dir", str(drafts / "cache"), "--format", "full", "a.md", "b.md"]
    first = main(args), capsys.readouterr()
    reads.clear()
    again = main(args), capsys.readouterr()
    assert again == first and "1 | Ketmaine is used off-label." in again[1].out
    assert reads == {"a.md": 1, "b.md": 1}


def test_a_baseline_reads_the_line_texts_from_the_one_read(drafts, reads, capsys):
    assert main(["check", "--no-cache", "--write-baseline", "base.json", "a.md", "b.md"]) == 0
    assert '"code": "HL101", "line_text": "Ketmaine is used off-label."' in (drafts / "base.json").read_text()
    assert reads == {"a.md": 1, "b.md": 1}
    reads.clear()
    capsys.readouterr()
    assert main(["check", "--no-cache", "--baseline", "base.json", "a.md", "b.md"]) == 0
    assert capsys.readouterr().err == "All checks passed (2 files); 1 finding held by the baseline\n"
    assert reads == {"a.md": 1, "b.md": 1}


def test_fixes_that_cannot_be_written_keep_the_first_check(drafts, checks, capsys, monkeypatch):
    def refused(path, data, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(linter.runner, "write_atomic", refused, raising=False)
    monkeypatch.setattr(linter.files, "write_atomic", refused)
    assert main(["check", "--no-cache", "--fix", "a.md", "b.md"]) == 2
    out, err = capsys.readouterr()
    assert out == "a.md:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"
    assert err.splitlines()[0] == "healthlint: error: a.md: cannot write the fixes: Read-only file system"
    assert (drafts / "a.md").read_text(encoding="utf-8") == FIXABLE
    assert checks == {"a.md": 2, "b.md": 1}  # the fixed text once; the draft as it is, not again


def test_a_refused_cache_leaves_no_baseline_half_written(drafts, capsys):
    """--write-baseline opens its file first; a run that stops before any draft is linted
    removes what it opened (no temporary file beside the baseline)."""
    assert main(["check", "--cache-dir", ".", "--write-baseline", "base.json", "a.md"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("healthlint: error: ") and err.rstrip().endswith("name another --cache-dir, or use --no-cache")
    assert sorted(os.listdir(drafts)) == ["a.md", "b.md"]
