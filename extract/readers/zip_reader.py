"""Reads zip archives in memory (never unpacked to disk): every member in a known format, with bomb and path checks."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator

from extract.model import Article, ReadFailure
from extract.readers.errors import ReadError
from extract.readers.limits import check_archive, member_problem, read_member

_DRIVE = re.compile(r"^[A-Za-z]:")

MemberReader = Callable[[bytes, str], Iterator[Article | ReadFailure]]


def unsafe_name(name: str) -> str | None:
    """Why a member name could escape a folder if unpacked (absolute, a drive, `..`); None when it is safe."""
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "unsafe member name (absolute path)"
    if ".." in parts:
        return "unsafe member name (leads outside the archive with ..)"
    return None


def read_zip(data: bytes, path: str, read_member_bytes: MemberReader) -> Iterator[Article | ReadFailure]:
    """Each readable member gives its articles; members that fail are named `archive.zip/member` with the reason."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ReadError(f"damaged zip archive ({error})") from None
    with archive:
        check_archive(archive)
        for info in archive.infolist():
            name = info.filename
            if info.is_dir() or any(part.startswith(".") or part == "__MACOSX" for part in name.split("/") if part not in ("", "..")):
                continue
            member_path = f"{path}/{name}"
            problem = unsafe_name(name) or member_problem(info)
            if problem:
                yield ReadFailure(member_path, problem)
                continue
            try:
                member = read_member(archive, info)
            except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
                yield ReadFailure(member_path, f"damaged archive member ({error})")
                continue
            yield from read_member_bytes(member, member_path)
