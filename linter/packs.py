"""Fact packs and language cues: YAML in `rules/`, validated, merged.

Every problem is reported as `file:line: message`, the line found by walking
the YAML node tree along the failing path.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Mapping

import yaml

from linter.errors import UsageError
from linter.files import read_bytes

ENTRY_KINDS = {"drugs": "drug", "conditions": "condition", "uses": "use", "terms": "term"}


def rules_dir() -> Path:
    """The bundled `rules/`: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if (candidate / "language.yaml").is_file():
            return candidate
    raise UsageError(f"bundled rules not found next to {here}")


@dataclass(frozen=True)
class Entry:
    """A named thing the source talks about: a drug, condition, use or term."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    misspellings: tuple[str, ...]
    source: int | None  # None: vocabulary only, no fact rests on it
    pack: str
    parent: str | None = None
    form_of: str | None = None

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@dataclass(frozen=True)
class Approval:
    drug: str
    status: str  # approved | not-approved | off-label
    target: str
    source: int
    pack: str


@dataclass(frozen=True)
class Disclaimer:
    id: str
    trigger: str
    requires: object  # "off-label-statement" or a mapping with near/phrases
    says: str
    source: int | None  # house style rules need not rest on the source
    pack: str


@dataclass(frozen=True)
class TimeFact:
    """How soon an effect starts (onset) or how long it lasts (duration)."""

    id: str
    subject: str
    aspect: str  # onset | duration
    effect: str
    conditions: tuple[str, ...]
    value: str | None  # a span in words; None when only `lasting` is known
    lasting: bool | None
    cues: tuple[str, ...]
    study: str | None
    source: int
    pack: str


@dataclass(frozen=True)
class SideEffect:
    drug: str
    name: str
    aliases: tuple[str, ...]
    group: str | None
    source: int
    pack: str

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


STRENGTHS = ("retrospective", "study", "trial", "controlled-trial", "randomized-controlled-trial",
             "systematic-review")


@dataclass(frozen=True)
class Study:
    id: str
    year: int
    design: str
    strength: str
    data_period: tuple[int, int] | None
    drug: str
    conditions: tuple[str, ...]
    cues: tuple[str, ...]
    source: int
    pack: str


@dataclass(frozen=True)
class Certainty:
    level: str
    wording: tuple[str, ...]
    source: tuple[int, ...]
    pack: str


def requirement_kind(disclaimer: Disclaimer, part: str) -> str:
    """Cue kind under which the annotator reports one part of a wording requirement."""
    return f"require/{disclaimer.pack}/{disclaimer.id}/{part}"


def requirement_cues(disclaimer: Disclaimer) -> dict[str, tuple[str, ...]]:
    """Cue kinds (for the annotator) of a disclaimer's wording requirement."""
    req = disclaimer.requires
    if not isinstance(req, dict):
        return {}
    near = req.get("near", {})
    parts = {"phrase": req.get("phrases", ()), "first": near.get("first", ()), "then": near.get("then", ())}
    return {requirement_kind(disclaimer, part): tuple(words) for part, words in parts.items() if words}


@dataclass(frozen=True)
class Pack:
    name: str
    title: str
    path: str
    source_file: str
    entries: tuple[Entry, ...]
    approvals: tuple[Approval, ...]
    disclaimers: tuple[Disclaimer, ...]
    time_course: tuple[TimeFact, ...] = ()
    side_effects: tuple[SideEffect, ...] = ()
    studies: tuple[Study, ...] = ()
    certainty: Certainty | None = None


@dataclass(frozen=True)
class Language:
    cues: Mapping[str, tuple[str, ...]]
    possessive_nouns: frozenset[str]
    possessive_modifiers: frozenset[str]
    known_words: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)  # identity hash: one build per loaded set
class Knowledge:
    """Everything the active packs know, merged, with lookups the checks share."""

    packs: tuple[Pack, ...]
    language: Language
    entries: Mapping[str, Entry]

    @functools.cached_property
    def approvals(self) -> tuple[Approval, ...]:
        return tuple(a for p in self.packs for a in p.approvals)

    @functools.cached_property
    def disclaimers(self) -> tuple[Disclaimer, ...]:
        return tuple(d for p in self.packs for d in p.disclaimers)

    @functools.cached_property
    def time_course(self) -> tuple[TimeFact, ...]:
        return tuple(t for p in self.packs for t in p.time_course)

    @functools.cached_property
    def side_effects(self) -> tuple[SideEffect, ...]:
        return tuple(s for p in self.packs for s in p.side_effects)

    @functools.cached_property
    def studies(self) -> tuple[Study, ...]:
        return tuple(s for p in self.packs for s in p.studies)

    def pack(self, name: str) -> Pack:
        return next(p for p in self.packs if p.name == name)

    def lineage(self, entry_id: str) -> tuple[str, ...]:
        """The entry and its ancestors, nearest first."""
        chain = []
        current: str | None = entry_id
        while current and current not in chain:
            chain.append(current)
            entry = self.entries.get(current)
            current = entry.parent if entry else None
        return tuple(chain)

    def within(self, entry_id: str, ancestor: str) -> bool:
        """True when entry_id is ancestor or falls under it."""
        return ancestor in self.lineage(entry_id)

    def name(self, entry_id: str) -> str:
        entry = self.entries.get(entry_id)
        return entry.name if entry else entry_id


# ------------------------------------------------------------------ YAML


def load_yaml(path: Path) -> tuple[object, yaml.Node | None]:
    """Data (safe_load) and the node tree (for line numbers) of a YAML file."""
    try:
        text = read_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not valid UTF-8") from None
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise UsageError(f"{where}: malformed YAML: {problem}") from None
    return data, node


def line_of(node: yaml.Node | None, path: Iterable) -> int:
    """1-based line of the node at `path` (keys and indices), or its nearest parent."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == key), None)
            if found is None:
                break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        line = node.start_mark.line + 1
    return line


@functools.lru_cache(maxsize=None)
def _schema(name: str) -> dict:
    return json.loads((rules_dir() / name).read_text(encoding="utf-8"))


def validate(data: object, node, path: Path, schema_name: str) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(_schema(schema_name))
    err = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if err is not None:
        where = ".".join(str(p) for p in err.absolute_path) or "top level"
        line = line_of(node, err.absolute_path)
        raise UsageError(f"{path}:{line}: {where}: {_short(err)}")


def _short(err) -> str:
    if err.validator == "additionalProperties":
        return err.message.replace("Additional properties are not allowed", "unknown key")
    if err.validator in ("oneOf", "anyOf"):
        return "is not one of the accepted forms (see pack.schema.json)"
    return err.message


# ------------------------------------------------------------------ building


def load_language(path: Path) -> Language:
    data, node = load_yaml(path)
    validate(data, node, path, "language.schema.json")
    return Language(
        cues=MappingProxyType({k: tuple(v) for k, v in data["cues"].items()}),
        possessive_nouns=frozenset(w.lower() for w in data.get("possessive-nouns", ())),
        possessive_modifiers=frozenset(w.lower() for w in data.get("possessive-modifiers", ())),
        known_words=frozenset(w.lower() for w in data.get("known-words", ())),
    )


def load_pack(path: Path) -> Pack:
    data, node = load_yaml(path)
    if not isinstance(data, dict) or data.get("kind") != "pack":
        raise UsageError(f"{path}:1: not a fact pack (expected `kind: pack` at the top)")
    validate(data, node, path, "pack.schema.json")
    name = data["pack"]
    entries = []
    for section, kind in ENTRY_KINDS.items():
        for i, item in enumerate(data.get(section, ())):
            entries.append(Entry(
                id=item.get("id") or item["name"].lower(),
                kind=kind,
                name=item["name"],
                aliases=tuple(item.get("aliases", ())),
                misspellings=tuple(item.get("misspellings", ())),
                source=item.get("source"),
                pack=name,
                parent=item.get("parent"),
                form_of=item.get("form_of"),
            ))
    approvals = tuple(
        Approval(a["drug"], a["status"], a["for"], a["source"], name) for a in data.get("approvals", ())
    )
    disclaimers = tuple(
        Disclaimer(d["id"], d["trigger"], d["requires"], d["says"], d.get("source"), name)
        for d in data.get("disclaimers", ())
    )
    time_course = tuple(
        TimeFact(t["id"], t["subject"], t["aspect"], t.get("effect", ""), tuple(t.get("conditions", ())),
                 t.get("value"), t.get("lasting"), tuple(t.get("cues", ())), t.get("study"), t["source"], name)
        for t in data.get("time_course", ())
    )
    side_effects = tuple(
        SideEffect(group["drug"], e["name"], tuple(e.get("aliases", ())), e.get("group"), e["source"], name)
        for group in data.get("side_effects", ()) for e in group["effects"]
    )
    studies = tuple(
        Study(s["id"], s["year"], s.get("design", ""), s["strength"], _period(s.get("data_period")), s["drug"],
              tuple(s.get("conditions", ())), tuple(s.get("cues", ())), s["source"], name)
        for s in data.get("studies", ())
    )
    c = data.get("certainty")
    certainty = Certainty(c["level"], tuple(c["wording"]), tuple(c["source"]), name) if c else None
    pack = Pack(name, data.get("title", name), str(path), data["source"], tuple(entries), approvals, disclaimers,
                time_course, side_effects, studies, certainty)
    _check_references(pack, data, node, path)
    return pack


def _period(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    first, _, last = text.split()
    return int(first), int(last)


def _check_references(pack: Pack, data: dict, node, path: Path) -> None:
    """Ids a fact points at must exist in the pack."""
    ids = {e.id for e in pack.entries if e.kind != "term"}
    seen: set[str] = set()
    for section in ("drugs", "conditions", "uses"):
        for i, item in enumerate(data.get(section, ())):
            if item["id"] in seen:
                raise UsageError(f"{path}:{line_of(node, [section, i, 'id'])}: duplicate id '{item['id']}'")
            seen.add(item["id"])
            for key in ("parent", "form_of"):
                if key in item and item[key] not in ids:
                    line = line_of(node, [section, i, key])
                    raise UsageError(f"{path}:{line}: {section}[{i}].{key}: unknown id '{item[key]}'")
    refs = [("approvals", ("drug", "for")), ("time_course", ("subject", "conditions")),
            ("side_effects", ("drug",)), ("studies", ("drug", "conditions"))]
    for section, keys in refs:
        for i, item in enumerate(data.get(section, ())):
            for key in keys:
                values = item.get(key, ())
                for j, value in enumerate([values] if isinstance(values, str) else values):
                    if value not in ids:
                        where = [section, i, key] + ([] if isinstance(values, str) else [j])
                        raise UsageError(f"{path}:{line_of(node, where)}: {section}[{i}].{key}: unknown id '{value}'")
    studies = {s.id for s in pack.studies}
    for i, fact in enumerate(pack.time_course):
        if fact.study and fact.study not in studies:
            line = line_of(node, ["time_course", i, "study"])
            raise UsageError(f"{path}:{line}: time_course[{i}].study: unknown study '{fact.study}'")
        if fact.value is not None:
            from linter.quantities import find

            if len(find(fact.value)) != 1:
                line = line_of(node, ["time_course", i, "value"])
                raise UsageError(f"{path}:{line}: time_course[{i}].value: '{fact.value}' is not one time span")


@functools.lru_cache(maxsize=8)
def load_knowledge(extra: tuple[str, ...] = (), bundled: bool = True) -> Knowledge:
    """The bundled language cues and packs, plus any extra pack files."""
    base = rules_dir()
    language = load_language(base / "language.yaml")
    paths = sorted(p for p in base.glob("*.yaml") if p.name != "language.yaml") if bundled else []
    paths += [Path(p) for p in extra]
    packs = tuple(load_pack(p) for p in paths)
    entries: dict[str, Entry] = {}
    for pack in packs:
        for entry in pack.entries:
            if entry.kind == "term":
                continue
            if entry.id in entries and entries[entry.id].pack != pack.name:
                raise UsageError(f"{pack.path}: id '{entry.id}' is also defined by pack '{entries[entry.id].pack}'")
            entries[entry.id] = entry
    return Knowledge(packs, language, MappingProxyType(entries))


def all_entries(knowledge: Knowledge) -> Iterable[Entry]:
    for pack in knowledge.packs:
        yield from pack.entries


def all_spellings(knowledge: Knowledge) -> Iterable[tuple[str, int | None, str]]:
    """Every name the packs know (entries and side effects): (spelling, source line, pack)."""
    for entry in all_entries(knowledge):
        for spelling in entry.spellings:
            yield spelling, entry.source, entry.pack
    for effect in knowledge.side_effects:
        for spelling in effect.spellings:
            yield spelling, effect.source, effect.pack
