"""Makes untrusted text (article bodies, titles, file names) safe to show: no escape sequences, no control characters, no markup."""

from __future__ import annotations

from rich.text import Text

import re

from extract.readers.decode import TERMINAL_ESCAPES, strip_terminal_escapes

_CONTROLS_BUT_TAB_AND_NEWLINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: object, *, newlines: bool = True) -> str:
    """Return `text` as a string with escape sequences and control characters removed."""
    value = strip_terminal_escapes("" if text is None else str(text))
    # A lone carriage return sends the cursor back to overwrite what was printed.
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not newlines:
        value = value.replace("\n", " ").replace("\t", " ")
    return value


def safe_text(text: object, *, newlines: bool = True, style: str = "") -> Text:
    """A Rich Text of `text` shown literally: square brackets are never read as markup, escapes never reach the terminal."""
    return Text(plain(text, newlines=newlines), style=style)


def blank_controls(text: object) -> str:
    """Like plain(), but each escape sequence or control character becomes spaces of the same length, so character
    offsets stored for the original text (entity mentions, fact spans) still point at the same words."""
    value = "" if text is None else str(text)
    value = TERMINAL_ESCAPES.sub(lambda match: " " * len(match.group()), value)
    return _CONTROLS_BUT_TAB_AND_NEWLINE.sub(" ", value)
