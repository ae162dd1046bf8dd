"""Reader fixes (calc23), on own sentences: "pas pensiun" / "at retirement" with an age counts
the years as "sampai pensiun" does; a wage earner's months said unpaid are months owed; a base
wage keeps the wage it set aside; a minimum-wage payslip keeps its lines."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text, lang, kind, age", [
    ("jht pas pensiun brp, umur 30, gaji 6jt", "id", "projection", 30),
    ("saldo jht saat pensiun brp, lahir 1990, gaji 5jt", "id", "projection", 36),
    ("umur 40 gaji 7jt, jp waktu pensiun dapat brp", "id", "benefit", 40),
    ("jht balance at retirement, i'm 30, salary 8 million?", "en", "projection", 30),
    ("how much jht when i retire, age 28, salary 10 million?", "en", "projection", 28),
])
def test_an_age_with_at_retirement_is_kept_for_the_years(text, lang, kind, age):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == kind and req.age_now == age and not req.months


def test_at_retirement_without_an_age_still_asks_the_years():
    req = read("jht pas pensiun brp, gaji 6jt", CUES, ON)
    assert req is not None and req.kind == "projection" and req.age_now is None


@pytest.mark.parametrize("text, lang, months", [
    ("gaji 5jt blm bayar 3 bulan", "id", 3),
    ("gaji 4,5jt belum dibayar 2 bulan, brp semua", "id", 2),
    ("salary 6 million, I owe 2 months, how much?", "en", 2),
])
def test_a_wage_earners_months_said_unpaid_are_owed(text, lang, months):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution" and req.who == "pu"
    assert req.arrears and req.period_months == months


@pytest.mark.parametrize("text", [
    "gaji 5jt iuran untuk 3 bulan",  # months to pay, not said unpaid
    "gaji 5jt belum bayar 3 bulan dendanya brp",  # a fine asked: the fine
])
def test_a_wage_earners_months_not_said_unpaid_are_unchanged(text):
    req = read(text, CUES, ON)
    assert req is not None and not req.arrears


@pytest.mark.parametrize("text, lang", [
    ("gaji 7jt, jht dari gaji pokok 5jt", "id"),
    ("gaji 7jt, jht dihitung dari gaji pokok 5jt", "id"),
    ("salary 7 million, jht calculated from basic salary 5 million, deduction?", "en"),
])
def test_a_base_wage_keeps_the_wage_it_set_aside(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.wages == [("5000000", 1)] and req.set_aside == "7000000"


def test_two_wages_set_nothing_aside():
    req = read("gaji 7jt dan 5jt iuran jht brp", CUES, ON)
    assert req is not None and req.set_aside is None


@pytest.mark.parametrize("text, lines", [
    ("gaji umr jakarta, dipotong jht 120.000 jp 52.000, bener?",
     [("JHT", "120000"), ("JP", "52000")]),
    ("sy digaji ump jabar, potongan jht 46.352 jp 23.176 sesuai ga",
     [("JHT", "46352"), ("JP", "23176")]),
])
def test_a_minimum_wage_payslip_keeps_its_lines(text, lines):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "payslip" and req.min_wage is not None
    assert req.slip_lines == lines and not req.wages


@pytest.mark.parametrize("text, lang, month_no", [
    ("stmb bulan ke-14 kalau gaji 7jt dapat brp", "id", 14),
    ("kecelakaan kerja, gaji 6jt, bulan ke 13 dibayar brp", "id", 13),
    ("work accident, salary 6 million, how much in the 14th month?", "en", 14),
])
def test_the_month_of_stmb_asked_is_kept(text, lang, month_no):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.benefit == "accident" and req.month_no == month_no


def test_a_contribution_month_number_is_no_stmb_month():
    req = read("gaji 5jt iuran bulan ke-3 brp", CUES, ON)
    assert req is not None and req.month_no is None


@pytest.mark.parametrize("text, lang, balance, shares", [
    ("saldo jht 80jt, klaim 10% dapat brp", "id", "80000000", [10]),
    ("saldo jht sy 120 juta, mau ambil 30% buat rumah, dapat brp", "id", "120000000", [30]),
    ("klaim jht 10 persen, saldo 33jt, cair brp", "id", "33000000", [10]),
    ("saldo 70jt, klaim 10 persen dulu trus nanti 30 persen, total brp", "id", "70000000",
     [10, 30]),
    ("JHT balance 90 million, 30% housing withdrawal is how much?", "en", "90000000", [30]),
])
def test_a_partial_jht_claim_takes_a_share_of_the_balance(text, lang, balance, shares):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "benefit" and req.benefit == "jht_partial"
    assert req.balance == balance and req.claim_shares == shares


def test_a_partial_claim_without_a_balance_asks_it():
    req = read("jht 30% buat rumah dapat brp", CUES, ON)
    assert req is not None and req.benefit == "jht_partial" and req.balance is None
    assert req.missing() == "amount"


@pytest.mark.parametrize("text", [
    "jht bisa diambil 30% kalau udah kerja brp tahun?",  # how long: the FAQ
    "klaim jht 10% syaratnya apa aja",  # the conditions: the FAQ
    "jht 5,7% dr gaji 4jt selama 6 tahun jadinya brp",  # a wage: a projection
])
def test_other_jht_percent_questions_are_no_partial_claim(text):
    req = read(text, CUES, ON)
    assert req is None or req.benefit != "jht_partial"


def test_a_year_after_a_comma_before_a_contribution_word_is_the_contributions():
    req = read("karyawan: 2 org 5jt, 1 org 5,5jt, setahun iuran perusahaan brp", CUES, ON)
    assert req is not None and req.wages == [("5000000", 2), ("5500000", 1)]


def test_a_years_income_before_a_contribution_word_stays_yearly():
    req = read("penghasilan 36 juta setahun, iuran bpu", CUES, ON)
    assert req is not None and req.wages == [("3000000", 1)]


def test_a_director_is_counted_as_one_person():
    req = read("pt sy 12 karyawan gaji 5jt, 3 staf 8jt, 1 direktur 20jt, total iuran bpjs tk",
               CUES, ON)
    assert req is not None and req.wages == [("5000000", 12), ("8000000", 3), ("20000000", 1)]


def test_whether_a_partial_claim_is_allowed_stays_the_faqs():
    req = read("jht 25jt mau ambil 10% boleh ga kalau baru kerja 7 tahun", CUES, ON)
    assert req is None or req.benefit != "jht_partial"


@pytest.mark.parametrize("text, lang, with_jht", [
    ("petani penghasilan 1jt, ikut 3 program bpu, setor brp sebulan", "id", True),
    ("iuran bpu penghasilan 5jt, tiga program, sebulan", "id", True),
    ("monthly bpu contribution on 3 million income, all three programmes?", "en", True),
    ("ojol penghasilan 2jt, ikut 2 program aja, iuran brp", "id", False),
])
def test_bpu_programmes_counted_decide_jht(text, lang, with_jht):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.who == "bpu" and req.with_jht is with_jht


def test_bpu_without_a_programme_count_leaves_jht_open():
    req = read("ojol penghasilan 3jt iuran brp", CUES, ON)
    assert req is not None and req.who == "bpu" and req.with_jht is None


def test_arrears_said_unpaid_without_a_fine_word_are_months_owed():
    req = read("gaji 5jt blm dibayar iuran 3 bulan, total tunggakan brp", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.arrears
    assert req.period_months == 3 and req.months_late is None


@pytest.mark.parametrize("text", [
    "gaji 5jt belum bayar 3 bulan dendanya brp",  # the fine named
    "telat bayar iuran 2 bulan, gaji 5jt, belum dibayar 2 bulan brp",  # late: the fine
    "nunggak 3 bulan gaji 5jt brp",  # months not said unpaid: as before
])
def test_arrears_with_a_fine_or_lateness_word_stay_the_fine(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine"


def test_a_story_about_the_thirty_percent_asks_no_balance():
    req = read("Trus JHT sama sekali gak bisa diutak atik? Bisa. 30% bisa cair untuk DP rumah, "
               "beli rumah. Tanpa mengurangi total nilai yang diterima saat pensiun,", CUES, ON)
    assert req is None or req.benefit != "jht_partial"


@pytest.mark.parametrize("text", [
    "jkm + beasiswa 2 anak, peserta 4 tahun, totalnya",
    "beasiswa 2 anak dari jkm totalnya brp",
])
def test_children_with_no_money_are_no_staff_to_list(text):
    req = read(text, CUES, ON)
    assert req is None or not req.staff_ask


def test_subordinates_with_a_wage_stay_a_headcount():
    req = read("5 anak buah gaji 3jt iuran brp", CUES, ON)
    assert req is not None and req.wages == [("3000000", 5)]


@pytest.mark.parametrize("text", [
    "gaji 5jt potongan bpjs tk setahun brp",
    "karyawan: 2 org 5jt, 1 org 5,5jt, setahun iuran perusahaan brp",
    "gaji 5jt iuran setahun",
])
def test_a_contribution_asked_for_a_year_is_twelve_months(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.period_months == 12


@pytest.mark.parametrize("text", [
    "penghasilan 36 juta setahun, iuran bpu",  # a year's income
    "gaji 5jt per tahun naik 5%, iuran brp",  # a raise a year
    "sudah kerja setahun gaji 3jt iuran brp",  # how long
])
def test_a_year_that_is_not_the_contributions_stays(text):
    req = read(text, CUES, ON)
    assert req is not None and req.period_months is None
