"""Reads plain-text articles: the seed's shape (submission line, title, wire dateline) and Wikinews' (title, weekday dateline)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from extract.metadata import parse_city_dateline, parse_date, parse_submission_line, parse_weekday_dateline
from extract.model import Article
from extract.readers.decode import normalise_text, text_of


# The keys that JSON objects, CSV headers and similar records use for each article field, in order of preference.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "body": ("text", "body", "content", "article", "maintext", "story"),
    "title": ("title", "headline", "name"),
    "published": ("date", "published", "published_at", "pubdate", "datetime", "date_published"),
    "url": ("url", "link", "href"),
    "author": ("author", "byline", "authors", "by"),
    "source": ("source", "site", "sitename", "site_name", "publisher"),
}


def read_text(data: bytes, path: str) -> Iterator[Article]:
    """A plain-text or Markdown file is one article."""
    yield article_from_text(text_of(data), path=path, format="txt")


def field_of(record: Mapping[str, object], field: str) -> str | None:
    """The first non-empty value among the keys naming `field` (keys compared case-insensitively)."""
    keys = {str(key).strip().lower(): key for key in record}
    for name in FIELD_KEYS[field]:
        if name in keys:
            value = record[keys[name]]
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value if item)
            if value is not None and not isinstance(value, (dict, bool)) and str(value).strip():
                return str(value).strip()
    return None


def has_body_key(keys: Iterable[str]) -> bool:
    """Whether a header or record names a column the article text can come from."""
    return bool({str(key).strip().lower() for key in keys} & set(FIELD_KEYS["body"]))


def article_from_record(record: Mapping[str, object], *, path: str, format: str) -> Article | None:
    """An article from a record's title, text/body, date, url, author and source; None when it has no text."""
    body = normalise_text(field_of(record, "body") or "")
    if not body:
        return None
    title = field_of(record, "title")
    return article_from_text(body, path=path, format=format, title=normalise_text(title) if title else None,
                             published=parse_date(field_of(record, "published")), author=field_of(record, "author"),
                             source=field_of(record, "source"), url=field_of(record, "url"))


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
    if title is not None and lines and lines[0].strip().lstrip("# ") == title:
        lines = _drop_blank_head(lines[1:])  # the title given again as the first line of the text
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
        dateline = wire.city or None
        source = source or wire.source
    return Article(title=title, body=body, published=published, author=author, source=source,
                   dateline=dateline, url=url, path=path, format=format)


def _drop_blank_head(lines: list[str]) -> list[str]:
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    return lines[index:]
