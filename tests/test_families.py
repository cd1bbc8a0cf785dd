"""Issue 23: a claim family is one entry in the family registry (linter/checks/__init__.py). This
test adds one by the steps in CONTRIBUTING.md, "Adding a claim family": a "dose" family, with a
tiny extractor and check standing in for the modules of claims/ and checks/, over a synthetic
pack, and lints a draft through the runner."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType, ModuleType

import pytest

from linter import checks
from linter.checks import FAMILIES, Family, registry
from linter.checks.base import Context
from linter.claims import Claim
from linter.config import Settings
from linter.document.read import parse_document
from linter.findings import Rule
from linter.packs import bundled_language, knowledge_of, pack_from_data
from linter.runner import check_document

def _module(name: str, **attributes) -> ModuleType:
    """A module made here, standing in for a file of claims/ or checks/."""
    module = ModuleType(name)
    module.__dict__.update(attributes)
    return module


# Step 1, cue words (rules/language.yaml, in a real family): the unit a dose is given in.
UNITS = ("mg", "milligrams")
# Step 2, the facts (a pack section, `facts` of the entry): the source's dose of each drug, at a line.
DOSES = {"zorbamine": (40, 12)}


# Step 3, the extractor (claims/dose.py): "<drug> … <number> mg" is a dose claim.
def _dose_claims(ann, sentence, frames, before):
    found = []
    for cue in ann.cues_in(sentence.tok_start, sentence.tok_end, "dose-unit"):
        drug = ann.last_mention(sentence.tok_start, cue.tok_start, "drug")
        amount = ann.texts[cue.tok_start - 1] if cue.tok_start > sentence.tok_start else ""
        if drug and amount.isdigit():
            found.append(Claim("dose", drug.id, ann.starts[cue.tok_start - 1], cue.end, sentence.index,
                               target=amount))
    return found


DOSE_CLAIMS = _module("claims_dose", TRIGGERS=frozenset({"dose-unit"}), claims=_dose_claims)

# Step 4, the check (checks/dose.py) and its rule, documented as every rule is.
WRONG_DOSE = Rule("HL991", "dose.wrong-amount", "dose", "error", "A dose the source does not give.",
                  "What it flags: …\nWhy: …\nExample (fires): …\nExample (silent): …\nFix: …")


def _dose_check(ctx: Context):
    for claim in ctx.claims:
        if claim.kind == "dose" and claim.subject in DOSES:
            amount, line = DOSES[claim.subject]
            if int(claim.target) != amount:
                yield ctx.finding(WRONG_DOSE, claim.start, claim.end, f"the draft gives {claim.target} mg, "
                                  f"but the source gives {amount} mg", source=line, pack="zorba")


DOSE_CHECK = _module("checks_dose", RULES=(WRONG_DOSE,), check=_dose_check)

# Step 5, the entry.
DOSE = Family("dose", "dose", (DOSE_CHECK,), DOSE_CLAIMS, ("doses",))


@pytest.fixture
def zorba():
    """A synthetic pack naming one drug, with the bundled cues plus the dose unit."""
    language = bundled_language()
    language = dataclasses.replace(language, cues=MappingProxyType({**language.cues, "dose-unit": UNITS}))
    pack = pack_from_data({"kind": "pack", "pack": "zorba", "source": "zorba.txt",
                           "drugs": [{"id": "zorbamine", "name": "Zorbamine", "source": 3}]}, "zorba.yaml")
    return knowledge_of((pack,), language)


def _lint(text: str, knowledge) -> list[tuple]:
    found = check_document(parse_document(text, "draft.md"), knowledge, Settings())
    return [(f.line, f.column, f.end_column, f.code, f.category, f.severity, f.message) for f in found
            if f.category == "dose"]


DRAFT = "# Zorbamine\n\nZorbamine is taken at 80 mg a day.\n\nSome take Zorbamine at 40 mg.\n"


def test_a_family_registered_by_its_entry_is_linted_through_the_runner(zorba, monkeypatch):
    assert _lint(DRAFT, zorba) == []  # not registered: no dose claims, no dose check
    monkeypatch.setattr(checks, "REGISTRY", registry((*FAMILIES, DOSE)))
    assert _lint(DRAFT, zorba) == [
        (3, 23, 28, "HL991", "dose", "error",
         "the draft gives 80 mg, but the source gives 40 mg (source line 12)")]


def test_the_entry_adds_the_rule_the_category_and_the_cue_kinds():
    added = registry((*FAMILIES, DOSE))
    assert added.rules["HL991"] is WRONG_DOSE and "HL991" not in checks.RULES
    assert added.categories == (*checks.CATEGORIES, "dose")
    assert added.triggers == checks.TRIGGERS | {"dose-unit"}
    assert added.extractors == (*checks.EXTRACTORS, DOSE_CLAIMS)
    assert added.checks == (*checks.CHECKS, _dose_check)
