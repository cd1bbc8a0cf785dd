"""Packs: the bundled pack loads, every fact cites a real source line, errors name file and line."""

from __future__ import annotations

import pytest

from conftest import SOURCE, needs_source
from linter.errors import UsageError
from linter.bundle import rules_dir
from linter.packs import load_knowledge, load_pack


def test_bundled_pack_taxonomy(knowledge):
    assert knowledge.lineage("gad") == ("gad", "anxiety", "psychiatric-disorder")
    assert knowledge.lineage("trd") == ("trd", "depression", "psychiatric-disorder")
    assert knowledge.within("agoraphobia", "anxiety")
    assert not knowledge.within("anxiety", "depression")
    assert knowledge.within("ptsd", "psychiatric-disorder")  # vocabulary placed in the taxonomy
    statuses = {(a.drug, a.status, a.target) for a in knowledge.approvals}
    assert ("esketamine", "approved", "trd") in statuses
    assert ("ketamine", "not-approved", "psychiatric-disorder") in statuses
    assert ("ketamine", "off-label", "anxiety") in statuses


@needs_source
def test_every_fact_cites_a_line_of_the_source(knowledge):
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    pack = knowledge.pack("ketamine")
    cited = [e.source for e in pack.entries if e.source] + [a.source for a in pack.approvals]
    cited += [d.source for d in pack.disclaimers if d.source]
    cited += [f.source for f in pack.time_course + pack.side_effects + pack.studies]
    cited += list(pack.certainty.source)
    assert len(cited) > 60
    assert all(1 <= n <= len(lines) and lines[n - 1].strip() for n in cited)


@needs_source
def test_pack_copies_no_sentence_of_the_source():
    """Facts carry over, sentences do not: no run of 8 source words appears in the pack."""
    source = SOURCE.read_text(encoding="utf-8").lower().split()
    pack = (rules_dir() / "ketamine.yaml").read_text(encoding="utf-8").lower()
    pack = " ".join(pack.split())
    runs = {" ".join(source[i:i + 8]) for i in range(len(source) - 7)}
    assert [r for r in runs if r in pack] == []


def test_duplicate_and_conflicting_ids(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("kind: pack\npack: d\nsource: s.txt\ndrugs:\n  - {id: a, name: a, source: 1}\n"
                    "  - {id: a, name: b, source: 2}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"dup.yaml:6:10: duplicate id 'a'"):
        load_pack(path)
    other = tmp_path / "other.yaml"
    other.write_text("kind: pack\npack: o\nsource: s.txt\ndrugs:\n  - {id: ketamine, name: k, source: 1}\n",
                     encoding="utf-8")
    merged = load_knowledge((str(other),))  # a second source on the same drug: both apply
    assert merged.entries["ketamine"].pack == "ketamine"
    same_name = tmp_path / "same.yaml"
    same_name.write_text("kind: pack\npack: ketamine\nsource: s.txt\n", encoding="utf-8")
    with pytest.raises(UsageError, match="pack name 'ketamine' is used by another active pack"):
        load_knowledge((str(same_name),))


def test_not_a_pack(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(UsageError, match="x.yaml:1:1: not a fact pack"):
        load_pack(path)
