"""What the extractors alone add to spaCy: one process parses the texts and times nlp.pipe and the extractors apart.

Run as a child process (`python -m bench.extractor_cost RESULT_JSON BATCH_SIZE PATH...`). Both clocks run over the
same docs in the same process, so the share is free of start-up, reading and storage costs, which the whole-import
row already counts.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from extract.model import Article
from extract.nlp import load_model
from extract.pipeline import extract_from_doc
from extract.readers import read_paths


def measure(batch_size: int, paths: list[str]) -> dict:
    articles = [item for item in read_paths(paths) if isinstance(item, Article)]
    nlp = load_model()
    docs = nlp.pipe((article.body for article in articles), batch_size=batch_size)
    pipe_seconds = extract_seconds = 0.0
    for article in articles:
        started = time.perf_counter()
        doc = next(docs)
        parsed = time.perf_counter()
        extract_from_doc(article, doc)
        doc.user_data.clear()
        extract_seconds += time.perf_counter() - parsed
        pipe_seconds += parsed - started
    return {"articles": len(articles), "pipe_s": pipe_seconds, "extract_s": extract_seconds}


if __name__ == "__main__":
    result = measure(int(sys.argv[2]), sys.argv[3:])
    Path(sys.argv[1]).write_text(json.dumps(result))
