"""Wages of one payroll list paid per different periods ("3 buruh harian 150rb sehari, 2 karyawan
bulanan 4,5jt"), each made monthly by its own period (faq/calc-cues.yaml `periods`)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bot.understand.cues import Cues


def monthly_each(wages: list[tuple[Decimal, int]], periods: list[str | None],
                 cues: Cues, days: int | None) -> list[tuple[Decimal, int]]:
    """A list mixing daily, weekly and monthly pay ("3 buruh harian 150rb sehari, 2 karyawan
    bulanan 4,5jt"): each wage made monthly by its own period (`periods`, one per wage, so
    "2 org 150rb sehari, 1 org 150rb seminggu" keeps both); typed days a month apply when one
    wage alone is daily."""
    daily = [name for name in periods if name == "day"]
    out = []
    for (value, n), name in zip(wages, periods, strict=True):
        if name is None:
            out.append((value, n))
            continue
        period = cues.periods[name]
        if name == "day" and days and len(daily) == 1:
            period = replace(period, per_month=Decimal(days))
        out.append((period.monthly(value), n))
    return out
