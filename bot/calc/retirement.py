"""The years to retirement for a JHT balance or a JP pension asked "sampai pensiun" with the
age now (bot/understand/retirement.py): up to the full JHT claim age, or to the JP pension age
of the year the person reaches it (it rises over the years, PP 45/2015 Pasal 15); both from
faq/rates.yaml. The result says the ages assumed."""

from __future__ import annotations

from datetime import date

from bot.content.rates import MissingRate, Rates
from bot.understand.request import CalcRequest

MAX_YEARS = 60


def to_retirement(rates: Rates, req: CalcRequest, on: date) -> None:
    """Set `req.months` to the years from `req.age_now` to the retirement age and note that
    age (`req.retire_age`); nothing when the months are known or no age is kept (then the
    years are asked)."""
    if req.months or req.age_now is None or req.topic not in ("jht", "jp"):
        return
    key = "jht_full_age" if req.topic == "jht" else "jp_pension_age"
    try:
        if req.age_now >= int(rates.get(key, on).amount):
            return  # at the age already: the years are asked
        for years in range(1, MAX_YEARS + 1):
            then = date(on.year + years, on.month, min(on.day, 28))
            if req.age_now + years >= int(rates.get(key, then).amount):
                req.months, req.retire_age = years * 12, req.age_now + years
                return
    except MissingRate:
        return
