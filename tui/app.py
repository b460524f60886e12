"""The full-screen factdesk app: a search bar, the article list, the article with its entities, and its facts."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import CommandPalette
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable, Footer, Input, OptionList, ProgressBar, Static, TextArea
from textual.widgets.option_list import Option

from store.search import SearchError, SearchHit
from tui.article_view import ArticleBody, find_hits
from tui.commands import (ArticlePicker, EntityPicker, EntityTypePicker, FactdeskCommands, SavedSearchDeleter,
                          SavedSearchPicker)
from tui.data import Library
from tui.safe import plain, safe_text
from tui.search_panes import FacetList, FacetStrip, HitPreview, snippet_words
from tui.settings import Settings
from tui.styles import ENTITY_STYLES, LABEL_NAMES, MATCH_MARK, MATCH_STYLE, TOGGLE_KEYS, entity_style, fact_line, render_legend
from tui.terminal_watch import CHECK_SECONDS, terminal_attached, terminal_fd

PAGE_SIZE = 200
# Search results come a page at a time; the next page is asked for when the cursor is this close to the end.
SEARCH_PAGE_SIZE = 50
PREFETCH_ROWS = 10
# Below this terminal height the facets strip stays hidden unless asked for with F.
FACETS_MIN_HEIGHT = 36
# Progress from an import arrives per file; the bar is redrawn at most this often.
PROGRESS_INTERVAL_S = 0.1
# How often the app looks whether another process (factdesk import) has added articles.
WATCH_SECONDS = 2.0


@dataclass
class ArticleRows(Message):
    """A page of article rows is ready for the list."""

    rows: list[tuple[int, str, str]]
    total: int
    replace: bool
    status: str
    query: str = ""
    offset: int = 0
    total_text: str = ""
    more: bool = False
    hits: list[SearchHit] = field(default_factory=list)


@dataclass
class SearchFailed(Message):
    """The query in the search bar cannot run; the list keeps the last good results."""

    error: str


@dataclass
class FacetsReady(Message):
    """The top people, organisations and places among the results of `query`."""

    query: str
    facets: dict[str, list[tuple[str, int]]]


@dataclass
class ArticleLoaded(Message):
    """An article, its mentions and its facts are ready to show; `mark` is a span to bring into view."""

    article: dict[str, Any]
    mentions: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    mark: tuple[int, int] | None = None


@dataclass
class LabelsLoaded(Message):
    """The entity types present in the database."""

    labels: list[str]


@dataclass
class ImportProgress(Message):
    """An import has read `done` of `total` files; `current` is the file being read."""

    done: int
    total: int
    current: str


@dataclass
class ImportFinished(Message):
    """An import ended: its summary, or the one-line reason it could not run."""

    summary: Any = None
    error: str | None = None


@dataclass
class WorkDone(Message):
    """A background job (export, re-extraction, lookup) finished with a message for the user."""

    text: str
    severity: str = "information"
    reload_article: bool = False


@dataclass
class MarksSaved(Message):
    """The analyst's star, tags or note were written; the article row as it now is."""

    article: dict[str, Any] | None
    text: str


@dataclass
class EntityFound(Message):
    """An entity looked up by name (for a quote's speaker), or None."""

    entity_id: int | None
    name: str


def sentence_spans(body: str, facts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """For each fact, the span of its sentence in the body (its own span when the sentence cannot be found)."""
    spans = []
    for fact in facts:
        sentence = fact.get("sentence") or ""
        begin = body.rfind(sentence, 0, fact["start"] + len(sentence)) if sentence else -1
        if begin >= 0 and begin <= fact["start"] < begin + len(sentence):
            spans.append((begin, begin + len(sentence)))
        else:
            spans.append((fact["start"], fact["end"]))
    return spans


MAIN_SCREEN_ACTIONS = {"focus_search", "entity_page", "focus_pane", "toggle_label", "toggle_list", "toggle_facts",
                       "refresh_articles", "toggle_facets", "toggle_star"}


class FactdeskApp(App):
    """Browse articles, their entities and their facts by keyboard."""

    TITLE = "factdesk"
    CSS_PATH = "app.tcss"
    COMMANDS = {FactdeskCommands}
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="search", tooltip="Focus the search bar (live as you type)"),
        Binding("question_mark", "help", "Help", id="help", tooltip="List every key"),
        Binding("e", "entity_page", "Entity", id="entity-page",
                tooltip="Open the page of the entity under the cursor, or of the highlighted quote's speaker"),
        Binding("i", "import", "Import", id="import", tooltip="Import a file or a folder (path completion)"),
        Binding("l", "import_log", "Import log", id="import-log", show=False,
                tooltip="What happened to each imported file, failures with their reason"),
        Binding("r", "refresh_articles", "Refresh", id="refresh", show=False,
                tooltip="Reload the article list (another process may have imported more)"),
        Binding("a", "focus_pane('articles')", "Articles", id="focus-articles", show=False,
                tooltip="Move to the article list"),
        Binding("t", "focus_pane('article-body')", "Text", id="focus-text", show=False,
                tooltip="Move to the article text"),
        Binding("f", "focus_pane('facts')", "Facts", id="focus-facts", show=False, tooltip="Move to the facts"),
        *[Binding(key, f"toggle_label('{label}')", f"Toggle {LABEL_NAMES[label]}", id=f"toggle-{label.lower()}",
                  show=False, tooltip=f"Switch the highlighting of {LABEL_NAMES[label]} entities on or off")
          for label, key in TOGGLE_KEYS.items()],
        Binding("s", "toggle_star", "Star", id="star", tooltip="Star or unstar the open article (search: starred)"),
        Binding("w", "toggle_list", "Wide", id="toggle-list", tooltip="Hide or show the article list"),
        Binding("v", "toggle_facts", "Facts pane", id="toggle-facts", show=False,
                tooltip="Hide or show the facts pane"),
        Binding("F", "toggle_facets", "Facets", id="toggle-facets",
                tooltip="Show (and move to) or hide the top people, organisations and places of the search results;"
                        " enter on one narrows the search"),
        Binding("tab", "focus_next", "Next pane", show=False, id="next-pane", tooltip="Move to the next pane"),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False, id="previous-pane",
                tooltip="Move to the previous pane"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Leave factdesk (the open article is remembered)"),
    ]

    query_text: reactive[str] = reactive("")
    """The search bar's current query; empty lists every article."""
    hidden_labels: reactive[frozenset[str]] = reactive(frozenset())
    """Entity types whose highlighting is switched off."""

    def __init__(self, db_path: str):
        super().__init__()
        self.library = Library(db_path)
        self.db_key = str(Path(db_path).resolve())
        self.settings = Settings.load()
        self.article_id: int | None = None
        self.open_article: dict[str, Any] = {}
        self.mentions: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any]] = []
        self.fact_sentences: list[tuple[int, int]] = []
        self.known_labels: list[str] = list(ENTITY_STYLES)
        self.loaded_rows = 0
        self.total_rows = 0
        self.more_rows = False
        self.page_pending = False
        self.search_hits: dict[int, SearchHit] = {}
        self.facets_query = ""
        self.facets_asked = False
        self.importing = False
        self._last_progress = 0.0

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ search: words, \"phrases\", prefix*, person:NAME, after:2021 …", id="search")
        yield FacetStrip(id="facets-strip")
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                table = DataTable(id="articles", cursor_type="row", zebra_stripes=False)
                table.border_title = "Articles"
                yield table
                preview = HitPreview(id="hit-preview")
                preview.border_title = "Match"
                yield preview
            with Vertical(id="article-pane") as pane:
                pane.border_title = "Article"
                yield Static("Select an article and press enter.", id="article-title", markup=False)
                yield Static("", id="article-meta", markup=False)
                yield Static("", id="legend")
                yield ArticleBody(id="article-body")
                yield Static("", id="under-cursor")
            facts = OptionList(id="facts")
            facts.border_title = "Facts"
            yield facts
        with Horizontal(id="import-bar"):
            yield Static("", id="import-label")
            yield ProgressBar(id="import-progress", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self._main.query_one("#articles", DataTable)
        table.add_column("date", key="date", width=10)
        table.add_column("title", key="title")
        table.focus()
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.hidden_labels = frozenset(self.settings.hidden_labels)
        self._apply_layout()
        self.load_articles("", 0)
        self.load_labels()
        self.set_interval(WATCH_SECONDS, self.watch_article_count)
        if (fd := terminal_fd()) is not None:
            self.set_interval(CHECK_SECONDS, lambda: terminal_attached(fd) or self.exit())
        last = self.settings.last_article.get(self.db_key)
        if last is not None:
            self.load_article(last)

    @property
    def _main(self):
        """The main screen, whichever screen is on top (messages for it may arrive while a page is open)."""
        return self.screen_stack[0]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys that act on the main screen's panes are off (and out of the footer) on other screens.
        if action in MAIN_SCREEN_ACTIONS and len(self.screen_stack) > 1:
            return False
        return True

    # ---- data in workers -------------------------------------------------------------

    @work(thread=True, exclusive=True, group="list")
    def load_articles(self, query: str, offset: int) -> None:
        query = query.strip()
        if query:
            try:
                results = self.library.search(query, limit=SEARCH_PAGE_SIZE, offset=offset)
            except SearchError as error:
                self.post_message(SearchFailed(str(error)))
                return
            rows = [(h.id, h.published or "", h.title) for h in results.hits]
            status = f"{results.total_text} results in {results.elapsed_ms:.0f} ms"
            self.post_message(ArticleRows(rows, results.total, offset == 0, status, query, offset, results.total_text,
                                          more=len(rows) == SEARCH_PAGE_SIZE, hits=results.hits))
            return
        total = self.library.count_articles()
        rows = [(a.id, a.published or "", a.title) for a in self.library.list_articles(offset, PAGE_SIZE)]
        self.post_message(ArticleRows(rows, total, offset == 0, f"{total} articles", "", offset,
                                      more=offset + len(rows) < total))

    @work(thread=True, exclusive=True, group="facets")
    def load_facets(self, query: str) -> None:
        try:
            facets = self.library.facets(query)
        except SearchError:  # the list already says what is wrong with the query
            return
        self.post_message(FacetsReady(query, facets))

    @work(thread=True, exclusive=True, group="article")
    def load_article(self, article_id: int, mark: tuple[int, int] | None = None) -> None:
        article = self.library.article(article_id)
        if article is None:
            return
        self.post_message(ArticleLoaded(article, self.library.mentions(article_id), self.library.facts(article_id),
                                        mark))

    @work(thread=True, exclusive=True, group="labels")
    def load_labels(self) -> None:
        self.post_message(LabelsLoaded(self.library.labels()))

    @work(thread=True, exclusive=True, group="import")
    def run_import(self, paths: list[str]) -> None:
        def progress(done: int, total: int, current: str) -> None:
            now = time.monotonic()
            if done == total or now - self._last_progress >= PROGRESS_INTERVAL_S:
                self._last_progress = now
                self.post_message(ImportProgress(done, total, current))

        try:
            summary = self.library.import_paths(paths, progress)
        except Exception as error:  # a missing model or unreadable database: one line, the app goes on
            self.post_message(ImportFinished(error=f"{type(error).__name__}: {error}".splitlines()[0]))
            return
        self.post_message(ImportFinished(summary=summary))

    @work(thread=True, group="jobs")
    def run_export(self, path: str) -> None:
        try:
            count = self.library.export_facts(path)
        except OSError as error:
            self.post_message(WorkDone(f"Export failed: {error.strerror or error}: {path}", "error"))
            return
        self.post_message(WorkDone(f"Wrote {count} facts to {path}"))

    @work(thread=True, exclusive=True, group="reextract")
    def run_reextract(self, article_id: int) -> None:
        try:
            mentions, facts = self.library.reextract(article_id)
        except Exception as error:  # a missing model or a vanished article: say so, keep the app running
            self.post_message(WorkDone(f"Re-extraction failed: {error}".splitlines()[0], "error"))
            return
        self.post_message(WorkDone(f"Re-extracted: {mentions} mentions, {facts} facts", reload_article=True))

    @work(thread=True, exclusive=True, group="lookup")
    def find_entity(self, name: str, label: str | None = None) -> None:
        matches = self.library.search_entities(name, 20)
        exact = [m for m in matches if m["name"].casefold() == name.casefold()]
        preferred = [m for m in exact if m["label"] == label] or exact
        self.post_message(EntityFound(preferred[0]["id"] if preferred else None, name))

    # ---- messages ---------------------------------------------------------------------

    def on_search_failed(self, message: SearchFailed) -> None:
        search = self._main.query_one("#search", Input)
        search.add_class("-invalid")
        search.border_subtitle = plain(f"⚠ {message.error}", newlines=False)

    def on_article_rows(self, message: ArticleRows) -> None:
        # A worker cannot be stopped mid-query: drop pages of an older query or of a position already filled.
        if message.query != self.query_text.strip() or (not message.replace and message.offset != self.loaded_rows):
            return
        search = self._main.query_one("#search", Input)
        search.remove_class("-invalid")
        search.border_subtitle = ""
        table = self._main.query_one("#articles", DataTable)
        if message.replace:
            table.clear()
            self.loaded_rows = 0
            self.search_hits = {}
        for article_id, published, title in message.rows:
            table.add_row(safe_text(published, newlines=False), safe_text(title, newlines=False), key=str(article_id))
        self.search_hits.update((hit.id, hit) for hit in message.hits)
        self.loaded_rows += len(message.rows)
        self.total_rows = message.total
        self.more_rows = message.more
        self.page_pending = False
        table.border_title = f"Results ({message.total_text})" if message.query else f"Articles ({message.total})"
        table.border_subtitle = message.status
        if message.replace:
            self._apply_layout()
            self._preview_highlighted()
            if message.query and message.query != self.facets_query:
                self.facets_query = message.query
                self.load_facets(message.query)
            if self.article_id is not None:
                body = self._main.query_one(ArticleBody)
                body.set_hits(self._hits_in(body.text))

    def on_facets_ready(self, message: FacetsReady) -> None:
        if message.query == self.query_text.strip():
            self._main.query_one(FacetStrip).show(message.facets)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        article = message.article
        self.article_id = article["id"]
        self.mentions, self.facts = message.mentions, message.facts
        self._main.query_one("#article-title", Static).update(plain(article["title"], newlines=False))
        self.open_article = article
        self._show_meta()
        body = self._main.query_one(ArticleBody)
        body.hidden_labels = self.hidden_labels
        body.show(article["body"], message.mentions, self._hits_in(article["body"]))
        self._update_legend()
        self._show_facts()
        if message.mark:
            body.mark_span(*message.mark)
            body.focus()
        self.settings.last_article[self.db_key] = self.article_id
        self.settings.save()

    def _show_meta(self) -> None:
        """Date, author, source, dateline, then the analyst's own marks: star, tags and note."""
        article = self.open_article
        meta = [article.get("published"), article.get("author"), article.get("source"), article.get("dateline")]
        line = " · ".join(plain(m, newlines=False) for m in meta if m)
        if article.get("starred"):
            line = "★ " + line
        if article.get("tags"):
            line += "  " + " ".join("#" + plain(tag, newlines=False) for tag in article["tags"])
        if article.get("note"):
            line += "\n✎ " + plain(article["note"], newlines=False)
        self._main.query_one("#article-meta", Static).update(line)

    def _show_facts(self) -> None:
        """Fill the facts pane; when the open article is a search result, the facts that matched come first, marked."""
        hit = self.search_hits.get(self.article_id) if self.query_text.strip() else None
        matching = {fact["id"] for fact in hit.facts} if hit else set()
        self.facts = sorted(self.facts, key=lambda fact: fact["id"] not in matching)
        self.fact_sentences = sentence_spans(self._main.query_one(ArticleBody).text, self.facts)
        options = []
        for index, fact in enumerate(self.facts):
            line = fact_line(fact)
            if fact["id"] in matching:
                line = Text.assemble((f"{MATCH_MARK} ", MATCH_STYLE), line)
            options.append(Option(line, id=str(index)))
        facts = self._main.query_one("#facts", OptionList)
        facts.clear_options()
        facts.add_options(options)
        facts.border_title = f"Facts ({len(self.facts)})"
        facts.border_subtitle = f"{MATCH_MARK} {len(matching)} match the search" if matching else ""
        if self.facts:
            facts.highlighted = 0

    def _hits_in(self, body: str) -> list[tuple[int, int]]:
        """Where the search matches in an article's text: the query's words and the forms its snippet matched."""
        hit = self.search_hits.get(self.article_id) if self.query_text.strip() else None
        return find_hits(body, self.query_text, snippet_words(hit.snippet) if hit else [])

    def _preview_highlighted(self) -> None:
        table = self._main.query_one("#articles", DataTable)
        hit = None
        if self.query_text.strip() and table.row_count:
            row_key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key
            hit = self.search_hits.get(int(row_key.value))
        self._main.query_one(HitPreview).show_hit(hit)

    def on_labels_loaded(self, message: LabelsLoaded) -> None:
        order = list(ENTITY_STYLES)
        self.known_labels = sorted(set(message.labels) | set(order),
                                   key=lambda label: (order.index(label) if label in order else 99, label))

    def on_import_progress(self, message: ImportProgress) -> None:
        bar = self._main.query_one("#import-progress", ProgressBar)
        if message.done and message.done != bar.progress and not self.query_text:
            self.load_articles("", 0)  # show each finished file's articles while the rest import
        bar.update(total=max(message.total, 1), progress=message.done)
        name = os.path.basename(message.current.rstrip(os.sep)) if message.current else "finishing"
        self._main.query_one("#import-label", Static).update(
            Text(f"importing {message.done}/{message.total} {plain(name, newlines=False)[-40:]}"))

    def on_import_finished(self, message: ImportFinished) -> None:
        self.importing = False
        self._main.query_one("#import-bar").display = False
        if message.error:
            self.notify(f"Import failed: {message.error}", severity="error", timeout=10)
            return
        summary = message.summary
        text = f"Imported {summary.imported}, {summary.present} already present, {len(summary.failed)} failed"
        if summary.skipped:
            text += f", {len(summary.skipped)} skipped (README, LICENSE and the like)"
        self.notify(text, title="Import finished", severity="warning" if summary.failed else "information")
        for path, reason in summary.failed[:3]:
            self.notify(f"{plain(os.path.basename(path), newlines=False)}: {plain(reason, newlines=False)}",
                        title="Could not import", severity="error", timeout=10)
        if len(summary.failed) > 3:
            self.notify(f"…and {len(summary.failed) - 3} more; press l for the import log", severity="error", timeout=10)
        self.load_articles(self.query_text, 0)
        self.load_labels()

    def on_work_done(self, message: WorkDone) -> None:
        self.notify(message.text, severity=message.severity, timeout=6)
        if message.reload_article and self.article_id is not None:
            self.load_article(self.article_id)

    def on_entity_found(self, message: EntityFound) -> None:
        if message.entity_id is None:
            self.notify(f"No entity named {plain(message.name, newlines=False)}", severity="warning", timeout=3)
        else:
            self.open_entity(message.entity_id)

    @on(DataTable.RowSelected, "#articles")
    def open_selected(self, event: DataTable.RowSelected) -> None:
        self.load_article(int(event.row_key.value))

    @on(DataTable.RowHighlighted, "#articles")
    def maybe_load_more(self, event: DataTable.RowHighlighted) -> None:
        # Toolong's habit: never push every row; fetch the next page when the cursor nears the end.
        searching = bool(self.query_text.strip())
        if searching:
            self._main.query_one(HitPreview).show_hit(self.search_hits.get(int(event.row_key.value)))
        near_end = event.cursor_row >= self.loaded_rows - (PREFETCH_ROWS if searching else 20)
        if near_end and self.more_rows and not self.page_pending:
            self.page_pending = True
            self.load_articles(self.query_text, self.loaded_rows)

    @on(FacetList.Chosen)
    def facet_chosen(self, event: FacetList.Chosen) -> None:
        search = self._main.query_one("#search", Input)
        if event.filter.casefold() in search.value.casefold():
            self.notify("The search is already narrowed to that.", timeout=2)
            return
        search.value = f"{search.value.strip()} {event.filter}".strip()
        self.notify(f"Narrowed to {plain(event.filter, newlines=False)}", timeout=2)

    @on(OptionList.OptionSelected, "#facts")
    def fact_chosen(self, event: OptionList.OptionSelected) -> None:
        fact = self.facts[int(event.option.id)]
        self._main.query_one(ArticleBody).mark_span(fact["start"], fact["end"])

    @on(TextArea.SelectionChanged, "#article-body")
    def cursor_moved(self, event: TextArea.SelectionChanged) -> None:
        body = self._main.query_one(ArticleBody)
        offset = body.cursor_offset
        here = [index for index, (start, end) in enumerate(self.fact_sentences) if start <= offset < end]
        facts = self._main.query_one("#facts", OptionList)
        if here and not facts.has_focus:
            facts.highlighted = here[0]
        facts.border_subtitle = f"{len(here)} in this sentence" if here else ""
        line = Text()
        mention = body.mention_at(offset)
        if mention:
            line.append(plain(mention["name"], newlines=False), style=entity_style(mention["label"]))
            line.append(f"  {mention['label']} · {LABEL_NAMES.get(mention['label'], mention['label'].lower())}"
                        "  (e or enter: its page)", style="dim")
        self._main.query_one("#under-cursor", Static).update(line)

    @on(ArticleBody.EntityChosen)
    def entity_chosen(self, event: ArticleBody.EntityChosen) -> None:
        self.open_entity(event.mention["entity_id"])

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.set_timer(0.15, lambda value=event.value: self._run_search(value))

    def _run_search(self, value: str) -> None:
        # Debounce: only the latest text runs; the exclusive worker cancels the previous query. The open article's
        # hits follow when the results arrive.
        if value == self.query_text:
            self.page_pending = False
            self.load_articles(value, 0)

    @on(Input.Submitted, "#search")
    def search_submitted(self, event: Input.Submitted) -> None:
        self._main.query_one("#articles", DataTable).focus()

    # ---- navigation used by screens and the palette ---------------------------------------

    def show_article(self, article_id: int, mark: tuple[int, int] | None = None) -> None:
        """Return to the main screen and open an article, optionally bringing a span into view."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.load_article(article_id, mark)
        if mark is None:
            self._main.query_one(ArticleBody).focus()

    def open_entity(self, entity_id: int) -> None:
        from tui.entity_screen import EntityScreen

        self.push_screen(EntityScreen(entity_id))

    def toggle_label(self, label: str) -> None:
        self.hidden_labels = self.hidden_labels ^ {label}
        state = "hidden" if label in self.hidden_labels else "shown"
        self.notify(f"{LABEL_NAMES.get(label, label.lower())} entities {state}", timeout=2)

    def watch_hidden_labels(self, hidden: frozenset[str]) -> None:
        if not self.is_mounted:
            return
        self._main.query_one(ArticleBody).set_hidden_labels(hidden)
        self._update_legend()
        self.settings.hidden_labels = sorted(hidden)
        self.settings.save()

    def _update_legend(self) -> None:
        present = {m["label"] for m in self.mentions} | (set(self.hidden_labels) & {m["label"] for m in self.mentions})
        order = list(ENTITY_STYLES)
        labels = sorted(present, key=lambda label: (order.index(label) if label in order else 99, label))
        self._main.query_one("#legend", Static).update(render_legend(labels, self.hidden_labels))

    def _apply_layout(self) -> None:
        main = self._main
        searching = bool(self.query_text.strip())
        main.query_one("#list-pane").display = self.settings.show_list
        main.query_one("#facts").display = self.settings.show_facts
        main.query_one(HitPreview).display = searching
        strip = main.query_one(FacetStrip)
        roomy = self.size.height >= FACETS_MIN_HEIGHT or self.facets_asked
        strip.display = searching and self.settings.show_facets and roomy
        if not strip.display and strip.has_focus_within:
            main.query_one("#articles").focus()

    def on_resize(self) -> None:
        if self.is_mounted:
            self._apply_layout()

    def _remember_theme(self, theme) -> None:
        self.settings.theme = theme.name
        self.settings.save()

    # ---- actions (keys) ---------------------------------------------------------------

    def action_focus_search(self) -> None:
        self._main.query_one("#search", Input).focus()

    def action_focus_pane(self, pane_id: str) -> None:
        pane = self._main.query_one(f"#{pane_id}")
        if pane.display and pane.parent.display:
            pane.focus()

    def action_toggle_facets(self) -> None:
        strip = self._main.query_one(FacetStrip)
        if not self.query_text.strip():
            self.notify("Facets list the people, organisations and places of a search: type one first (/).",
                        timeout=3)
            return
        if strip.display and not strip.has_focus_within:
            strip.query_one(FacetList).focus()  # shown but elsewhere: F moves to it
            return
        self.settings.show_facets = not strip.display
        self.settings.save()
        # Asked for by key, the strip shows even when the terminal is short.
        self.facets_asked = self.settings.show_facets
        strip.display = self.settings.show_facets
        if strip.display:
            strip.query_one(FacetList).focus()
        else:
            self._main.query_one("#articles").focus()

    def action_help(self) -> None:
        from tui.help_screen import HelpScreen

        self.push_screen(HelpScreen())

    def action_toggle_label(self, label: str) -> None:
        self.toggle_label(label)

    def action_toggle_list(self) -> None:
        self.settings.show_list = not self.settings.show_list
        self._apply_layout()
        self.settings.save()

    def action_toggle_facts(self) -> None:
        self.settings.show_facts = not self.settings.show_facts
        self._apply_layout()
        self.settings.save()

    def action_entity_page(self) -> None:
        facts = self._main.query_one("#facts", OptionList)
        if facts.has_focus and facts.highlighted is not None:
            fact = self.facts[facts.highlighted]
            speaker = (fact.get("speaker") or fact.get("speaker_text") if fact["kind"] == "quote"
                       else fact.get("person") or fact.get("subject"))
            if speaker:
                known = [m for m in self.mentions if m["name"].casefold() == speaker.casefold()]
                person = [m for m in known if m["label"] == "PERSON"] or known
                if person:
                    self.open_entity(person[0]["entity_id"])
                else:
                    self.find_entity(speaker, "PERSON")
                return
        body = self._main.query_one(ArticleBody)
        mention = body.mention_at(body.cursor_offset)
        if mention is None:
            self.notify("Put the cursor on an entity (] jumps to the next one), or highlight a quote.", timeout=3)
            return
        self.open_entity(mention["entity_id"])

    def action_toggle_star(self) -> None:
        if self.article_id is None:
            self.notify("Open an article first.", severity="warning", timeout=3)
            return
        self.open_article["starred"] = 0 if self.open_article.get("starred") else 1
        self._show_meta()
        self.save_marks(self.article_id, starred=bool(self.open_article["starred"]))

    @work(thread=True, group="marks")
    def save_marks(self, article_id: int, starred: bool | None = None, add_tags: tuple[str, ...] = (),
                   remove_tags: tuple[str, ...] = (), note: str | None = None, note_given: bool = False) -> None:
        """Write the analyst's star, tags or note for an article, then show what the database now holds."""
        if starred is not None:
            self.library.set_starred(article_id, starred)
            said = "Starred" if starred else "Star removed"
        if add_tags or remove_tags:
            tags = self.library.set_tags(article_id, list(add_tags), list(remove_tags))
            said = "Tags: " + (" ".join("#" + t for t in tags) or "none")
        if note_given:
            self.library.set_note(article_id, note)
            said = "Note saved" if note else "Note cleared"
        self.post_message(MarksSaved(self.library.article(article_id), said))

    def on_marks_saved(self, message: MarksSaved) -> None:
        if message.article and message.article["id"] == self.article_id:
            self.open_article = message.article
            self._show_meta()
        self.notify(message.text, timeout=2)

    def action_import(self) -> None:
        self.command_import()

    def action_import_log(self) -> None:
        from tui.import_log_screen import ImportLogScreen

        self.push_screen(ImportLogScreen(self.library.db_path))

    # ---- live refresh: articles imported by another process (factdesk import) -----------

    def action_refresh_articles(self) -> None:
        """Reload the list (or rerun the search) from the database as it is now."""
        self.load_articles(self.query_text, 0)

    @work(thread=True, exclusive=True, group="watch")
    def watch_article_count(self) -> None:
        if self.query_text or self.importing:
            return
        if self.library.count_articles() != self.total_rows:
            self.call_from_thread(self.action_refresh_articles)

    # ---- palette commands (tui/commands.py lists them) ----------------------------------------

    def command_import(self) -> None:
        from tui.path_prompt import PathPrompt

        self.push_screen(PathPrompt("Import articles", "A file (.txt .md .csv …) or a folder. tab completes, "
                                    "↓ lists matches, enter imports, escape cancels."),
                         lambda path: path and self.command_import_path(path))

    def command_import_path(self, path: str) -> None:
        expanded = os.path.expanduser(path)
        if not os.path.exists(expanded):
            self.notify(f"No such file or folder: {plain(path, newlines=False)}", severity="error", timeout=6)
            return
        if self.importing:
            self.notify("An import is already running; wait for it to finish.", severity="warning", timeout=4)
            return
        self.importing = True
        self._last_progress = 0.0
        self._main.query_one("#import-bar").display = True
        self._main.query_one("#import-label", Static).update(Text(f"importing {plain(path, newlines=False)}"))
        self._main.query_one("#import-progress", ProgressBar).update(total=None, progress=0)
        self.run_import([expanded])

    def command_export(self) -> None:
        from tui.path_prompt import PathPrompt

        self.push_screen(PathPrompt("Export facts", "Every fact with its article: .jsonl (JSON lines) or .csv.",
                                    initial="facts.jsonl"),
                         lambda path: path and self.run_export(os.path.expanduser(path)))

    def command_go_to_entity(self) -> None:
        self.push_screen(CommandPalette(providers=[EntityPicker], placeholder="Entity name or alias…"))

    def command_go_to_article(self) -> None:
        self.push_screen(CommandPalette(providers=[ArticlePicker], placeholder="Words of the title…"))

    def command_toggle_type(self) -> None:
        self.push_screen(CommandPalette(providers=[EntityTypePicker], placeholder="Entity type to show or hide…"))

    def command_reextract(self) -> None:
        if self.article_id is None:
            self.notify("Open an article first.", severity="warning", timeout=3)
            return
        self.notify("Re-extracting the open article…", timeout=2)
        self.run_reextract(self.article_id)

    def command_tag(self) -> None:
        from tui.text_prompt import TextPrompt

        if self.article_id is None:
            self.notify("Open an article first.", severity="warning", timeout=3)
            return
        article_id = self.article_id

        def apply(text: str | None) -> None:
            words = (text or "").replace(",", " ").split()
            add = tuple(w.lstrip("#") for w in words if not w.startswith("-") and w.lstrip("#"))
            remove = tuple(w[1:].lstrip("#") for w in words if w.startswith("-") and len(w) > 1)
            if add or remove:
                self.save_marks(article_id, add_tags=add, remove_tags=remove)

        self.push_screen(TextPrompt("Tag article", "Tags separated by spaces; -tag removes one (search: tag:NAME)"),
                         apply)

    def command_note(self) -> None:
        from tui.text_prompt import TextPrompt

        if self.article_id is None:
            self.notify("Open an article first.", severity="warning", timeout=3)
            return
        article_id = self.article_id
        self.push_screen(
            TextPrompt("Note on this article", "enter saves, an empty note clears it, escape cancels",
                       initial=self.open_article.get("note") or "", allow_empty=True),
            lambda text: text is not None and self.save_marks(article_id, note=text, note_given=True))

    def command_star(self) -> None:
        self.action_toggle_star()

    def command_import_log(self) -> None:
        self.action_import_log()

    def command_theme(self) -> None:
        self.action_change_theme()

    def command_toggle_list(self) -> None:
        self.action_toggle_list()

    def command_toggle_facts(self) -> None:
        self.action_toggle_facts()

    def command_toggle_facets(self) -> None:
        self.action_toggle_facets()

    def command_save_search(self) -> None:
        from tui.text_prompt import TextPrompt

        query = self.query_text.strip()
        if not query:
            self.notify("Type a search first (/), then save it.", severity="warning", timeout=3)
            return
        self.push_screen(TextPrompt("Save search", f"A name for: {plain(query, newlines=False)}  (enter saves, "
                                    "escape cancels; a saved search with the same name is replaced)", initial=query),
                         lambda name: name and self.run_save_search(name, query))

    def command_saved_searches(self) -> None:
        self.push_screen(CommandPalette(providers=[SavedSearchPicker], placeholder="Saved search to run…"))

    def command_delete_saved_search(self) -> None:
        self.push_screen(CommandPalette(providers=[SavedSearchDeleter], placeholder="Saved search to forget…"))

    def run_saved_search(self, name: str, query: str) -> None:
        """Put a saved search in the search bar (it runs as if typed) and move to its results."""
        self._main.query_one("#search", Input).value = query
        self._main.query_one("#articles", DataTable).focus()
        self.notify(f"Saved search: {plain(name, newlines=False)}", timeout=2)

    @work(thread=True, group="jobs")
    def run_save_search(self, name: str, query: str) -> None:
        try:
            self.library.save_search(name, query)
        except SearchError as error:
            self.post_message(WorkDone(f"Not saved: {error}", "error"))
            return
        self.post_message(WorkDone(f"Saved search “{plain(name, newlines=False)}”"))

    @work(thread=True, group="jobs")
    def delete_saved_search(self, name: str, query: str) -> None:
        found = self.library.delete_saved_search(name)
        self.post_message(WorkDone(f"Deleted saved search “{plain(name, newlines=False)}”" if found
                                   else f"No saved search named “{plain(name, newlines=False)}”"))

    def command_help(self) -> None:
        self.action_help()

    def command_quit(self) -> None:
        self.exit()
