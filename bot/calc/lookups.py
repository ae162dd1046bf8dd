"""Rate lookups the calculator's questions and readings need: a due date, a JKK group by rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.core.engine import Ctx
from bot.rules.contributions import add_months
from bot.understand.request import CalcRequest


def due_of(ctx: Ctx, req: CalcRequest, waiting: str) -> tuple[date, date] | None:
    """(the contribution month named, its due date) when the months late are asked: "iuran
    november" is due 15 Desember, so the user can count the months from there."""
    month = req.month_date()
    if waiting != "late" or month is None:
        return None
    day = ctx.content.faq.rates.find("pu_due_day", month)
    return (month, add_months(month, 1).replace(day=int(day.amount))) if day else None


def class_of_rate(ctx: Ctx, on: date, typed: str) -> int | None:
    """The JKK risk group whose rate on `on` is the one typed ("jkk 0,54%"), if any."""
    rate = Decimal(typed)
    rates = ctx.content.faq.rates
    for cls in range(1, 6):
        value = rates.find(f"jkk_rate_{cls}", on)
        if value is not None and value.amount == rate:
            return cls
    return None
