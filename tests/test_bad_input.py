"""Bad files fail one at a time with a clear one-line reason, and a folder of good and bad files imports all the good."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile

import pytest

from extract.model import Article, ReadFailure
from extract.readers import MAX_FILE_BYTES, read_file, read_paths
from extract.readers.text import read_text

from conftest import ARTICLES, FIXTURES, ROOT

BAD = FIXTURES / "bad"
FORMATS = FIXTURES / "formats"

# Each bad fixture and the reason the user is given (a zip member's failure names the member).
EXPECTED_REASONS = {
    "empty.txt": "empty file",
    "junk.txt": "not a text file (no encoding fits)",
    "truncated.pdf": "truncated PDF (no end-of-file marker)",
    "encrypted.pdf": "encrypted PDF (needs a password)",
    "menu_only.html": "no article text found in the HTML page",
    "no_text_column.csv": "CSV has no text column (needs a header row naming a text or body column)",
    "broken.jsonl": "line 1: invalid JSON (Unterminated string starting at, column 30)",
    "bomb.zip": "zip bomb: expands 1028 times (at most 100 allowed) in member 'zeros.txt'",
    "escape.zip/../outside.txt": "unsafe member name (leads outside the archive with ..)",
    "escape.zip//etc/absolute.txt": "unsafe member name (absolute path)",
    "broken_link.txt": "broken link (its target is missing)",
    "huge.txt": "too large (51 MB; the limit is 50 MB)",
    "pipe.txt": "not a regular file (a pipe, socket or device)",
}


def factdesk(*args: str) -> subprocess.CompletedProcess:
    command = os.path.join(os.path.dirname(sys.executable), "factdesk")
    return subprocess.run([command, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def with_unstorable_cases(folder):
    """Add the bad kinds git cannot hold: a file over the size limit (sparse, so it costs no disk) and a pipe."""
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1024 * 1024)
    os.mkfifo(folder / "pipe.txt")
    return folder


@pytest.fixture
def bad_folder(tmp_path):
    folder = tmp_path / "bad"
    shutil.copytree(BAD, folder, symlinks=True)
    return with_unstorable_cases(folder)


def test_each_bad_file_fails_alone_with_its_reason(bad_folder):
    results = list(read_paths([bad_folder]))
    assert [] == [r for r in results if isinstance(r, Article)]
    reasons = [(r.path.removeprefix(f"{bad_folder}/"), r.message) for r in results]
    assert sorted(EXPECTED_REASONS.items()) == sorted(r for r in reasons if r in EXPECTED_REASONS.items())
    assert ("broken.jsonl", "line 2: invalid JSON (Expecting value, column 1)") in reasons
    assert all("\n" not in r.message and len(r.message) < 200 for r in results)


def test_binary_junk_with_a_text_extension_in_every_text_format(tmp_path):
    junk = (BAD / "junk.txt").read_bytes()
    for name in ("junk.md", "junk.csv", "junk.json", "junk.jsonl", "junk.html"):
        (tmp_path / name).write_bytes(junk)
        [failure] = read_file(tmp_path / name)
        assert isinstance(failure, ReadFailure), name
        assert failure.message.startswith("not a text file"), (name, failure.message)


def test_a_zip_member_whose_header_understates_its_size_is_never_read_past_it(tmp_path):
    archive = tmp_path / "liar.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as handle:
        handle.writestr("big.txt", "word " * 5000)
    data = bytearray(archive.read_bytes())
    # Rewrite the declared size (central directory) to 10 bytes; the stored data stays 25,000 bytes.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    [failure] = read_file(archive)
    assert (f"{archive}/big.txt", "damaged archive member (Bad CRC-32 for file 'big.txt')") == (
        failure.path, failure.message)


def test_folder_of_every_format_beside_every_bad_kind_imports_in_one_run(tmp_path):
    """The issue's definition of done: all good articles in, each bad file named with its reason, a rerun changes nothing."""
    folder = tmp_path / "inbox"
    shutil.copytree(FORMATS, folder)
    shutil.copytree(BAD, folder / "bad", symlinks=True)
    with_unstorable_cases(folder / "bad")
    db = tmp_path / "desk.db"

    first = factdesk("import", str(folder), "--db", str(db))
    assert 1 == first.returncode
    assert "Traceback" not in first.stderr + first.stdout
    failed_lines = [line for line in first.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed_lines) == len(first.stderr.strip().splitlines())
    for name, reason in EXPECTED_REASONS.items():
        assert f"failed: {folder}/bad/{name}: {reason}" in failed_lines, name

    sources = json.loads((FIXTURES / "format_sources.json").read_text(encoding="utf-8"))
    expected_titles = sorted(next(read_text((ARTICLES / s).read_bytes(), s)).title
                             for names in sources.values() for s in names)
    assert f"{len(expected_titles)} imported, 0 already present, {len(failed_lines)} failed" in first.stdout
    with sqlite3.connect(db) as conn:
        assert expected_titles == [row[0] for row in conn.execute("SELECT title FROM articles ORDER BY title")]
        counts = [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("articles", "mentions", "facts", "entities")]
    assert all(counts)

    second = factdesk("import", str(folder), "--db", str(db))
    assert 1 == second.returncode
    assert f"0 imported, {len(expected_titles)} already present, {len(failed_lines)} failed" in second.stdout
    with sqlite3.connect(db) as conn:
        assert counts == [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                          for table in ("articles", "mentions", "facts", "entities")]

    log = [json.loads(line) for line in factdesk("log", "--db", str(db), "--format", "jsonl", "--limit", "1000").stdout.splitlines()]
    latest = {}
    for entry in reversed(log):  # newest last, so the second run's entry wins
        latest[entry["path"]] = entry
    assert ("failed", "encrypted PDF (needs a password)") == (
        latest[str(folder / "bad" / "encrypted.pdf")]["status"], latest[str(folder / "bad" / "encrypted.pdf")]["message"])
    assert "../outside.txt: unsafe member name" in latest[str(folder / "bad" / "escape.zip")]["message"]
    assert ("present", "2 already present") == (latest[str(folder / "desk.mbox")]["status"],
                                                latest[str(folder / "desk.mbox")]["message"])
    first_run = {entry["path"]: entry for entry in log[len(log) // 2:]}
    assert "2 imported" == first_run[str(folder / "bundle.zip")]["message"]
