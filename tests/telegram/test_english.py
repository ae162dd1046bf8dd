"""Issue 18 over the real PTB polling loop: English in, English out; Indonesian stays Indonesian."""

from __future__ import annotations

from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import FakeBotAPI
from tests.telegram.harness import BotHarness
from tests.telegram.test_registration import message_with_button

EN_USER, ID_USER = 6161, 6262
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
        english = await bot.say(ID_USER, "/bahasa en", language_code="id")
        assert "I will reply in English" in english[-1]["text"]
        start = await bot.say(ID_USER, "/start", language_code="id")
        assert "I can:" in start[-1]["text"]
