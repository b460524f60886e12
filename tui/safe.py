"""Makes untrusted text (article bodies, titles, file names) safe to show: no escape sequences, no control characters."""

from __future__ import annotations

import re

# CSI/OSC and other escape sequences first, then any remaining C0/C1 control character but tab and newline.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: object, *, newlines: bool = True) -> str:
    """Return `text` as a string with escape sequences and control characters removed."""
    value = "" if text is None else str(text)
    value = _ESCAPES.sub("", value)
    value = _CONTROLS.sub("", value)
    if not newlines:
        value = value.replace("\n", " ").replace("\t", " ")
    return value
