"""Issue 13's "Done when": healthlint adopted on an article repository with legacy findings, end to
end, with the real git and pre-commit and the README's snippets: init, --write-baseline, a commit
that passes on the legacy findings, a new bad line that fails it, --add-suppressions, clean.

The snippets `healthlint init` prints (the README's, with the commit in place of its placeholder)
are used as printed, but for the `repo:` (there is no network): a local repository holding the
commit under test, with no tag (issue 21: the `rev:` init prints must exist as it is)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CLEAN = ("# {title}\n\nReaders asked about {topic}.\n\n"
         "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n"
         "Talk to your doctor before starting treatment.\n")
TOPICS = ["clinic visits", "costs", "waiting lists", "travel", "aftercare", "sleep", "diet", "work",
          "driving", "family", "questions to ask", "follow-up", "records", "consent", "insurance",
          "referrals", "second opinions", "support groups", "journaling", "exercise", "reading lists",
          "privacy", "interpreters", "accessibility", "feedback"]
LEGACY = {
    "drafts/legacy-typo.md": CLEAN.format(title="Ketamine", topic="spelling") + "\nKetmaine can act within hours.\n",
    "drafts/legacy-disclaimer.md": "# Ketamine infusions\n\nKetamine infusions can ease anxiety within hours.\n",
    "drafts/legacy-list.md": CLEAN.format(title="Ketamine", topic="lists")
    + "\nWhat readers noticed:\n\n- Ketmaine in the first item.\n- A second item.\n",
    "drafts/legacy-plain.txt": "Ketamine notes\n\nKetmaine works.\n"
    "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n"
    "Talk to your doctor before starting treatment.\n",
    "drafts/legacy-quote.md": CLEAN.format(title="Ketamine", topic="quotes") + "\n> A reader wrote:\n> Ketmaine helped.\n",
}
SOURCE = ("Ketamine and anxiety\n\nKetamine infusions can ease anxiety within hours in some studies.\n"
          "Ketmaine is how one early paper spelled it.\n")


def run(*args, cwd, env, check=True):
    done = subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if check and done.returncode != 0:
        raise AssertionError(f"{args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def readme_block(start: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if b.startswith(start)]
    return block


def test_adopting_healthlint_on_an_article_repository(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEALTHLINT_", "GIT_"))}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), HEALTHLINT_USER_CACHE=str(tmp_path / "memo"),
               GIT_AUTHOR_NAME="Editor", GIT_AUTHOR_EMAIL="editor@example.org",
               GIT_COMMITTER_NAME="Editor", GIT_COMMITTER_EMAIL="editor@example.org")
    healthlint = [sys.executable, "-m", "linter"]

    # Where healthlint is hosted: the commit under test, and no release tag.
    host = tmp_path / "healthlint"
    head = run("git", "rev-parse", "HEAD", cwd=ROOT, env=env).stdout.strip()
    run("git", "init", "-q", str(host), cwd=tmp_path, env=env)
    run("git", "fetch", "-q", str(ROOT), head, cwd=host, env=env)

    # The article repository: 30 drafts (5 with legacy findings), a folder of source articles,
    # and the README's snippets.
    repo = tmp_path / "articles"
    (repo / "drafts").mkdir(parents=True)
    (repo / "sources").mkdir()
    (repo / ".github" / "workflows").mkdir(parents=True)
    run("git", "init", "-q", cwd=repo, env=env)
    for n, topic in enumerate(TOPICS, start=1):
        (repo / "drafts" / f"note-{n:02}.md").write_text(CLEAN.format(title=f"Ketamine: {topic}", topic=topic),
                                                         encoding="utf-8")
    for name, text in LEGACY.items():
        (repo / name).write_text(text, encoding="utf-8")
    assert len(list((repo / "drafts").iterdir())) == 30
    (repo / "sources" / "ketamine-anxiety.txt").write_text(SOURCE, encoding="utf-8")

    # Day one, as the README says: init, its snippets pasted, then a baseline of today's findings.
    init = run(*healthlint, "init", cwd=repo, env=env)
    hook, workflow = init.stdout.split("\n\n# .github")
    hook, workflow = hook + "\n", "# .github" + workflow
    assert f"    rev: {head}  # the commit this healthlint was built from\n" in hook
    assert hook.replace(head, "<commit>") == readme_block("# .pre-commit-config.yaml")
    assert workflow.replace(head, "<commit>") == readme_block("# .github/workflows/healthlint.yml")
    (repo / ".pre-commit-config.yaml").write_text(
        hook.replace("https://example.org/your-org/healthlint", str(host)), encoding="utf-8")
    (repo / ".github" / "workflows" / "healthlint.yml").write_text(workflow, encoding="utf-8")
    legacy = run(*healthlint, "check", cwd=repo, env=env, check=False)
    assert legacy.returncode == 1
    assert {line.split(":")[0] for line in legacy.stdout.splitlines()} == set(LEGACY)  # sources/ is not linted
    run(*healthlint, "check", "--write-baseline", ".healthlint-baseline.json", cwd=repo, env=env)
    config = repo / ".healthlint.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "# baseline: .healthlint-baseline.json", "baseline: .healthlint-baseline.json"), encoding="utf-8")
    assert run(*healthlint, "check", cwd=repo, env=env).stdout == ""

    # The first commit, source articles and legacy drafts included, passes the real hook.
    run(sys.executable, "-m", "pre_commit", "install", cwd=repo, env=env)
    run("git", "add", "-A", cwd=repo, env=env)
    first = run("git", "commit", "-q", "-m", "Adopt healthlint", cwd=repo, env=env, check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "sources/ketamine-anxiety.txt" in run("git", "ls-files", cwd=repo, env=env).stdout

    # A new bad line fails the commit.
    draft = repo / "drafts" / "note-07.md"
    draft.write_text(draft.read_text(encoding="utf-8") + "\nKetamine is FDA-approved for anxiety.\n",
                     encoding="utf-8")
    run("git", "add", "drafts/note-07.md", cwd=repo, env=env)
    failed = run("git", "commit", "-q", "-m", "A new claim", cwd=repo, env=env, check=False)
    assert failed.returncode != 0
    assert "drafts/note-07.md:8:1: error HL201 Contradicts the source" in failed.stdout + failed.stderr

    # --add-suppressions writes the comment above it; the commit passes.
    run(*healthlint, "check", "--add-suppressions", cwd=repo, env=env)
    assert draft.read_text(encoding="utf-8").endswith(
        "treatment.\n\n<!-- healthlint-disable-next-line HL201,HL701 -->\nKetamine is FDA-approved for anxiety.\n")
    assert run("git", "status", "--porcelain", cwd=repo, env=env).stdout.split() == ["MM", "drafts/note-07.md"]  # only that draft changed
    run("git", "add", "drafts/note-07.md", cwd=repo, env=env)
    passed = run("git", "commit", "-q", "-m", "A new claim, suppressed", cwd=repo, env=env, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr

    # A legacy draft moved into archive/ takes its baselined findings along (issue 21): the hook,
    # which lints only the new path, still holds them, and the commit passes.
    (repo / "archive").mkdir()
    run("git", "mv", "drafts/legacy-list.md", "archive/legacy-list.md", cwd=repo, env=env)
    moved = run("git", "commit", "-q", "-m", "Archive a legacy draft", cwd=repo, env=env, check=False)
    assert moved.returncode == 0, moved.stdout + moved.stderr

    # The CI snippet's healthlint step: the action's own check script, with the snippet's
    # inputs, passes on the repository (healthlint on PATH, as the action's install step leaves it).
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    step = next(s for s in yaml.safe_load(workflow)["jobs"]["lint"]["steps"]
                if s.get("uses", "").startswith("your-org/healthlint@"))
    assert step["uses"] == f"your-org/healthlint@{head}"
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()} | step["with"]
    check = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "healthlint").write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m linter \"$@\"\n")
    (bin_dir / "healthlint").chmod(0o755)
    step_env = {name: str(inputs[expression.split(".")[1].split()[0]]) for name, expression in check["env"].items()}
    run("bash", "-e", "-c", check["run"], cwd=repo,
        env={**env, **step_env, "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}"})

    # healthlint clean removes the result cache the runs left, and only that.
    assert (repo / ".healthlint_cache").is_dir()
    cleaned = run(*healthlint, "clean", cwd=repo, env=env)
    assert cleaned.stderr == "healthlint: removed .healthlint_cache\n"
    assert not (repo / ".healthlint_cache").exists()
    assert run("git", "status", "--porcelain", "--ignored", cwd=repo, env=env).stdout.split() == [
        "??", "healthlint.sarif"]
