"""Events: subject · verb · object triples in which one side is a named entity."""

from __future__ import annotations

from extract.entities import find_mentions
from extract.events import extract_events


def test_entity_subject_verb_object(nlp):
    doc = nlp("Germany banned Mahan Air on Monday. The weather was nice.")
    mentions, _ = find_mentions(doc)
    triples = [(f.fields["subject"], f.fields["verb"], f.fields["object"]) for f in extract_events(doc, mentions)]
    assert [("Germany", "ban", "Mahan Air")] == triples
