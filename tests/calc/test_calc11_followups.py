"""Through the real engine (calc11): follow-ups after a result made only of what they change
("jp nya doang", "sekalian jht"), corrections of the payer or the participant kind, a year of
the last contribution, and a period's total first in the reply."""

from tests.calc.chat import plain, say


async def _first(engine, text: str) -> str:
    return plain(await say(engine, text)).strip().splitlines()[0]


async def test_a_program_with_filler_words_narrows_the_last_result(engine):
    await say(engine, "gaji 6jt potongan bpjs tk brp")
    assert "Rp60.000" in await _first(engine, "jp nya doang ya")  # 1% x Rp6 juta


async def test_jht_added_to_a_bpu_result(engine):
    await say(engine, "penjual sayur penghasilan 2jt iuran bpu")
    # (2jt x 1% + 6.800) / 2 = 13.400 + JHT 2% 40.000
    assert "Rp53.400" in await _first(engine, "sekalian jht nya")


async def test_a_denied_payer_is_the_workers_part(engine):
    await say(engine, "gaji 6jt iuran bpjs tk total brp")
    first = await _first(engine, "bukan kantor, yg dipotong ke saya")
    assert "Rp180.000" in first  # 2% + 1% of Rp6 juta


async def test_a_wage_earner_corrected_to_an_informal_worker(engine):
    await say(engine, "gaji 4jt potongan bpjs tk brp")
    assert "Rp23.400" in await _first(engine, "bukan pegawai, saya kurir")  # (40.000 + 6.800) / 2


async def test_a_year_of_the_last_contribution_comes_first(engine):
    await say(engine, "gaji 6jt potongan bpjs tk brp")
    first = await _first(engine, "setahun jadi brp")
    assert "Rp2.160.000" in first and "Rp180.000" in first  # 12 x 180.000, and the month


async def test_a_new_question_after_a_result_is_not_a_followup(engine):
    await say(engine, "gaji 6jt potongan bpjs tk brp")
    assert "Rp" not in await _first(engine, "jht nya bisa cair kapan")


async def test_the_workers_part_of_a_staff_result(engine):
    await say(engine, "4 karyawan gaji 5jt iuran bpjs tk")
    assert "Rp600.000" in await _first(engine, "bagian karyawan aja")  # 4 x 150.000
