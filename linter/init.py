"""`healthlint init`: a commented `.healthlint.yaml` for an article repository, and the
pre-commit and GitHub Actions snippets for this version of healthlint.

The snippets name the tag `v<version>`: the README tells the maintainer to create it on release
(and users to use a commit sha where their copy has no such tag); tests check that the README
shows exactly these snippets, so the two cannot drift apart."""

from __future__ import annotations

from linter import __version__

CONFIG_NAME = ".healthlint.yaml"
REPOSITORY = "https://example.org/your-org/healthlint"  # a placeholder: where you host healthlint
ACTION = "your-org/healthlint"  # the same repository as a GitHub Action (action.yml at its root)

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


def pre_commit_snippet(version: str = __version__) -> str:
    return f"""\
# .pre-commit-config.yaml in your article repository
repos:
  - repo: {REPOSITORY}   # where you host this repository
    rev: v{version}                                      # the release tag, or a commit sha
    hooks:
      - id: healthlint
        # args: [--fail-on, error]
"""


def actions_snippet(version: str = __version__) -> str:
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
      - uses: {ACTION}@v{version}  # where you host healthlint: the release tag, or a commit sha
        with:
          paths: .  # files or folders to lint, one per line
          sarif-file: healthlint.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()  # findings fail the step above; code scanning still gets them
        with: {{sarif_file: healthlint.sarif}}
"""


def snippets(version: str = __version__) -> str:
    """What `init` prints: both snippets, ready to paste."""
    return pre_commit_snippet(version) + "\n" + actions_snippet(version)
