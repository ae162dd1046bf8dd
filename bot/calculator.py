"""Contribution calculations: pure Decimal arithmetic over the effective-dated rates.

Every function takes the `Rates` and the date the figures are for, and returns a result that
lists the `RateValue`s it used (for the "rates used" footer). No rate is written in code.

Rounding rule (the only one): `bot.formatting.round_rupiah`, half up to whole rupiah, applied
to every line item (one program, one party, one month); totals are sums of rounded items, so
a breakdown always adds up to its total.

Stable API reused by the registration flow:
    bpu_contribution(rates, on, income, *, with_jht=False, transport=False) -> BpuResult
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from bot.formatting import round_rupiah
from bot.rates import Rates, RateValue

JKK_CLASSES = (1, 2, 3, 4, 5)
BPU_PERIODS = (1, 3, 6, 12)


def _pct(value: RateValue, base: Decimal) -> Decimal:
    return round_rupiah(base * value.fraction)


def add_months(day: date, months: int) -> date:
    """First day of the month `months` after `day`'s month (contribution months)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class Used:
    """Collects the rate values a calculation used, once each, in first-use order."""

    def __init__(self, rates: Rates, on: date):
        self.rates, self.on = rates, on
        self.values: dict[tuple[str, date], RateValue] = {}

    def __call__(self, key: str, on: date | None = None) -> RateValue:
        value = self.rates.get(key, on or self.on)
        self.values.setdefault((key, value.valid_from), value)
        return value

    def find(self, key: str, on: date | None = None) -> RateValue | None:
        value = self.rates.find(key, on or self.on)
        if value is not None and value.value is not None:
            self.values.setdefault((key, value.valid_from), value)
        return value

    def list(self) -> list[RateValue]:
        return list(self.values.values())


# ---------------------------------------------------------------- informal workers (BPU)
@dataclass(frozen=True)
class BpuMonth:
    """One contribution month: normal items, the discount and what is paid."""

    month: date
    jkk: Decimal
    jkm: Decimal
    jht: Decimal
    discount: Decimal  # subtracted from JKK + JKM (PP 50/2025); JHT is never discounted

    @property
    def normal(self) -> Decimal:
        return self.jkk + self.jkm + self.jht

    @property
    def payable(self) -> Decimal:
        return self.normal - self.discount


@dataclass
class BpuResult:
    """A BPU estimate. `base` is the declared income clamped to the table's range."""

    on: date
    income: Decimal
    base: Decimal
    clamped: str | None  # None | "min" | "max"
    with_jht: bool
    transport: bool
    jkk: Decimal
    jkm: Decimal
    jht: Decimal
    discount_rate: RateValue | None  # the discount in force on `on`, if any
    discount: Decimal
    months: list[BpuMonth]
    periods: dict[int, Decimal]  # months -> total payable over that many months
    discount_ends_in: dict[int, bool]  # months -> the discount stops within that period
    other_discount: RateValue | None  # the other sector's discount, when only it applies
    rates_used: list[RateValue] = field(default_factory=list)

    @property
    def normal_total(self) -> Decimal:
        return self.jkk + self.jkm + self.jht

    @property
    def payable(self) -> Decimal:
        return self.normal_total - self.discount

    @property
    def discount_until(self) -> date | None:
        return self.discount_rate.valid_until if self.discount_rate else None


def bpu_discount(rates: Rates, on: date, transport: bool) -> RateValue | None:
    """The PP 50/2025 discount in force for this sector on this date (None when none)."""
    key = "bpu_discount_transport_rate" if transport else "bpu_discount_rate"
    value = rates.find(key, on)
    return value if value is not None and value.value is not None else None


def _bpu_month(used: Used, month: date, base: Decimal, with_jht: bool,
               transport: bool) -> BpuMonth:
    jkk = _pct(used("bpu_jkk_rate", month), base)
    jkm = round_rupiah(used("bpu_jkm_flat", month).amount)
    jht = _pct(used("bpu_jht_rate", month), base) if with_jht else Decimal(0)
    key = "bpu_discount_transport_rate" if transport else "bpu_discount_rate"
    disc_rate = used.find(key, month)
    discount = Decimal(0)
    if disc_rate is not None and disc_rate.value is not None:
        discount = round_rupiah((jkk + jkm) * disc_rate.fraction)
    return BpuMonth(month, jkk, jkm, jht, discount)


def bpu_contribution(rates: Rates, on: date, income: Decimal, *, with_jht: bool = False,
                     transport: bool = False, periods: tuple[int, ...] = BPU_PERIODS) -> BpuResult:
    """Estimate a BPU's monthly contribution from the declared monthly income.

    JKK = bpu_jkk_rate x income and JHT (optional) = bpu_jht_rate x income, with the income
    clamped to [bpu_income_min, bpu_income_max]; JKM is flat. The PP 50/2025 discount takes
    its rate x (JKK + JKM) off, for the months it covers. Amounts for several months are summed
    month by month, each month with the rates in force on its first day (the first month: `on`),
    so a discount ending inside the period is counted only for the months it covers.
    It is an ESTIMATE: the official amount follows the bracket table of PP 44/2015 Lampiran II.
    """
    used = Used(rates, on)
    low, high = used("bpu_income_min").amount, used("bpu_income_max").amount
    base, clamped = income, None
    if income < low:
        base, clamped = low, "min"
    elif income > high:
        base, clamped = high, "max"
    count = max(periods) if periods else 1
    months = [_bpu_month(used, on if i == 0 else add_months(on, i), base, with_jht, transport)
              for i in range(count)]
    first = months[0]
    totals = {n: sum((m.payable for m in months[:n]), Decimal(0)) for n in periods}
    ends_in = {n: len({m.discount > 0 for m in months[:n]}) > 1 for n in periods}
    disc_now = bpu_discount(rates, on, transport)
    other = None
    if not transport:
        other = bpu_discount(rates, on, True)
        if other is not None and disc_now is not None:
            other = None  # both sectors get it today: nothing extra to mention
        elif other is not None:
            used.find("bpu_discount_transport_rate")
    return BpuResult(on, income, base, clamped, with_jht, transport, first.jkk, first.jkm,
                     first.jht, disc_now, first.discount, months, totals, ends_in, other,
                     used.list())


# ---------------------------------------------------------------- wage earners (PU)
@dataclass
class WageResult:
    """Monthly contributions for one wage earner (penerima upah)."""

    on: date
    wage: Decimal
    jkk_class: int | None  # None: not known, the employer's JKK is not computed
    jkk: Decimal | None
    jkm: Decimal
    employer_jht: Decimal
    worker_jht: Decimal
    jp_base: Decimal
    jp_cap: RateValue
    employer_jp: Decimal
    worker_jp: Decimal
    rates_used: list[RateValue] = field(default_factory=list)

    @property
    def jp_capped(self) -> bool:
        return self.wage > self.jp_cap.amount

    @property
    def worker_total(self) -> Decimal:
        return self.worker_jht + self.worker_jp

    @property
    def employer_total(self) -> Decimal | None:
        if self.jkk is None:
            return None
        return self.jkk + self.jkm + self.employer_jht + self.employer_jp

    @property
    def employer_known(self) -> Decimal:
        """The employer's share without JKK (what is known before the class is)."""
        return self.jkm + self.employer_jht + self.employer_jp

    @property
    def total(self) -> Decimal | None:
        employer = self.employer_total
        return None if employer is None else employer + self.worker_total


def wage_contribution(rates: Rates, on: date, wage: Decimal,
                      jkk_class: int | None = None) -> WageResult:
    """Employer and worker shares for a monthly wage (gaji pokok + tunjangan tetap).

    JKK (employer, by risk class) and JKM (employer) on the full wage; JHT employer and worker
    on the full wage (no cap); JP employer and worker on min(wage, JP wage cap for `on`).
    JKP costs nothing extra: it is funded by the government and a JKK recomposition.
    """
    if jkk_class is not None and jkk_class not in JKK_CLASSES:
        raise ValueError(f"JKK class must be 1-5, not {jkk_class}")
    used = Used(rates, on)
    jkk = _pct(used(f"jkk_rate_{jkk_class}"), wage) if jkk_class else None
    jkm = _pct(used("jkm_rate"), wage)
    employer_jht = _pct(used("jht_employer_rate"), wage)
    worker_jht = _pct(used("jht_worker_rate"), wage)
    cap = used("jp_wage_cap")
    jp_base = min(wage, cap.amount)
    employer_jp = _pct(used("jp_employer_rate"), jp_base)
    worker_jp = _pct(used("jp_worker_rate"), jp_base)
    return WageResult(on, wage, jkk_class, jkk, jkm, employer_jht, worker_jht, jp_base, cap,
                      employer_jp, worker_jp, used.list())


# ---------------------------------------------------------------- a whole staff
PROGRAMS = ("JKK", "JKM", "JHT", "JP")


@dataclass
class StaffResult:
    """Totals per program for a staff: each worker computed alone (JP cap per worker)."""

    on: date
    jkk_class: int | None
    groups: list[tuple[WageResult, int]]  # (one worker's result, how many earn that wage)
    employer: dict[str, Decimal]  # program -> employer total (JKK missing while class unknown)
    worker: dict[str, Decimal]
    capped_workers: int
    rates_used: list[RateValue] = field(default_factory=list)

    @property
    def headcount(self) -> int:
        return sum(n for _, n in self.groups)

    @property
    def wage_total(self) -> Decimal:
        return sum((r.wage * n for r, n in self.groups), Decimal(0))

    @property
    def employer_total(self) -> Decimal:
        return sum(self.employer.values(), Decimal(0))

    @property
    def worker_total(self) -> Decimal:
        return sum(self.worker.values(), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.employer_total + self.worker_total


def staff_contribution(rates: Rates, on: date, wages: list[tuple[Decimal, int]],
                       jkk_class: int | None = None) -> StaffResult:
    """Per-program totals for (wage, headcount) pairs; rounding per worker, then summed."""
    groups = [(wage_contribution(rates, on, wage, jkk_class), count) for wage, count in wages]
    employer = {p: Decimal(0) for p in PROGRAMS if p != "JKK" or jkk_class}
    worker = {"JHT": Decimal(0), "JP": Decimal(0)}
    used: dict[tuple[str, date], RateValue] = {}
    for res, n in groups:
        if jkk_class:
            employer["JKK"] += (res.jkk or 0) * n
        employer["JKM"] += res.jkm * n
        employer["JHT"] += res.employer_jht * n
        employer["JP"] += res.employer_jp * n
        worker["JHT"] += res.worker_jht * n
        worker["JP"] += res.worker_jp * n
        for value in res.rates_used:
            used.setdefault((value.key, value.valid_from), value)
    capped = sum(n for res, n in groups if res.jp_capped)
    return StaffResult(on, jkk_class, groups, employer, worker, capped, list(used.values()))


# ---------------------------------------------------------------- benefits
@dataclass
class JkpResult:
    """JKP cash benefit for a job loss (PHK)."""

    wage: Decimal
    base: Decimal  # wage capped at jkp_wage_cap
    monthly: list[Decimal]  # one amount per benefit month
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
        monthly = [_pct(rate, base)] * months
    else:  # PP 37/2021: the first half of the months at one rate, the rest at another
        first, nxt = used("jkp_old_first_rate"), used("jkp_old_next_rate")
        half = months // 2
        monthly = [_pct(first, base)] * half + [_pct(nxt, base)] * (months - half)
    return JkpResult(wage, base, monthly, used.list())


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
    return JkkDeathResult(wage, lump, used("jkk_periodic_lump").amount,
                          used("jkk_funeral").amount, used("jkk_scholarship_max").amount,
                          used.list())


@dataclass
class DisabilityResult:
    wage: Decimal
    amount: Decimal
    rates_used: list[RateValue]


def jkk_disability(rates: Rates, on: date, wage: Decimal) -> DisabilityResult:
    """Total permanent disability from a work accident: 70% x 80 x wage, once."""
    used = Used(rates, on)
    factor = used("jkk_disability_rate").fraction * used("jkk_disability_multiplier").amount
    return DisabilityResult(wage, round_rupiah(factor * wage), used.list())


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


# Assumptions, not rates: nothing in law fixes them, so they are shown in every reply as such.
ASSUMED_RETURN = Decimal(5)  # percent a year
ASSUMED_WAGE_GROWTH = Decimal(3)  # percent a year


def jht_projection(rates: Rates, on: date, wage: Decimal, years: int,
                   balance: Decimal = Decimal(0), annual_return: Decimal = ASSUMED_RETURN,
                   wage_growth: Decimal = ASSUMED_WAGE_GROWTH) -> JhtProjection:
    """Month by month: the balance earns annual_return/12, then the month's contribution
    (JHT employer + worker on the wage) is added; the wage rises by wage_growth each year.
    The balance is rounded each month (the project's one rounding rule)."""
    used = Used(rates, on)
    emp, wrk = used("jht_employer_rate"), used("jht_worker_rate")
    monthly_rate = annual_return / 100 / 12
    bal, paid, earned, current = balance, Decimal(0), Decimal(0), wage
    first = _pct(emp, wage) + _pct(wrk, wage)
    for month in range(years * 12):
        if month and month % 12 == 0:
            current = round_rupiah(current * (1 + wage_growth / 100))
        interest = round_rupiah(bal * monthly_rate)
        contribution = _pct(emp, current) + _pct(wrk, current)
        bal += interest + contribution
        paid += contribution
        earned += interest
    return JhtProjection(balance, wage, years, annual_return, wage_growth, paid, earned, bal,
                         first, used.list())


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
    for value in (lo, hi):
        if value is not None:
            used.values.setdefault((value.key, value.valid_from), value)
    monthly, limited = None, None
    if months >= min_months:
        monthly = round_rupiah(accrual.fraction * Decimal(months) / 12 * base)
        if lo is not None and lo.confirmed and monthly < lo.amount:
            monthly, limited = lo.amount, "min"
        elif hi is not None and hi.confirmed and monthly > hi.amount:
            monthly, limited = hi.amount, "max"
    return JpEstimate(wage, months, base, cap, min_months, monthly, lo, hi, limited, used.list())
