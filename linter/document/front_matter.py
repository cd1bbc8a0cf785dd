"""A Markdown draft's YAML front matter: read (safe_load semantics, within limits), blanked
for the Markdown reader with offsets unchanged, and the line of a key."""

from __future__ import annotations

import re
from typing import Mapping

import yaml

from linter.document import Document
from linter.errors import UsageError
from linter.yamlfile import MAX_FRONT_MATTER_CHARS, unconstructible
from linter.yamlfile import parse as parse_yaml

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str, path: str) -> tuple[Mapping, str]:
    """Parsed front matter, and the text with it blanked (offsets unchanged)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    source = m.group(1) or ""
    try:
        data, _ = parse_yaml(source, MAX_FRONT_MATTER_CHARS)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise UsageError(f"{path}:{line}: invalid front matter: {problem}") from None
    except RecursionError:
        raise UsageError(f"{path}:2: invalid front matter: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value its type rejects: 2024-02-30 is no date
        node = unconstructible(source)
        where = f"{path}:{node.start_mark.line + 2}" if node else f"{path}:2"
        value = f" ({node.value!r})" if node else ""
        raise UsageError(f"{where}: invalid front matter: {exc}{value}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise UsageError(f"{path}:2: front matter must be a mapping of keys to values")
    return data, blank_front_matter(text)


def blank_front_matter(text: str) -> str:
    """The text with its front matter (if any) blanked: what is read as Markdown, offsets unchanged."""
    m = FRONT_MATTER.match(text)
    return re.sub(r"[^\r\n]", " ", m.group(0)) + text[m.end():] if m else text


def front_matter_line(document: Document, key: str) -> int:
    """The line of a top-level front-matter key, for an error about its value (2 if not found)."""
    text, start, number = document.text, 0, 1
    while True:
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)].rstrip("\r")
        if number == 1 and line.rstrip() != "---":
            return 2
        if number > 1:
            if line.rstrip() in ("---", "..."):
                return 2
            if line.startswith(key) and line[len(key):].lstrip().startswith(":"):
                return number
        if end < 0:
            return 2
        start, number = end + 1, number + 1
