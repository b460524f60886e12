"""Reads plain-text articles: the seed's shape (submission line, title, wire dateline) and Wikinews' (title, weekday dateline)."""

from __future__ import annotations

from collections.abc import Iterator

from extract.metadata import parse_city_dateline, parse_submission_line, parse_weekday_dateline
from extract.model import Article
from extract.readers.decode import decode_bytes, normalise_text


def read_text(data: bytes, path: str) -> Iterator[Article]:
    from extract.readers import ReadError

    try:
        text = normalise_text(decode_bytes(data))
    except ValueError as error:
        raise ReadError(str(error)) from None
    if not text:
        raise ReadError("empty file")
    yield article_from_text(text, path=path, format="txt")


def article_from_text(text: str, *, path: str | None = None, format: str = "txt", title: str | None = None,
                      published: str | None = None, author: str | None = None, source: str | None = None,
                      url: str | None = None) -> Article:
    """Split normalised text into metadata and body; metadata given by the caller wins over what the text says."""
    lines = text.split("\n")
    if lines and (submission := parse_submission_line(lines[0])):
        published = published or submission[0]
        author = author or submission[1]
        lines = lines[1:]
    lines = _drop_blank_head(lines)
    if title is None:
        title = lines[0].strip() if lines else ""
        lines = _drop_blank_head(lines[1:])
        if title.startswith("# "):
            title = title[2:].strip()
    if lines and (weekday_date := parse_weekday_dateline(lines[0])):
        published = published or weekday_date
        lines = _drop_blank_head(lines[1:])
    body = "\n".join(lines).strip()
    if not body:
        body, title = title, title[:120]
    dateline = None
    if wire := parse_city_dateline(body):
        dateline = wire.city
        source = source or wire.source
    return Article(title=title, body=body, published=published, author=author, source=source,
                   dateline=dateline, url=url, path=path, format=format)


def _drop_blank_head(lines: list[str]) -> list[str]:
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    return lines[index:]
