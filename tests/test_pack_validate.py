"""`healthlint pack validate`: every problem, at file:line:column."""

from __future__ import annotations

from conftest import ROOT, SOURCE, needs_source
from linter.cli import main

BROKEN = """kind: pack
pack: broken
source: ketamine-anxiety.txt
drugs:
  - {id: ketamine, name: ketamine, misspellings: [ketamin, mine], source: 14}
  - {id: other, name: Ketamine, source: 400}
conditions:
  - {id: anxiety, name: anxiety, parent: nowhere, source: 1}
approvals:
  - {drug: ketamine, status: approved, for: sleep, source: 1}
"""


@needs_source
def test_every_problem_is_reported_with_line_and_column(tmp_path, capsys):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    assert main(["pack", "validate", str(path), "--sources", str(SOURCE.parent)]) == 2
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:5:60: misspelling 'mine' is a real English word; it would be flagged everywhere",
        f"{path}:6:23: duplicate term 'Ketamine' (also at line 5)",
        f"{path}:6:41: source line 400 is outside the source article (105 lines) or blank",
        f"{path}:8:42: conditions[0].parent: unknown id 'nowhere'",
        f"{path}:10:45: approvals[0].for: unknown id 'sleep'",
    ]


def test_schema_violations_all_listed(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("kind: pack\npack: Bad Name\nsource: 3\ncolour: red\n", encoding="utf-8")
    assert main(["pack", "validate", str(path)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{path}:1:1: top level: unknown key ('colour' was unexpected)",
        f"{path}:2:7: pack: 'Bad Name' does not match '^[a-z0-9][a-z0-9-]*$'",
        f"{path}:3:9: source: 3 is not of type 'string'",
    ]


@needs_source
def test_bundled_pack_is_valid(capsys):
    assert main(["pack", "validate", str(ROOT / "rules" / "ketamine.yaml"), "--sources", str(SOURCE.parent)]) == 0


def test_missing_source_is_a_note_not_a_failure(tmp_path, capsys):
    path = tmp_path / "p.yaml"
    path.write_text("kind: pack\npack: p\nsource: nowhere.txt\n", encoding="utf-8")
    assert main(["pack", "validate", str(path)]) == 0
    captured = capsys.readouterr()
    assert "source article 'nowhere.txt' not found; `source:` lines not checked" in captured.err



FORMS = ("kind: pack\npack: forms\nsource: a.txt\ndrugs:\n  - {id: zan, name: zanoprine}\n"
         "forms:\n  - {drug: zan, form: nasal spray, route: nasal, setting: supervised, source: 1}\n")


def test_a_form_names_a_known_drug(tmp_path, capsys):
    path = tmp_path / "forms.yaml"
    path.write_text(FORMS + "  - {drug: nobody, form: pill, route: oral, source: 1}\n", encoding="utf-8")
    assert main(["pack", "validate", str(path)]) == 2
    assert capsys.readouterr().out.splitlines() == [f"{path}:8:12: forms[1].drug: unknown id 'nobody'"]


def test_a_form_has_a_known_route(tmp_path, capsys):
    path = tmp_path / "forms.yaml"
    path.write_text(FORMS + "  - {drug: zan, form: patch, route: skin, source: 1}\n", encoding="utf-8")
    assert main(["pack", "validate", str(path)]) == 2
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:8:37: forms.1.route: 'skin' is not one of ['nasal', 'intravenous', 'intramuscular', "
        "'sublingual', 'oral']"]
