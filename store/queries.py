"""Read-side queries: article lists and pages, an article's mentions and facts, fact and entity listings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from extract.model import FACT_FIELDS, normalise_name


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
    return dict(zip([d[0] for d in cursor.description], row))


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
