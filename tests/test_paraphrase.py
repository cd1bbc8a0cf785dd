"""HL704: a draft sentence that follows a source sentence with one fact slot changed.

The drafts here are in the project's own words (a sentence that shares most of a source
sentence's content words in another order); copies of the source itself are made at run time
from ../shared/source and never stored. Every test runs through the command line, as a user
does: once with only the bundled alignment index (rules/ketamine-anxiety.index.json), and where
the source is needed, with HEALTHLINT_SOURCES pointing at it too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from behaviour.families import source_copy
from conftest import ROOT, SOURCE, needs_source
from linter.cli import main

INDEX = ROOT / "rules" / "ketamine-anxiety.index.json"
LEAD = "# Notes\n\n"


@pytest.fixture(params=["index only", "source on disk"])
def mode(request, monkeypatch):
    """Run a test with only the bundled index, and (where ../shared has it) with the article."""
    if request.param == "source on disk":
        if not SOURCE.is_file():
            pytest.skip("../shared/source is not beside this checkout")
        monkeypatch.setenv("HEALTHLINT_SOURCES", str(SOURCE.parent))
    else:
        monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    return request.param


def check(tmp_path, capsys, text: str, *args: str) -> tuple[int, list[tuple[int, str, str]], list[dict]]:
    """Exit code, (line, code, severity) of each finding but the draft-level HL801, and the
    findings' JSON objects."""
    draft = tmp_path / "draft.md"
    draft.write_text(LEAD + text + "\n", encoding="utf-8")
    code = main(["check", str(draft), "--format", "json", *args])
    findings = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["code"] != "HL801"]
    return code, [(f["line"], f["code"], f["severity"]) for f in findings], findings


# ------------------------------------------------------------------ in our own words

@pytest.mark.parametrize("sentence, severity, says", [
    # A year of a data period (the study's on that line: an error).
    ("Data on people treated with KIT between 2015 and 2020 were analysed by the team.", "error",
     "changes its year: the draft says '2015', the source gives 2017"),
    # A time span (the duration the pack records on that line).
    ("Over three years of follow-up monitoring, the improvement in anxiety stayed stable.", "error",
     "changes its time: the draft says 'Over three years', the source gives at least 1 year"),
    # A factual negation dropped ("not generally long lasting").
    ("Generally, these effects are long lasting.", "error", "drops the source's negation"),
    # The drug, and the condition, of a study the pack records on that line.
    ("The safety and effectiveness of weekly esketamine treatments for GAD and social anxiety disorder "
     "were evaluated by scientists in 2017.", "error",
     "changes its drug: the draft says 'esketamine', the source gives ketamine"),
    ("The safety and effectiveness of weekly ketamine treatments for OCD and social anxiety disorder "
     "were evaluated by scientists in 2017.", "error",
     "changes its condition: the draft says 'OCD', the source gives generalized anxiety disorder"),
    # A stronger design, on a line no pack fact cites: a warning.
    ("The effectiveness of ketamine for depression and anxiety has been investigated in recent scientific RCTs.",
     "warning", "changes its design: the draft says 'RCTs', the source gives a trial"),
    ("The effectiveness of ketamine for depression and anxiety has been investigated in recent randomized "
     "controlled trials.", "warning",
     "changes its design: the draft says 'randomized controlled trials', the source gives a trial"),
    # A count, and a mechanism verb.
    ("Four types of NMDA receptors regulate how the connections in a person's brain change over time.",
     "warning", "changes its number: the draft says 'Four', the source gives 1"),
    # (the drug left unnamed: named, the words give HL702 its claim, and HL704 stands down)
    ("NMDA receptors feel an activating effect from this anaesthetic.", "warning",
     "changes its mechanism: the draft says 'activating', the source gives 'blocks'"),
])
def test_fires_on_a_close_paraphrase_with_one_slot_changed(tmp_path, capsys, mode, sentence, severity, says):
    code, found, findings = check(tmp_path, capsys, sentence)
    assert code == 1
    assert found == [(3, "HL704", severity)]
    assert says in findings[0]["message"]
    assert findings[0]["message"].startswith("Follows a source sentence but ")
    assert findings[0]["source_line"] in (7, 20, 40, 67, 75)


@pytest.mark.parametrize("sentence", [
    # The same facts in other words and numbers ("twelve months" is a year).
    "Data on people treated with KIT between 2017 and 2020 were analysed by the team.",
    "Over twelve months of follow-up monitoring, the improvement in anxiety stayed stable.",
    "Generally, these effects are not long lasting.",
    # A span inside the source's range keeps its figure ("3 to 4 weeks" within "2 to 6 weeks").
    "An SSRI can take three to four weeks to start reducing anxiety.",
    "The effectiveness of ketamine for depression and anxiety has been investigated in recent scientific trials.",
    # A study of the draft's own: another drug, in words of its own.
    "Esketamine is a different drug, and its nasal spray was evaluated for safety in other trials.",
    # A question, a myth and a conditional are not the draft's own claims.
    "Were data on people treated with KIT between 2015 and 2020 analysed by the team?",
    "It is a myth that data on people treated with KIT between 2015 and 2020 were analysed by the team.",
    "It is not true that the improvement in anxiety stayed stable over three years of follow-up monitoring.",
    # An extra clause with a figure of its own, the source's figure kept.
    "Data on people treated with KIT from 2017 to 2020 were analysed by the team, which began in 2022.",
    # A negated action states none ("no activating effect" is no change of "blocks").
    "Ketamine has no activating effect on NMDA receptors.",
    # "They" after a study that is none of the source's: that study's own data.
    "A 2019 study looked at esketamine for depression.\n\n"
    "They analyzed data on people treated with KIT from 2015 to 2020.",
    # A sentence bringing in a new study after a paraphrase is not the paraphrase's second half.
    "Scientists evaluated weekly ketamine treatments for generalized anxiety disorder.\n"
    "A 2019 study looked at esketamine for depression.",
])
def test_silent_on_the_same_facts_and_on_claims_not_the_drafts(tmp_path, capsys, mode, sentence):
    code, found, _ = check(tmp_path, capsys, sentence)
    assert [f for f in found if f[1] == "HL704"] == []


def test_the_specific_rule_wins_on_its_line(tmp_path, capsys):
    """A changed study year that HL501 reads is HL501's alone: HL704 is the net under it."""
    sentence = ("The safety and effectiveness of weekly ketamine treatments for GAD and social anxiety disorder "
                "were evaluated by scientists in 2019.")
    code, found, _ = check(tmp_path, capsys, sentence)
    assert found == [(3, "HL501", "error")]


def test_full_format_states_what_the_pack_records_on_the_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    draft = tmp_path / "draft.md"
    draft.write_text(LEAD + "Data on people treated with KIT between 2015 and 2020 were analysed by the team.\n",
                     encoding="utf-8")
    assert main(["check", str(draft), "--format", "full", "--select", "HL704"]) == 1
    out = capsys.readouterr().out
    assert "error HL704 [contradiction.source-paraphrase] Follows a source sentence but changes its year" in out
    assert "= source: ketamine-anxiety.txt line 40 (not found); the pack ketamine records:" in out


def test_sarif_lists_the_rule(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(LEAD + "NMDA receptors feel an activating effect from this anaesthetic.\n", encoding="utf-8")
    assert main(["check", str(draft), "--format", "sarif"]) == 1
    run = json.loads(capsys.readouterr().out)["runs"][0]
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "HL704")
    assert rule["name"] == "contradiction.source-paraphrase"
    assert [r["ruleId"] for r in run["results"] if r["ruleId"] == "HL704"] == ["HL704"]


# ------------------------------------------------------------------ copies of the source

COPIES = [  # (source line, slot kind changed, code, severity): one of each kind the source has.
    # Where a claim rule reads the changed slot itself, it wins (HL704 is the net under it).
    (40, "year 2017", "HL502", "error"),
    (40, "unit", "HL301", "error"),
    (67, "negation", "HL301", "error"),
    (67, "drug", "HL704", "error"),
    (75, "condition", "HL704", "error"),
    (7, "design", "HL704", "warning"),
    (20, "mechanism", "HL704", "error"),
]


def _copy(number: int, kind: str) -> str:
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    taken = {m.group() for line in lines for m in source_copy.YEAR.finditer(line)}
    kinds = source_copy.slot_kinds()[number]
    return next(changed for what, changed in source_copy.mutations(lines[number - 1].strip(), kinds, taken)
                if what.startswith(kind))


@needs_source
@pytest.mark.parametrize("number, kind, rule, severity", COPIES)
def test_a_copy_of_a_source_line_with_one_slot_changed_is_caught(tmp_path, capsys, mode, number, kind, rule,
                                                                 severity):
    code, found, findings = check(tmp_path, capsys, _copy(number, kind))
    assert code == 1
    assert found == [(3, rule, severity)]
    assert findings[0]["source_line"] == number


@needs_source
@pytest.mark.parametrize("number", sorted({n for n, *_ in COPIES}))
def test_an_exact_copy_is_silent(tmp_path, capsys, mode, number):
    line = SOURCE.read_text(encoding="utf-8").splitlines()[number - 1].strip()
    code, found, _ = check(tmp_path, capsys, line)
    assert found == []


@needs_source
def test_the_source_itself_draws_only_its_four_findings_with_the_source_on_disk(capsys, monkeypatch):
    monkeypatch.setenv("HEALTHLINT_SOURCES", str(SOURCE.parent))
    assert main(["check", str(SOURCE), "--format", "text"]) == 1
    located = [line.split(": ", 2)[0] + " " + line.split(" ")[2] for line in capsys.readouterr().out.splitlines()]
    assert located == [f"{SOURCE}:1:1 HL801", f"{SOURCE}:32:214 HL101", f"{SOURCE}:34:213 HL102",
                       f"{SOURCE}:79:1 HL901"]


# ------------------------------------------------------------------ the index

@needs_source
def test_the_bundled_index_is_what_pack_index_writes_from_the_source(tmp_path, capsys):
    out = tmp_path / "index.json"
    assert main(["pack", "index", str(SOURCE), "-o", str(out)]) == 0
    assert out.read_bytes() == INDEX.read_bytes()


def test_the_index_holds_hashes_and_slot_values_only(knowledge):
    """No text of the article: every string in the index is a word hash, the article's file name,
    a name the pack gives (a drug, condition, side effect, design, mechanism), or the unit of a
    count (one word)."""
    from linter.packs import STRENGTHS

    data = json.loads(INDEX.read_text(encoding="utf-8"))
    assert data["source"] == "ketamine-anxiety.txt"
    named = ({e.id for p in knowledge.packs for e in p.entries} | {e.name for e in knowledge.side_effects}
             | set(STRENGTHS) | {"block", "activate"})
    for row in data["sentences"]:
        assert row["words"] == sorted(row["words"])  # no order
        assert all(len(w) == 16 and set(w) <= set("0123456789abcdef") for w in row["words"])
        for kind, values in row["slots"].items():
            for value in values:
                if kind == "number":
                    assert value[1] == "" or value[1].isalpha()  # the counted thing's stem: one word, or none
                elif isinstance(value, str):
                    assert value in named, (kind, value)


def _pack_with_index(tmp_path: Path, index_text: str | None, name: str = "k.index.json") -> Path:
    """A copy of the bundled pack naming an index file in its own folder."""
    pack = tmp_path / "ketamine.yaml"
    text = (ROOT / "rules" / "ketamine.yaml").read_text(encoding="utf-8")
    pack.write_text(text.replace("alignment: ketamine-anxiety.index.json", f"alignment: {name}"), encoding="utf-8")
    shutil.copy(ROOT / "rules" / "pack.schema.json", tmp_path / "pack.schema.json")
    if index_text is not None:
        (tmp_path / name).write_text(index_text, encoding="utf-8")
    return pack


@pytest.mark.parametrize("index_text, problem", [
    ("{", "not a healthlint alignment index: malformed JSON"),
    ('{"version": 1, "source": "a.txt", "sentences": [{"line": 0, "words": [], "slots": {}}]}',
     "not a healthlint alignment index: sentences.0.line: 0 is less than the minimum of 1"),
    ('{"version": 1, "source": "a.txt", "sentences": [], "text": "a copied sentence"}',
     "not a healthlint alignment index: top level: unknown key ('text' was unexpected)"),
    (None, "no such file"),
])
def test_a_bad_index_is_one_error_line_naming_it(tmp_path, capsys, monkeypatch, index_text, problem):
    monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    (tmp_path / "pack").mkdir()
    pack = _pack_with_index(tmp_path / "pack", index_text)
    draft = tmp_path / "draft.md"
    draft.write_text(LEAD + "Ketamine is an anesthetic.\n", encoding="utf-8")
    assert main(["check", str(draft), "--pack", str(pack), "--no-bundled-packs"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"healthlint: error: {pack.parent / 'k.index.json'}")
    assert problem in lines[0]
    assert "Traceback" not in captured.err


def test_an_index_outside_the_packs_folder_is_refused_at_its_line(tmp_path, capsys):
    pack = _pack_with_index(tmp_path, None, name="../elsewhere.json")
    draft = tmp_path / "draft.md"
    draft.write_text(LEAD + "Ketamine is an anesthetic.\n", encoding="utf-8")
    assert main(["check", str(draft), "--pack", str(pack), "--no-bundled-packs"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"healthlint: error: {pack}:13:12: alignment: '../elsewhere.json' is not a file inside the "
                   "pack's folder; name one there"]


def test_a_pack_with_its_index_finds_paraphrases_without_the_source(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    pack = _pack_with_index(tmp_path, INDEX.read_text(encoding="utf-8"))
    draft = tmp_path / "draft.md"
    draft.write_text(LEAD + "NMDA receptors feel an activating effect from this anaesthetic.\n", encoding="utf-8")
    assert main(["check", str(draft), "--pack", str(pack), "--no-bundled-packs", "--select", "HL704",
                 "--format", "json"]) == 1
    assert [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["HL704"]


def test_a_changed_article_is_read_again_not_served_from_the_cache(tmp_path, capsys, monkeypatch):
    """The result cache keys on the article HL704 read: edit it, and the draft is linted again."""
    monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    for name in ("zanoprine.yaml", "zanoprine-source.md"):
        shutil.copy(ROOT / "tests" / "packs" / name, tmp_path / name)
    article = tmp_path / "zanoprine-source.md"
    article.write_text(article.read_text(encoding="utf-8")
                       + "\nIn animal work, zanoprine quietened nerve signals in six brain regions.\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("# Z\n\nZanoprine quietened nerve signals in four brain regions in animal work.\n", encoding="utf-8")
    args = ["check", str(draft), "--pack", str(tmp_path / "zanoprine.yaml"), "--no-bundled-packs",
            "--select", "HL704", "--format", "json"]

    assert main(args) == 1
    assert [f["source_line"] for f in json.loads(capsys.readouterr().out)["findings"]] == [17]
    article.write_text(article.read_text(encoding="utf-8").replace("six brain", "four brain"), encoding="utf-8")
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_the_article_is_read_from_the_folders_the_sources_setting_names(tmp_path, capsys, monkeypatch):
    """A pack with no index: HL704 reads its article from a `sources:` folder, as --format full does."""
    monkeypatch.delenv("HEALTHLINT_SOURCES", raising=False)
    (tmp_path / "packs").mkdir()
    (tmp_path / "src").mkdir()
    shutil.copy(ROOT / "tests" / "packs" / "zanoprine.yaml", tmp_path / "packs" / "zanoprine.yaml")
    article = (ROOT / "tests" / "packs" / "zanoprine-source.md").read_text(encoding="utf-8")
    (tmp_path / "src" / "zanoprine-source.md").write_text(
        article + "\nIn animal work, zanoprine quietened nerve signals in six brain regions.\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text("# Z\n\nZanoprine quietened nerve signals in four brain regions in animal work.\n",
                                       encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["check", "draft.md", "--select", "HL704", "--format", "json"]
    config = "packs: [packs/zanoprine.yaml]\nbundled: false\n"

    (tmp_path / ".healthlint.yaml").write_text(config, encoding="utf-8")
    assert main(args) == 0  # the article is nowhere HL704 looks
    capsys.readouterr()
    (tmp_path / ".healthlint.yaml").write_text(config + "sources: [src]\n", encoding="utf-8")
    assert main(args) == 1
    assert [(f["line"], f["source_line"]) for f in json.loads(capsys.readouterr().out)["findings"]] == [(3, 17)]


def test_pack_extract_writes_the_index_beside_the_pack_and_names_it(tmp_path, capsys):
    shutil.copy(ROOT / "tests" / "packs" / "zanoprine-source.md", tmp_path / "zanoprine-source.md")
    article, pack = tmp_path / "zanoprine-source.md", tmp_path / "drafted.yaml"
    assert main(["pack", "extract", str(article), "-o", str(pack)]) == 0
    assert "\nsource: zanoprine-source.md\nalignment: drafted.index.json\n" in pack.read_text(encoding="utf-8")
    assert main(["pack", "index", str(article), "--pack", str(pack), "-o", str(tmp_path / "again.json")]) == 0
    assert (tmp_path / "drafted.index.json").read_bytes() == (tmp_path / "again.json").read_bytes()


# ------------------------------------------------------------------ copies writers make (issue 20)

def _sentence(number: int, index: int) -> str:
    """Sentence `index` of source line `number`, its slips mended as the behaviour suite mends them."""
    line = SOURCE.read_text(encoding="utf-8").splitlines()[number - 1].strip()
    for slip, mended in source_copy.MENDS.items():
        line = line.replace(slip, mended)
    return source_copy.sentences_of(line)[index]


def _changed(number: int, index: int, what: str) -> str:
    text = _sentence(number, index)
    return next(changed for name, changed in source_copy.mutations(text, {"negated"}, set())
                if name.startswith(what + " ->"))


def _edited(text: str, capability: str, before: str = "") -> tuple[str, str]:
    """(context, the sentence through one of the behaviour suite's edits)."""
    return next((context, edited) for name, context, edited in source_copy.edits(text, before) if name == capability)


@needs_source
@pytest.mark.parametrize("number, index, what, edit, expected", [
    # A sentence of two content words besides its names: its names and figures align it.
    (103, 0, "condition anesthetic", None, [(3, "HL704", "warning")]),
    # A sentence of four content words with "In short," before it: still a close copy.
    (14, 0, "condition anesthetic", "fronted", [(3, "HL704", "warning")]),
    # A sentence of no content words to align by: known by its shape, its words in order.
    (3, 0, "drug ketamine", None, [(3, "HL704", "error")]),
    # The source's misspelt "Esktamine" names esketamine: the copy that mends it still aligns.
    (32, 2, "condition anxiety", None, [(3, "HL704", "error")]),
    # Joined with the sentence before it, and split in two.
    (32, 2, "drug esketamine", "joined", [(3, "HL704", "error")]),
    (75, 1, "condition anxiety", "split", [(3, "HL704", "error")]),
])
def test_copies_as_writers_make_them_are_caught(tmp_path, capsys, mode, number, index, what, edit, expected):
    text, context = _changed(number, index, what), ""
    if edit:
        context, text = _edited(text, edit, _sentence(number, index - 1) if index else "")
    code, found, findings = check(tmp_path, capsys, (context + "\n\n" if context else "") + text)
    assert code == 1
    assert found == [(line + (2 if context else 0), c, s) for line, c, s in expected]
    assert findings[0]["source_line"] == number


@needs_source
@pytest.mark.parametrize("number, index, edit", [
    (103, 0, None), (14, 0, "fronted"), (3, 0, None), (32, 2, None), (32, 2, "joined"), (75, 1, "split"),
])
def test_the_same_copies_with_the_slot_unchanged_are_silent(tmp_path, capsys, mode, number, index, edit):
    text, context = _sentence(number, index), ""
    if edit:
        context, text = _edited(text, edit, _sentence(number, index - 1) if index else "")
    code, found, _ = check(tmp_path, capsys, (context + "\n\n" if context else "") + text)
    assert found == []


def _emergence_list(items: list[str], *, as_sentence: bool = False) -> str:
    lead = SOURCE.read_text(encoding="utf-8").splitlines()[88].strip()
    if as_sentence:
        return lead.rstrip(":") + " " + ", ".join(items[:-1]) + " and " + items[-1] + "."
    return lead + "\n\n" + "\n".join(f"- {item}" for item in items)


EMERGENCE = ["euphoria", "vivid dreams", "illusions", "severe confusion and disorientation", "hallucinations"]


@needs_source
@pytest.mark.parametrize("as_sentence, line", [(False, 7), (True, 3)])
def test_a_source_list_with_one_item_swapped_is_caught(tmp_path, capsys, mode, as_sentence, line):
    """The emergence-phenomenon list has a lead that is no side-effect cue ("EP is a state of
    confusion … including:"): the copied lead carries its list, and an item the source does not
    list ("hair loss") is a changed value, on the item's line."""
    swapped = EMERGENCE[:2] + ["hair loss"] + EMERGENCE[3:]
    code, found, findings = check(tmp_path, capsys, _emergence_list(swapped, as_sentence=as_sentence))
    assert code == 1
    assert found == [(line, "HL704", "error")]
    assert "the draft says 'hair loss'" in findings[0]["message"]
    assert findings[0]["source_line"] == 89


@needs_source
@pytest.mark.parametrize("items", [EMERGENCE, EMERGENCE[:3], ["euphoria", "agitation", "hallucinations"]])
@pytest.mark.parametrize("as_sentence", [False, True])
def test_a_source_list_copied_whole_or_in_part_is_silent(tmp_path, capsys, mode, items, as_sentence):
    """Items left out, or an effect the source lists elsewhere ("agitation"), change nothing."""
    code, found, _ = check(tmp_path, capsys, _emergence_list(items, as_sentence=as_sentence))
    assert found == []


@pytest.mark.parametrize("sentence, expected", [
    # An unlisted effect in the source's list of other side effects, written as a sentence.
    ("Other side effects of ketamine may include agitation, memory loss, nausea, depression and unconsciousness.",
     [(3, "HL401", "warning")]),
    # Effects the source lists in other sentences, and a misspelt one (the typo rule's alone).
    ("Side effects of ketamine include agitation and confusion.", []),
    ("Side effects can include agitation, memory loss, cognitive difficulties and dissociaton.",
     [(3, "HL101", "error")]),
])
def test_side_effects_in_a_sentence_that_follows_the_source_list(tmp_path, capsys, mode, sentence, expected):
    code, found, _ = check(tmp_path, capsys, sentence)
    assert found == expected
