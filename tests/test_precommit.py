"""The hook, run by the real pre-commit from a repository that points at this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from linter.init import REPOSITORY

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

GOOD = "# Ketamine\n\nKetamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n" \
       "Talk to your doctor before starting treatment.\n"
BAD = GOOD + "\nKetmaine can act within hours.\n"


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """An article repository whose .pre-commit-config.yaml is exactly the snippet `healthlint init`
    prints, but for `repo:`: a local clone of this repository (no network), which has the commit
    under test and no tag."""
    head = git("rev-parse", "HEAD", cwd=ROOT)
    host = tmp_path_factory.mktemp("healthlint")
    git("init", "-q", cwd=host)
    git("fetch", "-q", str(ROOT), head, cwd=host)
    repo = tmp_path_factory.mktemp("articles")
    git("init", "-q", cwd=repo)
    printed = subprocess.run([sys.executable, "-m", "linter", "init", "--print"], cwd=repo, check=True,
                             capture_output=True, text=True).stdout
    snippet = printed[:printed.index("\n\n") + 1]
    assert f"    rev: {head}  # the commit this healthlint was built from\n" in snippet
    (repo / ".pre-commit-config.yaml").write_text(snippet.replace(REPOSITORY, str(host)), encoding="utf-8")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")))
    return repo, env, head


def pre_commit(repo: Path, env: dict, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)


def test_manifest_matches_what_users_expect():
    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "healthlint" and hook["entry"] == "healthlint check"
    assert hook["language"] == "python" and hook["require_serial"] is True
    assert hook["types_or"] == ["markdown", "plain-text"]


def test_bad_draft_fails_the_hook_and_good_draft_passes(articles):
    repo, env, _ = articles
    (repo / "draft.md").write_text(BAD, encoding="utf-8")
    (repo / "notes.py").write_text("print('not a draft')\n", encoding="utf-8")
    git("add", "draft.md", "notes.py", ".pre-commit-config.yaml", cwd=repo)
    failed = pre_commit(repo, env, "run")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "draft.md:6:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine'" in failed.stdout
    assert "notes.py" not in failed.stdout

    (repo / "draft.md").write_text(GOOD, encoding="utf-8")
    git("add", "draft.md", cwd=repo)
    passed = pre_commit(repo, env, "run")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "healthlint" in passed.stdout and "Passed" in passed.stdout


def test_the_hook_pre_commit_built_knows_the_commit_it_came_from(articles):
    """pre-commit built the hook from its clone at that commit: that healthlint prints the same
    `rev:` (linter/_build.py, written by hatch_build.py), not a tag no host has."""
    repo, env, head = articles
    if not list(Path(env["PRE_COMMIT_HOME"]).glob("repo*/py_env-*/bin/healthlint")):
        assert pre_commit(repo, env, "install-hooks").returncode == 0
    [healthlint] = Path(env["PRE_COMMIT_HOME"]).glob("repo*/py_env-*/bin/healthlint")
    printed = subprocess.run([str(healthlint), "init", "--print"], cwd=repo, capture_output=True, text=True,
                             env={k: v for k, v in env.items() if not k.startswith("GIT_")})
    assert printed.returncode == 0, printed.stderr
    assert f"    rev: {head}  # the commit this healthlint was built from\n" in printed.stdout
