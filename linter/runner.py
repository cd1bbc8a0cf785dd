"""Runs the stages in order for each file: read → annotate → extract → check."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from linter.document import DRAFT_SUFFIXES, Document, read_document
from linter.errors import UsageError
from linter.findings import Finding
from linter.packs import Knowledge


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0


def discover(paths: Iterable[str]) -> tuple[list[tuple[Path, str]], list[str]]:
    """Draft files under the given paths (sorted), and errors for paths that yield none."""
    files: list[tuple[Path, str]] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in DRAFT_SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            )
            if not found:
                errors.append(f"{raw}: no drafts (*.md, *.markdown, *.txt) found in this directory")
            files.extend((p, os.path.normpath(str(p))) for p in found)
        elif path.exists():
            files.append((path, raw))
        else:
            errors.append(f"{raw}: no such file or directory")
    return files, errors


def lint_document(document: Document, knowledge: Knowledge) -> list[Finding]:
    from linter.checks import CHECKS
    from linter.checks.base import Context
    from linter.claims import extract
    from linter.nlp import pipeline

    annotation = pipeline(knowledge).annotate(document)
    ctx = Context(document, annotation, extract(annotation), knowledge)
    findings = [finding for check in CHECKS for finding in check(ctx)]
    return sorted(set(findings), key=Finding.sort_key)


def lint_paths(paths: Iterable[str], knowledge: Knowledge) -> Result:
    files, errors = discover(paths)
    result = Result(errors=errors)
    for path, display in files:
        try:
            document = read_document(path, display)
        except UsageError as exc:
            result.errors.append(str(exc))
            continue
        result.files += 1
        result.findings.extend(lint_document(document, knowledge))
    result.findings.sort(key=Finding.sort_key)
    return result
