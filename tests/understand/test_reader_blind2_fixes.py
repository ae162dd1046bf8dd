"""Reader fixes found with the second blind calculation set (faq/tests/calc-blind, dev-2)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand.amount_forms import prepare
from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "wage"), [
    ("kecelakaan kerja meninggal, upah Rp 3 500 000", 3_500_000),
    ("gaji rp 12 750 000 potongan bpjs tk", 12_750_000),
    ("gaji 4 250 000 potongan bpjs tk brp", 4_250_000),
    ("gaji Rp 950 000 sebulan potongan bpjs tk", 950_000),
])
def test_thousands_grouped_with_spaces_are_one_amount(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and req.problem is None and req.wage == Decimal(wage)


def test_spaced_numbers_that_are_not_groups_stay_apart():
    # "3 500" without Rp and without a second three-digit group is not joined
    assert "3 500" in prepare("karyawan 3 500rb")
    assert prepare("kpj 12 345 678") == "kpj 12 345 678"  # no wage or Rp: left alone


@pytest.mark.parametrize(("text", "wages"), [
    ("klinik 4 perawat gaji 3,8jt iuran bpjs tk semua", [("3800000", 4)]),
    ("5 karyawan gaji 3 juta dan 2 supervisor gaji 7 juta iuran bpjs tk",
     [("3000000", 5), ("7000000", 2)]),
    ("apotek 2 apoteker gaji 6jt dan 3 asisten gaji 3,5jt iuran",
     [("6000000", 2), ("3500000", 3)]),
    ("restoran 6 pelayan gaji 2,5jt iuran bpjs tk", [("2500000", 6)]),
    ("we have 3 nurses earning 5 million, bpjs tk contribution", [("5000000", 3)]),
])
def test_job_nouns_count_people(text, wages):
    lang = "en" if text.startswith("we ") else "id"
    req = read(text, CUES, ON, lang)
    assert req is not None and req.problem is None and req.wages == wages


@pytest.mark.parametrize("text", [
    "gaji 4 atau 5 juta iuran bpjs tk",
    "salary 6 or 7 million, bpjs tk deduction",
])
def test_two_amounts_joined_by_or_are_asked_back(text):
    lang = "en" if text.startswith("salary") else "id"
    req = read(text, CUES, ON, lang)
    assert req is not None and req.problem is not None and req.problem.key == "wage_range"


def test_a_list_with_and_is_still_a_list():
    req = read("gaji karyawan 4, 5 dan 6 juta iuran total", CUES, ON)
    assert req is not None and req.problem is None and len(req.wages) == 3


@pytest.mark.parametrize(("text", "deduction"), [
    ("slip gaji: gaji 4jt, potongan jht 80rb jp 40rb, sudah benar?", "120000"),
    ("gaji 6jt dipotong jht 120rb, jp 60rb bener ga", "180000"),
])
def test_deductions_named_per_program_add_up(text, deduction):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "payslip" and req.problem is None
    assert req.wages == [(req.wages[0][0], 1)] and len(req.wages) == 1
    assert req.deduction == deduction


@pytest.mark.parametrize(("text", "months"), [
    ("telat sebulan bayar iuran 750rb dendanya brp", 1),
    ("terlambat setahun bayar iuran 500rb per bulan denda", 12),
    ("nunggak sebulan iuran 2 juta denda?", 1),
])
def test_months_late_written_as_a_word(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == months


def test_a_contribution_per_month_is_not_a_month_late():
    req = read("iuran 2 juta sebulan telat 3 bulan denda", CUES, ON)
    assert req is not None and req.months_late == 3


@pytest.mark.parametrize(("text", "monthly", "who"), [
    ("petani karet penghasilan 36 juta setahun iuran bpjs tk per bulan", 3_000_000, "bpu"),
    ("gaji 60 juta setahun potongan bpjs tk", 5_000_000, "pu"),
    ("gaji per tahun 84 jt, potongan jht perbulan brp", 7_000_000, "pu"),
])
def test_a_yearly_wage_or_income_is_divided_by_twelve(text, monthly, who):
    req = read(text, CUES, ON)
    assert req is not None and req.problem is None
    assert req.wage == Decimal(monthly) and req.who == who


@pytest.mark.parametrize(("text", "monthly"), [
    ("daily wage 180k, bpjs tk deduction per month?", 180_000 * 26),
    ("weekly salary 1,2 million how much bpjs tk", 1_200_000 * 4),
])
def test_a_period_word_before_the_wage_word(text, monthly):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.wage == Decimal(monthly)


@pytest.mark.parametrize("text", [
    "what documents do I need to claim a jht of 40 million",
    "can I withdraw my jht of 25 million now",
])
def test_claiming_a_jht_balance_in_english_is_not_a_calculation(text):
    req = read(text, CUES, ON, "en")
    assert req is None or req.kind == "not_calc"


@pytest.mark.parametrize(("text", "group"), [
    ("employer share of bpjs tk for a 9,000,000 salary, low-risk company", 2),
    ("employer contribution salary 5 million, very low risk", 1),
    ("total bpjs tk for salary 6 million, high risk factory", 4),
    ("salary 7 million medium risk employer contribution", 3),
])
def test_english_risk_words_name_the_jkk_group(text, group):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.jkk_class == group


@pytest.mark.parametrize("text", [
    "kalau gaji 4,5jt kerja sampai pensiun 25 thn lagi jht nya terkumpul brp",
    "gaji 6jt, jht saya nanti sampai usia pensiun 20 tahun lagi jadi berapa",
])
def test_until_retirement_is_a_time_not_the_pension_benefit(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "projection"


def test_a_pension_question_is_still_a_pension():
    req = read("kerja 20 tahun gaji 8jt pensiun dapat berapa", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"


@pytest.mark.parametrize("text", [
    "gaji 5jt per tahun naik 5% jht 10 tahun lagi",
    "gaji 5jt iuran setahun brp",
])
def test_a_year_that_belongs_to_something_else_keeps_the_wage_monthly(text):
    req = read(text, CUES, ON)
    assert req is not None and req.wage == Decimal(5_000_000) and req.income_period is None
