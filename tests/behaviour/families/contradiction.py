"""Two claims in one draft that cannot both be true (HL701 on the later line).

Each seed's `context` is the earlier claim, said the source's way (so the context alone draws
no finding and the directional edits of the later line must leave the draft silent); the
seed's text is the later claim. A wrong pair must fire HL701 on the later line; where the
later line also disagrees with a fact the source states, that source finding is allowed
beside it (HL201, HL301, HL502 are errors of their own; HL703, a warning, for a product said
to be another drug or a one-form drug given another way). A correct pair — the
same claim in other words, consistent claims, claims about two drugs or two studies — must
stay silent.

Facts from rules/ketamine.yaml and the source: ketamine blocks NMDA receptors; it is an
anesthetic given mostly in a healthcare setting (IV infusions, IM shots), with sublingual
tablets (dissolved under the tongue) for use at home; esketamine, a form of ketamine, is a
nasal spray approved for treatment-resistant depression and is not ketamine itself; the
2023 analysis used data from 2017 to 2020, the weekly trial was in 2017, the phobia research
in 2021. The source states no onset or duration for esketamine, SNRIs or buspirone, so time
spans about them clash only with each other.
"""

from __future__ import annotations

from ..harness import Seed

SELF = ("HL701",)

# ------------------------------------------------------------------ mechanism
# Earlier: ketamine blocks NMDA receptors (the source's way).
BLOCK_EARLIER = (
    "Ketamine blocks NMDA receptors.",
    "Ketamine works by blocking NMDA receptors in the brain.",
    "Ketamine is an NMDA receptor antagonist.",
    "Ketamine inhibits NMDA receptors.",
    "Its main target is the NMDA receptor, which ketamine blocks.",
    "Ketamine shuts down NMDA receptors.",
)
# Later, the opposite action in many verbs and frames ("{D}" is the drug).
ACTIVATE_LATER = (
    "{D} {ADV} activates NMDA receptors.",
    "{D} {ADV} stimulates NMDA receptors.",
    "{D} {ADV} switches on NMDA receptors.",
    "{D} {ADV} turns NMDA receptors on.",
    "{D} {ADV} switches NMDA receptors on.",
    "{D} is {ADV} an NMDA receptor agonist.",
    "{D} {ADV} acts as an agonist at NMDA receptors.",
    "{D} {ADV} excites NMDA receptors.",
    "{D} {ADV} boosts the activity of NMDA receptors.",
    "{D} {ADV} works by activating NMDA receptors.",
    "{D} {ADV} works by switching on NMDA receptors.",
    "{D} {ADV} fires up NMDA receptors.",
    "NMDA receptors are {ADV} activated by {D}.",
    "NMDA receptors are {ADV} stimulated by {D}.",
    "{D} {ADV} does not block NMDA receptors.",
    "{D} {ADV} does not inhibit NMDA receptors.",
    # the action as an adjective on an effect noun, or as a noun (issue 20)
    "{D} {ADV} has an activating effect on NMDA receptors.",
    "{D} {ADV} has a stimulating effect on NMDA receptors.",
    "{D} {ADV} exerts a stimulatory action at NMDA receptors.",
    "{D} {ADV} causes activation of NMDA receptors.",
    "{D} {ADV} acts as an agonist of NMDA receptors.",
    "{D} {ADV} has an agonistic effect on NMDA receptors.",
    "{D} {ADV} ramps up NMDA receptors.",
    "{D} {ADV} amplifies NMDA receptors.",
    "By switching NMDA receptors on, {D} {ADV} wakes up quiet circuits.",
    "By activating NMDA receptors, {D} {ADV} lifts mood.",
    "By turning on NMDA receptors, {D} {ADV} lifts mood.",
    "By stimulating NMDA receptors, {D} {ADV} eases anxiety.",
    "Put simply, by switching NMDA receptors on, {D} {ADV} wakes up quiet circuits.",
    "Its main target is the NMDA receptor, which {D} {ADV} activates.",
    "Its main target is the NMDA receptor, which {D} {ADV} switches on.",
    # a possessive before the target, an appositive after the drug (blind3)
    "{D} {ADV} switches on your NMDA receptors.",
    "{D} {ADV} fires up the brain's NMDA receptors.",
    "{D} {ADV} boosts their NMDA receptors.",
)
# The drug before an appositive aside (the generic parenthesis edit would add a second aside).
APPOSITIVE_LATER = ("Ketamine, a drug first used in surgery, {ADV} stimulates NMDA receptors.",
                    "Ketamine, an old anaesthetic, {ADV} excites the brain's NMDA receptors.",
                    "Ketamine, once a horse tranquilliser, {ADV} fires up NMDA receptors.")
# Later, the same action in other words: consistent with the earlier line.
BLOCK_LATER = (
    "{D} {ADV} blocks NMDA receptors.",
    "{D} {ADV} inhibits NMDA receptors.",
    "{D} {ADV} dampens NMDA receptors.",
    "{D} {ADV} shuts down NMDA receptors.",
    "{D} {ADV} switches off NMDA receptors.",
    "{D} {ADV} turns NMDA receptors off.",
    "{D} is {ADV} an NMDA receptor blocker.",
    "{D} is {ADV} an NMDA antagonist.",
    "{D} {ADV} antagonises NMDA receptors.",
    "NMDA receptors are {ADV} blocked by {D}.",
    "{D} {ADV} works by blocking NMDA receptors.",
    "{D} {ADV} does not activate NMDA receptors.",
    "{D} {ADV} does not switch on NMDA receptors.",
    "{D} {ADV} has a blocking effect on NMDA receptors.",
    "{D} {ADV} has an inhibitory effect on NMDA receptors.",
    "{D} {ADV} exerts an antagonistic action at NMDA receptors.",
    "{D} {ADV} causes blockade of NMDA receptors.",
    "{D} {ADV} acts as an antagonist of NMDA receptors.",
    "{D} {ADV} has no activating effect on NMDA receptors.",
    "{D} {ADV} blocks your NMDA receptors.",

    "{D} {ADV} quietens NMDA receptors.",
    "{D} {ADV} silences NMDA receptors.",
    "By blocking NMDA receptors, {D} {ADV} lifts mood.",
    "By switching NMDA receptors off, {D} {ADV} wakes up quiet circuits.",
    "Put simply, by shutting down NMDA receptors, {D} {ADV} eases anxiety.",
    "Its main target is the NMDA receptor, which {D} {ADV} inhibits.",
)


def pairs(earlier_claims, wrong, right, drug, capability, expect=SELF):
    """Each earlier claim followed by each wrong later one (must fire) and each right one
    (the same claim in other words: silent)."""
    for earlier in earlier_claims:
        for later in wrong:
            yield Seed(later, expect, drug, capability, context=earlier)
        for later in right:
            yield Seed(later, (), drug, f"{capability}-same", context=earlier)


def mechanism():
    yield from pairs(BLOCK_EARLIER, ACTIVATE_LATER, BLOCK_LATER, "ketamine", "mechanism")
    for earlier in BLOCK_EARLIER:
        for later in APPOSITIVE_LATER:
            yield Seed(later, SELF, "ketamine", "mechanism", context=earlier)
        yield Seed("Ketamine, a drug first used in surgery, {ADV} blocks the brain's NMDA receptors.", (),
                   "ketamine", "mechanism-same", context=earlier)
    # A belief attributed to others, not refuted: passed on, so a warning of the category (the
    # source's action said the other way round, HL702) where the writer's own line would be HL701.
    for later in ("Scientists {ADV} believe {D} activates NMDA receptors.",
                  "Some researchers {ADV} say that {D} has an activating effect on NMDA receptors.",
                  "According to one review, {D} {ADV} acts as an agonist of NMDA receptors."):
        for earlier in BLOCK_EARLIER[:2]:
            yield Seed(later, SELF, "ketamine", "attribution", "INV", earlier)
    # The source's action said the other way round with no earlier line, hedged by what the
    # writer read: HL702 (a warning) alone.
    for later in ("From what I've read, {D} {ADV} switches on your NMDA receptors.",
                  "From what I've read, {D} {ADV} fires up the brain's NMDA receptors and that lets the brain rewire.",
                  "{D} {ADV} switches on your NMDA receptors and that's what lets your brain rewire."):
        yield Seed(later, ("HL702",), "ketamine", "mechanism-source")
    for later in ("Some websites {ADV} wrongly claim that {D} switches on your NMDA receptors.",
                  "Unlike {D}, glycine {ADV} switches on your NMDA receptors."):
        yield Seed(later, (), "ketamine", "mechanism-source-trap", "DIR", edits=False)
    # Another drug as the subject of the opposite action: not the same claim.
    for later in ("Unlike ketamine, glycine {ADV} activates NMDA receptors.",
                  "Glutamate {ADV} activates NMDA receptors, and ketamine blocks them.",
                  "Glutamate {ADV} has an activating effect on NMDA receptors, which ketamine blocks.",
                  "Ketamine {ADV} prevents activation of NMDA receptors.",
                  "Scientists {ADV} once believed ketamine activates NMDA receptors, but it does not.",
                  "By activating NMDA receptors, glutamate {ADV} carries signals, and ketamine blocks them.",
                  "Glutamate is the NMDA receptor's messenger, which glycine {ADV} activates.",
                  "Its main target is the NMDA receptor, which glutamate {ADV} activates."):
        for earlier in BLOCK_EARLIER[:2]:
            yield Seed(later, (), "", "other-subject", "DIR", earlier, edits=False)


# ------------------------------------------------------------------ setting
SUPERVISED_EARLIER = (
    "Ketamine infusions are given under medical supervision in a clinic.",
    "Ketamine infusions are given in a clinic, with a nurse watching.",
    "Ketamine infusions are always given in a medical setting under close supervision.",
)
# Later claims name the drug after the form ("infusions of {D}"), so that the generic edits on
# the drug slot (a parenthesis after it) give sentences a writer would write.
UNSUPERVISED_LATER = (
    "Infusions of {D} are {ADV} given at home with no clinician present.",
    "Infusions of {D} are {ADV} self-administered at home.",
    "Infusions of {D} are {ADV} taken at home without supervision.",
    "Infusions of {D} are {ADV} done at home alone.",
    "Infusions of {D} are {ADV} given at home alone.",
    "Patients {ADV} give themselves infusions of {D} at home.",
    "Infusions of {D} are {ADV} given at home with nobody watching.",
    "Infusions of {D} are {ADV} unsupervised.",
    "Infusions of {D} {ADV} happen at home without a doctor.",
    "Infusions of {D} are {ADV} given at home with no medical staff.",
    "Some patients {ADV} carry on with infusions of {D} at home, on their own.",
    "Once a course is over, patients {ADV} carry on with infusions of {D} at home, on their own.",
    "Patients {ADV} take infusions of {D} at home without medical supervision.",
    "People {ADV} receive infusions of {D} at home, by themselves.",
    "Patients {ADV} self-administer infusions of {D} at home.",
    # read from the words: a reflexive and home, or the verb read as a noun (blind3)
    "For your next session you may {ADV} run the infusion of {D} yourself at home.",
    "Many patients {ADV} give themselves the infusion of {D} at home.",
    "Some people {ADV} self-administer infusions of {D} in their own living room.",
    "Once you are stable, you can {ADV} do your infusions of {D} at home without a nurse.",
    "Later they sent me home and I {ADV} ran the drips of {D} myself in my flat, with nobody else around.",
    "Stable patients will {ADV} use infusions of {D} at home, with nobody supervising.",
    # a supervised word in an opening clause of when; "home with you" (blind5)
    "Once you have completed two supervised sessions, you can {ADV} take infusions of {D} home with you "
    "and run them yourself.",
    "After a few supervised sessions, patients {ADV} give themselves infusions of {D} at home.",
)
SUPERVISED_LATER = (
    "Infusions of {D} are {ADV} given by a nurse in a clinic.",
    "Infusions of {D} are {ADV} given under supervision.",
    "Infusions of {D} are {ADV} monitored by clinicians.",
    "Infusions of {D} {ADV} take place in a clinic.",
    "Infusions of {D} are {ADV} supervised.",
    "Tablets of {D} can {ADV} be taken at home.",
    "Tablets of {D} are {ADV} also used at home between infusions.",
    "Infusions of {D} are {ADV} never given without supervision.",
    "Patients {ADV} receive infusions of {D} in a clinic under supervision.",
    "Some patients {ADV} also take tablets of {D} at home on their own.",
    "Patients should {ADV} never take infusions of {D} at home on their own.",
    "Never {ADV} give yourself infusions of {D} at home.",
    "Unlike at-home kits, our clinic {ADV} gives infusions of {D} under supervision.",
    "After the infusion of {D}, you can {ADV} rest at home by yourself.",
    "Never {ADV} run an infusion of {D} yourself at home.",
    "Tablets of {D} can {ADV} be taken at home by yourself.",
    # the opening clause says when; the main clause keeps the clinic, or names no one giving it
    "Once you have completed two sessions at home, infusions of {D} are {ADV} given by a nurse in a clinic.",
    "Once the infusion of {D} is over, you can {ADV} go home with someone.",
)


def setting():
    yield from pairs(SUPERVISED_EARLIER, UNSUPERVISED_LATER, SUPERVISED_LATER, "ketamine", "setting")
    # Another drug at home: two treatments, not one said two ways.
    for later in UNSUPERVISED_LATER[:4]:
        yield Seed(later, (), "buspirone", "other-drug", "DIR", SUPERVISED_EARLIER[0])


# ------------------------------------------------------------------ which drug a product is
IDENTITY_EARLIER = (
    "The nasal spray is esketamine.",
    "The nasal spray contains esketamine.",
    "The nasal spray is esketamine, a form of ketamine.",
)
IDENTITY_WRONG = (
    "The spray is {ADV} {D}.",
    "The spray {ADV} contains {D}.",
    "The nasal spray is {ADV} {D}.",
    "The nasal spray is {ADV} made from {D}.",
)
IDENTITY_RIGHT = (
    "The spray is {ADV} {D}.",
    "The spray {ADV} contains {D}.",
    "The nasal spray is {ADV} {D}.",
)


# Spravato's drug said by "it" in a later clause, after a condition that closes before it.
BRAND_EARLIER = ("Spravato is esketamine.", "Spravato contains esketamine.",
                 "Spravato is the brand name for esketamine, a form of ketamine.",
                 # the brand with its form in apposition (blind5)
                 "Prescriptions for Spravato, the esketamine nasal spray, keep rising.",
                 "Spravato, an esketamine spray, is given in certified clinics.")
BRAND_WRONG = ("Spravato is {ADV} {D}.", "Spravato {ADV} contains {D}.",
               "Spravato is {ADV} really just {D} in a spray bottle.",
               "If Spravato is easier to get, remember that it is {ADV} just {D}.",
               "Spravato is easy to get, and it is {ADV} {D}.")
# Suppositions, not claims: the condition holds the claim, or the main clause says "would".
BRAND_SUPPOSED = ("If Spravato were {ADV} {D}, it would cost far less.",
                  "If you buy it online, it {ADV} could be {D}.",
                  "If it is {ADV} {D}, the label would say so.")


def identity():
    for earlier in IDENTITY_EARLIER:
        for later in IDENTITY_WRONG:
            for drug in ("plain ketamine", "ordinary ketamine", "regular ketamine", "arketamine",
                         "racemic ketamine"):
                yield Seed(later, SELF, drug, "identity", context=earlier)
            yield Seed(later.replace("{D}", "ketamine rather than {D}"), SELF, "esketamine", "identity",
                       context=earlier)
        for later in IDENTITY_RIGHT:
            yield Seed(later, (), "esketamine", "identity-same", context=earlier)
            yield Seed(later, (), "a form of ketamine", "identity-same", context=earlier, edits=False)
    # A product named by its brand, or by "it" after it.
    for earlier in BRAND_EARLIER:
        for later in BRAND_WRONG:
            for drug in ("plain ketamine", "ordinary ketamine", "arketamine"):
                yield Seed(later, SELF + ("HL703",), drug, "brand", context=earlier)
            yield Seed(later, (), "esketamine", "brand-same", context=earlier)
    # A brand said to be another drug than the pack makes it, with no other cue than "is"; the
    # source's own fact (HL703) with no earlier line. Two drugs compared are no identity.
    for later in ("Spravato is {ADV} {D}.", "Spravato was {ADV} {D}."):
        yield Seed(later, ("HL703",), "arketamine", "brand-source")
    for later in ("Spravato is {ADV} {D}.", "Spravato is {ADV} a brand of {D}.", "{D} is {ADV} more potent than esketamine.",
                  "{D} is {ADV} older than esketamine."):
        yield Seed(later, (), "esketamine" if later.startswith("Spravato") else "ketamine", "brand-source-same", "DIR")
        for later in BRAND_SUPPOSED:
            yield Seed(later, (), "ordinary ketamine", "supposed", "DIR", earlier, edits=False)


# ------------------------------------------------------------------ route and form
ROUTE_EARLIER = (
    "The tablets are dissolved under the tongue.",
    "The tablets are placed under the tongue to dissolve.",
    "The tablets are taken sublingually.",
)
ROUTE_WRONG = (
    "The tablets are {ADV} swallowed whole.",
    "The tablets are {ADV} swallowed with water.",
    "The tablets are {ADV} injected into a vein.",
    "The tablets are {ADV} sprayed into the nose.",
    "The tablets are {ADV} taken by mouth.",
    "The tablets are {ADV} swallowed like any other pill.",
    "You {ADV} swallow the tablets whole with a glass of water.",
    "Patients {ADV} swallow the tablets with water.",
)
ROUTE_RIGHT = (
    "The tablets {ADV} dissolve under the tongue.",
    "The tablets are {ADV} held under the tongue until they dissolve.",
    "The tablets are {ADV} not swallowed.",
    "The tablets are {ADV} left to melt under the tongue.",
    "The tablets {ADV} melt under the tongue.",
    "You {ADV} hold the tablets under the tongue until they dissolve.",
)
SPRAY_EARLIER = ("Esketamine is given as a nasal spray.", "Esketamine is sprayed into the nose.")
SPRAY_WRONG = (
    "{D} is {ADV} given as an IV infusion.",
    "{D} is {ADV} injected into a vein.",
    "{D} is {ADV} given intravenously.",
    "{D} is {ADV} swallowed as a pill.",
    "{D} is {ADV} taken as a tablet under the tongue.",
    "{D} is {ADV} given as an intramuscular injection.",
    "{D} is {ADV} taken orally.",
    "{D} is {ADV} given as a shot into the muscle.",
)
SPRAY_RIGHT = (
    "{D} is {ADV} given as a nasal spray.",
    "{D} is {ADV} used as a nasal spray.",
    "{D} is {ADV} sprayed into the nose.",
    "{D} is {ADV} taken through the nose.",
    "{D} is {ADV} given intranasally.",
)


def route():
    yield from pairs(ROUTE_EARLIER, ROUTE_WRONG, ROUTE_RIGHT, "", "route")
    yield from pairs(SPRAY_EARLIER, SPRAY_WRONG, SPRAY_RIGHT, "esketamine", "route", SELF + ("HL703",))
    # Ketamine itself is given in several ways: two routes are no contradiction.
    for later in ("{D} can {ADV} be given as an IV infusion.", "{D} can {ADV} be given as an injection into a muscle.",
                  "{D} can {ADV} be taken as a tablet under the tongue."):
        yield Seed(later, (), "ketamine", "several-routes", "DIR", "Ketamine infusions go into a vein.")


# ------------------------------------------------------------------ onset and duration
# Drugs the source gives no time course for: the later span can clash only with the earlier.
NO_FACT_DRUGS = ("esketamine", "buspirone", "SNRIs")
ONSET_WRONG = (
    "{D} {ADV} takes three months to work.",
    "{D} {ADV} takes 3 months to start working.",
    "It {ADV} takes twelve weeks for {D} to work.",
    "{D} {ADV} needs two to three months to work.",
    "{D} {ADV} starts working after about six months.",
)
ONSET_SAME = (
    "{D} {ADV} takes about a week to work.",
    "{D} {ADV} takes seven days to work.",
    "{D} {ADV} takes 5 to 8 days to start working.",
)


def onset():
    for drug in NO_FACT_DRUGS:
        plural = drug.endswith("s")
        earlier = f"{drug[:1].upper()}{drug[1:]} {'take' if plural else 'takes'} about a week to work."
        for later in ONSET_WRONG:
            text = later if not plural else later.replace("takes", "take").replace("needs", "need").replace(
                "starts", "start")
            yield Seed(text, SELF, drug, "onset", context=earlier)
        for later in ONSET_SAME:
            text = later if not plural else later.replace("takes", "take")
            yield Seed(text, (), drug, "onset-same", context=earlier)
    # An onset given as two ranges: apart they clash, overlapping they are one rough figure.
    for earlier in ("Buspirone takes two to four weeks to work.", "Buspirone takes 2-4 weeks to start working."):
        for later in ("{D} {ADV} takes three to five months to work.",
                      "{D} {ADV} takes between 3 and 5 months to start working.",
                      "{D} {ADV} needs 12 to 16 weeks before it works."):
            yield Seed(later, SELF, "buspirone", "onset-range", context=earlier)
        for later in ("{D} {ADV} takes three to five weeks to work.", "{D} {ADV} takes about three weeks to work."):
            yield Seed(later, (), "buspirone", "onset-range-same", context=earlier)
    # Ketamine's onset is in the source: a later span far from it is wrong twice over.
    for earlier in ("Ketamine can ease anxiety within hours.", "Ketamine may work within hours."):
        for later in ("{D} {ADV} takes four to six weeks to ease anxiety.", "{D} {ADV} takes two months to work."):
            yield Seed(later, SELF + ("HL301",), "ketamine", "onset-source", context=earlier)
        yield Seed("{D} can {ADV} work within a few hours.", (), "ketamine", "onset-same", context=earlier)


DURATION_WRONG = (
    "The relief from {D} {ADV} lasts about six months.",
    "{D}'s effects {ADV} last for half a year.",
    "The effects of {D} {ADV} last for six months.",
)


def duration():
    for drug in ("esketamine", "buspirone"):
        earlier = f"The effects of {drug} last about a week."
        for later in DURATION_WRONG:
            yield Seed(later, SELF, drug, "duration", context=earlier)
        yield Seed("The effects of {D} {ADV} last about seven days.", (), drug, "duration-same", context=earlier)
        yield Seed("The effects of {D} {ADV} last for roughly a week.", (), drug, "duration-same", context=earlier)


# ------------------------------------------------------------------ approval
def approval():
    earlier_wordings = ("Ketamine is not approved for any psychiatric disorder.",
                        "Ketamine has no FDA approval for anxiety.")
    wrong = ("{D} is {ADV} approved for anxiety.", "{D} is {ADV} FDA-approved for anxiety.",
             "{D} {ADV} has FDA approval for anxiety.", "The FDA has {ADV} approved {D} for anxiety.")
    for earlier in earlier_wordings:
        for later in wrong:
            yield Seed(later, SELF + ("HL201",), "ketamine", "approval", context=earlier)
        yield Seed("{D} is {ADV} used off-label for anxiety.", (), "ketamine", "approval-same", context=earlier)
        yield Seed("{D} is {ADV} not FDA-approved for anxiety.", (), "ketamine", "approval-same", context=earlier)
        yield Seed("{D} is {ADV} approved for treatment-resistant depression.", (), "esketamine", "other-drug",
                   "DIR", earlier)


# ------------------------------------------------------------------ studies
# A study the source does not report, dated twice: only the draft itself can say it is wrong.
STUDY_EARLIER = ("A Canadian trial of buspirone in 2019 enrolled 80 adults with GAD.",)
STUDY_WRONG = (
    "The Canadian trial {ADV} took place in 2012.",
    "The Canadian trial was {ADV} run in 2015.",
)


def studies():
    for earlier in STUDY_EARLIER:
        for later in STUDY_WRONG:
            yield Seed(later, SELF, "", "study-year", context=earlier)
        yield Seed("The Canadian trial was {ADV} run in 2019.", (), "", "study-year-same", context=earlier)
    # The 2023 analysis: its data period in the source is 2017 to 2020.
    earlier = "The 2023 analysis used patient records from 2017 to 2020."
    for later in ("The 2023 analysis {ADV} used records from 2010 to 2014.",
                  "The 2023 analysis {ADV} looked at data from 2012 to 2015."):
        yield Seed(later, SELF + ("HL502",), "", "study-period", context=earlier)
    yield Seed("The 2023 analysis {ADV} looked at data from 2017 to 2020.", (), "", "study-period-same",
               context=earlier)
    # A source study named by its short name, then given another year or design.
    kit = "The headline paper is a 2023 analysis of ketamine intravenous therapy, known as KIT."
    for later in ("The KIT paper, published in 2021, {ADV} remains the one most clinics quote.",
                  "The KIT analysis was {ADV} published in 2020."):
        yield Seed(later, SELF + ("HL501",), "", "study-alias-year", context=kit)
    for later in ("Because it was {ADV} a randomised controlled trial, the finding carries weight.",
                  "It was {ADV} a double-blind, placebo-controlled trial."):
        yield Seed(later, ("HL503",), "", "study-design", context=kit)  # HL503 alone: see _STUDY_FIELDS
    for later in ("The KIT paper, published in 2023, {ADV} remains the one most clinics quote.",
                  "It was {ADV} an analysis of past records.", "The KIT study was {ADV} retrospective."):
        yield Seed(later, (), "", "study-same", context=kit)
    # Another study of another design and year after it: no contradiction.
    yield Seed("A 2017 trial {ADV} gave weekly ketamine to people with social anxiety.", (), "", "other-study",
               "DIR", kit)
    # A source study restated under a longer definite name, given another year (blind4's class).
    weekly = "A 2017 trial gave weekly ketamine doses to people with social anxiety."
    # (Plain only: with an adverb before the year, the study extractor reads no year, HL501 too.)
    for later in ("The weekly-dosing trial, which ran in 2019, was small.", "The weekly-dosing trial was run in 2019."):
        yield Seed(later, SELF + ("HL501",), "", "study-alias-year", context=weekly, edits=False)
    yield Seed("The weekly-dosing trial was {ADV} run in 2017.", (), "", "study-same", context=weekly)
    # A definite phrase with its own year names another study (the integrator's false error).
    for earlier in ("In the 2017 study, most patients were followed for six months.",
                    "A 2015 study of buspirone followed 40 people for a year."):
        for later in ("The 2019 trial was {ADV} double-blind and included 300 people.",
                      "The 2019 study {ADV} followed 300 people.",
                      "The 2019 double-blind trial {ADV} included 300 people.",
                      "The trial from 2019 {ADV} included 300 people."):
            yield Seed(later, (), "", "other-study", "DIR", earlier)
    # Two different studies with two years: no contradiction.
    yield Seed("A 2021 study {ADV} looked at phobias.", (), "", "other-study", "DIR",
               "A 2023 analysis looked at anxiety and depression.")


# ------------------------------------------------------------------ session length
# No pack holds how long a session is: two lengths in one draft can clash only with each other.
SESSION_EARLIER = ("Sessions of ketamine last about forty minutes.",
                   "At partner clinics, sessions last about forty minutes, with a rest period afterwards.")
SESSION_WRONG = (
    "Each session of {D} {ADV} takes around two hours from start to finish.",
    "Sessions of {D} {ADV} last three hours.",
    "A session of {D} {ADV} runs for 150 minutes.",
    "Infusions of {D} {ADV} take about two hours.",
)
SESSION_RIGHT = (
    "Each session of {D} {ADV} takes around 45 minutes.",
    "Sessions of {D} {ADV} last between 30 and 50 minutes.",
    "The first session of {D} {ADV} takes two hours.",
    "The whole visit for {D} {ADV} takes about two hours.",
    "You {ADV} rest for two hours after each session of {D}.",
    "Nasal spray sessions of esketamine {ADV} take two hours.",
)


def sessions():
    yield from pairs(SESSION_EARLIER, SESSION_WRONG, SESSION_RIGHT, "ketamine", "session-length")


def seeds():
    for family in (mechanism, setting, identity, route, onset, duration, approval, studies, sessions,
                   source_side, words_alone, other_words, kinds,
                   property_words, session8):
        yield from family()


# ------------------------------------------------------------------ the later line the source's way
# Whichever side the source supports, the contradiction is reported where the reader meets it
# (issue 20's policy). The earlier line is the wrong one here, so it draws its own source finding:
# the directional edits of the later line would not leave the draft silent (edits=False).
# (Not "approved for <a kind of anxiety>": off-label for anxiety after it may be read as consistent.)
WRONG_APPROVAL_EARLIER = ("Ketamine is FDA-approved for anxiety.",
                          "Ketamine has carried FDA approval as an anxiety treatment for years.",
                          "Ketamine is now licensed to treat anxiety in the US.")
OFF_LABEL_LATER = ("{D} is used off-label for anxiety.", "{D} is not FDA-approved for anxiety.",
                   "{D} has never been approved for anxiety.", "Doctors prescribe {D} off-label for anxiety.",
                   "In the US, {D} is prescribed for anxiety on an off-label basis.",
                   "Every infusion of {D} we give for anxiety is off-label.")
WRONG_ONSET_EARLIER = ("Ketamine takes about three weeks to ease anxiety.",
                       "Ketamine usually needs a month before anxiety starts to lift.")
ONSET_LATER = ("{D} can ease anxiety within hours.", "{D} often works within a few hours.",
               "Many people feel {D} working within hours of an infusion.")


def source_side():
    for earlier in WRONG_APPROVAL_EARLIER:
        for later in OFF_LABEL_LATER:
            yield Seed(later, SELF + ("HL201",), "ketamine", "source-side-approval", context=earlier, edits=False)
    for earlier in WRONG_ONSET_EARLIER:
        for later in ONSET_LATER:
            yield Seed(later, SELF + ("HL301",), "ketamine", "source-side-onset", context=earlier, edits=False)


# ------------------------------------------------------------------ words alone (graded warnings)
# A setting, an action or an effect the parse may not attach, said in the words blind writers use.
HOME_LATER = ("From next month you can {ADV} run the infusions of {D} yourself at home, with no nurse present.",
              "Infusions of {D} are {ADV} used at home like any other treatment.",
              "After two supervised sessions, the clinic {ADV} sends infusions of {D} home with you.",
              "You can {ADV} set up the drip of {D} yourself at home.")
HOME_TRAPS = ("You can {ADV} rest at home after the infusion of {D}.",
              "Tablets of {D} are {ADV} used at home.",
              "Some patients also {ADV} take tablets of {D} home.")
TABLETS_AT_HOME = ("Ketamine sublingual tablets are used at home between visits.",
                   "Some prescribers also send patients home with sublingual ketamine tablets.")
ONLY_SUPERVISED_LATER = ("Tablets of {D} must {ADV} only ever be taken under supervision in a clinic.",
                         "Tablets of {D} are {ADV} only ever given in the clinic, never taken at home.")
THOSE_RECEPTORS_LATER = ("By switching those receptors on, {D} {ADV} wakes up quiet circuits.",
                         "Put plainly, {D} {ADV} switches those receptors on.",
                         "By activating those same receptors, {D} {ADV} wakes up dormant circuits.",
                         "{D} {ADV} works by stimulating the very same receptors.")
LISTED_EARLIER = ("Side effects of ketamine include agitation, memory loss and hallucinations.",)
DENIED_LATER = ("{D} {ADV} does not cause memory loss.", "{D} {ADV} never causes hallucinations.",
                "Hallucinations are {ADV} not a side effect of {D}.")


def words_alone():
    yield from pairs(SUPERVISED_EARLIER, HOME_LATER, HOME_TRAPS, "ketamine", "setting-words")
    for earlier in TABLETS_AT_HOME:
        for later in ONLY_SUPERVISED_LATER:
            yield Seed(later, SELF + ("HL703",), "ketamine", "setting-only", context=earlier)
        yield Seed("Tablets of {D} are {ADV} usually taken at home.", (), "ketamine", "setting-only-same",
                   context=earlier)
    yield from pairs(BLOCK_EARLIER[:2], THOSE_RECEPTORS_LATER, (), "ketamine", "mechanism-words",
                     expect=SELF + ("HL702",))
    yield Seed("Glutamate {ADV} switches those receptors on.", (), "", "mechanism-words-trap", "DIR",
               BLOCK_EARLIER[0], edits=False)
    yield Seed("Glutamate {ADV} activates those same receptors.", (), "", "mechanism-words-trap", "DIR",
               BLOCK_EARLIER[0], edits=False)
    yield Seed("By blocking those same receptors, {D} {ADV} wakes up dormant circuits.", (), "ketamine",
               "mechanism-words-same", "INV", BLOCK_EARLIER[0])
    yield from pairs(LISTED_EARLIER, DENIED_LATER, ("{D} {ADV} does not cause weight gain.",), "ketamine",
                     "effect-denied", expect=SELF + ("HL402",))


# ------------------------------------------------------------------ other words (session 5's classes)
# The way a one-form drug goes in, said in the words blind writers use (graded where unparsed).
ROUTE_WORDS_LATER = ("In our clinic, the {D} we use is {ADV} given as a quick injection into the thigh muscle.",
                     "Her {D} {ADV} comes as a tablet she swallows each morning.",
                     "The other {D} product, a tablet you swallow with a glass of water, is {ADV} the one people "
                     "take at home.",
                     "{D} {ADV} goes straight into a vein through a cannula.")
ROUTE_WORDS_RIGHT = ("{D} is {ADV} sprayed up each nostril at the clinic.",
                     "Patients {ADV} spray {D} into each nostril while staff watch.")
APPOSED_SPRAY_EARLIER = ("Its close cousin esketamine, a nasal spray sold as Spravato, is given only in a clinic.",)
APPOSED_ROUTE_LATER = ("Some clinics {ADV} prescribe {D} as a small tablet that dissolves under the tongue.",)
# Which drug a product is, in other words.
BRAND_WORDS_LATER = ("Spravato, which is {ADV} simply {D} in a spray bottle, costs far more.",
                     "Spravato is {ADV} nothing more than {D} with a new label.",
                     "And Spravato is {ADV} just ordinary {D} with a brand name on it.")
BRAND_WORDS_RIGHT = ("Spravato is {ADV} nothing like ordinary {D}.",
                     "Spravato {ADV} contains esketamine rather than ordinary {D}.")
# A session's length said as the noun's modifier.
SESSION_WORDS_LATER = ("Each two-hour infusion of {D} {ADV} left members tired.",
                       "Patients {ADV} sit for a three-hour {D} infusion once a week.",
                       "What surprised me was how quickly each two-and-a-half-hour {D} infusion {ADV} went by.")
SESSION_WORDS_RIGHT = ("Each forty-minute infusion of {D} {ADV} left members tired.",
                       "After each two-hour wait, the next {D} infusion {ADV} begins.")
# A setting, with the negation of another clause before it.
HOME_WORDS_LATER = ("The infusions needn't {ADV} keep happening here, because plenty of patients move on to "
                    "running the same drip of {D} at home by themselves.",)


def other_words():
    yield from pairs(SPRAY_EARLIER, ROUTE_WORDS_LATER, ROUTE_WORDS_RIGHT, "esketamine", "route-words",
                     SELF + ("HL703",))
    yield from pairs(BRAND_EARLIER, BRAND_WORDS_LATER, BRAND_WORDS_RIGHT, "ketamine", "brand-words",
                     SELF + ("HL703",))
    yield from pairs(SESSION_EARLIER, SESSION_WORDS_LATER, SESSION_WORDS_RIGHT, "ketamine", "session-words")
    yield from pairs(SUPERVISED_EARLIER[:2], HOME_WORDS_LATER, (), "ketamine", "setting-words",
                     SELF + ("HL703",))
    # another drug's route (a study said to be another: tests/test_contradiction.py, HL701 alone)
    yield Seed("SSRIs {ADV} come as a tablet you swallow each morning.", (), "", "other-drug", "DIR",
               SPRAY_EARLIER[0], edits=False)
    # the earlier route said by a form in apposition to the drug's name (blind9)
    yield from pairs(APPOSED_SPRAY_EARLIER, APPOSED_ROUTE_LATER, ROUTE_WORDS_RIGHT[:1], "esketamine",
                     "route-apposed", SELF + ("HL703",))
    yield Seed("Buspirone is {ADV} a small tablet that you swallow.", (), "", "other-drug", "DIR",
               APPOSED_SPRAY_EARLIER[0], edits=False)


# ------------------------------------------------------------------ other families' claims (session 6)
# Each kind the other families extract, paired with an earlier claim of the same kind: an onset
# said of a stand-in for the drug in discussion, a denial of every use or a use beyond "only", a
# study's design excluded by the one given before, a side effect denied in other words, a
# "short-lived" benefit given months.
HOURS = "Ketamine can ease anxiety within hours."
STAND_IN_ONSET_WRONG = ("Still, {ADV} plan on the better part of a week before the infusions kick in.",
                        "The treatment {ADV} takes three weeks to start working.",
                        "Give it {ADV} two full weeks before you expect any shift in how you feel.")
STAND_IN_ONSET_RIGHT = ("The infusions {ADV} start to help within a few hours.",)
EVERY_USE_DENIED = ("{D} {ADV} has no FDA approval whatsoever.",
                    "{D} has {ADV} never been approved by the FDA for anything.")
ONLY_USE = "Spravato is FDA-approved only for treatment-resistant depression."
BEYOND_ONLY = ("{D} is {ADV} approved for every form of depression.",)
WITHIN_ONLY = ("{D} is {ADV} approved for treatment-resistant depression in adults.",)
KIT_RECORDS = "The 2023 KIT analysis used historical data from 2017 to 2020."
CONTROLLED_LATER = ("Because it was {ADV} a randomised controlled trial, its findings carry weight.",
                    "The KIT analysis was, in fact, {ADV} a double-blind trial.")
LOOKED_BACK_LATER = ("It was {ADV} an analysis of past records.",)
DENIED_OTHER_WORDS = ("{D} {ADV} has no effect on memory at all.", "{D} {ADV} never makes people hallucinate.",
                      "It never does, because hallucinations are {ADV} not a side effect of {D} at all.")
SHORT_LIVED = "Ketamine can quickly reduce symptoms of OCD, but the benefit is short-lived."
MONTHS_LATER = ("Its effect on OCD symptoms {ADV} lasts for many months after treatment.",
                "For OCD, relief from {D} {ADV} persists for six months.")
# (Not "fades within days": HL301 reads that span against the source's "not long lasting".)
SHORT_LATER = ("For OCD, the benefit of {D} is {ADV} short-lived.",
               "For OCD, relief from {D} {ADV} does not last long.")


COURSE_OF_SIX = "A standard ketamine course is six infusions over two to three weeks."
COURSE_WRONG = ("The usual course of {D} is {ADV} four infusions.",
                "After the standard four-infusion course, {D} is {ADV} given monthly.")
COURSE_RIGHT = ("A course of {D} is {ADV} six infusions.",)


def kinds():
    yield from pairs((COURSE_OF_SIX,), COURSE_WRONG, COURSE_RIGHT, "ketamine", "course-size")
    yield Seed("Some people {ADV} need two more infusions of {D} as boosters after the course.", (), "ketamine",
               "booster", "DIR", COURSE_OF_SIX)
    yield from pairs((HOURS,), STAND_IN_ONSET_WRONG, STAND_IN_ONSET_RIGHT, "ketamine", "onset-stand-in",
                     SELF + ("HL301",))
    yield Seed("If the infusions {ADV} took three weeks to kick in, nobody would pay for them.", (), "ketamine",
               "onset-stand-in-trap", "DIR", HOURS)
    yield from pairs(("Ketamine is approved as an anaesthetic.",), EVERY_USE_DENIED, (), "ketamine",
                     "approval-every-use", SELF + ("HL201",))
    yield Seed("{D} is {ADV} not approved for anything other than anaesthesia.", (), "ketamine",
               "approval-every-use-same", context="Ketamine is approved as an anaesthetic.")
    yield from pairs((ONLY_USE,), BEYOND_ONLY, WITHIN_ONLY, "esketamine", "approval-only", SELF + ("HL202",))
    yield Seed("{D} is {ADV} approved for anaesthesia.", (), "ketamine", "other-drug", "DIR", ONLY_USE)
    yield from pairs((KIT_RECORDS,), CONTROLLED_LATER, LOOKED_BACK_LATER, "", "study-design-excluded",
                     SELF + ("HL503",))
    yield Seed("It was {ADV} not a randomised controlled trial.", (), "", "study-design-excluded-trap", "DIR",
               KIT_RECORDS)
    yield Seed("A 2024 randomised controlled trial of KIT is {ADV} recruiting.", ("HL501", "HL503"), "",
               "other-study", "DIR", KIT_RECORDS)
    yield from pairs(LISTED_EARLIER, DENIED_OTHER_WORDS, (), "ketamine", "effect-denied-words",
                     SELF + ("HL402",))
    yield Seed("Unlike {D}, SSRIs {ADV} do not cause hallucinations.", (), "ketamine", "other-drug", "DIR",
               LISTED_EARLIER[0])
    yield from pairs((SHORT_LIVED,), MONTHS_LATER, SHORT_LATER, "ketamine", "lasting-span", SELF + ("HL301",))
    yield Seed("For anxiety, the improvement after a series of {D} infusions {ADV} stayed stable for a year.",
               (), "ketamine", "other-condition", "DIR", SHORT_LIVED)


# ------------------------------------------------------------------ properties in other words (session 6)
# An action beside the one it sets aside ("rather than", "instead of"): the one asserted counts.
ASIDE_ACTIVATE_LATER = ("{D} {ADV} stimulates NMDA receptors rather than blocking them.",
                        "{D} {ADV} works by stimulating those same receptors rather than blocking them.",
                        "Rather than blocking NMDA receptors, {D} {ADV} activates them.",
                        "{D} {ADV} switches NMDA receptors on instead of shutting them down.",
                        "Rather than quieting the brain, {D} {ADV} stimulates its NMDA receptors.")
ASIDE_BLOCK_LATER = ("{D} {ADV} blocks NMDA receptors rather than activating them.",
                     "Rather than activating NMDA receptors, {D} {ADV} blocks them.",
                     "{D} {ADV} shuts NMDA receptors down instead of switching them on.")
# A product's setting said with no form: the product named, or its doses.
SPRAVATO_CLINIC_EARLIER = ("Spravato is only ever given in a certified clinic under supervision.",
                           "Every Spravato dose is taken in the clinic, with a nurse watching.")
FORMLESS_HOME_LATER = ("Patients {ADV} take {D} at home, unsupervised.",
                       "After the first month, each {D} dose is {ADV} sprayed at home, alone.",
                       "Most people {ADV} use their {D} by themselves at home.",
                       "{D} doses are {ADV} self-administered at home with nobody watching.",
                       "Once stable, patients {ADV} give themselves {D} at home.")
FORMLESS_CLINIC_LATER = ("Every {D} dose is {ADV} given under supervision.",
                         "Patients {ADV} take {D} in the clinic with a nurse watching.",
                         "{D} patients who live alone {ADV} need a lift home.")
# A route beside the one it sets aside, and a form named only to compare with.
ROUTE_ASIDE_LATER = ("{D} is {ADV} given by injection into a muscle rather than sprayed into the nose.",
                     "{D} is {ADV} a tablet you swallow, so the questions are about cost rather than anything else.",
                     "{D} {ADV} comes as a pill you swallow with water like any other tablet.")
ROUTE_ASIDE_RIGHT = ("{D} is {ADV} sprayed into the nose rather than injected into a muscle.",
                     "{D} is {ADV} sprayed into each nostril rather than swallowed like a pill.")


def property_words():
    yield from pairs(BLOCK_EARLIER[:3], ASIDE_ACTIVATE_LATER, ASIDE_BLOCK_LATER, "ketamine", "mechanism-aside")
    yield from pairs(SPRAVATO_CLINIC_EARLIER, FORMLESS_HOME_LATER, FORMLESS_CLINIC_LATER, "Spravato",
                     "setting-formless", SELF + ("HL703",))
    yield from pairs(SPRAY_EARLIER, ROUTE_ASIDE_LATER, ROUTE_ASIDE_RIGHT, "esketamine", "route-aside",
                     SELF + ("HL703",))
    # traps: the set-aside action or the home said of another drug, a condition, a denial
    for later in ("If ketamine {ADV} stimulated NMDA receptors rather than blocking them, it would be a stimulant.",):
        yield Seed(later, (), "", "mechanism-aside-trap", "DIR", BLOCK_EARLIER[0], edits=False)
    for later in ("Never {ADV} take Spravato at home alone.",
                  "If Spravato were {ADV} taken at home alone, nobody could watch for side effects.",
                  "Ketamine tablets are {ADV} taken at home, alone."):
        yield Seed(later, (), "", "setting-formless-trap", "DIR", SPRAVATO_CLINIC_EARLIER[0], edits=False)


# ------------------------------------------------------------------ session 8's classes
# Which drug a product is, said earlier only by naming the product beside its drug.
PAIRED_EARLIER = ("Spravato (esketamine) is given only in certified clinics.",
                  "Esketamine, sold as Spravato, is a nasal spray.",
                  "Spravato is a nasal spray form of esketamine.",
                  "Doctors prescribe esketamine under the brand name Spravato.",
                  "The FDA has approved Spravato (esketamine) for depression that has not responded to other treatment.")
PAIRED_WRONG = ("Spravato is {ADV} just {D}.", "Spravato is {ADV} nothing more than {D} in a spray bottle.")
PAIRED_RIGHT = ("Spravato {ADV} contains esketamine rather than {D}.",)
# An action said the other way by a stand-in for the drug, or on "those same" receptors.
STAND_IN_ACTIVATE_LATER = ("Ketamine raises glutamate because the drug {ADV} switches NMDA receptors on.",
                           "By switching those same NMDA receptors on, {D} {ADV} gives the brain a burst of flexibility.")
STAND_IN_BLOCK_LATER = ("Ketamine raises glutamate because the drug {ADV} switches NMDA receptors off.",
                        "By switching those same NMDA receptors off, {D} {ADV} quiets busy circuits.")
DAMP_EARLIER = ("By damping NMDA signalling, ketamine alters glutamate levels.",
                "Ketamine works by damping down NMDA receptors.")
# Every dose in the clinic, no form named; later a form at home.
EVERY_DOSE_EARLIER = ("All doses are given in the clinic, with a nurse present for the whole session.",
                      "Every dose of ketamine is given in the clinic under supervision.")
FORM_HOME_LATER = ("Maintenance doses of {D} are {ADV} taken at home with no clinician present, using a nasal spray.",
                   "Later on, the {D} tablets are {ADV} taken at home without supervision.")


def session8():
    yield from pairs(PAIRED_EARLIER, PAIRED_WRONG, PAIRED_RIGHT, "ordinary ketamine", "identity-paired",
                     SELF + ("HL703",))
    yield from pairs(BLOCK_EARLIER[:2], STAND_IN_ACTIVATE_LATER, STAND_IN_BLOCK_LATER, "ketamine", "mechanism-stand-in")
    yield from pairs(DAMP_EARLIER, ACTIVATE_LATER[:4], BLOCK_LATER[:2], "ketamine", "mechanism-damp")
    yield from pairs(EVERY_DOSE_EARLIER, FORM_HOME_LATER, (), "ketamine", "setting-every-dose", SELF + ("HL703",))
    # a trap: the forms named beside "only" hold for those forms (the pairing's traps, which must
    # give HL703 without HL701, are tests/test_session8_classes.py's)
    yield Seed(FORM_HOME_LATER[1], (), "ketamine", "setting-forms-named", "DIR",
               "Ketamine is given by infusion or injection in the procedure room only, with a nurse present.", edits=False)
