"""Small memos kept between runs (a validated pack, the English word list), keyed by the
exact bytes they were made from, so a stale one is never used. Failing to read or write
one only costs time."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from linter import __version__
from linter.files import write_atomic


def folder() -> Path:
    base = os.environ.get("HEALTHLINT_USER_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "healthlint" / __version__


def key(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def load(kind: str, name: str):
    """A JSON value saved before (JSON, not pickle: a memo is data, never code)."""
    try:
        return json.loads((folder() / kind / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # missing or partial: rebuild


def save(kind: str, name: str, value) -> None:
    try:
        target = folder() / kind
        target.mkdir(parents=True, exist_ok=True)
        write_atomic(target / name, json.dumps(value).encode("utf-8"))
    except OSError:
        pass
