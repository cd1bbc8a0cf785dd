"""Per-file result cache under `.healthlint_cache/`.

An entry is keyed by the file's bytes and name, the healthlint version, and a
fingerprint of everything else that decides the findings (packs, language
cues, settings). An entry that cannot be read back exactly is ignored and
rewritten, never trusted.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import fields
from pathlib import Path

from linter import __version__, usercache
from linter.files import write_atomic
from linter.findings import Finding, values

DEFAULT_DIR = ".healthlint_cache"
# A finding is stored as its values in field order (read back much faster than an object
# of named fields); each value must have its field's type, or the entry is not trusted.
_FORMAT = 2
_TYPES = tuple({"str": str, "int": int, "str | None": (str, type(None)), "int | None": (int, type(None))}[f.type]
               for f in fields(Finding))


def fingerprint(*parts: bytes | str) -> str:
    return usercache.key(__version__, *parts)


class Cache:
    def __init__(self, folder: str | Path, context: str):
        self.folder = Path(folder)
        self.context = context  # fingerprint of packs, cues and settings

    def _entry(self, data: bytes, name: str) -> Path:
        key = fingerprint(self.context, name, data)
        return self.folder / __version__ / key[:2] / f"{key}.json"

    def has(self, data: bytes, name: str) -> bool:
        """Whether an entry exists (cheap: no parsing; `get` still refuses a bad one)."""
        return self._entry(data, name).is_file()

    def get(self, data: bytes, name: str) -> list[Finding] | None:
        entry = self._entry(data, name)
        try:
            raw = json.loads(entry.read_text(encoding="utf-8"))
            items = raw["findings"]
            if raw.get("format") != _FORMAT or raw.get("name") != name or not all(map(_well_formed, items)):
                return None
            return [Finding(*item) for item in items]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None  # missing, unreadable or corrupt: lint again and rewrite

    def put(self, data: bytes, name: str, findings: list[Finding]) -> None:
        entry = self._entry(data, name)
        payload = json.dumps({"format": _FORMAT, "name": name, "findings": list(map(values, findings))},
                             ensure_ascii=False)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(entry, payload.encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time


def _well_formed(item) -> bool:
    return type(item) is list and len(item) == len(_TYPES) and all(map(isinstance, item, _TYPES))


def clean(folder: str | Path) -> bool:
    folder = Path(folder)
    if folder.is_dir():
        shutil.rmtree(folder)
        return True
    return False
