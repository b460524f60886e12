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
    for index in WIKINEWS_ROWS:
        row = rows[index]
        name = f"wn2019_{index:03d}_{slug(row['title'])}.txt"
        (out / name).write_text(row["title"].strip() + "\n\n" + row["text"].strip() + "\n", encoding="utf-8")
        lines.append(f"- `articles/{name}`: {row['url']}")
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
