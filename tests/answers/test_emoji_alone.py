"""An emoji alone: thanked only when it thanks; else the assistant says what it can do."""

from __future__ import annotations

from bot.core.replies import Event


async def test_a_smiley_alone_gets_what_the_assistant_does_not_thanks(engine):
    replies = await engine.handle(Event("u1", "console", text="😀"))
    text = " ".join(r.text for r in replies)
    assert "Sama-sama" not in text
    assert "Tulis pertanyaan Anda" in text


async def test_thanks_emoji_after_an_answer_stay_thanks(engine):
    await engine.handle(Event("u1", "console", text="jht cair berapa lama"))
    for mark in ("🙏", "👍"):
        replies = await engine.handle(Event("u1", "console", text=mark))
        assert "Sama-sama" in replies[0].text
