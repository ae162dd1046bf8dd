"""How long since a start typed as a date: "sejak 2015", "dr 2015 - skrg", "dari 2008 sampai
2026", "sejak maret 2019", "dari januari 2008 sampai desember 2026", "since 2015". The words
are calc-cues `reading` lists (since_words, until_words, now_words) and the month names
calc-cues `numbered` months."""

from __future__ import annotations

import re
from datetime import date

from bot.understand.cues import Cues
from bot.understand.dates import month_names, month_number
from bot.understand.reading import alt
from bot.understand.request import CalcRequest

MAX_MONTHS = 60 * 12  # a working life, as counts.MAX_YEARS


def _pattern(cues: Cues) -> str:
    names = month_names(cues)
    return (rf"\b{alt(cues, 'since_words')}\s+(?:(?:bulan|bln|thn|tahun)\s+)?"
            rf"(?:(?P<month>{names})\.?\s+)?(?P<year>(?:19|20)\d\d)\b"
            rf"(?:\s*(?:-|{alt(cues, 'until_words')})\s*(?:(?:bulan|bln|thn|tahun)\s+)?"
            rf"(?:(?:(?P<end_month>{names})\.?\s+)?(?P<end>(?:19|20)\d\d)\b"
            rf"|{alt(cues, 'now_words')}))?")


def since_months(low: str, on: date, cues: Cues) -> int | None:
    """The months from the start typed to its end (a year, or now when none or "skrg" is
    typed); None when no such start is in the text or the length is impossible."""
    m = cues.pattern("since_date", _pattern).search(low)
    if m is None:
        return None
    start, end = int(m.group("year")), int(m.group("end") or on.year)
    month = m.group("month")
    if month and not m.group("end"):  # "sejak maret 2019": to this month
        months = (on.year * 12 + on.month) - (start * 12 + month_number(cues, month))
    elif month and m.group("end_month"):  # "dari januari 2008 sampai desember 2026": both
        months = (end * 12 + month_number(cues, m.group("end_month"))) \
            - (start * 12 + month_number(cues, month)) + 1  # months counted, the last one too
    else:
        months = (end - start) * 12
    return months if 0 < months <= MAX_MONTHS else None


def starts_at(low: str, start: int, cues: Cues) -> bool:
    """Whether a since word stands right before `start` ("kerja sejak maret 2019": the month
    work began, not the contribution month meant)."""
    return bool(re.search(rf"\b{alt(cues, 'since_words')}\s+$", low[:start]))


def membership(req: CalcRequest, low: str, on: date, kinds: set[str], cues: Cues) -> None:
    """"jp sy dr 2008 sampai 2026, gaji 7jt, pensiun brp", "kerja sejak 2015 gaji 5jt, saldo
    jht skrg brp": the months since the start are the membership a pension or a JHT balance is
    computed over; never a contribution's months ("dr 2015 kerja, potongan brp") unless a
    benefit is asked beside it ("iuran jp sejak 2010, nanti pensiun dapat brp")."""
    asks = kinds & {"projection", "pension", "benefit_verbs"}
    if req.months is None and ("contribution" not in kinds or asks) \
            and (req.balance or {"JP", "JHT"} & set(req.programs) or asks):
        req.months = req.months_since = since_months(low, on, cues)


def contribution_month(month: date | None, spans: list[tuple[int, int]], low: str, on: date,
                       kinds: set[str], cues: Cues) -> date | None:
    """The month read, unless it is a past month after a since word outside a late fine
    ("kerja sejak maret 2019, gaji 6jt": when work began; "nunggak sejak agustus" stays)."""
    if month is None or "fine" in kinds or not spans or month >= date(on.year, on.month, 1):
        return month
    return None if starts_at(low, spans[0][0], cues) else month
