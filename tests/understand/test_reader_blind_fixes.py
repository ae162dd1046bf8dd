"""Reader fixes found with the blind calculation set (faq/tests/calc-blind, dev half)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.content.calc_cues import load_cues
from bot.core.settings import PROJECT_ROOT
from bot.understand.reader import read

CUES = load_cues(PROJECT_ROOT / "faq" / "calc-cues.yaml")
ON = date(2026, 11, 30)


@pytest.mark.parametrize(("text", "due", "months"), [
    ("telat bayar 3 bulan dendanya berapa iuran 500rb", "500000", 3),
    ("nunggak iuran 4 bulan, iuran per bulan 3,5jt, dendanya berapa", "3500000", 4),
    ("iuran bpjs tk perusahaan 2 juta sebulan telat 2 bulan denda brp", "2000000", 2),
])
def test_a_late_fine_on_a_stated_contribution_keeps_it_as_the_contribution(text, due, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.problem is None
    assert req.contribution == due and req.months_late == months
    assert req.wages == []  # the contribution is not taken for a wage


def test_english_fine_on_a_stated_monthly_contribution():
    req = read("our company paid bpjs tk 2 months late, monthly contribution is 10 million, "
               "what is the fine", CUES, ON, "en")
    assert req is not None and req.kind == "fine"
    assert req.contribution == "10000000" and req.months_late == 2


def test_a_fine_on_a_wage_still_computes_from_the_wage():
    req = read("telat bayar bpjs tk 3 bulan gaji 6 jt dendanya", CUES, ON)
    assert req is not None and req.kind == "fine"
    assert req.contribution is None and req.wage == Decimal(6_000_000)


@pytest.mark.parametrize(("text", "monthly"), [
    ("I get paid 200k a day, what's my bpjs tk deduction", 200_000 * 26),
    ("weekly pay 1.5 million, how much bpjs tk is deducted", 1_500_000 * 4),
])
def test_english_daily_and_weekly_pay_become_a_monthly_wage(text, monthly):
    req = read(text, CUES, ON, "en")
    assert req is not None and req.wage == Decimal(monthly)
