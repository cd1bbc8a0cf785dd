"""Annotate stage: normalisation, mentions, clauses and negation scope."""

from __future__ import annotations

import pytest

from linter.document.read import parse_document
from linter.nlp.annotate import pipeline
from linter.nlp.matchers import variants
from linter.words import norm


@pytest.fixture(scope="module")
def annotate(knowledge):
    nlp = pipeline(knowledge)
    return lambda text: nlp.annotate(parse_document(text, "x.md"))


@pytest.mark.parametrize("word, folded", [
    ("Anaesthetic", "anesthetic"), ("generalised", "generalized"), ("behaviour", "behavior"),
    ("oedema", "edema"), ("diarrhoea", "diarrhea"), ("analysed", "analyzed"), ("licence", "license"),
    ("hour", "hour"), ("four", "four"), ("it\u2019s", "it's"), ("off\u2011label", "off-label"),
])
def test_norm_folds_case_dashes_and_british_spellings(word, folded):
    assert norm(word) == folded


def test_variants_cover_hyphen_and_space():
    assert variants("off-label") == {"off-label", "off label", "offlabel"}
    assert "treatment resistant depression" in variants("treatment-resistant depression")


def test_mentions_use_pack_ids_and_prefer_longest(annotate):
    ann = annotate("Esketamine nasal spray helps treatment resistant depression; GAD and sad news.")
    got = [(m.label, m.id, m.text) for m in ann.mentions]
    assert got == [("drug", "esketamine", "Esketamine nasal spray"),
                   ("condition", "trd", "treatment resistant depression"),
                   ("condition", "gad", "GAD")]  # "sad" is a word, "SAD" an acronym


def test_block_boundaries_are_sentence_boundaries(annotate):
    ann = annotate("# A heading without a period\n\nA paragraph. Two sentences.\n\n- an item\n")
    assert [s.text for s in ann.sentences] == [
        "A heading without a period", "A paragraph.", "Two sentences.", "an item"]


def _negated_words(ann):
    return [text for i, text in enumerate(ann.texts) if ann.is_negated(i)]


@pytest.mark.parametrize("text, negated", [
    ("Ketamine is not approved for anxiety.", ["approved", "for", "anxiety", "."]),
    ("Ketamine is approved for sedation but not for anxiety.", ["for", "anxiety", "."]),
    ("Ketamine has yet to be approved.", ["be", "approved", "."]),
    ("Not only is it fast, it is approved.", []),
    ("Depression that has not responded to other treatments is common.", []),
])
def test_negation_scope(annotate, text, negated):
    assert _negated_words(annotate(text)) == negated


def test_clauses_split_at_contrast_relative_and_subordinate(annotate):
    ann = annotate("Although it is fast, esketamine, which is a spray, is approved; ketamine is not.")
    [sentence] = ann.sentences
    parts = [ann.document.prose[ann.starts[c.tok_start]:ann.starts[c.tok_end - 1] + len(ann.texts[c.tok_end - 1])]
             for c in sentence.clauses]
    assert parts == ["Although it is fast,", "esketamine,", "which is a spray,", "is approved", "; ketamine is not."]


@pytest.mark.parametrize("text, expected", [
    # an aside between commas and the noun "a while" split nothing
    ("Confusion, however, is not a risk with it.", ["Confusion, however, is not a risk with it."]),
    ("My heart raced for a while after the infusion.", ["My heart raced for a while after the infusion."]),
    ("It is fast, however it is not approved.", ["It is fast,", "however it is not approved."]),
])
def test_clauses_not_split_at_an_aside_or_a_noun(annotate, text, expected):
    ann = annotate(text)
    [sentence] = ann.sentences
    parts = [ann.document.prose[ann.starts[c.tok_start]:ann.starts[c.tok_end - 1] + len(ann.texts[c.tok_end - 1])]
             for c in sentence.clauses]
    assert parts == expected


def test_sentences_know_their_block_after_lists(annotate):
    text = "Intro:\n\n- one\n- two\n\nA paragraph. Another sentence:\n\n- three\n"
    ann = annotate(text)
    blocks = ann.document.blocks
    got = [(s.text, blocks[s.block].kind, blocks[s.block].line) for s in ann.sentences]
    assert got == [("Intro:", "paragraph", 1), ("one", "paragraph", 3), ("two", "paragraph", 4),
                   ("A paragraph.", "paragraph", 6), ("Another sentence:", "paragraph", 6),
                   ("three", "paragraph", 8)]


@pytest.mark.parametrize("seq, value, expected", [
    (("it", "is", "it", "it"), "it", [0, 2, 3]),
    (("and",), "it", []),
    ((), "it", []),
])
def test_positions_finds_every_occurrence_in_order(seq, value, expected):
    from linter.words import positions

    assert list(positions(seq, value)) == expected
