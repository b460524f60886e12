"""Quotes: direct quotations split by their attribution, reported speech, and speakers resolved to names."""

from __future__ import annotations

from extract.entities import find_mentions
from extract.quotes import extract_quotes


def quotes(nlp, text):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    return [(f.fields["speaker"], f.fields["content"], f.fields["direct"]) for f in extract_quotes(doc, mentions)]


def test_quote_split_by_attribution_gives_two_with_curly_marks(nlp):
    found = quotes(nlp, "Foreign Minister Nasser Bourita spoke on Tuesday. “We must act together now,” Bourita said, "
                        "“and we must do it before the summer ends.”")
    assert [("Nasser Bourita", "We must act together now", True),
            ("Nasser Bourita", "and we must do it before the summer ends.", True)] == found


def test_pronoun_and_role_noun_speakers(nlp):
    found = quotes(nlp, 'Angela Merkel visited the plant on Monday. "The workers have done a remarkable job here," '
                        "she said. The economy will grow next year, the chancellor added.")
    assert [("Angela Merkel", True), ("Angela Merkel", False)] == [(s, d) for s, _, d in found]
    assert "The economy will grow next year" == found[1][1]


def test_reported_speech_and_according_to(nlp):
    found = quotes(nlp, "Police said that the driver had fled the scene. According to the Interior Ministry, "
                        "five people were arrested overnight.")
    assert [(None, "the driver had fled the scene", False),
            ("Interior Ministry", "five people were arrested overnight", False)] == found


def test_unbalanced_and_stray_quote_marks_never_crash(nlp):
    text = 'He said "this never closes. And ” stray marks “ and "" abound," the mayor said "\n\n"'
    found = quotes(nlp, text)
    assert all(isinstance(content, str) for _, content, _ in found)
