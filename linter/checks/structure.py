"""Document structure: a sentence that promises a list and delivers none."""

from __future__ import annotations

from typing import Iterator

from linter.checks.base import Context
from linter.findings import Finding, Rule

DANGLING_LIST = Rule(
    code="HL901",
    name="structure.missing-list",
    category="structure",
    severity="warning",
    summary="A sentence ends with a colon to introduce a list, and no list follows.",
    doc="""\
What it flags: a paragraph whose last sentence ends with a colon ("The most
common side effects include:") when the next block is not a list, table,
code block or quotation.

Why: the list was lost in editing; readers are promised facts (often side
effects) that are not there.

Example (fires):  Common side effects include:
                  (a paragraph, a heading or the end of the draft follows)
Example (silent): Common side effects include:
                  - headache
                  - dizziness

Fix: restore the list, or end the sentence with a period.""",
)
RULES = (DANGLING_LIST,)

# Blocks that may follow a colon.
_DELIVERS = {"list", "table", "code", "quote"}


def check(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or not block.has_prose:
            continue
        prose = doc.prose[block.prose_start:block.prose_end].rstrip()
        if not prose.endswith(":"):
            continue
        following = next((b for b in blocks[i + 1:] if b.kind != "html"), None)
        if following is not None and following.kind in _DELIVERS:
            continue
        end = block.prose_start + len(prose)
        sentence = next((s for s in reversed(ctx.annotation.sentences) if s.start < end <= s.end + 1), None)
        start = sentence.start if sentence else block.prose_start
        yield ctx.finding(DANGLING_LIST, start, end,
                          "This sentence ends with a colon to introduce a list, but no list follows")
