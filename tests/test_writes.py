"""Writes that cannot lose data (issue 11): --output-file never replaces a draft and reports a
failed write in one line; --fix writes through links, keeps hard links, owner and mode, refuses
what is read-only, and leaves no temporary file, even when killed inside the write."""

from __future__ import annotations

import errno
import os
import resource
import signal
import time
import subprocess
import sys

import pytest
from pathlib import Path

from conftest import ROOT
from linter.cli import main

TYPO = b"Ketmaine helps.\n"
FIXED = b"Ketamine helps.\n"
FINDING = "{}:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"


def draft(folder, name="draft.md", data=TYPO):
    path = folder / name
    path.write_bytes(data)
    return path


def run(capsys, *args):
    code = main(["check", "--no-cache", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------ --output-file


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("how", ["same name", "symbolic link", "hard link", "inside a folder given"])
def test_output_file_never_replaces_a_draft(tmp_path, capsys, monkeypatch, how):
    path = draft(tmp_path)
    out = {"same name": path, "symbolic link": tmp_path / "link.md", "hard link": tmp_path / "hard.md",
           "inside a folder given": path}[how]
    if how == "symbolic link":
        out.symlink_to(path.name)
    elif how == "hard link":
        os.link(path, out)
    monkeypatch.chdir(tmp_path)
    target = "." if how == "inside a folder given" else path.name
    code, stdout, err = run(capsys, target, "-o", out.name)
    assert (code, stdout) == (2, "")
    assert err == (f"healthlint: error: {out.name}: is one of the drafts being read; "
                   "the output file must be another file (outside the drafts' folders, or excluded)\n")
    assert path.read_bytes() == TYPO


@pytest.mark.timeout(30)
def test_a_report_the_run_creates_in_a_linted_folder_is_not_a_draft(tmp_path, capsys, monkeypatch):
    """`check . -o report.md` once linted its own empty report as a draft."""
    draft(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, stdout, err = run(capsys, ".", "-o", "report.md")
    assert (code, stdout) == (1, "")
    assert err.endswith("1 file, 1 finding (1 error); 1 fixable with --fix\n")
    assert Path("report.md").read_text(encoding="utf-8").startswith("draft.md:1:1: error HL101")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_output_file_in_a_missing_folder_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft(tmp_path)
    assert run(capsys, "draft.md", "-o", "nodir/out.txt") == (
        2, "", "healthlint: error: nodir/out.txt: cannot write the output: no such directory 'nodir'\n")
    assert sorted(os.listdir(tmp_path)) == ["draft.md"]


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_output_file_in_a_read_only_folder_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft(tmp_path)
    (tmp_path / "ro").mkdir(mode=0o555)
    assert run(capsys, "draft.md", "-o", "ro/out.txt") == (
        2, "", "healthlint: error: ro/out.txt: cannot write the output: read-only directory\n")
    assert os.listdir(tmp_path / "ro") == []


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_output_file_on_a_full_disk_is_one_line(tmp_path, capsys):
    path = draft(tmp_path)
    assert run(capsys, path, "-o", "/dev/full") == (
        2, "", "healthlint: error: /dev/full: cannot write the output: No space left on device\n"
        "1 file, 1 finding (1 error); 1 fixable with --fix\n")


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_output_file_past_the_file_size_limit_is_one_line(tmp_path):
    """`ulimit -f`: the kernel's SIGXFSZ would kill the process; it is ignored, so the write
    fails with EFBIG and is reported."""
    draft(tmp_path, data=TYPO * 300)  # about 27 KB of findings

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")  # no .pyc write may hit the limit first
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "draft.md", "-o", "out.txt"],
                          cwd=tmp_path, env=env, preexec_fn=limit, capture_output=True, text=True, timeout=50)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == ("healthlint: error: out.txt: cannot write the output: File too large\n"
                           "1 file, 300 findings (300 errors); 300 fixable with --fix\n")
    assert (tmp_path / "draft.md").read_bytes() == TYPO * 300


# ------------------------------------------------------------------ --fix


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_fix_writes_through_a_symbolic_link(tmp_path, capsys):
    target = draft(tmp_path, "target.md")
    link = tmp_path / "link.md"
    link.symlink_to("target.md")
    assert run(capsys, link, "--fix") == (0, "", "healthlint: fixed 1 file\nAll checks passed (1 file)\n")
    assert link.is_symlink() and os.readlink(link) == "target.md"
    assert target.read_bytes() == FIXED
    assert sorted(os.listdir(tmp_path)) == ["link.md", "target.md"]


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_fix_keeps_hard_links(tmp_path, capsys):
    path = draft(tmp_path)
    other = tmp_path / "other-name.md"
    os.link(path, other)
    inode = path.stat().st_ino
    assert run(capsys, path, "--fix") == (0, "", "healthlint: fixed 1 file\nAll checks passed (1 file)\n")
    assert (path.stat().st_ino, path.stat().st_nlink) == (inode, 2)
    assert other.read_bytes() == path.read_bytes() == FIXED
    assert sorted(os.listdir(tmp_path)) == ["draft.md", "other-name.md"]  # the safety copy is gone


@pytest.mark.timeout(30)
def test_a_failed_rewrite_of_a_hard_linked_draft_keeps_the_new_text(tmp_path, capsys, monkeypatch):
    """A hard-linked draft is rewritten in place; should that fail half-way, the fixed text is
    still on disk, in a copy the error names."""
    path = draft(tmp_path)
    os.link(path, tmp_path / "other-name.md")

    def full_disk(fd, length):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "ftruncate", full_disk)
    code, out, err = run(capsys, path, "--fix")
    [copy] = [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert copy.name.startswith(f".draft.md.healthlint-{os.getpid()}-") and copy.suffix == ".copy"
    assert (code, out) == (2, FINDING.format(path))
    assert err == (f"healthlint: error: {path}: cannot write the fixes: No space left on device; "
                   f"the new text is kept in {copy}\n1 file, 1 finding (1 error); 1 problem reported above\n")
    assert copy.read_bytes() == FIXED


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_fix_refuses_a_read_only_file_and_fixes_the_others(tmp_path, capsys):
    locked = draft(tmp_path, "locked.md")
    locked.chmod(0o444)
    other = draft(tmp_path, "other.md")
    code, out, err = run(capsys, locked, other, "--fix")
    assert (code, out) == (2, FINDING.format(locked))  # its findings are those of the unfixed text
    assert err == (f"healthlint: error: {locked}: cannot write the fixes: read-only file\nhealthlint: fixed 1 file\n"
                   "2 files, 1 finding (1 error); 1 problem reported above\n")
    assert locked.read_bytes() == TYPO and other.read_bytes() == FIXED
    assert locked.stat().st_mode & 0o777 == 0o444


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_fix_in_a_read_only_folder_is_one_line(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    locked = draft(folder)
    folder.chmod(0o555)
    other = draft(tmp_path, "other.md")
    code, out, err = run(capsys, locked, other, "--fix")
    assert (code, out) == (2, FINDING.format(locked))
    assert err == (f"healthlint: error: {locked}: cannot write the fixes: read-only directory\n"
                   "healthlint: fixed 1 file\n2 files, 1 finding (1 error); 1 problem reported above\n")
    assert locked.read_bytes() == TYPO and other.read_bytes() == FIXED
    assert os.listdir(folder) == ["draft.md"]


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another owner")
def test_fix_keeps_owner_group_and_mode(tmp_path, capsys):
    path = draft(tmp_path)
    os.chown(path, 1234, 5678)
    path.chmod(0o640)
    assert run(capsys, path, "--fix")[0] == 0
    st = path.stat()
    assert (st.st_uid, st.st_gid, st.st_mode & 0o7777) == (1234, 5678, 0o640)
    assert path.read_bytes() == FIXED


# A real healthlint process, held inside the write window: the temporary file is fully written
# and fsynced, the draft not yet replaced. Only this test script patches os.replace to wait there.
PAUSED = """
import os, sys, time
real_replace = os.replace
def paused_replace(src, dst):
    if str(dst) == os.environ["PAUSE_AT"]:
        sys.stderr.write("in the write window\\n")
        sys.stderr.flush()
        time.sleep(60)
    return real_replace(src, dst)
os.replace = paused_replace
from linter.cli import main
sys.exit(main(sys.argv[1:]))
"""


def paused_fix(path):
    env = dict(os.environ, PAUSE_AT=str(path.resolve()), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", PAUSED, "check", "--no-cache", "--fix", str(path)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline() == "in the write window\n"
    [temp] = [name for name in os.listdir(path.parent) if name != path.name]
    return proc, temp


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_sigterm_inside_the_write_leaves_no_temporary_file(tmp_path):
    path = draft(tmp_path)
    proc, _ = paused_fix(path)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == -signal.SIGTERM  # still ends as a SIGTERM does, after the cleanup
    proc.stderr.close()
    assert os.listdir(tmp_path) == ["draft.md"]
    assert path.read_bytes() == TYPO


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_the_next_run_removes_what_a_sigkill_left(tmp_path, capsys):
    path = draft(tmp_path)
    proc, temp = paused_fix(path)
    proc.kill()
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stderr.close()
    # SIGKILL cannot be caught: the temporary file stays, named for its dead process.
    assert temp.startswith(f".draft.md.healthlint-{proc.pid}-") and temp.endswith(".tmp")
    assert sorted(os.listdir(tmp_path)) == sorted(["draft.md", temp]) and path.read_bytes() == TYPO
    assert run(capsys, path, "--fix") == (0, "", "healthlint: fixed 1 file\nAll checks passed (1 file)\n")
    assert os.listdir(tmp_path) == ["draft.md"]
    assert path.read_bytes() == FIXED


@pytest.mark.timeout(60)
def test_an_old_leftover_goes_even_when_its_process_id_is_reused(tmp_path, capsys):
    """A leftover named for a pid that a live process now has (ids are reused) is removed once
    it is older than any write could take; a fresh one of a live process is left alone."""
    path = draft(tmp_path)
    alive = os.getppid()  # a live process that is not this one
    old, fresh = (tmp_path / f".draft.md.healthlint-{alive}-{tag}.tmp" for tag in ("0a1b", "2c3d"))
    old.write_bytes(b"half a draft")
    fresh.write_bytes(b"a write in flight")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert run(capsys, path, "--fix")[0] == 0
    assert sorted(os.listdir(tmp_path)) == sorted(["draft.md", fresh.name])
