"""Time spans: parsing many phrasings, normalising units, comparing spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter.quantities import HOURS, Span, compare, find, is_year, parse

DAY, WEEK, YEAR = 24.0, 168.0, 8760.0
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen", "twenty"]
UNITS = ["minute", "hour", "day", "week", "month", "year"]


@pytest.mark.parametrize("text, low, high", [
    ("2 to 6 weeks", 2 * WEEK, 6 * WEEK),
    ("two to six weeks", 2 * WEEK, 6 * WEEK),
    ("2-6 weeks", 2 * WEEK, 6 * WEEK),
    ("2\u20136 weeks", 2 * WEEK, 6 * WEEK),
    ("between two and six weeks", 2 * WEEK, 6 * WEEK),
    ("2 weeks to 6 weeks", 2 * WEEK, 6 * WEEK),
    ("up to 7 days", 0, 7 * DAY),
    ("up to seven days", 0, 7 * DAY),
    ("within 24 hours", 0, DAY),
    ("within hours", 0, DAY),
    ("within days", 0, WEEK),
    ("at least 2 weeks", 2 * WEEK, None),
    ("over a year", YEAR, None),
    ("a week", WEEK, WEEK),
    ("about a week", WEEK, WEEK),
    ("12 months", YEAR, YEAR),
    ("48 hours", 2 * DAY, 2 * DAY),
    ("half an hour", 0.5, 0.5),
    # a whole number and a half is read whole, not as "a half <unit>"
    ("two and a half hours", 2.5, 2.5),
    ("2 and a half days", 2.5 * DAY, 2.5 * DAY),
    ("ten and a half months", 10.5 * YEAR / 12, 10.5 * YEAR / 12),
    ("two and a half to three weeks", 2.5 * WEEK, 3 * WEEK),
    ("a half hour", 0.5, 0.5),
    ("twenty-one days", 3 * WEEK, 3 * WEEK),
    ("a few days", 2 * DAY, 4 * DAY),
    ("a 7-day course", WEEK, WEEK),
    ("a fortnight", 2 * WEEK, 2 * WEEK),
    ("up to a fortnight", 0, 2 * WEEK),
    ("a fortnight or two", 2 * WEEK, 4 * WEEK),
])
def test_parse(text, low, high):
    [found] = find(text)
    assert (found.span.low, found.span.high) == (low, high)


@pytest.mark.parametrize("text", ["once a week", "every 2 weeks", "three times a day", "weekly sessions",
                                  "in 2023", "from 2017 to 2020", "the first day"])
def test_frequencies_years_and_ordinals_are_not_spans(text):
    assert find(text) == []


def test_offsets_point_at_the_phrase():
    text = "SSRIs may take 2 to 6 weeks to work, ketamine hours."
    spans = find(text)
    assert [text[f.start:f.end] for f in spans] == ["2 to 6 weeks", "hours"]


@pytest.mark.parametrize("a, b, relation", [
    ("a week", "7 days", "same"),
    ("about a week", "up to 7 days", "narrower"),
    ("12 months", "a year", "same"),
    ("4 weeks", "a month", "same"),
    ("3 to 4 weeks", "2 to 6 weeks", "narrower"),
    ("1 to 8 weeks", "2 to 6 weeks", "wider"),
    ("1 to 3 weeks", "2 to 6 weeks", "overlapping"),
    ("2 days", "2 to 6 weeks", "disjoint"),
    ("within days", "within hours", "wider"),
    ("a year", "over a year", "narrower"),
])
def test_compare(a, b, relation):
    assert compare(parse(a), parse(b)) == relation


@given(st.integers(1, 20), st.sampled_from(UNITS))
def test_number_words_equal_digits(n, unit):
    plural = unit + ("s" if n != 1 else "")
    assert parse(f"{WORDS[n]} {plural}") == parse(f"{n} {plural}")
    assert parse(f"{n} {plural}").low == n * HOURS[unit]


@given(st.integers(1, 50))
def test_seven_days_is_a_week_and_twelve_months_a_year(k):
    assert compare(parse(f"{7 * k} days"), parse(f"{k} weeks")) == "same"
    assert compare(parse(f"{12 * k} months"), parse(f"{k} years")) == "same"
    assert parse(f"{7 * k} days") == parse(f"{k} weeks")


@given(st.integers(1, 30), st.integers(1, 30), st.sampled_from(["days", "weeks", "months"]))
def test_range_spellings_agree(a, b, unit):
    lo, hi = min(a, b), max(a, b)
    forms = [f"{lo} to {hi} {unit}", f"{lo}-{hi} {unit}", f"{lo}\u2013{hi} {unit}",
             f"between {lo} and {hi} {unit}", f"{WORDS[lo] if lo <= 20 else lo} to {hi} {unit}"]
    assert len({parse(f) for f in forms}) == 1


spans = st.builds(lambda lo, width, open_high: Span(lo, None if open_high else lo + width),
                  st.floats(0, 10_000), st.floats(0, 10_000), st.booleans())


@given(spans, spans)
def test_compare_is_consistent_both_ways(a, b):
    mirror = {"same": "same", "disjoint": "disjoint", "overlapping": "overlapping",
              "narrower": "wider", "wider": "narrower"}
    assert compare(b, a) == mirror[compare(a, b)]


@given(spans)
def test_a_span_is_the_same_as_itself(a):
    assert compare(a, a) == "same"


@pytest.mark.parametrize("text, low, high", [
    ("Two To Six WEEKS", 2 * WEEK, 6 * WEEK),
    ("Up To Seven Days", 0, 7 * DAY),
    ("WITHIN HOURS", 0, DAY),
    ("Between Two And Six Weeks", 2 * WEEK, 6 * WEEK),
])
def test_case_does_not_matter_and_the_text_is_quoted_as_written(text, low, high):
    [found] = find(f"Relief lasted {text}.")
    assert (found.span.low, found.span.high) == (low, high)
    assert found.text == text


def test_letters_that_lengthen_when_lower_cased_keep_offsets():
    # "İ" lower-cases to two characters; the span after it must still quote the draft.
    text = "İİ relief within 24 hours"
    [found] = find(text)
    assert text[found.start:found.end] == found.text == "within 24 hours"


def test_capitalised_frequencies_are_still_not_spans():
    assert [f.text for f in find("Once A Week for Two Weeks")] == ["Two Weeks"]


@pytest.mark.parametrize("text, low, high", [
    # two vague spans joined by "to" or "or" are one range, not the second span alone
    ("anywhere from days to weeks", 2 * DAY, 730.0),
    ("days or weeks", 2 * DAY, 730.0),
    ("hours to days", 2.0, WEEK),
    # "within" bounds the whole range, not its first part: the same as "hours to days"
    ("within hours to days", 2.0, WEEK),
    ("within hours\u2013days", 2.0, WEEK),
    ("within 1 hour to 2 days", 1.0, 2 * DAY),
    ("a few days to a couple of weeks", 2 * DAY, 2 * WEEK),
    # "a week or two": the second count shares the first's unit
    ("a week or two", WEEK, 2 * WEEK),
    ("a day or 2", DAY, 2 * DAY),
])
def test_joined_ranges(text, low, high):
    [found] = find(text)
    assert (found.span.low, found.span.high) == (low, high)


def test_a_range_and_a_later_span_stay_apart():
    assert [f.text for f in find("one to two weeks, then a month")] == ["one to two weeks", "a month"]
    assert [f.text for f in find("a week or two weeks")] == ["a week or two weeks"]


@pytest.mark.parametrize("text, low, high", [
    ("within the first week", 0, WEEK),
    ("in the first few days", 0, 4 * 24),
    ("during the first couple of weeks", 0, 2 * WEEK),
    ("by the second week", 0, 2 * WEEK),
    ("in the second week", WEEK, 2 * WEEK),
    ("around week three", 2 * WEEK, 3 * WEEK),
    ("by week 3", 0, 3 * WEEK),
    # "on" a day: that day; two ordinals joined by "or": from the first's start to the second's end
    ("on the third day", 2 * DAY, 3 * DAY),
    ("on day three", 2 * DAY, 3 * DAY),
    ("on the second or third day", DAY, 3 * DAY),
    ("by the second or third week", 0, 3 * WEEK),
    ("until the third week", 2 * WEEK, 3 * WEEK),
])
def test_ordinal_spans_after_a_bounding_word(text, low, high):
    [found] = find(text)
    assert (found.text, found.span.low, found.span.high) == (text, low, high)


@pytest.mark.parametrize("word, year", [("2017", True), ("1970", True), ("2099", True), ("1949", False),
                                        ("2100", False), ("20171", False), ("17", False), ("2017s", False)])
def test_one_definition_of_a_year_serves_studies_periods_and_alignment(word, year):
    assert is_year(word) is year
