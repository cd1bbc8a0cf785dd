"""A table of studies: each row one study mention, its cells read together.

"| KIT records | 2022 | Analysis of historical data | 2017–2020 |" names neither a study word
next to its year nor a sentence for the parse: the row does. A row is a study mention when its
table's header row speaks of studies (a study or design word, or a `header-year` or
`header-design` column: a table of other things may hold sentences of their own) and the row
gives a year, a data period or a design. Its year is a cell holding one year and nothing else
(or the one year in the column a `header-year` word heads), its period a span of years in any
cell, its design the design words of the column a `header-design` word heads, else of the whole
row when they name one strength. The row's words (its topic, conditions and cue words) identify
the study as a sentence's do (checks/study.py), and its findings sit on the cells.
"""

from __future__ import annotations

from linter.claims.base import Claim, Item
from linter.claims.studies import PERIOD, design_of
from linter.claims.tables import table_rows
from linter.document import Block
from linter.nlp import Annotation, Sentence
from linter.quantities import YEAR

_STUDY_WORDS = ("study",) + tuple(f"design-{s}" for s in ("retrospective", "trial", "controlled-trial",
                                                          "randomized-controlled-trial", "systematic-review"))


def rows(ann: Annotation) -> list[tuple[Claim, frozenset[int]]]:
    """Each study row's claim with the sentences (its cells) it reads, in prose order."""
    by_block: dict[int, list[Sentence]] = {}
    for sentence in ann.sentences:
        by_block.setdefault(sentence.block, []).append(sentence)
    out = []
    for table in table_rows(ann.document.blocks):
        columns = _columns(ann, by_block, table[0])
        if not columns and not any(_names_study(ann, by_block, b) for b in table[0]):
            continue  # a table of other things, whose cells may be sentences of their own
        for row in table[1:]:
            cells = [(b, by_block.get(i, [])) for b, i in row]
            found = _row_claim(ann, cells, columns)
            if found is not None:
                out.append(found)
    return out


def _names_study(ann: Annotation, by_block, cell: tuple[Block, int]) -> bool:
    return any(ann.cues_in(s.tok_start, s.tok_end, *_STUDY_WORDS) for s in by_block.get(cell[1], []))


def _columns(ann: Annotation, by_block, header: list[tuple[Block, int]]) -> dict[str, int]:
    """The column a `header-year` or `header-design` word heads ("| Year | Design |")."""
    out = {}
    for c, cell in enumerate(header):
        for kind in ("header-year", "header-design"):
            if kind not in out and any(ann.cues_in(s.tok_start, s.tok_end, kind) for s in by_block.get(cell[1], [])):
                out[kind] = c
    return out


def _row_claim(ann: Annotation, cells, columns: dict[str, int]) -> tuple[Claim, frozenset[int]] | None:
    sentences = [s for _, cell in cells for s in cell]
    if not sentences:
        return None
    parts = []
    year = _year(ann, cells, columns.get("header-year"))
    period = _period(ann, sentences)
    design, design_item = _design(ann, cells, columns.get("header-design"))
    if year is not None:
        parts.append(("year", year[1]))
    if period is not None:
        parts.append(("period", period[1]))
    if design:
        parts.append(("design", design_item))
    if not parts:
        return None
    first, last = sentences[0], sentences[-1]
    text = ann.document.prose[first.start:last.end]
    parts.append(("mention", Item(text, first.start, last.end)))
    conditions = tuple(dict.fromkeys(m.id for s in sentences for m in ann.mentions_in(s.tok_start, s.tok_end, "condition")))
    drugs = {m.id for s in sentences for m in ann.mentions_in(s.tok_start, s.tok_end, "drug")}
    where = parts[0][1]
    claim = Claim("study", next(iter(drugs)) if len(drugs) == 1 else None, where.start, where.end, first.index,
                  conditions=conditions, year=year[0] if year else None, period=period[0] if period else None,
                  design=design, parts=tuple(parts), grounded=True)
    return claim, frozenset(s.index for s in sentences)


def _year(ann: Annotation, cells, column: int | None) -> tuple[int, Item] | None:
    """The row's year: the one year in the year column, else a cell that is one year alone."""
    found = []
    for c, (_, sentences) in enumerate(cells):
        for s in sentences:
            if PERIOD.search(s.text):
                continue
            years = list(YEAR.finditer(s.text))
            alone = len(years) == 1 and s.text.strip(" *_()[]") == years[0].group(1)
            if len(years) == 1 and (alone or c == column):
                found.append((int(years[0].group(1)), Item(years[0].group(1), s.start + years[0].start(),
                                                           s.start + years[0].end())))
    return found[0] if len({y for y, _ in found}) == 1 else None


def _period(ann: Annotation, sentences: list[Sentence]) -> tuple[tuple[int, int], Item] | None:
    found = [(s, m) for s in sentences for m in [PERIOD.search(s.text)] if m]
    if len(found) != 1:
        return None
    s, m = found[0]
    first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return (int(first), int(last)), Item(m.group(0), s.start + m.start(), s.start + m.end())


def _design(ann: Annotation, cells, column: int | None) -> tuple[str | None, Item | None]:
    """The design the design column gives, else the one strength the row's cells give."""
    chosen = [cells[column]] if column is not None and column < len(cells) else cells
    found = [design_of(ann, s) for _, sentences in chosen for s in sentences]
    found = [(d, item) for d, item in found if d]
    if len({d for d, _ in found}) != 1:
        return None, None
    return found[0]
