"""Through the real engine (calc8): a count given without an amount is kept while the amount
is asked, several people's contributions are the whole, and the English ask says salary."""

from tests.calc.chat import plain, press, say


async def test_late_months_are_kept_while_the_wage_is_asked(engine):
    text = plain(await say(engine, "denda telat bayar 4 bulan berapa?"))
    assert "Berapa gaji sebulan?" in text
    text = plain(await say(engine, "3 juta"))
    # iuran without JKK: 9% x Rp3.000.000 = Rp270.000; fine 2% x 4 x Rp270.000 = Rp21.600
    assert "Rp21.600" in text


async def test_pension_years_are_kept_while_the_wage_is_asked(engine):
    text = plain(await say(engine, "jp nanti berapa sebulan kalau iur 20 tahun"))
    assert "Berapa gaji sebulan?" in text
    text = plain(await say(engine, "8 juta"))
    assert "Rp1.600.000" in text  # 1% x 20 x Rp8.000.000


async def test_a_headcount_without_wages_asks_the_list(engine):
    text = plain(await say(engine, "tolong hitung iuran bpjs tk untuk 5 karyawan kami"))
    assert "daftar gaji" in text


async def test_an_owner_with_several_workers_gets_the_whole(engine):
    text = plain(await say(engine, "warung saya ada 3 karyawan gaji 2,8 jt, iuran bpjs tk "
                                   "berapa"))
    # 3 x 9% x Rp2.800.000 = Rp756.000, without JKK
    assert "Iuran 3 karyawan: Rp756.000" in text


async def test_the_english_ask_says_salary(engine):
    text = plain(await say(engine, "how much is the fine if we paid 3 months late?"))
    assert "monthly salary" in text and "gaji" not in text


async def test_a_total_asked_for_one_wage_comes_first_without_jkk(engine):
    text = plain(await say(engine, "gaji 6 juta iuran bpjs tk totalnya berapa"))
    first = text.strip().splitlines()[0]
    assert "Total iuran: Rp540.000" in first and "belum termasuk JKK" in first  # 9% x 6 jt


async def test_a_total_deduction_is_still_the_workers_share_first(engine):
    text = plain(await say(engine, "gaji 6 juta potongan total bpjs tk berapa"))
    # calc9: read as the worker's deduction (focus worker), so the worker's wording
    assert text.strip().splitlines()[0].startswith("🧮 Potongan gaji Anda: Rp180.000")


async def test_programs_named_for_a_staff_narrow_the_sum(engine):
    text = plain(await say(engine, "klinik 3 perawat gaji 5 jt, iuran jkk dan jkm saja berapa"))
    # clinic = JKK group I: 3 x (0,24% + 0,30%) x Rp5.000.000 = Rp81.000
    assert "Bagian perusahaan untuk JKK + JKM, 3 karyawan: Rp81.000" in text


async def test_one_program_for_a_staff_shows_both_shares(engine):
    text = plain(await say(engine, "4 karyawan gaji 6 jt, iuran jp berapa"))
    # JP 1% + 2% of Rp6.000.000 for 4 people: Rp240.000 + Rp480.000
    assert "Iuran JP untuk 4 karyawan: Rp720.000" in text
    assert "pekerja Rp240.000 + perusahaan Rp480.000" in text


async def test_partial_disability_at_the_stated_percentage(engine):
    text = plain(await say(engine, "kaki cacat 30% akibat kecelakaan kerja, gaji 4 juta, "
                                   "santunannya berapa"))
    # 30% x 80 x Rp4.000.000 = Rp96.000.000 (not the total disability's 70% x 80)
    assert "cacat sebagian 30%" in text and "Rp96.000.000" in text
    assert "Rp224.000.000" not in text
    text = plain(await press(engine, "calc:d"))
    assert "cacat sebagian 30%" in text and "Rp96.000.000" in text


async def test_a_construction_contract_value_is_computed_by_bands(engine):
    text = plain(await say(engine, "proyek gedung nilai kontrak 700 juta, iuran bpjs tk berapa"))
    # 100 jt x (0,21% + 0,03%) + 400 jt x (0,17% + 0,02%) + 200 jt x (0,13% + 0,02%)
    # = 240.000 + 760.000 + 300.000
    assert "nilai kontrak Rp700.000.000: Rp1.300.000" in text
    text = plain(await press(engine, "calc:d"))
    assert "Rp400.000.000 × (JKK 0,17% + JKM 0,02%) = Rp760.000" in text


async def test_an_english_contract_value_in_billions(engine):
    text = plain(await say(engine, "contract value 2 billion, how much bpjs tk?"))
    # + 500 jt x 0,15% + 1 M x (0,11% + 0,01%) = 1.000.000 + 750.000 + 1.200.000
    assert "IDR 2,950,000" in text
