"""What a person types at a step beyond its one value: a birth date with the NIK, and words
that are no name (a greeting, an acknowledgement, a command) at the name step."""

from __future__ import annotations

import pytest

from tests.registration.driver import NIK, drive_to, say, session_of

# NIK is a woman's born 17-08-1990 (day + 40)


@pytest.mark.parametrize("text", [
    f"NIK {NIK}, lahir 17-08-1990",
    f"nik saya {NIK} tgl lahir 17 agustus 1990",
    f"{NIK}, 17-08-1990",
    f"NIK: {NIK[:4]} {NIK[4:8]} {NIK[8:12]} {NIK[12:]} lahir 17/08/1990",
])
async def test_a_birth_date_typed_with_the_nik_is_taken_too(engine, text):
    await drive_to(engine, "u1", "nik")
    replies = await say(engine, "u1", text=text)
    session = await session_of(engine, "u1")
    assert session is not None
    assert session.data["fields"]["nik"] == NIK
    assert session.data["fields"]["dob"] == "1990-08-17"
    assert session.data["step"] == "phone"
    assert "Langkah 4 dari 8" in replies[-1].text
    assert "juga sudah saya catat" in replies[-1].text  # the date taken is said, not silent


@pytest.mark.parametrize("text", [
    f"NIK {NIK}, lahir 18-08-1990",  # not the NIK's date: which one is wrong is not known
    f"NIK {NIK}, lahir 17 agustus",  # no year
    NIK,
])
async def test_the_nik_alone_or_with_a_date_it_does_not_carry_asks_the_date(engine, text):
    await drive_to(engine, "u1", "nik")
    await say(engine, "u1", text=text)
    session = await session_of(engine, "u1")
    assert session is not None
    assert session.data["fields"]["nik"] == NIK
    assert "dob" not in session.data["fields"]
    assert session.data["step"] == "dob"


async def test_a_date_with_the_nik_outside_the_flow_is_not_a_registration(engine):
    await say(engine, "u1", text=f"NIK {NIK}, lahir 17-08-1990")
    session = await session_of(engine, "u1")
    assert session is None or "fields" not in session.data


@pytest.mark.parametrize("text", [
    "menu", "mulai", "help", "start", "next", "bantuan", "good morning", "hi there",
    "siap laksanakan", "I want to register please", "tunggu", "sebentar",
    "done", "hmm", "gak tau", "oke siap kak", "halo selamat pagi",
])
async def test_words_that_are_no_name_are_refused_with_a_clear_reask(engine, text):
    await drive_to(engine, "u1", "name")
    replies = await say(engine, "u1", text=text)
    session = await session_of(engine, "u1")
    assert session is not None
    assert "name" not in session.data["fields"]
    assert session.data["step"] == "name"
    assert not session.data.get("pending")
    shown = replies[-1].text
    assert "nama" in shown.lower() or "name" in shown.lower()
    assert "Langkah 1 dari 8" in shown or "Step 1 of 8" in shown


@pytest.mark.parametrize("name", [
    "I Made Wirawan", "Budi", "Putu", "Tan Ah Kow", "Lie Kim Hok", "Ma'ruf Amin", "O'Neil",
    "Bagus Saputra", "Ni Luh Putu Ayu", "Siti Nurhaliza", "Wahyu",
])
async def test_real_names_are_still_taken(engine, name):
    await drive_to(engine, "u1", "name")
    await say(engine, "u1", text=name)
    session = await session_of(engine, "u1")
    assert session is not None
    assert session.data["fields"].get("name") == name
    assert session.data["step"] == "nik"
