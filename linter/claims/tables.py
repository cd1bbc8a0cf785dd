"""Claims a table or a list under a lead-in makes without writing a sentence.

A table cell such as "Tablet swallowed whole" names neither a drug nor a predicate: its
row's label (or the cell under a "Drug" header) names the drug, and its column's header
names the property; in a transposed table the column header names the drug and the row's
label the property. Each body cell is read as "<drug> <property> <cell>", a claim of the
property's family placed on the cell's own text, so a finding points at the cell. A list
under a lead-in ("<drug>'s approved uses:", "<drug> is taken as:") reads the same way, the
lead-in naming both, or the lead-in the drug and each item's label the property ("<drug> at a
glance:" over "- Approved for: <conditions>"). Property words are the `header-*` language
cues; a table whose header and labels name no property may take it from its corner cell or
the heading above it.

Graded confidence: a claim is grounded (an error where the source disagrees) only when the
labels name exactly one drug and one property; a property taken from the corner or the
heading gives warnings only. A cell that names a drug itself, or says "it", is a sentence of
its own: the prose extractors read it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from linter.claims.base import Claim, Item
from linter.claims.discussion import last_named
from linter.claims.frames import is_question, named_drugs
from linter.claims.side_effects import split_items, symptom_items
from linter.document import Block
from linter.nlp import Annotation, Sentence
from linter.quantities import find

# Property cue kind -> the claim kind it makes.
PROPERTIES = {"header-approval": "approval", "header-approval-status": "status", "header-off-label": "off-label",
              "header-route": "route",
              "header-onset": "onset", "header-duration": "duration", "header-side-effects": "side-effects"}
_MEASURES = {"onset": "onset", "duration": "effect"}
_SIDE_EFFECTS = frozenset({"side-effects"})
_ROUTES = ("route-nasal", "route-intravenous", "route-intramuscular", "route-sublingual", "route-oral")
# What a time span in a label may measure besides an effect: a session or a course of them.
_SPAN_OF = ("session-noun", "course-noun", "effect-noun")
# A lead-in or cell in these is not the writer's own claim, or not a plain one.
_NOT_ASSERTED = ("attribution", "framing", "framing-label", "conditional", "reporting", "hedge")


@dataclass(frozen=True, slots=True)
class Label:
    """What a header or label cell names: its drugs and its properties."""

    drugs: frozenset[str] = frozenset()
    properties: frozenset[str] = frozenset()
    negated: bool = False
    subject_column: bool = False  # "Drug", "Treatment": the cells below name each row's drug
    conditions: frozenset[str] = frozenset()  # "<X> approval status", a row labelled "<X>"
    subject_row: bool = False  # a cell under a "Treatment" column that names a form: one product

    @property
    def drug(self) -> str | None:
        return next(iter(self.drugs)) if len(self.drugs) == 1 else None

    @property
    def property(self) -> str | None:
        return next(iter(self.properties)) if len(self.properties) == 1 else None


_EMPTY = Label()


def claims(ann: Annotation) -> list[Claim]:
    """The claims of every table cell and every list item under a lead-in, in prose order."""
    out = [*_table_claims(ann), *_lead_in_claims(ann)]
    return sorted(out, key=lambda c: c.start)


# ------------------------------------------------------------------ tables

def table_rows(blocks: list[Block]) -> Iterator[list[list[tuple[Block, int]]]]:
    """Each table's rows, in order: the cells of one line, each with its block index."""
    rows: list[list[tuple[Block, int]]] = []
    for index, block in enumerate(blocks):
        if block.kind != "cell":
            if rows:
                yield rows
                rows = []
        elif rows and rows[-1][0][0].line == block.line:
            rows[-1].append((block, index))
        else:
            rows.append([(block, index)])
    if rows:
        yield rows


def _table_claims(ann: Annotation) -> Iterator[Claim]:
    blocks = ann.document.blocks
    heading = _EMPTY  # the last heading before a table: its topic when its own cells name no property
    read = 0  # blocks before this index have been looked at for headings
    for rows in table_rows(blocks):
        for block in blocks[read:rows[0][0][1]]:
            if block.kind == "heading" and block.has_prose:
                heading = _cell_label(ann, block)
        read = rows[-1][-1][1] + 1
        yield from _read_table(ann, [[block for block, _ in row] for row in rows], heading)


def _read_table(ann: Annotation, rows: list[list[Block]], heading: Label) -> Iterator[Claim]:
    header = [_cell_label(ann, cell) for cell in rows[0]]
    subject = next((c for c, h in enumerate(header) if h.subject_column and not h.properties), 0)
    # A property named once for the whole table: in its corner cell, else the heading above.
    topic = header[0].property if subject == 0 and not header[0].drugs else None
    topic = topic or (heading.property if not heading.drugs else None)
    # Side effects in a table that names no drug are those of the drug in discussion before it
    # (a warning: no label ties them to it), as are those of a table whose columns are studies.
    studied = _studies_drug(ann, rows[0], header) or _drugless(ann, rows)
    for row in rows[1:]:
        label = _cell_label(ann, row[subject]) if subject < len(row) else _EMPTY
        if subject and label.drugs and ann.cues_in(*ann.block_tokens(row[subject]), "form"):
            label = replace(label, subject_row=True)
        for c, cell in enumerate(row):
            if c == subject or not cell.has_prose:
                continue
            column = header[c] if c < len(header) else _EMPTY
            if column.drugs and label.drugs and column.drugs != label.drugs:
                continue  # two subjects for one cell
            if column.properties and label.properties and column.properties != label.properties:
                continue  # two properties for one cell
            drugs = column.drugs or label.drugs
            properties = column.properties or label.properties
            from_labels = bool(properties)
            if not properties and topic:
                properties = frozenset({topic})
            if not drugs and studied and properties == _SIDE_EFFECTS:
                drugs, from_labels = frozenset({studied}), False  # no label names the drug: a warning
            if len(drugs) != 1 or len(properties) != 1:
                continue
            grounded = from_labels and not (column.negated or label.negated)
            found = _cell_claims(ann, _item(ann, cell), next(iter(drugs)), next(iter(properties)),
                                 grounded, column.negated or label.negated, column.conditions | label.conditions)
            # a row that names a product ("<drug> IM shots") in a table of several: its claim is the
            # product's, which the labels do not tie to the drug's other forms (nor to other rows)
            yield from (replace(c, grounded=False, guess=True) for c in found) if label.subject_row else found


def _studies_drug(ann: Annotation, header_row: list[Block], header: list[Label]) -> str | None:
    """A table whose columns are studies ("| | The 2017 study | The 2023 analysis |") speaks of
    the drug in discussion before it: the side effects its studies describe are that drug's.
    Only side effects: a time or a design in such a table is the study's, not the drug's."""
    cells = [c for c in header_row[1:] if c.has_prose]
    if not cells or any(h.drugs for h in header) or not all(
            ann.cues_in(*ann.block_tokens(c), "study") for c in cells):
        return None
    return _discussed_before(ann, cells[0])


def _drugless(ann: Annotation, rows: list[list[Block]]) -> str | None:
    """The drug in discussion before a table none of whose cells names a drug."""
    cells = [c for row in rows for c in row if c.has_prose]
    if not cells or any(named_drugs(ann, *ann.block_tokens(c)) for c in cells):
        return None
    return _discussed_before(ann, cells[0])


def _discussed_before(ann: Annotation, block: Block) -> str | None:
    first = ann.sentence_of(ann.block_tokens(block)[0])
    before = [drug for index, drug in sorted(last_named(ann).items()) if first is None or index < first.index]
    return before[-1] if before else None


def _cell_label(ann: Annotation, block: Block) -> Label:
    return _label(ann, *ann.block_tokens(block)) if block.has_prose else _EMPTY


def _label(ann: Annotation, start: int, end: int) -> Label:
    """What the tokens [start, end) of a header, label, heading or lead-in name."""
    drugs = frozenset(named_drugs(ann, start, end))
    kinds = {c.kind for c in ann.cues_in(start, end, *PROPERTIES, "header-subject", *_SPAN_OF)}
    properties = frozenset(PROPERTIES[k] for k in kinds if k in PROPERTIES)
    if kinds & {"session-noun", "course-noun"} and "effect-noun" not in kinds:
        properties -= {"duration"}  # "How long a session lasts": the visit's length, not an effect's
    if {"approval", "off-label"} <= properties:
        properties = frozenset({"off-label"})  # "Approved for / off-label uses": the narrower word
    if "status" in properties:
        properties = frozenset({"status"})  # "FDA approval status": the cell says which status
    conditions = frozenset(m.id for m in ann.mentions_in(start, end, "condition", "use"))
    return Label(drugs, properties, ann.is_negated(start, end), "header-subject" in kinds, conditions)


def _item(ann: Annotation, block: Block) -> Item:
    text = ann.document.prose[block.prose_start:block.prose_end]
    stripped = text.strip()
    start = block.prose_start + text.index(stripped)
    return Item(stripped, start, start + len(stripped))


# ------------------------------------------------------------------ lists under a lead-in

def _lead_in_claims(ann: Annotation) -> Iterator[Claim]:
    """Items under a lead-in that names one drug: "<drug>'s approved uses:" names the property
    too; "<drug> at a glance:" leaves it to each item's label ("- Approved for: <conditions>").
    A lead-in that names neither but says it lists values ("Expect some of these:", not "What to
    do:") takes the property from the heading above and the drug in discussion: warnings at
    most, as neither is said in the lead-in."""
    blocks = ann.document.blocks
    named = last_named(ann)
    heading, drug = _EMPTY, None  # the last heading's label; the drug in discussion
    for sentence in ann.sentences:
        block = blocks[sentence.block]
        if block.kind == "heading":
            heading = _label(ann, sentence.tok_start, sentence.tok_end)
        if block.in_list or not sentence.text.rstrip().endswith(":") or is_question(ann, sentence) or (
                not sentence.cue_kinds.isdisjoint(_NOT_ASSERTED)):
            drug = named.get(sentence.index, drug)
            continue
        lead = _label(ann, sentence.tok_start, sentence.tok_end)
        drug = named.get(sentence.index, drug)
        if not lead.drugs and not lead.properties and heading.property and (heading.drug or drug) and (
                "header-lead-in" in sentence.cue_kinds):
            for item in items_after(blocks, sentence.block):
                yield from _cell_claims(ann, _item(ann, item), heading.drug or drug, heading.property, False,
                                        heading.negated)
            continue
        # Side effects under a lead-in are the side-effect family's own ("Side effects include:").
        if lead.drug is None or len(lead.properties) > 1 or "side-effects" in lead.properties:
            continue
        for item in items_after(blocks, sentence.block):
            if lead.property:
                yield from _cell_claims(ann, _item(ann, item), lead.drug, lead.property, not lead.negated,
                                        lead.negated)
            else:
                yield from _labelled(ann, _item(ann, item), lead.drug)


def items_after(blocks, index: int) -> Iterator[Block]:
    """The items (with text) of the list right after block `index`."""
    i = index + 1
    while i < len(blocks) and blocks[i].kind in ("list", "html"):
        i += 1
    while i < len(blocks) and (blocks[i].in_list or blocks[i].kind == "list"):
        if blocks[i].has_prose:
            yield blocks[i]
        i += 1


def _labelled(ann: Annotation, item: Item, drug: str) -> Iterator[Claim]:
    """"Approved for: <conditions>": the label before the colon names the property."""
    colon = item.text.find(":")
    value = item.text[colon + 1:].strip()
    if colon < 0 or not value:
        return
    label = _label(ann, ann.token_at(item.start), ann.token_at(item.start + colon))
    if label.property is None or (label.drugs and label.drugs != {drug}):
        return
    start = item.start + item.text.index(value, colon)
    yield from _cell_claims(ann, Item(value, start, start + len(value)), drug, label.property,
                            not label.negated, label.negated)


# ------------------------------------------------------------------ one cell, one claim

def _cell_claims(ann: Annotation, item: Item, drug: str, prop: str, grounded: bool,
                 negated: bool, conditions: frozenset[str] = frozenset()) -> Iterator[Claim]:
    """The claims "<drug> <property> <item>" makes, placed on the item's text. `conditions`: those
    the labels name, for a status the cell gives ("Approved", "Off-label")."""
    start, end = ann.token_at(item.start), ann.token_at(item.end - 1) + 1
    sentence = ann.sentence_of(start)
    if not item.text or sentence is None or _own_sentence(ann, sentence, start, end):
        return
    if prop == "status":
        if ann.mentions_in(start, end, "condition", "use"):
            prop = "approval"  # "Fully FDA-cleared for <X>": the cell names its own
        else:
            yield from _status_claims(ann, item, drug, grounded and not negated, conditions, sentence.index)
            return
    if prop in ("approval", "off-label"):
        # A cell may say more than the header: "<use>; off-label for <condition>", "Off-label;
        # not approved for <condition>". Each condition takes the nearest approval word before it;
        # one after a study word ("studied for <condition>") or in parentheses is no approved use.
        cues = ann.cues_in(start, end, "approval", "off-label", "study")
        prose, at, depth = ann.document.prose, item.start, 0
        for m in ann.mentions_in(start, end, "condition", "use"):
            depth += prose.count("(", at, m.start) - prose.count(")", at, m.start)
            at = m.start
            cue = next((c for c in reversed(cues) if c.tok_end <= m.tok_start), None)
            if depth > 0 or (cue is not None and cue.kind == "study"):
                continue
            kind = prop if cue is None else "off-label" if cue.kind == "off-label" else "approval"
            yield Claim(kind, drug, m.start, m.end, sentence.index, target=m.id, grounded=grounded,
                        negated=negated or ann.is_negated(m.tok_start, m.tok_end))
    elif negated or ann.is_negated(start, end):
        return  # "not by mouth", "no side effects": nothing these families hold to the source
    elif prop == "route":
        routes = dict.fromkeys(c.kind for c in ann.cues_in(start, end, *_ROUTES))
        for route in routes:
            yield Claim("route", drug, item.start, item.end, sentence.index, cue=route[len("route-"):],
                        grounded=grounded)
    elif prop in _MEASURES:
        for found in find(item.text):
            yield Claim(prop, drug, item.start + found.start, item.start + found.end, sentence.index,
                        span=found.span, measures=_MEASURES[prop], grounded=grounded)
    elif prop == "side-effects":
        # only what names a symptom: "| Side effect | Does <drug> cause it? |" over "| <effect> |
        # Often |" makes "Often" no effect
        items = tuple(symptom_items(ann, split_items(ann.document.prose, item.start, item.text)))
        if items:
            yield Claim("side-effects", drug, item.start, item.end, sentence.index, items=items,
                        grounded=grounded)


def _status_claims(ann: Annotation, item: Item, drug: str, grounded: bool, conditions: frozenset[str],
                   sentence: int) -> Iterator[Claim]:
    """A status cell ("Approved", "Not approved (off-label)", "Off-label") for each condition its
    labels name: an off-label word says off-label, an approval word approved unless negated."""
    start, end = ann.token_at(item.start), ann.token_at(item.end - 1) + 1
    cues = ann.cues_in(start, end, "approval", "approval-negative", "off-label")
    for target in sorted(conditions):
        for cue in cues:
            kind = "off-label" if cue.kind == "off-label" else "approval"
            negated = cue.kind == "approval-negative" or (kind == "approval" and ann.is_negated(cue.tok_start))
            yield Claim(kind, drug, item.start, item.end, sentence, target=target, grounded=grounded,
                        negated=negated, side=False)


def _own_sentence(ann: Annotation, sentence: Sentence, start: int, end: int) -> bool:
    """A cell or item that names its own drug, says "it", or is framed or hedged, is no bare
    value: the prose extractors read it (or nobody should)."""
    return bool(ann.mentions_in(start, end, "drug") or ann.cues_in(start, end, "anaphora", *_NOT_ASSERTED)
                or is_question(ann, sentence))
