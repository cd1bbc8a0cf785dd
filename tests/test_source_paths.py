"""Issue 11: a pack's `source:` path is looked up only inside the pack's folder and the source folders."""

from __future__ import annotations

import pytest

from conftest import ROOT
from linter.cli import main

PACKS = ROOT / "tests" / "packs"
SECRET = "SECRET_TOKEN=hunter2"
DRAFT = "# Notes\n\nZanoprine is approved for tinnitus.\n"
REFUSED = "is not inside the pack's folder or a sources folder; name a file there"


def pack(folder, source: str):
    """The test pack, its `source:` (line 5, column 9) set, its tinnitus facts resting on line 1."""
    text = (PACKS / "zanoprine.yaml").read_text(encoding="utf-8")
    text = text.replace("source: zanoprine-source.md", f"source: {source}").replace(
        "for: tinnitus, source: 5}", "for: tinnitus, source: 1}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys, tmp_path, path, *args) -> tuple[int, str, str]:
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    code = main(["check", str(draft), "--no-cache", "--pack", str(path), "--format", "full", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def validate(capsys, path, *args) -> tuple[int, str]:
    code = main(["pack", "validate", str(path), *args])
    return code, capsys.readouterr().out


def assert_refused(capsys, tmp_path, path, problem: str) -> None:
    """`check` and `pack validate` both stop at the pack, with this one line and exit 2."""
    assert run(capsys, tmp_path, path) == (2, "", f"healthlint: error: {problem}\n")
    assert validate(capsys, path) == (2, f"{problem}\n")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_pack_cannot_print_the_process_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SECRET_TOKEN", "hunter2")
    monkeypatch.setenv("HEALTHLINT_SOURCES", str(tmp_path))
    path = pack(tmp_path / "packs", "/proc/self/environ")
    assert_refused(capsys, tmp_path, path, f"{path}:5:9: source: '/proc/self/environ' {REFUSED}")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_a_pack_cannot_climb_out_of_its_folder(tmp_path, capsys, monkeypatch):
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "passwd").write_text(SECRET + "\n", encoding="utf-8")
    folder = tmp_path / "a" / "b"  # ../../etc/passwd from here is the file above
    monkeypatch.setenv("HEALTHLINT_SOURCES", str(folder))
    path = pack(folder, "../../etc/passwd")
    assert_refused(capsys, tmp_path, path, f"{path}:5:9: source: '../../etc/passwd' {REFUSED}")


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("where", ["pack folder", "sources setting", "HEALTHLINT_SOURCES", "--sources"])
def test_a_symbolic_link_out_of_a_folder_is_refused(tmp_path, capsys, monkeypatch, where):
    secret = tmp_path / "private" / "notes.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n", encoding="utf-8")
    packs, sources = tmp_path / "packs", tmp_path / "sources"
    sources.mkdir()
    path = pack(packs, "article.txt")
    folder = packs if where == "pack folder" else sources
    (folder / "article.txt").symlink_to(secret)
    monkeypatch.chdir(tmp_path)
    if where == "sources setting":
        (tmp_path / ".healthlint.yaml").write_text("sources: [sources]\n", encoding="utf-8")
    if where == "HEALTHLINT_SOURCES":
        monkeypatch.setenv("HEALTHLINT_SOURCES", str(sources))
    options = ["--sources", str(sources)] if where == "--sources" else []
    expected = f"{path}:5:9: source: 'article.txt' in {folder} leads to {secret.resolve()}, outside that folder"
    if where != "--sources":
        assert_refused(capsys, tmp_path, path, expected)
    else:  # `check` has no --sources (the setting and the variable stand for it); `review` has
        assert validate(capsys, path, *options) == (2, expected + "\n")
        draft = tmp_path / "d.md"
        draft.write_text(DRAFT, encoding="utf-8")
        assert main(["review", str(draft), "--pack", str(path), *options]) == 2
        captured = capsys.readouterr()
        assert (captured.out, captured.err) == ("", f"healthlint: error: {expected}\n")


def test_a_source_inside_its_folder_is_quoted(tmp_path, capsys, monkeypatch):
    """A link that stays inside the folder, and a sub-folder, are fine."""
    sources = tmp_path / "sources"
    (sources / "sub").mkdir(parents=True)
    # Line 15 backs the pack's 2019 study (pack validate warns on a year its line does not give).
    article = "Zanoprine is not approved for tinnitus.\n" + "".join(
        f"Line {n}{', a 2019 trial' if n == 15 else ''}.\n" for n in range(2, 40))
    (sources / "sub" / "article.txt").write_text(article, encoding="utf-8")
    (sources / "same.txt").symlink_to(sources / "sub" / "article.txt")
    monkeypatch.setenv("HEALTHLINT_SOURCES", str(sources))
    for name in ("sub/article.txt", "same.txt"):
        path = pack(tmp_path / name.replace("/", "-"), name)
        code, out, err = run(capsys, tmp_path, path, "--select", "HL201", "--quiet")
        assert (code, err) == (1, "")
        assert f"= source, {name} line 1: Zanoprine is not approved for tinnitus.\n" in out
        assert validate(capsys, path) == (0, f"{path}: valid\n")
