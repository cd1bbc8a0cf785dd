"""Packs that compose: the bundled pack can be turned off, and packs that name one condition or
drug under different ids mean the same thing."""

from __future__ import annotations

import pytest

from conftest import ROOT
from linter.cli import main

ZANOPRINE = ROOT / "tests" / "packs" / "zanoprine.yaml"
NO_PACKS = ("healthlint: warning: no fact packs: the bundled pack is off and no --pack or `packs:` "
            "names one; only the rules that need no pack run\n")


def run(capsys, *argv) -> tuple[int, str, str]:
    if argv[0] == "check":
        argv = (*argv, "-q")  # no summary line on stderr (tests/test_output.py tests it)
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("Ketamine is FDA-approved for anxiety.\n\nThe drug and it's effects are strong.\n",
                    encoding="utf-8")
    return path


# ------------------------------------------------------------------ bundled: false


def test_no_bundled_packs_flag_turns_the_bundled_pack_off(capsys, draft):
    code, out, _ = run(capsys, "check", str(draft), "--ignore", "disclaimer")
    assert (code, [line.split()[2] for line in out.splitlines()]) == (1, ["HL201", "HL102"])
    # Same draft, same cache: the setting is part of the cache key, so no stale HL201 comes back.
    code, out, err = run(capsys, "check", str(draft), "--ignore", "disclaimer", "--no-bundled-packs")
    assert (code, out, err) == (1, f"{draft}:3:14: warning HL102 'it's' means 'it is'; before 'effects' "
                                   "use the possessive 'its'\n", NO_PACKS)


@pytest.mark.parametrize("name, text", [
    (".healthlint.yaml", "bundled: false\n"),
    ("pyproject.toml", "[tool.healthlint]\nbundled = false\n"),
])
def test_bundled_false_setting(capsys, tmp_path, draft, name, text):
    config = tmp_path / name
    config.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "check", str(draft), "--config", str(config), "--select", "approval")
    assert (code, out, err) == (0, "", NO_PACKS)
    code, out, _ = run(capsys, "config", "--config", str(config))
    assert out.splitlines()[-1] == "bundled: False"


def test_bundled_false_with_another_pack_lints_against_that_pack_only(capsys, tmp_path):
    path = tmp_path / "d.md"
    path.write_text("Zanoprine is FDA-approved for tinnitus. Ketamine is FDA-approved for anxiety. Ketmaine.\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "check", str(path), "--no-bundled-packs", "--pack", str(ZANOPRINE),
                         "--ignore", "disclaimer")
    assert (code, [line.split()[2] for line in out.splitlines()], err) == (1, ["HL201"], "")
    assert "zanoprine" in out


def test_bundled_must_be_a_boolean(capsys, tmp_path, draft):
    config = tmp_path / ".healthlint.yaml"
    config.write_text("select: [ALL]\nbundled: no thanks\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(draft), "--config", str(config))
    assert (code, out, err) == (2, "", f"healthlint: error: {config}:2: 'bundled' must be true or false\n")


def test_review_takes_no_bundled_packs(capsys, draft):
    code, out, err = run(capsys, "review", str(draft), "--no-bundled-packs", "--format", "json")
    assert (code, err) == (0, NO_PACKS)
    assert '"verdict"' not in out  # no pack, no claim to judge


# ------------------------------------------------------------------ one entity across packs

VELOXANE = ROOT / "tests" / "packs" / "veloxane.yaml"
KETAMINE = ROOT / "rules" / "ketamine.yaml"
# Both packs active: the draft names a drug of each.
BOTH = "Veloxane is approved for generalized anxiety disorder.\n\n"


def codes_of(out: str) -> list[tuple[int, str]]:
    return [(int(line.split(":")[1]), line.split()[2]) for line in out.splitlines()]


@pytest.mark.parametrize("order", [
    ("--pack", str(VELOXANE)),  # the bundled pack first, the second pack's ids renamed to its
    ("--no-bundled-packs", "--pack", str(VELOXANE), "--pack", str(KETAMINE)),  # the other way round
])
@pytest.mark.parametrize("ignore", ["disclaimer", "disclaimer,HL203"])
def test_a_contradiction_stays_an_error_whichever_pack_names_the_condition(capsys, tmp_path, order, ignore):
    path = tmp_path / "d.md"
    path.write_text(BOTH + "Ketamine is FDA-approved for anxiety.\n\n"
                    "Veloxane is FDA-approved for anxiety disorders.\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(path), *order, "--ignore", ignore)
    # Line 1 is supported by veloxane's approval for its own id of generalized anxiety disorder;
    # line 3 is contradicted by the bundled pack, line 5 by the second pack.
    assert (code, codes_of(out), err) == (1, [(3, "HL201"), (5, "HL201")], "")
    assert "(source line 34)" in out.splitlines()[0] and "(source line 5)" in out.splitlines()[1]


def test_a_drug_two_packs_name_is_one_drug(capsys, tmp_path):
    # The second pack lists ketamine under its own id, with no facts about it.
    path = tmp_path / "d.md"
    path.write_text(BOTH + "Ketamine is approved for generalized anxiety disorder.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--pack", str(VELOXANE), "--select", "approval")
    assert (code, codes_of(out)) == (1, [(3, "HL201")])


def test_merged_entities_in_the_loaded_knowledge():
    from linter.packs import load_knowledge

    knowledge = load_knowledge((str(VELOXANE),))
    veloxane = knowledge.pack("veloxane")
    assert {e.name: e.id for e in veloxane.entries if e.kind != "term"} == {
        "veloxane": "veloxane", "Ketamine": "ketamine", "Anxiety": "anxiety", "generalised anxiety disorder": "gad"}
    assert [(a.drug, a.status, a.target) for a in veloxane.approvals] == [
        ("veloxane", "approved", "gad"), ("veloxane", "not-approved", "anxiety")]
    assert knowledge.entries["anxiety"].pack == "ketamine"  # the first pack's entry names it
