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


@pytest.mark.parametrize("value", ["0", "1"])
async def test_feedback_on_someone_elses_answer_is_not_thanked(engine, value: str) -> None:
    """In a group the answer's 👍/👎 are under everyone's eyes: another member's press records
    nothing (rightly), so the reply must not say "masukan Anda kami catat"."""
    asked = await engine.handle(Event("asker", text="santunan jkm berapa"))
    data = next(b.data for row in asked[0].buttons for b in row
                if b.data.startswith("fb:") and b.data.endswith(f":{value}"))
    (reply,) = await engine.handle(Event("someone-else", press=data))
    assert "bukan untuk Anda" in to_plain(reply.text)
    assert reply.buttons == [] or not any(b.data.startswith("ho:")
                                          for row in reply.buttons for b in row)
    mine = await engine.handle(Event("asker", press=data))
    assert "Terima kasih" in to_plain(mine[0].text)
