"""Finds the sentence a token is in without spaCy rebuilding the sentence list on every lookup."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "factdesk_sentences"


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc and kept in doc.user_data."""
    if _KEY not in doc.user_data:
        found = list(doc.sents)
        doc.user_data[_KEY] = (found, [s.start for s in found])
    return doc.user_data[_KEY][0]


def sentence_of(token: Token) -> Span:
    """Token.sent, in logarithmic time."""
    found = sentences(token.doc)
    starts = token.doc.user_data[_KEY][1]
    return found[bisect_right(starts, token.i) - 1]
