"""Reads CSV exports with url, date, title and text columns (any order, header required): one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from extract.model import Article, ReadFailure
from extract.readers.decode import decode_bytes, normalise_text
from extract.readers.text import article_from_text

TEXT_COLUMNS = ("text", "body", "content")


def read_csv(data: bytes, path: str) -> Iterator[Article | ReadFailure]:
    from extract.readers import ReadError

    try:
        text = decode_bytes(data)
    except ValueError as error:
        raise ReadError(str(error)) from None
    if not text.strip():
        raise ReadError("empty file")
    csv.field_size_limit(sys.maxsize)
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = {name.strip().lower(): name for name in (reader.fieldnames or [])}
    text_column = next((columns[c] for c in TEXT_COLUMNS if c in columns), None)
    if text_column is None:
        raise ReadError("CSV has no text column (needs a header with text or body)")

    def column(row: dict, name: str) -> str | None:
        value = row.get(columns[name]) if name in columns else None
        return value.strip() if value and value.strip() else None

    for number, row in enumerate(reader, start=2):
        body = normalise_text(row.get(text_column) or "")
        if not body:
            yield ReadFailure(f"{path}:{number}", "row has no text")
            continue
        published = column(row, "date") or column(row, "published")
        yield article_from_text(
            body, path=f"{path}#{number}", format="csv", title=column(row, "title"),
            published=published[:10] if published else None, author=column(row, "author"),
            source=column(row, "source"), url=column(row, "url"),
        )
