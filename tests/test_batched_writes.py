"""Batched writes: many articles in one transaction, each still all-or-nothing, and the FTS index optimised."""

from __future__ import annotations

from extract.model import Article, Extraction, Fact, Mention
from store import optimize_search_index, save_extractions
from store.queries import count_articles, iter_entities
from store.search import search_articles


def extraction(title: str, fact_value=4250, person: str = "Nasser Bourita") -> Extraction:
    body = f"{title}: {person} said 4,250 people were victims."
    start = body.index(person)
    return Extraction(
        article=Article(title=title, body=body, path=f"{title}.txt"),
        mentions=[Mention(start, start + len(person), person, "PERSON", person)],
        facts=[Fact("quantity", body.index("4,250"), body.index("4,250") + 12, body,
                    {"value": fact_value, "unit": "people", "text": "4,250 people"})],
    )


def test_a_batch_is_stored_with_duplicates_reported_as_present(fresh_db):
    results = save_extractions(fresh_db, [extraction("Sahel"), extraction("Rabat"), extraction("Sahel")])

    assert [True, True, False] == [r.created for r in results]
    assert results[0].article_id == results[2].article_id
    assert [None, None, None] == [r.error for r in results]
    assert 2 == count_articles(fresh_db)


def test_an_article_that_cannot_be_stored_leaves_no_trace_and_its_neighbours_are_kept(fresh_db):
    # A list is no SQLite value: the article row is written, then its fact fails, and the savepoint undoes both,
    # including the entity it introduced, which the next article names again.
    results = save_extractions(fresh_db, [extraction("Sahel"), extraction("Broken", [1, 2], person="Amina Idrissi"),
                                          extraction("Rabat", person="Amina Idrissi")])

    assert [True, False, True] == [r.created for r in results]
    assert results[1].error and results[1].error.startswith("could not store")
    assert 2 == count_articles(fresh_db)
    assert ["Rabat", "Sahel"] == sorted(hit.title for hit in search_articles(fresh_db, "victims"))
    assert [] == search_articles(fresh_db, "Broken")
    assert [("Amina Idrissi", 1), ("Nasser Bourita", 1)] == [(e["name"], e["mentions"]) for e in
                                                            sorted(iter_entities(fresh_db), key=lambda e: e["name"])]


def test_search_finds_the_same_articles_after_optimising_the_index(fresh_db):
    for number in range(5):
        save_extractions(fresh_db, [extraction(f"Report {number}")])
    before = [hit.id for hit in search_articles(fresh_db, "Bourita")]

    optimize_search_index(fresh_db)

    assert 5 == len(before)
    assert before == [hit.id for hit in search_articles(fresh_db, "Bourita")]
