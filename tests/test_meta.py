"""Meta-tests: every rule is documented and has a firing and a silent example."""

from __future__ import annotations

import re

import pytest

from linter.bundle import schema
from linter.checks import CATEGORIES, FAMILIES, RULES
from linter.findings import SEVERITIES
from test_fixtures import DRAFTS, markers


def _all(kind):
    codes = set()
    for path in DRAFTS:
        codes |= {code for _, code in markers(path, kind)}
    return codes


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_firing_example(code):
    assert code in _all("expect"), f"{code} has no fixture line where it must fire"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_silent_example(code):
    assert code in _all("silent"), f"{code} has no fixture line where it must stay silent"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented(code):
    rule = RULES[code]
    assert re.fullmatch(r"HL\d{3}", rule.code)
    assert re.fullmatch(r"[a-z-]+\.[a-z-]+", rule.name)
    assert rule.name.split(".")[0] in (rule.category, rule.category.replace("-", ""))
    assert rule.category in CATEGORIES and rule.severity in SEVERITIES
    for section in ("What it flags:", "Why:", "Example (fires):", "Example (silent):", "Fix:"):
        assert section in rule.doc, f"{code} doc lacks '{section}'"


def test_codes_and_names_are_unique():
    names = [r.name for r in RULES.values()]
    assert len(set(names)) == len(names)
    assert sum(len(m.RULES) for f in FAMILIES for m in f.checks) == len(RULES)


def test_every_rule_is_of_its_familys_category():
    assert [r.code for f in FAMILIES for m in f.checks for r in m.RULES if r.category != f.category] == []


def test_every_fact_section_of_a_pack_is_some_familys():
    """A new kind of fact in the pack schema names the family that checks it (its `facts`)."""
    header = {"kind", "pack", "title", "source", "alignment"}
    entities = {"drugs", "conditions", "uses", "terms"}  # names every family reads, not facts
    facts = [section for f in FAMILIES for section in f.facts]
    assert len(facts) == len(set(facts))
    assert set(schema("pack.schema.json")["properties"]) == header | entities | set(facts)


def test_no_drug_or_condition_named_in_engine(knowledge):
    """Nothing in linter/ names a drug, condition or use: all of that lives in rules/."""
    from conftest import ROOT

    source = "\n".join(p.read_text(encoding="utf-8").lower() for p in (ROOT / "linter").rglob("*.py"))
    names = {e.name.lower() for e in knowledge.entries.values()}
    names |= {a.lower() for e in knowledge.entries.values() for a in e.aliases if len(a) > 4}
    leaked = sorted(n for n in names if re.search(rf"\b{re.escape(n)}\b", source))
    assert leaked == []
