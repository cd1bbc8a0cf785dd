"""`healthlint pack validate` warns on suspicious entries; `pack extract` names the schema
relative to the pack, so the file can be committed and validated anywhere."""

from __future__ import annotations

import json
import os

from conftest import ROOT
from linter.bundle import rules_dir
from linter.cli import main

ARTICLE = ROOT / "tests" / "packs" / "anxiety-medicines-source.txt"

SUSPICIOUS = """kind: pack
pack: w
source: anxiety-medicines-source.txt
drugs:
  - {id: lithium, name: lithium, source: 11}
conditions:
  - {id: gad, name: generalized anxiety disorder, source: 5}
  - {id: gad2, name: Generalised-anxiety disorder, source: 5}
  - {id: treat-anxiety, name: treat anxiety, aliases: [anxiety is common], source: 5}
studies:
  - {id: s, year: 2019, strength: study, drug: lithium, source: 11}
"""


def validate(capsys, *argv) -> tuple[int, str, str]:
    code = main(["pack", "validate", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_suspicious_entries_are_warnings(capsys, tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text(SUSPICIOUS, encoding="utf-8")
    warnings = (
        f"{path}:8:22: warning: 'Generalised-anxiety disorder' is the same name as 'generalized anxiety "
        "disorder' (line 7) for matching\n"
        f"{path}:9:31: warning: condition 'treat anxiety' reads as a verb phrase ('treat'); name the condition itself\n"
        f"{path}:9:56: warning: condition 'anxiety is common' reads as a verb phrase ('is'); "
        "name the condition itself\n"
        f"{path}:11:19: warning: study year 2019 is not on its source line 11\n"
        f"{path}: valid (4 warnings)\n")
    sources = ("--sources", str(ARTICLE.parent))
    assert validate(capsys, str(path), *sources) == (0, warnings, "")
    assert validate(capsys, str(path), *sources, "--strict") == (1, warnings, "")


def test_a_clean_pack_has_no_warnings_even_with_strict(capsys):
    pack = ROOT / "tests" / "packs" / "zanoprine.yaml"
    assert validate(capsys, str(pack), "--strict") == (0, f"{pack}: valid\n", "")


def test_an_empty_study_year_is_an_error_that_says_so(capsys, tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text(SUSPICIOUS.replace("year: 2019", "year: "), encoding="utf-8")
    code, out, _ = validate(capsys, str(path), "--sources", str(ARTICLE.parent))
    assert (code, out) == (2, f"{path}:11:18: studies.0.year: is empty; give a value\n")


def test_extracted_pack_names_its_schema_relatively_and_validates_from_elsewhere(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "repo" / "rules"
    folder.mkdir(parents=True)
    (folder / ARTICLE.name).write_bytes(ARTICLE.read_bytes())
    pack = folder / "medicines.yaml"
    monkeypatch.chdir(folder)
    assert main(["pack", "extract", ARTICLE.name, "-o", pack.name]) == 0
    text = pack.read_text(encoding="utf-8")
    assert text.splitlines()[1:3] == [
        "# Completion in editors: `healthlint pack schema -o pack.schema.json` beside this file.",
        "# yaml-language-server: $schema=./pack.schema.json"]
    assert "file:" not in text and str(rules_dir()) not in text and str(tmp_path) not in text
    assert not any(word.startswith(("/", "~")) or word[1:3] == ":\\" for word in text.split())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    relative = os.path.relpath(pack)
    assert validate(capsys, relative) == (0, f"{relative}: valid\n", "")
    # The schema the line names, written where it points.
    assert main(["pack", "schema", "-o", str(folder / "pack.schema.json")]) == 0
    assert json.loads((folder / "pack.schema.json").read_text(encoding="utf-8")) == json.loads(
        (rules_dir() / "pack.schema.json").read_text(encoding="utf-8"))
