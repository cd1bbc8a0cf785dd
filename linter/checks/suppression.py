"""The suppression rules (HL001, HL002): reported by the suppress stage (linter/suppress.py),
documented and registered here, beside the other checks, so that the rule registry
(checks/__init__.py) sits below config and suppress, which read it."""

from __future__ import annotations

from linter.findings import Rule

UNUSED = Rule(
    code="HL001",
    name="suppression.unused",
    category="suppression",
    severity="info",
    summary="A suppression comment that suppresses nothing.",
    doc="""\
What it flags: each code of a `healthlint-disable`, `healthlint-disable-next-line`
comment or front-matter `healthlint: {ignore: […]}` entry under which no finding
of that code occurs, on its own: in a comment naming HL101 and HL201 where only
HL101 suppressed something, HL201 is reported (at the code). A comment naming no
code suppresses every rule and is reported when nothing was suppressed.

Why: stale suppressions hide the next real finding on that line.

Example (fires):  <!-- healthlint-disable-next-line HL101 -->  above a line with no typo
Example (silent): <!-- healthlint-disable-next-line HL101 -->  above a line with a typo

Fix: remove the comment, or the codes in it that no longer fire.""",
)
UNKNOWN = Rule(
    code="HL002",
    name="suppression.unknown-code",
    category="suppression",
    severity="warning",
    summary="A suppression comment names a code or category no rule has.",
    doc="""\
What it flags: a name in a `healthlint-disable`, `healthlint-disable-next-line` or
`healthlint-enable` comment, or in front matter `healthlint: {ignore: […]}`, that is not
a rule code, a code prefix (HL2), a category or ALL.

Why: a mistyped code suppresses nothing, so the finding it was meant for still
shows and the comment looks as if it worked. The comment's other codes still apply,
and the draft's other findings are all reported.

Example (fires):  <!-- healthlint-disable-next-line HL999 -->
Example (silent): <!-- healthlint-disable-next-line HL101 -->  above a line with a typo

Fix: correct the code (`healthlint rules` lists them) or remove it.""",
)
RULES = (UNUSED, UNKNOWN)
