"""Months named in words, read after the amounts: which month of STMB is asked ("bulan ke-14",
stmb_months.py), a contribution for a range of months (month_range.py) and one asked for a
year ("potongan bpjs tk setahun", "setahun iuran perusahaan brp": twelve months, calc-cues
`periods.year`) when the year is not the wage's."""

from __future__ import annotations

from datetime import date

from bot.understand.cues import Cues
from bot.understand.month_range import month_range
from bot.understand.months_listed import listed_unpaid
from bot.understand.reading import rule
from bot.understand.request import CalcRequest
from bot.understand.stmb_months import stmb_month

__all__ = ["listed_unpaid", "months_named"]  # the reader's (reader.py is at its size limit)

NEAR = 20  # letters between a contribution word and the year said after it


def months_named(req: CalcRequest, low: str, cues: Cues, on: date) -> None:
    """Note the STMB month asked, a contribution's range of months and its year on `req`."""
    stmb_month(req, low, cues)
    month_range(req, low, on, cues)  # "bayar bpu desember sampai maret 2027"
    if req.kind != "contribution" or req.period_months or req.arrears or req.income_period \
            or "year" not in cues.periods:
        return
    asked = cues.spans("kinds", "contribution", low)
    for s, e in cues.spans("periods", "year", low):
        if rule(cues, "tenure_before").search(low, 0, s) or rule(cues, "growth_next").match(low, e):
            continue  # "sudah kerja setahun", "naik 5% per tahun"
        if any(ce <= s <= ce + NEAR or e < cs <= e + 2 for cs, ce in asked):
            req.period_months = int(cues.periods["year"].months)
            return
