"""Scores the extractors against the hand-made gold set (tuning and held-out) and prints one table of precision, recall and F1."""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from extract.model import Article, Fact

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "fixtures" / "gold"
TUNING_ARTICLES = ROOT / "fixtures" / "articles"
HELDOUT = GOLD / "heldout"
# More tuning stories, annotated for some kinds only and kept out of fixtures/articles (and so out of the fixtures DB).
EXTRA = GOLD / "extra"
# A second, blind annotation of some tuning stories, for measuring how far two annotators agree.
AGREEMENT = GOLD / "agreement"
KINDS = ("quotes", "quantities", "roles", "dates")
# A predicted quote matches a gold one when it covers at least this share of the gold content.
QUOTE_OVERLAP = 0.3


@dataclass
class Score:
    """Counts behind precision, recall and F1 for one kind."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class Report:
    """The scores of one gold set, plus the misses and false alarms for looking at errors."""

    quotes: Score = field(default_factory=Score)
    speakers_right: int = 0
    quantities: Score = field(default_factory=Score)
    roles: Score = field(default_factory=Score)
    dates: Score = field(default_factory=Score)
    dates_right: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quotes.matched if self.quotes.matched else 0.0

    @property
    def dates_resolved(self) -> float:
        return self.dates_right / self.dates.gold if self.dates.gold else 0.0


def norm(text: str | None) -> str:
    """Fold case, spacing and a leading 'the' so that names compare as a reader would."""
    text = re.sub(r"\s+", " ", str(text or "")).strip().casefold()
    return re.sub(r"^the ", "", text)


def locate(body: str, text: str, cursor: int) -> tuple[int, int] | None:
    """Find gold text in the body, preferring the first occurrence at or after cursor (gold lists follow the text)."""
    for start in (body.find(text, cursor), body.find(text)):
        if start >= 0:
            return start, start + len(text)
    if text.split():
        pattern = re.compile(r"\s+".join(re.escape(word) for word in text.split()))
        for start_at in (cursor, 0):
            if match := pattern.search(body, start_at):
                return match.span()
    return None


def locate_all(body: str, texts: list[str]) -> list[tuple[int, int] | None]:
    spans, cursor = [], 0
    for text in texts:
        span = locate(body, text, cursor)
        spans.append(span)
        if span:
            cursor = span[0] + 1
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _of_kind(facts: list[Fact], kind: str) -> list[Fact]:
    return [fact for fact in facts if fact.kind == kind]


def _same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def score_quotes(gold: list[dict], facts: list[Fact], body: str, report: Report, name: str,
                 aliases: dict | None = None) -> None:
    acronyms = defined_acronyms(aliases or {})
    predicted = _of_kind(facts, "quote")
    spans = locate_all(body, [quote["content"] for quote in gold])
    used: set[int] = set()
    report.quotes.predicted += len(predicted)
    report.quotes.gold += len(gold)
    for quote, span in zip(gold, spans):
        best, best_overlap = None, 0
        for index, fact in enumerate(predicted):
            shared = overlap(span, (fact.start, fact.end)) if span else 0
            if index not in used and shared >= QUOTE_OVERLAP * (span[1] - span[0]) and shared > best_overlap:
                best, best_overlap = index, shared
        if best is None:
            report.errors.append(f"{name}: quote missed [{quote['speaker']}] {quote['content'][:90]!r}")
            continue
        used.add(best)
        report.quotes.matched += 1
        fields = predicted[best].fields
        if any(same_speaker(quote["speaker"], fields.get(key), acronyms) for key in ("speaker", "speaker_text")):
            report.speakers_right += 1
        else:
            report.errors.append(f"{name}: speaker wrong: gold {quote['speaker']!r}, got {fields.get('speaker')!r}"
                                 f" ({fields.get('speaker_text')!r}) for {quote['content'][:60]!r}")
    for index, fact in enumerate(predicted):
        if index not in used:
            report.errors.append(f"{name}: quote extra [{fact.fields.get('speaker')}] {body[fact.start:fact.end][:90]!r}")


def _match_spans(gold: list[dict], spans, predicted: list[Fact], same) -> list[int | None]:
    """For each gold item, the index of an unused predicted fact overlapping it for which same() holds."""
    used: set[int] = set()
    found: list[int | None] = []
    for item, span in zip(gold, spans):
        choice = None
        for index, fact in enumerate(predicted):
            if index not in used and span and overlap(span, (fact.start, fact.end)) and same(item, fact):
                choice = index
                break
        if choice is not None:
            used.add(choice)
        found.append(choice)
    return found


def score_quantities(gold: list[dict], facts: list[Fact], body: str, report: Report, name: str) -> None:
    predicted = _of_kind(facts, "quantity")
    spans = locate_all(body, [item["text"] for item in gold])
    found = _match_spans(gold, spans, predicted, lambda item, fact: _same_value(fact.fields.get("value"), item["value"]))
    report.quantities.predicted += len(predicted)
    report.quantities.gold += len(gold)
    report.quantities.matched += sum(1 for index in found if index is not None)
    for item, index in zip(gold, found):
        if index is None:
            report.errors.append(f"{name}: quantity missed {item['text']!r} = {item['value']}")
    hit = {index for index in found if index is not None}
    for index, fact in enumerate(predicted):
        if index not in hit:
            report.errors.append(f"{name}: quantity extra {fact.fields.get('text')!r} = {fact.fields.get('value')}")


# Names of one country that an analyst reads as the same organisation (applied to gold and prediction alike).
SAME_ORG = {"us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
            "united states of america": "united states", "america": "united states", "uk": "united kingdom",
            "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom"}


def speaker_key(name, acronyms: dict[str, str] | None = None) -> str:
    """A speaker's name as an analyst compares it: norm() plus the short and long names of one country, and an
    acronym the article defines read as the name it spells (as role_key reads an org)."""
    name = norm(str(name or "").translate(TYPOGRAPHY))
    name = (acronyms or {}).get(name, name)
    return SAME_ORG.get(name, name)


def same_speaker(gold, predicted, acronyms: dict[str, str] | None = None) -> bool:
    """Gold and predicted speaker name the same source: equal after speaker_key, or one is a one-word name that is
    the other's last word ('Schiff' for 'Adam Schiff'; in one article a surname names one person). The relation is
    symmetric and applies the same folding to both sides."""
    a, b = speaker_key(gold, acronyms), speaker_key(predicted, acronyms)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=lambda name: len(name.split()))
    return len(short.split()) == 1 and len(long.split()) > 1 and long.split()[-1] == short and len(short) > 2


# Typography that differs between copies of one name: curly and straight apostrophes, dashes and hyphens.
TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})
# Words an acronym's letters skip: "Organisation of Islamic Cooperation" is OIC.
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "la", "&"}


def role_key(person, role, org, acronyms: dict[str, str] | None = None) -> tuple[str, str, str]:
    """A role triple as an analyst compares it: case, spacing, typography and a leading 'the' folded everywhere; in
    the role, hyphens read as spaces ('prime-minister' is 'prime minister'); in the org, the short and long names of
    a country are one ('U.S.', 'US', 'United States'), and so are an acronym the article defines and the name it
    spells ('AU' and 'African Union' after "African Union (AU)"). Nothing else is loosened: 'minister' is not
    'interior minister', and 'Scripps' is not 'Scripps Oceanography'."""
    org = norm(str(org or "").translate(TYPOGRAPHY))
    org = (acronyms or {}).get(org, org)
    return norm(str(person or "").translate(TYPOGRAPHY)), norm(str(role or "").replace("-", " ")), SAME_ORG.get(org, org)


def defined_acronyms(aliases: dict) -> dict[str, str]:
    """The acronyms an article defines for a name, as found by the entity linker, kept only when their letters are
    the name's initials (so a wrong link cannot make two different bodies one)."""
    found = {}
    for (_, name), names in aliases.items():
        initials = "".join(word[0] for word in re.split(r"[\s\u2013-]+", name) if word and word.lower() not in ACRONYM_SKIP)
        for alias in names:
            if alias.isupper() and alias == initials.upper():
                found[norm(alias)] = norm(name.translate(TYPOGRAPHY))
    return found


def score_roles(gold: list[dict], facts: list[Fact], report: Report, name: str, aliases: dict | None = None) -> None:
    acronyms = defined_acronyms(aliases or {})
    predicted = [role_key(f.fields.get("person"), f.fields.get("role"), f.fields.get("org"), acronyms)
                 for f in _of_kind(facts, "role")]
    # The same triple stated twice in one article is one fact about the world.
    predicted = list(dict.fromkeys(predicted))
    wanted = list(dict.fromkeys(role_key(r["person"], r["role"], r["org"], acronyms) for r in gold))
    matched = [key for key in wanted if key in predicted]
    report.roles.predicted += len(predicted)
    report.roles.gold += len(wanted)
    report.roles.matched += len(matched)
    for key in wanted:
        if key not in predicted:
            report.errors.append(f"{name}: role missed {key}")
    for key in predicted:
        if key not in wanted:
            report.errors.append(f"{name}: role extra {key}")


def score_dates(gold: list[dict], facts: list[Fact], body: str, report: Report, name: str) -> None:
    predicted = _of_kind(facts, "date")
    spans = locate_all(body, [item["text"] for item in gold])
    found = _match_spans(gold, spans, predicted, lambda item, fact: True)
    report.dates.predicted += len(predicted)
    report.dates.gold += len(gold)
    for item, index in zip(gold, found):
        if index is None:
            report.errors.append(f"{name}: date missed {item['text']!r} = {item['value']}")
            continue
        report.dates.matched += 1
        if str(predicted[index].fields.get("value")) == item["value"]:
            report.dates_right += 1
        else:
            report.errors.append(f"{name}: date wrong {item['text']!r}: gold {item['value']}, "
                                 f"got {predicted[index].fields.get('value')} from {predicted[index].fields.get('text')!r}")
    hit = {index for index in found if index is not None}
    for index, fact in enumerate(predicted):
        if index not in hit:
            report.errors.append(f"{name}: date extra {fact.fields.get('text')!r} = {fact.fields.get('value')}")


def gold_files(heldout: bool) -> list[Path]:
    if heldout:
        return sorted(HELDOUT.glob("*.json"))
    return sorted(GOLD.glob("*.json")) + sorted(EXTRA.glob("*.json"))


def gold_article(gold_path: Path, gold: dict) -> Article:
    """Read the article a gold file describes, with the publication date the annotators resolved against."""
    from extract.readers import read_paths

    folder = gold_path.parent / "articles" if gold_path.parent in (HELDOUT, EXTRA) else TUNING_ARTICLES
    [article] = list(read_paths([folder / gold["article"]]))
    article.published = article.published or gold["published"]
    return article


def evaluate(gold_paths: list[Path], extractor) -> Report:
    """Extract every article named by the gold files and score the facts against the annotations."""
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in gold_paths]
    articles = [gold_article(path, gold) for path, gold in zip(gold_paths, golds)]
    report = Report()
    for gold, extraction in zip(golds, extractor.extract_many(articles)):
        body, facts, name = extraction.article.body, extraction.facts, gold["article"][:24]
        # A file that annotates only some kinds says so; the facts of the other kinds are neither right nor wrong.
        annotated = set(gold.get("annotated", KINDS))
        if "quotes" in annotated:
            score_quotes(gold.get("quotes", []), facts, body, report, name, extraction.aliases)
        if "quantities" in annotated:
            score_quantities(gold.get("quantities", []), facts, body, report, name)
        if "roles" in annotated:
            score_roles(gold.get("roles", []), facts, report, name, extraction.aliases)
        if "dates" in annotated:
            score_dates(gold.get("dates", []), facts, body, report, name)
        report.events += len(_of_kind(facts, "event"))
    return report


def annotation_facts(annotation: dict, body: str) -> list[Fact]:
    """A second annotator's quotes and roles as facts, so that the evaluator scores them exactly like extractor output.
    A quote whose content is not in the body gets an empty span: it counts as said but matches nothing."""
    quotes = annotation.get("quotes", [])
    spans = locate_all(body, [quote["content"] for quote in quotes])
    facts = [Fact("quote", *(span or (0, 0)), "", {"speaker": quote["speaker"], "direct": quote.get("direct")})
             for quote, span in zip(quotes, spans)]
    return facts + [Fact("role", 0, 0, "", dict(role)) for role in annotation.get("roles", [])]


def agreement(second_paths: list[Path]) -> Report:
    """Score second annotations against the gold of the same stories (gold as reference, second as prediction), over
    the kinds both annotated, with the evaluator's own matching."""
    report = Report()
    for path in second_paths:
        reference_path = next((folder / path.name for folder in (GOLD, EXTRA) if (folder / path.name).exists()), None)
        if reference_path is None:
            report.errors.append(f"{path.name}: no tuning gold file of that name")
            continue
        reference = json.loads(reference_path.read_text(encoding="utf-8"))
        second = json.loads(path.read_text(encoding="utf-8"))
        body, name = gold_article(reference_path, reference).body, reference["article"][:24]
        facts = annotation_facts(second, body)
        both = set(reference.get("annotated", KINDS)) & set(second.get("annotated", KINDS))
        if "quotes" in both:
            score_quotes(reference.get("quotes", []), facts, body, report, name)
        if "roles" in both:
            score_roles(reference.get("roles", []), facts, report, name)
    return report


def format_agreement(report: Report, stories: int) -> str:
    """Quotes and roles P/R/F1 of the second annotation against the gold, and how often matched quotes share a speaker."""
    lines = [f"Agreement of the second annotation with the gold on {stories} tuning stories (gold as reference):",
             "| kind | P | R | F1 |", "|---|---|---|---|"]
    for kind in ("quotes", "roles"):
        score: Score = getattr(report, kind)
        lines.append(f"| {kind} (gold {score.gold}, second {score.predicted}) | "
                     f"{score.precision:.2f} | {score.recall:.2f} | {score.f1:.2f} |")
    lines.append(f"speaker agreement: {report.speaker_accuracy:.0%} of {report.quotes.matched} matched quotes")
    return "\n".join(lines)


def format_table(reports: dict[str, Report]) -> str:
    """One table: a row per kind, precision/recall/F1 per gold set, then speaker and date-resolution rates."""
    names = list(reports)
    header = "| kind | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " |"
    lines = [header, "|" + "---|" * (1 + 3 * len(names))]
    for kind in ("quotes", "quantities", "roles", "dates"):
        cells = []
        for name in names:
            score: Score = getattr(reports[name], kind)
            cells += [f"{score.precision:.2f}", f"{score.recall:.2f}", f"{score.f1:.2f}"]
        counts = " / ".join(f"{getattr(reports[n], kind).gold}" for n in names)
        lines.append(f"| {kind} (gold {counts}) | " + " | ".join(cells) + " |")
    lines.append("")
    for name in names:
        report = reports[name]
        lines.append(f"{name}: speaker right in {report.speaker_accuracy:.0%} of {report.quotes.matched} matched quotes; "
                     f"dates resolved correctly {report.dates_resolved:.0%} ({report.dates_right}/{report.dates.gold}); "
                     f"{report.events} events extracted (no gold)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__)
    parser.add_argument("--errors", action="store_true",
                        help="list the misses and false alarms of the tuning set (never of the held-out set), or the disagreements")
    parser.add_argument("--agreement", nargs="?", const=AGREEMENT, type=Path, metavar="FOLDER",
                        help="score a second annotation (fixtures/gold/agreement/ or FOLDER) against the gold "
                             "(no extractor)")
    parser.add_argument("--rows", type=int, nargs="+", metavar="ROW",
                        help="score only the tuning stories of these wikinews_2019.csv rows (a fresh batch before and "
                             "after a round), and not the held-out set")
    parser.add_argument("--tuning", action="store_true",
                        help="score the tuning set only, so the held-out set is not read while rules are written")
    args = parser.parse_args(argv)
    if args.agreement:
        paths = sorted(args.agreement.glob("*.json"))
        report = agreement(paths)
        if args.errors:
            print("\n".join(report.errors))
            print()
        print(format_agreement(report, len(paths)))
        return 0
    from extract.nlp import ModelNotFound, load_model
    from extract.pipeline import Extractor

    try:
        extractor = Extractor(load_model())
    except ModelNotFound as error:
        print(error, file=sys.stderr)
        return 2
    if args.rows:
        prefixes = tuple(f"wn2019_{row:03d}_" for row in args.rows)
        reports = {"rows": evaluate([path for path in gold_files(False) if path.name.startswith(prefixes)], extractor)}
    elif args.tuning:
        reports = {"tuning": evaluate(gold_files(False), extractor)}
    else:
        reports = {"tuning": evaluate(gold_files(False), extractor), "held-out": evaluate(gold_files(True), extractor)}
    if args.errors:
        print("\n".join(next(iter(reports.values())).errors))
        print()
    print(format_table(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
