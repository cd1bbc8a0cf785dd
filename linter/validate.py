"""Everything wrong with a fact pack, each problem at file:line:column.

Loading a pack stops at its first structural problem; `healthlint pack validate`
reports them all, and also what loading tolerates: duplicate terms, misspelling
lists that hold real English words, `source:` lines outside the source article.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from linter.bundle import schema
from linter.yamlfile import load_yaml, position

ENTRY_SECTIONS = ("drugs", "conditions", "uses", "terms")
REFERENCES = [("approvals", ("drug", "for")), ("time_course", ("subject", "conditions")),
              ("side_effects", ("drug",)), ("studies", ("drug", "conditions")),
              ("mechanisms", ("drug",)), ("forms", ("drug",))]


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


def schema_problems(data: object, node, path, schema_name: str) -> list[Problem]:
    return [Problem(str(path), *position(node, keys), message) for keys, message in schema_errors(data, schema_name)]


def schema_errors(data: object, schema_name: str) -> list[tuple[list, str]]:
    """Each violation of a bundled schema: the keys leading to it, and 'where: what' (sorted)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema(schema_name))
    out = []
    for err in sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        best = jsonschema.exceptions.best_match([err])
        where = ".".join(str(p) for p in best.absolute_path) or "top level"
        out.append((list(best.absolute_path), f"{where}: {_cut(_short(best))}"))
    return out


def _cut(message: str, most: int = 160) -> str:
    """A message quoting a long value (a megabyte string where an object belongs), cut in the
    middle: the error stays one readable line and keeps its end, which says what is wrong."""
    return message if len(message) <= most else f"{message[:most - 61]}…{message[-60:]}"


def _short(err) -> str:
    if err.instance is None and err.validator == "type":
        return "is empty; give a value"  # `year:` with nothing after it
    if err.validator == "additionalProperties":
        return err.message.replace("Additional properties are not allowed", "unknown key")
    if err.validator in ("oneOf", "anyOf"):
        return "is not one of the accepted forms (see pack.schema.json)"
    return err.message


def structural_problems(data: dict, node, path) -> list[Problem]:
    """Schema violations, then ids that are duplicated or point nowhere, and unreadable values."""
    found = schema_problems(data, node, path, "pack.schema.json")
    if found:
        return found

    def at(keys, message):
        line, col = position(node, keys)
        found.append(Problem(str(path), line, col, message))

    ids: set[str] = set()
    for section in ("drugs", "conditions", "uses"):
        for i, item in enumerate(data.get(section, ())):
            if item["id"] in ids:
                at([section, i, "id"], f"duplicate id '{item['id']}'")
            ids.add(item["id"])
    for section in ("drugs", "conditions", "uses"):
        for i, item in enumerate(data.get(section, ())):
            for key in ("parent", "form_of"):
                if key in item and item[key] not in ids:
                    at([section, i, key], f"{section}[{i}].{key}: unknown id '{item[key]}'")
    for section, keys in REFERENCES:
        for i, item in enumerate(data.get(section, ())):
            for key in keys:
                values = item.get(key, ())
                for j, value in enumerate([values] if isinstance(values, str) else values):
                    if value not in ids:
                        where = [section, i, key] + ([] if isinstance(values, str) else [j])
                        at(where, f"{section}[{i}].{key}: unknown id '{value}'")
    terms = {t["name"].lower() for t in data.get("terms", ())}
    for i, fact in enumerate(data.get("mechanisms", ())):
        if fact["target"].lower() not in terms:
            at(["mechanisms", i, "target"], f"mechanisms[{i}].target: unknown term '{fact['target']}'")
    studies = {s["id"] for s in data.get("studies", ())}
    from linter.quantities import find

    for i, fact in enumerate(data.get("time_course", ())):
        if fact.get("study") and fact["study"] not in studies:
            at(["time_course", i, "study"], f"time_course[{i}].study: unknown study '{fact['study']}'")
        if fact.get("value") is not None and len(find(fact["value"])) != 1:
            at(["time_course", i, "value"], f"time_course[{i}].value: '{fact['value']}' is not one time span")
    return found


def pack_problems(path: Path, source_dirs: Iterable[str] = ()) -> tuple[list[Problem], str | None]:
    """Every problem in a pack file, and a note when its source article was not found."""
    from linter.errors import UsageError

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
    from linter.checks.typo import english

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
    from linter.packs import bundled_language

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
    from linter.merge import folded

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
    from linter.sources import env_folders, find, outside

    name = data.get("source", "")
    folders = [*source_dirs, *env_folders(), str(path.parent), str(path.parent / "sources")]
    problem = outside(name, folders)
    if problem:
        return None, None, problem
    found = find(name, folders)
    if found:
        from linter.errors import UsageError
        from linter.files import read_bytes

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
