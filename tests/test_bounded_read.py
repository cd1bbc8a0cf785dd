"""Issue 11: the read stage in bounded memory. markdown-it's tokens for a Markdown draft are read
a block at a time and dropped, and the offsets are kept in arrays of machine integers."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from markdown_it import MarkdownIt

from linter.document.lines import line_starts_of
from linter.document.markdown import build_markdown
from linter.document.read import parse_document
from test_bounded_annotate import _paragraphs, long_draft

# Reads a draft in a process of its own: its peak RSS above what it had after reading a small
# one (imports and the parser built), per byte of the draft.
_READ = textwrap.dedent("""
    import os, resource, sys
    from linter.document.read import read_document
    read_document(sys.argv[2])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    read_document(sys.argv[1])
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print((after - before) * 1024 / os.path.getsize(sys.argv[1]))
""")


def read_rss_per_byte(draft, small) -> float:
    run = subprocess.run([sys.executable, "-c", _READ, str(draft), str(small)], capture_output=True, text=True,
                         check=True)
    return float(run.stdout)


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_reading_a_long_draft_costs_little_memory_per_byte(tmp_path):
    # The fixtures' paragraphs (lists, tables, links, comments) over and over, to 2.5 MB.
    # Holding all of markdown-it's tokens at once, and the offsets as tuples of Python ints,
    # took 30 bytes of RSS per byte of draft; now about 6 (the text and the prose, mostly).
    draft = long_draft(tmp_path / "long.md")
    small = tmp_path / "small.md"
    small.write_text(_paragraphs()[0] + "\n", encoding="utf-8")
    per_byte = read_rss_per_byte(draft, small)
    assert per_byte < 15, per_byte


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_reading_one_long_list_costs_little_memory_per_byte(tmp_path):
    # One list of 100,000 items (1.8 MB) is one top-level block: its tokens are handed on item
    # by item too. Holding them all took 137 bytes of RSS per byte of draft; now about 29.
    draft = tmp_path / "list.md"
    draft.write_text("- Ketamine helps.\n" * 100_000, encoding="utf-8")
    small = tmp_path / "small.md"
    small.write_text("Ketamine.\n", encoding="utf-8")
    per_byte = read_rss_per_byte(draft, small)
    assert per_byte < 60, per_byte


_REFERENCE = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@pytest.mark.parametrize("text", [
    "See [the label][lbl] here.\n\nMore text.\n\n[lbl]: /x\n",  # defined after its use
    "See [lbl].\r\n\r\n[lbl]: /x\r\nText\r\n",  # CRLF: the parser reads a normalised copy
    "A [x] link\r\rand [x]: /y\r",  # lone CRs; not a definition inside a paragraph
    "[x]: /a\n[x]: /b\n\n[x] link\n",  # the first definition wins
    "```\ncode\n\nText in the fence\n```\nAfter\n",  # blank lines inside one top-level block
    "<!--\ncomment\n\nText <!-- x -->\n-->\nTail\n",
    "- a\n\n  b\n\nc\n",
    "> quoted\n\nText\n",
    # Inside lists and block quotes tokens are handed on before the container closes:
    "- one\n- two\n  - nested\n\n    more\n- three\n\nAfter\n",  # tight and loose
    "1. a\n\n   ```\n   code\n\n   ```\n2. b <!-- c -->\n   <!-- d -->\n\n| x |\n|---|\n| y |\n",
    "> a\n>\n> - b\n>   > c\n>\n> d\nlazy\n\ne\n",
    "- a\n" * 50 + "\n> q\n" * 3,
    "Para\n===\n\nText\n---\n",
])
def test_reading_block_by_block_gives_what_the_whole_token_list_gives(text):
    line_starts = line_starts_of(text)
    by_block, whole = build_markdown(text, line_starts), build_markdown(text, line_starts, parser=_REFERENCE)
    assert (by_block.parts, by_block.runs, by_block.blocks, by_block.comments) == (
        whole.parts, whole.runs, whole.blocks, whole.comments)


def test_positions_of_a_reference_link_defined_further_on():
    doc = parse_document("Take [Ketamine][k] daily.\n\n[k]: https://example.org\n\nKetmaine helps.\n", "x.md")
    assert doc.prose == "Take Ketamine daily.\n\nKetmaine helps."
    at = doc.prose.index("Ketamine")
    assert doc.position(at, at + len("Ketamine")) == (1, 7, 1, 15)
    at = doc.prose.index("Ketmaine")
    assert doc.position(at, at + len("Ketmaine")) == (5, 1, 5, 9)
