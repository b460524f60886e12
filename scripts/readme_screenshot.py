"""Writes docs/screenshot.svg with the app's own save_screenshot: the seed open and its second quote followed."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def shoot(db_path: Path, target: Path) -> None:
    from tui.app import FactdeskApp

    app = FactdeskApp(db_path=str(db_path))
    async with app.run_test(size=(150, 42)) as pilot:
        for _ in range(3):
            await pilot.pause()
            await app.workers.wait_for_complete()
        await pilot.press("enter")
        for _ in range(3):
            await pilot.pause()
            await app.workers.wait_for_complete()
        await pilot.press("f", "down", "enter")
        await pilot.pause()
        app.save_screenshot(filename=target.name, path=str(target.parent))


def main() -> None:
    import os

    os.environ.setdefault("FACTDESK_CONFIG_DIR", tempfile.mkdtemp())
    from store import open_db
    from tui.importing import import_paths

    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "screenshot.db"
        db = open_db(db_path)
        import_paths(db, [str(ROOT / "fixtures" / "articles")])
        db.close()
        target = ROOT / "docs" / "screenshot.svg"
        asyncio.run(shoot(db_path, target))
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
