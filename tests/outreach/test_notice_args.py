"""/langganan with a word it does not know changes nothing and says how it is used."""

from __future__ import annotations

from bot.core.replies import Event
from bot.storage.outreach import OutreachStore


async def say(engine, text, user):
    command, _, args = text.lstrip("/").partition(" ")
    return await engine.handle(Event(user, "console", command=command, args=args))


async def test_an_unknown_word_after_langganan_subscribes_nobody(engine):
    replies = await say(engine, "/langganan xyz", "nt1")
    assert "/langganan stop" in replies[0].text and "berlangganan" in replies[0].text
    assert await OutreachStore(engine.db).subscribers() == 0


async def test_langganan_alone_or_with_a_start_word_subscribes(engine):
    await say(engine, "/langganan", "nt2")
    await say(engine, "/langganan mulai", "nt3")
    assert await OutreachStore(engine.db).subscribers() == 2
    await say(engine, "/langganan stop", "nt3")
    assert await OutreachStore(engine.db).subscribers() == 1
