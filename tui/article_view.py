"""The article pane: a read-only text with a cursor, entities coloured by type, a marked sentence and search hits."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from rich.style import Style
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea
from textual.widgets.text_area import TextAreaTheme

from tui.safe import blank_controls
from tui.styles import ENTITY_STYLES, HIT_STYLE, MARK_STYLE, entity_style


THEME_NAME = "factdesk"


def _theme() -> TextAreaTheme:
    styles = {f"entity.{label}": Style.parse(style) for label, style in ENTITY_STYLES.items()}
    styles["entity.other"] = Style.parse(entity_style("OTHER"))
    styles["mark"] = Style.parse(MARK_STYLE)
    styles["hit"] = Style.parse(HIT_STYLE)
    return TextAreaTheme(name=THEME_NAME, syntax_styles=styles)


# Filters whose values are not words of the text (dates, fact kinds, metadata).
_METADATA_FILTER = re.compile(r"\b(?:after|before|kind|source|author|tag):(?:\"[^\"]*\"?|\S*)", re.IGNORECASE)


def search_terms(query: str) -> list[str]:
    """The words of a search query worth finding in the text (operators, field prefixes and metadata left out)."""
    words = re.findall(r"[\w'’-]+\*?", re.sub(r"\b\w+:", " ", _METADATA_FILTER.sub(" ", query)))
    return [w for w in words if w.upper() not in {"AND", "OR", "NOT", "NEAR", "STARRED"}]


def find_hits(body: str, query: str, matched_words: list[str] = ()) -> list[tuple[int, int]]:
    """Where the search query's words occur in `body` (prefix words match any ending), in text order; with
    `matched_words`, the forms the search engine matched (stemmed: "attacks" for "attack") count too."""
    patterns = []
    for word in [*search_terms(query), *matched_words]:
        stem = re.escape(word.rstrip("*"))
        patterns.append(rf"\b{stem}\w*" if word.endswith("*") else rf"\b{stem}\b")
    if not patterns:
        return []
    return [(m.start(), m.end()) for m in re.finditer("|".join(patterns), body, re.IGNORECASE)]


class ArticleBody(TextArea):
    """The article body with a cursor: arrows move through the text, keys jump between entities and search hits."""

    BINDINGS = [
        Binding("right_square_bracket", "next_entity", "Next entity", id="next-entity",
                tooltip="Move the cursor to the next highlighted entity"),
        Binding("left_square_bracket", "previous_entity", "Prev entity", id="previous-entity",
                tooltip="Move the cursor to the previous highlighted entity"),
        Binding("n", "next_hit", "Next hit", id="next-hit", tooltip="Move to the next match of the search"),
        Binding("N", "previous_hit", "Prev hit", id="previous-hit", show=False,
                tooltip="Move to the previous match of the search"),
        Binding("enter", "open_entity", "Entity page", id="open-entity", show=False,
                tooltip="Open the page of the entity under the cursor"),
    ]

    @dataclass
    class EntityChosen(Message):
        """Enter was pressed on an entity mention."""

        mention: dict[str, Any]

    def __init__(self, **kwargs: Any):
        self.mentions: list[dict[str, Any]] = []
        self._mention_starts: list[int] = []
        self.hidden_labels: frozenset[str] = frozenset()
        self.mark: tuple[int, int] | None = None
        self.hits: list[tuple[int, int]] = []
        self._line_starts: list[int] = [0]
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False, **kwargs)
        self.register_theme(_theme())
        self.theme = THEME_NAME

    # ---- content --------------------------------------------------------------------------

    def show(self, body: str, mentions: list[dict[str, Any]], hits: list[tuple[int, int]]) -> None:
        text = blank_controls(body)
        self.mentions = sorted(mentions, key=lambda m: m["start"])
        self._mention_starts = [m["start"] for m in self.mentions]
        self.hits = hits
        self.mark = None
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.load_text(text)
        self.move_cursor((0, 0))
        self.scroll_home(animate=False)

    def set_hidden_labels(self, hidden: frozenset[str]) -> None:
        self.hidden_labels = hidden
        self._refresh_highlights()

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        self.hits = hits
        self._refresh_highlights()

    def mark_span(self, start: int, end: int) -> None:
        """Mark a span (a fact's evidence) and bring it to the middle of the view with the cursor at its start."""
        self.mark = (start, end)
        self._refresh_highlights()
        self.move_cursor(self.location_of(start), center=True)

    # ---- offsets <-> (row, column) ------------------------------------------------------------

    def location_of(self, offset: int) -> tuple[int, int]:
        row = bisect.bisect_right(self._line_starts, offset) - 1
        return row, offset - self._line_starts[row]

    def offset_of(self, location: tuple[int, int]) -> int:
        row, column = location
        return self._line_starts[min(row, len(self._line_starts) - 1)] + column

    @property
    def cursor_offset(self) -> int:
        return self.offset_of(self.cursor_location)

    def mention_at(self, offset: int) -> dict[str, Any] | None:
        """The visible entity mention covering `offset`, if any."""
        index = bisect.bisect_right(self._mention_starts, offset) - 1
        while index >= 0:
            mention = self.mentions[index]
            if mention["start"] <= offset < mention["end"] and mention["label"] not in self.hidden_labels:
                return mention
            if mention["end"] <= offset - 200:  # mentions are short; nothing further back can cover offset
                break
            index -= 1
        return None

    # ---- highlighting ---------------------------------------------------------------------------

    def _spans(self) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        if self.mark:
            spans.append((*self.mark, "mark"))
        for mention in self.mentions:
            if mention["label"] not in self.hidden_labels:
                name = f"entity.{mention['label']}" if mention["label"] in ENTITY_STYLES else "entity.other"
                spans.append((mention["start"], mention["end"], name))
        spans.extend((start, end, "hit") for start, end in self.hits)
        return spans

    def _build_highlight_map(self) -> None:
        # Our highlights come from stored character offsets, not from a tree-sitter grammar.
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        lines = self.document.lines
        for start, end, name in self._spans():
            first_row, first_column = self.location_of(start)
            last_row, last_column = self.location_of(end)
            for row in range(first_row, min(last_row, len(lines) - 1) + 1):
                line = lines[row]
                begin = first_column if row == first_row else 0
                finish = last_column if row == last_row else len(line)
                # TextArea highlights count UTF-8 bytes within the line.
                highlights[row].append((len(line[:begin].encode()), len(line[:finish].encode()), name))

    def _refresh_highlights(self) -> None:
        self._build_highlight_map()
        self.refresh()

    # ---- cursor and keys -------------------------------------------------------------------------

    def _jump(self, offsets: list[int], forward: bool) -> bool:
        here = self.cursor_offset
        candidates = [o for o in offsets if (o > here if forward else o < here)]
        if not candidates:
            self.app.bell()
            return False
        self.move_cursor(self.location_of(min(candidates) if forward else max(candidates)), center=True)
        return True

    def action_next_entity(self) -> None:
        self._jump([m["start"] for m in self.mentions if m["label"] not in self.hidden_labels], True)

    def action_previous_entity(self) -> None:
        self._jump([m["start"] for m in self.mentions if m["label"] not in self.hidden_labels], False)

    def action_next_hit(self) -> None:
        if not self.hits:
            self.notify("No search matches in this article.", timeout=2)
            return
        self._jump([start for start, _ in self.hits], True)

    def action_previous_hit(self) -> None:
        if not self.hits:
            self.notify("No search matches in this article.", timeout=2)
            return
        self._jump([start for start, _ in self.hits], False)

    def action_open_entity(self) -> None:
        mention = self.mention_at(self.cursor_offset)
        if mention is None:
            self.notify("No entity under the cursor.", timeout=2)
            return
        self.post_message(self.EntityChosen(mention))
