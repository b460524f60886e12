"""Names the organisation a text refers back to by its kind: 'the bank' is the Deutsche Bank it named before."""

from __future__ import annotations

from collections.abc import Iterable

from extract.model import Mention

# Words after which an organisation's name only qualifies its head ('Academy of Sciences', 'Institute for Peace').
NAME_QUALIFIERS = {"of", "for", "on", "in", "at", "to"}


def head_word(name: str) -> str:
    """The head noun of an organisation's name, folded: the word before its first 'of' or 'for', else its last."""
    words = name.casefold().split()
    cut = next((i for i, word in enumerate(words) if word in NAME_QUALIFIERS and i > 0), len(words))
    return words[cut - 1] if words else ""


def one_body_of_kind(kind_words: set[str], orgs: Iterable[Mention]) -> str | None:
    """The one organisation among orgs whose name has one of kind_words as its head ('the academy' for 'Royal
    Swedish Academy of Sciences', 'the bank' for 'Deutsche Bank'), or None when none or several have."""
    found = {m.canonical for m in orgs if head_word(m.canonical) in kind_words}
    return found.pop() if len(found) == 1 else None
