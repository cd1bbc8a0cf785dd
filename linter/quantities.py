"""Time spans in prose: "2 to 6 weeks", "within hours", "up to seven days", "a year".

A span is an interval of hours, [low, high], either end open (None). Numbers
may be digits or words; units are normalised so that 7 days = 1 week = "a
week" and 12 months = "a year". No drug or condition knowledge lives here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# A calendar year as drafts date studies, approvals and data periods ("a 2017 trial", "data from
# 2016 to 2020", "approved in 1970"); earlier years name no fact a health pack holds.
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def is_year(word: str) -> bool:
    return YEAR.fullmatch(word) is not None


HOURS = {
    "minute": 1 / 60, "min": 1 / 60, "hour": 1.0, "hr": 1.0, "day": 24.0, "week": 168.0,
    "wk": 168.0, "fortnight": 336.0, "month": 730.0, "year": 8760.0, "yr": 8760.0,
}
# A month is a twelfth of a year, so 12 months is exactly a year; 4 weeks and
# a month then differ by 8%, inside the tolerance spans are compared with.
TOLERANCE = 0.10

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90, "a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2,
    "half an": 0.5, "half a": 0.5, "a half": 0.5, "one and a half": 1.5,
}
# Counts without a number: "a few days" is two to four of them.
VAGUE_COUNTS = {"a few": (2, 4), "few": (2, 4), "several": (3, 7), "some": (2, 6),
                "a number of": (2, 6), "many": (4, 12), "a matter of": (1, 6)}
# A bare plural ("within hours", "for weeks"): more than one, fewer than the next unit up.
BARE_PLURAL = {"minute": (2 / 60, 1.0), "hour": (2.0, 24.0), "day": (48.0, 168.0),
               "week": (336.0, 730.0), "fortnight": (672.0, 2190.0), "month": (1460.0, 8760.0), "year": (17520.0, 87600.0)}

# A whole number and a half ("two and a half hours", "3 and a half days"): matched before "a half",
# which would otherwise read only the fraction.
_WHOLE = (r"(?:\d+|(?:twenty|thirty|forty|fifty|sixty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
          + "|".join(sorted((w for w, n in WORD_NUMBERS.items() if n >= 1 and " " not in w and w not in ("a", "an")),
                            key=len, reverse=True)) + ")")
_NUM = (rf"(?:{_WHOLE}\s+and\s+a\s+half|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
        + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True)) + ")")
_VAGUE = "|".join(sorted((re.escape(w) for w in VAGUE_COUNTS), key=len, reverse=True))
_UNIT = r"(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|years?|yrs?)\b"
_SEP = r"\s*(?:-|–|—|to|or|through)\s*"
_FULL = r"(?:(?<=[a-z0-9] )(?:full|whole|solid|straight|good)\s+)?"  # "two full years", "a whole month"
_UPPER = r"(?P<upper>up to|as long as|as many as|no more than|not more than|at most|less than|fewer than|under|within|in under|in less than|inside of|by)"
_LOWER = r"(?P<lower>at least|more than|over|longer than|beyond|upwards of|in excess of|a minimum of)"
# "after about a month" is a point: when it happened, not a lower bound.
_APPROX = r"(?P<approx>(?:after\s+)?(?:about|around|approximately|roughly|nearly|almost|some|circa|~)|after)"
# The patterns are written in lower case and run over lower-cased text: Python's re is
# several times slower case-insensitively over alternations this large.
_FREQUENCY = re.compile(r"(?:\b(?:once|twice|thrice|times|per|every|each)\s+(?:a\s+|an\s+|other\s+)?$)")

# Ordinal spans, only after a word that makes them a bound or a stretch ("within the first week",
# "by the second week", "during the first few days", "by week three"): "the first day" alone is a
# point in a course, not a span.
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORD = "|".join(ORDINALS)
_ORD_UNIT = r"(?P<ounit>minutes?|hours?|days?|weeks?|fortnights?|months?|years?)\b"
_IN_WEEK = r"(?P<wkprep>within|in|during|by|around|about|inside|from|on|until|till)\s+(?P<wkunit>day|week|month)\s+(?P<wkn>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
_BOUNDING = frozenset({"within", "by", "inside"})  # up to the end of it; "in", "during": that stretch

_PATTERN = re.compile(
    r"\b(?:"
    rf"(?P<oprep>within|in|during|by|over|inside|across|on|until|till|around)\s+the\s+(?P<ord>{_ORD})\s+(?:or\s+(?P<ord2>{_ORD})\s+)?"
    rf"(?:(?P<ofew>few|couple\s+of)\s+)?{_ORD_UNIT}"
    rf"|{_IN_WEEK}"
    rf"|between\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})\s+{_UNIT.replace('unit', 'bunit')}"
    rf"|(?P<w1>{_NUM})\s+(?P<wunit1>minutes?|hours?|days?|weeks?|fortnights?|months?|years?){_SEP}(?P<w2>{_NUM})\s+{_UNIT.replace('unit', 'wunit2')}"
    rf"|(?:{_UPPER.replace('upper', 'rupper')}\s+)?(?:{_APPROX.replace('approx', 'rapprox')}\s+)?(?P<r1>{_NUM}){_SEP}(?P<r2>{_NUM})[\s-]+{_UNIT.replace('unit', 'runit')}"
    rf"|(?:{_UPPER}\s+|{_LOWER}\s+)?(?:{_APPROX}\s+)?(?:(?P<vague>{_VAGUE})\s+)?(?:(?P<n>{_NUM})[\s-]*)?{_FULL}{_UNIT}"
    r")",
)


@dataclass(frozen=True)
class Span:
    """An interval of hours; None is an open end."""

    low: float | None
    high: float | None
    approx: bool = False
    vague: bool = False  # no number given: "several weeks", "within days"

    def __post_init__(self):
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low above high")

    def describe(self) -> str:
        if self.low == self.high and self.low is not None:
            return _human(self.low)
        if self.low in (None, 0):
            return f"up to {_human(self.high)}" if self.high is not None else "any time"
        if self.high is None:
            return f"at least {_human(self.low)}"
        return f"{_human(self.low)} to {_human(self.high)}"


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str
    span: Span


def _human(hours: float) -> str:
    for unit, size in (("year", 8760.0), ("month", 730.0), ("week", 168.0), ("day", 24.0),
                       ("hour", 1.0), ("minute", 1 / 60)):
        count = hours / size
        if count >= 1 and abs(count - round(count)) < 0.05:
            n = round(count)
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return f"{hours:g} hours"


def number(text: str) -> float:
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t.endswith(" and a half") and t not in WORD_NUMBERS:
        return number(t[:-len(" and a half")]) + 0.5
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty)[- ](\w+)", t)
    if m:
        return float(WORD_NUMBERS[m.group(1)] + WORD_NUMBERS[m.group(2)])
    return float(t)


def unit_hours(unit: str) -> float:
    u = unit.lower().rstrip("s") or unit.lower()
    return HOURS[u]


@functools.lru_cache(maxsize=1024)  # the checks parse the same pack values for every claim
def parse(text: str) -> Span:
    """The span of a phrase that is wholly a time expression ("2 to 6 weeks")."""
    found = find(text)
    if len(found) != 1:
        raise ValueError(f"not one time span: {text!r}")
    return found[0].span


_ANY_UNIT = re.compile(r"(?:minute|min|hour|hr|day|week|wk|fortnight|month|year|yr)s?\b")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _fold(text: str) -> str:
    """Lower case with every offset kept (lower() can lengthen a few non-ASCII letters)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


_REACH = 48  # the longest lead-in before a unit: "between twenty-one and thirty-two "
_AFTER = 8  # the longest count after a unit: "week twelve"
_JOIN = 24  # units closer than this share a window ("2 weeks to 6 weeks")


def find(text: str) -> list[Found]:
    """Every time span in a text, with its character offsets.

    The large pattern runs only on short windows around unit words, so the cost
    follows the number of units, not the length of the text."""
    written, text = text, _fold(text)
    windows: list[list[int]] = []
    for unit in _ANY_UNIT.finditer(text):
        if windows and unit.start() - windows[-1][1] <= _JOIN:
            windows[-1][1] = unit.end()
        else:
            windows.append([max(0, unit.start() - _REACH), unit.end()])
    out: list[Found] = []
    covered = 0
    for start, end in windows:
        for m in _PATTERN.finditer(text, max(start, covered), min(len(text), end + _AFTER)):
            if _FREQUENCY.search(text[max(0, m.start() - 16):m.start()]):
                continue  # "once a week", "every 2 weeks" are frequencies, not spans
            span = _span(m)
            if span is not None:
                found = _or_more(text, written, Found(m.start(), m.end(), written[m.start():m.end()], span))
                if out and _JOINER.fullmatch(text, out[-1].end, found.start):
                    found = _joined(written, out.pop(), found)
                out.append(found)
                covered = found.end
    return out


# Two spans joined by "to" or "or" are one range: "anywhere from days to weeks", "hours or days".
_JOINER = re.compile(r"\s*(?:to|or|and|-|–|—|through)\s*")
# "a week or two": the second count shares the first's unit.
_OR_MORE = re.compile(rf"\s+(?:or|to)\s+(?P<n>{_NUM})\b(?![\s-]*{_ANY_UNIT.pattern})")


_WITHIN = "within "


def _joined(written: str, a: Found, b: Found) -> Found:
    """One range of two spans. "Within" before the first bounds the range, not its first part:
    "within hours to days" is hours to days (as "hours to days" is), not anything up to days."""
    first = a.span
    if a.text.lower().startswith(_WITHIN):
        bare = find(a.text[len(_WITHIN):])
        first = bare[0].span if len(bare) == 1 else first
    lows = [s.low or 0.0 for s in (first, b.span)]
    highs = [s.high for s in (a.span, b.span)]
    high = None if None in highs else max(highs)
    span = Span(min(lows), high, a.span.approx or b.span.approx, a.span.vague or b.span.vague)
    return Found(a.start, b.end, written[a.start:b.end], span)


def _or_more(text: str, written: str, found: Found) -> Found:
    """Widen "a week" in "a week or two" to one to two weeks."""
    span = found.span
    more = _OR_MORE.match(text, found.end)
    if more is None or span.low is None or span.low != span.high or span.vague:
        return found
    unit = _ANY_UNIT.findall(text, found.start, found.end)
    if not unit:
        return found
    high = number(more.group("n")) * unit_hours(unit[-1])
    if high <= span.low:
        return found
    return Found(found.start, more.end(), written[found.start:more.end()], Span(span.low, high, span.approx))


def _ordinal(g: dict) -> Span:
    """ "within the first week": up to its end; "during the second week", "on the third day": that
    week or day; "on the second or third day": from the first's start to the second's end; "the
    first few days", "the first weeks": up to the end of a few of them."""
    few = False
    if g.get("wkn"):
        prep, n, size = g["wkprep"], number(g["wkn"]), unit_hours(g["wkunit"])
    else:
        prep, n, size = g["oprep"], float(ORDINALS[g["ord"]]), unit_hours(g["ounit"])
        few = bool(g.get("ofew")) or g["ounit"].endswith("s")
        if few:
            n = 2.0 if (g.get("ofew") or "").startswith("couple") else 4.0
    low = 0.0 if prep in _BOUNDING or few else (n - 1) * size
    last = max(n, float(ORDINALS[g["ord2"]])) if g.get("ord2") else n
    return Span(low, last * size, approx=prep in ("around", "about"))


def _span(m: re.Match) -> Span | None:
    g = m.groupdict()
    if g.get("ord") or g.get("wkn"):
        return _ordinal(g)
    if g.get("b1"):
        size = unit_hours(g["bunit"])
        low, high = sorted((number(g["b1"]) * size, number(g["b2"]) * size))
        return Span(low, high)
    if g.get("w1"):
        low, high = sorted((number(g["w1"]) * unit_hours(g["wunit1"]), number(g["w2"]) * unit_hours(g["wunit2"])))
        return Span(low, high)
    if g.get("r1"):
        size = unit_hours(g["runit"])
        joined = m.group(0)[m.start("r1") - m.start():m.end("r2") - m.start()]
        if re.fullmatch(r"(twenty|thirty|forty|fifty|sixty)-[a-z]+", joined, re.I):
            return Span(number(joined) * size, number(joined) * size)  # "twenty-one", not 20 to 1
        low, high = sorted((number(g["r1"]) * size, number(g["r2"]) * size))
        if g.get("rupper"):
            low = 0.0
        return Span(low, high, approx=bool(g.get("rapprox")))
    unit = g["unit"]
    size = unit_hours(unit)
    plural = unit.lower().endswith("s") and unit.lower() not in ("hrs", "mins", "wks", "yrs")
    vague = not g.get("n")
    if g.get("n"):
        low = high = number(g["n"]) * size
    elif g.get("vague"):
        a, b = VAGUE_COUNTS[g["vague"].lower()]
        low, high = a * size, b * size
    elif plural:
        low, high = BARE_PLURAL[unit.lower().rstrip("s")]
    else:
        return None  # "day" alone: "the day of treatment"
    approx = bool(g.get("approx"))
    if g.get("upper"):
        return Span(0.0, high, approx, vague)
    if g.get("lower"):
        return Span(low, None, approx, vague)
    return Span(low, high, approx, vague)


# ------------------------------------------------------------------ comparing


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)


def _le(a: float | None, b: float | None, open_is: float) -> bool:
    """a <= b (with tolerance), an open end standing for ±infinity via open_is."""
    a = open_is if a is None else a
    b = open_is if b is None else b
    return a <= b or _close(a, b)


def compare(a: Span, b: Span) -> str:
    """How span a relates to span b: same, narrower, wider, overlapping or disjoint."""
    inf = float("inf")
    a_low, b_low = (a.low or 0.0), (b.low or 0.0)
    a_high = inf if a.high is None else a.high
    b_high = inf if b.high is None else b.high
    same_low = a_low == b_low or _close(a_low, b_low)
    same_high = a_high == b_high or (a_high != inf and b_high != inf and _close(a_high, b_high))
    if same_low and same_high:
        return "same"
    if (a_high < b_low and not _close(a_high, b_low)) or (b_high < a_low and not _close(b_high, a_low)):
        return "disjoint"
    inside_low = a_low >= b_low or same_low
    inside_high = a_high <= b_high or same_high
    if inside_low and inside_high:
        return "narrower"
    if (a_low <= b_low or same_low) and (a_high >= b_high or same_high):
        return "wider"
    return "overlapping"


def ratio(a: Span, b: Span) -> float:
    """How many times apart the two spans' far ends are (1.0 when they meet)."""
    def mid(s: Span) -> float:
        lo = s.low or 0.0
        hi = s.high if s.high is not None else max(lo * 2, lo + 1)
        return max((lo + hi) / 2, 1e-9)
    x, y = mid(a), mid(b)
    return max(x, y) / min(x, y)
