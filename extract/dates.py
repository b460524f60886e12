"""Finds time expressions in an article and resolves each against the publication date at its own granularity."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from extract.sentences import sentence_of, text_of
from extract.model import Fact

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"]
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)} | MONTH_ABBREVIATIONS
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_EDGE = r"(?:(?:early|late|mid|earlier|later)[\s-]+)?"

# Ordered: the first alternative that matches at a position wins, so longer forms come first.
PATTERNS: list[tuple[str, str]] = [
    ("day_month_year", rf"\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})\b"),
    ("month_day_year", rf"\b(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})\b"),
    ("month_day_rel_year", rf"\b(?P<m3>{_MONTH})\s+(?P<d3>{_DAY}),?\s+(?P<r3>last|this|next)\s+year\b"),
    ("month_of_rel_year", rf"\b(?P<m4>{_MONTH})\s+of\s+(?P<r4>last|this|next)\s+year\b"),
    ("season_year", rf"\b(?:the\s+)?(?:winter|spring|summer|autumn|fall)\s+of\s+(?P<y5>{_YEAR})(?:[–-]{_YEAR})?\b"),
    ("month_year", rf"\b{_EDGE}(?P<m6>{_MONTH}),?\s+(?:of\s+)?(?P<y6>{_YEAR})\b"),
    ("month_day", rf"\b(?P<m7>{_MONTH})\s+(?P<d7>{_DAY})\b(?!\s*(?:,\s*)?\d)|\b(?P<d8>{_DAY})\s+(?:of\s+)?(?P<m8>{_MONTH})\b"),
    ("rel_weekday", rf"\b(?P<r9>(?:this\s+)?past|(?:this\s+)?coming|last|next|this)\s+(?P<w9>{_WEEKDAY}){_PART}\b"),
    ("weekday", rf"\b(?P<w10>{_WEEKDAY}){_PART}\b"),
    ("rel_month_name", rf"\b(?P<r11>(?:this\s+)?past|last|next|this|(?:this\s+)?coming)\s+(?P<m11>{_MONTH})\b"),
    ("month", rf"\b{_EDGE}(?P<m12>{_MONTH})\b(?!\s+\d)"),
    ("rel_day", r"\b(?:(?:early|late)\s+)?(?P<r13>yesterday|today|tomorrow|tonight)" + _PART + r"\b"),
    ("night", r"\b(?P<r14>last|this|tomorrow)\s+(?P<p14>night|evening|morning|afternoon)\b"),
    ("rel_week", r"\b(?P<r15>(?:this\s+)?past|last|this|next|(?:this\s+)?coming)\s+(?:week|weekend)\b"),
    ("rel_month", r"\b(?P<r16>last|this|next|earlier\s+(?:this|in\s+the)|later\s+(?:this|in\s+the))\s+month\b"),
    ("rel_year", r"\b(?:during\s+)?(?P<r17>last|this|next|the\s+previous|the\s+following|the\s+next|the\s+past)\s+year\b(?!s)"),
    ("anaphor", r"\b(?:(?:on|at)\s+)?(?P<r18>that\s+day|the\s+same\s+day|at\s+the\s+time|at\s+that\s+time)\b"),
    ("next_day", r"\b(?P<r20>the\s+(?:previous|next|following)\s+day|the\s+day\s+(?:before|after))\b"),
    ("ago", r"\b(?P<n21>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u21>day|week|month|year)s?\s+ago\b"),
    ("year", rf"(?<![\w$€£-])(?P<y19>{_YEAR})(?![\w-]|s\b)"),
]
DATE_PATTERN = re.compile("|".join(f"(?P<{name}>{body})" for name, body in PATTERNS), re.IGNORECASE)
# Every pattern starts at a word that is a digit or one of these, so only such words are tried: scanning the whole
# alternation at every character cost about 5% of spaCy's own time.
FIRST_WORDS = frozenset(
    MONTH_NAMES + list(MONTH_ABBREVIATIONS) + WEEKDAYS + list(SMALL_NUMBERS)
    + ["winter", "spring", "summer", "autumn", "fall", "early", "late", "mid", "earlier", "later", "this", "past",
       "coming", "last", "next", "yesterday", "today", "tomorrow", "tonight", "during", "on", "at", "that", "the"])
WORD = re.compile(r"\w+")
# Lowercase words that only name a time when capitalised.
CAPITALISED_ONLY = {"month", "month_year", "month_day", "rel_month_name", "weekday", "rel_weekday", "day_month_year",
                    "month_day_year", "month_day_rel_year", "month_of_rel_year"}
RELATIVE_KINDS = {"next_day", "ago", "rel_weekday", "weekday", "rel_day", "night", "rel_week", "rel_month", "rel_year", "anaphor",
                  "rel_month_name", "month", "month_day", "month_of_rel_year", "month_day_rel_year"}
QUOTED = re.compile(r"\"[^\"]{1,2000}?\"|“[^”“]{1,2000}?”")
FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would"}
FUTURE_LEMMAS = {"schedule", "plan", "expect", "due", "set", "intend", "upcoming", "coming", "until"}
NOT_A_MONTH_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")
HONORIFIC_BEFORE = re.compile(r"\b(?:Mrs?|Ms|Dr|Mme)\.?\s+$")


def _month_number(text: str) -> int:
    return MONTH_NUMBERS[text.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _latest_month(month: int, published: date, future: bool) -> str:
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _latest_day(month: int, day: int, published: date, future: bool) -> str | None:
    for year in ((published.year, published.year + 1) if future else (published.year, published.year - 1)):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate.isoformat()
    return None


def _weekday(name: str, published: date, direction: str) -> str:
    target = WEEKDAYS.index(name.lower())
    if direction == "future":
        delta = (target - published.weekday()) % 7
        return (published + timedelta(days=delta)).isoformat()
    delta = (published.weekday() - target) % 7
    if direction == "strictly_past":
        delta = delta or 7
    return (published - timedelta(days=delta)).isoformat()


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _shift(word: str) -> int:
    word = re.sub(r"\s+", " ", word.lower())
    if word in ("last", "past", "this past", "the previous", "the past", "yesterday"):
        return -1
    if word in ("next", "coming", "this coming", "the following", "the next", "tomorrow"):
        return 1
    return 0


@lru_cache(maxsize=512)
def _parse_absolute(text: str) -> date | None:
    """Fallback for absolute dates the rules do not know ('2019-03-04', '04/03/2019'); cached, called rarely."""
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _is_future(token: Token | None) -> bool:
    """Whether the clause the time expression belongs to speaks of what is to come ('will', 'is due', 'scheduled')."""
    steps = 0
    while token is not None and steps < 5:
        if token.lemma_.lower() in FUTURE_LEMMAS or token.lower_ in FUTURE_LEMMAS:
            return True
        if token.pos_ in ("VERB", "AUX"):
            if any(child.lower_ in FUTURE_AUX for child in token.children):
                return True
            if token.tag_ in ("VBD", "VBN") and token.lemma_.lower() not in FUTURE_LEMMAS:
                return False
        if token.head is token:
            break
        token, steps = token.head, steps + 1
    return False


def resolve(kind: str, groups: dict[str, str], published: date, future: bool,
            previous: tuple[str, str] | None) -> tuple[str, str] | None:
    """Return (value, granularity) for one matched expression, or None when it cannot be resolved."""
    g = {key: value for key, value in groups.items() if value is not None}
    if kind in ("day_month_year", "month_day_year"):
        month, day, year = next(_month_number(g[k]) for k in g if k[0] == "m"), \
            next(_day_number(g[k]) for k in g if k[0] == "d"), next(int(g[k]) for k in g if k[0] == "y")
        try:
            return date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    if kind == "month_day_rel_year":
        year = published.year + _shift(g["r3"])
        try:
            return date(year, _month_number(g["m3"]), _day_number(g["d3"])).isoformat(), "day"
        except ValueError:
            return None
    if kind == "month_of_rel_year":
        return f"{published.year + _shift(g['r4']):04d}-{_month_number(g['m4']):02d}", "month"
    if kind == "season_year":
        return g["y5"], "year"
    if kind == "month_year":
        return f"{int(g['y6']):04d}-{_month_number(g['m6']):02d}", "month"
    if kind == "month_day":
        month = _month_number(g.get("m7") or g["m8"])
        value = _latest_day(month, _day_number(g.get("d7") or g["d8"]), published, future)
        return (value, "day") if value else None
    if kind == "rel_weekday":
        shift = _shift(g["r9"])
        direction = "future" if shift > 0 else "strictly_past" if shift < 0 else ("future" if future else "past")
        return _weekday(g["w9"], published, direction), "day"
    if kind == "weekday":
        return _weekday(g["w10"], published, "future" if future else "past"), "day"
    if kind == "rel_month_name":
        shift = _shift(g["r11"])
        return _latest_month(_month_number(g["m11"]), published, future or shift > 0), "month"
    if kind == "month":
        return _latest_month(_month_number(g["m12"]), published, future), "month"
    if kind == "rel_day":
        word = g["r13"].lower()
        days = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        return (published + timedelta(days=days)).isoformat(), "day"
    if kind == "night":
        days = {"last": -1, "this": 0, "tomorrow": 1}[g["r14"].lower()]
        return (published + timedelta(days=days)).isoformat(), "day"
    if kind == "rel_week":
        return _iso_week(published + timedelta(weeks=_shift(g["r15"]))), "week"
    if kind == "rel_month":
        shift = _shift(g["r16"].split()[0]) if g["r16"].lower() in ("last", "next") else 0
        month_index = published.year * 12 + published.month - 1 + shift
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"
    if kind == "rel_year":
        return f"{published.year + _shift(g['r17']):04d}", "year"
    if kind == "anaphor":
        return previous
    if kind == "year":
        return g["y19"], "year"
    if kind == "next_day":
        if previous is None or previous[1] != "day":
            return None
        step = -1 if re.search(r"previous|before", g["r20"]) else 1
        return (date.fromisoformat(previous[0]) + timedelta(days=step)).isoformat(), "day"
    if kind == "ago":
        count = int(g["n21"]) if g["n21"].isdigit() else SMALL_NUMBERS.get(g["n21"].lower(), 1)
        unit = g["u21"].lower()
        if unit == "day":
            return (published - timedelta(days=count)).isoformat(), "day"
        if unit == "week":
            return _iso_week(published - timedelta(weeks=count)), "week"
        if unit == "month":
            month_index = published.year * 12 + published.month - 1 - count
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"
        return f"{published.year - count:04d}", "year"
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in QUOTED.finditer(text)]


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _looks_like_a_name(doc: Doc, text: str, kind: str, start: int, token: Token | None) -> bool:
    """'Theresa May', 'Boeing 2000', the modal 'may': capitalised words and numbers that are not times here."""
    if token is None:
        return False
    if token.ent_type_ in ("PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW") and kind in ("month", "weekday"):
        return True
    if kind == "rel_day" and token.lower_ == "today" and token.head.tag_ in ("VBZ", "VBP"):
        return True  # "Easter Island is today a barren place": today as 'nowadays'
    if kind == "month" and text[start:start + 3].lower() == "may" and token.tag_ == "MD":
        return True
    if kind in ("month", "weekday") and HONORIFIC_BEFORE.search(text[max(0, start - 6):start]):
        return True
    if kind in ("month", "weekday") and NOT_A_MONTH_BEFORE.search(text[max(0, start - 20):start]) and \
            token.ent_type_ not in ("DATE", "TIME"):
        return True
    if kind == "year":
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.tag_ == "NNS" and after.ent_type_ not in ("DATE",):
            return True
        if token.ent_type_ in ("ORG", "PRODUCT", "FAC", "LAW", "WORK_OF_ART", "CARDINAL", "QUANTITY", "MONEY"):
            return True
    return False


def _date_matches(text: str):
    """What DATE_PATTERN.finditer(text) gives, tried only where a pattern can start."""
    end = 0
    for word in WORD.finditer(text):
        start = word.start()
        if start < end or not (word.group()[0].isdigit() or word.group().lower() in FIRST_WORDS):
            continue
        match = DATE_PATTERN.match(text, start)
        if match is not None and match.end() > start:
            end = match.end()
            yield match


def extract_dates(doc: Doc, published: str | None) -> list[Fact]:
    """Return one date fact per time expression; relative ones need the publication date and are skipped without it."""
    text = text_of(doc)
    try:
        published_date = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        published_date = None
    quoted = _quoted_spans(text)
    facts: list[Fact] = []
    previous: tuple[str, str] | None = None
    for match in _date_matches(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind is None:
            continue
        outer = match.group(kind)
        start = match.start(kind)
        if kind in CAPITALISED_ONLY and not any(ch.isupper() for ch in outer):
            continue
        token = _token_at(doc, start)
        if _looks_like_a_name(doc, text, kind, start, token):
            continue
        # Relative times inside a quotation are relative to when the words were spoken, which is unknown.
        if kind in RELATIVE_KINDS and (published_date is None or any(s < start < e for s, e in quoted)):
            continue
        groups = {name: value for name, value in match.groupdict().items() if name not in dict(PATTERNS)}
        resolved = resolve(kind, groups, published_date or date.min, _is_future(token), previous)
        if resolved is None:
            continue
        previous = resolved
        sentence = sentence_of(token).text.strip() if token is not None else text[start:end]
        facts.append(Fact("date", start, end, sentence, {
            "text": text[start:end], "value": resolved[0], "granularity": resolved[1],
        }))
    facts += _fallback_dates(doc, facts)
    return facts


def _fallback_dates(doc: Doc, found: list[Fact]) -> list[Fact]:
    """spaCy DATE entities written with digits that no rule read ('2019-03-04'), parsed by dateparser."""
    extra = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or not re.search(r"\d[-/.]\d", ent.text):
            continue
        if any(f.start < ent.end_char and ent.start_char < f.end for f in found):
            continue
        parsed = _parse_absolute(ent.text)
        if parsed is not None:
            extra.append(Fact("date", ent.start_char, ent.end_char, sentence_of(ent[0]).text.strip(), {
                "text": ent.text, "value": parsed.isoformat(), "granularity": "day",
            }))
    return extra
