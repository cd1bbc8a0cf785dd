"""Issue 20: claims in Markdown tables and in lists under a lead-in are claims.

A cell such as "Tablet swallowed whole" names neither drug nor predicate: the row's label (or
the column's header) names the drug and the column's header (or the row's label) the property.
These tests lint whole drafts through the command line and hold the exact findings: code, line,
the column of the cell's text, and the exit code.
"""

from __future__ import annotations

from linter.checks import EXTRACTORS, TRIGGERS
from linter.claims import extract
from linter.cli import main
from linter.document.read import parse_document
from linter.nlp.annotate import pipeline


def lint(tmp_path, capsys, text: str, *options: str) -> tuple[int, list[str]]:
    """Exit code and finding lines of a draft (file name left out), draft-level disclaimers ignored."""
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path), "--no-cache", "--ignore", "HL801", *options])
    return code, [line.removeprefix(f"{path}:") for line in capsys.readouterr().out.splitlines()]


COMPARISON = """\
# Ketamine, esketamine and SSRIs side by side

Esketamine is given as a nasal spray at a certified clinic.

| | Ketamine (IV) | Esketamine (Spravato) | SSRIs |
| --- | --- | --- | --- |
| How it is taken | Drip into a vein | Tablet swallowed whole | By mouth, once a day |
| FDA-approved for | Anesthesia, sedation and generalized anxiety disorder | Treatment-resistant depression | Varies by product |
| How soon it works | Within hours | Within hours | About a week |

## Side effects

| | Ketamine | SSRIs |
| --- | --- | --- |
| Common | Feeling detached, vivid dreams, nausea | Upset stomach, trouble sleeping |
| Less common | Agitation, memory problems | Sexual side effects |
"""


def test_a_comparison_table_draws_each_planted_error_on_its_cell(tmp_path, capsys):
    code, lines = lint(tmp_path, capsys, COMPARISON)
    assert lines == [
        "7:40: error HL701 Contradicts line 3 of this draft, which says 'Esketamine is given as a nasal spray'",
        "7:40: warning HL703 The source gives esketamine as nasal spray only; the draft says it is given another "
        "way (source line 48)",
        "8:47: error HL201 Contradicts the source: the draft says 'ketamine is approved for generalized anxiety "
        "disorder', but the source says ketamine is used off-label for anxiety (source line 34)",
        "9:53: error HL301 Differs from the source on the onset of SSRIs (reduced anxiety): the source says 2 to 6 "
        "weeks, the draft says 'About a week' (source line 28)",
        "15:44: warning HL401 'nausea' is not among the side effects the source lists for ketamine (source line 83)",
    ]
    assert code == 1


def test_a_table_with_a_drug_per_row_reads_the_same(tmp_path, capsys):
    text = ("# Options\n\n| Drug | Approved for | Onset | How it is taken |\n| --- | --- | --- | --- |\n"
            "| **Ketamine** | Social anxiety disorder | Within hours | IV infusion |\n"
            "| [Esketamine](https://example.org/spravato) | Treatment-resistant depression | Within hours | Tablets, "
            "swallowed |\n"
            "| SSRIs | Varies | 2 to 6 weeks | By mouth |\n")
    code, lines = lint(tmp_path, capsys, text)
    assert lines == [
        "5:18: error HL201 Contradicts the source: the draft says 'ketamine is approved for social anxiety "
        "disorder', but the source says ketamine is used off-label for anxiety (source line 34)",
        "6:96: warning HL703 The source gives esketamine as nasal spray only; the draft says it is given another "
        "way (source line 48)",
    ]
    assert code == 1


def test_true_values_in_both_orientations_are_silent(tmp_path, capsys):
    text = ("# Facts\n\n| | Ketamine | Esketamine | SSRIs |\n| --- | --- | --- | --- |\n"
            "| Approved for | Anesthesia and sedation | Treatment-resistant depression | Varies by product |\n"
            "| Off-label uses | Anxiety | None | Not applicable |\n"
            "| Route | Into a vein, in a clinic | Nasal spray | By mouth |\n"
            "| Onset | Within hours | Within hours | 2 to 6 weeks |\n"
            "| How long relief lasts after each weekly dose | Up to seven days | Up to seven days | Not applicable |\n"
            "| Side effects | Vivid dreams, agitation, confusion | Feeling detached | Nausea |\n\n"
            "| Drug | Approved for | Onset |\n| --- | --- | --- |\n"
            "| Ketamine | Anesthesia; off-label for anxiety | Within hours |\n"
            "| SSRIs | Varies | 2 to 6 weeks |\n")
    assert lint(tmp_path, capsys, text) == (0, [])


def test_labels_that_do_not_name_one_drug_and_one_property_draw_nothing(tmp_path, capsys):
    text = ("# Traps\n\n"
            "| | Ketamine |\n| --- | --- |\n| Notes | Generalized anxiety disorder |\n\n"
            "| | Ketamine or esketamine |\n| --- | --- |\n| Approved for | Generalized anxiety disorder |\n\n"
            "| | Ketamine |\n| --- | --- |\n| Not approved for | Generalized anxiety disorder |\n\n"
            "| Claim | What the evidence says |\n| --- | --- |\n| FDA-approved for anxiety | No; off-label use |\n\n"
            "| | Ketamine |\n| --- | --- |\n| How long each session lasts | 40 minutes |\n"
            "| How long a course of infusions lasts | Six weeks |\n")
    assert lint(tmp_path, capsys, text) == (0, [])


def test_a_property_named_only_by_the_heading_is_a_warning_not_an_error(tmp_path, capsys):
    text = ("# Approval\n\n## Approved for\n\n| | Ketamine |\n| --- | --- |\n"
            "| In the US | Generalized anxiety disorder |\n")
    code, lines = lint(tmp_path, capsys, text)
    assert lines == ["7:15: warning HL201 May contradict the source: the draft says 'ketamine is approved for "
                     "generalized anxiety disorder', but the source says ketamine is used off-label for anxiety "
                     "(source line 34)"]
    assert code == 1


def test_a_cell_that_is_a_sentence_of_its_own_is_read_once(tmp_path, capsys):
    text = ("# Status\n\n| | Ketamine |\n| --- | --- |\n"
            "| Approved for | Ketamine is approved for social anxiety disorder |\n")
    code, lines = lint(tmp_path, capsys, text)
    assert [line.split(" ", 3)[:3] for line in lines] == [["5:18:", "error", "HL201"]]
    assert code == 1


def test_list_items_under_a_lead_in_are_claims(tmp_path, capsys):
    text = ("# Uses\n\nKetamine's approved uses:\n\n- anesthesia\n- generalized anxiety disorder\n\n"
            "Esketamine is taken as:\n\n- a tablet swallowed whole\n\n"
            "How soon SSRIs start to work:\n\n- about a week\n\n"
            "Some websites claim ketamine is approved for:\n\n- social anxiety disorder\n\n"
            "Ketamine is not approved for:\n\n- generalized anxiety disorder\n")
    code, lines = lint(tmp_path, capsys, text)
    assert lines == [
        "6:3: error HL201 Contradicts the source: the draft says 'ketamine is approved for generalized anxiety "
        "disorder', but the source says ketamine is used off-label for anxiety (source line 34)",
        "10:3: warning HL703 The source gives esketamine as nasal spray only; the draft says it is given another "
        "way (source line 48)",
        "14:3: error HL301 Differs from the source on the onset of SSRIs (reduced anxiety): the source says 2 to 6 "
        "weeks, the draft says 'about a week' (source line 28)",
        # the draft contradicts its own list above (the source agrees with this one: still where the
        # reader meets it); a negated lead-in grades it to a warning
        "22:3: warning HL701 Contradicts line 6 of this draft, which says 'generalized anxiety disorder'",
    ]
    assert code == 1


def test_composed_claims_point_at_the_cell_and_are_grounded_only_by_the_labels(knowledge):
    text = ("# T\n\n| | SSRIs |\n| --- | --- |\n| Onset |   About a week   |\n\n"
            "## Onset\n\n| | SSRIs |\n| --- | --- |\n| Typical | About a week |\n")
    document = parse_document(text, "d.md")
    ann = pipeline(knowledge).annotate(document, TRIGGERS)
    onsets = [c for c in extract(ann, EXTRACTORS) if c.kind == "onset"]
    assert [(document.position(c.start, c.end), c.subject, c.grounded) for c in onsets] == [
        ((5, 13, 5, 25), "ssri", True), ((11, 13, 11, 25), "ssri", False)]


def test_every_cell_of_a_wide_row_maps_to_its_own_column():
    # Each cell used to be looked for from the row's start, a little way only: past about 64
    # characters (a long link in the first cell) a cell's text mapped to column 1.
    row = "| [Esketamine](https://example.org/spravato) | Treatment-resistant depression | Within hours | Tablets |"
    document = parse_document(f"| Drug | A | B | C |\n| --- | --- | --- | --- |\n{row}\n", "d.md")
    cells = [b for b in document.blocks if b.kind == "cell" and b.line == 3]
    assert [document.position(b.prose_start, b.prose_end)[:2] for b in cells] == [
        (3, row.index(text) + 1) for text in ("Esketamine", "Treatment", "Within", "Tablets")]


def test_items_labelled_under_a_lead_in_that_names_the_drug_are_claims(tmp_path, capsys):
    text = ("# Notes\n\nKetamine at a glance:\n\n- Approved for: anesthesia and generalized anxiety disorder\n"
            "- Onset: within days\n- Cost: varies\n- Onset of SSRIs: 2 to 6 weeks\n\n"
            "Esketamine in brief:\n\n- Form: tablets swallowed whole\n- Approved for: treatment-resistant depression\n")
    code, lines = lint(tmp_path, capsys, text)
    assert lines == [
        "5:32: error HL201 Contradicts the source: the draft says 'ketamine is approved for generalized anxiety "
        "disorder', but the source says ketamine is used off-label for anxiety (source line 34)",
        "6:10: error HL301 Differs from the source on the onset of ketamine (its effects): the source says within "
        "hours, the draft says 'within days' (source line 28)",
        "12:9: warning HL703 The source gives esketamine as nasal spray only; the draft says it is given another "
        "way (source line 48)",
    ]
    assert code == 1


def test_a_lead_in_that_names_neither_takes_the_heading_and_the_drug_in_discussion(tmp_path, capsys):
    text = ("# Nine things\n\nKetamine is given in clinics.\n\n## Side effects are real\n\nExpect some of these:\n\n"
            "- feeling spaced out or detached\n- queasiness and headaches\n\n"
            "## How soon it works\n\nTypical answers include:\n\n- within days\n\n"
            "## Side effects\n\nSome readers told us to expect:\n\n- headaches\n\n"
            "## Side effects\n\nWhat to do:\n\n- drink water\n")
    code, lines = lint(tmp_path, capsys, text)
    assert lines == [
        "10:3: warning HL401 'queasiness' is not among the side effects the source lists for ketamine (source line 83)",
        "10:18: warning HL401 'headaches' is not among the side effects the source lists for ketamine (source "
        "line 83)",
        "16:3: warning HL301 Differs from the source on the onset of ketamine (its effects): the source says within "
        "hours, the draft says 'within days' (source line 28)",
        # Readers' advice passed on, not refuted: a warning (the attribution policy, issue 20).
        "22:3: warning HL401 'headaches' is not among the side effects the source lists for ketamine (source line 83)",
    ]
    assert code == 1


def test_a_condition_studied_or_in_parentheses_is_no_approved_use(tmp_path, capsys):
    text = ("# P\n\n| | Ketamine |\n| --- | --- |\n| Approved for | Anesthesia (also studied for depression) |\n"
            "| FDA-approved for | Sedation; studied for anxiety |\n| Approved uses | Sedation and social anxiety disorder |\n")
    code, lines = lint(tmp_path, capsys, text)
    assert lines == ["7:32: error HL201 Contradicts the source: the draft says 'ketamine is approved for social "
                     "anxiety disorder', but the source says ketamine is used off-label for anxiety (source line 34)"]
    assert code == 1


def test_a_row_that_asks_when_a_change_shows_up_is_an_onset(tmp_path, capsys):
    # Session 4 (blind6): the row label carries the predicate, the column header the drug, and
    # the cell hedges its figure; a right figure in the same row stays silent.
    text = ("# Compared\n\n| | IV ketamine | Spravato (esketamine) | SSRI tablets |\n|---|---|---|---|\n"
            "| When a change may show up | Usually around the third or fourth session, roughly two weeks in "
            "| Ask your prescriber | Two to six weeks |\n"
            "| Time to first benefit | Within hours | Within hours | Two to six weeks |\n")
    assert lint(tmp_path, capsys, text) == (1, [
        "5:75: error HL301 Differs from the source on the onset of ketamine (its effects): the source says "
        "within hours, the draft says 'roughly two weeks' (source line 28)",
        # the next row gives the source's figure, which contradicts the row before it
        "6:27: error HL701 Contradicts line 5 of this draft, which says 'roughly two weeks'"])


def test_a_table_of_studies_describes_the_side_effects_of_the_drug_in_discussion(tmp_path, capsys):
    # Session 5 (blind9): the columns are studies, so no label names the drug; the side effects a
    # study describes are the drug's in discussion (a warning); its other rows are the studies' own.
    text = ("# Two studies\n\nBoth studies looked at ketamine for anxiety.\n\n"
            "| | The 2017 study | The 2023 analysis |\n|---|---|---|\n"
            "| How long the benefit lasted | Up to seven days after each treatment | Steady across a year |\n"
            "| Side effects described | Dissociation, raised blood pressure | Not the focus of the paper |\n")
    assert lint(tmp_path, capsys, text) == (1, [
        "8:42: warning HL401 'raised blood pressure' is not among the side effects the source lists for ketamine "
        "(source line 83)"])
    listed = text.replace("Dissociation, raised blood pressure", "Dissociation and vivid dreams")
    assert lint(tmp_path, capsys, listed) == (0, [])
