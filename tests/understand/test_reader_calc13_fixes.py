"""Reader fixes found over all seven blind calculation dev halves (calc13): a deduction asked
with a wage word but no amount asks the wage instead of leaving it to the FAQ."""

from __future__ import annotations

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text", [
    "potongan gaji bpjs tk brp ya",
    "gaji harian, potongan bpjstk nya berapa",
    "upah bulanan saya dipotong bpjs tk berapa",
])
def test_a_deduction_with_a_wage_word_but_no_amount_asks_the_wage(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.focus == "worker"
    assert req.missing() == "amount"


@pytest.mark.parametrize("text", [
    "potongan gaji bpjs tk berapa persen",  # a rate: the FAQ
    "gaji minimal untuk potongan bpjs tk berapa",
    "penghasilan ojol potongan bpjs tk brp",  # an income: not a wage earner's deduction
])
def test_a_rate_or_an_income_with_no_amount_stays_with_the_faq(text):
    req = read(text, CUES, ON)
    assert req is None or req.missing() != "amount" or req.focus != "worker"


@pytest.mark.parametrize(("text", "paid"), [
    ("iuran september 4 juta belum dibayar, dendanya brp", "4000000"),
    ("baru bayar iuran oktober tgl 25 november, iurannya 1,5 jt. kena denda brp?", "1500000"),
])
def test_a_fine_for_a_named_month_without_months_late_is_the_fine_per_month(text, paid):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.contribution == paid
    assert req.late_each and req.months_late == 1 and req.missing() is None


@pytest.mark.parametrize("text", [
    "nunggak iuran sejak bulan mei, iuran 2 juta, dendanya?",  # several months owed: asked
    "iuran 2 juta telat, dendanya?",  # no month named: the months are asked
])
def test_months_owed_since_a_month_or_no_month_are_still_asked(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.missing() == "late"


@pytest.mark.parametrize("text", [
    "gaji 3,5jt 2 org, 6jt 1 org, total potongan bpjs tk nya",
    "6 karyawan @ 4jt, potongan bpjstk semuanya total brp",
])
def test_a_deduction_total_for_several_people_is_what_their_pay_loses(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.focus == "worker"


def test_both_shares_for_several_people_stay_the_sum():
    req = read("6 karyawan @ 4jt, potongan perusahaan + karyawan total", CUES, ON)
    assert req is not None and req.focus != "worker"
