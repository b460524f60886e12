"""The full-screen factdesk app: a search bar, the article list, the article with its entities, and its facts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from store.search import SearchError
from tui.data import Library
from tui.safe import plain, safe_text
from tui.styles import ENTITY_STYLES, fact_line, render_body, render_legend

PAGE_SIZE = 200
# How often the app looks whether another process (factdesk import) has added articles.
WATCH_SECONDS = 2.0


@dataclass
class ArticleRows(Message):
    """A page of article rows is ready for the list."""

    rows: list[tuple[int, str, str]]
    total: int
    replace: bool
    status: str


@dataclass
class SearchFailed(Message):
    """The query in the search bar cannot run; the list keeps the last good results."""

    error: str


@dataclass
class ArticleLoaded(Message):
    """An article, its mentions and its facts are ready to show."""

    article: dict[str, Any]
    mentions: list[dict[str, Any]]
    facts: list[dict[str, Any]]


class ArticleView(VerticalScroll):
    """The open article: title, metadata, legend and the body with entities coloured by type."""

    can_focus = True
    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Static("", id="article-title", markup=False)
        yield Static("", id="article-meta", markup=False)
        yield Static("", id="legend")
        yield Static("Select an article and press enter.", id="article-body")

    def show(self, article: dict[str, Any], mentions: list[dict[str, Any]]) -> None:
        self.query_one("#article-title", Static).update(plain(article["title"], newlines=False))
        meta = [article.get("published"), article.get("author"), article.get("source"), article.get("dateline")]
        self.query_one("#article-meta", Static).update(" · ".join(plain(m, newlines=False) for m in meta if m))
        labels = sorted({m["label"] for m in mentions}, key=lambda label: list(ENTITY_STYLES).index(label)
                        if label in ENTITY_STYLES else 99)
        self.query_one("#legend", Static).update(render_legend(labels))
        self.query_one("#article-body", Static).update(render_body(article["body"], mentions))
        self.scroll_home(animate=False)


class FactdeskApp(App):
    """Browse articles, their entities and their facts by keyboard."""

    TITLE = "factdesk"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="search", tooltip="Focus the search bar"),
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False),
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave factdesk"),
        Binding("r", "refresh_articles", "Refresh", id="refresh", show=False,
                tooltip="Reload the article list (another process may have imported more)"),
    ]

    query_text: reactive[str] = reactive("")
    """The search bar's current query; empty lists every article."""

    def __init__(self, db_path: str):
        super().__init__()
        self.library = Library(db_path)
        self.article_id: int | None = None
        self.loaded_rows = 0
        self.total_rows = 0

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ search: words, \"phrases\", prefix*", id="search")
        with Horizontal(id="panes"):
            table = DataTable(id="articles", cursor_type="row", zebra_stripes=False)
            table.border_title = "Articles"
            yield table
            view = ArticleView(id="article-pane")
            view.border_title = "Article"
            yield view
            facts = OptionList(id="facts")
            facts.border_title = "Facts"
            yield facts
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#articles", DataTable)
        table.add_column("date", key="date", width=10)
        table.add_column("title", key="title")
        table.focus()
        self.load_articles("", 0)
        self.set_interval(WATCH_SECONDS, self.watch_article_count)

    # ---- data in workers -------------------------------------------------------------

    @work(thread=True, exclusive=True, group="list")
    def load_articles(self, query: str, offset: int) -> None:
        if query.strip():
            try:
                results = self.library.search(query, limit=PAGE_SIZE)
            except SearchError as error:
                self.post_message(SearchFailed(str(error)))
                return
            rows = [(h.id, h.published or "", h.title) for h in results.hits]
            status = f"{results.total_text} results in {results.elapsed_ms:.0f} ms"
            self.post_message(ArticleRows(rows, results.total, True, status))
            return
        total = self.library.count_articles()
        rows = [(a.id, a.published or "", a.title) for a in self.library.list_articles(offset, PAGE_SIZE)]
        self.post_message(ArticleRows(rows, total, offset == 0, f"{total} articles"))

    @work(thread=True, exclusive=True, group="article")
    def load_article(self, article_id: int) -> None:
        article = self.library.article(article_id)
        if article is None:
            return
        self.post_message(ArticleLoaded(article, self.library.mentions(article_id), self.library.facts(article_id)))

    # ---- messages ---------------------------------------------------------------------

    def on_search_failed(self, message: SearchFailed) -> None:
        search = self.query_one("#search", Input)
        search.add_class("-invalid")
        search.border_subtitle = plain(f"⚠ {message.error}", newlines=False)

    def on_article_rows(self, message: ArticleRows) -> None:
        search = self.query_one("#search", Input)
        search.remove_class("-invalid")
        search.border_subtitle = ""
        table = self.query_one("#articles", DataTable)
        if message.replace:
            table.clear()
            self.loaded_rows = 0
        for article_id, published, title in message.rows:
            table.add_row(safe_text(published, newlines=False), safe_text(title, newlines=False), key=str(article_id))
        self.loaded_rows += len(message.rows)
        self.total_rows = message.total
        table.border_title = f"Articles ({message.total})"
        table.border_subtitle = message.status

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        self.article_id = message.article["id"]
        self.query_one(ArticleView).show(message.article, message.mentions)
        facts = self.query_one("#facts", OptionList)
        facts.clear_options()
        facts.add_options([Option(fact_line(fact), id=str(fact["id"])) for fact in message.facts])
        facts.border_title = f"Facts ({len(message.facts)})"

    @on(DataTable.RowSelected, "#articles")
    def open_selected(self, event: DataTable.RowSelected) -> None:
        self.load_article(int(event.row_key.value))

    @on(DataTable.RowHighlighted, "#articles")
    def maybe_load_more(self, event: DataTable.RowHighlighted) -> None:
        # Toolong's habit: never push every row; fetch the next page when the cursor nears the end.
        if not self.query_text and event.cursor_row >= self.loaded_rows - 20 and self.loaded_rows < self.total_rows:
            self.load_articles("", self.loaded_rows)

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.set_timer(0.15, lambda value=event.value: self._run_search(value))

    def _run_search(self, value: str) -> None:
        # Debounce: only the latest text runs; the exclusive worker cancels the previous query.
        if value == self.query_text:
            self.load_articles(value, 0)

    @on(Input.Submitted, "#search")
    def search_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#articles", DataTable).focus()

    # ---- actions ----------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    # ---- live refresh: articles imported by another process (factdesk import) -----------

    def action_refresh_articles(self) -> None:
        """Reload the list (or rerun the search) from the database as it is now."""
        self.load_articles(self.query_text, 0)

    @work(thread=True, exclusive=True, group="watch")
    def watch_article_count(self) -> None:
        if self.query_text:
            return
        if self.library.count_articles() != self.total_rows:
            self.call_from_thread(self.action_refresh_articles)
