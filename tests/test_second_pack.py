"""A second, fictional pack: the same checks work on it unchanged, and packs are chosen per draft."""

from __future__ import annotations

import pytest

from conftest import ROOT
from linter.cli import main

PACK = ROOT / "tests" / "packs" / "zanoprine.yaml"


def lint(tmp_path, capsys, text: str, *args) -> list[str]:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    main(["check", "--pack", str(PACK), str(path), "--ignore", "disclaimer", *args])
    return [line.split()[2] for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("text, expected", [
    ("Zanoprine is approved for chronic migraine.", []),
    ("Zanoprine is FDA-approved for tinnitus.", ["HL201"]),
    ("Zanoprine is approved for headache disorders.", ["HL202"]),
    ("Doctors use zanoprine off-label for tinnitus.", []),
    ("Zanotex is not approved for migraine.", ["HL201"]),
    ("Zanoprine relieves migraine within three to five days.", []),
    ("Zanoprine relieves migraine within hours.", ["HL301"]),
    ("Side effects of zanoprine include dry mouth and sleepiness.", []),
    ("Side effects of zanoprine include hair loss.", ["HL401"]),
    ("Zanoprine has no side effects.", ["HL402"]),
    ("A 2021 trial of zanoprine in tinnitus found benefits.", ["HL501"]),
    ("Zanoprine cures tinnitus.", ["HL601"]),
    ("Zanoprin eases migraine.", ["HL101"]),
])
def test_same_checks_on_a_fictional_drug(tmp_path, capsys, text, expected):
    assert lint(tmp_path, capsys, text) == expected


def test_ketamine_facts_do_not_apply_to_a_zanoprine_draft(tmp_path, capsys):
    # Chosen by the drugs mentioned: this draft names only zanoprine.
    assert lint(tmp_path, capsys, "Zanoprine relieves migraine within 3 to 5 days. It is not approved for anxiety.") == []


def test_front_matter_chooses_the_packs(tmp_path, capsys):
    text = "---\npacks: [zanoprine]\n---\nKetamine is FDA-approved for anxiety.\n"
    assert lint(tmp_path, capsys, text) == []  # the ketamine pack is not active for this draft
    text = "---\npacks: [ketamine]\n---\nKetamine is FDA-approved for anxiety.\n"
    assert lint(tmp_path, capsys, text) == ["HL201"]


def test_unknown_source_pack_in_front_matter(tmp_path, capsys):
    path = tmp_path / "d.md"
    path.write_text("---\npacks: [nope]\n---\nText.\n", encoding="utf-8")
    assert main(["check", "--pack", str(PACK), str(path)]) == 2
    assert (f"{path}:2: unknown pack 'nope' (active packs: ketamine, zanoprine)"
            in capsys.readouterr().err)


def test_the_fictional_pack_validates_against_its_source(capsys):
    assert main(["pack", "validate", str(PACK)]) == 0
    assert capsys.readouterr().out == f"{PACK}: valid\n"
