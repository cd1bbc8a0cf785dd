"""`healthlint check`: its options (gathered into one CheckOptions) and the run they ask for:
settings and packs → the drafts' results (runner) → the findings written in a format → the
summary line and the exit code."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import click

from linter.baseline import Baseline
from linter.bundle import rules_dir
from linter.cache import Cache, fingerprint, folder_for, problem
from linter.checks import RULES
from linter.checks.paraphrase import source_article
from linter.cli.adopt import adopt, adoption, drafts, ran
from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, fail
from linter.cli.loading import check_model, knowledge_of, settings_of, shown, warn_no_packs
from linter.cli.output import Tally, finished, progress_bar, write_findings
from linter.config import CheckOptions, Settings
from linter.errors import UsageError
from linter.files import Output, read_bytes
from linter.grammar import identity
from linter.packs import Knowledge
from linter.report.colour import CHOICES as COLOUR_CHOICES, wanted
from linter.report.formats import FORMATS, coloured, help_text, writer
from linter.report.summary import summary
from linter.runner import GC_THRESHOLDS, run_iter, run_stdin

PACKAGE = Path(__file__).parent.parent  # the linter's own code: a changed linter never reads old results


class FormatChoice(click.Choice):
    """The names in the format table, read when the option is parsed (not when this module is
    imported), so that a format registered later is a choice too."""

    def __init__(self) -> None:
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(FORMATS)


# The options, in the order `check --help` lists them; each lands in the CheckOptions field of its name.
OPTIONS = [
    click.argument("paths", nargs=-1),
    click.option("--format", "fmt", type=FormatChoice(), default="text", show_default=True, help=help_text()),
    click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the output here, not to stdout."),
    click.option("--statistics", is_flag=True, help="Print how many findings each rule has, not the findings."),
    click.option("--select", help="Rules to run: codes, prefixes or categories, comma-separated (replaces the "
                 "config's)."),
    click.option("--extend-select", help="Rules to add to the selection."),
    click.option("--ignore", help="Rules to leave out."),
    click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
                 help="Lowest severity that makes the exit code 1 (default: info, any finding)."),
    click.option("--config", "config", type=click.Path(dir_okay=False), help="Config file (default: found upwards)."),
    click.option("--pack", "packs", multiple=True, metavar="FILE", help="An extra fact pack (YAML); repeatable."),
    click.option("--source", "source", metavar="ARTICLE",
                 help="Check against this source article, its facts extracted on the fly (no curated pack)."),
    click.option("--stdin-filename", help="Lint standard input (path '-') and report it under this name."),
    click.option("--fix", is_flag=True, help="Apply safe fixes in place (not to findings a baseline holds)."),
    click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing."),
    click.option("--show-settings", is_flag=True, help="Print the resolved settings and exit."),
    click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal)."),
    click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                 help="Processes to lint with (default: the number of cores)."),
    click.option("--model", metavar="NAME", help="The trained spaCy pipeline that parses claim sentences "
                 "(an installed package or folder with a parser; default: en_core_web_sm)."),
    click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache."),
    click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
                 help="Where results are cached (default: .healthlint_cache)."),
    # Adoption on an existing repository (linter/cli/adopt.py).
    click.option("--baseline", "baseline_file", metavar="FILE", type=click.Path(dir_okay=False),
                 help="Report only findings not recorded in this baseline (default: the 'baseline' setting)."),
    click.option("--no-baseline", is_flag=True, help="Use no baseline in this run, whatever the config says."),
    click.option("--write-baseline", metavar="FILE", type=click.Path(dir_okay=False),
                 help="Record today's findings in FILE, for --baseline (keeping its entries for drafts and "
                 "rules this run does not check); report none."),
    click.option("--add-suppressions", is_flag=True,
                 help="Write a suppression comment above each finding's line, in the drafts."),
    # Output for people (issue 13): summary, colour, quiet, exit-zero.
    click.option("--quiet", "-q", is_flag=True, help="Print the findings only: no summary line."),
    click.option("--exit-zero", is_flag=True,
                 help="Exit 0 even when there are findings (input errors still exit 2)."),
    click.option("--color", "colour", type=click.Choice(COLOUR_CHOICES), default="auto", show_default=True,
                 help="Colour the text formats (auto: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it)."),
    click.option("--no-bundled-packs", is_flag=True,
                 help="Leave the bundled fact pack out (as `bundled: false` in the config)."),
]


def _with_options(command):
    for option in reversed(OPTIONS):  # decorators apply bottom-up
        command = option(command)
    return command


@click.command("check")
@_with_options
def check(**options) -> int:
    """Lint drafts (files or directories of *.md, *.markdown, *.txt; '-' for stdin)."""
    return run(CheckOptions(**options))


def run(options: CheckOptions) -> int:
    """One check run, from the options to the exit code."""
    # spaCy and the pipelines leave some 10^5 long-lived objects; at Python's default thresholds
    # the collector scans them over and over while they are built (a tenth of a one-draft run).
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        settings = settings_of(options.config, **options.rule_options())
        if options.show_settings:
            click.echo(shown(settings), nl=False)
            return EXIT_CLEAN
        knowledge = knowledge_of(options.source, settings)
        check_model(settings.model)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    warn_no_packs(knowledge)
    if options.fix and options.diff:
        fail("--fix and --diff cannot be combined")
        return EXIT_ERROR
    try:
        recorded, baseline = adoption(options, settings)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    try:
        stdin, parts = _results(options, settings, knowledge, baseline)
    except UsageError as exc:  # a cache that cannot be used: the baseline is left as it was
        if recorded:
            recorded.discard()
        fail(str(exc))
        return EXIT_ERROR
    tally = Tally(settings)
    if options.adopting:
        with finished(recorded):
            return adopt(recorded, tally.watch(parts), options, settings, baseline)
    return _report(options, settings, knowledge, baseline, tally, parts, stdin)


def _results(options: CheckOptions, settings: Settings, knowledge: Knowledge, baseline: Baseline | None):
    """The results of the drafts, one part a draft, as they come, and (buffer, result) of the
    standard input (None for files); held findings moved aside when a baseline filters."""
    # Fixes leave the findings a baseline holds alone (--no-baseline fixes them too).
    hold = baseline.holds if baseline is not None and (options.fix or options.diff) else None
    # A draft's text travels with its result where something after linting reads its lines (a
    # format that quotes drafts, a baseline's line texts), so that no draft is read twice.
    texts = baseline is not None or (getattr(writer(options.fmt), "QUOTES_DRAFT", False) and not options.diff)
    stdin = None
    if options.stdin:
        buffer = sys.stdin.buffer.read()
        result = run_stdin(buffer, options.stdin_filename or "-", knowledge, settings, fix=options.fix,
                           diff=options.diff, hold=hold)
        stdin, parts = (buffer, result), iter([result])
    else:
        cache = None if options.no_cache else _cache(options, settings, knowledge)
        # An output file this run creates is never one of its drafts (an existing one that is a
        # draft is refused when it is opened, so that no draft is overwritten).
        new_output = options.output_file and not os.path.lexists(options.output_file)
        parts = run_iter(options.paths or (".",), knowledge, settings, fix=options.fix, diff=options.diff,
                         progress=progress_bar(options.progress), jobs=options.jobs or os.cpu_count() or 1,
                         cache=cache, skip=Path(options.output_file) if new_output else None, hold=hold,
                         texts=texts)
    if baseline is not None and not options.write_baseline:
        parts = baseline.filter(parts)
    return stdin, parts


def _report(options: CheckOptions, settings: Settings, knowledge: Knowledge, baseline: Baseline | None,
            tally: Tally, parts, stdin: tuple | None) -> int:
    """Write the findings (or the diffs), then what is said on stderr after them; the exit code."""
    try:
        out, write, painted = _destination(options, settings)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    with finished(out):
        if options.diff:
            for part in tally.watch(parts):
                for d in part.diffs:
                    write(d)
        else:
            write_findings(options.fmt, tally.watch(parts), write, settings, statistics=options.statistics,
                           colour=painted and coloured(options.fmt),
                           baseline=baseline.file if baseline is not None else None, knowledge=knowledge,
                           article=options.source)
    if stdin is not None and options.fix:
        buffer, result = stdin
        fixed = next(iter(result.fixed.values()), result.texts.get(options.stdin_filename or "-"))
        # A buffer that could not be linted goes back as it came: an editor replaces it with this.
        click.echo(buffer if fixed is None else fixed, nl=False)
    if options.fix and tally.fixed and stdin is None and not options.quiet:
        click.echo(f"healthlint: fixed {tally.fixed} file{'s' if tally.fixed != 1 else ''}", err=True)
    if out and out.failure:
        fail(out.failure)
    _after(options, baseline, tally, settings)
    if tally.errors or (out and out.failure):
        return EXIT_ERROR
    return EXIT_FINDINGS if tally.fails and not options.exit_zero else EXIT_CLEAN


def _destination(options: CheckOptions, settings: Settings):
    """Where the output goes: (the output file or None, the function that writes, whether coloured)."""
    if options.output_file:
        out = Output(options.output_file, lambda: drafts(options, settings, stdin=options.stdin))
        return out, out.write, options.colour == "always"  # a file is coloured only when asked to be
    to_err = bool(options.stdin and options.fix)  # the fixed buffer goes to stdout
    painted = wanted(options.colour, sys.stderr if to_err else sys.stdout)
    return None, lambda text: click.echo(text, nl=False, err=to_err, color=painted), painted


def _after(options: CheckOptions, baseline: Baseline | None, tally: Tally, settings: Settings) -> None:
    """The baseline's stale entries, and the summary line after a format for people."""
    # Only what this run could have found counts as gone: not another rule's entries, not another
    # draft's, and nothing a --diff preview fixed.
    gone = baseline.gone(ran(settings)) if baseline is not None and not options.diff else 0
    if gone:
        fail(f"{gone} baseline entr{'ies' if gone != 1 else 'y'} no longer found; refresh {baseline.file} "
             f"with healthlint check --write-baseline {baseline.file}", "note")
    if coloured(options.fmt) and tally.files and not (options.quiet or options.diff):  # a draft was checked
        painted = wanted(options.colour, sys.stderr)
        click.echo(summary(tally.files, tally.severities, tally.fixable if not options.fix else 0, tally.errors,
                           held=baseline.held if baseline is not None else 0, colour=painted),
                   err=True, color=painted)


def _cache(options: CheckOptions, settings: Settings, knowledge: Knowledge) -> Cache:
    """The result cache, keyed by everything that decides findings besides the file itself."""
    folder = folder_for(options.cache_dir)
    reason = problem(folder)
    if reason:  # never turn a folder of drafts into a cache (it would be git-ignored and marked)
        raise UsageError(f"{reason}; name another --cache-dir, or use --no-cache")
    code = sorted(PACKAGE.rglob("*.py"))
    bundled = [p.read_bytes() for p in code + sorted(rules_dir().glob("*")) if p.is_file()]
    named = [read_bytes(Path(p), kind="pack") for p in settings.packs] + (
        [read_bytes(Path(options.source), kind="source")] if options.source else [])
    # HL704 reads a pack's article where it is on disk (else the pack's index, keyed with the pack).
    articles = [found[1] for p in knowledge.packs if (found := source_article(p, knowledge.source_folders))]
    indexes = [p.alignment.to_json() for p in knowledge.packs if p.alignment is not None]
    parts = [repr(settings), identity(settings.model)] + bundled + named + articles + indexes
    return Cache(folder, fingerprint(*parts), RULES)
