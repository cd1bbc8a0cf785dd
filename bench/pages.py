"""A real-style corpus for bench/run.py: drafts shaped like published clinic pages.

Real pages are long and mostly not about the drug: an introduction, a clinic's blurb, how to
book, a disclaimer shared by every page of a site, and here and there a sentence that makes a
claim. The fixture corpus (paragraphs of the fixtures, every one written to tempt a rule) is
far denser with claims. These drafts are FAQs, news items and patient leaflets of 300 to
1,500 words, put together from the paragraph banks below, written for this benchmark in the
project's own words (none is taken from a source article). Slots ({clinic}, {city}, …) are
filled at random, so the boilerplate varies the way a site's pages do; the disclaimers and the
booking paragraphs are shared word for word, as on a real site.
"""

from __future__ import annotations

import random
from pathlib import Path

CLINICS = ("Harbour Wellness", "Northgate Mind Clinic", "Riverside Psychiatry", "Maple Street Health",
           "Clearview Mental Health", "Oakfield Practice", "Lakeside Recovery Centre", "Summit Care Group")
CITIES = ("Leeds", "Portland", "Bristol", "Austin", "Dublin", "Denver", "Glasgow", "Madison", "Perth", "Halifax")
PEOPLE = ("Dr. Amara Okafor", "Dr. Lena Fischer", "Dr. Tom Whitfield", "Dr. Priya Raman", "Nurse Jo Delaney",
          "Dr. Marcus Bell", "Dr. Hana Sato", "Dr. Felix Moreau")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
MONTHS = ("January", "March", "April", "June", "September", "October", "November")

# Shared word for word across the pages of a site.
DISCLAIMERS = (
    "This page is for general information only and is not a substitute for professional medical "
    "advice. Always talk to your doctor before you start, stop or change any treatment.",
    "The information on this website does not replace a consultation with a qualified clinician. "
    "If you are worried about your health, please speak to your doctor or pharmacist.",
    "Nothing on this page is medical advice. Please consult a healthcare professional about your "
    "own situation before making decisions about treatment.",
)
EMERGENCY = (
    "If you are in crisis or thinking about harming yourself, call your local emergency number now "
    "or go to the nearest emergency department. You do not need an appointment.",
    "If you need urgent help, contact emergency services straight away. Our phone lines are not "
    "monitored outside opening hours.",
)
BOOKING = (
    "Booking an appointment is simple. Fill in the short form on our contact page, or call the front "
    "desk during opening hours, and a member of the team will get back to you within two working days. "
    "Please have your referral letter, if you have one, and a list of your current medicines ready.",
    "Before your first visit you will receive a welcome pack by email. It explains how to find us, where "
    "to park, what to bring and how long the first appointment usually takes. Please arrive ten minutes "
    "early so that we can check your details.",
    "You can change or cancel your appointment online at any time up to 48 hours before it is due. "
    "Late cancellations may be charged, because the time has been set aside for you and cannot easily "
    "be offered to someone else.",
    "Our reception is open from 8 am to 6 pm on weekdays and from 9 am to 1 pm on Saturdays. The "
    "building has step-free access, a lift to every floor and an accessible toilet on the ground floor.",
)
FOOTERS = (
    "Sign up to our newsletter for practical tips on sleep, stress and wellbeing, sent once a month. "
    "You can unsubscribe at any time with one click.",
    "We use cookies to understand how visitors use this site and to improve it. You can change your "
    "cookie settings at any time from the link at the bottom of every page.",
    "Follow us for news about our services, opening times and community events. We never share your "
    "details with third parties for marketing.",
)

# A clinic's blurb and the people behind a page: templates.
BLURBS = (
    "{clinic} has supported people in {city} for more than {years} years. Our team of psychiatrists, "
    "psychologists and specialist nurses works together to offer care that fits around your life, with "
    "evening appointments and video consultations for people who cannot travel.",
    "At {clinic} we believe that good care starts with listening. Every new patient meets a clinician "
    "for a full assessment, and we take the time to understand your history, your goals and what has "
    "or has not helped before.",
    "{clinic} is an independent practice in the centre of {city}, a short walk from the main station. "
    "We see adults of all ages and work closely with family doctors across the region.",
    "Our {city} clinic opened in {year} and has grown from two rooms to a team of {staff} people. We are "
    "proud of the feedback our patients leave, and we read every comment.",
)
AUTHORS = (
    "Written by {person}, reviewed by the clinical team at {clinic}. Last updated {day} {date} {month} {year}.",
    "This article was prepared by {person} for {clinic}. Page reviewed in {month} {year}.",
)

# Topic paragraphs that make no claim about a drug: what real pages are mostly made of.
TOPICS = (
    "Anxiety is a normal reaction to stress, and a little of it can even help us focus before an exam "
    "or a job interview. It becomes a problem when the worry is out of proportion to the situation, "
    "lasts for months and starts to get in the way of work, study or relationships.",
    "Many people notice the physical side of worry before anything else: a racing heart, tight "
    "shoulders, a churning stomach or trouble getting to sleep. These feelings are unpleasant, but they "
    "are the body's alarm system doing its job, just at the wrong time.",
    "Talking therapies are often the first thing a doctor suggests. Cognitive behavioural therapy helps "
    "people notice the thoughts that feed their worry and test them against what actually happens. "
    "Most courses run for twelve to twenty weekly sessions.",
    "Small daily habits make a real difference. Regular meals, a walk in daylight, less caffeine after "
    "lunch and a fixed time for going to bed all help the body settle into a calmer rhythm.",
    "Sleep and mood are closely linked. When we sleep badly, small problems feel bigger the next day, "
    "and when we are worried, it is harder to fall asleep. Breaking that circle is often the first goal.",
    "Breathing exercises are easy to learn and can be done anywhere. Breathe in slowly through the nose "
    "for a count of four, hold for a moment, and breathe out through the mouth for a count of six. "
    "Repeat for two or three minutes.",
    "Family and friends can help by listening without judging and by encouraging the person to seek "
    "support. It is also important for carers to look after their own health and to ask for help when "
    "they need it.",
    "Keeping a simple diary for two weeks can show patterns that are easy to miss: the times of day when "
    "worry is worst, the situations that set it off and the things that seem to help.",
    "Exercise does not have to mean the gym. A brisk walk, a swim, gardening or dancing in the kitchen "
    "all count, and half an hour on most days is a good target for most adults.",
    "Work can be a source of stress and of support. Many employers offer confidential helplines, and a "
    "conversation with a manager about reasonable adjustments can make a difficult period easier.",
    "Children and teenagers can feel anxious too, and they do not always have the words to say so. "
    "Changes in sleep, appetite, school work or friendships can be signs that something is wrong.",
    "Online forums can be a comfort, but the advice shared there varies a great deal. Check what you "
    "read with someone who knows your history before you act on it.",
    "Recovery is rarely a straight line. Most people have good weeks and bad weeks, and a setback does "
    "not mean that the progress made so far has been lost.",
    "Your first appointment is a chance to ask questions as well as answer them. Write down what you "
    "want to know beforehand, because it is easy to forget in the moment.",
    "Some people find that mindfulness courses help them step back from their thoughts. Courses are "
    "often run in groups over eight weeks, with short practices to try at home between sessions.",
    "Cost is a worry for many families. Ask about payment plans, and check whether your insurance policy "
    "or employer scheme covers part of the treatment before the first session.",
)
QUESTIONS = (
    "What happens at the first appointment?", "How long will I have to wait?", "Can I bring someone with me?",
    "Do I need a referral from my doctor?", "Is the treatment covered by insurance?",
    "What should I tell my family?", "Can I keep working during treatment?", "Where is the clinic?",
)
NEWS_OPENERS = (
    "{clinic} has announced that it will open a second site in {city} next {month}, doubling the number "
    "of appointments it can offer each week.",
    "A new survey of {staff}0 adults in {city} found that one in four had waited more than six months for "
    "help with their mental health, and most said the wait made things worse.",
    "Local health leaders in {city} met on {day} to discuss how services for anxiety and depression can "
    "be joined up, after a year in which demand rose sharply.",
)
LEAFLET_HEADINGS = ("About this leaflet", "Before your treatment", "On the day", "Afterwards",
                    "Getting help", "Questions to ask")

# Sentences that make a claim about the drug, right and wrong: a few per page, as on real ones.
CLAIMS = (
    "Ketamine has long been used in hospitals as an anaesthetic.",
    "Some clinics offer ketamine for anxiety, although this is an off-label use.",
    "Ketamine is FDA-approved for anxiety.",
    "Esketamine is a nasal spray approved for treatment-resistant depression.",
    "Many patients report that ketamine works within hours.",
    "The effects of a single infusion can last up to a week.",
    "Ketamine cures anxiety for good.",
    "Side effects can include dizziness, nausea and a feeling of being detached.",
    "Ketamine is completely safe for everyone.",
    "Unlike SSRIs, which take weeks to work, ketamine may act within hours.",
    "Researchers are still studying how long the benefits of ketamine last.",
    "Ketamine is not approved for psychiatric disorders other than depression in the nasal spray form.",
    "Ketamine is approved for sedation during short procedures.",
    "In one small study, weekly ketamine treatments reduced anxiety for up to seven days.",
)
CLAIM_INTROS = (
    "You may have read about ketamine in the news.",
    "We are often asked about newer treatments.",
    "Here is what we tell patients who ask about it.",
)

PARTS = ("faq", "news", "leaflet")


def _fill(template: str, rng: random.Random) -> str:
    return template.format(clinic=rng.choice(CLINICS), city=rng.choice(CITIES), person=rng.choice(PEOPLE),
                           day=rng.choice(DAYS), month=rng.choice(MONTHS), year=rng.randint(2005, 2024),
                           years=rng.randint(5, 30), staff=rng.randint(6, 40), date=rng.randint(1, 28))


def _claims(rng: random.Random) -> str:
    return " ".join([rng.choice(CLAIM_INTROS), *rng.sample(CLAIMS, rng.randint(1, 3))])


def page(rng: random.Random, kind: str, words: int) -> str:
    """One draft of about `words` words (never fewer)."""
    site = rng.randrange(len(DISCLAIMERS))  # a site's pages share their disclaimer
    title = {"faq": "Frequently asked questions", "news": "News from the clinic",
             "leaflet": "Patient information leaflet"}[kind]
    head = [f"# {title}: {rng.choice(('anxiety', 'stress', 'sleep', 'new treatments', 'your visit'))}"]
    if kind == "news":
        head.append(_fill(rng.choice(NEWS_OPENERS), rng))
    head.append(_fill(rng.choice(BLURBS), rng))
    tail = [rng.choice(BOOKING), EMERGENCY[site % len(EMERGENCY)], DISCLAIMERS[site],
            rng.choice(FOOTERS), _fill(rng.choice(AUTHORS), rng)]
    body: list[str] = []
    count = sum(len(p.split()) for p in head + tail)
    claims_left = rng.randint(1, 3)
    while count < words:
        if kind == "faq":
            block = f"## {rng.choice(QUESTIONS)}\n\n{rng.choice(TOPICS)}"
        elif kind == "leaflet":
            block = f"## {rng.choice(LEAFLET_HEADINGS)}\n\n{rng.choice(TOPICS + BOOKING)}"
        else:
            block = rng.choice(TOPICS)
        if claims_left and rng.random() < 0.25:
            block += "\n\n" + _claims(rng)
            claims_left -= 1
        body.append(block)
        count += len(block.split())
    return "\n\n".join(head + body + tail) + "\n"


def build(folder: Path, count: int, seed: int = 13) -> int:
    """`count` drafts of 300 to 1,500 words (FAQs, news, leaflets) in `folder`; returns total words."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        text = page(rng, PARTS[i % len(PARTS)], rng.randint(300, 1500))
        (folder / f"page-{i:05}.md").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total
