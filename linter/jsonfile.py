"""JSON files healthlint writes and reads back (a baseline, an alignment index): parsed within
limits and checked against their bundled schema, so that a hand-edited or hostile file is one
error line, never a traceback."""

from __future__ import annotations

import json
import re
from typing import Callable

from linter import schemas, usercache
from linter.bundle import rules_dir
from linter.errors import UsageError

MAX_DEPTH = 100  # nested arrays and objects, as for YAML: the json module recurses once a level
MAX_DIGITS = 15  # in a number: a count needs a few, and past 4,300 the json module's int() raises ValueError
# A JSON string (to the end of its line if unterminated, so the scan stays linear), or a bracket.
_STRING_OR_BRACKET = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"?|[\[\]{}]')


class _Refused(Exception):
    """A number a file of ours cannot hold, found while parsing."""


def strict_json(data: bytes, schema_name: str, memo_kind: str,
                refuse: Callable[..., UsageError]) -> object:
    """A JSON file healthlint writes (a baseline, an alignment index), parsed within limits and
    checked against its bundled schema; anything else is refuse(what, line=None). Deep nesting
    and long numbers are refused before they reach the json module (its recursion and int()
    would fail on them)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse("not valid UTF-8") from None
    line = _too_deep(text)
    if line:
        raise refuse(f"nested more than {MAX_DEPTH} levels deep", line)
    try:
        parsed = json.loads(text, parse_int=_whole, parse_float=_fraction, parse_constant=_fraction)
    except _Refused as exc:
        raise refuse(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise refuse(f"malformed JSON: {exc.msg}", exc.lineno) from None
    # Validating takes about 40 µs an entry: bytes found valid before (a memo signed with the
    # user's key, as for packs) are not validated again.
    memo = usercache.key(data, (rules_dir() / schema_name).read_bytes())
    if usercache.load(memo_kind, memo) is not True:
        problems = schemas.schema_errors(parsed, schema_name)
        if problems:
            raise refuse(problems[0][1])
        usercache.save(memo_kind, memo, True)
    return parsed


def _too_deep(text: str) -> int | None:
    """The line where `text` nests arrays and objects more than MAX_DEPTH deep (None: it does not).
    One pass; brackets inside strings do not count."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, match.start()) + 1
        elif token in ("]", "}"):
            depth -= 1
    return None


def _whole(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _Refused(f"a number of {len(digits.lstrip('-')):,} digits (at most {MAX_DIGITS})")
    return int(digits)


def _fraction(text: str):
    """A number with a point or an exponent, or NaN or Infinity: a baseline has none."""
    shown = text if len(text) <= 20 else text[:20] + "…"
    raise _Refused(f"{shown} is not an integer")
