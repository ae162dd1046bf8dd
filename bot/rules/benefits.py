"""Benefit calculations: JKP, JKK death and disability, JKM, JHT projection, JP estimate.

Pure Decimal arithmetic over the effective-dated rates, with the rounding rule of
`bot.rules.contributions` (half up per line item). Each result lists the rate values it used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.content.rates import Rates, RateValue
from bot.core.formatting import round_rupiah
from bot.rules.contributions import Used, percent_of


@dataclass
class JkpResult:
    """JKP cash benefit for a job loss (PHK)."""

    wage: Decimal
    base: Decimal  # wage capped at jkp_wage_cap
    monthly: list[Decimal]  # one amount per benefit month
    claim_months: int  # the claim must be filed within this many months of the PHK
    rates_used: list[RateValue]

    @property
    def capped(self) -> bool:
        return self.wage > self.base

    @property
    def total(self) -> Decimal:
        return sum(self.monthly, Decimal(0))


def jkp_benefit(rates: Rates, on: date, wage: Decimal) -> JkpResult:
    """60% of the capped wage for 6 months (PP 6/2025); before it, the old 45%/25% rule."""
    used = Used(rates, on)
    base = min(wage, used("jkp_wage_cap").amount)
    months = int(used("jkp_benefit_months").amount)
    rate = used.find("jkp_benefit_rate")
    if rate is not None:
        monthly = [percent_of(rate, base)] * months
    else:  # PP 37/2021: the first half of the months at one rate, the rest at another
        first, nxt = used("jkp_old_first_rate"), used("jkp_old_next_rate")
        half = months // 2
        monthly = [percent_of(first, base)] * half + [percent_of(nxt, base)] * (months - half)
    claim = int(used("jkp_claim_months").amount)
    return JkpResult(wage, base, monthly, claim, used.list())


def jkp_old_rule(rates: Rates, wage: Decimal) -> JkpResult:
    """The PP 37/2021 rule (45% x 3 + 25% x 3), for users who ask how it used to be."""
    old_day = rates.get("jkp_old_first_rate", date(2025, 2, 6)).valid_until
    assert old_day is not None
    return jkp_benefit(rates, old_day, wage)


@dataclass
class JkkDeathResult:
    wage: Decimal
    lump: Decimal  # multiplier x wage
    periodic: Decimal
    funeral: Decimal
    scholarship_max: Decimal
    rates_used: list[RateValue]

    @property
    def total(self) -> Decimal:
        return self.lump + self.periodic + self.funeral


def jkk_death(rates: Rates, on: date, wage: Decimal) -> JkkDeathResult:
    """Death from a work accident: 48 x wage + periodic benefit + funeral (+ scholarship)."""
    used = Used(rates, on)
    lump = round_rupiah(used("jkk_death_multiplier").amount * wage)
    used("scholarship_children")  # quoted next to the scholarship maximum
    return JkkDeathResult(wage, lump, used("jkk_periodic_lump").amount,
                          used("jkk_funeral").amount, used("jkk_scholarship_max").amount,
                          used.list())


@dataclass
class DisabilityResult:
    wage: Decimal
    amount: Decimal
    rates_used: list[RateValue]
    percent: Decimal | None = None  # partial disability: the table's percentage as stated


def jkk_disability(rates: Rates, on: date, wage: Decimal,
                   percent: Decimal | None = None) -> DisabilityResult:
    """Permanent disability from a work accident, once: total = 70% x 80 x wage; partial =
    the disability table's percentage (as the user states it) x 80 x wage."""
    used = Used(rates, on)
    multiplier = used("jkk_disability_multiplier").amount
    share = percent / 100 if percent is not None else used("jkk_disability_rate").fraction
    return DisabilityResult(wage, round_rupiah(share * multiplier * wage), used.list(), percent)


@dataclass
class JkmResult:
    lump: Decimal
    periodic: Decimal
    funeral: Decimal
    total: Decimal  # the published total; the parts add up to it (checked in the tests)
    scholarship_max: Decimal
    scholarship_min_years: Decimal
    rates_used: list[RateValue]


def jkm_benefit(rates: Rates, on: date) -> JkmResult:
    """Death not from work: fixed amounts, whatever the wage."""
    used = Used(rates, on)
    return JkmResult(used("jkm_lump_sum").amount, used("jkm_periodic_lump").amount,
                     used("jkm_funeral").amount, used("jkm_total").amount,
                     used("jkm_scholarship_max").amount,
                     used("jkm_scholarship_min_years").amount, used.list())


@dataclass
class JhtProjection:
    """A JHT balance projection under stated ASSUMPTIONS (not a promise of returns)."""

    balance_start: Decimal
    wage: Decimal
    years: int
    annual_return: Decimal  # percent, assumed
    wage_growth: Decimal  # percent, assumed
    contributions: Decimal
    returns: Decimal
    balance_end: Decimal
    monthly_first: Decimal  # the first month's contribution (employer + worker)
    rates_used: list[RateValue]
    so_far: bool = False  # the years up to today, the wage typed being today's


# Assumptions, not rates: nothing in law fixes them, so they are shown in every reply as such.
ASSUMED_RETURN = Decimal(5)  # percent a year
ASSUMED_WAGE_GROWTH = Decimal(3)  # percent a year


def jht_projection(rates: Rates, on: date, wage: Decimal, years: int,
                   balance: Decimal = Decimal(0), annual_return: Decimal = ASSUMED_RETURN,
                   wage_growth: Decimal = ASSUMED_WAGE_GROWTH,
                   so_far: bool = False) -> JhtProjection:
    """Month by month: the balance earns annual_return/12, then the month's contribution
    (JHT employer + worker on the wage) is added; the wage rises by wage_growth each year.
    The balance is rounded each month (the project's one rounding rule). `so_far`: the years
    end today, so the wage typed is the last year's and the first year's is taken back from
    it (it would otherwise grow past today's wage for years already worked)."""
    used = Used(rates, on)
    emp, wrk = used("jht_employer_rate"), used("jht_worker_rate")
    monthly_rate = annual_return / 100 / 12
    start = round_rupiah(wage / (1 + wage_growth / 100) ** (years - 1)) if so_far else wage
    bal, paid, earned, current = balance, Decimal(0), Decimal(0), start
    first = percent_of(emp, wage) + percent_of(wrk, wage)
    for month in range(years * 12):
        if month and month % 12 == 0:
            current = round_rupiah(current * (1 + wage_growth / 100))
        interest = round_rupiah(bal * monthly_rate)
        contribution = percent_of(emp, current) + percent_of(wrk, current)
        bal += interest + contribution
        paid += contribution
        earned += interest
    return JhtProjection(balance, wage, years, annual_return, wage_growth, paid, earned, bal,
                         first, used.list(), so_far)


@dataclass
class JpEstimate:
    """A JP monthly pension estimate (today's wage used as the average wage)."""

    wage: Decimal
    months: int
    base: Decimal  # wage capped at the JP wage cap
    cap: RateValue
    min_months: int
    monthly: Decimal | None  # None below the minimum months: a lump sum instead
    limit_min: RateValue | None  # benefit floor on `on`, whether or not confirmed
    limit_max: RateValue | None
    limited: str | None  # "min" | "max" when a CONFIRMED limit changed the amount
    rates_used: list[RateValue]

    @property
    def eligible(self) -> bool:
        return self.monthly is not None

    @property
    def capped(self) -> bool:
        return self.wage > self.base


def jp_estimate(rates: Rates, on: date, wage: Decimal, months: int) -> JpEstimate:
    """1% x (months / 12) x average wage (capped by the JP wage cap), from 180 months up.

    The benefit floor and ceiling are applied only when confirmed for `on`; the reply says
    when they are not."""
    used = Used(rates, on)
    cap = used("jp_wage_cap")
    base = min(wage, cap.amount)
    min_months = int(used("jp_min_months").amount)
    accrual = used("jp_accrual_rate")
    lo, hi = rates.find("jp_benefit_min", on), rates.find("jp_benefit_max", on)
    for value in (lo, hi):  # an unconfirmed limit is never quoted, not even in the footer
        if value is not None and value.confirmed:
            used.values.setdefault((value.key, value.valid_from), value)
    monthly, limited = None, None
    if months >= min_months:
        monthly = round_rupiah(accrual.fraction * Decimal(months) / 12 * base)
        if lo is not None and lo.confirmed and monthly < lo.amount:
            monthly, limited = lo.amount, "min"
        elif hi is not None and hi.confirmed and monthly > hi.amount:
            monthly, limited = hi.amount, "max"
    return JpEstimate(wage, months, base, cap, min_months, monthly, lo, hi, limited, used.list())
