"""Issue 11, evasion: invisible characters inside words, and text nested deeper than the parser goes."""

from __future__ import annotations

import pytest

from linter.cli import main

ZWSP = "\u200b"


def lint(tmp_path, capsys, text: str, *options: str, name: str = "d.md") -> tuple[int, list[str]]:
    """Exit code and text-format finding lines of a draft, with the file name left out."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    code = main(["check", str(path), "--no-cache", *options])
    return code, [line.removeprefix(f"{path}:") for line in capsys.readouterr().out.splitlines()]


def fix(tmp_path, capsys, data: bytes, name: str = "d.md") -> bytes:
    path = tmp_path / name
    path.write_bytes(data)
    main(["check", str(path), "--no-cache", "--fix", "--select", "typo"])
    capsys.readouterr()
    return path.read_bytes()


APPROVAL = ("error HL201 Contradicts the source: the draft says 'ketamine is approved for anxiety', but the source "
            "says ketamine is used off-label for anxiety (source line 34)")
HIDDEN_IN = "Hidden character U+{:04X} ({}) inside '{}': it reads whole but splits the word for search, screen " \
            "readers and checks"


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202a", "\u202e",
                                  "\u2066", "\u2069", "\u200e", "\u200f"])
def test_a_hidden_character_does_not_hide_an_approval_claim(tmp_path, capsys, char):
    import unicodedata

    code, out = lint(tmp_path, capsys, f"Ketamine is appro{char}ved for anxiety.\n", "--select", "HL201,HL103")
    assert code == 1
    assert out == [f"1:1: {APPROVAL}",
                   f"1:18: warning HL103 {HIDDEN_IN.format(ord(char), unicodedata.name(char).lower(), 'approved')}"]


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_approval_finding_is_the_one_without_the_character_and_covers_it(tmp_path, capsys):
    import json

    def approval(text):
        path = tmp_path / "d.md"
        path.write_text(text, encoding="utf-8")
        main(["check", str(path), "--no-cache", "--select", "approval,HL103", "--format", "json"])
        return json.loads(capsys.readouterr().out)["findings"]

    plain = approval("Ketamine is approved for anxiety.\n")
    hidden = approval(f"Ketamine is appro{ZWSP}ved for anxiety.\n")
    assert [f["code"] for f in plain] == ["HL201"]
    assert [f["code"] for f in hidden] == ["HL201", "HL103"]
    # The same finding, its span one character longer: it covers the hidden character.
    assert hidden[0] == {**plain[0], "end_column": plain[0]["end_column"] + 1}
    assert (hidden[1]["column"], hidden[1]["end_column"], hidden[1]["fix"]) == (18, 19, "")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_hidden_character_does_not_hide_a_misspelling(tmp_path, capsys):
    code, out = lint(tmp_path, capsys, f"Ask about Ket{ZWSP}maine first.\n", "--select", "typo")
    assert code == 1
    assert out == ["1:11: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)",
                   f"1:14: warning HL103 {HIDDEN_IN.format(0x200B, 'zero width space', 'Ketmaine')}"]
    # The misspelling's fix replaces the whole word, hidden character included.
    assert fix(tmp_path, capsys, f"Ask about Ket{ZWSP}maine first.\n".encode()) == b"Ask about Ketamine first.\n"


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_fix_deletes_only_the_hidden_characters_inside_words(tmp_path, capsys):
    keep = "Nurse emoji \U0001F469\u200d\u2695\ufe0f, a joiner\u2060 beside a space, \u202eleading\u202c marks.\r\n"
    before = ("\ufeff# Anaes\u00adthesia\r\n\r\nThe anaes\u00adthetic dose\u200b\u200b is glu\u2060tamate-free.\r\n"
              + keep)
    after = "\ufeff# Anaesthesia\r\n\r\nThe anaesthetic dose\u200b\u200b is glutamate-free.\r\n" + keep
    assert fix(tmp_path, capsys, before.encode("utf-8")) == after.encode("utf-8")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_every_hidden_character_of_a_word_is_its_own_finding(tmp_path, capsys):
    code, out = lint(tmp_path, capsys, f"Ketamine is ap{ZWSP}pro\u00ad\u200bved for anxiety.\n", "--select", "HL103")
    assert [line.split(" HL103 ")[0] for line in out] == ["1:15: warning", "1:19: warning", "1:20: warning"]
    assert fix(tmp_path, capsys, f"Ketamine is ap{ZWSP}pro\u00ad\u200bved.\n".encode()) == b"Ketamine is approved.\n"


def test_a_hidden_character_written_as_an_entity(tmp_path, capsys):
    code, out = lint(tmp_path, capsys, "Ketamine is appro&#x200B;ved for anxiety.\n", "--select", "HL201,HL103")
    assert out == [f"1:1: {APPROVAL}",
                   f"1:18: warning HL103 {HIDDEN_IN.format(0x200B, 'zero width space', 'approved')}"]
    assert fix(tmp_path, capsys, b"Ketamine is appro&#8203;ved.\n") == b"Ketamine is approved.\n"


def test_hidden_characters_in_plain_text_and_code(tmp_path, capsys):
    code, out = lint(tmp_path, capsys, f"Ket{ZWSP}maine is given.\n", "--select", "typo", name="d.txt")
    assert [line.split(" HL")[0] for line in out] == ["1:1: error", "1:4: warning"]
    # Code is not prose: nothing is reported or fixed there.
    assert lint(tmp_path, capsys, f"Text.\n\n```\nKet{ZWSP}maine\n```\n", "--select", "typo") == (0, [])


# ------------------------------------------------------------------ deep nesting

DEEP_CLAIM = "Ketamine is approved for anxiety. Ketmaine helps."


def _deep_findings(out: list[str]) -> list[str]:
    return [line.split(" ")[0] + " " + line.split(" ")[2] for line in out]


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("depth", [20, 21, 60])
def test_text_in_deeply_nested_block_quotes_is_linted(tmp_path, capsys, depth):
    text = "# Notes\n\n" + "> " * depth + "Intro line.\n" + "> " * depth + DEEP_CLAIM + "\n"
    code, out = lint(tmp_path, capsys, text, "--select", "HL201,HL101")
    col = 2 * depth + 1
    assert code == 1
    assert _deep_findings(out) == [f"4:{col}: HL201", f"4:{col + 34}: HL101"]


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("depth", [10, 11, 40])
def test_text_in_deeply_nested_lists_is_linted(tmp_path, capsys, depth):
    lists = "".join("  " * i + "- item\n" for i in range(depth - 1))
    text = "# Notes\n\n" + lists + "  " * (depth - 1) + "- " + DEEP_CLAIM + "\n" + "  " * depth + "Ketmaine again.\n"
    code, out = lint(tmp_path, capsys, text, "--select", "HL201,HL101")
    col = 2 * depth + 1
    line = depth + 2
    assert code == 1
    assert _deep_findings(out) == [f"{line}:{col}: HL201", f"{line}:{col + 34}: HL101", f"{line + 1}:{col}: HL101"]


def test_nesting_the_parser_follows_is_read_as_before(tmp_path, capsys):
    """One level less than the limit is still Markdown: inline code is not prose there."""
    text = "> " * 19 + "Use `Ketmaine` in code only. Ketmaine in prose.\n"
    code, out = lint(tmp_path, capsys, text, "--select", "HL101")
    assert _deep_findings(out) == ["1:68: HL101"]


# ------------------------------------------------------------------ properties

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from linter.config import Settings  # noqa: E402
from linter.document.prose import visible  # noqa: E402
from linter.document.read import parse_document  # noqa: E402
from linter.runner import check_document  # noqa: E402

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NESTING = st.lists(st.sampled_from(["> ", ">", "- ", "* ", "+ ", "1. ", "2) "]), max_size=60).map("".join)


@PROPERTY
@given(NESTING)
def test_a_misspelling_at_any_nesting_depth_is_found_where_it_is(knowledge, prefix):
    text = prefix + "Ketmaine helps.\n"
    found = [(f.line, f.column) for f in check_document(parse_document(text, "deep.md"), knowledge, Settings())
             if f.code == "HL101"]
    assert found == [(1, len(prefix) + 1)]


WORDS = ["Ketamine", "ketmaine", "is", "not", "approved", "for", "anxiety", "within", "hours", "cures", "nausea",
         "side", "effects", "include", "it's", "FDA", "a", "2019", "study", "Talk", "to", "your", "doctor", "."]
HIDDEN = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066", "\u200f"])


@PROPERTY
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join),
       st.lists(st.tuples(st.integers(0, 200), HIDDEN), max_size=6))
def test_hidden_characters_change_no_finding_but_their_own(knowledge, sentence, insertions):
    plain = f"# Notes\n\n{sentence}\n"
    text = plain
    for at, char in sorted(insertions, reverse=True):
        at = 9 + at % (len(sentence) + 1)  # inside the sentence's line
        text = text[:at] + char + text[at:]
    assert parse_document(text, "h.md").prose == parse_document(plain, "h.md").prose

    def others(source):
        findings = check_document(parse_document(source, "h.md"), knowledge, Settings())
        return [(f.code, f.message, visible(source[f.offset:f.end_offset])) for f in findings if f.code != "HL103"]

    assert others(text) == others(plain)
