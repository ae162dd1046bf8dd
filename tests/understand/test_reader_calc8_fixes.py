"""Reader fixes from the third blind calculation set (calc8): a count given without an amount
is kept and the amount asked, several people's contributions are the employer's whole, a
non-work accident is JKM, years of contributions are no contribution question, "3 bulanan"
is three months, more job nouns count people, a clinic alone is context, and a "how do I"
question with a number is for the FAQ."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from bot.understand.request import CalcRequest
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "kind", "field", "value"), [
    ("berapa denda kalau iuran telat 4 bulan?", "fine", "months_late", 4),
    ("we paid 3 months late, how much is the fine?", "fine", "months_late", 3),
    ("nunggak 2 bulan buat 4 karyawan, dendanya?", "fine", "months_late", 2),
    ("kecelakaan kerja, istirahat 3 bulan, dapat berapa?", "benefit", "months", 3),
    ("jp nanti berapa kalau iur 20 tahun", "benefit", "months", 240),
    ("tolong hitung iuran bpjs tk untuk 7 karyawan kami", "contribution", "staff_ask", True),
])
def test_a_count_without_an_amount_is_kept_and_the_amount_asked(text, kind, field, value):
    lang = "en" if text.startswith("we ") else "id"
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == kind and getattr(req, field) == value
    assert req.missing() in ("amount", "staff")


@pytest.mark.parametrize("text", [
    "telat bayar 3 bulan: apakah kena denda?",
    "usia pensiun 58 atau 59 tahun sekarang?",
    "iuran 3 bulan berapa?",
    "denda telat 2 bulan berapa persen?",
    "meninggal, iuran sudah 5 tahun, santunan berapa",
])
def test_a_count_alone_stays_with_the_faq(text):
    req = read(text, CUES, ON)
    assert req is None or req.kind == "not_calc" or req.benefit == "death"


def test_missing_says_what_the_calculator_asks_first():
    assert CalcRequest(kind="fine", contribution="1000000").missing() == "late"
    assert CalcRequest(kind="fine", months_late=2).missing() == "amount"
    assert CalcRequest(kind="benefit", benefit="pension", wages=[("5000000", 1)]).missing() \
        == "years"
    assert CalcRequest(who=None, wages=[("5000000", 1)]).missing() == "kind"
    assert CalcRequest(staff_ask=True).missing() == "staff"
    assert CalcRequest(kind="benefit", benefit="death").missing() is None
    assert CalcRequest(wages=[("5000000", 1)]).missing() is None


@pytest.mark.parametrize("text", [
    "warung saya ada 3 karyawan gaji 2,8 jt, iuran bpjs tk berapa",
    "bengkel saya 4 mekanik gaji 3 jt iuran bpjs tk?",
    "hrd nih, 6 operator gaji 5 juta, iuran perusahaan + karyawan totalnya",
    "gaji 5 juta, iuran kantor dan bagian saya berapa",
])
def test_several_people_or_both_shares_named_is_the_whole_contribution(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.focus in ("both", "total")


def test_a_deduction_for_several_people_stays_the_workers_share():
    req = read("3 karyawan gaji 4 jt dipotong bpjs tk berapa", CUES, ON)
    assert req is not None and req.focus == "worker"


@pytest.mark.parametrize("text", [
    "kakak meninggal kecelakaan lalu lintas bukan kerja, gaji 4 jt, dapat berapa",
    "suami meninggal kecelakaan biasa, gaji 5 juta, santunan berapa",
    "died in a road accident, not at work, salary 6 million, how much",
])
def test_an_accident_that_is_not_a_work_accident_is_jkm(text):
    req = read(text, CUES, ON, "en" if text.startswith("died") else "id")
    assert req is not None and req.kind == "benefit" and req.benefit == "death"


def test_a_work_accident_death_is_still_jkk():
    req = read("meninggal kecelakaan kerja, gaji 4 jt, santunan berapa", CUES, ON)
    assert req is not None and req.benefit == "accident_death"


@pytest.mark.parametrize(("text", "lang"), [
    ("monthly pension after 20 years of contributions, salary 8 million?", "en"),
    ("pensiun bulanan kalau 25 tahun iuran, gaji 6 juta", "id"),
])
def test_years_of_contributions_are_membership_not_a_contribution(text, lang):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "benefit" and req.benefit == "pension"


def test_n_bulanan_is_n_months():
    req = read("iuran 2 juta, udah telat 4 bulanan, denda berapa", CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == 4


def test_more_job_nouns_count_people():
    req = read("3 admin gaji 5 jt dan 2 office boy gaji 3 jt, iuran bpjs tk", CUES, ON)
    assert req is not None and sorted(req.wages) == [("3000000", 2), ("5000000", 3)]


def test_a_clinic_is_context_in_english():
    req = read("our clinic: 3 nurses at 5 million, bpjs tk total?", CUES, ON, "en")
    assert req is not None and req.clinic and req.wages == [("5000000", 3)]


@pytest.mark.parametrize("text", [
    "upah saya 5 juta tapi didaftarkan 3 juta, bagaimana cara melaporkannya",
    "potongan bpjs tk 150rb ke mana larinya",
])
def test_a_how_or_where_question_with_numbers_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


def test_how_to_calculate_is_still_a_calculation():
    req = read("bagaimana cara menghitung iuran gaji 5 juta", CUES, ON)
    assert req is not None and req.kind == "contribution"


@pytest.mark.parametrize(("text", "pct"), [
    ("kaki cacat 30% akibat kecelakaan kerja, gaji 4 juta, santunannya berapa", "30"),
    ("kecelakaan kerja cacat sebagian 15 persen gaji 6 jt dapat berapa", "15"),
])
def test_a_disability_percentage_is_partial_disability(text, pct):
    req = read(text, CUES, ON)
    assert req is not None and req.benefit == "disability" and req.disability_pct == pct
    assert req.annual_return is None


def test_partial_disability_without_a_percentage_is_for_the_faq():
    req = read("cacat sebagian karena kecelakaan kerja gaji 4 jt dapat berapa", CUES, ON)
    assert req is not None and req.kind == "not_calc"


def test_total_disability_has_no_percentage():
    req = read("cacat total karena kecelakaan kerja gaji 4 jt berapa", CUES, ON)
    assert req is not None and req.benefit == "disability" and req.disability_pct is None


def test_a_contract_value_is_a_construction_contribution():
    req = read("nilai proyek 1,5 miliar iuran bpjs tk berapa", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.topic == "jakon"
    assert req.contract_value == "1500000000" and req.missing() is None


def test_a_contract_value_question_without_a_number_is_for_the_faq():
    assert read("iuran jakon dihitung dari nilai kontrak?", CUES, ON) is None


@pytest.mark.parametrize("text", [
    "toko saya 3 karyawan, wajib didaftarkan? iurannya berapa?",
    "punya bengkel karyawan 4 orang mau daftarin tapi bingung caranya, iurannya berapa",
])
def test_a_headcount_beside_a_registration_question_stays_with_the_faq(text):
    assert read(text, CUES, ON) is None
