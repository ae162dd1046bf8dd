"""A button pressed mid-registration answers, then the pending step is asked again (review22)."""

from __future__ import annotations

from tests.registration.driver import NIK, drive_to, pressables, say, session_of, text_of

STEP_NIK = "Langkah 2 dari 8"


async def test_buttons_under_an_answer_ask_the_step_again(engine):
    """👎, a related entry, "Bukan ini?" and a did-you-mean choice answered and left the
    form silent; a typed question asked the step again."""
    user = "sa1"
    await drive_to(engine, user, "nik")
    asked = await say(engine, user, text="apa itu jht?")
    assert STEP_NIK in text_of(asked[-1:])
    related = next(d for d in pressables(asked) if d.startswith("faq:"))
    feedback = next(d for d in pressables(asked) if d.endswith(":0"))
    for press in (related, feedback, "pick:1:jht-iuran"):
        replies = await say(engine, user, press=press)
        assert len(replies) >= 2, press
        assert STEP_NIK in replies[-1].text and replies[-1].kind == "flow", press
    for press in ("topic:jht", "menu"):  # another menu: one reply, a way back under it
        replies = await say(engine, user, press=press)  # (tests/registration/
        assert "reg:resume:go" in pressables(replies), press  # test_step_after_command.py)
    session = await session_of(engine, user)
    assert session is not None and session.data["fields"] == {"name": "Siti Nurhaliza"}
    assert "Langkah 3 dari 8" in text_of(await say(engine, user, text=NIK))  # the form goes on


async def test_the_step_again_in_english_and_not_after_the_forms_own_buttons(engine):
    user = "sa2"
    await drive_to(engine, user, "programs")
    await say(engine, user, text="what is the jht contribution?")  # English from here on
    replies = await say(engine, user, press="faq:jht-apa-itu")
    assert replies[-1].kind == "flow" and "reg:prog:basic" in pressables(replies[-1:])
    assert "Step 8 of 8" in replies[-1].text
    done = await say(engine, user, press="reg:prog:basic")  # its own next step, once
    assert len(done) == 1


async def test_no_step_without_a_form_or_after_batal(engine):
    assert len(await say(engine, "sa3", press="faq:jht-iuran")) == 1
    await drive_to(engine, "sa4", "nik")
    assert STEP_NIK in text_of(await say(engine, "sa4", command="help"))  # forms23: asked
    assert STEP_NIK not in text_of(await say(engine, "sa4", command="batal"))
    assert len(await say(engine, "sa4", press="faq:jht-iuran")) == 1


async def test_no_step_for_a_button_pressed_in_a_group(engine):
    """The form is private: a step in a group reply makes Telegram's adapter clear the session
    and point to the private chat, which would lose the draft."""
    await drive_to(engine, "sa5", "nik")
    replies = await say(engine, "sa5", press="faq:jht-iuran", chat_type="group")
    assert [r.kind for r in replies] == ["faq"]
    assert (await session_of(engine, "sa5")).data["fields"] == {"name": "Siti Nurhaliza"}
