"""A button naming an entry that a content update removed (or renamed) says it expired."""

from __future__ import annotations

import pytest

from bot.content.render import to_plain
from bot.core.replies import Event


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("press", ["faq:jkm-dihapus-staf", "pick:1:jkm-dihapus-staf"])
async def test_a_button_to_a_removed_entry_has_expired(engine, press: str, lang: str) -> None:
    first = await engine.handle(Event("u1", text="santunan jkm berapa", force_language=lang))
    assert first[0].entry_id == "jkm-manfaat"
    replies = await engine.handle(Event("u1", press=press, force_language=lang))
    assert len(replies) == 1
    text = to_plain(replies[0].text)
    # Not "no answer for that question": the user asked nothing new, a button went stale.
    assert replies[0].kind == "info"
    assert ("tidak berlaku" if lang == "id" else "expired") in text
    assert "belum punya jawaban" not in text and "do not have an answer" not in text
    assert any(b.data.startswith("topic:") for row in replies[0].buttons for b in row)
