"""Invisible characters inside a word: zero-width spaces and joiners, soft hyphens, bidi controls."""

from __future__ import annotations

import unicodedata
from typing import Iterator

from linter.checks.base import Context
from linter.findings import Finding, Rule

HIDDEN = Rule(
    code="HL103",
    name="typo.hidden-character",
    category="typo",
    severity="warning",
    summary="An invisible character (zero-width, soft hyphen, bidi control) inside a word.",
    doc="""\
What it flags: every invisible character written inside a word, between two
letters or digits: zero-width space, word joiner, soft hyphen, byte-order mark,
the bidirectional marks, embeddings, overrides and isolates, tag characters,
and the zero-width joiner and non-joiner between Latin letters. Every such
character is flagged, whether or not the word it splits is a term a check
knows: the reviewer cannot see any of them. The other checks read the text
without these characters, so a split word is still checked (its findings
cover the hidden character).

Why: the word reads whole, but search engines, screen readers, spell checkers
and copy-paste see two fragments, or text in another order; a character like
this in "appro<ZWSP>ved" hides a claim from every review tool.

Example (fires):  <drug> is appro<U+200B>ved for <condition>.
                  The anaes<U+00AD>thetic dose.
Example (silent): A word<U+2060> joiner beside a space.   A nurse emoji 👩<U+200D>⚕️.
                  Persian spelling uses the non-joiner between its letters.

Fix: deletes the character (and only it).""",
    fixable=True,
)
RULES = (HIDDEN,)

# Joiners between letters of scripts that need them (Persian, Indic) are spelling; between
# Latin letters or digits they only hide.
_JOINERS = frozenset("\u200c\u200d")
_QUOTE_REACH = 30  # characters of the word quoted on either side


def check(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    prose, text = doc.prose, doc.text
    for at, offset, char in doc.hidden:
        before = prose[at - 1] if at > 0 else ""
        after = prose[at] if at < len(prose) else ""
        if not (before.isalnum() and after.isalnum()):
            continue
        if char in _JOINERS and not (_latin(before) and _latin(after)):
            continue
        start, end, fix = offset, offset + 1, ""
        if text[offset:offset + 1] != char:  # written as an entity (&#8203;): its span, if it is alone
            start, end = doc.file_offset(at - 1) + 1, doc.file_offset(at)
            written = text[start:end]
            if not (written.startswith("&") and written.endswith(";") and written.count("&") == 1):
                start, end, fix = offset, offset, None
        name = unicodedata.name(char, "format character").lower()
        yield ctx.finding_at(HIDDEN, start, end,
                             f"Hidden character U+{ord(char):04X} ({name}) inside '{_word(prose, at)}': "
                             "it reads whole but splits the word for search, screen readers and checks",
                             fix=fix)


def _latin(ch: str) -> bool:
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


def _word(prose: str, at: int) -> str:
    """The word around a prose offset, as read (at most _QUOTE_REACH characters each side)."""
    start = at
    while start > max(0, at - _QUOTE_REACH) and prose[start - 1].isalnum():
        start -= 1
    end = at
    while end < min(len(prose), at + _QUOTE_REACH) and prose[end].isalnum():
        end += 1
    return prose[start:end]
