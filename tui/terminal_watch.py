"""Tells whether the app's terminal is still there, so that a closed window or a dropped SSH session ends the app.

When the terminal goes away under a parent that does not pass the hangup on (`make run`), no SIGHUP reaches the app
and the terminal's input reads nothing forever: the app would keep a core busy until killed.
"""

from __future__ import annotations

import os
import sys

# How often the app looks for its terminal, in seconds.
CHECK_SECONDS = 1.0


def terminal_fd() -> int | None:
    """The file descriptor of the terminal the app reads from, or None when it does not run in one (tests, pipes)."""
    stream = sys.__stdin__
    try:
        fd = stream.fileno() if stream is not None else None
    except (OSError, ValueError):
        return None
    return fd if fd is not None and terminal_attached(fd) else None


def terminal_attached(fd: int) -> bool:
    """Whether fd is still this process's controlling terminal: after a hangup asking for its foreground process
    group fails."""
    try:
        os.tcgetpgrp(fd)
    except OSError:
        return False
    return True
