"""The SQLite store: schema, WAL, atomic writes, dedup by content, FTS kept in sync."""

from __future__ import annotations

from extract.model import Article, Extraction, Fact, Mention
from store import open_db, save_extraction
from store.queries import article_facts, article_mentions, count_articles, get_article, iter_entities
from store.schema import MIGRATIONS, schema_version


def sample_extraction() -> Extraction:
    body = "Foreign Minister Nasser Bourita said the talks went well. Bourita left."
    article = Article(title="Talks", body=body, published="2021-03-31", source="Sputnik", path="talks.txt")
    return Extraction(
        article=article,
        mentions=[Mention(17, 31, "Nasser Bourita", "PERSON", "Nasser Bourita"),
                  Mention(58, 65, "Bourita", "PERSON", "Nasser Bourita")],
        aliases={("PERSON", "Nasser Bourita"): {"Bourita"}},
        facts=[Fact("quote", 37, 56, body[:57], {"speaker": "Nasser Bourita", "speaker_text": "Nasser Bourita",
                                                  "cue": "said", "content": "the talks went well", "direct": False})],
    )


def test_database_is_wal_with_current_schema(tmp_path):
    db = open_db(tmp_path / "x.db")
    assert "wal" == db.execute("PRAGMA journal_mode").fetchone()[0]
    assert len(MIGRATIONS) == schema_version(db)
    assert {"articles", "entities", "aliases", "mentions", "facts", "tags", "corrections", "import_log",
            "articles_fts", "facts_fts"} <= set(db.table_names())


def test_round_trip_keeps_article_mentions_and_facts(fresh_db):
    article_id, created = save_extraction(fresh_db, sample_extraction())
    assert created
    stored = get_article(fresh_db, article_id)
    assert "Talks" == stored["title"]
    assert "2021-03-31" == stored["published"]
    mentions = article_mentions(fresh_db, article_id)
    assert [("Nasser Bourita", "PERSON")] * 2 == [(m["name"], m["label"]) for m in mentions]
    assert "Bourita" == stored["body"][mentions[1]["start"]:mentions[1]["end"]]
    [quote] = article_facts(fresh_db, article_id)
    assert ("Nasser Bourita", "the talks went well", False) == (quote["speaker"], quote["content"], quote["direct"])
    [entity] = list(iter_entities(fresh_db))
    assert (["Bourita"], 2, 1) == (entity["aliases"], entity["mentions"], entity["articles"])


def test_same_content_twice_is_stored_once(fresh_db):
    first = save_extraction(fresh_db, sample_extraction())
    second = save_extraction(fresh_db, sample_extraction())
    assert (first[0], False) == second
    assert 1 == count_articles(fresh_db)
    assert 2 == fresh_db.execute("SELECT count(*) FROM mentions").fetchone()[0]


def test_full_text_index_follows_the_articles_table(fresh_db):
    article_id, _ = save_extraction(fresh_db, sample_extraction())
    match = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
    assert [(article_id,)] == fresh_db.execute(match, ["talk"]).fetchall()  # porter stemming: talk finds talks
    fresh_db.execute("DELETE FROM facts")
    fresh_db.execute("DELETE FROM mentions")
    fresh_db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    assert [] == fresh_db.execute(match, ["talks"]).fetchall()


def test_failed_write_leaves_nothing_behind(fresh_db):
    broken = sample_extraction()
    broken.facts.append(Fact("quote", 0, 1, "x", {"no_such_column": 1}))
    try:
        save_extraction(fresh_db, broken)
    except Exception:
        pass
    assert 0 == count_articles(fresh_db)
    assert 0 == fresh_db.execute("SELECT count(*) FROM mentions").fetchone()[0]


def test_reopening_runs_no_migration_twice(tmp_path):
    open_db(tmp_path / "x.db").close()
    db = open_db(tmp_path / "x.db")
    assert len(MIGRATIONS) == schema_version(db)
