"""A non-editable install finds the bundled packs from any working directory."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv with the built wheel installed; dependencies come from this environment."""
    base = tmp_path_factory.mktemp("pkg")
    wheels = base / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    [wheel] = wheels.glob("healthlint-*.whl")
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    # Dependencies (spaCy and friends) from the test environment, without its copy of linter.
    purelib = subprocess.run([str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    return bin_dir, wheel


def test_wheel_ships_the_bundled_rules(installed):
    _, wheel = installed
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "linter/rules/ketamine.yaml" in names
    assert "linter/rules/language.yaml" in names
    assert "linter/rules/pack.schema.json" in names


def test_installed_command_lints_from_another_directory(installed, tmp_path):
    bin_dir, _ = installed
    draft = tmp_path / "draft.md"
    shutil.copy(FIXTURES / "approval" / "fda-status-wrong.md", draft)
    where = subprocess.run([str(bin_dir / "python"), "-c", "import linter.packs as p; print(p.rules_dir())"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(bin_dir.parent)), where
    out = subprocess.run([str(bin_dir / "healthlint"), "check", "draft.md"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert out.returncode == 1, out.stderr
    assert out.stdout.startswith("draft.md:3:1: error HL201 Contradicts the source")
