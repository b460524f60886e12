"""Reads saved web pages with trafilatura: the main text without navigation, and the title, date, author and site name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extract.metadata import parse_date
from extract.model import Article
from extract.readers.decode import decode_bytes, normalise_text
from extract.readers.errors import ReadError
from extract.readers.text import article_from_text


@lru_cache(maxsize=1)
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # Timeouts use signals, which only work in the main thread; the app imports in a worker thread.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "100")
    return config


def read_html(data: bytes, path: str) -> Iterator[Article]:
    """One web page is one article; a page with no article text in it fails with that reason."""
    yield html_article(decode_bytes(data), path=path)


def html_article(html: str, *, path: str, format: str = "html") -> Article:
    from trafilatura import bare_extraction

    try:
        # favor_precision keeps menus and link lists out, so a page without an article gives nothing.
        document = bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                   favor_precision=True, config=_config())
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        raise ReadError(f"broken HTML ({type(error).__name__})") from None
    # trafilatura puts each paragraph on one line; the other readers separate paragraphs with a blank line.
    body = re.sub(r"\n+", "\n\n", normalise_text(document.text or "")) if document else ""
    if not body:
        raise ReadError("no article text found in the HTML page")
    title = normalise_text(document.title or "") or None
    return article_from_text(body, path=path, format=format, title=title, published=parse_date(document.date),
                             author=document.author or None, source=document.sitename or None,
                             url=document.url or None)


def html_to_text(html: str) -> str:
    """The main text of an HTML fragment (an e-mail's HTML part), or its whole text when no article stands out."""
    from trafilatura import extract

    text = extract(html, include_comments=False, include_tables=False, config=_config()) or ""
    if not text:
        import lxml.html

        try:
            text = lxml.html.fromstring(html).text_content()
        except Exception:  # markup too broken even for lxml: nothing to show
            text = ""
    return normalise_text(text)
