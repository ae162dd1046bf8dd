"""The calculation reader: kinds, roles, program names that only narrow, and odd input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understand.amount_forms import prepare
from bot.understand.followup import apply_change, read_change
from bot.understand.reader import read
from tests.reader_cues import CUES

ON = date(2026, 11, 24)
DEATH_ACCIDENT_DISABILITY = {"death", "accident_death", "accident", "disability"}


@pytest.mark.parametrize(("text", "expected"), [
    ("gaji 4jt500", "gaji 4,500 juta"),
    ("gaji 5 juta 500", "gaji 5,500 juta"),
    ("gaji 5 juta 500 ribu", "gaji 5,500 juta"),
    ("gaji 5jt 50rb", "gaji 5,050 juta"),
    ("gaji 4 koma 5 juta", "gaji 4,5 juta"),
    ("gaji IDR 4.5m", "gaji rp 4,5 juta"),
    ("gaji Rp-5.000", "gaji -rp 5.000"),
    ("150rb/hari", "150rb /hari"),
    ("gaji 5jt 25thn", "gaji 5jt 25thn"),  # a counter after the fraction is not a fraction
])
def test_amount_forms(text, expected):
    assert prepare(text) == expected


@pytest.mark.parametrize(("text", "wages"), [
    ("gaji 5jt tunjangan 1jt iuran brp", [("6000000", 1)]),  # one person: pokok + tunjangan
    ("karyawan 3 orang gaji 4jt 5jt 6jt", [("4000000", 1), ("5000000", 1), ("6000000", 1)]),
    ("10 karyawan gaji 4 juta", [("4000000", 10)]),
    ("gaji 4 juta untuk 10 orang iuran", [("4000000", 10)]),
    ("3 karyawan gaji 4jt dan 2 karyawan gaji 6jt", [("4000000", 3), ("6000000", 2)]),
    ("gaji 5jt lembur 1jt potong brp", [("5000000", 1)]),  # overtime is no wage
])
def test_wages_and_headcounts(text, wages):
    req = read(text, CUES, ON)
    assert req is not None and req.wages == wages and not req.problem


def test_a_payslip_deduction_is_not_a_wage():
    req = read("slip gaji saya 5jt tapi dipotong 200rb buat bpjs tk bener ga", CUES, ON)
    assert req.kind == "payslip" and req.wages == [("5000000", 1)] and req.deduction == "200000"


def test_month_and_sector_are_read():
    req = read("ojol penghasilan 2jt iuran april 2027", CUES, ON)
    assert (req.who, req.transport, req.month) == ("bpu", True, "2027-04-01")
    req = read("potongan jp bulan januari 2026 gaji 15jt", CUES, ON)
    assert req.month == "2026-01-01" and req.programs == ["JP"] and req.focus == "worker"


@pytest.mark.parametrize(("text", "month"), [
    ("iuran gaji 5 juta bulan agust", "2026-08-01"),
    ("iuran gaji 5 juta sept 2025", "2025-09-01"),
    ("iuran gaji 5 juta bulan des", "2026-12-01"),
    ("iuran gaji 5 juta bulan nop", "2026-11-01"),
    ("iuran gaji 5 juta bulan pebruari", "2026-02-01"),
    ("iuran gaji 5 juta febuari 2027", "2027-02-01"),
    ("iuran gaji 5 juta jan. 2027", "2027-01-01"),
    ("contribution salary 5 million for december 2025", "2025-12-01"),
    ("contribution salary 5 million may 2027", "2027-05-01"),
])
def test_month_spellings_people_type(text, month):
    req = read(text, CUES, ON)
    assert req is not None and req.month == month


@pytest.mark.parametrize("text", ["iuran gaji 5 juta des", "how much may i pay, salary 5 million",
                                  "iuran gaji 5 juta spt 2025", "iuran gaji 5 juta agus 2025"])
def test_a_short_name_alone_or_another_word_is_no_month(text):
    req = read(text, CUES, ON, "en" if "may" in text else "id")
    assert req is None or req.month is None


@pytest.mark.parametrize(("text", "reason"), [
    ("ada yg nawarin cairin jht 100% tapi bayar 500rb, aman ga", "scam"),
    ("jht saya 50 jt kena pajak ga", "tax"),
])
def test_not_a_calculation(text, reason):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "not_calc" and req.reason == reason


def test_followup_change_is_applied_to_the_last_request():
    last = read("gaji 5jt potong brp", CUES, ON)
    change = read_change("kalau 7jt?", CUES, ON)
    assert change == {"amount": "7000000"}
    new = apply_change(last, change)
    assert new.wages == [("7000000", 1)] and new.focus == "worker"
    assert read_change("kalau risiko sedang?", CUES, ON) == {"jkk_class": 3}
    assert read_change("untuk 6 bulan?", CUES, ON) == {"months": 6}


# ------------------------------------------------------------ property tests
CONTRIBUTION_WORDS = ["iuran", "potongan", "brp", "berapa", "gaji", "upah", "penghasilan",
                      "saya", "perusahaan", "karyawan", "ojol", "nelayan", "bpu", "dan", "sama",
                      "risiko sedang", "kelompok 2", "bulan januari", "dapat", "dapet",
                      "manfaat", "klaim", "cair", "santunan", "jaminan", "tk", "bpjs", "?"]
AMOUNTS = ["5jt", "2 juta", "Rp 4.500.000", "4,5jt", "750rb", "10 juta", "3 karyawan",
           "25 tahun", "2 bulan"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CONTRIBUTION_WORDS + AMOUNTS), min_size=1, max_size=8),
       st.sampled_from(["jkk", "jkm", "jkk jkm", "jkm jkk", "JKK", "JKM",
                        "jaminan kematian", "jaminan kecelakaan kerja"]),
       st.integers(min_value=0, max_value=8))
def test_naming_jkk_or_jkm_never_yields_a_death_accident_or_disability_benefit(words, program,
                                                                             at):
    words = list(words)
    words.insert(min(at, len(words)), program)
    req = read(" ".join(words), CUES, ON)
    assert req is None or req.benefit not in DEATH_ACCIDENT_DISABILITY


PIECES = list("0123456789.,-%/ ") + CONTRIBUTION_WORDS + AMOUNTS + [
    "1" * 23, "9" * 32, "koma", "rb", "idr", "jt", "rp", " saldo ", " tahun", " bulan",
    " karyawan", " telat ", " denda ", " sehari ", " tunjangan ", " dipotong "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_the_reader_never_raises(text):
    req = read(text, CUES, ON)
    if req is not None and not req.problem:
        assert all(0 < float(w) <= 1_000_000_000 and 0 < n <= 100_000 for w, n in req.wages)
        assert req.balance is None or 0 <= float(req.balance) <= 100_000_000_000
        assert req.months is None or 0 < req.months <= 720
        assert req.months_late is None or 0 < req.months_late <= 720
    read_change(text, CUES, ON)


@pytest.mark.parametrize("text", [
    # Amounts in a story that were paid or received, and ages: nothing to compute.
    "saya daftar ulang sebagai peserta BPU yang iurannya hanya Rp 16.800,- per bulan",
    "awalnya yang bisa di klaim hanya Rp 10 juta (biaya pemakaman), belakangan tidak bisa",
    "santunan 42 juta itu kena potong apa aja",
    "Gen Z baru bisa cairkan jaminan pensiun di usia 65 tahun",
    # A long story with wages in it that asks for no figure: a complaint, not a calculation.
    "Saya didaftarkan perusahaan BPJS Ketenagakerjaan. Untuk upah yang saya terima hanya "
    "Rp1.8 juta. Tapi yang ada di data BPJS upah saya Rp2,6 juta. Saya mau mengadukan ini.",
])
def test_paid_received_amounts_and_ages_are_not_a_calculation(text):
    assert read(text, CUES, ON) is None


@pytest.mark.parametrize("text, wage, months", [
    # The same long story asking for a figure is still computed.
    ("Saya didaftarkan perusahaan BPJS Ketenagakerjaan. Untuk upah yang saya terima hanya "
     "Rp1.8 juta, di data BPJS upah saya juga segitu. Potongan iurannya harusnya berapa?",
     "1800000", None),
    ("iuran bpjs 5 juta berapa", "5000000", None),  # a large amount after "iuran" is the wage
    ("gaji 5 juta usia 40 tahun ikut jp 20 tahun dapat berapa", "5000000", 240),
])
def test_wages_and_membership_are_still_read(text, wage, months):
    req = read(text, CUES, ON)
    assert req is not None and req.wage == Decimal(wage)
    assert req.months == months


def test_a_number_starting_an_amount_is_no_risk_group_in_a_follow_up():
    # review21: a bare follow-up was read as after "risiko", so "4 juta" also set group 4
    assert read_change("5,4 juta", CUES, ON) == {"amount": "5400000"}
    assert read_change("4 juta", CUES, ON) == {"amount": "4000000"}
    assert read_change("2 tahun", CUES, ON) == {"months": 24}
    assert "jkk_class" not in read_change("3 karyawan", CUES, ON)
    assert read_change("4", CUES, ON) == {"jkk_class": 4}
    assert read_change("sedang", CUES, ON) == {"jkk_class": 3}
