"""Reader fixes (calc23b), on own sentences: an English wage word before "9m" makes it
millions whatever the message's language; an STMB month number with no wage asks the wage;
"the 14th month" is a month number, not 14 years; unpaid months listed by name are counted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.understand.followup import read_change
from bot.understand.reader import read
from tests.reader_cues import CUES, ON


@pytest.mark.parametrize("text", [
    "salary 9m", "payslip: salary 9m, jht 180k, jp 90k", "my wage is 7.5 mil",
])
def test_an_english_wage_word_makes_m_millions_in_any_language(text):
    for lang in ("id", "en"):
        req = read(text, CUES, ON, lang)
        assert req is not None and req.problem is None
        assert Decimal(req.wages[0][0]) < 10_000_000


def test_indonesian_m_after_gaji_stays_miliar_and_is_asked_back():
    req = read("gaji 9m", CUES, ON, "id")
    assert req is not None and req.problem is not None and req.problem.key == "monthly_too_big"


@pytest.mark.parametrize("text, lang, amount", [
    ("what about 9m", "en", "9000000"), ("what about 9 m", "en", "9000000"),
    ("what about 9mil", "en", "9000000"), ("kalau 9jt", "id", "9000000"),
])
def test_a_follow_up_reads_m_in_the_message_language(text, lang, amount):
    assert read_change(text, CUES, ON, lang) == {"amount": amount}


@pytest.mark.parametrize("text, lang, month_no", [
    ("stmb bulan ke 15 brp", "id", 15), ("stmb bulan ke-14 brp", "id", 14),
    ("how much is stmb in the 14th month", "en", 14),
])
def test_an_stmb_month_number_without_a_wage_asks_the_wage(text, lang, month_no):
    req = read(text, CUES, ON, lang)
    assert req is not None and req.kind == "benefit" and req.benefit == "accident"
    assert req.missing() == "amount" and req.month_no == month_no and not req.months


def test_an_stmb_month_number_with_a_wage_is_still_that_months_rate():
    req = read("stmb bulan ke 15 gaji 7jt", CUES, ON)
    assert req is not None and req.month_no == 15 and not req.months and req.wages


@pytest.mark.parametrize("text, months", [
    ("gaji 5jt belum bayar oktober november desember", 3),
    ("bpu penghasilan 2jt, belum bayar oktober november desember, plus jht, brp semua", 3),
    ("gaji 4jt blm bayar agustus, september, brp", 2),
])
def test_unpaid_months_listed_by_name_are_counted(text, months):
    req = read(text, CUES, ON)
    assert req is not None and req.kind == "contribution" and req.arrears
    assert req.period_months == months
