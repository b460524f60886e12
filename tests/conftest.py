"""Shared fixtures: paths to the fixture articles, a fresh database, and a database with the fixtures imported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ARTICLES = FIXTURES / "articles"
SEED = ARTICLES / "000_82341150077b04b0.txt"


@pytest.fixture(scope="session")
def nlp():
    from extract.nlp import load_model

    return load_model()


@pytest.fixture
def fresh_db(tmp_path):
    from store import open_db

    db = open_db(tmp_path / "fresh.db")
    yield db
    db.close()


@pytest.fixture(scope="session")
def fixtures_db_file(tmp_path_factory, nlp) -> Path:
    """A database with every article of fixtures/articles imported once per test session."""
    from store import open_db
    from tui.importing import import_paths

    path = tmp_path_factory.mktemp("fixtures-db") / "fixtures.db"
    db = open_db(path)
    import_paths(db, [str(ARTICLES)], nlp=nlp)
    db.close()
    return path


@pytest.fixture
def fixtures_db_copy(fixtures_db_file, tmp_path) -> Path:
    """A private copy of the fixtures database, for tests that change it."""
    target = tmp_path / "fixtures.db"
    shutil.copy(fixtures_db_file, target)
    return target


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own empty settings folder, so the app never reads or writes the user's settings."""
    folder = tmp_path / "config"
    monkeypatch.setenv("FACTDESK_CONFIG_DIR", str(folder))
    return folder
