"""Runs the stages in order for each file:
read → annotate → extract → check → suppress, and (with --fix) writes the fixes."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterable, Iterator

from linter import checks, suppress
from linter.checks import FIXABLE, settle
from linter.checks.base import Context
from linter.checks.typo import english, lexicon
from linter.claims import extract
from linter.config import Settings
from linter.document import Document
from linter.document.front_matter import split_front_matter, front_matter_line
from linter.document.read import TEXT_SUFFIXES, decode, parse_document
from linter.errors import UsageError, internal_error
from linter.files import read_bytes, write_atomic
from linter.findings import SORT_KEY, Finding
from linter.fix import apply_fixes, encode, unified_diff
from linter.grammar import keep_parses, load, parseable
from linter.incremental import Recall
from linter.names import front_matter_notes, packs_key
from linter.nlp.annotate import pipeline
from linter.nlp.targets import parse_targets
from linter.packs import Knowledge
from linter.phrases import PhraseIndex


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # display paths of the drafts linted
    # Display path -> text as linted: standard input's, and (Job.texts) a draft's with findings.
    texts: dict[str, str] = field(default_factory=dict)
    diffs: list[str] = field(default_factory=list)  # with --diff
    fixed: dict[str, str] = field(default_factory=dict)  # display path -> text after --fix
    notes: list[str] = field(default_factory=list)  # warnings about the run itself, not a draft
    cache_key: str | None = None  # where these findings go in the cache (written by the parent process)
    failed: list[str] = field(default_factory=list)  # drafts that could not be linted (one error each)
    held: list[Finding] = field(default_factory=list)  # findings a baseline holds (set by baseline.filter)
    # Sentence parses made and reused while linting (cache.Parses.take), for the parent to store.
    parses: tuple = ((), ())


# The findings of a draft (path, text) that --fix and --diff leave alone: those a baseline holds.
Hold = Callable[[str, str, list[Finding]], "set[Finding]"]


def discover(paths: Iterable[str], settings: Settings | None = None) -> tuple[list[tuple[Path, str]], list[str]]:
    """Draft files under the given paths (sorted), and errors for paths that yield none."""
    settings = settings or Settings()
    files: list[tuple[Path, str]] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                found = sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and settings.included(str(p)) and not settings.excluded(str(p))
                    and not settings.in_sources(str(p))
                    and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
                )
                if not found:
                    errors.append(f"{raw}: no drafts ({', '.join(settings.include)}) found in this directory")
                files.extend((p, os.path.normpath(str(p))) for p in found)
            elif path.exists():
                if not settings.excluded(raw):
                    files.append((path, raw))
            else:
                errors.append(f"{raw}: no such file or directory")
        except OSError as exc:  # a name too long, a directory that cannot be listed
            errors.append(f"{raw}: cannot read: {exc.strerror or exc}")
    return files, errors


@contextlib.contextmanager
def stage(name: str):
    """Names the stage an unexpected exception came from (the innermost one), for its error line."""
    try:
        yield
    except Exception as exc:
        if not hasattr(exc, "healthlint_stage"):
            with contextlib.suppress(AttributeError):  # an exception type with no attributes of its own
                exc.healthlint_stage = name
        raise


def choose_packs(knowledge: Knowledge, document: Document) -> Knowledge:
    """The packs a draft is checked against: those its front matter names (`packs:`, or the
    deprecated `sources:`), else those whose drugs it mentions, else all."""
    key = packs_key(document.front_matter)
    declared = document.front_matter.get(key)
    known = [p.name for p in knowledge.packs]
    if declared is not None:
        declared = [declared] if isinstance(declared, str) else declared
        line = front_matter_line(document, key)
        if not isinstance(declared, list):
            raise UsageError(f"{document.path}:{line}: front matter '{key}' must list pack names")
        for name in declared:
            if str(name) not in known:
                raise UsageError(f"{document.path}:{line}: unknown pack '{name}' "
                                 f"(active packs: {', '.join(known)})")
        return knowledge.subset(tuple(str(n) for n in declared))
    if len(known) == 1:
        return knowledge
    found = _drug_spellings(knowledge).found(document.prose)
    mentioned = tuple(p.name for p in knowledge.packs if p.name in found)
    return knowledge.subset(mentioned) if mentioned else knowledge


@functools.lru_cache(maxsize=8)
def _drug_spellings(knowledge: Knowledge) -> PhraseIndex[str]:
    """Every drug spelling of the packs, with the pack naming it: one pass over a draft finds
    them all (a search per spelling took a minute on a 200 KB draft with 5,000 drugs)."""
    return PhraseIndex((s, p.name) for p in knowledge.packs for e in p.entries if e.kind == "drug"
                       for s in e.spellings)


def context(document: Document, knowledge: Knowledge, model: str | None = None, recall: Recall | None = None):
    """Annotate and extract: what every check (and the review) reads. `model`: the trained
    pipeline that parses claim sentences (None: the default one). `recall` (the language
    server): the last version of this buffer, whose claims an edit left alone are kept."""
    with stage("choosing packs"):
        knowledge = choose_packs(knowledge, document)
    families = checks.REGISTRY  # read when called, so that a test can register a family (test_families.py)
    with stage("annotating"):
        last = recall.last_annotation(knowledge) if recall is not None else None
        annotation = pipeline(knowledge).annotate(document, families.triggers, model, last)
    with stage("extracting claims"):
        if recall is None:
            claims = extract(annotation, families.extractors)
        else:
            claims = recall.extract(annotation, families.extractors, knowledge, model)
    # Only the claims read the parses: the checks go on without them (a long draft's are many).
    return Context(document, dataclasses.replace(annotation, parses=MappingProxyType({})), claims, knowledge,
                   recall.slots(annotation, knowledge) if recall is not None else None)


def parsed_sentences(document: Document, knowledge: Knowledge) -> list[tuple[list[str], bytes]]:
    """The token texts and spaces of each sentence `context` hands the trained parser: what the
    benchmark's floor (bench/floor.py) parses, so that it does exactly that work and no more."""
    annotation = pipeline(choose_packs(knowledge, document)).annotate(document)  # the blank pass only
    kinds = checks.REGISTRY.triggers
    targets = parseable(parse_targets(document, annotation.sentences, annotation.mentions, kinds))
    return [(list(annotation.texts[start:end]), annotation.spaces[start:end]) for _, start, end in targets]


def lint_document(document: Document, knowledge: Knowledge, model: str | None = None,
                  on_error: Callable[[Exception], None] | None = None, recall: Recall | None = None) -> list[Finding]:
    """Every check's findings on a document, before settings and suppressions. With `on_error`
    (the language server), a check that crashes is handed to it and the other checks' findings
    still come back; without it the crash ends the draft (the command line reports it)."""
    ctx = context(document, knowledge, model, recall)
    findings = []
    for check in checks.REGISTRY.checks:
        try:
            with stage(f"check {check.__module__.rsplit('.', 1)[-1]}"):
                found = list(check(ctx))  # all or none of a check's findings
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        findings.extend(found)
    # Duplicates (equal in every field) dropped in order: a set would order them by hash, which varies per run.
    return sorted(dict.fromkeys(settle(findings)), key=SORT_KEY)


def check_document(document: Document, knowledge: Knowledge, settings: Settings,
                   on_error: Callable[[Exception], None] | None = None, recall: Recall | None = None) -> list[Finding]:
    """The findings a user sees: settings and the draft's suppressions applied."""
    if not document.text or document.text.isspace():  # not .strip(): that copies the whole text
        return []  # an empty or blank draft (a placeholder) has nothing to check, as in Ruff
    findings = lint_document(document, knowledge, settings.model, on_error, recall)
    with stage("suppressions"):
        return suppress.apply(document, findings, settings)


def fix_document(document: Document, knowledge: Knowledge, settings: Settings, hold: Hold | None = None,
                 findings: list[Finding] | None = None) -> tuple[Document, list[Finding]]:
    """The document with its safe fixes applied, and its findings after them: checked (unless
    `findings` are its findings already), fixed once, and re-checked once only when a fix changed
    it. What a fix reveals (a fix that overlapped another) is fixed by the next --fix, as the
    findings say. The findings `hold` names are not fixed."""
    if findings is None:
        findings = check_document(document, knowledge, settings)
    with stage("fixing"):
        held = hold(document.path, document.text, findings) if hold else ()
        text, _ = apply_fixes(document.text, [f for f in findings if f not in held], FIXABLE)
    if text == document.text:
        return document, findings
    with stage("parsing"):
        fixed = parse_document(text, document.path, has_bom=document.has_bom)
    return fixed, check_document(fixed, knowledge, settings)


def lint_one(document: Document, knowledge: Knowledge, settings: Settings, result: Result, *,
             fix: bool = False, diff: bool = False, path: Path | None = None, hold: Hold | None = None,
             keep_text: bool = False) -> None:
    """Lint one document into `result`; with `fix` or `diff`, the findings are those that remain
    once fixed. `keep_text`: the text as linted goes with the result (standard input's always)."""
    result.files.append(document.path)
    result.notes.extend(front_matter_notes(document.front_matter))
    findings = check_document(document, knowledge, settings)
    if fix or diff:
        fixed, after = fix_document(document, knowledge, settings, hold, findings)
        if fixed is not document and _save_fixes(document, fixed, result, diff=diff, path=path):
            document, findings = fixed, after
    if path is None or (keep_text and findings):  # only a draft with findings has lines to show
        result.texts[document.path] = document.text
    result.findings.extend(findings)


def _save_fixes(document: Document, fixed: Document, result: Result, *, diff: bool, path: Path | None) -> bool:
    """Show the fixes (--diff), hand the text back (standard input) or write it; False when it
    could not be written, so that the draft and its findings are as they were."""
    if diff:
        result.diffs.append(unified_diff(document.path, document.text, fixed.text))
        return True
    if path is not None:
        try:
            with stage("writing the fixes"):
                write_atomic(path, encode(fixed.text, fixed.has_bom), durable=True)
        except OSError as exc:
            result.errors.append(f"{document.path}: cannot write the fixes: {exc.strerror or exc}")
            return False
    result.fixed[document.path] = fixed.text
    return True


@dataclass
class Job:
    """What every file of one run shares; workers receive it once."""

    knowledge: Knowledge
    settings: Settings
    fix: bool = False
    diff: bool = False
    cache: "object | None" = None  # linter.cache.Cache
    hold: Hold | None = None  # with fix or diff
    texts: bool = False  # each draft's text goes with its result (read later, never read again)


def lint_file(job: Job, path: Path, display: str) -> Result:
    """One file, start to finish: its own Result, so files can be linted anywhere. It carries
    the parses made on the way (even for a draft that failed: they are still right)."""
    result = _lint_file(job, path, display)
    if job.cache is not None:
        result.parses = job.cache.parses.take()
    return result


def _lint_file(job: Job, path: Path, display: str) -> Result:
    result = Result()
    try:
        with stage("reading"):
            data = read_bytes(path, display)
            text, has_bom = decode(data, display)
        if job.cache is not None and not (job.fix or job.diff):
            with stage("the result cache"):
                result.cache_key = job.cache.key(data, display)
        del data  # not kept while linting: a long draft's text is in memory twice over as it is
        with stage("parsing"):
            document = parse_document(text, display, has_bom=has_bom)
        lint_one(document, job.knowledge, job.settings, result, fix=job.fix, diff=job.diff, path=path,
                 hold=job.hold, keep_text=job.texts)
    # A draft that failed part way is its error alone: not listed as linted (a passing testcase
    # in JUnit) with half its findings.
    except UsageError as exc:
        return Result(errors=[str(exc)], failed=[display])
    except Exception as exc:  # a bug on one draft is that draft's error; the others are still linted
        return Result(errors=[internal_error(exc, display)], failed=[display])
    return result


def _front_matter_notes(data: bytes, display: str) -> list[str]:
    if display.lower().endswith(TEXT_SUFFIXES):
        return []
    try:
        return front_matter_notes(split_front_matter(decode(data, display)[0], display)[0])
    except UsageError:  # not expected of a draft whose findings were cached
        return []


PARALLEL_MIN_FILES = 16  # below this a process pool costs more than it saves
_worker_job: Job | None = None


def _work(item: tuple[Path, str]) -> Result:
    return lint_file(_worker_job, *item)


def _start_worker(job: Job, parent: int) -> None:
    global _worker_job
    _worker_job = job
    _die_with(parent)


def _die_with(parent: int) -> None:
    """End this worker when its parent dies: a parent killed with SIGKILL cleans nothing up, and
    a worker (about 150 MB) would otherwise wait on the job queue for good. On Linux the kernel
    sends the signal; elsewhere a thread looks for a new parent once a second."""
    import ctypes
    import signal
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        try:
            # The signal comes when the thread that forked this worker ends: the one running the
            # pool, which lives as long as the pool.
            set_death_signal = 1  # PR_SET_PDEATHSIG, from <linux/prctl.h>
            if ctypes.CDLL(None).prctl(set_death_signal, signal.SIGKILL) == 0:
                if os.getppid() != parent:  # it died before the signal was asked for
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass  # no C library to call: watch instead

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="healthlint-parent-watch", daemon=True).start()


def run(paths: Iterable[str], knowledge: Knowledge, settings: Settings, *, fix: bool = False, diff: bool = False,
        progress: Callable[[Iterable, int], Iterable] | None = None, jobs: int = 1, cache=None) -> Result:
    """Lint every draft under `paths` and collect the results."""
    result = Result()
    for part in run_iter(paths, knowledge, settings, fix=fix, diff=diff, progress=progress, jobs=jobs, cache=cache):
        result.files.extend(part.files)
        result.findings.extend(part.findings)
        result.errors.extend(part.errors)
        result.failed.extend(part.failed)
        result.notes.extend(part.notes)
        result.diffs.extend(part.diffs)
        result.fixed.update(part.fixed)
    return result


def run_iter(paths: Iterable[str], knowledge: Knowledge, settings: Settings, *, fix: bool = False,
             diff: bool = False, progress: Callable[[Iterable, int], Iterable] | None = None, jobs: int = 1,
             cache=None, skip: Path | None = None, hold: Hold | None = None,
             texts: bool = False) -> Iterator[Result]:
    """One Result per draft, in path order (so findings come out sorted without holding them all);
    discovery errors come first. `progress(results, total)` may wrap the stream. `skip`: a file
    that is not a draft whatever its name (the report this run writes). `hold`: findings fixes
    leave alone. `texts`: each result carries its draft's text as linted."""
    import multiprocessing

    paths, note = outside_sources(paths, settings)
    files, errors = discover(paths, settings)
    if skip is not None and skip.exists():
        files = [(path, shown) for path, shown in files if not (path.name == skip.name and path.samefile(skip))]
    files.sort(key=lambda item: item[1])
    if errors or note:
        yield Result(errors=errors, notes=[note] if note else [])
    job = Job(knowledge, settings, fix, diff, cache, hold, texts)
    hits = _cache_hits(job, files)
    todo = [item for item, hit in zip(files, hits) if hit is None]
    if jobs > 1 and len(todo) >= PARALLEL_MIN_FILES and "fork" in multiprocessing.get_all_start_methods():
        linted = _parallel(job, todo, jobs)
    else:
        linted = _sequential(job, todo)
    parts = (next(linted) if hit is None else hit for hit in hits)
    if job.cache is None:
        yield from (progress(parts, len(files)) if progress else parts)
        return
    before = keep_parses(job.cache.parses)  # workers fork after this: they read the cache's parses too
    try:
        parts = _cached(job.cache, parts)
        yield from (progress(parts, len(files)) if progress else parts)
    finally:
        keep_parses(before)


def outside_sources(paths: Iterable[str], settings: Settings) -> tuple[list[str], str]:
    """The paths that do not lie in a source folder, and a note naming those that do (source
    articles are what drafts are checked against: a pre-commit hook passes them like any file)."""
    kept, skipped = [], []
    for raw in paths:
        (skipped if settings.in_sources(raw) else kept).append(raw)
    if not skipped:
        return kept, ""
    folders = ", ".join(settings.relative(f) for f in settings.sources)
    what = f"{len(skipped)} path{'s' if len(skipped) != 1 else ''}"
    return kept, f"skipped {what} in the source folders ({folders}): source articles are not drafts"


def _cached(cache, parts: Iterator[Result]) -> Iterator[Result]:
    """Store each newly linted file's findings (never a file that had an error), a batch at a
    time: workers only lint, so a run has one writer. What the cache has to say (a damaged
    database set aside) goes with the next result."""
    try:
        for part in parts:
            part.notes.extend(cache.take_notes())
            if part.cache_key is not None and not part.errors:
                cache.put(part.cache_key, part.findings)
            cache.put_parses(*part.parses)
            yield part
    finally:
        cache.close()


def _cache_hits(job: Job, files: list) -> list[Result | None]:
    """The results the cache holds (a hit needs no pipeline at all, so they are found first),
    each draft read once, here; None for a draft to lint, which reads it."""
    if job.cache is None or job.fix or job.diff:
        return [None] * len(files)
    return [_from_cache(job, path, display) for path, display in files]


def _from_cache(job: Job, path: Path, display: str) -> Result | None:
    try:
        data = read_bytes(path, display)
        findings = job.cache.get(data, display)
        if findings is None:
            return None
        result = Result(files=[display], findings=findings)
        if job.texts and findings:
            result.texts[display] = decode(data, display)[0]
    except Exception:
        return None  # linting it reports it
    if b"sources" in data:  # a deprecated front-matter key is reported on cached runs too
        result.notes.extend(_front_matter_notes(data, display))
    return result


GC_THRESHOLDS = (20_000, 50, 100)  # a first generation this large is collected less often


@contextlib.contextmanager
def _settled(job: Job):
    """Build what every file shares, then keep the garbage collector off it: frozen objects
    are never scanned again (nor, in forked workers, copied page by page), and a larger first
    generation collects each file's short-lived objects less often."""
    import gc

    pipeline(job.knowledge)
    load(job.settings.model)
    english()
    lexicon(job.knowledge)
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


LARGE_DRAFT_BYTES = 1 << 20  # a draft this long makes millions of objects: settled, it lints a third faster


def _sequential(job: Job, files: list):
    # A few files (a pre-commit call, an editor) load what they need lazily: a lone
    # unreadable draft is reported without loading spaCy at all.
    settle = len(files) >= PARALLEL_MIN_FILES or any(_size(path) >= LARGE_DRAFT_BYTES for path, _ in files)
    with _settled(job) if settle else contextlib.nullcontext():
        yield from (lint_file(job, path, display) for path, display in files)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # lint_file reports it


def _parallel(job: Job, files: list, jobs: int):
    """Files spread over processes; results come back in input order, so output is as with one job."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Workers fork from a settled parent, so each starts with everything loaded (and the Job,
    # which holds unpicklable state, is inherited rather than sent).
    context = multiprocessing.get_context("fork")
    chunk = max(1, min(8, len(files) // (jobs * 16)))  # small chunks: no worker idles at the end
    done = 0
    with _settled(job):
        try:
            with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                                     initargs=(job, os.getpid())) as pool:
                for result in pool.map(_work, files, chunksize=chunk):
                    done += 1
                    yield result
            return
        except Exception as exc:  # BrokenProcessPool (a worker killed), or a result that could not travel back
            failure = exc
        # Nothing is lost: the files without a result yet are linted here, one after another.
        note = (f"a worker process failed ({type(failure).__name__}: {failure}); "
                f"the remaining {len(files) - done} drafts are linted in the main process")
        for path, display in files[done:]:
            result = lint_file(job, path, display)
            if note:
                result.notes.append(note)
                note = ""
            yield result


def run_stdin(data: bytes, display: str, knowledge: Knowledge, settings: Settings, *, fix: bool = False,
              diff: bool = False, hold: Hold | None = None) -> Result:
    """Lint a buffer from standard input under the name an editor gives it."""
    result = Result()
    if settings.excluded(display) or settings.in_sources(display):
        return result
    try:
        text, has_bom = decode(data, display)
        with stage("parsing"):
            document = parse_document(text, display, has_bom=has_bom)
        lint_one(document, knowledge, settings, result, fix=fix, diff=diff, hold=hold)
    except UsageError as exc:
        return Result(errors=[str(exc)], failed=[display])
    except Exception as exc:
        return Result(errors=[internal_error(exc, display)], failed=[display])
    return result


def lint_paths(paths: Iterable[str], knowledge: Knowledge, settings: Settings | None = None) -> Result:
    """Lint files with default (or given) settings; the API the tests and benchmarks use."""
    return run(paths, knowledge, settings or Settings())
