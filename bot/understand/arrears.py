"""BPU arrears: months unpaid by an informal worker are owed, never fined."""

from __future__ import annotations

import re

from bot.understand.cues import Cues
from bot.understand.reading_more import this_month_after
from bot.understand.request import CalcRequest

# a count of months as the reader counts them (bot/understand/amounts.py COUNTERS)
_MONTHS_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:bulan|bln|bl|months?)\b")


def bpu_arrears(req: CalcRequest, low: str, cues: Cues) -> None:
    """"bpu nunggak 3 bulan, penghasilan 2jt, bayar brp": BPU has no late fine (facts 1d), so
    a fine asked with the income is the contribution for the months owed (`arrears`); "2
    bulan + bulan ini" owes this month too (a PU fine is not changed: this month is not late)."""
    if req.kind != "fine" or req.who != "bpu" or not req.months_late or not req.wages:
        return
    req.kind, req.arrears = "contribution", True
    req.period_months, req.months_late = req.months_late, None
    after = cues.pattern("this_month_after", this_month_after)
    if any(int(m.group(1)) == req.period_months and after.match(low, m.end())
           for m in _MONTHS_RE.finditer(low)):
        req.period_months, req.arrears_now = req.period_months + 1, True
