"""Numbers, money and dates per reply language: Indonesian as before, English in the style of
Babel's "en" locale (written out here: loading Babel's locale data cost ~4 MB of idle memory
for five formats; tests/core/test_locale_babel.py checks these give Babel's output).

English rupiah style, everywhere (answers, templates, calculator): "IDR 5,000,000" (ISO code,
a space, comma thousands, whole rupiah). Foreign readers know the code; "Rp" with commas would
look like a misprint to Indonesian readers and "Rp5.000.000" like five rupiah to others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from bot.core import formatting

Amount = Decimal | int | float

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_SIX_PLACES = Decimal("0.000001")


def rupiah_en(amount: Amount) -> str:
    """IDR 5,000,000 style, whole rupiah (the project's rounding), minus sign first."""
    value = formatting.round_rupiah(Decimal(str(amount)))
    sign = "-" if value < 0 else ""
    return f"{sign}IDR {abs(int(value)):,}"


def number_en(value: Amount) -> str:
    """1,234.5 style, no trailing zeros."""
    dec = Decimal(str(value)).normalize()
    if dec.as_tuple().exponent < -6:  # type: ignore[operator]  # Babel: at most 6 places
        dec = dec.quantize(_SIX_PLACES, rounding=ROUND_HALF_EVEN)
    whole, _, fraction = f"{abs(dec):f}".partition(".")
    fraction = fraction.rstrip("0")
    sign = "-" if dec.is_signed() else ""  # as Babel: "-0" for a negative zero
    return f"{sign}{int(whole):,}" + (f".{fraction}" if fraction else "")


def percent_en(value: Amount) -> str:
    return f"{number_en(value)}%"


def date_en(day: date) -> str:
    """1 March 2026."""
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def month_en(day: date) -> str:
    """March 2026."""
    return f"{_MONTHS_EN[day.month - 1]} {day.year}"


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
