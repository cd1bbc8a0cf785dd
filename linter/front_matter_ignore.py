"""Rule codes added to a draft's front-matter `healthlint: {ignore: […]}` (for --add-suppressions),
whatever YAML style the front matter is written in, block or flow.

The front matter is parsed (safe_load semantics, the reader's limits) and the codes added to
its data. The text is then changed as little as it can be: the `healthlint` value replaced by a
flow mapping, or a `healthlint:` entry added (a line in a block mapping, `, healthlint: …` in a
flow one), so comments and layout stay; failing that, the whole front matter is dumped with
safe_dump in its style. Each candidate is parsed again and taken only if it gives exactly the
data wanted: every other key keeps its value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import yaml

from linter.config import split_list
from linter.document.front_matter import FRONT_MATTER
from linter.yamlfile import MAX_FRONT_MATTER_CHARS, parse

_NOT_PARSED = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)


@dataclass(frozen=True)
class Ignored:
    text: str | None  # the draft with the codes in its front matter; None if that cannot be done
    why: str = ""  # why not


def with_ignored(text: str, codes: Iterable[str]) -> Ignored:
    """The draft `text` (which has front matter) with `codes` in its `healthlint: ignore` list."""
    m = FRONT_MATTER.match(text)
    if not m:
        return Ignored(None, "it has no front matter")
    content = m.group(1) or ""
    try:
        data, node = parse(content, MAX_FRONT_MATTER_CHARS)
    except _NOT_PARSED:
        return Ignored(None, "its front matter does not parse")
    data = {} if data is None else data
    ignore = _ignore_list(data.get("healthlint")) if isinstance(data, dict) else None
    if ignore is None:
        return Ignored(None, "its front matter's 'healthlint' entry is not 'ignore: [codes]'")
    added = [c for c in sorted(set(codes)) if c not in ignore]
    if not added:
        return Ignored(text)
    wanted = {**data, "healthlint": {"ignore": ignore + added}}
    opened = text.index("\n") + 1  # after the opening `---` line
    closed = opened + len(content)
    eol = text[opened - 2:opened] if text[opened - 2:opened] == "\r\n" else "\n"
    too_long = False
    for candidate in _candidates(content, node, wanted, eol):
        too_long = too_long or len(candidate) > MAX_FRONT_MATTER_CHARS
        new = text[:opened] + candidate + text[closed:]
        if _reads_as(new, candidate, wanted):
            return Ignored(new)
    if too_long:
        return Ignored(None, f"its front matter would be longer than {MAX_FRONT_MATTER_CHARS // 1024} KB")
    return Ignored(None, "its front matter, re-written, would not keep its other values")


def _ignore_list(entry) -> list | None:
    """The codes a `healthlint` entry already ignores; None if it is not `{ignore: [codes]}`."""
    if entry is None:
        return []
    if not isinstance(entry, dict) or set(entry) - {"ignore"}:
        return None
    codes = entry.get("ignore") or []
    if isinstance(codes, str):
        return list(split_list(codes))
    return list(codes) if isinstance(codes, list) else None


def _candidates(content: str, node, wanted: dict, eol: str) -> Iterator[str]:
    value = _dump(wanted["healthlint"], flow=True).strip()
    if isinstance(node, yaml.MappingNode):
        entry = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "healthlint"), None)
        if entry is not None:  # replace its value, keeping what follows it (a line end, a comment)
            start, end = entry.start_mark.index, entry.end_mark.index
            end = start + len(content[start:end].rstrip())
            space = "" if start and content[start - 1] in " \t\r\n" else " "
            yield content[:start] + space + value + content[end:]
        elif node.flow_style:  # `{title: A}` → `{title: A, healthlint: {…}}`
            close = node.end_mark.index - 1
            yield content[:close] + (", " if node.value else "") + f"healthlint: {value}" + content[close:]
        else:
            yield content + f"healthlint: {value}{eol}"
    elif node is None:  # empty front matter
        yield f"healthlint: {value}{eol}"
    flow = bool(getattr(node, "flow_style", False))
    yield _dump(wanted, flow=flow).replace("\n", eol)


def _dump(data, flow: bool) -> str:
    return yaml.safe_dump(data, default_flow_style=flow, sort_keys=False, allow_unicode=True)


def _reads_as(text: str, content: str, wanted: dict) -> bool:
    """Whether `text` has front matter `content` (nothing in it closes it early) holding `wanted`."""
    m = FRONT_MATTER.match(text)
    if not m or (m.group(1) or "") != content:
        return False
    try:
        data, _ = parse(content, MAX_FRONT_MATTER_CHARS)
    except _NOT_PARSED:
        return False
    return data == wanted
