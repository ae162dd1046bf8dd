"""Hand-checked calculations (arithmetic written out), invariants and effective dates."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content.rates import load_rates
from bot.rules import benefits as ben
from bot.rules import contributions as calc
from tests.conftest import FAQ_DIR

R = load_rates(FAQ_DIR / "rates.yaml")
ON = date(2026, 11, 24)
D = Decimal


# ---------------------------------------------------------------- wage earner, hand-checked
def test_done_means_worker_jp_for_15_million():
    r = calc.wage_contribution(R, ON, D(15_000_000))
    assert r.worker_jp == 110_863  # 1% x 11.086.300 cap (2026), not 1% x 15.000.000
    assert r.jp_capped and r.jp_base == 11_086_300
    assert r.employer_jp == 221_726  # 2% x 11.086.300
    assert r.worker_jht == 300_000  # 2% x 15.000.000: JHT has no cap
    assert r.worker_total == 410_863  # 300.000 + 110.863
    assert r.jkk is None and r.employer_total is None  # class unknown: no guess


def test_done_means_employer_pays_312000_for_5_million_class_1():
    r = calc.wage_contribution(R, ON, D(5_000_000), jkk_class=1)
    assert r.jkk == 12_000  # 0,24% x 5.000.000
    assert r.jkm == 15_000  # 0,30% x 5.000.000
    assert r.employer_jht == 185_000  # 3,7% x 5.000.000
    assert r.employer_jp == 100_000  # 2% x 5.000.000 (under the cap)
    assert r.employer_total == 312_000  # 12.000 + 15.000 + 185.000 + 100.000
    assert r.worker_total == 150_000  # 2% JHT 100.000 + 1% JP 50.000
    assert r.total == 462_000


@pytest.mark.parametrize(("wage", "cls", "jkk"), [
    (5_000_000, 2, 27_000),  # 0,54% x 5.000.000
    (5_000_000, 3, 44_500),  # 0,89% x 5.000.000
    (5_000_000, 4, 63_500),  # 1,27% x 5.000.000
    (5_000_000, 5, 87_000),  # 1,74% x 5.000.000
    (4_000_000, 3, 35_600),  # 0,89% x 4.000.000
    (3_333_333, 1, 8_000),  # 0,24% x 3.333.333 = 7.999,9992 -> 8.000
    (2_500_000, 4, 31_750),  # 1,27% x 2.500.000
    (1_234_567, 5, 21_481),  # 1,74% x 1.234.567 = 21.481,47 -> 21.481
])
def test_jkk_by_class(wage, cls, jkk):
    assert calc.wage_contribution(R, ON, D(wage), cls).jkk == jkk


@pytest.mark.parametrize(("wage", "worker_jht", "worker_jp", "employer_jht"), [
    (6_000_000, 120_000, 60_000, 222_000),  # 2% / 1% / 3,7% of 6.000.000
    (4_750_000, 95_000, 47_500, 175_750),  # 2% / 1% / 3,7% of 4.750.000
    (11_086_300, 221_726, 110_863, 410_193),  # exactly the cap: 3,7% x 11.086.300 = 410.193,1
    (11_086_301, 221_726, 110_863, 410_193),  # 1 rupiah above: JP stays at the cap
    (20_000_000, 400_000, 110_863, 740_000),  # JHT uncapped, JP capped
    (1_000_050, 20_001, 10_001, 37_002),  # 2% = 20.001; 1% = 10.000,5 -> 10.001 (half up)
])
def test_worker_and_employer_shares(wage, worker_jht, worker_jp, employer_jht):
    r = calc.wage_contribution(R, ON, D(wage))
    assert (r.worker_jht, r.worker_jp, r.employer_jht) == (worker_jht, worker_jp, employer_jht)


def test_jkm_half_rupiah_rounds_up():
    r = calc.wage_contribution(R, ON, D(1_234_565))
    assert r.jkm == 3_704  # 0,3% x 1.234.565 = 3.703,695 -> 3.704


def test_invalid_class_is_refused():
    with pytest.raises(ValueError):
        calc.wage_contribution(R, ON, D(5_000_000), jkk_class=6)


# ---------------------------------------------------------------- JP cap around 1 March
@pytest.mark.parametrize(("day", "worker_jp"), [
    (date(2026, 2, 28), 105_474),  # 1% x 10.547.400 (2025 cap still applies in February)
    (date(2026, 3, 1), 110_863),  # 1% x 11.086.300 from 1 March 2026
    (date(2025, 2, 28), 100_423),  # 1% x 10.042.300 (2024 cap)
    (date(2025, 3, 1), 105_474),  # 1% x 10.547.400
    (date(2024, 3, 1), 100_423),  # 1% x 10.042.300
    (date(2023, 3, 1), 95_596),  # 1% x 9.559.600
    (date(2015, 7, 1), 70_000),  # 1% x 7.000.000 (PP 45/2015 base)
])
def test_jp_cap_for_the_date(day, worker_jp):
    assert calc.wage_contribution(R, day, D(20_000_000)).worker_jp == worker_jp


# ---------------------------------------------------------------- BPU
def test_done_means_bpu_2_million_in_november_2026():
    r = calc.bpu_contribution(R, ON, D(2_000_000))
    assert r.jkk == 20_000  # 1% x 2.000.000
    assert r.jkm == 6_800  # flat
    assert r.normal_total == 26_800  # 20.000 + 6.800
    assert r.discount == 13_400  # 50% x 26.800
    assert r.payable == 13_400
    assert r.discount_until == date(2026, 12, 31)
    # Nov + Dec discounted, then full: 13.400 x 2 + 26.800 x (n - 2)
    assert r.periods == {1: 13_400, 3: 53_600, 6: 134_000, 12: 294_800}
    assert r.discount_ends_in == {1: False, 3: True, 6: True, 12: True}


def test_done_means_no_discount_for_a_trader_in_january_2027():
    r = calc.bpu_contribution(R, date(2027, 1, 15), D(2_000_000))
    assert r.discount == 0 and r.payable == 26_800  # 20.000 + 6.800, full price
    assert r.periods[12] == 321_600  # 26.800 x 12
    assert r.other_discount is not None  # transport still discounted...
    assert r.other_discount.valid_until == date(2027, 3, 31)  # ...until 31 March 2027


def test_transport_discount_in_january_2027_ends_after_march():
    r = calc.bpu_contribution(R, date(2027, 1, 15), D(2_000_000), transport=True)
    assert r.payable == 13_400  # 50% of 26.800
    # Jan, Feb, Mar discounted (3 x 13.400) + 3 full months (3 x 26.800)
    assert r.periods[6] == 120_600
    assert r.discount_ends_in == {1: False, 3: False, 6: True, 12: True}


def test_bpu_with_jht_discount_only_on_jkk_jkm():
    r = calc.bpu_contribution(R, ON, D(2_000_000), with_jht=True)
    assert r.jht == 40_000  # 2% x 2.000.000
    assert r.normal_total == 66_800  # 20.000 + 6.800 + 40.000
    assert r.payable == 53_400  # 66.800 - 13.400 (JHT not discounted)


@pytest.mark.parametrize(("income", "base", "clamped", "jkk"), [
    (500_000, 1_000_000, "min", 10_000),  # below the table: 1% x 1.000.000
    (1_000_000, 1_000_000, None, 10_000),  # lowest bracket: JKK 10.000 + JKM 6.800 = 16.800
    (25_000_000, 20_700_000, "max", 207_000),  # above: 1% x 20.700.000
    (3_456_789, 3_456_789, None, 34_568),  # 1% = 34.567,89 -> 34.568
])
def test_bpu_income_is_clamped(income, base, clamped, jkk):
    r = calc.bpu_contribution(R, date(2026, 1, 10), D(income))
    assert (r.base, r.clamped, r.jkk) == (base, clamped, jkk)


def test_bpu_lowest_bracket_matches_the_confirmed_16800():
    r = calc.bpu_contribution(R, date(2025, 6, 1), D(1_000_000))
    assert r.normal_total == R.get("bpu_min_jkk_jkm", date(2025, 6, 1)).amount == 16_800
    r = calc.bpu_contribution(R, date(2025, 6, 1), D(1_000_000), with_jht=True)
    assert r.normal_total == 36_800  # 10.000 + 6.800 + 20.000


def test_bpu_discounted_minimum_is_8400():
    r = calc.bpu_contribution(R, date(2026, 5, 1), D(1_000_000))
    assert r.payable == 8_400  # (10.000 + 6.800) / 2


@pytest.mark.parametrize(("day", "transport", "discounted"), [
    (date(2025, 12, 31), True, False),
    (date(2026, 1, 1), True, True),
    (date(2026, 3, 31), False, False),
    (date(2026, 4, 1), False, True),
    (date(2026, 12, 31), False, True),
    (date(2027, 1, 1), False, False),
    (date(2027, 1, 1), True, True),
    (date(2027, 3, 31), True, True),
    (date(2027, 4, 1), True, False),
])
def test_discount_around_each_effective_date(day, transport, discounted):
    r = calc.bpu_contribution(R, day, D(2_000_000), transport=transport)
    assert (r.discount == 13_400) is discounted
    assert r.discount in (0, 13_400)


def test_months_are_counted_from_the_date_month_by_month():
    r = calc.bpu_contribution(R, date(2026, 3, 31), D(2_000_000))
    assert [m.month for m in r.months[:3]] == [date(2026, 3, 1), date(2026, 4, 1),
                                               date(2026, 5, 1)]
    assert r.periods[3] == 53_600  # March full 26.800 + April and May 13.400 each


# ---------------------------------------------------------------- whole staff
def test_ten_workers_at_4_million_class_3():
    s = calc.staff_contribution(R, ON, [(D(4_000_000), 10)], jkk_class=3)
    assert s.employer == {"JKK": 356_000,  # 10 x 0,89% x 4.000.000 = 10 x 35.600
                          "JKM": 120_000,  # 10 x 12.000
                          "JHT": 1_480_000,  # 10 x 148.000
                          "JP": 800_000}  # 10 x 80.000
    assert s.worker == {"JHT": 800_000, "JP": 400_000}  # 10 x 80.000, 10 x 40.000
    assert s.total == 3_956_000  # 2.756.000 + 1.200.000


def test_list_of_wages_caps_jp_per_worker():
    wages = [(D(w), 1) for w in (4_000_000, 5_000_000, 7_500_000, 12_000_000)]
    s = calc.staff_contribution(R, ON, wages)
    assert s.employer["JP"] == 551_726  # 80.000 + 100.000 + 150.000 + 221.726 (12 jt capped)
    assert s.worker["JP"] == 275_863  # 40.000 + 50.000 + 75.000 + 110.863
    assert s.worker["JHT"] == 570_000  # 2% x 28.500.000
    assert s.employer["JKM"] == 85_500  # 0,3% x 28.500.000
    assert "JKK" not in s.employer and s.capped_workers == 1


# ---------------------------------------------------------------- benefits
def test_jkp_60_percent_of_capped_wage_for_6_months():
    r = ben.jkp_benefit(R, ON, D(8_000_000))
    assert r.base == 5_000_000 and r.capped  # wage above the Rp5 juta cap
    assert r.monthly == [3_000_000] * 6  # 60% x 5.000.000
    assert r.total == 18_000_000  # 6 x 3.000.000


def test_jkp_below_cap():
    r = ben.jkp_benefit(R, ON, D(4_200_000))
    assert r.monthly[0] == 2_520_000 and r.total == 15_120_000  # 60% x 4,2 jt; x 6


def test_jkp_old_rule_before_7_february_2025():
    r = ben.jkp_benefit(R, date(2025, 2, 6), D(4_000_000))
    # 45% x 4 jt x 3 months + 25% x 4 jt x 3 months = 5.400.000 + 3.000.000
    assert r.monthly == [1_800_000] * 3 + [1_000_000] * 3 and r.total == 8_400_000
    assert ben.jkp_old_rule(R, D(4_000_000)).total == 8_400_000


def test_jkk_death_48_times_wage_plus_fixed_parts():
    r = ben.jkk_death(R, ON, D(5_000_000))
    assert r.lump == 240_000_000  # 48 x 5.000.000
    assert r.total == 262_000_000  # 240 jt + 12 jt periodic + 10 jt funeral
    assert r.scholarship_max == 174_000_000


def test_total_permanent_disability_56_times_wage():
    assert ben.jkk_disability(R, ON, D(5_000_000)).amount == 280_000_000  # 70% x 80 x 5 jt
    assert ben.jkk_disability(R, ON, D(1_000_000)).amount == 56_000_000  # the Rp56 jt example


def test_jkm_parts_add_up_to_42_million():
    r = ben.jkm_benefit(R, ON)
    assert r.lump + r.periodic + r.funeral == r.total == 42_000_000  # 20 + 12 + 10 jt


def test_jht_projection_one_year_no_growth_no_return():
    r = ben.jht_projection(R, ON, D(5_000_000), 1, annual_return=D(0), wage_growth=D(0))
    assert r.monthly_first == 285_000  # 3,7% 185.000 + 2% 100.000
    assert r.balance_end == 3_420_000  # 12 x 285.000
    assert r.returns == 0


def test_jht_projection_with_return_and_balance():
    r = ben.jht_projection(R, ON, D(5_000_000), 1, D(10_000_000), annual_return=D(6),
                            wage_growth=D(0))
    # month 1: 10.000.000 x 0,5% = 50.000 interest; then + 285.000
    assert r.contributions == 3_420_000
    assert r.balance_end == r.balance_start + r.contributions + r.returns
    assert 50_000 * 12 < r.returns < 70_000 * 12


def test_jht_wage_growth_applies_from_the_second_year():
    r = ben.jht_projection(R, ON, D(5_000_000), 2, annual_return=D(0), wage_growth=D(10))
    # year 1: 12 x 285.000; year 2 wage 5.500.000: 12 x (203.500 + 110.000)
    assert r.contributions == 12 * 285_000 + 12 * 313_500


def test_jp_estimate_20_years():
    r = ben.jp_estimate(R, ON, D(8_000_000), 240)
    assert r.monthly == 1_600_000  # 1% x 20 years x 8.000.000
    assert r.limited is None  # 2026 limits are unconfirmed: not applied


def test_jp_estimate_capped_wage():
    r = ben.jp_estimate(R, ON, D(15_000_000), 180)
    assert r.monthly == 1_662_945  # 1% x 15 x 11.086.300 = 1.662.945


def test_jp_below_15_years_is_a_lump_sum():
    r = ben.jp_estimate(R, ON, D(8_000_000), 179)
    assert r.monthly is None and not r.eligible and r.min_months == 180


def test_jp_confirmed_minimum_applies_in_2023():
    r = ben.jp_estimate(R, date(2023, 6, 1), D(1_000_000), 180)
    # 1% x 15 x 1.000.000 = 150.000 < confirmed 2023 minimum 383.400
    assert r.monthly == 383_400 and r.limited == "min"


def test_unconfirmed_limits_are_not_in_rates_used():
    r = ben.jp_estimate(R, ON, D(8_000_000), 240)
    assert all(v.confirmed for v in r.rates_used)
    assert r.limit_min is not None and not r.limit_min.confirmed


def test_every_result_lists_its_rates_with_basis():
    r = calc.wage_contribution(R, ON, D(5_000_000), 2)
    keys = {v.key for v in r.rates_used}
    assert {"jkk_rate_2", "jkm_rate", "jht_employer_rate", "jp_wage_cap"} <= keys
    assert all(v.basis for v in r.rates_used)


# ---------------------------------------------------------------- invariants
wages = st.integers(min_value=100_000, max_value=1_000_000_000).map(D)
classes = st.sampled_from(calc.JKK_CLASSES)
days = st.dates(min_value=date(2015, 7, 1), max_value=date(2027, 12, 31))


@given(wages, classes, days)
def test_employer_plus_worker_is_total(wage, cls, day):
    r = calc.wage_contribution(R, day, wage, cls)
    assert r.employer_total + r.worker_total == r.total
    assert r.employer_total == r.jkk + r.jkm + r.employer_jht + r.employer_jp


@given(wages, wages, classes, days)
def test_monotonic_in_wage(a, b, cls, day):
    low, high = sorted((a, b))
    r1, r2 = calc.wage_contribution(R, day, low, cls), calc.wage_contribution(R, day, high, cls)
    assert r1.total <= r2.total and r1.worker_total <= r2.worker_total
    b1, b2 = calc.bpu_contribution(R, day, low), calc.bpu_contribution(R, day, high)
    assert b1.payable <= b2.payable


@given(wages, days)
def test_caps_respected(wage, day):
    r = calc.wage_contribution(R, day, wage)
    cap = R.get("jp_wage_cap", day).amount
    assert r.worker_jp <= cap * D("0.01") + D("0.5")
    assert r.jp_base <= cap
    b = calc.bpu_contribution(R, day, wage, with_jht=True)
    assert R.get("bpu_income_min", day).amount <= b.base <= R.get("bpu_income_max", day).amount
    assert ben.jkp_benefit(R, date(2026, 1, 1), wage).base <= 5_000_000


@given(st.lists(st.tuples(wages, st.integers(1, 50)), min_size=1, max_size=5), classes)
def test_staff_total_equals_sum_of_workers(groups, cls):
    s = calc.staff_contribution(R, ON, groups, cls)
    singles = [(calc.wage_contribution(R, ON, w, cls), n) for w, n in groups]
    assert s.employer_total == sum(r.employer_total * n for r, n in singles)
    assert s.worker_total == sum(r.worker_total * n for r, n in singles)


@given(wages, days, st.booleans(), st.booleans())
def test_bpu_periods_are_sums_of_months(income, day, with_jht, transport):
    b = calc.bpu_contribution(R, day, income, with_jht=with_jht, transport=transport)
    for n, total in b.periods.items():
        assert total == sum(m.payable for m in b.months[:n])
    assert all(m.discount <= m.jkk + m.jkm for m in b.months)


def test_late_fine_on_a_stated_contribution_is_two_percent_a_month_of_it():
    from bot.rules.checks import late_fine_on

    r = late_fine_on(R, date(2026, 11, 30), Decimal(1_250_000), 3)
    assert r.due == Decimal(1_250_000) and r.staff is None
    assert r.fine == Decimal(75_000)  # 2% x 3 x 1,250,000


async def test_a_typed_jkk_rate_picks_its_risk_group(engine):
    from bot.console.ask import ask, summarize

    text = "karyawan 8 orang, gaji rata-rata 4,2 jt, jkk 0.24%, total iuran per bulan"
    summary = summarize(text, await ask(engine, text))
    # 8 x 4.200.000 = 33,6 jt x (0,24% + 0,3% + 5,7% + 3%) = 3.104.640
    assert "Rp3.104.640" in summary["text"].splitlines()[0]
