"""The one quotation test every claim family uses (claims.frames.quoted)."""

from __future__ import annotations

import pytest

from linter.checks import TRIGGERS
from linter.claims.frames import quoted
from linter.document.read import parse_document
from linter.nlp.annotate import pipeline


@pytest.fixture(scope="module")
def is_quoted(knowledge):
    nlp = pipeline(knowledge)

    def run(text: str, words: str, nth: int = 0) -> bool:
        """Whether the `nth` occurrence of `words` (whole tokens) is quoted in `text`."""
        ann = nlp.annotate(parse_document(text, "draft.md"), TRIGGERS)
        wanted = tuple(words.split())
        found = [i for i in range(len(ann.texts)) if tuple(ann.texts[i:i + len(wanted)]) == wanted]
        start = found[nth]
        sentence = ann.sentence_of(start)
        return quoted(ann, sentence, start, start + len(wanted))

    return run


@pytest.mark.parametrize("text, words", [
    ('One reader wrote: "the drip fixed my panic in a day" and nothing more.', "fixed"),
    ("One reader wrote: \u201cthe drip fixed my panic in a day\u201d and nothing more.", "fixed"),
    ("A poster in the waiting room reads 'relief in minutes' in large letters.", "in minutes"),
    ("A poster in the waiting room reads \u2018relief in minutes\u2019 in large letters.", "in minutes"),
    ("The brochure says the calm lasts 'months' at a time.", "months"),
    ('Some forums call the drug "cured in a bottle" for worry.', "cured"),
    ('Some forums call the nasal spray a "cure".', "cure"),
])
def test_quotations_of_each_kind(is_quoted, text, words):
    assert is_quoted(text, words)


@pytest.mark.parametrize("text, words", [
    ('One reader wrote: "the drip fixed my panic" and the clinic agreed it lasts weeks.', "lasts weeks"),
    ("The brochure says the calm lasts 'months' at a time, not weeks.", "weeks"),
    ('Some forums call it a "cure" and a "miracle", both wrong words.', "and"),
    ("Relief in minutes is not what most trials show.", "in minutes"),
])
def test_words_outside_the_quotation_are_the_writers(is_quoted, text, words):
    assert not is_quoted(text, words)


def test_a_quotation_opened_earlier_in_the_paragraph_covers_the_next_sentence(is_quoted):
    text = ('The flyer went further: "Our drips work on the first visit. The calm lasts for months." '
            "Neither promise is backed by trials.\n")
    assert is_quoted(text, "lasts for months")
    assert not is_quoted(text, "backed")


def test_a_paragraph_quoted_whole_is_the_speakers_account(is_quoted):
    # An interview answer set as one quotation: the article presents it as the speaker's own account.
    text = 'Does it help quickly?\n\n"Often within a day. The effect usually fades after a week or two."\n'
    assert not is_quoted(text, "fades")
    # The same paragraph with an attribution after the quotation is a quotation within it.
    text = '"Often within a day. The effect lasts for good," the leaflet promised.\n'
    assert is_quoted(text, "lasts for good")


@pytest.mark.parametrize("text, words", [
    ("Ketamine's effects on mood can start within hours.", "within hours"),
    ("Patients' reports describe relief within hours.", "within hours"),
    ("Patients' reports describe relief within hours, and the doctors' notes agree.", "within hours"),
    ("The clinic's nurses say it's usually calm within hours.", "within hours"),
])
def test_an_apostrophe_is_not_a_quotation_mark(is_quoted, text, words):
    assert not is_quoted(text, words)
