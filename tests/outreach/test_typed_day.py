"""A day typed where /pengingat offers its day buttons is read as if pressed (review21)."""

from __future__ import annotations

from bot.content.render import to_plain
from bot.core.replies import Event


async def say(engine, user: str = "rm1", **kw) -> str:
    replies = await engine.handle(Event(user, "console", **kw))
    return "\n".join(to_plain(r.text) for r in replies)


async def test_a_day_typed_after_the_menu_is_the_day(engine):
    # review21: "tanggal 35" got the FAQ fallback and "10" a list of FAQ guesses
    assert "Pilih tanggal" in await say(engine, command="pengingat")
    text = await say(engine, text="tanggal 35")
    assert "Pilih tanggal 1 sampai 28" in text
    text = await say(engine, text="10")
    assert "aktif: setiap tanggal 10" in text
    assert "setiap tanggal 12" in await say(engine, text="tgl 12")  # changed from the status


async def test_a_number_after_something_else_is_no_day(engine):
    await say(engine, "rm2", command="pengingat")
    await say(engine, "rm2", text="jht cair brp lama")
    assert "aktif" not in await say(engine, "rm2", text="10")


async def test_a_nik_typed_in_the_registration_after_the_menu_is_no_day(engine):
    """A NIK typed at its step after /pengingat got "Pilih tanggal 1 sampai 28" and was lost."""
    user = "rm3"
    await say(engine, user, command="daftar")
    await say(engine, user, text="ya")
    await say(engine, user, text="Budi Santoso")
    await say(engine, user, command="pengingat")
    await say(engine, user, press="rm:day:12")
    text = await say(engine, user, text="3174011708900001")
    assert "Pilih tanggal" not in text and "Langkah 3 dari 8" in text
    await say(engine, "rm4", command="pengingat")
    assert "Pilih tanggal" not in await say(engine, "rm4", text="081234567890")


async def test_another_command_closes_the_day_question(engine):
    """review22: the day question stayed open over /help and /hitung, so a wage "5" asked by
    the calculator, or "2" for a registration's programmes step, set the reminder day."""
    await say(engine, "rm5", command="pengingat")
    await say(engine, "rm5", command="hitung")
    await say(engine, "rm5", press="calc:m:pu")
    text = await say(engine, "rm5", text="5")
    assert "aktif" not in text and "Rp5 juta" in text  # the calculator's "5 juta?"
    user = "rm6"
    await say(engine, user, command="daftar")
    for typed in ("ya", "Budi Santoso", "3174011708900001", "17-08-1990", "081234567890",
                  "pedagang", "Kota Bandung", "2 juta"):
        await say(engine, user, text=typed)
    await say(engine, user, command="pengingat")
    await say(engine, user, command="help")
    text = await say(engine, user, text="2")
    assert "aktif" not in text and "Ringkasan" in text
    await say(engine, "rm7", command="pengingat")  # its own command asks again: still a day
    await say(engine, "rm7", command="pengingat")
    assert "aktif: setiap tanggal 9" in await say(engine, "rm7", text="9")


async def test_another_command_closes_the_delete_question(engine):
    user = "rm8"
    await say(engine, user, command="daftar")
    await say(engine, user, text="ya")
    await say(engine, user, text="Budi Santoso")
    assert "Hapus" in await say(engine, user, command="hapusdata")
    await say(engine, user, command="help")
    text = await say(engine, user, text="ya")  # for the NIK step now, not the deletion
    assert "Langkah 2 dari 8" in text and "Hapus" not in text


async def test_a_wrong_argument_is_said_wrong_not_shown_the_menu(engine):
    # "/pengingat -1" and "/pengingat besok" showed the menu as if nothing had been typed
    assert "Pilih tanggal 1 sampai 28" in await say(engine, "rm5", command="pengingat", args="-1")
    assert "bukan tanggal" in await say(engine, "rm5", command="pengingat", args="--1")  # no crash
    (reply,) = await engine.handle(Event("rm5", "console", command="pengingat", args="<b>besok&"))
    assert "&lt;b&gt;besok&amp;" in reply.text  # what was typed is shown, never read as HTML
    assert '"<b>besok&" bukan tanggal' in to_plain(reply.text) and "/pengingat stop" in reply.text
    assert "aktif: setiap tanggal 10" in await say(engine, "rm5", text="10")  # then a day
