"""Runs search-language queries on the store: BM25-ranked articles with highlighted snippets, matching facts, facets."""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from extract.model import normalise_name
from store.queries import _fact_dict
from store.query_language import And, Filter, Node, Not, Or, SearchError, Term, parse_query
from store.write import now_iso

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["SearchError", "SearchHit", "SearchResults", "search", "facets", "search_articles",
           "save_search", "list_saved_searches", "delete_saved_search", "optimize_search_index"]

# Counting stops here: "1000+" costs a bounded scan however many articles match.
TOTAL_CAP = 1000
# Facets count the entities of the best-ranked results up to this many articles.
FACET_SAMPLE = 500
# Titles weigh five times the body in BM25 (a constant, never user text).
ARTICLE_RANK = "bm25(5.0, 1.0)"
SNIPPET_TOKENS = 32
LEAD_CHARS = 240
FACET_LABELS = {"PERSON": ("PERSON",), "ORG": ("ORG",), "PLACE": ("GPE", "LOC")}
ENTITY_FILTER_LABELS = {"entity": (), "person": ("PERSON",), "org": ("ORG",), "place": ("GPE", "LOC")}
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"
RANK_WINDOW = 2000
# BM25 over the facts' eleven columns costs more per row: rank fewer of them.
FACT_RANK_WINDOW = 500
_ARTICLE_COLUMN = re.compile(r"\ba\.\w+")


@dataclass(frozen=True)
class SearchHit:
    """One matching article: its rank (BM25, lower is better), a snippet (matches in \\x02...\\x03), its matching facts."""

    id: int
    title: str
    published: str | None
    source: str | None
    url: str | None
    path: str | None
    snippet: str
    rank: float | None
    facts: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SearchResults:
    """A page of hits, how many articles match in all (capped at TOTAL_CAP) and the time taken."""

    hits: list[SearchHit]
    total: int
    elapsed_ms: float
    total_capped: bool = False

    @property
    def total_text(self) -> str:
        """The count for people: "27", or "1000+" when counting stopped at the cap."""
        return f"{self.total}+" if self.total_capped else str(self.total)


@dataclass
class _Plan:
    """A parsed query turned into SQL pieces; every user value is in the params lists."""

    article_text: str | None = None  # FTS5 expression run on articles_fts (ranked)
    fact_mode: bool = False  # kind: at the top level: the text is searched in the facts
    fact_text: str | None = None  # FTS5 expression run on facts_fts
    conditions: list[str] = field(default_factory=list)  # on articles `a`
    params: list[Any] = field(default_factory=list)
    fact_conditions: list[str] = field(default_factory=list)  # on facts `f`
    fact_params: list[Any] = field(default_factory=list)
    entity_ids: list[int] = field(default_factory=list)  # for snippets around a mention

    def where(self) -> tuple[str, list[Any]]:
        return " AND ".join(self.conditions) or "1", list(self.params)

    def needs_article_row(self) -> bool:
        """Whether a condition reads a column of the article other than its id (source, date, star)."""
        return any(_ARTICLE_COLUMN.search(condition.replace("a.id", "")) for condition in self.conditions)

    def fact_where(self) -> tuple[str, list[Any]]:
        return " AND ".join(self.fact_conditions) or "1", list(self.fact_params)


# ---- from the syntax tree to FTS5 expressions and SQL conditions ------------------------------------------


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _fts(node: Node) -> str | None:
    """The FTS5 expression for a subtree made only of text, or None if it holds filters or a bare NOT."""
    if isinstance(node, Term):
        return _fts_string(node.text) + ("*" if node.prefix else "")
    if isinstance(node, Or):
        parts = [_fts(child) for child in node.children]
        return None if None in parts else "(" + " OR ".join(parts) + ")"
    if isinstance(node, And):
        positives = [_fts(child) for child in node.children if not isinstance(child, Not)]
        negatives = [_fts(child.child) for child in node.children if isinstance(child, Not)]
        if not positives or None in positives or None in negatives:
            return None
        return _text_expression(positives, negatives)
    return None


def _text_expression(positives: list[str], negatives: list[str]) -> str | None:
    if not positives:
        return None
    expression = "(" + " AND ".join(positives) + ")"
    if negatives:
        expression = f"({expression} NOT ({' OR '.join(negatives)}))"
    return expression


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


def _like_pattern(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _entity_ids(db: sqlite_utils.Database, name: str, labels: tuple[str, ...]) -> list[int]:
    """Entities named `name` (canonical name or any alias), else those whose name contains it as whole words."""
    norm = normalise_name(name)
    label_sql = f" AND e.label IN ({_marks(labels)})" if labels else ""
    rows = db.execute(
        f"SELECT e.id FROM entities e WHERE e.norm = ?{label_sql}"
        f" UNION SELECT e.id FROM aliases al JOIN entities e ON e.id = al.entity_id WHERE al.norm = ?{label_sql}",
        [norm, *labels, norm, *labels],
    ).fetchall()
    if not rows:
        rows = db.execute(
            f"SELECT e.id FROM entities e WHERE (' ' || e.norm || ' ') LIKE ? ESCAPE '\\'{label_sql} LIMIT 200",
            [_like_pattern(f" {norm} "), *labels],
        ).fetchall()
    return sorted(row[0] for row in rows)


def _speaker_names(db: sqlite_utils.Database, name: str) -> tuple[list[int], list[str]]:
    """The entity ids and the names (canonical, and as typed) a speaker: filter stands for."""
    ids = _entity_ids(db, name, ())
    names = [row[0] for row in db.execute(f"SELECT name FROM entities WHERE id IN ({_marks(ids)})", ids)]
    return ids, sorted(set(names) | {name})


def _speaker_condition(db: sqlite_utils.Database, name: str) -> tuple[str, list[Any]]:
    """Quotes (facts `f`) whose speaker is `name` or one of its aliases."""
    ids, names = _speaker_names(db, name)
    id_sql = f"f.speaker_entity_id IN ({_marks(ids)}) OR " if ids else ""
    return (f"(f.kind = 'quote' AND ({id_sql}f.speaker IN ({_marks(names)})))",
            [*ids, *names])


def _speaker_text(db: sqlite_utils.Database, name: str) -> str:
    """An FTS5 clause on the facts' speaker column implied by speaker:NAME, so the full-text index narrows first."""
    _, names = _speaker_names(db, name)
    return "(speaker : (" + " OR ".join(_fts_string(n) for n in names if _fts_string(n) != '""') + "))"


def _filter_condition(db: sqlite_utils.Database, node: Filter) -> tuple[str, list[Any]]:
    name, value = node.name, node.value
    if name in ENTITY_FILTER_LABELS:
        ids = _entity_ids(db, value, ENTITY_FILTER_LABELS[name])
        if not ids:
            return "0", []
        return f"a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN ({_marks(ids)}))", ids
    if name == "speaker":
        condition, params = _speaker_condition(db, value)
        return f"a.id IN (SELECT f.article_id FROM facts f WHERE {condition})", params
    if name == "kind":
        return "EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id AND f.kind = ?)", [value]
    if name in ("source", "author"):
        return f"a.{name} LIKE ? ESCAPE '\\'", [_like_pattern(value)]
    if name == "after":
        return "a.published >= ?", [value]
    if name == "before":
        return "a.published < ?", [value]
    if name == "tag":
        return "a.id IN (SELECT t.article_id FROM tags t WHERE t.tag = ? COLLATE NOCASE)", [value]
    if name == "starred":
        return "a.starred = 1", []
    raise SearchError(f"unknown filter {name}:")


def _condition(db: sqlite_utils.Database, node: Node) -> tuple[str, list[Any]]:
    """An SQL condition on the article `a` for any subtree (text becomes an FTS5 subquery)."""
    text = _fts(node)
    if text is not None:
        return "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [text]
    if isinstance(node, Filter):
        return _filter_condition(db, node)
    if isinstance(node, Not):
        inner, params = _condition(db, node.child)
        # A NULL column (no date, no source) must count as "not matching", so NOT keeps the article.
        return f"NOT coalesce(({inner}), 0)", params
    if isinstance(node, (And, Or)):
        joiner = " AND " if isinstance(node, And) else " OR "
        parts, params = [], []
        for child in node.children:
            sql, child_params = _condition(db, child)
            parts.append(sql)
            params.extend(child_params)
        return "(" + joiner.join(parts) + ")", params
    raise SearchError("cannot search for that")


def _kinds(node: Node) -> set[str] | None:
    """The fact kinds if `node` is kind:X or an OR of kind: filters, else None."""
    if isinstance(node, Filter) and node.name == "kind":
        return {node.value}
    if isinstance(node, Or) and all(isinstance(c, Filter) and c.name == "kind" for c in node.children):
        return {c.value for c in node.children}
    return None


def _plan(db: sqlite_utils.Database, root: Node | None) -> _Plan:
    plan = _Plan()
    conjuncts = list(root.children) if isinstance(root, And) else ([root] if root is not None else [])
    positives: list[str] = []
    negatives: list[str] = []
    kind_sets: list[set[str]] = []
    speakers: list[tuple[str, list[Any]]] = []
    speaker_nodes: list[Filter] = []
    rest: list[Node] = []
    for node in conjuncts:
        text = _fts(node)
        negative = _fts(node.child) if isinstance(node, Not) else None
        kinds = _kinds(node)
        if text is not None:
            positives.append(text)
        elif negative is not None:
            negatives.append(negative)
        elif kinds is not None:
            kind_sets.append(kinds)
        elif isinstance(node, Filter) and node.name == "speaker":
            speakers.append(_speaker_condition(db, node.value))
            speaker_nodes.append(node)
        else:
            rest.append(node)
            if isinstance(node, Filter) and node.name in ENTITY_FILTER_LABELS:
                plan.entity_ids.extend(_entity_ids(db, node.value, ENTITY_FILTER_LABELS[node.name]))
    text = _text_expression(positives, negatives)
    excluded = " OR ".join(negatives) if negatives and not positives else None
    for condition, params in speakers:
        plan.fact_conditions.append(condition)
        plan.fact_params.extend(params)
    plan.fact_text = text
    if kind_sets and text:
        # Quotes by a speaker are few: let FTS5 intersect them with the words before any row is read.
        plan.fact_text = _text_expression([_speaker_text(db, node.value) for node in speaker_nodes] + positives,
                                          negatives)
    if kind_sets:
        plan.fact_mode = True
        kinds = sorted(set.intersection(*kind_sets))
        plan.fact_conditions.insert(0, f"f.kind IN ({_marks(kinds)})" if kinds else "0")
        plan.fact_params[:0] = kinds
        if excluded:
            plan.fact_conditions.append("f.id NOT IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)")
            plan.fact_params.append(excluded)
    else:
        plan.article_text = text
        if excluded:
            plan.conditions.append("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            plan.params.append(excluded)
        for condition, params in speakers:
            plan.conditions.append(f"a.id IN (SELECT f.article_id FROM facts f WHERE {condition})")
            plan.params.extend(params)
    for node in rest:
        condition, params = _condition(db, node)
        plan.conditions.append(condition)
        plan.params.extend(params)
    return plan


# ---- SQL for the ranked page and the count --------------------------------------------------------------


def _articles_join(plan: _Plan, id_column: str) -> tuple[str, str, list[Any]]:
    """The join to `articles a` (only when a condition reads more than its id) and the WHERE conditions."""
    where, params = plan.where()
    # The unary + keeps SQLite from driving the full-text table by each id of an IN list (one costly FTS5
    # lookup per id): scanning the matches and probing the list is far cheaper.
    where = where.replace("a.id IN", "+a.id IN")
    if not plan.needs_article_row():
        return "", where.replace("a.id", id_column), params
    return f" CROSS JOIN articles a ON a.id = {id_column}", where, params


def _ranked_sql(plan: _Plan) -> tuple[str, list[Any]]:
    """Rows (article_id, best) best first; the caller adds LIMIT and OFFSET.

    BM25 costs a little for every matching row, so when more than RANK_WINDOW articles match, only the
    RANK_WINDOW most recently imported are ranked: the cost stays bounded however common the words are.
    """
    if plan.fact_mode and plan.fact_text:
        fact_where, fact_params = plan.fact_where()
        join, where, params = _articles_join(plan, "f.article_id")
        return ("SELECT article_id, min(best) AS best FROM (SELECT f.article_id AS article_id,"
                f" facts_fts.rank AS best FROM facts_fts CROSS JOIN facts f ON f.id = facts_fts.rowid{join}"
                f" WHERE facts_fts MATCH ? AND {fact_where} AND {where}"
                f" ORDER BY facts_fts.rowid DESC LIMIT {FACT_RANK_WINDOW})"
                " GROUP BY article_id ORDER BY best, article_id DESC"), [plan.fact_text, *fact_params, *params]
    where, params = plan.where()
    if plan.fact_mode:
        fact_where, fact_params = plan.fact_where()
        return ("SELECT a.id AS article_id, NULL AS best FROM articles a"
                f" WHERE EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id AND {fact_where}) AND {where}"
                " ORDER BY a.published DESC, a.id DESC"), [*fact_params, *params]
    if plan.article_text:
        join, where, params = _articles_join(plan, "articles_fts.rowid")
        return ("SELECT article_id, best FROM (SELECT articles_fts.rowid AS article_id, articles_fts.rank AS best"
                f" FROM articles_fts{join} WHERE articles_fts MATCH ? AND articles_fts.rank MATCH '{ARTICLE_RANK}'"
                f" AND {where} ORDER BY articles_fts.rowid DESC LIMIT {RANK_WINDOW})"
                " ORDER BY best, article_id DESC"), [plan.article_text, *params]
    return ("SELECT a.id AS article_id, NULL AS best FROM articles a"
            f" WHERE {where} ORDER BY a.published DESC, a.id DESC"), params


def _matching_ids_sql(plan: _Plan) -> tuple[str, list[Any]]:
    """Every matching article id, unordered (cheap to count)."""
    if plan.fact_mode and plan.fact_text:
        fact_where, fact_params = plan.fact_where()
        join, where, params = _articles_join(plan, "f.article_id")
        return ("SELECT DISTINCT f.article_id FROM facts_fts CROSS JOIN facts f ON f.id = facts_fts.rowid"
                f"{join} WHERE facts_fts MATCH ? AND {fact_where} AND {where}"), [plan.fact_text, *fact_params,
                                                                                  *params]
    if plan.article_text:
        join, where, params = _articles_join(plan, "articles_fts.rowid")
        return (f"SELECT articles_fts.rowid FROM articles_fts{join} WHERE articles_fts MATCH ? AND {where}",
                [plan.article_text, *params])
    sql, params = _ranked_sql(plan)
    return sql.rsplit(" ORDER BY ", 1)[0], params


def _run(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[tuple]:
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        message = str(error)
        if "fts5" in message or "MATCH" in message:
            raise SearchError(f"cannot search for that: {message}") from None
        raise


# ---- hits: snippets and facts ----------------------------------------------------------------------------


def _lead(text: str) -> str:
    """The first words of a body, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= LEAD_CHARS:
        return text
    return text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"


def _mention_snippet(db: sqlite_utils.Database, article_id: int, entity_ids: list[int]) -> str | None:
    row = db.execute(
        f'SELECT m.start, m."end" FROM mentions m WHERE m.article_id = ? AND m.entity_id IN ({_marks(entity_ids)})'
        " ORDER BY m.start LIMIT 1", [article_id, *entity_ids]).fetchone()
    if row is None:
        return None
    start, end = row
    window_start = max(0, start - LEAD_CHARS // 2)
    body = db.execute("SELECT substr(body, ?, ?) FROM articles WHERE id = ?",
                      [window_start + 1, end - window_start + LEAD_CHARS // 2, article_id]).fetchone()[0] or ""
    before, match, after = body[:start - window_start], body[start - window_start:end - window_start], \
        body[end - window_start:]
    before = ("… " + before.split(" ", 1)[-1]) if window_start > 0 else before
    after = after.rsplit(" ", 1)[0] + " …" if len(after) >= LEAD_CHARS // 2 else after
    return " ".join(f"{before}{HIGHLIGHT_START}{match}{HIGHLIGHT_END}{after}".split())


def _snippets(db: sqlite_utils.Database, plan: _Plan, article_ids: list[int]) -> dict[int, str]:
    """Body snippets with the matches highlighted, made only for the page shown."""
    if not plan.article_text or not article_ids:
        return {}
    # One FTS5 pass over the page's rowid range (probing the page ids) costs far less than one lookup per id,
    # which would expand prefix terms again each time.
    rows = db.execute(f"SELECT rowid, snippet(articles_fts, 1, char(2), char(3), '…', {SNIPPET_TOKENS})"
                      " FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?"
                      f" AND +rowid IN ({_marks(article_ids)})",
                      [plan.article_text, min(article_ids), max(article_ids), *article_ids]).fetchall()
    return dict(rows)


def _matching_facts(db: sqlite_utils.Database, plan: _Plan, article_ids: list[int],
                    text: str | None) -> dict[int, list[tuple[dict[str, Any], str]]]:
    """Per article, its facts that satisfy the plan's fact conditions (and `text`), with highlighted sentences."""
    fact_where, fact_params = plan.fact_where()
    marks = _marks(article_ids)
    if text:
        # The page's facts lie in one rowid range: one FTS5 pass over it, probing the page's fact ids.
        low, high = db.execute(f"SELECT min(id), max(id) FROM facts WHERE article_id IN ({marks})",
                               article_ids).fetchone()
        if low is None:
            return {}
        cursor = db.execute(
            "SELECT f.*, highlight(facts_fts, 0, char(2), char(3)) AS highlighted FROM facts_fts"
            " CROSS JOIN facts f ON f.id = facts_fts.rowid WHERE facts_fts MATCH ? AND facts_fts.rowid BETWEEN ? AND ?"
            f" AND +facts_fts.rowid IN (SELECT id FROM facts WHERE article_id IN ({marks})) AND {fact_where}"
            " ORDER BY f.article_id, f.start, f.id", [text, low, high, *article_ids, *fact_params])
    else:
        cursor = db.execute(f"SELECT f.*, f.sentence AS highlighted FROM facts f WHERE f.article_id IN ({marks})"
                            f" AND {fact_where} ORDER BY f.article_id, f.start, f.id", [*article_ids, *fact_params])
    columns = [d[0] for d in cursor.description]
    found: dict[int, list[tuple[dict[str, Any], str]]] = {}
    for row in cursor.fetchall():
        fact = _fact_dict(columns, row)
        found.setdefault(fact["article_id"], []).append((fact, row[-1] or ""))
    return found


def _facts_by_article(db: sqlite_utils.Database, plan: _Plan,
                      article_ids: list[int]) -> dict[int, list[tuple[dict[str, Any], str]]]:
    if not article_ids:
        return {}
    if plan.fact_mode:
        return _matching_facts(db, plan, article_ids, plan.fact_text)
    if plan.fact_conditions:  # speaker: the quotes by that speaker, those about the words if there are some
        every = _matching_facts(db, plan, article_ids, None)
        about = _matching_facts(db, plan, article_ids, plan.fact_text) if plan.fact_text else {}
        return {article_id: about.get(article_id) or facts for article_id, facts in every.items()}
    if plan.fact_text:
        return _matching_facts(db, plan, article_ids, plan.fact_text)
    return {}


def _hits(db: sqlite_utils.Database, plan: _Plan, rows: list[tuple]) -> list[SearchHit]:
    ids = [row[0] for row in rows]
    if not ids:
        return []
    articles = {row[0]: row for row in db.execute(
        "SELECT id, title, published, source, url, path, substr(body, 1, ?) FROM articles"
        f" WHERE id IN ({_marks(ids)})", [LEAD_CHARS * 2, *ids])}
    snippets = _snippets(db, plan, ids)
    facts_by_article = _facts_by_article(db, plan, ids)
    hits = []
    for article_id, rank in rows:
        article = articles[article_id]
        facts = facts_by_article.get(article_id, [])
        snippet = snippets.get(article_id)
        if snippet is None and facts:
            snippet = " ".join(facts[0][1].split())
        if snippet is None and plan.entity_ids:
            snippet = _mention_snippet(db, article_id, plan.entity_ids)
        if snippet is None:
            snippet = _lead(article[6] or "")
        hits.append(SearchHit(article_id, article[1], article[2], article[3], article[4], article[5],
                              " ".join(snippet.split()),
                              rank, [fact for fact, _ in facts]))
    return hits


# ---- the public API -------------------------------------------------------------------------------------


def search(db: sqlite_utils.Database, query: str, limit: int = 50, offset: int = 0) -> SearchResults:
    """Articles matching `query` in the search language, best first; raises SearchError for a bad query."""
    started = time.perf_counter()
    plan = _plan(db, parse_query(query))
    limit, offset = max(0, int(limit)), max(0, int(offset))
    sql, params = _ranked_sql(plan)
    rows = _run(db, f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])
    if len(rows) < limit and (rows or offset == 0):
        total, capped = offset + len(rows), False
    else:
        count_sql, count_params = _matching_ids_sql(plan)
        counted = _run(db, f"SELECT count(*) FROM ({count_sql} LIMIT ?)", [*count_params, TOTAL_CAP + 1])[0][0]
        total, capped = min(counted, TOTAL_CAP), counted > TOTAL_CAP
    hits = _hits(db, plan, rows)
    return SearchResults(hits, total, (time.perf_counter() - started) * 1000, capped)


def facets(db: sqlite_utils.Database, query: str, limit: int = 10) -> dict[str, list[tuple[str, int]]]:
    """The people, organisations and places (GPE and LOC) most often mentioned among the results of `query`.

    Each facet lists (canonical name, number of result articles mentioning it), most frequent first,
    counted over the best FACET_SAMPLE results.
    """
    plan = _plan(db, parse_query(query))
    sql, params = _ranked_sql(plan)
    labels = [label for group in FACET_LABELS.values() for label in group]
    rows = _run(db, "SELECT e.label, e.name, counted.articles FROM (SELECT m.entity_id,"
                    " count(DISTINCT m.article_id) AS articles FROM mentions m"
                    f" WHERE m.article_id IN (SELECT article_id FROM ({sql} LIMIT ?)) GROUP BY m.entity_id) AS counted"
                    f" JOIN entities e ON e.id = counted.entity_id WHERE e.label IN ({_marks(labels)})"
                    " ORDER BY counted.articles DESC, e.name", [*params, FACET_SAMPLE, *labels])
    result: dict[str, list[tuple[str, int]]] = {facet: [] for facet in FACET_LABELS}
    for label, name, count in rows:
        facet = next(facet for facet, group in FACET_LABELS.items() if label in group)
        # A place can be both a GPE and a LOC: list its name once, with the larger count (rows come largest first).
        if len(result[facet]) < limit and name not in {seen for seen, _ in result[facet]}:
            result[facet].append((name, count))
    return result


def search_articles(db: sqlite_utils.Database, query: str, limit: int = 100, offset: int = 0) -> list[SearchHit]:
    """The hits of `search` alone (kept for callers that need no count)."""
    return search(db, query, limit=limit, offset=offset).hits


def optimize_search_index(db: sqlite_utils.Database) -> None:
    """Merge the full-text indexes into one segment each and refresh the planner's statistics (after bulk loads)."""
    with db.conn:
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        db.execute("INSERT INTO facts_fts(facts_fts) VALUES ('optimize')")
    db.execute("ANALYZE")


# ---- saved searches --------------------------------------------------------------------------------------


def save_search(db: sqlite_utils.Database, name: str, query: str) -> None:
    """Save (or replace) a named query; the query must parse."""
    name = " ".join((name or "").split())
    if not name:
        raise SearchError("a saved search needs a name")
    parse_query(query)
    with db.conn:
        db.execute("INSERT INTO saved_searches (name, query, saved_at) VALUES (?, ?, ?)"
                   " ON CONFLICT(name) DO UPDATE SET query = excluded.query, saved_at = excluded.saved_at",
                   [name, query, now_iso()])


def list_saved_searches(db: sqlite_utils.Database) -> list[dict[str, str]]:
    """Every saved search as {name, query, saved_at}, by name."""
    rows = db.execute("SELECT name, query, saved_at FROM saved_searches ORDER BY name COLLATE NOCASE").fetchall()
    return [{"name": row[0], "query": row[1], "saved_at": row[2]} for row in rows]


def delete_saved_search(db: sqlite_utils.Database, name: str) -> bool:
    """Forget a saved search; returns whether it existed."""
    with db.conn:
        return db.execute("DELETE FROM saved_searches WHERE name = ?", [name]).rowcount > 0
