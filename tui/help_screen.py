"""The help screen: every key binding of the app, where it works, what it does and why you would use it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static


def binding_rows(app) -> list[tuple[str, str, str, str]]:
    """(where, key, what, tooltip) for every binding of the app and its screens, in the order they appear."""
    from tui.app import FactdeskApp
    from tui.article_view import ArticleBody
    from tui.entity_screen import EntityScreen
    from tui.import_log_screen import ImportLogScreen
    from tui.path_prompt import PathPrompt
    from tui.search_panes import FacetList
    from tui.text_prompt import TextPrompt

    places = [("everywhere", FactdeskApp.BINDINGS), ("article text", ArticleBody.BINDINGS),
              ("facets", FacetList.BINDINGS),
              ("entity page", EntityScreen.BINDINGS), ("path dialog", PathPrompt.BINDINGS),
              ("name dialog", TextPrompt.BINDINGS),
              ("import log", ImportLogScreen.BINDINGS),
              ("help", HelpScreen.BINDINGS)]
    rows = [("everywhere", app.get_key_display(Binding("ctrl+p", "command_palette")), "Command palette",
             "Import, export, go to an entity or article, saved searches, toggle types, re-extract, theme")]
    for where, bindings in places:
        for binding in bindings:
            if isinstance(binding, Binding):
                keys = " ".join(app.get_key_display(Binding(key.strip(), binding.action))
                                for key in binding.key.split(","))
                rows.append((where, keys, binding.description, binding.tooltip))
    rows.append(("lists", "↑ ↓ enter", "Move, open", "In every list: move the highlight and open the item"))
    rows.append(("facets", "enter", "Narrow the search",
                 "Adds person:\"NAME\" (or org:, place:) for the highlighted name to the query"))
    rows.append(("article text", "← → ↑ ↓ pgup pgdn", "Move the cursor",
                 "The entity under the cursor and the facts of its sentence show below and on the right"))
    return rows


class HelpScreen(ModalScreen[None]):
    """Lists every binding; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help-close", tooltip="Back to the app"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static("factdesk keys — ctrl+p opens the command palette for everything else", id="help-title")
            yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one("#help-table", DataTable)
        table.add_columns("where", "key", "does", "why")
        for row in binding_rows(self.app):
            table.add_row(*row)
        table.focus()

    async def action_dismiss(self, result=None) -> None:
        self.dismiss(None)
