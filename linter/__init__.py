"""healthlint: checks health articles against the facts of a trusted source."""

__version__ = "0.1.0"
