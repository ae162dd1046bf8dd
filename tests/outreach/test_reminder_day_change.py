"""review26: a day changed after this month's reminder went out names the date it will come."""

from __future__ import annotations

from datetime import date

from bot.core.replies import Event

USER = "rm-day"


async def _say(engine, **kw):
    return await engine.handle(Event(USER, "console", **kw))


async def _tick_on(engine, on: date) -> list:
    engine.today = lambda: on
    await engine.tick()
    return [reply for target, reply in engine.drain_outbox() if target == USER]


async def test_a_later_day_after_this_months_reminder_says_next_month(engine):
    engine.channels.add("console")
    engine.today = lambda: date(2026, 12, 3)
    await _say(engine, command="pengingat", args="5")
    assert len(await _tick_on(engine, date(2026, 12, 5))) == 1
    moved = await _say(engine, command="pengingat", args="10")
    assert "10 Januari 2027" in moved[0].text and "10 Desember 2026" not in moved[0].text
    assert await _tick_on(engine, date(2026, 12, 10)) == []
    assert len(await _tick_on(engine, date(2027, 1, 10))) == 1


async def test_a_day_set_before_any_reminder_keeps_this_month(engine):
    engine.channels.add("console")
    engine.today = lambda: date(2026, 12, 3)
    shown = await _say(engine, command="pengingat", args="10")
    assert "10 Desember 2026" in shown[0].text
    assert len(await _tick_on(engine, date(2026, 12, 10))) == 1
