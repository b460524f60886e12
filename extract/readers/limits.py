"""Size limits that keep memory bounded: per file, per archive member, per archive, and the zip-bomb ratio."""

from __future__ import annotations

import zipfile

from extract.readers.errors import ReadError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 10_000
# Text compresses about 3-10 times; a member that claims far more is built to exhaust memory.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FROM_BYTES = 1024 * 1024


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


def too_large(size: int) -> str:
    return f"too large ({megabytes(size)}; the limit is {megabytes(MAX_FILE_BYTES)})"


def member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why one archive member must not be unpacked, judged from its header before reading it; None when fine."""
    if info.flag_bits & 0x1:
        return "encrypted archive member (needs a password)"
    if info.file_size > MAX_FILE_BYTES:
        return too_large(info.file_size)
    if info.file_size > RATIO_CHECK_FROM_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
        return (f"zip bomb: expands {info.file_size // max(info.compress_size, 1)} times "
                f"(at most {MAX_COMPRESSION_RATIO} allowed)")
    return None


def check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse a whole archive whose member count or declared total size is beyond the limits, or any bomb member."""
    members = archive.infolist()
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise ReadError(f"archive has {len(members)} members (the limit is {MAX_ARCHIVE_MEMBERS})")
    total = sum(info.file_size for info in members)
    if total > MAX_ARCHIVE_BYTES:
        raise ReadError(f"zip bomb: archive expands to {megabytes(total)} (the limit is {megabytes(MAX_ARCHIVE_BYTES)})")
    for info in members:
        if (problem := member_problem(info)) and problem.startswith("zip bomb"):
            raise ReadError(f"{problem} in member {info.filename!r}")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes. zipfile never returns more than the declared size (checked by member_problem first), and a
    header that understates the real size ends in a CRC error instead of more data."""
    with archive.open(info) as handle:
        return handle.read(MAX_FILE_BYTES)
