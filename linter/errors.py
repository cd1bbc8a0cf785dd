"""The one exception type a user sees as a clean one-line error (exit code 2), and the one line
any other exception becomes."""

from __future__ import annotations

import os
import traceback

DEBUG_ENV = "HEALTHLINT_DEBUG"  # set to 1: an internal error also prints its traceback


class UsageError(Exception):
    """Bad input: a file, pack, config or option the linter cannot use.

    The message is a complete sentence naming the file (and line, where known).
    """


def internal_error(exc: Exception, display: str | None = None) -> str:
    """The one line an unexpected exception becomes (its traceback only on request)."""
    if os.environ.get(DEBUG_ENV, "") not in ("", "0"):
        traceback.print_exception(exc)
    where = getattr(exc, "healthlint_stage", None)  # set by runner.stage
    line = f"internal error{f' in {where}' if where else ''}: {type(exc).__name__}"
    message = " ".join(str(exc).split())
    if message:
        line += f": {message[:300]}{'...' if len(message) > 300 else ''}"
    return f"{display}: {line}" if display else line
