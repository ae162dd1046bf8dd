"""Years, months and percentages in a calculation message, and whether a count of years or
months is how long the person has worked ("saya ojol 2 tahun") rather than how many months of
contributions are asked for ("iuran untuk 2 tahun")."""

from __future__ import annotations

import re

from bot.core.replies import Text
from bot.understand.amounts import Amount
from bot.understand.cues import Cues
from bot.understand.request import CalcRequest

MAX_YEARS = 60  # a working life; "1000 tahun" is a typo
OLD_RE = re.compile(r"\s*(?:old|of age)\b")  # "40 years old": an age, not membership
AGE_GAP = 4  # "usia 65 tahun", "umur: 56 thn": the age word right before the number
GROWTH_RE = re.compile(r"\b(naik|kenaikan|tumbuh)\b[^\d]{0,20}$")
# Words between a job and its length: "ojol sudah 2 tahun", "kurir selama 3 tahun"
_LINK = r"(?:\s+(?:sudah|udah|udh|sdh|dah|selama|sekitar|kurang lebih|hampir|lebih dari))*"
# How long someone has worked: "sudah 2 tahun", "kerja 5 tahun", "sejak 3 tahun", "2 tahun lalu"
TENURE_BEFORE_RE = re.compile(
    rf"\b(?:sudah|udah|udh|sdh|dah|telah|sejak|masa kerja|kerja|bekerja|narik|ngojek|jualan"
    rf"|berjualan|dagang|berdagang|usaha|been|working|worked){_LINK}\s*$")
TENURE_AFTER_RE = re.compile(r"\s*(?:lebih\s+)?(?:lalu|yang lalu|kerja|bekerja|narik|ngojek"
                             r"|jualan|berjualan|berdagang|(?:jadi|menjadi)\s+(?!berapa|brp)"
                             r"|as an?\b|ago)\b")
_LINK_RE = re.compile(rf"{_LINK}\s*$")
_DAYS_WEEK_GAP_RE = re.compile(r"\s*(?:(?:kerja|masuk|kerjanya|working)\s*)?(?:dalam\s*)?")


def read_counts(req: CalcRequest, found: list[Amount], low: str, cues: Cues) -> Amount | None:
    """Membership or months late, returns and wage growth onto `req`; the count the months
    were read from (None when none was)."""
    ages = cues.spans("roles", "age", low)
    source = None
    for amount in found:
        if amount.value is None:
            continue
        if amount.kind == "years" and (any(0 <= amount.start - e <= AGE_GAP for _, e in ages)
                                       or OLD_RE.match(low, amount.end)):
            continue  # "usia 65 tahun" is an age, not years of membership
        if amount.kind == "years":
            if not 0 < amount.value <= MAX_YEARS:
                req.problem = Text.of("years_impossible", value=amount.value,
                                      max_years=MAX_YEARS)
                continue
            if not req.months:
                req.months, source = int(amount.value * 12), amount
        elif amount.kind == "months":
            if not 0 < amount.value <= MAX_YEARS * 12:
                req.problem = Text.of("months_impossible", value=amount.value)
                continue
            req.months, source = int(amount.value), amount
        elif amount.kind == "percent":
            if GROWTH_RE.search(low[max(0, amount.start - 30):amount.start]):
                req.wage_growth = str(amount.value)
            else:
                req.annual_return = str(amount.value)
    return source


def is_tenure(low: str, count: Amount, cues: Cues) -> bool:
    """Whether a count says how long the person has worked ("saya ojol 2 tahun", "sudah
    kerja 3 tahun"), not how many months of contributions they ask about."""
    before = low[:count.start]
    if TENURE_BEFORE_RE.search(before) or TENURE_AFTER_RE.match(low, count.end):
        return True
    jobs = [s for key in cues.keys("sectors") for s in cues.spans("sectors", key, low)]
    jobs += cues.spans("who", "bpu", low)
    return any(e <= count.start and _LINK_RE.fullmatch(low[e:count.start]) for _, e in jobs)


def days_per_month(low: str, found: list[Amount], cues: Cues) -> int | None:
    """The days worked a month as typed with a daily wage: "kerja 22 hari (sebulan)", or
    "6 hari seminggu" times the weeks a month; None when no such count is given."""
    week = cues.periods.get("week")
    weeks = cues.spans("periods", "week", low) if week else []
    for amount in found:
        if amount.kind != "days" or amount.value is None or amount.value != int(amount.value):
            continue
        days = int(amount.value)
        if any(s >= amount.end and _DAYS_WEEK_GAP_RE.fullmatch(low[amount.end:s])
               for s, _ in weeks):  # "6 hari seminggu", "6 hari kerja seminggu"
            return int(days * week.per_month) if week and 0 < days <= 7 else None
        return days if 0 < days <= 31 else None
    return None
