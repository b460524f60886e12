"""Chooses a file's format from its first bytes as well as its extension, so renamed or unnamed files still read."""

from __future__ import annotations

import re
from pathlib import PurePath

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".csv": "csv", ".tsv": "csv", ".tab": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf", ".docx": "docx",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".eml": "eml", ".mbox": "mbox", ".mbx": "mbox",
    ".zip": "zip",
}

_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_MBOX_START = re.compile(rb"^From \S+.*\n[\x21-\x39\x3b-\x7e]+:")
_EMAIL_START = re.compile(rb"^(Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To):[ \t]",
                          re.IGNORECASE)


def detect_format(data: bytes, name: str) -> str | None:
    """The reader to use: signatures of binary formats win over the extension, then the extension, then a text sniff."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx" if b"word/" in data[:65536] or name.lower().endswith(".docx") else "zip"
    by_extension = EXTENSIONS.get(PurePath(name).suffix.lower())
    text_head = _utf8_head(head)
    if by_extension in (None, "text") and _HTML_START.match(text_head):
        return "html"
    if by_extension is not None:
        return by_extension
    return _sniff_text(text_head)


def _utf8_head(head: bytes) -> bytes:
    """The first bytes without a BOM, and as ASCII-compatible bytes when the file is UTF-16."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
        except UnicodeError:
            return b""
    return head.removeprefix(b"\xef\xbb\xbf")


def _sniff_text(head: bytes) -> str | None:
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "jsonl" if re.search(rb"\}\s*\n\s*\{", head) else "json"
    if stripped.startswith(b"["):
        return "json"
    if _MBOX_START.match(head):
        return "mbox"
    if _EMAIL_START.match(head):
        return "eml"
    return None
