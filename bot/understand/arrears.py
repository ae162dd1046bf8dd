"""BPU arrears: months unpaid by an informal worker are owed, never fined."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understand.cues import Cues
from bot.understand.reading import alt
from bot.understand.reading_more import this_month_after
from bot.understand.request import CalcRequest
from bot.understand.who import decide_who

# a count of months as the reader counts them (bot/understand/amounts.py COUNTERS): the number,
# then this
_MONTHS_UNIT = r"\s*(?:bulan|bln|bl|months?)\b"
_MONTHS_RE = re.compile(rf"(?<![\d.,])(\d{{1,3}}){_MONTHS_UNIT}")


def bpu_arrears(req: CalcRequest, low: str, cues: Cues) -> None:
    """"bpu nunggak 3 bulan, penghasilan 2jt, bayar brp": BPU has no late fine (facts 1d), so
    a fine asked with the income is the contribution for the months owed (`arrears`); "2
    bulan + bulan ini" owes this month too (a PU fine is not changed: this month is not late).
    A BPU's contribution for months said unpaid ("blm bayar 3 bulan", "I owe 3 months") is
    the same: months owed, not months to pay ahead; a wage earner's is the whole contribution
    owed for those months (`arrears`, the fine said beside it)."""
    if req.kind == "fine" and req.months_late and req.wages and not req.contribution \
            and _unpaid(low, req.months_late, cues) and not _bpu(req, low, cues) \
            and not cues.pattern("penalty", _penalty).search(low):
        # "gaji 5jt blm dibayar iuran 3 bulan, total tunggakan brp": months owed, no fine asked
        req.kind, req.period_months, req.months_late = "contribution", req.months_late, None
    if req.kind == "contribution" and req.period_months and req.wages and _unpaid(
            low, req.period_months, cues):
        if not _bpu(req, low, cues):
            # a wage earner's months said unpaid ("gaji 5jt blm bayar 3 bulan"): the whole
            # contribution owed for them (the late fine is said beside it), not months ahead
            req.arrears = True
            return
        req.months_late = req.period_months  # read as owed, below
    elif req.kind != "fine" or req.who != "bpu" or not req.months_late or not req.wages:
        return
    req.kind, req.arrears = "contribution", True
    req.period_months, req.months_late = req.months_late, None
    after = cues.pattern("this_month_after", this_month_after)
    if any(int(m.group(1)) == req.period_months and after.match(low, m.end())
           for m in _MONTHS_RE.finditer(low)):
        req.period_months, req.arrears_now = req.period_months + 1, True


def _unpaid_months(c: Cues) -> str:
    """"blm bayar 3 bulan", "belum bayar iuran 3 bln", "owe 2 months of bpu", "3 bulan belum
    dibayar": a count of months said unpaid (calc-cues `reading.unpaid_words`)."""
    unpaid = rf"\b{alt(c, 'unpaid_words')}\b"
    return (rf"{unpaid}\s+(?:[a-z]+\s+){{0,2}}?(?P<a>\d{{1,3}}){_MONTHS_UNIT}"
            rf"|(?<![\d.,])(?P<b>\d{{1,3}}){_MONTHS_UNIT}\s+(?:[a-z]+\s+)?{unpaid}")


def _penalty(c: Cues) -> str:  # "denda", "fine": the fine itself is asked
    return rf"\b{alt(c, 'penalty_words')}"


def _unpaid(low: str, months: int, cues: Cues) -> bool:
    return any(int(m.group("a") or m.group("b")) == months
               for m in cues.pattern("unpaid_months", _unpaid_months).finditer(low))


def _bpu(req: CalcRequest, low: str, cues: Cues) -> bool:
    """Whether the message is an informal worker's (the reader decides who after this)."""
    probe = replace(req, programs=list(req.programs), wages=list(req.wages))
    decide_who(probe, low, cues)
    return probe.who == "bpu"
