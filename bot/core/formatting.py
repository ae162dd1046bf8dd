"""Indonesian number, money and date formatting shared by templates and the calculator."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def round_rupiah(amount: Decimal) -> Decimal:
    """The project's single rounding rule: half up to whole rupiah, applied per line item."""
    return amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _group(digits: str) -> str:
    out = []
    while len(digits) > 3:
        out.append(digits[-3:])
        digits = digits[:-3]
    out.append(digits)
    return ".".join(reversed(out))


def rupiah(amount: Decimal | int | float) -> str:
    """Rp5.000.000 style, whole rupiah, minus sign before Rp."""
    value = round_rupiah(Decimal(str(amount)))
    sign = "-" if value < 0 else ""
    return f"{sign}Rp{_group(str(abs(int(value))))}"


def number(value: Decimal | int | float) -> str:
    """1.234,5 style: dot thousands, comma decimals, no trailing zeros."""
    dec = Decimal(str(value)).normalize()
    sign = "-" if dec < 0 else ""
    text = format(abs(dec), "f")
    whole, _, frac = text.partition(".")
    return f"{sign}{_group(whole)}" + (f",{frac}" if frac else "")


def percent(value: Decimal | int | float) -> str:
    return f"{number(value)}%"


def date_id(day: date) -> str:
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def month_id(day: date) -> str:
    return f"{MONTHS_ID[day.month - 1]} {day.year}"
