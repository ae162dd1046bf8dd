"""Reader fixes from the sixth blind calculation set (calc11): a question with numbers goes to
the FAQ without a "?", a why about a stated rate too; an amount right after a headcount and its
noun is that group's pay; "potongan dari gaji mereka" is the workers' side for several people;
"karyawan klinik" names a workplace, not the payer; "bpjs kesehatan dan tk" is BPJS TK."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text", [
    "saldo jht saya 30jt kok kecil banget",  # why, no "?"
    "gaji 4,5jt masih bisa ikut jkp ga",  # whether, a closing "ga"
    "umur 45 gaji 5jt kapan pensiun",  # when
    "gaji 3jt boleh ga ikut bpu aja",
    "gaji 8jt, kenapa potongan jht cuma 2%?",  # why a stated rate: no figure answers it
])
def test_a_question_with_numbers_is_for_the_faq_without_a_question_mark(text):
    assert read(text, CUES, ON) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("kecelakaan kerja gaji 4jt dapat apa aja", "benefit"),  # "apa aja" only with "?"
    ("gaji 5jt kok potongannya 200rb", "payslip"),  # a doubt with its deduction: checked
    ("gaji 6jt, kenapa potongannya 180rb?", "payslip"),
    ("gaji 6jt harus bayar iuran bpjs tk brp", "contribution"),  # asks a figure
])
def test_figures_asked_are_still_computed(text, kind):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == kind


def test_an_amount_right_after_a_headcount_is_that_groups_pay():
    req = read("3 karyawan gaji 4jt, 2 admin 5jt, total potongan ke karyawan", CUES, ON)
    assert req is not None and req.wages == [("4000000", 3), ("5000000", 2)]
    assert req.focus == "worker"  # "potongan ke karyawan": the workers' side


def test_a_deduction_from_their_pay_is_the_workers_side_for_several():
    req = read("2 org gaji 3jt, 1 org 5jt potongan dr gaji mereka brp", CUES, ON)
    assert req is not None and req.wages == [("3000000", 2), ("5000000", 1)]
    assert req.focus == "worker"
    assert read("toko saya 3 karyawan gaji 3jt, total iuran brp", CUES, ON).focus != "worker"


def test_a_workplace_after_a_staff_word_is_not_the_payer():
    assert read("saya karyawan klinik gaji 5jt iuran brp", CUES, ON).focus == "worker"
    assert read("kantor saya gaji 5jt iuran brp", CUES, ON).focus == "employer"


def test_bpjs_tk_named_as_tk_beside_bpjs_kesehatan():
    req = read("gaji 4jt dipotong bpjs kesehatan sama tk, yang tk brp", CUES, ON)
    assert req is not None and req.kind == "contribution"
    assert read("gaji 5jt potongan bpjs kesehatan brp", CUES, ON).kind == "not_calc"


@pytest.mark.parametrize(("text", "wage"), [
    ("gaji 3 setengah jt potongan bpjs tk", "3500000"),
    ("upah 2 setengah juta iuran bpjs tk brp", "2500000"),
])
def test_digits_and_a_half_before_the_scale(text, wage):
    req = read(text, CUES, ON)
    assert req is not None and req.wages == [(wage, 1)] and not req.problem
