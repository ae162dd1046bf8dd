"""Per-user inbound flood control: one polite notice, then quiet; counted in the statistics."""

from __future__ import annotations

from dataclasses import replace

from bot.content.render import to_plain
from bot.core.flood import FloodGate
from bot.core.replies import Event
from bot.staff.reports import compute_stats, stats_text
from bot.storage.question_log import fetch_rows


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


QUESTION = "apa itu jht"
FLOODER = Event("flooder", "telegram", text=QUESTION)  # flood control is for Telegram users


async def test_flood_gets_one_notice_then_silence_then_recovers(engine):
    clock = Clock()
    engine.flood = FloodGate(20, 60.0, clock)
    answered = [await engine.handle(FLOODER) for _ in range(20)]
    assert all(answered)
    (notice,) = await engine.handle(FLOODER)
    assert "tunggu" in to_plain(notice.text)
    for _ in range(30):
        assert await engine.handle(FLOODER) == []
    others = Event("someone-else", "telegram", text=QUESTION)
    assert await engine.handle(others)  # others unaffected
    clock.now += 61
    assert await engine.handle(FLOODER)
    stats = compute_stats(await fetch_rows(engine.db))
    assert stats.floods == 1
    assert stats.questions == 22  # 20 + the other user + the one after the pause
    assert "banjir pesan): 1 kali" in stats_text(stats)
    (reply,) = await engine.handle(Event("999", command="statistik", is_admin=True))
    assert "banjir pesan" in to_plain(reply.text)


async def test_the_local_console_is_not_flood_limited(engine):
    engine.flood = FloodGate(2, 60.0, Clock())
    for _ in range(5):  # one local operator typing a script of messages
        assert await engine.handle(Event("operator", "console", text="apa itu jht"))


def test_zero_switches_it_off():
    gate = FloodGate(0, 60.0)
    assert {gate.check("u") for _ in range(500)} == {"ok"}


async def test_staff_are_not_flood_limited(engine):
    """An admin reviewing /belajar candidates presses a button every two seconds, and a staff
    member answering "Tanya petugas" replies in the staff group one after another: their
    presses and answers were dropped without a word after the twentieth in a minute."""
    engine.flood = FloodGate(3, 60.0, Clock())
    engine.settings = replace(engine.settings, staff_chat_id=-100)
    for _ in range(6):
        assert await engine.handle(Event("999", "telegram", command="help", is_admin=True))
    for _ in range(6):  # a staff member (no admin) talking to the bot in the staff group
        assert await engine.handle(Event("777", "telegram", command="help", chat_type="group",
                                         chat_id="-100"))
    for _ in range(3):
        assert await engine.handle(Event("888", "telegram", command="help"))
    (notice,) = await engine.handle(Event("888", "telegram", command="help"))
    assert "tunggu" in to_plain(notice.text)  # everyone else as before
