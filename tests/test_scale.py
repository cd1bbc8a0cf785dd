"""Parallel runs, the result cache, and inputs that try to break the linter."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import FIXTURES
from linter.cli import main

DRAFTS = sorted(p for p in FIXTURES.rglob("*.md") if p.name != "README.md")


@pytest.fixture
def corpus(tmp_path):
    """40 drafts copied from the fixtures, so parallel runs have work to share."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(40):
        src = DRAFTS[i % len(DRAFTS)]
        (folder / f"{i:03}-{src.name}").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def output(capsys, *args) -> tuple[int, str]:
    code = main(["check", *args])
    return code, capsys.readouterr().out


def test_parallel_output_is_identical_to_one_job(corpus, capsys):
    one = output(capsys, str(corpus), "--jobs", "1", "--no-cache", "--format", "json")
    two = output(capsys, str(corpus), "--jobs", "2", "--no-cache", "--format", "json")
    assert one == two and one[0] == 1
    assert len(json.loads(one[1])["findings"]) > 40


def entries(cache) -> dict[str, str]:
    with contextlib.closing(sqlite3.connect(cache / "results.sqlite3")) as db:
        return dict(db.execute("SELECT key, entry FROM results"))


def test_cache_reuses_results_and_matches_a_cold_run(corpus, capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("linter.cache.BATCH", 7)  # written in several transactions
    cache = tmp_path / "c"
    cold = output(capsys, str(corpus), "--jobs", "1", "--cache-dir", str(cache))
    assert len(entries(cache)) == 40
    start = time.perf_counter()
    warm = output(capsys, str(corpus), "--jobs", "1", "--cache-dir", str(cache))
    assert warm == cold
    assert time.perf_counter() - start < 5  # generous: the benchmark measures the real ratio


def test_a_parallel_run_fills_the_cache_and_a_fully_cached_run_never_loads_spacy(corpus, tmp_path):
    cache = tmp_path / "c"
    code = ("import sys; from linter.cli import main; rc = main(['check', '-j', '2', '--cache-dir', *sys.argv[1:]]); "
            "print(rc, 'spacy' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code, str(cache), str(corpus)], capture_output=True, text=True)
            for _ in range(2)]
    assert [run.stdout.splitlines()[-1] for run in runs] == ["1 True", "1 False"], runs[1].stderr
    assert runs[0].stdout == runs[1].stdout.replace("1 False", "1 True")
    assert len(entries(cache)) == 40


def test_corrupt_cache_entries_are_ignored_and_rewritten(corpus, capsys, tmp_path):
    cache = tmp_path / "c"
    cold = output(capsys, str(corpus), "--jobs", "1", "--cache-dir", str(cache))
    good = entries(cache)
    with contextlib.closing(sqlite3.connect(cache / "results.sqlite3")) as db, db:
        for i, (key, entry) in enumerate(sorted(good.items())):
            findings = json.loads(entry)["findings"]
            if i % 5 == 0:
                bad = "{not json"
            elif i % 5 == 1:
                bad = json.dumps({"format": 3, "findings": [{"bogus": 1}]})
            elif i % 5 == 2:  # the right file, but a finding of the wrong shape
                bad = json.dumps({"format": 3, "findings": [{"line": 1}]})
            elif i % 5 == 3 and findings:  # the right file, but a value of the wrong type
                findings[0][1] = "one"
                bad = json.dumps({"format": 3, "findings": findings})
            else:
                continue
            db.execute("UPDATE results SET entry = ? WHERE key = ?", (bad, key))
    assert output(capsys, str(corpus), "--jobs", "1", "--cache-dir", str(cache)) == cold
    assert entries(cache) == good  # every entry was rewritten whole


def test_a_changed_file_is_linted_again(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("Ketmaine.\n", encoding="utf-8")
    cache = tmp_path / "c"
    assert output(capsys, str(draft), "--cache-dir", str(cache), "--select", "typo")[0] == 1
    draft.write_text("Ketamine.\n", encoding="utf-8")
    assert output(capsys, str(draft), "--cache-dir", str(cache), "--select", "typo") == (0, "")
    assert output(capsys, str(draft), "--cache-dir", str(cache), "--select", "typo") == (0, "")


def test_no_cache_writes_nothing_and_clean_removes_it(tmp_path, capsys, monkeypatch):
    draft = tmp_path / "d.md"
    draft.write_text("Ketmaine.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HEALTHLINT_CACHE_DIR")
    main(["check", "d.md", "--no-cache"])
    assert not (tmp_path / ".healthlint_cache").exists()
    main(["check", "d.md"])
    assert (tmp_path / ".healthlint_cache").is_dir()
    capsys.readouterr()
    assert main(["clean"]) == 0
    assert not (tmp_path / ".healthlint_cache").exists()
    assert "removed .healthlint_cache" in capsys.readouterr().err


HOSTILE = {
    "long-line.md": "Ketamine is approved for anesthesia. " * 30_000,
    "many-items.md": "Side effects of ketamine include:\n\n" + "".join(f"- item {i}\n" for i in range(10_000)),
    "nested.md": "".join("  " * i + "- level\n" for i in range(200)) + "> " * 200 + "deep quote\n",
    "controls.md": "Ket\u200bamine is \u202eapproved\u202c for anx\u200diety \U0001F600.\r\nMixed\rline\nendings\r\n",
    "markup.md": "[[[((( **_`unclosed ``` <!-- <div> &amp; &#x0; \\\\ ![x](",
    "front.md": "---\n---\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs_do_not_crash(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_text(HOSTILE[name], encoding="utf-8", newline="")
    code = main(["check", str(path), "--no-cache"])
    captured = capsys.readouterr()
    assert code in (0, 1, 2) and "Traceback" not in captured.err
    for line in captured.out.splitlines():
        assert line.startswith(f"{path}:")
