"""A short question naming no program is asked of the program just answered; a story's event
or a program named still chooses."""

from __future__ import annotations

from bot.core.replies import Event


async def say(engine, text, user):
    return (await engine.handle(Event(user, "console", text=text)))[0]


async def test_a_short_question_keeps_the_program_just_answered(engine):
    # read alone, "how much do we get?" is the JKM death benefit
    assert (await say(engine, "what's JKP?", "kept1")).entry_id == "jkp-apa-itu"
    assert (await say(engine, "how much do we get?", "kept1")).entry_id == "jkp-besar-manfaat"
    assert (await say(engine, "apa itu jkp", "kept1b")).entry_id == "jkp-apa-itu"
    assert (await say(engine, "dapetnya brp?", "kept1b")).entry_id == "jkp-besar-manfaat"


async def test_a_program_named_is_asked_as_named(engine):
    assert (await say(engine, "apa itu jkp", "kept2")).entry_id == "jkp-apa-itu"
    assert (await say(engine, "kalau jkm dapetnya brp?", "kept2")).entry_id != "jkp-besar-manfaat"


async def test_an_event_told_chooses_its_own_program(engine):
    assert (await say(engine, "apa itu jkp", "kept3")).entry_id == "jkp-apa-itu"
    reply = await say(engine, "kalau suami meninggal dapat santunan brp?", "kept3")
    assert reply.entry_id != "jkp-besar-manfaat"


async def test_a_question_naming_no_audience_keeps_the_one_before(engine):
    # read alone, the deadline question is the employers' (iuran-pu-jatuh-tempo)
    assert (await say(engine, "daftar bpu lewat jmo bisa?", "aud1")).entry_id == "daftar-jmo"
    reply = await say(engine, "sip makasih, kalau bayar iurannya paling lambat tgl brp?", "aud1")
    assert reply.entry_id == "iuran-bpu-jatuh-tempo"
    alone = await say(engine, "kalau bayar iurannya paling lambat tgl brp?", "aud2")
    assert alone.entry_id == "iuran-pu-jatuh-tempo"


async def test_an_audience_named_is_asked_as_named(engine):
    await say(engine, "daftar bpu lewat jmo bisa?", "aud3")
    reply = await say(engine, "kalau perusahaan bayar iurannya paling lambat tgl brp?", "aud3")
    assert reply.entry_id == "iuran-pu-jatuh-tempo"
