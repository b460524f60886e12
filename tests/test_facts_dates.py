"""Dates: time expressions resolved against the publication date at their own granularity."""

from __future__ import annotations

from extract.dates import extract_dates

PUBLISHED = "2021-03-31"  # a Wednesday


def dates(nlp, text, published=PUBLISHED):
    return [(f.fields["text"], f.fields["value"], f.fields["granularity"]) for f in extract_dates(nlp(text), published)]


def test_issue_examples(nlp):
    found = dates(nlp, "RABAT (Sputnik - 31st March, 2021) He spoke on Tuesday about attacks this past November. "
                       "During the previous year attacks rose, and late December was the worst.")
    assert [("31st March, 2021", "2021-03-31", "day"), ("Tuesday", "2021-03-30", "day"),
            ("this past November", "2020-11", "month"), ("During the previous year", "2020", "year"),
            ("late December", "2020-12", "month")] == found


def test_relative_days_weeks_and_future(nlp):
    found = dates(nlp, "Yesterday afternoon police came. Last week was calm. The vote will be held on Friday.")
    assert [("Yesterday afternoon", "2021-03-30", "day"), ("Last week", "2021-W12", "week"),
            ("Friday", "2021-04-02", "day")] == found


def test_relative_dates_inside_quotes_are_skipped_but_absolute_ones_kept(nlp):
    found = dates(nlp, '"Today we met, as we did on February 10, 2019," she said.')
    assert [("February 10, 2019", "2019-02-10", "day")] == found


def test_names_are_not_months_and_no_publication_date_keeps_absolute_dates(nlp):
    assert [] == dates(nlp, "Theresa May met Mr. March and Boeing 2000 officials.")
    assert [("2007", "2007", "year")] == dates(nlp, "It happened on Monday in 2007.", published=None)


def test_dates_are_looked_for_wherever_the_full_scan_finds_them():
    # Only words that can open a date are tried; on every fixture article that finds exactly what scanning the
    # whole pattern at every character finds.
    from extract.dates import DATE_PATTERN, _date_matches
    from conftest import ARTICLES

    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    texts.append("Mid-2019, on 4th of July 2020 (Sept. 3) and 2021's budget: last Tuesday night, a week ago.")
    for text in texts:
        assert [m.span() for m in DATE_PATTERN.finditer(text)] == [m.span() for m in _date_matches(text)]
