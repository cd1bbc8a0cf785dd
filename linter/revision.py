"""Which revision of healthlint this is, for the `rev:` that `init` prints.

A built copy (wheel, sdist) carries `linter/_build.py`, written by the build hook
(hatch_build.py) with the commit it was built from, so a snippet names a revision the host
has whether or not anyone tagged a release. A checkout (an editable install) is its own
revision: git says which. With neither, only the release tag `v<version>` is left, and
`init` says so.

The build hook loads this file on its own (no package import at build time): it imports
only the standard library at the top."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Revision:
    rev: str  # what pre-commit's `rev:` and the action's `@` take
    commit: bool  # True: a commit id; False: the release tag, which the host must have created


def git_head(folder: Path) -> str | None:
    """The commit checked out in `folder` when it is the top of a git work tree (not a folder
    inside someone else's repository, such as an unpacked sdist), else None."""
    if not (folder / ".git").exists():
        return None
    # A build or hook may run inside `git commit`, with GIT_DIR or GIT_INDEX_FILE naming
    # another repository: git must look at this folder only.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    try:
        done = subprocess.run(["git", "rev-parse", "--verify", "HEAD^{commit}"], cwd=folder, env=env,
                              capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    head = done.stdout.strip()
    return head if done.returncode == 0 and len(head) in (40, 64) else None


def revision() -> Revision:
    from linter import __version__

    try:
        from linter._build import COMMIT as commit  # type: ignore[import-not-found]  # generated at build time
    except ImportError:
        commit = git_head(Path(__file__).resolve().parent.parent)
    return Revision(commit, True) if commit else Revision(f"v{__version__}", False)
