"""Reads JSON (an object, a list of objects, or an object holding such a list) and JSON Lines: one article per object."""

from __future__ import annotations

import json
from collections.abc import Iterator

from extract.model import Article, ReadFailure
from extract.readers.decode import text_of
from extract.readers.errors import ReadError
from extract.readers.text import article_from_record, has_body_key

# After this many bad lines a JSON Lines file is summed up in one more line instead of one per line.
MAX_LINE_FAILURES = 10


def read_json(data: bytes, path: str) -> Iterator[Article | ReadFailure]:
    """A JSON document of article objects; a file that is really JSON Lines is read as such."""
    text = text_of(data)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_jsonl(data, path)
            return
        raise ReadError(f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}") from None
    records = _records(document)
    if records is None:
        raise ReadError("JSON holds no article objects (objects with a text or body key)")
    for number, record in enumerate(records, start=1):
        yield _article_or_failure(record, path, f"{path}#{number}", f"object {number}", "json")


def read_jsonl(data: bytes, path: str) -> Iterator[Article | ReadFailure]:
    """One JSON object per line; a bad line is named by its number and the other lines go on."""
    failures = 0
    for number, line in enumerate(text_of(data).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            failures += 1
            if failures <= MAX_LINE_FAILURES:
                yield ReadFailure(path, f"line {number}: invalid JSON ({error.msg}, column {error.colno})")
            continue
        yield _article_or_failure(record, path, f"{path}#{number}", f"line {number}", "jsonl")
    if failures > MAX_LINE_FAILURES:
        yield ReadFailure(path, f"{failures - MAX_LINE_FAILURES} more invalid JSON lines")


def _records(document) -> list | None:
    if isinstance(document, dict):
        if has_body_key(document):
            return [document]
        lists = [value for value in document.values() if isinstance(value, list)]
        return lists[0] if len(lists) == 1 else None
    return document if isinstance(document, list) else None


def _article_or_failure(record, path: str, article_path: str, where: str, format: str) -> Article | ReadFailure:
    if not isinstance(record, dict):
        return ReadFailure(path, f"{where}: not an object")
    article = article_from_record(record, path=article_path, format=format)
    if article is None:
        return ReadFailure(path, f"{where}: no text or body")
    return article
