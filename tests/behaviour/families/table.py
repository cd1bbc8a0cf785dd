"""Claims in tables and in lists under a lead-in: the cell names neither drug nor predicate.

The row's label (or the column header, in a transposed table) names the drug and the column
header (or the row's label) the property, so a cell reads as "<drug> <property> <cell>". Each
claim family's wrong value must draw its code on the cell's line in every layout: a drug per
row, a drug per column, a comparison with a second drug, the property in the heading above
(a warning then: the table itself does not name it; a route named only by the heading
draws nothing yet, as HL703 holds only grounded claims), a list under a lead-in, and items
labelled under a lead-in that names the drug ("- Approved for: <value>"), and a list under a lead-in. The true
value stays silent in every layout, and so do the traps: a label that names no property, two
drugs in one label, a negated header, a lead-in someone else says.

The pack's facts (rules/ketamine.yaml): ketamine is approved for anesthesia and sedation and
used off-label for anxiety; esketamine is a nasal spray approved for treatment-resistant
depression; SSRIs take 2 to 6 weeks to ease anxiety, ketamine works within hours; relief after
each weekly dose lasts up to 7 days; nausea is not among ketamine's listed side effects.
"""

from ..harness import Seed

# (family, drug, other drug and its true value, header words, wrong value, codes, true value,
#  codes when only the heading names the property, lead-in)
CLAIMS = (
    ("approval", "Ketamine", ("SSRIs", "Varies by product"), ("Approved for", "FDA-approved for", "Licensed for"),
     "Generalized anxiety disorder", ("HL201",), "Anesthesia and sedation", ("HL201",),
     "Ketamine is approved for:"),
    ("approval", "Esketamine", ("Ketamine", "Anesthesia"), ("Approved uses", "FDA approval", "Approved for"),
     "Social anxiety disorder", ("HL203",), "Treatment-resistant depression", ("HL203",),
     "Esketamine's approved uses:"),
    ("off-label", "Ketamine", ("Esketamine", "None"), ("Off-label uses", "Used off-label for", "Off-label use"),
     "Sedation", ("HL201",), "Anxiety", ("HL201",), "Ketamine is used off-label for:"),
    ("route", "Esketamine", ("Ketamine", "Drip into a vein"), ("How it is taken", "Route", "Form"),
     "Tablet swallowed whole", ("HL703",), "Nasal spray into each nostril", ("HL703",), "Esketamine is taken as:"),
    ("onset", "SSRIs", ("Ketamine", "Within hours"), ("Onset", "How soon it works", "Time to work"),
     "About a week", ("HL301",), "2 to 6 weeks", ("HL301", "HL302"), "How soon SSRIs start to work:"),
    ("onset", "Ketamine", ("SSRIs", "2 to 6 weeks"), ("How soon anxiety starts to ease", "Onset", "Kicks in"),
     "Three to four weeks", ("HL301",), "Within hours", ("HL301", "HL302"), "Ketamine's onset:"),
    ("duration", "Ketamine", ("SSRIs", "Not applicable"), ("How long relief lasts after each weekly dose",
                                                            "Relief lasts", "Duration of relief"),
     "About a month", ("HL301",), "Up to seven days", ("HL301", "HL302"),
     "How long relief from ketamine lasts after each weekly dose:"),
    ("side-effects", "Ketamine", ("SSRIs", "Nausea, trouble sleeping"), ("Side effects", "Common side effects",
                                                                          "Adverse effects"),
     "Vivid dreams, nausea", ("HL401",), "Vivid dreams, agitation", ("HL401",), "Side effects of ketamine include:"),
)
# The drug's label as writers mark it up: the verdict must not change.
DRUG_MARKUP = ("**{D}**", "[{D}](https://example.org/drug)", "*{D}*", "{D} (brand or generic)")


def _rows(drug: str, header: str, value: str) -> str:
    return f"| Drug | {header} |\n| --- | --- |\n| {drug} | {value} |"


def _columns(drug: str, header: str, value: str) -> str:
    return f"| | {drug} |\n| --- | --- |\n| {header} | {value} |"


def _comparison(drug: str, header: str, value: str, other: tuple[str, str]) -> str:
    return f"| | {drug} | {other[0]} |\n| --- | --- | --- |\n| {header} | {value} | {other[1]} |"


def _heading(drug: str, header: str, value: str) -> tuple[str, int]:
    return f"## {header}\n\n| | {drug} |\n| --- | --- |\n| Usually | {value} |", 7


def _lead_in(lead: str, value: str) -> tuple[str, int]:
    """A list under the lead-in, an item a line, and the last item's line."""
    items = value.split(", ")
    return f"{lead}\n\n" + "\n".join(f"- {item}" for item in items), 4 + len(items)


def seeds() -> list[Seed]:
    out: list[Seed] = []
    for family, drug, other, headers, wrong, codes, right, heading_codes, lead in CLAIMS:
        for value, expect, test in ((wrong, codes, "MFT"), (right, (), "MFT")):
            heading_expect = heading_codes if expect else ()
            out += [
                Seed(_rows(drug, headers[0], value), expect, capability=f"{family} rows", test=test,
                     edits=False, line=5),
                Seed(_columns(drug, headers[0], value), expect, capability=f"{family} columns", test=test,
                     edits=False, line=5),
                Seed(_comparison(drug, headers[0], value, other), expect, capability=f"{family} comparison",
                     test="INV" if expect else test, edits=False, line=5),
                Seed(_heading(drug, headers[0], value)[0], heading_expect, capability=f"{family} heading",
                     test="INV" if expect else test, edits=False, line=_heading(drug, headers[0], value)[1]),
                Seed(_lead_in(lead, value)[0], expect, capability=f"{family} lead-in",
                     test="INV" if expect else test, edits=False, line=_lead_in(lead, value)[1]),
            ]
            # The heading names the property, an earlier sentence the drug, the lead-in neither.
            items = "\n".join(f"- {item}" for item in value.split(", "))
            if family != "route":  # (an ungrounded route draws nothing yet: the table heading seed says so)
                out.append(Seed(f"## {headers[0]}\n\nThis part is about {drug}.\n\nWhat to expect:\n\n{items}",
                                heading_expect, capability=f"{family} heading lead-in",
                                test="INV" if expect else test, edits=False, line=8 + len(value.split(", "))))
            out.append(Seed(f"{drug} at a glance:\n\n- {headers[0]}: {value}", expect,
                            capability=f"{family} labelled item", test="INV" if expect else test, edits=False,
                            line=5))
            for header in headers[1:]:  # other words for the property
                out += [Seed(_rows(drug, header, value), expect, capability=f"{family} header words",
                             test="INV", edits=False, line=5),
                        Seed(_columns(drug, header, value), expect, capability=f"{family} header words",
                             test="INV", edits=False, line=5)]
            for wrap in DRUG_MARKUP:
                marked = wrap.replace("{D}", drug)
                out += [Seed(_rows(marked, headers[0], value), expect, capability=f"{family} drug markup",
                             test="INV", edits=False, line=5),
                        Seed(_columns(marked, headers[0], value), expect, capability=f"{family} drug markup",
                             test="INV", edits=False, line=5)]
        out += _traps(family, drug, other, headers[0], wrong, lead)
    return out


def _traps(family: str, drug: str, other: tuple[str, str], header: str, wrong: str, lead: str) -> list[Seed]:
    """Layouts in which the wrong value is no claim of the drug's: they must stay silent."""
    traps = [
        ("no property", _columns(drug, "Notes", wrong)),
        ("no property", _rows(drug, "What readers asked about", wrong)),
        ("two drugs", _columns(f"{drug} or {other[0]}", header, wrong)),
        ("two drugs", _rows(f"{drug} and {other[0]}", header, wrong)),
        ("no drug", _rows("Many treatments", header, wrong)),
        ("attributed lead-in", _lead_in(f"Some websites claim that {lead[0].lower()}{lead[1:]}", wrong)[0]),
        ("myth lead-in", _lead_in(f"Myth: {lead}", wrong)[0]),
        ("cell names its drug", _columns(drug, header, f"Like {other[0]}, {wrong.lower()}")),
    ]
    if family == "approval":
        traps.append(("negated header", _columns(drug, "Not approved for", wrong)))
    return [Seed(text, (), capability=f"trap: {name}", test="DIR", edits=False, line=5) for name, text in traps]
