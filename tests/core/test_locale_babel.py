"""The English formats written out in bot/core/locale.py give exactly Babel's "en" output."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from bot.core import formatting
from bot.core.locale import date_en, month_en, number_en, rupiah_en


def _values() -> list[Decimal | int | float]:
    rng = random.Random(7)
    values: list[Decimal | int | float] = [0, -0.0, 1, -1, 0.5, 1.5, 2.5, 1234.5, 1e6, 5_000_000,
                                           Decimal("0.0000005"), Decimal("0.0000015"),
                                           Decimal("-0.0000004"), Decimal("1E+3"),
                                           Decimal("12.3400"), 0.24, 3.7, 0.89, 10.0]
    for _ in range(3000):
        digits = rng.randint(0, 12)
        places = rng.randint(0, 9)
        raw = Decimal(rng.randint(-10**digits, 10**digits)).scaleb(-places)
        values.append(raw)
        values.append(float(raw))
    return values


def test_numbers_match_babel() -> None:
    for value in _values():
        dec = Decimal(str(value)).normalize()
        assert number_en(value) == format_decimal(dec, "#,##0.######", locale="en"), value


def test_rupiah_matches_babel() -> None:
    for value in _values():
        whole = formatting.round_rupiah(Decimal(str(value)))
        sign = "-" if whole < 0 else ""
        expected = f"{sign}IDR {format_decimal(abs(int(whole)), '#,##0', locale='en')}"
        assert rupiah_en(value) == expected, value


def test_dates_match_babel() -> None:
    day = date(1999, 1, 1)
    while day < date(2031, 1, 1):
        assert date_en(day) == format_date(day, "d MMMM y", locale="en")
        assert month_en(day) == format_date(day, "MMMM y", locale="en")
        day += timedelta(days=3)
