"""Through the real engine: a headcount on the minimum wage, BPU income named as the UMR, a
driver's years on the job, and a bare deduction question (the wage asked, then computed)."""

from tests.calc.chat import plain, say


async def test_ten_employees_on_the_jakarta_ump(engine):
    text = plain(await say(engine, "10 karyawan gaji UMR Jakarta"))
    # 10 x Rp5.729.876: JHT 5,7% + JP 3% without JKK = 10 x Rp515.690 (rounded per person)
    assert "Iuran 10 karyawan: Rp5.156.900" in text
    assert "10 × Rp5.729.876" in text and "UMP DKI Jakarta 2026" in text


async def test_a_headcount_is_kept_when_the_province_is_asked(engine):
    text = plain(await say(engine, "3 orang gaji umr iuran berapa"))
    assert "provinsi mana" in text
    text = plain(await say(engine, "jakarta"))
    assert "Iuran 3 karyawan" in text and "3 × Rp5.729.876" in text


async def test_bpu_income_named_as_the_umr(engine):
    text = plain(await say(engine, "ojol penghasilan umr jakarta iuran brp"))
    assert "Perkiraan iuran BPU" in text and "Penghasilan Rp5.729.876" in text
    assert "Penghasilan dihitung sebesar UMP DKI Jakarta 2026" in text


async def test_english_minimum_wage_in_jakarta(engine):
    text = plain(await say(engine, "contribution for 10 employees paid the minimum wage in "
                                   "Jakarta"))
    assert "10 × IDR 5,729,876" in text


async def test_a_drivers_years_on_the_job_are_no_contribution_period(engine):
    text = plain(await say(engine, "saya ojol 2 tahun penghasilan 4jt iuran brp"))
    assert "per bulan" in text and "24 bulan" not in text


async def test_a_bare_deduction_question_asks_the_wage_then_computes(engine):
    text = plain(await say(engine, "potongan bpjs tk berapa?"))
    assert "Berapa gaji sebulan?" in text
    text = plain(await say(engine, "5 juta"))
    assert "Rp150.000" in text  # JHT 2% + JP 1% of Rp5.000.000


async def test_a_fine_for_a_named_month_gives_the_fine_per_month_and_the_due_date(engine):
    # calc13: how a part month counts is not in the facts, so no month count is assumed: the
    # fine for each month late (2% x Rp3.000.000) beside the month's due date
    text = plain(await say(engine, "tanggal 20 desember baru bayar iuran november, iuran 3 juta, "
                                   "denda?"))
    assert "Rp60.000 untuk tiap bulan keterlambatan" in text
    assert "Iuran bulan November 2026 jatuh tempo 15 Desember 2026" in text
