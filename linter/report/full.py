"""Each finding with the draft line, a caret underline, and the source sentence it rests on."""

from __future__ import annotations


def render(report) -> str:
    out = []
    for f in report.findings:
        out.append(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.code} [{f.name}] {f.message}\n")
        text = report.draft_line(f.path, f.line)
        gutter = " " * len(str(f.line))
        out.append(f"{gutter} |\n{f.line} | {text}\n")
        width = (f.end_column - f.column) if f.end_line == f.line else len(text) - f.column + 1
        out.append(f"{gutter} | {' ' * (f.column - 1)}{'^' * max(1, width)}\n")
        if f.fix is not None:
            out.append(f"{gutter} = fix: replace with '{f.fix}'\n")
        if f.source is not None:
            sentence = report.source_line(f.source_file, f.source)
            where = f"{f.source_file or 'source'} line {f.source}"
            out.append(f"{gutter} = source, {where}: {sentence}\n" if sentence else f"{gutter} = source: {where}\n")
        out.append("\n")
    return "".join(out)
