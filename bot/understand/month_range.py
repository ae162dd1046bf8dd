"""Contribution months typed as a range: "bayar bpu desember sampai maret 2027", "iuran
2027 (jan-des)", "okt - des 2026"; or up to a month from now: "bayar sampai maret 2027". The
months are counted with both ends (December to March: four), from the first one. The words
are calc-cues `reading.until_words` and the month names of calc-cues `numbered`."""

from __future__ import annotations

from datetime import date

from bot.understand.cues import Cues
from bot.understand.dates import month_names, month_number
from bot.understand.reading import alt
from bot.understand.request import CalcRequest

MAX_MONTHS = 24  # contributions are paid ahead for months, never for years on end
YEAR = r"(?:19|20)\d\d"


def _pattern(cues: Cues) -> str:
    names = month_names(cues)
    return (rf"(?:(?:\b(?P<y0>{YEAR})\s*\(\s*)?\b(?P<m1>{names})\.?(?:\s+(?P<y1>{YEAR}))?\s*)?"
            rf"(?:-|–|s/d|s\.d\.?|\b{alt(cues, 'until_words')})\s*"
            rf"\b(?P<m2>{names})\b\.?(?:\s+(?P<y2>{YEAR})\b)?")


def _span(m, on: date, cues: Cues) -> tuple[date, int] | None:
    """The first month and the count of months of a range match; None when it is not one."""
    last = month_number(cues, m.group("m2"))
    if m.group("m1") is None:  # "sampai maret 2027": from this month, the year typed
        if m.group("y2") is None:
            return None
        first_y, first = on.year, on.month
        end_y = int(m.group("y2"))
    else:
        first = month_number(cues, m.group("m1"))
        typed = m.group("y1") or m.group("y0")
        if typed:
            first_y = int(typed)
        elif m.group("y2"):
            first_y = int(m.group("y2")) - (first > last)
        else:
            first_y = on.year
        end_y = int(m.group("y2")) if m.group("y2") else first_y + (last < first)
    count = end_y * 12 + last - (first_y * 12 + first) + 1
    return (date(first_y, first, 1), count) if 1 < count <= MAX_MONTHS else None


def typed_range(low: str, on: date, cues: Cues) -> tuple[date, int] | None:
    """The first month and the count of months of the first range typed that starts this
    month or later (a past range is months owed, read elsewhere); None when there is none."""
    for m in cues.pattern("month_range", _pattern).finditer(low):
        span = _span(m, on, cues)
        if span and span[0] >= date(on.year, on.month, 1):
            return span
    return None


def month_range(req: CalcRequest, low: str, on: date, cues: Cues) -> None:
    """A contribution for the months of a range typed: the count and the first month on `req`
    (no change for a benefit, a fine, months owed, or a count already read)."""
    if req.kind != "contribution" or req.period_months or req.arrears:
        return
    span = typed_range(low, on, cues)
    if span:
        req.month, req.period_months = span[0].isoformat(), span[1]
