"""The hook, run by the real pre-commit from a repository that points at this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

GOOD = "# Ketamine\n\nKetamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n" \
       "Talk to your doctor before starting treatment.\n"
BAD = GOOD + "\nKetmaine can act within hours.\n"


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    head = git("rev-parse", "HEAD", cwd=ROOT)
    repo = tmp_path_factory.mktemp("articles")
    git("init", "-q", cwd=repo)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head}\n    hooks:\n      - id: healthlint\n", encoding="utf-8")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")))
    return repo, env


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
    repo, env = articles
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
