"""Parses the metadata that news texts carry in their first lines: submission lines, weekday datelines, city datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

# "date 2021-03-31 (@ChaudhryMAli88)": the seed's submission line.
SUBMISSION_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s*\((@?[^)]*)\))?\s*$", re.IGNORECASE)

# "Friday, January 4, 2019": Wikinews opens every text with one.
WEEKDAY_DATELINE = re.compile(
    r"^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(\d{1,2}),\s+(\d{4})\s*$"
)

# "RABAT (UrduPoint News / Sputnik - 31st March, 2021) ": a wire dateline at the start of the body.
# (also "KABUL, Afghanistan (AP) —": the city's country or state after it; "GENEVA, Aug 25 (Reuters) -": the day)
CITY_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z .,'/\-]{1,40}?)(?:, (?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*\((?P<inside>[^()\n]{2,120})\)\s*"
    r"(?:[-–—:]\s*)?"
)

# "BERLIN -- Germany's foreign minister said", "COLORADO SPRINGS, Colo. — Police ...", "LONDON, Ont. - Damian ...",
# "ISLAMABAD: Law Minister ...": a city in capitals and a dash or a colon.
BARE_CITY_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3})(?:, (?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))?"
                                r"(?:\s*(?:--|[–—])| -|:)\s+(?=[A-Z\"“‘'])")

# Labels that open a story with a colon as a dateline's city would: "UPDATE: The police ...".
EDITORIAL_LABELS = {"NOTE", "UPDATE", "UPDATED", "BREAKING", "CORRECTION", "WATCH", "LIVE", "EXCLUSIVE", "ANALYSIS",
                    "OPINION", "COMMENT", "REVIEW", "FACTBOX", "EXPLAINER", "WARNING", "EDITOR'S NOTE", "ALERT",
                    "FLASH", "URGENT", "PHOTOS", "VIDEO", "READ", "ALSO READ", "RELATED", "SPONSORED"}

# "Kathmandu, August 17" alone on the first line: the city and the day the story was filed.
CITY_DATE_LINE = re.compile(r"^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December) \d{1,2}(?:, \d{4})?[ \t]*\n")

# "Tokyo- Japanese Prime Minister ...": a city in plain case with a hyphen run on to it.
HYPHENED_CITY_DATELINE = re.compile(r"^(?P<city>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)- (?=[A-Z])")

# "(Bloomberg) -- Tecan shares ...": the agency's credit that opens a wire story.
AGENCY_DATELINE = re.compile(r"^\((?P<source>[A-Z][\w.&' ]{1,30})\)\s*(?:--|[-–—])\s*")


@dataclass
class CityDateline:
    """A wire dateline: the city, the source and the date text inside the parentheses, and where it ends."""

    city: str
    source: str | None
    date_text: str | None
    end: int
    region: str = ""  # "KABUL, Afghanistan (AP)": the country or state written after the city


def parse_submission_line(line: str) -> tuple[str, str | None] | None:
    """Return (published, author) from a `date YYYY-MM-DD (@handle)` line, or None."""
    match = SUBMISSION_LINE.match(line)
    if not match:
        return None
    author = match.group(2).strip() if match.group(2) else None
    return match.group(1), author or None


def parse_weekday_dateline(line: str) -> str | None:
    """Return the ISO date of a `Friday, January 4, 2019` line, or None."""
    match = WEEKDAY_DATELINE.match(line)
    if not match:
        return None
    _, month, day, year = match.groups()
    try:
        return datetime.strptime(f"{month} {day} {year}", "%B %d %Y").date().isoformat()
    except ValueError:
        return None


def parse_city_dateline(body: str) -> CityDateline | None:
    """Find a `CITY (Source - date)` dateline, a bare `CITY --`, or an agency's `(Bloomberg) --` without a city, at the
    very start of a body."""
    match = CITY_DATELINE.match(body)
    if not match:
        if (bare := BARE_CITY_DATELINE.match(body)) is not None and not (
                body[bare.start("city"):bare.end()].rstrip().endswith(":") and bare.group("city") in EDITORIAL_LABELS):
            return CityDateline(city=bare.group("city").title(), source=None, date_text=None, end=bare.end(),
                                region=bare.group("region") or "")
        if (dated := CITY_DATE_LINE.match(body)) is not None:
            return CityDateline(city=dated.group("city"), source=None, date_text=None, end=dated.end())
        if (hyphened := HYPHENED_CITY_DATELINE.match(body)) is not None:
            return CityDateline(city=hyphened.group("city"), source=None, date_text=None, end=hyphened.end())
        agency = AGENCY_DATELINE.match(body)
        return CityDateline(city="", source=agency.group("source"), date_text=None, end=agency.end()) if agency else None
    city = match.group("city").strip(" ,-")
    inside = match.group("inside").strip()
    source, date_text = inside, None
    # The date follows the last dash: "UrduPoint News / Sputnik - 31st March, 2021".
    parts = re.split(r"\s+[-–—]\s+", inside)
    if len(parts) > 1 and re.search(r"\d", parts[-1]):
        source, date_text = " - ".join(parts[:-1]).strip(), parts[-1].strip()
    return CityDateline(city=city.title() if city.isupper() else city, source=source or None,
                        date_text=date_text, end=match.end(), region=match.group("region") or "")


ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def parse_date(text: str | None) -> str | None:
    """The ISO date (YYYY-MM-DD) of a date as files write them: ISO, RFC 2822 (e-mail), or words; None if unclear."""
    if not text or not str(text).strip():
        return None
    text = str(text).strip()
    if match := ISO_DATE.match(text):
        return match.group(1)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if weekday := parse_weekday_dateline(text):
        return weekday
    import dateparser

    parsed = dateparser.parse(text[:100], languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None
