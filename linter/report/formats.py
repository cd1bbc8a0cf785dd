"""The output formats of `check --format`: one table, from which the command line's choices and
help, colour and the summary line are read (and which the README's format table follows, held
by tests/test_formats.py). Adding a format: CONTRIBUTING.md, "Adding an output format"."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Format:
    name: str
    module: str  # the writer, imported on first use: a plain check loads only the one it prints
    coloured: bool  # for people: coloured on a terminal, and followed by the summary line on stderr
    description: str  # one line, for `check --help` and the README


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", "linter.report.text", True, "one finding a line, as editors' error parsers read it (default)"),
    Format("full", "linter.report.full", True,
           "each finding with its draft line, a caret underline, the fix and the source sentence"),
    Format("json", "linter.report.json", False, "one JSON object: findings, errors and statistics"),
    Format("json-lines", "linter.report.json_lines", False, "one JSON object a line, per finding"),
    Format("sarif", "linter.report.sarif", False, "SARIF 2.1.0 with rule metadata and fixes, for code scanning"),
    Format("github", "linter.report.github", False, "GitHub Actions annotations on the diff"),
    Format("junit", "linter.report.junit", False, "JUnit XML, one testcase per draft"),
)}


def writer(name: str) -> ModuleType:
    """The module that writes format `name` (see linter/report/__init__.py for what it holds)."""
    return importlib.import_module(FORMATS[name].module)


def coloured(name: str) -> bool:
    return FORMATS[name].coloured


def help_text() -> str:
    """`--format`'s help: each format with its line."""
    return "Output format: " + "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values()) + "."
