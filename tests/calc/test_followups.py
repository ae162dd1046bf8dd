"""Follow-ups recompute the last result with one changed value; a new request is never stuck."""

from bot.content.render import to_plain
from bot.core.replies import Event


async def say(engine, text, user="f1"):
    return "\n".join(to_plain(r.text) for r in await engine.handle(Event(user, "console",
                                                                           text=text)))


async def test_kalau_7jt_after_a_deduction(engine):
    assert "Rp150.000" in await say(engine, "gaji 5jt potong brp")
    assert "Potongan gaji Anda: Rp210.000" in await say(engine, "kalau 7jt?")  # 140.000 + 70.000


async def test_followups_while_class_buttons_are_pending(engine):
    await say(engine, "gaji 5jt iuran brp")  # class buttons pending
    text = await say(engine, "kalau 7jt?")
    assert "Dipotong dari gaji: Rp210.000" in text and "belum terbaca" not in text
    # 7.000.000: JKK 0,89% 62.300 + JKM 21.000 + JHT 399.000 + JP 210.000
    assert "Total iuran: Rp692.300" in await say(engine, "kalau risiko sedang?")


async def test_untuk_6_bulan_for_bpu(engine):
    await say(engine, "penghasilan 2jt iuran bpu")
    # Nov + Des 2026 discounted 13.400 each, Jan - Apr 2027 full 26.800 each = 134.000
    assert "Rp134.000" in (await say(engine, "untuk 6 bulan?")).splitlines()[0]


async def test_followup_changes_months_late_and_years(engine):
    await say(engine, "telat bayar 2 bulan denda berapa gaji 5 juta")
    assert "Rp27.000" in await say(engine, "kalau 3 bulan?")  # 450.000 x 2% = 9.000 x 3
    await say(engine, "gaji 5jt 25thn pensiun brp")
    assert "Rp1.000.000 per bulan" in await say(engine, "kalau 20 tahun")  # 1% x 20 x 5 jt


async def test_followup_keeps_per_day_income(engine):
    await say(engine, "penghasilan ojol sehari 150rb iuran brp")
    # 200.000 x 26 = 5.200.000; JKK 52.000 + 6.800 = 58.800; diskon 29.400
    assert "Rp29.400" in await say(engine, "kalau 200rb?")


async def test_a_new_full_request_while_buttons_pending_is_answered(engine):
    await say(engine, "gaji 5jt iuran brp")
    text = await say(engine, "iuran bpu 2jt")
    assert "Perkiraan iuran BPU: Rp13.400" in text
    await say(engine, "gaji 5jt iuran brp")
    assert "Rp42.000.000" in await say(engine, "kalau meninggal gaji 5jt dapat berapa")


async def test_followup_sector_switch(engine):
    await say(engine, "pedagang penghasilan 2jt iuran bpu")
    assert "Rp13.400" in await say(engine, "kalau ojol?")


async def test_absurd_followup_gets_a_message(engine):
    await say(engine, "gaji 5jt potong brp")
    text = await say(engine, "kalau 1000 tahun?")
    assert "tidak mungkin" in text


ABSURD = [
    "gaji 111111111111111111111115jt potong", "gaji Rp 99999999999999999999999999999999 iuran",
    "pensiun gaji 5jt 99999999999999999999999999999 tahun", "pensiun gaji 5jt 1000 tahun",
    "10000000 karyawan gaji 5jt", "telat bayar 999 bulan gaji 5jt denda",
    "saldo jht 99999999999999999999999999999999jt proyeksi 10 tahun gaji 5jt",
    "gaji 5.5.5 iuran", "gaji -5jt iuran", "gaji 0,000001 jt potong", "gaji 5jt 0 tahun pensiun",
    "ojol penghasilan 1 rb sehari", "ojol penghasilan 99999999 jt seminggu iuran",
    "iuran gaji 5jt bulan desember 2014", "iuran gaji 5jt bulan januari 2099",
    "gaji 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt 5jt iuran",
]


async def test_absurd_input_gets_a_message_never_an_error(engine):
    for text in ABSURD:
        replies = await engine.handle(Event("abs", "console", text=text))
        plain = "\n".join(to_plain(r.text) for r in replies)
        assert "gangguan" not in plain, text
        followup = await engine.handle(Event("abs", "console", text="kalau 9999999999999 jt?"))
        assert "gangguan" not in "\n".join(to_plain(r.text) for r in followup), text


async def test_a_different_question_is_no_followup(engine):
    await say(engine, "gaji 5jt potong brp")
    text = await say(engine, "kalau 2 tahun lagi saldo jht saya berapa")
    assert "Untuk 24 bulan" not in text


async def test_followup_keeps_a_yearly_income_yearly(engine):
    text = await say(engine, "nelayan penghasilan 48 juta setahun iuran bpjs tk")
    # 48.000.000 / 12 = 4.000.000: JKK 40.000 + JKM 6.800 = 46.800; diskon 50% = 23.400
    assert "Rp23.400" in text.splitlines()[0] and "setahun ÷ 12" in text
    # 60.000.000 / 12 = 5.000.000: (50.000 + 6.800) / 2 = 28.400
    assert "Rp28.400" in await say(engine, "kalau 60 juta?")


async def test_a_wordy_followup_after_another_question_is_not_the_old_result(engine):
    assert "Rp150.000" in await say(engine, "gaji 5jt potong brp")
    await say(engine, "sy ojol mau ikut bpjs tk brp sebulan")  # answered by the FAQ
    assert "Potongan gaji" not in await say(engine, "kalo mau tambah jht?")
    # A number still continues the result: nothing else could have asked for it.
    assert "Potongan gaji Anda: Rp210.000" in await say(engine, "kalau 7jt?")
    # ... and the recomputed result is current again for wordy follow-ups.
    assert "Total iuran" in await say(engine, "kalau risiko sedang?")


async def test_a_followup_a_day_later_is_a_new_question(engine):
    assert "Rp150.000" in await say(engine, "gaji 5jt potong brp")
    await engine.db.write("UPDATE sessions SET updated_at = updated_at - 86400")
    assert "Total iuran" not in await say(engine, "kalau risiko sedang?")


async def test_a_wage_typed_alone_after_a_result_chooses_no_risk_group(engine):
    # review21: "5,4 juta" was read as "risiko 5" too: JKK group V (the highest) was chosen
    # for the user, who had never picked one; "4 juta", "3 karyawan", "2 tahun" alike
    await say(engine, "gaji saya 4.500.000 potongan bpjs brp", user="f9")
    text = await say(engine, "5,4 juta", user="f9")
    assert "Potongan gaji Anda: Rp162.000" in text  # 2% 108.000 + 1% 54.000
    assert "JKK kelompok" not in text and "Total iuran" not in text
    text = await say(engine, "4", user="f9")  # a group number alone is still the group
    assert "JKK kelompok 4" in text


async def test_a_headcount_alone_after_a_payroll_list_asks_which_group(engine):
    # review21: "kalau 4 org?" after two groups gave the same result back, unchanged, unsaid
    await say(engine, "10 org 5jt, 3 org 7jt iuran brp", user="f10")
    text = await say(engine, "kalau 4 org?", user="f10")
    assert "2 kelompok gaji" in text and "13 karyawan" not in text
    text = await say(engine, "kalau 4 org 5jt, 3 org 7jt?", user="f10")
    assert "Iuran 7 karyawan" in text


async def test_a_corrected_wage_keeps_the_rest_of_the_request(engine):
    # review21: "eh salah, gajinya 7,5jt" after "iuran 10 karyawan gaji 5jt" was read as a
    # new request: one person at 7,5 juta, the ten staff lost
    await say(engine, "iuran 10 karyawan gaji 5jt", user="f11")
    text = await say(engine, "eh salah, gajinya 7,5jt", user="f11")
    assert "Iuran 10 karyawan" in text and "10 × Rp7.500.000" in text
    await say(engine, "iuran 10 karyawan gaji 5jt", user="f12")
    text = await say(engine, "sorry I meant 7.5 million salary", user="f12")
    assert "10 employees" in text and "10 × IDR 7,500,000" in text
    # a correction naming another calculation is that one
    text = await say(engine, "eh salah, maksudnya jkp berapa", user="f12")
    assert "Iuran 10" not in text


async def test_a_correction_without_a_value_after_a_result_is_read_as_before(engine):
    await say(engine, "gaji 5jt potongan bpjs brp", user="f13")
    text = await say(engine, "bukan, saya mau tanya jht cair kapan", user="f13")
    assert "🧮" not in text  # a question for the FAQ, not the JHT part of the deduction


async def test_a_bare_correction_after_a_result_asks_for_the_right_number(engine):
    # review21: "eh salah" alone after a result got FAQ guesses (ubah data, JMO terblokir)
    await say(engine, "iuran 10 karyawan gaji 5jt", user="f14")
    for wrong in ("eh salah", "salah", "bukan", "salah ketik"):
        text = await say(engine, wrong, user="f14")
        assert "angka mana yang salah" in text and "🤔" not in text, wrong
    text = await say(engine, "7,5 juta", user="f14")  # the request was kept
    assert "Iuran 10 karyawan" in text and "10 × Rp7.500.000" in text
    await say(engine, "saya ojol penghasilan 3 juta iuran berapa", user="f15")
    assert "penghasilan" in await say(engine, "eh salah", user="f15")
    await say(engine, "gaji 5 juta potong berapa", user="f16")
    assert "which number" in await say(engine, "no wait", user="f16")


async def test_a_question_or_no_result_is_not_asked_for_a_number(engine):
    await say(engine, "gaji 5 juta potong berapa", user="f17")
    assert "angka mana" not in await say(engine, "maksudnya?", user="f17")
    assert "angka mana" not in await say(engine, "eh salah", user="f18")  # nothing computed


async def test_a_jht_balance_after_some_years_uses_the_wage_just_given(engine):
    # "kalau kerja 6 tahun jht nya jadi brp" after a wage result got FAQ guesses
    await say(engine, "gaji saya 4.750.000 sebulan, yg dipotong buat bpjs tk berapa ya?",
              user="f40")
    text = await say(engine, "kalau kerja 6 tahun jht nya jadi brp", user="f40")
    assert "saldo JHT setelah 6 tahun" in text and "Rp4.750.000" in text
    await say(engine, "iuran bpu ojol 2 juta", user="f41")  # no wage earner's result
    assert "setelah 6 tahun" not in await say(engine, "kalau kerja 6 tahun jht nya jadi brp",
                                              user="f41")


async def test_a_payout_asked_after_a_contribution_is_no_program_filter(engine):
    # "kalau saya resign jht cair brp" after a wage result got the JHT part of the contribution
    await say(engine, "gaji saya 6 juta potongan bpjs tk brp", user="f42")
    text = await say(engine, "kalau saya resign jht cair brp", user="f42")
    assert "Klaim JHT setelah resign" in text and "Potongan JHT" not in text
    await say(engine, "gaji saya 6 juta potongan bpjs tk brp", user="f43")
    assert "Potongan JHT" in await say(engine, "kalau jht aja?", user="f43")  # still a filter
