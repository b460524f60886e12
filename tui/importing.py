"""Imports files end to end (read, extract, store) for both the command line and the app, reporting progress."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extract.model import Article, ReadFailure
from extract.readers import iter_files, read_file
from store import has_article, log_import, optimize_search_index, save_extractions

BATCH_SIZE = 32
# Merging the full-text index's segments pays off once an import has added this many articles.
OPTIMIZE_AFTER = 1000


@dataclass
class ImportSummary:
    """What one import did: counts and each failure with its reason."""

    imported: int = 0
    present: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    files: int = 0
    skipped: list[Path] = field(default_factory=list)


ProgressCallback = Callable[[int, int, str], None]


def import_paths(db, paths: Iterable[str], *, model: str | None = None, nlp=None,
                 progress: ProgressCallback | None = None, batch_size: int = BATCH_SIZE, jobs: int = 1) -> ImportSummary:
    """Import every file under `paths` into `db`; the spaCy model loads only if some article is new.

    With `jobs` > 1, extraction runs in that many processes and this one only reads and writes.
    """
    summary = ImportSummary()
    if jobs > 1 and nlp is None:
        from tui.parallel_import import import_in_processes

        import_in_processes(db, paths, jobs=jobs, model=model, progress=progress, summary=summary,
                            read_safely=_read_safely, log_file=_log_file)
    else:
        _import_here(db, paths, summary, model, nlp, progress, batch_size)
    if summary.imported >= OPTIMIZE_AFTER:
        optimize_search_index(db)
    return summary


def _import_here(db, paths, summary: ImportSummary, model, nlp, progress, batch_size: int) -> None:
    from extract.pipeline import Extractor

    files = list(iter_files(paths, skipped=summary.skipped))
    summary.files = len(files)
    extractor: Extractor | None = None
    pending: list[Article] = []

    def flush() -> None:
        nonlocal extractor, nlp
        if not pending:
            return
        if extractor is None:
            if nlp is None:
                from extract.nlp import load_model

                nlp = load_model(model)
            extractor = Extractor(nlp)
        extractions = list(extractor.extract_many(pending, batch_size=batch_size))
        for extraction, saved in zip(extractions, save_extractions(db, extractions)):
            if saved.error:
                summary.failed.append((extraction.article.path or "", saved.error))
            elif saved.created:
                summary.imported += 1
            else:
                summary.present += 1
        pending.clear()

    for number, path in enumerate(files, start=1):
        if progress:
            progress(number - 1, len(files), str(path))
        before_imported, before_present, before_failed = summary.imported, summary.present, len(summary.failed)
        queued = 0
        for item in _read_safely(path):
            if isinstance(item, ReadFailure):
                summary.failed.append((item.path, item.message))
                continue
            if has_article(db, item.sha256) or any(p.sha256 == item.sha256 for p in pending):
                summary.present += 1
                continue
            pending.append(item)
            queued += 1
            if len(pending) >= batch_size:
                flush()
        flush()
        _log_file(db, str(path), summary.imported - before_imported, summary.present - before_present,
                  summary.failed[before_failed:])
    if progress:
        progress(len(files), len(files), "")


def _read_safely(path: Path):
    try:
        yield from read_file(path)
    except Exception as error:  # a reader bug must not stop the other files
        yield ReadFailure(str(path), f"could not read: {type(error).__name__}: {error}")


def _describe(path: str, failure: tuple[str, str]) -> str:
    """A failure as the log shows it under its file: the archive member named when it is one."""
    where, message = failure
    member = where[len(path):].lstrip("/") if where.startswith(path) else where
    return f"{member}: {message}" if member else message


def _log_file(db, path: str, imported: int, present: int, failures: list[tuple[str, str]]) -> None:
    if failures and not imported and not present:
        log_import(db, path, "failed", "; ".join(_describe(path, failure) for failure in failures))
        return
    parts = []
    if imported:
        parts.append(f"{imported} imported")
    if present:
        parts.append(f"{present} already present")
    if failures:
        parts.append(f"{len(failures)} failed: " + "; ".join(_describe(path, failure) for failure in failures[:5]))
    status = "imported" if imported else ("present" if present else "failed")
    log_import(db, path, status, ", ".join(parts) or "nothing to import")
