"""review26: an English conversation's summary, /datasaya and /hapusdata name what it shows."""

from __future__ import annotations

from tests.registration.driver import GOOD, answer, drive_to, say

USER = "en-views"


async def test_a_listed_occupation_is_shown_in_english(engine):
    await say(engine, USER, command="bahasa", args="en")
    typed = {"occupation": "reg:occ:ojol", "dob": "17/08/1990", "location": "South Jakarta",
             "income": "2.5 million a month"}
    summary = await drive_to(engine, USER, "summary", typed)
    assert "Occupation: Ride-hailing driver / courier" in summary[-1].text
    assert "Ojol / kurir" not in summary[-1].text
    draft = await say(engine, USER, command="datasaya")
    assert "Occupation: Ride-hailing driver / courier" in draft[0].text
    await say(engine, USER, press="reg:confirm")
    saved = await say(engine, USER, command="datasaya")
    assert "Occupation: Ride-hailing driver / courier" in saved[0].text


async def test_indonesian_and_typed_occupations_stay_as_stored(engine):
    await say(engine, USER, command="daftar")
    for step, _kind, _value in GOOD[:5]:
        await answer(engine, USER, step)
    await say(engine, USER, text="penjahit")
    shown = await say(engine, USER, command="datasaya")
    assert "Pekerjaan: penjahit" in shown[0].text or "Pekerjaan: Penjahit" in shown[0].text
    await say(engine, "id-user", command="daftar")
    for step, _kind, _value in GOOD:
        await answer(engine, "id-user", step)
    await say(engine, "id-user", press="reg:confirm")
    assert "Pekerjaan: Pedagang" in (await say(engine, "id-user", command="datasaya"))[0].text


async def test_typed_yes_to_delete_names_the_english_button(engine):
    await say(engine, USER, command="bahasa", args="en")
    await say(engine, USER, text="what is jht")
    asked = await say(engine, USER, command="hapusdata")
    label = asked[0].buttons[0][0].label
    again = await say(engine, USER, text="yes")
    assert label == "✅ Yes, delete" and label in again[0].text
    assert "Ya, hapus" not in again[0].text
