"""Which month of STMB is asked ("bulan ke-14", "the 14th month", "month 14"): that month's
own rate (100% for the first months, then 50%), not the whole stretch. Words: calc-cues
`reading.month_nouns` and `reading.ordinal_marks`."""

from __future__ import annotations

from dataclasses import replace

from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.reading import alt
from bot.understand.request import CalcRequest

MAX_MONTH_NO = 120


def _month_no(c: Cues) -> str:
    noun = alt(c, "month_nouns")
    return (rf"\b{noun}\s*{alt(c, 'ordinal_marks')}\s*-?\s*(?P<a>\d{{1,3}})(?![\d.,])"
            rf"|(?<![\d.,])(?P<b>\d{{1,3}})\s*(?:st|nd|rd|th)\s+{noun}\b")


def month_no_counted(low: str, found: list[Amount], cues: Cues) -> list[Amount]:
    """An STMB month number ("stmb bulan ke 15 brp") read as months, as "stmb 15 bulan" is: a
    message with no wage then asks the wage; `stmb_month` keeps it as the month asked."""
    if "accident" not in cues.found("kinds", low):
        return found
    at = {m.start("a") if m.group("a") else m.start("b")
          for m in cues.pattern("stmb_month_no", _month_no).finditer(low)}
    return [replace(a, kind="months") if a.start in at and a.kind == "money" and not a.explicit
            else a for a in found]


def stmb_month(req: CalcRequest, low: str, cues: Cues) -> None:
    """Note on an accident benefit request the month number asked (`req.month_no`)."""
    if req.kind != "benefit" or req.benefit != "accident":
        return
    m = cues.pattern("stmb_month_no", _month_no).search(low)
    if m and 0 < (n := int(m.group("a") or m.group("b"))) <= MAX_MONTH_NO:
        req.month_no = n
        if req.months == n:  # the month number read as months: no stretch of months
            req.months = None
