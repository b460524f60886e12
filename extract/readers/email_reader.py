"""Reads e-mail (.eml) and mailboxes (.mbox) with the standard email package: one article per message."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import parseaddr

from extract.metadata import parse_date
from extract.model import Article, ReadFailure
from extract.readers.decode import normalise_text
from extract.readers.errors import ReadError
from extract.readers.html_reader import html_to_text
from extract.readers.text import article_from_text

# An mbox separates messages with a "From " line at the start of a line, after a blank line or at the top.
_MBOX_SEPARATOR = re.compile(rb"(?:^|\n)From [^\n]*\n")


def read_eml(data: bytes, path: str) -> Iterator[Article | ReadFailure]:
    """One message file is one article."""
    if not data.strip():
        raise ReadError("empty file")
    article = message_article(data, path, "eml")
    if isinstance(article, ReadFailure):
        raise ReadError(article.message)
    yield article


def read_mbox(data: bytes, path: str) -> Iterator[Article | ReadFailure]:
    """Every message of a mailbox is one article; a message without text is named by its number."""
    messages = [chunk for chunk in _MBOX_SEPARATOR.split(data) if chunk.strip()]
    if not messages:
        raise ReadError("empty mailbox")
    for number, raw in enumerate(messages, start=1):
        # mboxrd quoting: a body line starting ">From " stood for "From ".
        raw = re.sub(rb"(?m)^>(>*From )", rb"\1", raw)
        yield message_article(raw, f"{path}#{number}", "mbox")


def message_article(raw: bytes, path: str, format: str) -> Article | ReadFailure:
    """The article in one message: subject as title, date, sender as author, the text part (or HTML part) as body."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        return ReadFailure(path, "not an e-mail message (no headers)")
    body = _body_text(message)
    if not body:
        return ReadFailure(path, "message has no text part")
    name, address = parseaddr(str(message.get("From", "")))
    subject = normalise_text(str(message.get("Subject", ""))) or None
    return article_from_text(body, path=path, format=format, title=subject, published=parse_date(str(message.get("Date", ""))),
                             author=name or address or None)


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # unknown charset or broken transfer encoding
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return normalise_text(content)
