"""File names (and error lines) made safe to print. A name may hold bytes that are not UTF-8,
which Python keeps as lone surrogates that no UTF-8 output can carry, and control characters
that would split a line, recolour a terminal or make XML invalid. Each becomes `\\xNN` text."""

from __future__ import annotations

import os
import re
from pathlib import PurePath
from urllib.parse import quote

_UNDECODABLE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # what XML 1.0 forbids


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """One line for a terminal or an editor: control characters and undecodable bytes escaped."""
    return _CONTROL.sub(_escaped, text)


def decodable(text: str) -> str:
    """Text any UTF-8 output can carry (JSON escapes control characters itself)."""
    return _UNDECODABLE.sub(_escaped, text)


def xml_text(text: str) -> str:
    """Text XML 1.0 allows, which even a character reference cannot give for most control characters."""
    return _NOT_XML.sub(_escaped, text)


def uri(path: str) -> str:
    """A relative URI reference for a path: its bytes, percent-encoded where a URI needs it."""
    return quote(os.fsencode(PurePath(path).as_posix()), safe="/")
