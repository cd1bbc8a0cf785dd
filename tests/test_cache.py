"""The result cache and the user memos: never pointed at drafts, never trusted when forged
(issue 11, "Cache you cannot point at your drafts" and "Trusting what a repository controls")."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from linter import usercache
from linter.bundle import rules_dir
from linter.cli import main

DRAFT = "Ketmaine eases anxiety.\n"
FINDING = "d.md:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def lint(capsys, *args) -> tuple[int, str]:
    code = main(["check", "--select", "typo", *args])
    return code, capsys.readouterr().out


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A working directory holding one failing draft and a folder of drafts."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "drafts" / "notes.txt").write_text("not a draft\n", encoding="utf-8")
    return tmp_path


def rows(cache: Path) -> list[tuple[str, str, str]]:
    with contextlib.closing(sqlite3.connect(cache / "results.sqlite3")) as db:
        return db.execute("SELECT key, entry, signature FROM results").fetchall()


def rewrite(cache: Path, key: str, entry: str, signature: str) -> None:
    with contextlib.closing(sqlite3.connect(cache / "results.sqlite3")) as db, db:
        db.execute("UPDATE results SET entry = ?, signature = ? WHERE key = ?", (entry, signature, key))


# --- clean removes a cache and nothing else -------------------------------------------------

@pytest.mark.parametrize("target", ["drafts", "."])
@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_clean_refuses_drafts_and_the_working_directory(work, capsys, target):
    before = snapshot(work)
    assert main(["clean", "--cache-dir", target]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"healthlint: error: {target}: ") and "nothing removed" in err
    assert snapshot(work) == before


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_clean_refuses_parents_home_and_root_even_when_marked(work, capsys, monkeypatch):
    monkeypatch.setenv("HOME", str(work / "drafts"))
    for folder in (work, work / "drafts"):
        (folder / "healthlint-cache").write_text("planted\n", encoding="utf-8")
    inner = work / "inner"
    inner.mkdir()
    monkeypatch.chdir(inner)
    before = snapshot(work)
    for target in ("..", str(work), str(work / "drafts"), "/"):
        assert main(["clean", "--cache-dir", target]) == 2
        assert "never a cache; nothing removed\n" in capsys.readouterr().err
    assert snapshot(work) == before


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_clean_refuses_a_cache_holding_other_files_or_links(work, capsys):
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    (work / "c" / "notes.md").write_text("mine\n", encoding="utf-8")
    before = snapshot(work)
    assert main(["clean", "--cache-dir", "c"]) == 2
    assert capsys.readouterr().err == "healthlint: error: c: holds notes.md, which healthlint did not write; " \
                                      "nothing removed\n"
    assert snapshot(work) == before
    os.unlink(work / "c" / "notes.md")
    os.symlink(work / "c", work / "link")
    assert main(["clean", "--cache-dir", "link"]) == 2
    assert capsys.readouterr().err == "healthlint: error: link: a symbolic link; nothing removed\n"
    assert main(["clean", "--cache-dir", "c"]) == 0
    assert not (work / "c").exists() and (work / "d.md").read_text(encoding="utf-8") == DRAFT


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_check_never_makes_a_cache_of_a_folder_of_drafts(work, capsys, monkeypatch):
    before = snapshot(work)
    assert main(["check", "drafts", "--cache-dir", "drafts"]) == 2
    assert capsys.readouterr().err == ("healthlint: error: drafts: not a healthlint cache (it has no "
                                       "healthlint-cache file); name another --cache-dir, or use --no-cache\n")
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", ".")
    assert main(["check", "drafts"]) == 2
    assert capsys.readouterr().err.startswith("healthlint: error: .: the working directory")
    assert snapshot(work) == before  # no CACHEDIR.TAG or .gitignore hiding the drafts


@pytest.mark.parametrize("name, planted", [
    ("results.sqlite3", "link"), ("results.sqlite3-wal", "link"), ("results.sqlite3", "directory"),
])
@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_link_or_folder_planted_in_a_cache_is_left_alone_and_the_run_goes_on(work, capsys, name, planted):
    # Issue 19: this ended the run with exit 2 and no findings. The planted name is not
    # healthlint's to move or remove, and never opened through: this run lints without the cache.
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    for own in ("results.sqlite3", "results.sqlite3-wal", "results.sqlite3-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(work / "c" / own)
    if planted == "link":  # say, committed to a repository
        os.symlink(work / "drafts" / "a.md", work / "c" / name)
    else:
        (work / "c" / name).mkdir()
    before = snapshot(work)
    for _ in range(2):
        assert main(["check", "--quiet", "--select", "typo", "d.md", "--cache-dir", "c"]) == 1
        kind = "a symbolic link" if planted == "link" else "a directory"
        assert capsys.readouterr() == (FINDING, f"healthlint: warning: c/{name} is {kind}, which healthlint did not "
                                                "make; linting without the cache (remove it to cache again)\n")
    assert snapshot(work) == before and os.path.islink(work / "c" / name) == (planted == "link")
    assert (work / "drafts" / "a.md").read_text(encoding="utf-8") == DRAFT


def test_the_cache_is_marked_for_people_backup_tools_and_git(work, capsys):
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    cache = work / "c"
    assert (cache / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith(
        "Signature: 8a477f597d28d172789f06886806bc55\n")
    assert (cache / ".gitignore").read_text(encoding="utf-8") == "*\n"
    assert "healthlint" in (cache / "healthlint-cache").read_text(encoding="utf-8")
    assert {p.name for p in cache.iterdir()} <= {"CACHEDIR.TAG", ".gitignore", "healthlint-cache",
                                                 "results.sqlite3", "results.sqlite3-wal", "results.sqlite3-shm"}


# --- entries are signed and checked ---------------------------------------------------------

@pytest.mark.parametrize("forger", ["edits the entry", "signs with another user's key"])
@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_forged_entry_does_not_turn_a_failing_run_green(work, capsys, monkeypatch, forger):
    if forger == "signs with another user's key":  # say, a cache committed to the repository
        monkeypatch.setenv("HEALTHLINT_USER_CACHE", str(work / "attacker"))
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    [(key, entry, signature)] = rows(work / "c")
    forged = json.dumps({**json.loads(entry), "findings": []})
    if forger == "signs with another user's key":
        signature = usercache.sign(usercache.secret(), key, forged)
        monkeypatch.setenv("HEALTHLINT_USER_CACHE", str(work / "ci"))
    rewrite(work / "c", key, forged, signature)
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    assert rows(work / "c")[0][1] == entry  # and the entry is put right


@pytest.mark.parametrize("change", ["severity", "code", "name", "path", "length", "format", "not a list"])
@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_signed_entry_this_healthlint_would_not_write_is_linted_again(work, capsys, change):
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    [(key, entry, _)] = rows(work / "c")
    raw = json.loads(entry)
    finding = raw["findings"][0]
    if change == "severity":
        finding[8] = "fatal"
    elif change == "code":
        finding[5] = "HL999"
    elif change == "name":
        finding[6] = "typo.something-else"
    elif change == "path":
        finding[0] = "other.md"
    elif change == "length":
        finding.append(1)
    elif change == "format":
        raw["format"] = 2
    else:
        raw["findings"] = {"0": finding}
    bad = json.dumps(raw)
    rewrite(work / "c", key, bad, usercache.sign(usercache.secret(), key, bad))
    assert main(["check", "--quiet", "--select", "typo", "d.md", "--cache-dir", "c"]) == 1
    assert capsys.readouterr() == (FINDING, "")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_file_name_that_is_not_utf8_is_cached(tmp_path, capsys):
    name = os.fsdecode(b"bad\xff.md")
    (tmp_path / name).write_text(DRAFT, encoding="utf-8")
    args = ("--statistics", "--cache-dir", str(tmp_path / "c"), str(tmp_path / name))
    assert main(["check", "--quiet", "--select", "typo", *args]) == 1
    assert capsys.readouterr() == ("    1  HL101  typo.misspelled-term\n", "")
    assert len(rows(tmp_path / "c")) == 1
    assert lint(capsys, *args) == (1, "    1  HL101  typo.misspelled-term\n")


# --- a cache that cannot be used only costs time ------------------------------------------------

def test_a_locked_database_only_costs_time(work, capsys):
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    (work / "e.md").write_text(DRAFT, encoding="utf-8")
    with contextlib.closing(sqlite3.connect(work / "c" / "results.sqlite3", isolation_level=None)) as db:
        db.execute("BEGIN EXCLUSIVE")  # another run, writing
        assert main(["check", "--quiet", "--select", "typo", "d.md", "e.md", "--cache-dir", "c"]) == 1
        assert capsys.readouterr() == (FINDING + FINDING.replace("d.md", "e.md"), "")
        db.execute("ROLLBACK")
    assert len(rows(work / "c")) == 1  # e.md's results were not stored, and nothing broke
    assert lint(capsys, "e.md", "--cache-dir", "c")[0] == 1
    assert len(rows(work / "c")) == 2


@pytest.mark.parametrize("damage, why", [("overwritten", "file is not a database"),
                                         ("truncated", "database disk image is malformed")])
def test_a_corrupt_database_is_rebuilt(work, capsys, damage, why):
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    database = work / "c" / "results.sqlite3"
    if damage == "overwritten":
        database.write_bytes(b"\0garbage" * 1000)
    else:
        os.truncate(database, 4096)  # the schema survives, the table's page is gone
    assert main(["check", "--quiet", "--select", "typo", "d.md", "--cache-dir", "c"]) == 1
    assert capsys.readouterr() == (FINDING, f"healthlint: warning: c/results.sqlite3 is damaged ({why}); moved it "
                                            "aside to c/results.sqlite3.damaged and started a new one\n")
    assert main(["check", "--quiet", "--select", "typo", "d.md", "--cache-dir", "c"]) == 1
    assert capsys.readouterr() == (FINDING, "")
    assert len(rows(work / "c")) == 1


def test_a_partly_overwritten_database_is_set_aside_and_the_next_run_is_served_from_the_cache(work, capsys,
                                                                                              monkeypatch):
    # Issue 19: pages overwritten in the middle failed no lookup of this draft's, yet the
    # database was never made good (every run linted again, integrity_check failing).
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    database = work / "c" / "results.sqlite3"
    fill(database, 3000)
    pages = database.stat().st_size // 4096
    with database.open("r+b") as handle:
        for page in range(pages // 3, 2 * pages // 3):
            handle.seek(page * 4096)
            handle.write(b"\xff" * 4096)
    assert main(["check", "--quiet", "--select", "typo", "d.md", "--cache-dir", "c"]) == 1
    assert capsys.readouterr() == (FINDING, "healthlint: warning: c/results.sqlite3 is damaged (it fails SQLite's "
                                            "quick_check); moved it aside to c/results.sqlite3.damaged and started "
                                            "a new one\n")
    with contextlib.closing(sqlite3.connect(database)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    from linter import runner  # served from the cache: nothing is linted
    monkeypatch.setattr(runner, "lint_one", lambda *args, **kwargs: pytest.fail("linted again"))
    assert main(["check", "--quiet", "--select", "typo", "d.md", "--cache-dir", "c"]) == 1
    assert capsys.readouterr() == (FINDING, "")
    assert main(["clean", "--cache-dir", "c"]) == 0  # the damaged copy is the cache's, and goes with it
    assert not (work / "c").exists()


def fill(database: Path, count: int) -> None:
    """Entries enough for many pages (not signed: never served), all written into the database file."""
    rng = random.Random(19)
    with contextlib.closing(sqlite3.connect(database)) as db:
        with db:
            db.executemany("INSERT INTO results VALUES (?, ?, ?)",
                           [(rng.randbytes(32).hex(), "x" * 300, "0" * 64) for _ in range(count)])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_the_signing_key_is_private_and_replaced_if_others_can_read_it(tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_USER_CACHE", str(tmp_path))
    first = usercache.secret()
    path = tmp_path / "healthlint" / "secret.key"
    assert len(first) == 32 and path.stat().st_mode & 0o777 == 0o600
    assert usercache.secret() == first
    path.chmod(0o644)
    assert usercache.secret() not in (None, first) and path.stat().st_mode & 0o777 == 0o600


# --- user memos ---------------------------------------------------------------------------------

def memo_path(pack: Path) -> Path:
    name = usercache.key(pack.read_bytes(), (rules_dir() / "pack.schema.json").read_bytes())
    return usercache.folder() / "valid" / name


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_hand_written_memo_does_not_make_an_invalid_pack_valid(work, capsys):
    pack = work / "dup.yaml"
    pack.write_text("kind: pack\npack: d\nsource: s.txt\ndrugs:\n  - {id: a, name: a, source: 1}\n"
                    "  - {id: a, name: b, source: 2}\n", encoding="utf-8")
    memo = memo_path(pack)
    memo.parent.mkdir(parents=True, exist_ok=True)
    memo.write_text(json.dumps({"kind": "pack", "pack": "d", "source": "s.txt",
                                "drugs": [{"id": "a", "name": "a", "source": 1}]}), encoding="utf-8")
    assert main(["check", "d.md", "--no-cache", "--pack", "dup.yaml"]) == 2
    assert capsys.readouterr().err == "healthlint: error: dup.yaml:6:10: duplicate id 'a'\n"


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_an_edited_memo_of_a_valid_pack_is_rebuilt(work):
    pack = ROOT / "tests" / "packs" / "zanoprine.yaml"
    (work / "z.md").write_text("Zanoprine is approved for tinnitus.\n", encoding="utf-8")

    def check():  # a process of its own each time: packs are loaded once per process
        return subprocess.run([sys.executable, "-m", "linter", "check", "z.md", "--no-cache", "--pack", str(pack),
                               "--select", "approval"], capture_output=True, text=True, cwd=work)

    first = check()
    assert first.returncode == 1 and "HL201" in first.stdout
    memo = memo_path(pack)
    content = memo.read_bytes()
    memo.write_bytes(content[:content.rfind(b"\n") + 1] + b'{"kind": "pack"}')  # the data edited by hand
    again = check()
    assert (again.returncode, again.stdout, again.stderr) == (1, first.stdout, first.stderr)


@pytest.mark.timeout(180)
def test_runs_at_the_same_time_share_one_cache(tmp_path):
    drafts = sorted(p for p in (ROOT / "fixtures").rglob("*.md") if p.name != "README.md")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(20):  # enough for two worker processes in each run
        (corpus / f"{i:02}.md").write_bytes(drafts[i % len(drafts)].read_bytes())
    command = [sys.executable, "-m", "linter", "check", "-q", "-j", "2", "--cache-dir", str(tmp_path / "c"),
               str(corpus)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [(run.returncode, out, err) for run in runs for out, err in [run.communicate()]]
    assert {code for code, _, _ in results} == {1} and {err for _, _, err in results} == {""}
    assert len({out for _, out, _ in results}) == 1
    assert len(rows(tmp_path / "c")) == 20


def test_a_cache_written_before_the_database_is_replaced_and_can_be_cleaned(work, capsys):
    for cache in (work / "c", work / "d"):  # the old layout: <version>/<2 hex>/<sha-256>.json
        old = cache / "0.1.0" / "ab" / f"ab{'0' * 62}.json"
        old.parent.mkdir(parents=True)
        old.write_text('{"format": 2, "name": "d.md", "findings": []}', encoding="utf-8")
    assert lint(capsys, "d.md", "--cache-dir", "c") == (1, FINDING)
    assert not (work / "c" / "0.1.0").exists() and len(rows(work / "c")) == 1
    assert main(["clean", "--cache-dir", "d"]) == 0
    assert not (work / "d").exists()
    (work / "e" / "0.1.0" / "ab").mkdir(parents=True)  # empty folders are not a cache
    assert main(["clean", "--cache-dir", "e"]) == 2
    assert (work / "e" / "0.1.0" / "ab").is_dir()


# --- workers die with their parent (issue 19: a `kill -9` of `check` left its workers running) ---

def _living_children(pid: int) -> list[int]:
    """The processes whose parent is `pid`, zombies left out (from /proc: Linux)."""
    return [int(entry) for entry in os.listdir("/proc")
            if entry.isdigit() and _alive(int(entry)) and _state(int(entry))[1] == pid]


def _state(pid: int) -> tuple[str, int] | None:
    """A process's state letter and parent, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return fields[0], int(fields[1])


def _alive(pid: int) -> bool:
    state = _state(pid)
    return state is not None and state[0] not in "ZX"


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes through /proc (Linux)")


@needs_proc
@pytest.mark.timeout(180)
def test_workers_die_when_check_is_killed(tmp_path):
    drafts = sorted(p for p in (ROOT / "fixtures").rglob("*.md") if p.name != "README.md")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):  # enough for a pool, and for its workers to be busy when the parent dies
        (corpus / f"{i:02}.md").write_bytes(drafts[i % len(drafts)].read_bytes())
    run = subprocess.Popen([sys.executable, "-m", "linter", "check", "-q", "--jobs", "2", "--no-cache", str(corpus)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    workers: list[int] = []
    try:
        assert _wait_for(lambda: len(_living_children(run.pid)) >= 2, 120), "no worker processes started"
        workers = _living_children(run.pid)
        run.kill()
        run.wait()
        assert _wait_for(lambda: not any(map(_alive, workers)), 30), \
            f"workers still running after their parent was killed: {[w for w in workers if _alive(w)]}"
    finally:
        for pid in [run.pid, *workers]:  # these processes only, should the test fail
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        run.wait()


@needs_proc
@pytest.mark.timeout(60)
def test_where_the_kernel_cannot_end_a_worker_it_ends_itself(tmp_path):
    """Away from Linux (no prctl), a thread in the worker watches for its parent to go."""
    script = ("import os, sys, time\n"
              "sys.platform = 'darwin'\n"
              "from linter.runner import _die_with\n"
              "parent = os.getpid()\n"
              "child = os.fork()\n"
              "if child == 0:\n"
              "    _die_with(parent)\n"
              "    time.sleep(120)\n"
              "    os._exit(0)\n"
              "print(child, flush=True)\n"
              "time.sleep(120)\n")
    run = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                           start_new_session=True)
    child = None
    try:
        child = int(run.stdout.readline())
        assert _alive(child)
        run.kill()
        run.wait()
        assert _wait_for(lambda: not _alive(child), 10), "the worker outlived its parent"
    finally:
        for pid in [run.pid] + ([child] if child else []):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        run.wait()
        run.stdout.close()
