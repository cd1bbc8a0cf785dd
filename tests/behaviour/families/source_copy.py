"""Copies of the source article's fact lines, each with one fact slot changed.

Writers paraphrase their source closely; a copy edit that changes one number, year, unit,
negation, drug or verb is the error no grammar rule foresees. The source's sentences are
not ours to store: they are read at run time from ../shared/source (CI has it) and mutated
here; without that folder this family has no cases.

Every line the bundled pack cites (`source: N`) is a seed: as written it must stay silent
(the source's own four findings aside), and each mutation of one slot must draw a claim
finding on that line.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..harness import Seed

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT.parent / "shared" / "source" / "ketamine-anxiety.txt"
PACK = ROOT / "rules" / "ketamine.yaml"

# Claim findings: any of them on the changed line means the change was caught.
CLAIM_CODES = ("HL201", "HL202", "HL203", "HL301", "HL302", "HL401", "HL402", "HL501", "HL502", "HL503",
               "HL601", "HL701", "HL702")
# Lines whose copy carries the source's own findings (a misspelling, "it's", a lost list).
OWN_FINDINGS = {32, 34, 79}

YEAR = re.compile(r"\b(19|20)\d\d\b")
NUMBER = re.compile(r"(?<![\d-])\b([1-9]\d?)\b(?![\d-])")
UNITS = {"hours": "weeks", "days": "months", "weeks": "months", "year": "month"}
ANTONYMS = {"blocks": "activates", "blocking": "activating", "analysis": "randomized controlled trial"}
# The negations that carry a pack fact (an approval status, a lasting effect); "not" in a
# hedge ("may not accurately reflect") is no fact, and dropping it is no copy error to catch.
NEGATIONS = (" not yet ", " not generally ")
# A drug swapped where the line states an approval or an onset of one drug only.
DRUGS = {"esketamine": "ketamine", "SSRIs": "ketamine"}
DRUG_LINES = re.compile(r"approv|take \d")


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


def _shift_year(match: re.Match, taken: set[str]) -> str:
    year = int(match.group())
    for offset in (-2, 2, -3, 3, -4):
        if str(year + offset) not in taken:
            return str(year + offset)
    return str(year - 10)


def mutations(line: str, taken_years: set[str]):
    """(what changed, the line with that one slot changed) for each slot the line has."""
    for match in YEAR.finditer(line):
        yield f"year {match.group()}", line[:match.start()] + _shift_year(match, taken_years) + line[match.end():]
    for match in NUMBER.finditer(line):
        if YEAR.fullmatch(match.group()):
            continue
        yield f"number {match.group()}", line[:match.start()] + str(int(match.group()) + 3) + line[match.end():]
    for word, other in {**UNITS, **ANTONYMS}.items():
        for match in re.finditer(rf"\b{word}\b", line):
            yield f"{word} -> {other}", line[:match.start()] + other + line[match.end():]
    for negation in NEGATIONS:
        at = line.find(negation)
        if at >= 0:
            yield f"without '{negation.strip()}'", line[:at] + " " + line[at + len(negation):]
            break
    for drug, other in DRUGS.items():
        if DRUG_LINES.search(line) and re.search(rf"\b{drug}\b", line) and not re.search(rf"\b{other}\b", line, re.I):
            yield f"{drug} -> {other}", re.sub(rf"\b{drug}\b", other, line)


def seeds():
    if not SOURCE.is_file():
        return
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    taken_years = {m.group() for line in lines for m in YEAR.finditer(line)}
    for number in sorted(cited_lines()):
        if not 0 < number <= len(lines):
            continue
        line = lines[number - 1].strip().lstrip("• ").strip()
        if not line:
            continue
        if number not in OWN_FINDINGS and not line.endswith(":"):  # a lead whose list is not copied
            yield Seed(line, (), capability="as written", test="MFT", edits=False)
        for what, changed in mutations(line, taken_years):
            yield Seed(changed, CLAIM_CODES, capability=what.split()[0], test="DIR", edits=False)
