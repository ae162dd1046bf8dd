"""Through the real engine (calc23): months owed by a wage earner, the wage a base wage set
aside, each line of a minimum-wage payslip, the years to retirement from "pas pensiun"."""

from tests.calc.chat import plain, say


async def _reply(engine, text: str) -> list[str]:
    return plain(await say(engine, text)).strip().splitlines()


async def test_a_wage_earners_unpaid_months_are_the_whole_contribution_owed(engine):
    first = (await _reply(engine, "gaji 5jt blm bayar 3 bulan"))[0]
    # 5jt x (JHT 5,7% + JP 3% + JKM 0,3%) = 450.000 a month, x 3 = 1.350.000 (no JKK group)
    assert "Rp1.350.000" in first and "denda" in first


async def test_the_wage_a_base_wage_set_aside_is_named(engine):
    text = "\n".join(await _reply(engine, "gaji 7jt, jht dari gaji pokok 5jt"))
    assert "Rp285.000" in text and "Rp7.000.000" in text


async def test_each_line_of_a_minimum_wage_payslip_is_checked(engine):
    text = "\n".join(await _reply(engine, "gaji umr jakarta, dipotong jht 120.000 jp 52.000, "
                                          "bener?"))
    # UMP DKI Jakarta 2026 Rp5.729.876: JHT 2% = 114.598, JP 1% = 57.299
    assert "Rp114.598" in text and "Rp5.402" in text and "Rp5.299" in text


async def test_at_retirement_with_an_age_counts_the_years(engine):
    first = (await _reply(engine, "jht pas pensiun brp, umur 30, gaji 6jt"))[0]
    assert "26 tahun" in first


async def test_stmb_over_months_steps_from_100_to_50_percent(engine):
    first = (await _reply(engine, "upah 5,2jt, stmb 16 bulan, berapa semuanya"))[0]
    # 12 x 5.200.000 + 4 x 2.600.000 = 72.800.000
    assert "Rp72.800.000" in first


async def test_stmb_for_one_month_number_is_that_months_rate(engine):
    first = (await _reply(engine, "stmb bulan ke-14 kalau gaji 7jt dapat brp"))[0]
    assert "Rp3.500.000" in first and "50%" in first


async def test_stmb_without_months_stays_the_monthly_figure(engine):
    first = (await _reply(engine, "stmb kalau gaji 3,8jt sebulan dapat brp per bulan"))[0]
    assert "Rp3.800.000" in first


async def test_a_partial_jht_claim_from_a_balance(engine):
    first = (await _reply(engine, "saldo jht 80jt, klaim 10% dapat brp"))[0]
    # jht_partial_retirement_rate 10% of Rp80.000.000
    assert "Rp8.000.000" in first and "10%" in first


async def test_a_partial_claim_asks_the_balance_then_computes(engine):
    await say(engine, "jht 30% buat rumah dapat brp", user="p1")
    first = plain(await say(engine, "saldonya 150 juta", user="p1")).strip().splitlines()[0]
    assert "Rp45.000.000" in first


async def test_a_share_that_is_no_partial_claim_is_said(engine):
    first = (await _reply(engine, "saldo jht 60jt ambil 50% brp"))[0]
    assert "50%" in first and "10%" in first and "30%" in first


async def test_too_short_a_membership_is_warned(engine):
    text = "\n".join(await _reply(engine, "saldo jht 50jt tapi baru 6 tahun, bisa klaim 10%? "
                                          "dapet brp"))
    assert "6 tahun" in text and "10 tahun" in text


async def test_an_employers_year_for_several_wages(engine):
    first = (await _reply(engine, "karyawan: 2 org 5jt, 1 org 5,5jt, setahun iuran perusahaan "
                                  "brp"))[0]
    # employer JHT 3,7% + JP 2% + JKM 0,3% = 6% of 15.500.000 = 930.000 a month, x 12
    assert "Rp11.160.000" in first
