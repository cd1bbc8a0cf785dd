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

# Round 4 (blind6): advice to consult in other words, and an off-label statement in another voice
# (a script's quoted answer); with sentences that only name a doctor, which are no advice.
CONSULT_WORDED = (
    "Run it past your doctor first.",
    "Get your psychiatrist's opinion before you start.",
    "Make sure you get the go-ahead from your GP.",
    "A clinician should assess you first.",
    "Only a doctor who knows your history can advise you.",
    "This page is for information only and does not replace advice from a qualified clinician.",
    "This information is not a substitute for professional medical advice.",
    "Please seek professional medical advice before you start.",
    "This article is not medical advice.",
    "Nothing here replaces a conversation with your pharmacist.",
    "Before starting, it is worth a chat with your GP.",
    "Book an appointment with your psychiatrist to talk it through.",
    "We encourage callers to speak to their GP, psychiatrist or pharmacist about their own treatment.",
)
NOT_ADVICE = (
    "Our doctors have decades of experience.",
    "The psychiatrist who led the study said the results were encouraging.",
    "Many GPs are unfamiliar with {D}.",
    "The clinic's doctors assessed forty patients in the trial.",
    "Doctors prescribe {D} off-label in many clinics.",
)
OFF_LABEL_WORDED = (
    '**You might say:** "{D} is approved as an anaesthetic, and using it for anxiety is what\'s called off-label."',
    "{D} is an anaesthetic first; giving it for anxiety is an off-label call your prescriber makes.",
    "{D} infusions for anxiety are an off-label treatment.",
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
    text = OFF_LABEL_USES[0]
    for c in CONSULT_WORDED:
        yield Seed(text, (), "ketamine", "consult in other words", context=_with("ketamine", c, OFF_LABEL[0]),
                   edits=False)
    for n in NOT_ADVICE:
        yield Seed(text, MISSING, "ketamine", "a doctor named, no advice", context=_with("ketamine", n, OFF_LABEL[0]),
                   edits=False, line=1)
    for o in OFF_LABEL_WORDED:
        yield Seed(text, (), "ketamine", "off-label in another voice", context=_with("ketamine", CONSULT[0], o),
                   edits=False)
