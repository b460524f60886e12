"""Parses the search language (words, "phrases", OR, NOT/-, prefix*, parentheses, filters) into a small syntax tree."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

FILTERS = ("entity", "person", "org", "place", "speaker", "kind", "source", "author", "after", "before", "tag")
FACT_KINDS = ("quote", "quantity", "role", "event", "date")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# A word is anything up to a space, a parenthesis or a quote; a filter name is letters then a colon.
_FILTER_NAME = re.compile(r"([A-Za-z_]+):(.*)", re.DOTALL)
_BREAK = set("()\"")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_DEPTH = 32
MAX_TOKENS = 200


class SearchError(ValueError):
    """A query that cannot be run; the message is one line for the user."""


@dataclass(frozen=True)
class Term:
    """Text to find in the articles: a word, a "phrase" or a prefix*."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class Filter:
    """name:value, e.g. person:"Nasser Bourita", after:2021-03, or the bare `starred` (name 'starred')."""

    name: str
    value: str = ""


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Filter | Not | And | Or


@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "phrase", "filter", "(", ")", "OR", "AND", "NOT", "-"
    text: str = ""
    name: str = ""


def _read_quoted(query: str, start: int) -> tuple[str, int]:
    """The text between the quote at `start` and its partner, and the index after the closing quote."""
    end = query.find('"', start + 1)
    if end < 0:
        raise SearchError('unbalanced quote: add the closing "')
    return query[start + 1:end], end + 1


def _tokens(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    index, length = 0, len(query)
    while index < length:
        char = query[index]
        if char.isspace():
            index += 1
        elif char in "()":
            tokens.append(_Token(char))
            index += 1
        elif char == '"':
            text, index = _read_quoted(query, index)
            tokens.append(_Token("phrase", text))
        elif char == "-" and index + 1 < length and not query[index + 1].isspace() and (
                not tokens or tokens[-1].kind in ("(", "OR", "AND", "NOT", "-") or query[index - 1].isspace()):
            tokens.append(_Token("-"))
            index += 1
        else:
            start = index
            while index < length and not query[index].isspace() and query[index] not in _BREAK:
                index += 1
            word = query[start:index]
            if word in ("OR", "AND", "NOT") or word == "|":
                tokens.append(_Token("OR" if word == "|" else word))
                continue
            match = _FILTER_NAME.fullmatch(word)
            if match:
                name, value = match.group(1).lower(), match.group(2)
                if not value and index < length and query[index] == '"':
                    value, index = _read_quoted(query, index)
                tokens.append(_Token("filter", value, name))
            else:
                tokens.append(_Token("word", word))
    return tokens


def _check_filter(name: str, value: str) -> Filter:
    if name not in FILTERS:
        raise SearchError(f"unknown filter {name}: (filters: {', '.join(f + ':' for f in FILTERS)} starred)")
    value = " ".join(value.split())
    if not value:
        raise SearchError(f"{name}: needs a value, e.g. {name}:{_EXAMPLES[name]}")
    if name == "kind":
        value = value.lower()
        if value not in FACT_KINDS:
            raise SearchError(f"kind: is one of {', '.join(FACT_KINDS)}, not {value!r}")
    if name in ("after", "before"):
        _check_date(name, value)
    return Filter(name, value)


_EXAMPLES = {"entity": '"Nasser Bourita"', "person": "Bourita", "org": "UN", "place": "Morocco",
             "speaker": "Bourita", "kind": "quote", "source": "Wikinews", "author": "Smith",
             "after": "2021-03", "before": "2021", "tag": "africa"}


def _check_date(name: str, value: str) -> None:
    match = _DATE.fullmatch(value)
    message = f"{name}: wants a date like 2021, 2021-03 or 2021-03-31, not {value!r}"
    if not match:
        raise SearchError(message)
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError:
        raise SearchError(message) from None


def _searchable(text: str) -> bool:
    return any(char.isalnum() for char in text)


class _Parser:
    """Recursive descent: NOT/- binds tightest, then OR, then AND (implicit or explicit), as in web search."""

    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.position = 0
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def parse(self) -> Node | None:
        node = self.and_expression()
        token = self.peek()
        if token is not None:
            if token.kind == ")":
                raise SearchError("unbalanced parenthesis: ')' without '('")
            raise SearchError(f"unexpected {token.kind}")
        return node

    def and_expression(self) -> Node | None:
        children: list[Node | None] = []
        while (token := self.peek()) is not None and token.kind != ")":
            if token.kind == "AND":
                if not children:
                    raise SearchError("AND needs something on its left")
                self.take()
                if self.peek() is None or self.peek().kind in (")", "AND", "OR"):
                    raise SearchError("AND needs something on its right")
                continue
            if token.kind == "OR":
                raise SearchError("OR needs something on its left")
            children.append(self.or_expression())
        return _combine(And, children)

    def or_expression(self) -> Node | None:
        children = [self.unary()]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            following = self.peek()
            if following is None or following.kind in (")", "OR", "AND"):
                raise SearchError("OR needs something on its right")
            children.append(self.unary())
        return _combine(Or, children)

    def unary(self) -> Node | None:
        token = self.take()
        if token.kind in ("NOT", "-"):
            following = self.peek()
            if following is None or following.kind in (")", "OR", "AND"):
                raise SearchError(f"{'NOT' if token.kind == 'NOT' else '-'} needs something after it")
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise SearchError(f"too many nested operators (at most {MAX_DEPTH})")
            child = self.unary()
            self.depth -= 1
            return Not(child) if child is not None else None
        if token.kind == "(":
            following = self.peek()
            if following is not None and following.kind == ")":
                raise SearchError("empty parentheses")
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise SearchError(f"too many nested parentheses (at most {MAX_DEPTH})")
            node = self.and_expression()
            self.depth -= 1
            if self.peek() is None:
                raise SearchError("unbalanced parenthesis: add the closing ')'")
            self.take()
            return node
        if token.kind == "filter":
            return _check_filter(token.name, token.text)
        if token.kind == "phrase":
            text = " ".join(token.text.split())
            return Term(text, phrase=True) if _searchable(text) else None
        word = token.text
        if word.lower() == "starred":
            return Filter("starred")
        prefix = word.endswith("*")
        word = word.rstrip("*")
        return Term(word, prefix=prefix) if _searchable(word) else None


def _combine(kind: type, children: list[Node | None]) -> Node | None:
    kept: list[Node] = []
    for child in children:
        if child is None:
            continue
        if isinstance(child, kind):
            kept.extend(child.children)
        else:
            kept.append(child)
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    return kind(tuple(kept))


def parse_query(query: str) -> Node | None:
    """The syntax tree of `query`, or None for a blank query (which matches every article); raises SearchError."""
    if not isinstance(query, str):
        raise SearchError("the query must be text")
    # Control characters (NUL ends an FTS5 string early) are never part of a word.
    tokens = _tokens(_CONTROL.sub(" ", query))
    if not tokens:
        return None
    if len(tokens) > MAX_TOKENS:
        raise SearchError(f"query too long: at most {MAX_TOKENS} words and operators")
    node = _Parser(tokens).parse()
    if node is None:
        raise SearchError("nothing to search for: words need a letter or a digit")
    return node
