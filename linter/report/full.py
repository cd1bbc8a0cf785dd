"""Each finding with the draft line, a caret underline, and the source sentence it rests on.
A long line is shown as a window of at most WINDOW characters around the finding, with an
ellipsis where it is cut: a 200 KB line prints one screen line, not the whole line per finding."""

from __future__ import annotations

from linter.report.colour import paint
from linter.report.escape import printable
from linter.report.text import statistics  # noqa: F401  (--statistics: the same table as text)

QUOTES_DRAFT = True  # reads report.draft_line: the run keeps each draft's text for it
WINDOW = 118  # characters of the line shown; with an ellipsis at each end, at most 120
ELLIPSIS = "\u2026"


def window(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of `text` to show for the span [start, end) (0-based, end may pass the line's
    end), and the span's place in it."""
    end = min(max(end, start + 1), len(text) + 1)
    if len(text) <= WINDOW + 2:
        return text, start, end
    span = min(end - start, WINDOW)
    a = max(0, start - (WINDOW - span) // 2)  # the span in the middle, as much of it as fits
    b = min(len(text), a + WINDOW)
    a = max(0, b - WINDOW)
    lead = ELLIPSIS if a > 0 else ""
    shown = lead + text[a:b] + (ELLIPSIS if b < len(text) else "")
    return shown, start - a + len(lead), min(end, b) - a + len(lead)


def item(f, report, first: bool) -> str:
    on = report.colour
    text = report.draft_line(f.path, f.line)
    gutter = " " * len(str(f.line))
    last = f.end_column - 1 if f.end_line == f.line else len(text)
    shown, start, end = window(text, f.column - 1, last)
    head = (f"{paint(printable(f.path), 'bold', on=on)}:{f.line}:{f.column}: {paint(f.severity, f.severity, on=on)} "
            f"{paint(f.code, 'bold', on=on)} [{f.name}] {printable(f.message)}\n")
    out = [head, f"{gutter} |\n{f.line} | {shown}\n",
           f"{gutter} | {' ' * start}{paint('^' * max(1, end - start), f.severity, on=on)}\n"]
    if f.fix is not None:
        out.append(f"{gutter} = fix: replace with '{f.fix}'\n" if f.fix else f"{gutter} = fix: delete it\n")
    if f.source is not None:
        out.extend(source(f, report, gutter))
    out.append("\n")
    return "".join(out)


def source(f, report, gutter: str) -> list[str]:
    """The sentence the fact rests on; where the article is not on disk (the bundled pack's is
    not shipped), what the pack records from that line, and once per article how to find it."""
    where = f"{f.source_file or 'source'} line {f.source}"
    sentence = report.source_line(f.source_file, f.source)
    if sentence:
        return [f"{gutter} = source, {where}: {printable(sentence)}\n"]
    pack, said = report.stated(f.source_file, f.source, f.category)
    if not said:
        return [f"{gutter} = source: {where}\n"]
    lines = [f"{gutter} = source: {where} (not found); the pack {pack} records: {printable('; '.join(said))}\n"]
    if f.source_file and f.source_file not in report.hinted:
        report.hinted.add(f.source_file)
        lines.append(f"{gutter} = hint: to quote the source, put {f.source_file} in a folder named by "
                     "`sources:` in the config or by HEALTHLINT_SOURCES\n")
    return lines
