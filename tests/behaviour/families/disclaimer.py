"""Disclaimers a draft owes: advice to consult a professional wherever a treatment is
discussed, and an off-label statement wherever ketamine is linked to anxiety (the pack's
`disclaimers`). The finding is the draft's (HL801 on line 1), so seeds name that line.
Each treatment sentence is tried with no disclaimer, with one of the two, and with both.
"""

from itertools import cycle, islice

from ..harness import Seed

MISSING = ("HL801",)

OFF_LABEL_USES = (
    "{D} infusions can ease anxiety for some adults.",
    "Some clinics now offer {D} for anxiety.",
    "Doctors sometimes prescribe {D} to people whose anxiety has not improved.",
    "A course of {D} treatment may help with social anxiety.",
    "Several clinics give {D} as an infusion for generalized anxiety disorder.",
    "People with severe anxiety are increasingly asking about {D} therapy.",
    "Low-dose {D} is being tried for anxiety in outpatient clinics.",
    "{D} treatment for anxiety usually means a series of infusions.",
)
APPROVED_USES = (
    "{D} nasal spray is prescribed for treatment-resistant depression.",
    "Doctors prescribe {D} for depression that has not responded to other treatments.",
)
CONSULT = (
    "Talk to your doctor before you start or change any treatment.",
    "Ask your healthcare provider whether this is right for you.",
    "Speak with a psychiatrist before trying any new medicine.",
    "Please consult a healthcare professional first.",
    "Your GP is the best person to ask about this.",
    "Seek medical advice before making any change to your treatment.",
    "Before you stop or switch medication, discuss it with your care team.",
)
OFF_LABEL = (
    "Using {D} for anxiety is off-label: the FDA has not approved it for that.",
    "{D} is not FDA-approved for anxiety, so this use is off-label.",
    "The FDA has not approved {D} for any psychiatric disorder; anxiety care with it is off-label.",
    "Prescribing {D} for anxiety is an off-label use.",
    "No anxiety disorder is among the FDA-approved uses of {D}.",
)


def _with(drug: str, *parts: str) -> str:
    return " ".join(p.replace("{D}", drug) for p in parts)


def seeds():
    consult, off_label = cycle(CONSULT), cycle(OFF_LABEL)
    for text in OFF_LABEL_USES:
        for c, o in islice(zip(consult, off_label), 3):
            yield Seed(text, MISSING, "ketamine", "no disclaimer", edits=False, line=1)
            yield Seed(text, MISSING, "ketamine", "consult only", context=_with("ketamine", c), edits=False, line=1)
            yield Seed(text, MISSING, "ketamine", "off-label only", context=_with("ketamine", o), edits=False, line=1)
            yield Seed(text, (), "ketamine", "both", context=_with("ketamine", c, o), edits=False)
            yield Seed(text, (), "ketamine", "both", context=_with("ketamine", o, c), edits=False)
            yield Seed(f"{text} {o}", (), "ketamine", "both, off-label after", context=c, edits=False)
    for text in APPROVED_USES:
        for c in CONSULT:
            yield Seed(text, (), "esketamine", "consult (approved use)", context=c, edits=False)
        yield Seed(text, MISSING, "esketamine", "no disclaimer", edits=False, line=1)
