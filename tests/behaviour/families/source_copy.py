"""Copies of the source article's lines, each with one fact slot changed.

Writers paraphrase their source closely; a copy edit that changes one number, year, unit,
negation, drug, condition, list item, design or mechanism verb is the error no grammar rule
foresees. The source's sentences are not ours to store: they are read at run time from
../shared/source (CI has it) and mutated here; without that folder this family has no cases.

Every line that carries a fact slot (the lines of the bundled alignment index, and every line
the pack cites) is a seed: as written it must stay silent, and a mutation of each slot kind the
line carries must draw a claim finding on that line. Each copy, as written and mutated, also
goes through meaning-keeping edits (an adverb, a fronted phrase, markup): the verdict stays.
A list item is copied under its lead line, as a list.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from ..harness import Seed

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT.parent / "shared" / "source" / "ketamine-anxiety.txt"
PACK = ROOT / "rules" / "ketamine.yaml"
INDEX = ROOT / "rules" / "ketamine-anxiety.index.json"

# Claim findings: any of them on the changed line means the change was caught.
CLAIM_CODES = ("HL201", "HL202", "HL203", "HL301", "HL302", "HL401", "HL402", "HL501", "HL502", "HL503",
               "HL601", "HL701", "HL702", "HL703", "HL704")
# The source's own slips, mended in the copy: a copy is about its facts, not the article's typos.
MENDS = {"Esktamine": "Esketamine", "it\u2019s FDA": "its FDA"}
BULLET = "\u2022"

YEAR = re.compile(r"\b(19|20)\d\d\b")
NUMBER = re.compile(r"(?<![\d-])\b([1-9]\d?)\b(?![\d-])")
RANGE_LOW = re.compile(r"\s*(?:to|-|–)\s*\d")
NUMBER_WORDS = {"one": "four", "two": "five", "three": "six"}
UNITS = {"hours": "weeks", "days": "months", "weeks": "months", "year": "month"}
MECHANISMS = {"blocks": "activates", "blocking": "activating"}
# A stronger design than the line gives.
DESIGNS = {"analysis": "randomized controlled trial", "trials": "RCTs", "studies": "RCTs",
           "study": "randomized controlled trial"}
# Negations that carry a fact (an approval status, a lasting effect); "not" in a hedge ("may not
# accurately reflect") is no fact.
NEGATIONS = (" not ",)
AUXILIARIES = re.compile(r"\b(is|are|can|may)\b")
# A drug named in the line, swapped for another the pack knows.
DRUGS = {"esketamine": "ketamine", "ketamine": "esketamine",
         "selective serotonin reuptake inhibitors (SSRIs)": "benzodiazepines", "SSRIs": "benzodiazepines"}
# A condition or use named in the line (longest first), swapped for one the source does not tie
# to the drug; a parenthesised acronym after it goes too, or the copy still names the original.
CONDITIONS = ("generalized anxiety disorder", "social anxiety disorder", "treatment-resistant depression",
              "obsessive-compulsive disorder", "psychiatric disorder", "anxiety disorders", "social phobia",
              "agoraphobia", "phobias", "anxiety", "depression", "anesthetic", "OCD", "GAD", "TRD")
OTHER_CONDITIONS = ("insomnia", "migraine", "epilepsy")
UNLISTED_EFFECT = "hair loss"


def cited_lines() -> set[int]:
    cited: set[int] = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "source" and isinstance(value, int):
                    cited.add(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(yaml.safe_load(PACK.read_text(encoding="utf-8")))
    return cited


def slot_kinds() -> dict[int, set[str]]:
    """The slot kinds on each line, from the bundled alignment index (which holds no text), and
    the list items the pack cites as side effects."""
    pack = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    kinds: dict[int, set[str]] = {effect["source"]: {"side-effect"}
                                  for group in pack["side_effects"] for effect in group["effects"]}
    for row in json.loads(INDEX.read_text(encoding="utf-8"))["sentences"]:
        kinds.setdefault(row["line"], set()).update(row["slots"])
        if row["slots"].get("negation") == [True]:
            kinds[row["line"]].add("negated")
    return kinds


def _shift_year(match: re.Match, taken: set[str]) -> str:
    year = int(match.group())
    for offset in (-2, 2, -3, 3, -4):
        if str(year + offset) not in taken:
            return str(year + offset)
    return str(year - 10)


def _other_number(line: str, match: re.Match) -> str:
    """A figure the copy changes: three more, or, for the low end of a range ("2 to 6"), one less
    (three more would narrow the range, which the source's range still holds)."""
    n = int(match.group())
    if RANGE_LOW.match(line, match.end()) and n > 1:
        return str(n - 1)
    return str(n + 3)


def _longest_sentence(line: str) -> tuple[int, int]:
    """Where the line's longest sentence lies: a name changed there is in a sentence that a
    copy follows closely, not in a four-word aside."""
    bounds, start = [], 0
    for match in re.finditer(r"[.!?](?:\s+|$)", line):
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(line):
        bounds.append((start, len(line)))
    return max(bounds, key=lambda b: len(line[b[0]:b[1]].split()))


def _swap(line: str, word: str, other: str, *, acronym: bool = False) -> str | None:
    """The line with the first `word` of its longest sentence (any case) changed to `other`."""
    start, end = _longest_sentence(line)
    pattern = rf"\b{re.escape(word)}\b" + (r"(?: \([A-Z]+\))?" if acronym else "")
    match = re.search(pattern, line[start:end], re.I)
    if match is None:
        return None
    written = match.group()
    if written[:1].isupper() and other[:1].islower():
        other = other[:1].upper() + other[1:]
    return line[:start + match.start()] + other + line[start + match.end():]


def mutations(line: str, kinds: set[str], taken_years: set[str]):
    """(what changed, the line with that one slot changed) for each slot kind the line carries."""
    if "year" in kinds:
        for match in YEAR.finditer(line):
            yield f"year {match.group()}", line[:match.start()] + _shift_year(match, taken_years) + line[match.end():]
    if kinds & {"number", "time"}:
        for match in NUMBER.finditer(line):
            if not YEAR.fullmatch(match.group()):
                yield f"number {match.group()}", line[:match.start()] + _other_number(line, match) + line[match.end():]
        for word, other in NUMBER_WORDS.items():
            changed = _swap(line, word, other)
            if changed:
                yield f"number {word}", changed
    if "time" in kinds:
        for word, other in UNITS.items():
            for match in re.finditer(rf"\b{word}\b", line):
                yield f"unit {word} -> {other}", line[:match.start()] + other + line[match.end():]
    if "mechanism" in kinds:
        for word, other in MECHANISMS.items():
            for match in re.finditer(rf"\b{word}\b", line):
                yield f"mechanism {word} -> {other}", line[:match.start()] + other + line[match.end():]
    if "design" in kinds:
        for word, other in DESIGNS.items():
            changed = _swap(line, word, other)
            if changed:
                yield f"design {word} -> {other}", changed
                break
    if "negated" in kinds:
        for negation in NEGATIONS:
            at = line.find(negation)
            if at >= 0:
                yield f"negation without '{negation.strip()}'", line[:at] + " " + line[at + len(negation):]
                break
    if "drug" in kinds:
        for drug, other in DRUGS.items():
            changed = _swap(line, drug, other)
            if changed and not re.search(rf"\b{re.escape(other)}\b", line, re.I):
                yield f"drug {drug} -> {other}", changed
                break
    if "condition" in kinds:
        for number, condition in enumerate(CONDITIONS):
            other = OTHER_CONDITIONS[number % len(OTHER_CONDITIONS)]
            changed = _swap(line, condition, other, acronym=True)
            if changed:
                yield f"condition {condition} -> {other}", changed
                break


# ------------------------------------------------------------------ meaning-keeping edits

def _lower_first(text: str) -> str:
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def edits(line: str):
    """(capability, the line with an edit that keeps its meaning)."""
    yield "fronted", "In short, " + _lower_first(line)
    match = AUXILIARIES.search(line)
    if match:
        yield "adverb", line[:match.end()] + " indeed" + line[match.end():]
    yield "markup", f"**{line}**"


def _seeds_of(line: str, number: int, kinds: set[str], taken: set[str], lead: str = ""):
    as_list = bool(lead)
    shown = (lambda text: f"- {text}") if as_list else (lambda text: text)
    if line.endswith(":"):
        return  # a list's lead: copied with each of its items, never alone (its list would be lost)
    yield Seed(shown(line), (), capability="as written", test="MFT", edits=False, context=lead)
    if not as_list:
        for capability, edited in edits(line):
            yield Seed(edited, (), capability=capability, test="INV", edits=False)
    if as_list and "side-effect" in kinds:
        yield Seed(shown(UNLISTED_EFFECT), CLAIM_CODES, capability="side-effect", test="DIR", edits=False,
                   context=lead)
        return
    for what, changed in mutations(line, kinds, taken):
        kind = what.split()[0]
        yield Seed(shown(changed), CLAIM_CODES, capability=kind, test="DIR", edits=False, context=lead)
        if not as_list:
            for capability, edited in edits(changed):
                yield Seed(edited, CLAIM_CODES, capability=f"{kind} {capability}", test="DIR", edits=False)


def seeds():
    if not SOURCE.is_file():
        return
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    for slip, mended in MENDS.items():
        lines = [line.replace(slip, mended) for line in lines]
    taken_years = {m.group() for line in lines for m in YEAR.finditer(line)}
    kinds = slot_kinds()
    lead = ""
    for number in sorted(set(kinds) | cited_lines()):
        if not 0 < number <= len(lines):
            continue
        raw = lines[number - 1].strip()
        if not raw:
            continue
        if raw.startswith(BULLET):
            # A list item under its lead (the nearest line above that is no item).
            above = next(lines[n].strip() for n in range(number - 2, -1, -1)
                         if lines[n].strip() and not lines[n].strip().startswith(BULLET))
            lead = above
            yield from _seeds_of(raw.lstrip(BULLET + " ").strip(), number, kinds.get(number, set()), taken_years,
                                 lead)
        else:
            yield from _seeds_of(raw, number, kinds.get(number, set()), taken_years)
