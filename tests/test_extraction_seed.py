"""Extraction on the seed article: canonical entities, aliases, and quotes attributed to their speaker."""

from __future__ import annotations

import pytest

from extract.pipeline import Extractor
from extract.readers import read_paths

from conftest import SEED


@pytest.fixture(scope="module")
def seed_extraction(nlp):
    [article] = list(read_paths([SEED]))
    return Extractor(nlp).extract(article)


def test_mention_offsets_point_into_the_body(seed_extraction):
    body = seed_extraction.article.body
    assert seed_extraction.mentions
    for mention in seed_extraction.mentions:
        assert mention.text == body[mention.start:mention.end]


def test_surname_is_the_full_name(seed_extraction):
    bourita = [m for m in seed_extraction.mentions if m.text == "Bourita"]
    assert len(bourita) >= 2
    assert {"Nasser Bourita"} == {m.canonical for m in bourita}
    assert {"PERSON"} == {m.label for m in bourita}


def test_acronym_in_parentheses_is_an_alias(seed_extraction):
    assert "IS" in seed_extraction.aliases[("ORG", "Islamic State")]
    uses = [m for m in seed_extraction.mentions if m.text == "IS"]
    assert len(uses) >= 4
    assert {"Islamic State"} == {m.canonical for m in uses}


def test_dateline_is_metadata_not_entities(seed_extraction):
    dateline_end = seed_extraction.article.body.index(")") + 1
    assert [] == [m.text for m in seed_extraction.mentions if m.start < dateline_end]


def test_both_direct_quotes_are_bouritas(seed_extraction):
    quoted = [f for f in seed_extraction.facts if f.kind == "quote" and f.fields["direct"]]
    # Besides the two quotations, the seed quotes Bourita's short phrase "tangible support".
    assert {"Nasser Bourita"} == {f.fields["speaker"] for f in quoted}
    direct = [f for f in quoted if len(f.fields["content"].split()) > 3]
    assert 2 == len(direct)
    assert ["Nasser Bourita", "Nasser Bourita"] == [f.fields["speaker"] for f in direct]
    assert direct[0].fields["content"].startswith("Africa has become a target")
    assert direct[1].fields["content"].startswith("A response to threats posed by the IS")
    body = seed_extraction.article.body
    for fact in direct:
        assert fact.fields["content"].rstrip(",") in body[fact.start:fact.end]
