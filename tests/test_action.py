"""action.yml, the composite GitHub Action: its inputs reach the shell as data, never as code.

The shell steps are run here as GitHub runs them (`bash -e {0}` with the step's `env:` filled
from the inputs), first with stand-ins for python3 and healthlint that record their arguments,
then with the real healthlint over fixtures.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = {step.get("id"): step for step in ACTION["runs"]["steps"]}
HOSTILE = ["it's \"quoted\"", "$(touch pwned-dollar)", "`touch pwned-tick`", "a; touch pwned-semi",
           "-rf", "spaces  and\ttabs", "${HOME}", "drafts/*.md"]

# A stand-in that records its arguments, one per NUL-terminated record, and exits 0.
RECORDER = """#!/usr/bin/env python3
import os, sys
with open(os.environ["RECORD"], "ab") as out:
    out.write(b"\\0".join(a.encode() for a in [os.path.basename(sys.argv[0])] + sys.argv[1:]) + b"\\n")
"""
# python3 -m venv DIR makes DIR/bin/python a recorder too.
FAKE_PYTHON = RECORDER + """
if sys.argv[1:3] == ["-m", "venv"]:
    os.makedirs(os.path.join(sys.argv[3], "bin"), exist_ok=True)
    target = os.path.join(sys.argv[3], "bin", "python")
    with open(__file__) as me, open(target, "w") as copy:
        copy.write(me.read())
    os.chmod(target, 0o755)
"""


def run_step(step_id: str, inputs: dict, tmp_path: Path, path_dirs=(), **extra_env) -> subprocess.CompletedProcess:
    """The step's script as GitHub runs it, its `env:` filled from `inputs` (by expression)."""
    step = STEPS[step_id]
    env = {"PATH": os.pathsep.join([*map(str, path_dirs), os.environ["PATH"]]), "HOME": str(tmp_path),
           "GITHUB_OUTPUT": str(tmp_path / "output"), "GITHUB_PATH": str(tmp_path / "path"),
           "RUNNER_TEMP": str(tmp_path / "runner temp"), "RECORD": str(tmp_path / "record"), **extra_env}
    for name, expression in step.get("env", {}).items():
        key = re.fullmatch(r"\$\{\{ (inputs|github)\.([\w-]+) \}\}", expression)
        assert key, f"{name}: {expression}"
        env[name] = inputs.get(key.group(2), ACTION["inputs"].get(key.group(2), {}).get("default", ""))
    (tmp_path / "runner temp").mkdir(exist_ok=True)
    return subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True)


def recorded(tmp_path: Path) -> list[list[str]]:
    return [line.split("\0") for line in (tmp_path / "record").read_text().splitlines()]


def stand_ins(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, script in (("python3", FAKE_PYTHON), ("healthlint", RECORDER)):
        (bin_dir / name).write_text(script.replace("/usr/bin/env python3", sys.executable))
        (bin_dir / name).chmod(0o755)
    return bin_dir


def test_the_action_is_composite_with_the_documented_inputs():
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "format", "sarif-file", "config", "fail-on", "version"} <= set(ACTION["inputs"])
    assert ACTION["inputs"]["format"]["default"] == "github"  # annotations by default


def test_no_expression_stands_inside_a_script():
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"], step.get("id")
            assert step["shell"] == "bash"


def test_a_hostile_version_and_action_path_are_one_argument_each(tmp_path):
    bin_dir = stand_ins(tmp_path)
    for value in HOSTILE:
        (tmp_path / "record").unlink(missing_ok=True)
        result = run_step("install", {"version": value, "action_path": value}, tmp_path, [bin_dir])
        assert result.returncode == 0, result.stderr
        calls = recorded(tmp_path)
        assert calls[-1][-2:] == ["--", value]
        result = run_step("install", {"version": "", "action_path": value}, tmp_path, [bin_dir])
        assert recorded(tmp_path)[-1][-2:] == ["--", value]
    assert not list(tmp_path.glob("pwned*"))


def test_hostile_paths_config_and_sarif_file_are_data(tmp_path):
    bin_dir = stand_ins(tmp_path)
    inputs = {"paths": "\n".join(HOSTILE) + "\n\n", "config": HOSTILE[1], "sarif-file": HOSTILE[0],
              "fail-on": "warning", "format": HOSTILE[3]}
    result = run_step("check", inputs, tmp_path, [bin_dir])
    assert result.returncode == 0, result.stderr
    sarif_run, main_run = recorded(tmp_path)
    assert sarif_run == ["healthlint", "check", "--no-progress", "--config", HOSTILE[1], "--quiet", "--exit-zero",
                         "--format", "sarif", "--output-file", HOSTILE[0], "--", *HOSTILE]
    assert main_run == ["healthlint", "check", "--no-progress", "--config", HOSTILE[1], "--fail-on", "warning",
                        "--format", HOSTILE[3], "--", *HOSTILE]
    assert not list(tmp_path.glob("pwned*"))


def test_defaults_lint_the_whole_checkout_with_annotations(tmp_path):
    bin_dir = stand_ins(tmp_path)
    assert run_step("check", {"fail-on": "never"}, tmp_path, [bin_dir]).returncode == 0
    assert recorded(tmp_path) == [["healthlint", "check", "--no-progress", "--exit-zero", "--format", "github",
                                   "--", "."]]


@pytest.fixture
def real_healthlint(tmp_path):
    found = shutil.which("healthlint", path=str(Path(sys.executable).parent))
    if not found:
        pytest.skip("healthlint is not installed beside this Python")
    return Path(found).parent


def test_the_real_check_annotates_fails_and_writes_sarif(tmp_path, real_healthlint):
    drafts = tmp_path / "my drafts"
    drafts.mkdir()
    shutil.copy(ROOT / "fixtures" / "approval" / "fda-status-wrong.md", drafts / "wrong.md")
    inputs = {"paths": str(drafts), "sarif-file": str(tmp_path / "out.sarif")}
    result = run_step("check", inputs, tmp_path, [real_healthlint])
    assert result.returncode == 1, result.stderr
    assert re.search(r"^::error file=.*wrong\.md,line=\d+", result.stdout, re.M)
    sarif = json.loads((tmp_path / "out.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert run_step("check", {**inputs, "fail-on": "never"}, tmp_path, [real_healthlint]).returncode == 0
    missing = run_step("check", {"paths": str(tmp_path / "nowhere")}, tmp_path, [real_healthlint])
    assert missing.returncode == 2
