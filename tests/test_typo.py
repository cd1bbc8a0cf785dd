"""Near misses of pack terms, and "it's" for "its"."""

from __future__ import annotations

import pytest

from linter.checks.typo import match_case


@pytest.mark.parametrize("text, fix", [
    ("Esktamine is a nasal spray.", "Esketamine"),
    ("Doctors give ketmaine in clinics.", "ketamine"),
    ("It changes gluttamate levels.", "glutamate"),
    ("KETMAINE CLINICS ARE OPEN.", "KETAMINE"),
    ("Ask about Spravatto.", "Spravato"),
    ("Some report hallucinatons.", "hallucinations"),
])
def test_misspelling_fires_with_case_kept(lint, text, fix):
    [finding] = [f for f in lint(text) if f.code == "HL101"]
    assert finding.fix == fix
    assert text[finding.column - 1:finding.end_column - 1].lower() != fix.lower()


@pytest.mark.parametrize("text", [
    "Ketamine and esketamine act on NMDA receptors and glutamate.",
    "The anaesthetic effect was generalised.",
    "Arketamine and norketamine are related molecules.",
    "Ketamine's sedative effects wear off quickly.",
    "People describe euphoria, hallucinations and disorientation.",
    "The kit includes a ketamine dose.",
    "Clinics use ketamine-assisted psychotherapy.",
    "Visit https://example.org/ketmaine-esktamine for details.",
    # a term's plural is English's ("anxieties"), not the term with "es" glued on ("anxietyes",
    # which made a forum's name a near miss of it)
    "Forum Q&A: r/anxietymeds, where people compare their anxieties.",
])
def test_correct_words_are_silent(lint, text):
    assert [f for f in lint(text) if f.code == "HL101"] == []


@pytest.mark.parametrize("text, flagged, fix", [
    ("Ketamine blocks NDMA receptors.", "NDMA", "NMDA"),
    ("It binds NMAD sites.", "NMAD", "NMDA"),
    ("Symptoms of PSTD vary.", "PSTD", "PTSD"),
    ("Doctors start with SSRls.", "SSRls", "SSRIs"),
    ("Most start on serotonin uptake inhibitors.", "uptake", "reuptake"),
    ("Most start on selective serotonin uptake inhibitors.", "uptake", "reuptake"),
    ("Ask about Seasonal Effective Disorder.", "Effective", "Affective"),
])
def test_acronym_and_term_misspellings(lint, text, flagged, fix):
    [finding] = [f for f in lint(text) if f.code == "HL101"]
    assert text[finding.column - 1:finding.end_column - 1] == flagged  # only the wrong word
    assert finding.fix == fix


@pytest.mark.parametrize("text", [
    "Most start on selective serotonin re-uptake inhibitors.",  # a spelling variant
    "Serotonin-noradrenaline reuptake inhibitors are another class.",
    "The NHS, the FDA, the MHRA and NICE publish guidance.",
    "GABA and AMPA receptors are involved too.",
    "MMDA is a different compound.",  # a swap of a pack acronym, but a known one
    "Uptake of the new service was slow.",
    "Mental wellness matters as much as mental illness.",  # two-word terms are not matched
    "Loss of control is one effect; lots of control is not.",
    "Substance abuse disorder is an older name.",
    "The IM and MI abbreviations differ.",  # short acronyms are never swapped
])
def test_acronym_and_term_lookalikes_are_silent(lint, text):
    assert [f for f in lint(text) if f.code == "HL101"] == []


@pytest.mark.parametrize("text, where", [
    ("It lost it's FDA approval.", (9, "its")),
    ("It’s side effects are mild.", (1, "Its")),
    ("It's effects start within hours.", (1, "Its")),
    ("It's approved for one use.", None),
    ("It's a dissociative drug.", None),
    ("It's not approved for anxiety.", None),
    ("It's effective for some people.", None),
    # After "<drug> and", "it is" cannot be read: any noun is the drug's (round 2 of issue 20).
    ("Ketamine and it's interactions with your regular prescriptions are reviewed.", (14, "its")),
    ("Ketamine and it's metabolites leave the body fast.", (14, "its")),
    ("Esketamine or it's nasal spray form is used.", (15, "its")),
    ("I tried ketamine and it's not for me.", None),
    ("We stopped ketamine and it's been a month.", None),
    ("Ketamine and it's actually fine.", None),
    ("We talked and it's interactions that worry us.", None),  # no drug before the coordinator
])
def test_its(lint, text, where):
    found = [(f.column, f.fix) for f in lint(text) if f.code == "HL102"]
    assert found == ([where] if where else [])


@pytest.mark.parametrize("original, term, expected", [
    ("Esktamine", "esketamine", "Esketamine"),
    ("esktamine", "esketamine", "esketamine"),
    ("ESKTAMINE", "esketamine", "ESKETAMINE"),
    ("spravto", "Spravato", "Spravato"),
])
def test_match_case(original, term, expected):
    assert match_case(original, term) == expected


def test_the_english_word_list_is_memoised_and_a_corrupt_memo_is_rebuilt(tmp_path, monkeypatch):
    from linter.checks.typo import english

    monkeypatch.setenv("HEALTHLINT_USER_CACHE", str(tmp_path))
    built = english.__wrapped__()
    [memo] = list(tmp_path.rglob("english/*"))
    assert "anxiety" in built and len(built) > 100_000
    assert english.__wrapped__() == built  # read back from the memo
    memo.write_text('["only", "three", "words"', encoding="utf-8")  # truncated JSON
    assert english.__wrapped__() == built
    assert len(memo.read_text(encoding="utf-8")) > 1_000_000  # rewritten whole
    signature = memo.read_bytes().partition(b"\n")[0]
    for edited in (b'["only", "three", "words"]', signature + b'\n["only", "three", "words"]'):  # by hand
        memo.write_bytes(edited)
        assert english.__wrapped__() == built


def test_verdicts_stay_right_when_the_word_memo_is_emptied(lint, knowledge, monkeypatch):
    # Verdicts are memoised per word and the memo is emptied when full; a word seen again
    # after that is judged afresh, the same way.
    from linter.checks import typo

    monkeypatch.setattr(typo, "_MEMO_SIZE", 3)
    text = "Doctors give ketmaine in clinics, hospitals and practices; ketmaine again, and Esktamine."
    first = [(f.column, f.fix) for f in lint(text) if f.code == "HL101"]
    assert first == [(14, "ketamine"), (60, "ketamine"), (80, "Esketamine")]
    assert [(f.column, f.fix) for f in lint(text) if f.code == "HL101"] == first
    assert len(typo.lexicon(knowledge).verdicts) <= 3  # bounded


def _edits(word: str, at: int, letter: str) -> list[str]:
    """A word one typo away: a letter dropped, doubled, swapped with the next, or replaced."""
    at %= len(word)
    return [word[:at] + word[at + 1:], word[:at] + word[at] + word[at:], word[:at] + word[at + 1:at + 2]
            + word[at:at + 1] + word[at + 2:], word[:at] + letter + word[at + 1:]]


def test_the_narrowed_search_finds_what_a_search_of_every_pack_word_finds(knowledge):
    """The misspelling search compares a word with the pack words of its first letter and length
    first (most words stop there): the verdicts are those of a comparison with every pack word."""
    import dataclasses
    import random

    from linter.checks.typo import _intended, lexicon

    lex = lexicon(knowledge)

    class Every:  # every pack word, whatever the length or first letter
        def get(self, key, default=None):
            return lex.candidates

    every = dataclasses.replace(lex, by_length=Every(), by_start=Every())
    rng = random.Random(11)
    words = [e for w in rng.sample(lex.candidates, 120) for e in _edits(w, rng.randrange(99), rng.choice("aeiostnr"))]
    words += ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 12))) for _ in range(500)]
    found = [_intended(w, lex, knowledge) for w in words]
    assert found == [_intended(w, every, knowledge) for w in words]
    assert sum(f is not None for f in found) > 50  # the edits of pack words are found


@pytest.mark.parametrize("text, flagged, fix", [
    # session 6: a doubled letter struck one key late ("SRRIs" for SSRIs)
    ("SRRIs work on serotonin rather than glutamate, which may explain the slower timetable.", "SRRIs", "SSRIs"),
    ("Unlike an SRRI, ketamine acts within hours.", "SRRI", "SSRI"),
])
def test_a_doubled_letter_struck_late_in_an_acronym(lint, text, flagged, fix):
    [finding] = [f for f in lint(text) if f.code == "HL101"]
    assert (finding.message.split("'")[1], finding.fix) == (flagged, fix)
