"""An answer followed by a loose tail ("serabutan, apa aja yg ada": whatever there is; "Budi
Santoso, mohon dibantu") is the answer; a tail that asks keeps the message a question (forms23)."""

from __future__ import annotations

import pytest

from tests.registration.driver import drive_to, say, session_of


@pytest.mark.parametrize("step, text, field, value", [
    ("occupation", "serabutan, apa aja yg ada", "occupation", "Buruh harian / serabutan"),
    ("occupation", "serabutan, mana aja yang ada", "occupation", "Buruh harian / serabutan"),
    ("occupation", "tukang, apa aja yg penting halal", "occupation", "tukang"),
    ("occupation", "ojol, apapun dikerjain", "occupation", "Ojol / kurir"),
    ("name", "Budi Santoso, mohon dibantu", "name", "Budi Santoso"),
    ("name", "Siti Aminah, tolong ya kak", "name", "Siti Aminah"),
    ("programs", "yg lengkap, apa aja yg ada", "jht", True),
])
async def test_an_answer_with_a_loose_tail_is_the_answer(engine, step, text, field, value):
    await drive_to(engine, "l1", step)
    await say(engine, "l1", text=text)
    session = await session_of(engine, "l1")
    assert session is not None and session.data["fields"].get(field) == value


@pytest.mark.parametrize("step, text", [
    ("occupation", "syaratnya apa aja"), ("occupation", "pedagang, apa aja?"),
    ("programs", "programnya apa aja")])
async def test_a_tail_that_asks_stays_a_question(engine, step, text):
    await drive_to(engine, "l2", step)
    replies = await say(engine, "l2", text=text)
    session = await session_of(engine, "l2")
    key = {"occupation": "occupation", "name": "name", "programs": "jht"}[step]
    assert session is not None and key not in session.data["fields"], text
    assert replies[-1].kind == "flow"


@pytest.mark.parametrize("step, text, field, value", [
    ("occupation", "pedagang, syaratnya apa aja", "occupation", "pedagang"),
    ("occupation", "ojol, iurannya berapa", "occupation", "ojol"),
    ("name", "Budi Santoso, kalau udah daftar kapan aktif", "name", "Budi Santoso")])
async def test_an_answer_then_a_question_keeps_the_answer(engine, step, text, field, value):
    """A whole answer before the comma is kept and the question after it answered (handoff23's
    loose.asked_after): nothing the user gave is lost."""
    await drive_to(engine, "l3", step)
    replies = await say(engine, "l3", text=text)
    session = await session_of(engine, "l3")
    assert session is not None and value.lower() in session.data["fields"].get(field, "").lower()
    assert replies[0].kind != "flow" and replies[-1].kind == "flow"
