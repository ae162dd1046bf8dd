"""F5 (storage and core part): forged callback ids and lone surrogates get a normal answer."""

from __future__ import annotations

import pytest

from bot.content.render import to_plain
from bot.core.replies import Event

APOLOGY = "gangguan"


@pytest.mark.parametrize("press", [
    "fb:99999999999999999999:1", "pick:99999999999999999999:jht-apa", "fb:-1:1",
    "pick:9223372036854775808:jht-apa", "fb:0:0",
])
async def test_forged_log_ids_are_stale_buttons_not_errors(engine, press):
    replies = await engine.handle(Event("u1", press=press))
    assert replies and all(APOLOGY not in to_plain(r.text) for r in replies)


@pytest.mark.parametrize("text", ["\ud800", "halo \udfff jht", "gaji \ud83d 5 juta"])
async def test_lone_surrogates_are_answered(engine, text):
    replies = await engine.handle(Event("u1", text=text))
    assert all(APOLOGY not in to_plain(r.text) for r in replies)


async def test_out_of_range_ids_never_reach_sqlite(engine):
    assert await engine.qlog.feedback(10**20, "console:u1", 1) is False
    await engine.qlog.choose(10**20, "console:u1", "jht-apa")  # no OverflowError
