"""`healthlint init`: a commented `.healthlint.yaml` for an article repository, and the
pre-commit and GitHub Actions snippets for this copy of healthlint.

The snippets name the commit this copy was built from (linter/revision.py), which exists
wherever the repository is hosted; only a build that knows no commit names the release tag
`v<version>`, and says so. The README shows the snippets with the placeholder README_REVISION;
tests hold the two equal, so they cannot drift apart."""

from __future__ import annotations

from linter.revision import Revision, revision

CONFIG_NAME = ".healthlint.yaml"
REPOSITORY = "https://example.org/your-org/healthlint"  # a placeholder: where you host healthlint
ACTION = "your-org/healthlint"  # the same repository as a GitHub Action (action.yml at its root)

SOURCES = "sources"  # the folder of source articles the config names, when there is one

CONFIG = """\
# healthlint settings; every key is optional (README, "Configuration"). Paths are
# relative to this file.

# Folders of source articles: never linted as drafts, even when a hook passes
# their files; --format full quotes the sentence a fact rests on from them.
sources: [sources]

# Findings the repository already had, not reported again. Write it with
#   healthlint check --write-baseline .healthlint-baseline.json
# then uncomment:
# baseline: .healthlint-baseline.json

# Fact packs besides the bundled one:
# packs: [rules/my-pack.yaml]

# Which rules run: codes (HL201), prefixes (HL2), categories (approval) or ALL.
# select: [ALL]
# ignore: [HL203]
# per-file-ignores:
#   "drafts/archive/*.md": [disclaimer]
# severity: {HL801: error, overclaim: info}

# The lowest severity that makes the exit code 1 (error | warning | info).
# fail-on: warning

# What a directory search picks up, and what it leaves out.
# include: ["*.md", "*.markdown", "*.txt"]
# exclude: ["drafts/vendor/*"]
"""


def config(sources_exist: bool) -> str:
    """The config to write: `sources:` names the folder only where it exists (a missing one is
    a warning at every run); otherwise the line is commented out, with what to do."""
    if sources_exist:
        return CONFIG
    hint = (f"# There is no {SOURCES}/ folder here: put the source articles in one, then\n"
            f"# uncomment (or name their folder in HEALTHLINT_SOURCES):\n# sources: [{SOURCES}]\n")
    return CONFIG.replace(f"\nsources: [{SOURCES}]\n", "\n" + hint)


README_REVISION = Revision("<commit>", True)  # what the README shows in place of a commit id


def _rev_note(rev: Revision) -> str:
    """Why this `rev:`: the commit, or a tag only the host can vouch for."""
    if rev.commit:
        return "the commit this healthlint was built from"
    return "this build knows no commit: the release tag; use a commit sha if your host has no such tag"


def pre_commit_snippet(rev: Revision) -> str:
    return f"""\
# .pre-commit-config.yaml in your article repository
repos:
  - repo: {REPOSITORY}   # where you host this repository
    rev: {rev.rev}  # {_rev_note(rev)}
    hooks:
      - id: healthlint
        # args: [--fail-on, error]
"""


def actions_snippet(rev: Revision) -> str:
    return f"""\
# .github/workflows/healthlint.yml
name: healthlint
on: [push, pull_request]
permissions:
  contents: read
  security-events: write  # for the SARIF upload
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: {ACTION}@{rev.rev}  # where you host healthlint; {_rev_note(rev)}
        with:
          paths: .  # files or folders to lint, one per line
          sarif-file: healthlint.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()  # findings fail the step above; code scanning still gets them
        with: {{sarif_file: healthlint.sarif}}
"""


def snippets(rev: Revision | None = None) -> str:
    """What `init` prints: both snippets, ready to paste, for this copy's revision."""
    rev = rev or revision()
    return pre_commit_snippet(rev) + "\n" + actions_snippet(rev)
