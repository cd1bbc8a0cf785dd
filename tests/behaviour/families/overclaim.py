"""Certainty and overclaiming (HL601): the source hedges ("some studies show it may be an
effective treatment", "more research is necessary"), so a draft that promises a cure, proof,
a guarantee, permanence, lasting relief, success for everyone or complete safety claims more
than it. The hedged, negated, questioned and quoted counterparts must stay silent.

Seeds come from small lexicons: the predicates of certainty with the conditions they are said
of, and the hedges and negations that take the certainty back.
"""

from __future__ import annotations

from ..harness import Seed

OVER = ("HL601",)

CONDITIONS = ("anxiety", "generalized anxiety disorder", "social anxiety", "depression", "PTSD", "OCD",
              "generalised anxiety disorder")

# Predicates that overclaim, {C} a condition. The drug leads, so every generic edit applies.
OVERCLAIMS = (
    "{D} {ADV} cures {C}.",
    "{D} is {ADV} a cure for {C}.",
    "{D} is {ADV} a miracle cure for {C}.",
    "{D} is {ADV} proven to treat {C}.",
    "{D} is {ADV} clinically proven to ease {C}.",
    "{D} has {ADV} been proven to relieve {C}.",
    "{D} has {ADV} been shown to treat {C} effectively.",
    "{D} is {ADV} guaranteed to relieve {C}.",
    "{D} {ADV} eliminates {C}.",
    "{D} {ADV} brings lasting relief from {C}.",
    "{D} {ADV} provides permanent relief from {C}.",
    "{D} {ADV} works for everyone with {C}.",
    "{D} {ADV} banishes {C} for good.",
    # permanence and guarantee in other nouns and adjectives, and as an adverb (issue 20)
    "{D} {ADV} offers permanent freedom from {C}.",
    "{D} {ADV} brings lasting freedom from {C}.",
    "{D} is {ADV} a permanent solution to {C}.",
    "{D} {ADV} delivers enduring relief from {C}.",
    "{D} {ADV} gives immediate and permanent relief from {C}.",
    "{D} {ADV} offers a guaranteed recovery from {C}.",
    "{D} {ADV} relieves {C} for good.",
    "{D} has {ADV} been demonstrated to treat {C}.",
    "{D} has {ADV} been shown to ease {C}.",
)
# Certainty without a condition.
BARE = (
    "{D} is {ADV} 100% safe.",
    "{D} is {ADV} completely safe.",
    "{D} is {ADV} risk-free.",
    "{D} {ADV} works for everyone.",
    "{D} {ADV} always works.",
    "{D} is {ADV} a miracle drug.",
    "{D} {ADV} brings lasting relief.",
    "{D} {ADV} gives permanent results.",
    "{D} is {ADV} guaranteed to work.",
    "{D} is {ADV} scientifically proven.",
    "{D} {ADV} gives immediate and permanent relief.",
    "{D} {ADV} offers lasting freedom.",
    "{D} is {ADV} a lifelong fix.",
)
# Each overclaim above, negated (the same order).
NEGATED = (
    "{D} does {ADV} not cure {C}.",
    "{D} is {ADV} not a cure for {C}.",
    "{D} is {ADV} no miracle cure for {C}.",
    "{D} is {ADV} not proven to treat {C}.",
    "{D} is {ADV} not clinically proven to ease {C}.",
    "{D} has {ADV} not been proven to relieve {C}.",
    "{D} has {ADV} not been shown to treat {C} effectively.",
    "{D} is {ADV} not guaranteed to relieve {C}.",
    "{D} does {ADV} not eliminate {C}.",
    "{D} does {ADV} not bring lasting relief from {C}.",
    "{D} does {ADV} not provide permanent relief from {C}.",
    "{D} does {ADV} not work for everyone with {C}.",
    "{D} does {ADV} not banish {C} for good.",
    "{D} does {ADV} not offer permanent freedom from {C}.",
    "{D} does {ADV} not bring lasting freedom from {C}.",
    "{D} is {ADV} not a permanent solution to {C}.",
    "{D} does {ADV} not deliver enduring relief from {C}.",
    "{D} does {ADV} not give immediate and permanent relief from {C}.",
    "{D} does {ADV} not offer a guaranteed recovery from {C}.",
    "{D} does {ADV} not relieve {C} for good.",
    "{D} has {ADV} not been demonstrated to treat {C}.",
    "{D} has {ADV} not been shown to ease {C}.",
)
NEGATED_BARE = (
    "{D} is {ADV} not 100% safe.",
    "{D} is {ADV} not completely safe.",
    "{D} is {ADV} not risk-free.",
    "{D} does {ADV} not work for everyone.",
    "{D} does {ADV} not always work.",
    "{D} is {ADV} not a miracle drug.",
    "{D} does {ADV} not bring lasting relief.",
    "{D} does {ADV} not give permanent results.",
    "{D} is {ADV} not guaranteed to work.",
    "{D} is {ADV} not scientifically proven.",
    "{D} does {ADV} not give immediate and permanent relief.",
    "{D} does {ADV} not offer lasting freedom.",
    "{D} is {ADV} not a lifelong fix.",
)
# The same words, taken back: hedged, negated, or said of no drug.
HEDGED = (
    "{D} {ADV} may help with {C}.",
    "{D} {ADV} might ease {C} for some people.",
    "{D} could {ADV} reduce {C} symptoms in some patients.",
    "Some studies suggest {D} can ease {C}.",
    "{D} is {ADV} not a cure for {C}.",
    "{D} does {ADV} not cure {C}.",
    "{D} is {ADV} not proven to treat {C}.",
    "{D} has {ADV} not been shown to treat {C} effectively.",
    "{D} is {ADV} not guaranteed to relieve {C}.",
    "{D} does {ADV} not work for everyone with {C}.",
    "{D} is {ADV} not a miracle cure for {C}.",
    "Researchers are {ADV} still studying whether {D} relieves {C}.",
    "{D} may {ADV} be an effective treatment for {C}, but more research is needed.",
)
HEDGED_BARE = (
    "{D} is {ADV} not 100% safe.",
    "{D} is {ADV} not risk-free.",
    "{D} does {ADV} not work for everyone.",
    "No treatment is {ADV} guaranteed to work, and {D} is no exception.",
    "No drug is {ADV} 100% safe, {D} included.",
    "Relief from one dose of {D} may {ADV} not last.",
    "{D} is {ADV} not a miracle drug.",
)


def seeds():
    # --- minimum functionality
    yield Seed("{D} {ADV} cures anxiety.", OVER, "ketamine")
    yield Seed("{D} {ADV} may help with anxiety.", (), "ketamine")
    yield Seed("{D} is {ADV} not a cure for anxiety.", (), "ketamine")
    yield Seed("One infusion {ADV} brings lasting relief.", OVER, "", "plain", "MFT",
               "Ketamine is given as an infusion at our clinic.")

    # --- the frames of certainty, each with a few conditions
    for frame in OVERCLAIMS:
        for condition in CONDITIONS[:3]:
            yield Seed(frame.replace("{C}", condition), OVER, "ketamine", "frame", "INV")
    for condition in CONDITIONS[3:]:
        yield Seed("{D} {ADV} cures " + condition + ".", OVER, "ketamine", "condition", "INV")
        yield Seed("{D} is {ADV} proven to treat " + condition + ".", OVER, "ketamine", "condition", "INV")
    for frame in BARE:
        yield Seed(frame, OVER, "ketamine", "bare", "INV")
    # coordination of conditions and a brand name as subject
    yield Seed("{D} has {ADV} been shown to treat PTSD and OCD effectively.", OVER, "ketamine", "coordination", "INV")
    yield Seed("{D} {ADV} cures anxiety and depression.", OVER, "ketamine", "coordination", "INV")
    yield Seed("{D} {ADV} cures treatment-resistant depression.", OVER, "Spravato", "brand", "INV")
    yield Seed("{D} is {ADV} a guaranteed fix for depression.", OVER, "esketamine", "other-drug", "INV")
    # a treatment named by its form, the drug in the sentence before
    for sentence in ("One infusion {ADV} brings lasting relief.", "A single infusion {ADV} cures anxiety.",
                     "Each session {ADV} brings permanent relief.", "The treatment is {ADV} 100% safe.",
                     "Our infusions {ADV} work for everyone."):
        yield Seed(sentence, OVER, "", "treatment-noun", "INV", "Our clinic offers ketamine infusions.")

    # --- hedged, negated and reported: silent
    for frame in NEGATED:
        for condition in CONDITIONS[:3]:
            yield Seed(frame.replace("{C}", condition), (), "ketamine", "negation", "DIR")
    for frame in NEGATED_BARE:
        yield Seed(frame, (), "ketamine", "negation", "DIR")
    for condition in CONDITIONS:
        yield Seed("Some studies suggest {D} may {ADV} be an effective treatment for " + condition + ".", (),
                   "ketamine", "hedge", "DIR")
        yield Seed("{D} may {ADV} ease " + condition + " within hours, though the relief may fade.", (),
                   "ketamine", "hedge", "DIR")
    for frame in HEDGED:
        for condition in CONDITIONS[:2]:
            yield Seed(frame.replace("{C}", condition), (), "ketamine", "hedge", "DIR")
    for frame in HEDGED_BARE:
        yield Seed(frame, (), "ketamine", "hedge", "DIR")
    for sentence in ("One infusion {ADV} may bring relief for a few days.",
                     "The treatment is {ADV} not risk-free.",
                     "No treatment {ADV} works for everyone.",
                     "Nothing about the treatment is {ADV} guaranteed."):
        yield Seed(sentence, (), "", "hedge", "DIR", "Our clinic offers ketamine infusions.")
    yield Seed("Some clinics claim {D} cures anxiety, but no study shows that.", (), "ketamine", "reported", "DIR")
    yield Seed('Ads that call {D} "a miracle cure" overstate the evidence.', (), "ketamine", "reported", "DIR")
    yield Seed("Whether {D} brings lasting relief is {ADV} still unknown.", (), "ketamine", "question", "DIR")
    yield Seed("It is {ADV} not true that {D} cures anxiety.", (), "ketamine", "negation", "DIR")
    # --- permanence words that promise nothing (issue 20 traps): silent
    for sentence in ("{D} {ADV} causes lasting changes in the brain.",
                     "{D} may {ADV} offer lasting relief from anxiety for some people.",
                     "There is {ADV} no permanent cure for anxiety, and {D} is no exception.",
                     "Researchers {ADV} want proof that {D} relieves anxiety.",
                     "Doctors chose {D} for good reason.",
                     "Whether {D} gives permanent freedom from anxiety is {ADV} unknown.",
                     "{D} has {ADV} not yet been shown to ease anxiety for good."):
        yield Seed(sentence, (), "ketamine", "permanence-trap", "DIR")
    # --- round 2 of issue 20 (blind drafts): certainty in every wording
    # a cure as what a treatment comes to
    for verb in ("amounts to", "is tantamount to", "amounted to", "is as good as"):
        for subject in ("{D}", "The treatment", "The therapy", "Our protocol"):
            drug = "ketamine" if subject == "{D}" else ""
            context = "" if drug else "Our clinic offers ketamine infusions."
            yield Seed(f"{subject} {{ADV}} {verb} a cure for patients who have run out of options.", OVER, drug,
                       "cure-complement", "INV", context)
    # certainty of evidence
    for sentence in ("{D} works for anxiety, full stop.",
                     "{D} works for anxiety, and the science on that is settled.",
                     "The science is settled: {D} {ADV} eases anxiety.",
                     "The findings establish beyond doubt that {D} works for social anxiety.",
                     "Studies show beyond any doubt that {D} relieves depression.",
                     "{D} {ADV} conclusively relieves depression.",
                     "The evidence that {D} eases anxiety is {ADV} incontrovertible.",
                     "{D} {ADV} indisputably eases anxiety.",
                     "The findings establish beyond doubt that {D} works, according to the department's head."):
        yield Seed(sentence, OVER, "ketamine", "evidence-certainty", "INV")
    # universality and safety absolutes said of any treatment
    for sentence in ("It is a reset button that works every time.", "The treatment {ADV} never fails.",
                     "Our protocol works every single time.", "The procedure is {ADV} entirely risk-free.",
                     "The infusions are {ADV} completely risk-free.", "The therapy is {ADV} totally harmless.",
                     "Each infusion works without fail."):
        yield Seed(sentence, OVER, "", "universal", "INV", "Our clinic offers ketamine infusions.")
    for sentence in ("{D} {ADV} never fails.", "{D} is {ADV} entirely risk-free.", "{D} works every time."):
        yield Seed(sentence, OVER, "ketamine", "universal", "INV")
    # guarantees as verbs, and permanence
    for sentence in ("Our protocol {ADV} guarantees results.", "The treatment {ADV} guarantees relief.",
                     "Each course {ADV} guarantees a full recovery."):
        yield Seed(sentence, OVER, "", "guarantee", "INV", "Our clinic offers ketamine infusions.")
    for sentence in ("One round of {D} is all it takes to be free of anxiety for life.",
                     "{D} {ADV} frees you from depression for life.",
                     "{D} keeps anxiety away for the rest of your life."):
        yield Seed(sentence, OVER, "ketamine", "permanence", "INV")
    # traps: silent
    for sentence in ("{D} does {ADV} not work every time.", "{D} is {ADV} not risk-free.",
                     "{D} never fails to make me sleepy.",
                     "There is no question that {D} is {ADV} approved for anesthesia.",
                     "Honestly though, it takes a few hours for {D} to kick in for most people.",
                     "{D} {ADV} starts to work within hours for most patients.",
                     "There are no guarantees with {D}.",
                     "Whether {D} works every time is {ADV} unknown."):
        yield Seed(sentence, (), "ketamine", "universal-trap", "DIR")
    for sentence in ("The procedure is {ADV} not risk-free.", "No treatment {ADV} works every time.",
                     "Zero guarantees: no treatment is guaranteed to work.",
                     "The hiking trail is {ADV} perfectly safe for a walk after your session."):
        yield Seed(sentence, (), "", "universal-trap", "DIR", "Our clinic offers ketamine infusions.")
    # a report the next sentence takes back: silent
    for refusal in ("I wouldn't go that far.", "That's overstated.", "Not quite.", "That goes too far."):
        yield Seed("People online swear {D} is a cure. " + refusal, (), "ketamine", "refuted", "DIR")

    # --- a reported certainty the draft refutes: silent
    yield Seed("According to several clinics, {D} offers permanent freedom from anxiety, but no study shows that.",
               (), "ketamine", "refuted", "DIR")
    yield Seed("Some sites say {D} is {ADV} a lasting cure. That is not true.", (), "ketamine", "refuted", "DIR")

    # --- round 3 of issue 20 (blind4: pages in other words than ours)
    # a condition's absence said to be permanent, in a patient's voice and the page's
    for subject in ("My anxiety", "Her panic attacks", "The anxiety", "Their social anxiety", "His symptoms"):
        for absence in ("is {ADV} gone for good", "has {ADV} become a thing of the past", "{ADV} never came back",
                        "was {ADV} gone forever", "has {ADV} never come back"):
            verb = absence.replace("is {ADV}", "are {ADV}").replace("was {ADV}", "were {ADV}").replace(
                "has {ADV}", "have {ADV}") if subject.endswith(("attacks", "symptoms")) else absence
            yield Seed(f"After six sessions of {{D}}, {subject[0].lower() + subject[1:]} {verb}.", OVER, "ketamine",
                       "absence", "INV")
    yield Seed("Six sessions of {D} in, my anxiety is gone for good, and I don't think that's an exaggeration.",
               OVER, "ketamine", "absence", "INV")
    yield Seed("With {D}, your anxiety {ADV} becomes a thing of the past.", OVER, "ketamine", "absence", "INV")
    yield Seed("After {D} my panic attacks were gone for good, and that is no exaggeration.", OVER, "ketamine",
               "absence", "INV")
    # a guarantee, a means of escape and reliability, said of the drug
    for noun in ("way out of", "route out of", "path out of", "escape from", "fix for", "solution to"):
        yield Seed(f"For some people {{D}} has {{ADV}} become a guaranteed {noun} years of anxiety.", OVER,
                   "ketamine", "guarantee-means", "INV")
    for verb in ("establish {D} as", "confirm {D} as", "prove {D} to be", "show {D} to be"):
        for adjective in ("a dependable", "a reliable", "a foolproof", "the definitive"):
            yield Seed(f"Taken together, these results {{ADV}} {verb} {adjective} treatment for anxiety.", OVER,
                       "ketamine", "reliability", "INV")
    for sentence in ("{D} is {ADV} a dependable treatment for social anxiety.",
                     "{D} has {ADV} established itself as a reliable option for anxiety.",
                     "{D} now {ADV} cements its place as the definitive treatment for PTSD.",
                     "{D} {ADV} reliably eases anxiety."):
        yield Seed(sentence, OVER, "ketamine", "reliability", "INV")
    # success for all
    for quantifier in ("essentially everyone", "virtually everyone", "practically everyone", "everybody",
                       "all patients", "every patient"):
        yield Seed(f"{{D}} {{ADV}} works for {quantifier} with social anxiety who gives it a proper try.", OVER,
                   "ketamine", "universal", "INV")
        yield Seed(f"Honestly, I'd say {{D}} helps {quantifier} with anxiety.", OVER, "ketamine", "universal", "INV")
    for sentence in ("Practically everyone who tries {D} for anxiety {ADV} feels better.",
                     "All patients {ADV} respond to {D}, without exception.",
                     "Everyone we treat with {D} {ADV} gets better."):
        yield Seed(sentence, OVER, "ketamine", "universal", "INV")
    # the adjective of cure, not taken back by "in most patients"
    for sentence in ("{D} is {ADV} curative for GAD in most patients who complete a full course.",
                     "{D} is {ADV} curative for social anxiety.",
                     "{D} {ADV} eradicates anxiety in most patients."):
        yield Seed(sentence, OVER, "ketamine", "curative", "INV")
    # traps: silent
    for sentence in ("{D} does {ADV} not work for everyone with anxiety.",
                     "Not everyone {ADV} responds to {D}.",
                     "{D} {ADV} helps some people, but not everyone.",
                     "Everyone {ADV} responds differently to {D}.",
                     "No study has {ADV} established {D} as a dependable treatment for anxiety.",
                     "The 2023 study did {ADV} not prove {D} to be a reliable treatment for anxiety.",
                     "A reliable source for {D} is {ADV} your own doctor.",
                     "{D} is {ADV} not curative for anxiety.",
                     "Anxiety is {ADV} not gone for good after {D}; most people need top-up sessions.",
                     "For most people {D} {ADV} helps a little, but not for long.",
                     "In a study of mice, relief {ADV} lasted for good after one dose of {D}.",
                     "Some clinics advertise {D} as a guaranteed way out of anxiety, which is simply not true.",
                     "Claims that {D} cures anxiety are {ADV} false.",
                     "Nobody can {ADV} promise {D} will work.",
                     "If {D} were a dependable treatment for anxiety, the FDA would have approved it.",
                     "The nausea from {D} {ADV} never came back after the first session."):
        yield Seed(sentence, (), "ketamine", "round3-trap", "DIR")
    # more of each class, from probes written as strangers write
    for sentence in ("The clinic's own figures show that {D} {ADV} works for every patient.",
                     "{D} {ADV} works in 100 percent of cases.",
                     "{D} {ADV} works for 9 out of 10 patients.",
                     "{D} {ADV} heals social anxiety.",
                     "{D} {ADV} completely resolves generalised anxiety disorder.",
                     "The evidence shows with certainty that {D} eases anxiety.",
                     "The calm that {D} brings {ADV} lasts a lifetime.",
                     "{D} is the one treatment that {ADV} never lets anyone down.",
                     "Most patients on {D} {ADV} get better and stay better after one course.",
                     "Patients who complete six infusions of {D} {ADV} no longer need any other treatment.",
                     "After one course of {D}, you will {ADV} never need another anxiety medication.",
                     "Clinicians now {ADV} regard {D} as the gold standard for anxiety.",
                     "With {D}, anxiety can {ADV} disappear completely after the third infusion.",
                     "For people like me, the calm from {D} {ADV} never wears off.",
                     "The relief {D} brings {ADV} never fades."):
        yield Seed(sentence, OVER, "ketamine", "probe", "INV")
    yield Seed("| Drug | What to expect |\n| --- | --- |\n| {D} | Permanent relief after one course |", OVER,
               "ketamine", "table-row", "INV", edits=False, line=5)
    for sentence in ("Clinics that promise {D} brings permanent remission should {ADV} be avoided.",
                     "CBT {ADV} remains the gold standard for anxiety, and {D} is still being studied.",
                     "A 2023 analysis of {D} records {ADV} found lasting improvement in anxiety over a year.",
                     "Everyone who books a {D} session {ADV} gets a call from a nurse the day before.",
                     "{D} worked for my sister, but it did {ADV} nothing for me.",
                     "The idea that {D} works for everyone is {ADV} a dangerous oversimplification.",
                     "{D} is {ADV} not a dependable treatment for anxiety yet.",
                     "The dizziness after {D} {ADV} wears off within an hour."):
        yield Seed(sentence, (), "ketamine", "probe-trap", "DIR")
    yield Seed("| Drug | Verdict |\n| --- | --- |\n| {D} | Not a permanent fix |", (), "ketamine", "table-row", "DIR",
               edits=False, line=5)
    # --- blind set 3: a cure as what the drug has been, in the writer's voice or an imperative
    lead = "Our clinic offers ketamine infusions."
    for phrase in ("nothing short of a cure", "nothing less than a cure", "practically a cure", "a real cure",
                   "the cure they were waiting for", "as good as a cure"):
        yield Seed("For many of our members {D} has {ADV} been " + phrase + ".", OVER, "ketamine", "cure-in-words", "INV")
        yield Seed("For many of our members it has {ADV} been " + phrase + ".", OVER, "", "cure-in-words", "INV",
                   "Ketamine is offered at our clinic.")
    for sentence in ("Think of {D} as a reset button that {ADV} works every time.",
                     "Think of {D} as {ADV} a cure for anxiety.",
                     "Esketamine was cleared for one kind of depression, which tells you how safe {D} is."):
        yield Seed(sentence, OVER, "ketamine", "cure-in-words", "INV")
    yield Seed("Think of it as a reset button that {ADV} works every time.", OVER, "", "cure-in-words", "INV", lead)
    # traps: refuted, certain of a denial, negated in other words, an imperative taken back
    for sentence in ("Anyone who tells you {D} is a cure is {ADV} overselling it.",
                     "Whoever says {D} is a cure is {ADV} mistaken.",
                     "Anyone claiming {D} is a permanent cure is {ADV} kidding you.",
                     "There is {ADV} no doubt that {D} is not a cure.",
                     "Without a doubt, {D} is {ADV} not a miracle drug.",
                     "{D} is {ADV} anything but a cure for anxiety.",
                     "{D} is {ADV} hardly a cure for anxiety.",
                     "{D} is by no means a cure for anxiety.",
                     "Don't think of {D} as {ADV} a cure for anxiety.",
                     "Nothing about {D} is {ADV} 100% safe."):
        yield Seed(sentence, (), "ketamine", "cure-trap", "DIR")

    # --- round 4 of issue 20 (blind5): certainty after a negated clause, the brain's wiring
    # made permanent; pace and an emphasised approval are no certainty of evidence
    for negated in ("{D} is {ADV} not a miracle", "It isn't magic", "{D} is no cure-all"):
        for certain in ("it is, without question, the treatment that will finally work for them",
                        "it is, beyond doubt, the answer they were waiting for",
                        "it is without a doubt the one treatment that works for everyone with anxiety"):
            yield Seed(f"{negated}, but for people with long-standing anxiety {certain}.", OVER, "ketamine",
                       "negated-then-certain", "INV")
    for sentence in ("Once a course of {D} is complete, the brain's new pathways are {ADV} locked in for good.",
                     "{D} {ADV} permanently rewires the brain's anxiety circuits.",
                     "After six infusions of {D}, your brain is {ADV} rewired for good.",
                     "The new connections {D} builds are {ADV} hard-wired for life.",
                     "{D} {ADV} resets the brain's mood circuits once and for all.",
                     "{D} {ADV} changes the brain permanently."):
        yield Seed(sentence, OVER, "ketamine", "rewired", "INV")
    for sentence in ("{D} {ADV} relieves anxiety, full stop.", "{D} {ADV} eases anxiety, end of story.",
                     "Without question, {D} {ADV} eases social anxiety."):
        yield Seed(sentence, OVER, "ketamine", "emphasis", "INV")
    for sentence in ("Many clients feel lighter soon after {D}, although everyone {ADV} responds at their own pace.",
                     "{D} can ease anxiety quickly, but everybody {ADV} heals on their own timeline.",
                     "{D} helps many people, and everyone {ADV} responds at a different speed.",
                     "Everyone {ADV} improves at a different rate on {D}.",
                     "{D} is {ADV} the form of ketamine the FDA has approved, full stop.",
                     "{D} is {ADV} FDA-approved for treatment-resistant depression, end of story.",
                     "Without question, the FDA {ADV} approved {D} in 2019.",
                     "{D} is {ADV} not a miracle, and it is not, without question, the treatment that will work.",
                     "{D} does {ADV} not permanently rewire the brain.",
                     "Whether {D} permanently rewires the brain is {ADV} not known.",
                     "The new pathways {D} builds are {ADV} not locked in for good, which is why boosters are needed.",
                     "Some clinics claim {D} permanently rewires the brain, but no study shows that.",
                     "In mice, {D} {ADV} rewired the brain's connections for good.",
                     "{D} {ADV} may help the brain form new connections, researchers think.",
                     "After {D}, the brain's connections {ADV} change for a few days."):
        yield Seed(sentence, (), "ketamine" if "FDA" not in sentence else "esketamine", "round4-trap", "DIR")

    yield from round5_seeds()
    yield from session5_seeds()
    yield from blind9_seeds()
    yield from settled_seeds()


# --- round 5 of issue 20 (blind6): permanence without a word of cure, hedged permanence, and a
# claim reported in order to refute it
def round5_seeds():
    lead = "Our clinic offers ketamine infusions."
    for condition in ("anxiety", "social anxiety", "GAD"):
        # permanence the source never gives is an overclaim even hedged ("may")
        for sentence in ("{D} may {ADV} end " + condition + " for good in some patients.",
                         "{D} could {ADV} keep " + condition + " away permanently.",
                         "{D} might {ADV} banish " + condition + " forever.",
                         "Researchers say {D} may {ADV} free people from " + condition + " for life."):
            yield Seed(sentence, OVER, "ketamine", "hedged-permanence", "INV")
        # a condition's absence for good, in the present or future tense
        for sentence in ("After a course of {D}, the " + condition + " {ADV} doesn't come back.",
                         "With {D}, the old " + condition + " loops simply {ADV} don't come back.",
                         "Once {D} has done its work, " + condition + " {ADV} won't return.",
                         "After {D}, " + condition + " {ADV} never recurs."):
            yield Seed(sentence, OVER, "ketamine", "absence-present", "INV")
        # durable, and working long-term, said of the drug's benefit
        for sentence in ("Remission from " + condition + " with {D} is {ADV} durable and complete.",
                         "{D} {ADV} brings durable relief from " + condition + ".",
                         "Members stayed well for two years, so {D} {ADV} clearly works for " + condition + ".",
                         "{D} {ADV} works long-term for " + condition + ".",
                         "Coverage stops after a year, since remission from " + condition
                         + " with {D} is {ADV} durable by then."):
            yield Seed(sentence, OVER, "ketamine", "durable", "INV")
        # the same words, not asserted, hedged modestly, or not permanent: silent
        for sentence in ("{D} may {ADV} ease " + condition + " for a few days.",
                         "{D} may {ADV} not help " + condition + " for long.",
                         "If the " + condition + " doesn't come back within a week, sessions of {D} may be spaced out.",
                         "For some people on {D}, the " + condition + " {ADV} doesn't go away at all.",
                         "My " + condition + " hasn't come back since my last {D} infusion, {ADV} so far.",
                         "Whether relief from " + condition + " with {D} is durable is {ADV} unknown.",
                         "Relief from " + condition + " with {D} is {ADV} not durable.",
                         "Whether {D} works long-term for " + condition + " is {ADV} unknown.",
                         "{D} does {ADV} not work long-term for " + condition + ".",
                         "{D} may not {ADV} keep " + condition + " away forever."):
            yield Seed(sentence, (), "ketamine", "durable-trap", "DIR")
        # reported in order to refute it: silent; reported and not refuted: passed on
        for sentence in ("Any clinic promising that {D} will cure your " + condition + " is {ADV} overselling.",
                         "A clinic offering a permanent cure for " + condition + " with {D} is {ADV} a red flag.",
                         "Any website selling {D} as a cure for " + condition + " is {ADV} misleading you.",
                         "Be wary of ads {ADV} promising that {D} ends " + condition + " for good."):
            yield Seed(sentence, (), "ketamine", "refuted-offer", "DIR")
        yield Seed("Clinics offering {D} {ADV} say it cures " + condition + ".", OVER, "ketamine", "reported-offer",
                   "INV")
    yield Seed("Think of it as a reset button: the old anxiety loops simply {ADV} don't come back.", OVER, "",
               "absence-present", "INV", lead)
    # the sentence bank: a safety absolute, success without exception, a passive of eliminating; a
    # cure fronted and denied
    yield from _each(("At clinic doses, {D} is {ADV} entirely free of risk.",
                      "{D} has {ADV} transformed the lives of all our patients, without exception.",
                      "Anxiety is {ADV} reliably eliminated by {D}.",
                      "Social anxiety is {ADV} eliminated by {D} within weeks."), OVER, "bank")
    yield from _each(("A cure-all {D} is {ADV} not.", "A miracle cure for anxiety {D} {ADV} isn't.",
                      "{D} is {ADV} not entirely free of risk.", "Anxiety is {ADV} not eliminated by {D}.",
                      "Is anxiety {ADV} eliminated by {D}?"), (), "bank-trap")


def _each(sentences, expect, capability: str):
    """One seed about the drug per sentence: INV where a finding is expected, DIR where silence is."""
    for sentence in sentences:
        yield Seed(sentence, expect, "ketamine", capability, "INV" if expect else "DIR")


# --- session 5 (blind7, blind8 and the banks): certainty of the drug in discussion, a universal
# outcome said as a state, permanence in a relative clause; refuted, or asked in a Q&A.
def session5_seeds():
    lead = "Our clinic offers ketamine infusions for anxiety."
    for sentence in ("Patients {ADV} walk out healed, once and for all.", "Freedom from worry, {ADV} for good.",
                     "Its benefits are {ADV} beyond dispute.", "Every single person {ADV} leaves anxiety-free.",
                     "Every patient {ADV} leaves the clinic free of anxiety.", "It {ADV} delivers results that last.",
                     "Clients {ADV} find relief that lasts."):
        yield Seed(sentence, OVER, "", "drug-in-discussion", "INV", lead)
    for sentence in ("She {ADV} went back to work for good.", "The clinic has {ADV} been open forever.",
                     "Everyone {ADV} leaves the clinic by noon.", "Every single person is {ADV} free to stop at any time.",
                     "No one {ADV} walks out healed once and for all.", "Patients may {ADV} walk out feeling better.",
                     "Anyone promising permanent results is {ADV} going beyond what the research shows.",
                     "Beware any clinic that {ADV} guarantees you'll be anxiety-free for good."):
        yield Seed(sentence, (), "", "drug-in-discussion-trap", "DIR", lead)
    # a Q&A's question turn: the edits that front or frame a sentence would split the turn's label
    for sentence in ("**Q: Will it last? A friend told me one dose {ADV} fixed her anxiety for good.**",
                     "Q: My cousin says ketamine {ADV} cured her anxiety permanently. Is that realistic?"):
        yield Seed(sentence, (), "", "question-turn", "DIR", lead, edits=False)
    yield Seed("Q: Does it last? A: Yes, one dose {ADV} fixed my anxiety for good.", OVER, "", "question-turn", "INV",
               lead, edits=False)


# --- session 5, round 2 (blind9): evidence said to close the matter, a change said to hold for
# good, the brain reset by the sessions; the question left open, the span, another cause silent.
def blind9_seeds():
    lead = "Our clinic offers ketamine infusions for anxiety."
    for sentence in ("Taken together, the two studies {ADV} settle the question, and {D} works for anxiety.",
                     "The research has {ADV} settled the debate: {D} eases anxiety.",
                     "After a course of {D}, the improvement is {ADV} locked in for good.",
                     "Once the course of {D} ends, the change is {ADV} guaranteed to stick."):
        yield Seed(sentence, OVER, "ketamine", "closed-question", "INV")
    for sentence in ("For many guests, a week of these sessions {ADV} permanently reset the anxious brain.",
                     "A handful of sessions {ADV} rewires the brain for good."):
        yield Seed(sentence, OVER, "", "sessions-rewire", "INV", lead)
    for sentence in ("Two small studies {ADV} do not settle the question of whether {D} helps anxiety.",
                     "Nobody can {ADV} say whether the change from {D} will stick for life.",
                     "The improvement after {D} {ADV} stuck for about a year in the 2023 records."):
        yield Seed(sentence, (), "ketamine", "closed-question-trap", "DIR")
    for sentence in ("Years of chronic stress can {ADV} permanently reset the anxious brain.",
                     "Sessions with a therapist {ADV} may help the brain form new habits."):
        yield Seed(sentence, (), "", "sessions-rewire-trap", "DIR", lead)


# --- session 6 (blind10): the evidence said to be settled, in the many ways English says it,
# said of what the drug does; the same words denied, asked, hedged, or said of no benefit, silent.
SETTLED = (
    "Taken together, the evidence is {ADV} now conclusive that {D} works for {C}.",
    "We {ADV} now know that {D} relieves {C}.",
    "Science {ADV} confirms that {D} eases {C}.",
    "Research has {ADV} confirmed that {D} calms {C}.",
    "It has {ADV} been shown that {D} treats {C}.",
    "There is {ADV} no question that {D} helps with {C}.",
    "The benefit of {D} for {C} is {ADV} no longer in doubt.",
    "The evidence is {ADV} clear: {D} reduces {C}.",
    "There is {ADV} overwhelming evidence that {D} eases {C}.",
    "{D} is {ADV} unequivocally effective for {C}.",
    "The debate is {ADV} over: {D} relieves {C}.",
    "Studies have {ADV} proven that {D} lifts {C}.",
    "The research {ADV} definitively shows that {D} eases {C}.",
    "We know for certain that {D} {ADV} helps with {C}.",
    "That {D} works for {C} is {ADV} a settled fact.",
)
SETTLED_TRAPS = (
    "The evidence is {ADV} not yet conclusive that {D} works for {C}.",
    "There is {ADV} no conclusive evidence that {D} treats {C}.",
    "Studies have {ADV} shown that {D} may help some people with {C}.",
    "Is the evidence {ADV} conclusive that {D} treats {C}? Not yet.",
    "Whether {D} works for {C} is {ADV} still in question.",
    "We {ADV} now know more about how {D} acts on the brain.",
    "Researchers have {ADV} shown that {D} can be misused.",
    "The side effects of {D} are {ADV} now established.",
    "The jury is {ADV} still out on {D} for {C}.",
    "Nobody can {ADV} say the debate is over on {D} for {C}.",
)


def settled_seeds():
    for n, sentence in enumerate(SETTLED):
        condition = CONDITIONS[n % len(CONDITIONS)]
        yield Seed(sentence.replace("{C}", condition), OVER, "ketamine", "evidence-settled", "INV")
    for n, sentence in enumerate(SETTLED_TRAPS):
        condition = CONDITIONS[n % len(CONDITIONS)]
        yield Seed(sentence.replace("{C}", condition), (), "ketamine", "evidence-settled-trap", "DIR")
