"""A count or an amount beside a question about the rule is for the FAQ, not the calculator
(session 14, calc8): what follows from paying late ("what happens", "akibatnya", "kena apa"),
a BPU's late fine (a BPU pays none: no income is needed to say so) and which part of the pay
contributions are counted from (a wage beside an allowance, "dari yg mana"). A question that
asks the figure is still computed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize(("text", "lang"), [
    ("kantor saya nunggak iuran 5 bulan, akibatnya buat saya apa?", "id"),
    ("kalau perusahaan telat setor 4 bulan kena apa ya?", "id"),
    ("iuran 1,5jt telat 2 bulan, apa dampaknya ke kepesertaan?", "id"),
    ("gaji 6 juta, kalau kantor nunggak nasib jht saya gimana?", "id"),
    ("my employer is 4 months late paying bpjs, what will happen to my pension?", "en"),
])
def test_what_follows_from_paying_late_is_for_the_faq(text, lang):
    assert read(text, CUES, ON, lang) is None


@pytest.mark.parametrize("text", [
    "saya pekerja mandiri, telat bayar 3 bulan dendanya berapa",
    "kurir bpu udah nunggak 2 bulan, denda brp?",
])
def test_a_bpu_late_fine_with_no_income_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


def test_a_bpu_late_fine_with_its_income_is_still_the_no_fine_calculation():
    # calc22: the calculation is the months owed, whose reply says there is no fine
    req = read("kurir penghasilan 3 juta nunggak 2 bulan dendanya berapa", CUES, ON)
    assert req is not None and req.kind == "contribution" and req.who == "bpu"
    assert req.arrears and req.period_months == 2


@pytest.mark.parametrize(("text", "months"), [
    ("kantor telat bayar iuran 3 bulan, dendanya berapa?", 3),
    ("telat setor dua bulan denda brp", 2),
])
def test_a_fine_asked_as_a_figure_still_asks_the_wage(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "fine" and req.months_late == months


@pytest.mark.parametrize("text", [
    "gapok 4,2jt ditambah uang transport, potongan bpjs tk dari yang mana?",
    "upah pokok 3,8 juta + tunjangan jabatan, iurannya ngitung dari yg mana",
    "gaji 5jt tunjangan tetap 750rb, iuran dihitung dari yang mana?",
])
def test_which_part_of_the_pay_counts_is_for_the_faq(text):
    assert read(text, CUES, ON) is None


def test_a_wage_and_an_allowance_asked_as_a_figure_are_computed():
    req = read("gaji 5jt tunjangan tetap 750rb, iuran bpjs tk berapa", CUES, ON)
    assert req is not None and req.kind == "contribution"
    assert req.wage == Decimal(5_750_000)


@pytest.mark.parametrize("text", [
    "gapok 3,5jt, tunjangan makan 30rb per hari, potongan bpjs tk brp",
    "gaji 4 juta + tunjangan transport harian 20rb, iuran bpjs tk berapa",
])
def test_an_allowance_paid_per_day_worked_is_not_in_the_wage(text):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.allowance is None
    assert len(req.excluded) == 1 and req.wage in (Decimal(3_500_000), Decimal(4_000_000))


def test_a_months_allowance_beside_a_daily_wage_is_added_once_the_wage_is_monthly():
    req = read("upah 120rb per hari, kerja 25 hari, tunjangan tetap 250rb, iuran bpjs tk?",
               CUES, ON)
    assert req is not None and req.income_period == "day"
    assert req.wage == Decimal(120_000 * 25 + 250_000) and req.allowance == "250000"


def test_a_cause_is_not_an_outcome_question():  # "akibat" alone says why, it asks nothing
    req = read("cacat akibat kecelakaan kerja, gaji 4jt, santunannya?", CUES, ON)
    assert req is not None and req.kind == "benefit"
