"""Packs merged into one set of entities.

A drug or condition that two packs name (by any spelling: name or alias, with case, hyphens and
British spellings folded as the matcher folds them) is one entity, under the id of the first pack
that names it; the later pack's entries and facts are restated with that id. Otherwise a second
pack's entry for a condition, under another id, could win the match for the draft's mention of
it, and a claim the first pack contradicts would be judged against the second pack alone: an
error weakened to an "unsupported" warning.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from linter.packs import Entry, Pack

MERGED_KINDS = ("drug", "condition")
_WORDS = re.compile(r"\w+")


def folded(spelling: str) -> str:
    """The form two spellings share when the matcher treats them as one name."""
    from linter.nlp import norm  # lazy: linter.nlp imports linter.packs

    return " ".join(norm(word) for word in _WORDS.findall(spelling))


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
