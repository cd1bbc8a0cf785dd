"""Overclaiming: certainty the source does not have."""

from __future__ import annotations

import pytest

from conftest import codes, graded

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


def flags(lint, text: str) -> bool:
    """Whether the draft draws an overclaim finding."""
    return "HL601" in [c for _, c in codes(lint(text))]


@pytest.mark.parametrize("text, fires", [
    ("Ketamine cures anxiety.", True),
    ("Ketamine is a miracle drug.", True),
    ("Ketamine is clinically proven to work.", True),
    ("Ketamine therapy is risk-free.", True),
    ("Ketamine works for everyone.", True),
    ("One infusion eliminates anxiety for good.", True),
    ("Ketamine works wonders for anxiety.", True),
    ("Ketamine is a game changer for people with TRD.", True),
    ("Ketamine has not been shown to eliminate anxiety.", False),
    ("Ketamine is not a cure for anxiety.", False),
    ("Ketamine is no miracle cure.", False),
    ("Ketamine may eliminate anxiety for some people.", False),
    ("Ketamine could be a breakthrough for anxiety.", False),
    ("There is no cure for anxiety, but ketamine may help.", False),
    ("Is ketamine a miracle cure for anxiety?", False),
    ("The weather is perfectly safe for a walk.", False),  # nothing a pack covers
])
def test_overclaim(lint, text, fires):
    assert flags(lint, CONTEXT + text) == fires


@pytest.mark.parametrize("text, fires", [
    # Issue 12: certainty that needs no pack drug as subject.
    ("The treatment is very safe in a supervised setting.", True),
    ("Psychedelic medicines have proven more effective than older pills.", True),
    ("Many clients enjoy permanent healing after one course.", True),
    ("We see 100% success when people finish the series.", True),
    ("The therapy is an excellent alternative to daily tablets.", True),
    ("Ketamine brings relief for most people.", True),
    # … and what is not the writer's assertion.
    ("Myth: the infusions bring permanent healing. Fact: no study shows that.", False),
    ("No treatment is 100% safe.", False),
    ("Nothing about the treatment is 100% safe.", False),
    ("Is it proven? Not yet.", False),
    ("The therapy is not yet proven for anxiety.", False),
    ("Larger trials are needed to prove that the treatment works.", False),
    ("It is unclear whether the treatment brings permanent healing.", False),
    ("A spokesperson said the treatment is very safe.", True),  # passed on, not refuted
    ("A spokesperson said the treatment is very safe, which overstates the evidence.", False),
    ("The treatment is a guaranteed fix, according to the clinic's website.", True),  # passed on
    ('One brochure promised "100% success" to everyone.', False),
    ('Calling the treatment "very safe" is marketing.', False),
    ('"The treatment is very safe," the founder insisted.', False),
    ("The old rumour was proven wrong.", False),
    ("Claims of permanent healing are not supported by ketamine studies.", False),  # neg after the cue
    ("Side effects of ketamine fade within hours for most people.", False),
    ("The weather is perfectly safe for a walk.", False),  # nothing treatment-like
])
def test_overclaim_without_a_pack_subject(lint, text, fires):
    assert flags(lint, CONTEXT + text) == fires


@pytest.mark.parametrize("text", [
    "Myth: ketamine cures anxiety. Fact: no study shows a cure.",
    '## Myth 3: "Ketamine is completely safe."',
    'A reader wrote that ketamine "cured" her anxiety in a day.',
    '"Ketamine cures anxiety," the founder said on the radio.',
    "Ketamine is a miracle cure, according to one clinic's advert, but no study shows that.",
    "Some clinics claim ketamine cures anxiety.",
    "Nobody can yet say whether ketamine cures anxiety.",
])
def test_not_the_writers_assertion_about_a_pack_drug(lint, text):
    assert "HL601" not in [c for _, c in codes(lint(CONTEXT + text))]


def test_open_cues_need_a_draft_about_a_pack_drug(lint):
    assert "HL601" not in [c for _, c in codes(lint("The treatment is very safe in a supervised setting."))]


def test_label_in_a_table_cell_is_not_an_assertion(lint):
    table = "| Claim | Supported? |\n| --- | --- |\n| Proven cure | No |\n"
    assert "HL601" not in [c for _, c in codes(lint(CONTEXT + table))]


def test_one_finding_per_sentence(lint):
    text = "It is completely safe in a clinic, and it works for virtually everyone."
    assert [c for _, c in codes(lint(CONTEXT + "Ketamine is new. " + text))].count("HL601") == 1


def test_message_quotes_the_source_hedges(lint):
    [finding] = [f for f in lint(CONTEXT + "Ketamine cures anxiety.") if f.code == "HL601"]
    assert "'may be an effective treatment'" in finding.message
    assert finding.message.endswith("(source lines 1, 69)") and finding.source == 1


# Issue 20: overclaims in other words, and the hedged, negated and framed counterparts.
@pytest.mark.parametrize("text, fires", [
    ("One infusion brings lasting relief.", True),
    ("Ketamine brings lasting relief from social anxiety.", True),
    ("Ketamine has been shown to treat PTSD and OCD effectively.", True),
    ("Our infusions work for everyone.", True),
    ("One infusion may bring relief for a few days.", False),
    ("Ketamine has not been shown to treat PTSD effectively.", False),
    ("No treatment works for everyone.", False),
    ("Whether ketamine brings lasting relief is still unknown.", False),
    ("Whether ketamine (which many clinics now offer) brings lasting relief is still unknown.", False),
    ("It is a myth that ketamine cures anxiety.", False),
])
def test_paraphrased_overclaims(lint, text, fires):
    found = [c for _, c in codes(lint(CONTEXT + "Our clinic offers ketamine infusions. " + text))]
    assert ("HL601" in found) is fires


def test_a_whole_sentence_in_a_table_cell_asserts(lint):
    table = "| Topic | What we say |\n| --- | --- |\n| Safety | The treatment is 100% safe. |\n| Proven cure | No |\n"
    assert codes(lint(CONTEXT + "Our clinic offers ketamine infusions.\n\n" + table)) == [(7, "HL601")]


@pytest.mark.parametrize("text", [
    "Ketamine is a miracle cure, according to one clinic's advert.",
    "According to several clinics, ketamine cures anxiety.",
    "Scientists believe ketamine brings lasting relief from anxiety.",
    "Some say ketamine works for everyone.",
])
def test_a_reported_overclaim_is_passed_on(lint, text):
    # The attribution policy: a reported certainty the draft does not refute still reaches the reader.
    assert graded(lint(CONTEXT + text)) == [(3, "HL601", "warning")]


@pytest.mark.parametrize("text, fires", [
    ("Ketamine offers permanent freedom from anxiety.", True),
    ("Ketamine gives immediate and permanent relief.", True),
    ("Ketamine is a permanent solution to anxiety.", True),
    ("Ketamine delivers enduring relief from anxiety.", True),
    ("Ketamine relieves anxiety for good.", True),
    ("Ketamine has been demonstrated to treat anxiety.", True),
    ("Ketamine causes lasting changes in the brain.", False),  # permanence, but no benefit promised
    ("Ketamine may offer lasting relief for some people.", False),
    ("Doctors chose ketamine for good reason.", False),
    ("Researchers want proof that ketamine relieves anxiety.", False),
])
def test_permanence_in_other_words(lint, text, fires):
    # Issue 20: a word of permanence or guarantee with any benefit noun, not only the listed pairs.
    assert flags(lint, CONTEXT + text) == fires


@pytest.mark.parametrize("text, fires", [
    ("With ketamine, anxiety relief is immediate and permanent.", True),
    ("The relief from ketamine is lasting.", True),
    ("The relief from ketamine is not permanent.", False),
    ("The relief from ketamine may be lasting.", False),
])
def test_permanence_said_of_the_benefit(lint, text, fires):
    # Issue 20: the permanence word as the predicate of the benefit noun.
    assert flags(lint, CONTEXT + text) == fires


@pytest.mark.parametrize("text, fires", [
    # Round 2 of issue 20, from blind drafts: certainty in every wording.
    ("For patients who have run out of options, the treatment amounts to a cure.", True),
    ("For most people the therapy is tantamount to a cure.", True),
    ("Ketamine works for anxiety, full stop, and the science on that is settled.", True),
    ("The findings establish beyond doubt that ketamine works for social anxiety.", True),
    ("Ketamine conclusively relieves depression.", True),
    ("The findings establish beyond doubt that ketamine works, according to the department's head.", True),
    ("It is a reset button that works every time.", True),
    ("Ketamine never fails.", True),
    ("Staff can reassure patients that the procedure is entirely risk-free.", True),
    ("Our protocol guarantees results.", True),
    ("One round of infusions is all it takes to be free of anxiety for life.", True),
    # a table cell that is a whole sentence asserts, even unparsed; a bare label does not
    ("| Topic | What we say |\n| --- | --- |\n| Use | The procedure is entirely risk-free. |", True),
    ("| Topic | What we say |\n| --- | --- |\n| Use | Entirely risk-free |", False),
    # traps
    ("Ketamine never fails to make me sleepy.", False),
    ("Ketamine does not work every time.", False),
    ("The procedure is not risk-free.", False),
    ("There is no question that esketamine is approved for treatment-resistant depression.", False),
    ("The hiking trail is perfectly safe for a walk after your session.", False),
])
def test_certainty_in_other_words(lint, text, fires):
    assert flags(lint, CONTEXT + text) == fires


@pytest.mark.parametrize("text", [
    # a proportion of people qualifying a time says when, not that it works for all
    "Honestly though, it takes a good two weeks to kick in for most people.",
    "Ketamine starts to work within hours for most patients.",
    # a report the next sentence takes back
    "People online swear it's a cure. I wouldn't go that far, but it gave me room to breathe.",
    "People online swear ketamine is a cure. Not quite.",  # "swear" tagged a noun by the parse
    "Some clinics say ketamine is a cure. That is not quite right.",
    # a denied guarantee
    "**Z is for zero guarantees**: no treatment, ketamine included, is guaranteed to work.",
    "There are no guarantees with ketamine.",
])
def test_certainty_taken_back_or_hedged(lint, text):
    assert "HL601" not in [c for _, c in codes(lint(CONTEXT + text))]


# Round 3 of issue 20 (blind4: pages written like real ones, in other words than ours).
@pytest.mark.parametrize("text", [
    # a condition's absence said to be permanent
    "Six sessions in, my anxiety is gone for good, and I don't think that's an exaggeration.",
    "After ketamine my panic attacks were gone for good, and that is no exaggeration.",
    "With ketamine, your anxiety becomes a thing of the past.",
    "Once the course of ketamine was over, the anxiety never came back.",
    "A single session, our nurses tell us, brings relief that lasts for good.",
    # a guarantee on a means of escape, under a population hedge that takes back no guarantee
    "For some people it has become a guaranteed way out of years of anxiety, and the demand shows it.",
    # reliability the parse says of the drug
    "Taken together, these results establish ketamine as a dependable treatment for anxiety.",
    "These findings prove ketamine to be a foolproof answer to treatment-resistant anxiety.",
    "The drug, which was first used as an anaesthetic, now cements its place as the definitive treatment for PTSD.",
    "The latest studies confirm ketamine as a dependable option for anxiety.",
    # success for all, in a speaker's voice too
    "**Dr. Osei:** Honestly, I'd say it works for essentially everyone with social anxiety who gives it a proper try.",
    "Practically everyone who tries ketamine for anxiety feels better within days.",
    # the adjective of cure; "in most patients" does not take it back
    "- **Pearl:** KIT is curative for GAD in most patients who complete a full course.",
])
def test_overclaims_written_as_pages_write_them(lint, text):
    assert graded(lint(CONTEXT + "Ketamine is offered at clinics for anxiety.\n\n" + text)) == [
        (5, "HL601", "warning")]


@pytest.mark.parametrize("text", [
    "Ketamine is not a cure for anxiety, and nobody can promise it will work for you.",
    "No treatment is guaranteed, and ketamine is no exception.",
    "Claims that ketamine cures anxiety are false.",
    "Is ketamine a cure? No.",
    "Myth: ketamine makes anxiety disappear for good. Fact: relief usually fades after a few weeks.",
    "For most people ketamine helps a little, but not for long.",
    "In a study of mice, relief lasted for good after one dose, but people are not mice.",
    "Some clinics advertise ketamine as a guaranteed way out of anxiety, which is simply not true.",
    "If ketamine were a dependable treatment for anxiety, the FDA would have approved it.",
    "No study has established ketamine (which many clinics now offer) as a dependable treatment for anxiety.",
    "The 2023 study did not prove ketamine to be a dependable treatment for anxiety.",
    "Anxiety is not gone for good after ketamine; most people need top-up sessions.",
    "Everyone responds differently to ketamine.",
    "Not everyone responds to ketamine.",
    "Ketamine does not work for every patient, and the relief rarely lasts.",
    "A reliable source for ketamine questions is your own doctor.",
    "Whether ketamine is curative for anxiety is still unknown.",
    "The nausea from ketamine never came back after the first session.",
    "Some clinics say ketamine is a cure. No, that is a myth.",
])
def test_pages_that_claim_no_certainty(lint, text):
    found = lint(CONTEXT + "Ketamine is offered at clinics for anxiety.\n\n" + text)
    assert "HL601" not in [c for _, c in codes(found)]


def test_a_negated_refutation_vouches_for_a_report(lint):
    # "that's no exaggeration" takes nothing back; "that is an exaggeration" does.
    said = "Some patients say ketamine cured their anxiety for good"
    assert graded(lint(CONTEXT + said + ", and that is no exaggeration.")) == [(3, "HL601", "warning")]
    assert "HL601" not in [c for _, c in codes(lint(CONTEXT + said + ", but that is an exaggeration."))]


@pytest.mark.parametrize("text, fires", [
    # more of each class, from probes written as strangers write them
    ("The clinic's own figures show that ketamine works for every patient, which is remarkable.", True),
    ("Unlike SSRIs, ketamine works in 100 percent of cases.", True),
    ("Ketamine works for 9 out of 10 patients.", True),
    ("Most patients get better and stay better after one course.", True),
    ("Patients who complete six infusions no longer need any other treatment.", True),
    ("After one course of ketamine, you will never need another anxiety medication again.", True),
    ("Ketamine completely resolves generalised anxiety disorder.", True),
    ("The research shows with certainty that ketamine heals social anxiety.", True),
    ("For people like me, the calm from ketamine never wears off.", True),
    ("These days my anxiety is a distant memory, thanks to ketamine.", True),
    ("Clinicians now regard ketamine as the gold standard for treatment-resistant anxiety.", True),
    ("Taken together, these results prove ketamine, which many clinics now offer, to be a dependable treatment.",
     True),
    ("Clinics that promise permanent remission should be avoided.", False),
    ("CBT remains the gold standard for anxiety, and ketamine is still being studied.", False),
    ("A 2023 analysis of ketamine records found lasting improvement in anxiety over a year.", False),
    ("The dizziness after ketamine wears off within an hour.", False),
    ("Everyone who books a ketamine session gets a call from a nurse the day before.", False),
    ("Ketamine worked for my sister, but it did nothing for me.", False),
])
def test_certainty_as_strangers_word_it(lint, text, fires):
    assert flags(lint, CONTEXT + text) == fires


def test_a_table_row_label_is_said_of_the_rows_drug(lint):
    table = ("| Treatment | What to expect |\n| --- | --- |\n| Ketamine | Permanent relief after one course |\n"
             "| Ketamine | Not a permanent fix |\n")
    assert codes(lint(CONTEXT + table)) == [(5, "HL601")]


def test_a_list_fragment_that_opens_with_its_verb_speaks_of_the_drug(lint):
    items = "## What are the benefits?\n\n- Rapid onset\n- Works for 9 out of 10 patients\n"
    assert codes(lint(CONTEXT + "Ketamine is offered at clinics.\n\n" + items)) == [(8, "HL601")]
@pytest.mark.parametrize("text, fires", [
    # Blind set 3 and issue 20: a cure in other words, and the traps around it.
    ("Ketamine is offered here. For many of our members it has been nothing short of a cure.", True),
    ("For others, ketamine has been nothing less than a cure for their anxiety.", True),
    ("Think of it as a reset button that works every time.", True),  # the writer's own imperative
    ("Esketamine was cleared for one kind of depression, which tells you how safe this family of drugs is.", True),
    ("No doubt ketamine cures anxiety for good.", True),
    ("Don't think of it as a cure for anxiety.", False),
    ("Anyone who tells you ketamine is a permanent cure is overselling it.", False),
    ("Whoever says ketamine is a cure is mistaken.", False),
    ("There is no doubt that ketamine is not a cure.", False),  # certain of a denial
    ("Without a doubt, ketamine is not a miracle drug.", False),
    ("Nothing about ketamine is 100% safe.", False),
    ("Ketamine is anything but a cure for anxiety.", False),
    ("Ketamine is hardly a cure for anxiety.", False),
    # evidence said to establish the drug's effect, and success in every case
    ("Research has demonstrated that ketamine works for OCD.", True),
    ("Science has established that ketamine relieves PTSD.", True),
    ("Ketamine has been found to effectively treat OCD in every patient.", True),
    ("Studies have demonstrated that ketamine may help with OCD.", False),  # the clause is hedged
    ("No study has demonstrated that ketamine works for OCD.", False),
    ("The 2017 trial demonstrated that weekly ketamine eased social anxiety.", False),  # one study's finding
    # success rates and recovery for good, said of the treatment
    ("Most patients get better and stay better after one course.", True),
    ("Patients who complete six infusions no longer need any other treatment.", True),
    ("Our clinic's promise:\n\n- No daily pill\n- Works for 9 out of 10 patients", True),
    ("Not everyone will get better and stay better after one course.", False),
    ("This therapy is guaranteed to work, or your money back.", True),
    ("No therapy is guaranteed to work.", False),
])
def test_a_cure_in_other_words(lint, text, fires):
    assert ("HL601" in [c for _, c in codes(lint(CONTEXT + text))]) == fires


# Round 4 of issue 20 (blind5: pages in the style of real ones).
@pytest.mark.parametrize("text", [
    # certainty after a negated clause: "not a miracle" negates only its own clause
    "Ketamine is not a miracle, and a course of it is still not cheap, but for the people who wrote in "
    "it is, without question, the treatment that will finally work for them.",
    "It isn't magic, but ketamine is, beyond doubt, the answer for your anxiety.",
    "Ketamine is no cure-all, but it is without a doubt the one treatment that works for everyone with PTSD.",
    # permanence of the effect said of the brain and its wiring
    "Once a six-infusion course is complete, the brain's new pathways are locked in for good.",
    "Ketamine permanently rewires the brain's anxiety circuits.",
    "After six ketamine infusions, your brain is rewired for good.",
    "The new connections ketamine builds are hard-wired for life.",
    "Ketamine changes the brain permanently, so the anxiety does not return.",
    # emphasis on what a drug does (not on what was approved) is certainty of evidence
    "Ketamine relieves anxiety, full stop.",
    "Ketamine eases anxiety, end of story.",
])
def test_certainty_that_outlives_a_negation_or_is_said_of_the_brain(lint, text):
    assert graded(lint(CONTEXT + text)) == [(3, "HL601", "warning")]


@pytest.mark.parametrize("text", [
    # how each person goes, not that everyone improves
    "Many clients feel lighter within hours of their first infusion, although everyone responds at their own pace.",
    "Ketamine can ease anxiety quickly, but everybody heals on their own timeline.",
    "Ketamine helps many people, and everyone responds at a different speed.",
    # emphasis on an approval is the approval checks' business, not certainty of evidence
    "Esketamine is the form of ketamine the FDA has approved for depression, full stop, so anyone can ask for it.",
    "Spravato is FDA-approved for treatment-resistant depression, end of story.",
    "Without question, the FDA approved esketamine in 2019.",
    # the negation in the certainty's own clause still holds
    "Ketamine is not a miracle, and it is not, without question, the treatment that will work for everyone.",
    "Ketamine is not, without question, a treatment that works for anxiety.",
    # the brain's wiring, hedged, negated, asked, reported or in animals
    "Ketamine does not permanently rewire the brain.",
    "Whether ketamine permanently rewires the brain is not known.",
    "The new pathways ketamine builds are not locked in for good, which is why boosters are needed.",
    "Researchers want to know whether the new pathways are locked in for good.",
    "Some clinics claim ketamine permanently rewires the brain, but no study shows that.",
    "In mice, ketamine rewired the brain's connections for good.",
    "Ketamine is given as an infusion, and the brain's connections change for a few days.",
    # permanence of a harm, not of a benefit
    "Long-term heavy ketamine use can permanently damage the bladder.",
    "Frequent ketamine use has permanently damaged some users' bladders.",
])
def test_no_certainty_in_pace_approval_harm_or_a_denied_rewiring(lint, text):
    assert not flags(lint, CONTEXT + text)


# Blind set 6 (issue 20): permanence without the word "cure", hedged or not, and success vouched
# for without evidence; the line must get exactly one warning.
@pytest.mark.parametrize("text", [
    "*Researchers behind the new work say ketamine may end anxiety for good in some patients.*",
    "Ketamine could keep anxiety away permanently for some people.",
    "Ketamine might banish anxiety forever.",
    "Think of it as a reset button: once your brain has rewired itself, the old anxiety loops simply don't come back.",
    "Once the infusions are done, the anxiety doesn't come back.",
    "Coverage is not provided for maintenance infusions beyond one year, since remission achieved with KIT is "
    "durable and complete by that point.",
    "Remission from anxiety with ketamine (which many clinics now offer) is durable.",
    "Several members have now been in full remission for over two years, so it clearly works long-term for anxiety.",
    "Ketamine works long-term for social anxiety.",
    # the sentence bank: a safety absolute, success without exception, a passive of eliminating
    "At clinic doses, ketamine is entirely free of risk.",
    "We can honestly say ketamine has transformed the lives of all our patients, without exception.",
    "Anxiety is reliably eliminated by ketamine, and our members prove it every week.",
])
def test_permanence_in_other_words_and_hedged(lint, text):
    assert graded(lint(CONTEXT + text)) == [(3, "HL601", "warning")]


@pytest.mark.parametrize("text", [
    # reported in order to refute it
    "- **Promises.** Any clinic promising that its infusions will cure your anxiety is overselling.",
    "A clinic offering a permanent cure for anxiety is a red flag.",
    "Any website selling ketamine as a cure for anxiety is misleading you.",
    # hedged without permanence, negated, a condition, or so far rather than for good
    "Ketamine may offer lasting relief from anxiety for some people.",
    "Ketamine may not keep anxiety away forever.",
    "If the anxiety doesn't come back within a week, your doctor may space out sessions.",
    "For some people the anxiety doesn't go away at all.",
    "My anxiety hasn't come back since my last ketamine infusion, so far.",
    "Relief from anxiety with ketamine is in fact not durable.",
    "Whether ketamine works long-term for anxiety is still unknown.",
    # a cure fronted and denied; a denial of freedom from risk, or of elimination
    "A cure-all it is not.",
    "A miracle cure this is not, but ketamine may help.",
    "Ketamine is not entirely free of risk.",
    "Anxiety is not eliminated by ketamine.",
])
def test_no_permanence_claimed_or_a_claim_refuted(lint, text):
    assert not flags(lint, CONTEXT + text)


# Session 5 (blind7, blind8 and the banks): certainty said of the drug in discussion without
# naming it, a universal outcome said as a state, permanence in a relative clause; refuted or asked.
LEAD = CONTEXT + "Our clinic offers ketamine infusions.\n\n"


@pytest.mark.parametrize("text, fires", [
    ("GUEST: Patients walk out healed, once and for all.", True),
    ("Freedom from worry, for good.", True),
    ("Its benefits are beyond dispute, and critics are simply wrong.", True),
    ("Every single person leaves anxiety-free.", True),
    ("Every patient leaves the clinic free of anxiety.", True),
    ("It delivers results that last.", True),
    ("It delivers results that last for good.", True),
    # a span after the lasting bounds it: how long is the time-course family's question
    ("It delivers results that last for several months.", False),
    ("Ketamine brings relief that lasts about a week.", False),
    ("The relief that sticks is what people come back for.", True),
    # no benefit said, or a state that is no benefit, or negated, hedged, asked
    ("She went back to work for good.", False),
    ("The clinic has been open forever.", False),
    ("Everyone leaves the clinic by noon.", False),
    ("Every single person is free to stop at any time.", False),
    ("No one walks out healed once and for all.", False),
    ("Patients may walk out feeling better.", False),
    ("Will patients walk out healed, once and for all?", False),
    ("Nearly all of them noticed improved focus at work during the weekly doses.", False),
    ("**Cure** — a word to be wary of.", False),
    ("Exercise, sleep and sunlight help almost everyone feel better, too.", False),
    ("Every patient is different and some need other help.", False),
    ('As for being cured in an afternoon: I\'m glad she feels better, but the evidence doesn\'t support the word "cure".',
     False),
    # blind8: certainty the draft refutes, and an asker's report in a Q&A's question turn
    ("The evidence suggests it may be effective for some people, and scientists are still studying it; "
     "anyone promising permanent results is going beyond what the research shows.", False),
    ("Any clinic selling ketamine as a permanent fix is running ahead of the evidence.", False),
    ("Beware any clinic that guarantees you'll be anxiety-free for good after ketamine.", False),
    ("Be wary of a provider who promises ketamine will cure your anxiety.", False),
    ("**Q: Will the results last? A friend told me one dose of ketamine fixed her anxiety for good.**", False),
    ("Q: My cousin says ketamine cured her social anxiety permanently. Is that realistic?", False),
    ("Q: Does it last? A: Yes: one dose of ketamine fixed my anxiety for good.", True),
    ("A friend told me one dose of ketamine fixed her anxiety for good.", True),
    ("Ketamine guarantees you'll be anxiety-free for good.", True),
    # blind7: a negation in a clause of its own before the certainty denies only that clause
    ("For people whose anxiety has not budged after years of pills, ketamine is a proven way out.", True),
    ("If you have not responded to SSRIs, ketamine is a miracle cure.", True),
    ("Ketamine, which is not approved for anxiety, is not a cure.", False),
    ("It is not true that ketamine is a proven cure.", False),
    # a stranger's probe: outcomes in other words, and a label the draft refutes
    ("Ketamine is the last anxiety treatment you'll ever need.", True),
    ("It's a one-and-done fix for social anxiety with ketamine.", True),
    ("Our ketamine results speak for themselves: 100% of clients improved.", True),
    ("Any clinic calling ketamine a cure is exaggerating.", False),
    ("Any clinic calling ketamine a cure is misleading you.", False),
])
def test_certainty_of_the_drug_in_discussion(lint, text, fires):
    assert flags(lint, LEAD + text) is fires



@pytest.mark.parametrize("text, fires", [
    # blind9: evidence said to close the matter, a change said to hold for good, the brain reset by sessions
    ("Taken together, the two studies settle the question, and ketamine works for anxiety.", True),
    ("These trials have settled the debate: ketamine helps anxiety.", True),
    ("For the patients in the 2023 records, the improvement was, in effect, locked in for good.", True),
    ("Once you've finished a full course, the change is pretty much guaranteed to stick for life.", True),
    ("For many guests, a week of these sessions permanently reset the anxious brain.", True),
    # traps: a question left open, a denial, a span, stress as the cause
    ("Two small studies do not settle the question of whether ketamine helps anxiety.", False),
    ("Nobody can say whether the change will stick for life after ketamine.", False),
    ("The improvement after ketamine stuck for about a year in the 2023 records.", False),
    ("Years of chronic stress can permanently reset the anxious brain.", False),
])
def test_certainty_closing_the_question_or_fixing_the_change(lint, text, fires):
    assert flags(lint, CONTEXT + text) is fires


@pytest.mark.parametrize("text, fires", [
    # session 6 (blind10): the evidence said to be settled, in words of one part or two, with an adverb between
    ("Taken together, the evidence is now conclusive that ketamine works for anxiety disorders.", True),
    ("We now know that ketamine relieves anxiety.", True),
    ("Science already confirms that ketamine eases social anxiety.", True),
    ("The evidence is now clear: ketamine reduces anxiety.", True),
    ("The debate is finally over: ketamine relieves anxiety.", True),
    ("Its effect on anxiety is no longer in question.", True),
    ("There is no question that ketamine eases anxiety.", True),
    ("Ketamine works in 100% of anxiety cases.", True),
    # traps: denied, asked, hedged, no benefit said, how little is known, a goal
    ("The evidence is not yet conclusive that ketamine works for anxiety.", False),
    ("There is no conclusive evidence that ketamine treats anxiety.", False),
    ("Is the evidence conclusive that ketamine treats anxiety? Not yet.", False),
    ("Studies confirm that ketamine may help anxiety.", False),
    ("We now know more about how ketamine acts on the brain.", False),
    ("Researchers know little about how ketamine eases anxiety.", False),
    ("The side effects of ketamine are now established.", False),
    ("Researchers want proof that ketamine relieves anxiety.", False),
    ("Studies on whether ketamine is proven to ease anxiety continue.", False),
])
def test_certainty_that_the_evidence_is_settled(lint, text, fires):
    assert flags(lint, CONTEXT + text) is fires
