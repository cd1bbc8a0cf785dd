"""Extract stage: claims reduced to pack ids, polarity and subject."""

from __future__ import annotations

import pytest

from linter.checks import EXTRACTORS
from linter.claims import extract
from linter.document.read import parse_document
from linter.nlp.annotate import pipeline


@pytest.fixture(scope="module")
def claims(knowledge):
    nlp = pipeline(knowledge)
    return lambda text: [(c.kind, c.subject, c.target, c.negated)
                         for c in extract(nlp.annotate(parse_document(text, "x.md")), EXTRACTORS)]


@pytest.mark.parametrize("text, expected", [
    ("The FDA approved a form of ketamine called esketamine for TRD.",
     [("approval", "esketamine", "trd", False)]),
    ("Ketamine is FDA-approved. It is not approved for OCD.",
     [("approval", "ketamine", None, False), ("approval", "ketamine", "ocd", True)]),
    ("SSRIs are approved for anxiety, but ketamine is not.",
     [("approval", "ssri", "anxiety", False), ("approval", "ketamine", "anxiety", True)]),
    ("Ketamine is approved as an anesthetic, as a sedative, or for pain relief.",
     [("approval", "ketamine", "anesthesia", False), ("approval", "ketamine", "sedation", False),
      ("approval", "ketamine", "pain-relief", False)]),
    ("Ketamine, approved as an anesthetic, shows promise for anxiety.",
     [("approval", "ketamine", "anesthesia", False)]),
    ("Healthcare professionals may use approved forms of ketamine to treat depression.", []),
    ("Doctors can prescribe ketamine off label for social anxiety.",
     [("off-label", "ketamine", "social-anxiety-disorder", False)]),
    ("Ketamine is unlicensed for GAD.", [("approval", "ketamine", "gad", True)]),
    ("Is esketamine approved for anxiety?", []),
])
def test_claims(claims, text, expected):
    assert claims(text) == expected
