"""Reader fixes from calc21's own probes (calc21b), on own sentences: a wage's parts restated
in brackets, pay every two weeks, years of JP paid beside a pension asked without "dapat",
"20 tahunan" as years, gross and net pay with a deduction."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


def _wages(text: str) -> list[str]:
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and not req.problem
    return [w for w, _n in req.wages]


@pytest.mark.parametrize("text, wage", [
    ("total gaji 5jt (pokok 4jt, tunj 1jt), iuran bpjs tk brp", "5000000"),
    ("gaji 6jt (gaji pokok 5jt + tunjangan tetap 1jt) potongan jht brp", "6000000"),
    ("upah sy 4,5 juta (pokok 3,5jt tunjangan 1jt) iuran jp berapa", "4500000"),
    ("gapok 3jt, tunjangan tetap 800rb (total 3,8jt), potongan bpjs tk brp", "3800000"),
])
def test_parts_restated_in_brackets_count_once(text, wage):
    assert _wages(text) == [wage]


@pytest.mark.parametrize("text", [
    "gaji pokok 4jt + tunjangan tetap 1jt, iuran bpjs tk brp",
    "gaji pokok 4jt, tunjangan tetap 1jt iuran brp",
])
def test_pokok_and_fixed_allowance_still_add_up(text):
    assert _wages(text) == ["5000000"]


@pytest.mark.parametrize("text", [
    "gaji pokok 3,5jt tunj tetap 500rb tunj makan 300rb iuran brp",
    "gapok 3,5jt, tunjangan tetap 500rb, tunj transport 300rb, potongan bpjs tk brp",
])
def test_a_meal_or_transport_allowance_shortened_stays_out_of_the_wage(text):
    assert _wages(text) == ["4000000"]


def test_brackets_that_do_not_add_up_are_kept():
    # "(2 orang 4jt)" restates nothing: two wages stay two
    req = read("gaji 5jt dan 4jt (beda 1jt) iuran brp", CUES, ON)
    assert req is not None and [w for w, _n in req.wages][:2] == ["5000000", "4000000"]


@pytest.mark.parametrize("text, each, monthly", [
    ("gaji 2 minggu sekali 2jt, iuran bpjs tk brp", "2000000", "4000000"),
    ("gajian tiap 2 minggu 1,8jt potongan bpjs brp", "1800000", "3600000"),
    ("upah per 2 minggu 2,5jt iuran jht brp", "2500000", "5000000"),
    ("saya digaji dua minggu sekali 2,2jt, potongan bpjs tk nya brp", "2200000", "4400000"),
    ("gaji 2 mingguan 1,5jt iuran brp", "1500000", "3000000"),
])
def test_pay_every_two_weeks_is_twice_a_month(text, each, monthly):
    req = read(text, CUES, ON)
    assert req is not None and not req.problem
    assert req.income_period == "fortnight" and req.income_each == each
    assert req.per_month == "2" and req.wages == [(monthly, 1)]


def test_pay_every_two_weeks_in_english():
    req = read("i get paid every two weeks 3 million, how much bpjs tk deduction", CUES, ON,
               "en")
    assert req is not None and req.income_period == "fortnight" and req.wages == [("6000000", 1)]


@pytest.mark.parametrize("text, months", [
    ("udah 9 taunan iuran jp gaji 6jt pensiun brp", 108),
    ("iuran jp sudah 16 tahun, gaji 8jt, pensiun nanti brp", 192),
    ("sdh 17 thn bayar jp, gaji 7jt, pensiunnya brp", 204),
])
def test_years_paid_beside_a_pension_asked_are_the_membership(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"
    assert req.months == months


def test_years_with_tahunan_are_not_a_yearly_wage():
    req = read("jp udh 20 tahunan gaji 5jt pensiun sebulan brp", CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months == 240
    assert req.wages == [("5000000", 1)] and req.income_period is None and not req.problem


@pytest.mark.parametrize("text", [
    "udah 9 taunan iuran jp gaji 6jt",
    "sudah kerja 10 tahun, iuran jp brp buat pensiun, gaji 6jt",
])
def test_tenure_without_a_pension_asked_on_it_stays_a_contribution(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"


@pytest.mark.parametrize("text, wage", [
    ("penghasilan bersih 4jt kotor 4,6jt potongan bpjs tk", "4600000"),
    ("sy karyawan pabrik, penghasilan bersih 4jt kotor 4,6jt potongan bpjs tk brp", "4600000"),
    ("aku kerja di pt, penghasilan kotor 5jt, bersih 4,7jt, potongan bpjs tk harusnya brp",
     "5000000"),
    ("sy pegawai toko, pendapatan kotor 3,5jt bersih 3,3jt, potongan bpjs tk brp ya", "3500000"),
    ("gaji kotor 5jt bersih 4,7jt potongan bpjs tk brp", "5000000"),
])
def test_gross_and_net_pay_with_a_deduction_are_a_wage_earners(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.who == "pu"
    assert req.wages == [(wage, 1)] and req.deduction is None


def test_an_informal_workers_net_income_stays_the_income():
    req = read("saya ojol, penghasilan kotor 6jt bersih 4jt, iuran bpjs tk brp", CUES, ON)
    assert req is not None and req.who == "bpu" and req.wages == [("4000000", 1)]


def test_gross_income_alone_still_asks_who():
    req = read("penghasilan kotor 5jt, potongan bpjs tk brp", CUES, ON)
    assert req is not None and req.who is None
