"""Settings: `.healthlint.yaml` or `[tool.healthlint]` in pyproject.toml, found from the
current directory upwards (or named with --config), overridden by command-line options.

Selectors (in select, ignore, extend-select, per-file-ignores, severity) are a
rule code (HL201), a code prefix (HL2), a category (approval) or ALL.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
import stat
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from linter.checks import CATEGORIES, RULES
from linter.errors import UsageError
from linter.files import read_bytes
from linter.findings import SEVERITIES
from linter.yamlfile import line_of, load_yaml

CONFIG_NAMES = (".healthlint.yaml", ".healthlint.yml")
KEYS = ("packs", "select", "ignore", "extend-select", "per-file-ignores", "severity", "fail-on",
        "include", "exclude", "sources", "model")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
KEYS += ("baseline",)  # adoption on an existing repository: linter/baseline.py
# Packs: whether the bundled fact pack is active (`bundled: false` / --no-bundled-packs turn it off).
KEYS += ("bundled",)


@dataclass(frozen=True)
class Settings:
    path: str | None = None  # the config file these came from
    root: str = "."  # globs and relative paths are taken from here
    packs: tuple[str, ...] = ()
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str = "info"
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # directories holding source articles (for --format full)
    model: str | None = None  # the trained spaCy pipeline that parses claim sentences (None: the default)
    baseline: str | None = None  # findings recorded by --write-baseline, not reported again

    def in_sources(self, path: str) -> bool:
        """Whether path is, or lies inside, a folder the `sources` setting names: source
        articles are what drafts are checked against, never drafts themselves."""
        if not self.sources:
            return False
        here = os.path.realpath(path)
        return any(here == folder or here.startswith(folder.rstrip(os.sep) + os.sep)
                   for folder in _real_folders(self.sources))
    bundled: bool = True  # the bundled fact pack is active
    notes: tuple[str, ...] = ()  # warnings about the config (a `sources:` folder left out), said once a run

    def relative(self, path: str) -> str:
        """A path as the globs see it: relative to the config's folder, with forward slashes."""
        try:
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))
        except ValueError:
            rel = path
        return rel.replace(os.sep, "/")

    def enabled(self, code: str, category: str, path: str) -> bool:
        chosen = self.select + self.extend_select
        if not any(matches(s, code, category) for s in chosen):
            return False
        if any(matches(s, code, category) for s in self.ignore):
            return False
        rel = self.relative(path) if self.per_file_ignores else path
        for pattern, selectors in self.per_file_ignores:
            if _glob(rel, pattern) and any(matches(s, code, category) for s in selectors):
                return False
        return True

    def severity_of(self, code: str, category: str, default: str) -> str:
        # The most specific selector wins: a code over a prefix over a category.
        best = None
        for selector, level in self.severity:
            if matches(selector, code, category):
                rank = _specificity(selector)
                if best is None or rank > best[0]:
                    best = (rank, level)
        return best[1] if best else default

    def fails(self, severity: str) -> bool:
        return SEVERITIES.index(severity) <= SEVERITIES.index(self.fail_on)

    def excluded(self, path: str) -> bool:
        rel = self.relative(path)
        return any(_glob(rel, pattern) for pattern in self.exclude)

    def included(self, path: str) -> bool:
        rel = self.relative(path)
        return any(_glob(rel, pattern) for pattern in self.include)

    def show(self, model: str | None = None) -> str:
        """The settings, one a line; `model` is the pipeline `self.model` resolves to (with its
        version), named where no setting chose one."""
        lines = [f"config: {self.path or '(none found; defaults)'}"]
        for key in KEYS:
            value = getattr(self, key.replace("-", "_"))
            if key == "model":
                value = f"{model} (the default)" if self.model is None and model else (model or self.model)
            elif key == "per-file-ignores":
                value = {k: list(v) for k, v in value}
            elif key == "severity":
                value = dict(value)
            elif isinstance(value, tuple):
                value = list(value)
            lines.append(f"{key}: {value}")
        return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=16)
def _real_folders(folders: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(os.path.realpath(f) for f in folders)  # once per run, not once per file


def split_list(text: str) -> tuple[str, ...]:
    """ "HL1, typo HL201" -> ("HL1", "typo", "HL201"): how options, config strings and comments list codes."""
    return tuple(v for v in re.split(r"[,\s]+", text) if v)


def matches(selector: str, code: str, category: str) -> bool:
    s = selector.strip()
    return s.upper() == "ALL" or s.lower() == category or code.upper().startswith(s.upper())


def _specificity(selector: str) -> int:
    s = selector.strip()
    if s.upper() == "ALL":
        return 0
    if s.lower() in CATEGORIES:
        return 1
    return 1 + len(s)


def _glob(rel: str, pattern: str) -> bool:
    pattern = pattern.replace(os.sep, "/")
    if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern.replace("**/", "")):
        return True
    return "/" not in pattern and fnmatch.fnmatch(rel.rsplit("/", 1)[-1], pattern)


# ------------------------------------------------------------------ loading


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _configures_healthlint(pyproject):
            return pyproject
    return None


def _configures_healthlint(pyproject: Path) -> bool:
    """Whether a pyproject.toml holds a healthlint table, written in any TOML form ([tool.healthlint],
    `healthlint = {…}` under [tool], dotted keys). One that is not valid TOML counts if a line opens
    the table, so that its error is reported rather than the file passed over."""
    text = read_bytes(pyproject, kind="config").decode("utf-8", errors="replace")
    try:
        tool = tomllib.loads(text).get("tool")
    except tomllib.TOMLDecodeError:
        return bool(re.search(r"^\[tool\.healthlint[\].]", text, re.M))
    return isinstance(tool, dict) and "healthlint" in tool


def load_settings(path: str | None = None, *, start: Path | None = None) -> Settings:
    config = Path(path) if path else find_config(start)
    if config is None:
        return Settings()
    if not config.is_file():
        raise UsageError(f"{config}: no such config file")
    if config.name == "pyproject.toml":
        data, line_of_key = _from_pyproject(config)
    else:
        data, line_of_key = _from_yaml(config)
    return _validate(data, config, line_of_key)


def _from_yaml(config: Path):
    data, node = load_yaml(config, kind="config")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise UsageError(f"{config}:1: the config must be a mapping of settings")
    return data, lambda *keys: line_of(node, keys)


def _from_pyproject(config: Path):
    try:
        text = read_bytes(config, kind="config").decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{config}: not valid UTF-8") from None
    try:
        tool = tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise UsageError(f"{config}:{match.group(1) if match else 1}: malformed TOML: {exc}") from None
    lines = text.splitlines()
    data = tool.get("healthlint", {}) if isinstance(tool, dict) else None
    if not isinstance(data, dict):
        # `healthlint = 5` under `[tool]`, or `tool = 5`: name the line that sets it.
        setting = re.compile(r"\s*((tool\.)?healthlint|tool)\s*=")
        line = next((n for n, l in enumerate(lines, 1) if setting.match(l)), 1)
        raise UsageError(f"{config}:{line}: [tool.healthlint] must be a table of settings")

    def line_of_key(*keys) -> int:
        in_section = False
        wanted = str(keys[0]) if keys else ""
        for number, line in enumerate(lines, start=1):
            stripped = line.strip()
            if stripped.startswith("["):
                in_section = stripped.startswith("[tool.healthlint")
                if in_section and wanted and stripped.rstrip("]").endswith("." + wanted):
                    return number
                continue
            if in_section and re.match(rf"['\"]?{re.escape(wanted)}['\"]?\s*=", stripped):
                return number
        return next((n for n, l in enumerate(lines, 1) if l.strip().startswith("[tool.healthlint")), 1)

    return data, line_of_key


@dataclass(frozen=True)
class _Config:
    """A config file being validated: its settings, and where each is written."""

    data: dict
    path: Path
    line_of_key: Callable[..., int]

    def where(self, *keys) -> str:
        return f"{self.path}:{self.line_of_key(*keys)}"

    def words(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            value = list(split_list(value))
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{self.where(key)}: '{key}' must be a list of strings")
        return tuple(value)

    def table(self, key: str, must: str) -> dict:
        """A setting that is a mapping."""
        value = self.data[key]
        if not isinstance(value, dict):
            raise UsageError(f"{self.where(key)}: '{key}' must {must}")
        return value

    def text(self, key: str, must: str) -> str:
        """A setting that is one non-blank string, stripped."""
        value = self.data[key]
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"{self.where(key)}: '{key}' must {must}")
        return value.strip()


def _validate(data: dict, config: Path, line_of_key) -> Settings:
    """The Settings a config file's data make, or a UsageError naming the first bad setting's line."""
    c = _Config(data, config, line_of_key)
    for key in data:
        if key not in KEYS:
            raise UsageError(f"{c.where(key)}: unknown setting '{key}' (valid: {', '.join(KEYS)})")
    changes: dict = {}
    for read in (_rule_selection, _project_paths, _globs, _per_file_ignores, _severities, _scalars):
        changes.update(read(c))
    return Settings(path=str(config), root=str(config.parent), **changes)


def _rule_selection(c: _Config) -> dict:
    changes = {}
    for key in ("select", "ignore", "extend-select"):
        if key in c.data:
            selectors = c.words(key)
            for s in selectors:
                check_selector(s, f"{c.where(key)}: {key}")
            changes[key.replace("-", "_")] = selectors
    return changes


def _project_paths(c: _Config) -> dict:
    """Packs and sources, relative to the config file, and inside the project: a repository's
    config is untrusted (a pull request may add one), so it names no file elsewhere on the machine."""
    project = project_root(c.path)
    changes: dict = {}
    if "packs" in c.data:
        packs = tuple(str(c.path.parent / p) for p in c.words("packs"))
        for i, (value, path) in enumerate(zip(c.words("packs"), packs)):
            problem = outside_root(value, path, project, file=True)
            if problem:
                raise UsageError(f"{c.where('packs', i)}: packs: {problem}; name a pack elsewhere with --pack")
        changes["packs"] = packs
    if "sources" in c.data:
        changes["sources"], changes["notes"] = _sources(c, project)
    return changes


def _sources(c: _Config, project: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Folders that only feed quotes: one outside the project is left out with a warning, and the
    findings, which do not depend on it, are still reported."""
    kept, notes = [], []
    for i, value in enumerate(c.words("sources")):
        problem = outside_root(value, str(c.path.parent / value), project)
        if problem:
            notes.append(f"{c.where('sources', i)}: sources: {problem}; not used, so no sentence is quoted from "
                         "it (name a folder elsewhere with HEALTHLINT_SOURCES, or --sources for review)")
            continue
        if not os.path.isdir(c.path.parent / value):
            notes.append(f"{c.where('sources', i)}: sources: folder '{value}' not found, so no sentence is "
                         "quoted from it (create it, or correct the setting)")
        kept.append(str(c.path.parent / value))
    return tuple(kept), tuple(notes)


def _globs(c: _Config) -> dict:
    return {key: c.words(key) for key in ("include", "exclude") if key in c.data}


def _per_file_ignores(c: _Config) -> dict:
    if "per-file-ignores" not in c.data:
        return {}
    pairs = []
    for glob, codes in c.table("per-file-ignores", "map globs to codes").items():
        codes = [codes] if isinstance(codes, str) else codes
        if not isinstance(codes, list):
            raise UsageError(f"{c.where('per-file-ignores', glob)}: per-file-ignores '{glob}' must list codes")
        for code in codes:
            check_selector(str(code), f"{c.where('per-file-ignores', glob)}: per-file-ignores '{glob}'")
        pairs.append((str(glob), tuple(str(code) for code in codes)))
    return {"per_file_ignores": tuple(pairs)}


def _severities(c: _Config) -> dict:
    if "severity" not in c.data:
        return {}
    pairs = []
    for selector, level in c.table("severity", "map codes or categories to a severity").items():
        check_selector(str(selector), f"{c.where('severity', selector)}: severity")
        check_severity(str(level), f"{c.where('severity', selector)}: severity of '{selector}'")
        pairs.append((str(selector), str(level)))
    return {"severity": tuple(pairs)}


def _scalars(c: _Config) -> dict:
    """model, fail-on, baseline (a path relative to the config file, inside the project) and bundled."""
    changes: dict = {}
    if "model" in c.data:
        changes["model"] = c.text("model", "name an installed spaCy pipeline, such as en_core_web_sm")
    if "fail-on" in c.data:
        check_severity(str(c.data["fail-on"]), f"{c.where('fail-on')}: fail-on")
        changes["fail_on"] = str(c.data["fail-on"])
    if "baseline" in c.data:
        value = c.text("baseline", "name a file written by healthlint check --write-baseline")
        problem = outside_root(value, str(c.path.parent / value), project_root(c.path), file=True)
        if problem:
            raise UsageError(f"{c.where('baseline')}: baseline: {problem}; name a baseline elsewhere with --baseline")
        changes["baseline"] = str(c.path.parent / value)
    if "bundled" in c.data:
        if not isinstance(c.data["bundled"], bool):
            raise UsageError(f"{c.where('bundled')}: 'bundled' must be true or false")
        changes["bundled"] = c.data["bundled"]
    return changes


def project_root(config: Path) -> str:
    """The folder a config may name files in: the git work tree holding it, else its own folder."""
    folder = Path(os.path.realpath(config.parent))
    return str(next((f for f in (folder, *folder.parents) if (f / ".git").exists()), folder))


def outside_root(value: str, path: str, root: str, file: bool = False) -> str | None:
    """Why `path` (the setting's `value`, resolved) may not be used: it lies outside `root` once
    links are followed, or (`file`) it exists and is not a regular file or named pipe."""
    def within(p: str) -> bool:
        return p == root or p.startswith(root.rstrip(os.sep) + os.sep)

    real = os.path.realpath(path)
    if not within(real):  # a link inside the project that leads out of it is said so
        return (f"'{value}' leads to {real}, outside the project root {root}" if within(os.path.abspath(path))
                else f"'{value}' is outside the project root {root}")
    try:
        mode = os.stat(real).st_mode
    except OSError:
        return None  # missing: reading it says so
    if file and not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        return f"'{value}' is not a regular file"
    return None


def check_selector(selector: str, context: str) -> None:
    s = selector.strip()
    known = s.upper() == "ALL" or s.lower() in CATEGORIES or s.upper() == "HL" or any(
        code.startswith(s.upper()) for code in RULES)
    if not known or not s:
        raise UsageError(f"{context}: unknown rule code or category '{selector}' "
                         f"(valid: ALL, a code such as HL201 or prefix such as HL2, or a category: "
                         f"{', '.join(CATEGORIES)})")


def check_severity(level: str, context: str) -> None:
    if level not in SEVERITIES:
        raise UsageError(f"{context}: unknown severity '{level}' (valid: {', '.join(SEVERITIES)})")


def with_options(settings: Settings, *, select=None, ignore=None, extend_select=None, fail_on=None,
                 packs=(), model=None, no_bundled_packs=False) -> Settings:
    """Command-line options over the config file's settings."""
    changes: dict = {}
    for key, value in (("select", select), ("ignore", ignore), ("extend_select", extend_select)):
        if value:
            selectors = split_list(value)
            for s in selectors:
                check_selector(s, f"--{key.replace('_', '-')}")
            changes[key] = selectors if key == "select" else getattr(settings, key) + selectors
    if fail_on:
        check_severity(fail_on, "--fail-on")
        changes["fail_on"] = fail_on
    if packs:
        changes["packs"] = settings.packs + tuple(packs)
    if model:
        changes["model"] = model
    if no_bundled_packs:
        changes["bundled"] = False
    return replace(settings, **changes)


@dataclass(frozen=True)
class CheckOptions:
    """What `check` was asked for on the command line (each field is its option's name): the
    rule options laid over the config's Settings (`rule_options`), and what to do with the findings."""

    paths: tuple[str, ...] = ()
    fmt: str = "text"
    output_file: str | None = None
    statistics: bool = False
    select: str | None = None
    extend_select: str | None = None
    ignore: str | None = None
    fail_on: str | None = None
    config: str | None = None
    packs: tuple[str, ...] = ()
    source: str | None = None  # a source article to check against, its facts drafted on the fly
    stdin_filename: str | None = None
    fix: bool = False
    diff: bool = False
    show_settings: bool = False
    progress: bool | None = None  # None: on a terminal
    jobs: int | None = None  # None: the number of cores
    model: str | None = None
    no_cache: bool = False
    cache_dir: str | None = None
    baseline_file: str | None = None  # --baseline
    no_baseline: bool = False
    write_baseline: str | None = None
    add_suppressions: bool = False
    quiet: bool = False
    exit_zero: bool = False
    colour: str = "auto"
    no_bundled_packs: bool = False

    def rule_options(self) -> dict:
        """The options `with_options` lays over the config file's settings."""
        return {"select": self.select, "ignore": self.ignore, "extend_select": self.extend_select,
                "fail_on": self.fail_on, "packs": self.packs, "model": self.model,
                "no_bundled_packs": self.no_bundled_packs}

    @property
    def stdin(self) -> bool:
        """Whether the draft comes from standard input (path '-', or a --stdin-filename alone)."""
        return list(self.paths) == ["-"] or bool(self.stdin_filename and not self.paths)

    @property
    def adopting(self) -> bool:
        """--write-baseline or --add-suppressions: the run writes once every finding is in."""
        return bool(self.write_baseline or self.add_suppressions)
