"""`healthlint pack extract`: a draft pack from a source article, measured against the curated one."""

from __future__ import annotations

import yaml

from conftest import SOURCE, needs_source
from linter.checks.side_effect import listed
from linter.cli import main
from linter.words import norm


def _ids(extracted: dict, curated) -> dict[str, str]:
    """Extracted id -> curated id, by any spelling they share."""
    spellings = {}
    for entry in curated.entries:
        for s in entry.spellings:
            spellings.setdefault(norm(s), entry.id)
    out = {}
    for section in ("drugs", "conditions", "uses"):
        for item in extracted.get(section, []):
            for s in [item["name"], *item.get("aliases", [])]:
                if norm(s) in spellings:
                    out[item["id"]] = spellings[norm(s)]
                    break
    return out


def fact_keys(pack, *, curated=None, extracted=None) -> set:
    """Comparable keys of every fact: approvals, time course, side effects, studies."""
    if curated is not None:
        keys = {("approval", a.drug, a.status, a.target) for a in curated.approvals}
        keys |= {("time", t.subject, t.aspect, str(t.lasting) if t.value is None else t.value) for t in
                 curated.time_course}
        keys |= {("effect", e.drug, e.name) for e in curated.side_effects}
        keys |= {("study", s.drug, s.year) for s in curated.studies}
        return keys
    return set()


@needs_source
def test_extraction_recovers_most_curated_facts(tmp_path, capsys, knowledge):
    from linter.quantities import compare, parse

    out = tmp_path / "draft.yaml"
    assert main(["pack", "extract", str(SOURCE), "-o", str(out)]) == 0
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    curated = knowledge.pack("ketamine")
    ids = _ids(draft, curated)
    m = lambda i: ids.get(i, i)  # noqa: E731
    found = set()
    for a in draft.get("approvals", []):
        found.add(("approval", m(a["drug"]), a["status"], m(a["for"])))
    effects_by_drug = {m(g["drug"]): [e["name"] for e in g["effects"]] for g in draft.get("side_effects", [])}
    for e in curated.side_effects:
        if any(listed(name, [e]) for name in effects_by_drug.get(e.drug, [])):
            found.add(("effect", e.drug, e.name))
    for t in curated.time_course:
        for d in draft.get("time_course", []):
            if m(d["subject"]) != t.subject or d["aspect"] != t.aspect:
                continue
            if t.value is None and d.get("lasting") == t.lasting:
                found.add(("time", t.subject, t.aspect, str(t.lasting)))
            elif t.value and d.get("value") and compare(parse(d["value"]), parse(t.value)) in (
                    "same", "narrower", "wider"):
                found.add(("time", t.subject, t.aspect, t.value))
    for s in draft.get("studies", []):
        found.add(("study", m(s["drug"]), s["year"]))
    wanted = fact_keys(None, curated=curated)
    recall = len(wanted & found) / len(wanted)
    print(f"\nextraction recall: {len(wanted & found)}/{len(wanted)} = {recall:.0%}; missed: "
          f"{sorted(wanted - found)}")
    assert recall >= 0.80


@needs_source
def test_extracted_pack_is_valid_and_usable(tmp_path, capsys):
    out = tmp_path / "draft.yaml"
    assert main(["pack", "extract", str(SOURCE), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Drafted by healthlint pack extract")
    assert main(["pack", "validate", str(out), "--sources", str(SOURCE.parent)]) == 0
    draft = tmp_path / "d.md"  # front matter picks the drafted pack alone
    draft.write_text("---\nsources: [ketamine-anxiety]\n---\nEsketamine is approved for depression.\n",
                     encoding="utf-8")
    assert main(["check", "--pack", str(out), str(draft), "--select", "approval"]) == 1
    assert "HL202" in capsys.readouterr().out


@needs_source
def test_check_against_a_source_directly(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("Ketamine is FDA-approved for anxiety.\n\nSSRIs can take 2 to 6 weeks to work.\n",
                     encoding="utf-8")
    assert main(["check", "--source", str(SOURCE), str(draft)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[2] for line in out] == ["HL201"]
    assert "(source line 3)" in out[0] or "(source line 34)" in out[0] or "(source line 38)" in out[0]
