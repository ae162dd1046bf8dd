"""Reader fixes for the payslip family and two misreads (calc22b), on own sentences: rates
typed beside a payslip's lines, the total typed after them, a wage worked back from a rate
line, a minimum wage named as the payslip's wage, a BPU contribution paid and doubted, "2 bulan
+ bulan ini" owed, a headline's count of people, and a wage said again as a figure's basis."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text, wage, deduction, lines", [
    ("gaji 6jt, potongan jht 2% 120rb, jp 1% 60rb, total 180rb bener ga", "6000000", "180000",
     [("JHT", "120000"), ("JP", "60000")]),
    ("slip gaji: gaji pokok 5.000.000, JHT (2%) 100.000, JP (1%) 50.000. udah bener?",
     "5000000", "150000", [("JHT", "100000"), ("JP", "50000")]),
    ("gaji 8 jt dipotong jht 2% = 160rb sama jp 1% = 80rb, bener gak sih", "8000000", "240000",
     [("JHT", "160000"), ("JP", "80000")]),
    ("gaji sy 5,5jt. jht 2% 110rb, jp 1% 55rb. total 165rb, udah sesuai?", "5500000", "165000",
     [("JHT", "110000"), ("JP", "55000")]),
])
def test_rates_typed_beside_the_lines_are_no_wages(text, wage, deduction, lines):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "payslip" and not req.problem
    assert req.wages == [(wage, 1)] and req.deduction == deduction and req.slip_lines == lines


@pytest.mark.parametrize("text, wage, deduction", [
    ("dipotong jht 2% jp 1% dari gaji 9jt, total 270rb, bener ga", "9000000", "270000"),
    ("potongan bpjs tk 3% dari gaji 4jt = 120rb, sesuai ga", "4000000", "120000"),
    ("jht sama jp kepotong 2% dan 1%, gaji 6jt, totalnya 200rb kok kebanyakan", "6000000",
     "200000"),
])
def test_the_total_typed_in_a_payslip_doubt_is_the_deduction(text, wage, deduction):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "payslip"
    assert req.wages == [(wage, 1)] and req.deduction == deduction


def test_a_wage_is_worked_back_from_a_rate_line():
    req = read("jht 2% 100rb jp 1% 50rb, total 210rb bener?", CUES, ON)
    assert req is not None and req.kind == "payslip" and req.wages == [("5000000", 1)]
    # the total typed is what was deducted when it is not the lines' sum
    assert req.deduction == "210000" and req.slip_lines == [("JHT", "100000"), ("JP", "50000")]


@pytest.mark.parametrize("text, place", [
    ("gaji umr jakarta, dipotong jht 100rb bener ga", "dki_jakarta"),
    ("gaji sy umr jateng, potongan bpjs tk 70rb kok segitu", "jawa_tengah"),
    ("sy digaji ump jabar, potongan jht sama jp 70rb, wajar ga", "jawa_barat"),
    ("gaji umr dipotong bpjs tk 100rb bener ga", None),
])
def test_a_minimum_wage_named_is_the_payslips_wage(text, place):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "payslip" and req.deduction is not None
    assert req.min_wage is not None and req.min_wage["place"] == place
    assert (req.problem is not None) == (place is None)  # no place: which province is asked


@pytest.mark.parametrize("text, paid", [
    ("bpu penghasilan 2jt, sy bayar iuran 36.800 sebulan, bener ga?", "36800"),
    ("sy pekerja mandiri penghasilan 3 juta, iuran 3 bulan terakhir 20.400 tiap bulan udah "
     "sesuai?", "20400"),
    ("iuran bpu sy 50rb sebulan padahal penghasilan cuma 1,5jt, kebanyakan ga", "50000"),
])
def test_a_bpu_contribution_paid_and_doubted_is_checked(text, paid):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.who == "bpu"
    assert req.paid_seen == paid and req.period_months is None  # never months ahead


def test_a_bpu_contribution_asked_for_months_ahead_is_unchanged():
    req = read("bpu penghasilan 2jt, iuran 3 bulan brp", CUES, ON)
    assert req is not None and req.period_months == 3 and req.paid_seen is None


@pytest.mark.parametrize("text, months", [
    ("tunggakan bpu 3 bulan + bulan ini, penghasilan 2jt, berapa", 4),
    ("bpu nunggak 2 bulan ditambah bulan ini, penghasilan 3jt bayar brp", 3),
    ("tunggakan bpu 2 bln + bln ini penghasilan 3jt, ikut jht jg, total bayar", 3),
])
def test_months_owed_and_this_month(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.arrears and req.arrears_now and req.period_months == months


def test_months_owed_named_after_the_bpu_word_are_kept():
    req = read("tunggakan bpu 3 bulan, penghasilan 2jt, berapa", CUES, ON)
    assert req is not None and req.arrears and req.period_months == 3 and not req.arrears_now


def test_a_wage_earners_fine_does_not_count_this_month():
    req = read("telat 2 bulan + bulan ini, gaji 5jt, dendanya brp", CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == 2


@pytest.mark.parametrize("text, lang", [
    ("Over 200,000 Indonesians have signed a petition against the new JHT rule", "en"),
    ("More than 150,000 signatures were collected against the JHT payout rule", "en"),
    ("lebih dari 120.000 penandatangan petisi tolak aturan jht", "id"),
])
def test_a_headlines_count_of_people_is_no_wage(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is None or req.kind == "not_calc"


@pytest.mark.parametrize("text, lang, wage", [
    ("gaji manajer 15jt, JP dihitung dr 15jt", "id", "15000000"),
    ("gaji sy 8jt, iuran dihitung dari 8jt kan? berapa", "id", "8000000"),
    ("upah supervisor 9jt, jht dihitung dari 9 juta, brp iurannya", "id", "9000000"),
    ("my salary is 20 million, is JP calculated from 20 million?", "en", "20000000"),
])
def test_a_wage_said_again_as_the_basis_is_one_worker(text, lang, wage):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution" and req.wages == [(wage, 1)]


def test_two_workers_on_the_same_wage_are_still_two():
    req = read("2 karyawan, gaji 5jt dan 5jt, iuran brp", CUES, ON)
    assert req is not None and sum(n for _w, n in req.wage_list()) == 2


@pytest.mark.parametrize("text, wages", [
    ("gaji pokok 4jt, tunjangan tetap 1jt, total 5jt, iuran bpjs tk brp bener ga",
     [("5000000", 1)]),
    ("gaji 5jt, 3jt, total 8jt, iurannya brp", [("5000000", 1), ("3000000", 1)]),
    ("3 org gaji 4jt, 5jt, 6jt, total 15jt, iuran brp",
     [("4000000", 1), ("5000000", 1), ("6000000", 1)]),
])
def test_a_total_that_sums_the_pay_before_it_is_no_other_worker(text, wages):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.wages == wages
