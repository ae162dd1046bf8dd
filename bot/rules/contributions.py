"""Contribution calculations: pure Decimal arithmetic over the effective-dated rates.

Every function takes the `Rates` and the date the figures are for, and returns a result that
lists the `RateValue`s it used (for the "rates used" footer). No rate is written in code.

Rounding rule (the only one): `bot.formatting.round_rupiah`, half up to whole rupiah, applied
to every line item (one program, one party, one month); totals are sums of rounded items, so
a breakdown always adds up to its total.

Contribution month: a wage earner pays month M by the 15th of M+1, and caps and discounts belong
to the contribution month, so every contribution result carries `month` (the first day of the
month it computes for) and looks its rates up for that month. Values past their known period
(a JP cap not yet announced) come back `stale`; `stale_values(result.rates_used)` lists them.

Stable API reused by the registration flow:
    bpu_contribution(rates, on, income, *, with_jht=False, transport=False) -> BpuResult
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from bot.content.rates import Rates, RateValue, contribution_month
from bot.core.formatting import round_rupiah

JKK_CLASSES = (1, 2, 3, 4, 5)
BPU_PERIODS = (1, 3, 6, 12)


def percent_of(value: RateValue, base: Decimal) -> Decimal:
    """One line item: a percent rate of a base, rounded by the project's rule."""
    return round_rupiah(base * value.fraction)


def add_months(day: date, months: int) -> date:
    """First day of the month `months` after `day`'s month (contribution months)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def stale_values(values: list[RateValue]) -> list[RateValue]:
    """The values used past their known period: the calculation is an estimate on the last
    known figure ("perkiraan memakai batas 2026")."""
    return [v for v in values if v.stale]


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
    jht_option: Decimal  # what JHT would add per month (shown when JHT was not chosen)
    discount_rate: RateValue | None  # the discount in force on `on`, if any
    discount: Decimal
    months: list[BpuMonth]
    periods: dict[int, Decimal]  # months -> total payable over that many months
    discount_ends_in: dict[int, bool]  # months -> the discount stops within that period
    other_discount: RateValue | None  # the other sector's discount, when only it applies
    rates_used: list[RateValue] = field(default_factory=list)
    # months -> (first, last) discounted contribution month when the discount covers only part
    # of that period (it ends, or starts later, inside it); None when it covers all or none
    discount_span: dict[int, tuple[date, date] | None] = field(default_factory=dict)
    month: date | None = None  # the first contribution month computed

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
    jkk = percent_of(used("bpu_jkk_rate", month), base)
    jkm = round_rupiah(used("bpu_jkm_flat", month).amount)
    jht = percent_of(used("bpu_jht_rate", month), base) if with_jht else Decimal(0)
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
    used("bpu_min_jkk_jkm")  # the only confirmed bracket, quoted next to every estimate
    low, high = used("bpu_income_min").amount, used("bpu_income_max").amount
    base, clamped = income, None
    if income < low:
        base, clamped = low, "min"
    elif income > high:
        base, clamped = high, "max"
    count = max(periods) if periods else 1
    start = contribution_month(on)
    months = [_bpu_month(used, add_months(start, i), base, with_jht, transport)
              for i in range(count)]
    first = months[0]
    totals = {n: sum((m.payable for m in months[:n]), Decimal(0)) for n in periods}
    # "ends in": discounted now and not for the whole period (a discount that only STARTS
    # inside the period is in discount_span, never here: it has no end date to show today)
    ends_in = {n: first.discount > 0 and any(m.discount == 0 for m in months[:n])
               for n in periods}
    span = {n: _discount_span(months[:n]) for n in periods}
    disc_now = bpu_discount(rates, on, transport)
    other = None
    if not transport:
        other = bpu_discount(rates, on, True)
        if other is not None and disc_now is not None:
            other = None  # both sectors get it today: nothing extra to mention
        elif other is not None:
            used.find("bpu_discount_transport_rate")
    jht_option = percent_of(used("bpu_jht_rate"), base)
    return BpuResult(on, income, base, clamped, with_jht, transport, first.jkk, first.jkm,
                     first.jht, jht_option, disc_now, first.discount, months, totals, ends_in,
                     other, used.list(), span, start)


def _discount_span(months: list[BpuMonth]) -> tuple[date, date] | None:
    """First and last discounted month, when only part of the months are discounted."""
    discounted = [m.month for m in months if m.discount > 0]
    if not discounted or len(discounted) == len(months):
        return None
    return discounted[0], discounted[-1]


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
    month: date | None = None  # the contribution month computed (its first day)

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
    on the full wage (no cap); JP employer and worker on min(wage, JP wage cap).
    JKP costs nothing extra: it is funded by the government and a JKK recomposition.
    Computed for the contribution month of `on` (rates as of its first day): the March
    contribution uses the March JP cap even when it is paid in April.
    """
    if jkk_class is not None and jkk_class not in JKK_CLASSES:
        raise ValueError(f"JKK class must be 1-5, not {jkk_class}")
    month = contribution_month(on)
    used = Used(rates, month)
    jkk = percent_of(used(f"jkk_rate_{jkk_class}"), wage) if jkk_class else None
    jkm = percent_of(used("jkm_rate"), wage)
    employer_jht = percent_of(used("jht_employer_rate"), wage)
    worker_jht = percent_of(used("jht_worker_rate"), wage)
    cap = used("jp_wage_cap")
    jp_base = min(wage, cap.amount)
    employer_jp = percent_of(used("jp_employer_rate"), jp_base)
    worker_jp = percent_of(used("jp_worker_rate"), jp_base)
    return WageResult(on, wage, jkk_class, jkk, jkm, employer_jht, worker_jht, jp_base, cap,
                      employer_jp, worker_jp, used.list(), month)


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
    month: date | None = None  # the contribution month computed (its first day)

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
    return StaffResult(on, jkk_class, groups, employer, worker, capped, list(used.values()),
                       contribution_month(on))
