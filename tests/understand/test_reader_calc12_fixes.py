"""Reader fixes found with the seventh blind calculation set (calc12, dev-7 only): scaled
headcounts inside a calculation, a wage list that goes on past a headcount, the owner's words,
an age after "saya", tenure beside a contribution, the years from an age to a target age, and
follow-ups that say "jadi berapa"."""

from __future__ import annotations

import pytest

from bot.understand.followup import fits
from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "wages"), [
    ("3 ribu karyawan gaji 4jt, iuran bpjs tk sebulan brp", [("4000000", 3000)]),
    ("perusahaan kami 1,5 ribu buruh, gaji 3,5 juta, iuran perusahaan brp", [("3500000", 1500)]),
    ("ada 2rb pegawai gaji 6jt total iuran", [("6000000", 2000)]),
])
def test_a_scaled_headcount_inside_a_calculation_counts_people(text, wages):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and not req.problem
    assert req.wages == wages


@pytest.mark.parametrize("text", [
    "gaji 3 juta karyawan saya potongan bpjs nya brp",  # a wage word before it: the wage
    "upah 2 juta pekerja harian, iuran bpjs tk brp",
])
def test_a_wage_before_people_words_stays_a_wage(text):
    req = read(text, CUES, ON)
    assert req is not None and req.headcount == 1


def test_a_headline_counting_people_in_thousands_stays_with_the_faq():
    assert read("40 ribu pekerja informal didaftarkan jadi peserta jkk jkm", CUES, ON) is None


def test_a_wage_list_goes_on_past_a_headcount():
    req = read("gaji 3jt 4 org, 6jt 2 org, total potongannya brp", CUES, ON)
    assert req is not None and req.wages == [("3000000", 4), ("6000000", 2)]
    assert req.problem is None


@pytest.mark.parametrize("text", [
    "usaha sy resiko sedang, karyawan gaji 5jt, iuran yg sy bayar brp",
    "tokoku 1 karyawan gaji 3jt, iuran bpjs tk nya brp",
])
def test_the_owners_words_ask_the_employers_part(text):
    req = read(text, CUES, ON)
    assert req is not None and req.focus == "employer"


def test_an_age_after_saya_is_no_membership_and_tenure_keeps_the_contribution():
    req = read("saya 31 thn, udah kerja 4 tahun, gaji 6jt, iuran jht sebulan brp", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.period_months is None


@pytest.mark.parametrize("text", [
    "jp saya gaji 10jt iuran 15 tahun",  # years of membership still flip to the pension
    "saya 20 tahun iuran jp, gaji 8jt, pensiun brp",
])
def test_years_of_membership_are_still_read(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "benefit" and req.months in (180, 240)


@pytest.mark.parametrize(("text", "months"), [
    ("umur 38 skrg gaji 6jt, jht nanti pas 56 brp", 18 * 12),
    ("usia saya 45, gaji 4jt, saldo jht sampai umur 58 jadi brp", 13 * 12),
])
def test_the_years_run_from_the_age_to_the_target_age(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "projection" and req.months == months


def test_without_a_target_age_the_years_are_still_asked():
    req = read("umur 30 gaji 4jt jht nanti brp", CUES, ON)
    assert req is not None and req.kind == "projection" and req.missing() == "years"


def test_jadi_berapa_after_a_contribution_is_no_projection():
    last = read("ojol penghasilan 2jt iuran bpu brp", CUES, ON)
    assert last is not None
    assert fits(last, "tambah jht jd brp", CUES)
    assert not fits(last, "saldo jht nanti jadi berapa", CUES)


@pytest.mark.parametrize("text", [
    "usaha saya warung, penghasilan 3jt, iuran brp",  # was a wage earner's employer part
    "toko saya jualan baju penghasilan 5jt iuran bpjs tk brp",
])
def test_an_owners_own_income_is_bpu(text):
    req = read(text, CUES, ON)
    assert req is not None and req.who == "bpu"


def test_an_income_deducted_by_the_company_is_a_wage_earners():
    req = read("pendapatan 7 jt/bln, yg dipotong kantor buat bpjs tk brp", CUES, ON)
    assert req is not None and req.who == "pu"
