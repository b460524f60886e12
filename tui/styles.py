"""Entity colours, fact icons and the rendering of an article body with its entities highlighted."""

from __future__ import annotations

from typing import Any

from rich.text import Text

from tui.safe import plain

# Mid-luminance colours with an underline read on dark and light backgrounds alike.
ENTITY_STYLES: dict[str, str] = {
    "PERSON": "bold #e07b39",
    "ORG": "bold #3f8fd2",
    "GPE": "bold #3aa55d",
    "LOC": "bold #2aa198",
    "NORP": "bold #b15dc4",
    "FAC": "bold #c9a227",
    "EVENT": "bold #d6455d",
    "PRODUCT": "bold #8f7ad6",
    "LAW": "bold #8a8a8a",
    "WORK_OF_ART": "bold #c25e9b",
}
DEFAULT_ENTITY_STYLE = "bold"
# The marked sentence and search hits must read on any theme, so they set both colours or swap them.
MARK_STYLE = "reverse"
HIT_STYLE = "bold black on #e5c07b"
# Marks the facts that matched the search, in the result preview and at the top of the facts pane.
MATCH_MARK = "⌕"
MATCH_STYLE = "bold #e5c07b"
LABEL_NAMES = {
    "PERSON": "person", "ORG": "organisation", "GPE": "country/city", "LOC": "place", "NORP": "group",
    "FAC": "building", "EVENT": "event", "PRODUCT": "product", "LAW": "law", "WORK_OF_ART": "work",
}
# The keys that switch a type's highlighting on and off (the palette's "Toggle entity type…" covers all types).
TOGGLE_KEYS = {"PERSON": "1", "ORG": "2", "GPE": "3", "LOC": "4", "NORP": "5"}
FACT_ICONS = {"quote": "❝", "quantity": "#", "role": "☍", "event": "→", "date": "◷"}


def entity_style(label: str) -> str:
    return ENTITY_STYLES.get(label, DEFAULT_ENTITY_STYLE)


def render_legend(labels: list[str], hidden_labels: frozenset[str] = frozenset()) -> Text:
    """One swatch per type, with the key that toggles it; hidden types are struck through."""
    legend = Text()
    for label in labels:
        style = "dim strike" if label in hidden_labels else entity_style(label)
        if label in TOGGLE_KEYS:
            legend.append(f"{TOGGLE_KEYS[label]}", style="dim")
        legend.append(f"■ {LABEL_NAMES.get(label, label.lower())}", style=style)
        legend.append("  ")
    return legend


def fact_line(fact: dict[str, Any]) -> Text:
    """One line (wrapped) for a fact in the facts pane: an icon per kind and the fact's fields."""
    kind = fact["kind"]
    icon = FACT_ICONS.get(kind, "•")
    line = Text(f"{icon} ", style="bold")
    if kind == "quote":
        line.append(plain(fact.get("speaker") or fact.get("speaker_text") or "unknown", newlines=False),
                    style=entity_style("PERSON"))
        quote = plain(fact.get("content") or "", newlines=False)
        line.append(f"\n  {'“' + quote + '”' if fact.get('direct') else quote}")
    elif kind == "quantity":
        line.append(plain(fact.get("text") or "", newlines=False), style="bold")
        if fact.get("about"):
            line.append(f" · {plain(fact['about'], newlines=False)}")
    elif kind == "role":
        line.append(" · ".join(plain(fact.get(k) or "", newlines=False) for k in ("person", "role", "org")))
    elif kind == "event":
        line.append(" · ".join(plain(fact.get(k) or "", newlines=False) for k in ("subject", "verb", "object")))
    elif kind == "date":
        line.append(f"{plain(fact.get('text') or '', newlines=False)} → {fact.get('value')}")
    return line
