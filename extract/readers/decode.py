"""Turns file bytes into text: UTF-8 first, then whatever charset-normalizer detects."""

from __future__ import annotations

import re

# Control characters other than tab, newline and carriage return never belong in article text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes) -> str:
    """Decode bytes to text, raising ValueError when they are not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ValueError("not a text file (no encoding fits)")
        text = str(best)
    if "\x00" in text:
        raise ValueError("not a text file (binary content)")
    return text


def normalise_text(text: str) -> str:
    """Unify line ends, drop control characters and trailing spaces, collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
