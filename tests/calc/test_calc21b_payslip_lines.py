"""Through the real engine (calc21b): a payslip typed line by line is checked line by line
(JHT 2%, JP 1%, "bpjs tk" both, BPJS Kesehatan 1%, JKK/JKM nothing from the wage, PPh 21 not
checked), and pay every two weeks says how its month is made."""

from tests.calc.chat import plain, say


async def _reply(engine, text: str) -> str:
    return plain(await say(engine, text))


async def test_each_line_is_checked_against_its_programme(engine):
    text = await _reply(engine, "potongan jht 100rb, jp 50rb, bpjs kes 50rb, gaji 5jt, bener ga?")
    # 5jt: JHT 2% 100.000 + JP 1% 50.000 = 150.000; the 50rb health line is no wage
    assert "Rp150.000" in text.strip().splitlines()[0] and "Rp50.000.000" not in text
    assert "JHT Rp100.000: sesuai" in text and "JP Rp50.000: sesuai" in text
    assert "BPJS Kesehatan Rp50.000: sesuai" in text


async def test_the_health_hint_is_left_out_when_the_lines_are_typed(engine):
    text = await _reply(engine, "gaji 5jt, jht 100rb, jp 80rb, bpjs kes 50rb, kok gede ya bener ga")
    assert "lebih Rp30.000." in text and "Yang sering ikut dipotong" not in text


async def test_a_line_too_high_is_named(engine):
    text = await _reply(engine, "slip gaji 6jt: jht 120rb, jp 90rb, bpjs kesehatan 60rb, bener?")
    # JP 1% of 6jt = 60.000: 30.000 more
    assert "JP Rp90.000: lebih Rp30.000 (seharusnya Rp60.000)" in text
    assert "JHT Rp120.000: sesuai" in text


async def test_tax_line_is_not_checked_and_bpjs_tk_is_both_shares(engine):
    text = await _reply(engine, "gaji 5jt dipotong bpjs tk 150rb, bpjs kes 50rb, pph 100rb, "
                                "bener ga")
    assert "BPJS TK Rp150.000: sesuai" in text and "PPh 21 Rp100.000: tidak dicek" in text


async def test_an_employer_only_programme_on_the_slip_is_named(engine):
    text = await _reply(engine, "gaji 5jt, jht 100rb, jp 50rb, jkm 15rb, bener ga potongannya")
    assert "JKM Rp15.000: lebih Rp15.000" in text and "dibayar perusahaan" in text


async def test_english_payslip_lines(engine):
    text = await _reply(engine, "payslip: salary 8 million, jht 160k, jp 100k, bpjs kes 80k, "
                                "is that right?")
    assert "JP IDR 100,000: IDR 20,000 more (should be IDR 80,000)" in text


async def test_one_slip_line_keeps_the_old_answer(engine):
    text = await _reply(engine, "gaji 4,5jt, bpjs tk 200.000, kebanyakan gak?")
    assert "Rp200.000: lebih Rp65.000" in text and "Per baris" not in text


async def test_pay_every_two_weeks_says_how_the_month_is_made(engine):
    text = await _reply(engine, "gajian tiap 2 minggu 1,8jt potongan bpjs brp")
    # 2 x 1,8jt = 3,6jt; 3% = 108.000
    assert "Rp108.000" in text.strip().splitlines()[0]
    assert "Rp1.800.000 per 2 minggu × 2" in text
