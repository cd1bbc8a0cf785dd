"""Spans.starting_in: the items asked for, in token order, whatever the number of keys."""

from __future__ import annotations

import random

import pytest

from linter.nlp import Cue
from linter.spans import Spans

KINDS = ("negation", "hedge", "approval", "study", "symptom")


def _spans(seed: int) -> tuple[Spans, list[Cue]]:
    rng = random.Random(seed)
    cues, tok = [], 0
    for _ in range(300):
        tok += rng.choice((0, 0, 1, 2, 5))  # several cues may start at one token
        length = rng.randint(1, 3)
        cues.append(Cue(rng.choice(KINDS), tok, tok + length, tok * 4, tok * 4 + length * 4, "x"))
    spans = Spans(Cue, "kind")
    spans.extend(cues)
    return spans, cues


@pytest.mark.parametrize("seed", range(20))
def test_starting_in_is_the_filtered_run_in_order(seed):
    spans, cues = _spans(seed)
    rng = random.Random(seed + 1000)
    last = cues[-1].tok_start + 2
    for _ in range(200):
        a = rng.randint(0, last)
        b = rng.randint(a, last + 1)
        wanted = tuple(rng.sample(KINDS + ("absent",), rng.randint(0, 4)))
        if rng.random() < 0.2 and wanted:
            wanted += (wanted[0],)  # a kind named twice is asked for once
        expected = [c for c in cues if a <= c.tok_start < b and (not wanted or c.kind in wanted)]
        assert spans.starting_in(a, b, wanted) == expected, (a, b, wanted)


def test_an_absent_kind_finds_nothing():
    spans, _ = _spans(1)
    assert spans.starting_in(0, 10_000, ("absent",)) == []
    assert spans.starting_in(0, 10_000, ("absent", "other")) == []

