from __future__ import annotations

from pathlib import Path

import pytest

from linter.document.read import parse_document
from linter.packs import load_knowledge
from linter.runner import lint_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SOURCE = SHARED / "source" / "ketamine-anxiety.txt"

pytest_plugins = ["cpu_budget"]

needs_source = pytest.mark.skipif(not SOURCE.is_file(), reason="../shared/source is not beside this checkout")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Tests never share (or leave behind) a result cache or memo."""
    monkeypatch.setenv("HEALTHLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("HEALTHLINT_USER_CACHE", str(tmp_path_factory.getbasetemp() / "user-cache"))


@pytest.fixture
def parsed(monkeypatch):
    """The sentences the trained pipeline parses from now on (in this process), as text."""
    from linter import grammar

    nlp = grammar.load(None)
    pipe = nlp.pipe
    texts: list[str] = []

    def counting(docs, **options):
        docs = list(docs)
        texts.extend(doc.text.strip() for doc in docs)
        return pipe(docs, **options)

    monkeypatch.setattr(nlp, "pipe", counting)
    return texts


@pytest.fixture(scope="session")
def knowledge():
    return load_knowledge()


@pytest.fixture
def lint(knowledge):
    """Findings for a draft given as text (Markdown unless the name says .txt)."""

    def run(text: str, name: str = "draft.md"):
        return lint_document(parse_document(text, name), knowledge)

    return run


def codes(findings, *, skip=("HL801",)):
    """(line, code) of each finding, leaving out draft-level disclaimers by default."""
    return [(f.line, f.code) for f in findings if f.code not in skip]


def graded(findings, *, skip=("HL801",)):
    """(line, code, severity) of each finding, leaving out draft-level disclaimers by default:
    what a reported claim's verdict (a warning, not an error) is judged on."""
    return [(f.line, f.code, f.severity) for f in findings if f.code not in skip]
