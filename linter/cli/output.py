"""What `check` prints as results stream in: the findings in a format, what the exit code and the
summary line need (Tally), and the progress bar."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from linter.checks import RULES
from linter.cli.common import fail
from linter.config import Settings
from linter.document.lines import split_lines
from linter.errors import UsageError
from linter.facts import FactBook
from linter.files import read_bytes
from linter.packs import Knowledge
from linter.report import Report, stream
from linter.report.escape import printable
from linter.runner import Result
from linter.sources import SourceLibrary

PROGRESS_MIN_FILES = 20


class Tally:
    """What the exit code and summary need, kept while results stream past."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.errors = 0
        self.noted: set[str] = set()  # warnings about the run (a deprecated name): each printed once
        self.fails = False
        self.fixed = 0
        self.files = 0  # drafts linted, for the summary line
        self.severities: Counter = Counter()
        self.fixable = 0

    def watch(self, parts: Iterable[Result]) -> Iterator[Result]:
        for part in parts:
            for note in part.notes:
                if note not in self.noted:
                    self.noted.add(note)
                    fail(note, "warning")
            for error in part.errors:
                fail(error)
            self.errors += len(part.errors)
            self.fails = self.fails or any(self.settings.fails(f.severity) for f in part.findings)
            self.fixed += len(part.fixed)
            self.files += len(part.files)
            self.severities.update(f.severity for f in part.findings)
            self.fixable += sum(1 for f in part.findings if f.fix is not None)
            yield part


def write_findings(fmt: str, parts: Iterable[Result], write: Callable[[str], None], settings: Settings, *,
                   statistics: bool = False, colour: bool = False, baseline: str | None = None,
                   knowledge: Knowledge | None = None, article: str | None = None) -> None:
    """The findings of `parts` in format `fmt`, written as they arrive. A draft's lines come from
    the text its part carries (the run keeps it for a format that quotes drafts), never from a
    second read; only findings with no such text (left by --add-suppressions) read their draft."""
    current: dict[str, str] = {}  # the texts of the part being written
    lines: dict[str, list[str]] = {}  # the current draft's lines, split once

    def draft_line(path: str, line: int) -> str:
        if path not in lines:
            lines.clear()
            text = current.get(path)
            lines[path] = split_lines(_read(path) if text is None else text)  # the line numbering findings use
        found = lines[path]
        return found[line - 1] if 0 < line <= len(found) else ""

    def parts_in_turn():
        for part in parts:
            current.clear()
            current.update(part.texts)
            lines.clear()
            yield part.files, part.findings, input_errors(part), part.held

    # `--source ARTICLE`: the pack drafted from it names the article, found beside it.
    folders = [*settings.sources, *([str(Path(article).parent)] if article else [])]
    book = _LazyFactBook(knowledge)
    report = Report(draft_line=draft_line, source_line=SourceLibrary(folders).line, statistics=statistics,
                    colour=colour, baseline=baseline, stated=book.stated, rules=RULES)
    stream(fmt, report, parts_in_turn(), write)


def _read(path: str) -> str:
    try:
        return read_bytes(Path(path)).decode("utf-8-sig", errors="replace")
    except UsageError:
        return ""


class _LazyFactBook:
    """The packs' statements of the facts on a source line, built on first use (only a format
    that shows where a finding rests, `full`, asks)."""

    def __init__(self, knowledge: Knowledge | None):
        self.knowledge = knowledge
        self.book: FactBook | None = None

    def stated(self, name: str | None, line: int | None, category: str) -> tuple[str, tuple[str, ...]]:
        if self.knowledge is None:
            return "", ()
        if self.book is None:
            self.book = FactBook(self.knowledge)
        return self.book.stated(name, line, category)


def input_errors(part: Result) -> list[tuple[str | None, str]]:
    """(draft, message) of each error of a part; a draft that could not be read is named by
    `failed` (its error comes first), an error of the run itself (a missing path) by nothing."""
    named = list(part.failed) + [None] * (len(part.errors) - len(part.failed))
    return [(path, printable(error)) for path, error in zip(named, part.errors)]


def progress_bar(wanted: bool | None):
    """A one-line bar on stderr, redrawn as each file is done; stdout keeps one finding a line."""
    width = 30

    def wrap(results, total: int):
        show = wanted if wanted is not None else sys.stderr.isatty()
        if not show or total < PROGRESS_MIN_FILES:
            yield from results
            return
        for done, item in enumerate(results, start=1):
            yield item
            filled = width * done // total
            sys.stderr.write(f"\rLinting [{'#' * filled}{'-' * (width - filled)}] {done}/{total}")
            sys.stderr.flush()
        sys.stderr.write("\n")

    return wrap


@contextlib.contextmanager
def finished(out):
    """An Output (or None) closed when the block ends, or discarded if it raised: an interrupted
    run leaves the file as it was."""
    try:
        yield
    except BaseException:
        if out:
            out.discard()
        raise
    if out:
        out.close()
