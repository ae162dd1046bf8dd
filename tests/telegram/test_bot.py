"""The bot through PTB's own polling loop against the in-process fake Bot API."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlparse

import pytest

from bot.app.composition import build_engine, close_engine
from bot.core.replies import Event
from bot.telegram.fmt import MENU_PREFIX
from tests.conftest import AS_OF
from tests.telegram.conftest import pinned
from tests.telegram.fake_bot_api import buttons_of
from tests.telegram.harness import BotHarness

USER = 4242




@pytest.fixture
async def reference(tmp_path, tg_settings):
    """A second engine on its own database: what the console would say to the same events."""
    eng = await build_engine(replace(tg_settings, bot_db_path=tmp_path / "ref.sqlite3"),
                             as_of=AS_OF)
    yield eng
    await close_engine(eng)


def event(**fields):
    return Event(str(USER), "telegram", user_name="Budi", **fields)


async def test_startup_sets_menus_in_indonesian_and_english(bot, fake):
    default_id = {c["command"]: c["description"] for c in fake.commands[("default", "")]}
    default_en = {c["command"]: c["description"] for c in fake.commands[("default", "en")]}
    assert default_id["start"] == "Mulai / menu utama"
    assert default_en["help"] == "How to use the assistant"
    assert set(default_id) == set(default_en)
    assert {"start", "help", "topik", "tentang", "batal"} <= set(default_id)
    groups = {c["command"] for c in fake.commands[("all_group_chats", "")]}
    assert "daftar" not in groups and "start" in groups
    assert fake.calls_since(0, "deleteWebhook")  # polling removes a stale webhook


async def test_start_without_payload_matches_the_engine(bot, reference):
    sent = await bot.say(USER, "/start")
    (welcome,) = await reference.handle(event(command="start"))
    assert [m["text"] for m in sent] == [welcome.text]
    assert "Halo, Budi!" in sent[0]["text"]
    labels = [b["text"] for b in buttons_of(sent[0])]
    assert labels == [b.label for row in welcome.buttons for b in row]


async def test_start_with_faq_deep_link_opens_that_answer(bot, reference):
    sent = await bot.say(USER, "/start faq_jkm-manfaat")
    (answer,) = await reference.handle(event(command="start", args="faq_jkm-manfaat"))
    assert answer.entry_id == "jkm-manfaat"
    assert sent[0]["text"] == answer.text
    assert reference.store.current.faq.entries["jkm-manfaat"].title in sent[0]["text"]


async def test_start_with_unknown_payload_falls_back_to_welcome(bot):
    sent = await bot.say(USER, "/start zzz_nothing")
    assert "Halo, Budi!" in sent[0]["text"]


async def test_free_text_question_is_answered_with_a_share_button(bot, fake, reference):
    calls = await bot.step(lambda: fake.text(USER, "santunan jkm berapa"))
    methods = [c.method for c in calls if c.method != "getUpdates"]
    assert methods == ["sendChatAction", "sendMessage"]  # typing first, then the answer
    sent = calls[-1].params if calls[-1].method == "sendMessage" else (
        next(c for c in calls if c.method == "sendMessage").params)
    (answer,) = await reference.handle(event(text="santunan jkm berapa"))
    assert sent["text"] == answer.text
    assert "Rp42.000.000" in sent["text"]  # figure from faq/rates.yaml via the template
    share = [b for b in buttons_of(sent) if b["text"] == "📤 Bagikan"]
    link = parse_qs(urlparse(share[0]["url"]).query)["url"][0]
    assert link == f"https://t.me/{fake.username}?start=faq_jkm-manfaat"


async def test_suggestion_press_replaces_the_menu_with_the_answer(bot, fake, reference):
    (menu,) = await bot.say(USER, "syarat")
    (expected_menu,) = await reference.handle(event(text="syarat"))
    assert expected_menu.kind == "suggestions"
    assert menu["text"] == expected_menu.text
    stored = fake.stored(USER, "Saya belum yakin")
    pick = buttons_of(menu)[0]
    calls = await bot.step(lambda: fake.press(USER, stored, pick["callback_data"]))
    assert [c.method for c in calls if c.method == "answerCallbackQuery"]
    edits = [c.params for c in calls if c.method == "editMessageText" and c.ok]
    assert edits and edits[0]["message_id"] == stored["message_id"]
    (answer,) = await reference.handle(event(press=expected_menu.buttons[0][0].data))
    assert edits[0]["text"] == answer.text
    assert answer.kind == "faq"


async def test_topic_menu_navigation_edits_in_place(bot, fake):
    (menu,) = await bot.say(USER, "/topik")
    stored = fake.stored(USER, "Pilih topik")
    topic = buttons_of(menu)[0]["callback_data"]
    calls = await bot.step(lambda: fake.press(USER, stored, topic))
    edit = next(c.params for c in calls if c.method == "editMessageText")
    assert "Pilih pertanyaan" in edit["text"]
    back = next(b for b in buttons_of(edit) if b.get("callback_data") == f"{MENU_PREFIX}menu")
    calls = await bot.step(lambda: fake.press(USER, fake.messages[(USER, stored["message_id"])],
                                              back["callback_data"]))
    assert "Pilih topik" in next(c.params for c in calls if c.method == "editMessageText")["text"]
    assert not [c for c in calls if c.method == "sendMessage"]


async def test_a_menu_is_edited_in_place_by_another_instance(tg_settings, fake):
    # Issue 19: whether a message is a menu travels in the button's data, so the press is
    # edited in place by an application that never sent the menu (another instance, or this
    # one after a restart), not answered with a new message.
    async with BotHarness(tg_settings, fake, pinned) as first:
        (menu,) = await first.say(USER, "/topik")
    stored = fake.stored(USER, "Pilih topik")
    topic = buttons_of(menu)[0]["callback_data"]
    assert topic.startswith(MENU_PREFIX)
    async with BotHarness(tg_settings, fake, pinned) as second:
        calls = await second.step(lambda: fake.press(USER, stored, topic))
    edits = [c.params for c in calls if c.method == "editMessageText" and c.ok]
    assert [e["message_id"] for e in edits] == [stored["message_id"]]
    assert "Pilih pertanyaan" in edits[0]["text"]
    assert not [c for c in calls if c.method == "sendMessage"]


async def test_press_on_an_answer_sends_a_new_message(bot, fake):
    (answer,) = await bot.say(USER, "santunan jkm berapa")
    stored = fake.stored(USER, "santunan JKM")
    related = [b for b in buttons_of(answer) if b.get("callback_data", "").startswith("faq:")]
    calls = await bot.step(lambda: fake.press(USER, stored, related[0]["callback_data"]))
    assert [c for c in calls if c.method == "sendMessage" and c.ok]
    assert not [c for c in calls if c.method == "editMessageText"]


@pytest.mark.parametrize("text", ["gaji 5 juta potong berapa", "penghasilan 2 jt iuran bpu"])
async def test_calculation_message_equals_the_engine_output(bot, reference, text):
    # The calculator lives in the core: Telegram shows the engine's HTML unchanged.
    sent = await bot.say(USER, text)
    replies = await reference.handle(event(text=text))
    assert [m["text"] for m in sent] == [r.text for r in replies]
    assert replies[0].kind == "calculation"
    assert "Rp" in sent[0]["text"]
    labels = [b["text"] for row in sent[-1]["reply_markup"]["inline_keyboard"] for b in row]
    assert any("Hitung lagi" in label for label in labels)
    assert any("Rincian" in label for label in labels)  # rates and legal basis behind it


async def test_other_commands_reach_the_engine(bot, reference):
    for command in ("help", "tentang", "batal", "cancel", "hitung", "tidakada"):
        sent = await bot.say(USER, f"/{command}")
        replies = await reference.handle(event(command=command))
        assert [m["text"] for m in sent] == [r.text for r in replies], command


async def test_inline_mode_returns_articles_with_open_in_bot(bot, fake):
    calls = await bot.step(lambda: fake.inline(USER, "jht resign"))
    (answer,) = [c.params for c in calls if c.method == "answerInlineQuery"]
    assert answer["button"]["start_parameter"] == "inline"
    results = answer["results"]
    assert results and results[0]["type"] == "article"
    assert "JHT" in results[0]["title"]
    content = results[0]["input_message_content"]["message_text"]
    assert "resign" in content.lower()
    url = results[0]["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url.startswith(f"https://t.me/{fake.username}?start=")


async def test_inline_suggestions_become_several_articles(bot, fake):
    calls = await bot.step(lambda: fake.inline(USER, "syarat"))
    (answer,) = [c.params for c in calls if c.method == "answerInlineQuery"]
    assert len(answer["results"]) >= 2
    assert all("start=faq_" in r["reply_markup"]["inline_keyboard"][0][0]["url"]
               for r in answer["results"])


async def test_inline_calculation_for_salary_query(bot, fake, reference):
    calls = await bot.step(lambda: fake.inline(USER, "gaji 5jt"))
    (answer,) = [c.params for c in calls if c.method == "answerInlineQuery"]
    replies = await reference.handle(event(text="gaji 5jt"))
    assert replies[0].kind == "calculation"
    assert answer["results"][0]["input_message_content"]["message_text"] == replies[0].text
    assert "start=hitung" in answer["results"][0]["reply_markup"]["inline_keyboard"][0][0]["url"]


async def test_group_ignores_chatter_and_answers_mentions_and_replies(bot, fake):
    group = fake.group_chat()
    calls = await bot.step(lambda: fake.text(USER, "santunan jkm berapa", chat=group))
    assert not [c for c in calls if c.method == "sendMessage"]
    calls = await bot.step(lambda: fake.mention(USER, group, "santunan jkm berapa"))
    (sent,) = [c.params for c in calls if c.method == "sendMessage"]
    assert sent["chat_id"] == group["id"] and "santunan jkm" in sent["text"].lower()
    assert sent["reply_parameters"]["message_id"]  # quotes the question in a busy group
    bot_msg = fake.stored(group["id"], "santunan JKM")
    calls = await bot.step(lambda: fake.text(USER, "dokumen klaim jkm apa saja", chat=group,
                                             reply_to=bot_msg))
    assert [c for c in calls if c.method == "sendMessage"]


async def test_group_commands_answered_but_personal_ones_go_private(bot, fake):
    group = fake.group_chat()
    calls = await bot.step(lambda: fake.command(USER, f"help@{fake.username}", chat=group))
    assert "Cara memakai" in next(c.params for c in calls if c.method == "sendMessage")["text"]
    calls = await bot.step(lambda: fake.command(USER, "help@other_bot", chat=group))
    assert not [c for c in calls if c.method == "sendMessage"]
    calls = await bot.step(lambda: fake.command(USER, "daftar", chat=group))
    (sent,) = [c.params for c in calls if c.method == "sendMessage"]
    assert "chat pribadi" in sent["text"]
    assert buttons_of(sent)[0]["url"] == f"https://t.me/{fake.username}?start=daftar"


async def test_admin_outbox_is_delivered(bot, fake):
    from bot.core.replies import Reply

    fake.private_chat(999)
    bot.adapter.core.notify_admins(Reply("⚠️ Berkas FAQ gagal dimuat ulang.", kind="info"))
    await fake.wait_for(lambda: any(c.method == "sendMessage" and c.params["chat_id"] == 999
                                    for c in fake.calls))


async def test_restart_mid_conversation_continues_on_the_same_database(tg_settings, fake):
    first = BotHarness(tg_settings, fake, pinned)
    await first.start()
    (menu,) = await first.say(USER, "syarat")
    stored = fake.stored(USER, "Saya belum yakin")
    pick = buttons_of(menu)[1]["callback_data"]
    await first.stop()

    # A new process: same SQLite file, the old menu's button still works.
    second = BotHarness(tg_settings, fake, pinned)
    await second.start()
    try:
        calls = await second.step(lambda: fake.press(USER, stored, pick))
        sent = [c.params for c in calls if c.method in ("sendMessage", "editMessageText")]
        assert sent and sent[0]["text"].startswith("<b>")
        engine = second.adapter.core
        chosen = await engine.db.fetchval(
            "SELECT COUNT(*) FROM question_log WHERE chosen_entry_id IS NOT NULL")
        assert chosen == 1  # the pick was recorded against the question asked before restart
    finally:
        await second.stop()


async def test_staff_report_in_a_group_goes_private(bot, fake):
    await bot.say(999, "pertanyaan yang tidak ada jawabannya xyz")
    group = fake.group_chat()
    calls = await bot.step(lambda: fake.command(999, "laporan", chat=group))
    assert not [c for c in calls if c.method == "sendDocument"]
    (sent,) = [c.params for c in calls if c.method == "sendMessage"]
    assert "chat pribadi" in sent["text"] and "xyz" not in sent["text"]
    assert buttons_of(sent)[0]["url"] == f"https://t.me/{fake.username}?start=laporan"


async def test_registration_survives_a_restart(tg_settings, fake):
    """A personal conversation, started before a restart, continues after it."""
    async with BotHarness(tg_settings, fake, pinned) as first:
        sent = await first.say(USER, "/daftar")
        if not any(r for r in sent if buttons_of(r)):
            pytest.skip("registration not available in this build")
        consent = fake.stored(USER, "Pra-pendaftaran")
        agree = buttons_of(consent)[0]["callback_data"]
        calls = await first.step(lambda: fake.press(USER, consent, agree))
        step = [c.params for c in calls if c.method in ("sendMessage", "editMessageText")]
        assert "Langkah 1" in step[-1]["text"]
    async with BotHarness(tg_settings, fake, pinned) as second:  # new process, same SQLite
        (next_step,) = await second.say(USER, "Budi Santoso")
        assert "Langkah 2" in next_step["text"]


async def test_hapusdata_in_private_deletes_the_questions_asked_in_a_group(bot, fake):
    """review26: a question asked in a group is logged under the group's namespace."""
    group = fake.group_chat()
    await bot.step(lambda: fake.mention(USER, group, "santunan jkm berapa"))
    await bot.step(lambda: fake.text(USER, "apa itu jht"))
    calls = await bot.step(lambda: fake.command(USER, "hapusdata"))
    asked = next(c.params for c in calls if c.method == "sendMessage")
    assert "2 pertanyaan" in asked["text"]
    await bot.step(lambda: fake.press(USER, fake.stored(USER, "Hapus data"), "data:del:yes"))
    qlog = bot.adapter.core.qlog
    assert await qlog.count_user(f"telegram-group:{USER}") == 0
    assert await qlog.count_user(f"telegram:{USER}") == 0
