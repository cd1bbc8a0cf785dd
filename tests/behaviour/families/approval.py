"""Approval and off-label status, and approved uses.

The pack's facts: ketamine is approved as an anesthetic and a sedative, not for any
psychiatric disorder; its use for anxiety is off-label; esketamine (a nasal spray) is
approved for treatment-resistant depression, and for nothing wider. The pack says nothing
about other drugs' approvals (an approval claim about one is HL203, a warning).

Seeds are generated from small lexicons: the many frames that state an approval (verb,
passive, adjective, noun, "among the uses"), each with the complements of a wrong and of a
right target, and the directional rewordings with the verdict their meaning demands.
"""

from __future__ import annotations

from ..harness import Seed

WRONG = ("HL201",)
BROADER = ("HL202",)
UNSUPPORTED = ("HL203",)
# A wrong claim the draft passes on through a report (one it calls false, one a speaker's reply
# leaves standing): HL203 ("may contradict the source"), or HL201 where the reading differs. The
# writer's own claim is WRONG even where the parse cannot attach the drug: HL201 graded to a
# warning (issue 20: the code says what the claim is about, the severity how sure the linter is).
WRONG_OR_WARNING = ("HL201", "HL203")

# Conditions the pack says ketamine is not approved for (each psychiatric), as complements.
WRONG_FOR = ("for anxiety", "to treat anxiety", "as a treatment for anxiety", "for generalized anxiety disorder",
             "for generalised anxiety disorder", "for social anxiety disorder", "for depression",
             "for PTSD", "for obsessive-compulsive disorder", "for panic disorder", "to treat anxiety disorders")
# Uses the pack says ketamine is approved for.
RIGHT_FOR = ("as an anesthetic", "as an anaesthetic", "for anesthesia", "for anaesthesia", "as a sedative",
             "for sedation", "for use as an anesthetic", "as a general anesthetic")

# Frames of a positive approval claim, {F} the complement ("for anxiety").
APPROVED = (
    "{D} is {ADV} FDA-approved {F}.",
    "{D} is {ADV} approved {F}.",
    "{D} is {ADV} approved by the FDA {F}.",
    "{D} has {ADV} been approved {F}.",
    "{D} was {ADV} approved {F}.",
    "{D} is {ADV} licensed {F}.",
    "{D} is {ADV} licenced {F}.",
    "{D} {ADV} has FDA approval {F}.",
    "{D} {ADV} received FDA approval {F}.",
    "{D} {ADV} won approval {F}.",
    "{D} {ADV} gained FDA approval {F}.",
    "{D} has {ADV} been licensed by regulators {F}.",
)
# Frames with the drug after the verb: no "{D} …" pronoun edit, but the same claim.
APPROVED_OBJECT = (
    "The FDA {ADV} approved {D} {F}.",
    "The FDA has {ADV} approved {D} {F}.",
    "Regulators have {ADV} licensed {D} {F}.",
)
# Noun forms, with the target as a noun phrase ({N}: "anxiety").
NOUN_WRONG = ("anxiety", "generalized anxiety disorder", "social anxiety disorder", "depression", "PTSD",
              "panic disorder")
NOUN_RIGHT = ("anesthesia", "anaesthesia", "sedation")
NOUN_FRAMES = (
    "The FDA approval for {D} {ADV} covers {N}.",
    "{N} is {ADV} covered by {D}'s FDA approval.",
    "The approved uses of {D} {ADV} include {N}.",
    "{N} is {ADV} among the conditions that {D} is approved to treat.",
    "{N} is {ADV} among the uses {D} is approved for.",
    "{N} is {ADV} one of the approved uses of {D}.",
)


def _each_target(frames, wrong, right, expect, capability):
    """Each frame ({N}: the target) with each wrong target, expecting `expect`, and the right one,
    expecting silence; ketamine's, with no generic edits (the frames open with the target)."""
    for frame in frames:
        for noun in wrong:
            yield Seed(frame.replace("{N}", noun), expect, "ketamine", capability, "INV", edits=False)
        yield Seed(frame.replace("{N}", right), (), "ketamine", capability, "INV", edits=False)


def seeds():
    # --- minimum functionality: the plain claim, and its correct counterpart
    yield Seed("{D} is {ADV} FDA-approved for anxiety.", WRONG, "ketamine")
    yield Seed("{D} is {ADV} FDA-approved as an anesthetic.", (), "ketamine")
    yield Seed("{D} is {ADV} FDA-approved for treatment-resistant depression.", (), "esketamine")
    yield Seed("{D} is {ADV} used off-label for anxiety.", (), "ketamine")
    yield Seed("{D} is {ADV} used off-label as an anesthetic.", WRONG, "ketamine")

    # --- the frames of an approval, wrong and right
    for frame in APPROVED:
        for complement in WRONG_FOR[:6] if frame == APPROVED[0] else WRONG_FOR[:2]:
            yield Seed(frame.replace("{F}", complement), WRONG, "ketamine", "frame", "INV")
        for complement in RIGHT_FOR[:4] if frame == APPROVED[0] else RIGHT_FOR[:1]:
            yield Seed(frame.replace("{F}", complement), (), "ketamine", "frame", "INV")
    for frame in APPROVED_OBJECT:
        yield Seed(frame.replace("{F}", "for anxiety"), WRONG, "ketamine", "frame", "INV")
        yield Seed(frame.replace("{F}", "as an anesthetic"), (), "ketamine", "frame", "INV")
    for complement in WRONG_FOR[6:]:
        yield Seed("{D} is {ADV} approved " + complement + ".", WRONG, "ketamine", "condition", "INV")
    for complement in RIGHT_FOR[4:]:
        yield Seed("{D} is {ADV} approved " + complement + ".", (), "ketamine", "use", "INV")

    # --- adjective and noun forms of the predicate
    yield Seed("{D} is {ADV} an FDA-approved treatment for anxiety.", WRONG, "ketamine", "adjective", "INV")
    yield Seed("{D} is {ADV} an approved treatment for social anxiety disorder.", WRONG, "ketamine", "adjective", "INV")
    yield Seed("{D} is {ADV} an FDA-approved anesthetic.", (), "ketamine", "adjective", "INV")
    yield Seed("{D} is {ADV} an approved sedative.", (), "ketamine", "adjective", "INV")
    for frame in NOUN_FRAMES:
        for noun in NOUN_WRONG[:3]:
            yield Seed(frame.replace("{N}", noun), WRONG if "among the conditions" in frame else WRONG,
                       "ketamine", "noun", "INV")
        for noun in NOUN_RIGHT[:2]:
            yield Seed(frame.replace("{N}", noun), (), "ketamine", "noun", "INV")

    # --- "cleared", the possessive noun, and nouns after a lead sentence
    yield Seed("{D} is {ADV} cleared for anxiety treatment by the FDA.", WRONG, "ketamine", "frame", "INV")
    yield Seed("{D} is {ADV} cleared for use as an anesthetic.", (), "ketamine", "frame", "INV")
    # "cleared" is an approval when a regulator clears (issue 20); the body clearing a drug is not
    for frame in ("{D} has {ADV} been cleared by regulators {F}.", "Regulators {ADV} cleared {D} {F}.",
                  "{D} is {ADV} an FDA-cleared treatment {F}.", "{D} {ADV} received FDA clearance {F}.",
                  "{D} was {ADV} cleared by the FDA {F}."):
        yield Seed(frame.replace("{F}", "for anxiety"), WRONG, "ketamine", "cleared", "INV")
        yield Seed(frame.replace("{F}", "for anesthesia"), (), "ketamine", "cleared", "INV")
    for sentence in ("{D} is {ADV} cleared by the liver within hours.", "{D} is {ADV} cleared from the body quickly.",
                     "The kidneys {ADV} clear {D} from the blood.", "Most of {D} is {ADV} cleared within a day."):
        yield Seed(sentence, (), "ketamine", "clearance-trap", "DIR")
    # "Put simply," read as the verb by the parser: at least the warning
    yield Seed("Put simply, {D} is {ADV} approved for anxiety.", WRONG, "ketamine", "opener", "INV", edits=False)
    yield Seed("Put simply, the FDA approval for {D} {ADV} covers anxiety.", WRONG, "ketamine", "opener",
               "INV", edits=False)
    yield Seed("Put simply, {D} is {ADV} approved as an anesthetic.", (), "ketamine", "opener", "INV", edits=False)
    for target, expect in (("anxiety", WRONG), ("PTSD", WRONG), ("anesthesia", ()), ("sedation", ())):
        yield Seed("Its FDA approval for " + target + " {ADV} dates from years ago.", expect, "", "noun", "INV",
                   "Our readers often write in about ketamine.")
        # a possessive not at the start: the pronoun edit would make "It's approval", a typo of its own
        yield Seed("By law, {D}'s approval {ADV} extends to " + target + ".", expect, "ketamine", "noun", "INV")
    yield Seed("By law, {D}'s approval {ADV} extends to treatment-resistant depression.", (), "esketamine",
               "noun", "INV")

    # --- coordination of conditions, uses and drugs
    yield Seed("{D} is {ADV} approved for anxiety and depression.", WRONG, "ketamine", "coordination", "INV")
    yield Seed("{D} is {ADV} approved for depression and anxiety.", WRONG, "ketamine", "coordination", "INV")
    yield Seed("{D} is {ADV} approved as an anesthetic and for anxiety.", WRONG, "ketamine", "coordination", "INV")
    yield Seed("{D} is {ADV} approved as an anesthetic and a sedative.", (), "ketamine", "coordination", "INV")
    yield Seed("{D} is {ADV} approved for anesthesia and sedation.", (), "ketamine", "coordination", "INV")
    yield Seed("Ketamine and esketamine are {ADV} both FDA-approved for anxiety.", WRONG, "", "coordination", "INV")
    yield Seed("Esketamine and ketamine are {ADV} both FDA-approved for anxiety.", WRONG, "", "coordination", "INV")
    yield Seed("The FDA {ADV} approved esketamine and ketamine for anxiety.", WRONG, "", "coordination", "INV")
    yield Seed("Ketamine and esketamine {ADV} differ: esketamine is approved for treatment-resistant depression.", (),
               "", "coordination", "DIR")
    yield Seed("The FDA {ADV} approved esketamine but not ketamine for treatment-resistant depression.", (), "",
               "coordination", "DIR")
    yield Seed("We {ADV} explain the difference between ketamine and esketamine: esketamine is the spray approved "
               "for treatment-resistant depression.", (), "", "coordination", "DIR")

    # --- off-label: right for anxiety, wrong for the approved uses
    for frame in ("{D} is {ADV} used off-label for {X}.", "Doctors {ADV} prescribe {D} off-label for {X}.",
                  "{D} is {ADV} prescribed off-label for {X}.", "Clinics {ADV} use {D} off label for {X}."):
        for target in ("anxiety", "generalized anxiety disorder", "social anxiety", "depression"):
            yield Seed(frame.replace("{X}", target), (), "ketamine", "off-label", "INV")
        yield Seed(frame.replace("{X}", "anesthesia"), WRONG, "ketamine", "off-label", "INV")
    yield Seed("The use of {D} for anxiety is {ADV} off-label.", (), "ketamine", "off-label", "INV")
    yield Seed("{D} for anxiety is {ADV} an off-label use.", (), "ketamine", "off-label", "INV")
    yield Seed("Using {D} for anxiety is {ADV} an off-label practice.", (), "ketamine", "off-label", "INV")
    yield Seed("{D} is {ADV} used off-label for treatment-resistant depression.", WRONG, "esketamine", "off-label", "INV")

    # --- esketamine: right for TRD, wider is broader, others unsupported
    for frame in APPROVED[:4] + APPROVED[7:9]:
        yield Seed(frame.replace("{F}", "for treatment-resistant depression"), (), "esketamine", "other-drug", "INV")
        yield Seed(frame.replace("{F}", "for depression that has not responded to other treatments"), (),
                   "esketamine", "other-drug", "INV")
        yield Seed(frame.replace("{F}", "for depression"), BROADER, "esketamine", "broader", "INV")
    yield Seed("{D} is {ADV} FDA-approved for anxiety.", UNSUPPORTED, "esketamine", "other-drug", "DIR")
    yield Seed("{D} are {ADV} FDA-approved for anxiety.", UNSUPPORTED, "SSRIs", "other-drug", "DIR", edits=False)
    yield Seed("{D} is {ADV} FDA-approved as an anesthetic.", (), "propofol", "other-drug", "DIR")

    # --- negation: the verdict flips
    for frame in ("{D} is {ADV} not FDA-approved {F}.", "{D} is {ADV} not approved {F}.", "{D} isn't {ADV} approved {F}.",
                  "{D} has {ADV} not been approved {F}.", "{D} has {ADV} no FDA approval {F}.",
                  "The FDA has {ADV} not approved {D} {F}.", "{D} is {ADV} unlicensed {F}.",
                  "{D} has {ADV} never been approved {F}.", "{D} is {ADV} not yet approved {F}."):
        yield Seed(frame.replace("{F}", "for anxiety"), (), "ketamine", "negation", "DIR")
        yield Seed(frame.replace("{F}", "as an anesthetic"), WRONG, "ketamine", "negation", "DIR")
    yield Seed("{D} is {ADV} not approved for any psychiatric disorder.", (), "ketamine", "negation", "DIR")
    yield Seed("{D} is {ADV} not approved for any mental health condition, including anxiety.", (), "ketamine",
               "negation", "DIR")
    yield Seed("{D} is {ADV} not used off-label as an anesthetic.", (), "ketamine", "negation", "DIR")

    # --- comparisons and another drug beside it
    yield Seed("Unlike esketamine, {D} is {ADV} not approved for depression.", (), "ketamine", "comparison", "DIR")
    yield Seed("Unlike ketamine, {D} is {ADV} approved for treatment-resistant depression.", (), "esketamine",
               "comparison", "DIR")
    yield Seed("{D}, unlike ketamine, is {ADV} approved for treatment-resistant depression.", (), "esketamine",
               "comparison", "DIR")
    yield Seed("{D} is {ADV} off-label for anxiety, while esketamine is approved for treatment-resistant depression.",
               (), "ketamine", "comparison", "DIR")

    # --- history: the approval as an anesthetic, then the off-label use
    yield Seed("{D} was {ADV} approved in 1970 as an anesthetic.", (), "ketamine", "history", "INV")
    yield Seed("The FDA {ADV} approved {D} in 1970 as an anesthetic.", (), "ketamine", "history", "INV")
    yield Seed("{D} {ADV} gained FDA approval as an anesthetic in 1970.", (), "ketamine", "history", "INV")
    yield Seed("{D} was {ADV} approved in 1970 for anxiety.", WRONG, "ketamine", "history", "INV")
    yield Seed("Following FDA approval in 1970 as an anesthetic, {D} is {ADV} prescribed off-label for anxiety.",
               (), "ketamine", "history", "INV")
    yield Seed("Following its approval as an anesthetic drug, {D} is {ADV} used off-label for a growing list of "
               "conditions.", (), "ketamine", "history", "INV")
    yield Seed("After its approval as an anesthetic in 1970, {D} {ADV} became an off-label option for depression.",
               (), "ketamine", "history", "INV")
    yield Seed("Approved as an anesthetic, {D} is {ADV} now used off-label for anxiety.", (), "ketamine",
               "history", "INV")
    yield Seed("Approved by the FDA as an anesthetic in 1970, {D} is {ADV} under study for depression.", (),
               "ketamine", "history", "INV")
    yield Seed("Licensed as an anaesthetic decades ago, {D} is {ADV} being researched for PTSD.", (), "ketamine",
               "history", "INV")
    yield Seed("The FDA-approved anesthetic {D} is {ADV} used off-label for anxiety.", (), "ketamine", "history", "INV")

    # --- round 2 (issue 20): framing nouns, refuted reports, narrowing clauses, question letters
    for noun in ("A common exam error", "One frequent mistake", "A popular falsehood", "A widespread misunderstanding"):
        yield Seed(noun + ", that {D} is {ADV} FDA-approved for anxiety, keeps coming up.", (), "ketamine",
                   "framing-noun", "DIR")
    for refutation in ("; that is wrong", ", but they are mistaken", "; this is false", ", which is not true"):
        yield Seed("Some clinic websites imply that {D} is {ADV} approved for anxiety" + refutation + ".", (),
                   "ketamine", "refuted-report", "DIR")
    for relative in ("that has not responded to earlier treatment", "that has not improved with other treatment",
                     "that hasn't responded to two other medicines", "that did not get better with earlier drugs"):
        yield Seed("{D} is {ADV} approved for depression " + relative + ".", (), "esketamine", "narrowing", "INV")
        yield Seed("{D} {ADV} carries approval for depression " + relative + ".", (), "esketamine", "narrowing", "INV")
    yield Seed("{D} is {ADV} approved for depression that has lasted for years.", BROADER, "esketamine",
               "narrowing", "DIR")
    for asked in ("Is she right?", "Should I believe her?", "Is that true? — A reader"):
        yield Seed("Q: My best friend says {D} is {ADV} FDA-approved for anxiety now. I have had anxiety for years. "
                   + asked, (), "ketamine", "question-letter", "DIR", edits=False)
    # approval as a noun, an indication list, a scope verb
    yield from _each_target(("{N} was {ADV} added to {D}'s approved indications in 2020.",
                             "With FDA approval for {N} {ADV} already in hand, {D} is an easy sell.",
                             "{D}'s approval {ADV} reaches {N}.",
                             "The FDA has {ADV} listed {N} among the uses {D} is approved for."),
                            ("anxiety", "social anxiety disorder", "major depression"), "anesthesia",
                            WRONG, "noun-scope")
    yield Seed("{D}'s approval {ADV} reaches postpartum depression.", UNSUPPORTED, "esketamine", "noun-scope", "DIR",
               edits=False)
    yield Seed("With FDA approval for anxiety {ADV} unlikely, {D} remains off-label.", (), "ketamine", "noun-scope",
               "DIR", edits=False)
    yield Seed("With FDA approval for anxiety, {D} would {ADV} be far easier to get.", (), "ketamine", "noun-scope",
               "DIR", edits=False)
    # a report the draft calls false: the draft says its opposite
    for refutation in ("This is old information.", "That is outdated.", "That is not true.", "This is wrong."):
        yield Seed("Some websites are {ADV} writing that {D} is not approved for anxiety. " + refutation,
                   WRONG_OR_WARNING, "ketamine", "refuted-correct", "DIR", edits=False)
        yield Seed("Some websites are {ADV} writing that {D} is not approved as an anesthetic. " + refutation,
                   (), "ketamine", "refuted-correct", "DIR", edits=False)
        yield Seed("Some websites {ADV} say that {D} is approved for anxiety. " + refutation, (), "ketamine",
                   "refuted-correct", "DIR", edits=False)
    # the form named by a generic head noun, and a quantifier widening the condition
    for widened in ("pretty much every kind of depression", "all forms of depression", "any kind of depression",
                    "every type of depression"):
        yield Seed("The nasal spray version is {ADV} approved for " + widened + ".", BROADER, "", "widened", "INV")
        yield Seed("{D} is {ADV} approved for " + widened + ".", BROADER, "esketamine", "widened", "INV")

    # --- round 3 (blind4): real pages' wordings, each as a class with its traps
    # a passive report with an impersonal "it": taken back by the next sentence, silent; passed on, a warning
    for verb in ("asserted", "suggested", "rumoured", "sometimes claimed"):
        for refutation in ("Officials are not aware of any basis for this claim.", "This is not the case.",
                           "There is no basis for it."):
            yield Seed("It is {ADV} " + verb + " that {D} is licensed for anxiety. " + refutation, (), "ketamine",
                       "impersonal-report", "DIR", edits=False)
    for verb in ("suggested", "rumoured", "asserted"):
        yield Seed("It has {ADV} been " + verb + " that {D} is approved for depression.", UNSUPPORTED, "ketamine",
                   "impersonal-report", "DIR", edits=False)
    # another jurisdiction than the source's FDA: at most a warning
    for frame in ("{D} is {ADV} licensed for anxiety in the UK.", "In Australia, {D} is {ADV} approved for PTSD.",
                  "{D} is {ADV} licensed by the MHRA for generalised anxiety disorder.",
                  "{D} has {ADV} been approved in Europe for depression."):
        yield Seed(frame, UNSUPPORTED, "ketamine", "jurisdiction", "DIR")
    # "<X> is the only <drug> product approved for <Y>": the claim is <X>'s
    for noun in ("ketamine product", "ketamine-based medicine", "ketamine treatment", "form of ketamine"):
        yield Seed("{D} is {ADV} the only " + noun + " approved for depression.", BROADER, "Spravato", "only-product",
                   "INV")
        yield Seed("{D} is {ADV} the only " + noun + " approved for treatment-resistant depression.", (), "Spravato",
                   "only-product", "INV")
    # a denial of every use, against the pack's approval; an excepted use is the approved one
    for frame in ("{D} has {ADV} not been approved by the FDA for any indication.", "{D} is {ADV} not approved for any use.",
                  "{D} has {ADV} no FDA approval whatsoever.", "{D} is {ADV} not licensed for anything.",
                  "The FDA has {ADV} never approved {D} for any condition."):
        yield Seed(frame, WRONG, "esketamine", "every-use", "DIR")
        yield Seed(frame, WRONG, "ketamine", "every-use", "DIR")
    # (no generic edits on two of them: "The medication is not approved for any use outside <X>" draws
    # HL704 from the source-copy alignment, another family's false finding, reported to its owner)
    for frame in ("{D} is {ADV} not approved for anything other than {U}.", "{D} is {ADV} not approved for any use outside {U}.",
                  "{D} {ADV} isn't licensed for any indication apart from {U}.",
                  "Apart from {U}, {D} is {ADV} not approved for anything."):
        edits = "outside" not in frame
        yield Seed(frame.replace("{U}", "treatment-resistant depression"), (), "esketamine", "every-use-except", "DIR",
                   edits=edits)
        yield Seed(frame.replace("{U}", "anaesthesia"), (), "ketamine", "every-use-except", "DIR", edits=edits)
    yield Seed("{D} is {ADV} not approved for any psychiatric use at all.", (), "ketamine", "every-use-except", "DIR",
               edits=False)
    yield Seed("{D} has {ADV} no FDA approval for any indication.", (), "psilocybin", "every-use-except", "DIR")
    # "<X> is among / one of the <nouns> <drug> is cleared / licensed to treat" (a misparse loses the subject)
    yield from _each_target(("{N} is {ADV} among the conditions {D} is cleared to treat in the US.",
                             "{N} is {ADV} one of the disorders {D} has been licensed to treat since 2021.",
                             "{N} is {ADV} one of the few uses where {D} does carry FDA approval.",
                             "{N} is {ADV} one of the areas in which {D} holds a licence."),
                            ("Generalised anxiety disorder", "PTSD", "Social phobia"), "Anaesthesia", WRONG,
                            "equated-use")
    yield Seed("PTSD is {ADV} one of the areas where {D} is being studied.", (), "ketamine", "equated-use", "DIR",
               edits=False)
    # approval adjectives on "the … version / form of <drug> for <X>"
    for adjectives in ("fully licensed, FDA-backed", "FDA-sanctioned", "officially approved", "licensed"):
        yield Seed("The infusions clinics sell are {ADV} the " + adjectives + " version of {D} for anxiety.", WRONG,
                   "ketamine", "approved-version", "INV", edits=False)
        yield Seed("The infusions clinics sell are {ADV} the " + adjectives + " version of {D} as an anaesthetic.", (),
                   "ketamine", "approved-version", "INV", edits=False)
    yield Seed("Esketamine is {ADV} an FDA-approved form of {D} for treatment-resistant depression.", (), "ketamine",
               "approved-version", "DIR", edits=False)
    yield Seed("The FDA {ADV} approved a derivative of {D} for treatment-resistant depression.", (), "ketamine",
               "approved-version", "DIR", edits=False)
    # a trailing participle speaks of the main clause's subject
    for verb in ("having been cleared by the FDA", "having been approved", "having won FDA approval"):
        yield Seed("{D} is {ADV} common in clinics, " + verb + " for anxiety.", WRONG, "ketamine", "participle", "INV")
        yield Seed("{D} is {ADV} common in clinics, " + verb + " as an anaesthetic.", (), "ketamine", "participle",
                   "INV")
        yield Seed("{D}, marketed as Spravato, is {ADV} given in clinics, " + verb + " as a nasal spray for depression.",
                   BROADER, "esketamine", "participle", "INV", edits=False)
    # issue 20: what it is approved for stands before it ("one of the conditions <drug> is approved
    # for"), and "the only <kind of product> approved for <X>" said of its subject
    for frame in ("{N} is {ADV} one of the conditions {D} has been approved for.",
                  "{N} is {ADV} one of the conditions that {D} is cleared for.",
                  "{N} is {ADV} among the disorders that {D} is approved to treat."):
        for noun in ("anxiety", "generalized anxiety disorder", "social anxiety"):
            yield Seed(frame.replace("{N}", noun), WRONG, "ketamine", "stranded", "INV", edits=False)
        yield Seed(frame.replace("{N}", "Anesthesia"), (), "ketamine", "stranded", "INV", edits=False)
    for noun in ("ketamine product", "ketamine-based medicine", "form of ketamine"):
        yield Seed("{D} is {ADV} the only " + noun + " approved for treatment-resistant depression.", (), "Spravato",
                   "only-product", "INV")
    for noun in ("anesthetic", "dissociative drug", "generic medicine"):
        yield Seed("{D} is {ADV} the only " + noun + " approved for anxiety.", WRONG, "ketamine",
                   "only-product", "INV")

    # --- round 2 of issue 20 (blind5): real pages' wordings, each as a class with its traps
    # "not for every kind of <X>" denies only all of X; "not for any kind of <X>" denies each
    for every in ("every kind of depression", "all kinds of depression", "every form of depression",
                  "all depression"):
        yield Seed("{D} is {ADV} approved for treatment-resistant depression, not for anxiety and not for " + every + ".",
                   (), "esketamine", "not-every", "DIR")
        yield Seed("{D} is {ADV} not approved for " + every + ".", (), "esketamine", "not-every", "DIR")
    yield Seed("{D} is {ADV} not approved for any kind of depression.", WRONG, "esketamine", "not-every", "DIR")
    # an elided "but not for <X>" before a colon continues the approval, not the clause after it
    for brk in (":", ";"):
        yield Seed("The FDA has {ADV} approved {D} for anaesthesia and sedation, but not for anxiety" + brk
                   + " when a doctor offers it for anxiety, it is being prescribed off-label.", (), "ketamine",
                   "elided-before-break", "DIR")
        yield Seed("{D} is {ADV} approved for sedation, but not for anaesthesia" + brk
                   + " it is given off-label in surgery.", WRONG, "ketamine", "elided-before-break", "DIR")
    # "in its <drug B> form" moves the approval to drug B
    for form in ("in its esketamine form", "in the form of esketamine"):
        yield Seed("{D} has {ADV} been FDA-approved as an anaesthetic for decades and, " + form
                   + ", for depression in general.", BROADER, "ketamine", "in-its-form", "INV")
        yield Seed("{D} has {ADV} been FDA-approved as an anaesthetic for decades and, " + form
                   + ", for treatment-resistant depression.", (), "ketamine", "in-its-form", "INV")
    yield Seed("{D} is {ADV} approved for anaesthesia in its injectable form.", (), "ketamine", "in-its-form", "DIR")
    # a report someone answers is taken back; one agreed with is passed on
    for answer in ("Dr Marsh put him straight", "The pharmacist corrected him", "The host set the record straight"):
        yield Seed("Gary had {ADV} heard that {D} was approved for anxiety. " + answer
                   + ": it is approved as an anaesthetic only.", (), "ketamine", "put-straight", "DIR", edits=False)
    yield Seed("Gary had {ADV} heard that {D} was approved for anxiety. Dr Marsh agreed with him.", UNSUPPORTED,
               "ketamine", "put-straight", "DIR", edits=False)
    # a gerund subject holds the off-label predicate; a negation before ", and <clause>" stays out
    for verb in ("Using", "Prescribing", "Giving"):
        yield Seed(verb + " {D} for anxiety is {ADV} off-label.", (), "ketamine", "gerund-subject", "INV")
        yield Seed(verb + " {D} for anaesthesia is {ADV} off-label.", WRONG, "ketamine", "gerund-subject", "INV")
    yield Seed("{D} is not a miracle, and using it for anxiety is {ADV} off-label.", (), "ketamine", "gerund-subject",
               "DIR")
    # the narrow depression in another word order
    for narrow in ("the depression resistant to treatment", "depression that is resistant to other treatments",
                   "depression resistant to standard treatment"):
        yield Seed("{D} is {ADV} approved for " + narrow + ".", (), "esketamine", "narrow-word-order", "INV")
        yield Seed("{D} is {ADV} approved for " + narrow + ".", WRONG, "ketamine", "narrow-word-order", "INV")
    # "<X>, for which <drug> won approval": the relative pronoun stands for X
    yield from _each_target(("The one exception is {N}, for which {D} won FDA approval in 2022.",
                             "{N}, for which {D} is approved, is common."),
                            ("bipolar depression", "PTSD", "social anxiety disorder"), "anaesthesia", WRONG,
                            "for-which")
    yield Seed("Anxiety, for which many people {ADV} take {D}, is common.", (), "ketamine", "for-which", "DIR",
               edits=False)
    yield Seed("Anxiety, for which {D} is {ADV} not approved, is common.", (), "ketamine", "for-which", "DIR",
               edits=False)
    # a form that points back is the drug in discussion
    for form in ("The same infusions are", "These infusions are"):
        yield Seed(form + " {ADV} an FDA-approved option for obsessive-compulsive disorder.", WRONG, "ketamine",
                   "pointing-form", "INV", context="Our clinic gives ketamine infusions.", edits=False)
        yield Seed(form + " {ADV} approved for anaesthesia.", (), "ketamine", "pointing-form", "INV",
                   context="Our clinic gives ketamine infusions.", edits=False)
    # "…, full stop" is no object: the relative clause's noun is
    yield Seed("Its active ingredient, {D}, is {ADV} the form of ketamine the FDA has approved for depression, full stop.",
               BROADER, "esketamine", "full-stop", "INV", edits=False)
    yield Seed("{D} is {ADV} the form of ketamine the FDA has approved for treatment-resistant depression, as it happens.",
               (), "esketamine", "full-stop", "INV", edits=False)

    # --- round 4 of issue 20 (blind6): real pages' wordings, each as a class with its traps
    # a noun of relation is its apposition's drug, not its possessor's ("its cousin, <drug>")
    for relation in ("nasal-spray cousin", "close relative", "chemical cousin", "newer rival", "sister drug"):
        yield Seed("Its " + relation + ", {D}, has {ADV} been cleared by the agency for panic disorder.", UNSUPPORTED,
                   "esketamine", "relation-noun", "INV", context="Ketamine is not approved for anxiety.", edits=False)
        yield Seed("Its " + relation + ", {D}, is {ADV} approved for treatment-resistant depression.", (),
                   "esketamine", "relation-noun", "INV", context="Ketamine is not approved for anxiety.", edits=False)
    yield Seed("Its cousin has {ADV} been cleared by the FDA for depression.", (), "", "relation-noun", "DIR",
               context="Ketamine is not approved for anxiety.", edits=False)
    # a drug that names a kind ("one <drug>-family product") is not the product
    for kind in ("family", "like", "class", "type"):
        yield Seed("The FDA has {ADV} approved only one {D}-" + kind + " product for a psychiatric condition, Spravato, "
                   "and only for depression that hasn't responded to other treatments.", (), "ketamine", "drug-kind",
                   "DIR", edits=False)
    yield Seed("A {D}-based treatment is {ADV} FDA-approved for anxiety.", WRONG, "ketamine", "drug-kind", "INV",
               edits=False)
    # "a <class>" is borne out by a narrower approval
    for noun in ("a mental health condition", "a psychiatric disorder", "one psychiatric illness"):
        yield Seed("{D} is {ADV} approved for " + noun + ".", (), "esketamine", "one-of-a-class", "INV")
    yield Seed("{D} is {ADV} approved for an anxiety disorder.", WRONG, "ketamine", "one-of-a-class", "INV")
    # depression other treatment failed, with no negation: the narrow one
    for relative in ("that has resisted other drugs", "that other treatments failed to help",
                     "that has defied earlier treatment"):
        yield Seed("{D} is {ADV} approved for depression " + relative + ".", (), "esketamine", "resisted", "INV")
    # a report denied bare, in its sentence or the next: taken back; another bare clause passes it on
    for denial in ("; it isn't.", ", but it's not.", "; they're wrong.", ". It isn't.", ". No, it isn't.",
                   "; that's nonsense."):
        yield Seed("Some clinic ads {ADV} say {D} is approved for anxiety too" + denial, (), "Spravato",
                   "bare-denial", "DIR", edits=False)
        yield Seed("Some clinic ads {ADV} say {D} is approved for anxiety too" + denial, (), "ketamine",
                   "bare-denial", "DIR", edits=False)
    yield Seed("Some clinic ads {ADV} say {D} is approved for anxiety. It isn't cheap, though.", UNSUPPORTED,
               "ketamine", "bare-denial", "DIR", edits=False)
    # a form in the plural (or "the" + plural) is the drug in discussion's, where the packs give it that form
    for form in ("IM shots", "IV infusions", "The infusions", "Intramuscular shots"):
        yield Seed(form + " are {ADV} FDA-approved for social anxiety.", WRONG, "ketamine", "form-holder", "INV",
                   context="Our clinic offers ketamine.", edits=False)
        yield Seed(form + " are {ADV} approved for anaesthesia.", (), "ketamine", "form-holder", "INV",
                   context="Our clinic offers ketamine.", edits=False)
        yield Seed(form + " are {ADV} not approved for anxiety.", (), "ketamine", "form-holder", "DIR",
                   context="Our clinic offers ketamine.", edits=False)
    # a future or hoped approval states no status
    for frame in ("Clinics {ADV} hope {D} will be approved for anxiety soon.",
                  "{D} is {ADV} set to win FDA approval for anxiety.",
                  "{D} will {ADV} be approved for anxiety next year, one analyst predicts.",
                  "Makers are {ADV} pushing for {D} to be approved for anxiety."):
        yield Seed(frame, (), "ketamine", "forecast", "DIR")
    # an approval noun with no owner: the drug in discussion's, a warning
    for verb in ("came", "arrived", "was granted"):
        yield Seed("FDA approval for anxiety {ADV} " + verb + " in 2019.", WRONG, "", "noun-arrived", "INV",
                   context="Our readers often write in about ketamine.")
        yield Seed("FDA approval for anaesthesia {ADV} " + verb + " in 1970.", (), "", "noun-arrived", "INV",
                   context="Our readers often write in about ketamine.")
    yield Seed("FDA approval for anxiety is {ADV} unlikely.", (), "", "noun-arrived", "DIR",
               context="Our readers often write in about ketamine.")
    # "<X> is an approved indication for <drug>"
    yield from _each_target(("{N} is {ADV} an approved indication for {D}.",
                             "The FDA-approved indications for {D} {ADV} include {N}.",
                             "The approved uses for {D} {ADV} include {N}."), ("anxiety", "PTSD", "panic disorder"),
                            "anaesthesia", WRONG, "indication-for")
    # --- the bank's classes: a contrasting "not" after a comma, a label before a colon, an aside
    # after "has", an intensifying "itself"
    # (no generic edits: "The medication for anxiety is an off-label use, not an FDA-approved one." draws
    # HL704 from the source alignment, another family's false finding, reported to its owner)
    yield Seed("{D} for anxiety is {ADV} an off-label use, not an FDA-approved one.", (), "ketamine", "contrast-not",
               "DIR", edits=False)
    yield Seed("{D} for anxiety is {ADV} an approved use, not an off-label one.", WRONG, "ketamine", "contrast-not",
               "INV")
    for target, expect in (("anxiety", WRONG), ("PTSD", WRONG), ("anaesthesia", ()), ("sedation", ())):
        yield Seed("- **{D} for " + target + ":** {ADV} approved by the FDA.", expect, "ketamine", "label-colon", "INV",
                   edits=False)
        yield Seed("{D} for " + target + ": {ADV} an FDA-approved indication.", expect, "ketamine", "label-colon",
                   "INV", edits=False)
    yield Seed("- **{D} for anxiety:** not approved; any use is off-label.", (), "ketamine", "label-colon", "DIR",
               edits=False)
    for aside in ("since last year", "as of 2024", "in recent months"):
        yield Seed("{D} has, " + aside + ", {ADV} been authorised for treating anxiety.", WRONG, "ketamine", "aside-has",
                   "INV", edits=False)
        yield Seed("{D} has, " + aside + ", {ADV} been authorised for anaesthesia.", (), "ketamine", "aside-has",
                   "INV", edits=False)
    yield Seed("Using {D} as an anaesthetic is {ADV} itself an off-label practice.", WRONG, "ketamine", "itself", "INV")
    yield Seed("Using {D} for anxiety is {ADV} itself an off-label practice.", (), "ketamine", "itself", "INV")
    # a transcript: the next speaker's refutation after their label takes the report back
    for label in ("GUEST:", "HOST:", "DR MARSH:", "Reply from a moderator:"):
        yield Seed("CALLER: The website I read {ADV} says {D} was given the green light by the FDA for social phobia. "
                   + label + " That website is wrong.", (), "ketamine", "speaker-label", "DIR", edits=False)
    yield Seed("CALLER: The website I read {ADV} says {D} was given the green light by the FDA for social phobia. "
               "GUEST: I see why that is confusing.", WRONG_OR_WARNING, "ketamine", "speaker-label", "DIR", edits=False)
    # --- blind sets 7 and 8 (issue 20): a report set off by commas before the claim passes it on
    for aside in ("we were told by a member", "I am told", "a nurse told us", "so we hear"):
        yield Seed("Over in the States, " + aside + ", the agency {ADV} gave {D} a green light for panic disorder.",
                   WRONG_OR_WARNING, "ketamine", "aside-report", "DIR", edits=False)
        yield Seed("Over in the States, " + aside + ", the agency {ADV} approved {D} as an anaesthetic.", (),
                   "ketamine", "aside-report", "DIR", edits=False)
    # an approval word's negation is not the off-label word's: "NOT approved for <X> (off-label)"
    for frame in ("{D} → {ADV} NOT approved for anxiety (off-label).",
                  "This is {ADV} an off-label use, as {D} is not FDA-approved for anxiety.",
                  "This is {ADV} an off-label prescription, because {D} has never been approved for anxiety.",
                  "FDA: approved anaesthetic. NOT approved for any psych disorder → anxiety use = {ADV} off-label."):
        yield Seed(frame, (), "ketamine", "approval-negation", "DIR", edits=False)
    yield Seed("{D} is {ADV} not used off-label for anxiety.", WRONG, "ketamine", "approval-negation", "DIR",
               edits=False)
    # a report its adverb calls false frames the claim
    for adverb in ("falsely", "wrongly", "mistakenly"):
        yield Seed("Some clinics {ADV} " + adverb + " advertise that {D} is FDA-approved for anxiety.", (), "ketamine",
                   "false-report", "DIR", edits=False)
    # the pack's narrower condition named whole is no hedge: ketamine is denied it, esketamine holds it
    for relative in ("that hasn't responded to other treatment", "that has not responded to other treatments",
                     "that resists other treatment", "that hasn't shifted with other treatment",
                     "that has not lifted with other medicines"):
        yield Seed("{D} is {ADV} approved for depression " + relative + ".", WRONG, "ketamine", "narrow-named", "INV")
        yield Seed("Spravato is {ADV} the esketamine spray approved for depression " + relative + ".", (), "",
                   "narrow-named", "INV")
    # "it" after "<brand> contains <drug A> rather than <drug B>, and …" is the brand
    yield Seed("Spravato contains esketamine rather than ordinary ketamine, and it is {ADV} approved only for that "
               "hard-to-treat kind of depression.", (), "", "conj-it", "DIR", edits=False)
    yield Seed("Spravato contains esketamine rather than ketamine, and it is {ADV} approved for social anxiety.",
               UNSUPPORTED, "", "conj-it", "DIR", edits=False)
    # an approval word the parse ties to no use: graded, HL201 at warning where the source contradicts it
    for verb in ("licensed", "approved", "authorised", "sanctioned"):
        for target, expect in (("social anxiety", WRONG), ("PTSD", WRONG), ("anaesthesia", ())):
            yield Seed("For " + target + ", the condition she was diagnosed with, {D} has {ADV} been " + verb
                       + " since 2020.", expect, "ketamine", "guess-fronted", "INV", edits=False)
            yield Seed("He came to {D} through " + target + ", one of the conditions it is {ADV} " + verb
                       + " to treat.", expect, "ketamine", "guess-apposition", "INV", edits=False)
    for trap in ("Approved as an anaesthetic in 1970, {D} is {ADV} being studied for PTSD.",
                 "{D} is {ADV} FDA-approved, and doctors prescribe it off-label for panic disorder.",
                 "For social anxiety, {D} has {ADV} never been licensed.",
                 "For social anxiety, clinics {ADV} hope {D} will be licensed soon.",
                 "The question of {D}'s approval for anxiety {ADV} puzzles readers."):
        yield Seed(trap, (), "ketamine", "guess-trap", "DIR", edits=False)
    # the lettered options of a multiple-choice question assert nothing (issue 20, blind set 9);
    # the same lines with no question above them are claims
    stem = "Which statement about {D}'s regulatory status is correct?"
    for option in ("- A. {D} is {ADV} FDA-approved for generalized anxiety disorder",
                   "- C. {D} {ADV} has no FDA approval of any kind",
                   "- D) {D} is {ADV} approved for obsessive-compulsive disorder"):
        yield Seed(option, (), "ketamine", "quiz-option", "DIR", context=stem.replace("{D}", "ketamine"), edits=False)
        yield Seed(option, WRONG, "ketamine", "quiz-option", "INV", context="Ketamine at a glance.", edits=False)
    # a titled speaker's turn in a record is passed on (HL203); a bare first name or an answer to the
    # page's own "Q:" speaks for the page
    for label in ("**MR DOYLE (resident):**", "**CLLR BRENNAN:**", "**DR NAIR (medical director):**",
                  "**CHAIR (Cllr Whitlock):**", "**Mrs Hale:**"):
        yield Seed(label + " {D} is {ADV} approved for severe anxiety as well.", UNSUPPORTED, "ketamine",
                   "speaker-turn", "DIR", edits=False)
        yield Seed(label + " {D} is {ADV} approved as an anaesthetic.", (), "ketamine", "speaker-turn", "DIR",
                   edits=False)
    for label, context in (("**SAM:**", ""), ("**A:**", ""), ("**Dr. Osei:**", "**Q: What about PTSD?**")):
        yield Seed(label + " {D} is {ADV} approved for severe anxiety as well.", WRONG, "ketamine", "speaker-turn",
                   "INV", context=context, edits=False)
    # insisting reports; the writer's own insisting does not
    for frame in ("One owner was {ADV} keen to stress that {D} is fully licensed as a treatment for anxiety.",
                  "The clinic's director {ADV} emphasised that {D} is approved for panic disorder.",
                  "One host {ADV} assured us that {D} is approved for anxiety.",
                  "In Mexico {D} is {ADV} fully licensed as a treatment for anxiety."):
        yield Seed(frame, UNSUPPORTED, "ketamine", "insisting", "DIR", edits=False)
    yield Seed("I would {ADV} stress that {D} is approved for anxiety.", WRONG, "ketamine", "insisting", "INV",
               edits=False)

    # --- session 6 (blind10): idioms and label words of approval, written from English, not from
    # the corpus lines; each with a right use and the traps the same words set
    for frame in ("The FDA has {ADV} rubber-stamped {D} {F}.", "{D} {ADV} got the go-ahead from the FDA {F}.",
                  "{D} has {ADV} a seal of approval {F}.", "{D} {ADV} got the nod {F}.",
                  "{D} is {ADV} on-label {F}.", "The FDA {ADV} signed off on {D} {F}.",
                  "{D} {ADV} carries a formal approval {F}.", "{D} is {ADV} green-lighted {F}.",
                  "The agency has {ADV} given {D} the go-ahead {F}."):
        for complement in ("for anxiety", "for PTSD", "to treat panic disorder"):
            yield Seed(frame.replace("{F}", complement), WRONG, "ketamine", "idiom", "INV")
        yield Seed(frame.replace("{F}", "as an anaesthetic"), (), "ketamine", "idiom", "INV")
    yield from _each_target(("{D}'s FDA label {ADV} covers {N}.", "{D}'s FDA label {ADV} includes {N}.",
                             "{N} is {ADV} among the FDA label indications of {D}."),
                            ("anxiety", "PTSD", "panic disorder"), "anaesthesia", WRONG, "label")
    for trap in ("Patients {ADV} give {D} a thumbs-up for anxiety.",
                 "My doctor {ADV} gave the go-ahead for {D} for my anxiety.",
                 "The FDA label for {D} {ADV} lists hallucinations among its side effects.",
                 "{D} is {ADV} not on-label for anxiety.",
                 "{D} has {ADV} never got the go-ahead from the FDA for anxiety.",
                 "Clinics {ADV} hope {D} will get the nod for anxiety."):
        yield Seed(trap, (), "ketamine", "idiom-trap", "DIR", edits=False)
    # a relative clause after a drug that only completes a modifier ("a spray related to <drug>,
    # which …") speaks of the modified noun, never provably of that drug
    for modifier in ("related to", "closely related to"):
        yield Seed("That is esketamine, a nasal spray " + modifier + " ketamine, which is {ADV} approved for depression "
                   "that has not responded to other treatment.", (), "", "relative-modifier", "DIR", edits=False)
