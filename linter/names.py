"""One word per idea: `sources` are folders of source articles, `packs` are fact packs, and
`source_line` is the line of a source article a finding rests on. Old spellings are accepted
for one release; each is reported once a run, as a warning naming the old and the new."""

from __future__ import annotations

from typing import Mapping

# Front matter: the packs a draft is checked against (was `sources:`, which also named folders).
PACKS_KEY, OLD_PACKS_KEY = "packs", "sources"
# JSON and SARIF findings: the source article's line (was `source`, the article's own word).
SOURCE_LINE, OLD_SOURCE_LINE = "source_line", "source"


def deprecated(old: str, new: str, what: str) -> str:
    """The warning for an old spelling: the same text for every draft, so a run prints it once."""
    return f"{old} is deprecated: write {new} ({what}); the old name is read until the next release"


def front_matter_notes(front_matter: Mapping) -> list[str]:
    if OLD_PACKS_KEY in front_matter:
        return [deprecated(f"front matter '{OLD_PACKS_KEY}:'", f"'{PACKS_KEY}:'",
                           "the fact packs a draft is checked against")]
    return []


def packs_key(front_matter: Mapping) -> str:
    """The front-matter key naming a draft's packs: the new one, else the old one."""
    return PACKS_KEY if PACKS_KEY in front_matter or OLD_PACKS_KEY not in front_matter else OLD_PACKS_KEY


def with_source_line(data: dict) -> dict:
    """A finding's or claim's JSON fields with the source article's line as `source_line`, where
    `source` was; `source` stays at the end, the same number, until the next release."""
    if OLD_SOURCE_LINE not in data:
        return data
    out = {(SOURCE_LINE if key == OLD_SOURCE_LINE else key): value for key, value in data.items()}
    out[OLD_SOURCE_LINE] = data[OLD_SOURCE_LINE]  # deprecated
    return out
