"""The command palette: one provider of the app's commands (each calls an app.command_* method) and the pickers
that some commands open (entities, articles, entity types, saved searches, paths to import)."""

from __future__ import annotations

import asyncio
import os
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.path_prompt import path_completions
from tui.safe import plain
from tui.styles import LABEL_NAMES, entity_style

# (palette text, help, app method): the single list the palette, its tests and the README describe.
COMMANDS: list[tuple[str, str, str]] = [
    ("Import…", "Import a file or a folder of articles (type “import PATH” here to complete paths)", "command_import"),
    ("Export…", "Write every fact with its article to a .jsonl or .csv file", "command_export"),
    ("Go to entity…", "Type a name to list matching entities and open one's page", "command_go_to_entity"),
    ("Go to article…", "Type words of a title to open that article", "command_go_to_article"),
    ("Save search…", "Name the query in the search bar to run it again later", "command_save_search"),
    ("Saved searches…", "Choose a saved search to run it", "command_saved_searches"),
    ("Delete saved search…", "Choose a saved search to forget", "command_delete_saved_search"),
    ("Star article", "Star or unstar the open article (key s; search: starred)", "command_star"),
    ("Tag article…", "Add tags to the open article, -tag removes one (search: tag:NAME)", "command_tag"),
    ("Note…", "Write a note on the open article", "command_note"),
    ("Toggle facets", "Show or hide the people, organisations and places of the search results", "command_toggle_facets"),
    ("Toggle entity type…", "Switch the highlighting of one entity type on or off", "command_toggle_type"),
    ("Re-extract…", "Run extraction again on the open article and replace its entities and facts",
     "command_reextract"),
    ("Import log", "Show what happened to each imported file", "command_import_log"),
    ("Switch theme…", "Choose a colour theme", "command_theme"),
    ("Toggle article list", "Show or hide the article list (a wider reading layout)", "command_toggle_list"),
    ("Toggle facts pane", "Show or hide the facts pane", "command_toggle_facts"),
    ("Help", "Every key and what it does", "command_help"),
    ("Quit", "Leave factdesk", "command_quit"),
]

IMPORT_PREFIX = "import "


class FactdeskCommands(Provider):
    """Every factdesk command; typing “import ” followed by a path lists matching files and folders to import."""

    async def discover(self) -> Hits:
        for name, help_text, method in COMMANDS:
            yield DiscoveryHit(name, getattr(self.app, method), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, method in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), getattr(self.app, method), help=help_text)
        if query.lower().startswith(IMPORT_PREFIX) and len(query) > len(IMPORT_PREFIX):
            typed = query[len(IMPORT_PREFIX):]
            completions = await asyncio.to_thread(path_completions, typed, limit=20)
            for rank, path in enumerate(completions):
                kind = "folder" if path.endswith(os.sep) else "file"
                yield Hit(0.99 - rank / 100, Text(f"Import {plain(path, newlines=False)}"),
                          partial(self.app.command_import_path, path), text=f"Import {path}",
                          help=f"import this {kind} in the background")


class EntityPicker(Provider):
    """Entities whose name or alias starts with what is typed, most mentioned first."""

    async def search(self, query: str) -> Hits:
        if not query.strip():
            return
        for rank, entity in enumerate(await asyncio.to_thread(self.app.library.search_entities, query, 20)):
            line = Text(plain(entity["name"], newlines=False), style=entity_style(entity["label"]))
            line.append(f"  {entity['label']}", style="dim")
            yield Hit(1 - rank / 100, line, partial(self.app.open_entity, entity["id"]), text=entity["name"],
                      help=f"{entity['mentions']} mentions")


class ArticlePicker(Provider):
    """Articles whose title has the typed words."""

    async def search(self, query: str) -> Hits:
        if not query.strip():
            return
        for rank, article in enumerate(await asyncio.to_thread(self.app.library.search_titles, query, 20)):
            title = plain(article.title, newlines=False)
            yield Hit(1 - rank / 100, Text(title), partial(self.app.show_article, article.id), text=title,
                      help=article.published or "undated")


class EntityTypePicker(Provider):
    """Entity types, each switching its highlighting on or off."""

    def _hits(self):
        for label in self.app.known_labels:
            state = "hidden" if label in self.app.hidden_labels else "shown"
            name = f"{label} ({LABEL_NAMES.get(label, label.lower())})"
            yield name, partial(self.app.toggle_label, label), f"now {state}"

    async def discover(self) -> Hits:
        for name, callback, help_text in self._hits():
            yield DiscoveryHit(Text(name, style=entity_style(name.split()[0])), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._hits():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=help_text)


class SavedSearchPicker(Provider):
    """Saved searches by name; choosing one runs it (the delete variant forgets it instead)."""

    delete = False

    async def _hits(self):
        for entry in await asyncio.to_thread(self.app.library.saved_searches):
            action = self.app.delete_saved_search if self.delete else self.app.run_saved_search
            yield plain(entry["name"], newlines=False), partial(action, entry["name"], entry["query"]), \
                plain(entry["query"], newlines=False)

    async def discover(self) -> Hits:
        async for name, callback, query in self._hits():
            yield DiscoveryHit(name, callback, help=query)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        async for name, callback, saved_query in self._hits():
            score = max(matcher.match(name), matcher.match(saved_query) * 0.9)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=saved_query)


class SavedSearchDeleter(SavedSearchPicker):
    """Saved searches by name; choosing one forgets it."""

    delete = True
