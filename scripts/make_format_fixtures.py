"""Write fixtures/formats/ (one small good file per format, made from fixture articles) and fixtures/bad/ (one bad file per kind)."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.readers.text import read_text  # noqa: E402

ARTICLES = ROOT / "fixtures" / "articles"
FORMATS = ROOT / "fixtures" / "formats"
BAD = ROOT / "fixtures" / "bad"
WIKINEWS = "https://en.wikinews.org/wiki/"


def source(prefix: str):
    """The article (title, dateline text, body, date) of the fixture file whose name starts with prefix."""
    path = next(ARTICLES.glob(f"{prefix}*.txt"))
    [article] = read_text(path.read_bytes(), str(path))
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    dateline = next(line.strip() for line in lines[1:] if line.strip())
    return path.name, article, dateline


def plain_text(article, dateline: str) -> str:
    return f"{article.title}\n\n{dateline}\n\n{article.body}\n"


def record(article, dateline: str) -> dict:
    return {"title": article.title, "date": article.published, "url": WIKINEWS + article.title.replace(" ", "_"),
            "text": f"{dateline}\n\n{article.body}"}


def html_page(article, dateline: str) -> str:
    paragraphs = "\n".join(f"      <p>{escape(p)}</p>" for p in article.body.split("\n\n") if p.strip())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(article.title)}</title>
  <meta property="og:site_name" content="Wikinews">
  <meta name="author" content="Wikinews contributors">
  <meta property="article:published_time" content="{article.published}T12:00:00Z">
</head>
<body>
  <nav><ul><li><a href="/">Main page</a></li><li><a href="/latest">Latest news</a></li><li><a href="/about">About</a></li></ul></nav>
  <main>
    <article>
      <h1>{escape(article.title)}</h1>
      <p class="dateline">{escape(dateline)}</p>
{paragraphs}
    </article>
  </main>
  <footer><p>Content is available under Creative Commons Attribution 2.5.</p><a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""


def pdf_bytes(article, dateline: str) -> bytes:
    """A one-page PDF written by hand (Helvetica, WinAnsi), so no PDF library beyond pypdf is needed."""
    lines = [article.title, "", dateline, ""]
    for paragraph in article.body.split("\n\n"):
        lines.extend(textwrap.wrap(paragraph, 95) + [""])

    def literal(text: str) -> bytes:
        raw = text.encode("cp1252", errors="replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    content = b"BT /F1 10 Tf 12 TL 50 760 Td\n" + b"".join(literal(line) + b" Tj T*\n" for line in lines) + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title " + literal(article.title) + b" /Author (Wikinews contributors) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx_bytes(article, dateline: str) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = article.title
    document.core_properties.author = "Wikinews contributors"
    document.add_paragraph(article.title, style="Title")
    document.add_paragraph(dateline)
    for paragraph in article.body.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def email_message(article, dateline: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Wikinews Desk <desk@example.org>"
    message["To"] = "analyst@example.org"
    message["Subject"] = article.title
    message["Date"] = format_datetime(datetime.fromisoformat(article.published).replace(hour=9, tzinfo=timezone.utc))
    message.set_content(f"{dateline}\n\n{article.body}\n")
    message.add_alternative(html_page(article, dateline), subtype="html")
    return message


def table_bytes(rows: list[dict], delimiter: str, order: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=order, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2019, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def make_formats() -> dict[str, list[str]]:
    """Write every good file; returns which fixture articles each holds."""
    manifest: dict[str, list[str]] = {}

    def write(name: str, data: bytes | str, *prefixes: str) -> None:
        (FORMATS / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        manifest[name] = [next(ARTICLES.glob(f"{p}*.txt")).name for p in prefixes]

    def src(prefix):
        return source(prefix)[1:]

    write("seed.txt", (ARTICLES / "000_82341150077b04b0.txt").read_bytes(), "000_")
    article, dateline = src("wn2019_001_")
    write("notes.md", f"# {article.title}\n\n{dateline}\n\n{article.body}\n", "wn2019_001_")
    article, dateline = src("wn2019_022_")
    write("windows-1252.txt", plain_text(article, dateline).encode("cp1252"), "wn2019_022_")
    article, dateline = src("wn2019_011_")
    write("utf-16.txt", plain_text(article, dateline).encode("utf-16"), "wn2019_011_")
    write("page.html", html_page(*src("wn2019_003_")), "wn2019_003_")
    write("saved_page", html_page(*src("wn2019_004_")), "wn2019_004_")
    write("report.pdf", pdf_bytes(*src("wn2019_005_")), "wn2019_005_")
    write("mislabelled.txt", pdf_bytes(*src("wn2019_010_")), "wn2019_010_")
    write("memo.docx", docx_bytes(*src("wn2019_012_")), "wn2019_012_")
    write("articles.json", json.dumps([record(*src("wn2019_013_")), {
        "body": record(*src("wn2019_014_"))["text"], "headline": src("wn2019_014_")[0].title,
        "published": src("wn2019_014_")[0].published, "source": "Wikinews"}], indent=2, ensure_ascii=False),
        "wn2019_013_", "wn2019_014_")
    write("articles.jsonl", "".join(json.dumps(record(*src(p)), ensure_ascii=False) + "\n"
                                    for p in ("wn2019_015_", "wn2019_016_")), "wn2019_015_", "wn2019_016_")
    write("export.csv", table_bytes([record(*src(p)) for p in ("wn2019_019_", "wn2019_020_")], ",",
                                    ["text", "title", "url", "date"]), "wn2019_019_", "wn2019_020_")
    write("export.tsv", table_bytes([record(*src(p)) for p in ("wn2019_023_", "wn2019_024_")], "\t",
                                    ["date", "url", "title", "text"]), "wn2019_023_", "wn2019_024_")
    write("message.eml", bytes(email_message(*src("wn2019_025_"))), "wn2019_025_")
    write("desk.mbox", b"".join(b"From desk@example.org Mon Jan  7 09:00:00 2019\n" + bytes(email_message(*src(p))) + b"\n"
                                for p in ("wn2019_026_", "wn2019_027_")), "wn2019_026_", "wn2019_027_")
    write("bundle.zip", zip_bytes({"clippings/fire.txt": plain_text(*src("wn2019_028_")).encode("utf-8"),
                                   "clippings/thai.html": html_page(*src("wn2019_029_")).encode("utf-8")}),
          "wn2019_028_", "wn2019_029_")
    return manifest


def make_bad() -> None:
    (BAD / "empty.txt").write_bytes(b"")
    (BAD / "junk.txt").write_bytes(random.Random(5).randbytes(4096))
    good_pdf = pdf_bytes(*source("wn2019_006_")[1:])
    (BAD / "truncated.pdf").write_bytes(good_pdf[: len(good_pdf) * 2 // 3])
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(good_pdf)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    (BAD / "encrypted.pdf").write_bytes(buffer.getvalue())
    (BAD / "menu_only.html").write_text(
        "<!DOCTYPE html>\n<html><head><title>Site map</title></head><body>\n<nav><ul>"
        + "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(1, 9))
        + "</ul></nav>\n<footer><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer>\n</body></html>\n",
        encoding="utf-8")
    (BAD / "no_text_column.csv").write_text("url,date,title\nhttps://example.org/a,2019-01-04,A headline only\n",
                                            encoding="utf-8")
    (BAD / "broken.jsonl").write_text('{"title": "Cut off", "text": "This line ends befo\nnot json at all\n',
                                      encoding="utf-8")
    (BAD / "bomb.zip").write_bytes(zip_bytes({"zeros.txt": b"0" * (16 * 1024 * 1024)}))
    article_text = plain_text(*source("wn2019_006_")[1:]).encode("utf-8")
    (BAD / "escape.zip").write_bytes(zip_bytes({"../outside.txt": article_text, "/etc/absolute.txt": article_text}))
    link = BAD / "broken_link.txt"
    if link.is_symlink():
        link.unlink()
    os.symlink("no_such_target.txt", link)


def main() -> None:
    FORMATS.mkdir(parents=True, exist_ok=True)
    BAD.mkdir(parents=True, exist_ok=True)
    manifest = make_formats()
    (ROOT / "fixtures" / "format_sources.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    make_bad()


if __name__ == "__main__":
    main()
