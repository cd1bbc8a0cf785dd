"""Data checked against the bundled JSON Schemas (fact packs, language cues, baselines, alignment
indexes), and a pack's references to its own ids: what loading refuses. Below the packs, the
JSON files of ours and pack validation, so each reaches it; jsonschema is imported only when
something is validated (a plain check reads remembered packs and never loads it)."""

from __future__ import annotations

from dataclasses import dataclass

from linter.bundle import schema
from linter.quantities import find
from linter.yamlfile import position

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
    import jsonschema  # heavy (about 60 ms) and optional at run time: only when something is validated

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
    for i, fact in enumerate(data.get("time_course", ())):
        if fact.get("study") and fact["study"] not in studies:
            at(["time_course", i, "study"], f"time_course[{i}].study: unknown study '{fact['study']}'")
        if fact.get("value") is not None and len(find(fact["value"])) != 1:
            at(["time_course", i, "value"], f"time_course[{i}].value: '{fact['value']}' is not one time span")
    return found
