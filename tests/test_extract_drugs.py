"""`healthlint pack extract` finds drug names from the article's own usage, takes --drug, and
writes no common words, sentence-initial capitals or verbs as drugs."""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from linter.cli import main

# An article in the project's own words about five medicines, with traps: names of people and
# places ("Caroline Martine", "Berlin"), sentence-initial verbs ("Evaluate", "Separate"), common
# nouns with drug-like endings ("medicine", "routine", "someone"), brand names in parentheses,
# after "sold as" and with ®.
ARTICLE = ROOT / "tests" / "packs" / "anxiety-medicines-source.txt"


def extract(capsys, tmp_path, *args, article=ARTICLE) -> tuple[int, dict, str]:
    out = tmp_path / "pack.yaml"
    code = main(["pack", "extract", str(article), "-o", str(out), *args])
    err = capsys.readouterr().err
    return code, (yaml.safe_load(out.read_text(encoding="utf-8")) if code == 0 else {}), err


def drugs(data: dict) -> dict[str, list[str]]:
    return {d["name"]: d.get("aliases", []) for d in data.get("drugs", [])}


def test_finds_the_drugs_from_their_usage_and_nothing_else(capsys, tmp_path):
    code, data, err = extract(capsys, tmp_path)
    assert (code, err) == (0, "")
    assert drugs(data) == {  # most used first
        "lithium": [], "pregabalin": [], "sertraline": ["Zoloft"], "venlafaxine": [], "bupropion": ["Wellbutrin"]}
    lines = {d["name"]: d["source"] for d in data["drugs"]}
    assert lines == {"lithium": 11, "pregabalin": 13, "sertraline": 5, "venlafaxine": 7, "bupropion": 9}
    # The facts hang on those names: each approval sentence is about its own drug.
    assert [(a["drug"], a["status"], a["for"]) for a in data["approvals"]] == [
        ("sertraline", "approved", "depression"), ("sertraline", "approved", "generalized-anxiety-disorder"),
        ("bupropion", "not-approved", "anxiety"), ("lithium", "approved", "bipolar-disorder"),
        ("pregabalin", "approved", "generalized-anxiety-disorder")]


def test_drug_option_names_one_the_usage_does_not_show(capsys, tmp_path):
    code, data, _ = extract(capsys, tmp_path, "--drug", "kava", "--drug", "Lithium")
    assert code == 0
    assert list(drugs(data))[:2] == ["kava", "Lithium"]  # named first, in the reviewer's spelling
    assert "lithium" not in drugs(data)  # the found one is the same entry, not a second
    assert {d["name"]: d["source"] for d in data["drugs"]}["kava"] == 15


def test_drug_option_names_a_drug_the_article_never_writes(capsys, tmp_path):
    code, _, err = extract(capsys, tmp_path, "--drug", "fluoxetine")
    assert (code, err) == (2, f"healthlint: error: {ARTICLE}: --drug 'fluoxetine' is not named in the article\n")


@pytest.mark.parametrize("text, expected", [
    # A lower-case generic with a stem, no English word.
    ("Patients on duloxetine improved. Later duloxetine was stopped.", {"duloxetine": []}),
    # Written only at the start of sentences: still a generic name, kept in lower case.
    ("Hydroxyzine can cause drowsiness. Hydroxyzine is also sedating.", {"hydroxyzine": []}),
    # An English word that the article uses as a drug (doses, approval); not one it does not.
    ("Doses of magnesium vary. Calcium is a mineral.", {"magnesium": []}),
    # A name with no stem, used as the subject of an approval sentence (names match in any case).
    ("Spravato is approved for depression.", {"spravato": []}),
    # "<Brand> (<generic>)" and a ® brand after "sold as".
    ("Xanax (alprazolam) works fast. Doctors prescribe alprazolam rarely.", {"alprazolam": ["Xanax"]}),
    ("Escitalopram, sold as Lexapro®, is approved for anxiety.", {"escitalopram": ["Lexapro"]}),
    # No junk: proper names, sentence-initial verbs, common nouns, words after a full stop.
    ("Dr Josephine Caroline from Berlin wrote this. Evaluate your routine. Someone is prescribed "
     "medicine. Separate the tablets. Determine the dose.", {}),
])
def test_usage_decides(capsys, tmp_path, text, expected):
    article = tmp_path / "a.txt"
    article.write_text(text + "\n", encoding="utf-8")
    code, data, _ = extract(capsys, tmp_path, article=article)
    assert (code, drugs(data)) == (0, expected)


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_many_distinct_drug_like_words_take_linear_time(capsys, tmp_path):
    # 3,000 made-up names with drug stems, each a misspelling candidate of the others: the
    # misspelling search compares each with the most used names only, not with every other.
    names = [f"zq{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}ine" for i in range(3_000)]
    article = tmp_path / "a.txt"
    article.write_text("Ketamine is used off-label for anxiety.\n\n" + " ".join(names) + ".\n", encoding="utf-8")
    code, data, _ = extract(capsys, tmp_path, article=article)
    assert code == 0
    assert len(data["drugs"]) + sum(len(d.get("misspellings", [])) for d in data["drugs"]) == 3_001
