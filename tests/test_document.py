"""Read stage: prose with exact offsets, whatever the Markdown around it."""

from __future__ import annotations

import pytest

from linter.document.read import parse_document, read_document
from linter.errors import UsageError


def locate(doc, word, nth=0):
    """line:col in the file of the nth occurrence of word in the prose."""
    start = -1
    for _ in range(nth + 1):
        start = doc.prose.index(word, start + 1)
    line, col, end_line, end_col = doc.position(start, start + len(word))
    assert doc.text.splitlines()[line - 1][col - 1:end_col - 1] == word
    return line, col


MARKDOWN = """---
title: A draft
sources: [ketamine]
---
# A **bold** heading <!-- a comment -->

Some [linked words](https://example.org/a_(b)) and `inline code` with *emphasis*, \\*escapes\\* &amp; entities
continued on a second line.

- a list item
  - nested ![an image](pic.png) item
> quoted text with <https://auto.example> inside

| cell one | cell two |
|---|---|
| body cell | more |

```
fenced code is not prose
```

    indented code is not prose

<div>html block</div>
"""


def test_front_matter_is_parsed_and_not_prose():
    doc = parse_document(MARKDOWN, "a.md")
    assert doc.front_matter == {"title": "A draft", "sources": ["ketamine"]}
    assert "title" not in doc.prose


@pytest.mark.parametrize("word, where", [
    ("heading", (5, 14)), ("bold", (5, 7)), ("linked words", (7, 7)), ("emphasis", (7, 72)),
    ("escapes", (7, 85)), ("entities", (7, 101)), ("second line", (8, 16)), ("list item", (10, 5)),
    ("nested", (11, 5)), ("item", (10, 10)), ("quoted text", (12, 3)), ("inside", (12, 43)),
    ("body cell", (16, 3)), ("more", (16, 15)),
])
def test_prose_maps_to_file_positions(word, where):
    doc = parse_document(MARKDOWN, "a.md")
    assert locate(doc, word) == where


def test_raw_html_across_lines_of_a_list_item_keeps_the_positions_after_it():
    # The tag's second line is indented in the file, not in the parser's content: found whole,
    # it matched the later copy on the lazy line and every word after it moved past the file's end.
    text = '- <a href="x"\n  title="y">link</a>\nKetmaine works. Then Ketmaine. <a href="x"\ntitle="y">link</a>\n'
    doc = parse_document(text, "a.md")
    assert [locate(doc, "link", 0), locate(doc, "Ketmaine", 0), locate(doc, "Ketmaine", 1),
            locate(doc, "link", 1)] == [(2, 13), (3, 1), (3, 22), (4, 11)]


def test_a_code_span_across_lines_is_skipped_to_its_closing_backticks():
    # Its content reads its line ends as spaces, so it is not in the file as it is: the reader
    # stayed before it, and a suppression comment after a long one was never found.
    code = "`" + "\n".join(["one two three four five six seven eight nine ten"] * 3) + "`"
    text = code + "<!-- healthlint-disable-next-line HL101 --> and Ketmaine\n"
    doc = parse_document(text, "a.md")
    assert [c.line for c in doc.comments] == [3]
    assert locate(doc, "Ketmaine") == (3, 98)


def test_an_escape_does_not_send_a_piece_to_its_copy_on_the_next_line():
    # "fast.`" is not in the file as it reads (the backtick is escaped); the same words on the
    # next line are, and were taken for it: every position after moved down a line.
    doc = parse_document("Ketmaine works fast.\\`\nKetmaine works fast.`\n", "a.md")
    assert [locate(doc, "Ketmaine", 0), locate(doc, "Ketmaine", 1)] == [(1, 1), (2, 1)]


@pytest.mark.parametrize("hidden", ["a comment", "https://", "inline code", "an image", "pic.png",
                                    "fenced code", "indented code", "html block", "auto.example"])
def test_non_prose_is_left_out(hidden):
    assert hidden not in parse_document(MARKDOWN, "a.md").prose


def test_structure_blocks():
    doc = parse_document(MARKDOWN, "a.md")
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:3] == ["heading", "paragraph", "list"]
    assert {"quote", "table", "cell", "code", "html"} <= set(kinds)
    assert [c.body for c in doc.comments] == ["a comment"]


def test_crlf_and_bom(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"\xef\xbb\xbf# Title\r\n\r\nFirst line\r\nsecond word here.\r\n")
    doc = read_document(path)
    assert doc.has_bom
    assert locate(doc, "word") == (4, 8)
    assert locate(doc, "Title") == (1, 3)


def test_plain_text_lists_and_paragraphs():
    text = "Intro line\nsame paragraph:\n\n  \u2022 first item\n  - second item\n\nAfter.\n"
    doc = parse_document(text, "a.txt")
    assert [b.kind for b in doc.blocks] == ["paragraph", "list", "paragraph", "paragraph", "paragraph"]
    assert locate(doc, "second item") == (5, 5)
    assert locate(doc, "same") == (2, 1)
    assert "\u2022" not in doc.prose


@pytest.mark.parametrize("data, message", [
    (b"abc\x00def", "binary file"),
    (b"caf\xe9\n", "not valid UTF-8"),
    (b"---\ntitle: [unclosed\n---\ntext\n", "invalid front matter"),
])
def test_bad_input_is_one_clear_error(tmp_path, data, message):
    path = tmp_path / "bad.md"
    path.write_bytes(data)
    with pytest.raises(UsageError, match=message):
        read_document(path)
