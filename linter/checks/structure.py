"""Document structure: a sentence that promises a list and delivers none."""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from linter.checks.base import Context
from linter.document import Block
from linter.findings import Finding, Rule

DANGLING_LIST = Rule(
    code="HL901",
    name="structure.missing-list",
    category="structure",
    severity="warning",
    summary="A sentence ends with a colon to introduce a list, and no list follows.",
    doc="""\
What it flags: a paragraph whose last sentence ends with a colon ("The most
common side effects include:") when what follows is not a list: a heading,
another introduction, a paragraph of full sentences, or the end of the draft.
A table, code block, quotation, or a short run-in list ("nausea, dizziness and
headache.") counts as delivered; so does a sibling item in the same list.

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
_LABEL_WORDS = 3  # "Bottom line:" is a label for the next paragraph, not a list introduction


def check(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    blocks = doc.blocks
    sentences = ctx.annotation.sentences
    starts = [s.start for s in sentences]
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or not block.has_prose:
            continue
        prose = doc.prose[block.prose_start:block.prose_end].rstrip()
        if not prose.endswith(":"):
            continue
        end = block.prose_start + len(prose)
        at = bisect.bisect_left(starts, end) - 1  # the last sentence starting before the colon
        start = sentences[at].start if at >= 0 and end <= sentences[at].end + 1 else block.prose_start
        if len(doc.prose[start:end].split()) < _LABEL_WORDS:
            continue
        following = next((b for b in blocks[i + 1:] if b.kind != "html"), None)
        if following is not None and _delivers(doc, block, following):
            continue
        yield ctx.finding(DANGLING_LIST, start, end,
                          "This sentence ends with a colon to introduce a list, but no list follows")


def _delivers(doc, intro: Block, following: Block) -> bool:
    if following.kind in _DELIVERS:
        return True
    if following.kind != "paragraph" or not following.has_prose:
        return False
    if intro.in_list and following.in_list:
        return True  # the items were written as siblings instead of nested
    text = doc.prose[following.prose_start:following.prose_end].strip()
    if text.endswith(":"):
        return False  # another introduction, still without its list
    run_in = len(re.findall(r"[,;]", text)) >= 2 and len(text.split()) <= 25 and text.count(".") <= 1
    return run_in or text[:1].islower()
