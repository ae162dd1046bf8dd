"""The monthly income as people type it: one amount, a range ("1-2 jt": its midpoint), an
amount per day or per week ("sehari 100rb-an": times 30; "seminggu 500 ribu": times 4), with
"-an" after the unit ("2 jutaan", "sejutaan").

The words are data (data/answer_words.yaml `income_drop`, `income_per_day`, `income_per_week`,
`income_range_words`). Nothing here logs: the texts are personal data.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.registration.answer_parts import drop_words, thousands_after_million
from bot.registration.answer_words import answer_words
from bot.registration.validators import Invalid
from bot.understand.amount_forms import prepare
from bot.understand.amounts import check_monthly, find_amounts, parse_amount
from bot.understand.normalize import clean

_MILLION_RE = re.compile(r"\d\s*(million|mio|mn)\b", re.I)
_UNIT = r"(?:juta|jt|ribu|rebu|rb|k)"
# "2 jutaan", "100rb-an", "sejutaan": about that much; the "-an" is no word of its own
_UNIT_AN_RE = re.compile(rf"(\d\s*|\bse)({_UNIT})-?an\b", re.I)
# "1-2 jt", "1,5 - 2 juta", "2 sampai 3 juta": the unit after the second number is the first's too
_NUMBER = r"\d+(?:[.,]\d+)?"
_SHARED_UNIT_RE = re.compile(
    rf"(?<![\d.,])({_NUMBER})(\s*(?:s/d|sampai|sampe|hingga|to)\s*)({_NUMBER})\s*({_UNIT})\b",
    re.I)
_DASH_RE = re.compile(r"(?<=[^\W_])\s*[-–~]\s*(?=\d)")  # "1-2", "2jt - 3jt": a range, no minus
_MONTH_WORDS = ("bulan", "sebulan", "bln", "perbulan", "month", "monthly")
# The month people count ("sehari 100rb, sebulan 3jt"); a year is twelve of them
_FACTORS = (("income_per_day", Decimal(30)), ("income_per_week", Decimal(4)),
            ("income_per_year", Decimal(1) / 12))


def read_income(text: str) -> int:
    """Rupiah per month from one typed answer; raises Invalid with the question to ask back."""
    words = answer_words()
    text = thousands_after_million(drop_words(text, words.income_drop))
    if _MILLION_RE.search(text):  # English "2.5 million" -> "2,5 juta" (amount_forms)
        text = prepare(text)
    text = _UNIT_AN_RE.sub(r"\1\2", text)
    factor = per_month(text)
    value, problem = parse_amount(text, what="penghasilan")
    if value is None and (factor != 1 or (problem is not None
                                          and problem.key == "amount_several")):
        value = _amount_or_midpoint(text)
        if value is not None and (late := check_monthly(value * factor)):
            raise Invalid(late)
    if value is None:
        raise Invalid(problem or "income_example")
    return int((value * factor).to_integral_value())


def per_month(text: str) -> Decimal:
    """What one amount of the text is multiplied by to make a month: 30 for an amount per
    day, 4 per week, a twelfth per year, 1 when the text names a month or no period."""
    low = clean(text)
    optional = answer_words().optional
    if _says(low, _MONTH_WORDS):
        return Decimal(1)
    return next((factor for name, factor in _FACTORS if _says(low, optional.get(name, ()))),
                Decimal(1))


def _says(low: str, listed: tuple[str, ...]) -> bool:
    """Whether the cleaned text holds one of the listed words or phrases as whole words."""
    return any(f" {w} " in f" {low} " for w in listed)


def _amount_or_midpoint(text: str) -> Decimal | None:
    """The one amount with a unit, or the midpoint of two said as a range ("1-2 jt",
    "kalo rame 3jt kalo sepi 1jt"); None for anything else (two amounts added, three)."""
    text = _SHARED_UNIT_RE.sub(lambda m: f"{m[1]} {m[4]}{m[2]}{m[3]} {m[4]}",
                               _DASH_RE.sub(" sampai ", text))
    money = [a for a in find_amounts(text) if a.kind == "money" and a.value is not None]
    if len(money) == 1:
        return money[0].value
    if len(money) != 2:
        return None
    first, second = money
    between = clean(text[:first.start] + " " + text[first.end:second.start])
    if not _says(between, answer_words().optional.get("income_range_words", ())):
        return None
    assert first.value is not None and second.value is not None
    return (first.value + second.value) / 2
