"""The entity page: who or what an entity is, how often and when it is mentioned, what it said and where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from tui.safe import plain
from tui.styles import LABEL_NAMES, entity_style, fact_line


@dataclass
class EntityPageLoaded(Message):
    """The entity page's data is ready (None when the entity no longer exists)."""

    page: dict[str, Any] | None


def _article_prompt(published: str | None, title: str) -> Text:
    line = Text(f"{published or '—':10} ", style="dim")
    line.append(plain(title, newlines=False))
    return line


def _with_article(fact: dict[str, Any]) -> Text:
    line = fact_line(fact)
    article = fact.get("article") or {}
    line.append(f"\n  {article.get('published') or ''} {plain(article.get('title') or '', newlines=False)}",
                style="dim")
    return line


class EntityScreen(Screen):
    """One entity's page; enter opens the highlighted item, escape goes back."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="entity-back", tooltip="Return to where you came from"),
        Binding("tab", "app.focus_next", "Next list", show=False, id="entity-next-list",
                tooltip="Move to the next list: said, articles, often with, facts"),
        Binding("shift+tab", "app.focus_previous", "Previous list", show=False, id="entity-previous-list",
                tooltip="Move to the previous list"),
    ]

    def __init__(self, entity_id: int):
        super().__init__()
        self.entity_id = entity_id
        self.page: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="entity-header"):
            yield Static("Loading…", id="entity-name")
            yield Static("", id="entity-aliases", markup=False)
            yield Static("", id="entity-counts")
            yield Sparkline([], id="entity-sparkline")
            yield Static("", id="entity-months")
        with Grid(id="entity-lists"):
            for list_id, title in (("entity-quotes", "Said"), ("entity-articles", "Articles"),
                                   ("entity-together", "Often with"), ("entity-facts", "Facts")):
                option_list = OptionList(id=list_id)
                option_list.border_title = title
                yield option_list
        yield Footer()

    def on_mount(self) -> None:
        self.load_page()

    @work(thread=True, exclusive=True)
    def load_page(self) -> None:
        self.post_message(EntityPageLoaded(self.app.library.entity_page(self.entity_id)))

    def on_entity_page_loaded(self, message: EntityPageLoaded) -> None:
        page = self.page = message.page
        if page is None:
            self.query_one("#entity-name", Static).update("This entity no longer exists.")
            return
        label = page["label"]
        name = Text(plain(page["name"], newlines=False), style=entity_style(label))
        name.append(f"  {label} · {LABEL_NAMES.get(label, label.lower())}", style="dim")
        self.query_one("#entity-name", Static).update(name)
        aliases = ", ".join(plain(a, newlines=False) for a in page["aliases"])
        self.query_one("#entity-aliases", Static).update(f"also: {aliases}" if aliases else "no other names")
        self.query_one("#entity-counts", Static).update(
            f"{page['mentions']} mentions in {page['articles']} articles")
        months = page["by_month"]
        self.query_one("#entity-sparkline", Sparkline).data = [count for _, count in months] or [0]
        span = f"{months[0][0]} … {months[-1][0]}" if len(months) > 1 else (months[0][0] if months else "undated")
        self.query_one("#entity-months", Static).update(f"mentions per month, {span}")
        self._fill("entity-quotes", "Said", [Option(_with_article(f), id=f"fact:{i}")
                                             for i, f in enumerate(page["quotes"])])
        self._fill("entity-facts", "Facts", [Option(_with_article(f), id=f"fact:{i}")
                                             for i, f in enumerate(page["facts"])])
        self._fill("entity-articles", "Articles", [Option(_article_prompt(a.published, a.title), id=f"article:{a.id}")
                                                   for a in page["article_list"]])
        together = []
        for other in page["together"]:
            line = Text(plain(other["name"], newlines=False), style=entity_style(other["label"]))
            line.append(f"  {other['label']} · {other['articles']} shared articles", style="dim")
            together.append(Option(line, id=f"entity:{other['id']}"))
        self._fill("entity-together", "Often with", together)
        first = next((ol for ol in self.query(OptionList) if ol.option_count), None)
        (first or self.query_one("#entity-quotes", OptionList)).focus()

    def _fill(self, list_id: str, title: str, options: list[Option]) -> None:
        option_list = self.query_one(f"#{list_id}", OptionList)
        option_list.clear_options()
        option_list.add_options(options)
        option_list.border_title = f"{title} ({len(options)})"
        if options:
            option_list.highlighted = 0

    @on(OptionList.OptionSelected)
    def open_item(self, event: OptionList.OptionSelected) -> None:
        kind, _, value = (event.option.id or "").partition(":")
        if kind == "entity":
            self.app.push_screen(EntityScreen(int(value)))
        elif kind == "article":
            self.app.show_article(int(value))
        elif kind == "fact" and self.page is not None:
            facts = self.page["quotes" if event.option_list.id == "entity-quotes" else "facts"]
            fact = facts[int(value)]
            self.app.show_article(fact["article_id"], mark=(fact["start"], fact["end"]))
