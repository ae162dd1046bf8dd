"""Construction (Jasa Konstruksi) JKK + JKM from a project's contract value, when the wages are
not known: progressive bands, each band's rates on the part of the value inside it
(Permenaker 5/2021; facts sheet 3a). The value is taken without PPN, as the user states it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.content.rates import Rates, RateValue
from bot.rules.contributions import Used, percent_of

BANDS = 5  # jakon_band1..5_jkk / _jkm; band 1..4 have an upper value (jakon_bandN_max)


@dataclass
class Band:
    low: Decimal  # the band starts above this value
    high: Decimal | None  # None: no upper value (the last band)
    part: Decimal  # the part of the contract value inside the band
    jkk: Decimal
    jkm: Decimal
    jkk_rate: RateValue
    jkm_rate: RateValue


@dataclass
class ConstructionResult:
    value: Decimal
    bands: list[Band]  # only the bands the value reaches
    rates_used: list[RateValue]

    @property
    def jkk(self) -> Decimal:
        return sum((b.jkk for b in self.bands), Decimal(0))

    @property
    def jkm(self) -> Decimal:
        return sum((b.jkm for b in self.bands), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.jkk + self.jkm


def construction_contribution(rates: Rates, on: date, value: Decimal) -> ConstructionResult:
    """JKK + JKM for one project: each band's rates on its part, rounded per line item."""
    used = Used(rates, on)
    bands, low = [], Decimal(0)
    for n in range(1, BANDS + 1):
        high = used(f"jakon_band{n}_max").amount if n < BANDS else None
        part = (min(value, high) if high is not None else value) - low
        if part <= 0:
            break
        jkk, jkm = used(f"jakon_band{n}_jkk"), used(f"jakon_band{n}_jkm")
        bands.append(Band(low, high, part, percent_of(jkk, part), percent_of(jkm, part), jkk,
                          jkm))
        if high is None:
            break
        low = high
    return ConstructionResult(value, bands, used.list())
