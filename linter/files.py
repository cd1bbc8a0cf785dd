"""Reading a user's file, with every OS failure turned into a one-line UsageError; writing one
whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from linter.errors import UsageError


def read_bytes(path: Path, name: str | None = None) -> bytes:
    name = name or str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{name}: is a directory") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read: {exc.strerror}") from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename it over the target."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".healthlint", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
