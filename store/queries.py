"""Read-side queries: article lists and pages, an article's mentions and facts, fact and entity listings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extract.model import FACT_FIELDS, normalise_name

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the article list."""

    id: int
    title: str
    published: str | None
    source: str | None


def count_articles(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def list_articles(db: sqlite_utils.Database, offset: int = 0, limit: int = 200) -> list[ArticleSummary]:
    """A page of articles, newest first."""
    rows = db.execute(
        "SELECT id, title, published, source FROM articles ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
        [limit, offset],
    ).fetchall()
    return [ArticleSummary(*row) for row in rows]


def get_article(db: sqlite_utils.Database, article_id: int) -> dict[str, Any] | None:
    cursor = db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
    row = cursor.fetchone()
    if row is None:
        return None
    article = dict(zip([d[0] for d in cursor.description], row))
    article["tags"] = [r[0] for r in db.execute(
        "SELECT tag FROM tags WHERE article_id = ? ORDER BY lower(tag)", [article_id]).fetchall()]
    return article


def article_mentions(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    """Every entity mention in an article, in text order, with the entity's canonical name and label."""
    rows = db.execute(
        'SELECT m.start, m."end", m.text, e.id, e.name, e.label FROM mentions m JOIN entities e ON e.id = m.entity_id'
        " WHERE m.article_id = ? ORDER BY m.start",
        [article_id],
    ).fetchall()
    return [dict(start=r[0], end=r[1], text=r[2], entity_id=r[3], name=r[4], label=r[5]) for r in rows]


def _fact_dict(columns: list[str], row: tuple) -> dict[str, Any]:
    raw = dict(zip(columns, row))
    kind = raw["kind"]
    fact: dict[str, Any] = {"id": raw["id"], "kind": kind, "article_id": raw["article_id"],
                            "start": raw["start"], "end": raw["end"], "sentence": raw["sentence"]}
    for name in FACT_FIELDS.get(kind, ()):
        value = raw.get(name)
        if name == "direct" and value is not None:
            value = bool(value)
        if name == "value" and kind == "quantity" and value is not None:
            value = _number(value)
        fact[name] = value
    if "a_title" in raw:
        fact["article"] = {"id": raw["article_id"], "title": raw["a_title"], "published": raw["a_published"],
                           "url": raw["a_url"], "path": raw["a_path"]}
    return fact


def _number(value: Any) -> Any:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    return int(number) if number.is_integer() else number


def article_facts(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    cursor = db.execute('SELECT * FROM facts WHERE article_id = ? ORDER BY start, id', [article_id])
    columns = [d[0] for d in cursor.description]
    return [_fact_dict(columns, row) for row in cursor.fetchall()]


def iter_facts(db: sqlite_utils.Database, kind: str | None = None, entity: str | None = None,
               article: int | None = None) -> Iterator[dict[str, Any]]:
    """Facts with their article, filtered by kind, by an entity named in them (any alias) or by article."""
    where, params = [], []
    if kind:
        where.append("f.kind = ?")
        params.append(kind)
    if article is not None:
        where.append("f.article_id = ?")
        params.append(article)
    if entity:
        names = entity_names(db, entity)
        marks = ", ".join("?" for _ in names)
        where.append(f"(lower(f.speaker) IN ({marks}) OR lower(f.person) IN ({marks}) OR lower(f.org) IN ({marks})"
                     f" OR lower(f.subject) IN ({marks}) OR lower(f.object) IN ({marks}))")
        params.extend(list(names) * 5)
    sql = ("SELECT f.*, a.title AS a_title, a.published AS a_published, a.url AS a_url, a.path AS a_path"
           " FROM facts f JOIN articles a ON a.id = f.article_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published DESC, f.article_id, f.start"
    cursor = db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        yield _fact_dict(columns, row)


def entity_names(db: sqlite_utils.Database, name: str) -> set[str]:
    """The canonical names (lower-cased) of entities whose name or alias is `name`."""
    norm = normalise_name(name)
    rows = db.execute(
        "SELECT name FROM entities WHERE norm = ? UNION"
        " SELECT e.name FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.norm = ?",
        [norm, norm],
    ).fetchall()
    return {row[0].casefold() for row in rows} | {norm}


def iter_entities(db: sqlite_utils.Database, label: str | None = None) -> Iterator[dict[str, Any]]:
    """Entities with their aliases and how often they are mentioned, most mentioned first."""
    sql = ("SELECT e.id, e.name, e.label, count(m.id) AS mentions, count(DISTINCT m.article_id) AS articles,"
           " (SELECT group_concat(alias, '\x1f') FROM aliases WHERE entity_id = e.id) AS aliases"
           " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id")
    params: list[Any] = []
    if label:
        sql += " WHERE e.label = ?"
        params.append(label.upper())
    sql += " GROUP BY e.id ORDER BY mentions DESC, e.name"
    for row in db.execute(sql, params):
        yield {"id": row[0], "name": row[1], "label": row[2], "mentions": row[3], "articles": row[4],
               "aliases": sorted(row[5].split("\x1f")) if row[5] else []}


def iter_import_log(db: sqlite_utils.Database, limit: int = 100) -> Iterator[dict[str, Any]]:
    """The most recent import log entries, newest first."""
    for row in db.execute("SELECT id, path, status, message, time FROM import_log ORDER BY id DESC LIMIT ?", [limit]):
        yield {"id": row[0], "path": row[1], "status": row[2], "message": row[3], "time": row[4]}


# ---- the app's entity page, pickers and lists: every query bounded by a LIMIT and served by an index ----------


def list_labels(db: sqlite_utils.Database) -> list[str]:
    """Entity types present in the database (served by the (label, norm) index)."""
    return [row[0] for row in db.execute("SELECT DISTINCT label FROM entities ORDER BY label")]


def search_entities(db: sqlite_utils.Database, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entities whose canonical name or an alias starts with `text` (or has a word starting with it), most
    mentioned first; candidates are capped before counting so a one-letter query stays fast."""
    norm = normalise_name(text)
    if not norm:
        return []
    escaped = norm.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = db.execute(
        "WITH candidates AS ("
        "  SELECT id FROM entities WHERE norm >= ? AND norm < ? "
        "  UNION SELECT entity_id FROM aliases WHERE norm >= ? AND norm < ? "
        "  UNION SELECT id FROM (SELECT id FROM entities WHERE norm LIKE ? ESCAPE '\\' LIMIT 200)"
        "  LIMIT 400)"
        " SELECT e.id, e.name, e.label, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions"
        " FROM candidates c JOIN entities e ON e.id = c.id ORDER BY mentions DESC, e.name LIMIT ?",
        [norm, norm + "\uffff", norm, norm + "\uffff", f"% {escaped}%", limit],
    ).fetchall()
    return [{"id": r[0], "name": r[1], "label": r[2], "mentions": r[3]} for r in rows]


def entity_profile(db: sqlite_utils.Database, entity_id: int) -> dict[str, Any] | None:
    """An entity's canonical name, label, aliases and how many mentions and articles name it."""
    row = db.execute("SELECT id, name, label FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        return None
    mentions, articles = db.execute(
        "SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id = ?", [entity_id]).fetchone()
    aliases = [r[0] for r in db.execute("SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", [entity_id])]
    return {"id": row[0], "name": row[1], "label": row[2], "aliases": [a for a in aliases if a != row[1]],
            "mentions": mentions, "articles": articles}


def entity_mentions_by_month(db: sqlite_utils.Database, entity_id: int) -> list[tuple[str, int]]:
    """Mentions of an entity per month of publication (YYYY-MM), oldest first; undated articles are left out."""
    rows = db.execute(
        "SELECT substr(a.published, 1, 7) AS month, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE m.entity_id = ? AND a.published IS NOT NULL GROUP BY month ORDER BY month", [entity_id]).fetchall()
    return [(row[0], row[1]) for row in rows]


def co_occurring_entities(db: sqlite_utils.Database, entity_id: int, limit: int = 20,
                          recent_articles: int = 500) -> list[dict[str, Any]]:
    """Entities named in the same articles, ranked by how many articles they share; only the entity's most recent
    `recent_articles` articles are counted, so a very common entity stays fast."""
    rows = db.execute(
        "WITH shared AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?"
        "  ORDER BY article_id DESC LIMIT ?)"
        " SELECT e.id, e.name, e.label, count(DISTINCT m.article_id) AS together"
        " FROM shared s JOIN mentions m ON m.article_id = s.article_id JOIN entities e ON e.id = m.entity_id"
        " WHERE m.entity_id != ? GROUP BY e.id ORDER BY together DESC, e.name LIMIT ?",
        [entity_id, recent_articles, entity_id, limit]).fetchall()
    return [{"id": r[0], "name": r[1], "label": r[2], "articles": r[3]} for r in rows]


_FACT_WITH_ARTICLE = ("SELECT f.*, a.title AS a_title, a.published AS a_published, a.url AS a_url, a.path AS a_path"
                      " FROM facts f JOIN articles a ON a.id = f.article_id")


def _facts(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [_fact_dict(columns, row) for row in cursor.fetchall()]


def entity_quotes(db: sqlite_utils.Database, entity_id: int, limit: int = 50) -> list[dict[str, Any]]:
    """What the entity said: quotes whose speaker is its canonical name (served by the speaker index)."""
    name = db.execute("SELECT name FROM entities WHERE id = ?", [entity_id]).fetchone()
    if name is None:
        return []
    return _facts(db, _FACT_WITH_ARTICLE + " WHERE f.speaker = ? AND f.kind = 'quote'"
                  " ORDER BY a.published DESC, f.article_id DESC, f.start LIMIT ?", [name[0], limit])


def entity_facts(db: sqlite_utils.Database, entity_id: int, limit: int = 50) -> list[dict[str, Any]]:
    """Facts about the entity: facts (other than its own quotes) whose evidence contains one of its mentions,
    from its most recent articles."""
    return _facts(db, _FACT_WITH_ARTICLE + " WHERE f.id IN ("
                  " SELECT DISTINCT f2.id FROM (SELECT article_id, start, \"end\" FROM mentions WHERE entity_id = ?"
                  "  ORDER BY article_id DESC LIMIT 2000) m"
                  " JOIN facts f2 ON f2.article_id = m.article_id AND f2.start <= m.start AND f2.\"end\" >= m.\"end\""
                  " WHERE f2.speaker_entity_id IS NOT ? OR f2.kind != 'quote')"
                  " ORDER BY a.published DESC, f.article_id DESC, f.start LIMIT ?", [entity_id, entity_id, limit])


def entity_articles(db: sqlite_utils.Database, entity_id: int, offset: int = 0,
                    limit: int = 100) -> list[ArticleSummary]:
    """A page of the articles that mention the entity, newest first."""
    rows = db.execute(
        "SELECT a.id, a.title, a.published, a.source FROM articles a"
        " WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?", [entity_id, limit, offset]).fetchall()
    return [ArticleSummary(*row) for row in rows]


def search_titles(db: sqlite_utils.Database, text: str, limit: int = 20) -> list[ArticleSummary]:
    """Articles whose title has every word of `text` (the last one as a prefix), through the FTS index."""
    import re

    words = re.findall(r"\w+", text)
    if not words:
        return []
    match = " ".join(f'title : "{word}"' for word in words[:-1])
    match = (match + f' title : "{words[-1]}"*').strip()
    rows = db.execute(
        "SELECT a.id, a.title, a.published, a.source FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?", [match, limit]).fetchall()
    return [ArticleSummary(*row) for row in rows]
