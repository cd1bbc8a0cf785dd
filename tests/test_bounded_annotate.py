"""Issue 11: bounded time and memory in the annotate and extract stages (the spaCy pass,
negation scopes, clauses), on hostile drafts and long ones."""

from __future__ import annotations

import random
import string
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from linter.cli import main
from linter.document.read import parse_document
from linter.nlp import annotate
from linter.nlp.annotate import pipeline
from linter.nlp.tokens import FINAL, OPENER, OTHER, sentence_starts, tokenize
from linter.runner import lint_document

MISSING_CONSULT = ("warning HL801 Missing statement: advise readers to consult a healthcare professional "
                   "before starting or changing treatment")
MISSING_OFF_LABEL = "warning HL801 Missing statement: state that this use is off-label (not FDA-approved) (source line 38)"
MAY_CONTRADICT = ("warning HL201 May contradict the source: the draft says 'ketamine is approved for anxiety', but the "
                  "source says ketamine is used off-label for anxiety (source line 34)")


def check(capsys, path) -> tuple[int, list[str]]:
    code = main(["check", str(path), "--no-cache"])
    return code, capsys.readouterr().out.splitlines()


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_long_run_of_parentheses_is_tokenised_in_bounded_time(tmp_path, capsys):
    # spaCy peels prefixes one at a time, copying the rest: 32 KB of "(" took 85 s.
    draft = tmp_path / "parens.md"
    draft.write_text("(" * 32768 + " Ketamine is approved for anxiety. Ask about Ketmaine.\n", encoding="utf-8")
    assert check(capsys, draft) == (1, [
        f"{draft}:1:1: {MISSING_CONSULT}",
        f"{draft}:1:1: {MISSING_OFF_LABEL}",
        # No HL201: a "sentence" of 32,000 tokens is not parsed, so no claim in it is an error;
        # its words still hold the drug, the cue and the use, so it is a warning (issue 20).
        f"{draft}:1:32770: {MAY_CONTRADICT}",
        f"{draft}:1:32814: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)",
    ])


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_fifty_thousand_negations_in_one_sentence(tmp_path, capsys):
    draft = tmp_path / "not.md"
    draft.write_text("Ketamine is " + "not " * 50_000 + "approved for anxiety.\n", encoding="utf-8")
    assert check(capsys, draft) == (1, [f"{draft}:1:1: {MISSING_CONSULT}"])


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_fifty_thousand_relative_clauses_in_one_sentence(tmp_path, capsys):
    draft = tmp_path / "which.md"
    draft.write_text("Ketamine " + "which " * 50_000 + "is approved for anxiety.\n", encoding="utf-8")
    assert check(capsys, draft) == (1, [
        f"{draft}:1:1: {MISSING_CONSULT}",
        f"{draft}:1:1: {MISSING_OFF_LABEL}",
        # (no HL201: a sentence of 50,000 words is not parsed, so no claim in it is an error; a warning)
        f"{draft}:1:300004: {MAY_CONTRADICT}",
    ])


# ------------------------------------------------------------------ the bounded tokenizer


def _tokens(doc) -> list[tuple[str, int, str]]:
    return [(t.text, t.idx, t.whitespace_) for t in doc]


_PIECES = st.sampled_from(["Ketamine", "is", "(", "((", ")", "\"", "e.g.", "5–6", "-", "...", "'s", "don't", "\u200b"])
_GAPS = st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t", ""])
_ORDINARY = st.lists(st.tuples(_PIECES, _GAPS), max_size=30).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=300, deadline=None)
@given(_ORDINARY)
def test_ordinary_text_gets_the_tokenizers_own_tokens(knowledge, text):
    spacy_nlp = pipeline(knowledge).nlp
    assert _tokens(tokenize(spacy_nlp, text)) == _tokens(spacy_nlp.make_doc(text))


_SPACED = st.lists(st.tuples(_PIECES, _GAPS.filter(bool)), max_size=10).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=300, deadline=None)
@given(_SPACED, st.sampled_from("()[]\"'-.!?"), st.integers(1, 80), st.sampled_from([" ", "  ", "\n", " \n"]))
def test_long_runs_of_one_punctuation_mark_are_split_as_the_tokenizer_would(knowledge, text, mark, n, gap):
    # Pieces of 9 characters (longer than any word here): runs of up to 80 marks stand for
    # runs of thousands.
    spacy_nlp = pipeline(knowledge).nlp
    text = text + mark * n + gap + text
    doc = tokenize(spacy_nlp, text, max_chunk=9)
    assert doc.text == text
    if mark in "()[]\"":  # prefixes and suffixes: one token each, however the run is cut
        assert _tokens(doc) == _tokens(spacy_nlp.make_doc(text))


# ------------------------------------------------------------------ batches


def _paragraphs() -> list[str]:
    out = []
    for path in sorted(FIXTURES.rglob("*.md")):
        if path.name != "README.md":
            text = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
            out += [p.strip() for p in text.split("\n\n") if p.strip()]
    return out


def _annotated(knowledge, text: str, name: str) -> tuple:
    """Everything the annotate stage finds, and the findings."""
    document = parse_document(text, name)
    ann = pipeline(knowledge).annotate(document)
    tokens = (ann.norms, ann.texts, list(ann.starts), ann.spaces, ann.is_word, ann.url_like, ann.negation)
    return tokens, list(ann.sentences), list(ann.mentions), list(ann.cues), lint_document(document, knowledge)


@pytest.mark.parametrize("batch_chars", [1, 200, annotate.BATCH_CHARS])
def test_annotations_and_findings_do_not_depend_on_the_batches(knowledge, monkeypatch, batch_chars):
    """Fixtures, and a long draft of fixture paragraphs, are annotated alike however the
    prose is cut into batches (1: every block is a batch)."""
    rng = random.Random(3)
    long_draft = "\n\n".join(rng.choice(_paragraphs()) for _ in range(300))
    drafts = [(p.read_text(encoding="utf-8"), p.name) for p in sorted(FIXTURES.rglob("*.md"))]
    drafts += [(long_draft, "long.md"), (long_draft, "long.txt"),
               ("Intro.\n\n(Ketamine) is approved for anxiety. It is not.\n\n\"Esketamine\" is not approved.\n", "x.md")]
    monkeypatch.setattr(annotate, "BATCH_CHARS", 1 << 40)
    whole = [_annotated(knowledge, text, name) for text, name in drafts]
    monkeypatch.setattr(annotate, "BATCH_CHARS", batch_chars)
    assert [_annotated(knowledge, text, name) for text, name in drafts] == whole
    assert sum(len(findings) for *_, findings in whole) > 300


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([OTHER, FINAL, OPENER]), min_size=1, max_size=30), st.data())
def test_the_sentence_rule_carries_over_from_one_column_to_the_next(roles, data):
    cut = data.draw(st.integers(1, len(roles)))
    left, right = roles[:cut], roles[cut:]
    before = next((r for r in reversed(left) if r != OTHER), OTHER)
    pieces = sentence_starts(left) + [cut + i for i in sentence_starts(right, before)]
    assert set(pieces) == set(sentence_starts(roles)) | ({cut} if right else set())  # each piece starts one


# ------------------------------------------------------------------ memory

_PEAK = textwrap.dedent("""
    import resource, subprocess, sys
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
""")


def peak_rss_mb(*args: str) -> float:
    """Peak RSS of `healthlint check ARGS` in a process of its own (through an intermediate
    process, so no earlier child of the test run counts)."""
    command = [sys.executable, "-c", _PEAK, sys.executable, "-m", "linter", "check", "--no-cache", "--jobs", "1",
               *args]
    return int(subprocess.run(command, capture_output=True, text=True, check=True).stdout) / 1024


def _random_words(rng: random.Random, n: int) -> str:
    """n words never seen before (with digits, so the typo check passes them by quickly)."""
    letters = string.ascii_lowercase + string.digits
    return " ".join("".join(rng.choice(letters) for _ in range(rng.randint(5, 12))) for _ in range(n)) + ".\n"


@pytest.mark.hostile
@pytest.mark.timeout(900)  # a hang guard only (the measure is memory): generous for a starved CI runner
def test_the_vocabulary_does_not_grow_with_the_files_linted(tmp_path):
    """New words leave spaCy's vocabulary after each draft, and nothing keeps them
    (before: 3 drafts of 30,000 new words each took 248 MB, 12 took 462 MB)."""
    rng = random.Random(5)
    for i in range(12):
        (tmp_path / f"d{i:02}.md").write_text(_random_words(rng, 30_000), encoding="utf-8")
    files = sorted(map(str, tmp_path.glob("*.md")))
    three, twelve = peak_rss_mb(*files[:3]), peak_rss_mb(*files)
    assert twelve - three < 50, (three, twelve)


def long_draft(path, size: int = 2_500_000):
    """The fixtures' paragraphs (lists, tables, links, comments) in a seeded order, to `size` bytes."""
    rng = random.Random(7)
    paragraphs = _paragraphs()
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < size:
            out.write(rng.choice(paragraphs) + "\n\n")
    return path


@pytest.mark.hostile
@pytest.mark.timeout(900)  # a hang guard only (the measure is memory): generous for a starved CI runner
def test_a_long_draft_costs_little_memory_per_byte(tmp_path):
    draft = long_draft(tmp_path / "long.md")
    small = tmp_path / "small.md"
    # (with a claim sentence, so both runs load the parser: its weights are a fixed cost)
    small.write_text(_paragraphs()[0] + "\n\nKetamine is used off-label for anxiety.\n", encoding="utf-8")
    per_byte = (peak_rss_mb(str(draft)) - peak_rss_mb(str(small))) * 2**20 / draft.stat().st_size
    # before: 106; 41 with no parser; now 35 with claim sentences parsed, the read stage taking about
    # 28 of it. (A 10 MB draft under 500 MB of RSS needs under about 33 beyond the fixed cost.)
    assert per_byte < 45, per_byte
