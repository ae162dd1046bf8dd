"""A command typed mid-form answers, then the pending step is asked again (forms23); a topic
menu navigated mid-form stays one message (a way back to the step under it)."""

from __future__ import annotations

import pytest

from tests.registration.driver import drive_to, pressables, say, session_of, text_of

STEP_NIK = "Langkah 2 dari 8"
RESUME = "reg:resume:go"


@pytest.mark.parametrize("command, args", [
    ("help", ""), ("bantuan", ""), ("topik", ""), ("start", ""), ("start", "faq_jkm-manfaat"),
    ("tentang", ""), ("pengingat", ""), ("datasaya", ""), ("hitung", ""), ("langganan", ""),
    ("nosuchcommand", "")])
async def test_a_command_mid_form_then_the_step_again(engine, command, args):
    await drive_to(engine, "c1", "nik")
    replies = await say(engine, "c1", command=command, args=args)
    assert len(replies) >= 2, command
    assert STEP_NIK in replies[-1].text and replies[-1].kind == "flow", command
    assert STEP_NIK not in text_of(replies[:-1])  # asked once
    session = await session_of(engine, "c1")
    assert session is not None and session.data["fields"] == {"name": "Siti Nurhaliza"}
    assert session.data["step"] == "nik"


async def test_the_step_again_in_the_language_just_chosen(engine):
    await drive_to(engine, "c2", "nik")
    replies = await say(engine, "c2", command="bahasa", args="en")
    assert "Step 2 of 8" in replies[-1].text and replies[-1].kind == "flow"


@pytest.mark.parametrize("command, args", [
    ("batal", ""), ("cancel", ""), ("start", "batal"), ("hapusdata", ""), ("start", "hapusdata"),
    ("daftar", ""), ("start", "daftar"), ("kembali", "")])
async def test_commands_that_end_replace_or_ask_the_form_ask_it_once_or_not(engine, command,
                                                                             args):
    """/batal ends the form; /hapusdata asks about deleting the draft itself (its own yes/no
    stands); /daftar and /kembali are the form's own and ask the step themselves."""
    await drive_to(engine, "c3", "nik")
    replies = await say(engine, "c3", command=command, args=args)
    assert text_of(replies).count(STEP_NIK) <= 1 and text_of(replies).count("Langkah") <= 1


async def test_after_pengingat_a_typed_answer_goes_to_the_step_asked_last(engine):
    """The reminder's day buttons still work; typed text goes to the form's step."""
    await drive_to(engine, "c4", "programs")
    await say(engine, "c4", command="pengingat")
    await say(engine, "c4", text="2")
    from bot.storage.outreach import OutreachStore
    contact = await OutreachStore(engine.db).get("console:c4")
    assert contact is None or contact.reminder_day is None
    pressed = await say(engine, "c4", press="rm:day:10")  # the status is a menu of days:
    assert RESUME in pressables(pressed[-1:])  # the way back to the step is under it
    contact = await OutreachStore(engine.db).get("console:c4")
    assert contact is not None and contact.reminder_day == 10


async def test_no_typed_to_the_delete_question_keeps_the_draft_and_asks_the_step(engine):
    await drive_to(engine, "c5", "nik")
    asked = await say(engine, "c5", command="hapusdata")
    assert STEP_NIK not in text_of(asked)
    kept = await say(engine, "c5", text="tidak")
    assert STEP_NIK in kept[-1].text
    assert (await session_of(engine, "c5")).data["fields"] == {"name": "Siti Nurhaliza"}


async def test_navigating_the_topic_menu_mid_form_is_one_reply_with_the_way_back(engine):
    """Two replies to a menu press stop Telegram from editing the menu in place; a press that
    only shows another menu keeps one reply, with a button back to the step under it."""
    await drive_to(engine, "c6", "nik")
    for press in ("menu", "topic:jht"):
        replies = await say(engine, "c6", press=press)
        assert len(replies) == 1, press
        assert RESUME in pressables(replies), press
        assert "2/8" in replies[0].buttons[-1][0].label or "2 dari 8" in \
            replies[0].buttons[-1][0].label
    back = await say(engine, "c6", press=RESUME)
    assert len(back) == 1 and STEP_NIK in back[0].text
    answer = await say(engine, "c6", press="faq:jht-apa-itu")  # an answer: the step follows
    assert [r.kind for r in answer] == ["faq", "flow"] and STEP_NIK in answer[-1].text
    assert RESUME not in pressables(answer[:1])


async def test_no_way_back_button_without_a_form(engine):
    replies = await say(engine, "c7", press="topic:jht")
    assert RESUME not in pressables(replies)


async def test_the_delete_button_mid_form_asks_its_question_alone(engine):
    """/datasaya's "Hapus data saya" button is /hapusdata: the step after it closed the
    delete question, so a typed "tidak" went to the form's step instead."""
    await drive_to(engine, "c8", "nik")
    asked = await say(engine, "c8", press="data:del:ask")
    assert STEP_NIK not in text_of(asked)
    kept = await say(engine, "c8", text="tidak")
    assert "tidak dihapus" in kept[0].text and STEP_NIK in kept[-1].text
