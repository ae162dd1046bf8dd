"""What around a typed answer is not its value: replaced values, field words, "don't know",
millions and thousands said apart; and what the flow does with them."""

from __future__ import annotations

import pytest

from bot.registration.answer_parts import (
    corrects_earlier,
    drop_replaced,
    not_known,
    thousands_after_million,
    value_after_field,
)
from tests.registration.driver import drive_to, say, session_of


@pytest.mark.parametrize("text, kept", [
    ("Kab. Bogor bukan Bandung", "Kab. Bogor"), ("3 juta bukan 2,5", "3 juta"),
    ("kab bogor bukan bandung, pak", "kab bogor, pak"), ("bukan", "bukan"),
    ("Siti Aminah", "Siti Aminah")])
def test_the_value_a_reply_replaces_is_no_part_of_it(text, kept):
    assert drop_replaced(text) == kept


@pytest.mark.parametrize("text, said", [
    ("2jt500", "2500 ribu"), ("1 juta 200", "1200 ribu"), ("2 juta 500 ribu", "2500 ribu"),
    ("1jt200rb", "1200 ribu"), ("2,5 juta", "2,5 juta"), ("2 juta 2024", "2 juta 2024")])
def test_millions_and_thousands_said_apart_are_one_amount(text, said):
    assert thousands_after_million(text) == said


def test_dont_know_and_the_value_after_a_field():
    assert not_known("ngga tau") and not_known("lupa kak") and not_known("belum tahu")
    assert not not_known("kab bogor") and not not_known("saya tau tempatnya di bogor")
    assert value_after_field("ganti pekerjaan jadi nelayan", "occupation") == "nelayan"
    assert value_after_field("tanggal lahirnya salah", "dob") == ""
    assert value_after_field("nomor hp yg bener 0857 2222 3333", "phone") == "0857 2222 3333"
    earlier = ("name", "nik", "dob", "phone", "occupation", "location", "income")
    assert corrects_earlier("penghasilan ralat 3 juta", "programs", earlier)
    assert not corrects_earlier("3 program", "programs", earlier)


async def test_a_change_with_its_value_at_the_summary_is_stored(engine):
    await drive_to(engine, "u1", "summary")
    await say(engine, "u1", text="ganti pekerjaan jadi nelayan")
    session = await session_of(engine, "u1")
    assert session.data["step"] == "summary"
    assert session.data["fields"]["occupation"] == "Nelayan"
    await say(engine, "u1", text="penghasilan saya 3 juta bukan 2,5")
    session = await session_of(engine, "u1")
    assert session.data["step"] == "summary" and session.data["fields"]["income"] == 3_000_000
    await say(engine, "u1", text="ubah nomor hp")  # no value: that step is asked again
    session = await session_of(engine, "u1")
    assert session.data["step"] == "phone" and session.data["editing"]


async def test_a_correction_at_the_program_step_is_no_program_count(engine):
    await drive_to(engine, "u1", "programs")
    await say(engine, "u1", text="penghasilan ralat 3 juta")
    session = await session_of(engine, "u1")
    assert session.data["step"] == "programs" and "jht" not in session.data["fields"]
    assert session.data["fields"]["income"] == 3_000_000


async def test_dont_know_where_a_place_is_asked_is_asked_again(engine):
    await drive_to(engine, "u1", "location")
    replies = await say(engine, "u1", text="ngga tau")
    session = await session_of(engine, "u1")
    assert session.data["step"] == "location" and not session.data.get("suggest")
    assert "region" not in session.data["fields"] and session.data["fields"]["phone"]
    assert "tetap tersimpan" in replies[-1].text
