"""What a pack says, in words: each fact stated from its own fields, for a reader who has no
copy of the source article (`--format full` shows these when the sentence is not found).

A disclaimer has a statement of its own (`says`); every other fact is stated from what the
pack holds about it, as the checks' messages state it."""

from __future__ import annotations

from typing import Iterable

from linter.packs import (Approval, Certainty, Disclaimer, Entry, Knowledge, Mechanism, SideEffect, Study,
                          TimeFact, all_entries)

STATUS = {"approved": "approved for", "not-approved": "not approved for", "off-label": "used off-label for"}

# The kinds of fact a finding of each category rests on; other categories take any.
KINDS = {"approval": (Approval,), "duration": (TimeFact,), "side-effect": (SideEffect,), "study": (Study,),
         "contradiction": (Mechanism, Approval, TimeFact), "overclaim": (Certainty,),
         "disclaimer": (Disclaimer,), "typo": (Entry, SideEffect)}


def be(name: str) -> str:
    """"is" or "are" for a drug's name, by its plural "s" (a class of drugs "are")."""
    return "are" if name.endswith("s") and not name.endswith("ss") else "is"


def approval(fact: Approval, knowledge: Knowledge) -> str:
    """As the approval check's messages say it: "<drug> is used off-label for <condition>"."""
    drug = knowledge.name(fact.drug)
    return f"{drug} {be(drug)} {STATUS[fact.status]} {knowledge.name(fact.target)}"


def statement(fact: object, knowledge: Knowledge) -> str:
    """One fact in a short sentence of the pack's words."""
    name = knowledge.name
    if isinstance(fact, Approval):
        return approval(fact, knowledge) + (f" (as a {fact.form})" if fact.form else "")
    if isinstance(fact, Disclaimer):
        return f"a draft must {fact.says}"
    if isinstance(fact, TimeFact):
        about = f"{fact.aspect} of {fact.effect or 'the effect'} with {name(fact.subject)}"
        within = f" in {', '.join(name(c) for c in fact.conditions)}" if fact.conditions else ""
        value = fact.value or ("lasting" if fact.lasting else "not long lasting")
        return f"{about}{within}: {value}"
    if isinstance(fact, SideEffect):
        group = f" (part of {fact.group})" if fact.group else ""
        return f"{fact.name} is a side effect of {name(fact.drug)}{group}"
    if isinstance(fact, Study):
        period = f", on data from {fact.data_period[0]} to {fact.data_period[1]}" if fact.data_period else ""
        return f"a {fact.year} study of {name(fact.drug)}: {fact.design or fact.strength}{period}"
    if isinstance(fact, Mechanism):
        target = next((e.name for e in all_entries(knowledge) if f"term:{e.name.lower()}" == fact.target),
                      fact.target.removeprefix("term:"))
        return f"{name(fact.drug)} {'blocks' if fact.action == 'block' else 'activates'} {target}"
    if isinstance(fact, Certainty):
        return f"the source is {fact.level}: " + ", ".join(f"'{w}'" for w in fact.wording)
    if isinstance(fact, Entry):
        return f"the source names the {fact.kind} {fact.name}"
    raise TypeError(f"not a fact: {fact!r}")


class FactBook:
    """The facts of the active packs by source article and line, stated, for the findings that
    cite that line."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self._said: dict[tuple, tuple[str, tuple[str, ...]]] = {}  # a run repeats a few lines many times
        self._by_line: dict[tuple[str, int], list[tuple[str, object]]] = {}
        for pack in knowledge.packs:
            for fact in _facts(pack):
                for line in fact.source if isinstance(fact.source, tuple) else (fact.source,):
                    if line is not None:
                        self._by_line.setdefault((pack.source_file, line), []).append((pack.name, fact))

    def stated(self, source_file: str | None, line: int | None, category: str) -> tuple[str, tuple[str, ...]]:
        """(the pack's name, its statements of the facts on that line of that article, those of
        the finding's kind first) or ("", ()) when no pack holds one."""
        key = (source_file or "", line or 0, category)
        if key not in self._said:
            facts = self._by_line.get(key[:2], [])
            chosen = [pf for kind in KINDS.get(category, ()) for pf in facts if isinstance(pf[1], kind)] or facts
            said = dict.fromkeys(statement(fact, self.knowledge) for _, fact in chosen)  # each once, in order
            self._said[key] = (chosen[0][0], tuple(said)) if chosen else ("", ())
        return self._said[key]


def _facts(pack) -> Iterable[object]:
    yield from pack.approvals
    yield from pack.time_course
    yield from pack.side_effects
    yield from pack.studies
    yield from pack.mechanisms
    yield from pack.disclaimers
    if pack.certainty:
        yield pack.certainty
    yield from (e for e in pack.entries if e.kind != "term" or e.source is not None)
