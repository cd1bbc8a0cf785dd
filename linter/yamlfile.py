"""YAML files a user edits: loaded with safe_load, with the node tree kept for positions."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import yaml

from linter.errors import UsageError
from linter.files import read_bytes


def load_yaml(path: Path) -> tuple[object, yaml.Node | None]:
    """Data (safe_load) and the node tree (for line numbers) of a YAML file."""
    data, text = load_data(path)
    return data, yaml.compose(text, Loader=yaml.SafeLoader)


def load_data(path: Path) -> tuple[object, str]:
    """Data (safe_load) of a YAML file, and its text (to compose the node tree from when needed)."""
    try:
        text = read_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not valid UTF-8") from None
    try:
        return yaml.safe_load(text), text
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise UsageError(f"{where}: malformed YAML: {problem}") from None


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
