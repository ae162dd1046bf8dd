"""F4: one chat's stalled send holds up nobody else; each chat is still handled in order."""

from __future__ import annotations

import asyncio

from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import FakeBotAPI
from tests.telegram.harness import BotHarness

A, B, C = 7001, 7002, 7003


async def _until(predicate, fake: FakeBotAPI) -> None:
    await fake.wait_for(predicate, timeout=5.0)


async def test_a_stalled_chat_does_not_hold_up_others(tg_settings):
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned, timeout=5.0) as bot:
        await bot.say(A, "/start")  # A's chat exists and works
        gate = fake.hold("sendMessage", A)
        try:
            stalled = fake.text(A, "apa itu jht")
            await _until(lambda: any(c.method == "sendChatAction" and c.params["chat_id"] == A
                                     for c in fake.calls[-3:]), fake)
            # A's answer is stuck in sendMessage; B and C are answered meanwhile.
            assert await bot.say(B, "apa itu jkm")
            assert await bot.say(C, "/help")
            assert stalled["update_id"] not in bot.done
        finally:
            gate.set()  # also on failure, so the bot can shut down
        await bot.wait_processed([stalled["update_id"]])
        assert fake.sent_since(0, A)[-1]["text"]


async def test_one_chat_is_handled_in_order(tg_settings):
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned, timeout=5.0) as bot:
        await bot.say(A, "/start")
        mark = fake.mark()
        gate = fake.hold("sendMessage", A)
        try:
            updates = [fake.text(A, f"gaji {n} juta potong berapa") for n in (1, 2, 3)]
            await _until(lambda: any(c.method == "sendChatAction" and c.params["chat_id"] == A
                                     for c in fake.calls[mark:]), fake)
            await bot.say(B, "apa itu jkm")  # other chats move on meanwhile
            assert not {u["update_id"] for u in updates} & bot.done
        finally:
            gate.set()
        await bot.wait_processed([u["update_id"] for u in updates])
        texts = [p["text"] for p in fake.sent_since(mark, A)]
        firsts = [next(i for i, t in enumerate(texts) if f"{n}.000.000" in t) for n in (1, 2, 3)]
        assert firsts == sorted(firsts)


async def test_many_chats_at_once_all_answered_once(tg_settings):
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned) as bot:
        updates = [fake.text(8000 + i, f"gaji {i + 1} juta potong berapa") for i in range(30)]
        await bot.process_all(updates)
        for i in range(30):
            sent = fake.sent_since(0, 8000 + i)
            assert len(sent) == 1 and f"{i + 1}.000.000" in sent[0]["text"]
    await asyncio.sleep(0)


async def test_each_update_holds_its_chat_and_user_in_the_database(tg_settings):
    """On PostgreSQL this lock excludes the other instances (tests/storage/test_postgres.py)."""
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned, timeout=5.0) as bot:
        db = bot.adapter.core.db
        held: list[tuple[str, ...]] = []
        original = db.chat_lock

        def spy(*keys: str):
            held.append(keys)
            return original(*keys)

        db.chat_lock = spy
        assert await bot.say(A, "/start")
        assert (f"chat:{A}", f"user:{A}") in held
