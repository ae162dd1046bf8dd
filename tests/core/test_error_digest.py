"""Errors reach the admins as a masked, rate-limited digest, never with the update's contents."""

from __future__ import annotations

from bot.content.render import to_plain
from bot.core.engine import Feature
from bot.core.errors import ErrorDigest
from bot.core.replies import Event

SECRET_TEXT = "nik saya 3273015708900003 kenapa error"


class Broken(Feature):
    name = "broken"

    async def on_text(self, ctx):
        raise ValueError(f"cannot handle {ctx.event.text}")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_errors_become_one_masked_notice_per_hour(engine):
    clock = Clock()
    engine.errors = ErrorDigest(clock=clock)
    engine.features.insert(0, Broken())
    for _ in range(3):
        (reply,) = await engine.handle(Event("u1", text=SECRET_TEXT))
        assert "gangguan" in to_plain(reply.text)  # the user's apology
    await engine.tick()
    notices = [(who, to_plain(r.text)) for who, r in engine.drain_outbox()]
    assert [who for who, _ in notices] == ["999"]
    text = notices[0][1]
    assert "3× ValueError" in text and "60 menit" in text
    assert "3273015708900003" not in text and "0003" not in text and "nik" not in text.lower()

    await engine.handle(Event("u1", text=SECRET_TEXT))
    clock.now += 600
    await engine.tick()
    assert engine.drain_outbox() == []  # rate-limited: at most one notice an hour
    clock.now += 3600
    await engine.tick()
    (later,) = [to_plain(r.text) for _, r in engine.drain_outbox()]
    assert "1× ValueError" in later


async def test_no_errors_no_notice(engine):
    await engine.tick()
    assert engine.drain_outbox() == []
