"""Approval claims read from the parse (issue 12): who holds the predicate, which clause it
stands in, what is a claim at all, and what the writer asserts."""

from __future__ import annotations

import pytest

from conftest import codes, graded
from linter.checks.approval import form_drug


@pytest.mark.parametrize("text, expected", [
    # cause 2: each clause has its own drug
    ("Prescribing ketamine for depression is an off-label choice, while esketamine is a separate "
     "FDA-approved nasal spray for treatment-resistant depression.", []),
    ("While esketamine is approved solely for TRD many doctors give ketamine off-label for anxiety.", []),
    ("Ketamine, approved as an anesthetic in the 1970s, is now being studied for depression.", []),
    # cause 3: a noun phrase asserts nothing
    ("The topic of ketamine FDA approval for depression puzzles patients.", []),
    ("Arguments over ketamine's approval for anxiety continue.", []),
    ("Ketamine's approval as an anesthetic is decades old.", []),
    ("The announcement led to the FDA approval of ketamine for depression.", ["HL201"]),
    # cause 6: glosses and hedge quantifiers
    ("Esketamine is approved for TRD (depression that has resisted two earlier medicines).", []),
    ("Esketamine is approved for certain people with depression.", []),
    ("Ketamine is approved for certain mental health conditions.", ["HL203"]),
    ("Esketamine is not approved for any mental illness.", ["HL201"]),
    # a drug named by its form: at most a warning
    ("The FDA approved a nasal spray to treat depression.", ["HL202"]),
    ("The FDA approved a nasal spray for anxiety.", ["HL203"]),
])
def test_parsed_approval_claims(lint, text, expected):
    assert [code for _, code in codes(lint(text))] == expected


@pytest.mark.parametrize("text", [
    'Myth: "Ketamine is approved for anxiety."',
    "Myth 3: ketamine is approved for anxiety.",
    'Some clinics describe ketamine as "approved for anxiety".',
    "Some websites claim that ketamine is approved for anxiety.",
    "Ketamine is approved for anxiety, one brochure claimed.",
    "According to one forum, ketamine is approved for anxiety, but that is not true.",
    "It is not true that ketamine is approved for anxiety.",
    "Patients come in believing ketamine is approved for anxiety.",
    "Is ketamine approved for anxiety?",
    "Is ketamine approved for anxiety",
    "If ketamine were approved for anxiety, it would be covered.",
    "A friend heard that 'ketamine is approved for anxiety' and believed it.",
])
def test_framed_claims_are_not_the_writers(lint, text):
    draft = f"{text}\nKetamine is not approved for anxiety.\n"
    assert codes(lint(draft)) == []


@pytest.mark.parametrize("text", [
    "According to one forum, ketamine is approved for anxiety.",
    "One forum says that ketamine is approved for anxiety.",
    "Many believe that ketamine is approved for anxiety.",
    "Ketamine is approved for anxiety, one clinic told us.",
])
def test_a_reported_claim_is_passed_on_as_a_warning(lint, text):
    # The attribution policy: the draft passes the claim on without refuting it, but may only be
    # quoting, so the contradiction is a warning ("may contradict"), not silence and not an error.
    findings = lint(f"{text}\nKetamine is not approved for anxiety.\n")
    assert graded(findings) == [(1, "HL203", "warning")]
    assert [f.message for f in findings if f.code == "HL203"][0].startswith(
        "May contradict the source: the draft says 'ketamine is approved for anxiety'")


def test_a_writers_own_wrong_claim_still_fires(lint):
    draft = "Ketamine is not approved for anxiety.\nThat said, ketamine is approved for anxiety.\n"
    assert [code for _, code in codes(lint(draft))] == ["HL201", "HL701"]


def test_forms_map_through_the_pack(knowledge):
    assert form_drug(knowledge, "nasal spray") == "esketamine"
    assert form_drug(knowledge, "nasal sprays") == "esketamine"
    assert form_drug(knowledge, "spray") == "esketamine"
    assert form_drug(knowledge, "infusions") is None
    assert form_drug(knowledge, None) is None
    assert any(a.form == "nasal spray" for a in knowledge.approvals)


# Issue 20: the same claim in other words. Each line failed before its fix (silence or a false error).
@pytest.mark.parametrize("text, expected", [
    # an adverb after the copula: the parser hangs the participle on "is"
    ("Ketamine is currently FDA-approved for anxiety.", ["HL201"]),
    ("Ketamine is in fact FDA-approved for anxiety.", ["HL201"]),
    ("Ketamine is currently FDA-approved to treat anxiety.", ["HL201"]),
    ("At most clinics, ketamine is FDA-approved for generalized anxiety disorder.", ["HL201"]),
    # "approved/licensed to <verb>" and the noun "approval to <verb>"
    ("Ketamine is licenced to treat anxiety.", ["HL201"]),
    ("Ketamine has FDA approval to treat anxiety.", ["HL201"]),
    # approved-uses nouns equated with the target
    ("Social anxiety is among the disorders that ketamine is approved to treat.", ["HL201"]),
    ("Anxiety is one of the approved uses of ketamine.", ["HL201"]),
    ("The approved uses of ketamine include anxiety.", ["HL201"]),
    ("Anesthesia is one of the approved uses of ketamine.", []),
    ("Anxiety is covered by ketamine's FDA approval.", ["HL201"]),
    # the drug misparsed as a modifier of "label"
    ("Clinics officially use ketamine off label for anesthesia.", ["HL201"]),
    # a fronted approval is its own claim, not the main clause's
    ("Following FDA approval in 1970 as an anesthetic drug, ketamine is now legally prescribed off-label "
     "for a growing list of indications.", []),
    ("Approved by the FDA as an anesthetic in 1970, ketamine is today under study for depression.", []),
    ("The FDA-approved anesthetic ketamine is used off-label for anxiety.", []),
    ("MDMA-assisted therapy is now FDA-approved for PTSD.", ["HL203"]),
    # coordinated drugs each hold the predicate, as its subject or object only
    ("Esketamine and ketamine are both FDA-approved for anxiety.", ["HL201", "HL203"]),
    ("Ketamine and esketamine are approved for depression.", ["HL201", "HL202"]),
    ("Ketamine and esketamine are related, and esketamine is approved for TRD.", []),
    ("The FDA approved esketamine and ketamine for anxiety.", ["HL201", "HL203"]),
    ("The FDA approved esketamine but not ketamine for treatment-resistant depression.", []),
    # a sentence the parse gives no verb ("covers" tagged a noun): the warning, not silence
    ("The FDA approval for ketamine covers anxiety.", ["HL201"]),
    ("The FDA approval for ketamine covers anesthesia.", []),
    # the parse makes a word of a condition the verb, or a condition the holder: unattached, a warning
    ("The FDA approval for ketamine covers generalized anxiety disorder.", ["HL201"]),
    ("Social anxiety disorder is among the uses ketamine is approved for.", ["HL201"]),
])
def test_paraphrased_approval_claims(lint, text, expected):
    assert [code for _, code in codes(lint(text))] == expected


def test_an_unattached_contradiction_is_a_warning_not_silence(lint):
    """Graded confidence: the parse cannot attach the drug (a misparse of "listed <X> among the
    uses <drug> is approved for"), but the sentence holds the drug, the cue and a target the
    source denies. The writer's own claim: HL201 (what it is about) graded to a warning (how sure)."""
    [finding] = [f for f in lint("The FDA has listed anxiety among the uses ketamine is approved for.")
                 if f.code != "HL801"]
    assert (finding.code, finding.severity) == ("HL201", "warning")
    assert finding.message == ("May contradict the source: the draft says 'ketamine is approved for anxiety', "
                               "but the source says ketamine is used off-label for anxiety (source line 34)")


@pytest.mark.parametrize("text", [
    "It is a myth that anxiety is among the uses ketamine is approved for.",
    "It is a myth that doctors prescribe ketamine off-label for anesthesia.",
    "People have read that ketamine is FDA-approved for anxiety, and it simply isn't.",
])
def test_unattached_claims_that_are_not_the_writers_stay_silent(lint, text):
    assert codes(lint(text)) == []


def test_a_table_cell_without_a_subject_speaks_of_its_rows_drug(lint):
    table = ("| Drug | FDA status |\n| --- | --- |\n"
             "| Ketamine | Approved for anxiety |\n"
             "| Ketamine | Approved as an anesthetic; off-label for anxiety |\n"
             "| Esketamine | Approved for treatment-resistant depression |\n"
             "| Ketamine | Not approved for anxiety |\n"
             "| MDMA | Approved for PTSD |\n")
    found = [(f.line, f.code, f.severity) for f in lint(table) if f.code != "HL801"]
    # the labels name one drug ("Drug" column) and one property ("FDA status", an approval status):
    # an error, as a table's labels make one (row 4 says off-label what row 3 says approved: an
    # in-draft contradiction); MDMA has no fact: unsupported
    assert found == [(3, "HL201", "error"), (4, "HL701", "error"), (7, "HL203", "warning")]


@pytest.mark.parametrize("text, expected", [
    # Issue 20: "cleared" approves when a regulator clears; the body's clearance approves nothing.
    ("Ketamine has been cleared by regulators for anxiety.", ["HL201"]),
    ("Regulators cleared ketamine for anxiety.", ["HL201"]),
    ("Ketamine is now an FDA-cleared treatment for anxiety.", ["HL201"]),
    ("Ketamine received FDA clearance for anxiety.", ["HL201"]),
    ("Ketamine has been cleared by the FDA for anesthesia.", []),
    ("Ketamine is cleared by the liver within hours.", []),
    # "Put simply," parsed as the verb: the claim is read from the words, at least a warning
    ("Put simply, the FDA approval for ketamine covers anxiety.", ["HL201"]),
])
def test_approval_in_other_words(lint, text, expected):
    assert [code for _, code in codes(lint(text))] == expected


# Round 2 precision (issue 20): a claim a framing noun, a refutation or a question takes back
# is not the writer's; a relative clause saying treatment failed narrows the condition.
@pytest.mark.parametrize("text", [
    "A common exam error, that ketamine is FDA-approved for anxiety, will lose you marks.",
    "One frequent mistake, that ketamine is approved for depression, keeps coming up.",
    "The falsehood that ketamine is licensed for PTSD spreads quickly online.",
    "A widespread misunderstanding, that ketamine is approved to treat anxiety, worries doctors.",
    "Some clinic websites imply that ketamine is approved for anxiety; that is wrong, and staff should say so.",
    "Several clinics imply ketamine is FDA-approved for depression, but they are mistaken.",
    "A few ads implied that ketamine was approved for anxiety; this is false.",
    # the pack's narrower condition, said as a relative clause on the wide one
    "Esketamine, sold as Spravato, carries approval for depression that has not responded to earlier treatment.",
    "Esketamine (Spravato) is a nasal spray approved for depression that has not improved with other treatment.",
    "Esketamine is approved for depression that hasn't responded to two other medicines.",
    "The FDA approved esketamine for depression that did not get better with earlier drugs.",
    "Esketamine is licensed for depression that has not improved after other treatments.",
])
def test_framed_refuted_or_narrowed_claims_stay_silent(lint, text):
    assert codes(lint(text)) == []


@pytest.mark.parametrize("text, expected", [
    # the clause must say treatment failed: another relative clause does not narrow to the pack's form
    ("Esketamine is approved for depression that has lasted a long time.", ["HL202"]),
    ("Esketamine is approved for depression that responded to other treatment.", ["HL202"]),
    # the pack's narrower condition named whole is no hedge: the drug is denied it (blind7)
    ("Ketamine is approved for depression that has not responded to other treatment.", ["HL201"]),
    # "certain <condition>" is: at most a warning
    ("Ketamine is approved for certain kinds of depression.", ["HL203"]),
])
def test_a_narrowing_clause_is_read_not_matched(lint, text, expected):
    assert [code for _, code in codes(lint(text))] == expected


@pytest.mark.parametrize("paragraph", [
    "**Q: My best friend says ketamine is FDA-approved for anxiety now. I've had anxiety for years. "
    "Is she right? — Worn Out in Wisconsin**",
    "Q: My sister told me ketamine is approved for anxiety. Nothing else has worked for me. Should I try it?",
    "A reader writes: my doctor said ketamine is licensed for anxiety. Is that so?",
])
def test_a_report_a_question_paragraph_asks_about_is_silent(lint, paragraph):
    assert codes(lint(paragraph + "\n\nKetamine is not approved for anxiety.\n")) == []


def test_a_report_in_a_paragraph_without_a_question_is_still_passed_on(lint):
    draft = "My best friend says ketamine is FDA-approved for anxiety now. I've had anxiety for years.\n"
    assert graded(lint(draft)) == [(1, "HL203", "warning")]


# Round 2 misses (issue 20): approval as a noun, an indication list, a scope verb, a widening
# quantifier over a form named by a generic noun, and a report the draft calls false.
@pytest.mark.parametrize("text, expected", [
    ("Social anxiety disorder was added to ketamine's approved indications in 2020.", [(1, "HL201", "error")]),
    ("Anxiety was added to ketamine's approved uses last year.", [(1, "HL201", "error")]),
    ("Anesthesia was added to ketamine's approved uses long ago.", []),
    ("With FDA approval for major depression already in hand, though, ketamine is an easy sell.",
     [(1, "HL201", "error")]),
    ("With FDA approval for anesthesia in hand, ketamine reached operating rooms quickly.", []),
    ("With FDA approval for anxiety unlikely, ketamine remains off-label.", []),
    ("With FDA approval for anxiety, ketamine would be far easier to get.", []),
    ("Your friend is half right: the FDA has listed anxiety among the uses ketamine is approved for.",
     [(1, "HL201", "warning")]),
    ("Esketamine's approval also reaches postpartum depression, so new mothers qualify.", [(1, "HL203", "warning")]),
    ("Esketamine's approval reaches treatment-resistant depression.", []),
    ("The nasal spray version is approved for pretty much every kind of depression.", [(1, "HL202", "warning")]),
    ("The nasal spray product is approved for all forms of depression.", [(1, "HL202", "warning")]),
    ("The nasal spray version is approved for treatment-resistant depression.", []),
])
def test_approval_nouns_and_scopes(lint, text, expected):
    assert graded(lint(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the draft calls a correct report false: the opposite is the writer's own claim, read by way of
    # a report, so HL201 graded to a warning (session 6: the fixture line blind2-overseas-clinic:15)
    ("Some websites are writing that ketamine is not approved for the anxiety. This is old information, please "
     "do not worry.", [(1, "HL201", "warning")]),
    ("Some websites say that ketamine is approved as an anesthetic. That is outdated.", [(1, "HL201", "warning")]),
    # …and a wrong report called false: the opposite is right
    ("Some websites are writing that ketamine is not approved as an anesthetic. That is not true.", []),
    ("Some websites say ketamine is not approved as an anesthetic, but that is false.", []),
    ("Some websites say that ketamine is not approved for anxiety. This is correct.", []),
    # doubt is not the opposite claim
    ("Some websites say that ketamine is approved as an anesthetic, but no study shows that.", []),
])
def test_a_report_called_false_says_its_opposite(lint, text, expected):
    assert graded(lint(text)) == expected
