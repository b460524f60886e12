"""Imports files with extraction in several processes and this process as the one writer, batch by batch."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from extract.model import Article, ReadFailure
from extract.parallel import extract_in_processes
from extract.readers import iter_files
from store import has_article, save_extractions


@dataclass
class FileTally:
    """One file's progress: what it added so far and how many of its articles are still being extracted."""

    path: str
    imported: int = 0
    present: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    outstanding: int = 0
    read: bool = False

    @property
    def done(self) -> bool:
        return self.read and not self.outstanding


def import_in_processes(db, paths, *, jobs: int, model: str | None, progress, summary,
                        read_safely, log_file) -> None:
    """Read files here, extract in `jobs` processes, and write each returned chunk in one transaction.

    `summary`, `read_safely` and `log_file` are tui.importing's, so both import paths count, read and log alike.
    """
    files = list(iter_files(paths, skipped=summary.skipped))
    summary.files = len(files)
    open_tallies: list[FileTally] = []
    queued: set[str] = set()
    finished = 0

    def log_finished_files() -> None:
        nonlocal finished
        for tally in [tally for tally in open_tallies if tally.done]:
            open_tallies.remove(tally)
            finished += 1
            summary.failed.extend(tally.failures)
            log_file(db, tally.path, tally.imported, tally.present, tally.failures)
        if progress:
            progress(finished, len(files), open_tallies[0].path if open_tallies else "")

    def new_articles() -> Iterator[tuple[tuple[FileTally, str, str], Article]]:
        for path in files:
            tally = FileTally(str(path))
            open_tallies.append(tally)
            for item in read_safely(path):
                if isinstance(item, ReadFailure):
                    tally.failures.append((item.path, item.message))
                elif item.sha256 in queued or has_article(db, item.sha256):
                    tally.present += 1
                    summary.present += 1
                else:
                    queued.add(item.sha256)
                    tally.outstanding += 1
                    yield (tally, item.sha256, item.path or str(path)), item
            tally.read = True
            log_finished_files()

    for chunk in extract_in_processes(new_articles(), jobs=jobs, model=model):
        saved = iter(save_extractions(db, [result for _, result in chunk if not isinstance(result, str)]))
        for (tally, sha, article_path), result in chunk:
            tally.outstanding -= 1
            queued.discard(sha)
            outcome = result if isinstance(result, str) else next(saved)
            if isinstance(outcome, str) or outcome.error:
                tally.failures.append((article_path, outcome if isinstance(outcome, str) else outcome.error))
            elif outcome.created:
                tally.imported += 1
                summary.imported += 1
            else:
                tally.present += 1
                summary.present += 1
        log_finished_files()
