"""LF, CRLF and a lone CR are all line ends, for positions and for --fix, and every byte that
no fix replaces survives (issue 11)."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.cli import main

TYPOS = {"Ketmaine": "Ketamine", "ketmaine": "ketamine", "Esktamine": "Esketamine"}


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_lone_cr_is_a_line_end_for_positions_and_fix(tmp_path, capsys):
    path = tmp_path / "x.md"
    path.write_bytes(b"Ketmaine helps.\rTalk to Ketmaine.\n")
    assert main(["check", "--no-cache", "--select", "HL101", str(path)]) == 1
    assert capsys.readouterr().out == (
        f"{path}:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"
        f"{path}:2:9: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n")
    assert main(["check", "--no-cache", "--fix", str(path)]) == 0
    assert path.read_bytes() == b"Ketamine helps.\rTalk to Ketamine.\n"


@pytest.mark.timeout(30)
def test_full_format_shows_the_line_a_lone_cr_starts(tmp_path, capsys):
    path = tmp_path / "x.md"
    path.write_bytes(b"Talk to your doctor.\rKetmaine helps.\n")
    main(["check", "--no-cache", "--select", "HL101", "--format", "full", str(path)])
    assert "\n2 | Ketmaine helps.\n" in capsys.readouterr().out


@pytest.mark.timeout(30)
def test_diff_splits_lines_at_a_lone_cr(tmp_path, capsys):
    path = tmp_path / "x.md"
    path.write_bytes(b"Talk to your doctor.\rKetmaine helps.\n")
    assert main(["check", "--no-cache", "--diff", str(path)]) == 0
    assert capsys.readouterr().out == (f"--- a/{path}\n+++ b/{path}\n@@ -1,2 +1,2 @@\n"
                                       " Talk to your doctor.\r-Ketmaine helps.\n+Ketamine helps.\n")


# Drafts of words, typos among them, in lines ended by any of the three line ends, some blank
# (a new paragraph), some headings or list items, with or without a BOM.
WORDS = st.sampled_from([*TYPOS, "Ketamine", "helps", "with", "anxiety", "Talk", "to", "your", "doctor",
                         "caf\u00e9", "\U0001F600", "off-label", "often", "."])
LINE = st.tuples(st.sampled_from(["", "# ", "- "]), st.lists(WORDS, min_size=1, max_size=8))
END = st.sampled_from(["\n", "\r\n", "\r"])
DRAFT = st.lists(st.tuples(LINE, END, st.booleans()), min_size=1, max_size=10)
# capsys is read after every run, so it is safe to share between examples.
PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def build(lines) -> tuple[str, str, set[tuple[int, int]]]:
    """The draft, the draft with its typos corrected, and (line, column) of each typo."""
    text, fixed, where = [], [], set()
    number = 1
    for (prefix, words), end, blank_after in lines:
        column = len(prefix) + 1
        for word in words:
            if word in TYPOS:
                where.add((number, column))
            column += len(word) + 1
        text.append(prefix + " ".join(words) + end)
        fixed.append(prefix + " ".join(TYPOS.get(w, w) for w in words) + end)
        if blank_after:
            text.append(end)
            fixed.append(end)
            number += 1
        number += 1
    return "".join(text), "".join(fixed), where


@pytest.mark.hostile
@pytest.mark.timeout(120)
@PROPERTY
@given(DRAFT, st.booleans(), st.sampled_from(["draft.md", "draft.txt"]))
def test_positions_and_fixes_with_any_line_ends(capsys, lines, bom, name):
    text, fixed, where = build(lines)
    prefix = b"\xef\xbb\xbf" if bom else b""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(prefix + text.encode("utf-8"))
        main(["check", "--no-cache", "--select", "HL101", "--format", "json", str(path)])
        findings = json.loads(capsys.readouterr().out)["findings"]
        # Every position is where the file, split at LF, CRLF and lone CR, has the typo.
        file_lines = re.split(r"\r\n|\r|\n", text)
        for f in findings:
            word = f["message"].split("'")[1]
            assert file_lines[f["line"] - 1][f["column"] - 1:].startswith(word)
            assert (f["end_line"], f["end_column"]) == (f["line"], f["column"] + len(word))
        assert {(f["line"], f["column"]) for f in findings} == where
        main(["check", "--no-cache", "--fix", str(path)])
        capsys.readouterr()
        assert path.read_bytes() == prefix + fixed.encode("utf-8")
