"""Each finding with the draft line, a caret underline, and the source sentence it rests on."""

from __future__ import annotations

from linter.report.escape import printable


def item(f, report, first: bool) -> str:
    text = report.draft_line(f.path, f.line)
    gutter = " " * len(str(f.line))
    width = (f.end_column - f.column) if f.end_line == f.line else len(text) - f.column + 1
    out = [f"{printable(f.path)}:{f.line}:{f.column}: {f.severity} {f.code} [{f.name}] {f.message}\n",
           f"{gutter} |\n{f.line} | {text}\n",
           f"{gutter} | {' ' * (f.column - 1)}{'^' * max(1, width)}\n"]
    if f.fix is not None:
        out.append(f"{gutter} = fix: replace with '{f.fix}'\n" if f.fix else f"{gutter} = fix: delete it\n")
    if f.source is not None:
        sentence = report.source_line(f.source_file, f.source)
        where = f"{f.source_file or 'source'} line {f.source}"
        out.append(f"{gutter} = source, {where}: {sentence}\n" if sentence else f"{gutter} = source: {where}\n")
    out.append("\n")
    return "".join(out)
