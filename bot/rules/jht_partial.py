"""A partial JHT claim from a balance: at most 10% (retirement preparation) or 30% (housing),
once, after the minimum membership years (PP 46/2015 jo. PP 60/2015; faq/rates.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.content.rates import Rates, RateValue
from bot.rules.contributions import Used, percent_of

PURPOSES = ("jht_partial_retirement_rate", "jht_partial_housing_rate")


@dataclass
class PartialShare:
    """One share asked: its percent, the rate it matches (None: no such share) and the amount."""

    percent: int
    key: str | None
    amount: Decimal | None


@dataclass
class JhtPartial:
    """The shares of a stated balance a partial claim pays."""

    balance: Decimal
    shares: list[PartialShare]
    min_years: int
    years: int | None  # membership typed, or None
    rates_used: list[RateValue]

    @property
    def eligible(self) -> bool | None:
        return None if self.years is None else self.years >= self.min_years

    @property
    def first(self) -> Decimal | None:
        return next((s.amount for s in self.shares if s.amount is not None), None)


def jht_partial(rates: Rates, on: date, balance: Decimal, percents: list[int],
                years: int | None) -> JhtPartial:
    """Each share typed that is one of the partial-claim rates, of `balance`; every rate when
    none is typed."""
    used = Used(rates, on)
    by_percent = {int(used(k).amount): used(k) for k in PURPOSES}
    shares = [PartialShare(p, by_percent[p].key if p in by_percent else None,
                           percent_of(by_percent[p], balance) if p in by_percent else None)
              for p in (percents or sorted(by_percent))]
    min_years = int(used("jht_partial_min_years").amount)
    return JhtPartial(balance, shares, min_years, years, used.list())
