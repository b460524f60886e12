"""The text and CSV readers: the seed's shape, Wikinews texts, CSV exports and folders."""

from __future__ import annotations

import csv

from extract.model import Article, ReadFailure
from extract.readers import iter_files, read_paths

from conftest import ARTICLES, SEED


def test_seed_metadata_comes_from_its_first_lines():
    [article] = list(read_paths([SEED]))
    assert "2021-03-31" == article.published
    assert "@ChaudhryMAli88" == article.author
    assert article.title.startswith("Morocco calls for increased assistance")
    assert "UrduPoint News / Sputnik" == article.source
    assert "Rabat" == article.dateline
    assert article.body.startswith("RABAT (UrduPoint News / Sputnik - 31st March, 2021)")
    assert article.body.endswith("in the middle East.")


def test_an_agency_credit_without_a_city_opens_the_body_as_its_source(tmp_path):
    path = tmp_path / "tecan.txt"
    path.write_text("Lab maker cuts outlook\n\n(Bloomberg) -- Vantor Group AG shares slumped on Tuesday.\n",
                    encoding="utf-8")
    [article] = list(read_paths([path]))
    assert "Bloomberg" == article.source
    assert article.dateline is None


def test_a_bare_city_dateline_or_one_with_its_country_is_the_stories_dateline(tmp_path):
    for body, city, source in (("BERLIN -- Germany's foreign minister said Friday he would go.", "Berlin", None),
                               ("KABUL, Afghanistan (AP) — Two soldiers were killed on Monday.", "Kabul", "AP"),
                               ("LONDON, Ont. - Damian Warner's coaches say they are proud.", "London", None),
                               ("NEW DELHI/MUMBAI (Reuters) - Tata Steel reported a profit.", "New Delhi/Mumbai",
                                "Reuters"),
                               ("Tokyo- Japanese Prime Minister Shinzo Abe's cabinet met.", "Tokyo", None),
                               ("NASA - the agency said on Monday it would launch.", None, None)):
        path = tmp_path / "wire.txt"
        path.write_text(f"A headline\n\n{body}\n", encoding="utf-8")
        [article] = list(read_paths([path]))
        assert (city, source) == (article.dateline, article.source)


def test_wikinews_weekday_dateline_is_the_date_not_body():
    path = next(ARTICLES.glob("wn2019_001_*.txt"))
    [article] = list(read_paths([path]))
    assert "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in" == article.title
    assert "2019-01-04" == article.published
    assert article.body.startswith("Nancy Pelosi yesterday resumed the office of Speaker")
    assert "\n\n\n" not in article.body


def test_csv_with_wikinews_columns_gives_one_article_per_row(tmp_path):
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "date", "title", "text"])
        writer.writerow(["https://example.org/a", "2019-01-04", "First", "Friday, January 4, 2019\n\n\nBody one."])
        writer.writerow(["https://example.org/b", "2019-01-05", "Second", "Body two, with a comma."])
    articles = list(read_paths([path]))
    assert ["First", "Second"] == [a.title for a in articles]
    assert ["2019-01-04", "2019-01-05"] == [a.published for a in articles]
    assert ["Body one.", "Body two, with a comma."] == [a.body for a in articles]
    assert "https://example.org/a" == articles[0].url


def test_folder_import_reads_every_article_and_skips_hidden_files(tmp_path):
    (tmp_path / "a.txt").write_text("Title A\n\nBody A.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNo.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Title B\n\nBody B.", encoding="utf-8")
    titles = sorted(item.title for item in read_paths([tmp_path]) if isinstance(item, Article))
    assert ["Title A", "Title B"] == titles


def test_a_folders_readme_and_licence_are_left_out_unless_named(tmp_path):
    (tmp_path / "a.txt").write_text("Title A\n\nBody A.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this corpus\n\nIt holds news.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("CC BY 2.5\n\nAttribution.", encoding="utf-8")
    (tmp_path / "readme_notes.txt").write_text("Readme notes\n\nA story about readmes.", encoding="utf-8")
    skipped: list = []
    assert [tmp_path / "a.txt", tmp_path / "readme_notes.txt"] == list(iter_files([tmp_path], skipped=skipped))
    assert [tmp_path / "LICENSE", tmp_path / "README.md"] == skipped
    assert ["About this corpus"] == [item.title for item in read_paths([tmp_path / "README.md"])]


def test_missing_and_empty_files_fail_with_one_line_each(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    results = list(read_paths([tmp_path / "missing.txt", empty]))
    assert all(isinstance(r, ReadFailure) for r in results)
    assert ["no such file or folder", "empty file"] == [r.message for r in results]


def test_every_fixture_article_reads_with_a_date():
    articles = list(read_paths([ARTICLES]))
    assert len(articles) >= 21
    assert all(isinstance(a, Article) and a.published and a.title and a.body for a in articles)


def test_a_city_with_a_colon_opens_a_dateline_but_an_editorial_label_does_not(tmp_path):
    for body, city in (("ISLAMABAD: Law Minister Azam Nazeer Tarar said the coalition is safe.", "Islamabad"),
                       ("UPDATE: The police said the road is open again.", None)):
        path = tmp_path / "wire.txt"
        path.write_text(f"A headline\n\n{body}\n", encoding="utf-8")
        [article] = list(read_paths([path]))
        assert city == article.dateline


def test_a_wire_dateline_with_the_day_before_the_agency(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("A headline\n\nGENEVA, Aug 25 (Reuters) - The World Health Organisation said it sent help.\n",
                    encoding="utf-8")
    [article] = list(read_paths([path]))
    assert ("Geneva", "Reuters") == (article.dateline, article.source)
    assert article.body.startswith("GENEVA, Aug 25 (Reuters)")
