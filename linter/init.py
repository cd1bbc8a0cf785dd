"""`healthlint init`: a commented `.healthlint.yaml` for an article repository, and the
pre-commit and GitHub Actions snippets for this version of healthlint.

The snippets name the tag `v<version>`: the README tells the maintainer to create it on release
(and users to use a commit sha where their copy has no such tag); tests check that the README
shows exactly these snippets, so the two cannot drift apart."""

from __future__ import annotations

from linter import __version__

CONFIG_NAME = ".healthlint.yaml"
REPOSITORY = "https://example.org/your-org/healthlint"  # a placeholder: where you host healthlint

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
  security-events: write
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {{python-version: "3.11"}}
      - run: pip install "healthlint @ git+{REPOSITORY}@v{version}"
      - run: healthlint check drafts/ --format sarif --output-file healthlint.sarif
        continue-on-error: true
      - uses: github/codeql-action/upload-sarif@v3
        with: {{sarif_file: healthlint.sarif}}
      - run: healthlint check drafts/ --format github   # annotations on the diff, and the job's exit code
"""


def snippets(version: str = __version__) -> str:
    """What `init` prints: both snippets, ready to paste."""
    return pre_commit_snippet(version) + "\n" + actions_snippet(version)
