"""Side effects: effects the source does not list (HL401), listed effects denied (HL402).

The pack's facts (rules/ketamine.yaml, source lines 14-16 and 79-95): ketamine's listed side
effects are agitation, memory loss, cognitive difficulties, depression, unconsciousness, and the
emergence phenomena euphoria, vivid dreams, illusions, severe confusion and disorientation,
hallucinations; it can also leave people feeling detached, not in control, with changed
perception, sedated. Anything else named as its side effect is unlisted (a warning); saying it
does not cause a listed effect contradicts the source (an error). A benefit, a comparison,
another drug's effects, "nothing", a question or a quote name no side effect of ketamine.
"""

from ..harness import Seed

UNLISTED = ("HL401",)
DENIED = ("HL402",)
D = "ketamine"

# (singular-agreeing noun phrase, verb agreement) — effects the source does not list.
NOT_LISTED = (("headaches", "are"), ("nausea", "is"), ("a dry mouth", "is"), ("dizziness", "is"),
              ("vomiting", "is"), ("blurred vision", "is"), ("high blood pressure", "is"),
              ("insomnia", "is"), ("a metallic taste", "is"), ("sweating", "is"), ("tremors", "are"),
              ("hiccups", "are"), ("a skin rash", "is"), ("diarrhoea", "is"), ("a racing heart", "is"))
# Listed effects, in the pack's names and in other words a writer uses for them.
LISTED = (("hallucinations", "are"), ("vivid dreams", "are"), ("memory loss", "is"), ("agitation", "is"),
          ("confusion", "is"), ("disorientation", "is"), ("euphoria", "is"), ("illusions", "are"),
          ("drowsiness", "is"), ("a feeling of detachment", "is"), ("memory problems", "are"),
          ("restlessness", "is"), ("brain fog", "is"), ("dissociation", "is"),
          ("loss of consciousness", "is"), ("feeling disorientated", "is"))

# Frames in which a sentence names an effect as the drug's ({x}: the effect, {v}: is/are).
FRAMES = (
    ("{X} {v} {ADV} a frequent side effect of {D}.", "side-effect-noun"),
    ("{X} {v} {ADV} a common side effect of {D}.", "side-effect-noun"),
    ("{X} {v} {ADV} among the side effects of {D}.", "side-effect-noun"),
    ("One side effect of {D} is {x}.", "side-effect-noun"),
    ("{D}'s side effects {ADV} include {x}.", "possessive"),
    ("Side effects of {D} {ADV} include {x}.", "side-effect-noun"),
    ("The side effects of {D} can include {x}.", "side-effect-noun"),
    ("{D} often leaves people with {x}.", "verb-frame"),
    ("{D} can {ADV} leave people with {x}.", "verb-frame"),
    ("{D} can {ADV} cause {x}.", "verb-frame"),
    ("{D} may {ADV} cause {x}.", "verb-frame"),
    ("{D} sometimes causes {x}.", "verb-frame"),
    ("{D} is {ADV} known to cause {x}.", "verb-frame"),
    ("{D} can {ADV} trigger {x}.", "verb-frame"),
    ("{D} can {ADV} lead to {x}.", "verb-frame"),
    ("{D} can {ADV} produce {x}.", "verb-frame"),
    ("{X} {v} {ADV} common after {D}.", "adjective-frame"),
    ("{X} {v} {ADV} possible after {D}.", "adjective-frame"),
    ("{X} {v} {ADV} frequent after a {D} infusion.", "adjective-frame"),
    ("People {ADV} report {x} after {D}.", "report"),
    ("Some patients {ADV} report {x} after taking {D}.", "report"),
    ("Many people {ADV} experience {x} after a {D} infusion.", "report"),
    ("Some people {ADV} notice {x} after {D}.", "report"),
    ("After {D}, some people get {x}.", "report"),
    ("{X} {v} {ADV} reported after {D}.", "passive"),
    ("{X} {v} {ADV} caused by {D} in some people.", "passive"),
    ("{X} can {ADV} occur with {D}.", "occur"),
    ("{X} can {ADV} happen after a dose of {D}.", "occur"),
    ("{X} after {D} {v} {ADV} common.", "adjective-frame"),
    ("{D} is {ADV} associated with {x}.", "verb-frame"),
    ("{D} has {ADV} been linked to {x}.", "verb-frame"),
    ("Patients on {D} may {ADV} experience {x}.", "report"),
    ("{X} {v} {ADV} one of the side effects of {D}.", "side-effect-noun"),
    ("{D}'s most common side effect is {x}.", "possessive"),
    ("{D} and esketamine can {ADV} cause {x}.", "coordination-drugs"),
    ("{D} infusions can {ADV} bring on {x}.", "verb-frame"),
)


def _fill(frame: str, effect: tuple[str, str]) -> str:
    x, v = effect
    return frame.replace("{X}", x[:1].upper() + x[1:]).replace("{x}", x).replace("{v}", v)


def seeds():
    # Each frame with a few effects of each kind, taking turns through the lexicons.
    for n, (frame, capability) in enumerate(FRAMES):
        # "It's side effects" is another error (HL102): a possessive gets no pronoun edit.
        context = f"This page is about {D}." if capability in ("possessive", "coordination-drugs") else ""
        for k in range(2):
            test = "MFT" if capability == "side-effect-noun" else "INV"
            yield Seed(_fill(frame, NOT_LISTED[(2 * n + k) % len(NOT_LISTED)]), UNLISTED, D, capability, test,
                       context)
            yield Seed(_fill(frame, LISTED[(2 * n + k) % len(LISTED)]), (), D, capability, "INV", context)

    # Coordination: any unlisted effect among listed ones is a warning; all listed, silent.
    for a, b, c in ((NOT_LISTED[i][0], LISTED[i][0], LISTED[i + 1][0]) for i in range(0, 8, 2)):
        yield Seed(f"{D} can {{ADV}} cause {b}, {c} and {a}.", UNLISTED, D, "coordination", "INV")
        yield Seed(f"{b.capitalize()}, {a} and {c} are {{ADV}} possible after {D}.", UNLISTED, D,
                   "coordination", "INV")
        yield Seed(f"Side effects of {D} include {a}, {b} and {c}.", UNLISTED, D, "coordination", "INV")
    for b, c in ((LISTED[i][0], LISTED[i + 1][0]) for i in range(0, 8, 2)):
        yield Seed(f"{D} can {{ADV}} cause {b} and {c}.", (), D, "coordination", "INV")
        yield Seed(f"{b.capitalize()} and {c} are {{ADV}} possible after {D}.", (), D, "coordination", "INV")

    # A list after a cue: the unlisted item is the last line (where the finding must sit).
    for lead in ("Side effects of {D} include:", "{D} can cause:", "Possible side effects of {D}:",
                 "Common side effects of {D} are:"):
        for effect in NOT_LISTED[:8]:
            text = lead.replace("{D}", D) + f"\n\n- {LISTED[0][0]}\n- {effect[0]}"
            yield Seed(text[:1].upper() + text[1:], UNLISTED, D, "list-after-cue", "INV", edits=False)
        for effect in LISTED[:8]:
            text = lead.replace("{D}", D) + f"\n\n- {LISTED[1][0]}\n- {effect[0]}"
            yield Seed(text[:1].upper() + text[1:], (), D, "list-after-cue", "INV", edits=False)

    # Denials of an effect the source lists contradict it; of one it does not list, say nothing
    # the source addresses.
    for n, (effect, _) in enumerate(LISTED[:10]):
        denial = "{D} does {ADV} not cause" if n % 2 else "{D} {ADV} never causes"
        yield Seed(f"{denial} {effect}.", DENIED, D, "denial", "DIR")
    for effect, _ in NOT_LISTED[::2]:
        yield Seed(f"{{D}} does {{ADV}} not cause {effect}.", (), D, "denial-unlisted", "DIR")

    # Nothing noticed, benefits, comparisons: no effect named.
    for sentence in ("You will {ADV} notice nothing.", "Most people {ADV} notice nothing unusual.",
                     "Many patients {ADV} report no problems at all.", "Some people {ADV} notice nothing at all."):
        yield Seed(sentence, (), D, "nothing", "DIR", context=f"This page is about {D} infusions.")
    for benefit in ("improved focus", "better sleep", "calmer mornings", "less anxiety", "a lift in mood",
                    "a rapid drop in their anxiety", "relief within hours"):
        yield Seed(f"Many patients {{ADV}} report {benefit} after {{D}}.", (), D, "benefit", "DIR")
        yield Seed(f"People {{ADV}} notice {benefit} after a {{D}} infusion.", (), D, "benefit", "DIR")
    for effect, _ in NOT_LISTED[1::2]:
        yield Seed(f"{{D}} may {{ADV}} cause fewer {effect} than older anaesthetics."
                   if effect.endswith("s") else f"{{D}} may {{ADV}} cause less {effect.removeprefix('a ')} "
                   "than older anaesthetics.", (), D, "comparison", "DIR")

    # Frequency words and reports about what is no effect: care, money, routine.
    for sentence in ("Payment plans are {ADV} common with {D} clinics.",
                     "Follow-up calls are {ADV} common after each {D} session.",
                     "A short rest is {ADV} common after a {D} infusion.",
                     "Home use is {ADV} possible with {D} tablets.",
                     "Many people {ADV} develop a routine around their {D} sessions."):
        yield Seed(sentence, (), D, "not-an-effect", "DIR")

    # Another condition's symptoms, and a condition as the cause: nothing said of ketamine.
    for effect, v in NOT_LISTED[::4]:
        yield Seed(f"{effect.capitalize()} {v} {{ADV}} a common symptom of anxiety.", (), D, "other-condition", "DIR")
        yield Seed(f"Untreated anxiety can {{ADV}} cause {effect}.", (), D, "other-condition", "DIR")

    # Another drug's side effects: not the source's claim about ketamine.
    for effect, v in NOT_LISTED[::3]:
        yield Seed(f"{{D}} can {{ADV}} cause {effect}.", (), "SSRIs", "other-drug", "DIR")
        yield Seed(f"{effect.capitalize()} {v} {{ADV}} a common side effect of {{D}}.", (), "SSRIs",
                   "other-drug", "DIR")

    # Symptoms in prose with no side-effect word (issue 20's blind drafts): what makes them the
    # drug's is a word of frequency, expectation or experience in a paragraph about the drug.
    lead = f"This page is about {D} infusions."
    for n, (frame, capability) in enumerate(SYMPTOM_FRAMES):
        for k in range(2):
            effect = SYMPTOMS[(2 * n + k) % len(SYMPTOMS)]
            yield Seed(_fill(frame, effect), UNLISTED, D, capability, "INV", lead)
            yield Seed(_fill(frame, LISTED[(2 * n + k) % len(LISTED)]), (), D, capability, "INV", lead)
    for a, b in ((SYMPTOMS[i][0], SYMPTOMS[i + 1][0]) for i in range(0, 8, 2)):
        yield Seed(f"{a.capitalize()} and {b} are {{ADV}} common for an hour or so afterwards.", UNLISTED, D,
                   "symptom-coordination", "INV", lead)
        yield Seed(f"{{D}} can {{ADV}} cause {LISTED[0][0]}, {a} and, rarely, {b}.", UNLISTED, D,
                   "symptom-coordination", "INV")

    for sentence in RISING:
        yield Seed(sentence, UNLISTED, D, "vital-sign-rises", "INV", "" if "{D}" in sentence else lead)
    # the same verbs, the domain unlisted or the verb not negated: silent
    for n, frame in enumerate(DOMAIN_DENIALS):
        for domain in DOMAINS:
            yield Seed(frame.replace("{x}", domain), DENIED, D, "domain-denial", "DIR",
                       "" if "{D}" in frame else lead)
        yield Seed(frame.replace("{x}", ("driving licence", "sense of humour")[n % 2]), (), D, "domain-denial", "DIR",
                   "" if "{D}" in frame else lead)
    for sentence in ("At our low doses, {x} {ADV} won't happen to you.",
                     "With our doses, {x} simply {ADV} does not happen."):
        for effect, _ in LISTED[:3]:
            yield Seed(sentence.replace("{x}", effect), DENIED, D, "treatment-denial", "DIR", lead)
        yield Seed(sentence.replace("{x}", NOT_LISTED[1][0]), (), D, "treatment-denial", "DIR", lead)
    for sentence in ("Our method {ADV} has no side effect at all.", "The treatment {ADV} has no side effects.",
                     "The team says this shows the drug is free of such effects."):
        yield Seed(sentence, DENIED, D, "treatment-denial", "DIR", lead)
    yield Seed("Our clinic has {ADV} no side effect worth mentioning on its website.", (), D, "treatment-denial", "DIR",
               lead)
    # "adverse event" in the singular; a body system makes a listed effect another one
    for effect in ("Respiratory depression", "Nausea", "Cardiac arrest"):
        yield Seed(f"{effect} is {{ADV}} the adverse event nurses will see most often after {{D}}.", UNLISTED, D,
                   "adverse-event", "INV")
    yield Seed("Depression is {ADV} the adverse event nurses will see most often after {D}.", (), D,
               "adverse-event", "INV")

    for sentence in ("A nurse {ADV} checks blood pressure before and after every session.",
                     "Exercise {ADV} raises heart rate.", "Your pulse is {ADV} taken every ten minutes."):
        yield Seed(sentence, (), D, "vital-sign-rises", "DIR", lead)
    for sentence in ("Keep your heart rate up when you exercise.", "Stairs {ADV} push your pulse up."):
        yield Seed(sentence, (), D, "vital-sign-rises", "DIR", lead)

    # A list under a heading that names side effects, its lead-in naming none.
    for effect, _ in SYMPTOMS[:6]:
        text = (f"This page is about {D}.\n\n## What to expect: side effects\n\nExpect some of these:\n\n"
                f"- {LISTED[2][0]}\n- {effect}")
        yield Seed(text, UNLISTED, D, "list-under-heading", "INV", edits=False)
    for effect, _ in LISTED[3:7]:
        text = (f"This page is about {D}.\n\n## What to expect: side effects\n\nExpect some of these:\n\n"
                f"- {LISTED[2][0]}\n- {effect}")
        yield Seed(text, (), D, "list-under-heading", "INV", edits=False)

    # Denials of a listed effect in other frames; of an unlisted one, silent.
    for n, (effect, v) in enumerate(LISTED[:8]):
        frame = DENIAL_FRAMES[n % len(DENIAL_FRAMES)]
        yield Seed(_fill(frame, (effect, v)), DENIED, D, "denial-frames", "DIR")
    for n, (effect, v) in enumerate(SYMPTOMS[:6]):
        yield Seed(_fill(DENIAL_FRAMES[n % len(DENIAL_FRAMES)], (effect, v)), (), D, "denial-unlisted", "DIR")

    # Round 3 of issue 20 (blind drafts): an effect in apposition to "a side effect of <drug>",
    # loose side-effect nouns ("the only downside", "lesser-known effects"), a relative clause
    # whose head is the effect, the effect said as a verb of the drug (a body part harmed,
    # "make you sick"), a list right under a side-effect heading or with a participle item.
    for n, (frame, capability) in enumerate(ROUND3_FRAMES):
        for k in range(2):
            effect = SYMPTOMS[(2 * n + k) % len(SYMPTOMS)]
            yield Seed(_fill(frame, effect), UNLISTED, D, capability, "INV", lead)
            yield Seed(_fill(frame, LISTED[(2 * n + k) % len(LISTED)]), (), D, capability, "INV", lead)
    for n, sentence in enumerate(EFFECT_VERBS):
        yield Seed(sentence, UNLISTED, D, "effect-verb", "INV", lead)
    for sentence in LISTED_VERBS:
        yield Seed(sentence, (), D, "effect-verb", "INV", lead)
    for sentence in EFFECT_VERB_TRAPS:
        yield Seed(sentence, (), D, "effect-verb", "DIR", lead)
    for heading in ("## Side effects of {D}", "### Adverse effects", "## Possible side effects"):
        for k, (effect, _) in enumerate(SYMPTOMS[:4]):
            text = f"This page is about {D}.\n\n{heading.replace('{D}', D)}\n\n- {LISTED[k][0]}\n- {effect}"
            yield Seed(text, UNLISTED, D, "list-under-heading", "INV", edits=False)
        text = f"This page is about {D}.\n\n{heading.replace('{D}', D)}\n\n- {LISTED[5][0]}\n- {LISTED[6][0]}"
        yield Seed(text, (), D, "list-under-heading", "INV", edits=False)
    yield Seed(f"This page is about {D}.\n\n## Side effects of SSRIs\n\n- {LISTED[0][0]}\n- nausea", (), D,
               "list-under-heading", "DIR", edits=False)
    for item in ("raised intracranial pressure", "increased muscle tone", "elevated liver enzymes"):
        text = f"Adverse effects of {D} to watch for:\n\n- {LISTED[0][0]}\n- {item}"
        yield Seed(text, UNLISTED, D, "list-after-cue", "INV", edits=False)
    # A side-effect list passed on in someone else's name is still a warning.
    for effect, _ in NOT_LISTED[:4]:
        yield Seed(f"According to the clinic leaflet, {D}'s side effects {{ADV}} include {effect}.", UNLISTED, D,
                   "reported-list", "INV", f"This page is about {D}.")
        yield Seed(f"Patients in the trial {{ADV}} reported {effect} after {D}.", UNLISTED, D, "reported-list", "INV")
    # A person's experience of a listed effect denied, in the drug's session: a denial.
    for n, (adjective, frame) in enumerate(zip(LISTED_ADJECTIVES, EXPERIENCE_DENIALS * 3)):
        yield Seed(frame.replace("{x}", adjective), DENIED, D, "experience-denial", "DIR")
    for frame in EXPERIENCE_DENIALS:
        yield Seed(frame.replace("{x}", "nauseous"), (), D, "experience-denial", "DIR")  # not listed
    for adjective in LISTED_ADJECTIVES[:4] + ("spaced out",):
        yield Seed(f"{{D}}, at the doses clinics use, {{ADV}} doesn't make you feel {adjective}.", DENIED, D,
                   "experience-denial", "DIR")
    yield Seed("{D} {ADV} won't make you feel sick.", (), D, "experience-denial", "DIR")
    for sentence in ("There's {ADV} no chance you'll hallucinate on {D} at these doses.",
                     "Unlike older anaesthetics, {D} {ADV} won't cloud your thinking."):
        yield Seed(sentence, DENIED, D, "domain-denial", "DIR")
    for sentence in ("The {D} infusion {ADV} won't leave you confused for long.",
                     "{D} does {ADV} not cause hallucinations in everyone."):
        yield Seed(sentence, (), D, "partial-denial", "DIR")
    for sentence in ("{D} is {ADV} free of any side effects.",
                     "{D} infusions {ADV} work without any of the usual side effects.",
                     "{D} is {ADV} free of the usual side effects."):
        yield Seed(sentence, DENIED, D, "no-side-effects", "DIR")
    for sentence in ("{D} {ADV} rarely causes hallucinations.", "Side effects of {D} are {ADV} usually mild.",
                     "{D} is {ADV} not free of side effects.", "Some people {ADV} see things that are not there, "
                     "or feel euphoric, after {D}."):
        yield Seed(sentence, (), D, "no-side-effects", "DIR")

    # Symptoms that are not the drug's: the condition's, a question's, a conditional
    # instruction's, another drug's, nothing felt, a comparison, a check of a vital sign.
    for effect, v in SYMPTOMS[::3]:
        for sentence in (f"People with anxiety {{ADV}} often feel {effect}.",
                         f"Anxiety can {{ADV}} cause {effect}.",
                         f"If you feel {effect}, tell the nurse.",
                         f"SSRIs {{ADV}} often leave people with {effect}.",
                         f"{effect.capitalize()} {v} {{ADV}} a common symptom of panic attacks."):
            yield Seed(sentence, (), D, "symptom-not-the-drug", "DIR", lead)
    for sentence in ("You will {ADV} notice nothing.", "Most people {ADV} feel nothing at all afterwards.",
                     "A nurse {ADV} checks blood pressure before and after every session.",
                     "Anti-sickness medicine is {ADV} available if you need it.",
                     "Some people {ADV} feel little during the session."):
        yield Seed(sentence, (), D, "symptom-not-the-drug", "DIR", lead)

    # Round 2 (blind5): a "not" inside an effect's own words states the effect; an instruction
    # to notice something names an effect only when it names a symptom.
    for frame in ("Sensing that you are not quite in control is {ADV} common with {D}.",
                  "Feeling detached, or sensing that you are not in control, {ADV} happens during a {D} session.",
                  "Feeling that you are not yourself is {ADV} common after {D}."):
        yield Seed(frame, (), D, "not-inside-effect", "DIR", lead)
    yield Seed("Sensing that you are not in control is {ADV} not common with {D}.", DENIED, D,
               "not-inside-effect", "DIR", lead)
    for sentence in ('Notice the hedges in that sentence ("believe", "may").', "Notice {ADV} the wording of the leaflet.",
                     "Notice how {ADV} carefully the summary words it."):
        yield Seed(sentence, (), D, "instruction", "DIR", lead)
    # "bring" with the drug as subject, "complain of": an effect only of a symptom
    for n, frame in enumerate(("It {ADV} brings {x} for a good share of patients.",
                               "{D} {ADV} brought {x} for many of the volunteers.",
                               "Several patients {ADV} complained of {x} after {D}.")):
        for effect, _ in SYMPTOMS[n::4][:2]:
            yield Seed(frame.replace("{x}", effect), UNLISTED, D, "bring-complain", "INV", lead)
        yield Seed(frame.replace("{x}", ("relief", "calm", "the cost")[n]), (), D, "bring-complain", "DIR", lead)
    # a pronoun after a negated causing verb: the effect named before it in the sentence
    for n, (effect, _) in enumerate(LISTED[:6]):
        frame = ("Many readers worry about {x}, but {D} does {ADV} not cause {p}.",
                 "What you should not expect is {x}: {D} at these doses {ADV} does not cause {p}.")[n % 2]
        pronoun = "them" if effect.endswith("s") else "it"
        yield Seed(frame.replace("{x}", effect).replace("{p}", pronoun), DENIED, D, "pronoun-denial", "DIR")
    for effect, _ in NOT_LISTED[:3]:
        yield Seed(f"Many readers worry about {effect}, but {{D}} does {{ADV}} not cause "
                   f"{'them' if effect.endswith('s') else 'it'}.", (), D, "pronoun-denial", "DIR")
    yield Seed("Many readers ask about the costs, but {D} does {ADV} not raise them.", (), D, "pronoun-denial", "DIR")
    # a listed effect said not to be among the drug's (side) effects
    for n, (effect, v) in enumerate(LISTED[:6]):
        frame = ("{X} {v} {ADV} not among its effects.", "{X} {v} {ADV} not a side effect of {D}.",
                 "{X} {v} {ADV} not among the side effects of {D}.")[n % 3]
        yield Seed(_fill(frame, (effect, v)), DENIED, D, "not-among", "DIR", "" if "{D}" in frame else lead)
    for effect, v in NOT_LISTED[:3]:
        yield Seed(_fill("{X} {v} {ADV} not among the side effects of {D}.", (effect, v)), (), D, "not-among", "DIR")
    yield Seed("Feeling detached and not in control are {ADV} among its known effects.", (), D, "not-among", "DIR", lead)
    yield Seed("Feeling that you are not in control is {ADV} one of the side effects of {D}.", (), D, "not-among",
               "DIR")
    for effect, _ in SYMPTOMS[:3]:
        yield Seed(f"Notice {{ADV}} any {effect.removeprefix('a ')} after the session.", UNLISTED, D, "instruction",
                   "INV", lead)
    # The sentence before is about another drug (its subject), so "they" and "it" are that drug.
    # (Last, so that the seeds before keep their numbers and the variants they are given.)
    for effect, _ in NOT_LISTED[::3]:
        yield Seed(f"They can {{ADV}} cause {effect}.", (), D, "comparator-next-sentence", "DIR",
                   f"This page is about {D}. SSRIs take weeks to work.", edits=False)
        yield Seed(f"It can {{ADV}} cause {effect}.", (), D, "comparator-next-sentence", "DIR",
                   f"This page is about {D}. Buspirone is a daily tablet.", edits=False)
    yield from _round5_seeds()
    yield from _round6_seeds()


def _round5_seeds():
    """Round 5 of issue 20 (blind4-6, the held-out drafts): effects whose drug or predicate is said
    around them, not beside them - a list lead-in with a gloss before its colon, a drug named only
    in a comparison before a question heading, a table whose header or row label says what its
    cells list, effects said as verbs, and listed effects denied in other words."""
    lead = f"This page is about {D} infusions."
    # a lead-in that ends in "):" (one token to the tokeniser); items with a time or a gloss after them
    for opener in ("Common side effects (from the forum thread):", "Side effects (in my experience):",
                   "Side effects people mention (most are mild):"):
        for k, (effect, _) in enumerate(SYMPTOMS[:4]):
            tail = (" the next morning", " (ask about it beforehand)", " for a day or so", "")[k]
            text = f"{lead}\n\n## Side effects\n\n{opener}\n\n- {LISTED[k][0]}\n- {effect}{tail}"
            yield Seed(text, UNLISTED, D, "list-lead-gloss", "INV", edits=False)
        for k, (effect, _) in enumerate(LISTED[4:8]):
            text = f"{lead}\n\n## Side effects\n\n{opener}\n\n- {LISTED[k][0]}\n- {effect} that night"
            yield Seed(text, (), D, "list-lead-gloss", "INV", edits=False)
        text = f"{lead}\n\n## Side effects\n\n{opener}\n\n- {LISTED[0][0]}\n- feeling a bit low or flat for a day"
        yield Seed(text, (), D, "list-lead-gloss", "INV", edits=False)
    # a comparator named deep in a "than" phrase does not take the discussion over
    for compared in ("far sooner than the four to eight weeks a standard SSRI may need",
                     "much faster than the month or so that SSRIs usually need",
                     "unlike the slow build-up most SSRIs involve"):
        context = f"{lead}\n\nMany clients feel lighter within hours, {compared}.\n\n## What side effects should I expect?"
        for effect, _ in SYMPTOMS[4:7]:
            yield Seed(f"During an infusion you may notice:\n\n- {LISTED[1][0]}\n- {effect}", UNLISTED, D,
                       "compared-in-passing", "INV", context, edits=False)
        yield Seed(f"During an infusion you may notice:\n\n- {LISTED[1][0]}\n- {LISTED[2][0]}", (), D,
                   "compared-in-passing", "INV", context, edits=False)
    # the drug in discussion lost (a sentence names two): the page's drug, a warning
    lost = f"{lead} Spravato is esketamine, and {D} is a related drug."
    for n, frame in enumerate(("The main thing people notice is {x} for an hour or so.",
                               "Most people also get {x} afterwards.", "{X} is common for an hour afterwards.")):
        yield Seed(_fill(frame, SYMPTOMS[n]), UNLISTED, D, "lost-discussion", "INV", lost, edits=False)
        yield Seed(_fill(frame, LISTED[n]), (), D, "lost-discussion", "INV", lost, edits=False)
        yield Seed(_fill(frame, SYMPTOMS[n]).rstrip(".") + " on SSRIs.", (), D, "lost-discussion", "DIR", lost,
                   edits=False)
    yield from _table_seeds(lead)
    yield from _verb_seeds(lead)
    yield from _denial_seeds(lead)
    yield from _everyday_seeds(lead)
    yield from _bank_seeds(lead)


def _table_seeds(lead: str):
    """Cells under a header, a row label or a heading that says the cells list effects."""
    for header in ("What you might feel", "Side effects", "Possible side effects", "What people notice"):
        for effect, _ in SYMPTOMS[:3]:
            text = f"{lead}\n\n| {header} | How often |\n|---|---|\n| {LISTED[0][0]} | Often |\n| {effect} | Often |"
            yield Seed(text, UNLISTED, D, "table-effects", "INV", edits=False)
        text = f"{lead}\n\n| {header} | How often |\n|---|---|\n| {LISTED[1][0]} | Often |\n| {LISTED[2][0]} | Rarely |"
        yield Seed(text, (), D, "table-effects", "INV", edits=False)
    for label in ("Best-known downsides", "Side effects", "Main drawbacks"):
        for effect, _ in SYMPTOMS[3:6]:
            text = (f"{lead}\n\n| | {D} | SSRIs |\n|---|---|---|\n| How it is taken | Infusion | Tablet |\n"
                    f"| {label} | {LISTED[0][0]}, {effect} | Covered in another post |")
            yield Seed(text, UNLISTED, D, "table-row-label", "INV", edits=False)
        # the comparator's column: its effects, not the drug's
        text = (f"{lead}\n\n| | SSRIs | {D} |\n|---|---|---|\n| How it is taken | Tablet | Infusion |\n"
                f"| {label} | nausea, insomnia | {LISTED[0][0]} |")
        yield Seed(text, (), D, "table-row-label", "DIR", edits=False)
    yield Seed(f"{lead}\n\n## Side effects\n\n| Effect | How common |\n|---|---|\n| {LISTED[0][0]} | Common |\n"
               "| Vomiting | Occasional |", UNLISTED, D, "table-under-heading", "INV", edits=False)
    yield Seed(f"{lead}\n\n## Opening hours\n\n| Day | Note |\n|---|---|\n| Monday | Closed |\n"
               "| Tuesday | Nausea clinic |", (), D, "table-under-heading", "DIR", edits=False)
    yield Seed(f"{lead}\n\n| Side effects we did not see | Count |\n|---|---|\n| Nausea | 0 |", (), D,
               "table-effects", "DIR", edits=False)


def _verb_seeds(lead: str):
    """Effects said as verbs: a vital sign pushed up, two verbs of one subject, a symptom that is
    the verb, "expect <effect>"."""
    for verb in ("bump up", "push up", "hike", "boost", "send up", "drive up"):
        yield Seed(f"{{D}} can {{ADV}} {verb} your blood pressure for an hour or so.", UNLISTED, D,
                   "vital-sign-pushed", "INV")
    for sentence in ("Exercise can {ADV} bump up your heart rate.", "A nurse will {ADV} bump up the dose if needed.",
                     "{D} does {ADV} not bump up your blood pressure.", "Coffee can {ADV} push up your pulse."):
        yield Seed(sentence, (), D, "vital-sign-pushed", "DIR", lead)
    for effect, _ in SYMPTOMS[::3]:
        yield Seed(f"{{D}} {{ADV}} raised blood pressure and caused {effect} in several participants.", UNLISTED, D,
                   "two-verbs", "INV")
    yield from _fire_or_not(("Two of our patients {ADV} threw up in the waiting room.",
                             "A few people {ADV} vomited during the infusion.",
                             "Quite a few clients {ADV} end up feeling queasy in the car.",
                             "You might {ADV} find yourself sweating once the session ends.",
                             "Expect {ADV} some blurred vision for about an hour.",
                             "The drip can {ADV} make your heart pound for a while."),
                            ("If you throw up, tell the nurse.", "Expect {ADV} a short rest after the infusion.",
                             "You might {ADV} find yourself calmer once the session ends.",
                             "Expect {ADV} some vivid dreams that night."), "symptom-verb", lead)


def _fire_or_not(fires, traps, capability: str, lead: str):
    """Sentences naming an unlisted effect (a warning each) and traps beside them (silent)."""
    for sentence in fires:
        yield Seed(sentence, UNLISTED, D, capability, "INV", lead)
    for sentence in traps:
        yield Seed(sentence, (), D, capability, "DIR", lead)


def _denial_seeds(lead: str):
    """A listed effect denied in other words: "isn't something <drug> causes" beside a clause of
    its own, a domain pushed down, an experience promised away."""
    for effect, v in LISTED[3:7]:
        yield Seed(_fill("{X} after a session isn't something {D} causes; if you feel muddled for more than an "
                         "hour, call us.", (effect, v)), DENIED, D, "denial-beside-clause", "DIR")
    for sentence in ("{D} doesn't {ADV} bring your mood down.", "{D} won't {ADV} drag your mood down.",
                     "{D} does {ADV} not lower your mood.", "Our infusions won't {ADV} pull your mood down."):
        yield Seed(sentence, DENIED, D, "mood-down", "DIR", "" if "{D}" in sentence else lead)
    for sentence in ("{D} doesn't {ADV} bring your memory back.", "{D} doesn't {ADV} bring your anxiety back.",
                     "{D} won't {ADV} lower your blood pressure."):
        yield Seed(sentence, (), D, "mood-down", "DIR")
    for effect, _ in LISTED[:4]:
        yield Seed(f"You won't {{ADV}} experience any {effect} with our infusions.", DENIED, D, "experience-promised",
                   "DIR", lead)
    for effect, _ in SYMPTOMS[:2]:
        yield Seed(f"You won't {{ADV}} experience any {effect.removeprefix('a ')} with our infusions.", (), D,
                   "experience-promised", "DIR", lead)
    yield Seed(f"Patients did {{ADV}} not report {LISTED[0][0]} after {{D}}.", (), D, "experience-promised", "DIR")


# Effects the source does not list, as a writer names them outside a side-effect sentence.
SYMPTOMS = (("nausea", "is"), ("a pounding headache", "is"), ("dizziness", "is"), ("blurred vision", "is"),
            ("an upset stomach", "is"), ("raised blood pressure", "is"), ("vomiting", "is"),
            ("a dry mouth", "is"), ("queasiness", "is"), ("a racing heart", "is"), ("sweating", "is"),
            ("tingling in the fingers", "is"))
SYMPTOM_FRAMES = (
    ("{X} {v} {ADV} a given with {D}.", "expected"),
    ("{X} {v} {ADV} to be expected after an infusion.", "expected"),
    ("{X} {v} {ADV} common for an hour or so afterwards.", "frequency-in-context"),
    ("{X} during the infusion {v} {ADV} common.", "frequency-in-context"),
    ("{X} {v} {ADV} typical after a session.", "expected"),
    ("Some people {ADV} leave with {x}.", "experience"),
    ("You may {ADV} get {x} afterwards.", "experience"),
    ("A few patients {ADV} develop {x} during the session.", "experience"),
    ("Some people {ADV} wake up with {x} the next day.", "experience"),
    ("Others {ADV} mention {x} that evening.", "experience"),
)
# A vital sign that rises with treatment: an effect the source does not list.
RISING = ("Blood pressure {ADV} rises during the infusion.",
          "Heart rate and blood pressure {ADV} go up during treatment.",
          "{D} can {ADV} raise blood pressure.", "{D} {ADV} increases heart rate in some people.",
          # pushed up (round 2 of issue 20)
          "Infusions {ADV} push blood pressure up, so a nurse stays close.",
          "{D} can {ADV} drive your heart rate up.", "Each session {ADV} sends your pulse up for an hour.",
          "{D} {ADV} pushes your blood pressure up a little.")
# Denials read from words (round 2 of issue 20): a domain a listed effect harms ({x}: the
# domain), a negated frequency word beside a treatment word.
DOMAIN_DENIALS = ("{D} does {ADV} not affect your {x}, whatever you may read online.",
                  "{D} won't {ADV} harm your {x}.", "Our infusions do {ADV} not impair your {x}.",
                  "{D} does {ADV} not mess with your {x}.")
DOMAINS = ("memory", "thinking")
DENIAL_FRAMES = (
    "{X} {v} not something {D} causes.",
    "{X} {ADV} doesn't happen with {D}.",
    "{D} does {ADV} not leave people with {x}.",
    "Don't worry about {x}; that {ADV} never happens with {D}.",
)
# Round 3 (blind drafts): frames an effect takes outside the side-effect sentence.
ROUND3_FRAMES = (
    ("{X}, a side effect of {D} that many people do not expect, {ADV} passes within hours.", "appositive"),
    ("{X}, a common side effect of {D}, {ADV} fades by the evening.", "appositive"),
    ("The only downside is {x}, which {D} {ADV} gives almost everyone.", "downside"),
    ("The main drawback of {D} is {ADV} {x}.", "downside"),
    ("One of {D}'s lesser-known effects is {ADV} {x}.", "downside"),
    ("{X}, which {D} can {ADV} bring on, usually passes.", "relative-clause"),
    ("Among the side effects of {D} is {ADV} {x}.", "side-effect-noun"),
    # round 4: "was" after a loose noun, what people notice first, a clause beside a list
    ("The only real downside was {ADV} {x}, which {D} left behind for a day.", "downside"),
    ("The main thing people notice after {D} is {ADV} {x}.", "downside"),
    ("Reported side effects of {D} include agitation; {D} also {ADV} produces {x}.", "clause-beside-list"),
    ("For me the hardest part was {ADV} {x}, which hit about twenty minutes in.", "downside"),
    ("{D} {ADV} left me with {x} both times.", "verb-frame"),
)
# An effect said as a verb whose subject is the drug: a body part harmed, "make" with a symptom.
EFFECT_VERBS = ("{D} can {ADV} irritate the bladder.", "{D} may {ADV} upset your stomach.",
                "{D} can {ADV} damage the liver when it is used often.", "It can {ADV} make your heart race.",
                "{D} can {ADV} make some people sick.", "The drug may {ADV} inflame the bladder.",
                "{D} can {ADV} make you dizzy for an hour.", "In some people {D} {ADV} irritates the throat.",
                "Heavy use does real damage to the bladder, which {D} can {ADV} scar.",
                "Side effects of {D} {ADV} include dissociation and tachycardia.",
                "{D} can {ADV} cause hypertension during the infusion.")
# The same verbs with a listed effect after them: silent.
LISTED_VERBS = ("{D} can {ADV} make people feel confused.", "{D} can {ADV} make people lose consciousness.",
                "{D} can {ADV} make you feel detached.", "It can {ADV} make some people agitated.",
                "{D} can {ADV} cause muddled thinking.", "{D} can {ADV} leave people feeling disoriented.")
# ... and what is no effect of the drug: another subject, a denial of an unlisted effect, a condition.
EFFECT_VERB_TRAPS = ("Spicy food can {ADV} upset your stomach before a {D} session.",
                     "{D} does {ADV} not irritate the bladder at these doses.",
                     "If {D} {ADV} upsets your stomach, tell the nurse.",
                     "Sertraline can {ADV} upset your stomach in the first weeks.",
                     "{D} can {ADV} make it easier to talk about your fears.",
                     "The only downside is {ADV} the cost of each session.",
                     "Is it true that {D} can damage the liver?",
                     "Every week our coaches {ADV} get messages about {D}.",
                     "One video said {D} gave the creator hair loss, which is not something the evidence lists.")
LISTED_ADJECTIVES = ("disconnected", "confused", "agitated", "disoriented", "euphoric", "detached")
EXPERIENCE_DENIALS = ("You will {ADV} not feel {x} during a {D} session.",
                      "None of the patients became {x} after {D}.")


def _everyday_seeds(lead: str):
    """A stranger's probe: a heading that names effects carries the drug to its section, and
    everyday words for symptoms with the verbs people have them with."""
    for heading in ("## After-effects", "## Side effects", "## Downsides"):
        for n, (effect, _) in enumerate(SYMPTOMS[:3]):
            frame = ("The worst part for me was {x} on the way home.", "What people told us afterwards:\n\n1. {x}",
                     "The hardest thing was {x} that evening.")[n]
            yield Seed(f"{lead}\n\n{heading}\n\n" + frame.replace("{x}", effect), UNLISTED, D, "effects-heading",
                       "INV", edits=False)
        yield Seed(f"{lead}\n\n{heading}\n\nThe worst part for me was {LISTED[0][0]} on the way home.", (), D,
                   "effects-heading", "INV", edits=False)
    yield Seed(f"{lead}\n\n## Opening hours\n\nThe worst part for me was the nausea on the way home.", (), D,
               "effects-heading", "DIR", edits=False)
    yield Seed(f"{lead}\n\n## Side effects\n\n| | {D} | Sertraline |\n|---|---|---|\n"
               "| Common downsides | Dissociation | Nausea |", (), D, "effects-heading", "DIR", edits=False)
    yield from _fire_or_not(("Some clients {ADV} came away with a splitting headache.",
                             "Some patients {ADV} break out in a sweat halfway through.",
                             "It {ADV} gave me the shakes for twenty minutes.",
                             "Expect {ADV} to feel wobbly on your feet for an hour.",
                             "A few people {ADV} woke up with a pounding head the next day.",
                             "Some patients {ADV} feel sick to their stomach after the first infusion."),
                            ("If you break out in a sweat, tell the nurse.",
                             "Panic attacks can {ADV} give you the shakes.",
                             "Some clients {ADV} came away with a sense of calm."), "everyday-symptom", lead)
    for effect, _ in LISTED[4:7]:
        yield Seed(f"There's {{ADV}} zero chance of {effect} with {{D}}.", DENIED, D, "zero-chance", "DIR")
    yield Seed("There's {ADV} zero chance of a rash with {D}.", (), D, "zero-chance", "DIR")


def _bank_seeds(lead: str):
    """The sentence bank's wordings (written blind): a table that answers per effect, listed
    effects denied as what the drug makes you do or has no effect on, what no one has."""
    for answer in ("Never", "No", f"Never seen with {D}"):
        for effect, _ in LISTED[:3]:
            yield Seed(_answer_table(lead, effect, answer), DENIED, D, "table-answer", "DIR", edits=False)
        yield Seed(_answer_table(lead, SYMPTOMS[0][0], answer), (), D, "table-answer", "DIR", edits=False)
    for answer in ("Often", "Yes, sometimes", "Not usually"):
        yield Seed(_answer_table(lead, LISTED[0][0], answer), (), D, "table-answer", "DIR", edits=False)
    for sentence in ("{D} doesn't {ADV} make you forget things.", "{D} has {ADV} no effect on your memory at all.",
                     "{D} has {ADV} no impact on your thinking.", "The drug is {ADV} free of memory problems.",
                     "{D} will {ADV} not make you feel out of control.", "Nobody {ADV} passes out on a clinical dose of {D}."):
        yield Seed(sentence, DENIED, D, "denied-as-doing", "DIR", "" if "{D}" in sentence else lead)
    for sentence in ("{D} has {ADV} no effect on blood pressure.", "{D} has {ADV} a clear effect on your thinking.",
                     "The drug is {ADV} free of preservatives.", "Nobody {ADV} passes the test on the first try."):
        yield Seed(sentence, (), D, "denied-as-doing", "DIR", "" if "{D}" in sentence else lead)
    yield from _fire_or_not(("{D} can {ADV} slow breathing at high doses.",),
                            ("Half the volunteers {ADV} got {D} and half got salt water.",
                             "This story is {ADV} one person's experience, not medical advice."), "bank-misc", lead)


def _answer_table(lead: str, effect: str, answer: str) -> str:
    """A table that answers, effect by effect, whether the drug causes it; the effect last."""
    return (f"{lead}\n\n| Side effect | Does {D} cause it? |\n|---|---|\n| {LISTED[4][0]} | Sometimes |\n"
            f"| {effect} | {answer} |")


# Round 6 (blind7-8): a symptom tied to the session by a word of time, said by any subject.
AFTER_FRAMES = ("Afterwards, a few people {ADV} feel {x} for the rest of the day.",
                "I {ADV} noticed {x} after my second infusion.",
                "Several of the women {ADV} described {x} for a day or two afterwards.",
                "The first two times, {x} {ADV} lasted until the next morning.",  # new, not "the"
                "Older patients can {ADV} find themselves with {x} for several hours afterwards.",
                "{X} {ADV} set in during the infusion and eased by the evening.")
AFTER_SYMPTOMS = (("queasy", "is"), ("a mild headache", "is"), ("a ringing in the ears", "is"),
                  ("numbness in the lips", "is"), ("an aching bladder", "is"), ("muscle cramps", "are"),
                  ("shivering", "is"), ("a stubborn nausea", "is"))
AFTER_LISTED = (("confused", "is"), ("vivid dreams", "are"), ("memory lapses", "are"), ("a dreamlike state", "is"),
                ("disoriented", "is"), ("foggy thinking", "is"))


def _round6_seeds():
    """Round 6 of issue 20 (blind7-8): symptoms tied to the session by a word of time, terse
    notes with abbreviations, listed effects denied in other words, and listed effects in other
    words (a typo, a lapse of memory, an object that goes on past "or")."""
    lead = f"This page is about {D} infusions."
    for n, frame in enumerate(AFTER_FRAMES):
        for k in range(2):
            yield Seed(_fill(frame, AFTER_SYMPTOMS[(2 * n + k) % len(AFTER_SYMPTOMS)]), UNLISTED, D, "after-session",
                       "INV", lead)
        yield Seed(_fill(frame, AFTER_LISTED[n % len(AFTER_LISTED)]), (), D, "after-session", "INV", lead)
    yield from _fire_or_not((), ("Before my first infusion I {ADV} worried about everything.",
                                 "No one {ADV} felt queasy afterwards.",
                                 "My anxiety {ADV} made me queasy for years before the infusions.",
                                 "SSRIs {ADV} left me queasy for weeks afterwards.",
                                 "If you {ADV} feel queasy afterwards, tell the nurse.",
                                 "Did anyone {ADV} feel queasy after the infusion?",
                                 "People can {ADV} feel detached or not in control as the drug wears off.",
                                 "After a long week I {ADV} had a snack and a nap."), "after-session", lead)
    for tail in ("tachycardia, HTN", "BP spikes", "tachy, nausea"):
        yield Seed(f"{lead}\n\n- Other AEs: agitation, memory loss, {tail}", UNLISTED, D, "terse-notes", "INV",
                   edits=False)
    yield Seed(f"{lead}\n\n- Other AEs: agitation, memory loss, depression", (), D, "terse-notes", "INV",
               edits=False)
    for effect, v in LISTED[:4]:
        for frame in ("Happily, {x} {v} not something you need to worry about with {D}.",
                      "It never does, because {x} {v} {ADV} not a side effect of {D} at all."):
            yield Seed(_fill(frame, (effect, v)), DENIED, D, "denied-in-other-words", "DIR")
    yield Seed("You won't {ADV} hallucinate: that is simply not something these infusions do.", DENIED, D,
               "denied-in-other-words", "DIR", lead)
    for effect, v in NOT_LISTED[:3]:
        yield Seed(_fill("Happily, {x} {v} not something you need to worry about with {D}.", (effect, v)), (), D,
                   "denied-in-other-words", "DIR")
    for item in ("feeling detached from yourself or your surroundings", "memory lapses and trouble concentrating",
                 "a detached, dreamlike state", "numbness in the lips and fingertips"):
        text = f"{lead}\n\n## Side effects of {D}\n\n- {LISTED[0][0]}\n- {item}"
        yield Seed(text, UNLISTED if "numbness" in item else (), D, "listed-in-other-words", "INV", edits=False)
    yield from _fire_or_not(("{D} clinics {ADV} report a meaningful rate of bladder irritation with frequent dosing.",
                             "The same leaflet {ADV} lists excessive sweating and double vision as the only effects."),
                            ("{D} clinics {ADV} report a meaningful rate of agitation with frequent dosing, a "
                             "liability tail we price in.",
                             "After trying three clinics, Calm Harbor {ADV} gets my vote.",
                             "The analysis looked back at the charts and {ADV} reported meaningful drops in scores.",
                             "The leaflet {ADV} lists opening hours and prices."), "not-an-effect-round6", lead)
    # issue 20, blind set 9: a span of relief someone "gets" is no effect; not knowing a drug's
    # effects on a domain denies none of them (having none does)
    yield from _fire_or_not(("After a weekly infusion most of us {ADV} get headaches before things settle.",),
                            ("After a weekly infusion most of us {ADV} get a good few days before things creep back.",
                             "After an infusion most people {ADV} get a couple of calm weeks.",
                             "Researchers still do not {ADV} understand {D} and its effects on the brain.",
                             "Nobody can {ADV} explain {D}'s effects on memory yet."), "not-an-effect-blind9", lead)
    yield Seed("{D} does {ADV} not have any effect on your memory.", DENIED, D, "not-an-effect-blind9", "INV", lead)
    yield from _session6_seeds(lead)
    yield from _session7_seeds(lead)


# Listed effects a verb phrase names ("lose consciousness", "pass out", "hallucinate", "feel confused").
LISTED_VERBS = ("lose consciousness", "pass out", "hallucinate", "feel confused", "feel detached", "black out")


def _session6_seeds(lead: str):
    """Session 6 (blind10-12): a causing verb's complement clause ("never causes anyone to <verb
    effect>"), a denied passive report ("<effect> has not been reported"), a side-effect word that is
    only a topic ("asked me about side effects, so here's the truth: …"), and "does not stop
    causing", which denies nothing."""
    for verb in LISTED_VERBS:
        for frame in ("At the doses used for anxiety it {ADV} never causes anyone to " + verb + ".",
                      "At these doses {D} {ADV} never causes anyone to " + verb + ".",
                      "{D} does {ADV} not cause patients to " + verb + ".",
                      "It {ADV} doesn't cause people to " + verb + "."):
            yield Seed(frame, DENIED, D, "denied-complement", "DIR", lead, edits=False)
        yield Seed("{D} can {ADV} cause some people to " + verb + ".", (), D, "denied-complement", "INV", lead)
    for effect, v in LISTED[:8]:
        have = "have" if v == "are" else "has"
        for frame in ("{X} " + have + " {ADV} not been reported with {D}.",
                      "{X} " + have + " {ADV} never been reported after {D} infusions."):
            yield Seed(_fill(frame, (effect, v)), DENIED, D, "denied-passive-report", "DIR", lead)
        yield Seed(_fill("{X} " + have + " {ADV} been reported with {D}.", (effect, v)), (), D,
                   "denied-passive-report", "INV", lead)
    for effect, v in NOT_LISTED[:4]:
        have = "have" if v == "are" else "has"
        yield Seed(_fill("{X} " + have + " {ADV} not been reported with {D}.", (effect, v)), (), D,
                   "denied-passive-report", "DIR", lead)
    yield Seed("No one has {ADV} reported hallucinations to us.", (), D, "denied-passive-report", "DIR", lead)
    for effect in ("hallucinations or confusion", "memory loss", "agitation"):
        yield Seed("People keep asking me about side effects, so here's the truth: done properly in a clinic, {D} "
                   "{ADV} doesn't cause " + effect + ".", DENIED, D, "topic-only", "DIR", lead, edits=False)
    yield Seed("We {ADV} talked about side effects: nausea, vomiting and a dry mouth.", UNLISTED, D, "topic-only",
               "INV", lead, edits=False)
    for effect, v in LISTED[:6]:
        yield Seed(_fill("{D} {ADV} causes no {x} at the doses we use.", (effect, v)), DENIED, D, "no-object", "DIR",
                   lead)
    for effect, v in NOT_LISTED[:3]:
        yield Seed(_fill("{D} {ADV} causes no {x} at the doses we use.", (effect, v)), (), D, "no-object", "DIR",
                   lead)
    for effect in ("dissociation", "hallucinations", "agitation"):
        yield Seed("{D} {ADV} does not stop causing " + effect + " just because the dose is low.", (), D,
                   "not-stop", "DIR", lead)


def _session7_seeds(lead: str):
    """Session 7 (blind14-15): listed effects denied as what people do not go through ("patients do
    not experience any <effect>", "nobody gets <effect>") or as not there ("there are no <effect>");
    not "no one reports <effect>", "not everyone gets <effect>", nor an effect the source does not list."""
    for effect, v in LISTED[:6]:
        for frame in ("Patients {ADV} do not experience any {x} at our doses.",
                      "You {ADV} won't get {x} from {D} at these doses.",
                      "Nobody {ADV} experiences {x} after {D} at these doses.",
                      "At these doses there {v} {ADV} no {x} with {D}."):
            yield Seed(_fill(frame, (effect, v)), DENIED, D, "denied-experience", "DIR", lead)
        for frame in ("No one {ADV} reports {x} to us.", "Not everyone {ADV} gets {x}.",
                      "Do patients {ADV} not experience {x}?"):
            yield Seed(_fill(frame, (effect, v)), (), D, "denied-experience", "DIR", lead)
    for effect, v in NOT_LISTED[:3]:
        yield Seed(_fill("Patients {ADV} do not experience any {x} at our doses.", (effect, v)), (), D,
                   "denied-experience", "DIR", lead)
