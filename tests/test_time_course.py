"""Onset, duration and lasting claims, phrased many ways."""

from __future__ import annotations

import pytest

from conftest import codes

CONTEXT = "Ketamine is not FDA-approved for anxiety; its use for anxiety is off-label.\n\n"


@pytest.mark.parametrize("text, expected", [
    # the examples
    ("SSRIs can take 1 to 3 weeks to reduce anxiety.", ["HL302"]),
    ("Ketamine starts working within days.", ["HL301"]),
    ("Ketamine helped with GAD, and the relief lasted about a week.", []),
    ("SSRIs may take two to six weeks to work.", []),
    # paraphrases that agree with the source
    ("SSRIs usually need between 2 and 6 weeks to reduce anxiety.", []),
    ("SSRIs often take 2\u20136 weeks to start working.", []),
    ("It can take SSRIs up to 6 weeks to work.", []),
    ("SSRIs take three to four weeks to help.", []),
    ("Ketamine may relieve anxiety within 24 hours.", []),
    ("Ketamine works in a matter of hours.", []),
    ("Ketamine's effects on GAD can last up to a week.", []),
    ("Relief from ketamine typically fades within a week.", []),
    ("After KIT, the improvement stayed stable over a year.", []),
    ("Ketamine's benefits for OCD are short-lived.", []),
    ("Ketamine's effects on OCD don't last long.", []),
    # treatment schedules are not effects
    ("Patients receive six ketamine infusions over two weeks.", []),
    ("A ketamine course lasts three weeks.", []),
    ("Ketamine is given as a 40-minute infusion once a week.", []),
    # paraphrases that do not
    ("SSRIs take a few days to work.", ["HL301"]),
    ("It can take SSRIs up to 3 weeks to work.", ["HL302"]),
    ("Within days, ketamine eased symptoms.", ["HL301"]),
    ("Ketamine takes effect after about a month.", ["HL301"]),
    ("The benefits of ketamine for GAD last for six months.", ["HL301"]),
    ("Ketamine offers durable relief from OCD symptoms.", ["HL301"]),
])
def test_time_course(lint, text, expected):
    assert [code for _, code in codes(lint(CONTEXT + text))] == expected


def test_message_names_the_source_span(lint):
    [finding] = [f for f in lint(CONTEXT + "SSRIs can take 1 to 3 weeks to reduce anxiety.")
                 if f.code == "HL302"]
    assert finding.message == ("Differs from the source on the onset of SSRIs (reduced anxiety): the source says "
                               "2 to 6 weeks, the draft says '1 to 3 weeks' (source line 28)")
    assert (finding.line, finding.column, finding.end_column) == (3, 16, 28)
