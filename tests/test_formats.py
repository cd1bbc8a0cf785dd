"""Every output format, as the tool that reads it expects."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from conftest import SHARED, SOURCE, needs_source
from linter.cli import main

DRAFT = "# Ketmaine\n\nEsketamine is approved for depression.\nTalk to your doctor before any treatment.\n"


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    (tmp_path / "clean.md").write_text("# Notes\n\nNothing to see.\n", encoding="utf-8")
    return path


def out_of(capsys, *args) -> str:
    main(["check", *args])
    return capsys.readouterr().out


def test_full_shows_line_caret_and_source_sentence(draft, capsys, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_SOURCES", str(SHARED / "source"))
    out = out_of(capsys, str(draft), "--format", "full")
    block = out.split("\n\n")[0].splitlines()
    assert block[0] == (f"{draft}:1:3: error HL101 [typo.misspelled-term] 'Ketmaine' looks like a misspelling "
                        "of 'Ketamine' (source line 14)")
    assert block[1:5] == ["  |", "1 | # Ketmaine", "  |   ^^^^^^^^", "  = fix: replace with 'Ketamine'"]
    if (SHARED / "source").is_dir():
        assert block[5].startswith("  = source, ketamine-anxiety.txt line 14: Ketamine is a dissociative")


def test_full_without_the_source_shows_what_the_pack_records_and_how_to_find_it(draft, capsys, monkeypatch):
    """The bundled pack's article is not shipped: a finding still says what the source line holds,
    in the pack's words, and once per article how to point healthlint at it."""
    monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    monkeypatch.chdir(draft.parent)
    out = out_of(capsys, "draft.md", "--format", "full")
    blocks = out.split("\n\n")
    assert blocks[0].splitlines()[5:] == [
        "  = source: ketamine-anxiety.txt line 14 (not found); the pack ketamine records: the source names the "
        "drug ketamine; the source names the term dissociative; calm and relaxed feelings is a side effect of ketamine",
        "  = hint: to quote the source, put ketamine-anxiety.txt in a folder named by `sources:` in the config or "
        "by HEALTHLINT_SOURCES"]
    assert blocks[1].splitlines()[0] == (
        "draft.md:3:1: warning HL202 [approval.broader-than-source] Broader than the source: the draft says "
        "'esketamine is approved for depression', but the source says only that esketamine is approved for "
        "treatment-resistant depression (source line 32)")
    assert blocks[1].splitlines()[4:] == [
        "  = source: ketamine-anxiety.txt line 32 (not found); the pack ketamine records: ketamine is approved for "
        "anesthesia; esketamine is approved for treatment-resistant depression (as a nasal spray)"]
    assert out.count("= hint:") == 1


@needs_source
def test_full_quotes_the_article_check_source_names(tmp_path, capsys, monkeypatch):
    """`check --source ARTICLE` named the article: its sentence is quoted, with no hint."""
    monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text("Ketamine is FDA-approved for anxiety.\n", encoding="utf-8")
    out = out_of(capsys, "--source", str(SOURCE), "--format", "full", "d.md")
    assert "  = source, ketamine-anxiety.txt line 38: Ketamine is not yet FDA-approved for the treatment" in out
    assert "not found" not in out and "= hint:" not in out


def test_a_sources_folder_the_config_names_that_does_not_exist_is_one_warning_a_run(draft, capsys, monkeypatch):
    monkeypatch.chdir(draft.parent)
    (draft.parent / ".healthlint.yaml").write_text("sources: [sources]\n", encoding="utf-8")
    assert main(["check", "--format", "full", "--no-cache", "draft.md", "clean.md"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"healthlint: warning: {draft.parent}/.healthlint.yaml:1: sources: folder 'sources' not found, "
                   "so no sentence is quoted from it (create it, or correct the setting)",
                   "2 files, 2 findings (1 error, 1 warning); 1 fixable with --fix"]
    (draft.parent / "sources").mkdir()
    assert main(["check", "--format", "full", "--no-cache", "draft.md", "clean.md"]) == 1
    assert capsys.readouterr().err == "2 files, 2 findings (1 error, 1 warning); 1 fixable with --fix\n"


@pytest.mark.parametrize("line, category, said", [
    (34, "approval", ("ketamine is used off-label for anxiety",)),
    (28, "duration", ("onset of reduced anxiety with SSRIs: 2 to 6 weeks", "onset of its effects with ketamine: within hours")),
    (67, "duration", ("duration of its reduction of OCD symptoms with ketamine in obsessive-compulsive disorder: "
                      "not long lasting",)),
    (92, "side-effect", ("vivid dreams is a side effect of ketamine (part of emergence phenomenon)",)),
    (40, "study", ("a 2023 study of ketamine: an analysis of historical data, on data from 2017 to 2020",)),
    (20, "contradiction", ("ketamine blocks N-methyl-D-aspartate",)),
    (69, "overclaim", ("the source is hedged: 'may be an effective treatment', 'still researching', "
                       "'more research is necessary'",)),
    (38, "disclaimer", ("a draft must state that this use is off-label (not FDA-approved)",)),
    (20, "typo", ("the source names the term N-methyl-D-aspartate",)),
    (38, "typo", ("the source names the condition psychiatric disorders", "the source names the condition anxiety",
                  "the source names the term psychiatric")),
    (2, "approval", ()),  # no fact rests on line 2
])
def test_every_kind_of_fact_is_stated_from_its_fields(line, category, said):
    from linter.facts import FactBook
    from linter.packs import load_knowledge

    assert FactBook(load_knowledge()).stated("ketamine-anxiety.txt", line, category) == (
        ("ketamine", said) if said else ("", ()))


def test_json_lines(draft, capsys):
    rows = [json.loads(line) for line in out_of(capsys, str(draft), "--format", "json-lines").splitlines()]
    assert [r["code"] for r in rows] == ["HL101", "HL202"]
    assert rows[1]["source_line"] == 32 and rows[1]["line"] == 3


def test_github_annotations(draft, capsys):
    out = out_of(capsys, str(draft), "--format", "github").splitlines()
    assert out[0] == (f"::error file={draft},line=1,col=3,endLine=1,endColumn=11,title=HL101::'Ketmaine' looks "
                      "like a misspelling of 'Ketamine' (source line 14)")
    assert out[1].startswith(f"::warning file={draft},line=3,col=1,endLine=3,endColumn=38,title=HL202::")


def test_junit_one_testcase_per_file(draft, capsys):
    root = ET.fromstring(out_of(capsys, str(draft.parent), "--format", "junit"))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {str(draft.parent / "clean.md"), str(draft)}
    assert cases[str(draft.parent / "clean.md")].find("failure") is None
    failure = cases[str(draft)].find("failure")
    assert failure.get("message") == "2 findings" and "HL202" in failure.text
    assert failure.get("type") == "HL101,HL202"  # every code the draft breaks, not the first only
    assert root.get("tests") == "2" and root.get("failures") == "1"


@pytest.mark.skipif(not (SHARED / "schemas" / "sarif-schema-2.1.0.json").is_file(),
                    reason="../shared/schemas is not beside this checkout")
def test_sarif_validates_against_the_official_schema(draft, capsys):
    import jsonschema

    log = json.loads(out_of(capsys, str(draft), "--format", "sarif"))
    schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"HL101", "HL202", "HL001"}
    typo = run["results"][0]
    assert typo["ruleId"] == "HL101" and rules[typo["ruleIndex"]]["id"] == "HL101"
    assert typo["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 3, "endLine": 1, "endColumn": 11}
    assert typo["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Ketamine"
    assert run["results"][1]["level"] == "warning"


def test_output_file_and_statistics(draft, capsys, tmp_path):
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    assert main(["check", str(draft), "--format", "json", "--output-file", str(target)]) == 1
    assert capsys.readouterr().out == ""
    assert len(json.loads(target.read_text())["findings"]) == 2
    assert out_of(capsys, str(draft), "--statistics") == (
        "    1  HL101  typo.misspelled-term\n    1  HL202  approval.broader-than-source\n")


@pytest.mark.parametrize("fmt", ["text", "full"])
def test_a_message_quoting_control_characters_stays_one_line(fmt):
    """A message quotes the draft's words; a control character among them must not split the
    line an editor parses, nor reach the terminal (an escape sequence could recolour or clear it)."""
    from linter.findings import Finding
    from linter.report import Report, render

    finding = Finding("d.md", 1, 1, 1, 5, "HL101", "typo.misspelled-term", "typo", "error",
                      "'Ket\x1b[2Jmaine' looks like\na misspelling")
    out = render(fmt, Report(findings=[finding], files=["d.md"]))
    assert "\x1b" not in out and "'Ket\\x1b[2Jmaine' looks like\\x0aa misspelling" in out
