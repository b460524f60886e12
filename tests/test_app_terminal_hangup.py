"""The app ends when its terminal goes away, even under a parent that keeps the hangup from it (as `make run` does)."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import sys
import time
from pathlib import Path

# How long the app may take to start, and to notice its terminal is gone, on a busy two-core machine.
START_WAIT_S = 60
EXIT_WAIT_S = 20


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _read_until(fd: int, needle: bytes, seconds: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + seconds
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def test_closing_the_terminal_ends_the_app_when_no_hangup_signal_reaches_it(fixtures_db_copy, private_config_dir):
    factdesk = shutil.which("factdesk", path=str(Path(sys.executable).parent))
    assert factdesk, "the factdesk command is installed beside the test's Python"
    # A shell that ignores the hangup and waits for the app stands in for make: the app gets no SIGHUP.
    command = f"trap '' HUP; '{factdesk}' --db '{fixtures_db_copy}'; sleep 60"
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40",
               FACTDESK_CONFIG_DIR=str(private_config_dir))
    shell, terminal = pty.fork()
    if shell == 0:
        os.execve("/bin/sh", ["sh", "-c", command], env)
    try:
        screen = _read_until(terminal, b"Articles", START_WAIT_S)
        assert b"Articles" in screen, "the app drew its article list"
        [app] = [pid for pid in _children(shell) if _alive(pid)]
        os.close(terminal)  # the window is closed
        deadline = time.monotonic() + EXIT_WAIT_S
        while _alive(app) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(app), "the app ended instead of spinning on a terminal that is gone"
    finally:
        for pid in [*_children(shell), shell]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        os.waitpid(shell, 0)
