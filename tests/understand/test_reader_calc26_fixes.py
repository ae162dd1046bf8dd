"""Reader fixes (calc26), on own sentences: "incl." before a program, "company + employee",
"employer share ... in total", a foundation as the employer, an English construction contract,
both ends of a month range counted (JP), contribution months typed as a range, months paid
right after "bayar bpu", and what is deposited ("setor") as the contribution a fine is on."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


def test_a_program_after_incl_with_a_dot_is_counted_in_not_asked_alone():
    req = read("our clinic: 3 nurses at 5 million each, employer contribution incl. jkk?",
               CUES, ON, "en")
    assert req is not None and req.programs == [] and req.clinic and req.focus == "employer"


def test_company_plus_employee_is_the_total():
    req = read("salary 6 million, company + employee bpjs tk a month?", CUES, ON, "en")
    assert req is not None and req.focus == "total"


def test_the_employer_share_asked_in_total_is_the_employers_part():
    req = read("staff on 4m and 9m: employer share for each and in total?", CUES, ON, "en")
    assert req is not None and req.focus == "employer"


def test_a_foundation_paying_its_share_is_the_employer():
    req = read("yayasan kami 5 guru gaji 3jt, iuran bagian yayasan brp", CUES, ON)
    assert req is not None and req.focus == "employer"


def test_an_english_construction_contract_is_read_as_a_contract_value():
    req = read("construction contract worth IDR 2 billion, bpjs tk how much?", CUES, ON, "en")
    assert req is not None and req.who == "jakon" and req.contract_value == "2000000000"


@pytest.mark.parametrize("text, months", [
    ("iuran jp dari februari 2010 sampai januari 2026, gaji 5jt, pensiun brp", 192),
    ("jp dari januari 2009 sampai desember 2025 gaji 6jt, pensiun sebulan brp", 204),
])
def test_a_month_range_counts_both_ends(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.benefit == "pension" and req.months == months


@pytest.mark.parametrize("text, months, first", [
    ("pedagang penghasilan 3jt, bayar bpu november sampai februari 2027", 4, "2026-11-01"),
    ("iuran bpu 2027 (jan-jun) penghasilan 2jt brp", 6, "2027-01-01"),
    ("ojol penghasilan 4jt, bayar bpu des - mar 2027 totalnya", 4, "2026-12-01"),
])
def test_contribution_months_typed_as_a_range(text, months, first):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution"
    assert req.period_months == months and req.month == first


@pytest.mark.parametrize("text", [
    "kerja dari januari sampai maret 2026, gaji 4jt potongan brp",  # a past range: no months
    "gaji 4jt potongan brp",
])
def test_no_range_no_months(text):
    req = read(text, CUES, ON)
    assert req is not None and req.period_months is None


def test_a_past_range_with_a_late_fine_is_left_to_the_fine():
    req = read("iuran 3jt, telat dari agustus sampai oktober, dendanya", CUES, ON)
    assert req is not None and req.kind != "contribution"


def test_months_right_after_bayar_bpu_are_paid_not_tenure():
    req = read("nelayan penghasilan 2jt, mau bayar bpu 6 bulan sekaligus", CUES, ON)
    assert req is not None and req.period_months == 6


def test_months_right_after_a_trade_are_still_tenure():
    req = read("sy ojol 2 tahun, penghasilan 3jt, iuran bpu brp", CUES, ON)
    assert req is not None and req.period_months is None


def test_what_is_deposited_each_month_is_the_contribution_a_fine_is_on():
    req = read("kami setor bpjs tk 8jt per bulan, telat 2 bulan dendanya", CUES, ON)
    assert req is not None and req.kind == "fine" and req.contribution == "8000000"
    assert req.months_late == 2
