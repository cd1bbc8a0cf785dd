"""One word per idea (issue 13): `packs` for fact packs (front matter `packs:`), `sources` for
folders of source articles, `source_line` for a source article's line in JSON. The old spellings
are still read for one release, each reported once a run as deprecated."""

from __future__ import annotations

import json

from conftest import ROOT, SOURCE, needs_source
from linter.cli import main

PACK = ROOT / "tests" / "packs" / "zanoprine.yaml"
CLAIM = "Ketamine is FDA-approved for anxiety.\n"
WARNING = ("healthlint: warning: front matter 'sources:' is deprecated: write 'packs:' (the fact packs a draft is "
           "checked against); the old name is read until the next release\n")


def check(capsys, *args):
    code = main(["check", "--pack", str(PACK), "--select", "approval", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_front_matter_packs_chooses_the_packs(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("---\npacks: [zanoprine]\n---\n" + CLAIM, encoding="utf-8")
    assert check(capsys, draft) == (0, "", "All checks passed (1 file)\n")
    draft.write_text("---\npacks: [ketamine]\n---\n" + CLAIM, encoding="utf-8")
    code, out, err = check(capsys, draft, "-q")
    assert (code, out.split()[2], err) == (1, "HL201", "")


def test_old_front_matter_sources_is_read_and_reported_once_a_run(tmp_path, capsys):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("---\nsources: [zanoprine]\n---\n" + CLAIM, encoding="utf-8")
    # Read as before (only the zanoprine pack: no finding), and one warning for both drafts.
    assert check(capsys, tmp_path / "a.md", tmp_path / "b.md") == (0, "", WARNING + "All checks passed (2 files)\n")
    # Also when the findings come from the result cache.
    assert check(capsys, tmp_path / "a.md", tmp_path / "b.md", "-q") == (0, "", WARNING)
    (tmp_path / "b.md").write_text("---\npacks: [zanoprine]\n---\n" + CLAIM, encoding="utf-8")
    assert check(capsys, tmp_path / "b.md", "-q") == (0, "", "")  # the new name: no warning


def test_unknown_pack_in_front_matter_names_the_key_used(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("---\npacks: nope\n---\nText.\n", encoding="utf-8")
    assert check(capsys, draft)[2] == (f"healthlint: error: {draft}:2: unknown pack 'nope' "
                                       "(active packs: ketamine, zanoprine)\n")
    draft.write_text("---\nsources: {a: 1}\n---\nText.\n", encoding="utf-8")
    assert check(capsys, draft)[2] == f"healthlint: error: {draft}:2: front matter 'sources' must list pack names\n"


def test_json_and_sarif_name_the_source_line(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text(CLAIM, encoding="utf-8")
    [finding] = json.loads(check(capsys, draft, "--format", "json")[1])["findings"]
    assert finding["source_line"] == 34 and finding["source_file"] == "ketamine-anxiety.txt"
    assert list(finding)[-3:] == ["source_line", "source_file", "source"]  # `source`: deprecated, the same
    assert finding["source"] == finding["source_line"]
    [row] = [json.loads(line) for line in check(capsys, draft, "--format", "json-lines")[1].splitlines()]
    assert row == finding
    [result] = json.loads(check(capsys, draft, "--format", "sarif")[1])["runs"][0]["results"]
    assert result["properties"] == {"sourceLine": 34, "sourceFile": "ketamine-anxiety.txt", "source": 34}


@needs_source
def test_review_json_names_the_source_line(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text(CLAIM, encoding="utf-8")
    assert main(["review", str(draft), "--format", "json", "--sources", str(SOURCE.parent)]) == 1
    [claim] = json.loads(capsys.readouterr().out)["claims"]
    assert (claim["source_line"], claim["source"], claim["source_file"]) == (34, 34, "ketamine-anxiety.txt")
