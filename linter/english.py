"""The English word list (pyspellchecker's maintained frequency dictionary), below the typo check
and pack validation, which both ask whether a word is plain English."""

from __future__ import annotations

import functools
from importlib.util import find_spec
from pathlib import Path

from linter import usercache


@functools.lru_cache(maxsize=1)
def english() -> frozenset[str]:
    """English word list of pyspellchecker (a maintained frequency dictionary), kept between
    runs as a plain set: reading its compressed JSON each time costs more than linting a draft."""
    # Keyed by the bytes of the packaged dictionary itself (cheaper to read than the
    # installed package's metadata is to look up).
    package = find_spec("spellchecker")
    try:
        data = Path(next(iter(package.submodule_search_locations)), "resources", "en.json.gz").read_bytes()
    except (OSError, StopIteration, TypeError, AttributeError):
        data = b""  # an unexpected layout: build the list from the package, keep no memo
    memo = usercache.key("pyspellchecker", data)
    words = usercache.load("english", memo) if data else None
    if not (isinstance(words, list) and all(isinstance(w, str) for w in words)):
        from spellchecker import SpellChecker  # heavy: only when the memo is missing or stale

        words = sorted(SpellChecker(language="en", distance=1).word_frequency.dictionary)
        if data:
            usercache.save("english", memo, words)
    return frozenset(words)
