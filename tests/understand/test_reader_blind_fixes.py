"""Reader fixes found with the blind calculation set (faq/tests/calc-blind, dev half)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "due", "months"), [
    ("telat bayar 3 bulan dendanya berapa iuran 500rb", "500000", 3),
    ("nunggak iuran 4 bulan, iuran per bulan 3,5jt, dendanya berapa", "3500000", 4),
    ("iuran bpjs tk perusahaan 2 juta sebulan telat 2 bulan denda brp", "2000000", 2),
])
def test_a_late_fine_on_a_stated_contribution_keeps_it_as_the_contribution(text, due, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.problem is None
    assert req.contribution == due and req.months_late == months
    assert req.wages == []  # the contribution is not taken for a wage


def test_english_fine_on_a_stated_monthly_contribution():
    req = read("our company paid bpjs tk 2 months late, monthly contribution is 10 million, "
               "what is the fine", CUES, ON, "en")
    assert req is not None and req.kind == "fine"
    assert req.contribution == "10000000" and req.months_late == 2


def test_a_fine_on_a_wage_still_computes_from_the_wage():
    req = read("telat bayar bpjs tk 3 bulan gaji 6 jt dendanya", CUES, ON)
    assert req is not None and req.kind == "fine"
    assert req.contribution is None and req.wage == Decimal(6_000_000)


@pytest.mark.parametrize(("text", "monthly"), [
    ("I get paid 200k a day, what's my bpjs tk deduction", 200_000 * 26),
    ("weekly pay 1.5 million, how much bpjs tk is deducted", 1_500_000 * 4),
])
def test_english_daily_and_weekly_pay_become_a_monthly_wage(text, monthly):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.wage == Decimal(monthly)


def test_jkk_group_after_the_wage_sets_the_group_and_keeps_every_program():
    req = read("bagian perusahaan iuran bpjs tk gaji 7 jt jkk kelompok 1", CUES, ON)
    assert req is not None and req.jkk_class == 1
    assert "JKK" not in req.programs  # the whole employer share is asked, not JKK alone


def test_asking_for_jkk_itself_still_narrows_to_jkk():
    req = read("gaji 6jt iuran jkk kelompok 2 brp", CUES, ON)
    assert req is not None and req.programs == ["JKK"] and req.jkk_class == 2


def test_a_jkk_rate_is_kept_as_a_rate_and_not_read_as_a_return():
    req = read("karyawan 8 orang, gaji rata-rata 4,2 jt, jkk 0.24%, total iuran per bulan",
               CUES, ON)
    assert req is not None and req.jkk_rate == "0.24" and req.annual_return is None
    assert req.wages == [("4200000", 8)] and "JKK" not in req.programs


def test_a_total_headcount_before_its_groups_is_not_counted_twice():
    req = read("klinik 10 pegawai, 4 orang gaji 5jt dan 6 orang gaji 3jt, iuran perusahaan "
               "per bulan?", CUES, ON)
    assert req is not None and req.problem is None
    assert req.wages == [("5000000", 4), ("3000000", 6)]


def test_a_question_about_a_figure_it_states_is_not_a_calculation():
    assert read("jkm 42 juta itu sudah termasuk beasiswa?", CUES, ON) is None


def test_english_payslip_check_reads_the_deduction_written_before_its_word():
    req = read("my payslip shows 300k bpjs tk deduction on 10 million salary, is that right",
               CUES, ON, "en")
    assert req is not None and req.kind == "payslip"
    assert req.deduction == "300000" and req.wage == Decimal(10_000_000)


def test_a_construction_contract_value_is_not_taken_for_a_wage():
    req = read("proyek konstruksi nilai kontrak 200 juta iuran bpjs tk berapa", CUES, ON)
    # calc8: computed by the construction bands (was not_calc while there was no tariff)
    assert req is not None and req.topic == "jakon" and not req.wages


@pytest.mark.parametrize(("text", "lang"), [
    ("ayah meninggal biasa bukan kecelakaan, gaji 5jt, dapat santunan berapa", "id"),
    ("suami meninggal bukan karena kecelakaan kerja gaji 5jt dapat berapa", "id"),
    ("istri meninggal sakit bukan laka kerja gaji 3jt dapat brp", "id"),
    ("my father died, not a work accident, salary 6 million, how much do we get", "en"),
])
def test_a_death_said_not_to_be_a_work_accident_is_jkm(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "benefit" and req.benefit == "death"


def test_an_accident_without_death_is_not_a_death_benefit():
    req = read("kecelakaan kerja, tidak meninggal, gaji 5jt tidak bisa kerja 2 bulan dapat berapa",
               CUES, ON)
    assert req is not None and req.benefit == "accident"


def test_a_death_from_a_work_accident_stays_one():
    req = read("suami meninggal kecelakaan kerja gajinya 6 juta dapat berapa", CUES, ON)
    assert req is not None and req.benefit == "accident_death"


@pytest.mark.parametrize(("text", "wage"), [
    ("gaji 3 jutaan potongan bpjs tk brp", 3_000_000),
    ("gaji 5jtan potongan bpjs", 5_000_000),
])
def test_an_approximate_amount_with_an_suffix_is_read_as_the_amount(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and req.problem is None and req.wage == Decimal(wage)


@pytest.mark.parametrize(("text", "month"), [
    ("potongan bpjs tk gaji 8jt bulan lalu", date(2026, 10, 1)),
    ("iuran bpjs tk bulan depan gaji 8jt", date(2026, 12, 1)),
    ("iuran bln 12 gaji 8jt", date(2026, 12, 1)),
    ("iuran 2/2026 gaji 15jt jp", date(2026, 2, 1)),
    ("iuran jp bulan 2 2026 gaji 15 jt", date(2026, 2, 1)),
])
def test_months_by_number_or_relative_to_today(text, month):
    req = read(text, CUES, ON)
    assert req is not None and req.month_date() == month and req.wages


@pytest.mark.parametrize("text", ["gaji bulan 5 juta potongan bpjs",
                                  "telat bayar iuran 2 bulan gaji 5 juta"])
def test_a_number_after_bulan_that_is_money_or_a_count_is_no_month(text):
    req = read(text, CUES, ON)
    assert req is not None and req.month is None


def test_bulan_ending_a_count_does_not_start_a_month():
    req = read("terlambat bayar iuran 6 bulan 10 karyawan gaji 3jt denda brp", CUES, ON)
    assert req is not None and req.month is None and req.months_late == 6
    assert req.wages == [("3000000", 10)]


def test_years_old_is_an_age_not_years_of_membership():
    req = read("i am 40 years old, salary 20 million, how much pension will i get after 20 years",
               CUES, ON, "en")
    assert req is not None and req.benefit == "pension" and req.months == 240


@pytest.mark.parametrize(("text", "lang"), [
    ("we are 3 people in my shop, salaries 4, 5 and 6 million, total contribution", "en"),
    ("gaji 4, 5, dan 6 juta 3 karyawan total iuran", "id"),
])
def test_a_list_of_numbers_takes_the_scale_written_after_the_last(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.problem is None
    assert [Decimal(w) for w, _ in req.wages] == [Decimal(4_000_000), Decimal(5_000_000),
                                                   Decimal(6_000_000)]


def test_iuran_written_after_a_daily_wage_asks_for_the_contribution_on_it():
    req = read("tukang bangunan harian 150rb iuran bpjs tk brp", CUES, ON)
    assert req is not None and req.wage == Decimal(150_000 * 26)


def test_a_month_takes_the_year_written_with_tahun_elsewhere():
    req = read("potongan jp tahun 2024 gaji 11 juta bulan mei", CUES, ON)
    assert req is not None and req.month_date() == date(2024, 5, 1)
    req = read("iuran mei gaji 5jt kerja sejak 2015", CUES, ON)
    assert req is not None and req.month_date() == date(2026, 5, 1)  # 2015: when work began


def test_partial_disability_is_not_computed_as_total_disability():
    req = read("kecelakaan kerja cacat sebagian gaji 5 jt dapat berapa", CUES, ON)
    assert req is not None and req.kind == "not_calc"


def test_a_bpjs_kesehatan_deduction_is_not_a_bpjs_tk_calculation():
    req = read("potongan bpjs kesehatan gaji 5jt", CUES, ON)
    assert req is not None and req.kind == "not_calc"
    both = read("gaji 5jt potongan bpjs tk + bpjs kesehatan berapa", CUES, ON)
    assert both is not None and both.kind == "contribution"


def test_gaji_13_is_the_thirteenth_salary_but_gaji_13_juta_is_a_wage():
    req = read("gaji 13 dipotong bpjs tk atau tidak", CUES, ON)
    assert req is not None and req.kind == "not_calc"
    req = read("gaji 13 juta potongan bpjs", CUES, ON)
    assert req is not None and req.wage == Decimal(13_000_000)


@pytest.mark.parametrize(("text", "lang"), [
    ("gaji 2-3 juta potongan bpjs berapa", "id"),
    ("gaji antara 5 sampai 6 juta iuran bpjs tk berapa", "id"),
    ("gaji kisaran 3-3,5 jt potongan bpjs tk", "id"),
    ("petani sawit penghasilan 4-5 juta iuran bpjs tk", "id"),
    ("salary between 8 and 10 million, how much bpjs tk deduction", "en"),
])
def test_a_wage_range_is_asked_back_as_one_figure(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.problem is not None and req.problem.key == "wage_range"


def test_two_wages_for_two_people_are_no_range():
    req = read("gaji 4 dan 5 juta 2 karyawan total iuran", CUES, ON)
    assert req is not None and req.problem is None and len(req.wages) == 2
