"""Issue 23: the command line as thin commands, one module each, imported when its command runs;
no function over 60 lines anywhere in the engine (it began with the command line, the settings,
the formats and pack drafting)."""

from __future__ import annotations

import ast
import subprocess
import sys

from click.testing import CliRunner

from conftest import ROOT
from linter.cli import COMMANDS, cli

MAX_LINES = 60


def test_help_lists_each_command_of_the_table():
    result = CliRunner().invoke(cli, ["--help"])
    listed = [line.split()[0] for line in result.output.split("Commands:\n", 1)[1].splitlines() if line.strip()]
    assert listed == sorted(COMMANDS) == ["check", "clean", "config", "init", "pack", "review", "rule", "rules",
                                          "server"]
    for module, _ in COMMANDS.values():
        assert (ROOT / (module.replace(".", "/") + ".py")).is_file(), module


def test_version_imports_no_command():
    code = ("import sys; from linter.cli import main; main(['--version']); "
            "print(sorted(m for m in sys.modules if m.startswith('linter.') and m.count('.') and "
            "m.split('.')[1] in ('cli', 'runner', 'checks', 'config', 'packs', 'nlp', 'grammar')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.splitlines()[1] == "['linter.cli', 'linter.cli.common']"


def test_no_function_over_60_lines_in_the_engine():
    long = []
    for path in sorted((ROOT / "linter").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                start = min([node.lineno] + [d.lineno for d in node.decorator_list])
                if node.end_lineno - start + 1 > MAX_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert long == []
