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
from typing import Callable, Iterable

from linter.errors import UsageError

# Temporary files are named `.NAME.healthlint-PID-RANDOM.tmp`, so a run can tell its own
# leftovers (from a process killed with SIGKILL) from anything else in the folder.
_TEMP = re.compile(r"\..*\.healthlint-(\d+)-[0-9a-f]+\.tmp", re.S)
_swept: set[str] = set()  # folders this process has already cleared of leftovers


# How large a file of each kind may be: a device or a runaway file is refused, not read until
# memory runs out. Drafts go to 32 MB (a 10 MB draft is tested to stay under 500 MB); the YAML a
# user writes to 4 MB (the bundled pack is about 16 KB).
MB = 1024 * 1024
LIMITS = {"draft": 32 * MB, "source": 32 * MB, "baseline": 32 * MB, "pack": 4 * MB, "config": 4 * MB,
          "index": 4 * MB}  # an alignment index: about 300 bytes a source sentence


class MissingFile(UsageError):
    """The file does not exist (a caller may say what would create it)."""


def read_bytes(path: Path, name: str | None = None, kind: str = "draft") -> bytes:
    """The bytes of a file a user named: a regular file, or a named pipe (`<(…)`), at most the
    limit for its `kind`. A named pipe with no writer reads as empty instead of waiting for one
    forever (opening it without O_NONBLOCK would); one with a writer is read whole. A device
    (/dev/zero), a directory or a file above the limit is a one-line UsageError."""
    name = name or str(path)
    limit = LIMITS[kind]
    article = "an" if kind[0] in "aeiou" else "a"
    too_large = f"{name}: larger than {limit // MB} MB, the limit for {article} {kind}"
    try:
        _readable_kind(os.stat(path), name, limit, too_large)  # a device is not even opened
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # (Python opens it non-inheritable)
        with open(fd, "rb") as file:
            _readable_kind(os.fstat(fd), name, limit, too_large)  # the file opened, whatever was swapped in
            os.set_blocking(fd, True)
            data = file.read(limit + 1)  # a file in /proc says size 0; a pipe has none
    except FileNotFoundError:
        raise MissingFile(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read: {exc.strerror}") from None
    if len(data) > limit:
        raise UsageError(too_large)
    return data


def _readable_kind(st: os.stat_result, name: str, limit: int, too_large: str) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise UsageError(f"{name}: not a regular file (a device or socket); name a file")
    if st.st_size > limit:
        raise UsageError(too_large)  # before reading it


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
    with _signals_raise():
        fd, tmp = _temporary(target, 0o600)
        try:
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


def _temporary(target: Path, mode: int) -> tuple[int, Path]:
    """A new temporary file beside `target` (after clearing what killed runs left there), named
    so that a later run knows it for a leftover; `mode` before the umask."""
    _sweep(target.parent)
    tmp = target.parent / f".{target.name}.healthlint-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode), tmp


class Output:
    """A file a command was asked to write: --output-file, --write-baseline, `init`'s config, `pack
    extract -o`. Every such write goes through here.

    It is never a file being read (`inputs()`: the drafts, compared by device and inode, so a
    hard or symbolic link to one is caught) and never a symbolic link: a link in a repository
    can point anywhere, and writing through it would change a file nobody named. The text goes
    to a temporary file beside the target, renamed over it once complete, so a failed run leaves
    what was there; a new file's mode follows the umask, an old one keeps its owner and mode.
    A device or named pipe (/dev/stdout, /dev/null) has nothing to replace and is written
    directly. Opening raises UsageError; a failed write is kept as `failure`, reported once."""

    def __init__(self, name: str, inputs: Callable[[], Iterable[Path]] = tuple, *,
                 what: str = "the output", role: str = "the output file"):
        self.name, self.what, self.failure = name, what, ""
        self.path, self._tmp = Path(name), None
        try:
            old = os.stat(self.path) if os.path.exists(self.path) else None  # through links
            if old is not None and any(same_file(old, p) for p in inputs()):
                raise UsageError(f"{name}: is one of the drafts being read; {role} must be another file "
                                 "(outside the drafts' folders, or excluded)")
            if old is not None and stat.S_ISDIR(old.st_mode):
                raise IsADirectoryError(errno.EISDIR, "is a directory")
            if old is not None and not stat.S_ISREG(old.st_mode):
                self.handle = open(os.open(self.path, os.O_WRONLY | os.O_CLOEXEC), "w", encoding="utf-8")
            else:
                if os.path.islink(self.path):
                    raise UsageError(f"{name}: is a symbolic link; healthlint writes no file through a link "
                                     "(name the file itself, or remove the link)")
                check_writable(self.path)
                fd, self._tmp = _temporary(self.path, 0o666 if old is None else 0o600)
                self.handle = open(fd, "w", encoding="utf-8")
                if old is not None:
                    _keep_owner_and_mode(fd, old)
        except FileNotFoundError:
            self.discard()
            raise UsageError(f"{name}: cannot write {what}: no such directory '{self.path.parent}'") from None
        except OSError as exc:
            self.discard()
            raise UsageError(f"{name}: cannot write {what}: {exc.strerror or exc}") from None

    def write(self, text: str) -> None:
        if not self.failure:
            try:
                self.handle.write(text)
            except OSError as exc:
                self._failed(exc)

    def close(self) -> None:
        """Finish the file: flushed, synced and renamed over the target, or, after a failure, removed."""
        if self.handle.closed:
            return  # closed already (or discarded)
        try:
            self.handle.flush()  # a full disk may only show here
            if self._tmp is not None and not self.failure:
                os.fsync(self.handle.fileno())
        except OSError as exc:
            self._failed(exc)
        if self.failure or self._tmp is None:
            self.discard()
            return
        try:
            self.handle.close()
            os.replace(self._tmp, self.path)  # replaces a link made meanwhile, never writes through it
            self._tmp = None
            _fsync_folder(self.path.parent)
        except OSError as exc:
            self._failed(exc)
            self.discard()

    def discard(self) -> None:
        """Leave the target as it was (after a failure, or a run that stopped)."""
        with contextlib.suppress(OSError, AttributeError):
            self.handle.close()
        if self._tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._tmp)
            self._tmp = None

    def _failed(self, exc: OSError) -> None:
        if not self.failure:
            self.failure = f"{self.name}: cannot write {self.what}: {exc.strerror or exc}"


def same_file(mine: os.stat_result, other: Path) -> bool:
    try:
        theirs = os.stat(other)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino)


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
