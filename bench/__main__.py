"""`python -m bench` (or `make bench`): one run, one table of factdesk's speed and memory beside their limits."""

from __future__ import annotations

import argparse
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench import measure
from bench.search_bench import GREP_PATTERNS, QUERIES, measure_grep, measure_search

ROOT = measure.ROOT
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"


@dataclass
class Row:
    """One line of the table: what was measured, factdesk's figure, the reference, and how they compare."""

    measure: str
    factdesk: str
    reference: str
    comparison: str


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, nargs="+", default=[DEFAULT_CORPUS],
                        help="Files or folders to import (default: the Wikinews corpus).")
    parser.add_argument("--search-articles", type=int, default=100_000,
                        help="Size of the database for search, start-up and memory.")
    parser.add_argument("--memory-articles", type=int, nargs=2, default=[1_000, 10_000], metavar=("SMALL", "LARGE"),
                        help="Two import sizes whose peak memory is compared.")
    parser.add_argument("--jobs", type=int, default=2, help="Processes for the parallel import.")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size of the bare pipeline.")
    parser.add_argument("--repeat", type=int, default=2, help="Import runs of each kind; the fastest counts.")
    parser.add_argument("--search-repeats", type=int, default=10, help="Runs of each search query.")
    parser.add_argument("--cache", type=Path, default=ROOT / ".bench", help="Where built databases are kept.")
    return parser.parse_args(argv)


def rate(articles: int, words: int, seconds: float) -> str:
    return f"{articles / seconds:,.1f} art/s · {words / seconds:,.0f} words/s"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def target(value: float, limit: float, good_when_above: bool, label: str) -> str:
    met = value >= limit if good_when_above else value <= limit
    return f"{label} ({'met' if met else 'MISSED'})"


def run(args: argparse.Namespace, say=print) -> list[Row]:
    work = args.cache / "work"
    work.mkdir(parents=True, exist_ok=True)
    corpus = [path.resolve() for path in args.corpus]
    articles, words = measure.corpus_size(corpus)
    rows: list[Row] = []

    say(f"import throughput: {articles} articles, {words:,} words, best of {args.repeat}")
    bare, one, many, costs = [], [], [], []
    for _ in range(args.repeat):
        bare.append(measure.time_bare_pipeline(corpus, args.batch_size).seconds)
        costs.append(measure.extractor_cost(corpus, args.batch_size))
        one.append(measure.time_import(corpus, work / "import-1.db", 1).seconds)
        many.append(measure.time_import(corpus, work / f"import-{args.jobs}.db", args.jobs).seconds)
    bare_s, one_s, many_s = min(bare), min(one), min(many)
    rows.append(Row("import, 1 process (factdesk import)", rate(articles, words, one_s),
                    f"bare nlp.pipe: {rate(articles, words, bare_s)}",
                    target(bare_s / one_s, 0.85, True, f"{bare_s / one_s:.2f}× bare, target ≥ 0.85")))
    cost = min(costs, key=lambda run: run["extract_s"] / run["pipe_s"])
    share = cost["extract_s"] / cost["pipe_s"]
    rows.append(Row("extractors alone, same docs, 1 process", f"{cost['extract_s']:,.1f} s",
                    f"nlp.pipe: {cost['pipe_s']:,.1f} s",
                    target(share, 0.15, False, f"+{share:.0%} on nlp.pipe, target ≤ +15%")))
    rows.append(Row(f"import, --jobs {args.jobs}", rate(articles, words, many_s),
                    f"1 process: {rate(articles, words, one_s)}",
                    target(one_s / many_s, 1.6, True, f"{one_s / many_s:.2f}× faster, target ≥ 1.6")))

    n = args.search_articles
    say(f"building or reusing the {n:,}-article database")
    big_db, texts = measure.corpus_db(args.cache, n, source_db=work / "import-1.db")

    say("search latency")
    searches = measure_search(big_db, repeats=args.search_repeats)
    grep = measure_grep(texts)
    for kind, queries in QUERIES.items():
        numbers = searches[kind]
        rows.append(Row(f"search p50 / p95, {len(queries)} {kind} queries, {n:,} articles",
                        f"{ms(numbers['p50_ms'] / 1000)} / {ms(numbers['p95_ms'] / 1000)}",
                        f"grep -ril {GREP_PATTERNS[kind]}: {ms(grep[kind])}",
                        f"{grep[kind] * 1000 / numbers['p50_ms']:,.0f}× faster at p50"))

    say("app start-up")
    # Best of two, like the imports: the grep just before can push the app's own files out of the page cache.
    app = min((measure.probe_app(big_db) for _ in range(2)), key=lambda probe: probe["startup_s"])
    rows.append(Row(f"app start-up to first rows, {n:,} articles", ms(app["startup_s"]), "",
                    target(app["startup_s"], 1.0, False, "target < 1 s")))
    rows.append(Row(f"app peak memory, {n:,} articles", f"{app['peak_rss_mb']:,.0f} MB",
                    f"at first screen: {app['rss_first_screen_mb']:,.0f} MB",
                    target(app["peak_rss_mb"], 300, False, "target < 300 MB")))
    rows.append(Row(f"open the longest article ({app['longest_chars']:,} chars, {app['mentions']} highlights,"
                    f" {app['facts']} facts)", ms(app["open_longest_s"]), "", "click to article on screen"))

    small, large = args.memory_articles
    say(f"import memory: {small:,} and {large:,} articles")
    peaks = {}
    for size in (small, large):
        folder = measure.write_import_csvs(corpus, args.cache / f"import-{size}", size)
        peaks[size] = measure.time_import([folder], work / f"memory-{size}.db", 1)
    growth = peaks[large].peak_rss_mb / peaks[small].peak_rss_mb
    rows.append(Row(f"import peak memory, {large:,} articles", f"{peaks[large].peak_rss_mb:,.0f} MB"
                    f" ({large / peaks[large].seconds:,.1f} art/s)",
                    f"{small:,} articles: {peaks[small].peak_rss_mb:,.0f} MB",
                    target(growth, 1.1, False, f"{growth:.2f}× for {large // small}× the articles, target flat")))
    return rows


def machine() -> str:
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (f"{os.cpu_count()} cores · {memory_gb:.0f} GB · Python {platform.python_version()} · "
            f"{platform.system()} · load average {load}")


def render(rows: list[Row], before: str, after: str) -> Table:
    table = Table(title="factdesk benchmark", caption=f"before: {before}\nafter:  {after}")
    for header in ("measure", "factdesk", "reference", "comparison"):
        table.add_column(header)
    for row in rows:
        table.add_row(row.measure, row.factdesk, row.reference, row.comparison)
    return table


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    console = Console(width=200)
    before = machine()
    rows = run(args, say=lambda message: console.print(f"[dim]… {message}[/]", highlight=False))
    console.print(render(rows, before, machine()))


if __name__ == "__main__":
    sys.exit(main())
