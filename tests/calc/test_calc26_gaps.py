"""Through the real engine (calc26): numbers typed right after a question the FAQ answered,
a duration of years and months after an STMB result, BPU months typed as a range (also in a
follow-up), each month at its own discount (engine date 2026-11-24)."""

from tests.calc.chat import plain, say


async def _first(engine, text: str, user: str = "u1") -> str:
    return plain(await say(engine, text, user=user)).strip().splitlines()[0]


async def test_numbers_after_a_jkp_question_the_faq_answered_are_its_wage(engine):
    assert "🧮" not in await _first(engine, "jkp brp kalau kena phk", "a1")
    first = await _first(engine, "gaji terakhir 4jt", "a1")
    assert "JKP" in first and "Rp2.400.000" in first  # 60% x 4jt


async def test_numbers_after_an_employer_question_keep_the_clinic(engine):
    await say(engine, "iuran bpjs tk karyawan klinik sy", user="a2")
    first = await _first(engine, "2 perawat 4jt", "a2")
    # per worker 4jt x (5,7% + 3% + 0,3% + JKK I 0,24%) = 369.600, x 2
    assert "Rp739.200" in first


async def test_numbers_alone_with_no_question_before_stay_as_they_were(engine):
    first = await _first(engine, "gaji terakhir 4jt potongan brp", "a3")
    assert "Rp120.000" in first


async def test_years_and_months_after_an_stmb_result_add_up(engine):
    await say(engine, "stmb brp ya, gaji 4jt", user="a4")
    first = await _first(engine, "udh 1 tahun 2 bulan", "a4")
    assert "Rp52.000.000" in first  # 12 x 4jt + 2 x 2jt


async def test_bpu_months_as_a_range_each_at_its_own_discount(engine):
    first = await _first(engine, "nelayan penghasilan 2jt, bayar bpu desember 2026 sampai "
                                 "februari 2027 brp", "a5")
    # December discounted (20.000 + 6.800) / 2 = 13.400; January, February 26.800 each
    assert "Rp67.000" in first and "3 bulan" in first


async def test_a_range_typed_after_a_bpu_result(engine):
    await say(engine, "iuran bpu ojol penghasilan 3jt", user="a6")
    first = await _first(engine, "kalau bayar sampai februari 2027 brp total", "a6")
    # November to February, transport discount on all four: 4 x 18.400
    assert "Rp73.600" in first and "4 bulan" in first
