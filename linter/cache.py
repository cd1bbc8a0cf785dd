"""Per-file result cache: one SQLite database in `.healthlint_cache/`.

An entry is keyed by the file's bytes and name, the healthlint version, and a
fingerprint of everything else that decides the findings (packs, language
cues, settings). Entries are signed with the user's key (`usercache.secret`),
so a cache committed to a repository or written by someone else is never
trusted, and every entry is checked again on reading: one that is not exactly
what this healthlint writes is ignored, and the file is linted again.

The directory is marked as healthlint's (and as a cache, for backup tools and
git), and `clean` removes nothing else. A locked or unwritable database only
costs time: the run lints without it. A damaged one (it fails SQLite's
quick_check when first opened in a run, or an error says it is corrupt) is moved
aside and made afresh, with a note; a database name that is a link or a
directory is left alone (healthlint did not make it) and the run lints without
the cache, with a note.

The same database keeps sentence parses (`Parses`, grammar.keep_parses) by the sentence's
words, the pipeline and its version: a run after a one-paragraph edit parses that paragraph
only, and a sentence many drafts share is parsed once. They are signed and checked the same
way, written by the same one process, and the least recently used go beyond PARSE_LIMIT.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import shutil
import sqlite3
import stat
import time
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

from linter import __version__, usercache
from linter.errors import UsageError
from linter.findings import SEVERITIES, Finding, Rule, values

DEFAULT_DIR = ".healthlint_cache"
MARKER = "healthlint-cache"
DATABASE = "results.sqlite3"
_LABELS = {  # written in this order: a directory holding anything is already marked
    MARKER: "This directory is healthlint's result cache; `healthlint clean` removes it.\n",
    "CACHEDIR.TAG": "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This file is a cache directory tag created by healthlint.\n"
                    "# For information about cache directory tags see https://bford.info/cachedir/\n",
    ".gitignore": "*\n",
}
JOURNALS = (f"{DATABASE}-wal", f"{DATABASE}-shm", f"{DATABASE}-journal")  # SQLite's, beside the database
ASIDE = f"{DATABASE}.damaged"  # the last damaged database, kept for a look until `clean`
# Every name the cache writes.
OWN_FILES = frozenset([*_LABELS, DATABASE, *JOURNALS, ASIDE])
BATCH = 256  # entries a transaction: few writes a run, and little held in memory
PARSE_LIMIT = 100_000  # parses kept (about 210 bytes each with key and signature); then the least recently used go
LOCK_TIMEOUT = 2.0  # seconds to wait for another run's write; then this run goes on without the cache

# A finding is stored as its values in field order; each value must have exactly its field's type
# (the shapes: every combination of types the fields allow, so one lookup checks a finding).
_FORMAT = 4  # 4: findings carry related_line
_SHAPES = frozenset(itertools.product(*({"str": (str,), "int": (int,), "str | None": (str, type(None)),
                                          "int | None": (int, type(None))}[f.type] for f in fields(Finding))))
_OLD_VERSION = re.compile(r"[0-9][0-9A-Za-z.+-]*")
_OLD_PREFIX = re.compile(r"[0-9a-f]{2}")
_OLD_ENTRY = re.compile(r"\.?[0-9a-f]{64}\.json(\.[^/]*\.healthlint)?")
_inherited: list[sqlite3.Connection] = []  # see Cache._db


def fingerprint(*parts: bytes | str) -> str:
    return usercache.key(__version__, *parts)


def folder_for(option: str | None) -> Path:
    """The cache directory: --cache-dir, else $HEALTHLINT_CACHE_DIR, else the default."""
    return Path(option or os.environ.get("HEALTHLINT_CACHE_DIR") or DEFAULT_DIR)


def problem(folder: Path, *, removing: bool = False) -> str | None:
    """Why `folder` must not be used (or, `removing`, removed) as the cache; None if it may.
    A new or empty directory may become one; otherwise it must hold the marker, and to be
    removed, nothing but the cache's own files."""
    try:
        real = folder.resolve()
        here = Path.cwd().resolve()
        if real == here or real in here.parents:
            return f"{folder}: the working directory or a parent of it is never a cache"
        if real == Path(real.anchor) or real == _home():
            return f"{folder}: the home directory or / is never a cache"
        names = sorted(os.listdir(real))
        irregular = _irregular(real) if removing else None
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return f"{folder}: not a directory"
    except (OSError, RuntimeError) as exc:
        return f"{folder}: cannot read: {getattr(exc, 'strerror', None) or exc}"
    if not names and not removing:
        return None
    if MARKER not in names:
        return None if _old_cache(real) else f"{folder}: not a healthlint cache (it has no {MARKER} file)"
    if irregular:  # never removed through (a check lints without the cache instead: see Cache._open)
        return f"{folder}: {irregular} is not a regular file"
    strangers = [name for name in names if name not in OWN_FILES]
    if removing and strangers:
        return f"{folder}: holds {strangers[0]}, which healthlint did not write"
    return None


def _old_cache(folder: Path) -> bool:
    """Whether `folder` holds the cache as healthlint wrote it before the database, and nothing
    else: <version>/<2 hex digits>/<sha-256>.json (and write_atomic's temporary files)."""
    entries = 0
    try:
        for version in os.scandir(folder):
            if not (version.is_dir(follow_symlinks=False) and _OLD_VERSION.fullmatch(version.name)):
                return False
            for prefix in os.scandir(version.path):
                if not (prefix.is_dir(follow_symlinks=False) and _OLD_PREFIX.fullmatch(prefix.name)):
                    return False
                for entry in os.scandir(prefix.path):
                    if not (entry.is_file(follow_symlinks=False) and _OLD_ENTRY.fullmatch(entry.name)):
                        return False
                    entries += 1
    except OSError:
        return False
    return entries > 0


def _irregular(folder: Path) -> str | None:
    """The first of the cache's own names in `folder` that is there but not a regular file (a
    link, say, planted to have the database written through it)."""
    for name in sorted(OWN_FILES):
        try:
            if not stat.S_ISREG(os.lstat(folder / name).st_mode):
                return name
        except FileNotFoundError:
            continue
    return None


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (OSError, RuntimeError):
        return None


def clean(folder: Path) -> bool:
    """Remove the cache directory; False if there is none. Anything that is not a cache is
    refused with a UsageError, and nothing is removed."""
    if not os.path.lexists(folder):
        return False
    reason = f"{folder}: a symbolic link" if folder.is_symlink() else problem(folder, removing=True)
    if reason:
        raise UsageError(f"{reason}; nothing removed")
    try:
        if not (folder / MARKER).exists():
            shutil.rmtree(folder)  # the old layout, checked file by file
            return True
        # The marker goes last, so a cache removed halfway is still recognised as one.
        for name in sorted(os.listdir(folder), key=lambda name: name == MARKER):
            os.unlink(folder / name)
        folder.rmdir()
    except OSError as exc:
        raise UsageError(f"{folder}: cannot remove: {exc.strerror}") from None
    return True


class Cache:
    def __init__(self, folder: str | Path, context: str, rules: Mapping[str, Rule]):
        self.folder = Path(folder)
        self.context = context  # fingerprint of packs, cues and settings
        self._rules = frozenset((code, rule.name, rule.category) for code, rule in rules.items())
        self._secret = usercache.secret()
        self._connection: sqlite3.Connection | None = None
        self._pid: int | None = None
        self._broken = self._secret is None  # unsigned entries cannot be trusted: no cache at all
        self._read_only = False  # once a write failed, the run stops trying
        self._checked = False  # quick_check runs once a run, in the process that opens first
        self._pending: list[tuple[str, str, str]] = []
        self._notes: list[str] = []
        self._stamp = time.time_ns()  # when this run used a parse, for eviction
        self._new_parses: list[tuple[str, bytes, str, int]] = []
        self._used_parses: list[tuple[int, str]] = []
        self.parses = Parses(self)
        self._wrote_parses = False

    def take_notes(self) -> list[str]:
        """What the run should be told about the cache (a damaged database set aside), once."""
        notes, self._notes = self._notes, []
        return notes

    def key(self, data: bytes, name: str) -> str:
        return fingerprint(self.context, name, data)

    def has(self, data: bytes, name: str) -> bool:
        """Whether an entry exists (cheap: `get` checks its signature and contents; a bad one
        only means the file is linted in this process rather than a worker)."""
        return self._row(self.key(data, name), "SELECT 1") is not None

    def get(self, data: bytes, name: str) -> list[Finding] | None:
        payload = self._payload(self.key(data, name))
        if payload is None:
            return None
        try:
            raw = json.loads(payload)
            items = raw["findings"]
            if raw["format"] != _FORMAT or type(items) is not list or not all(map(_SHAPES.__contains__,
                                                                                  map(_shape, items))):
                return None
            findings = [Finding(*item) for item in items]
        except (ValueError, TypeError, KeyError):
            return None  # missing or not what this healthlint writes: lint again and rewrite
        # Only rules this healthlint has, under their own names, on this file, at real positions.
        if all(f.path == name and (f.code, f.name, f.category) in self._rules and f.severity in SEVERITIES
               and min(f.line, f.column, f.end_line, f.end_column) >= 0 for f in findings):
            return findings
        return None

    def put(self, key: str, findings: list[Finding]) -> None:
        """Keep an entry, to be written with others in one transaction (a batch, or the run's rest)."""
        if not (self._broken or self._read_only):
            payload = json.dumps({"format": _FORMAT, "findings": list(map(values, findings))})  # ASCII-safe
            self._pending.append((key, payload, usercache.sign(self._secret, key, payload)))
            if len(self._pending) >= BATCH:
                self._write()

    def put_parses(self, new: list[tuple[str, bytes, str]], used: list[str]) -> None:
        """Keep the parses a draft's lint made (key, entry, signature) and mark those it reused
        as used now: written with the results."""
        if not (self._broken or self._read_only):
            self._new_parses.extend((key, entry, signature, self._stamp) for key, entry, signature in new)
            self._used_parses.extend((self._stamp, key) for key in used)
            if len(self._new_parses) + len(self._used_parses) >= BATCH * 16:
                self._write()

    def close(self) -> None:
        """Write the entries kept, drop the parses used least recently beyond PARSE_LIMIT, and
        close (the run is over)."""
        self._write()
        self._evict()
        if self._connection is not None and self._pid == os.getpid():
            self._connection.close()
            self._connection = self._pid = None

    def _write(self) -> None:
        pending, self._pending = self._pending, []
        parses, self._new_parses = self._new_parses, []
        used, self._used_parses = self._used_parses, []
        db = self._db() if pending or parses or used else None
        if db is None:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", pending)
                db.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?)", parses)
                db.executemany("UPDATE parses SET used = ? WHERE key = ?", used)
                self._wrote_parses = self._wrote_parses or bool(parses)
        except sqlite3.Error as exc:
            self._read_only = True  # locked for too long, or the disk is full: the results are only lost
            if _damaged(exc):
                self._set_aside(str(exc))

    def _evict(self) -> None:
        """Keep at most PARSE_LIMIT parses: beyond that, those used least recently go (down to
        nine tenths of the limit, so that this is seldom done)."""
        db = self._db() if self._wrote_parses and not self._read_only else None
        if db is None:
            return
        try:
            with db:
                extra = db.execute("SELECT count(*) FROM parses").fetchone()[0] - PARSE_LIMIT
                if extra > 0:
                    db.execute("DELETE FROM parses WHERE key IN (SELECT key FROM parses ORDER BY used, key LIMIT ?)",
                               (extra + PARSE_LIMIT // 10,))
        except sqlite3.Error:
            self._read_only = True  # the parses are only kept longer

    def _payload(self, key: str, table: str = "results", kind: type = str):
        """A signed entry's payload (of `kind`), or None if there is none or it is not signed."""
        row = self._row(key, "SELECT entry, signature", table)
        if row and type(row[0]) is kind and type(row[1]) is str and row[1].isascii() \
                and usercache.signed(self._secret, row[1], key, row[0]):
            return row[0]
        return None

    def _row(self, key: str, select: str, table: str = "results") -> tuple | None:
        db = self._db()
        if db is None:
            return None
        try:
            return db.execute(f"{select} FROM {table} WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            self._broken = True  # locked for too long, or corrupt: lint the rest without the cache
            if _damaged(exc):
                self._set_aside(str(exc))
            return None

    def _db(self) -> sqlite3.Connection | None:
        """This process's connection, opened on first use. A worker forked from a process with
        one open opens its own: a SQLite connection must not be used across a fork, nor closed
        there (that could release the parent's locks), so the inherited one is only kept."""
        if self._pid != os.getpid():
            if self._connection is not None:
                _inherited.append(self._connection)
            self._pid, self._connection = os.getpid(), None
            if not self._broken:
                self._connection = self._open()
                self._broken = self._connection is None
        return None if self._broken else self._connection

    def _open(self) -> sqlite3.Connection | None:
        if not _prepare(self.folder):
            return None
        odd = _irregular(self.folder)
        if odd:  # not made by healthlint, so not moved or removed; and never opened through
            self._notes.append(f"{self.folder / odd} is {_kind(self.folder / odd)}, which healthlint did not make; "
                               "linting without the cache (remove it to cache again)")
            return None
        for _ in range(2):
            try:
                db = sqlite3.connect(os.fsencode(self.folder / DATABASE), timeout=LOCK_TIMEOUT)  # any name
                try:
                    db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
                    db.execute("PRAGMA synchronous=NORMAL")  # a lost entry is only linted again
                    db.execute("CREATE TABLE IF NOT EXISTS results "
                               "(key TEXT PRIMARY KEY, entry TEXT NOT NULL, signature TEXT NOT NULL) WITHOUT ROWID")
                    db.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, entry BLOB NOT NULL, "
                               "signature TEXT NOT NULL, used INTEGER NOT NULL) WITHOUT ROWID")
                    if not self._checked:
                        self._checked = True
                        # Pages overwritten in the middle need not fail a lookup: each run would lint
                        # again and never store. quick_check reads every page once (about 1.5 ms a
                        # MB); integrity_check also compares indexes with their table, and this table
                        # is its only index.
                        verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
                        if verdict != "ok":
                            raise _Damaged("it fails SQLite's quick_check")
                    return db
                except BaseException:
                    db.close()
                    raise
            except (sqlite3.Error, _Damaged) as exc:
                if not (_damaged(exc) and self._set_aside(str(exc))):
                    return None  # locked, read-only, …: go on without the cache
            except OSError:
                return None
        return None

    def _set_aside(self, why: str) -> bool:
        """Move a damaged database aside (its journals belong to it: removed), so the next open
        makes it afresh; whether it was moved. One note a run says so."""
        try:
            os.replace(self.folder / DATABASE, self.folder / ASIDE)  # a link or folder is never here
        except OSError:
            return False
        for name in JOURNALS:
            with contextlib.suppress(OSError):
                os.unlink(self.folder / name)
        if not self._notes:
            self._notes.append(f"{self.folder / DATABASE} is damaged ({why}); moved it aside to "
                               f"{self.folder / ASIDE} and started a new one")
        return True


class Parses:
    """The cache's sentence parses, as grammar.keep_parses reads and adds them in the process
    that lints (a worker, or the run's own): what this process parsed or reused since `take`
    goes back with the draft's result, and the run's one writer stores it (Cache.put_parses).
    Those this process has seen are also kept in memory, up to MEMORY, for the drafts after."""

    MEMORY = 20_000

    def __init__(self, cache: Cache):
        self._cache = cache
        self._known: dict[str, bytes] = {}
        self._new: list[tuple[str, bytes, str]] = []  # (key, entry, signature)
        self._used: list[str] = []

    def get(self, key: str) -> bytes | None:
        entry = self._known.get(key)
        if entry is None:
            entry = self._cache._payload(key, "parses", bytes)
            if entry is not None:
                self._used.append(key)
                self._remember(key, entry)
        return entry

    def add(self, key: str, entry: bytes) -> None:
        if self._cache._secret is not None:
            self._new.append((key, entry, usercache.sign(self._cache._secret, key, entry)))
            self._remember(key, entry)

    def take(self) -> tuple[list[tuple[str, bytes, str]], list[str]]:
        """The parses made and the keys reused since the last call."""
        new, self._new = self._new, []
        used, self._used = self._used, []
        return new, used

    def _remember(self, key: str, entry: bytes) -> None:
        if len(self._known) >= self.MEMORY:
            self._known.clear()
        self._known[key] = entry


def _prepare(folder: Path) -> bool:
    """Make `folder` a cache (marker, CACHEDIR.TAG, .gitignore) unless it is something else."""
    if problem(folder) is not None:
        return False
    try:
        if folder.is_dir() and not (folder / MARKER).exists() and any(folder.iterdir()):
            shutil.rmtree(folder)  # the old layout: its entries are never read again
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in _LABELS.items():
            try:
                fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
    except OSError:
        return False
    return problem(folder) is None


class _Damaged(Exception):
    """The database opened, but fails its check."""


def _damaged(exc: Exception) -> bool:
    """Whether an error says the database is damaged (rather than locked, read-only, …)."""
    return isinstance(exc, _Damaged) or (getattr(exc, "sqlite_errorname", None) or "").startswith(
        ("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def _kind(path: Path) -> str:
    if path.is_symlink():
        return "a symbolic link"
    return "a directory" if path.is_dir() else "not a regular file"


def _shape(item) -> tuple[type, ...] | None:
    return tuple(map(type, item)) if type(item) is list else None
