"""Scheduled values past their known period, contribution months, and the S5 BPU crash
(content review 2026-11: S1, S4, S5, S10, R12)."""

from datetime import date
from decimal import Decimal

import pytest

from bot.console.ask import ask
from bot.content.rates import load_rates, paying_month
from bot.rules import benefits as ben
from bot.rules import contributions as calc
from tests.conftest import FAQ_DIR

R = load_rates(FAQ_DIR / "rates.yaml")
D = Decimal


def test_jp_cap_is_current_until_the_next_first_of_march():
    value = R.get("jp_wage_cap", date(2027, 2, 28))
    assert value.amount == 11_086_300 and not value.stale and value.confirmed
    assert value.known_until == date(2027, 2, 28) and value.next_due == date(2027, 3, 1)


def test_jp_cap_past_its_period_is_stale_not_current():
    value = R.get("jp_wage_cap", date(2027, 3, 1))
    assert value.stale and not value.confirmed and value.year == 2026
    assert "belum diumumkan" in value.stale_note()
    assert "perkiraan memakai batas 2026" in value.source_line()


def test_jp_benefit_limits_renew_every_january():
    assert not R.get("jp_benefit_max", date(2026, 12, 31)).stale
    assert R.get("jp_benefit_max", date(2027, 1, 1)).stale
    assert R.get("jp_benefit_max", date(2024, 6, 1)).amount == 4_718_200  # N2, Liputan6


def test_jp_caps_2020_and_2021_are_no_longer_swapped():  # W2
    assert R.get("jp_wage_cap", date(2020, 6, 1)).amount == 8_939_700
    assert R.get("jp_wage_cap", date(2021, 6, 1)).amount == 8_754_600


def test_labour_discount_belongs_to_the_contribution_month():  # S3 / R12
    # 10 Feb 2026: the January contribution is being paid, and it is still discounted
    assert R.find("jkk_labour_discount_rate", date(2026, 2, 10)) is None
    assert paying_month(date(2026, 2, 10), 15) == date(2026, 1, 1)
    assert R.get("jkk_labour_discount_rate", paying_month(date(2026, 2, 10), 15)).amount == 50
    assert paying_month(date(2026, 2, 16), 15) == date(2026, 2, 1)


def test_wage_result_names_its_contribution_month_and_uses_its_cap():  # S10
    res = calc.wage_contribution(R, date(2026, 3, 5), D(15_000_000))
    assert res.month == date(2026, 3, 1) and res.jp_cap.amount == 11_086_300
    res = calc.wage_contribution(R, date(2026, 2, 27), D(15_000_000))
    assert res.month == date(2026, 2, 1) and res.jp_cap.amount == 10_547_400


def test_wage_calculation_past_the_cap_period_is_flagged():  # S1
    res = calc.wage_contribution(R, date(2027, 3, 15), D(15_000_000))
    assert [v.key for v in calc.stale_values(res.rates_used)] == ["jp_wage_cap"]
    assert calc.stale_values(calc.wage_contribution(R, date(2026, 11, 30),
                                                    D(15_000_000)).rates_used) == []


def test_jp_estimate_does_not_apply_stale_limits():  # S4
    res = ben.jp_estimate(R, date(2027, 6, 1), D(8_000_000), 240)
    assert res.limit_max is not None and res.limit_max.stale and res.limited is None


@pytest.mark.parametrize("day", [date(2025, 6, 1), date(2026, 2, 15), date(2026, 3, 1)])
def test_bpu_discount_starting_inside_the_projection_has_a_span_not_an_end(day):  # S5
    res = calc.bpu_contribution(R, day, D(3_000_000))
    assert res.discount_rate is None and not any(res.discount_ends_in.values())
    first, last = res.discount_span[12]
    assert first == date(2026, 4, 1) and last <= date(2026, 12, 1)


async def test_bpu_calculation_for_a_trader_on_2026_02_15_does_not_crash(engine):  # S5
    engine.today = lambda: date(2026, 2, 15)
    replies = await ask(engine, "pedagang penghasilan 3 juta iuran bpu berapa")
    text = replies[0].text
    assert replies[0].kind == "calculation" and "gangguan" not in text
    # Phone-sized reply (issue 13 item 15): the upcoming discount is named in the short reply;
    # the month-by-month span ("diskon hanya untuk iuran April 2026 ...") is behind Rincian.
    assert "diskon 50% mulai iuran April 2026" in text
    assert "iuran bulan Februari 2026" in text


async def test_wage_calculator_after_1_march_2027_says_estimate_on_the_2026_cap(engine):  # S1
    engine.today = lambda: date(2027, 3, 15)
    text = (await ask(engine, "gaji 15 juta potong berapa"))[0].text
    assert "perkiraan memakai batas 2026" in text and "belum diumumkan" in text
    assert "iuran bulan Maret 2027" in text
