"""Study mentions: year, data period, design."""

from __future__ import annotations

import pytest

from conftest import codes

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("A 2019 study found ketamine may help people with agoraphobia.", ["HL501"]),
    ("In 2021, researchers found ketamine may help with phobias.", []),
    ("The 2021 research looked at several mental health conditions, including phobias.", []),
    ("A 2023 randomized controlled trial of KIT found it reduced anxiety.", ["HL503"]),
    ("A 2023 analysis of people given KIT found their anxiety fell.", []),
    ("The 2023 analysis of KIT used records from 2015 to 2020.", ["HL502"]),
    ("Researchers reviewed data from 2017 to 2020 on KIT.", []),
    ("A 2017 clinical trial tested weekly ketamine in people with GAD.", []),
    ("A 2017 double-blind, placebo-controlled trial tested weekly ketamine for GAD.", ["HL503"]),
    ("In 2020, scientists evaluated weekly ketamine for GAD.", ["HL501"]),
    ("Recent scientific trials have investigated ketamine for depression and anxiety.", []),
    ("Since 2015, ketamine clinics have opened across the country.", []),
])
def test_studies(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


def test_finding_points_at_the_year(lint):
    [finding] = [f for f in lint(CONTEXT + "A 2019 study found ketamine may help people with agoraphobia.")
                 if f.code == "HL501"]
    assert (finding.line, finding.column, finding.end_column) == (3, 3, 7)
    assert "to 2021, not 2019" in finding.message and finding.source == 57
