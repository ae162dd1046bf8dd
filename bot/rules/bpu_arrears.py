"""Which contribution months a BPU's arrears cover (BPU pays the month itself, by its due day)."""

from __future__ import annotations

from datetime import date

from bot.content.rates import Rates, RateValue
from bot.rules.contributions import add_months


def arrears_months(rates: Rates, on: date, months: int, this_month: bool = False
                   ) -> tuple[date, date, list[RateValue]]:
    """(first, last) contribution month of `months` unpaid months on `on`: the last is the
    latest month already due (this month after its due day, else the month before; this month
    when `this_month`: "2 bulan + bulan ini"), and the rates that decided it (the due day,
    the grace months before coverage stops)."""
    due = rates.get("bpu_due_day", on)
    this = date(on.year, on.month, 1)
    last = this if this_month or on.day > int(due.amount) else add_months(this, -1)
    used = [due, rates.get("bpu_grace_months", on)]
    return add_months(last, -(max(months, 1) - 1)), last, used
