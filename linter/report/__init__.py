"""Output formats, one module each; `FORMATS` maps a --format name to its renderer.

Every renderer takes a Report and returns the whole output as a string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from linter.findings import Finding


@dataclass
class Report:
    findings: list[Finding]
    files: list[str] = field(default_factory=list)  # every draft linted, findings or not
    draft_line: Callable[[str, int], str] = lambda path, line: ""
    source_line: Callable[[str | None, int | None], str | None] = lambda name, line: None


def formats() -> dict:
    from linter.report import full, github, json, json_lines, junit, sarif, text

    return {"text": text.render, "full": full.render, "json": json.render, "json-lines": json_lines.render,
            "sarif": sarif.render, "github": github.render, "junit": junit.render}

