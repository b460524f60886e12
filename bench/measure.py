"""The benchmark's measurements, each run in a fresh child process where start-up and memory count."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from extract.model import Article
from extract.readers import read_paths

ROOT = Path(__file__).resolve().parent.parent
FACTDESK = Path(sys.executable).with_name("factdesk")


@dataclass(frozen=True)
class Run:
    """One child process: its wall time, peak memory (MB) and exit code."""

    seconds: float
    peak_rss_mb: float
    returncode: int


def run_child(command: list[str]) -> Run:
    """Run `command` to its end; peak memory comes from the kernel's account of that one child (wait4)."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip()[-500:]
            raise RuntimeError(f"{' '.join(command[:4])} failed ({child.returncode}): {message}")
    return Run(seconds, usage.ru_maxrss / 1024, child.returncode)


def corpus_size(paths: list[Path]) -> tuple[int, int]:
    """(articles, words) of the corpus as factdesk reads it."""
    articles = [item for item in read_paths(paths) if isinstance(item, Article)]
    return len(articles), sum(len(article.body.split()) for article in articles)


def time_bare_pipeline(paths: list[Path], batch_size: int) -> Run:
    return run_child([sys.executable, "-m", "bench.bare_pipeline", str(batch_size), *map(str, paths)])


def extractor_cost(paths: list[Path], batch_size: int) -> dict:
    """Seconds in nlp.pipe and in the extractors over the same docs, timed apart in one child process."""
    with tempfile.TemporaryDirectory() as scratch:
        result_path = Path(scratch) / "cost.json"
        run_child([sys.executable, "-m", "bench.extractor_cost", str(result_path), str(batch_size),
                   *map(str, paths)])
        return json.loads(result_path.read_text())


def time_import(paths: list[Path], db_path: Path, jobs: int) -> Run:
    for leftover in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        leftover.unlink(missing_ok=True)
    return run_child([str(FACTDESK), "import", *map(str, paths), "--db", str(db_path), "--jobs", str(jobs)])


def corpus_db(cache: Path, n_articles: int, source_db: Path) -> tuple[Path, Path]:
    """The `n_articles` database and its texts as files (for grep), built once per extractor version and kept."""
    from bench.corpus import build_corpus_db
    from extract.model import EXTRACTOR_VERSION

    db_path = cache / f"corpus-{n_articles}-v{EXTRACTOR_VERSION}.db"
    texts = cache / f"texts-{n_articles}-v{EXTRACTOR_VERSION}"
    complete = cache / f"{db_path.name}.complete"
    if not complete.exists():
        shutil.rmtree(texts, ignore_errors=True)
        build_corpus_db(db_path, n_articles, source_db=source_db, files_dir=texts)
        complete.write_text("")
    return db_path, texts


def probe_app(db_path: Path) -> dict:
    """Launch the app headless on `db_path`; start-up, opening the longest article and peak memory."""
    with tempfile.TemporaryDirectory() as scratch:
        result_path = Path(scratch) / "app.json"
        started = time.time()
        run = run_child([sys.executable, "-m", "bench.app_probe", str(db_path), str(result_path)])
        result = json.loads(result_path.read_text())
    result["startup_s"] = result["first_rows_at"] - started
    result["peak_rss_mb"] = max(result["peak_rss_mb"], run.peak_rss_mb)
    return result


def write_import_csvs(corpus: list[Path], folder: Path, n_articles: int, per_file: int = 1000) -> Path:
    """`n_articles` short articles in CSV files of `per_file` rows, each one Wikinews paragraph of 25 to 60 words.

    Short, because memory should not grow with the number of articles, and 10,000 full ones would take an hour.
    """
    marker = folder / f".complete-{n_articles}"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = [paragraph.strip() for item in read_paths(corpus) if isinstance(item, Article)
                  for paragraph in item.body.split("\n") if 25 <= len(paragraph.split()) <= 60]
    written = 0
    while written < n_articles:
        rows = min(per_file, n_articles - written)
        with open(folder / f"part-{written // per_file:04d}.csv", "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["url", "date", "title", "text"])
            for number in range(written, written + rows):
                paragraph = paragraphs[number % len(paragraphs)]
                writer.writerow([f"https://example.org/{number}", "2020-01-01",
                                 f"Paragraph {number}: {' '.join(paragraph.split()[:8])}", paragraph])
        written += rows
    marker.write_text("")
    return folder
