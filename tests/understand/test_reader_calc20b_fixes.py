"""Reader fixes found with the tenth blind calculation set (calc20b, dev-10 only), tested on own
sentences: an age is no headcount, "gji" and "taun" typos, "deducted from my 25m salary", a
payslip line "bpjs tk 200rb", turnover beside profit, "iuran yg saya bayar" for staff, "jkk
meninggal", an injury told as what happened, PPPK / Taspen, "N years old ... retiring at 56"."""

from __future__ import annotations

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


def test_number_after_age_word_is_no_headcount():
    req = read("usia 31 anak 1 gaji 4,8jt potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.wages == [("4800000", 1)]


def test_age_word_before_a_real_headcount_keeps_it():
    req = read("umur saya 45, 3 karyawan gaji 4jt, iuran perusahaan brp", CUES, ON)
    assert req is not None and req.wages == [("4000000", 3)]


def test_gji_typo_is_a_wage_word():
    req = read("gji 3,9jt potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.wages == [("3900000", 1)]


def test_taun_typo_counts_years():
    req = read("saldo jht nanti brp kalo 10 taun lagi gaji 6jt", CUES, ON)
    assert req is not None and req.kind == "projection" and req.months == 120


def test_deducted_from_an_amount_then_salary_is_the_wage():
    req = read("how much jht is deducted from my 8m salary", CUES, ON, "en")
    assert req is not None and req.kind == "contribution" and req.wages == [("8000000", 1)]
    assert req.deduction is None


def test_deduction_written_with_its_amount_stays_a_deduction():
    req = read("gaji 6jt potongan 180rb bener ga", CUES, ON)
    assert req is not None and req.kind == "payslip" and req.deduction == "180000"


def test_payslip_line_named_by_program_is_the_deduction():
    req = read("gaji 6jt, bpjs tk 250rb, kebanyakan ga?", CUES, ON)
    assert req is not None and req.kind == "payslip" and req.deduction == "250000"
    assert req.wages == [("6000000", 1)]
    en = read("my payslip shows jht 160k on an 8 million salary, is that right", CUES, ON, "en")
    assert en is not None and en.kind == "payslip" and en.deduction == "160000"


def test_two_wages_without_doubt_stay_two_wages():
    req = read("gaji 6jt dan 250rb, iuran bpjs tk brp", CUES, ON)
    assert req is None or req.kind != "payslip"


def test_profit_beside_turnover_is_the_income():
    req = read("pedagang pasar omzet 9jt sebulan, labanya 2jt, iuran bpu brp", CUES, ON)
    assert req is not None and req.who == "bpu" and req.wages == [("2000000", 1)]
    alone = read("pedagang omset 4jt iuran bpu brp", CUES, ON)
    assert alone is not None and alone.wages == [("4000000", 1)]


def test_what_the_owner_pays_for_staff_is_the_employer_part():
    req = read("ada 3 pegawai gaji 3jt, iuran yg saya bayar brp", CUES, ON)
    assert req is not None and req.focus == "employer"
    own = read("gaji saya 3jt, iuran yang saya tanggung brp", CUES, ON)
    assert own is not None and own.focus == "worker"


def test_jkk_named_for_a_death_is_the_work_accident_benefit():
    req = read("santunan jkk kalau meninggal, gaji 5jt", CUES, ON)
    assert req is not None and req.benefit == "accident_death"
    jkm = read("jkm meninggal gaji 5jt brp", CUES, ON)
    assert jkm is not None and jkm.benefit == "death"


def test_injury_told_as_what_happened_is_an_accident():
    req = read("kaki patah kena mesin, cuti 3 bulan, gaji 5jt, dibayar brp", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "accident"


def test_pppk_and_taspen_are_another_scheme():
    req = read("pegawai pppk gaji 4jt potongan taspen brp", CUES, ON)
    assert req is not None and req.kind == "other_scheme"


def test_years_old_then_retiring_age_gives_the_years():
    req = read("30 years old, salary 9 million, jht projection until retiring at 56", CUES, ON,
               "en")
    assert req is not None and req.kind == "projection" and req.months == 26 * 12


def test_benefit_questions_without_a_wage_stay_with_the_faq():
    # the FAQ entry gives the rule (JKK death: 48 x the wage, JKP: 45%/25% of it), as calc9
    # decided for JKP: a question with no wage is answered, not turned into a wage question
    assert read("istri meninggal kecelakaan kerja dapat brp", CUES, ON) is None
    assert read("ayah meninggal, dapat brp", CUES, ON) is None  # JKM: a fixed sum, the FAQ
    assert read("di phk, jkp cair kapan", CUES, ON) is None
    assert read("baru kena phk, jkp saya brp", CUES, ON) is None  # calc9: the FAQ's JKP entry


def test_english_deduct_and_half_sign_and_mil():
    req = read("salary 7 mio, they deduct 280k for bpjs tk, is that right", CUES, ON, "en")
    assert req is not None and req.kind == "payslip" and req.deduction == "280000"
    half = read("gaji 3½ jt potongan bpjs tk brp", CUES, ON)
    assert half is not None and half.wages == [("3500000", 1)]
    mil = read("salary 6.5 mil, my bpjs tk deduction?", CUES, ON, "en")
    assert mil is not None and mil.wages == [("6500000", 1)]


def test_balance_with_age_now_and_target_age_is_a_projection():
    req = read("gaji 6jt umur 30, saldo jht umur 56 kira2 brp", CUES, ON)
    assert req is not None and req.kind == "projection" and req.months == 26 * 12


def test_gross_beside_net_pay_is_the_wage():
    req = read("gaji bersih 5,1jt, gaji kotor 5,7jt, potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.wages == [("5700000", 1)]
    thp = read("thp 6jt (gross 6,8jt) iuran bpjs tk saya", CUES, ON)
    assert thp is not None and thp.wages == [("6800000", 1)]
