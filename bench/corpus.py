"""Builds big benchmark databases by replicating the 293 Wikinews articles with varied dates and people's names."""

from __future__ import annotations

import hashlib
import random
import re
import sys
import time
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from extract.model import Article, Extraction, Fact, Mention

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews"
CACHE = ROOT / ".bench"
BATCH = 500
FIRST_NAMES = ("Amal Anna Arjun Bea Carlos Chen Dana Dmitri Elif Emeka Farah Femi Gustavo Hana Ines Ivan Jae Jamal"
               " Kofi Lara Leila Luca Malik Maya Mei Nadia Nikos Omar Oksana Pablo Priya Rafael Rania Sami Sara"
               " Sofia Tariq Tomas Uma Viktor Wei Yara Yusuf Zainab Zoe").split()
LAST_NAMES = ("Abe Adeyemi Alvarez Ansari Baptiste Becker Bianchi Costa Dubois Eriksen Farouk Garcia Haddad Hansen"
              " Ibrahim Ivanova Jensen Kaur Khan Kim Kowalski Larsen Lopez Mensah Moreau Nakamura Novak Okafor"
              " Olsen Park Petrov Quinn Rahman Rossi Santos Schmidt Silva Singh Tanaka Torres Usman Vargas Weber"
              " Wojcik Yilmaz Zhang").split()
DATE_RANGE = (date(2000, 1, 1), date(2024, 12, 31))


@dataclass
class CopiedArticle(Article):
    """A replicated article: its content hash includes the copy number, so identical copies stay distinct."""

    copy_number: int = 0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(f"{Article.sha256.fget(self)}:{self.copy_number}".encode()).hexdigest()


def source_extractions(source_db: str | Path | None = None) -> list[Extraction]:
    """The Wikinews articles with their mentions and facts, read from `source_db` (imported once if not given)."""
    from store import open_db
    from store import queries

    if source_db is None:
        source_db = _imported_wikinews()
    db = open_db(source_db)
    extractions = []
    for summary in queries.list_articles(db, 0, 1_000_000):
        extractions.append(_extraction_from_store(db, summary.id))
    db.close()
    return extractions


def _imported_wikinews() -> Path:
    """A cached database of the Wikinews CSVs imported with the real pipeline (spaCy runs 293 times, once)."""
    from store import open_db
    from tui.importing import import_paths

    path = CACHE / "wikinews-source.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        for stale in CACHE.glob("wikinews-source.partial*"):
            stale.unlink()
        db = open_db(partial)
        print(f"importing the Wikinews corpus once into {path} ...", file=sys.stderr)
        import_paths(db, [str(csv) for csv in sorted(WIKINEWS.glob("*.csv"))])
        db.close()
        partial.rename(path)
    return path


def _extraction_from_store(db, article_id: int) -> Extraction:
    from extract.model import FACT_FIELDS
    from store import queries

    row = queries.get_article(db, article_id)
    article = Article(title=row["title"], body=row["body"], published=row["published"], author=row["author"],
                      source=row["source"], dateline=row["dateline"], url=row["url"], path=row["path"],
                      format=row["format"] or "txt")
    mentions = [Mention(m["start"], m["end"], m["text"], m["label"], m["name"])
                for m in queries.article_mentions(db, article_id)]
    aliases: dict[tuple[str, str], set[str]] = {}
    for mention in mentions:
        if mention.text != mention.canonical:
            aliases.setdefault((mention.label, mention.canonical), set()).add(mention.text)
    facts = [Fact(f["kind"], f["start"], f["end"], f["sentence"],
                  {name: f.get(name) for name in FACT_FIELDS.get(f["kind"], ())})
             for f in queries.article_facts(db, article_id)]
    return Extraction(article, mentions, aliases, facts)


def _renames(extraction: Extraction, rng: random.Random) -> dict[str, str]:
    """New names for the article's people: full names and surnames, consistently."""
    renames: dict[str, str] = {}
    for mention in extraction.mentions:
        if mention.label != "PERSON" or mention.canonical in renames:
            continue
        parts = mention.canonical.split()
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        renames[mention.canonical] = f"{first} {last}" if len(parts) > 1 else last
        if len(parts) > 1:
            renames.setdefault(parts[-1], last)
            renames.setdefault(parts[0], first)
    return renames


def _renamer(renames: dict[str, str]):
    """A function replacing every old name (whole words, longest first) in a text."""
    names = "|".join(re.escape(old) for old in sorted(renames, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{names})\b")

    def rename(text):
        return pattern.sub(lambda match: renames[match.group()], text) if isinstance(text, str) else text

    return rename


def _varied(extraction: Extraction, copy_number: int, rng: random.Random) -> Extraction:
    """A copy with another date and, for three copies in four, other people's names (offsets kept right)."""
    days = (DATE_RANGE[1] - DATE_RANGE[0]).days
    published = (DATE_RANGE[0] + timedelta(days=rng.randrange(days))).isoformat()
    renames = _renames(extraction, rng) if copy_number % 4 else {}
    article = extraction.article
    if not renames:
        copied = CopiedArticle(**{**article.__dict__, "published": published, "copy_number": copy_number})
        return Extraction(copied, extraction.mentions, extraction.aliases, extraction.facts)
    rename = _renamer(renames)
    body, mentions, shifts = [], [], []  # shifts: (old end, delta so far) to move fact offsets
    cursor, delta = 0, 0
    for mention in sorted(extraction.mentions, key=lambda m: m.start):
        if mention.start < cursor:
            continue
        new_text = rename(mention.text)
        body.append(article.body[cursor:mention.start])
        start = mention.start + delta
        body.append(new_text)
        mentions.append(replace(mention, start=start, end=start + len(new_text), text=new_text,
                                canonical=renames.get(mention.canonical, mention.canonical)))
        delta += len(new_text) - (mention.end - mention.start)
        cursor = mention.end
        shifts.append((mention.end, delta))
    body.append(article.body[cursor:])

    def moved(offset: int) -> int:
        shift = 0
        for end, total in shifts:
            if end > offset:
                break
            shift = total
        return offset + shift

    facts = [Fact(f.kind, moved(f.start), moved(f.end), rename(f.sentence),
                  {key: rename(value) for key, value in f.fields.items()})
             for f in extraction.facts]
    aliases = {(label, renames.get(name, name)): {rename(alias) for alias in values}
               for (label, name), values in extraction.aliases.items()}
    copied = CopiedArticle(**{**article.__dict__, "title": rename(article.title),
                              "body": "".join(body), "published": published, "copy_number": copy_number})
    return Extraction(copied, mentions, aliases, facts)


def build_corpus_db(path: str | Path, n_articles: int, source_db: str | Path | None = None,
                    files_dir: str | Path | None = None, seed: int = 6) -> dict[str, float]:
    """Write `n_articles` replicated Wikinews articles into a new database at `path` (and, if given, as
    text files in `files_dir` for grep); returns counts and the seconds taken."""
    from store import open_db
    from store.search import optimize_search_index
    from store.write import save_extractions

    started = time.perf_counter()
    sources = source_extractions(source_db)
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if files_dir is not None:
        files_dir = Path(files_dir)
        files_dir.mkdir(parents=True, exist_ok=True)
    db = open_db(path)
    rng = random.Random(seed)
    batch: list[Extraction] = []
    for copy_number in range(n_articles):
        extraction = _varied(sources[copy_number % len(sources)], copy_number, rng)
        batch.append(extraction)
        if files_dir is not None:
            (files_dir / f"{copy_number:06d}.txt").write_text(
                f"{extraction.article.title}\n\n{extraction.article.body}", encoding="utf-8")
        if len(batch) >= BATCH:
            save_extractions(db, batch)
            batch.clear()
            if copy_number % 10_000 < BATCH:
                print(f"  {copy_number + 1:,} articles written ({time.perf_counter() - started:.0f} s)",
                      file=sys.stderr)
    if batch:
        save_extractions(db, batch)
    optimize_search_index(db)
    db.close()
    return {"articles": n_articles, "sources": len(sources), "seconds": time.perf_counter() - started}
