"""check --add-suppressions: a comment above each finding, Markdown structure and every other byte
kept, and a second check finds nothing."""

from __future__ import annotations

import re

import pytest

from linter.cli import main
from linter.document.front_matter import blank_front_matter
from linter.document.parser import markdown_parser
from linter.document.read import read_document
from linter.yamlfile import MAX_FRONT_MATTER_CHARS

MARKDOWN = """\
---
title: A
---
# Ketamine

- Ketamine helps.
- Ketmaine works fast.

- Its effects fade.

  Ketmaine again.

- Ketmaine in loose item.

> Quote line one
> Ketmaine in a quote.

> Ketmaine starts a quote.

| Drug | Note |
|---|---|
| Ketmaine | fast |

A paragraph line with a hard break\\
Ketmaine after it, and it's effects.
"""

SUPPRESSED = """\
---
title: A
---
# Ketamine

- Ketamine helps.<!-- healthlint-disable-next-line HL101 -->
- Ketmaine works fast.

- Its effects fade.

  <!-- healthlint-disable-next-line HL101 -->
  Ketmaine again.

  <!-- healthlint-disable-next-line HL101 -->
- Ketmaine in loose item.

> Quote line one<!-- healthlint-disable-next-line HL101 -->
> Ketmaine in a quote.

> <!-- healthlint-disable-next-line HL101 -->
> Ketmaine starts a quote.

<!-- healthlint-disable HL101 -->
| Drug | Note |
|---|---|
| Ketmaine | fast |
<!-- healthlint-enable HL101 -->

A paragraph line with a hard break<!-- healthlint-disable-next-line HL101,HL102 -->\\
Ketmaine after it, and it's effects.
"""


def structure(path):
    """What the checks read: the prose, and the blocks (less the comments' own HTML blocks)."""
    doc = read_document(path)
    return doc.prose, [(b.kind, b.in_list) for b in doc.blocks if b.kind != "html"]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_endings_and_bom_are_kept(tmp_path, capsys, eol):
    draft = tmp_path / "a.md"
    text = eol.join(["Ketamine facts", "Ketmaine line", "", "Ketmaine para", ""])
    draft.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert main(["check", str(draft), "--add-suppressions"]) == 0
    comment = "<!-- healthlint-disable-next-line HL101 -->"
    assert draft.read_bytes() == b"\xef\xbb\xbf" + eol.join(
        ["Ketamine facts" + comment, "Ketmaine line", "", comment, "Ketmaine para", ""]).encode("utf-8")
    capsys.readouterr()
    assert main(["check", str(draft)]) == 0


def test_plain_text_takes_a_comment_line_and_its_paragraphs_stay_whole(tmp_path, capsys):
    draft = tmp_path / "a.txt"
    draft.write_bytes(b"Ketamine facts\r\n\r\nIt works.\r\nKetmaine works.\r\n- Ketmaine item\r\n")
    before = structure(draft)
    assert main(["check", str(draft), "--add-suppressions"]) == 0
    assert draft.read_bytes() == (b"Ketamine facts\r\n\r\nIt works.\r\n"
                                  b"<!-- healthlint-disable-next-line HL101 -->\r\nKetmaine works.\r\n"
                                  b"<!-- healthlint-disable-next-line HL101 -->\r\n- Ketmaine item\r\n")
    assert structure(draft) == before
    capsys.readouterr()
    assert main(["check", str(draft)]) == 0
    assert capsys.readouterr().out == ""


def test_plain_text_suppression_comment_is_read(tmp_path, capsys):
    draft = tmp_path / "a.txt"
    draft.write_text("Ketamine facts\n<!-- healthlint-disable-next-line HL101 -->\nKetmaine works.\n"
                     "<!-- healthlint-disable-next-line HL102 -->\nNothing here.\n", encoding="utf-8")
    assert main(["check", str(draft)]) == 1
    assert capsys.readouterr().out == (f"{draft}:4:1: info HL001 This suppression of HL102 suppresses nothing; "
                                       "remove it\n")


WHOLE = "# Ketamine infusions\n\nKetamine infusions can ease anxiety within hours.\n"


@pytest.mark.parametrize("name, text, expected", [
    ("a.md", WHOLE, "<!-- healthlint-disable HL801 -->\n" + WHOLE),
    ("a.txt", WHOLE[2:], "<!-- healthlint-disable HL801 -->\n" + WHOLE[2:]),
    ("a.md", "---\ntitle: A\n---\n" + WHOLE, "---\ntitle: A\nhealthlint: {ignore: [HL801]}\n---\n" + WHOLE),
])
def test_whole_draft_findings_are_disabled_for_the_draft(tmp_path, capsys, name, text, expected):
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    assert main(["check", str(draft)]) == 1
    assert [line.split()[2] for line in capsys.readouterr().out.splitlines()] == ["HL801", "HL801"]
    assert main(["check", str(draft), "--add-suppressions"]) == 0
    assert draft.read_text(encoding="utf-8") == expected
    capsys.readouterr()
    assert main(["check", str(draft)]) == 0
    assert capsys.readouterr().out == ""


def test_codes_join_an_existing_front_matter_ignore_list(tmp_path, capsys):
    draft = tmp_path / "a.md"
    draft.write_text("---\nhealthlint: {ignore: [HL203]}\n---\n" + WHOLE, encoding="utf-8")
    assert main(["check", str(draft), "--add-suppressions"]) == 1  # the stale HL203 is still reported
    out = capsys.readouterr()
    assert draft.read_text(encoding="utf-8") == "---\nhealthlint: {ignore: [HL203, HL801]}\n---\n" + WHOLE
    assert out.err == "healthlint: added 1 suppression comment to 1 draft\n"
    assert out.out == f"{draft}:2:1: info HL001 This suppression of HL203 suppresses nothing; remove it\n"
    assert main(["check", str(draft)]) == 1
    assert capsys.readouterr().out == (f"{draft}:2:1: info HL001 HL203 in this suppression suppresses nothing; "
                                       "remove HL203 from it\n")


def test_what_cannot_be_placed_is_said_and_still_reported(tmp_path, capsys):
    # Front matter just under the reader's limit: with the entry it would be refused, so it is left alone.
    draft = tmp_path / "a.md"
    note = "x" * (MAX_FRONT_MATTER_CHARS - 20)
    text = f"---\nnote: {note}\n---\n" + WHOLE
    draft.write_text(text, encoding="utf-8")
    assert main(["check", str(draft), "--add-suppressions"]) == 1
    out = capsys.readouterr()
    assert draft.read_text(encoding="utf-8") == text
    assert out.err == (f"healthlint: warning: {draft}:1: HL801 not suppressed: its front matter would be longer "
                       "than 64 KB\n"
                       "healthlint: added 0 suppression comments to 0 drafts\n")
    assert [line.split()[2] for line in out.out.splitlines()] == ["HL801", "HL801"]


def page(path) -> str:
    """What a reader sees: the rendered body, HTML comments (and lines of nothing else) left out."""
    html = markdown_parser().render(blank_front_matter(path.read_text(encoding="utf-8")))
    lines = re.sub(r"<!--.*?(?:-->|\Z)", "\0", html, flags=re.S).splitlines(keepends=True)
    return "".join(line.replace("\0", "") for line in lines if not ("\0" in line and line.strip(" \t\n\0") == ""))


def wrapped(text: str, codes: str = "HL101") -> str:
    return f"<!-- healthlint-disable {codes} -->\n{text}<!-- healthlint-enable {codes} -->\n"


# Issue 19, item 5: each of these changed the rendered page, and the comments inside a
# construct were not read, so `check` still failed and a second run added more.
@pytest.mark.parametrize("text, expected", [
    pytest.param("Intro.\n\nKetamine heading line one\nKetmaine line two\n-----------------\n\nAfter.\n",
                 "Intro.\n\nKetamine heading line one<!-- healthlint-disable-next-line HL101 -->\n"
                 "Ketmaine line two\n-----------------\n\nAfter.\n", id="setext-heading"),
    pytest.param("Some text with `a code\nspan` and Ketmaine here.\n",
                 wrapped("Some text with `a code\nspan` and Ketmaine here.\n"), id="code-span"),
    pytest.param('See [the page](http://x.org "a\ntitle") and Ketmaine here.\n',
                 wrapped('See [the page](http://x.org "a\ntitle") and Ketmaine here.\n'), id="link-title"),
    pytest.param('See <a href="x"\ntitle="y">link</a> and Ketmaine.\n',
                 wrapped('See <a href="x"\ntitle="y">link</a> and Ketmaine.\n'), id="open-tag"),
    pytest.param("Text <!-- a note\nstill a note --> and Ketmaine.\n",
                 wrapped("Text <!-- a note\nstill a note --> and Ketmaine.\n"), id="open-comment"),
    pytest.param("Text <!-- never closed\nand Ketmaine.\n",
                 wrapped("Text <!-- never closed\nand Ketmaine.\n"), id="unclosed-comment"),
    pytest.param("A stressed *\nKetmaine line.\n", wrapped("A stressed *\nKetmaine line.\n"), id="emphasis-mark"),
    pytest.param("An escaped backslash \\\\\nKetmaine line.\n",
                 "An escaped backslash \\\\<!-- healthlint-disable-next-line HL101 -->\nKetmaine line.\n",
                 id="escaped-backslash"),
    pytest.param("- Ketamine helps *\n- Ketmaine works fast.\n",
                 wrapped("- Ketamine helps *\n- Ketmaine works fast.\n"), id="tight-list"),
    pytest.param("Ketmaine works fast.\n\n1. `a code\n   span` Ketmaine works.\n  - Ketmaine works fast.\n",
                 "<!-- healthlint-disable-next-line HL101 -->\nKetmaine works fast.\n\n"
                 + wrapped("1. `a code\n   span` Ketmaine works.\n")
                 + "  <!-- healthlint-disable-next-line HL101 -->\n  - Ketmaine works fast.\n",
                 id="line-end-comment-moves-below-an-enable"),
    pytest.param("---\n{title: A}\n---\n" + WHOLE, "---\n{title: A, healthlint: {ignore: [HL801]}}\n---\n" + WHOLE,
                 id="flow-front-matter"),
    pytest.param(MARKDOWN, SUPPRESSED, id="lists-quotes-tables-paragraphs"),
])
def test_comments_keep_the_rendered_page(tmp_path, capsys, text, expected):
    draft = tmp_path / "a.md"
    draft.write_text(text, encoding="utf-8")
    before = page(draft), structure(draft)
    assert main(["check", str(draft)]) == 1
    capsys.readouterr()
    assert main(["check", str(draft), "--add-suppressions"]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    comments = expected.count("<!-- healthlint-disable") + expected.count("healthlint: {")  # enables pair up
    assert out.err == f"healthlint: added {comments} suppression comment{'s' * (comments > 1)} to 1 draft\n"
    assert draft.read_text(encoding="utf-8") == expected
    assert (page(draft), structure(draft)) == before
    assert main(["check", str(draft)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", str(draft), "--add-suppressions"]) == 0  # a second run: nothing to add
    assert capsys.readouterr().err == "healthlint: added 0 suppression comments to 0 drafts\n"
    assert draft.read_text(encoding="utf-8") == expected


def test_the_setext_heading_stays_one_heading(tmp_path, capsys):
    draft = tmp_path / "a.md"
    draft.write_text("Ketamine heading line one\nKetmaine line two\n---\n", encoding="utf-8")
    assert main(["check", str(draft), "--add-suppressions"]) == 0
    assert page(draft) == "<h2>Ketamine heading line one\nKetmaine line two</h2>\n"


def test_only_drafts_with_findings_are_written(tmp_path, capsys):
    clean = tmp_path / "clean.md"
    clean.write_text("# Notes\n\nNothing to see.\n", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("# Notes\n\nKetmaine.\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(bad.name)
    stamp = clean.stat()
    assert main(["check", str(clean), str(link), "--add-suppressions"]) == 0
    assert clean.stat().st_mtime_ns == stamp.st_mtime_ns and clean.stat().st_ino == stamp.st_ino
    assert link.is_symlink()  # written through the link, as --fix does
    assert bad.read_text(encoding="utf-8") == "# Notes\n\n<!-- healthlint-disable-next-line HL101 -->\nKetmaine.\n"


def test_with_a_baseline_only_new_findings_get_comments(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "a.md"
    draft.write_text("# Notes\n\nKetmaine old.\n", encoding="utf-8")
    assert main(["check", "a.md", "--write-baseline", "b.json"]) == 0
    draft.write_text("# Notes\n\nKetmaine old.\n\nKetmaine new.\n", encoding="utf-8")
    assert main(["check", "a.md", "--baseline", "b.json", "--add-suppressions"]) == 0
    assert draft.read_text(encoding="utf-8") == ("# Notes\n\nKetmaine old.\n\n"
                                                 "<!-- healthlint-disable-next-line HL101 -->\nKetmaine new.\n")


def test_standard_input_is_refused(capsys):
    assert main(["check", "-", "--add-suppressions"]) == 2
    assert capsys.readouterr().err == "healthlint: error: --add-suppressions needs files, not standard input\n"


def test_after_a_comment_left_open_the_codes_are_disabled_for_the_draft(tmp_path, capsys):
    # The HTML block's second `<!--` is never closed: a browser hides what follows, and the
    # `-->` of a comment below would show it.
    draft = tmp_path / "a.md"
    text = "Ketamine facts.\n\n<!-- a -->  <!-- b\n\nKetmaine line.\n"
    draft.write_text(text, encoding="utf-8")
    before = page(draft)
    assert main(["check", str(draft), "--add-suppressions"]) == 0
    assert capsys.readouterr().err == (f"healthlint: note: {draft}:5: HL101 disabled for the whole draft: a comment "
                                       "at that line would change the rendered page\n"
                                       "healthlint: added 1 suppression comment to 1 draft\n")
    assert draft.read_text(encoding="utf-8") == "<!-- healthlint-disable HL101 -->\n" + text
    assert page(draft) == before
    assert main(["check", str(draft)]) == 0
