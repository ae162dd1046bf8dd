"""/belajar through PTB's real polling loop: add, ignore, another entry; admins only."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.core.settings import Settings
from bot.storage.learn_log import LearnLog
from bot.telegram.fmt import menu_press
from tests.conftest import FAQ_DIR
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import FakeBotAPI, buttons_of
from tests.telegram.harness import BotHarness

ADMIN, STRANGER = 999, 555
# Questions the current matcher only offers as "did you mean" (answered ones are not learned).
MOVE_JOBS = ("bidan keliling ikut bpjs apa ya", "iuran-bpu-nakes")
# Users pick JKK death's amount; staff move the question to JKM's amounts (another entry). Since
# jkm-manfaat lists every heir right (heirs10) it leads this "did you mean" and jkm-ahli-waris
# (who the heirs are) is no longer offered.
DEATH_PAYOUT = ("duit buat ahli waris brp", "jkk-meninggal")
LATE_REPORT = ("lapor kecelakaan kerja molor kena apa", "jkk-lapor-kecelakaan")
RELOAD_NOTICE = "Isi FAQ terbaru sudah aktif"


@pytest.fixture
async def learning(tg_settings: Settings, fake: FakeBotAPI, tmp_path: Path):
    """The real application on a copy of the FAQ it may change."""
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    # Adding a phrasing builds the content three times and runs `faq check` (every answer, in
    # both languages, at every rate boundary): on a shared 2-core machine one such step takes
    # longer than the harness's default 15 s liveness guard (and the phrasings keep growing).
    harness = BotHarness(replace(tg_settings, faq_dir=faq), fake, pinned, timeout=120.0)
    await harness.start()
    yield harness
    await harness.stop()
    assert fake.unknown == []


async def choose(bot: BotHarness, fake: FakeBotAPI, user: int, question: str,
                 entry_id: str) -> None:
    """A user asks, gets "did you mean" and presses the entry they meant."""
    (menu,) = await bot.say(user, question)
    pick = [b["callback_data"] for b in buttons_of(menu)
            if b.get("callback_data", "").endswith(f":{entry_id}")]
    assert pick, f"'{question}' no longer offers {entry_id} as a suggestion"
    await bot.step(lambda: fake.press(user, fake.stored(user, "belum yakin"), pick[0]))


async def press(bot: BotHarness, fake: FakeBotAPI, user: int, message: dict[str, Any],
                data: str) -> list[dict[str, Any]]:
    """Press a button; every message the bot sent or edited in return."""
    calls = await bot.step(lambda: fake.press(user, message, data))
    # The periodic file check may notice the change first and tell every admin; not a reply.
    return [c.params for c in calls if c.ok and c.method in ("sendMessage", "editMessageText")
            and RELOAD_NOTICE not in c.params["text"]]


async def say(bot: BotHarness, user: int, text: str) -> list[dict[str, Any]]:
    """What the bot sent back to a message, without reload notices."""
    return [m for m in await bot.say(user, text) if RELOAD_NOTICE not in m["text"]]


def candidate(fake: FakeBotAPI) -> dict[str, Any]:
    return fake.stored(ADMIN, "Belajar dari pertanyaan")


def button(message: dict[str, Any], starts: str, ends: str = "") -> str:
    return next(b["callback_data"] for b in buttons_of(message)
                if menu_press(b.get("callback_data", ""))[0].startswith(starts)
                and b["callback_data"].endswith(ends))


async def test_add_goes_live_and_strangers_are_refused(learning: BotHarness,
                                                       fake: FakeBotAPI) -> None:
    question, entry_id = MOVE_JOBS
    for user in (101, 102, 103, 103):
        await choose(learning, fake, user, question, entry_id)

    (refusal,) = await learning.say(STRANGER, "/belajar")
    assert "hanya untuk admin" in refusal["text"]
    forged = await press(learning, fake, STRANGER, fake.stored(STRANGER, "hanya untuk admin"),
                         "bl:a:0123456789:jkm-manfaat")  # a button a stranger made up
    assert forged and all("hanya untuk admin" in m["text"] for m in forged)

    (shown,) = await say(learning, ADMIN, "/belajar")
    assert question in shown["text"] and entry_id in shown["text"]
    assert "3 pengguna berbeda" in shown["text"]  # user 103 asked twice: counted once
    replies = await press(learning, fake, ADMIN, candidate(fake),
                          button(shown, "bl:a:", f":{entry_id}"))
    text = "\n".join(m["text"] for m in replies)
    assert "ditambahkan ke" in text and "faq test:" in text and "langsung dijawab" in text

    engine = learning.adapter.core
    path = engine.settings.faq_dir / engine.store.current.faq.entries[entry_id].file
    assert f"- {question}  # dipelajari" in path.read_text(encoding="utf-8")
    (answer,) = await learning.say(104, question)
    assert "belum yakin" not in answer["text"]
    assert engine.store.current.faq.entries[entry_id].title in answer["text"]
    decisions = await LearnLog(engine.db).decisions()
    assert [(d.action, d.actor) for d in decisions] == [("added", f"telegram:{ADMIN}")]


async def test_ignore_and_another_entry(learning: BotHarness, fake: FakeBotAPI) -> None:
    for question, entry_id in (DEATH_PAYOUT, LATE_REPORT):
        for user in (201, 202):
            await choose(learning, fake, user, question, entry_id)
    engine = learning.adapter.core
    target = "jkm-manfaat"  # staff decide the payout question belongs to the amounts entry

    (shown,) = await say(learning, ADMIN, "/belajar")
    for _ in range(2):
        if LATE_REPORT[0] in shown["text"]:
            replies = await press(learning, fake, ADMIN, candidate(fake), button(shown, "bl:i:"))
            assert "diabaikan" in replies[0]["text"]
        else:
            assert DEATH_PAYOUT[0] in shown["text"]
            prompt = await press(learning, fake, ADMIN, candidate(fake), button(shown, "bl:o:"))
            assert "Ketik beberapa kata" in prompt[0]["text"]
            (results,) = await say(learning, ADMIN, "total santunan kematian")
            assert "pilih tujuan" in results["text"]
            replies = await press(learning, fake, ADMIN, fake.stored(ADMIN, "pilih tujuan"),
                                  button(results, "bl:a:", f":{target}"))
            assert "ditambahkan ke" in replies[0]["text"] and target in replies[0]["text"]
        shown = replies[-1]
    assert "Tidak ada kandidat" in shown["text"]

    path = engine.settings.faq_dir / engine.store.current.faq.entries[target].file
    assert f"- {DEATH_PAYOUT[0]}  # dipelajari" in path.read_text(encoding="utf-8")
    decisions = await LearnLog(engine.db).decisions()
    assert sorted((d.action, d.entry_id) for d in decisions) == [
        ("added", target), ("ignored", LATE_REPORT[1])]
    (again,) = await say(learning, ADMIN, "/belajar")
    assert "Tidak ada kandidat" in again["text"]  # the ignored question stays ignored
