"""Source articles on disk, found in configured folders, for quoting the sentence a fact rests on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable


class SourceLibrary:
    """Looks up `source_file` line N in the first folder that holds the file."""

    def __init__(self, folders: Iterable[str] = ()):
        env = [p for p in os.environ.get("HEALTHLINT_SOURCES", "").split(os.pathsep) if p]
        self.folders = [*folders, *env]
        self._lines: dict[str, list[str] | None] = {}

    def line(self, name: str | None, number: int | None) -> str | None:
        if not name or not number:
            return None
        if name not in self._lines:
            self._lines[name] = None
            for folder in self.folders:
                candidate = Path(folder) / name
                if candidate.is_file():
                    self._lines[name] = candidate.read_text(encoding="utf-8", errors="replace").splitlines()
                    break
        lines = self._lines[name]
        return lines[number - 1].strip() if lines and 0 < number <= len(lines) else None
