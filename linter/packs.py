"""Fact packs and language cues: YAML in `rules/`, loaded into one Knowledge.

A pack with a structural problem is refused with its first problem at
file:line:column (linter/validate.py finds them).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterable, Mapping

from linter import usercache
from linter.alignindex import Alignment, read_index
from linter.bundle import rules_dir
from linter.errors import UsageError
from linter.files import read_bytes
from linter.schemas import schema_problems, structural_problems
from linter.sources import env_folders, outside
from linter.words import folded
from linter.yamlfile import load_yaml, position

ENTRY_KINDS = {"drugs": "drug", "conditions": "condition", "uses": "use", "terms": "term"}


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
    form: str | None = None  # the form the approval is for ("nasal spray"): a draft may name the drug by it


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
class Mechanism:
    """What a drug does to a target (a term's id, as mentions carry it: "term:<name>")."""

    drug: str
    target: str
    action: str  # block | activate
    source: int
    pack: str


@dataclass(frozen=True)
class Form:
    """A form a drug is given in, how it enters the body, and where (supervised or at home)."""

    drug: str
    form: str  # "IV infusion", "sublingual tablets"
    route: str  # nasal | intravenous | intramuscular | sublingual | oral
    setting: str | None  # supervised | home
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
    # Every word list of `near` (first, then, reader, pronouns) is a part of its own.
    parts = {"phrase": req.get("phrases", ()), **{k: v for k, v in near.items() if isinstance(v, list)}}
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
    mechanisms: tuple[Mechanism, ...] = ()
    forms: tuple[Form, ...] = ()
    alignment_file: str | None = None  # `alignment:`, the index file drafted from the source
    alignment: "Alignment | None" = None  # that index, read (HL704)


@dataclass(frozen=True)
class Language:
    cues: Mapping[str, tuple[str, ...]]
    possessive_nouns: frozenset[str]
    possessive_modifiers: frozenset[str]
    possessive_modifier_endings: tuple[str, ...]
    known_words: frozenset[str] = frozenset()
    extraction: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, eq=False)  # identity hash: one build per loaded set
class Knowledge:
    """Everything the active packs know, merged, with lookups the checks share."""

    packs: tuple[Pack, ...]
    language: Language
    entries: Mapping[str, Entry]
    # The folders the `sources` setting names: where HL704 also looks for a pack's article.
    source_folders: tuple[str, ...] = ()

    def _merged(self, section: str) -> tuple:
        return tuple(fact for pack in self.packs for fact in getattr(pack, section))

    # Every pack's facts of one kind, in pack order.
    approvals = functools.cached_property(lambda self: self._merged("approvals"))
    disclaimers = functools.cached_property(lambda self: self._merged("disclaimers"))
    time_course = functools.cached_property(lambda self: self._merged("time_course"))
    side_effects = functools.cached_property(lambda self: self._merged("side_effects"))
    studies = functools.cached_property(lambda self: self._merged("studies"))
    mechanisms = functools.cached_property(lambda self: self._merged("mechanisms"))
    forms = functools.cached_property(lambda self: self._merged("forms"))

    def pack(self, name: str) -> Pack:
        return self._by_name[name]

    @functools.cached_property
    def _by_name(self) -> dict[str, Pack]:
        return {p.name: p for p in self.packs}

    @functools.lru_cache(maxsize=32)
    def subset(self, names: tuple[str, ...]) -> "Knowledge":
        """The same language with only the named packs (cached, so pipelines are reused)."""
        if set(names) == {p.name for p in self.packs}:
            return self
        import dataclasses

        return dataclasses.replace(knowledge_of(tuple(p for p in self.packs if p.name in names), self.language),
                                   source_folders=self.source_folders)

    @functools.lru_cache(maxsize=4096)  # asked for the same few entries over and over
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


def _refuse(problems) -> None:
    if problems:
        raise UsageError(str(problems[0]))


def _validated(path: Path, schema_name: str, check) -> object:
    """A YAML file's data, refused with its first problem. A file already found valid (same
    bytes, same schema, same healthlint) is not validated again."""
    raw = read_bytes(path, kind="pack")
    memo = usercache.key(raw, (rules_dir() / schema_name).read_bytes())
    known = usercache.load("valid", memo)
    if isinstance(known, dict):
        return known  # these bytes were parsed and validated before
    data, node = load_yaml(path)
    if not isinstance(data, dict) or (schema_name == "pack.schema.json" and data.get("kind") != "pack"):
        raise UsageError(f"{path}:1:1: not a fact pack (expected `kind: pack` at the top)")
    _refuse(check(data, node, path))
    usercache.save("valid", memo, data)
    return data


def load_language(path: Path) -> Language:
    data = _validated(path, "language.schema.json",
                      lambda d, node, p: schema_problems(d, node, p, "language.schema.json"))
    return Language(
        cues=MappingProxyType({k: tuple(v) for k, v in data["cues"].items()}),
        possessive_nouns=frozenset(w.lower() for w in data.get("possessive-nouns", ())),
        possessive_modifiers=frozenset(w.lower() for w in data.get("possessive-modifiers", ())),
        possessive_modifier_endings=tuple(w.lower() for w in data.get("possessive-modifier-endings", ())),
        known_words=frozenset(w.lower() for w in data.get("known-words", ())),
        extraction=MappingProxyType({k: tuple(v) for k, v in data.get("extraction", {}).items()}),
    )


def load_pack(path: Path) -> Pack:
    data = _validated(path, "pack.schema.json", structural_problems)
    pack = pack_from_data(data, str(path))
    refuse_outside_source(pack)  # checked at every load: a memo knows the bytes, not the disk
    return with_alignment(pack)


def with_alignment(pack: Pack) -> Pack:
    """The pack with its alignment index read (`alignment:`, a file in the pack's folder, as
    `source:` is): a missing or malformed index is one error naming the file."""
    import dataclasses

    if not pack.alignment_file:
        return pack
    folder = Path(pack.path).parent
    if outside(pack.alignment_file, [folder]):  # an absolute path, "..", a link leading elsewhere
        line, column = position(load_yaml(Path(pack.path))[1], ["alignment"])
        raise UsageError(f"{pack.path}:{line}:{column}: alignment: '{pack.alignment_file}' is not a file inside "
                         "the pack's folder; name one there")
    return dataclasses.replace(pack, alignment=read_index(folder / pack.alignment_file))


def refuse_outside_source(pack: Pack, folders: Iterable[str] = ()) -> None:
    """A pack's `source:` must name a file inside the pack's folder or the source folders
    (`folders` and HEALTHLINT_SOURCES): anything else is a pack error at the `source:` line."""
    problem = outside(pack.source_file, [Path(pack.path).parent, *folders, *env_folders()])
    if problem:
        line, column = position(load_yaml(Path(pack.path))[1], ["source"])
        raise UsageError(f"{pack.path}:{line}:{column}: source: {problem}")


def pack_from_data(data: dict, path: str) -> Pack:
    """A Pack from validated pack data (a file's, or one drafted from a source article)."""
    name = data["pack"]
    entries = []
    for section, kind in ENTRY_KINDS.items():
        for item in data.get(section, ()):
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
        Approval(a["drug"], a["status"], a["for"], a["source"], name, a.get("form")) for a in data.get("approvals", ())
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
    mechanisms = tuple(Mechanism(m["drug"], f"term:{m['target'].lower()}", m["action"], m["source"], name)
                       for m in data.get("mechanisms", ()))
    forms = tuple(Form(f["drug"], f["form"], f["route"], f.get("setting"), f["source"], name)
                  for f in data.get("forms", ()))
    c = data.get("certainty")
    certainty = Certainty(c["level"], tuple(c["wording"]), tuple(c["source"]), name) if c else None
    return Pack(name, data.get("title", name), path, data["source"], tuple(entries), approvals, disclaimers,
                time_course, side_effects, studies, certainty, mechanisms, forms, data.get("alignment"))


def _period(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    first, _, last = text.split()
    return int(first), int(last)


@functools.lru_cache(maxsize=1)
def bundled_language() -> Language:
    return load_language(rules_dir() / "language.yaml")


@functools.lru_cache(maxsize=8)
def load_knowledge(extra: tuple[str, ...] = (), bundled: bool = True) -> Knowledge:
    """The bundled language cues and packs, plus any extra pack files."""
    base = rules_dir()
    paths = sorted(p for p in base.glob("*.yaml") if p.name != "language.yaml") if bundled else []
    paths += [Path(p) for p in extra]
    return knowledge_of(tuple(load_pack(p) for p in paths), bundled_language())


def knowledge_of(packs: tuple[Pack, ...], language: Language) -> Knowledge:
    """Packs merged. Two packs may share an id (two sources on one drug): the first
    pack's entry names it, every pack's spellings match it, and all their facts apply.
    A drug or condition two packs name alike is one id too (unify, below)."""
    names = [p.name for p in packs]
    for pack in packs:
        if names.count(pack.name) > 1:
            raise UsageError(f"{pack.path}: pack name '{pack.name}' is used by another active pack")
    packs = unify(packs)
    entries: dict[str, Entry] = {}
    for pack in packs:
        for entry in pack.entries:
            if entry.kind != "term":
                entries.setdefault(entry.id, entry)
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


# ------------------------------------------------------------------ packs merged into one set of entities
# A drug or condition that two packs name (by any spelling: name or alias, with case, hyphens and
# British spellings folded as the matcher folds them) is one entity, under the id of the first pack
# that names it; the later pack's entries and facts are restated with that id. Otherwise a second
# pack's entry for a condition, under another id, could win the match for the draft's mention of
# it, and a claim the first pack contradicts would be judged against the second pack alone: an
# error weakened to an "unsupported" warning.

MERGED_KINDS = ("drug", "condition")


def unify(packs: tuple[Pack, ...]) -> tuple[Pack, ...]:
    """The packs with every drug and condition an earlier pack names under the earlier id.
    An entry's own id, when an earlier pack uses it, stays (same id, same entity); else its
    name decides, then its aliases in order."""
    owner: dict[tuple[str, str], str] = {}  # (kind, folded spelling) -> id, from earlier packs
    known_ids: set[tuple[str, str]] = set()
    out = []
    for pack in packs:
        rename: dict[str, str] = {}
        for entry in pack.entries:
            if entry.kind not in MERGED_KINDS or (entry.kind, entry.id) in known_ids:
                continue
            earlier = next((owner[key] for key in ((entry.kind, folded(s)) for s in entry.spellings)
                            if key in owner), None)
            if earlier and earlier != entry.id:
                rename[entry.id] = earlier
        if rename:
            pack = _renamed(pack, lambda entry_id: rename.get(entry_id, entry_id))
        for entry in pack.entries:
            if entry.kind in MERGED_KINDS:
                known_ids.add((entry.kind, entry.id))
                for spelling in entry.spellings:
                    owner.setdefault((entry.kind, folded(spelling)), entry.id)
        out.append(pack)
    return tuple(out)


def _renamed(pack: Pack, r: Callable[[str], str]) -> Pack:
    """The pack with ids renamed wherever an entry or fact names a drug or condition."""

    def entry(e: Entry) -> Entry:
        if e.kind == "term":
            return e
        return replace(e, id=r(e.id), parent=e.parent and r(e.parent), form_of=e.form_of and r(e.form_of))

    return replace(
        pack,
        entries=tuple(map(entry, pack.entries)),
        approvals=tuple(replace(a, drug=r(a.drug), target=r(a.target)) for a in pack.approvals),
        time_course=tuple(replace(t, subject=r(t.subject), conditions=tuple(map(r, t.conditions)))
                          for t in pack.time_course),
        side_effects=tuple(replace(s, drug=r(s.drug)) for s in pack.side_effects),
        studies=tuple(replace(s, drug=r(s.drug), conditions=tuple(map(r, s.conditions))) for s in pack.studies),
        mechanisms=tuple(replace(m, drug=r(m.drug)) for m in pack.mechanisms),
        forms=tuple(replace(f, drug=r(f.drug)) for f in pack.forms),
    )
