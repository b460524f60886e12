"""Runs the spaCy pipeline over articles in batches and applies every extractor to each parsed article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extract.dates import extract_dates
from extract.entities import find_mentions
from extract.events import extract_events
from extract.metadata import parse_city_dateline
from extract.model import Article, Extraction
from extract.quantities import extract_quantities
from extract.quotes import extract_quotes
from extract.roles import extract_roles

BATCH_SIZE = 32


class Extractor:
    """Holds a loaded spaCy model and turns articles into extractions."""

    def __init__(self, nlp):
        self.nlp = nlp

    def extract(self, article: Article) -> Extraction:
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
        articles = list(articles) if not isinstance(articles, list) else articles
        docs = self.nlp.pipe((article.body for article in articles), batch_size=batch_size)
        for article, doc in zip(articles, docs):
            extraction = extract_from_doc(article, doc)
            # The extractors' per-doc caches hold spans that point back at the doc: a cycle only the garbage
            # collector frees, late, so memory grew with every article imported. Dropping them frees the doc now.
            doc.user_data.clear()
            yield extraction


def extract_from_doc(article: Article, doc) -> Extraction:
    """Apply every extractor to one parsed article."""
    wire = parse_city_dateline(article.body)
    # The wire dateline (city, agency) is metadata, not entities of the story.
    skip_until = wire.end if wire else 0
    mentions, aliases = find_mentions(doc, skip_until)
    roles = extract_roles(doc, mentions, article.title, wire.region if wire else "", wire.city if wire else "")
    facts = extract_quotes(doc, mentions, skip_until, roles)
    facts += extract_quantities(doc, skip_until)
    facts += extract_dates(doc, article.published)
    facts += roles
    facts += extract_events(doc, mentions, skip_until)
    facts.sort(key=lambda fact: (fact.start, fact.kind))
    return Extraction(article=article, mentions=mentions, aliases=aliases, facts=facts)
