"""Reads PDF files with pypdf: the text of every page, the title and author from the document information."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator

from extract.model import Article
from extract.readers.decode import normalise_text
from extract.readers.errors import ReadError
from extract.readers.text import article_from_text

# pypdf reports every repair it makes on the logger; the user gets one line per file from us instead.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def read_pdf(data: bytes, path: str) -> Iterator[Article]:
    """One PDF is one article; encrypted, damaged or image-only PDFs fail with that reason."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    if b"%PDF" not in data[:1024]:
        raise ReadError("not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise ReadError("truncated PDF (no end-of-file marker)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ReadError("encrypted PDF (needs a password)")
            text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
            info = reader.metadata or {}
            title, author = info.get("/Title"), info.get("/Author")
        except ReadError:
            raise
        except FileNotDecryptedError:
            raise ReadError("encrypted PDF (needs a password)") from None
        except Exception as error:  # pypdf's parser fails on broken files in many undocumented ways
            raise ReadError(f"damaged PDF ({_first_line(error)})") from None
    body = reflow(normalise_text(text))
    if not body:
        raise ReadError("PDF has no text (scanned images need OCR first)")
    title = normalise_text(str(title)) if title else None
    yield article_from_text(body, path=path, format="pdf", title=title or None,
                            author=str(author).strip() or None if author else None)


def _first_line(error: Exception) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:120]


def reflow(text: str) -> str:
    """Join the lines a PDF wrapped back into paragraphs: a line much shorter than the usual width ends a paragraph."""
    lines = text.split("\n")
    widths = sorted(len(line) for line in lines if line.strip())
    if len(widths) < 3:
        return text
    usual = widths[int(len(widths) * 0.9) - 1]
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        if current and (not line.strip() or len(line) < 0.75 * usual):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)
