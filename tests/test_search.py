"""Search: the query language on the fixture articles, ranking, snippets, facts, facets, saved searches, the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from store import open_db
from store.query_language import parse_query
from store.search import (SearchError, delete_saved_search, facets, list_saved_searches, save_search, search,
                          search_articles)
from tui.cli import cli

MOROCCO = "Morocco calls for increased"
ESCAPE_ROOM = "Escape room fire"
CATALONIA = "Catalonia apartment block fire"
FLORIDA = "Florida highway pileup"
IRAN_PLANE = "Iranian cargo plane crashes"
GDANSK = "Arrest made as mayor of Gdańsk"
PELOSI = "Nancy Pelosi again elected"
TRUMP_SAYS = "President Trump says"
CRUZ = "Senator Ted Cruz"
MAHAN = "Germany bans Mahan Air"
LION_AIR = "Lion Air disaster"
CUBA_BUS = "State-run bus crashes in Cuba"
ALEPPO = "Block of flats collapses in Aleppo"
MAGNITOGORSK = "Magnitogorsk apartment building"
CATHEDRAL = "Bombs kill at least 20 at cathedral"
CAR_BOMB = "Car bomb ramming attack"
MOKHA = "Mokha, Yemen bomb kills"
MUNK = "Pioneering oceanographer Walter Munk"

QUERIES = [
    # words: all must match, stemmed
    ("bourita", {MOROCCO}),
    ("attacks", {MOROCCO, GDANSK, CATHEDRAL, CAR_BOMB, LION_AIR, MOKHA}),
    ("fire florida", {FLORIDA}),
    ("FIRE Florida", {FLORIDA}),
    # exact phrases
    ('"escape room"', {ESCAPE_ROOM}),
    ('"foreign minister nasser bourita"', {MOROCCO}),
    ('"minister foreign"', set()),
    # prefix
    ("bouri*", {MOROCCO}),
    ("magnitog*", {MAGNITOGORSK}),
    # OR, NOT, -word, parentheses
    ("fire -florida", {CATALONIA, ESCAPE_ROOM, IRAN_PLANE}),
    ("fire NOT florida", {CATALONIA, ESCAPE_ROOM, IRAN_PLANE}),
    ("fire (florida OR catalonia)", {FLORIDA, CATALONIA}),
    ("fire florida OR catalonia", {FLORIDA, CATALONIA}),
    ("bomb OR cathedral", {ALEPPO, CATHEDRAL, CAR_BOMB, MAGNITOGORSK, MOKHA, MUNK}),
    ("(fire OR bomb) kills -florida -aleppo -magnitogorsk",
     {CATHEDRAL, CAR_BOMB, CATALONIA, ESCAPE_ROOM, MOKHA}),
    # entity filters: canonical name, alias (surname), label
    ('entity:"Nasser Bourita"', {MOROCCO}),
    ("entity:Bourita", {MOROCCO}),
    ('person:"nasser   bourita"', {MOROCCO}),
    ("org:Bourita", set()),
    ("person:Pelosi", {PELOSI, TRUMP_SAYS}),
    ('org:"Lion Air"', {LION_AIR}),
    ("place:Morocco", {MOROCCO}),
    ("place:Aleppo", {ALEPPO}),
    ("person:Nobody-at-all", set()),
    ("person:Trump OR person:Pelosi", {PELOSI, TRUMP_SAYS, CRUZ, MAHAN}),
    ("crash -person:Trump", {IRAN_PLANE, LION_AIR, CUBA_BUS}),
    # facts: speaker and kind
    ('speaker:"Andrzej Duda"', {ESCAPE_ROOM, GDANSK}),
    ("speaker:Bourita", {MOROCCO}),
    ("kind:quote sympathy", {ESCAPE_ROOM}),
    ("kind:quote speaker:Bourita africa", {MOROCCO}),
    ("kind:quote speaker:Bourita fire", set()),
    # metadata filters
    ("source:sputnik", {MOROCCO}),
    ("source:%", set()),
    ("author:ChaudhryMAli88", {MOROCCO}),
    ("after:2021", {MOROCCO}),
    ("after:2021-03-31", {MOROCCO}),
    ("after:2021-04", set()),
    ("before:2019-01-05", {MAGNITOGORSK, PELOSI}),
    ("fire after:2019-01-06", {CATALONIA, IRAN_PLANE}),
    ("after:2019-01-05 before:2019-01-06", {ESCAPE_ROOM, FLORIDA}),
    # user text never reaches SQL: quotes and SQL are just words
    ("'; DROP TABLE articles; --", set()),
    ('bourita "\'); DELETE FROM articles; --"', set()),
]


@pytest.fixture(scope="module")
def db(fixtures_db_file):
    database = open_db(fixtures_db_file)
    yield database
    database.close()


class SearchResultsView:
    def __init__(self, hits):
        self.hits = hits


def titles(results) -> set[str]:
    found = set()
    for hit in results.hits:
        matches = [prefix for prefix in PREFIXES if hit.title.startswith(prefix)]
        found.add(matches[0] if matches else hit.title)
    return found


PREFIXES = [value for name, value in globals().items() if name.isupper() and isinstance(value, str)]


@pytest.mark.parametrize("query, expected", QUERIES, ids=[q for q, _ in QUERIES])
def test_query_finds_exactly_the_expected_articles(db, query, expected):
    results = search(db, query, limit=50)
    assert expected == titles(results)
    assert len(expected) == results.total


def test_the_database_survives_hostile_queries(db):
    for query, _ in QUERIES:
        search(db, query)
    assert 27 == search(db, "").total


def test_an_empty_query_lists_every_article_newest_first(db):
    results = search(db, "   ", limit=100)
    assert 27 == results.total
    dates = [hit.published for hit in results.hits]
    assert sorted(dates, reverse=True) == dates


def test_title_matches_rank_above_body_matches(db):
    hits = search(db, "fire").hits
    assert {CATALONIA, ESCAPE_ROOM, FLORIDA} == titles(SearchResultsView(hits[:3]))
    assert hits[-1].title.startswith(IRAN_PLANE)  # "fire" only in its body
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_snippets_highlight_the_stemmed_matches(db):
    hit = search(db, "attacks").hits[0]
    assert "\x02attack\x03" in hit.snippet.lower()
    phrase = search(db, '"escape room"').hits[0]
    assert "\x02escape room\x03" in phrase.snippet.lower()


def test_entity_filter_snippet_shows_the_mention(db):
    hit = search(db, "place:Aleppo").hits[0]
    assert "\x02Aleppo\x03" in hit.snippet


def test_matching_facts_are_listed_under_their_article(db):
    hit = search(db, "kind:quote sympathy").hits[0]
    assert hit.facts and all(f["kind"] == "quote" and "sympathy" in f["sentence"] for f in hit.facts)
    assert "\x02sympathy\x03" in hit.snippet

    by_speaker = search(db, 'speaker:"Andrzej Duda"').hits
    assert all(f["speaker"] == "Andrzej Duda" for hit in by_speaker for f in hit.facts)
    assert all(hit.facts for hit in by_speaker)

    quoted = search(db, "kind:quote speaker:Bourita africa").hits[0]
    assert quoted.facts and all(f["speaker"] == "Nasser Bourita" and "Africa" in f["sentence"]
                                for f in quoted.facts)


def test_tag_and_starred_filters(fixtures_db_copy):
    db = open_db(fixtures_db_copy)
    morocco = search(db, "bourita").hits[0].id
    escape = search(db, '"escape room"').hits[0].id
    db["tags"].insert_all([{"article_id": morocco, "tag": "Africa"}, {"article_id": escape, "tag": "fires"}])
    db["articles"].update(escape, {"starred": 1})
    assert {MOROCCO} == titles(search(db, "tag:africa"))
    assert {ESCAPE_ROOM} == titles(search(db, "starred"))
    assert {ESCAPE_ROOM} == titles(search(db, "fire starred"))
    assert {CATALONIA, FLORIDA, IRAN_PLANE} == titles(search(db, "fire -starred"))
    assert {MOROCCO, ESCAPE_ROOM} == titles(search(db, "tag:africa OR starred"))
    assert set() == titles(search(db, "tag:europe"))


def test_pages_do_not_overlap_and_the_total_counts_all(db):
    first = search(db, "kill*", limit=3)
    second = search(db, "kill*", limit=3, offset=3)
    assert 3 == len(first.hits) == len(second.hits)
    assert first.total == second.total == len(search(db, "kill*", limit=100).hits)
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert first.elapsed_ms >= 0
    assert [h.id for h in first.hits] == [h.id for h in search_articles(db, "kill*", limit=3)]


@pytest.mark.parametrize("query, message", [
    ('"unbalanced', "unbalanced quote"),
    ('bourita "foreign', "unbalanced quote"),
    ("(fire OR bomb", "unbalanced parenthesis"),
    ("fire)", "unbalanced parenthesis"),
    ("()", "empty parentheses"),
    ("colour:red", "unknown filter colour:"),
    ("OR", "OR needs something"),
    ("fire OR", "OR needs something"),
    ("NOT", "NOT needs something"),
    ("fire AND", "AND needs something"),
    ("person:", "person: needs a value"),
    ("kind:poem", "kind: is one of"),
    ("after:2021-13", "after: wants a date"),
    ("before:yesterday", "before: wants a date"),
    ("&& --", "nothing to search for"),
])
def test_bad_queries_get_a_one_line_message(db, query, message):
    with pytest.raises(SearchError) as caught:
        search(db, query)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_operators_bind_as_in_web_search():
    assert parse_query("a b OR c") == parse_query("a (b OR c)")
    assert parse_query("a -b") == parse_query("a NOT b")
    assert parse_query("a b") == parse_query("a AND b")


def test_facets_count_people_organisations_and_places_among_the_results(db):
    found = facets(db, "person:Trump", limit=3)
    assert ["PERSON", "ORG", "PLACE"] == list(found)
    assert ("Donald Trump", 3) == found["PERSON"][0]
    assert ("United States", 4) == found["PLACE"][0]
    assert all(len(values) <= 3 for values in found.values())
    assert {"PERSON": [], "ORG": [], "PLACE": []} == facets(db, "nothingmatchesthis")
    with pytest.raises(SearchError):
        facets(db, "fire OR")


def test_saved_searches_are_kept_replaced_and_deleted(fixtures_db_copy):
    db = open_db(fixtures_db_copy)
    save_search(db, "Bourita on Africa", "speaker:Bourita africa")
    save_search(db, "fires", "fire -florida")
    save_search(db, "fires", "fire")
    assert [("Bourita on Africa", "speaker:Bourita africa"), ("fires", "fire")] == [
        (s["name"], s["query"]) for s in list_saved_searches(open_db(fixtures_db_copy))]
    with pytest.raises(SearchError):
        save_search(db, "broken", 'fire "')
    with pytest.raises(SearchError):
        save_search(db, "  ", "fire")
    assert delete_saved_search(db, "fires")
    assert not delete_saved_search(db, "fires")
    assert ["Bourita on Africa"] == [s["name"] for s in list_saved_searches(db)]


# ---- the command line -----------------------------------------------------------------------------------


def run_search(db_file, *args: str):
    return CliRunner().invoke(cli, ["search", *args, "--db", str(db_file)])


def test_cli_search_jsonl_rows_carry_article_snippet_and_facts(fixtures_db_file):
    result = run_search(fixtures_db_file, "kind:quote sympathy", "--format", "jsonl")
    assert 0 == result.exit_code, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert 1 == len(rows)
    assert rows[0]["article"]["title"].startswith(ESCAPE_ROOM)
    assert {"id", "title", "published", "url", "path"} <= set(rows[0]["article"])
    assert "**sympathy**" in rows[0]["snippet"]
    assert rows[0]["facts"] and all(f["kind"] == "quote" for f in rows[0]["facts"])


def test_cli_search_csv_and_table_use_the_same_ranking(fixtures_db_file):
    table = run_search(fixtures_db_file, "fire", "--limit", "2")
    assert 0 == table.exit_code, table.output
    assert "4 results in" in table.output
    assert "Catalonia" in table.output
    as_csv = run_search(fixtures_db_file, "fire", "--format", "csv", "--limit", "2")
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    best = [hit.id for hit in search(open_db(fixtures_db_file), "fire", limit=2).hits]
    assert best == [int(row["article_id"]) for row in rows]
    assert {"article_title", "snippet", "facts"} <= set(rows[0])


@pytest.mark.parametrize("query", ['"unbalanced', "colour:red", "OR"])
def test_cli_bad_query_is_one_line_and_exit_two(fixtures_db_file, query):
    result = CliRunner().invoke(cli, ["search", query, "--db", str(fixtures_db_file)])
    assert 2 == result.exit_code
    assert result.output.startswith("Error: bad query: ")
    assert 1 == len(result.output.strip().splitlines())
    assert "Traceback" not in result.output


def test_big_result_sets_stop_counting_and_rank_a_bounded_window(db, monkeypatch):
    import store.search

    monkeypatch.setattr(store.search, "TOTAL_CAP", 3)
    capped = search(db, "kill*", limit=2)
    assert (3, True, "3+") == (capped.total, capped.total_capped, capped.total_text)
    monkeypatch.setattr(store.search, "RANK_WINDOW", 2)
    windowed = search(db, "kill*", limit=10)
    assert 2 == len(windowed.hits)
    assert [h.rank for h in windowed.hits] == sorted(h.rank for h in windowed.hits)


async def test_the_search_bar_shows_a_bad_query_and_keeps_the_last_results(fixtures_db_file):
    from textual.widgets import DataTable, Input

    from tui.app import FactdeskApp

    async def settle(app, pilot):
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()

    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=(150, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"fire -florida")
        await settle(app, pilot)
        table = app.query_one("#articles", DataTable)
        assert 3 == table.row_count
        assert table.border_subtitle.startswith("3 results in")
        await pilot.press(*' "room')
        await settle(app, pilot)
        bar = app.query_one("#search", Input)
        assert "unbalanced quote" in str(bar.border_subtitle)
        assert bar.has_class("-invalid")
        assert 3 == table.row_count
        await pilot.press('"')
        await settle(app, pilot)
        assert not bar.has_class("-invalid")
        assert 1 == table.row_count
