"""Finds the sentence a token is in, and the doc's text, without spaCy rebuilding them on every lookup."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "factdesk_sentences"
_TEXT_KEY = "factdesk_text"


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc and kept in doc.user_data."""
    if _KEY not in doc.user_data:
        found: list[Span] = []
        for sentence in doc.sents:
            if found and (_split_after_abbreviation(found[-1], sentence)
                          or _attribution_after_question(found[-1], sentence)):
                found[-1] = doc[found[-1].start:sentence.end]
            else:
                found.append(sentence)
        doc.user_data[_KEY] = (found, [s.start for s in found])
    return doc.user_data[_KEY][0]


def _split_after_abbreviation(previous: Span, sentence: Span) -> bool:
    """'from about 664 b.c.e. to 250 c.e.': the model ends a sentence at the full stop of a dotted abbreviation it
    tokenised apart, though the words after it go on in lower case."""
    words = [t for t in previous if not t.is_space]
    first = next((t for t in sentence if not t.is_space), None)
    return len(words) >= 2 and words[-1].text == "." and not words[-2].whitespace_ and "." in words[-2].text \
        and first is not None and first.is_lower and first.is_alpha


# Closing quote marks, and the end of a question or exclamation just inside one.
CLOSING_QUOTES = {'"', "”", "''"}
# What a bare attribution holds besides its verb: '"Is it true?" Keilar asked.', '"No!" shouted the crowd.'
ATTRIBUTION_WORDS = {"nsubj", "punct", "advmod", "npadvmod", "prep", "pobj", "det", "compound", "amod", "poss", "case"}


# Verbs of a bare attribution after a full stop inside the quotation: '"... is solid." The company said in a release.'
SAYING_LEMMAS = {"say", "add", "tell", "write", "explain", "continue", "state", "note", "reply", "respond", "conclude"}


def _attribution_after_question(previous: Span, sentence: Span) -> bool:
    """'"But is that what you want?" Keilar asked.': the model ends the sentence at the question mark inside the
    quotation, and the attribution after it becomes a sentence of its own with nothing said in it. So too after a
    full stop inside the quotation, when the verb is one of saying: '"... is solid." The company said in a release.'"""
    words = [t for t in previous if not t.is_space]
    if len(words) < 3 or words[-1].text not in CLOSING_QUOTES or words[-2].text not in ("?", "!", ".") \
            or any("\n" in t.text for t in previous[len(previous) - 2:] if t.is_space) or len(sentence) > 12:
        return False
    root = sentence.root
    if words[-2].text == "." and root.lemma_.lower() not in SAYING_LEMMAS:
        return False
    return root.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in root.children) \
        and all(t.dep_ in ATTRIBUTION_WORDS for t in sentence if t != root and not t.is_space)


def sentence_of(token: Token) -> Span:
    """Token.sent, in logarithmic time."""
    found = sentences(token.doc)
    starts = token.doc.user_data[_KEY][1]
    return found[bisect_right(starts, token.i) - 1]


def text_of(doc: Doc) -> str:
    """Doc.text, joined once per doc: spaCy re-joins every token on each access, which dominated extraction time."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
