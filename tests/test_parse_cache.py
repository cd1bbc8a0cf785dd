"""Sentence parses kept across runs in the result cache's database (issue 22, "Parse once, keep
it"): a run after a one-paragraph edit parses that paragraph only, a sentence several drafts share
is parsed once, a damaged or forged entry is parsed again, and findings never change."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from linter import cache, grammar, usercache
from linter.cli import main

PARAGRAPHS = [
    "# Ketamine notes",
    "Ketamine is approved for anxiety. It works within hours for most people.",
    "Esketamine is approved for depression. Side effects include nausea and dizziness.",
    "Ketamine is not approved for depression. Its effects usually last about a week.",
]
DRAFT = "\n\n".join(PARAGRAPHS) + "\n"


def check(capsys, *args: str) -> tuple[int, str]:
    code = main(["check", "--jobs", "1", *args])
    return code, capsys.readouterr().out


def parses(folder: Path) -> list[tuple[str, bytes, str, int]]:
    """The sentence parses a cache holds (not the model's label book kept beside them)."""
    with contextlib.closing(sqlite3.connect(folder / cache.DATABASE)) as db:
        return db.execute("SELECT key, entry, signature, used FROM parses WHERE key != ? ORDER BY key",
                          (grammar._book_key(None),)).fetchall()


def test_a_rerun_after_editing_one_paragraph_parses_that_paragraph_only(tmp_path, monkeypatch, capsys, parsed):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    check(capsys, "--cache-dir", "c", "d.md")
    assert len(parsed) >= 4
    edited = DRAFT.replace("most people", "many people")
    draft.write_text(edited, encoding="utf-8")
    parsed.clear()
    code, out = check(capsys, "--cache-dir", "c", "d.md")
    assert parsed == ["It works within hours for many people."]
    parsed.clear()
    assert check(capsys, "--no-cache", "d.md") == (code, out)  # the same findings, every sentence parsed
    assert len(parsed) >= 4 and "HL201" in out


def test_a_sentence_several_drafts_share_is_parsed_once(tmp_path, monkeypatch, capsys, parsed):
    monkeypatch.chdir(tmp_path)
    shared = "Side effects include nausea and dizziness."
    for i, claim in enumerate(["Ketamine is approved for anxiety.", "Esketamine is approved for depression.",
                               "Ketamine is not approved for depression."]):
        (tmp_path / f"{i}.md").write_text(f"# Note {i}\n\n{claim}\n\n{shared}\n", encoding="utf-8")
    check(capsys, "--cache-dir", "c", "0.md", "1.md", "2.md")
    assert parsed.count(shared) == 1
    assert len(parsed) == 4


def test_findings_are_the_same_cold_warm_and_without_the_cache_with_one_or_two_jobs(tmp_path):
    """Fixtures and the bench corpus: each run in a folder of its own (so no run is served whole
    from the result cache), the parses kept by the first run serving the later ones."""
    first = tmp_path / "run1"
    shutil.copytree(ROOT / "fixtures", first / "fixtures")
    shutil.copytree(ROOT / "bench" / "corpus", first / "corpus")
    store = tmp_path / "c"

    def run(folder: str, *options: str) -> tuple[int, str, str]:
        if not (tmp_path / folder).exists():
            shutil.copytree(first, tmp_path / folder)
        done = subprocess.run([sys.executable, "-m", "linter", "check", *options, folder], cwd=tmp_path,
                              capture_output=True, text=True, timeout=600)
        return done.returncode, done.stdout.replace(f"{folder}/", "<draft>/"), done.stderr

    reference = run("run1", "--no-cache", "--jobs", "1")
    assert reference[0] == 1 and reference[1].count("\n") > 200
    assert not store.exists()
    assert run("run1", "--cache-dir", "c", "--jobs", "2") == reference  # cold
    kept = parses(store)
    assert len(kept) > 500
    assert run("run2", "--cache-dir", "c", "--jobs", "1") == reference  # warm
    assert run("run3", "--cache-dir", "c", "--jobs", "2") == reference  # warm, in workers
    assert [row[:3] for row in parses(store)] == [row[:3] for row in kept]  # nothing parsed again


def _sign(key: str, entry: bytes) -> str:
    return usercache.sign(usercache.secret(), key, entry)


@pytest.mark.parametrize("damage", [
    pytest.param(lambda key, entry, sig: (entry, "0" * 64), id="forged signature"),
    pytest.param(lambda key, entry, sig: (entry[:-1], _sign(key, entry[:-1])), id="truncated"),
    pytest.param(lambda key, entry, sig: (bytes([200]) + entry[1:], _sign(key, bytes([200]) + entry[1:])),
                 id="head outside the sentence"),
    pytest.param(lambda key, entry, sig: (entry[:-1] + bytes([255]), _sign(key, entry[:-1] + bytes([255]))),
                 id="unknown label"),
    pytest.param(lambda key, entry, sig: (entry.decode("latin-1"), _sign(key, entry.decode("latin-1"))),
                 id="text, not bytes"),
])
def test_a_damaged_or_foreign_parse_is_parsed_again(tmp_path, monkeypatch, capsys, parsed, damage):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text("Ketamine is approved for depression.\n", encoding="utf-8")
    expected = check(capsys, "--cache-dir", "c", "d.md")
    assert expected[0] == 1 and parsed == ["Ketamine is approved for depression."]
    [(key, entry, signature, _)] = parses(tmp_path / "c")
    with contextlib.closing(sqlite3.connect(tmp_path / "c" / cache.DATABASE)) as db, db:
        db.execute("UPDATE parses SET entry = ?, signature = ? WHERE key = ?", (*damage(key, entry, signature), key))
    shutil.copy(tmp_path / "d.md", tmp_path / "e.md")  # not in the result cache
    parsed.clear()
    assert check(capsys, "--cache-dir", "c", "e.md") == (expected[0], expected[1].replace("d.md", "e.md"))
    assert parsed == ["Ketamine is approved for depression."]
    assert [row[:3] for row in parses(tmp_path / "c")] == [(key, entry, signature)]  # written right again


def test_parses_beyond_the_limit_go_the_least_recently_used_first(tmp_path, monkeypatch, capsys, parsed):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cache, "PARSE_LIMIT", 10)
    claims = [f"Ketamine is approved for condition number {i}." for i in range(12)]
    (tmp_path / "old.md").write_text("Ketamine is approved for depression.\n", encoding="utf-8")
    check(capsys, "--cache-dir", "c", "old.md")
    for i, claim in enumerate(claims):
        (tmp_path / f"{i:02}.md").write_text(f"{claim}\n", encoding="utf-8")
        # the first draft's sentence used again at every run, so it stays
        shutil.copy(tmp_path / "old.md", tmp_path / f"old{i}.md")
        check(capsys, "--cache-dir", "c", f"{i:02}.md", f"old{i}.md")
    assert len(parses(tmp_path / "c")) <= 10
    parsed.clear()
    shutil.copy(tmp_path / "old.md", tmp_path / "again.md")
    check(capsys, "--cache-dir", "c", "again.md", "11.md")
    assert parsed == []  # the one used at every run, and the newest, are kept
    shutil.copy(tmp_path / "00.md", tmp_path / "first.md")
    check(capsys, "--cache-dir", "c", "first.md")
    assert parsed == [claims[0]]  # the oldest went


def test_no_cache_neither_reads_nor_keeps_parses(tmp_path, monkeypatch, capsys, parsed):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text("Ketamine is approved for depression.\n", encoding="utf-8")
    check(capsys, "--cache-dir", "c", "d.md")
    before = parses(tmp_path / "c")
    parsed.clear()
    check(capsys, "--no-cache", "d.md")
    assert parsed == ["Ketamine is approved for depression."]
    assert parses(tmp_path / "c") == before
    assert grammar._store is None  # nothing kept after the run, in this process either


def test_a_rerun_whose_sentences_are_all_kept_does_not_load_the_model(tmp_path, monkeypatch, capsys):
    """The model's labels are kept beside the parses, so an edit outside the claim sentences (a
    heading, here) is linted without loading the trained pipeline at all (a second or more)."""
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    check(capsys, "--cache-dir", "c", "d.md")
    draft.write_text(DRAFT.replace("# Ketamine notes", "# Notes on ketamine"), encoding="utf-8")
    expected = check(capsys, "--no-cache", "d.md")
    loaded = []
    load = grammar.load
    monkeypatch.setattr(grammar, "load", lambda model=None: loaded.append(model) or load(model))
    monkeypatch.setattr(grammar, "_tables", {})  # as in a new process
    assert check(capsys, "--cache-dir", "c", "d.md") == expected
    assert loaded == []
    # A label book that is not what healthlint writes is not read: the model gives the labels.
    with contextlib.closing(sqlite3.connect(tmp_path / "c" / cache.DATABASE)) as db, db:
        book = grammar._book_key(None)
        forged = b"\nROOT\nnsubj"
        db.execute("UPDATE parses SET entry = ?, signature = ? WHERE key = ?",
                   (forged, usercache.sign(usercache.secret(), book, forged + b"x"), book))
    monkeypatch.setattr(grammar, "_tables", {})
    shutil.copy(draft, tmp_path / "e.md")
    assert check(capsys, "--cache-dir", "c", "e.md") == (expected[0], expected[1].replace("d.md", "e.md"))
    assert loaded == [None]
