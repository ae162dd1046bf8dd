"""The contribution month a message means: "bulan januari 2026", "april 2027", "des".

A month without a year is taken in the year of the date the bot computes for; the result
always names the month, so the reading is never silent.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "agst": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}
_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A short name ("mar", "des") counts only after "bulan" or before a year: "des" alone is a word.
_MONTH_RE = re.compile(
    rf"(?:\b(?:bulan|bln|iuran)\s+)?\b(?P<name>{_NAMES})\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?")
_YEAR_ONLY_RE = re.compile(r"\b(?:tahun|thn|th)\s+(?P<year>20\d\d)\b")
_LONG = {"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
         "september", "oktober", "november", "nopember", "desember"}


def find_month(low: str, on: date) -> tuple[date | None, list[tuple[int, int]]]:
    """(first day of the month meant, spans to ignore as amounts) from lower-case text."""
    for m in _MONTH_RE.finditer(low):
        name, year = m.group("name"), m.group("year")
        said_month = m.group(0).split()[0] in ("bulan", "bln", "iuran")
        if name not in _LONG and not said_month and not year:
            continue
        return date(int(year) if year else on.year, MONTHS[name], 1), [m.span()]
    m2 = _YEAR_ONLY_RE.search(low)
    if m2:  # "tahun 2027": not money; the month stays the one computed for
        return None, [m2.span()]
    return None, []
