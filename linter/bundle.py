"""Where the bundled rules live: inside the installed package, or beside it in a checkout."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from linter.errors import UsageError


def rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if (candidate / "language.yaml").is_file():
            return candidate
    raise UsageError(f"bundled rules not found next to {here}")


@functools.lru_cache(maxsize=None)
def schema(name: str) -> dict:
    """A JSON Schema shipped with the rules (pack.schema.json, language.schema.json)."""
    return json.loads((rules_dir() / name).read_text(encoding="utf-8"))
