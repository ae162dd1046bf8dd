"""Reader fixes from the fourth blind calculation set (calc9, people-typed): the days worked a
month as typed, "@ 4jt" after a headcount is each one's wage, a deduction "total" is the
worker's, JP with years of membership is the pension, a minimum wage opening the message is
the wage, common place abbreviations, a minimum-wage comparison is for the FAQ, and JKP named
with a wage is the job-loss benefit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "wage", "per_month"), [
    ("upah harian 200rb, masuk 22 hari sebulan, potongan bpjs tk?", 4_400_000, "22"),
    ("gaji 120 ribu per hari kerja 24 hari, iuran bpjs tk brp", 2_880_000, "24"),
    ("upah 100rb sehari, kerja 6 hari seminggu, potongan bpjs tk", 2_400_000, "24"),
    ("gaji harian 150rb potongan bpjs tk berapa", 3_900_000, "26"),  # no days: the assumption
])
def test_the_days_worked_as_typed_make_the_month(text, wage, per_month):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"
    assert req.wage == Decimal(wage) and req.per_month == per_month


@pytest.mark.parametrize("text", [
    "4 pegawai @ 3,6jt, potongan bpjs tk semuanya berapa",
    "3 staf masing-masing 5jt, potongan bpjs tk total",
])
def test_an_amount_each_after_a_headcount_is_the_wage(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and not req.problem
    assert req.headcount > 1 and req.deduction is None


def test_a_deduction_total_for_one_wage_is_the_worker_share():
    req = read("gaji 9jt, potongan jht + jp totalnya brp", CUES, ON)
    assert req is not None and req.focus == "worker"
    req = read("gaji 9jt, iuran perusahaan + karyawan total", CUES, ON)
    assert req is not None and req.focus == "total"


@pytest.mark.parametrize(("text", "months"), [
    ("jp 22 tahun gaji 9jt sebulan dapet brp", 264),
    ("jaminan pensiun masa iur 19 thn upah 5 jt", 228),
])
def test_jp_with_years_of_membership_is_the_pension(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"
    assert req.months == months


def test_jp_contribution_stays_a_contribution():
    req = read("iuran jp gaji 9jt untuk 2 tahun", CUES, ON)
    assert req is not None and req.kind == "contribution"


@pytest.mark.parametrize(("text", "place"), [
    ("UMP jateng, iuran bpjs tk total brp", "jawa_tengah"),
    ("umr jkt iuran bpjstk karyawan berapa", "dki_jakarta"),
    ("gaji umr bdg, potongan bpjs tk", "kota_bandung"),
])
def test_a_minimum_wage_opening_the_message_or_abbreviated_is_the_wage(text, place):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"
    assert req.min_wage is not None and req.min_wage["place"] == place


@pytest.mark.parametrize("text", [
    "gaji 2,9jt di semarang sudah sesuai ump belum",
    "upah 3jt di bawah umk gak",
    "salary 4 million, is that below the minimum wage in jakarta",
])
def test_a_minimum_wage_comparison_is_for_the_faq(text):
    lang = "en" if text.startswith("salary") else "id"
    req = read(text, CUES, ON, lang)
    assert req is None or req.kind == "not_calc"


def test_a_comparison_with_a_contribution_asked_is_still_computed():
    req = read("gaji 2,5jt di bawah umr ga, potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.kind == "contribution"


@pytest.mark.parametrize("text", [
    "syarat klaim jkp kalau kena phk apa saja?",
    "kena phk apakah bisa dapat jkp?",
    "di phk kemarin, jkp dapet brp ya",  # no wage: the FAQ's JKP entry gives the rule
])
def test_job_loss_questions_without_a_wage_stay_with_the_faq(text):
    req = read(text, CUES, ON)
    assert req is None or req.kind == "not_calc"


@pytest.mark.parametrize("text", [
    "jkp gaji 4,8jt brp ya",
    "kalau gaji 7 juta, jkp nya?",
])
def test_jkp_named_with_a_wage_and_no_contribution_word_is_the_benefit(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "job_loss"


def test_a_jkp_contribution_stays_a_contribution():
    req = read("iuran jkp gaji 4,8jt brp", CUES, ON)
    assert req is not None and req.kind == "contribution"


def test_typed_days_are_no_assumption():
    assert read("upah 180rb sehari kerja 20 hari, potongan bpjs tk", CUES, ON).days_typed
    assert not read("upah 180rb sehari, potongan bpjs tk", CUES, ON).days_typed


@pytest.mark.parametrize(("text", "wage"), [
    ("gaji 2 juta tujuh ratus ribu potongan bpjs tk", 2_700_000),
    ("gaji 3 jt dua ratus rb potongan bpjs tk", 3_200_000),
    ("gaji sejuta tujuh ratus potongan bpjs tk", 1_700_000),
    ("gaji enam juta tiga ratus potongan bpjs tk", 6_300_000),
    ("gaji dua juta lima ratus ribu potongan bpjs tk", 2_500_000),
    ("gaji seratus ribu lima ratus sehari potongan bpjs tk", 100_500 * 26),
])
def test_hundreds_after_a_million_are_thousands(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and not req.problem and req.wage == Decimal(wage)


def test_a_range_with_a_decimal_low_end_is_asked_as_a_range():
    req = read("gaji 3,5 - 4 jt potongan bpjs tk", CUES, ON)
    assert req is not None and req.problem is not None and req.problem.key == "wage_range"


def test_a_period_after_an_amount_in_words_is_its_period():
    req = read("upah seratus lima puluh ribu sehari, potongan bpjs tk", CUES, ON)
    assert req is not None and req.income_period == "day" and req.wage == Decimal(3_900_000)


@pytest.mark.parametrize(("text", "wage"), [
    ("gaji 4 1/2 juta potongan bpjs tk", 4_500_000),
    ("upah 2 1/2 jt iuran bpjs tk berapa", 2_500_000),
])
def test_a_half_written_as_a_fraction(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and not req.problem and req.wage == Decimal(wage)


@pytest.mark.parametrize("text", [
    "suami tertimpa besi di gudang kantor sampai meninggal, gaji 5jt, santunan brp",
    "ayah meninggal kesetrum waktu kerja, upah 3,8jt, ahli waris dapat berapa",
])
def test_a_death_by_a_named_accident_is_jkk(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "accident_death"


def test_headcounts_after_their_wages_pair_with_them():
    req = read("gaji 4jt 3 karyawan, 2,5jt 2 karyawan, iuran total berapa", CUES, ON)
    assert req is not None and not req.problem
    assert req.wage_list() == [(Decimal(4_000_000), 3), (Decimal(2_500_000), 2)]


def test_a_tax_written_without_a_space_is_not_a_contribution():
    req = read("gaji 7jt, pph21 nya brp", CUES, ON)
    assert req is not None and req.kind == "not_calc" and req.reason == "tax"


def test_a_bare_digit_word_after_a_million_is_not_guessed():
    req = read("gaji 5 juta lima potongan bpjs tk", CUES, ON)
    assert req is None or req.wage != Decimal(5_005_000)
    assert read("gaji 4 juta lima puluh rb potongan bpjs tk", CUES, ON).wage == 4_050_000
