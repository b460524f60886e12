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
LABEL_NAMES = {
    "PERSON": "person", "ORG": "organisation", "GPE": "country/city", "LOC": "place", "NORP": "group",
    "FAC": "building", "EVENT": "event", "PRODUCT": "product", "LAW": "law", "WORK_OF_ART": "work",
}
FACT_ICONS = {"quote": "❝", "quantity": "#", "role": "☍", "event": "→", "date": "◷"}


def entity_style(label: str) -> str:
    return ENTITY_STYLES.get(label, DEFAULT_ENTITY_STYLE)


def render_body(body: str, mentions: list[dict[str, Any]], hidden_labels: frozenset[str] = frozenset(),
                mark: tuple[int, int] | None = None) -> Text:
    """The body as literal text (never markup) with each visible entity coloured and an optional marked span."""
    text = Text(plain(body), no_wrap=False)
    if mark is not None:
        text.stylize("reverse", mark[0], mark[1])
    for mention in mentions:
        if mention["label"] in hidden_labels:
            continue
        text.stylize(entity_style(mention["label"]), mention["start"], mention["end"])
    return text


def render_legend(labels: list[str], hidden_labels: frozenset[str] = frozenset()) -> Text:
    legend = Text()
    for label in labels:
        style = "dim strike" if label in hidden_labels else entity_style(label)
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
