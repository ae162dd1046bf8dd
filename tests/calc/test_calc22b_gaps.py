"""Through the real engine (calc22b): a payslip with its rates typed, a payslip on a minimum
wage named in words, a BPU contribution paid and doubted, and months owed with this month."""

from tests.calc.chat import plain, say


async def _reply(engine, text: str) -> list[str]:
    return plain(await say(engine, text)).strip().splitlines()


async def test_a_payslip_with_rates_and_a_total_is_checked(engine):
    lines = await _reply(engine, "jht 2% 100rb jp 1% 50rb, total 210rb bener?")
    # the wage worked back from JHT 2% = 100rb: 5jt; 3% of it is 150.000, the slip says 210.000
    assert "Rp5.000.000" in lines[0] and "Rp150.000" in lines[0]
    assert any("Rp210.000" in ln and "Rp60.000" in ln for ln in lines)


async def test_a_payslip_on_the_jakarta_minimum_wage(engine):
    first = (await _reply(engine, "gaji umr jakarta, dipotong jht 100rb bener ga"))[0]
    # UMP DKI Jakarta 2026 Rp5.729.876 x JHT 2% = 114.598 (as of 24 Nov 2026 the 2026 UMP)
    assert "Rp114.598" in first


async def test_a_bpu_contribution_paid_is_set_beside_the_computed_one(engine):
    lines = await _reply(engine, "sy pekerja mandiri penghasilan 3 juta, iuran 3 bulan terakhir "
                                 "20.400 tiap bulan udah sesuai?")
    assert "Rp18.400" in lines[0] and "per bulan" in lines[0]
    assert any("Rp20.400" in ln and "Rp2.000" in ln for ln in lines[1:3])


async def test_months_owed_with_this_month_end_with_it(engine):
    first = (await _reply(engine, "tunggakan bpu 2 bln + bln ini penghasilan 3jt, total bayar"))[0]
    assert "3 bulan" in first and "tanpa denda" in first
