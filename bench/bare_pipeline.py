"""The reference the import is measured against: the same texts through the bare spaCy pipeline, nothing else.

Run as a child process (`python -m bench.bare_pipeline BATCH_SIZE PATH...`) so that it pays the same start-up,
imports and model loading as `factdesk import` does.
"""

from __future__ import annotations

import sys

from extract.model import Article
from extract.nlp import load_model
from extract.readers import read_paths


def main(batch_size: int, paths: list[str]) -> None:
    texts = [item.body for item in read_paths(paths) if isinstance(item, Article)]
    nlp = load_model()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2:])
