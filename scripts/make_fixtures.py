"""Copy the seed article and a fixed selection of Wikinews 2019 articles into fixtures/articles/ with their attribution."""

import csv
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# Rows of wikinews_2019.csv used as fixtures and gold; the long interviews (7, 8, 17, 18) are left out.
WIKINEWS_ROWS = [r for r in range(30) if r not in (7, 8, 17, 18)]
# More Wikinews 2019 rows annotated for some kinds only (quotes, roles): read by the evaluator (fixtures/gold/extra/), not
# imported into the fixtures database, so the tests that count fixture articles stay as they are.
EXTRA_ROWS = [41, 43, 45, 49, 50, 53, 55, 56, 59, 64, 68, 69, 70, 73, 77,
              # annotated for quotes only: quote-rich stories
              81, 88, 89, 94, 96, 99, 104, 106, 113, 117, 119, 120, 130, 133, 137,
              # annotated for quotes only: a second batch (courts, science, business, disasters; organisations,
              # spokespeople and several speakers of one gender)
              82, 83, 95, 105, 109, 111, 114, 121, 126, 129, 131, 134,
              # annotated for roles only: stories rich in titled people
              143, 144, 145, 146, 148, 151, 152, 153, 156, 158, 161, 163, 165, 166, 167,
              # a second batch of the same kind, annotated before the rules were measured on them
              31, 33, 34, 35, 38, 39, 40, 78, 138, 168, 169, 170,
              # a third batch of political stories, annotated for quotes and roles from the text before any rule was
              # measured on them
              37, 58, 60, 72, 76, 101, 102, 103, 108, 112, 115, 118, 122, 136, 154,
              # a third batch of quote-rich stories (an investigation, obituaries, fan conventions, science, sport),
              # annotated for quotes only in the same way
              8, 30, 42, 44, 57, 61, 63, 80, 116, 139, 140, 141, 150, 160, 164,
              # a fourth batch (quotes and roles), annotated while the third round of rules was being written and
              # scored only after it, as a check that the round generalises
              65, 66, 67, 84, 86, 90, 93, 123, 125, 127, 128, 135, 142, 155, 162,
              # a fifth batch (quotes and roles) of the same kind, scored only after the fourth round
              32, 47, 52, 54, 62, 85, 87, 91, 98, 100, 124, 147, 149, 157, 159,
              # a sixth batch (quotes and roles), the last unannotated 2019 rows apart from three long interviews,
              # annotated blind before the round that used it
              17, 36, 46, 48, 51, 71, 74, 75, 79, 92, 107, 110, 132]


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:50]


def main() -> None:
    out = ROOT / "fixtures" / "articles"
    out.mkdir(parents=True, exist_ok=True)
    seed = SHARED / "seeds" / "000_82341150077b04b0.txt"
    shutil.copy(seed, out / seed.name)
    csv.field_size_limit(sys.maxsize)
    rows = list(csv.DictReader(open(SHARED / "corpus" / "wikinews" / "wikinews_2019.csv", encoding="utf-8")))
    lines = [
        "# Attribution",
        "",
        "`articles/000_82341150077b04b0.txt` is the project's seed article (UrduPoint News / Sputnik, 2021-03-31),",
        "kept as it was given to the project.",
        "",
        "The other files in `articles/` (and the gold annotations in `gold/` that refer to them) are English",
        "Wikinews articles, licensed under Creative Commons Attribution 2.5",
        "(https://creativecommons.org/licenses/by/2.5/), written by Wikinews contributors, as collected in the",
        "public repository vanatteveldt/wikinews. Each file is the article's title, a blank line and its text,",
        "unchanged. Sources:",
        "",
    ]
    extra = ROOT / "fixtures" / "gold" / "extra" / "articles"
    extra.mkdir(parents=True, exist_ok=True)
    for folder, indexes in ((out, WIKINEWS_ROWS), (extra, EXTRA_ROWS)):
        for index in indexes:
            row = rows[index]
            name = f"wn2019_{index:03d}_{slug(row['title'])}.txt"
            (folder / name).write_text(row["title"].strip() + "\n\n" + row["text"].strip() + "\n", encoding="utf-8")
            lines.append(f"- `{folder.relative_to(ROOT / 'fixtures').as_posix()}/{name}`: {row['url']}")
    attribution = ROOT / "fixtures" / "ATTRIBUTION.md"
    # Sections other scripts and people added (held-out gold, format fixtures) start with "## " and are kept.
    kept = ""
    if attribution.exists():
        existing = attribution.read_text(encoding="utf-8")
        if "\n## " in existing:
            kept = "\n" + existing[existing.index("\n## ") + 1:]
    attribution.write_text("\n".join(lines) + "\n" + kept, encoding="utf-8")


if __name__ == "__main__":
    main()
