"""Folders named by the `sources` setting hold source articles: never linted as drafts."""

from __future__ import annotations

import pytest

from linter.cli import main

TYPO = "'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)"
NOTE = ("healthlint: warning: skipped {n} in the source folders (sources): "
        "source articles are not drafts\n")
SUMMARY = "1 file, 1 finding (1 error); 1 fixable with --fix\n"  # the summary line after text output


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".healthlint.yaml").write_text("sources: [sources]\n", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "article.txt").write_text("Ketmaine, as the source spells it.\n", encoding="utf-8")
    (tmp_path / "sources" / "notes.md").write_text("Ketmaine again.\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("# Notes\n\nKetmaine here.\n", encoding="utf-8")
    return tmp_path


def test_a_parent_folder_never_reaches_into_sources(repo, capsys):
    assert main(["check", "."]) == 1
    out = capsys.readouterr()
    assert out.out == f"drafts/a.md:3:1: error HL101 {TYPO}\n"
    assert out.err == SUMMARY


def test_paths_in_sources_are_skipped_with_one_note(repo, capsys):
    assert main(["check", "sources/article.txt", "sources/notes.md", "drafts/a.md"]) == 1
    out = capsys.readouterr()
    assert out.out == f"drafts/a.md:3:1: error HL101 {TYPO}\n"
    assert out.err == NOTE.format(n="2 paths") + SUMMARY


def test_only_sources_given_is_a_clean_run(repo, capsys):
    assert main(["check", "sources"]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == NOTE.format(n="1 path")


def test_without_the_setting_a_sources_folder_is_linted_like_any_other(repo, capsys):
    (repo / ".healthlint.yaml").write_text("ignore: [HL203]\n", encoding="utf-8")
    assert main(["check", "sources/notes.md"]) == 1
    assert capsys.readouterr().out == f"sources/notes.md:1:1: error HL101 {TYPO}\n"
