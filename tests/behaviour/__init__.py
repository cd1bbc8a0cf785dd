"""A behaviour suite in the manner of CheckList (Ribeiro et al., ACL 2020).

Templates and small lexicons, in the project's own words, generate drafts for every
claim family. Three kinds of test:

- MFT (minimum functionality): the plain claim gets the verdict it should — a wrong claim
  fires its code on its line, a correct one is silent;
- INV (invariance): meaning-keeping edits (adverbs, fronted phrases, attributions,
  parentheses, markup, list items and table cells, pronouns, ...) keep that verdict;
- DIR (directional): edits that change the meaning (negation, a question, a quote, a
  myth, a conditional, another drug, condition or study) change the verdict as the
  meaning does — mostly to silence.

`harness.py` holds the case type, the generic edits and the runner; `families/` one
module per claim family, each with `seeds()`; `bench/behaviour.py` prints the table and
`tests/test_behaviour.py` holds the floors.
"""
