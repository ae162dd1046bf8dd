"""Reader fixes from blind set 11's dev half (calc21), on own sentences: a length in years and
months, a start typed as a date, a number in words with "koma", half a year, a day's or a
week's pay without its scale, a month's pay said after a days-a-week phrase, the employer's
share named by an owner, and "iuran perusahaan ... total"."""

from __future__ import annotations

from datetime import date

import pytest

from bot.understand.amount_forms import prepare
from bot.understand.amounts import find_amounts
from bot.understand.counts import joined_months
from bot.understand.reader import read
from tests.reader_cues import CUES, ON

DEC = date(2026, 12, 2)  # the starts typed as dates are counted to this day


@pytest.mark.parametrize("text, months", [
    ("iuran jp 17 tahun 8 bulan, gaji 7jt, pensiun brp", 212),
    ("masa iur jp 21thn 3bln upah 6jt manfaat pensiun", 255),
    ("jp 16 tahun, 2 bulan gaji 5jt pensiun sebulan brp", 194),
])
def test_years_then_months_are_one_length(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == months


def test_tenure_in_years_and_months_leaves_a_contribution_alone():
    req = read("sy kerja 4thn 2bln gaji 6,2jt potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.period_months is None


def test_an_answer_in_years_and_months_is_one_length():
    low = prepare("kira2 19thn 5bln")
    assert joined_months(low, find_amounts(low)) == 233
    low = prepare("19 tahun")
    assert joined_months(low, find_amounts(low)) is None


@pytest.mark.parametrize("text, months", [
    ("jp sy dari 2009 sampai 2026, gaji 6jt, pensiun sebulan brp", 17 * 12),
    ("iuran jp sejak 2010 gaji 9jt, nanti pensiun dapat brp", 16 * 12),
    ("jp dr 2007 - skrg gaji 8jt pensiun brp", 19 * 12),
])
def test_a_start_typed_as_a_year_is_the_membership(text, months):
    req = read(text, CUES, DEC)
    assert req is not None and req.kind == "benefit" and req.months == months


def test_a_start_with_a_month_counts_to_this_month():
    req = read("kerja sejak juni 2018 gaji 5jt, saldo jht kira2 brp", CUES, DEC)
    assert req is not None and req.kind == "projection" and req.months == 8 * 12 + 6


@pytest.mark.parametrize("text", [
    "mulai kerja sejak april 2017, gaji 7jt, potongan bpjs tk brp",
    "dari 2016 sampai skrg kerja di toko, gaji 3,9jt, potongan jht jp brp",
])
def test_a_start_is_neither_the_contribution_month_nor_months_paid(text):
    req = read(text, CUES, DEC)
    assert req is not None and req.kind == "contribution"
    assert req.month is None and req.period_months is None


def test_a_late_fine_since_a_month_keeps_that_month():
    req = read("nunggak sejak september 2026, iuran 2jt sebulan, dendanya brp", CUES, DEC)
    assert req is not None and req.kind == "fine" and req.month == "2026-09-01"


@pytest.mark.parametrize("text, value", [
    ("gaji dua koma tujuh juta potongan bpjs tk", "2700000"),
    ("penghasilan tiga koma dua lima juta iuran bpu", "3250000"),
])
def test_a_number_in_words_with_koma(text, value):
    req = read(text, CUES, ON)
    assert req is not None and req.wages == [(value, 1)]


def test_koma_without_a_digit_or_a_scale_is_not_read():
    assert not find_amounts("dua koma juta")
    assert not find_amounts("tiga koma lima")


def test_half_a_year_late_is_six_months():
    req = read("iuran 1,8jt sebulan belum dibayar setengah tahun, denda brp", CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == 6
    assert "dua setengah tahun" in prepare("kerja dua setengah tahun")


@pytest.mark.parametrize("text, wage", [
    ("gaji mingguan 750, potongan bpjs tk sebulan", "3000000"),
    ("upah harian 140 sehari potongan bpjs tk brp", "3640000"),
    ("gaji 175 per hari potongan bpjs tk", "4550000"),
])
def test_a_days_or_weeks_pay_without_its_scale_is_thousands(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and not req.problem and req.wages == [(wage, 1)]


def test_a_small_monthly_pay_without_a_scale_is_still_asked():
    req = read("gaji 7 potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.problem is not None


def test_a_months_pay_said_right_after_it_is_monthly():
    req = read("masuk 5 hari seminggu gaji 5,3jt sebulan, potongan bpjs tk", CUES, ON)
    assert req is not None and req.wages == [("5300000", 1)] and req.income_period is None


def test_an_owner_naming_the_employers_share_gets_that_share():
    req = read("pegawai saya gajinya 3,6jt, iuran bpjs tk perusahaan brp", CUES, ON)
    assert req is not None and req.focus == "employer"
    whole = read("pegawai saya 2 org gaji 3,6jt, iuran bpjs tk brp", CUES, ON)
    assert whole is not None and whole.focus == "both"


def test_the_employers_part_totalled_after_it_is_named():
    req = read("6 karyawan gaji 4,4jt, iuran perusahaan sebulan total brp", CUES, ON)
    assert req is not None and req.focus == "employer"
    both = read("6 karyawan gaji 4,4jt, iuran perusahaan + karyawan total", CUES, ON)
    assert both is not None and both.focus == "total"


@pytest.mark.parametrize("text, lang, months", [
    ("sy lahir 1994 gaji 5,5jt, jht pas umur 56 kira2 brp", "id", 24 * 12),
    ("kelahiran 1980, gaji 9jt, saldo jht sampai umur 56", "id", 10 * 12),
    ("born in 1989, salary 7 million, JHT balance at 56?", "en", 19 * 12),
])
def test_a_birth_year_is_the_age_this_year(text, lang, months):
    req = read(text, CUES, DEC, lang)
    assert req is not None and req.kind == "projection" and req.months == months


def test_a_birth_year_beside_the_pay_is_no_money():
    req = read("lahir 17-08-1993 gaji 4,9jt potongan bpjs tk brp", CUES, DEC)
    assert req is not None and req.kind == "contribution" and req.wages == [("4900000", 1)]


def test_jht_to_an_age_without_a_contribution_word_is_a_projection():
    req = read("umur 41 gaji 8jt, jht umur 56 dapat brp", CUES, ON)
    assert req is not None and req.kind == "projection" and req.months == 15 * 12
    paid = read("umur 41 gaji 8jt, iuran jht sampai umur 56 brp", CUES, ON)
    assert paid is not None and paid.kind == "contribution"


@pytest.mark.parametrize("text, months", [
    ("telat setahun setengah, iuran 2jt sebulan, denda brp", 18),
    ("nunggak 3 tahun setengah iuran 1jt, dendanya", 42),
])
def test_years_and_a_half_late(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == months


def test_years_said_as_taunan_are_years():
    req = read("iuran jp 22 taunan gaji 5jt pensiun brp", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == 22 * 12


@pytest.mark.parametrize("text, lang, wage", [
    ("gaji 4,4jt, cicilan hp 600rb, kos 700rb, potongan bpjs tk brp", "id", "4400000"),
    ("angsuran motor 900rb, gaji 5,1jt, iuran bpjs tk bagian saya", "id", "5100000"),
    ("salary 10 million, rent 2.5 million, my bpjs tk deduction?", "en", "10000000"),
])
def test_an_expense_beside_the_pay_is_no_wage(text, lang, wage):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution" and req.wages == [(wage, 1)]


def test_a_million_and_a_half_in_words():
    req = read("gaji sejuta setengah potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.wages == [("1500000", 1)]
    assert [a.value for a in find_amounts("tiga juta setengah")] == [3_500_000]
    assert not find_amounts("empat setengah")


@pytest.mark.parametrize("text, lang", [
    ("gaji umr jakarta + 400rb, potongan bpjs tk brp", "id"),
    ("gaji umr jawa barat plus 250rb potongan jht jp", "id"),
    ("gaji umr jakarta, tunjangan tetap 600rb, iuran bpjs tk bagian saya", "id"),
    ("salary is the jakarta minimum wage plus 500k, bpjs tk deduction?", "en"),
])
def test_an_amount_added_to_a_minimum_wage_asks_the_whole_wage(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.problem is not None and req.problem.key == "min_wage_plus"


def test_a_minimum_wage_alone_or_in_a_list_is_read_as_before():
    alone = read("gaji umr jakarta potongan bpjs tk brp", CUES, ON)
    assert alone is not None and alone.problem is None and alone.min_wage is not None
    listed = read("10 org umr jakarta, 5 org 8jt, iuran perusahaan brp", CUES, ON)
    assert listed is not None and listed.problem is None and listed.min_wage["slot"] == 0


def test_years_paid_with_a_pension_asked_are_the_membership():
    req = read("iuran jp sudah 19 tahun gaji 6jt dapat pensiun brp", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == 19 * 12
    worked = read("sudah kerja 4 tahun, iuran jp untuk pensiun brp, gaji 5jt", CUES, ON)
    assert worked is not None and worked.kind == "contribution"
