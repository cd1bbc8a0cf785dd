"""Property: --add-suppressions never changes the rendered page. Over generated drafts (headings
ATX and setext, lists, quotes, tables, code spans and link titles across lines, inline HTML, HTML
comments, front matter in block and flow style, sentences that draw findings), the page
markdown-it renders is the same before and after once HTML comments are stripped, every finding
is suppressed or left with a note naming its line, and a second run changes nothing."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from linter.add_suppressions import add_suppressions
from linter.config import Settings
from linter.document import blank_front_matter, markdown_parser, parse_document
from linter.packs import load_knowledge
from linter.runner import check_document

# Sentences that draw findings (a misspelled drug, "it's" for "its", an overclaim, an
# unsupported approval) and sentences that draw none.
SENTENCES = ["Ketmaine works fast.", "Esktamine is a nasal spray.", "It's effects fade within hours.",
             "Ketamine cures anxiety.", "Ketamine is FDA-approved for anxiety.", "The clinic opened in May.",
             "Patients rested afterwards.", "Ketamine is used off-label."]
sentence = st.sampled_from(SENTENCES)
# Inline pieces of a paragraph, some across lines; and the ends a line may have.
CONSTRUCTS = ["`a code\nspan`", '[the page](http://x.org "a\ntitle")', '<a href="x"\ntitle="y">link</a>',
              "<!-- a note\nstill a note -->", "*stressed\nwords*", "[a link\nlabel]", "![an\nimage](i.png)",
              "a < b", "x <b>bold</b> y", "**strong**"]
piece = st.one_of(sentence, sentence, st.sampled_from(CONSTRUCTS))
LINE_ENDS = ["\n", "\n", "  \n", "\\\n", " *\n", " _\n"]


@st.composite
def paragraph(draw) -> str:
    pieces = draw(st.lists(piece, min_size=1, max_size=4))
    out = pieces[0]
    for p in pieces[1:]:
        out += draw(st.sampled_from([" ", " "] + LINE_ENDS)) + p
    return out + "\n"


@st.composite
def block(draw) -> str:
    kind = draw(st.sampled_from(["para", "para", "atx", "setext", "list", "quote", "table", "fence", "comment"]))
    if kind == "para":
        return draw(paragraph())
    if kind == "atx":
        return f"# {draw(sentence)}{draw(st.sampled_from(['', ' #']))}\n"
    if kind == "setext":
        return f"{draw(sentence)}\n{draw(sentence)}\n{draw(st.sampled_from(['===', '---']))}\n"
    if kind == "list":
        marker = draw(st.sampled_from(["- ", "* ", "1. "]))
        items = draw(st.lists(paragraph(), min_size=1, max_size=3))
        gap = draw(st.sampled_from(["", "\n"]))
        nested = draw(st.sampled_from(["", f"  - {draw(sentence)}\n"]))
        return gap.join(marker + item.replace("\n", "\n" + " " * len(marker)).rstrip(" ") for item in items) + nested
    if kind == "quote":
        lines = draw(paragraph()).rstrip("\n").split("\n")
        lazy = draw(st.booleans())
        return "".join(("" if lazy and i else "> ") + line + "\n" for i, line in enumerate(lines))
    if kind == "table":
        return f"| Drug | Note |\n|---|---|\n| {draw(sentence)} | {draw(sentence)} |\n"
    if kind == "fence":
        return f"```\n{draw(sentence)}\n```\n"
    return "<!-- a comment -->\n"


FRONT = st.sampled_from(["", "---\ntitle: A\n---\n", "---\n{title: A}\n---\n",
                         "---\ntitle: A  # the title\ndate: 2024-01-02\n---\n",
                         "---\n{title: A,\n tags: [x, y]}\n---\n", "---\nhealthlint: {ignore: [HL203]}\n---\n"])
drafts = st.builds(lambda front, blocks, gaps: front + "".join(b + g for b, g in zip(blocks, gaps)),
                   FRONT, st.lists(block(), min_size=1, max_size=5), st.lists(st.sampled_from(["\n", ""]),
                                                                               min_size=5, max_size=5))

def page(text: str) -> str:
    """What a reader sees: the body rendered by markdown-it, HTML comments left out (and the
    lines that held nothing else); as in a browser, a comment left open runs to the end."""
    html = markdown_parser().render(blank_front_matter(text))
    lines = re.sub(r"<!--.*?(?:-->|\Z)", "\0", html, flags=re.S).splitlines(keepends=True)
    return "".join(line.replace("\0", "") for line in lines if not ("\0" in line and line.strip(" \t\n\0") == ""))


@cache
def knowledge():
    return load_knowledge()


def check(document):
    return check_document(document, knowledge(), Settings())


@pytest.fixture(scope="module", autouse=True)
def _warm():
    """The packs and spaCy load once, before the examples are timed."""
    check(parse_document("Ketmaine works.\n", "warm.md"))


@settings(max_examples=40, deadline=timedelta(seconds=20), derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drafts)
@example("Ketamine heading line one\nKetmaine line two\n-----------------\n")
@example("Some text with `a code\nspan` and Ketmaine here.\n")
@example("- Ketamine helps *\n- Ketmaine works fast.\n")
@example("---\n{title: A}\n---\n# Ketamine infusions\n\nKetamine infusions can ease anxiety within hours.\n")
@example("Ketmaine works fast.\n<!-- a note\nstill a note --> <!-- a note\nstill a note --> Ketmaine works fast.\n")
@example('<!-- a note\nstill a note -->\\\nKetmaine works fast.\n')
def test_comments_never_change_the_page_and_suppress_every_finding(text):
    document = parse_document(text, "p.md")
    findings = check(document)
    added = add_suppressions(document, findings)
    after = parse_document(added.text, "p.md")  # the front matter still parses
    assert page(added.text) == page(text)
    left = check(after)
    assert sorted((f.code, f.message) for f in left if f.code != "HL001") == sorted(
        (f.code, f.message) for f in added.left)
    # No comment of ours is stale; the draft's own stale codes stay reported.
    assert [f.code for f in left if f.code == "HL001"] == [f.code for f in findings if f.code == "HL001"]
    noted = "\n".join(note for _, note in added.notes)
    for f in added.left:
        line = 1 if (f.line, f.column) == (1, 1) else f.line
        assert f"p.md:{line}: " in noted and f.code in noted
    assert add_suppressions(after, left).text == added.text  # a second run changes nothing
