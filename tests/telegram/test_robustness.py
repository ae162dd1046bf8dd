"""Bot API failures and odd updates: the bot never crashes and keeps answering."""

from __future__ import annotations

import logging

import pytest

from bot.core.replies import Reply
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import check_html
from tests.telegram.harness import BotHarness

USER = 5151
QUESTION = "santunan jkm berapa"
ANSWER_MARK = "santunan jkm"  # in the title of entry jkm-manfaat




def answered(sent):
    return any(ANSWER_MARK in m["text"].lower() for m in sent)


def handler_errors(caplog):
    return [r for r in caplog.records if r.getMessage().startswith("error while handling")]


async def test_rate_limit_429_is_waited_out_and_retried(bot, fake):
    fake.fail_next("sendMessage", "429", retry_after=1)
    calls = await bot.step(lambda: fake.text(USER, QUESTION))
    sends = [c for c in calls if c.method == "sendMessage"]
    assert [c.ok for c in sends] == [False, True]
    assert ANSWER_MARK in sends[1].params["text"].lower()


async def test_bad_request_falls_back_to_plain_text_then_recovers(bot, fake):
    fake.fail_next("sendMessage", "400", description="Bad Request: can't parse entities")
    calls = await bot.step(lambda: fake.text(USER, QUESTION))
    sends = [c for c in calls if c.method == "sendMessage"]
    assert [c.ok for c in sends] == [False, True]
    assert "parse_mode" not in sends[1].params and "<b>" not in sends[1].params["text"]
    assert ANSWER_MARK in sends[1].params["text"].lower()
    assert answered(await bot.say(USER, QUESTION))  # and the next message is normal HTML


async def test_network_error_on_send_is_retried(bot, fake):
    fake.fail_next("sendMessage", "network")
    calls = await bot.step(lambda: fake.text(USER, QUESTION))
    sends = [c for c in calls if c.method == "sendMessage"]
    assert [c.ok for c in sends] == [False, True]


async def test_network_error_while_polling_recovers(bot, fake):
    fake.fail_next("getUpdates", "network", times=2)
    assert answered(await bot.say(USER, QUESTION))


async def test_persistent_failure_is_logged_and_the_bot_continues(bot, fake, caplog):
    fake.fail_next("sendMessage", "400", times=2)  # the answer, and its plain-text retry
    with caplog.at_level(logging.ERROR):
        await bot.step(lambda: fake.text(USER, QUESTION))
    assert [r for r in caplog.records if r.getMessage().startswith("reply refused for good")]
    assert QUESTION not in caplog.text  # logs never carry the message text
    assert answered(await bot.say(USER, QUESTION))


async def test_server_errors_beyond_the_limiters_retries_are_sent_later_not_apologised(
        bot, fake):
    fake.fail_next("sendMessage", "500", times=4)  # more than the 3 attempts of one round
    calls = await bot.step(lambda: fake.text(USER, QUESTION))
    sends = [c for c in calls if c.method == "sendMessage"]
    assert [c.ok for c in sends] == [False] * 4 + [True]
    assert answered([c.params for c in sends if c.ok])  # the answer, not an apology


@pytest.mark.parametrize("delivered", [False, True])
async def test_a_timed_out_reply_is_sent_again(bot, fake, delivered):
    """A timeout may or may not have delivered the reply; the bot cannot ask Telegram, so it
    sends it again (durable.RESEND_UNSURE): the user gets it once, or twice, never none."""
    fake.fail_next("sendMessage", "timeout", retry_after=6, delivered=delivered)
    calls = await bot.step(lambda: fake.text(USER, QUESTION))
    got = [c.params for c in calls if c.method == "sendMessage" and c.ok]
    assert len(got) == (2 if delivered else 1)
    assert all(answered([m]) for m in got)


async def test_internal_error_apologises_without_internals(bot, fake, monkeypatch):
    async def broken(event):
        raise RuntimeError("database exploded at /secret/path")

    monkeypatch.setattr(bot.adapter.core, "handle", broken)
    (sent,) = await bot.say(USER, QUESTION)
    assert "Maaf" in sent["text"]
    assert "exploded" not in sent["text"] and "secret" not in sent["text"]


async def test_blocked_user_is_quiet_and_others_still_served(bot, fake, caplog):
    fake.private_chat(USER)
    fake.block(USER)
    with caplog.at_level(logging.INFO):
        calls = await bot.step(lambda: fake.text(USER, QUESTION))
    assert not [c for c in calls if c.method == "sendMessage" and c.ok]
    assert not handler_errors(caplog)
    assert answered(await bot.say(USER + 1, QUESTION))


async def test_edited_messages_and_channel_posts_are_ignored(bot, fake):
    calls = await bot.step(lambda: fake.edited(USER, QUESTION))
    calls += await bot.step(lambda: fake.channel_post(text=QUESTION))
    assert not [c for c in calls if c.method in ("sendMessage", "sendChatAction")]


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document"])
async def test_media_gets_a_polite_note_in_private_only(bot, fake, kind):
    calls = await bot.step(lambda: fake.media(USER, kind))
    (sent,) = [c.params for c in calls if c.method == "sendMessage"]
    assert "hanya bisa membaca pesan teks" in sent["text"] or "baru bisa membaca" in sent["text"]
    group = fake.group_chat()
    calls = await bot.step(lambda: fake.media(USER, kind, chat=group))
    assert not [c for c in calls if c.method == "sendMessage"]


@pytest.mark.parametrize("data", [None, "", "zzz", "faq:", "pick:abc:nothing", "fb:x:9",
                                  "topic:../../etc", "menu:extra:parts", "é" * 32])
async def test_malformed_callback_data_is_answered_and_never_raises(bot, fake, caplog, data):
    (_menu,) = await bot.say(USER, "/topik")
    stored = fake.stored(USER, "Pilih topik")
    with caplog.at_level(logging.ERROR):
        calls = await bot.step(lambda: fake.press(USER, stored, data))
    assert [c for c in calls if c.method == "answerCallbackQuery"]
    assert not handler_errors(caplog)
    # Re-showing the same menu is refused by Telegram as "not modified": that is fine.
    assert not [c for c in calls if not c.ok and c.method not in ("editMessageText",)]


async def test_very_long_user_message_is_handled(bot, fake):
    sent = await bot.say(USER, ("jkm santunan meninggal " * 200)[:4096])
    assert sent  # some answer (FAQ, suggestions or fallback), within Telegram's limits


async def test_long_reply_split_and_document_sent_via_outbox(bot, fake):
    fake.private_chat(999)
    long_text = "\n\n".join(f"<b>Bagian {i}</b> " + "isi panjang " * 60 for i in range(20))
    engine = bot.adapter.core
    engine.notify_admins(Reply(long_text, kind="info"))
    engine.notify_admins(Reply("Ekspor data", kind="info", document=("ekspor.csv", b"a,b\n1,2\n")))
    await fake.wait_for(lambda: any(c.method == "sendDocument" for c in fake.calls))
    parts = [c.params["text"] for c in fake.calls if c.method == "sendMessage" and c.ok
             and c.params["chat_id"] == 999]
    assert len(parts) > 1
    for part in parts:
        check_html(part)
    assert "Bagian 0" in parts[0] and "Bagian 19" in parts[-1]
    (doc,) = [c.params for c in fake.calls if c.method == "sendDocument"]
    assert doc["document"]["filename"] == "ekspor.csv"
    assert doc["document"]["content"] == b"a,b\n1,2\n"
    assert doc["caption"] == "Ekspor data"


async def test_refused_setmycommands_does_not_stop_the_bot(tg_settings, fake, caplog):
    fake.fail_next("setMyCommands", "400", times=2, description="Bad Request: not supported")
    fake.fail_next("setMyCommands", "network", times=9)
    with caplog.at_level(logging.WARNING):
        async with BotHarness(tg_settings, fake, pinned) as bot:
            assert answered(await bot.say(USER, QUESTION))
    assert "setMyCommands" in caplog.text
