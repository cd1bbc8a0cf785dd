"""Issue 11, bounded work: a few kilobytes of YAML, comments, links, suppressions, a source
article or a pack that once took minutes or gigabytes. Each input is generated here."""

from __future__ import annotations

import os

import pytest
import yaml

from linter.cli import main

def billion_laughs(levels: int = 9, width: int = 9) -> str:
    """About 400 bytes of YAML that expand to width**levels values."""
    value = '&a0 ["lol"]'
    for i in range(1, levels + 1):
        value = f"&a{i} [{value}, " + ", ".join([f"*a{i - 1}"] * (width - 1)) + "]"
    return value


def check(capsys, *args) -> tuple[int, str, str]:
    code = main(["check", "--no-cache", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_alias_bomb_in_a_pack(tmp_path, capsys):
    pack = tmp_path / "bomb.yaml"
    pack.write_text(f"kind: pack\npack: bomb\ntitle: t\nsource: x.txt\ndrugs:\n"
                    f"  - {{name: lol, source: 1, aliases: {billion_laughs()}}}\n", encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("Ketamine helps.\n", encoding="utf-8")
    code, out, err = check(capsys, str(draft), "--pack", str(pack))
    assert (code, out) == (2, "")
    assert err == f"healthlint: error: {pack}:6:243: YAML not loaded: aliases expand to more than 10,000 values\n"


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_alias_bomb_in_the_config(tmp_path, capsys, monkeypatch):
    (tmp_path / ".healthlint.yaml").write_text(f"fail-on: {billion_laughs()}\n", encoding="utf-8")
    (tmp_path / "d.md").write_text("Ketamine helps.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = check(capsys, "d.md")
    assert (code, out) == (2, "")
    assert err == (f"healthlint: error: {tmp_path / '.healthlint.yaml'}:1:216: "
                   "YAML not loaded: aliases expand to more than 10,000 values\n")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_alias_bomb_in_front_matter_is_that_drafts_error(tmp_path, capsys):
    bomb = tmp_path / "bomb.md"
    bomb.write_text(f"---\nhealthlint: {{ignore: {billion_laughs()}}}\n---\nKetmaine helps.\n", encoding="utf-8")
    assert len(bomb.read_bytes()) < 520
    good = tmp_path / "good.md"
    good.write_text("Ketmaine helps.\n", encoding="utf-8")
    code, out, err = check(capsys, str(bomb), str(good), "--select", "typo", "--quiet")
    assert code == 2
    assert err == f"healthlint: error: {bomb}:2: invalid front matter: aliases expand to more than 10,000 values\n"
    assert out == f"{good}:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"


def test_yaml_limits_keep_what_safe_load_gives(tmp_path, capsys):
    from linter.yamlfile import parse

    text = "a: &x [1, {b: 2}]\nc: *x\nd: [*x, *x]\n"
    assert parse(text)[0] == yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError, match="nested more than 100 levels deep"):
        parse("[" * 150 + "]" * 150)
    with pytest.raises(yaml.YAMLError, match="refers to a value that contains it"):
        parse("a: &x [1, *x]\n")
    with pytest.raises(yaml.YAMLError, match="larger than 64 KB"):
        parse("a: b\n" * 20_000, 64 * 1024)


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_huge_front_matter_is_refused(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("---\n" + "".join(f"k{i}: v\n" for i in range(10_000)) + "---\nText.\n", encoding="utf-8")
    assert check(capsys, str(draft)) == (2, "", f"healthlint: error: {draft}:2: invalid front matter: "
                                                "larger than 64 KB\n")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_many_unclosed_comment_openers(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("<!-- healthlint-disable-next-line HL101 -->\nKetmaine helps.\n\nKetmaine again.\n\n"
                     + "<!--" * 100_000 + "\n", encoding="utf-8")
    code, out, _ = check(capsys, str(draft), "--select", "typo")
    assert (code, out) == (1, f"{draft}:4:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' "
                              "(source line 14)\n")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_reference_link_then_many_unclosed_link_targets(tmp_path, capsys):
    draft = tmp_path / "d.md"
    links = "[x](" * 20_000
    draft.write_text(f"[x]: https://example.org\n\nKetamine {links} Ketmaine helps.\n", encoding="utf-8")
    code, out, _ = check(capsys, str(draft), "--select", "typo")
    column = len(f"Ketamine {links} ") + 1  # the `(` after each link is text, not a target
    assert (code, out) == (1, f"{draft}:3:{column}: error HL101 'Ketmaine' looks like a misspelling of "
                              "'Ketamine' (source line 14)\n")


@pytest.mark.parametrize("text, word", [
    ("[a](https://example.org/x(y)z \"title (1)\") Ketmaine.", "Ketmaine"),
    ("[a][ref] Ketmaine.\n\n[ref]: https://example.org", "Ketmaine"),
    ("[ref] (aside) Ketmaine.\n\n[ref]: https://example.org", "aside"),
    ("[ref](not a target Ketmaine.\n\n[ref]: https://example.org", "not"),
    ("x &amp; *y* " * 3 + "Ketmaine.", "Ketmaine"),
])
def test_text_around_links_keeps_its_place(text, word):
    from linter.document.read import parse_document

    doc = parse_document(text, "d.md")
    at = doc.prose.index(word)
    start, _ = doc.file_span(at, at + len(word))
    assert text[start:start + len(word)] == word


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_many_suppression_comments(tmp_path, capsys):
    draft = tmp_path / "d.md"
    pairs = "".join("<!-- healthlint-disable-next-line HL101 -->\nKetmaine.\n" for _ in range(10_000))
    regions = "<!-- healthlint-disable HL101 -->\n<!-- healthlint-enable HL201 -->\n" * 5_000
    draft.write_text(regions + pairs + "<!-- healthlint-enable -->\nKetmaine at last.\n", encoding="utf-8")
    code, out, _ = check(capsys, str(draft), "--select", "typo,suppression")
    last = 10_000 + 20_000 + 2  # line of "Ketmaine at last."
    assert (code, out) == (1, f"{draft}:{last}:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' "
                              "(source line 14)\n")


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_pack_extract_on_an_acronym_after_a_long_word(tmp_path, capsys):
    article = tmp_path / "article.txt"
    filler = "Ketamine is used off-label for anxiety. Side effects include nausea and dizziness.\n\n"
    article.write_text(filler * 18 + "The A" + "a" * 150 + "b (AAAAAAA) study was small.\n", encoding="utf-8")
    out = tmp_path / "pack.yaml"
    assert main(["pack", "extract", str(article), "-o", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["drugs"][0]["name"] == "ketamine"
    assert not any("AAAAAAA" in str(term) for term in data.get("terms", []))  # no long form found


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_pack_extract_on_a_long_run_of_words(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Ketamine is used off-label for anxiety disorders, including phobias.\n\n"
                       + "word " * 8_000 + "\n", encoding="utf-8")
    out = tmp_path / "pack.yaml"
    assert main(["pack", "extract", str(article), "-o", str(out)]) == 0
    conditions = {c["name"]: c for c in yaml.safe_load(out.read_text(encoding="utf-8"))["conditions"]}
    assert conditions["phobias"]["parent"] == "anxiety"


@pytest.mark.hostile
@pytest.mark.timeout(30)
def test_pack_selection_with_5000_drugs_and_a_long_draft(tmp_path, capsys):
    names = [f"zq{i:04d}mab" for i in range(5_000)]
    pack = tmp_path / "big.yaml"
    pack.write_text("kind: pack\npack: big\ntitle: Big\nsource: big.txt\ndrugs:\n"
                    + "".join(f"  - {{id: {n}, name: {n}, aliases: [{n}-x], source: 1}}\n" for n in names), encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("Patients with anxiety sometimes talk to a doctor about treatment options.\n\n" * 2_700
                     + "Ketmaine helps.\n", encoding="utf-8")
    assert len(draft.read_bytes()) > 200_000
    code, out, _ = check(capsys, str(draft), "--pack", str(pack), "--select", "typo")
    assert (code, out) == (1, f"{draft}:5401:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' "
                              "(source line 14)\n")


def test_pack_selection_finds_the_packs_a_draft_names():
    from conftest import ROOT
    from linter.document.read import parse_document
    from linter.packs import load_knowledge
    from linter.phrases import PhraseIndex
    from linter.runner import choose_packs

    index = PhraseIndex([("esketamine nasal spray", 1), ("x-y", 2), ("ab", 3)])
    assert index.found("Esketamine  nasal spray, X-Y; abc") == {1, 2}
    both = load_knowledge((str(ROOT / "tests" / "packs" / "zanoprine.yaml"),))
    chosen = lambda text: [p.name for p in choose_packs(both, parse_document(text, "d.md")).packs]  # noqa: E731
    assert chosen("Zanoprine helps.\n") == ["zanoprine"]
    assert chosen("Ketamine and zanoprine.\n") == ["ketamine", "zanoprine"]
    assert chosen("Nothing here names a drug.\n") == ["ketamine", "zanoprine"]


@pytest.mark.hostile
@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_with_no_writer_never_hangs(tmp_path, capsys):
    """A pack, config or draft that is a named pipe nobody writes to once blocked forever."""
    pack, draft, config = tmp_path / "pipe.yaml", tmp_path / "pipe.md", tmp_path / ".healthlint.yaml"
    for pipe in (pack, draft, config):
        os.mkfifo(pipe)
    plain = tmp_path / "d.md"
    plain.write_text("Ketmaine helps.\n", encoding="utf-8")
    code, out, err = check(capsys, str(plain), "--pack", str(pack))
    assert (code, out) == (2, "")
    assert err.startswith(f"healthlint: error: {pack}:1:1: ")
    code, out, err = check(capsys, "-q", str(draft), str(plain))  # read as empty: nothing to check
    assert code == 1 and out == f"{plain}:1:1: error HL101 'Ketmaine' looks like a misspelling of 'Ketamine' (source line 14)\n"


def test_a_pipe_with_a_writer_is_read_whole(tmp_path, capsys):
    """`healthlint check <(…)`: the shell's pipe is read like a file."""
    read, write = os.pipe()
    os.write(write, "Ketmaine helps.\n".encode())
    os.close(write)
    code, out, _ = check(capsys, "-q", f"/dev/fd/{read}")
    os.close(read)
    assert code == 1 and "HL101 'Ketmaine'" in out
