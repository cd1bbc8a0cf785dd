"""Small memos kept between runs (a validated pack, the English word list), keyed by the
exact bytes they were made from, so a stale one is never used. Failing to read or write
one only costs time.

Every memo (and every result-cache entry) is signed with a random key of this user's,
kept here with mode 0600: a memo edited by hand, or a cache written by anyone else (say,
committed to a repository), fails its signature and is rebuilt, never trusted."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from linter import __version__
from linter.files import write_atomic

_SECRET = "secret.key"
_SECRET_BYTES = 32


def base() -> Path:
    root = os.environ.get("HEALTHLINT_USER_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "healthlint"


def folder() -> Path:
    return base() / __version__


def key(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = os.fsencode(part) if isinstance(part, str) else part  # names may hold undecodable bytes
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def secret() -> bytes | None:
    """This user's signing key, made on first use; None if it cannot be kept safely (then
    nothing is memoised or cached: trusting an unsigned memo is what this prevents)."""
    path = base() / _SECRET
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as handle:
                info = os.fstat(handle.fileno())
                data = handle.read(_SECRET_BYTES + 1)
            # Someone else's file, or one others may read, is no secret: make a new one.
            if info.st_uid == os.getuid() and not info.st_mode & 0o077 and len(data) == _SECRET_BYTES:
                return data
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError:
            return None
        if not _make_secret(path):
            return None
    return None


def _make_secret(path: Path) -> bool:
    """Write a fresh key under a temporary name, then link it into place: of several processes
    starting at once, one key wins and every process reads that one, whole."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{_SECRET}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(_SECRET_BYTES))
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process made one first
        finally:
            os.unlink(tmp)
        return True
    except OSError:
        return False


def sign(secret_key: bytes, *parts: bytes | str) -> str:
    return hmac.new(secret_key, key(*parts).encode("ascii"), hashlib.sha256).hexdigest()


def signed(secret_key: bytes, signature: str, *parts: bytes | str) -> bool:
    return hmac.compare_digest(sign(secret_key, *parts), signature)


def load(kind: str, name: str):
    """A JSON value saved before (JSON, not pickle: a memo is data, never code), if its
    signature holds; the caller still checks its shape."""
    secret_key = secret()
    if secret_key is None:
        return None
    try:
        signature, _, payload = (folder() / kind / name).read_bytes().partition(b"\n")
        if not signed(secret_key, signature.decode("ascii"), kind, name, payload):
            return None  # edited, or not made by this user: rebuild
        return json.loads(payload)
    except (OSError, ValueError):
        return None  # missing or partial: rebuild


def save(kind: str, name: str, value) -> None:
    secret_key = secret()
    if secret_key is None:
        return
    payload = json.dumps(value).encode("utf-8")
    try:
        target = folder() / kind
        target.mkdir(parents=True, exist_ok=True)
        write_atomic(target / name, sign(secret_key, kind, name, payload).encode("ascii") + b"\n" + payload)
    except OSError:
        pass
