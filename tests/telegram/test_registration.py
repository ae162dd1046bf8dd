"""A whole BPU pre-registration through PTB's polling loop against the fake Bot API."""

from __future__ import annotations

from typing import Any

from bot.storage.registrations import RegistrationStore
from tests.registration.driver import GOOD, NIK
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import FakeBotAPI
from tests.telegram.harness import BotHarness

USER = 5151


def message_with_button(fake: FakeBotAPI, chat_id: int, data: str) -> dict[str, Any]:
    """The latest message the bot sent to `chat_id` that carries a button with `data`."""
    for (chat, _), message in reversed(fake.messages.items()):
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        if chat == chat_id and any(b.get("callback_data") == data for row in rows for b in row):
            return message
    raise KeyError(data)


async def test_full_registration_over_telegram(tg_settings):
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned) as bot:
        sent = await bot.say(USER, "/daftar")
        assert "persetujuan" in sent[-1]["text"].lower() or "setuju" in sent[-1]["text"].lower()
        for _step, kind, value in GOOD:
            if kind == "press":
                message = message_with_button(fake, USER, value)
                calls = await bot.step(lambda m=message, v=value: fake.press(USER, m, v))
                assert [c for c in calls if c.method == "answerCallbackQuery"]
            else:
                await bot.say(USER, value)
        summary = message_with_button(fake, USER, "reg:confirm")
        assert "Siti Nurhaliza" in summary["text"] and "7890" in summary["text"]
        assert "Rp" in summary["text"]  # the monthly amount from the calculator
        mark = fake.mark()
        await bot.step(lambda: fake.press(USER, summary, "reg:confirm"))
        done = " ".join(m.get("text", "") for m in fake.sent_since(mark, USER))
        edits = fake.calls_since(mark, "editMessageText")
        done += " ".join(c.params.get("text", "") for c in edits)
        assert "PRA-" in done and "JMO" in done
        regs = await RegistrationStore(bot.adapter.core.db).all()
        assert len(regs) == 1 and regs[0].nik == NIK and regs[0].full_name == "Siti Nurhaliza"
        assert regs[0].ref_code in done and regs[0].phone == "+6281234567890"
        assert regs[0].owner_key == f"telegram:{USER}"
    assert fake.unknown == []


async def test_topic_menu_mid_form_is_edited_in_place_and_the_step_follows_once(tg_settings):
    """forms23: mid-form, a topic list pressed in the menu is edited in place (the way back
    to the step is a button under it), and the answer at its end replaces the menu, with the
    step asked again in one message after it."""
    fake = FakeBotAPI()
    async with BotHarness(tg_settings, fake, pinned) as bot:
        await bot.say(USER, "/daftar")
        consent = message_with_button(fake, USER, "reg:consent:yes")
        await bot.step(lambda: fake.press(USER, consent, "reg:consent:yes"))
        await bot.say(USER, "Siti Nurhaliza")
        sent = await bot.say(USER, "/topik")
        assert "Langkah 2 dari 8" in sent[-1]["text"]  # the command's reply, then the step
        menu = fake.stored(USER, "Pilih topik")
        topic = next(b["callback_data"] for row in menu["reply_markup"]["inline_keyboard"]
                     for b in row if "topic:" in b.get("callback_data", ""))
        calls = await bot.step(lambda: fake.press(USER, menu, topic))
        assert not [c for c in calls if c.method == "sendMessage"]
        edit = next(c.params for c in calls if c.method == "editMessageText")
        assert "Pilih pertanyaan" in edit["text"] and "langkah 2/8" in str(edit["reply_markup"])
        edited = fake.messages[(USER, menu["message_id"])]
        entry = next(b["callback_data"] for row in edited["reply_markup"]["inline_keyboard"]
                     for b in row if "faq:" in b.get("callback_data", ""))
        calls = await bot.step(lambda: fake.press(USER, edited, entry))
        edits = [c.params for c in calls if c.method == "editMessageText" and c.ok]
        sends = [c.params for c in calls if c.method == "sendMessage" and c.ok]
        assert [e["message_id"] for e in edits] == [menu["message_id"]]
        assert len(sends) == 1 and "Langkah 2 dari 8" in sends[0]["text"]
    assert fake.unknown == []
