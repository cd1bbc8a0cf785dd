"""Issue 23: one table of output formats, from which `--format`'s choices, colour, the summary
line and the docs are read; a new format is added by CONTRIBUTING.md's steps."""

from __future__ import annotations

import re

from click.testing import CliRunner

from conftest import ROOT
from linter.cli import cli, main
from linter.report.formats import FORMATS, Format

DRAFT = "Ketmaine is used off-label.\n\nTalk to your doctor.\n"

# Step 1 of "Adding an output format": a writer module with head/item (a streaming format).
WRITER = '''"""One finding a CSV row."""


def head(report):
    return "path,line,column,code\\n"


def item(f, report, first):
    return f"{f.path},{f.line},{f.column},{f.code}\\n"


def tail(report, files):
    return f"# {len(files)} drafts\\n"
'''


def _add_csv(tmp_path, monkeypatch, coloured: bool = False) -> None:
    (tmp_path / "csv_writer.py").write_text(WRITER, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    # Step 2: its row in the table (in linter/report/formats.py; here, for the test's run only).
    monkeypatch.setitem(FORMATS, "csv", Format("csv", "csv_writer", coloured, "one finding a CSV row"))


def test_a_format_added_by_the_documented_steps_is_a_choice_of_check(tmp_path, monkeypatch, capsys):
    _add_csv(tmp_path, monkeypatch)
    draft = tmp_path / "a.md"
    draft.write_text(DRAFT, encoding="utf-8")
    (tmp_path / "b.md").write_text("Nothing to see.\n\nTalk to your doctor.\n", encoding="utf-8")
    code = main(["check", "--no-cache", "--format", "csv", str(draft), str(tmp_path / "b.md")])
    out, err = capsys.readouterr()
    # Not a format for people: no summary line after it.
    assert (code, out, err) == (1, f"path,line,column,code\n{draft},1,1,HL101\n# 2 drafts\n", "")


def test_a_format_for_people_gets_colour_and_the_summary_line(tmp_path, monkeypatch):
    _add_csv(tmp_path, monkeypatch, coloured=True)
    draft = tmp_path / "a.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-cache", "--format", "csv", "--color", "never", str(draft)],
                                standalone_mode=False)
    assert result.return_value == 1
    assert result.stdout == f"path,line,column,code\n{draft},1,1,HL101\n# 1 drafts\n"
    assert result.stderr == "1 file, 1 finding (1 error); 1 fixable with --fix\n"


def test_an_unknown_format_is_refused_with_the_table_s_choices(tmp_path, capsys):
    assert main(["check", "--format", "csv", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Invalid value for '--format': 'csv' is not one of " in err
    assert all(f"'{name}'" in err for name in FORMATS)


def test_check_help_lists_every_format_with_its_line():
    result = CliRunner().invoke(cli, ["check", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert f"--format [{'|'.join(FORMATS)}]" in text
    for f in FORMATS.values():
        assert f"{f.name}: {f.description}" in text


def test_the_readme_table_of_formats_is_the_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z-]+)` \| (yes|no) \| (.+) \|$", readme, re.M)
    assert rows == [(f.name, "yes" if f.coloured else "no", f.description) for f in FORMATS.values()]


def test_contributing_names_the_steps():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Adding an output format", 1)[1].split("\n## ", 1)[0]
    for needed in ("linter/report/formats.py", "Format(", "item(", "render(", "README.md", "tests/test_cli_formats.py"):
        assert needed in section, needed
