"""Layer hygiene: extract/ and store/ never import Textual, only store/ writes SQL, and the app starts without spaCy."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

from conftest import ROOT

SQL_STATEMENT = re.compile(
    r"\bSELECT\b.+\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER)\b|\bPRAGMA\s+\w+", re.IGNORECASE | re.DOTALL)


def imported_modules(package: str) -> set[str]:
    names: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module.split(".")[0])
    return names


def test_extract_imports_neither_store_nor_textual():
    assert set() == imported_modules("extract") & {"textual", "store", "tui"}


def test_store_never_imports_textual_or_the_app():
    assert set() == imported_modules("store") & {"textual", "tui"}


def test_only_store_writes_sql():
    offenders = []
    for package in ("extract", "tui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    if SQL_STATEMENT.search(node.value):
                        offenders.append(f"{path.relative_to(ROOT)}: {node.value[:40]!r}")
    assert [] == offenders


def test_app_and_store_load_without_spacy_or_textual_leaking():
    code = (
        "import sys, store, store.queries, extract, extract.readers\n"
        "assert 'textual' not in sys.modules, 'store/extract imported textual'\n"
        "import tui.app\n"
        "assert 'spacy' not in sys.modules, 'starting the app imported spaCy'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert 0 == result.returncode, result.stderr


def test_starting_the_app_leaves_sqlite_utils_and_numpy_unloaded():
    # They cost a quarter of a second of start-up; the app's reads go straight to sqlite3.
    code = "import sys, tui.app\nassert 'sqlite_utils' not in sys.modules and 'numpy' not in sys.modules\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert 0 == result.returncode, result.stderr
