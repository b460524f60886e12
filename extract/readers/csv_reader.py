"""Reads CSV and TSV exports whose header names a text or body column (title, date, url, author, source in any order): one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from extract.model import Article, ReadFailure
from extract.readers.decode import text_of
from extract.readers.errors import ReadError
from extract.readers.text import article_from_record, has_body_key


def read_csv(data: bytes, path: str) -> Iterator[Article | ReadFailure]:
    """One article per row; rows without text are reported by row number and the rest go on."""
    text = text_of(data)
    first_line = text.split("\n", 1)[0]
    tabbed = path.lower().endswith(".tsv") or ("\t" in first_line and "," not in first_line)
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(text), delimiter="\t" if tabbed else ",")
    kind = "TSV" if tabbed else "CSV"
    if not has_body_key(reader.fieldnames or []):
        raise ReadError(f"{kind} has no text column (needs a header row naming a text or body column)")
    try:
        for number, row in enumerate(reader, start=2):
            article = article_from_record({k: v for k, v in row.items() if k is not None},
                                          path=f"{path}#{number}", format="tsv" if tabbed else "csv")
            if article is None:
                yield ReadFailure(path, f"row {number}: no text")
            else:
                yield article
    except csv.Error as error:
        raise ReadError(f"broken {kind} at line {reader.line_num}: {error}") from None
