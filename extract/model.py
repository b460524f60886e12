"""The plain dataclasses that flow from the readers and extractors to the store."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

# Bumped whenever extraction rules change, so stored articles can be re-extracted.
EXTRACTOR_VERSION = "39"

FACT_KINDS = ("quote", "quantity", "role", "event", "date")

# The fields each fact kind carries beyond kind, start, end and sentence (DESIGN.md).
FACT_FIELDS: dict[str, tuple[str, ...]] = {
    "quote": ("speaker", "speaker_text", "cue", "content", "direct"),
    "quantity": ("value", "unit", "text", "about", "change"),
    "role": ("person", "role", "org"),
    "event": ("subject", "verb", "object"),
    "date": ("text", "value", "granularity"),
}


@dataclass
class Article:
    """One article as read from a file, before any NLP."""

    title: str
    body: str
    published: str | None = None
    author: str | None = None
    source: str | None = None
    dateline: str | None = None
    url: str | None = None
    path: str | None = None
    format: str = "txt"

    @property
    def sha256(self) -> str:
        """Content hash: the same title and body imported twice is one article."""
        digest = hashlib.sha256()
        digest.update(self.title.encode("utf-8"))
        digest.update(b"\x00")
        digest.update(self.body.encode("utf-8"))
        return digest.hexdigest()


@dataclass
class ReadFailure:
    """A file (or part of one) that could not be read, with a one-line reason."""

    path: str
    message: str


@dataclass
class Mention:
    """An entity mention: character offsets into the article body and the canonical entity it names."""

    start: int
    end: int
    text: str
    label: str
    canonical: str


@dataclass
class Fact:
    """One extracted fact: its kind, its evidence span in the body, the sentence and the kind's fields."""

    kind: str
    start: int
    end: int
    sentence: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    aliases: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


def normalise_name(name: str) -> str:
    """The key that makes two spellings one entity: case and spacing folded."""
    return re.sub(r"\s+", " ", name).strip().casefold()
