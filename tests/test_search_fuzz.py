"""Property: no query string, however odd, crashes the parser, the search or the facets (only SearchError)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from store import open_db
from store.search import SearchError, facets, search

PIECES = ["(", ")", '"', "OR", "AND", "NOT", "-", "*", "|", ":", " ", "fire", "bourita", "attack*", '"escape room"',
          "person:", "entity:", "place:Morocco", 'org:"Lion Air"', "speaker:Bourita", "kind:quote", "kind:",
          "after:2019", "before:2019-01-06", "after:", "source:%", "author:_", "tag:x", "starred", "colour:red",
          "'", ";", "--", "\\", "\x00", "\x1b[31m", "é", "ß", "😀", "NEAR(", "^", "{", "}", "+"]
queries = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=10).map(" ".join),
)


@pytest.fixture(scope="module")
def db(fixtures_db_file):
    database = open_db(fixtures_db_file)
    yield database
    database.close()


@settings(max_examples=200, deadline=None)
@given(query=queries)
def test_no_query_crashes_the_search(db, query):
    try:
        results = search(db, query, limit=5)
    except SearchError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert 0 <= len(results.hits) <= 5
    assert results.total >= len(results.hits)


@settings(max_examples=60, deadline=None)
@given(query=queries)
def test_no_query_crashes_the_facets(db, query):
    try:
        found = facets(db, query, limit=3)
    except SearchError:
        return
    assert ["PERSON", "ORG", "PLACE"] == list(found)
