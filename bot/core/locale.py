"""Numbers, money and dates per reply language: Indonesian as before, English through Babel.

English rupiah style, everywhere (answers, templates, calculator): "IDR 5,000,000" (ISO code,
a space, comma thousands, whole rupiah). Foreign readers know the code; "Rp" with commas would
look like a misprint to Indonesian readers and "Rp5.000.000" like five rupiah to others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from bot.core import formatting

Amount = Decimal | int | float


def rupiah_en(amount: Amount) -> str:
    """IDR 5,000,000 style, whole rupiah (the project's rounding), minus sign first."""
    value = formatting.round_rupiah(Decimal(str(amount)))
    sign = "-" if value < 0 else ""
    return f"{sign}IDR {format_decimal(abs(int(value)), '#,##0', locale='en')}"


def number_en(value: Amount) -> str:
    """1,234.5 style, no trailing zeros."""
    dec = Decimal(str(value)).normalize()
    return format_decimal(dec, "#,##0.######", locale="en")


def percent_en(value: Amount) -> str:
    return f"{number_en(value)}%"


def date_en(day: date) -> str:
    """1 March 2026."""
    return format_date(day, "d MMMM y", locale="en")


def month_en(day: date) -> str:
    """March 2026."""
    return format_date(day, "MMMM y", locale="en")


@dataclass(frozen=True)
class Formats:
    """The formatting functions of one reply language."""

    lang: str
    rupiah: Callable[[Amount], str]
    number: Callable[[Amount], str]
    percent: Callable[[Amount], str]
    date: Callable[[date], str]
    month: Callable[[date], str]


INDONESIAN = Formats("id", formatting.rupiah, formatting.number, formatting.percent,
                     formatting.date_id, formatting.month_id)
ENGLISH = Formats("en", rupiah_en, number_en, percent_en, date_en, month_en)


def formats(lang: str) -> Formats:
    """The formats for a language code; anything but "en" is Indonesian."""
    return ENGLISH if lang == "en" else INDONESIAN
