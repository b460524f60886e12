"""Remembers the last article, the layout, the theme and the hidden entity types between runs, in a small JSON file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

CONFIG_DIR_ENV = "FACTDESK_CONFIG_DIR"


def config_dir() -> Path:
    """$FACTDESK_CONFIG_DIR, else factdesk's folder in the user's config directory."""
    if env := os.environ.get(CONFIG_DIR_ENV):
        return Path(env)
    from platformdirs import user_config_path

    return user_config_path("factdesk", appauthor=False)


@dataclass
class Settings:
    """What the app restores when it starts again."""

    last_article: dict[str, int] = field(default_factory=dict)
    """The last opened article id, per database file."""
    hidden_labels: list[str] = field(default_factory=list)
    """Entity types whose highlighting is switched off."""
    show_list: bool = True
    """Whether the article list pane is shown (off for a wide reading layout)."""
    show_facts: bool = True
    """Whether the facts pane is shown."""
    show_facets: bool = True
    """Whether the facets strip (top people, organisations, places of the results) shows while a search is active."""
    theme: str = ""
    """The Textual theme, empty for the default."""

    @classmethod
    def load(cls) -> Settings:
        """The saved settings, or the defaults when the file is missing or unreadable."""
        try:
            raw = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls()
        for name, value in raw.items():
            if name in known and isinstance(value, type(getattr(settings, name))):
                setattr(settings, name, value)
        return settings

    def save(self) -> None:
        """Write the settings; a read-only config folder only loses the memory, never the session."""
        try:
            folder = config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            temporary = folder / "settings.json.tmp"
            temporary.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
            temporary.replace(folder / "settings.json")
        except OSError:
            pass
