"""The claim-by-claim review a medical reviewer signs off: every checkable claim in the
draft, in order, with its verdict against the source and the sentence it rests on."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from linter.checks import VERDICTS
from linter.document import Document
from linter.names import with_source_line
from linter.packs import Knowledge
from linter.runner import context
from linter.sources import SourceLibrary


@dataclass(frozen=True)
class Reviewed:
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int  # file offsets, for highlighting
    end_offset: int
    text: str  # the claim as the draft words it
    kind: str
    verdict: str  # supported | contradicted | unsupported
    message: str | None
    code: str | None
    source: int | None
    source_file: str | None
    source_text: str | None

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["offset"], data["end_offset"]
        return with_source_line(data)


def review(document: Document, knowledge: Knowledge, library: SourceLibrary,
           model: str | None = None) -> list[Reviewed]:
    ctx = context(document, knowledge, model)
    rows = []
    seen = set()
    for verdicts in VERDICTS:
        for v in verdicts(ctx):
            key = (v.start, v.end, v.status, v.kind)
            if key in seen:
                continue
            seen.add(key)
            fstart, fend = document.file_span(v.start, v.end)
            line, col = document.line_col(fstart)
            end_line, end_col = document.line_col(fend)
            source_file = ctx.knowledge.pack(v.pack).source_file if v.pack else None
            rows.append(Reviewed(line, col, end_line, end_col, fstart, fend, document.text[fstart:fend], v.kind,
                                 v.status, v.message, v.rule.code if v.rule else None, v.source, source_file,
                                 library.line(source_file, v.source)))
    return sorted(rows, key=lambda r: (r.offset, r.end_offset, r.kind))
