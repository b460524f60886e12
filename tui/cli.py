"""The `factdesk` command line: open the app, import files, list facts and entities, search, read the import log."""

from __future__ import annotations

import re
import sys

import click
from rich.text import Text

from tui.output import FORMATS, write_rows
from tui.safe import plain

FACT_KINDS = ("quote", "quantity", "role", "event", "date")


def _db_option(function):
    return click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
                        help="Database file (default: $FACTDESK_DB, else factdesk.db in your data folder).")(function)


def _format_option(function):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="table for people, jsonl or csv for scripts.")(function)


def _resolve_db_path(db_path: str | None) -> str:
    from store.db import default_db_path

    return db_path or str(default_db_path())


def _open(db_path: str | None):
    from store import open_db

    path = _resolve_db_path(db_path)
    try:
        return open_db(path)
    except Exception as error:  # a corrupt or unreadable file: one line, exit 2
        raise click.UsageError(f"cannot open database {path}: {error}") from None


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@_db_option
@click.pass_context
def cli(ctx: click.Context, db_path: str | None) -> None:
    """factdesk: read the news as an analyst.

    Without a command, opens the full-screen app on the database. Keys in the app:
    / search, tab next pane, enter open, ? help, q quit.
    """
    ctx.ensure_object(dict)
    if ctx.invoked_subcommand is None:
        from tui.app import FactdeskApp

        path = _resolve_db_path(db_path)
        _open(path).close()
        FactdeskApp(db_path=path).run()


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_db_option
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes (one writer).")
@click.option("--model", default=None, help="spaCy model (default: $FACTDESK_MODEL, en_core_web_sm, or its mirror).")
def import_command(paths: tuple[str, ...], db_path: str | None, jobs: int, model: str | None) -> None:
    """Import article files, folders and zip archives into the database.

    Formats: .txt, .md, .html, .pdf, .docx, .json, .jsonl, .csv, .tsv, .eml, .mbox, .zip (chosen by
    content as well as by extension); files over 50 MB are refused.

    Each article is stored with its entities and facts in one transaction; content already
    present is skipped, and so is a folder's own README or LICENSE (name it to import it). Exits 1 when
    some files failed (the others are still imported).
    """
    from extract.nlp import ModelNotFound
    from tui.importing import import_paths

    db = _open(db_path)
    try:
        summary = _run_import(db, paths, model, jobs)
    except ModelNotFound as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)
    finally:
        db.close()
    for path in summary.skipped:
        click.echo(f"skipped: {plain(str(path), newlines=False)}: the folder's documentation, not an article"
                   " (name the file to import it)", err=True)
    for path, message in summary.failed:
        click.echo(f"failed: {plain(path, newlines=False)}: {plain(message, newlines=False)}", err=True)
    click.echo(f"{summary.imported} imported, {summary.present} already present, {len(summary.failed)} failed")
    sys.exit(1 if summary.failed else 0)


def _run_import(db, paths, model, jobs):
    from tui.importing import import_paths

    if not sys.stderr.isatty():
        return import_paths(db, paths, model=model, jobs=jobs)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), transient=True) as bar:
        task = bar.add_task("", total=None)

        def on_progress(done: int, total: int, current: str) -> None:
            bar.update(task, completed=done, total=total, description=plain(current, newlines=False)[-60:])

        return import_paths(db, paths, model=model, jobs=jobs, progress=on_progress)


def _article_label(row: dict) -> str:
    article = row.get("article") or {}
    return f"{article.get('id')}: {(article.get('title') or '')[:40]}"


def _fact_summary(row: dict) -> str:
    kind = row["kind"]
    if kind == "quote":
        mark = '"' if row.get("direct") else ""
        return f"{row.get('speaker') or row.get('speaker_text') or '?'} {row.get('cue') or ''}: {mark}{row.get('content')}{mark}"
    if kind == "quantity":
        return f"{row.get('text')} ({row.get('value')} {row.get('unit') or ''}) {row.get('about') or ''}".strip()
    if kind == "role":
        return " · ".join(str(row.get(k) or "") for k in ("person", "role", "org"))
    if kind == "event":
        return " · ".join(str(row.get(k) or "") for k in ("subject", "verb", "object"))
    if kind == "date":
        return f"{row.get('text')} → {row.get('value')} ({row.get('granularity')})"
    return row.get("sentence") or ""


@cli.command("facts")
@_db_option
@_format_option
@click.option("--kind", type=click.Choice(FACT_KINDS), default=None, help="Only facts of this kind.")
@click.option("--entity", default=None, help="Only facts naming this entity (canonical name or alias).")
@click.option("--article", type=int, default=None, help="Only facts of this article id.")
def facts_command(db_path, fmt, kind, entity, article) -> None:
    """List extracted facts: quotes, quantities, roles, events and dates, with their article."""
    from store.queries import iter_facts

    db = _open(db_path)
    write_rows(iter_facts(db, kind=kind, entity=entity, article=article), fmt,
               [("kind", "kind"), ("article", _article_label), ("fact", _fact_summary)])


@cli.command("entities")
@_db_option
@_format_option
@click.option("--label", default=None, help="Only this type: PERSON, ORG, GPE, LOC, NORP, ...")
def entities_command(db_path, fmt, label) -> None:
    """List entities with their type, aliases and how often they are mentioned."""
    from store.queries import iter_entities

    db = _open(db_path)
    write_rows(iter_entities(db, label=label), fmt,
               [("name", "name"), ("label", "label"), ("mentions", "mentions"), ("articles", "articles"),
                ("aliases", lambda r: ", ".join(r["aliases"]))])


def _highlighted(snippet: str, style: str = "bold reverse") -> Text:
    """A search snippet as rich Text: the matched words (between \\x02 and \\x03) styled, the rest made safe."""
    text = Text()
    for number, piece in enumerate(re.split(r"[\x02\x03]", snippet or "")):
        text.append(plain(piece, newlines=False), style=style if number % 2 else "")
    return text


def _marked(snippet: str) -> str:
    """A search snippet for scripts: the matched words wrapped in **...**."""
    return (snippet or "").replace("\x02", "**").replace("\x03", "**")


def _search_row(hit, fmt: str) -> dict:
    article = {"id": hit.id, "title": hit.title, "published": hit.published, "url": hit.url, "path": hit.path}
    if fmt == "jsonl":
        return {"article": article, "source": hit.source, "rank": hit.rank, "snippet": _marked(hit.snippet),
                "facts": hit.facts}
    if fmt == "csv":
        return {"article": article, "source": hit.source, "rank": hit.rank, "snippet": _marked(hit.snippet),
                "facts": " | ".join(_fact_summary(fact) for fact in hit.facts)}
    return {"id": hit.id, "published": hit.published or "", "title": hit.title,
            "snippet": _highlighted(hit.snippet),
            "facts": Text("\n").join(Text(plain(f"{fact['kind']}: {_fact_summary(fact)}", newlines=False)[:100])
                                     for fact in hit.facts[:3])}


@cli.command("search")
@click.argument("query")
@_db_option
@_format_option
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="Best results to show.")
def search_command(query: str, db_path, fmt, limit) -> None:
    """Search the articles: words (stemmed, all must match), "phrases", OR, NOT or -word, prefix*,
    (parentheses) and filters: entity: person: org: place: speaker: kind: source: author: after:
    before: tag: starred. Best first (BM25, title above body), with highlighted snippets and the
    matching facts. Example: factdesk search 'speaker:"Nasser Bourita" africa after:2021-01'
    """
    from store.search import SearchError, search

    db = _open(db_path)
    try:
        results = search(db, query, limit=limit)
    except SearchError as error:
        click.echo(f"Error: bad query: {plain(error, newlines=False)}", err=True)
        sys.exit(2)
    finally:
        db.close()
    title = f"{results.total_text} results in {results.elapsed_ms:.0f} ms"
    write_rows((_search_row(hit, fmt) for hit in results.hits), fmt,
               [("id", "id"), ("date", "published"), ("title", "title"), ("snippet", "snippet"),
                ("facts", "facts")], title=title)


@cli.command("log")
@_db_option
@_format_option
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True, help="Most recent entries.")
def log_command(db_path, fmt, limit) -> None:
    """Show the import log: each file, its status and its message."""
    from store.queries import iter_import_log

    db = _open(db_path)
    write_rows(iter_import_log(db, limit), fmt,
               [("time", "time"), ("status", "status"), ("path", "path"), ("message", "message")])


def main() -> None:
    cli(obj={})
