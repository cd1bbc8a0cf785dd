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
from linter.document.front_matter import blank_front_matter
from linter.document.parser import markdown_parser
from linter.document.read import parse_document
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
              "a < b", "x <b>bold</b> y", "**strong**", "[label]", "[a\nlink](http://x.org)", "<http://x.org>",
              "&amp;", "`code`", "<!-- b", "a *", "_a\nb_"]
piece = st.one_of(sentence, sentence, st.sampled_from(CONSTRUCTS))
LINE_ENDS = ["\n", "\n", "  \n", "\\\n", "\\\\\n", " *\n", " _\n", " #\n"]
LEAVES = ["para", "para", "para", "atx", "setext", "table", "fence", "indented", "comment", "html", "reference", "hr"]


@st.composite
def paragraph(draw) -> str:
    pieces = draw(st.lists(piece, min_size=1, max_size=4))
    out = pieces[0]
    for p in pieces[1:]:
        out += draw(st.sampled_from([" ", " "] + LINE_ENDS)) + p
    return out + "\n"


def indented(text: str, first: str, rest: str) -> str:
    lines = text.split("\n")
    return "\n".join([first + lines[0]] + [rest + line if line else line for line in lines[1:]])


@st.composite
def block(draw, depth: int = 0) -> str:
    kind = draw(st.sampled_from(LEAVES + (["list", "list", "quote"] if depth < 2 else [])))
    if kind == "para":
        return draw(paragraph())
    if kind == "atx":
        return f"{draw(st.sampled_from(['#', '##']))} {draw(sentence)}{draw(st.sampled_from(['', ' #']))}\n"
    if kind == "setext":
        lines = draw(st.lists(sentence, min_size=1, max_size=3))
        return "\n".join(lines) + f"\n{draw(st.sampled_from(['===', '---']))}\n"
    if kind == "list":
        marker = draw(st.sampled_from(["- ", "* ", "1. ", "10. "]))
        gap = draw(st.sampled_from(["", "\n"]))
        items = draw(st.lists(st.lists(block(depth + 1), min_size=1, max_size=2).map(gap.join) | paragraph(),
                              min_size=1, max_size=3))
        return gap.join(indented(item, marker, " " * len(marker)) for item in items)
    if kind == "quote":
        inner = draw(st.lists(block(depth + 1), min_size=1, max_size=2).map("\n".join))
        lazy = draw(st.booleans())
        return "".join(("" if lazy and i and line else "> ") + line + "\n"
                       for i, line in enumerate(inner.rstrip("\n").split("\n")))
    if kind == "table":
        return f"| Drug | Note |\n|---|---|\n| {draw(sentence)} | {draw(sentence)} |\n"
    if kind == "fence":
        return f"```\n{draw(sentence)}\n```\n"
    if kind == "indented":
        return f"\n    {draw(sentence)}\n"
    if kind == "html":
        return f"<div>\n{draw(sentence)}\n</div>\n"
    if kind == "reference":
        return "[label]: http://x.org\n"
    if kind == "hr":
        return "***\n"
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
