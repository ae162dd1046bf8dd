"""Through the real engine (calc13): an English message whose only English words are an income
and a contribution reads a bare "m" as million, not as Indonesian "M" (miliar); named programs
show the worker's and the employer's share beside their total."""

from tests.calc.chat import plain, say


async def test_an_english_income_in_m_is_millions(engine):
    text = plain(await say(engine, "grab driver income 5m, contribution?"))
    assert "5,000,000" in text and "5,000,000,000" not in text


async def test_named_programs_show_both_shares_on_the_first_line(engine):
    # "iuran jht jp karyawan": the worker's part or the whole is meant; both are read first
    text = plain(await say(engine, "gaji 6jt iuran jht sama jp karyawan"))
    first = text.strip().splitlines()[0]
    assert "Rp522.000" in first and "dipotong dari gaji Rp180.000" in first
    assert "perusahaan Rp342.000" in first


async def test_an_unknown_jkk_group_stays_outside_the_employers_share(engine):
    text = plain(await say(engine, "gaji 5jt iuran jht jkk jkm"))
    assert "perusahaan Rp200.000 + JKK)" in text.strip().splitlines()[0]
