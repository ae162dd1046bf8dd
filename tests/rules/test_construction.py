"""Construction JKK + JKM by contract-value band: each band's rates on its part only."""

from datetime import date
from decimal import Decimal

import pytest

from bot.content.rates import load_rates
from bot.rules.construction import construction_contribution
from tests.conftest import FAQ_DIR

R = load_rates(FAQ_DIR / "rates.yaml")
ON = date(2026, 11, 30)


@pytest.mark.parametrize(("value", "jkk", "jkm", "bands"), [
    (50_000_000, 105_000, 15_000, 1),  # 0,21% / 0,03%
    (100_000_000, 210_000, 30_000, 1),  # exactly the first band's top
    (200_000_000, 380_000, 50_000, 2),  # + 100 jt x 0,17% / 0,02%
    (500_000_000, 890_000, 110_000, 2),
    (6_000_000_000, 6_840_000, 710_000, 5),  # + 1 M x 0,09% / 0,01% above 5 M
])
def test_bands(value, jkk, jkm, bands):
    r = construction_contribution(R, ON, Decimal(value))
    assert (r.jkk, r.jkm, len(r.bands)) == (Decimal(jkk), Decimal(jkm), bands)
    assert sum(b.part for b in r.bands) == value
