"""Turns article files into articles, and articles into entities and facts (no storage, no UI)."""

from extract.model import Article, Extraction, Fact, Mention, ReadFailure

__all__ = ["Article", "Extraction", "Fact", "Mention", "ReadFailure"]
