"""Reading a user's file, with every OS failure turned into a one-line UsageError."""

from __future__ import annotations

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
