"""Every fixture draft produces exactly the findings written beside its lines."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import FIXTURES
from linter.runner import lint_paths

MARKER = re.compile(r"<!--\s*(expect|silent):\s*([^>]*?)\s*-->")
DRAFTS = sorted(p for p in FIXTURES.rglob("*.md") if p.name != "README.md")


def markers(path, kind):
    """Counter of (line, code) for every `kind` marker in the draft."""
    found = Counter()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for m in MARKER.finditer(line):
            if m.group(1) == kind:
                for code in filter(None, (c.strip() for c in m.group(2).split(","))):
                    found[(number, code)] += 1
    return found


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture(path, knowledge):
    result = lint_paths([str(path)], knowledge)
    assert result.errors == []
    got = Counter((f.line, f.code) for f in result.findings)
    expected = markers(path, "expect")
    assert got == expected, "\n".join(
        f"{path.name}:{f.line}:{f.column} {f.code} {f.message}" for f in result.findings)


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_silent_markers_are_silent(path, knowledge):
    """A line marked silent for a code has no finding with that code."""
    result = lint_paths([str(path)], knowledge)
    got = {(f.line, f.code) for f in result.findings}
    assert not (got & set(markers(path, "silent")))


def test_fixtures_exist():
    assert len(DRAFTS) >= 8


TEXT_DRAFTS = sorted(FIXTURES.rglob("*.txt"))


@pytest.mark.parametrize("path", TEXT_DRAFTS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_plain_text_fixtures_are_clean(path, knowledge):
    """Plain-text drafts cannot carry markers; the ones here are correct and must stay silent."""
    result = lint_paths([str(path)], knowledge)
    assert result.errors == [] and result.findings == []
