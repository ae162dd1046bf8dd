"""Issue 17 through the real Telegram path: reminders, notices, hand-offs, blocked users.

The periodic loop is parked (OUTBOX_SECONDS and RELOAD_CHECK_SECONDS very long) and each test
runs the periodic work itself (`periodic`), with the date injected through `engine.today`:
no sleeps, no wall-clock.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

import bot.telegram.app as tg_app
from bot.core.settings import Settings
from bot.outreach.hours import WIB
from bot.storage.question_log import fetch_rows
from bot.telegram.app import deliver_outbox
from bot.telegram.fmt import menu_press
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import FakeBotAPI, buttons_of
from tests.telegram.harness import BotHarness

STAFF = -100555
ADMIN = 999


@pytest.fixture
def quiet(tg_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings with a staff group, and the background loop parked for the whole test."""
    monkeypatch.setattr(tg_app, "OUTBOX_SECONDS", 3600.0)
    return replace(tg_settings, reload_check_seconds=3600.0, staff_chat_id=STAFF)


async def started(settings: Settings, fake: FakeBotAPI) -> BotHarness:
    return await BotHarness(settings, fake, pinned).start()


async def periodic(bot: BotHarness, on: date) -> None:
    """One round of the bot's periodic work on a given date, then the outbox delivered."""
    bot.adapter.core.today = lambda: on
    await bot.adapter.core.tick()
    assert bot.app is not None
    await deliver_outbox(bot.app, bot.adapter)


async def press(bot: BotHarness, fake: FakeBotAPI, user: int, text: str, data: str
                ) -> list[dict[str, Any]]:
    """Press the button with `data` under the bot's latest message containing `text`."""
    message = fake.stored(user, text)
    # A menu's buttons carry the menu prefix on the wire: press the button as it was sent.
    (sent,) = [b["callback_data"] for b in buttons_of(message)
               if menu_press(b.get("callback_data", ""))[0] == data]
    calls = await bot.step(lambda: fake.press(user, message, sent))
    return [c.params for c in calls if c.method in ("sendMessage", "editMessageText") and c.ok]


def member_update(fake: FakeBotAPI, user_id: int, blocked: bool) -> dict[str, Any]:
    """Telegram's my_chat_member update when a user blocks (or unblocks) the bot."""
    me = {"id": fake.bot_id, "is_bot": True, "first_name": "Asisten"}
    old, new = ("member", "kicked") if blocked else ("kicked", "member")
    return fake.push(my_chat_member={
        "chat": fake.private_chat(user_id), "from": fake.user(user_id), "date": int(time.time()),
        "old_chat_member": {"status": old, "user": me, "until_date": 0},
        "new_chat_member": {"status": new, "user": me, "until_date": 0}})


def texts(sent: list[dict[str, Any]]) -> str:
    return "\n".join(str(p.get("text", "")) for p in sent)


async def test_reminder_fires_once_on_its_day_across_a_restart_and_stops(quiet, fake):
    bot = await started(quiet, fake)
    try:
        await bot.say(42, "penghasilan 2 jt iuran bpu berapa")
        sent = await bot.say(42, "/pengingat 12")
        assert "tanggal 12" in texts(sent) and "12 Desember 2026" in texts(sent)
        mark = fake.mark()
        await periodic(bot, date(2026, 12, 11))
        assert fake.sent_since(mark, 42) == []  # not before its day
        await periodic(bot, date(2026, 12, 12))
        reminders = fake.sent_since(mark, 42)
        assert len(reminders) == 1
        text = reminders[0]["text"]
        assert "Pengingat iuran" in text and "Desember 2026" in text and "15 Desember 2026" in text
        assert "Rp" in text and "Diskon 50%" in text and "3 bulan" in text
    finally:
        await bot.stop()
    bot = await started(quiet, fake)  # a restart on the same day: not sent again
    try:
        mark = fake.mark()
        await periodic(bot, date(2026, 12, 12))
        await periodic(bot, date(2026, 12, 28))
        assert fake.sent_since(mark, 42) == []
        await periodic(bot, date(2027, 1, 12))
        assert len(fake.sent_since(mark, 42)) == 1  # next month: once
        stopped = await press(bot, fake, 42, "Pengingat iuran BPJS", "rm:stop")
        assert "dihentikan" in texts(stopped)
        mark = fake.mark()
        await periodic(bot, date(2027, 2, 12))
        assert fake.sent_since(mark, 42) == []
    finally:
        await bot.stop()


async def test_pengingat_stop_command_and_menu_buttons(quiet, fake):
    bot = await started(quiet, fake)
    try:
        menu = await bot.say(44, "/pengingat")
        assert "Pilih tanggal" in texts(menu)
        chosen = await press(bot, fake, 44, "Pilih tanggal", "rm:day:5")
        assert "tanggal 5" in texts(chosen) and "5 Desember 2026" in texts(chosen)
        assert "dihentikan" in texts(await bot.say(44, "/pengingat stop"))
        mark = fake.mark()
        await periodic(bot, date(2026, 12, 5))
        assert fake.sent_since(mark, 44) == []
    finally:
        await bot.stop()


async def test_blocked_user_is_skipped_and_marked(quiet, fake):
    bot = await started(quiet, fake)
    try:
        await bot.say(43, "/pengingat 12")
        await bot.say(46, "/pengingat 12")
        fake.block(43)
        await bot.step(lambda: member_update(fake, 43, blocked=True))  # my_chat_member
        fake.block(46)  # blocked without an update reaching us: the refused send marks it
        mark = fake.mark()
        await periodic(bot, date(2026, 12, 12))
        assert fake.calls_since(mark, "sendMessage", 43) == []  # not even tried
        assert len(fake.calls_since(mark, "sendMessage", 46)) == 1  # tried once: 403
        mark = fake.mark()
        await periodic(bot, date(2027, 1, 12))
        assert fake.calls_since(mark, "sendMessage", 43) == []
        assert fake.calls_since(mark, "sendMessage", 46) == []
        fake.blocked.discard(43)
        await bot.step(lambda: member_update(fake, 43, blocked=False))  # came back
        mark = fake.mark()
        await periodic(bot, date(2027, 2, 12))
        assert len(fake.sent_since(mark, 43)) == 1 and fake.sent_since(mark, 46) == []
    finally:
        await bot.stop()


async def test_notice_reaches_subscribers_exactly_once_across_a_restart(quiet, fake):
    bot = await started(quiet, fake)
    try:
        for user in (51, 52, 53):
            assert "berlangganan" in texts(await bot.say(user, "/langganan"))
        assert "hanya untuk admin" in texts(await bot.say(51, "/umumkan Tidak boleh"))
        preview = await bot.say(ADMIN, "/umumkan Kantor cabang tutup 25 Desember <libur>.")
        assert "Pratinjau" in texts(preview) and "3 pelanggan" in texts(preview)
        mark = fake.mark()
        await periodic(bot, date(2026, 11, 24))
        assert [p["chat_id"] for p in fake.sent_since(mark)] == []  # a draft is not sent
        fake.block(53)
        sending = await press(bot, fake, ADMIN, "Pratinjau", "nt:send:1")
        assert "sedang dikirim" in texts(sending)
        mark = fake.mark()
        await periodic(bot, date(2026, 11, 24))
        got = {p["chat_id"] for p in fake.sent_since(mark) if "Kantor cabang" in p["text"]}
        assert got == {51, 52}
        assert "&lt;libur&gt;" in fake.sent_since(mark, 51)[0]["text"]  # escaped
        assert "terkirim ke 3" in texts(fake.sent_since(mark, ADMIN))
    finally:
        await bot.stop()
    bot = await started(quiet, fake)
    try:
        fake.blocked.discard(53)
        mark = fake.mark()
        await periodic(bot, date(2026, 11, 25))
        assert fake.sent_since(mark) == []  # nobody gets it twice, the blocked one not later
        assert "dihentikan" in texts(await bot.say(52, "/langganan stop"))
    finally:
        await bot.stop()


async def test_handoff_round_trip_with_consent(quiet, fake):
    group = fake.group_chat(STAFF, "Staf BPJS")
    bot = await started(quiet, fake)
    try:
        fallback = await bot.say(42, "qwertyuiop zxcvb asdf")
        assert "tanya petugas" in texts(fallback)
        consent = await press(bot, fake, 42, "belum punya jawaban", "ho:ask:1")
        assert "Setuju?" in texts(consent) and "qwertyuiop" in texts(consent)
        mark = fake.mark()
        sent = await press(bot, fake, 42, "Setuju?", "ho:yes:1")
        assert "terkirim ke petugas" in texts(sent)
        await periodic(bot, date(2026, 11, 24))
        to_staff = fake.sent_since(mark, STAFF)
        assert len(to_staff) == 1 and "qwertyuiop" in to_staff[0]["text"]
        assert "42" not in to_staff[0]["text"] and "Budi" not in to_staff[0]["text"]
        assert "#1" in texts(await bot.say(ADMIN, "/antrean"))
        staff_msg = fake.stored(STAFF, "Tanya petugas #1")
        mark = fake.mark()
        await bot.step(lambda: fake.text(777, "Silakan datang ke kantor cabang dengan KTP.",
                                         chat=group, reply_to=staff_msg))
        assert "diteruskan" in texts(fake.sent_since(mark, STAFF))
        await periodic(bot, date(2026, 11, 24))
        answer = fake.sent_since(mark, 42)
        assert len(answer) == 1 and "Silakan datang ke kantor cabang" in answer[0]["text"]
        mark = fake.mark()
        closed = await press(bot, fake, 42, "Jawaban petugas", "ho:close:1")
        assert "ditutup" in texts(closed)
        await periodic(bot, date(2026, 11, 24))
        assert "Pengguna menutup" in texts(fake.sent_since(mark, STAFF))
        assert "Tidak ada" in texts(await bot.say(ADMIN, "/antrean"))
        # The answered question is in the misses report, for staff to turn into an entry.
        rows = await fetch_rows(bot.adapter.core.db)
        assert [r.question for r in rows if r.outcome == "staff_answered" and r.is_miss] == [
            "qwertyuiop zxcvb asdf"]
    finally:
        await bot.stop()


async def test_handoff_refused_without_consent_and_off_hours_note(quiet, fake):
    fake.group_chat(STAFF, "Staf BPJS")
    settings = replace(quiet, office_hours="08:00-16:00")
    bot = await started(settings, fake)
    try:
        await bot.say(42, "qwertyuiop zxcvb asdf")
        await press(bot, fake, 42, "belum punya jawaban", "ho:ask:1")
        mark = fake.mark()
        declined = await press(bot, fake, 42, "Setuju?", "ho:no:1")
        assert "tidak dikirim" in texts(declined)
        await periodic(bot, date(2026, 11, 24))
        assert fake.sent_since(mark, STAFF) == []
        assert "Tidak ada" in texts(await bot.say(ADMIN, "/antrean"))
        # Someone else's question id cannot be sent either.
        forged = await bot.step(lambda: fake.press(43, fake.stored(42, "Setuju?"), "ho:yes:1"))
        assert all("terkirim" not in str(c.params.get("text")) for c in forged)
        # 👎 on an answer offers the hand-off too; outside office hours the user is told when.
        answer = await bot.say(42, "jht cair berapa lama")
        down = next(b["callback_data"] for b in buttons_of(answer[-1])
                    if b.get("callback_data", "").endswith(":0"))
        log_id = down.split(":")[1]
        await press(bot, fake, 42, "", down)  # the latest message: the answer
        await press(bot, fake, 42, "masukan Anda kami catat", f"ho:ask:{log_id}")
        handoff = next(f for f in bot.adapter.core.features if f.name == "handoff")
        handoff.now = lambda: datetime(2026, 11, 28, 10, 0, tzinfo=WIB)  # a Saturday
        sent = await press(bot, fake, 42, "Setuju?", f"ho:yes:{log_id}")
        assert "di luar jam kerja" in texts(sent) and "30 November 2026" in texts(sent)
    finally:
        await bot.stop()
