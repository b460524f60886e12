"""The benchmark runs end to end on tiny sizes and prints its one table (speed itself is measured only by make bench)."""

from __future__ import annotations

import re
import shutil

from rich.console import Console

from bench.__main__ import parse_args, render, run

from conftest import ARTICLES


def test_benchmark_prints_one_table_with_every_measure(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(ARTICLES.glob("wn2019_00*.txt"))[:3]:
        shutil.copy(path, corpus)
    args = parse_args(["--corpus", str(corpus), "--search-articles", "40", "--memory-articles", "6", "12",
                       "--repeat", "1", "--search-repeats", "1", "--cache", str(tmp_path / "cache")])

    rows = run(args, say=lambda message: None)
    console = Console(width=220, record=True)
    console.print(render(rows, "before", "after"))
    printed = console.export_text()

    for measure in ("import, 1 process", "extractors alone, same docs", "import, --jobs 2", "word queries, 40 articles", "phrase queries",
                    "filter queries",
                    "app start-up to first rows, 40 articles", "app peak memory", "open the longest article",
                    "import peak memory, 12 articles"):
        assert measure in printed
    assert "bare nlp.pipe" in printed and "grep -ril" in printed
    assert re.search(r"\+\d+% on nlp\.pipe", printed)
    assert 40 == len(list((tmp_path / "cache").glob("texts-40-*/*.txt")))
