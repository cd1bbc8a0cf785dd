"""The source article agrees with itself: linted as it is, only its four real faults show."""

from __future__ import annotations

from conftest import SOURCE, needs_source
from linter.cli import main


@needs_source
def test_source_article_has_exactly_its_four_known_findings(capsys):
    assert main(["check", str(SOURCE), "--format", "text"]) == 1
    lines = capsys.readouterr().out.splitlines()
    located = [line.split(": ", 2)[0] + " " + line.split(" ")[2] for line in lines]
    assert located == [
        f"{SOURCE}:1:1 HL801",
        f"{SOURCE}:32:214 HL101",
        f"{SOURCE}:34:213 HL102",
        f"{SOURCE}:79:1 HL901",
    ]
    assert "consult a healthcare professional" in lines[0]
    assert "'Esktamine' looks like a misspelling of 'Esketamine'" in lines[1]
    assert "possessive 'its'" in lines[2]


@needs_source
def test_source_claims_are_all_supported(knowledge):
    """Every approval claim the extractor finds in the source is judged supported."""
    from linter.checks import EXTRACTORS
    from linter.checks.approval import judge
    from linter.claims import APPROVAL_KINDS, extract
    from linter.document.read import read_document
    from linter.nlp.annotate import pipeline

    ann = pipeline(knowledge).annotate(read_document(SOURCE))
    claims = [c for c in extract(ann, EXTRACTORS) if c.kind in APPROVAL_KINDS]
    assert len(claims) >= 8  # the source makes many approval claims; all must pass
    assert [c for c in claims if judge(c, knowledge)[0]] == []
