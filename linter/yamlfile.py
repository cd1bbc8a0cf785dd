"""YAML files a user edits: loaded with safe_load semantics, with the node tree kept for positions.

Packs, the config, the language cues and front matter all load through `parse`, which bounds
the work a few hostile bytes can cause: a size limit, a nesting limit, and a limit on how
many values aliases add (a "billion laughs" of 500 bytes would otherwise expand to a
billion values in whatever walks the data next)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import yaml

from linter.errors import UsageError
from linter.files import LIMITS, read_bytes

MAX_FILE_BYTES = LIMITS["pack"]  # text parsed here, as files are read: linter/files.py
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_ALIAS_VALUES = 10_000  # values that aliases add, counted as if each alias were written out
MAX_DEPTH = 100  # nested collections (PyYAML composes recursively)


class LimitError(yaml.MarkedYAMLError):
    """YAML refused for the work it would cause, not for its syntax."""


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that counts, as it composes, what each alias would add if written out."""

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._sizes: dict[int, int] = {}  # id(node) -> values in it, aliases expanded
        self._added = 0
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            node = super().compose_node(parent, index)
            size = self._sizes.get(id(node))
            if size is None:
                raise LimitError(None, None, f"alias *{event.anchor} refers to a value that contains it",
                                 event.start_mark)
            self._added += size
            if self._added > MAX_ALIAS_VALUES:
                raise LimitError(None, None, f"aliases expand to more than {MAX_ALIAS_VALUES:,} values",
                                 event.start_mark)
            return node
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise LimitError(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        node = super().compose_node(parent, index)
        self._depth -= 1
        if isinstance(node, yaml.SequenceNode):
            size = 1 + sum(self._sizes[id(item)] for item in node.value)
        elif isinstance(node, yaml.MappingNode):
            _refuse_duplicate_keys(node)
            size = 1 + sum(self._sizes[id(k)] + self._sizes[id(v)] for k, v in node.value)
        else:
            size = 1
        self._sizes[id(node)] = size
        return node


def _refuse_duplicate_keys(node: yaml.MappingNode) -> None:
    """A key written twice: safe_load would keep the last value and silently drop the first (a
    reviewer's cue list added twice under one name loses half its words)."""
    seen: set[str] = set()
    for key, _ in node.value:
        if isinstance(key, yaml.ScalarNode):
            if key.value in seen:
                raise yaml.MarkedYAMLError(None, None, f"key {key.value!r} is written twice (its first value "
                                           "would be lost)", key.start_mark)
            seen.add(key.value)


def parse(text: str, max_chars: int = MAX_FILE_BYTES) -> tuple[object, yaml.Node | None]:
    """Data (as safe_load gives it) and the node tree of YAML text, parsed once.
    Raises yaml.YAMLError, a LimitError where the text would cost too much."""
    if len(text) > max_chars:
        raise LimitError(None, None, f"larger than {max_chars // 1024:,} KB", yaml.Mark("", 0, 0, 0, None, None))
    loader = _BoundedLoader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


def load_yaml(path: Path, kind: str = "pack") -> tuple[object, yaml.Node | None]:
    """Data (safe_load semantics) and the node tree (for line numbers) of a YAML file: a pack
    or the config (`kind`, for its size limit)."""
    raw = read_bytes(path, kind=kind)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not valid UTF-8") from None
    try:
        return parse(text)
    except LimitError as exc:
        mark = exc.problem_mark
        raise UsageError(f"{path}:{mark.line + 1}:{mark.column + 1}: YAML not loaded: {exc.problem}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise UsageError(f"{where}: malformed YAML: {problem}") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value its type rejects: 2024-02-30 is no date
        bad = unconstructible(text)
        where = f"{path}:{bad.start_mark.line + 1}" if bad else str(path)
        raise UsageError(f"{where}: malformed YAML: {exc}{f' ({bad.value!r})' if bad else ''}") from None


def node_at(node: yaml.Node | None, path: Iterable) -> yaml.Node | None:
    """The node at `path` (keys and indices), or its nearest existing parent."""
    for key in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == key), None)
            if found is None:
                break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    return node


def position(node: yaml.Node | None, path: Iterable) -> tuple[int, int]:
    """1-based line and column of the node at `path`."""
    found = node_at(node, path)
    if found is None:
        return 1, 1
    return found.start_mark.line + 1, found.start_mark.column + 1


def line_of(node: yaml.Node | None, path: Iterable) -> int:
    return position(node, path)[0]


def unconstructible(source: str) -> yaml.ScalarNode | None:
    """The first scalar whose tag cannot make a value of it (a date such as 2024-02-30): safe_load
    raises a bare ValueError for it, with no line, so this finds the line."""
    loader = yaml.SafeLoader(source)
    try:
        stack, seen = [loader.get_single_node()], set()
        while stack:
            node = stack.pop()
            if node is None or id(node) in seen:  # an alias is visited once
                continue
            seen.add(id(node))
            if isinstance(node, yaml.ScalarNode):
                try:
                    loader.construct_object(node)
                except Exception:
                    return node
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed(node.value))
            elif isinstance(node, yaml.MappingNode):
                stack.extend(item for pair in reversed(node.value) for item in reversed(pair))
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return None
