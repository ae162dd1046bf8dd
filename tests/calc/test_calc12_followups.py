"""Through the real engine (calc12): a late fine asked after a wage earner's or a staff result
("kalau telat bayar?" was answered with the BPU late-payment entry; "nunggak 3 bulan" after a
staff result asked for a wage), "jadi berapa" in a follow-up, a scaled headcount and the owner's
words in a calculation."""

from tests.calc.chat import plain, say


async def _first(engine, text: str) -> str:
    return plain(await say(engine, text)).strip().splitlines()[0]


async def test_late_without_months_after_a_wage_is_the_fine_per_month(engine):
    await say(engine, "gaji 6jt potongan bpjs tk brp")
    first = await _first(engine, "klo telat bayar?")
    # 2% of the month's contribution 6jt x (6% employer + 3% worker) = 540.000
    assert "Rp10.800" in first and "tiap bulan" in first


async def test_late_with_months_after_a_staff_result_fines_that_staff(engine):
    await say(engine, "6 karyawan gaji 4jt iuran bpjs tk brp")
    # 6 x 4jt x 9% = 2.160.000 a month; 2% x 2 months
    assert "Rp86.400" in await _first(engine, "terus kalau nunggak 2 bulan dendanya brp")


async def test_late_after_an_informal_worker_stays_with_the_faq(engine):
    await say(engine, "ojol penghasilan 4jt iuran brp")
    assert "BPU" in await _first(engine, "kalau telat bayar?")


async def test_a_whether_question_about_being_late_is_not_computed(engine):
    await say(engine, "gaji 6jt potongan bpjs tk brp")
    assert "Rp" not in await _first(engine, "kalau telat bayar apakah karyawan masih dilindungi")


async def test_jadi_berapa_adds_jht_to_a_bpu_result(engine):
    await say(engine, "petani penghasilan 2jt iuran bpu")
    # (2jt x 1% + 6.800) / 2 = 13.400 + JHT 2% 40.000
    assert "Rp53.400" in await _first(engine, "sama jht nya jd brp")


async def test_a_scaled_headcount_is_people_not_rupiah(engine):
    # 2.000 x (5jt x 9%) = 900.000.000
    assert "Rp900.000.000" in await _first(engine, "2 ribu karyawan gaji 5jt, total iuran brp")


async def test_the_owner_of_a_risky_business_asks_the_employers_part(engine):
    # 4jt x (JKK group IV 1,27% + JKM 0,3% + JHT 3,7% + JP 2%) = 290.800
    first = await _first(engine, "usaha sy resiko tinggi, gaji karyawan 4jt, iuran yg sy bayar brp")
    assert "Rp290.800" in first


async def test_late_registration_after_a_result_is_not_the_contribution_fine(engine):
    await say(engine, "gaji 6jt potongan bpjs tk brp")
    assert "tiap bulan" not in await _first(engine, "kalau telat daftarin karyawan dendanya?")


async def test_the_employer_named_in_the_late_question_still_fines(engine):
    await say(engine, "gaji 6jt potongan bpjs tk brp")
    # 2% x 540.000 x 2 months
    assert "Rp21.600" in await _first(engine, "kalau kantor telat setor iuran 2 bulan?")
