"""Every file format an analyst brings reads into the right articles: title, date, author, source and the article text."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from extract.model import Article, ReadFailure
from extract.readers import read_file, read_paths
from extract.readers.text import read_text

from conftest import ARTICLES, FIXTURES

FORMATS = FIXTURES / "formats"
SOURCES = json.loads((FIXTURES / "format_sources.json").read_text(encoding="utf-8"))


def source_article(name: str) -> Article:
    path = ARTICLES / name
    [article] = read_text(path.read_bytes(), str(path))
    return article


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_each_format_gives_the_articles_it_was_made_from(name):
    results = list(read_file(FORMATS / name))
    assert [] == [r for r in results if isinstance(r, ReadFailure)]
    expected = [source_article(source) for source in SOURCES[name]]
    assert [a.title for a in expected] == [a.title for a in results]
    for article, original in zip(results, expected):
        assert original.published == article.published
        # Same words in the same order; only line breaks and paragraph spacing may differ by format.
        assert words(original.body) == words(article.body)


def test_html_gives_main_text_and_page_metadata_without_navigation():
    [article] = read_file(FORMATS / "page.html")
    assert ("html", "Wikinews contributors", "Wikinews", "2019-01-05") == (
        article.format, article.author, article.source, article.published)
    assert "Main page" not in article.body and "Privacy policy" not in article.body
    assert "\n\n" in article.body


def test_pdf_title_and_author_come_from_the_document_and_lines_rejoin_into_paragraphs():
    [article] = read_file(FORMATS / "report.pdf")
    assert ("pdf", "Wikinews contributors") == (article.format, article.author)
    first_paragraph = article.body.split("\n\n")[0]
    assert first_paragraph.startswith("An apartment block caught fire on Saturday morning in Badalona")
    assert "\n" not in first_paragraph


def test_word_document_title_author_and_paragraphs():
    [article] = read_file(FORMATS / "memo.docx")
    assert ("docx", "Iranian cargo plane crashes into Karaj houses", "Wikinews contributors") == (
        article.format, article.title, article.author)
    assert article.body.count("\n\n") >= 3


def test_email_subject_sender_and_date_and_mbox_one_article_per_message():
    [message] = read_file(FORMATS / "message.eml")
    assert ("Wikinews Desk", "2019-02-06", "eml") == (message.author, message.published, message.format)
    mailbox = list(read_file(FORMATS / "desk.mbox"))
    assert [f"{FORMATS / 'desk.mbox'}#1", f"{FORMATS / 'desk.mbox'}#2"] == [a.path for a in mailbox]


def test_json_keys_in_any_spelling_and_csv_columns_in_any_order():
    first, second = read_file(FORMATS / "articles.json")
    assert first.url.startswith("https://en.wikinews.org/wiki/Lion_Air")
    assert ("Wikinews", "2019-01-22") == (second.source, second.published)  # body/headline/published keys
    tsv = list(read_file(FORMATS / "export.tsv"))
    assert ["tsv", "tsv"] == [a.format for a in tsv]
    assert tsv[0].url.startswith("https://en.wikinews.org/wiki/Report_indicates")


def test_format_is_chosen_by_content_as_well_as_extension():
    [pdf_named_txt] = read_file(FORMATS / "mislabelled.txt")
    [html_without_extension] = read_file(FORMATS / "saved_page")
    assert ("pdf", "html") == (pdf_named_txt.format, html_without_extension.format)


def test_legacy_encodings_and_utf16_decode():
    [cp1252] = read_file(FORMATS / "windows-1252.txt")
    [utf16] = read_file(FORMATS / "utf-16.txt")
    assert "€" in cp1252.body or "£" in cp1252.body
    assert "Gdańsk" in utf16.title and "Paweł Adamowicz" in utf16.body


def test_zip_members_read_in_memory_and_named_inside_the_archive(tmp_path):
    before = set(os.listdir(FORMATS))
    articles = list(read_file(FORMATS / "bundle.zip"))
    assert [f"{FORMATS / 'bundle.zip'}/clippings/fire.txt", f"{FORMATS / 'bundle.zip'}/clippings/thai.html"] == [
        a.path for a in articles]
    assert before == set(os.listdir(FORMATS))  # nothing unpacked beside it


def test_nested_archive_is_refused_and_its_siblings_still_read(tmp_path):
    archive = tmp_path / "outer.zip"
    with zipfile.ZipFile(archive, "w") as outer:
        outer.writestr("inner.zip", (FORMATS / "bundle.zip").read_bytes())
        outer.writestr("a.txt", "A title\n\nA body that is long enough to be an article.")
    results = list(read_file(archive))
    assert [f"{archive}/a.txt"] == [r.path for r in results if isinstance(r, Article)]
    assert [(f"{archive}/inner.zip", "archive inside an archive is not read (unpack it first)")] == [
        (r.path, r.message) for r in results if isinstance(r, ReadFailure)]


def test_folders_recurse_through_links_once_and_a_link_loop_ends(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Title A\n\nBody A.", encoding="utf-8")
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    os.symlink(tmp_path / "news" / "a.txt", tmp_path / "news" / "same.txt")
    titles = [item.title for item in read_paths([tmp_path])]
    assert ["Title A"] == titles
