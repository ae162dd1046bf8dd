"""The contribution month a message means: "bulan januari 2026", "april 2027", "des".

The month names are data (faq/calc-cues.yaml `numbered`: months, months_short). A month
without a year is taken in the year of the date the bot computes for; the result always names
the month, so the reading is never silent.
"""

from __future__ import annotations

import re
from datetime import date

from bot.understand.cues import Cues, literal_alt


def month_names(cues: Cues) -> str:
    """Every month's name and short name as one alternation (calc-cues.yaml `numbered` months,
    months_short)."""
    return literal_alt([*cues.numbered.get("months", ()), *cues.numbered.get("months_short", ())])


def month_number(cues: Cues, name: str) -> int:
    """The number of a month named by `month_names` (1 for "januari" or "jan")."""
    months = cues.numbered.get("months", {})
    return months[name] if name in months else cues.numbered["months_short"][name]


def _month_name(cues: Cues) -> str:
    """A month's name or short name; a short name ("mar", "des") counts only after "bulan" or
    before a year: "des" alone is a word."""
    return (rf"(?:\b(?:bulan|bln|iuran)\s+)?\b(?P<name>{month_names(cues)})\b"
            r"(?:\.?\s+(?P<year>(?:19|20)\d\d)\b)?")  # "jan. 2027"


# "bulan 12", "bln 3 2026", "12/2026": a month by number (never "bulan 5 juta", nor the
# "10" of "iuran 6 bulan 10 karyawan", where "bulan" ends a count)
_NUMBER_RE = re.compile(r"(?<!\d )(?<!\d)\b(?:bulan|bln)\s+(?P<n>1[0-2]|0?[1-9])(?![\d.,])"
                        r"(?!\s*(?:jt|juta|rb|ribu|k|%|persen|tahun|thn|bulan|bln|hari|karyawan"
                        r"|pegawai|pekerja|orang|org|staf|staff|kali|x)\b)"
                        r"(?:\s+(?P<year>20\d\d)\b)?"
                        r"|(?<![\d/])(?P<n2>1[0-2]|0?[1-9])/(?P<year2>20\d\d)\b")
# only "tahun 2024": a bare year may be when work began ("kerja sejak 2015")
_ANY_YEAR_RE = re.compile(r"\b(?:tahun|thn|th|year)\s+(?P<year>20[12]\d)(?![\d.,])")
_YEAR_ONLY_RE = re.compile(r"\b(?:tahun|thn|th)\s+(?P<year>20\d\d)\b")
_DAY_BEFORE_RE = re.compile(r"(?<![\d.,])(?:0?[1-9]|[12]\d|3[01])\s*$")  # "20 desember"


def _relative(cues: Cues) -> str:
    """Months counted from this one: "bulan lalu", "bulan depan" (calc-cues.yaml `numbered`)."""
    return rf"\b{literal_alt(cues.numbered.get('relative_months', ()))}\b"


def find_month(low: str, on: date, cues: Cues) -> tuple[date | None, list[tuple[int, int]]]:
    """(first day of the month meant, spans to ignore as amounts) from lower-case text; a
    month counted from this one ("bulan lalu") as the cues' relative_months say."""
    months = cues.numbered.get("months", {})
    named = [m for m in cues.pattern("month_name", _month_name).finditer(low)
             if m.group("name") in months or m.group("year")
             or m.group(0).split()[0] in ("bulan", "bln", "iuran")]
    # "tanggal 20 desember baru bayar iuran november": a day's date is when something
    # happened; the contribution month is the month named without a day
    undated = [m for m in named if not _DAY_BEFORE_RE.search(low[:m.start()])]
    for m in undated or named:
        name, year = m.group("name"), m.group("year")
        spans = [m.span()]
        if not year:  # "potongan jp tahun 2024 gaji 11 juta bulan mei": May 2024
            other = _ANY_YEAR_RE.search(low)
            if other:
                year = other.group("year")
                spans.append(other.span())
        return date(int(year) if year else on.year, month_number(cues, name), 1), spans
    m3 = _NUMBER_RE.search(low)
    if m3:
        year = m3.group("year") or m3.group("year2")
        number = int(m3.group("n") or m3.group("n2"))
        return date(int(year) if year else on.year, number, 1), [m3.span()]
    m4 = cues.pattern("relative_months", _relative).search(low)
    if m4:
        index = on.year * 12 + on.month - 1 + cues.numbered["relative_months"][m4.group(0)]
        return date(index // 12, index % 12 + 1, 1), [m4.span()]
    m2 = _YEAR_ONLY_RE.search(low)
    if m2:  # "tahun 2027": not money; the month stays the one computed for
        return None, [m2.span()]
    return None, []
