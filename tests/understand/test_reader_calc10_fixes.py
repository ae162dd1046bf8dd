"""Reader fixes from the fifth blind calculation set (calc10): a period word right after an
amount makes it pay, "@ 5,5 juta" after a headcount is each one's wage also behind a deduction
word, "tahunan" / "annual" wages, English days worked, STMB named is the accident benefit,
domestic workers are BPU (flagged: the rule is unconfirmed), and "bisa diambil?" about JHT
with numbers is a question for the FAQ."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "wage"), [
    ("karyawan harian 130rb/hari, potongan bpjs tk brp", 3_380_000),
    ("buruh 720rb seminggu, potongan bpjs tk", 2_880_000),
])
def test_an_amount_with_a_period_after_it_is_pay_not_a_deduction(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.deduction is None
    assert req.wage == Decimal(wage)


def test_each_after_a_headcount_behind_a_deduction_word_is_the_wage():
    req = read("total potongan bpjs tk utk 4 karyawan @ 5,5 juta", CUES, ON)
    assert req is not None and not req.problem and req.deduction is None
    assert req.wages == [("5500000", 4)]


@pytest.mark.parametrize(("text", "lang", "wage"), [
    ("gaji tahunan 84jt, jp perusahaan brp sebulan", "id", 7_000_000),
    ("annual salary 150 million, bpjs tk employee deduction per month", "en", 12_500_000),
])
def test_a_yearly_wage_word_before_the_amount_divides_by_twelve(text, lang, wage):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.income_period == "year" and req.wage == Decimal(wage)


def test_english_working_days_are_the_days_typed():
    req = read("daily rate 250k, 20 working days, employer bpjs tk share", CUES, ON, "en")
    assert req is not None and req.days_typed and req.wage == Decimal(5_000_000)


def test_stmb_named_is_the_accident_benefit():
    req = read("berapa stmb kalau gaji 5jt?", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "accident"


@pytest.mark.parametrize(("text", "lang"), [
    ("ART saya gajinya 2 jt, iuran bpjs tk nya brp", "id"),
    ("sopir pribadi gaji 4jt, majikan bayar iuran bpjs tk brp", "id"),
    ("mau daftarin pembantu rumah tangga gaji 1,5jt, bayar iuran brp sebulan", "id"),
    ("my maid earns 2 million, bpjs tk contribution?", "en"),
])
def test_a_domestic_worker_is_bpu_and_flagged(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution"
    assert req.who == "bpu" and req.domestic and req.transport is False


def test_a_salaried_driver_is_still_a_wage_earner():
    req = read("sopir gaji 4jt potongan bpjs tk", CUES, ON)
    assert req is not None and req.who == "pu" and not req.domestic


@pytest.mark.parametrize("text", [
    "udah kerja 3 tahun gaji 6jt, kalau keluar jht bisa diambil semua?",
    "gaji 6 juta, jht 10 persen bisa diambil kalau sudah kerja berapa tahun?",
])
def test_whether_jht_can_be_taken_is_for_the_faq(text):
    req = read(text, CUES, ON)
    assert req is None or req.kind == "not_calc"


def test_a_jht_estimate_with_berapa_stays_a_projection():
    req = read("gaji 5jt kerja 10 tahun, jht yang bisa dicairkan nanti berapa?", CUES, ON)
    assert req is not None and req.kind == "projection"


@pytest.mark.parametrize("text", [
    "sudah kerja setahun gaji 3jt potongan bpjs tk",
    "baru setahun kerja gaji 3jt, potongan bpjs tk",
])
def test_a_year_of_work_before_the_wage_is_tenure_not_a_yearly_wage(text):
    req = read(text, CUES, ON)
    assert req is not None and req.income_period is None and req.wage == Decimal(3_000_000)


def test_a_small_yearly_income_of_an_informal_worker_is_kept():
    req = read("penghasilan 3jt setahun iuran bpu", CUES, ON)
    assert req is not None and not req.problem and req.wage == Decimal(250_000)


@pytest.mark.parametrize("text", [
    "gaji 6jt, apakah wajib ikut jp?",
    "gaji 5jt, boleh gak perusahaan daftarin pakai umr?",
])
def test_a_yes_no_question_beside_a_wage_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


@pytest.mark.parametrize(("text", "lang", "wage"), [
    ("dibayar mingguan 900rb, potongan bpjs tk brp", "id", 3_600_000),
    ("my weekly pay is 1.2m, how much bpjs tk", "en", 4_800_000),
])
def test_a_period_word_right_before_the_amount_makes_it_pay(text, lang, wage):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.deduction is None and req.wage == Decimal(wage)


def test_days_a_week_with_kerja_between_are_the_days_typed():
    req = read("gaji 150 ribu/hari 6 hari kerja seminggu potongan bpjs tk", CUES, ON)
    assert req is not None and req.per_month == "24" and req.wage == Decimal(3_600_000)


@pytest.mark.parametrize(("text", "lang"), [
    ("10 karyawan total gaji 45jt, iuran bpjs tk", "id"),
    ("10 employees, total salaries 45 million, bpjs tk?", "en"),
])
def test_a_payroll_total_is_split_over_the_headcount(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.wages == [("4500000", 10)]
    assert req.split_total == "45000000"


def test_an_average_wage_is_not_split():
    req = read("10 karyawan gaji rata2 5jt, iuran bpjs tk", CUES, ON)
    assert req is not None and req.wages == [("5000000", 10)] and req.split_total is None


def test_years_of_jp_contributions_are_membership_for_the_pension():
    req = read("jp saya kalau gaji 10jt iuran 15 tahun", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"
    assert req.months == 180


def test_a_year_paid_ahead_stays_a_contribution():
    req = read("bayar iuran 1 tahun sekaligus gaji 5jt", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.period_months == 12


def test_a_jht_balance_at_retirement_is_a_projection_not_the_pension():
    req = read("saldo jht skrg 12jt gaji 4jt, pensiun 20 thn lagi jd brp", CUES, ON)
    assert req is not None and req.kind == "projection" and req.balance == "12000000"


@pytest.mark.parametrize("text", [
    "gaji 6jt, kenapa jp tiap bulan?",
    "saya 55 tahun gaji 5jt, kapan pensiun?",
    "gaji 4,5jt, klaim jkp butuh dokumen apa?",
    "gaji 3jt, jht saya di jmo kok cuma 500rb?",
    "gaji 6jt, saya resign, jkp dapat ga?",
    "phk 2 bulan lalu gaji 5jt, klaim jkp lewat mana?",
])
def test_a_why_when_or_which_papers_question_with_numbers_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


@pytest.mark.parametrize("text", [
    "gaji 5jt dipotong 200rb kok bnyk?",
    "gaji 5jt dipotong 200rb bener ga?",
    "slip gaji 8jt, potongan jht 160rb jp 80rb, kok segitu?",
])
def test_a_payslip_doubt_with_its_deduction_is_still_checked(text):
    """(A doubt about a contribution word, "... potongan bpjs tk, wajar?", is computed too.)"""
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "payslip"


@pytest.mark.parametrize(("text", "wage"), [
    ("gaji 3 jt setengah potongan bpjs tk", 3_500_000),
    ("gaji empat juta setengah potongan bpjs tk", 4_500_000),
    ("gaji lima jt potongan bpjs tk", 5_000_000),
    ("gaji 5 jt (lima juta) potongan bpjs tk", 5_000_000),  # said twice: one wage
    ("gj 4.8jt ptg bpjs tk brp", 4_800_000),
])
def test_chat_written_amounts(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.deduction is None
    assert req.wages == [(str(wage), 1)] and req.focus == "worker"


def test_two_equal_wages_in_a_list_stay_two():
    req = read("2 karyawan gaji 5jt dan 5jt, iuran bpjs tk", CUES, ON)
    assert req is not None and req.headcount == 2


@pytest.mark.parametrize("text", [
    "ojol penghasilan 3jt, ambil jht juga, brp sebulan",  # "ambil": opting in, not a claim
    "iuran bpjs tk gaji 4jt udah termasuk jkk ga?",  # whether, answered by the figure
    "kenapa potongan bpjs tk gaji 5jt 150rb?",  # why: the breakdown answers it
])
def test_contributions_phrased_with_take_or_a_yes_no_tag_are_computed(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"


def test_an_english_sentence_with_is_and_a_wage_is_still_computed():
    req = read("my salary is 5 million, bpjs tk?", CUES, ON, "en")
    assert req is not None and req.kind == "contribution"
