"""CI hygiene: system packages come from .ci/run (its .ci/system-packages step), never from a
test; a test whose package is missing skips and says why."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from conftest import ROOT

SCRIPT = ROOT / ".ci" / "system-packages"


def _bin(tmp_path, with_chromium: bool):
    """A PATH holding only `id`, an `nvim`, a stand-in `apt-get` that logs its calls and, asked to
    install, puts a `chromium` on the PATH, and (if asked) a `chromium` already there."""
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "id").symlink_to(shutil.which("id"))
    log = tmp_path / "apt.log"
    (folder / "apt-get").write_text(
        f'#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> {log}\n'
        f'[ "$1" = install ] && printf "#!/bin/sh\\n" > {folder}/chromium && /bin/chmod +x {folder}/chromium\n'
        "exit 0\n")
    (folder / "apt-get").chmod(0o755)
    for name in ("nvim", "chromium") if with_chromium else ("nvim",):
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(0o755)
    return folder, log


def _run(folder):
    return subprocess.run(["/bin/bash", str(SCRIPT)], env={"PATH": str(folder)}, capture_output=True, text=True,
                          timeout=60)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs a POSIX system")
def test_system_packages_installs_chromium_when_missing(tmp_path):
    folder, log = _bin(tmp_path, with_chromium=False)
    done = _run(folder)
    assert done.returncode == 0, done.stderr
    if os.geteuid() == 0:
        assert log.read_text() == "noninteractive update -qq\nnoninteractive install -y -qq chromium\n"
        assert done.stderr == ".ci/system-packages: installed chromium\n"
    else:  # not root: nothing installed, and it says so
        assert not log.exists()
        assert "chromium missing and cannot be installed here" in done.stderr


def test_system_packages_leaves_an_installed_chromium_alone(tmp_path):
    folder, log = _bin(tmp_path, with_chromium=True)
    done = _run(folder)
    assert (done.returncode, done.stderr) == (0, "")
    assert not log.exists()


def test_ci_run_installs_system_packages_before_the_tests():
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    steps = [n for n, line in enumerate(lines) if line.startswith(".ci/system-packages")]
    tests = [n for n, line in enumerate(lines) if "pytest" in line and not line.startswith("#")]
    assert steps and tests and steps[0] < tests[0]


def test_no_test_installs_system_packages():
    calls = re.compile(r"""["'](apt-get|apt|dpkg|yum|dnf|apk|brew)["']""")
    offenders = [p.name for p in (ROOT / "tests").glob("*.py")
                 if p.name != "test_ci.py" and calls.search(p.read_text(encoding="utf-8"))]  # this one: a stand-in
    assert offenders == []


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="needs a POSIX system")
def test_system_packages_installs_every_missing_package_at_once(tmp_path):
    folder, log = _bin(tmp_path, with_chromium=True)
    (folder / "nvim").unlink()
    (folder / "apt-get").write_text(
        f'#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> {log}\n'
        f'[ "$1" = install ] && printf "#!/bin/sh\\n" > {folder}/nvim && /bin/chmod +x {folder}/nvim\n'
        "exit 0\n")
    done = _run(folder)
    assert done.returncode == 0, done.stderr
    if os.geteuid() == 0:
        assert log.read_text() == "noninteractive update -qq\nnoninteractive install -y -qq neovim\n"
        assert done.stderr == ".ci/system-packages: installed neovim\n"
    else:
        assert "neovim missing and cannot be installed here" in done.stderr


def test_review_page_test_skips_with_the_reason_when_chromium_is_missing(monkeypatch):
    import test_review

    monkeypatch.setenv("PATH", "")
    reason = r"chromium is not installed \(\.ci/run installs Debian's chromium package"
    with pytest.raises(pytest.skip.Exception, match=reason):
        test_review._chromium()


def test_ci_runs_the_readme_test_command_and_the_quick_start_keeps_two_environments():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme[readme.index("## Quick start"):readme.index("## Using it")]
    install_and_lint, install_and_test = re.findall(r"```sh\n(.*?)\n```", quick_start, re.S)
    assert install_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    # The lint command installs a copy; the tests need the editable install: never one .venv for both.
    venvs = [re.match(r"python3 -m venv (\S+) ", command).group(1) for command in (install_and_lint, install_and_test)]
    assert venvs[0] != venvs[1], venvs
