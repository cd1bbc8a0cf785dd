"""Source articles on disk, found in configured folders, for quoting the sentence a fact rests on.

A pack names its article (`source:`), and a pack may come from anyone: the name is only ever
looked up inside a folder (the pack's own, or one the `sources` setting or HEALTHLINT_SOURCES
names), and a name that leads out of its folder (an absolute path, "..", a symbolic link to a
file elsewhere) is refused, so a pack cannot make healthlint print /proc/self/environ."""

from __future__ import annotations

import os
from pathlib import Path, PurePath
from typing import Iterable

from linter.errors import UsageError
from linter.files import read_bytes


def env_folders() -> list[str]:
    """The folders HEALTHLINT_SOURCES names."""
    return [p for p in os.environ.get("HEALTHLINT_SOURCES", "").split(os.pathsep) if p]


def outside(name: str, folders: Iterable[str | Path]) -> str | None:
    """Why a `source:` name leads out of the folders it is looked up in, or None when it does not."""
    if "\x00" in name:
        return f"'{name}' is not a file name"
    parts = PurePath(os.path.normpath(name)).parts
    if PurePath(name).is_absolute() or (parts and parts[0] == ".."):
        return f"'{name}' is not inside the pack's folder or a sources folder; name a file there"
    for folder in folders:
        candidate = Path(folder, name)
        if os.path.exists(candidate) and not _within(candidate, folder):
            return f"'{name}' in {folder} leads to {candidate.resolve()}, outside that folder"
    return None


def find(name: str, folders: Iterable[str | Path]) -> Path | None:
    """The article `name` in the first folder holding it; never a file outside that folder."""
    if outside(name, ()) is not None:
        return None
    for folder in folders:
        candidate = Path(folder, name)
        if os.path.isfile(candidate) and _within(candidate, folder):
            return candidate
    return None


def _within(path: Path, folder: str | Path) -> bool:
    """Whether path, links and ".." resolved, lies inside folder (itself resolved)."""
    try:
        return path.resolve().is_relative_to(Path(folder).resolve())
    except (OSError, RuntimeError):  # a link loop, an unreadable folder
        return False


def read_lines(path: Path | None) -> list[str] | None:
    """The lines of a source article found on disk (None: none, or one that cannot be read, such
    as one above the size limit: a quote is a courtesy, never a reason to stop)."""
    if path is None:
        return None
    try:
        return read_bytes(path, kind="source").decode("utf-8", errors="replace").splitlines()
    except UsageError:
        return None


class SourceLibrary:
    """Looks up `source_file` line N in the first folder that holds the file."""

    def __init__(self, folders: Iterable[str] = ()):
        self.folders = [*folders, *env_folders()]
        self._lines: dict[str, list[str] | None] = {}

    def line(self, name: str | None, number: int | None) -> str | None:
        if not name or not number:
            return None
        if name not in self._lines:
            self._lines[name] = read_lines(find(name, self.folders))
        lines = self._lines[name]
        return lines[number - 1].strip() if lines and 0 < number <= len(lines) else None
