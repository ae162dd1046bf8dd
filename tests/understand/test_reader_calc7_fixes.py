"""Reader fixes for gaps left by the calc6/ump rounds: how long someone has worked is not a
contribution period, a minimum wage with a headcount (or as BPU income, or in English) is the
wage, and a bare "potongan bpjs tk berapa?" asks the wage."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text", [
    "saya ojol 2 tahun penghasilan 4jt iuran brp",
    "kurir sudah 3 tahun, penghasilan 3jt iuran bpu berapa",
    "udah 3 tahun jadi kurir, penghasilan 3jt iuran bpu",
    "sudah kerja 5 tahun gaji 5jt potongan berapa",
    "pedagang selama 2 tahun penghasilan 2jt iuran brp",
])
def test_how_long_someone_has_worked_is_not_a_contribution_period(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.period_months is None


@pytest.mark.parametrize(("text", "months"), [
    ("ojol penghasilan 3jt iuran untuk 3 bulan", 3),
    ("pedagang penghasilan 2jt iuran 3 bulan brp", 3),
    ("gaji 5jt potong brp untuk 6 bulan", 6),
    ("ojol penghasilan 3jt bayar iuran 1 tahun sekaligus berapa", 12),
])
def test_a_contribution_period_is_still_read(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.period_months == months


@pytest.mark.parametrize(("text", "heads", "lang"), [
    ("10 karyawan gaji UMR Jakarta", 10, "id"),
    ("iuran bpjs tk 10 karyawan gaji UMR Jakarta", 10, "id"),
    ("karyawan 5 orang gaji umk surabaya iuran berapa", 5, "id"),
    ("contribution for 10 employees paid the minimum wage in Jakarta", 10, "en"),
])
def test_a_headcount_on_the_minimum_wage_is_that_many_people(text, heads, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.problem is None and not req.staff_ask
    assert req.min_wage is not None and req.min_wage["heads"] == heads


@pytest.mark.parametrize(("text", "who"), [
    ("penghasilan UMR jakarta iuran bpu berapa", "bpu"),
    ("ojol penghasilan umr jakarta iuran brp", "bpu"),
    ("penghasilan umr jakarta iuran brp", None),
])
def test_income_named_as_the_minimum_wage_is_bpu_income(text, who):
    req = read(text, CUES, ON)
    assert req is not None and req.min_wage is not None and req.min_wage["place"] == "dki_jakarta"
    assert req.who == who


@pytest.mark.parametrize("text", [
    "my salary is the Jakarta minimum wage, how much is deducted",
    "bpjs contribution on minimum wage jakarta",
])
def test_english_minimum_wage_is_the_wage(text):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.min_wage is not None and req.min_wage["place"] == "dki_jakarta"


def test_asking_the_minimum_wage_itself_stays_with_the_faq():
    assert read("what is the minimum wage in jakarta", CUES, ON, "en") is None
    assert read("ump jakarta 2026 brp", CUES, ON) is None


@pytest.mark.parametrize("text", ["potongan bpjs tk berapa?", "dipotong bpjs tk brp sebulan"])
def test_a_bare_deduction_question_asks_the_wage(text):
    req = read(text, CUES, ON)
    assert req is not None and req.topic == "wage" and not req.wages and req.problem is None


@pytest.mark.parametrize("text", [
    "iuran bpjs tk berapa persen",
    "berapa iuran jht",
    "iuran bpu berapa",
    "berapa iuran paling murah",
    "berapa lama bayar iuran",
    "cara bayar iuran bpjs tk",
    # real/tune labels this one iuran-pu-rincian (the rates): no "karyawan or BPU?" ask
    "Berapa Jumlah Iuran BPJS Ketenagakerjaan?",
    "berapa iuran bpjs ketenagakerjaan sebulan?",
    "kenapa gaji dipotong bpjs tk berapa",
])
def test_rates_programs_and_bpu_questions_stay_with_the_faq(text):
    assert read(text, CUES, ON) is None


@pytest.mark.parametrize(("text", "month"), [
    ("tanggal 20 desember baru bayar iuran november, iuran 3 juta, denda?", "2026-11-01"),
    ("tgl 5 januari bayar iuran bulan desember gaji 5jt telat, denda?", "2026-12-01"),
    ("bayar tgl 5 januari 2027 gaji 5jt iuran", "2027-01-01"),  # only a dated month: kept
    ("iuran bulan desember gaji 5jt berapa dipotong", "2026-12-01"),
])
def test_the_contribution_month_is_the_one_named_without_a_day(text, month):
    req = read(text, CUES, ON)
    assert req is not None and req.month == month
