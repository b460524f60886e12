"""Finds the readable files under the paths a user names and turns each into articles or a one-line failure."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from extract.model import Article, ReadFailure
from extract.readers.csv_reader import read_csv
from extract.readers.docx_reader import read_docx
from extract.readers.email_reader import read_eml, read_mbox
from extract.readers.errors import ReadError
from extract.readers.html_reader import read_html
from extract.readers.json_reader import read_json, read_jsonl
from extract.readers.limits import MAX_FILE_BYTES, too_large
from extract.readers.pdf_reader import read_pdf
from extract.readers.sniff import detect_format
from extract.readers.text import read_text
from extract.readers.zip_reader import read_zip

__all__ = ["ReadError", "is_folder_documentation", "iter_files", "read_file", "read_bytes", "read_paths", "MAX_FILE_BYTES"]

Reader = Callable[[bytes, str], Iterator[Article | ReadFailure]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "csv": read_csv,
    "html": read_html,
    "pdf": read_pdf,
    "docx": read_docx,
    "json": read_json,
    "jsonl": read_jsonl,
    "eml": read_eml,
    "mbox": read_mbox,
}


# A folder of articles often carries its own README or licence; those describe the folder, they are not news.
FOLDER_DOCUMENTATION = {"readme", "license", "licence", "copying", "notice", "authors", "changelog", "contributing"}


def is_folder_documentation(path: Path) -> bool:
    """True for README.md, LICENSE, COPYING.txt and the like."""
    return path.name.split(".", 1)[0].lower() in FOLDER_DOCUMENTATION


def iter_files(paths: Iterable[str | os.PathLike], skipped: list[Path] | None = None) -> Iterator[Path]:
    """Yield the files named or found under the folders named, sorted, hidden ones skipped, each real file once.

    Linked folders are followed once each, so a link back to a parent cannot loop. A folder's own documentation
    (README, LICENSE, ...) is left out and added to `skipped`; a file named on its own is always read.
    """
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            visited = {os.path.realpath(path)}
            for root, dirs, files in os.walk(path, followlinks=True):
                kept = []
                for name in sorted(dirs):
                    real = os.path.realpath(os.path.join(root, name))
                    if not name.startswith(".") and real not in visited:
                        visited.add(real)
                        kept.append(name)
                dirs[:] = kept
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    if is_folder_documentation(Path(name)):
                        if skipped is not None:
                            skipped.append(Path(root) / name)
                        continue
                    yield from _once(Path(root) / name, seen)
        else:
            yield from _once(path, seen)


def _once(path: Path, seen: set[str]) -> Iterator[Path]:
    try:
        key = str(path.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop on older Pythons
        key = str(path)
    if key not in seen:
        seen.add(key)
        yield path


def read_file(path: Path) -> Iterator[Article | ReadFailure]:
    """Read one file into articles; any problem becomes a ReadFailure naming the file."""
    try:
        data = _bounded_bytes(path)
    except ReadError as error:
        yield ReadFailure(str(path), str(error))
        return
    yield from read_bytes(data, str(path))


def read_bytes(data: bytes, path: str, *, in_archive: bool = False) -> Iterator[Article | ReadFailure]:
    """Read one file's bytes, the format chosen by content as well as by the name's extension."""
    try:
        fmt = detect_format(data, path)
        if fmt == "zip":
            if in_archive:
                raise ReadError("archive inside an archive is not read (unpack it first)")
            yield from read_zip(data, path, partial(read_bytes, in_archive=True))
        elif fmt in READERS:
            yield from READERS[fmt](data, path)
        else:
            suffix = Path(path).suffix
            raise ReadError(f"unsupported file type '{suffix or Path(path).name}'")
    except ReadError as error:
        yield ReadFailure(path, str(error))


def _bounded_bytes(path: Path) -> bytes:
    """The file's bytes, never more than the limit in memory, and never from a pipe or device that could block."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReadError("broken link (its target is missing)" if path.is_symlink() else "no such file or folder") from None
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("not a regular file (a pipe, socket or device)")
    if info.st_size > MAX_FILE_BYTES:
        raise ReadError(too_large(info.st_size))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ReadError(f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(too_large(len(data)))
    if not data:
        raise ReadError("empty file")
    return data


def read_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Article | ReadFailure]:
    """Read every file under the given paths, in order."""
    for path in iter_files(paths):
        yield from read_file(path)
