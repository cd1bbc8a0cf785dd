"""Adoption on an existing repository, for `check`: the baseline a run filters through, and
`--write-baseline` / `--add-suppressions`, which write once every draft's findings are in
(linter/baseline.py, linter/add_suppressions.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import click

from linter.add_suppressions import write_suppressions
from linter.baseline import Baseline, DraftLines, Ran
from linter.checks import RULES
from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, fail
from linter.cli.output import write_findings
from linter.config import CheckOptions, Settings
from linter.errors import UsageError
from linter.files import Output
from linter.runner import Result, discover


def adoption(options: CheckOptions, settings: Settings) -> tuple[Output | None, Baseline | None]:
    """The file --write-baseline writes (None without it), and the baseline to filter findings
    through (None: none), after refusing what cannot combine."""
    recorded = None
    if options.write_baseline and not (options.add_suppressions or options.stdin):
        # Opened before its old entries are read and any draft is linted (`inputs` is lazy): a
        # draft or a link is refused at once, before it could be read as a baseline.
        recorded = Output(options.write_baseline, lambda: drafts(options, settings, stdin=False),
                          what="the baseline", role="the baseline")
    try:
        return recorded, _baseline(options, settings)
    except UsageError:
        if recorded:
            recorded.discard()
        raise


def _baseline(options: CheckOptions, settings: Settings) -> Baseline | None:
    """With --write-baseline, the entries already in its file (kept where this run does not renew them)."""
    if options.baseline_file is not None and not options.baseline_file:
        raise UsageError("--baseline needs a file name; --no-baseline turns the baseline off")
    if options.baseline_file and options.no_baseline:
        raise UsageError("--baseline and --no-baseline cannot be combined")
    if options.adopting:
        what = "--write-baseline" if options.write_baseline else "--add-suppressions"
        if options.write_baseline and options.add_suppressions:
            raise UsageError("--write-baseline and --add-suppressions cannot be combined")
        if options.fix or options.diff:
            raise UsageError(f"{what} cannot be combined with --fix or --diff")
        if options.stdin:
            raise UsageError(f"{what} needs files, not standard input")
    if options.write_baseline:
        if not os.path.exists(options.write_baseline):
            return Baseline(options.write_baseline)
        try:
            return Baseline.load(options.write_baseline)
        except UsageError as exc:
            raise UsageError(f"{exc} (remove it to write a new baseline)") from None
    file = None if options.no_baseline else options.baseline_file or settings.baseline
    return Baseline.load(file) if file else None


def drafts(options: CheckOptions, settings: Settings, *, stdin: bool) -> list[Path]:
    """The files a check run reads (asked only when an output file exists already)."""
    if stdin and options.stdin_filename:
        return [Path(options.stdin_filename)]
    return [path for path, _ in discover(options.paths or (".",), settings)[0]]


def ran(settings: Settings) -> Ran:
    """Whether a rule ran on a draft in this run (a code no rule has any more never will)."""

    def ran(code: str, path: str) -> bool:
        rule = RULES.get(code)
        return rule is None or settings.enabled(code, rule.category, path)

    return ran


def adopt(recorded: Output | None, parts: Iterable[Result], options: CheckOptions, settings: Settings,
          baseline: Baseline | None) -> int:
    """--write-baseline or --add-suppressions, once every draft's findings are in."""
    findings, files, texts, errors = [], [], {}, 0
    for part in parts:
        findings.extend(part.findings)
        files.extend(part.files)
        # The lines a baseline entry quotes, from the text the run read (drafts with findings only).
        texts.update((f.path, part.texts[f.path]) for f in part.findings if f.path in part.texts)
        errors += len(part.errors)
    if recorded:
        return _write_baseline(recorded, findings, files, errors, baseline, ran(settings), options.paths or (".",),
                               DraftLines(texts).line)
    left, errors = _add_suppressions(findings, errors)
    if left:  # what no comment can silence, reported as usual
        write_findings(options.fmt, iter([Result(findings=left, files=files)]), lambda t: click.echo(t, nl=False),
                       settings)
    return EXIT_ERROR if errors else EXIT_FINDINGS if any(settings.fails(f.severity) for f in left) else EXIT_CLEAN


def _write_baseline(out: Output, findings, files, errors: int, previous: Baseline, ran: Ran, paths,
                    line_of) -> int:
    """Write this run's findings over `previous` (the file's entries), keeping what it did not check."""
    file = out.name
    baseline, kept = previous.rewritten(findings, files, ran, paths, line_of)
    out.write(baseline.dumps())
    out.close()
    if out.failure:
        fail(out.failure)
        return EXIT_ERROR
    drafts = len({f.path for f in findings})
    also = f"; kept {kept} recorded before, of drafts or rules this run did not check" if kept else ""
    click.echo(f"healthlint: recorded {len(findings)} finding{'s' if len(findings) != 1 else ''} "
               f"of {drafts} draft{'s' if drafts != 1 else ''} in {file}{also}", err=True)
    return EXIT_ERROR if errors else EXIT_CLEAN


def _add_suppressions(findings, errors: int):
    """Write the comments into each draft with findings; the findings left, and the error count."""
    written = write_suppressions(findings)
    for level, message in written.messages:
        fail(message, level)
    click.echo(f"healthlint: added {written.comments} suppression comment{'s' if written.comments != 1 else ''} "
               f"to {written.drafts} draft{'s' if written.drafts != 1 else ''}", err=True)
    return list(written.left), errors + sum(1 for level, _ in written.messages if level == "error")
