"""Issue 18 over the real PTB polling loop: English in, English out; Indonesian stays Indonesian."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

import bot.telegram.app as tg_app
from bot.core.settings import Settings
from bot.telegram.app import deliver_outbox
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import FakeBotAPI, buttons_of
from tests.telegram.harness import BotHarness
from tests.telegram.test_registration import message_with_button

EN_USER, ID_USER = 6161, 6262
STAFF = -100556
ANSWERS = [("text", "Sarah Wijaya"), ("text", "3273011708900001"), ("text", "17-08-1990"),
           ("text", "0812-3456-7890"), ("press", "reg:occ:pedagang"), ("text", "Kota Bandung"),
           ("text", "2.5 million"), ("press", "reg:prog:basic")]


async def test_english_client_writing_english_gets_english_up_to_the_summary(tg_settings):
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned) as bot:
        start = await bot.say(EN_USER, "/start", language_code="en")
        assert "I can:" in start[-1]["text"] and "Saya bisa" not in start[-1]["text"]
        answer = await bot.say(EN_USER, "How much BPJS is deducted from an employee's salary?",
                               language_code="en")
        assert "deducted from pay" in answer[-1]["text"] and "Rp" not in answer[-1]["text"]
        calc = await bot.say(EN_USER, "salary 8 million, how much is deducted",
                             language_code="en")
        assert "IDR 240,000" in calc[-1]["text"]
        consent = await bot.say(EN_USER, "/daftar", language_code="en")
        assert "Do you agree?" in consent[-1]["text"]
        await bot.step(lambda: fake.press(EN_USER, message_with_button(
            fake, EN_USER, "reg:consent:yes"), "reg:consent:yes"))
        for kind, value in ANSWERS:
            if kind == "press":
                message = message_with_button(fake, EN_USER, value)
                await bot.step(lambda m=message, v=value: fake.press(EN_USER, m, v))
            else:
                sent = await bot.say(EN_USER, value, language_code="en")
                assert "Langkah" not in sent[-1]["text"], sent[-1]["text"]
        summary = message_with_button(fake, EN_USER, "reg:confirm")
        assert "Pre-registration summary" in summary["text"]
        assert "Sarah Wijaya" in summary["text"] and "To pay: IDR" in summary["text"]
        labels = [b["text"] for row in summary["reply_markup"]["inline_keyboard"] for b in row]
        assert "✅ Correct, save" in labels
    assert fake.unknown == []


async def test_writing_indonesian_gets_indonesian_whatever_the_client_language(tg_settings):
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned) as bot:
        sent = await bot.say(ID_USER, "jht cair berapa lama kalau resign", language_code="en")
        assert "Dasar:" in sent[-1]["text"] and "Legal basis" not in sent[-1]["text"]
        consent = await bot.say(ID_USER, "/daftar", language_code="en")
        assert "Apakah Anda setuju?" in consent[-1]["text"]
        # Mid-form, a command's reply comes first and the form's step follows (forms23).
        english = await bot.say(ID_USER, "/bahasa en", language_code="id")
        assert "I will reply in English" in english[0]["text"]
        assert "Do you agree?" in english[-1]["text"]
        start = await bot.say(ID_USER, "/start", language_code="id")
        assert "I can:" in start[0]["text"]
        assert "Do you agree?" in start[-1]["text"]


@pytest.fixture
def staffed(tg_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A staff group, and the background loop parked (the test runs the periodic work)."""
    monkeypatch.setattr(tg_app, "OUTBOX_SECONDS", 3600.0)
    return replace(tg_settings, reload_check_seconds=3600.0, staff_chat_id=STAFF)


def _labels(message: dict[str, Any]) -> list[str]:
    return [b["text"] for b in buttons_of(message)]


async def _press(bot: BotHarness, fake: FakeBotAPI, user: int, text: str, data: str
                 ) -> list[dict[str, Any]]:
    message = fake.stored(user, text)
    calls = await bot.step(lambda: fake.press(user, message, data))
    return [c.params for c in calls if c.method in ("sendMessage", "editMessageText") and c.ok]


async def test_english_user_gets_english_details_data_handoff_and_reminders(staffed):
    fake = FakeBotAPI()
    group = fake.group_chat(STAFF, "Staf BPJS")
    async with BotHarness(staffed, fake, pinned) as bot:
        # A calculation: English short reply, English buttons, English detail behind them.
        calc = await bot.say(EN_USER, "salary 8 million, how much is deducted",
                             language_code="en")
        assert "📋 Details" in _labels(calc[-1]) and "🔁 Calculate again" in _labels(calc[-1])
        message = message_with_button(fake, EN_USER, "calc:d")
        detail = await bot.step(lambda: fake.press(EN_USER, message, "calc:d"))
        detail = [c.params for c in detail if c.method == "sendMessage" and c.ok]
        text = detail[-1]["text"]
        assert "Contribution breakdown for a salary of IDR 8,000,000" in text
        assert "Rates and figures used" in text and "Dipotong" not in text
        assert "valid from" in text and "berlaku sejak" not in text
        # A re-ask in English when the amount is unclear.
        unclear = await bot.say(EN_USER, "salary 5,5 how much is the contribution",
                                language_code="en")
        assert "unclear" in unclear[-1]["text"] or "Do you mean" in unclear[-1]["text"]
        assert "Mohon" not in unclear[-1]["text"]
        # /datasaya in English.
        mydata = await bot.say(EN_USER, "/datasaya", language_code="en")
        assert "No personal data of yours is stored" in mydata[-1]["text"]
        # The reminder menu in English, and its buttons.
        menu = await bot.say(EN_USER, "/pengingat", language_code="en")
        assert "Monthly contribution reminder" in menu[-1]["text"]
        assert "Pengingat" not in menu[-1]["text"]
        assert "Day 12" in _labels(menu[-1]) and not any("Tgl" in b for b in _labels(menu[-1]))
        bad_day = await bot.say(EN_USER, "/pengingat 40", language_code="en")
        assert "Pick a day from 1 to" in bad_day[-1]["text"]
        assert "Pilih" not in bad_day[-1]["text"] and "Day 5" in _labels(bad_day[-1])
        # A hand-off: consent, sending, and the staff answer come back in English; the staff
        # group itself reads Indonesian.
        fallback = await bot.say(EN_USER, "qwertyuiop zxcvb asdf", language_code="en")
        assert "ask our staff" in fallback[-1]["text"]
        # the fallback's own log row (calculations asked earlier are logged too)
        ask = next(b["callback_data"] for (chat, _), m in reversed(fake.messages.items())
                   if chat == EN_USER
                   for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
                   for b in row if b.get("callback_data", "").startswith("ho:ask:"))
        message = message_with_button(fake, EN_USER, ask)
        consent = await bot.step(lambda: fake.press(EN_USER, message, ask))
        consent = [c.params for c in consent if c.method in ("sendMessage", "editMessageText")
                   and c.ok]
        assert "Do you agree?" in consent[-1]["text"]
        assert "✅ Yes, send to an officer" in _labels(consent[-1])
        mark = fake.mark()
        sent = await _press(bot, fake, EN_USER, "Do you agree?", "ho:yes:1")
        assert "has been sent to an officer" in sent[-1]["text"]
        await _periodic(bot, date(2026, 11, 24))
        to_staff = fake.sent_since(mark, STAFF)
        assert len(to_staff) == 1 and "Balas (reply) pesan ini" in to_staff[0]["text"]
        staff_msg = fake.stored(STAFF, "Tanya petugas #1")
        mark = fake.mark()
        await bot.step(lambda: fake.text(777, "Please bring your passport to a branch office.",
                                         chat=group, reply_to=staff_msg))
        # The officer wrote English, so the acknowledgement is English too.
        assert "forwarded to the user" in "\n".join(m["text"]
                                                  for m in fake.sent_since(mark, STAFF))
        await _periodic(bot, date(2026, 11, 24))
        answer = fake.sent_since(mark, EN_USER)
        assert len(answer) == 1 and "Officer's answer" in answer[0]["text"]
        assert "✅ Done / close" in _labels(answer[0])


async def _periodic(bot: BotHarness, on: date) -> None:
    bot.adapter.core.today = lambda: on
    await bot.adapter.core.tick()
    assert bot.app is not None
    await deliver_outbox(bot.app, bot.adapter)


async def test_monthly_reminder_goes_out_in_the_users_language(staffed):
    fake = FakeBotAPI()
    async with BotHarness(staffed, fake, pinned) as bot:
        await bot.say(EN_USER, "how much is the contribution for self employed",
                      language_code="en")
        await bot.say(EN_USER, "/pengingat 12", language_code="en")
        await bot.say(ID_USER, "/pengingat 12", language_code="id")
        mark = fake.mark()
        await _periodic(bot, date(2026, 12, 12))
        english = fake.sent_since(mark, EN_USER)
        indonesian = fake.sent_since(mark, ID_USER)
        assert len(english) == 1 and "contribution reminder" in english[0]["text"]
        assert "🛑 Stop reminders" in _labels(english[0])
        assert len(indonesian) == 1 and "Pengingat iuran" in indonesian[0]["text"]
