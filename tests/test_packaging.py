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


def test_wheel_metadata_names_license_authors_urls_and_bounds(installed):
    """What a package index shows: the MIT license (with its text), who wrote it, where it
    lives (placeholders until it is published; see pyproject.toml), and upper bounds on the
    dependencies whose next major is known to break."""
    import zipfile
    from email.parser import Parser

    _, wheel = installed
    archive = zipfile.ZipFile(wheel)
    [meta_name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    meta = Parser().parsestr(archive.read(meta_name).decode("utf-8"))
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    license_text = archive.read(meta_name.replace("METADATA", "licenses/LICENSE")).decode("utf-8")
    assert license_text.startswith("MIT License") and "healthlint developers" in license_text
    assert meta["Author"] == "healthlint developers"
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL"))
    assert set(urls) == {"Homepage", "Documentation", "Source", "Issues"}
    assert all(u.startswith("https://") for u in urls.values())
    classifiers = meta.get_all("Classifier")
    assert "Programming Language :: Python :: 3.11" in classifiers and "Environment :: Console" in classifiers
    requires = {r.split(";")[0].replace(" ", "") for r in meta.get_all("Requires-Dist")}
    for bounded in ("spacy<3.9,>=3.8", "markdown-it-py<5,>=3.0", "jsonschema<5,>=4.18", "click<9,>=8.1",
                    "pyyaml<7,>=6.0", "rapidfuzz<4,>=3.0"):
        assert bounded in {r.lower() for r in requires}, requires
