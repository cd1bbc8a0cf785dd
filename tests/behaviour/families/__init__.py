"""One module per claim family, each with `seeds()`; see tests/behaviour/harness.py."""
