"""The drug in discussion: a drug named in passing (compared with, in parentheses, as what
another is a form of) does not take over "it", "the drug" or a subjectless sentence."""

from __future__ import annotations

import pytest

from linter.checks import EXTRACTORS
from linter.claims import extract
from linter.claims.discussion import last_named, main_drug
from linter.cli import main
from linter.document.read import parse_document
from linter.nlp.annotate import pipeline


@pytest.fixture(scope="module")
def annotate(knowledge):
    nlp = pipeline(knowledge)
    return lambda text: nlp.annotate(parse_document(text, "x.md"))


def _subjects(ann, kind):
    return [c.subject for c in extract(ann, EXTRACTORS) if c.kind == kind]


@pytest.mark.parametrize("sentence", [
    "Unlike SSRIs, which take weeks, it works in hours.",
    "The lift comes within hours, which is very different from an SSRI.",
    "SSRIs, by contrast, take weeks.",
    "It acts fast, as SSRIs do not.",
    "It acts within hours (esketamine takes longer).",
])
def test_a_drug_named_in_passing_leaves_the_discussion(annotate, sentence):
    ann = annotate(f"Ketamine is given in a clinic. {sentence} It can cause hair loss.")
    named = last_named(ann)
    assert named[0] == "ketamine"
    assert named.get(1, "ketamine") == "ketamine"  # the sentence leaves the discussion as it was
    assert _subjects(ann, "side-effects") == ["ketamine"]


@pytest.mark.parametrize("text, subject", [
    ("Ketamine is given in a clinic. Unlike SSRIs, which take weeks, it is fast. It can cause hair loss.",
     "ketamine"),
    ("Ketamine acts within hours (esketamine takes longer). The medicine can cause hair loss.", "ketamine"),
    # a paragraph whose sentences are about esketamine keeps "it" = esketamine
    ("Ketamine is given in a clinic.\n\nEsketamine is a nasal spray. It can cause hair loss.", "esketamine"),
    ("# Ketamine for anxiety\n\nEsketamine is a nasal spray.\n\n## Side effects\n\n"
     "The medicine can cause hair loss.\n", "ketamine"),
    ("# Ketamine for anxiety\n\nKetamine is an infusion.\n\n## Esketamine\n\n"
     "The medicine can cause hair loss.\n", "esketamine"),
    # an FAQ's question heading goes on with the answer before it
    ("# Ketamine for anxiety\n\n## Is esketamine a spray?\n\nYes. Esketamine is a nasal spray.\n\n"
     "## Are there side effects?\n\nThe medicine can cause hair loss.\n", "esketamine"),
    ("# Ketamine for anxiety\n\nThe medicine can cause hair loss.\n", "ketamine"),
], ids=["comparator-then-it", "relative-in-parentheses", "esketamine-paragraph", "new-heading",
        "esketamine-heading", "question-heading", "nothing-named-yet"])
def test_the_drug_a_subjectless_claim_speaks_of(annotate, text, subject):
    assert _subjects(annotate(text), "side-effects") == [subject]


def test_a_comparator_as_the_subject_takes_the_discussion(annotate):
    # "SSRIs take weeks. They also cause nausea.": the next sentence is about SSRIs.
    ann = annotate("Ketamine is given in a clinic. SSRIs take weeks. It can cause hair loss.")
    assert last_named(ann)[1] == "ssri"
    assert _subjects(ann, "side-effects") == ["ssri"]


_INTRO = "# Ketamine for anxiety\n\nKetamine is given as an infusion in a clinic. Talk to your doctor before any treatment.\n\n"


@pytest.mark.parametrize("text, line", [
    ("The lift comes within hours, which is very different from an SSRI, where you wait weeks.\n\n"
     "The main thing people notice is blurred vision for an hour or so after the infusion.\n",
     "{d}:7:33: warning HL401 'blurred vision' is not among the side effects the source lists for ketamine "
     "(source line 83)\n"),
    ("Esketamine, by contrast, is a nasal spray. Its effects last for two years.\n",
     "{d}:5:65: error HL301 Differs from the source on how long the effect of ketamine lasts (the improvement "
     "in anxiety after a series of infusions): the source says a year, the draft says 'two years' "
     "(source line 40)\n"),
    ("Ketamine acts within hours (esketamine takes longer). It is FDA-approved for anxiety.\n",
     "{d}:5:55: error HL201 Contradicts the source: the draft says 'ketamine is approved for anxiety', but "
     "the source says ketamine is used off-label for anxiety (source line 34)\n"),
], ids=["side-effect", "duration", "approval"])
def test_claims_after_a_drug_named_in_passing(capsys, tmp_path, text, line):
    draft = tmp_path / "draft.md"
    draft.write_text(_INTRO + text, encoding="utf-8")
    assert main(["check", "--quiet", "--ignore", "HL801", str(draft)]) == 1
    assert capsys.readouterr().out == line.format(d=draft)


@pytest.mark.parametrize("text, main", [
    ("# Esketamine\n\nKetamine is an infusion. Ketamine is old. Esketamine is a spray.\n", "esketamine"),
    ("# Notes\n\nKetamine is an infusion. Ketamine is old. Esketamine is a spray.\n", "ketamine"),
    ("# Notes\n\nEsketamine is a spray. Ketamine is an infusion.\n", "esketamine"),
    ("# Notes\n\nUnlike esketamine, it is an infusion. Unlike esketamine, it is old. Ketamine is cheap.\n",
     "ketamine"),
], ids=["title", "most-named", "tie-first", "passing-not-counted"])
def test_main_drug(annotate, text, main):
    ann = annotate(text)
    assert main_drug(ann, last_named(ann)) == main

