"""ANSI colour for the text formats: on when the stream is a terminal, off under NO_COLOR
(no-color.org) or --color never, forced by --color always or FORCE_COLOR. NO_COLOR wins over
FORCE_COLOR, as in Python's own colour rules."""

from __future__ import annotations

import os

CHOICES = ("auto", "always", "never")
_STYLES = {"bold": "1", "error": "1;31", "warning": "1;33", "info": "1;36", "ok": "1;32", "dim": "2"}


def wanted(choice: str, stream) -> bool:
    """Whether to colour what goes to `stream` (None: a file)."""
    if choice in ("always", "never"):
        return choice == "always"
    if os.environ.get("NO_COLOR", ""):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


def paint(text: str, style: str, *, on: bool) -> str:
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if on else text
