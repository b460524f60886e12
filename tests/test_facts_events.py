"""Events: subject · verb · object triples in which one side is a named entity."""

from __future__ import annotations

from extract.entities import find_mentions
from extract.events import extract_events


def test_entity_subject_verb_object(nlp):
    doc = nlp("Germany banned Mahan Air on Monday. The weather was nice.")
    mentions, _ = find_mentions(doc)
    triples = [(f.fields["subject"], f.fields["verb"], f.fields["object"]) for f in extract_events(doc, mentions)]
    assert [("Germany", "ban", "Mahan Air")] == triples


def triples(nlp, text):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    return [(f.fields["subject"], f.fields["verb"], f.fields["object"]) for f in extract_events(doc, mentions)]


def test_a_time_is_not_what_was_done_and_a_later_object_is_taken(nlp):
    assert [("Taliban", "meet with", "Zalmay Khalilzad")] == triples(
        nlp, "The Taliban met on Monday with Zalmay Khalilzad in Doha.")


def test_speech_pronouns_and_verbs_inside_names_give_no_event(nlp):
    text = ("Donald Trump said on Friday that he would stay. He emigrated to the United States. "
            "The Committee to Protect Journalists condemned the killing.")
    found = triples(nlp, text)
    assert [] == [t for t in found if t[1].startswith(("say", "protect")) or t[0] in ("he", "He")]
    assert ("Committee to Protect Journalists", "condemn", "the killing") in found
