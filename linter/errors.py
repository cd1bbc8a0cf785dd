"""The one exception type a user sees as a clean one-line error (exit code 2)."""


class UsageError(Exception):
    """Bad input: a file, pack, config or option the linter cannot use.

    The message is a complete sentence naming the file (and line, where known).
    """
