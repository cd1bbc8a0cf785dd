"""Draft a fact pack from a source article (`healthlint pack extract`).

Two passes. First the vocabulary: drug names by their endings, acronyms with
their long forms, condition phrases by their last word, "a form of X called
Y", "X is now known as Y", "any X, including Y". Then the same annotate and
extract stages the linter runs, over the source itself, with that vocabulary:
each claim the source makes becomes a fact with the line it came from.
A reviewer curates the result; nothing here is specific to one drug.
"""

from __future__ import annotations

import re
from pathlib import Path

from linter.checks import EXTRACTORS, TRIGGERS
from linter.checks.typo import english, near_miss
from linter.claims import APPROVAL_KINDS, TIME_KINDS, extract
from linter.claims.side_effects import list_items
from linter.document import Document
from linter.document.read import read_document
from linter.drugnames import find_drugs
from linter.errors import UsageError
from linter.nlp.annotate import Pipeline
from linter.packs import Knowledge, Language, bundled_language, knowledge_of, pack_from_data
from linter.quantities import find as find_spans
from linter.validate import structural_problems

_STOP = {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "with", "by", "any", "some", "all",
         "certain", "other", "several", "such", "as", "is", "are", "be", "that", "this", "these", "its",
         "their", "from", "treat", "treating", "treatment", "reduce", "effects", "symptoms", "people",
         "learn", "more", "about", "read", "see", "visit", "what", "how", "why", "approved", "effective"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_RUN = re.compile(r"[\w -]*")  # words, spaces and hyphens


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


class _Vocabulary:
    """Entries found so far, keyed by id, with every spelling pointing at its id."""

    def __init__(self):
        self.entries: dict[str, dict] = {}
        self.kind: dict[str, str] = {}
        self.classes: set[str] = set()  # condition ids that name a class of conditions
        self.by_spelling: dict[str, str] = {}

    def find(self, spelling: str) -> str | None:
        return self.by_spelling.get(spelling.lower())

    def add(self, kind: str, name: str, line: int, aliases=()) -> str:
        known = self.find(name) or next((self.find(a) for a in aliases if self.find(a)), None)
        if known:
            for a in (name, *aliases):
                self.alias(known, a)
            return known
        base = entry_id = slug(name)
        n = 2
        while entry_id in self.entries:
            entry_id, n = f"{base}-{n}", n + 1
        self.entries[entry_id] = {"id": entry_id, "name": name, "aliases": [], "source": line}
        self.kind[entry_id] = kind
        for spelling in (name, *aliases):
            self.alias(entry_id, spelling)
        return entry_id

    def alias(self, entry_id: str, spelling: str) -> None:
        key = spelling.lower()
        if key in self.by_spelling:
            return
        self.by_spelling[key] = entry_id
        entry = self.entries[entry_id]
        if spelling.lower() != entry["name"].lower():
            entry["aliases"].append(spelling)

    def section(self, kind: str) -> list[dict]:
        out = []
        for entry_id, entry in self.entries.items():
            if self.kind[entry_id] == kind:
                clean = {k: v for k, v in entry.items() if v not in ([], None)}
                if kind == "term":
                    clean.pop("id", None)
                    clean.pop("parent", None)
                    clean.pop("form_of", None)
                out.append(clean)
        return out


def extract_pack(path: Path, language: Language, name: str | None = None, drugs: tuple[str, ...] = ()) -> dict:
    """A pack (as data) drafted from the source article at `path`; `drugs`: names the reviewer
    gives, kept whatever the article's usage suggests."""
    document = read_document(path, kind="source")
    vocab = _vocabulary(document, language, tuple(d.strip() for d in drugs if d.strip()))
    data = {
        "kind": "pack",
        "pack": slug(name or path.stem),
        "title": f"Drafted from {path.name}",
        "source": path.name,
        "drugs": vocab.section("drug"),
        "conditions": vocab.section("condition"),
        "uses": vocab.section("use"),
        "terms": vocab.section("term"),
    }
    knowledge = knowledge_of((pack_from_data(data, str(path)),), language)
    ann = Pipeline(knowledge).annotate(document, TRIGGERS)  # both passes, as a draft's
    claims = extract(ann, EXTRACTORS)
    data.update(_facts(document, ann, claims, language))
    return {k: v for k, v in data.items() if v not in ([], None)}


def article_knowledge(source: str) -> Knowledge:
    """The facts drafted from a source article, as the one pack a draft is checked against
    (`check --source ARTICLE`): no curated pack."""
    language = bundled_language()
    data = extract_pack(Path(source), language)
    problems = structural_problems(data, None, source)
    if problems:
        raise UsageError(f"{source}: the facts drafted from it do not form a valid pack: {problems[0].message}")
    return knowledge_of((pack_from_data(data, source),), language)


# ------------------------------------------------------------------ vocabulary


def _line(document: Document, start: int) -> int:
    return document.position(start, start + 1)[0]


MISSPELLING_TARGETS = 50  # a misspelling is near one of the most used names: bounded, not every pair


def _first_use(prose: str, name: str, document: Document) -> int:
    """Where a drug named with --drug is first written as a whole word (any case); an error
    naming it when the article never writes it (a typo would make a name that matches nothing)."""
    lowered, wanted = prose.lower(), name.lower()
    at = lowered.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        if (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
            return at
        at = lowered.find(wanted, at + 1)
    raise UsageError(f"{document.path}: --drug '{name}' is not named in the article")


def _vocabulary(document: Document, language: Language, named_drugs: tuple[str, ...] = ()) -> _Vocabulary:
    ex = language.extraction
    vocab = _Vocabulary()
    _drugs(vocab, document, ex, named_drugs)
    _acronyms(vocab, document, ex)
    _conditions(vocab, document, ex)
    for use in ex.get("use-words", ()):
        m = re.search(rf"(?<!\w){re.escape(use)}(?!\w)", document.prose, re.I)
        if m:
            vocab.add("use", use, _line(document, m.start()))
    _relations(vocab, document.prose)
    for entry_id in list(vocab.entries):
        longer = vocab.find(vocab.entries[entry_id]["name"] + " disorder")
        if longer and longer != entry_id and vocab.kind[entry_id] == "condition":
            _merge(vocab, keep=longer, drop=entry_id)  # "<x>" is "<x> disorder"
    return vocab


def _drugs(vocab: _Vocabulary, document: Document, ex, named_drugs: tuple[str, ...]) -> None:
    """Drugs the reviewer named, then those found from the article's usage (linter/drugnames.py),
    the rarer near-spellings of a more used name kept as its misspellings."""
    for name in named_drugs:
        vocab.add("drug", name, _line(document, _first_use(document.prose, name, document)))
    found = find_drugs(list(_blocks(document)), ex, english())
    counts = {d.name.lower(): d.count for d in found}
    common = [d.name.lower() for d in found[:MISSPELLING_TARGETS]]  # found is most used first
    misspelt: dict[str, str] = {}
    for drug in found:
        w = drug.name.lower()
        near = next((d for d in common if d != w and counts[d] > counts[w] and near_miss(w, d)
                     and d not in misspelt), None)
        if near and not drug.aliases:
            misspelt[w] = near
            continue
        vocab.add("drug", drug.name, _line(document, drug.start), aliases=drug.aliases)
    for wrong, right in misspelt.items():
        entry = vocab.entries[vocab.find(right)]
        if wrong not in entry.get("misspellings", []):
            entry.setdefault("misspellings", []).append(wrong)


def _acronyms(vocab: _Vocabulary, document: Document, ex) -> None:
    """Acronyms defined in parentheses."""
    prose = document.prose
    for m in re.finditer(r"\(([A-Z][A-Za-z]{0,5}?[A-Z])(s?)\)", prose):
        long_form = _long_form(prose[max(0, m.start() - 160):m.start()], m.group(1))
        if not long_form:
            continue
        acronym = m.group(1) + m.group(2)
        _classify(vocab, long_form, acronym, _line(document, m.start()), ex)


def _conditions(vocab: _Vocabulary, document: Document, ex) -> None:
    """Condition phrases by their last word; single words that are conditions."""
    heads = set(ex.get("condition-heads", ()))
    strong = set(ex.get("strong-condition-heads", ()))
    suffixes = tuple(ex.get("condition-suffixes", ()))
    class_words = set(ex.get("class-words", ()))
    lowered = document.prose.lower()
    for block_start, text in _blocks(document):
        tokens = list(_WORD.finditer(text))
        for i, tok in enumerate(tokens):
            word = tok.group(0).lower()
            if word.endswith(suffixes) and not any(word == s for s in suffixes) and word not in heads:
                vocab.add("condition", word, _line(document, block_start + tok.start()))
                continue
            if word not in heads:
                continue
            mods = _modifiers(text, tokens, i)
            phrase = " ".join(t.group(0).lower() for t in mods + [tok])
            if mods and word not in strong and lowered.count(phrase) < 2 and not all(
                    t.group(0).lower() in class_words or t.group(0).lower() == "health" for t in mods):
                mods, phrase = [], word  # "effective <condition>": an adjective, not a name
            line = _line(document, block_start + (mods[0].start() if mods else tok.start()))
            _condition(vocab, phrase, [t.group(0).lower() for t in mods], word, line, ex)


def _modifiers(text: str, tokens: list[re.Match], i: int) -> list[re.Match]:
    """The (at most two) words before the head tokens[i] that may name a condition with it."""
    mods: list[re.Match] = []
    for prev in reversed(tokens[max(0, i - 2):i]):
        p = prev.group(0)
        gap = text[prev.end():(mods[0] if mods else tokens[i]).start()]
        if (p.lower() in _STOP or gap.strip(" -") or (p.isupper() and len(p) > 1)
                or p.lower().endswith("ing")):
            break
        mods.insert(0, prev)
    return mods


def _long_form(before: str, acronym: str) -> str | None:
    """The words before "(ABBR)" whose initials spell the acronym."""
    letters = [c.lower() for c in acronym if c.isupper()]
    pieces = list(re.finditer(r"[A-Za-z]+", before))
    picked: list[re.Match] = []
    want = list(letters)
    for piece in reversed(pieces):
        if not want:
            break
        word = piece.group(0)
        if word.lower() in ("and", "of", "the", "for") and picked:
            continue
        if word[0].lower() == want[-1]:
            picked.insert(0, piece)
            want.pop()
        else:
            break
    if not want and picked:
        start = picked[0].start()
        return before[start:].strip(" ,").rstrip()
    last = pieces[-1].group(0).lower() if pieces else ""
    if _spells(last, letters):
        return pieces[-1].group(0)  # one word that holds the letters in order
    return None


def _spells(word: str, letters: list[str]) -> bool:
    """Whether word starts with the first letter, ends with the last, and has the others in
    order between. (A regular expression built from the letters, `k.*t.*m`, backtracked for
    minutes on a long word.)"""
    if len(word) < len(letters) or word[0] != letters[0] or word[-1] != letters[-1]:
        return False
    rest = iter(word[1:-1])
    return all(letter in rest for letter in letters[1:-1])


def _classify(vocab: _Vocabulary, long_form: str, acronym: str, line: int, ex) -> None:
    words = long_form.lower().split()
    drug = next((vocab.find(w) for w in re.findall(r"[a-z]+", long_form.lower())
                 if vocab.find(w) and vocab.kind[vocab.find(w)] == "drug"), None)
    if drug:
        vocab.alias(drug, long_form)
        vocab.alias(drug, acronym)
    elif words[-1] in ex.get("drug-class-heads", ()):
        vocab.add("drug", acronym, line, aliases=(long_form,))
    elif words[-1] in ex.get("condition-heads", ()) or words[-1].endswith(tuple(ex.get("condition-suffixes", ()))):
        vocab.add("condition", long_form.lower(), line, aliases=(acronym,))
    else:
        vocab.add("term", long_form, line, aliases=(acronym,))


def _condition(vocab: _Vocabulary, phrase: str, mods: list[str], head: str, line: int, ex) -> None:
    if vocab.find(phrase):
        return
    class_words = set(ex.get("class-words", ()))
    class_heads = set(ex.get("class-heads", ()))
    if mods and head in class_heads and all(m in class_words or m == "health" for m in mods):
        existing = next(iter(vocab.classes), None)
        if vocab.kind.get(vocab.find(mods[-1]) or "") == "condition":
            vocab.alias(vocab.find(mods[-1]), phrase)  # "<condition> disorders" is the condition
        elif existing:
            vocab.alias(existing, phrase)
        else:
            vocab.classes.add(vocab.add("condition", phrase, line))
        return
    if not mods and head in class_heads:
        return  # "disorder" alone names nothing
    if not mods and head in ex.get("condition-suffixes", ()):
        vocab.add("condition", head, line, aliases=(head.rstrip("s"),))  # a plural class of conditions
        return
    vocab.add("condition", phrase, line)


def _relations(vocab: _Vocabulary, prose: str) -> None:
    """form_of, aliases ("now known as"), and parents (containment, "including")."""
    for m in re.finditer(r"a form of (\w+) called (\w+)|(\w+), a form of (\w+)", prose, re.I):
        child, parent = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
        c, p = vocab.find(child), vocab.find(parent)
        if c and p and c != p:
            vocab.entries[c]["form_of"] = p
    for m in re.finditer(r"([\w -]{3,40}?) is (?:now |also )*(?:known as|called) ([\w -]{3,40}?)[.,]", prose, re.I):
        a, b = vocab.find(m.group(1).strip()), vocab.find(m.group(2).strip())
        if a and b and a != b and vocab.kind[a] == vocab.kind[b]:
            _merge(vocab, keep=b, drop=a)
    conditions = [i for i in vocab.entries if vocab.kind[i] == "condition"]
    for m in re.finditer(r"including\s+([\w -]+)", prose, re.I):
        # The words before "including", read backwards from it (a group reaching forward to it
        # tried every start in a long run of words: minutes on 10 KB without punctuation).
        before = prose[max(0, m.start() - 200):m.start()].rstrip()
        before = before[:-1].rstrip() if before.endswith(",") else before
        words = _RUN.match(before[::-1]).group(0)[::-1].lower().split()
        whole = next((vocab.find(" ".join(words[-k:])) for k in (3, 2, 1) if vocab.find(" ".join(words[-k:]))), None)
        part = vocab.find(m.group(1).split()[0]) if m.group(1).split() else None
        if whole and part and whole != part and vocab.kind.get(part) == "condition":
            vocab.entries[part].setdefault("parent", whole)
    for c in conditions:
        entry = vocab.entries.get(c)
        if entry is None or "parent" in entry:
            continue
        words = entry["name"].split()
        for other in conditions:
            o = vocab.entries.get(other)
            if o is None or other == c or vocab.entries[other].get("parent") == c:
                continue
            if o["name"] in words[:-1] or (len(words) > 1 and o["name"] == words[-1]) or (
                    o["name"].rstrip("s") == words[-1] and len(words) > 1):
                entry["parent"] = other
                break


def _merge(vocab: _Vocabulary, keep: str, drop: str) -> None:
    gone = vocab.entries.pop(drop)
    vocab.kind.pop(drop)
    for spelling in (gone["name"], *gone["aliases"]):
        vocab.by_spelling.pop(spelling.lower(), None)
        vocab.alias(keep, spelling)


def _blocks(document: Document):
    for block in document.blocks:
        if block.has_prose:
            yield block.prose_start, document.prose[block.prose_start:block.prose_end]


# ------------------------------------------------------------------ facts

_STRENGTH_DEFAULT = "study"


def _facts(document: Document, ann, claims, language: Language) -> dict:
    approvals, seen = [], set()
    time_course = []
    effects: dict[str, list] = {}
    for claim in claims:
        line = _line(document, claim.start)
        if claim.kind in APPROVAL_KINDS and claim.target and claim.subject:
            status = ("off-label" if claim.kind == "off-label" else
                      "not-approved" if claim.negated else "approved")
            if claim.kind == "off-label" and claim.negated:
                continue
            key = (claim.subject, status, claim.target)
            if key not in seen:
                seen.add(key)
                approvals.append({"drug": claim.subject, "status": status, "for": claim.target, "source": line})
        elif claim.kind in TIME_KINDS and claim.subject and not claim.negated:
            fact = {"id": f"{claim.subject}-{claim.kind}-{len(time_course) + 1}", "subject": claim.subject,
                    "aspect": claim.kind, "value": document.prose[claim.start:claim.end]}
            if claim.conditions:
                fact["conditions"] = list(claim.conditions)
            time_course.append({**fact, "source": line})
        elif claim.kind == "lasting" and claim.subject:
            conditions = claim.conditions or _block_conditions(ann, claim)
            if conditions:
                time_course.append({"id": f"{claim.subject}-lasting-{len(time_course) + 1}",
                                    "subject": claim.subject, "aspect": "duration", "conditions": list(conditions),
                                    "lasting": not claim.negated, "source": line})
        elif claim.kind == "side-effects" and claim.subject:
            for item in claim.items:
                _effect(effects, claim.subject, item.text, _line(document, item.start))
    _effects_in_prose(document, ann, claims, language, effects)
    return {
        "approvals": approvals,
        "time_course": time_course,
        "side_effects": [{"drug": d, "effects": e} for d, e in effects.items()],
        "studies": _studies(document, ann, claims),
        "certainty": _certainty(document, ann),
    }


def _block_conditions(ann, claim) -> tuple[str, ...]:
    sentence = ann.sentences[claim.sentence]
    start, end = ann.block_tokens(ann.document.blocks[sentence.block])
    return tuple(dict.fromkeys(m.id for m in ann.mentions_in(start, end, "condition")))


def _effect(effects: dict, drug: str, text: str, line: int) -> None:
    text = re.sub(r"^(?:some|several|a|an|the)\s+", "", text.strip(" .,"), flags=re.I)
    for part in re.split(r"\s+and\s+", text) if len(text.split()) <= 6 else [text]:
        part = part.strip()
        if part and not any(e["name"].lower() == part.lower() for e in effects.setdefault(drug, [])):
            effects[drug].append({"name": part, "source": line})


def _effects_in_prose(document: Document, ann, claims, language: Language, effects: dict) -> None:
    """Effects named outside side-effect sentences: "can make a person feel calm and relaxed",
    and lists introduced in a paragraph about what people experience."""
    ex = language.extraction
    openers = sorted(ex.get("effect-openers", ()), key=len, reverse=True)
    opener_re = re.compile(rf"\b(?:{'|'.join(map(re.escape, openers))})\s+(.+?)(?=$|\b(?:{'|'.join(map(re.escape, openers))})\b)",
                           re.I)
    drug_of = {c.sentence: c.subject for c in claims if c.subject}
    last = None
    for sentence in ann.sentences:
        drugs = ann.mentions_in(sentence.tok_start, sentence.tok_end, "drug")
        if drugs:
            last = drugs[0].id
        subject = drug_of.get(sentence.index) or last
        if subject is None:
            continue
        text = sentence.text
        if not text.rstrip().endswith(":"):
            for m in opener_re.finditer(text):
                tail = re.split(r"\s+and\s+(?:produce|make|cause|change)s?\b|,\s*as well as\b|[.;]", m.group(1))[0]
                for piece in re.split(r",|\s+and\s+", tail):
                    piece = re.sub(r"^(?:also called|also known as|known as)\s+", "", piece.strip(), flags=re.I)
                    if 2 < len(piece) <= 40 and len(piece.split()) <= 4 and not find_spans(piece) \
                            and piece.lower() not in ("other effects", "effects", "other"):
                        _effect(effects, subject, piece, _line(document, sentence.start + m.start(1)))
        block = document.blocks[sentence.block]
        paragraph = document.prose[block.prose_start:block.prose_end].lower()
        if text.rstrip().endswith(":") and any(w in paragraph for w in ex.get("effect-list-words", ())):
            if not any(c.kind == "side-effects" and c.sentence == sentence.index for c in claims):
                for item in list_items(ann, sentence):
                    _effect(effects, subject, item.text, _line(document, item.start))


def _studies(document: Document, ann, claims) -> list[dict]:
    """One study per year mentioned; a later sentence of the same paragraph adds its data period."""
    out: list[dict] = []
    last_block = None
    for claim in claims:
        if claim.kind != "study":
            continue
        block = ann.sentences[claim.sentence].block
        if claim.year is None:
            if out and block == last_block and claim.period:
                out[-1]["data_period"] = f"{claim.period[0]} to {claim.period[1]}"
            continue
        if claim.subject is None:
            continue
        study = {"id": f"study-{claim.year}", "year": claim.year, "strength": claim.design or _STRENGTH_DEFAULT,
                 "drug": claim.subject, "source": _line(document, claim.start)}
        if claim.period:
            study["data_period"] = f"{claim.period[0]} to {claim.period[1]}"
        if claim.conditions:
            study["conditions"] = list(claim.conditions)
        out.append(study)
        last_block = block
    return out


def _certainty(document: Document, ann) -> dict | None:
    """The source's own hedges, a few words each, with their lines."""
    wording, lines = [], []
    for cue in ann.cues:
        if cue.kind != "hedge" or len(wording) >= 3:
            continue
        tokens = [ann.texts[i] for i in range(cue.tok_start, min(cue.tok_start + 5, len(ann.texts)))
                  if ann.is_word[i]]
        phrase = " ".join(tokens)
        if len(tokens) >= 3 and phrase.lower() not in (w.lower() for w in wording):
            wording.append(phrase)
            lines.append(_line(document, cue.start))
    if not wording:
        return None
    return {"level": "hedged", "wording": wording, "source": sorted(set(lines))}
