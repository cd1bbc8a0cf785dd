"""Issue 19, items 1-4: a repository's config is untrusted (the files it names lie inside the
project), every user-named file goes through one reader (regular files and pipes, a size limit
per kind), and every file a command was asked to write goes through one writer (never a draft
or a link, whole or not at all, created with the umask's mode)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from linter.cli import main
from linter.files import LIMITS, MB

DRAFT = "Ketamine is approved for anxiety.\n"  # HL201, resting on the bundled pack's line 34
TYPO = "Ketmaine helps.\n"
# A secret of many lines, as a private key or certificate in a CI job's environment: every line of
# /proc/self/environ after the first is one of these, so any line a pack names would quote it.
SECRET = "".join(f"s3cr3t-{n}\n" for n in range(1, 81))


def hostile_project(folder: Path, sources: str, source: str, line: int | None = None) -> Path:
    """A project whose config names `sources` and a copy of the bundled pack with `source:` set
    (its off-label fact moved to `line`, when given), and a draft that contradicts that fact."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "rules" / "ketamine.yaml").read_text(encoding="utf-8")
    text = text.replace("source: ketamine-anxiety.txt", f"source: {source}")
    if line is not None:
        text = re.sub(r"source: 34\b", f"source: {line}", text)
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    index = ROOT / "rules" / "ketamine-anxiety.index.json"  # the alignment index the pack names, beside it
    (folder / index.name).write_bytes(index.read_bytes())
    (folder / ".healthlint.yaml").write_text(f"sources: [{sources}]\npacks: [pack.yaml]\nbundled: false\n",
                                             encoding="utf-8")
    (folder / "d.md").write_text(DRAFT, encoding="utf-8")
    return folder


def left_out(folder: Path, value: str) -> str:
    return (f"healthlint: warning: {folder}/.healthlint.yaml:1: sources: '{value}' is outside the project root "
            f"{folder}; not used, so no sentence is quoted from it (name a folder elsewhere with "
            "HEALTHLINT_SOURCES, or --sources for review)\n")


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------ a repository's config


@pytest.mark.hostile
@pytest.mark.timeout(120)
@pytest.mark.parametrize("command", [["check", "--no-cache", "--format", "full", "d.md"], ["review", "d.md"],
                                     ["review", "d.md", "--format", "html"]])
def test_a_config_cannot_print_the_process_environment(tmp_path, command):
    """`sources: [/proc/self]` and a pack's `source: environ` quoted the environment, secrets and all.
    In a process of its own: /proc/self/environ is the environment a process started with."""
    project = hostile_project(tmp_path / "repo", "/proc/self", "environ")
    done = subprocess.run([sys.executable, "-m", "linter", *command], cwd=project, capture_output=True, text=True,
                          env={**os.environ, "DEPLOY_PRIVATE_KEY": SECRET}, timeout=110)
    assert "s3cr3t" not in done.stdout + done.stderr
    assert done.returncode == 1  # the contradiction is still found
    assert done.stderr.startswith(left_out(project, "/proc/self"))
    if command[0] == "check":
        # Named, not quoted: what the pack records stands in for the sentence.
        assert ("= source: environ line 34 (not found); the pack ketamine records: ketamine is used off-label "
                "for anxiety\n") in done.stdout
    elif "html" not in command:
        assert "     source: environ line 34\n" in done.stdout


@pytest.mark.hostile
@pytest.mark.timeout(60)
@pytest.mark.skipif(not os.path.isfile("/etc/passwd"), reason="no /etc/passwd")
def test_a_config_cannot_quote_etc_passwd(tmp_path, capsys, monkeypatch):
    first = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()[0].strip()
    project = hostile_project(tmp_path / "repo", "/etc", "passwd", line=1)
    monkeypatch.chdir(project)
    for command in (["check", "--no-cache", "--format", "full", "d.md"], ["review", "d.md"]):
        code, out, err = run(capsys, *command)
        assert first not in out + err
        assert code == 1 and err.startswith(left_out(project, "/etc"))
        assert "passwd line 1" in out


def test_a_folder_outside_is_quoted_when_the_user_names_it(tmp_path, capsys, monkeypatch):
    """HEALTHLINT_SOURCES (or review's --sources), which a repository cannot set, may name any folder."""
    outside = tmp_path / "shared"
    outside.mkdir()
    (outside / "article.txt").write_text("".join(f"Line {n}.\n" for n in range(1, 40)), encoding="utf-8")
    project = hostile_project(tmp_path / "repo", "../shared", "article.txt")
    monkeypatch.chdir(project)
    code, out, err = run(capsys, "check", "--no-cache", "--format", "full", "d.md")
    assert (code, err.startswith(left_out(project, "../shared"))) == (1, True)
    assert "= source: article.txt line 34 (not found); the pack ketamine records: " in out
    monkeypatch.setenv("HEALTHLINT_SOURCES", str(outside))
    code, out, _ = run(capsys, "check", "--no-cache", "--format", "full", "d.md")
    assert code == 1 and "= source, article.txt line 34: Line 34.\n" in out
    monkeypatch.delenv("HEALTHLINT_SOURCES")
    code, out, _ = run(capsys, "review", "d.md", "--sources", str(outside))
    assert code == 1 and "     source: article.txt line 34: Line 34.\n" in out


@pytest.mark.parametrize("setting, option", [("packs", "--pack"), ("baseline", "--baseline")])
def test_a_file_outside_the_project_needs_the_command_line(tmp_path, capsys, monkeypatch, setting, option):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "p.yaml").write_bytes((ROOT / "tests" / "packs" / "zanoprine.yaml").read_bytes())
    (outside / "b.json").write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    project = tmp_path / "repo"
    project.mkdir()
    (project / "d.md").write_text(TYPO, encoding="utf-8")
    name = "../elsewhere/p.yaml" if setting == "packs" else "../elsewhere/b.json"
    value = f"[{name}]" if setting == "packs" else name
    (project / ".healthlint.yaml").write_text(f"{setting}: {value}\n", encoding="utf-8")
    monkeypatch.chdir(project)
    what = "a pack" if setting == "packs" else "a baseline"
    assert run(capsys, "check", "--no-cache", "-q", "d.md") == (
        2, "", f"healthlint: error: {project}/.healthlint.yaml:1: {setting}: '{name}' is outside the project root "
               f"{project}; name {what} elsewhere with {option}\n")
    (project / ".healthlint.yaml").unlink()
    code, out, err = run(capsys, "check", "--no-cache", "-q", "d.md", option, outside / name.split("/")[-1])
    assert (code, err) == (1, "") and "HL101" in out


@pytest.mark.parametrize("setting", ["packs", "baseline", "sources"])
def test_a_link_out_of_the_project_is_outside_it(tmp_path, capsys, monkeypatch, setting):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x").write_text("kind: pack\n", encoding="utf-8")
    project = tmp_path / "repo"
    project.mkdir()
    (project / "d.md").write_text(TYPO, encoding="utf-8")
    (project / "link").symlink_to(outside / "x" if setting != "sources" else outside)
    (project / ".healthlint.yaml").write_text(f"{setting}: {'[link]' if setting != 'baseline' else 'link'}\n",
                                              encoding="utf-8")
    monkeypatch.chdir(project)
    code, out, err = run(capsys, "check", "--no-cache", "-q", "d.md")
    target = outside / "x" if setting != "sources" else outside
    problem = f"{project}/.healthlint.yaml:1: {setting}: 'link' leads to {target}, outside the project root {project}"
    if setting == "sources":
        assert (code, err) == (1, f"healthlint: warning: {problem}; not used, so no sentence is quoted from it "
                                  "(name a folder elsewhere with HEALTHLINT_SOURCES, or --sources for review)\n")
    else:
        what = "a pack" if setting == "packs" else "a baseline"
        option = "--pack" if setting == "packs" else "--baseline"
        assert (code, out, err) == (2, "", f"healthlint: error: {problem}; name {what} elsewhere with {option}\n")


def test_the_project_root_is_the_git_work_tree(tmp_path, capsys, monkeypatch):
    """A config in a sub-folder of a repository may name the repository's other folders."""
    repo = tmp_path / "repo"
    (repo / "packs").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "packs" / "p.yaml").write_bytes((ROOT / "tests" / "packs" / "zanoprine.yaml").read_bytes())
    (repo / "docs" / ".healthlint.yaml").write_text("packs: [../packs/p.yaml]\n", encoding="utf-8")
    (repo / "docs" / "d.md").write_text("Zanoprin helps.\n", encoding="utf-8")
    monkeypatch.chdir(repo / "docs")
    code, out, err = run(capsys, "check", "--no-cache", "-q", "d.md")
    assert (code, out) == (2, "") and "'../packs/p.yaml' is outside the project root" in err
    (repo / ".git").mkdir()
    code, out, err = run(capsys, "check", "--no-cache", "-q", "d.md")
    assert (code, err) == (1, "") and "HL101 'Zanoprin'" in out


def test_a_named_file_that_is_no_regular_file_is_refused_at_its_setting(tmp_path, capsys, monkeypatch):
    project = tmp_path / "repo"
    (project / "folder").mkdir(parents=True)
    (project / "d.md").write_text(TYPO, encoding="utf-8")
    (project / ".healthlint.yaml").write_text("packs: [rules.yaml, folder]\n", encoding="utf-8")
    (project / "rules.yaml").write_bytes((ROOT / "tests" / "packs" / "zanoprine.yaml").read_bytes())
    monkeypatch.chdir(project)
    assert run(capsys, "check", "--no-cache", "d.md") == (
        2, "", f"healthlint: error: {project}/.healthlint.yaml:1: packs: 'folder' is not a regular file; "
               "name a pack elsewhere with --pack\n")


# ------------------------------------------------------------------ one reader


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("args, expected", [
    (["check", "d.md", "--pack", "/dev/zero"], "healthlint: error: /dev/zero: not a regular file (a device or "
                                               "socket); name a file\n"),
    (["check", "d.md", "--baseline", "/dev/zero"], "healthlint: error: /dev/zero: not a regular file (a device "
                                                   "or socket); name a file\n"),
    (["pack", "extract", "/dev/urandom"], "healthlint: error: /dev/urandom: not a regular file (a device or "
                                          "socket); name a file\n"),
    (["check", "d.md", "--source", "/dev/urandom"], "healthlint: error: /dev/urandom: not a regular file (a "
                                                    "device or socket); name a file\n"),
])
def test_a_device_is_one_line_not_read(tmp_path, capsys, monkeypatch, args, expected):
    """`pack extract /dev/urandom` and a --pack or --baseline of /dev/zero read until MemoryError."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(TYPO, encoding="utf-8")
    assert run(capsys, *args) == (2, "", expected)


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_pack_validate_of_a_device_is_one_line(capsys):
    assert run(capsys, "pack", "validate", "/dev/zero") == (
        2, "/dev/zero:1:1: not a regular file (a device or socket); name a file\n", "")


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("setting", ["packs: [/dev/zero]", "baseline: /dev/zero"])
def test_a_device_named_by_the_config_is_one_line(tmp_path, capsys, monkeypatch, setting):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(TYPO, encoding="utf-8")
    (tmp_path / ".healthlint.yaml").write_text(setting + "\n", encoding="utf-8")
    key = setting.split(":")[0]
    what, option = ("a pack", "--pack") if key == "packs" else ("a baseline", "--baseline")
    assert run(capsys, "check", "--no-cache", "d.md") == (
        2, "", f"healthlint: error: {tmp_path}/.healthlint.yaml:1: {key}: '/dev/zero' is outside the project root "
               f"{tmp_path}; name {what} elsewhere with {option}\n")


def sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no room on disk (the reader refuses it by its size)."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind, name, args", [
    ("pack", "big", ["check", "--no-cache", "d.md", "--pack", "big"]),
    ("baseline", "big", ["check", "--no-cache", "d.md", "--baseline", "big"]),
    ("source", "big", ["pack", "extract", "big"]),
    ("config", ".healthlint.yaml", ["check", "--no-cache", "d.md"]),
])
def test_each_kind_of_file_has_a_size_limit(tmp_path, capsys, monkeypatch, kind, name, args):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.md").write_text(TYPO, encoding="utf-8")
    sparse(tmp_path / name, LIMITS[kind] + 1)
    shown = tmp_path / name if kind == "config" else name  # a config found upwards is named in full
    assert run(capsys, *args) == (
        2, "", f"healthlint: error: {shown}: larger than {LIMITS[kind] // MB} MB, the limit for a {kind}\n")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_pack_validate_of_a_pack_above_the_limit_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sparse(tmp_path / "big", LIMITS["pack"] + 1)
    assert run(capsys, "pack", "validate", "big") == (2, "big:1:1: larger than 4 MB, the limit for a pack\n", "")


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_a_draft_above_the_limit_is_one_error_and_the_others_are_linted(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(TYPO, encoding="utf-8")
    sparse(tmp_path / "b.md", LIMITS["draft"] + 1)
    code, out, err = run(capsys, "check", "--no-cache", "a.md", "b.md")
    assert code == 2
    assert out == "a.md:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"
    assert err.startswith("healthlint: error: b.md: larger than 32 MB, the limit for a draft\n")


# ------------------------------------------------------------------ one writer


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    (tmp_path / "drafts").mkdir()
    for name in ("a.md", "b.md"):
        (tmp_path / "drafts" / name).write_text(TYPO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "drafts"


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_write_baseline_never_replaces_a_draft(drafts, capsys):
    """`check drafts --write-baseline drafts/a.md` replaced the draft with JSON (exit 0)."""
    assert run(capsys, "check", "--no-cache", "drafts", "--write-baseline", "drafts/a.md") == (
        2, "", "healthlint: error: drafts/a.md: is one of the drafts being read; the baseline must be another "
               "file (outside the drafts' folders, or excluded)\n")
    assert (drafts / "a.md").read_text(encoding="utf-8") == TYPO


@pytest.mark.hostile
@pytest.mark.timeout(60)
def test_write_baseline_never_writes_through_a_link(drafts, capsys, tmp_path):
    (tmp_path / "link.json").symlink_to("drafts/b.md")
    assert run(capsys, "check", "--no-cache", "drafts", "--write-baseline", "link.json") == (
        2, "", "healthlint: error: link.json: is one of the drafts being read; the baseline must be another "
               "file (outside the drafts' folders, or excluded)\n")
    assert (drafts / "b.md").read_text(encoding="utf-8") == TYPO
    # A link to a file that is no draft is not written through either.
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    (tmp_path / "other.json").symlink_to("notes.txt")
    for option in ("--write-baseline", "--output-file"):
        assert run(capsys, "check", "--no-cache", "drafts", option, "other.json") == (
            2, "", "healthlint: error: other.json: is a symbolic link; healthlint writes no file through a link "
                   "(name the file itself, or remove the link)\n")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert os.path.islink(tmp_path / "other.json")


@pytest.mark.hostile
def test_init_never_creates_a_file_through_a_dangling_link(tmp_path, capsys, monkeypatch):
    (tmp_path / "outside").mkdir()
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / ".healthlint.yaml").symlink_to("../outside/x")
    monkeypatch.chdir(tmp_path / "repo")
    from linter.init import snippets

    assert run(capsys, "init") == (2, snippets(), "healthlint: error: .healthlint.yaml: exists already, left as it "
                                   "is (edit it, or replace it with healthlint init --force); the snippets follow, "
                                   "and healthlint init --print prints them alone\n")
    assert run(capsys, "init", "--force") == (
        2, "", "healthlint: error: .healthlint.yaml: is a symbolic link; healthlint writes no file through a link "
               "(name the file itself, or remove the link)\n")
    assert os.listdir(tmp_path / "outside") == []


@pytest.mark.hostile
def test_init_force_never_overwrites_a_draft_through_a_link(drafts, capsys, tmp_path):
    (tmp_path / ".healthlint.yaml").symlink_to("drafts/a.md")
    assert run(capsys, "init", "--force") == (
        2, "", "healthlint: error: .healthlint.yaml: is a symbolic link; healthlint writes no file through a link "
               "(name the file itself, or remove the link)\n")
    assert (drafts / "a.md").read_text(encoding="utf-8") == TYPO


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_files_created_follow_the_umask(drafts, capsys, tmp_path, umask, mode):
    """init and --write-baseline created mode 600 whatever the umask."""
    previous = os.umask(umask)
    try:
        assert run(capsys, "init")[0] == 0
        assert run(capsys, "check", "--no-cache", "drafts", "--write-baseline", "base.json")[0] == 0
        assert run(capsys, "check", "--no-cache", "drafts", "-o", "report.txt")[0] == 1
    finally:
        os.umask(previous)
    for name in (".healthlint.yaml", "base.json", "report.txt"):
        assert (tmp_path / name).stat().st_mode & 0o777 == mode, name


def test_a_replaced_output_keeps_its_mode(drafts, capsys, tmp_path):
    (tmp_path / "report.txt").write_text("old\n", encoding="utf-8")
    os.chmod(tmp_path / "report.txt", 0o640)
    assert run(capsys, "check", "--no-cache", "drafts", "-o", "report.txt")[0] == 1
    assert (tmp_path / "report.txt").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("drafts/a.md:1:1: error HL101")


def test_an_interrupted_run_leaves_the_output_as_it_was(drafts, capsys, tmp_path, monkeypatch):
    """The output goes to a temporary file, renamed over the target only once it is complete."""
    import linter.cli.check

    (tmp_path / "report.txt").write_text("old\n", encoding="utf-8")

    def interrupted(fmt, parts, write, *args, **kwargs):
        write("half a report")
        raise KeyboardInterrupt

    monkeypatch.setattr(linter.cli.check, "write_findings", interrupted)
    code, out, err = run(capsys, "check", "--no-cache", "drafts", "-o", "report.txt")
    assert (code, out, err.strip()) == (2, "", "Aborted.")
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["drafts", "report.txt"]


def test_a_device_is_still_an_output(drafts, capsys):
    """/dev/null has nothing to replace: it is written directly."""
    assert run(capsys, "check", "--no-cache", "drafts", "-o", "/dev/null") == (
        1, "", "2 files, 2 findings (2 errors); 2 fixable with --fix\n")


@pytest.mark.hostile
@pytest.mark.timeout(180)
def test_the_server_never_quotes_what_a_config_points_outside(tmp_path):
    """The server's related information and hovers quoted /proc/self/environ too."""
    pytest.importorskip("pygls", reason="the language server needs the 'server' extra")
    from lsp_client import Client

    project = hostile_project(tmp_path / "repo", "/proc/self", "environ")
    draft = project / "d.md"
    client = Client(project, env={"DEPLOY_PRIVATE_KEY": SECRET})
    try:
        client.initialize(project)
        found = client.diagnostics(draft, client.open(draft))
        hover = client.request("textDocument/hover", {"textDocument": {"uri": draft.as_uri()},
                                                      "position": {"line": 0, "character": 5}})
    finally:
        assert client.stop() == 0
    assert [d["code"] for d in found] == ["HL201", "HL801", "HL801"]
    assert "relatedInformation" not in found[0]
    assert "Contradicts the source" in hover["contents"]["value"]
    assert "s3cr3t" not in json.dumps([found, hover, client.notifications])


@pytest.mark.hostile
@pytest.mark.timeout(180)
def test_the_server_reads_configs_and_packs_through_the_same_reader(tmp_path):
    """`packs: [/dev/zero]` took the server to 2.6 GB, and it stopped publishing."""
    pytest.importorskip("pygls", reason="the language server needs the 'server' extra")
    from lsp_client import Client

    config, draft = tmp_path / ".healthlint.yaml", tmp_path / "d.md"
    draft.write_text(TYPO, encoding="utf-8")
    sparse(tmp_path / "big.yaml", LIMITS["pack"] + 1)
    client = Client(tmp_path)
    try:
        client.initialize(tmp_path)
        for setting, problem in [
                ("packs: [/dev/zero]", f"{config}:1: packs: '/dev/zero' is outside the project root {tmp_path}; "
                                       "name a pack elsewhere with --pack"),
                ("packs: [big.yaml]", f"{tmp_path / 'big.yaml'}: larger than 4 MB, the limit for a pack")]:
            config.write_text(setting + "\n", encoding="utf-8")
            at = client.mark()
            client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
            client.open(draft)
            shown = client.wait(lambda m: m["method"] == "window/showMessage", after=at)["params"]
            assert shown["message"] == f"healthlint: {problem}"
            assert client.diagnostics(draft, at) == []  # no valid settings yet: nothing to lint with
            client.notify("textDocument/didClose", {"textDocument": {"uri": draft.as_uri()}})
    finally:
        assert client.stop() == 0


def test_the_server_reads_source_articles_through_the_same_reader(tmp_path, monkeypatch):
    """The quote beside a diagnostic comes through files.read_bytes too: a source article above
    the size limit for its kind, or a device, is not quoted (and not read whole)."""
    from linter import files
    from linter.server.diagnostics import Sources

    article = tmp_path / "article.txt"
    article.write_text("First line.\nSecond line.\n", encoding="utf-8")
    assert Sources().line(article, 2) == "Second line."
    monkeypatch.setitem(files.LIMITS, "source", 10)
    assert Sources().line(article, 2) is None
    assert Sources().line(Path("/dev/zero"), 1) is None
