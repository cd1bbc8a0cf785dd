"""Approval and off-label status, and approved uses.

The pack's facts: ketamine is approved as an anesthetic (and a sedative), not for any
psychiatric disorder; its use for anxiety is off-label; esketamine is approved for
treatment-resistant depression.
"""

from ..harness import Seed

WRONG = ("HL201",)


def seeds():
    yield Seed("{D} is {ADV} FDA-approved for anxiety.", WRONG, "ketamine")
    yield Seed("{D} is {ADV} FDA-approved as an anesthetic.", (), "ketamine")
    yield Seed("{D} is {ADV} FDA-approved for treatment-resistant depression.", (), "esketamine")
    yield Seed("{D} is {ADV} not FDA-approved for anxiety.", (), "ketamine", "negation", "DIR")
