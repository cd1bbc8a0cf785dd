"""Reading a user's file, with every OS failure turned into a one-line UsageError; writing one
whole or not at all, without losing what was there."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import time
from pathlib import Path

from linter.errors import UsageError

# Temporary files are named `.NAME.healthlint-PID-RANDOM.tmp`, so a run can tell its own
# leftovers (from a process killed with SIGKILL) from anything else in the folder.
_TEMP = re.compile(r"\..*\.healthlint-(\d+)-[0-9a-f]+\.tmp", re.S)
_swept: set[str] = set()  # folders this process has already cleared of leftovers


def read_bytes(path: Path, name: str | None = None) -> bytes:
    """The file's bytes. A named pipe with no writer reads as empty instead of waiting for one
    forever (opening it without O_NONBLOCK would); one with a writer (`<(…)`) is read whole."""
    name = name or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # (Python opens it non-inheritable)
        with open(fd, "rb") as file:
            os.set_blocking(fd, True)
            return file.read()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read: {exc.strerror}") from None


def check_writable(path: Path) -> None:
    """Raise PermissionError if `path` (or, for a new file, its folder) is read-only.

    Root may write anywhere, so os.access alone would say yes: a file or folder with no write
    permission bit at all is read-only too, as its owner meant it to be."""
    target = path if path.exists() else path.parent
    mode = target.stat().st_mode
    if not os.access(target, os.W_OK) or not mode & 0o222:
        what = "directory" if stat.S_ISDIR(mode) else "file"
        raise PermissionError(errno.EACCES, f"read-only {what}", str(target))


def write_atomic(path: Path, data: bytes, *, durable: bool = False) -> None:
    """Replace the contents of `path` with `data`, whole or not at all.

    The data goes to a temporary file beside the target, then renamed over it. `durable` (for a
    user's file) fsyncs the temporary file before the rename and the folder after it: each sync
    costs milliseconds, which a cache entry, recomputed if lost, is not worth. A symbolic link
    is written through (the link stays a link); the owner, group and mode are kept; a
    hard-linked file is rewritten in place so every name still shares it. A read-only file or
    folder is refused. The temporary file is removed on every failure, SIGTERM and SIGHUP
    included. Raises OSError."""
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        old = target.stat()
    except FileNotFoundError:
        old = None
    if old is not None:
        if not stat.S_ISREG(old.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        check_writable(target)
    check_writable(folder)
    _sweep(folder)
    tmp = folder / f".{target.name}.healthlint-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    with _signals_raise():
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            try:
                _write_all(fd, data)
                if old is not None:
                    _keep_owner_and_mode(fd, old)
                if durable:
                    os.fsync(fd)
            finally:
                os.close(fd)
            if old is not None and old.st_nlink > 1:
                _rewrite_in_place(target, tmp, data)
                os.unlink(tmp)
            else:
                os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        if durable:
            _fsync_folder(folder)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _keep_owner_and_mode(fd: int, old: os.stat_result) -> None:
    try:
        os.fchown(fd, old.st_uid, old.st_gid)  # before chmod: a chown clears set-id bits
    except PermissionError:
        pass  # not root: the file is ours, in our group
    os.fchmod(fd, stat.S_IMODE(old.st_mode))


def _rewrite_in_place(target: Path, tmp: Path, data: bytes) -> None:
    """Rewrite a hard-linked file's own inode. The fsynced temporary file stays as a safety
    copy until the rewrite is on disk; signals wait meanwhile, since a half-rewritten file is
    worse than a late exit. If the rewrite fails the copy is kept under a name that no sweep
    removes, and the error says where."""
    blocked = {signal.SIGTERM, signal.SIGHUP, signal.SIGINT}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CLOEXEC)
        try:
            _write_all(fd, data)
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        copy = tmp.with_suffix(".copy")
        os.replace(tmp, copy)
        raise OSError(exc.errno, f"{exc.strerror}; the new text is kept in {copy}", str(target)) from None
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):  # some filesystems cannot sync a folder
            raise
    finally:
        os.close(fd)


def _sweep(folder: Path) -> None:
    """Remove temporary files that killed runs left in `folder`: named by this code, for a process
    no longer alive. Once per folder and process, so many writes to one folder scan it once."""
    key = str(folder)
    if key in _swept:
        return
    _swept.add(key)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    old = time.time() - _STALE_SECONDS
    for entry in entries:
        m = _TEMP.fullmatch(entry.name)
        with contextlib.suppress(OSError):
            if m and entry.is_file(follow_symlinks=False) and (
                    not _alive(int(m.group(1))) or entry.stat(follow_symlinks=False).st_mtime < old):
                os.unlink(entry.path)


# A write takes milliseconds: a temporary file this old is a leftover even if its process id now
# belongs to a live process (ids are reused).
_STALE_SECONDS = 3600


def _alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return True  # never signal a group (0), and our own writes are in flight
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # exists but not ours, or not a pid: leave it
    return True


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived inside a write; raised so that `finally` blocks clean up."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _signals_raise():
    """During a write, SIGTERM and SIGHUP (where they would kill the process outright) raise
    Terminated; afterwards the old handlers are back and the signal is delivered again, so the
    process still ends as the sender meant, only after the cleanup."""
    wanted = (signal.SIGTERM, signal.SIGHUP)
    try:
        previous = {s: signal.getsignal(s) for s in wanted}
        for s in wanted:
            if previous[s] == signal.SIG_DFL:
                signal.signal(s, _raise_terminated)
    except ValueError:  # not the main thread: signals cannot be handled here
        yield
        return
    try:
        yield
    except Terminated as exc:
        _restore(previous)
        os.kill(os.getpid(), exc.signum)
        raise
    finally:
        _restore(previous)


def _raise_terminated(signum: int, frame) -> None:
    signal.signal(signum, signal.SIG_IGN)  # a second one must not interrupt the cleanup
    raise Terminated(signum)


def _restore(previous: dict) -> None:
    for s, handler in previous.items():
        signal.signal(s, handler)
