"""The markdown-it parser as drafts are read: CommonMark with tables and strikethrough, plus
block rules that read containers nested past markdown-it's limit as plain text and hand the
tokens on a block or so at a time."""

from __future__ import annotations

from typing import Callable

_md = None
# Stands in for each token already handed on inside a list or block quote still open (the
# list rule finds its tokens by index when the list ends, to mark tight paragraphs).
_spent = None


def markdown_parser():
    """A new markdown-it parser for the Markdown dialect drafts are read in (CommonMark, tables,
    strikethrough), without the shortcuts `reading_parser` adds: for rendering a draft."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def reading_parser():
    global _md, _spent
    if _md is None:
        from markdown_it.token import Token

        _spent = Token("healthlint_spent", "", 0)
        _md = markdown_parser()
        _md.options["maxNesting"] = DEEP_LEVEL + 2  # room for the deep-text token (a list item is two levels)
        _md.block.ruler.before("table", "deep_text", _deep_block)
        _md.block.ruler.before("deep_text", "flush", _flush_block)
    return _md


# markdown-it stops at its nesting limit (20 levels: 20 block quotes, 10 lists) and drops what
# lies deeper. From this level on, a container's lines are read as plain text instead.
DEEP_LEVEL = 20


def _deep_block(state, start: int, end: int, silent: bool) -> bool:
    """Take the rest of a container nested DEEP_LEVEL deep whole, as one `deep_text` token
    (read as plain text by `_deep_text`), rather than let the parser skip it."""
    if silent or state.level < DEEP_LEVEL:
        return False
    line = start + 1
    while line < end and (state.isEmpty(line) or state.sCount[line] >= state.blkIndent):
        line += 1  # the container's lines: up to one indented less than its content
    state.line = line
    state.push("deep_text", "", 0).map = [start, line]
    return True


# The env keys of the callback that `_flush_block` hands finished tokens to, and of the index
# of the first token not yet handed on.
_TAKE, _TAKEN = "healthlint.take", "healthlint.taken"


def markdown_tokens(text: str, take: Callable[[list], None]) -> dict:
    """markdown-it's tokens of a Markdown text as the reader parses it (what
    `reading_parser().parse(text)` returns, with their source maps), handed to `take` a block or
    so at a time (a list's or quote's last line is set at its close), their inline tokens parsed
    just before (the core rules after "block": inline, then text_join); returns the link
    reference definitions. A link may use a reference defined further on, so a text that may
    hold a definition is first parsed for its definitions alone."""
    from markdown_it.rules_core import inline as parse_inline
    from markdown_it.rules_core import normalize, text_join
    from markdown_it.rules_core.state_core import StateCore

    md = reading_parser()
    state = StateCore(text, md, {})
    if "\r" in text:  # no CR, nothing to normalise (decode refused NUL): no copy of the text
        normalize(state)
    if "]:" in state.src:
        state.env.update({_TAKE: lambda tokens: None, _TAKEN: 0})
        md.block.parse(state.src, md, state.env, [])
        state.env = {"references": state.env.get("references", {})}

    def inline(tokens: list) -> None:
        group = StateCore(state.src, md, state.env, tokens)
        parse_inline(group)
        text_join(group)
        take(tokens)

    state.env.update({_TAKE: inline, _TAKEN: 0})
    md.block.parse(state.src, md, state.env, state.tokens)
    inline(state.tokens[state.env[_TAKEN]:])
    return state.env.get("references", {})


def _flush_block(state, start: int, end: int, silent: bool) -> bool:
    """Before each block, hand on the tokens before it: no rule changes a finished block's
    tokens (the open lists' and block quotes' last lines are read at their close). Between
    top-level blocks the list is emptied; inside a container each token handed on is replaced
    by one shared stand-in, so the indices stay. A rule that never matches."""
    take = state.env.get(_TAKE)
    if take is None or silent:
        return False
    tokens, taken = state.tokens, state.env[_TAKEN]
    if taken < len(tokens):
        take(tokens[taken:])
        if state.level == 0:
            tokens.clear()
        else:
            tokens[taken:] = [_spent] * (len(tokens) - taken)
        state.env[_TAKEN] = len(tokens)
    return False
