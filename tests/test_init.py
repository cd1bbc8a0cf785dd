"""healthlint init: a commented config, and snippets for this version that the README shows too."""

from __future__ import annotations

import re

from conftest import ROOT
from linter import __version__
from linter.cli import main
from linter.config import load_settings
from linter.init import CONFIG, actions_snippet, pre_commit_snippet


def test_init_writes_a_commented_config_and_prints_the_snippets(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    out = capsys.readouterr()
    assert out.err == "healthlint: wrote .healthlint.yaml; add these to your repository:\n"
    assert out.out == pre_commit_snippet() + "\n" + actions_snippet()
    assert f"    rev: v{__version__} " in out.out
    assert f"uses: your-org/healthlint@v{__version__} " in out.out
    assert (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8") == CONFIG
    settings = load_settings()
    assert settings.sources == (str(tmp_path / "sources"),)


def test_every_commented_setting_is_valid_once_uncommented(tmp_path):
    config = tmp_path / ".healthlint.yaml"
    lines = [re.sub(r"^# (?=[a-z-]+:|  \")", "", line) for line in CONFIG.splitlines()]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = load_settings(str(config))
    assert settings.baseline == str(tmp_path / ".healthlint-baseline.json")
    assert settings.ignore == ("HL203",) and settings.fail_on == "warning"
    assert settings.per_file_ignores == (("drafts/archive/*.md", ("disclaimer",)),)


def test_init_refuses_to_overwrite_unless_forced(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".healthlint.yaml").write_text("ignore: [HL203]\n", encoding="utf-8")
    assert main(["init"]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == ("healthlint: error: .healthlint.yaml: exists already; edit it, or replace it with "
                       "healthlint init --force\n")
    assert (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8") == "ignore: [HL203]\n"
    assert main(["init", "--force"]) == 0
    assert (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8") == CONFIG


def test_readme_shows_the_snippets_init_prints_for_this_version():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert pre_commit_snippet() in blocks
    assert actions_snippet() in blocks
    revs = (re.findall(r"^\s*rev: (\S+)", readme, re.M) + re.findall(r"git\+\S+@(v[\w.]+)", readme)
            + re.findall(r"uses: your-org/healthlint@(\S+)", readme))
    assert revs and set(revs) == {f"v{__version__}"}
    # The README says how that tag comes to exist, and what to use where it does not.
    assert f"git tag v{__version__}" in readme and "commit sha" in readme
