"""Suppression comments and front matter in the draft."""

from __future__ import annotations

from linter.cli import main

HEAD = "# Ketamine\n\nKetamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n" \
       "Talk to your doctor first.\n\n"


def run(tmp_path, capsys, body: str, *args) -> tuple[int, list[str]]:
    path = tmp_path / "d.md"
    path.write_text(HEAD + body, encoding="utf-8")
    code = main(["check", str(path), *args])
    return code, [line.split(":", 1)[1] for line in capsys.readouterr().out.splitlines()]


def test_next_line(tmp_path, capsys):
    assert run(tmp_path, capsys, "<!-- healthlint-disable-next-line HL101 -->\nKetmaine.\n") == (0, [])


def test_region_until_enable(tmp_path, capsys):
    body = ("<!-- healthlint-disable HL101, HL201 -->\nKetmaine.\n\nKetamine is approved for OCD.\n"
            "<!-- healthlint-enable -->\n\nKetmaine again.\n")
    code, lines = run(tmp_path, capsys, body)
    assert code == 1 and [l.split()[2] for l in lines] == ["HL101"] and lines[0].startswith("12:1:")


def test_front_matter_ignore(tmp_path, capsys):
    path = tmp_path / "d.md"
    path.write_text("---\nhealthlint: {ignore: [HL101]}\n---\nKetmaine.\n", encoding="utf-8")
    assert main(["check", str(path), "--select", "typo"]) == 0


def test_unused_suppressions_are_reported_as_info(tmp_path, capsys):
    code, lines = run(tmp_path, capsys, "<!-- healthlint-disable-next-line HL101 -->\nKetamine.\n")
    assert code == 1
    assert lines == ["6:1: info HL001 This suppression of HL101 suppresses nothing; remove it"]
    assert run(tmp_path, capsys, "<!-- healthlint-disable-next-line HL101 -->\nKetamine.\n",
               "--fail-on", "warning")[0] == 0


def test_suppression_of_a_rule_not_selected_is_not_reported(tmp_path, capsys):
    assert run(tmp_path, capsys, "<!-- healthlint-disable-next-line HL101 -->\nKetamine.\n",
               "--ignore", "HL101") == (0, [])


def test_each_unused_code_of_a_comment_is_reported_on_its_own(tmp_path, capsys):
    body = ("<!-- healthlint-disable-next-line HL101, HL201, overclaim -->\nKetmaine.\n")
    code, lines = run(tmp_path, capsys, body)
    assert code == 1
    assert lines == ["6:42: info HL001 HL201 in this suppression suppresses nothing; remove HL201 from it",
                     "6:49: info HL001 overclaim in this suppression suppresses nothing; remove overclaim from it"]


def test_unknown_code_in_a_comment_is_a_finding_and_the_others_still_apply(tmp_path, capsys):
    body = ("<!-- healthlint-disable-next-line HL999, HL101 -->\nKetmaine.\n\n"
            "Ketamine is approved for OCD.\n")
    code, lines = run(tmp_path, capsys, body)
    assert code == 1
    assert [l.split(" ", 3)[:3] for l in lines] == [
        ["6:35:", "warning", "HL002"],  # HL101 still suppresses the typo below it
        ["9:1:", "error", "HL201"],     # and the draft's other findings are all reported
    ]
    assert lines[0].endswith("Unknown rule code or category 'HL999' in this suppression; it suppresses nothing "
                             "(see `healthlint rules`)")


def test_a_comment_of_unknown_codes_only_suppresses_nothing(tmp_path, capsys):
    body = "<!-- healthlint-disable HL999 -->\nKetmaine.\n<!-- healthlint-enable HL99 -->\n"
    code, lines = run(tmp_path, capsys, body)
    assert code == 1
    assert [l.split()[:3] for l in lines] == [["6:25:", "warning", "HL002"], ["7:1:", "error", "HL101"],
                                              ["8:24:", "warning", "HL002"]]


def test_unknown_code_in_front_matter_is_a_finding_on_its_line(tmp_path, capsys):
    path = tmp_path / "d.md"
    path.write_text("---\nhealthlint:\n  ignore: [HL101, HL1x1]\n---\nKetmaine.\n", encoding="utf-8")
    assert main(["check", str(path), "--select", "typo,suppression"]) == 1
    assert capsys.readouterr().out == (
        f"{path}:2:1: warning HL002 Unknown rule code or category 'HL1x1' in this suppression; it suppresses "
        "nothing (see `healthlint rules`)\n")


def test_unknown_codes_follow_the_settings(tmp_path, capsys):
    assert run(tmp_path, capsys, "<!-- healthlint-disable-next-line HL999 -->\nKetamine.\n",
               "--ignore", "HL002") == (0, [])
