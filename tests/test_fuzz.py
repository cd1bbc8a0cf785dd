"""Property tests over generated Markdown and arbitrary text: the linter never raises, every
finding lies inside the file and quotes what is there, and --fix converges."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from linter.checks import FIXABLE
from linter.config import Settings
from linter.document.read import parse_document
from linter.fix import apply_fixes
from linter.runner import check_document, fix_document

WORDS = ["Ketamine", "ketmaine", "Esktamine", "esketamine", "anxiety", "GAD", "TRD", "is", "not", "approved",
         "FDA-approved", "off-label", "for", "within", "hours", "2 to 6 weeks", "two–six days", "SSRIs", "cures",
         "side effects include", "nausea", "a 2019 study", "it's", "its", "approval", "\u200b", "\U0001F600",
         "&amp;", "\\*", "may", "never", "Talk to your doctor", ":", ",", ".", "?", "—"]
BLOCKS = st.sampled_from(["", "# ", "## ", "- ", "1. ", "> ", "    ", "| ", "```\n", "<!-- ", "* "])
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
markdown = st.lists(st.tuples(BLOCKS, sentence, st.sampled_from(["\n", "\n\n", "\r\n", " -->\n", "\n```\n"])),
                    min_size=1, max_size=12).map(lambda parts: "".join(a + b + c for a, b, c in parts))
anything = st.text(min_size=1, max_size=400).filter(lambda t: t.strip())

QUOTED = re.compile(r"^'(.+?)' (?:looks like|means|is not among)|the draft says '([^']+)'$")


def assert_sound(text: str, findings) -> None:
    lines = text.split("\n")
    for f in findings:
        assert 1 <= f.line <= len(lines) and 1 <= f.end_line <= len(lines)
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1
        assert 0 <= f.offset <= f.end_offset <= len(text)
        m = QUOTED.search(f.message.split(" (source line")[0])
        if m and f.code in ("HL101", "HL102", "HL401", "HL301", "HL302"):
            # A quoted span may cross a line break, which the message shows as a space.
            assert text[f.offset:f.end_offset].split() == (m.group(1) or m.group(2)).split(), f


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(markdown)
def test_generated_markdown(knowledge, text):
    findings = check_document(parse_document(text, "fuzz.md"), knowledge, Settings())
    assert_sound(text, findings)


@FUZZ
@given(anything, st.sampled_from(["fuzz.md", "fuzz.txt"]))
def test_arbitrary_text(knowledge, text, name):
    findings = check_document(parse_document(text, name), knowledge, Settings())
    assert_sound(text, findings)


@FUZZ
@given(markdown)
def test_fix_converges(knowledge, text):
    document = parse_document(text, "fuzz.md")
    fixed, remaining = fix_document(document, knowledge, Settings())
    assert not [f for f in remaining if f.code in FIXABLE and f.fix is not None]
    again, applied = apply_fixes(fixed.text, remaining, set(FIXABLE))
    assert applied == [] and again == fixed.text
    assert fix_document(fixed, knowledge, Settings())[0].text == fixed.text


def _blocks(tokens) -> list:
    """The block tokens, every field but the inline children (which the inline shortcut leaves out)."""
    return [(t.type, t.tag, t.nesting, t.map, t.content, t.markup, t.info, t.block, t.hidden, t.level, t.attrs)
            for t in tokens]


# Plain prose (spaces and tabs around line breaks, characters that start no markup), and
# the same with markup characters mixed in.
_PLAIN = list("abc XYZ.,:;#-+=()'\"0123>|\n\n\n\t")
prose_lines = st.one_of(st.text(alphabet=st.sampled_from(_PLAIN), min_size=1, max_size=200),
                        st.text(alphabet=st.sampled_from(_PLAIN + list("\\`~*_[]!<&")), min_size=1, max_size=200))


@settings(max_examples=500, deadline=None)
@given(st.one_of(markdown, prose_lines))
@example("Line one  \nline two\n")  # a hard break: the inline parser drops the trailing spaces
@example("Line one\t\nline two\n")
@example("Line one\n   line two\n")  # the next line's indent is not prose either
@example("A line\\\nwith an escaped break\n")
# Markup of each kind the shortcut must not take for plain text:
@example('Some *emphasis*\n')
@example('Some _emphasis_\n')
@example('Some `code`\n')
@example('Some ~~struck~~ text\n')
@example('A [link](x)\n')
@example('An ![image](x)\n')
@example('Some <b>html</b>\n')
@example('An &amp; entity\n')
@example('An \\*escape\n')
def test_the_plain_text_shortcut_reads_what_the_inline_parser_would(text):
    # The parser skips markdown-it's inline pass where a block holds no markup and reads
    # the block's lines directly; the prose, its offsets and the blocks must be exactly what
    # the unmodified parser's inline tokens give.
    from markdown_it import MarkdownIt

    from linter.document.markdown import build_markdown

    line_starts = tuple([0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"])
    reference = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    fast, full = build_markdown(text, line_starts), build_markdown(text, line_starts, parser=reference)
    assert (fast.parts, fast.runs, fast.blocks, fast.comments) == (full.parts, full.runs, full.blocks, full.comments)


# Lines of letters beside every way a line can start a block, nested blocks and lazy
# continuation lines among them.
block_lines = st.lists(st.sampled_from(
    ["Text", "more text", "A|b", "> Quoted", ">", "- Item", "* Item", "1. Step", "2) Step", "  Indented",
     "    Code", "\tTabbed", "---", "===", "| a | b |", "|---|---|", "--|--", "# Heading", "<div>", "```", "~~~",
     "[ref]: /url", "# Title", "## Title | cell", "#hashtag", "", "", ""]), min_size=1, max_size=20).map("\n".join)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(markdown, prose_lines, block_lines))
@example("A paragraph\nover two lines\n\nAnother\n")
@example("A paragraph\n- then a list\n")  # a line the shortcut leaves to the full rules
@example("Table | head\n--- | ---\nA | b\n")
@example("A heading\n===\n")
@example("Text\n    indented, so lazy continuation\n")
@example("> quoted\ncontinued lazily\n")
@example("- item\n\n  Inside the item\n\nOutside\n")
@example("Text\x85\n")  # kept: CommonMark trims only its own kinds of whitespace
@example("# Heading\nText\n")
@example("# Not a heading | but a table\n--- | ---\n")
@example("#Not a heading\n")
def test_the_plain_block_shortcut_builds_the_blocks_the_parser_would(text):
    # Paragraphs of lines that start with a letter, and headings, skip markdown-it's other
    # block rules; the block tokens must be exactly the unmodified parser's.
    from markdown_it import MarkdownIt

    from linter.document.parser import reading_parser

    reference = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    assert _blocks(reading_parser().parse(text)) == _blocks(reference.parse(text))


_SENTENCE_TEXT = st.lists(st.sampled_from(list("ab Xy1 .!?…。;:,-'\"()[]\n\t") + ["Dr.", "e.g.", "...", "?!", "Word"]),
                          max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(_SENTENCE_TEXT)
@example("One. Two! Three? (Four.) \"Five.\" Six... seven")
@example("Ends.\n\nNext")
def test_sentence_starts_are_the_sentencizers(knowledge, text):
    # The annotate stage applies the pipeline sentencizer's rule over token columns rather
    # than running the component; the sentences must be the ones the component gives.
    from linter.nlp.annotate import pipeline
    from linter.nlp.tokens import sentence_role, sentence_starts

    nlp = pipeline(knowledge).nlp
    expected = [t.i for t in nlp(text) if t.is_sent_start]
    final = nlp.get_pipe("sentencizer").punct_chars
    roles = [sentence_role(t.text in final, t.is_punct) for t in nlp.make_doc(text)]
    assert sentence_starts(roles) == expected
