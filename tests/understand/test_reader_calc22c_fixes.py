"""Reader fixes (calc22c), on own sentences: "pensiun" listed beside another program is JP;
an age or birth year with "sampai pensiun" runs to the retirement age; a base wage named for a
program is that worker's basis, not a second worker; English amounts paid and BPU months owed."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text, programs", [
    ("gaji 5jt potongan jht dan pensiun brp", ["JHT", "JP"]),
    ("gaji 5jt potongan jht sama pensiun brp", ["JHT", "JP"]),
    ("gaji 5jt iuran jht, pensiun brp", ["JHT", "JP"]),
    ("iuran jht & pensiun gaji 4,5jt", ["JHT", "JP"]),
    ("potongan jht plus pensiun dari gaji 8jt", ["JHT", "JP"]),
    ("gaji 6jt iuran jkk jkm jht dan pensiun berapa", ["JKK", "JKM", "JHT", "JP"]),
])
def test_pension_listed_with_a_program_is_jp(text, programs):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.programs == programs


def test_pension_listed_with_a_program_in_english():
    req = read("salary 5 million, jht and pension deduction how much?", CUES, ON, "en")
    assert req is not None and req.kind == "contribution" and req.programs == ["JHT", "JP"]


@pytest.mark.parametrize("text", [
    "kalau kerja 20 thn dan pensiun dapat berapa gaji 5jt",  # no program listed: the pension
    "jp dan pensiun gaji 5jt",  # JP named: the pension word is its benefit
])
def test_pension_not_listed_with_a_program_stays_the_benefit(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"


@pytest.mark.parametrize("text, paid", [
    ("bpu income 3 million, I pay 18,400 a month, is that right?", "18400"),
    ("I'm a freelancer earning 3 million, I pay 18,400 a month, correct?", "18400"),
    ("bpu income 3 million, we pay 18,400 a month, is that right?", "18400"),
    ("my income is 4 million as bpu and I pay 36,800 monthly, is this right?", "36800"),
])
def test_an_amount_paid_in_english_is_checked(text, paid):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.who == "bpu" and req.paid_seen == paid


def test_a_large_amount_after_we_pay_stays_the_wage():
    req = read("we pay our staff 5 million each, 3 staff, contribution?", CUES, ON, "en")
    assert req is not None and req.wages == [("5000000", 3)] and req.paid_seen is None


@pytest.mark.parametrize("text, lang, months", [
    ("bpu penghasilan 2jt blm bayar 3 bulan brp", "id", 3),
    ("bpu belum bayar 3 bulan, penghasilan 2jt, harus bayar brp", "id", 3),
    ("ojol penghasilan 3jt blm byr 2 bulan brp", "id", 2),
    ("bpu, I owe 3 months, income 2 million, how much?", "en", 3),
    ("I'm a freelancer with income 3 million and owe 2 months of bpu, how much do I pay?",
     "en", 2),
])
def test_bpu_months_said_unpaid_are_owed(text, lang, months):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution" and req.who == "bpu"
    assert req.arrears and req.period_months == months and req.months_late is None


@pytest.mark.parametrize("text", [
    "bpu penghasilan 2jt iuran 3 bulan brp",  # months to pay ahead
    "gaji 5jt belum bayar 3 bulan dendanya brp",  # a wage earner's fine
])
def test_months_not_said_unpaid_or_not_bpu_are_unchanged(text):
    req = read(text, CUES, ON)
    assert req is not None and not req.arrears


@pytest.mark.parametrize("text, lang, wage, programs", [
    ("gaji 7jt, jht dihitung dari gaji pokok 5jt", "id", "5000000", ["JHT"]),
    ("gaji 10jt tapi jp dihitung dari gapok 7jt, potongannya brp", "id", "7000000", ["JP"]),
    ("total gaji 8jt, iuran jht dari gaji pokok 6jt brp", "id", "6000000", ["JHT"]),
    ("gaji 7jt, bpjs dihitung dari gaji pokok 5jt, potongan brp", "id", "5000000", []),
    ("salary 7 million, jht calculated from basic salary 5 million, deduction?", "en",
     "5000000", ["JHT"]),
])
def test_a_base_wage_named_for_the_computation_is_one_workers_basis(text, lang, wage, programs):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "contribution"
    assert req.wages == [(wage, 1)] and req.programs == programs


def test_two_wages_listed_stay_two_workers():
    req = read("gaji 7jt dan 5jt iuran jht brp", CUES, ON)
    assert req is not None and req.wages == [("7000000", 1), ("5000000", 1)]


@pytest.mark.parametrize("text, lang, kind, age", [
    ("lahir 1995 gaji 6jt simulasi jht sampai pensiun", "id", "projection", 31),
    ("lahir 1990 gaji 5jt, saldo jht sampai pensiun brp", "id", "projection", 36),
    ("usia 35 gaji 8jt jht sampai pensiun jadi brp", "id", "projection", 35),
    ("lahir 1995 gaji 6jt jp sampai pensiun dapat brp", "id", "benefit", 31),
    ("umur 30 gaji 6jt iuran jp sampai pensiun dapat pensiun bulanan brp", "id", "benefit", 30),
    ("born 1995, salary 6 million, jht projection until retirement", "en", "projection", 31),
])
def test_an_age_with_until_retirement_is_kept_for_the_years(text, lang, kind, age):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == kind and req.age_now == age and not req.months


@pytest.mark.parametrize("text, months", [
    ("umur 40 gaji 5jt, jht sampai umur 56 brp", 192),  # a target age typed: counted here
    ("gaji 5jt jht sampai pensiun 20 thn lagi jadi brp", 240),  # the years typed
])
def test_typed_years_or_target_ages_stay_as_they_were(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.months == months and req.age_now is None


def test_a_contribution_asked_beside_until_retirement_stays_a_contribution():
    req = read("saya umur 30 kerja sampai pensiun, iuran jht brp gaji 5jt", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.age_now is None
