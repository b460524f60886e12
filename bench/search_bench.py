"""Measures search latency (p50/p95) for word, phrase and filter queries on a big replicated corpus, beside grep -ril."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.corpus import CACHE, build_corpus_db

QUERIES: dict[str, list[str]] = {
    "word": ["election", "police", "virus", "earthquake", "said", "vaccin*"],
    "phrase": ['"united states"', '"prime minister"', '"told wikinews"', '"climate change"'],
    "filter": ['person:"Donald Trump"', "place:Australia election", "kind:quote president",
               'speaker:"Joe Biden"', "after:2020 election", "police -fire before:2010",
               "org:Senate OR place:California", "kind:quote speaker:\"Donald Trump\" election"],
}
# The text grep looks for in each kind of query (grep knows nothing of entities or dates).
GREP_PATTERNS = {"word": "election", "phrase": "united states", "filter": "trump"}
TARGET_P95_MS = 50.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_search(db_path: str | Path, repeats: int = 10, limit: int = 50) -> dict[str, dict[str, float]]:
    """p50/p95/max latency in ms per query kind, each query run `repeats` times after one warm-up run."""
    from store import open_db
    from store.search import search

    db = open_db(db_path)
    numbers: dict[str, dict[str, float]] = {}
    for kind, queries in QUERIES.items():
        timings = []
        for query in queries:
            search(db, query, limit=limit)
            for _ in range(repeats):
                started = time.perf_counter()
                search(db, query, limit=limit)
                timings.append((time.perf_counter() - started) * 1000)
        numbers[kind] = {"queries": len(queries), "runs": len(timings), "p50_ms": statistics.median(timings),
                         "p95_ms": _percentile(timings, 0.95), "max_ms": max(timings)}
    slowest = {query: _slowest(db, query, limit) for queries in QUERIES.values() for query in queries}
    numbers["per_query_ms"] = slowest
    db.close()
    return numbers


def _slowest(db, query: str, limit: int) -> float:
    from store.search import search

    return max(search(db, query, limit=limit).elapsed_ms for _ in range(3))


def measure_grep(files_dir: str | Path) -> dict[str, float]:
    """Seconds `grep -ril` takes over the same texts as files, per query kind (one run each; it reads everything)."""
    if shutil.which("grep") is None:
        return {}
    seconds = {}
    for kind, pattern in GREP_PATTERNS.items():
        started = time.perf_counter()
        subprocess.run(["grep", "-ril", pattern, str(files_dir)], stdout=subprocess.DEVNULL, check=False)
        seconds[kind] = time.perf_counter() - started
    return seconds


def run(n_articles: int = 100_000, db_path: str | Path | None = None, files_dir: str | Path | None = None,
        rebuild: bool = False, repeats: int = 10) -> dict:
    """Build (or reuse) the corpus and its files, then measure search and grep; returns every number."""
    db_path = Path(db_path or CACHE / f"search-{n_articles}.db")
    files_dir = Path(files_dir or CACHE / f"search-{n_articles}-files")
    build = None
    if rebuild or not db_path.exists() or not files_dir.exists():
        CACHE.mkdir(exist_ok=True)
        shutil.rmtree(files_dir, ignore_errors=True)
        build = build_corpus_db(db_path, n_articles, files_dir=files_dir)
    return {"articles": n_articles, "build": build, "search": measure_search(db_path, repeats=repeats),
            "grep_seconds": measure_grep(files_dir), "target_p95_ms": TARGET_P95_MS}


def print_table(numbers: dict) -> None:
    print(f"search on {numbers['articles']:,} articles (p95 target {numbers['target_p95_ms']:.0f} ms)")
    if numbers.get("build"):
        print(f"  corpus built in {numbers['build']['seconds']:.0f} s")
    print(f"  {'kind':<8} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'grep -ril s':>12}")
    for kind in QUERIES:
        row = numbers["search"][kind]
        grep = numbers["grep_seconds"].get(kind)
        print(f"  {kind:<8} {row['queries']:>7} {row['p50_ms']:>8.1f} {row['p95_ms']:>8.1f} {row['max_ms']:>8.1f}"
              f" {grep if grep is not None else float('nan'):>12.2f}")
    print("  slowest run of each query (ms):")
    for query, ms in numbers["search"]["per_query_ms"].items():
        print(f"    {ms:8.1f}  {query}")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print_table(run(count, rebuild="--rebuild" in sys.argv))
