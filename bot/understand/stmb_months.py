"""Which month of STMB is asked ("bulan ke-14", "the 14th month", "month 14"): that month's
own rate (100% for the first months, then 50%), not the whole stretch. Words: calc-cues
`reading.month_nouns` and `reading.ordinal_marks`."""

from __future__ import annotations

from bot.understand.cues import Cues
from bot.understand.reading import alt
from bot.understand.request import CalcRequest

MAX_MONTH_NO = 120


def _month_no(c: Cues) -> str:
    noun = alt(c, "month_nouns")
    return (rf"\b{noun}\s*{alt(c, 'ordinal_marks')}\s*-?\s*(?P<a>\d{{1,3}})(?![\d.,])"
            rf"|(?<![\d.,])(?P<b>\d{{1,3}})\s*(?:st|nd|rd|th)\s+{noun}\b")


def stmb_month(req: CalcRequest, low: str, cues: Cues) -> None:
    """Note on an accident benefit request the month number asked (`req.month_no`)."""
    if req.kind != "benefit" or req.benefit != "accident":
        return
    m = cues.pattern("stmb_month_no", _month_no).search(low)
    if m and 0 < (n := int(m.group("a") or m.group("b"))) <= MAX_MONTH_NO:
        req.month_no = n
