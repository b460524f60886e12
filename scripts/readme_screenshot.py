"""Writes docs/screenshot.svg (the seed open, its second fact followed) and docs/search.svg (a search for "trump")
with the app's own save_screenshot."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def settle(app, pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()


async def shoot(db_path: Path, target: Path, search: str = "") -> None:
    """The seed open with its second fact followed; or, given `search`, its second result open."""
    from tui.app import FactdeskApp

    app = FactdeskApp(db_path=str(db_path))
    async with app.run_test(size=(150, 42)) as pilot:
        await settle(app, pilot)
        if search:
            await pilot.press("slash", *search)
            await pilot.pause(0.3)
            await settle(app, pilot)
            await pilot.press("enter", "down", "enter")
            await settle(app, pilot)
        else:
            await pilot.press("enter")
            await settle(app, pilot)
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
        for name, search in [("screenshot.svg", ""), ("search.svg", "trump")]:
            target = ROOT / "docs" / name
            asyncio.run(shoot(db_path, target, search))
            print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
