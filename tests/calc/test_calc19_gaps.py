"""Through the real engine (calc19, found with dev-8; own sentences): months typed in a late
follow-up with no asking word, "bagian karyawannya" after a total, an hourly wage with its hours
a day, the pension from an age to a target age, and "termasuk jkk" for a clinic staff."""

from tests.calc.chat import plain, say


async def _first(engine, text: str) -> str:
    return plain(await say(engine, text)).strip().splitlines()[0]


async def test_late_months_typed_without_asking_after_a_staff_result(engine):
    await say(engine, "4 karyawan gaji 5jt iuran total brp")
    # 4 x 5jt x 9% = 1.800.000 a month; 2% x 3 months = 108.000
    assert "Rp108.000" in await _first(engine, "klo telat 3 bulan dendanya")


async def test_bagian_karyawannya_after_a_total_is_the_workers_part(engine):
    await say(engine, "gaji 6jt total iuran bpjs tk brp")
    assert "Rp180.000" in await _first(engine, "bagian karyawannya aja")  # 3% of 6jt


async def test_an_hourly_wage_with_hours_a_day(engine):
    # 20rb x 8 jam = 160rb a day x 25 days = 4jt; worker 3% = 120.000
    first = await _first(engine, "upah 20rb per jam, 8 jam sehari, masuk 25 hari, potongan bpjs tk")
    assert "Rp120.000" in first


async def test_pension_from_an_age_to_a_target_age(engine):
    # 1% x 20 years x 6jt = 1.200.000 a month
    first = await _first(engine, "usia 39, gaji 6jt, iuran jp sampai umur 59 dapat brp sebulan")
    assert "Rp1.200.000" in first


async def test_a_clinic_staff_total_including_jkk(engine):
    # 2 x 4jt x (9% + 0,24%) = 739.200
    first = await _first(engine, "klinik 2 perawat gaji 4jt, iuran total termasuk jkk brp")
    assert "Rp739.200" in first


async def test_a_payslip_line_naming_one_program_is_checked_on_that_program(engine):
    # JP 1% of the capped wage: 1% x 11.086.300 = 110.863 (the slip says 120.000)
    first = await _first(engine, "gaji 15jt, potongan jp di slip 120rb, bener ga?")
    assert "Rp110.863" in first and "JP" in first


async def test_a_payslip_naming_jht_alone(engine):
    first = await _first(engine, "gaji 4,5jt dipotong jht 90rb benar ga")
    assert "Rp90.000" in first  # 2% of 4,5jt


async def test_a_payslip_with_both_programs_is_the_whole_deduction(engine):
    first = await _first(engine, "gaji 4jt dipotong jht 80rb jp 40rb bener ga")
    assert "Rp120.000" in first
