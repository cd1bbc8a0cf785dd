"""Copies of the source article's sentences, each with one fact slot changed.

Writers paraphrase their source closely; a copy edit that changes one number, year, unit,
negation, drug, condition, list item, design or mechanism verb is the error no grammar rule
foresees. The source's sentences are not ours to store: they are read at run time from
../shared/source (CI has it) and mutated here; without that folder this family has no cases.

Every sentence of every line that carries a fact slot (the lines of the bundled alignment index,
and every line the pack cites) is a seed, exhaustively: each occurrence of each slot it holds is
changed on its own (a number also written as a word, a unit moved to its neighbour), and each
change must draw a claim finding on its line (MFT). The copy goes through the edits writers make
besides (a word dropped or added, the drug named by "it" or "the drug", a fronted clause moved to
the end, a contraction, British spelling, bold, split in two, joined with the sentence before, a
list item): with the slot changed it must still be caught (INV); with the slot unchanged, as
written, with its figure as a word, or through any of those edits, it must stay silent (DIR: the
change undone). A list is copied under its lead, whole, with one item swapped for an effect the
source does not list, as a list and as a sentence.
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
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# A count word and the one a copy puts in its place; "one" only where it counts a thing ("One
# type"), not "one's home" or "one of".
NUMBER_WORDS = {"one": "four", "two": "five", "three": "six"}
COUNT_WORD = r"\b{}\b(?![\u2019']s| of)"
# A unit moved to its neighbour (the figure kept).
UNITS = {"hours": "days", "days": "weeks", "weeks": "months", "months": "years", "year": "month"}
MECHANISMS = {"blocks": "activates", "blocking": "activating"}
# A stronger design than the sentence gives.
DESIGNS = {"analysis": "randomized controlled trial", "trials": "RCTs", "studies": "RCTs",
           "study": "randomized controlled trial"}
# A negation that carries a fact (an approval status, how long an effect lasts); "not" in a hedge
# ("may not accurately reflect") is no fact.
NEGATION = re.compile(r"\b(?:is|are|has) not (?=(?:yet |generally )?(?:an? )?(?:\w+ )?(?:FDA|approved|long))")
# Drugs named in a sentence, swapped for another the pack knows (longest first).
DRUGS = {"selective serotonin reuptake inhibitors (SSRIs)": "benzodiazepines", "esketamine": "ketamine",
         "ketamine": "esketamine", "SSRIs": "benzodiazepines"}
# Conditions and uses named in a sentence (longest first), swapped for one the source does not tie
# to the drug; a parenthesised acronym after one goes too, or the copy still names the original.
CONDITIONS = ("generalized anxiety disorder", "social anxiety disorder", "treatment-resistant depression",
              "obsessive-compulsive disorder", "psychiatric disorder", "anxiety disorders", "social phobia",
              "agoraphobia", "phobias", "anxiety", "depression", "anesthetic", "sedative", "OCD", "GAD", "TRD")
OTHER_CONDITIONS = ("insomnia", "migraine", "epilepsy")
UNLISTED_EFFECTS = ("hair loss", "nausea", "weight gain", "tremor")


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
        if True in row["slots"].get("negation", ()):
            kinds[row["line"]].add("negated")
    return kinds


def sentences_of(line: str) -> list[str]:
    """The line's sentences (a full stop, a closing quote after it or not, then a capital)."""
    return [s for s in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\u201d\"]))\s+(?=[A-Z\u201c])", line) if s]


def _shift_year(year: str, taken: set[str]) -> str:
    for offset in (-2, 2, -3, 3, -4):
        if str(int(year) + offset) not in taken:
            return str(int(year) + offset)
    return str(int(year) - 10)


def _other_number(text: str, match: re.Match) -> int:
    """A figure the copy changes: three more, or, for the low end of a range ("2 to 6"), one less
    (three more would narrow the range, which the source's range still holds)."""
    n = int(match.group())
    return n - 1 if RANGE_LOW.match(text, match.end()) and n > 1 else n + 3


def _put(text: str, start: int, end: int, other: str) -> str:
    if text[start:start + 1].isupper() and other[:1].islower():
        other = other[:1].upper() + other[1:]
    return text[:start] + other + text[end:]


def _every(text: str, pattern: str, flags=re.I):
    return list(re.finditer(pattern, text, flags))


def mutations(text: str, kinds: set[str], taken_years: set[str]):
    """(what changed, the sentence with that one slot changed), for every occurrence of every slot
    kind the sentence holds."""
    for match in YEAR.finditer(text):
        yield f"year {match.group()}", _put(text, match.start(), match.end(), _shift_year(match.group(), taken_years))
    for match in NUMBER.finditer(text):
        if not YEAR.fullmatch(match.group()):
            other = _other_number(text, match)
            yield f"number {match.group()}", _put(text, match.start(), match.end(), str(other))
            if other < len(WORDS):  # the changed figure written as a word
                yield f"number {match.group()} as a word", _put(text, match.start(), match.end(), WORDS[other])
    for word, other in NUMBER_WORDS.items():
        for match in _every(text, COUNT_WORD.format(word)):
            yield f"number {word}", _put(text, match.start(), match.end(), other)
    for word, other in UNITS.items():
        for match in _every(text, rf"\b{word}\b"):
            yield f"unit {word} -> {other}", _put(text, match.start(), match.end(), other)
    for word, other in MECHANISMS.items():
        for match in _every(text, rf"\b{word}\b"):
            yield f"mechanism {word} -> {other}", _put(text, match.start(), match.end(), other)
    for word, other in DESIGNS.items():
        for match in _every(text, rf"\b{word}\b"):
            yield f"design {word} -> {other}", _put(text, match.start(), match.end(), other)
    if "negated" in kinds:
        for match in NEGATION.finditer(text):
            yield "negation dropped", text[:match.end() - len("not ")] + text[match.end():]
    yield from _names(text, "drug", DRUGS.items())
    yield from _names(text, "condition",
                      ((c, OTHER_CONDITIONS[n % len(OTHER_CONDITIONS)]) for n, c in enumerate(CONDITIONS)),
                      acronym=True)


def _names(text: str, kind: str, pairs, acronym: bool = False):
    """Each name in the sentence changed on its own (a longer name first: "social anxiety
    disorder" is not "anxiety"), where the other name is not already there."""
    covered: list[tuple[int, int]] = []
    for name, other in pairs:
        if re.search(rf"\b{re.escape(other)}\b", text, re.I):
            continue
        pattern = rf"\b{re.escape(name)}\b" + (r"(?: \([A-Z]+\))?" if acronym else "")
        for match in _every(text, pattern):
            if any(s <= match.start() < e for s, e in covered):
                continue
            covered.append((match.start(), match.end()))
            yield f"{kind} {name} -> {other}", _put(text, match.start(), match.end(), other)


def unchanged(text: str):
    """The sentence as the source gives it, and with each figure written as a word."""
    yield "as written", text
    for match in NUMBER.finditer(text):
        n = int(match.group())
        if not YEAR.fullmatch(match.group()) and n < len(WORDS):
            yield "number as a word", _put(text, match.start(), match.end(), WORDS[n])


# ------------------------------------------------------------------ edits writers make besides

def _lower_first(text: str) -> str:
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


DROPPABLE = ("also", "currently", "still", "usually", "significantly", "rapidly", "normally", "generally",
             "certain", "recent", "scientific", "exactly", "directly", "yet")
AUXILIARY = re.compile(r"\b(is|are|can|may|has|have)\b")
FRONTED = re.compile(r"^((?:In|However|Although|Compared|Nonetheless|According)\b[^,]{0,60}), (.+?)([.!?])$")
CONTRACTIONS = {"is not": "isn't", "are not": "aren't", "has not": "hasn't", "It is": "It's", "do not": "don't"}
BRITISH = {"analyzed": "analysed", "anesthetic": "anaesthetic", "generalized": "generalised",
           "randomized": "randomised", "behavior": "behaviour", "hospitalized": "hospitalised"}
SPLITS = ((", which ", ". This "), (", and ", ". "), ("; ", ". "), (", as well as ", ". It can also "))
PRONOUN_LEAD = "This page is about ketamine."


def edits(text: str, before: str, keep: str = ""):
    """(capability, context, the sentence with an edit that keeps its meaning): `before` is the
    sentence before it in the source (or ""), `keep` the changed words, which every edit keeps."""
    for capability, context, edited in _edits(text, before):
        if keep in edited and edited != text:
            yield capability, context, edited


def _edits(text: str, before: str):
    for word in DROPPABLE:
        match = re.search(rf"\b{word} ", text, re.I)
        if match:
            dropped = text[:match.start()] + text[match.end():]
            yield "word dropped", "", dropped[:1].upper() + dropped[1:]
            break
    match = AUXILIARY.search(text)
    if match:
        yield "word added", "", text[:match.end()] + " indeed" + text[match.end():]
    yield "fronted", "", "In short, " + _lower_first(text)
    if text.startswith("Ketamine "):
        for pronoun in ("It", "The drug"):
            yield "pronoun", PRONOUN_LEAD, pronoun + text[len("Ketamine"):]
    match = FRONTED.match(text)
    if match:
        head, rest, stop = match.groups()
        head = head if head.split()[0] in ("In", "According", "Compared") else head.lower()
        yield "clause order", "", rest[:1].upper() + rest[1:] + (", " if head[0].islower() else " ") + \
            _lower_first(head) + stop
    for long, short in CONTRACTIONS.items():
        if long in text:
            yield "contraction", "", text.replace(long, short, 1)
            break
    british = text
    for american, spelling in BRITISH.items():
        british = re.sub(rf"\b{american}\b", spelling, british)
    yield "british", "", british
    yield "bold", "", f"**{text}**"
    for joint, stop in SPLITS:
        at = text.find(joint)
        if at > 0:
            rest = text[at + len(joint):]
            yield "split", "", text[:at] + stop + (rest[:1].upper() + rest[1:] if stop == ". " else rest)
            break
    if before and not before.endswith(":"):
        yield "joined", "", before.rstrip(".") + ", and " + _lower_first(text)
    yield "list item", "", f"- {text}"


# ------------------------------------------------------------------ seeds

def _seeds_of(text: str, before: str, kinds: set[str], taken: set[str]):
    for capability, written in unchanged(text):
        yield Seed(written, (), capability=capability, test="DIR", edits=False)
    for capability, context, edited in edits(text, before):
        yield Seed(edited, (), capability=f"unchanged {capability}", test="DIR", edits=False, context=context)
    for what, changed in mutations(text, kinds, taken):
        kind = what.split()[0]
        yield Seed(changed, CLAIM_CODES, capability=kind, test="MFT", edits=False)
        for capability, context, edited in edits(changed, before, _changed_words(text, changed)):
            yield Seed(edited, CLAIM_CODES, capability=f"{kind} {capability}", test="INV", edits=False,
                       context=context)


def _changed_words(old: str, new: str) -> str:
    """The words of `new` that differ from `old` (the common start and end cut off)."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    while start > 0 and new[start - 1].isalnum():
        start -= 1
    return new[start:len(new) - end].strip()


def _list_seeds(lead: str, items: list[tuple[int, str]], kinds: dict[int, set[str]], taken: set[str]):
    """A source list under its lead: whole and unchanged (silent), as a list and as a sentence;
    each item with one slot changed, and each side effect swapped for one the source does not list
    (caught on the item's line, or on the sentence)."""
    texts = [text for _, text in items]
    first = 3 + lead.count("\n") + 2  # the draft's line of the first item (harness.draft)

    def listed(values):
        return "\n".join(f"- {value}" for value in values)

    def sentence(values):
        return lead.rstrip(":") + " " + ", ".join(values[:-1]) + " and " + values[-1] + "."

    yield Seed(listed(texts), (), capability="list as written", test="DIR", edits=False, context=lead)
    yield Seed(sentence(texts), (), capability="list as a sentence", test="DIR", edits=False)
    for number, (line, text) in enumerate(items):
        if "side-effect" in kinds.get(line, ()):
            swapped = texts[:number] + [UNLISTED_EFFECTS[number % len(UNLISTED_EFFECTS)]] + texts[number + 1:]
            yield Seed(listed(swapped), CLAIM_CODES, capability="side-effect list item", test="MFT", edits=False,
                       context=lead, line=first + number)
            yield Seed(sentence(swapped), CLAIM_CODES, capability="side-effect list as a sentence", test="INV",
                       edits=False)
        for what, changed in mutations(text, kinds.get(line, set()), taken):
            yield Seed(listed(texts[:number] + [changed] + texts[number + 1:]), CLAIM_CODES,
                       capability=f"{what.split()[0]} list item", test="MFT", edits=False, context=lead,
                       line=first + number)


def seeds():
    if not SOURCE.is_file():
        return
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    for slip, mended in MENDS.items():
        lines = [line.replace(slip, mended) for line in lines]
    taken_years = {m.group() for line in lines for m in YEAR.finditer(line)}
    kinds = slot_kinds()
    for number in sorted(set(kinds) | cited_lines()):
        if not 0 < number <= len(lines):
            continue
        raw = lines[number - 1].strip()
        if not raw or raw.startswith(BULLET):
            continue  # an item: copied with its list, under its lead
        sentences = sentences_of(raw)
        if raw.endswith(":"):  # a lead: copied with its list (without it, the list is lost, not copied)
            items = _items_below(lines, number)
            if items:
                yield from _list_seeds(raw, items, kinds, taken_years)
            sentences = sentences[:-1]
        before = ""
        for sentence in sentences:
            if len(sentence.split()) >= 4:
                yield from _seeds_of(sentence, before, kinds.get(number, set()), taken_years)
            before = sentence


def _items_below(lines: list[str], number: int) -> list[tuple[int, str]]:
    """The (line, text) of each bullet item of the list right below line `number`."""
    items, n = [], number
    while n < len(lines) and (not lines[n].strip() or lines[n].strip().startswith(BULLET)):
        if lines[n].strip():
            items.append((n + 1, lines[n].strip().lstrip(BULLET + " ").strip()))
        elif items:
            break
        n += 1
    return items
