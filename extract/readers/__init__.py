"""Finds the readable files under the paths a user names and turns each into articles or a one-line failure."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.model import Article, ReadFailure
from extract.readers.csv_reader import read_csv
from extract.readers.text import read_text

READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".text": read_text,
    ".csv": read_csv,
}


class ReadError(Exception):
    """A file cannot be read; the message is one line meant for the user."""


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Yield the files named or found under the folders named, sorted, hidden ones skipped, each real file once."""
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    yield from _once(Path(root) / name, seen)
        else:
            yield from _once(path, seen)


def _once(path: Path, seen: set[str]) -> Iterator[Path]:
    try:
        key = str(path.resolve())
    except OSError:
        key = str(path)
    if key not in seen:
        seen.add(key)
        yield path


def read_file(path: Path) -> Iterator[Article | ReadFailure]:
    """Read one file into articles; any problem becomes a ReadFailure naming the file."""
    if not path.exists():
        yield ReadFailure(str(path), "no such file or folder")
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadFailure(str(path), f"unsupported file type '{path.suffix or path.name}'")
        return
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield ReadFailure(str(path), "no such file")
        return
    except OSError as error:
        yield ReadFailure(str(path), f"cannot read: {error.strerror or error}")
        return
    try:
        yield from reader(data, str(path))
    except ReadError as error:
        yield ReadFailure(str(path), str(error))


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Article | ReadFailure]:
    """Read every file under the given paths, in order."""
    for path in iter_files(paths):
        yield from read_file(path)
