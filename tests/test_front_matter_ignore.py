"""Codes added to a draft's front-matter ignore list in any YAML style: the smallest re-write that
reads back as the data wanted, every other key keeping its value (round trips)."""

from __future__ import annotations

import pytest

from linter.document.read import parse_document
from linter.front_matter_ignore import with_ignored
from linter.yamlfile import MAX_FRONT_MATTER_CHARS

BODY = "# Notes\n\nText.\n"


@pytest.mark.parametrize("front, expected", [
    pytest.param("title: A  # the title\ndate: 2024-01-02\nnote: |\n  line one\n  line two\n",
                 "title: A  # the title\ndate: 2024-01-02\nnote: |\n  line one\n  line two\n"
                 "healthlint: {ignore: [HL801]}\n", id="block: a line added, comments kept"),
    pytest.param("{title: A}\n", "{title: A, healthlint: {ignore: [HL801]}}\n", id="flow: an entry added"),
    pytest.param("{title: A,  # the title\n tags: [x, y]\n}\n",
                 "{title: A,  # the title\n tags: [x, y]\n, healthlint: {ignore: [HL801]}}\n", id="flow over lines"),
    pytest.param("{}\n", "{healthlint: {ignore: [HL801]}}\n", id="empty flow mapping"),
    pytest.param("{title: A, }\n", "{title: A, healthlint: {ignore: [HL801]}}\n", id="flow, trailing comma: dumped"),
    pytest.param("healthlint: {ignore: [HL203]}  # old\ntitle: A\n",
                 "healthlint: {ignore: [HL203, HL801]}  # old\ntitle: A\n", id="existing flow value"),
    pytest.param("title: A\nhealthlint:\n  ignore:\n    - HL203\nauthor: B\n",
                 "title: A\nhealthlint:\n  {ignore: [HL203, HL801]}\nauthor: B\n", id="existing block value"),
    pytest.param("healthlint: {ignore: HL203 HL102}\n", "healthlint: {ignore: [HL203, HL102, HL801]}\n",
                 id="ignore as a string"),
    pytest.param("healthlint:\ntitle: A\n", "healthlint: {ignore: [HL801]}\ntitle: A\n", id="null value"),
    pytest.param("{title: A, healthlint: {ignore: [HL203]}}\n", "{title: A, healthlint: {ignore: [HL203, HL801]}}\n",
                 id="existing key in a flow mapping"),
    pytest.param("base: &b {x: 1}\nother: *b\n", "base: &b {x: 1}\nother: *b\nhealthlint: {ignore: [HL801]}\n",
                 id="anchors and aliases"),
    pytest.param(" title: A\n", "title: A\nhealthlint:\n  ignore:\n  - HL801\n", id="indented root: dumped"),
])
def test_codes_are_added_and_other_values_round_trip(front, expected):
    text = f"---\n{front}---\n{BODY}"
    before = parse_document(text, "a.md").front_matter
    result = with_ignored(text, ["HL801"])
    assert result.text == f"---\n{expected}---\n{BODY}"
    after = parse_document(result.text, "a.md").front_matter
    assert {k: v for k, v in after.items() if k != "healthlint"} == {k: v for k, v in before.items()
                                                                      if k != "healthlint"}
    assert "HL801" in after["healthlint"]["ignore"]


def test_empty_front_matter_and_line_ends_are_kept():
    assert with_ignored(f"---\n---\n{BODY}", ["HL801"]).text == f"---\nhealthlint: {{ignore: [HL801]}}\n---\n{BODY}"
    crlf = "---\r\ntitle: A\r\n---\r\n# Notes\r\n"
    assert with_ignored(crlf, ["HL801", "HL101"]).text == (
        "---\r\ntitle: A\r\nhealthlint: {ignore: [HL101, HL801]}\r\n---\r\n# Notes\r\n")
    assert with_ignored("---\n{title: A}\n...\n" + BODY, ["HL801"]).text == (
        "---\n{title: A, healthlint: {ignore: [HL801]}}\n...\n" + BODY)


def test_codes_already_there_change_nothing():
    text = f"---\nhealthlint: {{ignore: [HL801]}}\n---\n{BODY}"
    assert with_ignored(text, ["HL801"]).text == text


def test_what_cannot_take_the_codes_says_why():
    bad = with_ignored(f"---\nhealthlint: {{ignore: [HL203], other: 1}}\n---\n{BODY}", ["HL801"])
    assert (bad.text, bad.why) == (None, "its front matter's 'healthlint' entry is not 'ignore: [codes]'")
    full = with_ignored(f"---\nnote: {'x' * (MAX_FRONT_MATTER_CHARS - 20)}\n---\n{BODY}", ["HL801"])
    assert (full.text, full.why) == (None, "its front matter would be longer than 64 KB")
