"""Reader fixes for the families the calc20 / calc20b helpers left (calc20c), tested on own
sentences: "saya 45 thn gaji 7jt" is an age, a payer's share asked in English with staff
wages, a word between THR and its amount, a stated deduction asked "right?", a headcount with
"bulanan" before its wage in a mixed list."""

from __future__ import annotations

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


def test_years_after_saya_then_the_wage_are_an_age():
    req = read("saya 38 thn gaji 6jt, pensiun jp nanti brp kalau kerja sampai 58", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == 20 * 12
    asked = read("sy 41 tahun gaji 8jt jp saya brp", CUES, ON)
    assert asked is not None and asked.months is None  # the years of membership are asked


def test_years_after_a_possessive_saya_stay_membership():
    req = read("jp saya 17 tahun gaji 3jt, manfaat pensiun bulanan brp", CUES, ON)
    assert req is not None and req.months == 17 * 12
    worked = read("saya 25 thn kerja, gaji 5jt, jp brp", CUES, ON)
    assert worked is not None and worked.months == 25 * 12


def test_jp_alone_with_a_future_word_and_two_ages_is_the_pension():
    req = read("saya 36 th gaji 9jt, jp nanti brp sampai umur 57", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == 21 * 12


def test_english_payer_share_with_staff_wages_is_computed():
    req = read("three staff at 5m, 7m and 10m, employer share?", CUES, ON, "en")
    assert req is not None and req.kind == "contribution" and req.focus == "employer"
    assert req.wages == [("5000000", 1), ("7000000", 1), ("10000000", 1)]
    porsi = read("2 karyawan 5jt dan 9jt, porsi perusahaan?", CUES, ON)
    assert porsi is not None and porsi.focus == "employer" and len(porsi.wages) == 2


def test_a_stated_figure_question_without_share_stays_with_the_faq():
    assert read("jkm 42 juta itu sudah termasuk beasiswa?", CUES, ON) is None


def test_word_between_thr_and_its_amount_keeps_the_contribution():
    req = read("gaji 5,5jt, thr kira2 5,5jt, potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.wages == [("5500000", 1)]
    later = read("gajiku 3,8jt, thr nanti 3,8jt, iuran bpjs tk saya brp", CUES, ON)
    assert later is not None and later.wages == [("3800000", 1)]


def test_thr_asked_without_its_amount_stays_with_the_faq():
    req = read("gaji 5jt, thr nanti brp", CUES, ON)
    assert req is None or req.kind == "not_calc"


def test_stated_deduction_asked_right_is_a_payslip_check():
    req = read("I make 7 million and my deduction is 210,000, right?", CUES, ON, "en")
    assert req is not None and req.kind == "payslip"
    assert req.wages == [("7000000", 1)] and req.deduction == "210000"
    took = read("salary 8m, they take 240k, correct?", CUES, ON, "en")
    assert took is not None and took.kind == "payslip" and took.deduction == "240000"


def test_deduction_word_before_the_next_amount_is_that_amounts():
    req = read("sebulan 6jt, dipotong 180rb bener ga", CUES, ON)
    assert req is not None and req.kind == "payslip"
    assert req.wages == [("6000000", 1)] and req.deduction == "180000"


def test_monthly_word_between_headcount_and_wage_in_a_mixed_list():
    req = read("3 org gaji mingguan 800rb, 2 org bulanan 5jt, potongan ke karyawan brp", CUES, ON)
    assert req is not None and req.wages == [("3200000", 3), ("5000000", 2)]
    en = read("2 workers weekly 700k, 1 worker monthly 6m, deduction from their pay?",
              CUES, ON, "en")
    assert en is not None and en.wages == [("2800000", 2), ("6000000", 1)]


def test_age_word_with_saya_before_the_years_is_an_age():
    req = read("umur saya 44 thn gaji 6jt, jp sampai 57 brp", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == 13 * 12
    en = read("I'm 40, salary 9m, jp pension at 58?", CUES, ON, "en")
    assert en is not None and en.kind == "benefit" and en.months == 18 * 12


def test_jp_contribution_with_ages_stays_a_contribution():
    req = read("umur 30 gaji 5jt, iuran jp sampai 56 brp", CUES, ON)
    assert req is not None and req.kind == "contribution"


def test_english_employer_part_and_cut_deduction():
    part = read("I have 2 staff, 5m and 7m, employer part?", CUES, ON, "en")
    assert part is not None and part.focus == "employer" and len(part.wages) == 2
    cut = read("I earn 6m, they cut 180k for bpjs, right?", CUES, ON, "en")
    assert cut is not None and cut.kind == "payslip" and cut.deduction == "180000"
