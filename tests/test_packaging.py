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


def _head() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def _wheel(source: Path, out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(out), str(source)], check=True, capture_output=True)
    [wheel] = out.glob("healthlint-*.whl")
    return wheel


needs_git = pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(),
                               reason="needs git and a git checkout")


@needs_git
def test_the_installed_copy_prints_the_commit_it_was_built_from(installed, tmp_path):
    """Issue 21: `init`'s `rev:` is the commit the wheel was built from, not a tag no host has."""
    bin_dir, wheel = installed
    import zipfile

    assert f'COMMIT = "{_head()}"' in zipfile.ZipFile(wheel).read("linter/_build.py").decode("utf-8")
    printed = subprocess.run([str(bin_dir / "healthlint"), "init", "--print"], cwd=tmp_path, capture_output=True,
                             text=True)
    assert printed.returncode == 0, printed.stderr
    assert f"    rev: {_head()}  # the commit this healthlint was built from\n" in printed.stdout
    assert f"      - uses: your-org/healthlint@{_head()}  #" in printed.stdout


@needs_git
def test_a_wheel_from_the_sdist_keeps_the_commit_and_a_bare_copy_has_none(tmp_path):
    """Built offline from an sdist (no .git), the wheel keeps the commit the sdist recorded; from a
    copy with neither, it records none (and init falls back to the tag: tests/test_init.py)."""
    import tarfile
    import zipfile

    sdist = subprocess.run([sys.executable, "-c", "import sys; from hatchling.build import build_sdist; "
                            "print(build_sdist(sys.argv[1]))", str(tmp_path / "sdist")],
                           cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(tmp_path / "sdist" / sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    [unpacked] = (tmp_path / "unpacked").iterdir()
    assert not (unpacked / ".git").exists()
    wheel = _wheel(unpacked, tmp_path / "from-sdist")
    assert zipfile.ZipFile(wheel).read("linter/_build.py").decode("utf-8").endswith(f'COMMIT = "{_head()}"\n')

    (unpacked / "linter" / "_build.py").unlink()  # a bare copy of the source: no git, no record
    bare = _wheel(unpacked, tmp_path / "bare")
    assert "linter/_build.py" not in zipfile.ZipFile(bare).namelist()
