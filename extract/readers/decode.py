"""Turns file bytes into text: UTF-8 first (or the BOM's UTF-16/32), then whatever charset-normalizer detects."""

from __future__ import annotations

import codecs
import re

from extract.readers.errors import ReadError

# Whole terminal escape sequences (CSI, OSC, two-byte ESC codes), so no debris of them is left behind.
TERMINAL_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]")
# Control characters other than tab, newline and carriage return never belong in article text (C0, DEL, C1),
# nor do the bidirectional overrides that can make shown text differ from stored text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MAX_WESTERN_SHARE = 0.1
# More than this share of unprintable characters means the bytes were never text.
_MAX_JUNK_SHARE = 0.02


def decode_bytes(data: bytes) -> str:
    """Decode bytes to text, raising ReadError when they are not text."""
    text = _decode(data)
    if "\x00" in text or _junk_share(TERMINAL_ESCAPES.sub("", text)) > _MAX_JUNK_SHARE:
        raise ReadError("not a text file (binary content)")
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII text with a few accents or curly quotes is Western (Windows-1252) far more often than the
    # CJK encodings charset-normalizer may guess from so few non-ASCII bytes.
    if sum(1 for byte in data[:65536] if byte > 0x7F) < _MAX_WESTERN_SHARE * min(len(data), 65536):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("not a text file (no encoding fits)")
    return str(best)


def _junk_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    # Bell, backspace, form feed and stray escapes turn up in text pasted from terminals; other controls do not.
    junk = sum(1 for char in sample if char == "\ufffd" or (char < " " and char not in "\t\n\r\x07\x08\x0c\x1b")
               or "\x7f" <= char <= "\x9f")
    return junk / len(sample)


def strip_terminal_escapes(text: str) -> str:
    """Remove terminal escape sequences and control characters (but tab, newline and carriage return)."""
    return _CONTROL.sub("", TERMINAL_ESCAPES.sub("", text))


def normalise_text(text: str) -> str:
    """Unify line ends, drop escapes, control characters and trailing spaces, collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = strip_terminal_escapes(text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def text_of(data: bytes) -> str:
    """Decoded, normalised text of a whole file; ReadError when it is empty or not text."""
    text = normalise_text(decode_bytes(data))
    if not text:
        raise ReadError("empty file")
    return text
