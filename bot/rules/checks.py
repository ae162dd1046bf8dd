"""Late fines and payslip checks: arithmetic over the contributions and the rates.

Same rounding rule as `bot.rules.contributions`: half up to whole rupiah per line item, totals
are sums of rounded items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.content.rates import Rates, RateValue
from bot.core.formatting import round_rupiah
from bot.rules.contributions import StaffResult, WageResult, staff_contribution, wage_contribution


@dataclass
class LateFine:
    """The PU late fine: a rate per month of delay on the contribution that was due."""

    staff: StaffResult | None  # the monthly contribution due (JKK missing while unknown)
    months_late: int
    rate: RateValue
    per_month: Decimal
    rates_used: list[RateValue]
    stated: Decimal | None = None  # the monthly contribution as the user gave it

    @property
    def due(self) -> Decimal:
        if self.stated is not None or self.staff is None:
            return self.stated or Decimal(0)
        return self.staff.total

    @property
    def fine(self) -> Decimal:
        return self.per_month * self.months_late


def late_fine(rates: Rates, on: date, wages: list[tuple[Decimal, int]], jkk_class: int | None,
              months_late: int) -> LateFine:
    """One month's contribution (employer + worker) paid `months_late` months late."""
    staff = staff_contribution(rates, on, wages, jkk_class)
    rate = rates.get("pu_late_fine_rate", on)
    per_month = round_rupiah(staff.total * rate.fraction)
    return LateFine(staff, months_late, rate, per_month, [*staff.rates_used, rate])


def late_fine_on(rates: Rates, on: date, due: Decimal, months_late: int) -> LateFine:
    """The fine on a monthly contribution the user stated (all programs included)."""
    rate = rates.get("pu_late_fine_rate", on)
    per_month = round_rupiah(due * rate.fraction)
    return LateFine(None, months_late, rate, per_month, [rate], stated=due)


@dataclass
class PayslipCheck:
    """What the BPJS Ketenagakerjaan deduction should be, against the deduction seen."""

    wage_result: WageResult
    seen: Decimal
    health: Decimal  # the usual BPJS Kesehatan worker share, for the explanation only
    health_rate: Decimal
    health_cap: Decimal
    program: str | None = None  # "dipotong jp 130rb": the one program the slip line names

    @property
    def expected(self) -> Decimal:
        if self.program == "JHT":
            return self.wage_result.worker_jht
        if self.program == "JP":
            return self.wage_result.worker_jp
        return self.wage_result.worker_total

    @property
    def difference(self) -> Decimal:
        return self.seen - self.expected


def payslip_check(rates: Rates, on: date, wage: Decimal, seen: Decimal, health_rate: Decimal,
                  health_cap: Decimal, program: str | None = None) -> PayslipCheck:
    """Expected JHT + JP deduction for the wage (or the one `program` named: JHT or JP);
    BPJS Kesehatan 1% (capped) as a likely rest."""
    res = wage_contribution(rates, on, wage)
    health = round_rupiah(min(wage, health_cap) * health_rate / 100)
    return PayslipCheck(res, seen, health, health_rate, health_cap,
                        program if program in ("JHT", "JP") else None)


@dataclass
class Stmb:
    """JKK wage replacement while temporarily unable to work (STMB)."""

    wage: Decimal
    first: Decimal
    first_months: int
    after: Decimal
    rates_used: list[RateValue]


def stmb(rates: Rates, on: date, wage: Decimal) -> Stmb:
    """100% of the wage for the first months, then 50% until recovered (PP 44/2015)."""
    first_rate = rates.get("jkk_stmb_first_rate", on)
    months = rates.get("jkk_stmb_first_months", on)
    after_rate = rates.get("jkk_stmb_after_rate", on)
    return Stmb(wage, round_rupiah(wage * first_rate.fraction), int(months.amount),
                round_rupiah(wage * after_rate.fraction), [first_rate, months, after_rate])


def stmb_over(s: Stmb, months: Decimal) -> Decimal:
    """STMB paid over `months` unable to work: the first months at the first rate, the rest at
    the later one (12 x 100% + 3 x 50% for 15 months)."""
    first = min(months, Decimal(s.first_months))
    return round_rupiah(s.first * first + s.after * max(months - s.first_months, Decimal(0)))


def stmb_month(s: Stmb, month_no: int) -> Decimal:
    """What STMB pays for month number `month_no`."""
    return s.first if month_no <= s.first_months else s.after
