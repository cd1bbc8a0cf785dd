"""Output formats, one module each; `FORMATS` maps a --format name to its renderer."""

from __future__ import annotations

from linter.report import json, text

FORMATS = {"text": text.render, "json": json.render}
