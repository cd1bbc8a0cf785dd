"""The `healthlint` command. Imports nothing heavy until a command needs it,
so `--help` and `--version` stay fast."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import Counter
from pathlib import Path

import click

from linter import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMAT_NAMES = ("text", "full", "json", "json-lines", "sarif", "github", "junit")
PROGRESS_MIN_FILES = 20


def _fail(message: str, level: str = "error") -> None:
    from linter.report.escape import printable

    # One line, whatever a file name holds: control characters and undecodable bytes escaped.
    click.echo(f"healthlint: {level}: {printable(message)}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="healthlint")
def cli() -> None:
    """Check health articles against the facts of a trusted source."""
    if hasattr(signal, "SIGXFSZ"):
        # Past `ulimit -f` a write then fails with EFBIG, reported as one line, instead of the
        # signal killing the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _settings(config: str | None, **options):
    """The settings; what the config names but cannot use (a `sources:` folder outside the
    project) is said here, once, as a warning."""
    from linter.config import load_settings, with_options

    settings = with_options(load_settings(config), **options)
    for note in settings.notes:
        _fail(note, "warning")
    return settings


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True,
              help="Output format.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the output here, not to stdout.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has, not the findings.")
@click.option("--select", help="Rules to run: codes, prefixes or categories, comma-separated (replaces the config's).")
@click.option("--extend-select", help="Rules to add to the selection.")
@click.option("--ignore", help="Rules to leave out.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that makes the exit code 1 (default: info, any finding).")
@click.option("--config", "config", type=click.Path(dir_okay=False), help="Config file (default: found upwards).")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="An extra fact pack (YAML); repeatable.")
@click.option("--source", "source", metavar="ARTICLE",
              help="Check against this source article, its facts extracted on the fly (no curated pack).")
@click.option("--stdin-filename", help="Lint standard input (path '-') and report it under this name.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (not to findings a baseline holds).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--show-settings", is_flag=True, help="Print the resolved settings and exit.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: on a terminal).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes to lint with (default: the number of cores).")
@click.option("--model", metavar="NAME", help="The trained spaCy pipeline that parses claim sentences "
              "(an installed package or folder with a parser; default: en_core_web_sm).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Where results are cached (default: .healthlint_cache).")
# Adoption on an existing repository (linter/baseline.py, linter/add_suppressions.py).
@click.option("--baseline", "baseline_file", metavar="FILE", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline (default: the 'baseline' setting).")
@click.option("--no-baseline", is_flag=True, help="Use no baseline in this run, whatever the config says.")
@click.option("--write-baseline", metavar="FILE", type=click.Path(dir_okay=False),
              help="Record today's findings in FILE, for --baseline (keeping its entries for drafts and "
              "rules this run does not check); report none.")
@click.option("--add-suppressions", is_flag=True,
              help="Write a suppression comment above each finding's line, in the drafts.")
# Output for people (issue 13): summary, colour, quiet, exit-zero.
@click.option("--quiet", "-q", is_flag=True, help="Print the findings only: no summary line.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2).")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour the text formats (auto: on a terminal, unless NO_COLOR is set; "
              "FORCE_COLOR forces it).")
@click.option("--no-bundled-packs", is_flag=True, help="Leave the bundled fact pack out (as `bundled: false` in the config).")
def check(paths, fmt, output_file, statistics, select, extend_select, ignore, fail_on, config, packs, source,
          stdin_filename, fix, diff, show_settings, progress, jobs, model, no_cache, cache_dir,
          baseline_file, no_baseline, write_baseline, add_suppressions, quiet, exit_zero, colour,
          no_bundled_packs) -> int:
    """Lint drafts (files or directories of *.md, *.markdown, *.txt; '-' for stdin)."""
    import gc

    from linter.errors import UsageError
    from linter.files import Output
    from linter.runner import GC_THRESHOLDS, run_iter, run_stdin

    # spaCy and the pipelines leave some 10^5 long-lived objects; at Python's default thresholds
    # the collector scans them over and over while they are built (a tenth of a one-draft run).
    gc.set_threshold(*GC_THRESHOLDS)

    try:
        settings = _settings(config, select=select, ignore=ignore, extend_select=extend_select, fail_on=fail_on,
                             packs=packs, model=model, no_bundled_packs=no_bundled_packs)
        if show_settings:
            click.echo(_shown(settings), nl=False)
            return EXIT_CLEAN
        knowledge = _knowledge(source, settings)
        _check_model(settings.model)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    _warn_no_packs(knowledge)
    if fix and diff:
        _fail("--fix and --diff cannot be combined")
        return EXIT_ERROR
    use_stdin = list(paths) == ["-"] or (stdin_filename and not paths)
    recorded = None
    try:
        if write_baseline and not (add_suppressions or use_stdin):
            # Opened before its old entries are read and any draft is linted (`parts` is lazy): a
            # draft or a link is refused at once, before it could be read as a baseline.
            recorded = Output(write_baseline, lambda: _drafts(paths, settings, None), what="the baseline",
                              role="the baseline")
        baseline = _adoption(settings, baseline_file, no_baseline, write_baseline, add_suppressions, fix or diff,
                             use_stdin)
    except UsageError as exc:
        if recorded:
            recorded.discard()
        _fail(str(exc))
        return EXIT_ERROR
    # Fixes leave the findings a baseline holds alone (--no-baseline fixes them too).
    hold = baseline.holds if baseline is not None and (fix or diff) else None
    if use_stdin:
        buffer = sys.stdin.buffer.read()
        result = run_stdin(buffer, stdin_filename or "-", knowledge, settings, fix=fix, diff=diff, hold=hold)
        parts = iter([result])
    else:
        try:
            cache = None if no_cache else _cache(cache_dir, settings, source, knowledge)
        except UsageError as exc:
            _fail(str(exc))
            return EXIT_ERROR
        # An output file this run creates is never one of its drafts (an existing one that is a
        # draft is refused below, so that no draft is overwritten).
        report = Path(output_file) if output_file and not os.path.lexists(output_file) else None
        parts = run_iter(paths or (".",), knowledge, settings, fix=fix, diff=diff, progress=_progress_bar(progress),
                         jobs=jobs or os.cpu_count() or 1, cache=cache, skip=report, hold=hold)
    if baseline is not None and not write_baseline:
        parts = baseline.filter(parts)
    tally = _Tally(settings)
    if write_baseline or add_suppressions:
        with _finished(recorded):
            return _adopt(recorded, tally.watch(parts), fmt, settings, baseline, paths or (".",))
    from linter.report.colour import wanted

    if output_file:
        try:
            out = Output(output_file, lambda: _drafts(paths, settings, stdin_filename if use_stdin else None))
        except UsageError as exc:
            _fail(str(exc))
            return EXIT_ERROR
        write = out.write
        painted = colour == "always"  # a file is coloured only when asked to be
    else:
        out = None
        to_err = bool(use_stdin and fix)
        painted = wanted(colour, sys.stderr if to_err else sys.stdout)
        write = lambda text: click.echo(text, nl=False, err=to_err, color=painted)  # noqa: E731
    with _finished(out):
        if diff:
            for part in tally.watch(parts):
                for d in part.diffs:
                    write(d)
        else:
            _write(fmt, tally.watch(parts), write, settings, statistics, stdin_texts=tally.texts,
                   colour=painted and fmt in ("text", "full"), baseline=baseline.file if baseline is not None else None,
                   knowledge=knowledge, article=source)
    if use_stdin and fix:
        fixed = next(iter(result.fixed.values()), result.texts.get(stdin_filename or "-"))
        # A buffer that could not be linted goes back as it came: an editor replaces it with this.
        click.echo(buffer if fixed is None else fixed, nl=False)
    if fix and tally.fixed and not use_stdin and not quiet:
        click.echo(f"healthlint: fixed {tally.fixed} file{'s' if tally.fixed != 1 else ''}", err=True)
    if out and out.failure:
        _fail(out.failure)
    # Only what this run could have found counts as gone: not another rule's entries, not another
    # draft's, and nothing a --diff preview fixed.
    gone = baseline.gone(_ran(settings)) if baseline is not None and not diff else 0
    if gone:
        _fail(f"{gone} baseline entr{'ies' if gone != 1 else 'y'} no longer found; refresh {baseline.file} "
              f"with healthlint check --write-baseline {baseline.file}", "note")
    if fmt in ("text", "full") and tally.files and not (quiet or diff):  # after a run that checked a draft
        from linter.report.summary import summary

        painted_err = wanted(colour, sys.stderr)
        click.echo(summary(tally.files, tally.severities, tally.fixable if not fix else 0, tally.errors,
                           held=baseline.held if baseline is not None else 0, colour=painted_err),
                   err=True, color=painted_err)
    if tally.errors or (out and out.failure):
        return EXIT_ERROR
    return EXIT_FINDINGS if tally.fails and not exit_zero else EXIT_CLEAN


def _adoption(settings, baseline_file, no_baseline, write_baseline, add_suppressions, fixing: bool,
              use_stdin: bool):
    """The baseline to filter findings through (None: none), after refusing what cannot combine;
    with --write-baseline, the entries already in its file (kept where this run does not renew them)."""
    from linter.baseline import Baseline
    from linter.errors import UsageError

    if baseline_file is not None and not baseline_file:
        raise UsageError("--baseline needs a file name; --no-baseline turns the baseline off")
    if baseline_file and no_baseline:
        raise UsageError("--baseline and --no-baseline cannot be combined")
    if write_baseline or add_suppressions:
        what = "--write-baseline" if write_baseline else "--add-suppressions"
        if write_baseline and add_suppressions:
            raise UsageError("--write-baseline and --add-suppressions cannot be combined")
        if fixing:
            raise UsageError(f"{what} cannot be combined with --fix or --diff")
        if use_stdin:
            raise UsageError(f"{what} needs files, not standard input")
    if write_baseline:
        if not os.path.exists(write_baseline):
            return Baseline(write_baseline)
        try:
            return Baseline.load(write_baseline)
        except UsageError as exc:
            raise UsageError(f"{exc} (remove it to write a new baseline)") from None
    file = None if no_baseline else baseline_file or settings.baseline
    return Baseline.load(file) if file else None


def _ran(settings):
    """Whether a rule ran on a draft in this run (a code no rule has any more never will)."""
    from linter.checks import RULES

    def ran(code: str, path: str) -> bool:
        rule = RULES.get(code)
        return rule is None or settings.enabled(code, rule.category, path)

    return ran


@contextlib.contextmanager
def _finished(out):
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


def _adopt(recorded, parts, fmt: str, settings, baseline, paths) -> int:
    """--write-baseline or --add-suppressions, once every draft's findings are in."""
    from linter.runner import Result

    findings, files, errors = [], [], 0
    for part in parts:
        findings.extend(part.findings)
        files.extend(part.files)
        errors += len(part.errors)
    if recorded:
        return _write_baseline(recorded, findings, files, errors, baseline, _ran(settings), paths)
    left, errors = _add_suppressions(findings, errors)
    if left:  # what no comment can silence, reported as usual
        _write(fmt, iter([Result(findings=left, files=files)]), lambda t: click.echo(t, nl=False),
               settings, False, {})
    return EXIT_ERROR if errors else EXIT_FINDINGS if any(settings.fails(f.severity) for f in left) else EXIT_CLEAN


def _write_baseline(out, findings, files, errors: int, previous, ran, paths) -> int:
    """Write this run's findings over `previous` (the file's entries), keeping what it did not check."""
    from linter.baseline import DraftLines

    file = out.name
    baseline, kept = previous.rewritten(findings, files, ran, paths, DraftLines().line)
    out.write(baseline.dumps())
    out.close()
    if out.failure:
        _fail(out.failure)
        return EXIT_ERROR
    drafts = len({f.path for f in findings})
    also = f"; kept {kept} recorded before, of drafts or rules this run did not check" if kept else ""
    click.echo(f"healthlint: recorded {len(findings)} finding{'s' if len(findings) != 1 else ''} "
               f"of {drafts} draft{'s' if drafts != 1 else ''} in {file}{also}", err=True)
    return EXIT_ERROR if errors else EXIT_CLEAN


def _add_suppressions(findings, errors: int):
    """Write the comments into each draft with findings; the findings left, and the error count."""
    from linter.add_suppressions import write_suppressions

    written = write_suppressions(findings)
    for level, message in written.messages:
        _fail(message, level)
    click.echo(f"healthlint: added {written.comments} suppression comment{'s' if written.comments != 1 else ''} "
               f"to {written.drafts} draft{'s' if written.drafts != 1 else ''}", err=True)
    return list(written.left), errors + sum(1 for level, _ in written.messages if level == "error")


class _Tally:
    """What the exit code and summary need, kept while results stream past."""

    def __init__(self, settings):
        self.settings = settings
        self.errors = 0
        self.noted: set[str] = set()  # warnings about the run (a deprecated name): each printed once
        self.fails = False
        self.fixed = 0
        self.texts: dict[str, str] = {}
        self.files = 0  # drafts linted, for the summary line
        self.severities: Counter = Counter()
        self.fixable = 0

    def watch(self, parts):
        for part in parts:
            for note in part.notes:
                if note not in self.noted:
                    self.noted.add(note)
                    _fail(note, "warning")
            for error in part.errors:
                _fail(error)
            self.errors += len(part.errors)
            self.fails = self.fails or any(self.settings.fails(f.severity) for f in part.findings)
            self.fixed += len(part.fixed)
            self.texts.update(part.texts)
            self.files += len(part.files)
            self.severities.update(f.severity for f in part.findings)
            self.fixable += sum(1 for f in part.findings if f.fix is not None)
            yield part


def _cache(cache_dir: str | None, settings, source: str | None, knowledge=None):
    """The result cache, keyed by everything that decides findings besides the file itself."""
    from linter.bundle import rules_dir
    from linter.cache import Cache, fingerprint, folder_for, problem
    from linter.checks import RULES
    from linter.errors import UsageError

    folder = folder_for(cache_dir)
    reason = problem(folder)
    if reason:  # never turn a folder of drafts into a cache (it would be git-ignored and marked)
        raise UsageError(f"{reason}; name another --cache-dir, or use --no-cache")
    code = sorted(Path(__file__).parent.rglob("*.py"))  # a changed linter never reads old results
    from linter.files import read_bytes
    from linter.grammar import identity

    bundled = [p.read_bytes() for p in code + sorted(rules_dir().glob("*")) if p.is_file()]
    named = [read_bytes(Path(p), kind="pack") for p in settings.packs] + ([read_bytes(Path(source), kind="source")]
                                                                         if source else [])
    # HL704 reads a pack's article where it is on disk (else the pack's index, keyed with the pack).
    from linter.checks.paraphrase import source_article

    packs = knowledge.packs if knowledge else ()
    articles = [found[1] for p in packs if (found := source_article(p, knowledge.source_folders))]
    indexes = [p.alignment.to_json() for p in packs if p.alignment is not None]
    parts = [repr(settings), identity(settings.model)] + bundled + named + articles + indexes
    return Cache(folder, fingerprint(*parts), RULES)


def _check_model(model: str | None) -> None:
    """A missing model is one error before any draft is read; a model named by the user is loaded
    now, so one without a parser is one error too (the default ones have parsers)."""
    from linter.grammar import identity, load

    identity(model)
    if model:
        load(model)


def _knowledge(source: str | None, settings, folders: tuple[str, ...] = ()):
    """The facts to check against: drafted from a source article, or the packs (whose
    `source:` must lie in the pack's folder, the `sources` setting's or `folders`)."""
    from linter.packs import load_knowledge, refuse_outside_source

    if source:
        return _source_knowledge(source)
    knowledge = load_knowledge(tuple(settings.packs), settings.bundled)
    for pack in knowledge.packs:  # loading checked the pack's folder; these are the configured ones
        refuse_outside_source(pack, (*folders, *settings.sources))
    if settings.sources:  # HL704 reads a pack's article there too
        import dataclasses

        knowledge = dataclasses.replace(knowledge, source_folders=tuple(settings.sources))
    return knowledge


# ------------------------------------------------------------------ packs: the bundled one off

def _warn_no_packs(knowledge) -> None:
    """With the bundled pack off and no other pack, the rules that need no pack still run (as a
    linter with no style configured still checks what it can); said once, so it is not a surprise."""
    if not knowledge.packs:
        _fail("no fact packs: the bundled pack is off and no --pack or `packs:` names one; "
              "only the rules that need no pack run", "warning")


def _drafts(paths, settings, stdin_filename: str | None) -> list[Path]:
    """The files a check run reads (asked only when the output file exists already)."""
    from linter.runner import discover

    if stdin_filename:
        return [Path(stdin_filename)]
    return [path for path, _ in discover(paths or (".",), settings)[0]]


def _emit(text: str, output_file: str | None, inputs: list[str], what: str = "the output") -> int:
    """Print or write a command's whole output; the exit code for a failure to write it."""
    from linter.errors import UsageError
    from linter.files import Output

    if not output_file:
        click.echo(text, nl=False)
        return EXIT_CLEAN
    try:
        out = Output(output_file, lambda: [Path(p) for p in inputs], what=what)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    out.write(text)
    out.close()
    if out.failure:
        _fail(out.failure)
        return EXIT_ERROR
    return EXIT_CLEAN


def _source_knowledge(source: str):
    from linter.errors import UsageError
    from linter.extract import extract_pack
    from linter.packs import bundled_language, knowledge_of, pack_from_data
    from linter.validate import structural_problems

    language = bundled_language()
    data = extract_pack(Path(source), language)
    problems = structural_problems(data, None, source)
    if problems:
        raise UsageError(f"{source}: the facts drafted from it do not form a valid pack: {problems[0].message}")
    return knowledge_of((pack_from_data(data, source),), language)


def _write(fmt: str, parts, write, settings, statistics: bool, stdin_texts: dict, colour: bool = False,
           baseline: str | None = None, knowledge=None, article: str | None = None) -> None:
    from linter.document import split_lines
    from linter.errors import UsageError
    from linter.files import read_bytes
    from linter.report import Report, stream
    from linter.sources import SourceLibrary

    texts: dict[str, list[str]] = {}  # the current file's lines, read only if a format shows them

    def draft_line(path: str, line: int) -> str:
        if path not in texts:
            texts.clear()
            try:
                text = stdin_texts.get(path) or read_bytes(Path(path)).decode("utf-8-sig", errors="replace")
            except UsageError:
                text = ""
            texts[path] = split_lines(text)  # the line numbering the findings use
        lines = texts[path]
        return lines[line - 1] if 0 < line <= len(lines) else ""

    # `--source ARTICLE`: the pack drafted from it names the article, found beside it.
    folders = [*settings.sources, *([str(Path(article).parent)] if article else [])]
    stated = {}
    if knowledge is not None and fmt == "full":  # only `full` states the facts
        from linter.facts import FactBook

        stated["stated"] = FactBook(knowledge).stated
    report = Report(draft_line=draft_line, source_line=SourceLibrary(folders).line,
                    statistics=statistics, colour=colour, baseline=baseline, **stated)
    stream(fmt, report, ((part.files, part.findings, _input_errors(part), part.held) for part in parts), write)


def _input_errors(part) -> list[tuple[str | None, str]]:
    """(draft, message) of each error of a part; a draft that could not be read is named by
    `failed` (its error comes first), an error of the run itself (a missing path) by nothing."""
    from linter.report.escape import printable

    named = list(part.failed) + [None] * (len(part.errors) - len(part.failed))
    return [(path, printable(error)) for path, error in zip(named, part.errors)]


def _progress_bar(wanted: bool | None):
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


@cli.command("review")
@click.argument("draft")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--sources", multiple=True, metavar="DIR", help="Folder holding the source articles; repeatable.")
@click.option("--config", "config", type=click.Path(dir_okay=False), help="Config file (default: found upwards).")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="An extra fact pack (YAML); repeatable.")
@click.option("--source", "source", metavar="ARTICLE", help="Review against this source article directly.")
@click.option("--model", metavar="NAME", help="The trained spaCy pipeline that parses claim sentences "
              "(an installed package or folder with a parser; default: en_core_web_sm).")
@click.option("--no-bundled-packs", is_flag=True, help="Leave the bundled fact pack out (as `bundled: false` in the config).")
def review_command(draft, fmt, output_file, sources, config, packs, source, model, no_bundled_packs) -> int:
    """List every checkable claim of a draft with its verdict against the source."""
    from linter.document import read_document
    from linter.errors import UsageError
    from linter.report.review import RENDERERS
    from linter.review import review
    from linter.sources import SourceLibrary

    try:
        settings = _settings(config, packs=packs, model=model, no_bundled_packs=no_bundled_packs)
        for folder in dict.fromkeys(sources):
            if not os.path.isdir(folder):
                _fail(f"--sources {folder}: no such folder, so no sentence is quoted from it", "warning")
        knowledge = _knowledge(source, settings, sources)
        _warn_no_packs(knowledge)
        _check_model(settings.model)
        document = read_document(Path(draft), draft)
        from linter.names import front_matter_notes

        for note in front_matter_notes(document.front_matter):
            _fail(note, "warning")
        folders = [*sources, *settings.sources] + ([str(Path(source).parent)] if source else [])
        rows = review(document, knowledge, SourceLibrary(folders), settings.model)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    if _emit(RENDERERS[fmt](draft, document, rows), output_file, [draft] + ([source] if source else [])):
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.verdict != "supported" for r in rows) else EXIT_CLEAN


@cli.group()
def pack() -> None:
    """Write, validate and draft fact packs."""


@pack.command("validate")
@click.argument("files", nargs=-1, required=True)
@click.option("--sources", multiple=True, metavar="DIR", help="Folder holding the source articles; repeatable.")
@click.option("--strict", is_flag=True, help="Exit 1 when a pack has warnings (suspicious entries).")
def pack_validate(files: tuple[str, ...], sources: tuple[str, ...], strict: bool) -> int:
    """Report every problem in fact packs, at file:line:column (exit 2 when any), and warn on
    suspicious entries (exit 0, or 1 with --strict)."""
    from linter.errors import UsageError
    from linter.validate import pack_problems, pack_warnings

    try:
        folders = tuple(sources) + _settings(None).sources
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    bad = warned = False
    for name in files:
        problems, note = pack_problems(Path(name), folders)
        if note:
            click.echo(f"healthlint: note: {note}", err=True)
        for problem in problems:
            click.echo(str(problem))
        if problems:
            bad = True
            continue
        warnings = pack_warnings(Path(name), folders)
        for warning in warnings:
            click.echo(str(warning))
        warned = warned or bool(warnings)
        click.echo(f"{name}: valid" + (f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})"
                                       if warnings else ""))
    return EXIT_ERROR if bad else EXIT_FINDINGS if warned and strict else EXIT_CLEAN


@pack.command("extract")
@click.argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the pack here (default: stdout).")
@click.option("--name", help="The pack's name (default: from the file name).")
@click.option("--drug", "drugs", multiple=True, metavar="NAME",
              help="A drug the article names (kept whatever its usage suggests); repeatable.")
def pack_extract(source: str, output: str | None, name: str | None, drugs: tuple[str, ...]) -> int:
    """Draft a fact pack from a source article, for a reviewer to curate."""
    import yaml

    from linter.errors import UsageError
    from linter.extract import extract_pack
    from linter.packs import bundled_language

    try:
        data = extract_pack(Path(source), bundled_language(), name, drugs)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    if output:  # the alignment index beside the pack, for HL704 where the article is not shipped
        index = Path(output).with_name(Path(output).name.rsplit(".", 1)[0] + ".index.json")
        written = _index_beside(source, data, index)
        if written is None:
            return EXIT_ERROR
        if written:  # the pack names it, after `source:`
            ordered = {}
            for key, value in data.items():
                ordered[key] = value
                if key == "source":
                    ordered["alignment"] = index.name
            data = ordered
    text = (f"# Drafted by healthlint pack extract from {Path(source).name}; curate before use.\n"
            + SCHEMA_COMMENT + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
    return _emit(text, output, [source])


def _index_beside(source: str, data: dict, index: Path) -> bool | None:
    """Write the alignment index of a drafted pack; False when the draft is no valid pack yet
    (the reviewer runs `pack index` after curating it), None when the index could not be written."""
    from linter.checks.paraphrase import build
    from linter.errors import UsageError
    from linter.files import read_bytes
    from linter.packs import bundled_language, knowledge_of, pack_from_data
    from linter.validate import structural_problems

    if structural_problems(data, None, source):
        return False
    knowledge = knowledge_of((pack_from_data(data, str(index)),), bundled_language())
    try:
        alignment = build(read_bytes(Path(source), kind="source"), source, knowledge.packs[0], knowledge)
    except UsageError as exc:
        _fail(str(exc))
        return None
    return _emit(alignment.to_json(), str(index), [source]) == EXIT_CLEAN or None


@pack.command("index")
@click.argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the index here (default: stdout).")
@click.option("--pack", "pack_file", metavar="FILE",
              help="The pack whose facts rest on SOURCE (default: the active pack whose `source:` names it, "
                   "else one drafted from it).")
def pack_index(source: str, output: str | None, pack_file: str | None) -> int:
    """Write the alignment index of a source article (HL704 reads it where the article is not on
    disk): per sentence with a fact slot, its line, content-word hashes and slot values; no text."""
    from linter.checks.paraphrase import build
    from linter.errors import UsageError
    from linter.files import read_bytes

    try:
        data = read_bytes(Path(source), kind="source")
        if pack_file:
            from linter.packs import bundled_language, knowledge_of, load_pack

            knowledge = knowledge_of((load_pack(Path(pack_file)),), bundled_language())
        else:
            knowledge = _knowledge(None, _settings(None))
            named = tuple(p.name for p in knowledge.packs if Path(p.source_file).name == Path(source).name)
            knowledge = knowledge.subset(named[:1]) if named else _source_knowledge(source)
        alignment = build(data, source, knowledge.packs[0], knowledge)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    return _emit(alignment.to_json(), output, [source])


# A pack is committed and shared: its schema is named relative to it (the same line the bundled
# packs carry), never by a path into one machine's site-packages.
SCHEMA_COMMENT = ("# Completion in editors: `healthlint pack schema -o pack.schema.json` beside this file.\n"
                  "# yaml-language-server: $schema=./pack.schema.json\n")


@pack.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the schema here (default: stdout).")
def pack_schema(output: str | None) -> int:
    """Print the JSON Schema of fact packs (for editors: save it beside your packs)."""
    from linter.bundle import rules_dir

    return _emit((rules_dir() / "pack.schema.json").read_text(encoding="utf-8"), output, [])


@cli.command("clean")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="The cache to remove (default: .healthlint_cache).")
def clean_cache(cache_dir: str | None) -> int:
    """Remove the result cache (only a directory healthlint made, holding only what it wrote)."""
    from linter.cache import clean, folder_for
    from linter.errors import UsageError

    folder = folder_for(cache_dir)
    try:
        removed = clean(folder)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    click.echo(f"healthlint: removed {folder}" if removed else f"healthlint: no cache at {folder}", err=True)
    return EXIT_CLEAN


@cli.command("init")
@click.option("--force", is_flag=True, help="Replace an existing .healthlint.yaml.")
@click.option("--print", "print_only", is_flag=True, help="Print the pre-commit and CI snippets only; write nothing.")
def init_command(force: bool, print_only: bool) -> int:
    """Write a commented .healthlint.yaml here; print the pre-commit and CI snippets."""
    from linter.init import CONFIG_NAME, SOURCES, config, snippets

    if print_only:
        if force:
            _fail("--print writes nothing; it cannot be combined with --force")
            return EXIT_ERROR
        click.echo(snippets(), nl=False)
        return EXIT_CLEAN
    if os.path.lexists(CONFIG_NAME) and not force:  # a dangling link is there too
        # Exit 2: the config asked for was not written. The snippets are still what the user came for.
        _fail(f"{CONFIG_NAME}: exists already, left as it is (edit it, or replace it with healthlint init "
              "--force); the snippets follow, and healthlint init --print prints them alone")
        click.echo(snippets(), nl=False)
        return EXIT_ERROR
    # Through the one writer: `.healthlint.yaml → ../elsewhere` is refused, never followed.
    if _emit(config(os.path.isdir(SOURCES)), CONFIG_NAME, [], what="the config"):
        return EXIT_ERROR
    click.echo(f"healthlint: wrote {CONFIG_NAME}; add these to your repository:", err=True)
    click.echo(snippets(), nl=False)
    return EXIT_CLEAN


@cli.command("config")
@click.option("--config", "config", type=click.Path(dir_okay=False), help="Config file (default: found upwards).")
def show_config(config: str | None) -> int:
    """Print the resolved settings."""
    from linter.errors import UsageError

    try:
        click.echo(_shown(_settings(config)), nl=False)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_ERROR
    return EXIT_CLEAN


def _shown(settings) -> str:
    """The settings as `config` prints them, with the model they resolve to."""
    from linter.errors import UsageError
    from linter.grammar import identity

    try:
        model = identity(settings.model)
    except UsageError as exc:
        model = f"(none: {exc})"
    return settings.show(model)


@cli.command("rules")
def list_rules() -> int:
    """List every rule: code, name, category, default severity, fixable."""
    from linter.checks import RULES

    click.echo(f"{'code':<6} {'name':<30} {'category':<13} {'severity':<8} fix")
    for rule in RULES.values():
        fixable = "fixable" if rule.fixable else "-"
        click.echo(f"{rule.code:<6} {rule.name:<30} {rule.category:<13} {rule.severity:<8} {fixable}")
    return EXIT_CLEAN


@cli.command("rule")
@click.argument("code")
def show_rule(code: str) -> int:
    """Print the documentation of one rule."""
    from linter.checks import rule

    found = rule(code)
    if found is None:
        _fail(f"unknown rule code '{code}' (see `healthlint rules`)")
        return EXIT_ERROR
    click.echo(f"{found.code} {found.name} ({found.category}, {found.severity}"
               f"{', fixable' if found.fixable else ''})\n\n{found.summary}\n\n{found.doc}")
    return EXIT_CLEAN


# ------------------------------------------------------------------ the language server (issue 14)


@cli.command("server")
@click.option("--tcp", "tcp", type=click.IntRange(0, 65535), metavar="PORT", default=None,
              help="Listen on this TCP port instead of stdio (for debugging).")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address --tcp listens on.")
def language_server(tcp: int | None, host: str) -> int:
    """Run the language server (LSP) for editors, over stdio. Needs the 'server' extra."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        from linter.server import MISSING

        _fail(MISSING)
        return EXIT_ERROR
    from linter.server import serve

    return serve(tcp, host)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (never raises for bad input)."""
    try:
        code = cli.main(args=argv, prog_name="healthlint", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return EXIT_ERROR
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    except Exception as exc:  # a bug outside any one draft: still one line and exit 2, not a traceback
        from linter.runner import internal_error

        _fail(internal_error(exc))
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
