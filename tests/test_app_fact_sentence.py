"""Linked panes: a chosen fact marks its evidence in the text, the cursor's sentence highlights its facts, and keys
jump between entities and search hits."""

from __future__ import annotations

from textual.widgets import OptionList

from pilot_helpers import SIZE, highlighted_names, open_row_with_title, settle
from tui.app import FactdeskApp
from tui.article_view import ArticleBody


async def test_choosing_a_quote_marks_its_sentence_and_puts_the_cursor_there(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        facts = app.query_one("#facts", OptionList)
        target = next(i for i, f in enumerate(app.facts) if "Africa has become a target" in (f.get("content") or ""))
        await pilot.press("f")
        for _ in range(target):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        body = app.query_one(ArticleBody)
        fact = app.facts[target]
        assert (fact["start"], fact["end"]) == body.mark
        assert "mark" in highlighted_names(body, fact["start"], fact["start"] + 5)
        assert fact["start"] == body.cursor_offset
        assert facts.has_focus


async def test_moving_the_cursor_into_a_sentence_highlights_its_facts(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        body = app.query_one(ArticleBody)
        facts = app.query_one("#facts", OptionList)
        last = len(app.facts) - 1
        sentence_start, _ = app.fact_sentences[last]
        await pilot.press("t")
        body.move_cursor(body.location_of(sentence_start + 3))
        await pilot.pause()
        highlighted_start, highlighted_end = app.fact_sentences[facts.highlighted]
        assert highlighted_start <= sentence_start + 3 < highlighted_end
        assert facts.highlighted <= last
        assert "in this sentence" in str(facts.border_subtitle)


async def test_brackets_jump_between_entities_and_n_between_search_hits(fixtures_db_file):
    app = FactdeskApp(db_path=str(fixtures_db_file))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"terrorist")
        await pilot.pause(0.3)
        await settle(app, pilot)
        await open_row_with_title(app, pilot, "Morocco calls for")
        body = app.query_one(ArticleBody)
        await pilot.press("t")
        assert 0 == body.cursor_offset
        await pilot.press("right_square_bracket")
        first = app.mentions[0]
        assert first["start"] == body.cursor_offset
        await pilot.press("right_square_bracket", "left_square_bracket")
        assert first["start"] == body.cursor_offset
        await pilot.press("n")
        first_hit = body.text.lower().index("terrorist")
        assert first_hit == body.cursor_offset
        assert "hit" in highlighted_names(body, first_hit, first_hit + len("terrorist"))
        await pilot.press("n")
        second_hit = body.text.lower().index("terrorist", first_hit + 1)
        assert second_hit == body.cursor_offset
        await pilot.press("N")
        assert first_hit == body.cursor_offset
