"""Reads Word documents (.docx) with python-docx: the paragraphs, the title and author from the document properties."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from extract.model import Article
from extract.readers.decode import normalise_text
from extract.readers.errors import ReadError
from extract.readers.limits import check_archive
from extract.readers.text import article_from_text


def read_docx(data: bytes, path: str) -> Iterator[Article]:
    """One Word document is one article; its Title-styled paragraph or the title property is the title."""
    import docx

    try:
        check_archive(zipfile.ZipFile(io.BytesIO(data)))
        document = docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except Exception as error:  # python-docx and zipfile fail in many ways on damaged files
        raise ReadError(f"damaged Word file ({type(error).__name__})") from None
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    properties = document.core_properties
    title = (properties.title or "").strip() or None
    if title is None and paragraphs and paragraphs[0].style is not None and paragraphs[0].style.name in ("Title", "Heading 1"):
        title = paragraphs[0].text.strip()
    body = normalise_text("\n\n".join(p.text for p in paragraphs))
    if not body:
        raise ReadError("Word file has no text")
    yield article_from_text(body, path=path, format="docx", title=title, author=(properties.author or "").strip() or None)
