"""healthlint init: a commented config, and snippets for this copy's revision that the README
shows too (with a placeholder for the commit)."""

from __future__ import annotations

import re
import subprocess
import sys
import types

import pytest

from conftest import ROOT
from linter import __version__
from linter.cli import main
from linter.config import load_settings
from linter.init import CONFIG, README_REVISION, actions_snippet, config, pre_commit_snippet, snippets
from linter.revision import Revision


def head() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def test_init_writes_a_commented_config_and_prints_the_snippets(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    assert main(["init"]) == 0
    out = capsys.readouterr()
    assert out.err == "healthlint: wrote .healthlint.yaml; add these to your repository:\n"
    rev = Revision(head(), True)  # this checkout is the installed copy (an editable install)
    assert out.out == pre_commit_snippet(rev) + "\n" + actions_snippet(rev)
    assert f"    rev: {head()}  # the commit this healthlint was built from\n" in out.out
    assert f"uses: your-org/healthlint@{head()}  # where you host healthlint; the commit" in out.out
    assert (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8") == CONFIG
    settings = load_settings()
    assert settings.sources == (str(tmp_path / "sources"),)


def test_init_names_no_sources_folder_that_does_not_exist(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    written = (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8")
    assert written == config(sources_exist=False)
    assert "\nsources:" not in written
    assert ("# There is no sources/ folder here: put the source articles in one, then\n"
            "# uncomment (or name their folder in HEALTHLINT_SOURCES):\n# sources: [sources]\n") in written
    assert load_settings().sources == ()
    assert main(["check", "--show-settings"]) == 0
    assert capsys.readouterr().err == "healthlint: wrote .healthlint.yaml; add these to your repository:\n"


@pytest.mark.parametrize("sources_exist", [True, False])
def test_every_commented_setting_is_valid_once_uncommented(tmp_path, sources_exist):
    path = tmp_path / ".healthlint.yaml"
    lines = [re.sub(r"^# (?=[a-z-]+:|  \")", "", line) for line in config(sources_exist).splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    settings = load_settings(str(path))
    assert settings.baseline == str(tmp_path / ".healthlint-baseline.json")
    assert settings.ignore == ("HL203",) and settings.fail_on == "warning"
    assert settings.per_file_ignores == (("drafts/archive/*.md", ("disclaimer",)),)
    assert settings.sources == (str(tmp_path / "sources"),)


def test_init_again_leaves_the_config_and_still_prints_the_snippets(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".healthlint.yaml").write_text("ignore: [HL203]\n", encoding="utf-8")
    assert main(["init"]) == 2
    out = capsys.readouterr()
    assert out.out == snippets()
    assert out.err == ("healthlint: error: .healthlint.yaml: exists already, left as it is (edit it, or replace "
                       "it with healthlint init --force); the snippets follow, and healthlint init --print "
                       "prints them alone\n")
    assert (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8") == "ignore: [HL203]\n"
    assert main(["init", "--force"]) == 0
    assert (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8") == config(sources_exist=False)


def test_init_print_prints_the_snippets_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["init", "--print"]) == 0
    out = capsys.readouterr()
    assert out.out == snippets() and out.err == ""
    assert list(tmp_path.iterdir()) == []
    (tmp_path / ".healthlint.yaml").write_text("ignore: [HL203]\n", encoding="utf-8")
    assert main(["init", "--print"]) == 0
    assert capsys.readouterr().out == snippets()
    assert main(["init", "--print", "--force"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err == "healthlint: error: --print writes nothing; it cannot be combined with --force\n"
    assert (tmp_path / ".healthlint.yaml").read_text(encoding="utf-8") == "ignore: [HL203]\n"


def test_a_built_copy_names_its_build_commit_and_one_without_names_the_tag(monkeypatch, capsys):
    built = types.ModuleType("linter._build")
    built.COMMIT = "0" * 40
    monkeypatch.setitem(sys.modules, "linter._build", built)
    assert main(["init", "--print"]) == 0
    out = capsys.readouterr().out
    assert f"    rev: {'0' * 40}  # the commit this healthlint was built from\n" in out
    assert f"uses: your-org/healthlint@{'0' * 40}  #" in out

    monkeypatch.setitem(sys.modules, "linter._build", None)  # no build file: import fails
    monkeypatch.setattr("linter.revision.git_head", lambda folder: None)  # and no checkout
    assert main(["init", "--print"]) == 0
    out = capsys.readouterr().out
    assert (f"    rev: v{__version__}  # this build knows no commit: the release tag; use a commit sha if "
            "your host has no such tag\n") in out
    assert f"uses: your-org/healthlint@v{__version__}  # where you host healthlint; this build knows no commit" in out


def test_git_head_is_the_checkouts_own_never_an_enclosing_repositorys(tmp_path, monkeypatch):
    from linter.revision import git_head

    commit = head()
    assert git_head(ROOT) == commit
    assert git_head(ROOT / "linter") is None  # a folder inside a work tree is no checkout of its own
    monkeypatch.setenv("GIT_DIR", str(tmp_path))  # as inside `git commit`: another repository
    assert git_head(ROOT) == commit


def test_readme_shows_the_snippets_init_prints_with_a_placeholder_commit():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    assert pre_commit_snippet(README_REVISION) in blocks
    assert actions_snippet(README_REVISION) in blocks
    assert snippets().replace(head(), "<commit>") == snippets(README_REVISION)
    revs = (re.findall(r"^\s*rev: (\S+)", readme, re.M) + re.findall(r"git\+\S+@(\S+)", readme)
            + re.findall(r"uses: your-org/healthlint@(\S+)", readme))
    assert revs and set(revs) == {"<commit>"}
    # The README says where the commit comes from, and what a build without one prints.
    assert "healthlint init --print" in readme and "git rev-parse HEAD" in readme
    assert f"git tag v{__version__}" in readme and "`v<version>`" in readme
