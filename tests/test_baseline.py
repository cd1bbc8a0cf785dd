"""--write-baseline and --baseline (and the `baseline:` setting): adopting healthlint on drafts
that already have findings, reporting only new ones."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED
from linter.cli import main

DRAFT = ("# Ketamine\n\nKetmaine can act within hours.\n"
         "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n"
         "Talk to your doctor before starting treatment.\n")
TYPO = "'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def test_write_baseline_records_findings_by_line_text_sorted_with_a_version(repo, capsys):
    (repo / "drafts" / "b.md").write_text(DRAFT + "\nKetmaine can act within hours.\n", encoding="utf-8")
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == "healthlint: recorded 3 findings of 2 drafts in baseline.json\n"
    assert (repo / "baseline.json").read_text(encoding="utf-8") == (
        '{\n  "version": 1,\n  "tool": "healthlint",\n  "findings": [\n'
        '    {"path": "drafts/a.md", "code": "HL101", "line_text": "Ketmaine can act within hours.", "count": 1},\n'
        '    {"path": "drafts/b.md", "code": "HL101", "line_text": "Ketmaine can act within hours.", "count": 2}\n'
        '  ]\n}\n')


def test_baseline_hides_old_findings_even_after_lines_are_added_above(repo, capsys):
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    draft = repo / "drafts" / "a.md"
    draft.write_text("# Ketamine\n\nA new first paragraph.\n\n" + DRAFT[len("# Ketamine\n\n"):]
                     .replace("Ketmaine can", "Ketmaine   can"), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 0
    assert capsys.readouterr().out == ""
    # A new finding is reported; the baseline's one is not.
    draft.write_text(draft.read_text(encoding="utf-8") + "\nKetmaine again.\n", encoding="utf-8")
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 1
    assert capsys.readouterr().out == f"drafts/a.md:9:1: error HL101 {TYPO}\n"


def test_a_repeated_line_is_counted(repo, capsys):
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    draft = repo / "drafts" / "a.md"
    draft.write_text(DRAFT + "\nKetmaine can act within hours.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 1
    assert capsys.readouterr().out == f"drafts/a.md:7:1: error HL101 {TYPO}\n"


def test_gone_entries_are_counted_once_on_stderr(repo, capsys):
    (repo / "drafts" / "b.md").write_text(DRAFT, encoding="utf-8")
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    (repo / "drafts" / "a.md").write_text(DRAFT.replace("Ketmaine", "Ketamine"), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == ("healthlint: note: 1 baseline entry no longer found; refresh baseline.json with "
                       "healthlint check --write-baseline baseline.json\n"
                       "All checks passed (2 files); 1 finding held by the baseline\n")
    # A run over other drafts (a pre-commit call) does not count a.md's entry as gone.
    assert main(["check", "drafts/b.md", "--baseline", "baseline.json"]) == 0
    assert capsys.readouterr().err == "All checks passed (1 file); 1 finding held by the baseline\n"


def test_baseline_setting_in_config_and_pyproject(repo, capsys):
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    capsys.readouterr()
    assert main(["check", "drafts"]) == 1  # no baseline named: everything is reported
    assert capsys.readouterr().out == f"drafts/a.md:3:1: error HL101 {TYPO}\n"
    (repo / ".healthlint.yaml").write_text("baseline: baseline.json\n", encoding="utf-8")
    assert main(["check", "drafts"]) == 0
    assert capsys.readouterr().out == ""
    (repo / ".healthlint.yaml").unlink()
    (repo / "pyproject.toml").write_text('[tool.healthlint]\nbaseline = "baseline.json"\n', encoding="utf-8")
    assert main(["check", "drafts"]) == 0
    assert capsys.readouterr().out == ""


def test_whole_draft_findings_are_keyed_without_a_line(repo, capsys):
    draft = repo / "drafts" / "a.md"
    draft.write_text("# Ketamine\n\nKetamine infusions can ease anxiety within hours.\n", encoding="utf-8")
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    entries = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert [(e["code"], e["line_text"], e["count"]) for e in entries] == [("HL801", "", 2)]
    draft.write_text("# Ketamine, retitled\n\nKetamine infusions can ease anxiety within hours.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 0


@pytest.mark.parametrize("content, message", [
    ("{not json", "baseline.json:1: not a healthlint baseline: malformed JSON: Expecting property name "
                  "enclosed in double quotes"),
    ('{"findings": []}', "baseline.json: not a healthlint baseline: top level: 'version' is a required property"),
    ('{"version": 1, "findings": [{"path": "a.md", "code": "HL101"}]}',
     "baseline.json: not a healthlint baseline: findings.0: 'line_text' is a required property"),
    # Issue 19: `true` equals 1 in Python, and was taken for version 1.
    ('{"version": true, "findings": []}', "baseline.json: not a healthlint baseline: version: 1 was expected"),
    ('{"version": 1, "findings": [{"path": "a.md", "code": "HL101", "line_text": "", "count": 0}]}',
     "baseline.json: not a healthlint baseline: findings.0.count: 0 is less than the minimum of 1"),
    ('{"version": 1, "findings": [{"path": "a.md", "code": "HL101", "line_text": "", "count": 1.0}]}',
     "baseline.json: not a healthlint baseline: 1.0 is not an integer"),
    ('{"version": 1, "findings": [{"path": "a.md", "code": "HL101", "line_text": "", "count": NaN}]}',
     "baseline.json: not a healthlint baseline: NaN is not an integer"),
    ('{"version": 1, "findings": [], "extra": 1}',
     "baseline.json: not a healthlint baseline: top level: unknown key ('extra' was unexpected)"),
    (b'{"version": 1, "findings": ["\xff"]}', "baseline.json: not a healthlint baseline: not valid UTF-8"),
    (None, "baseline.json: no such baseline file; write one with healthlint check --write-baseline baseline.json"),
])
def test_malformed_or_missing_baseline_is_one_line_exit_2(repo, capsys, content, message):
    if isinstance(content, bytes):
        (repo / "baseline.json").write_bytes(content)
    elif content is not None:
        (repo / "baseline.json").write_text(content, encoding="utf-8")
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == f"healthlint: error: {message}\n"


def test_write_baseline_refuses_what_it_cannot_combine_with(repo, capsys):
    assert main(["check", "drafts", "--write-baseline", "b.json", "--fix"]) == 2
    assert capsys.readouterr().err == "healthlint: error: --write-baseline cannot be combined with --fix or --diff\n"
    assert main(["check", "drafts", "--write-baseline", "b.json", "--add-suppressions"]) == 2
    assert capsys.readouterr().err == ("healthlint: error: --write-baseline and --add-suppressions "
                                       "cannot be combined\n")
    assert not (repo / "b.json").exists()


# --- issue 19: hostile baselines are one error line naming the file, never an internal error ---

@pytest.mark.parametrize("content, message", [
    # The json module recursed once a level: `internal error: RecursionError`, without the file.
    ('{"version": 1,\n"findings": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "baseline.json:2: not a healthlint baseline: nested more than 100 levels deep"),
    # int() refused it: `internal error: ValueError: Exceeds the limit (4300 digits)`.
    ('{"version": 1, "findings": [{"path": "drafts/a.md", "code": "HL101", "line_text": "", "count": '
     + "9" * 5000 + "}]}", "baseline.json: not a healthlint baseline: a number of 5,000 digits (at most 15)"),
    ('{"version": 1, "findings": [{"path": "drafts/a.md", "code": "HL101", "line_text": "", "count": 0.'
     + "5" * 5000 + "}]}", "baseline.json: not a healthlint baseline: 0.555555555555555555… is not an integer"),
    # A megabyte value where an entry belongs is quoted cut in the middle, not whole.
    ('{"version": 1, "findings": ["' + "x" * 1_000_000 + '"]}',
     "baseline.json: not a healthlint baseline: findings.0: '" + "x" * 98 + "…" + "x" * 35
     + "' is not of type 'object'"),
])
@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_hostile_baseline_is_one_line_naming_the_file(repo, capsys, content, message):
    (repo / "baseline.json").write_text(content, encoding="utf-8")
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 2
    assert capsys.readouterr() == ("", f"healthlint: error: {message}\n")


def test_brackets_and_digits_inside_strings_are_text(repo, capsys):
    line = "[" * 150 + " Ketmaine " + "9" * 50 + " {" * 150
    (repo / "drafts" / "a.md").write_text(f"{line}\n", encoding="utf-8")
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    capsys.readouterr()
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 0
    assert capsys.readouterr() == ("", "All checks passed (1 file); 1 finding held by the baseline\n")


def test_a_valid_baseline_is_validated_once_and_a_forged_memo_is_not_trusted(repo, capsys, monkeypatch):
    from linter import schemas, usercache
    from linter.bundle import rules_dir

    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 0
    capsys.readouterr()
    with monkeypatch.context() as patch:  # the same bytes again: not validated again
        patch.setattr(schemas, "schema_errors", lambda *args: pytest.fail("validated again"))
        assert main(["check", "drafts", "--baseline", "baseline.json"]) == 0
    bad = b'{"version": 2, "findings": []}'
    (repo / "baseline.json").write_bytes(bad)
    memo = usercache.folder() / "valid-baseline" / usercache.key(bad, (rules_dir() / "baseline.schema.json")
                                                                 .read_bytes())
    memo.write_bytes(b"0" * 64 + b"\ntrue")  # written by hand, or by another user
    capsys.readouterr()
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 2
    assert capsys.readouterr().err == "healthlint: error: baseline.json: not a healthlint baseline: version: " \
                                      "1 was expected\n"


# --- issue 21, item 5: baselines that tell the truth ---

OVERCLAIM = "Ketamine is completely risk-free.\n"  # HL601 at 6:13, a rule of another family than HL101
RISK = ("'completely risk-free' claims more certainty than the source, whose evidence is hedged: it says "
        "'may be an effective treatment', 'still researching', 'more research is necessary' (source lines 1, 69)")
NOTE = ("healthlint: note: {n} baseline entr{s} no longer found; refresh baseline.json with "
        "healthlint check --write-baseline baseline.json\n")


def entries_of(repo) -> list[tuple[str, str, str, int]]:
    data = json.loads((repo / "baseline.json").read_text(encoding="utf-8"))
    return [(e["path"], e["code"], e["line_text"], e["count"]) for e in data["findings"]]


@pytest.fixture
def two_rules(repo, capsys):
    """drafts/a.md and drafts/b.md, each with an HL101 and an HL601 finding, all in baseline.json."""
    for name in ("a.md", "b.md"):
        (repo / "drafts" / name).write_text(DRAFT + OVERCLAIM, encoding="utf-8")
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    assert capsys.readouterr().err == "healthlint: recorded 4 findings of 2 drafts in baseline.json\n"
    return repo


def test_no_baseline_ignores_the_configs_baseline(repo, capsys):
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 0
    (repo / ".healthlint.yaml").write_text("baseline: baseline.json\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "drafts", "--no-baseline"]) == 1
    assert capsys.readouterr() == (f"drafts/a.md:3:1: error HL101 {TYPO}\n",
                                   "1 file, 1 finding (1 error); 1 fixable with --fix\n")
    # An empty name no longer falls back to the config's baseline without a word.
    assert main(["check", "drafts", "--baseline", ""]) == 2
    assert capsys.readouterr() == ("", "healthlint: error: --baseline needs a file name; --no-baseline turns "
                                       "the baseline off\n")
    assert main(["check", "drafts", "--baseline", "baseline.json", "--no-baseline"]) == 2
    assert capsys.readouterr() == ("", "healthlint: error: --baseline and --no-baseline cannot be combined\n")


def test_summary_says_how_many_findings_the_baseline_holds(two_rules, capsys):
    assert main(["check", "drafts", "--baseline", "baseline.json"]) == 0
    assert capsys.readouterr() == ("", "All checks passed (2 files); 4 findings held by the baseline\n")
    draft = two_rules / "drafts" / "a.md"
    draft.write_text(draft.read_text(encoding="utf-8") + "\nKetmaine again.\n", encoding="utf-8")
    assert main(["check", "drafts/a.md", "--baseline", "baseline.json"]) == 1
    assert capsys.readouterr() == (f"drafts/a.md:8:1: error HL101 {TYPO}\n",
                                   "1 file, 1 finding (1 error); 1 fixable with --fix; "
                                   "2 findings held by the baseline\n")


def test_gone_counts_only_entries_of_rules_that_ran(two_rules, capsys):
    (two_rules / ".healthlint.yaml").write_text('per-file-ignores:\n  "drafts/b.md": [HL601]\n', encoding="utf-8")
    # Nothing was fixed: the rules left out of this run found nothing because they did not run.
    for options in (["--select", "HL6"], ["--ignore", "typo"], ["--select", "HL9"]):
        assert main(["check", "drafts/a.md", "--baseline", "baseline.json", *options]) == 0
        held = "; 1 finding held by the baseline" if options != ["--select", "HL9"] else ""
        assert capsys.readouterr() == ("", f"All checks passed (1 file){held}\n")
    # per-file-ignores: b.md's HL601 entry did not run, so it is not gone.
    assert main(["check", "drafts/b.md", "--baseline", "baseline.json"]) == 0
    assert capsys.readouterr() == ("", "All checks passed (1 file); 1 finding held by the baseline\n")
    # What is really gone is still said, for the rules that ran.
    draft = two_rules / "drafts" / "a.md"
    draft.write_text(DRAFT.replace("Ketmaine", "Ketamine") + OVERCLAIM, encoding="utf-8")
    assert main(["check", "drafts/a.md", "--baseline", "baseline.json", "--select", "HL6"]) == 0
    assert capsys.readouterr() == ("", "All checks passed (1 file); 1 finding held by the baseline\n")
    assert main(["check", "drafts/a.md", "--baseline", "baseline.json", "--select", "HL1"]) == 0
    assert capsys.readouterr() == ("", NOTE.format(n=1, s="y") + "All checks passed (1 file)\n")


def test_fix_and_diff_leave_held_findings_alone_and_count_nothing_gone(two_rules, capsys):
    draft = two_rules / "drafts" / "a.md"
    draft.write_text(draft.read_text(encoding="utf-8") + "\nKetmaine again.\n", encoding="utf-8")
    before = draft.read_bytes()
    # Only the new finding's fix; no "no longer found" for a preview.
    assert main(["check", "drafts", "--baseline", "baseline.json", "--diff"]) == 0
    out = capsys.readouterr()
    assert out.out == ("--- a/drafts/a.md\n+++ b/drafts/a.md\n@@ -5,4 +5,4 @@\n"
                       " Talk to your doctor before starting treatment.\n Ketamine is completely risk-free.\n"
                       " \n-Ketmaine again.\n+Ketamine again.\n")
    assert out.err == ""
    assert draft.read_bytes() == before
    assert main(["check", "drafts", "--baseline", "baseline.json", "--fix"]) == 0
    assert capsys.readouterr() == ("", "healthlint: fixed 1 file\n"
                                       "All checks passed (2 files); 4 findings held by the baseline\n")
    assert draft.read_text(encoding="utf-8") == DRAFT + OVERCLAIM + "\nKetamine again.\n"
    # Asked to, --fix fixes what the baseline holds too.
    assert main(["check", "drafts/a.md", "--fix", "--no-baseline"]) == 1
    assert capsys.readouterr() == (f"drafts/a.md:6:13: warning HL601 {RISK}\n",
                                   "healthlint: fixed 1 file\n1 file, 1 finding (1 warning)\n")
    assert draft.read_text(encoding="utf-8").startswith("# Ketamine\n\nKetamine can act within hours.\n")


def test_write_baseline_with_select_or_some_drafts_keeps_the_other_entries(two_rules, capsys):
    written = entries_of(two_rules)
    assert main(["check", "drafts", "--select", "HL9", "--write-baseline", "baseline.json"]) == 0
    assert capsys.readouterr().err == ("healthlint: recorded 0 findings of 0 drafts in baseline.json; kept 4 "
                                       "recorded before, of drafts or rules this run did not check\n")
    assert entries_of(two_rules) == written
    # a.md loses its overclaim; an HL6 run over a.md renews a.md's HL601 entry only.
    (two_rules / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    assert main(["check", "drafts/a.md", "--select", "HL6", "--write-baseline", "baseline.json"]) == 0
    assert capsys.readouterr().err == ("healthlint: recorded 0 findings of 0 drafts in baseline.json; kept 3 "
                                       "recorded before, of drafts or rules this run did not check\n")
    assert entries_of(two_rules) == [
        ("drafts/a.md", "HL101", "Ketmaine can act within hours.", 1),
        ("drafts/b.md", "HL101", "Ketmaine can act within hours.", 1),
        ("drafts/b.md", "HL601", "Ketamine is completely risk-free.", 1)]
    # A draft that could not be read keeps its entries.
    (two_rules / "drafts" / "b.md").write_bytes(b"Ketmaine \xff\n")
    assert main(["check", "drafts", "--write-baseline", "baseline.json"]) == 2
    assert capsys.readouterr().err == (
        "healthlint: error: drafts/b.md:1: not valid UTF-8 (byte 10); save the file as UTF-8\n"
        "healthlint: recorded 1 finding of 1 draft in baseline.json; kept 2 recorded before, of drafts or "
        "rules this run did not check\n")
    assert entries_of(two_rules) == [
        ("drafts/a.md", "HL101", "Ketmaine can act within hours.", 1),
        ("drafts/b.md", "HL101", "Ketmaine can act within hours.", 1),
        ("drafts/b.md", "HL601", "Ketamine is completely risk-free.", 1)]
    # A malformed file is not overwritten with part of the entries it should have kept.
    (two_rules / "baseline.json").write_text("{not json", encoding="utf-8")
    assert main(["check", "drafts/a.md", "--write-baseline", "baseline.json"]) == 2
    assert capsys.readouterr() == ("", "healthlint: error: baseline.json:1: not a healthlint baseline: malformed "
                                       "JSON: Expecting property name enclosed in double quotes (remove it to "
                                       "write a new baseline)\n")
    assert (two_rules / "baseline.json").read_text(encoding="utf-8") == "{not json"


def test_an_entry_follows_its_draft_through_a_rename(two_rules, capsys):
    (two_rules / "drafts" / "b.md").unlink()
    (two_rules / "archive").mkdir()
    (two_rules / "drafts" / "a.md").rename(two_rules / "archive" / "a.md")  # git mv
    (two_rules / "drafts" / "c.md").write_text("# Ketamine\n\nKetmaine can act within hours.\n"
                                               "Talk to your doctor before starting treatment.\n", encoding="utf-8")
    # archive/a.md holds a.md's findings; c.md, which matches one of b.md's two line texts, is new.
    assert main(["check", "drafts", "archive", "--baseline", "baseline.json"]) == 1
    assert capsys.readouterr() == (f"drafts/c.md:3:1: error HL101 {TYPO}\n",
                                   "2 files, 1 finding (1 error); 1 fixable with --fix; "
                                   "2 findings held by the baseline\n")
    # Written again, the entries are under the new name. Those of b.md, gone from disk, stay while
    # the run does not look in its folder (it may have moved somewhere not linted), then go.
    assert main(["check", "archive", "--write-baseline", "baseline.json"]) == 0
    assert capsys.readouterr().err == ("healthlint: recorded 2 findings of 1 draft in baseline.json; kept 2 "
                                       "recorded before, of drafts or rules this run did not check\n")
    assert entries_of(two_rules) == [
        ("archive/a.md", "HL101", "Ketmaine can act within hours.", 1),
        ("archive/a.md", "HL601", "Ketamine is completely risk-free.", 1),
        ("drafts/b.md", "HL101", "Ketmaine can act within hours.", 1),
        ("drafts/b.md", "HL601", "Ketamine is completely risk-free.", 1)]
    assert main(["check", "drafts", "archive", "--write-baseline", "baseline.json"]) == 0
    assert capsys.readouterr().err == "healthlint: recorded 3 findings of 2 drafts in baseline.json\n"
    assert entries_of(two_rules) == [
        ("archive/a.md", "HL101", "Ketmaine can act within hours.", 1),
        ("archive/a.md", "HL601", "Ketamine is completely risk-free.", 1),
        ("drafts/c.md", "HL101", "Ketmaine can act within hours.", 1)]


def test_a_draft_on_disk_is_never_taken_for_renamed(two_rules, capsys):
    (two_rules / "drafts" / "copy.md").write_text(DRAFT + OVERCLAIM, encoding="utf-8")
    assert main(["check", "drafts/copy.md", "--baseline", "baseline.json"]) == 1
    assert capsys.readouterr().out == (f"drafts/copy.md:3:1: error HL101 {TYPO}\n"
                                       f"drafts/copy.md:6:13: warning HL601 {RISK}\n")


@pytest.mark.skipif(not (SHARED / "schemas" / "sarif-schema-2.1.0.json").is_file(),
                    reason="../shared/schemas is not beside this checkout")
def test_sarif_marks_held_findings_unchanged_and_suppressed(two_rules, capsys):
    import jsonschema

    draft = two_rules / "drafts" / "a.md"
    draft.write_text(draft.read_text(encoding="utf-8") + "\nKetmaine again.\n", encoding="utf-8")
    assert main(["check", "drafts/a.md", "--baseline", "baseline.json", "--format", "sarif"]) == 1
    log = json.loads(capsys.readouterr().out)
    schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    results = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"], r["baselineState"],
                r.get("suppressions")) for r in log["runs"][0]["results"]]
    held = [{"kind": "external", "justification": "held by the baseline baseline.json"}]
    assert results == [("HL101", 3, "unchanged", held), ("HL601", 6, "unchanged", held), ("HL101", 8, "new", None)]
    # Other formats leave held findings out.
    assert main(["check", "drafts/a.md", "--baseline", "baseline.json", "--format", "json"]) == 1
    assert [(f["code"], f["line"]) for f in json.loads(capsys.readouterr().out)["findings"]] == [("HL101", 8)]


def test_an_editors_fix_of_standard_input_leaves_held_findings_alone(two_rules, capsys, monkeypatch):
    import io
    import sys

    buffer = DRAFT + OVERCLAIM + "\nKetmaine again.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(buffer.encode("utf-8"))))
    assert main(["check", "--stdin-filename", "drafts/a.md", "-", "--fix", "--baseline", "baseline.json"]) == 0
    assert capsys.readouterr() == (DRAFT + OVERCLAIM + "\nKetamine again.\n",
                                   "All checks passed (1 file); 2 findings held by the baseline\n")
