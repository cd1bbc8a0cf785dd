"""Everything wrong with a fact pack, each problem at file:line:column.

Loading a pack stops at its first structural problem; `healthlint pack validate`
reports them all, and also what loading tolerates: duplicate terms, misspelling
lists that hold real English words, `source:` lines outside the source article.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from linter.english import english
from linter.errors import UsageError
from linter.files import read_bytes
from linter.packs import bundled_language
# structural_problems is read from here by `pack validate` too.
from linter.schemas import Problem, structural_problems
from linter.sources import env_folders, find, outside
from linter.words import folded
from linter.yamlfile import load_yaml, position

ENTRY_SECTIONS = ("drugs", "conditions", "uses", "terms")


def pack_problems(path: Path, source_dirs: Iterable[str] = ()) -> tuple[list[Problem], str | None]:
    """Every problem in a pack file, and a note when its source article was not found."""
    try:
        data, node = load_yaml(path)
    except UsageError as exc:
        text = str(exc)
        where, _, message = text.partition(": ")
        parts = where.rsplit(":", 2)
        line, col = (int(parts[1]), int(parts[2])) if len(parts) == 3 else (1, 1)
        return [Problem(str(path), line, col, message)], None
    if not isinstance(data, dict) or data.get("kind") != "pack":
        return [Problem(str(path), 1, 1, "not a fact pack (expected `kind: pack` at the top)")], None
    found = structural_problems(data, node, path)
    if any("is not" in p.message or "unknown key" in p.message for p in found):
        return found, None  # the rest needs a well-formed pack
    found += _duplicate_terms(data, node, path)
    found += _english_misspellings(data, node, path)
    lines, note, problem = _source_lines(data, path, source_dirs)
    if problem:
        line, col = position(node, ["source"])
        found.append(Problem(str(path), line, col, f"source: {problem}"))
    if lines is not None:
        found += _lines_outside(data, node, path, lines)
    return sorted(found, key=lambda p: (p.line, p.column, p.message)), note


def _spellings(data: dict):
    """(keys to the spelling, spelling) for every name and alias in the pack."""
    for section in ENTRY_SECTIONS:
        for i, item in enumerate(data.get(section, ())):
            yield [section, i, "name"], item["name"]
            for j, alias in enumerate(item.get("aliases", ())):
                yield [section, i, "aliases", j], alias
    for g, group in enumerate(data.get("side_effects", ())):
        for i, effect in enumerate(group["effects"]):
            yield ["side_effects", g, "effects", i, "name"], effect["name"]
            for j, alias in enumerate(effect.get("aliases", ())):
                yield ["side_effects", g, "effects", i, "aliases", j], alias


def _duplicate_terms(data: dict, node, path) -> list[Problem]:
    """A spelling given to two entries, or to two side effects of one drug. (A side effect may
    share a condition's name: one word can be both.)"""
    first: dict[tuple, list] = {}
    out = []
    for keys, spelling in _spellings(data):
        namespace = ("entries",) if keys[0] != "side_effects" else ("effects", keys[1])
        key = namespace + (spelling.strip().lower(),)
        owner = keys[:2] if keys[0] != "side_effects" else keys[:4]
        if key in first and first[key][: len(owner)] != owner:
            line, col = position(node, keys)
            was = position(node, first[key])[0]
            out.append(Problem(str(path), line, col, f"duplicate term '{spelling}' (also at line {was})"))
        else:
            first.setdefault(key, keys)
    return out


def _english_misspellings(data: dict, node, path) -> list[Problem]:
    words = english()
    out = []
    for section in ENTRY_SECTIONS:
        for i, item in enumerate(data.get(section, ())):
            for j, wrong in enumerate(item.get("misspellings", ())):
                if wrong.lower() in words:
                    line, col = position(node, [section, i, "misspellings", j])
                    out.append(Problem(str(path), line, col,
                                       f"misspelling '{wrong}' is a real English word; it would be flagged everywhere"))
    return out


# ------------------------------------------------------------------ warnings
# What a pack may hold and still load, but a reviewer should look at again: often what
# `pack extract` drafted wrongly.


def pack_warnings(path: Path, source_dirs: Iterable[str] = ()) -> list[Problem]:
    """Suspicious entries of a well-formed pack (call after pack_problems found none)."""
    data, node = load_yaml(path)
    verbs = frozenset(w.lower() for w in bundled_language().extraction.get("condition-verbs", ()))
    out = _verb_conditions(data, node, path, verbs) + _folded_duplicates(data, node, path)
    lines = _source_lines(data, path, source_dirs)[0]
    if lines is not None:
        out += _study_years(data, node, path, lines)
    return sorted(out, key=lambda p: (p.line, p.column, p.message))


def _verb_conditions(data: dict, node, path, verbs: frozenset[str]) -> list[Problem]:
    """A condition named by a verb phrase ("treat the condition", "it is common") names a claim,
    not a condition: a draft's wording would never match it."""
    out = []
    for i, item in enumerate(data.get("conditions", ())):
        for keys, spelling in [(["conditions", i, "name"], item["name"])] + [
                (["conditions", i, "aliases", j], a) for j, a in enumerate(item.get("aliases", ()))]:
            verb = next((w for w in spelling.lower().split() if w in verbs), None)
            if verb:
                line, col = position(node, keys)
                out.append(Problem(str(path), line, col, f"warning: condition '{spelling}' reads as a verb "
                                                         f"phrase ('{verb}'); name the condition itself"))
    return out


def _folded_duplicates(data: dict, node, path) -> list[Problem]:
    """Two entries whose names differ only as the matcher folds them (case, hyphens, British
    spelling): a draft's mention goes to one of them only. (Spellings equal but for case are
    an error already: _duplicate_terms.)"""
    first: dict[str, tuple[list, str]] = {}
    out = []
    for keys, spelling in _spellings(data):
        if keys[0] == "side_effects":
            continue
        key = folded(spelling)
        if key in first and first[key][0][:2] != keys[:2] and first[key][1].strip().lower() != spelling.strip().lower():
            line, col = position(node, keys)
            was = position(node, first[key][0])[0]
            out.append(Problem(str(path), line, col, f"warning: '{spelling}' is the same name as "
                                                     f"'{first[key][1]}' (line {was}) for matching"))
        else:
            first.setdefault(key, (keys, spelling))
    return out


def _study_years(data: dict, node, path, lines: list[str]) -> list[Problem]:
    """A study whose year is not written on the source line it rests on."""
    out = []
    for i, study in enumerate(data.get("studies", ())):
        n = study["source"]
        if 1 <= n <= len(lines) and str(study["year"]) not in lines[n - 1]:
            line, col = position(node, ["studies", i, "year"])
            out.append(Problem(str(path), line, col, f"warning: study year {study['year']} is not on its "
                                                     f"source line {n}"))
    return out


def _source_lines(data: dict, path: Path,
                  source_dirs: Iterable[str]) -> tuple[list[str] | None, str | None, str | None]:
    """The source article's lines, a note when it is not found, and why its name is refused
    (a path leading out of the pack's folder and the source folders)."""
    name = data.get("source", "")
    folders = [*source_dirs, *env_folders(), str(path.parent), str(path.parent / "sources")]
    problem = outside(name, folders)
    if problem:
        return None, None, problem
    found = find(name, folders)
    if found:
        try:
            return read_bytes(found, kind="source").decode("utf-8", errors="replace").splitlines(), None, None
        except UsageError as exc:  # a source above the size limit
            return None, None, str(exc)
    return None, f"{path}: source article '{name}' not found; `source:` lines not checked (use --sources DIR)", None


def _lines_outside(data: dict, node, path, lines: list[str]) -> list[Problem]:
    out = []

    def walk(value, keys):
        if isinstance(value, dict):
            for k, v in value.items():
                if k == "source" and keys:
                    for n, line in ([(None, v)] if isinstance(v, int) else list(enumerate(v)) if isinstance(v, list) else []):
                        if isinstance(line, int) and not (1 <= line <= len(lines) and lines[line - 1].strip()):
                            where = keys + ["source"] + ([] if n is None else [n])
                            at_line, col = position(node, where)
                            out.append(Problem(str(path), at_line, col, f"source line {line} is outside the source "
                                               f"article ({len(lines)} lines) or blank"))
                else:
                    walk(v, keys + [k])
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, keys + [i])

    walk(data, [])
    return out
