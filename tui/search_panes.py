"""The search side of the main screen: the highlighted hit's snippet with its matching facts, and the facets strip."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from tui.safe import plain
from tui.styles import HIT_STYLE, MATCH_MARK, MATCH_STYLE, entity_style, fact_line

_HIGHLIGHTED = re.compile(f"{HIGHLIGHT_START}(.*?){HIGHLIGHT_END}", re.DOTALL)
# Facet name -> (the filter it adds to the query, the pane's title, the entity label its names are coloured by).
FACETS = {
    "PERSON": ("person", "People", "PERSON"),
    "ORG": ("org", "Organisations", "ORG"),
    "PLACE": ("place", "Places", "GPE"),
}
PREVIEW_FACTS = 3


def snippet_text(snippet: str) -> Text:
    """A search snippet as Rich text, its matched words (between \\x02 and \\x03) highlighted like hits in the text."""
    text = Text()
    position = 0
    for match in _HIGHLIGHTED.finditer(snippet):
        text.append(plain(snippet[position:match.start()], newlines=False))
        text.append(plain(match.group(1), newlines=False), style=HIT_STYLE)
        position = match.end()
    text.append(plain(snippet[position:].replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, ""), newlines=False))
    return text


def snippet_words(snippet: str) -> list[str]:
    """The words the search matched in a snippet (as they are written there: "attacks" for the query "attack")."""
    return sorted({word for match in _HIGHLIGHTED.finditer(snippet) for word in re.findall(r"\w+", match.group(1))})


def facet_filter(facet: str, name: str) -> str:
    """The query filter that narrows a search to one facet value, e.g. person:"Nasser Bourita"."""
    return f'{FACETS[facet][0]}:"{name.replace(chr(34), " ").strip()}"'


def hit_preview(hit: SearchHit) -> Text:
    """Title, date and source, the snippet with its matches highlighted, and the facts that matched."""
    text = Text(plain(hit.title, newlines=False), style="bold")
    meta = " · ".join(plain(part, newlines=False) for part in (hit.published, hit.source) if part)
    if meta:
        text.append(f"\n{meta}", style="dim")
    text.append("\n")
    text.append_text(snippet_text(hit.snippet))
    if hit.facts:
        count = len(hit.facts)
        text.append(f"\n{MATCH_MARK} {count} matching fact{'s' if count != 1 else ''}", style=MATCH_STYLE)
        for fact in hit.facts[:PREVIEW_FACTS]:
            text.append("\n")
            text.append_text(fact_line(fact))
        if count > PREVIEW_FACTS:
            text.append(f"\n…and {count - PREVIEW_FACTS} more (open the article)", style="dim")
    return text


class HitPreview(Static):
    """Under the result list: the highlighted result's snippet and matching facts."""

    def show_hit(self, hit: SearchHit | None) -> None:
        self.update(hit_preview(hit) if hit else "")


class FacetList(OptionList):
    """One facet (people, organisations or places): names with how many results mention them; enter narrows."""

    BINDINGS = [
        Binding("left", "neighbour(-1)", "Previous facet", id="facet-left",
                tooltip="Move to the facet list on the left"),
        Binding("right", "neighbour(1)", "Next facet", id="facet-right",
                tooltip="Move to the facet list on the right"),
        Binding("escape", "leave", "Back to results", id="facet-leave",
                tooltip="Leave the facets for the result list"),
    ]

    @dataclass
    class Chosen(Message):
        """A facet value was chosen: `filter` narrows the search to it."""

        filter: str

    def __init__(self, facet: str):
        super().__init__(id=f"facet-{FACETS[facet][0]}", classes="facet-list")
        self.facet = facet
        self.names: list[str] = []
        self.border_title = FACETS[facet][1]

    def show(self, counts: list[tuple[str, int]]) -> None:
        self.names = [name for name, _ in counts]
        self.clear_options()
        label = FACETS[self.facet][2]
        options = []
        for index, (name, count) in enumerate(counts):
            line = Text(plain(name, newlines=False), style=entity_style(label))
            line.append(f" {count}", style="dim")
            options.append(Option(line, id=str(index)))
        self.add_options(options or [Option(Text("none", style="dim"), disabled=True)])
        if self.names:
            self.highlighted = 0

    def action_neighbour(self, step: int) -> None:
        lists = list(self.parent.query(FacetList))
        lists[(lists.index(self) + step) % len(lists)].focus()

    def action_leave(self) -> None:
        self.screen.query_one("#articles").focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(facet_filter(self.facet, self.names[int(event.option.id)])))


class FacetStrip(Horizontal):
    """The top people, organisations and places among the current results, side by side."""

    def compose(self) -> ComposeResult:
        for facet in FACETS:
            yield FacetList(facet)

    def show(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        for facet_list in self.query(FacetList):
            facet_list.show(facets.get(facet_list.facet, []))
