"""Issue 22 (editor): a keystroke re-extracts only the sentences an edit can change
(linter/incremental.py), and the findings are those of a full lint, whatever the edit."""

from __future__ import annotations

import io
import json
import random
import sys

import pytest

from conftest import ROOT
from linter.cli import main
from linter.server.positions import UTF32, Lines
from lsp_client import Client

pytest.importorskip("pygls", reason="the language server needs the 'server' extra")

# Drafts with front matter, headings, lists, tables, side-effect lead-ins and the drug in discussion.
DRAFTS = ("mixed/patient-guide.md", "mixed/clinic-questions.md", "side-effect/side-effects-in-real-lists.md",
          "approval/clause-owners.md")
EDITS = 60  # per draft
WORDS = ("ketamine", "esketamine", "Spravato", "It", "it", "not", "nausea", "approved", "for", "anxiety",
         "weeks", "include:", "Side effects", "this", "by contrast,", "?")
LINES = ("## Ketamine", "## Side effects", "# Esketamine", "### Is it approved?", "- nausea", "- dizziness",
         "Side effects include:", "It is approved for depression.", "| Drug | Use |", "| --- | --- |",
         "| esketamine | depression |", "Unlike esketamine, which takes weeks, it works within hours.", "")


def edit(text: str, rng: random.Random) -> str:
    """One random edit a writer could make: a word typed, deleted or replaced, a line deleted,
    copied or inserted, a heading, a list marker or a table pipe added or removed, the front
    matter changed."""
    lines = text.split("\n")
    at = rng.randrange(len(lines))
    words = lines[at].split(" ")
    where = rng.randrange(len(words) + 1)
    kind = rng.randrange(9)
    if kind == 0:
        words.insert(where, rng.choice(WORDS))
    elif kind == 1 and len(words) > 1:
        del words[min(where, len(words) - 1)]
    elif kind == 2:
        words[min(where, len(words) - 1)] = rng.choice(WORDS)
    elif kind == 3 and len(lines) > 3:
        del lines[at]
        return "\n".join(lines)
    elif kind == 4:
        lines.insert(at, rng.choice(LINES + tuple(lines)))
        return "\n".join(lines)
    elif kind == 5:
        lines[at] = lines[at][2:] if lines[at].startswith(("- ", "# ")) else rng.choice(("- ", "# ", "## ")) + lines[at]
        return "\n".join(lines)
    elif kind == 6:
        lines[at] = lines[at].replace("|", "", 1) if "|" in lines[at] else "| " + lines[at].replace(". ", ". | ", 1)
        return "\n".join(lines)
    elif kind == 7:
        return _front_matter(text, rng)
    else:
        words.insert(where, rng.choice(WORDS) + " " + rng.choice(WORDS))
    lines[at] = " ".join(words)
    return "\n".join(lines)


def _front_matter(text: str, rng: random.Random) -> str:
    """Front matter added, changed or taken away (its packs, its title)."""
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        body = text[text.index("\n---\n", 4) + 5:]
        return body if rng.random() < 0.5 else f"---\ntitle: Draft {rng.randrange(99)}\n---\n{body}"
    return f"---\ntitle: Notes\npacks: [ketamine]\n---\n{text}"


def check_json(path, text: str, capsys, monkeypatch) -> tuple[int, list[dict]]:
    """Exit code and findings of a full `check --format json` of a buffer (no cache)."""
    monkeypatch.chdir(path.parent)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code = main(["check", "--stdin-filename", str(path), "-", "--format", "json", "--no-cache"])
    return code, json.loads(capsys.readouterr().out)["findings"]


def shown(text: str, finding: dict) -> tuple:
    """A finding as the server shows it: code, message, and its range in UTF-16 units."""
    lines = Lines(text, UTF32)

    def unit(line: int, column: int) -> int:
        return len(lines.line_text(line - 1)[:column - 1].encode("utf-16-le")) // 2

    return (finding["code"], finding["message"], finding["line"] - 1, unit(finding["line"], finding["column"]),
            finding["end_line"] - 1, unit(finding["end_line"], finding["end_column"]))


def test_after_every_random_edit_the_server_shows_what_a_full_check_finds(tmp_path, capsys, monkeypatch):
    client = Client(tmp_path, env={"HEALTHLINT_USER_CACHE": str(tmp_path / "user-cache")})
    client.initialize(tmp_path)
    seen = []  # (path, text, diagnostics of that version)
    rng = random.Random(22)
    for name in DRAFTS:
        path = tmp_path / name.replace("/", "-")
        text = (ROOT / "fixtures" / name).read_text(encoding="utf-8")
        client.diagnostics(path, client.open(path, text))
        for _ in range(EDITS):
            text = edit(text, rng)
            at = client.change(path, text)
            client.notify("textDocument/didSave", {"textDocument": {"uri": path.as_uri()}})  # lints at once
            found = client.diagnostics(path, at)  # the diagnostics of this very version
            seen.append((path, text, [(d.get("code"), d["message"], d["range"]["start"]["line"],
                                       d["range"]["start"]["character"], d["range"]["end"]["line"],
                                       d["range"]["end"]["character"]) for d in found]))
    assert client.stop() == 0
    compared = 0
    for path, text, found in seen:
        code, expected = check_json(path, text, capsys, monkeypatch)
        if code == 2:
            continue  # a draft that cannot be read (an edit broke its front matter): test_server covers it
        assert found == [shown(text, f) for f in expected], text
        compared += 1
    assert compared > 0.9 * len(seen)
    assert any(found for _, _, found in seen)


def _sections(count: int) -> list[str]:
    """A long draft's sections: a heading and a paragraph of three sentences each."""
    return [f"## Part {n}\n\nKetamine is approved for anxiety. It may cause nausea in week {n}. "
            f"Most people recover within {n + 1} hours." for n in range(count)]


def test_an_edit_in_one_paragraph_re_extracts_only_what_it_can_change(knowledge, monkeypatch):
    """The claim families read the edited paragraph's section and the sentences a later section may
    read back (REACH) only; the findings are a full lint's."""
    from linter import incremental
    from linter.config import Settings
    from linter.document.read import parse_document
    from linter.runner import check_document

    read = []
    whole = incremental.sentence_claims
    monkeypatch.setattr(incremental, "sentence_claims",
                        lambda ann, extractors, sentence, told: read.append(sentence.text) or
                        whole(ann, extractors, sentence, told))
    sections = _sections(60)
    text = "# Ketamine\n\n" + "\n\n".join(sections) + "\n"
    recall = incremental.Recall()
    check_document(parse_document(text, "d.md"), knowledge, Settings(), recall=recall)
    assert len(read) == 1 + 4 * 60  # the first check reads every sentence
    sections[30] = sections[30].replace("in week 30.", "in week 30 or 31.")
    edited = "# Ketamine\n\n" + "\n\n".join(sections) + "\n"
    read.clear()
    found = check_document(parse_document(edited, "d.md"), knowledge, Settings(), recall=recall)
    assert found == check_document(parse_document(edited, "d.md"), knowledge, Settings())
    assert "It may cause nausea in week 30 or 31." in read
    assert "Ketamine is approved for anxiety." in read  # the edited section, whole
    # Nothing before the edited section, and after it only the sections starting within REACH
    # sentences (a run of reports may read back into the section before).
    assert set(read) <= {s for part in sections[30:31 + incremental.REACH // 4 + 1] for s in _sentence_texts(part)}
    assert len(read) < 0.1 * (1 + 4 * 60)


def _sentence_texts(section: str) -> list[str]:
    heading, paragraph = section.split("\n\n")
    return [heading.lstrip("# "), *(s.strip() + "." for s in paragraph.rstrip(".").split(". "))]


def test_a_new_main_drug_re_extracts_every_section_it_reaches(knowledge):
    """The page's main drug (its first heading's) is what "it" means at the start of every
    section: changing it changes the claims of sections far below, which are read again."""
    from linter import incremental
    from linter.config import Settings
    from linter.document.read import parse_document
    from linter.runner import check_document

    sections = [f"## Part {n}\n\nIt is approved for anxiety." for n in range(40)]
    text = "# Ketamine\n\nKetamine is an anaesthetic.\n\n" + "\n\n".join(sections) + "\n"
    recall = incremental.Recall()
    before = check_document(parse_document(text, "d.md"), knowledge, Settings(), recall=recall)
    edited = text.replace("# Ketamine", "# Esketamine", 1).replace("Ketamine is", "Esketamine is", 1)
    after = check_document(parse_document(edited, "d.md"), knowledge, Settings(), recall=recall)
    assert after == check_document(parse_document(edited, "d.md"), knowledge, Settings())
    last = [f for f in after if f.line == edited.count("\n")]
    assert last and last != [f for f in before if f.line == text.count("\n")]  # the last section's claims changed


def test_a_source_paraphrase_below_an_edit_moves_with_it(knowledge):
    """HL704's slots of a sentence the edit left alone are kept, and moved: the finding stays on
    its words when an edit above it adds characters and lines."""
    from linter import incremental
    from linter.config import Settings
    from linter.document.read import parse_document
    from linter.runner import check_document

    copy = "Data on people treated with KIT between 2015 and 2020 were analysed by the team."
    parts = [f"## Part {n}\n\nKetamine is used in clinics. It is given by infusion." for n in range(8)]
    text = "# Notes\n\n" + "\n\n".join(parts) + "\n\n## Data\n\n" + copy + "\n"
    recall = incremental.Recall()
    first = check_document(parse_document(text, "d.md"), knowledge, Settings(), recall=recall)
    edited = text.replace("It is given by infusion.", "It is given by infusion, in a clinic.\nIt is not a pill.", 1)
    found = check_document(parse_document(edited, "d.md"), knowledge, Settings(), recall=recall)
    assert found == check_document(parse_document(edited, "d.md"), knowledge, Settings())
    moved = [(f.line, f.column, f.end_column) for f in found if f.code == "HL704"]
    assert moved and moved == [(f.line + 1, f.column, f.end_column) for f in first if f.code == "HL704"]
    assert max(recall.read) < 20  # the data section (sentences 25 and 26) was not read again


def test_an_edit_in_one_paragraph_re_annotates_only_that_paragraph(knowledge, monkeypatch):
    """spaCy's pass (Pipeline._batch) gets the edited paragraph alone; the blocks before and after
    it are copied from the last annotation, moved, and the annotation is a full one's."""
    from linter import incremental
    from linter.nlp import annotate as nlp
    from linter.config import Settings
    from linter.document.read import parse_document
    from linter.runner import check_document

    given = []
    whole = nlp.Pipeline._batch
    monkeypatch.setattr(nlp.Pipeline, "_batch", lambda self, document, blocks, start, end, parts:
                        given.append(document.prose[start:end]) or whole(self, document, blocks, start, end, parts))
    sections = _sections(60)
    text = "# Ketamine\n\n" + "\n\n".join(sections) + "\n"
    recall = incremental.Recall()
    check_document(parse_document(text, "d.md"), knowledge, Settings(), recall=recall)
    assert len(given) == 1  # the first check annotates the whole draft, in one batch
    sections[30] = sections[30].replace("in week 30.", "in week 30 (or 31).\nMost people recover.")
    edited = "# Ketamine\n\n" + "\n\n".join(sections) + "\n"
    given.clear()
    document = parse_document(edited, "d.md")
    found = check_document(document, knowledge, Settings(), recall=recall)
    paragraph = sections[30].split("\n\n")[1]
    assert [g.strip() for g in given] == [paragraph.replace("\n", " ")]  # (a line break is a space in prose)
    assert found == check_document(document, knowledge, Settings())
    kept, fresh = recall.annotation, nlp.pipeline(knowledge).annotate(document)
    assert (list(kept.sentences), list(kept.mentions), list(kept.cues), list(kept.starts), kept.negation) == \
        (list(fresh.sentences), list(fresh.mentions), list(fresh.cues), list(fresh.starts), fresh.negation)
